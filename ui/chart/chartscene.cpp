#include "chart/chartscene.h"

#include "offenders/persondisplay.h"

#include "chart/chartdocument.h"
#include "chart/chartview.h"
#include "chart/entityitem.h"
#include "chart/groupitem.h"
#include "chart/linkitem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace fc {

ChartScene::ChartScene(ChartDocument *document) : QGraphicsScene(document), m_document(document)
{
    setBackgroundBrush(Qt::white);
    connect(document, &ChartDocument::entitiesInserted, this, &ChartScene::onEntitiesInserted);
    connect(document, &ChartDocument::entitiesRemoved, this, &ChartScene::onEntitiesRemoved);
    connect(document, &ChartDocument::linksInserted, this, &ChartScene::onLinksInserted);
    connect(document, &ChartDocument::linksRemoved, this, &ChartScene::onLinksRemoved);
    connect(document, &ChartDocument::positionsChanged, this, &ChartScene::onPositionsChanged);
    connect(document, &ChartDocument::previewPositions, this, &ChartScene::onPreviewPositions);
    connect(document, &ChartDocument::entityStateChanged, this, &ChartScene::onEntityStateChanged);
    connect(document, &ChartDocument::highlightChanged, this, &ChartScene::applyHighlight);
    connect(document, &ChartDocument::dateFilterChanged, this, &ChartScene::applyDateFilter);
    connect(document, &ChartDocument::styleChanged, this, &ChartScene::applyStyle);
    connect(document, &ChartDocument::layoutRunningChanged, this, &ChartScene::chooseIndex);
    // Whatever moves, hides, marks or restyles entities may change which labels fit.
    for (auto signal : {&ChartDocument::entitiesInserted, &ChartDocument::entitiesRemoved,
                        &ChartDocument::positionsChanged, &ChartDocument::entityStateChanged})
        connect(document, signal, this, &ChartScene::labelsChanged);
    connect(document, &ChartDocument::previewPositions, this, &ChartScene::labelsChanged);
    connect(document, &ChartDocument::highlightChanged, this, &ChartScene::labelsChanged);
    connect(document, &ChartDocument::dateFilterChanged, this, &ChartScene::labelsChanged);
    connect(document, &ChartDocument::styleChanged, this, &ChartScene::labelsChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &ChartScene::labelsChanged);
}

ChartScene::~ChartScene()
{
    // QGraphicsScene's destructor deletes the items, which changes the selection and emits
    // selectionChanged: by then this is no longer a ChartScene, and the connection above would
    // call into a destroyed object (UBSan: "downcast of address ... not of type ChartScene").
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void ChartScene::chooseIndex()
{
    // The BSP index makes hit tests fast, but every moved item updates it, and on big charts
    // long links land in many of its cells: building it for 5,000 entities took longer than the
    // layout. Big charts and running layouts go without (a hit test then scans the items, about
    // a millisecond, once per click).
    const bool index = !m_document->isLayoutRunning() && m_entityItems.size() < kIndexedEntities;
    const ItemIndexMethod method = index ? BspTreeIndex : NoIndex;
    if (itemIndexMethod() != method)
        setItemIndexMethod(method);
}

QFont ChartScene::labelFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

void ChartScene::setLabelsVisible(bool visible)
{
    if (m_labelsVisible != visible) {
        m_labelsVisible = visible;
        update();
    }
}

void ChartScene::setLabelScale(double scale)
{
    scale = std::max(1.0, scale);
    if (qFuzzyCompare(scale, m_labelScale))
        return;
    m_labelScale = scale;
    labelsChanged();
    if (!m_exporting)
        applyLabelScale(scale);
}

void ChartScene::applyLabelScale(double scale)
{
    for (EntityItem *item : std::as_const(m_entityItems))
        item->setLabelScale(scale);
}

void ChartScene::setLabelsDecluttered(bool declutter)
{
    if (m_declutter != declutter) {
        m_declutter = declutter;
        labelsChanged();
    }
}

void ChartScene::setExporting(bool exporting)
{
    m_exporting = exporting;
    applyLabelScale(exporting ? 1.0 : m_labelScale);
}

QList<EntityItem *> ChartScene::byLabelImportance() const
{
    auto rank = [](EntityType type) {
        switch (type) {
        case EntityType::Person:
            return 0;
        case EntityType::Organisation:
            return 1;
        case EntityType::Vehicle:
            return 2;
        case EntityType::Object:
            return 3;
        case EntityType::Location:
            return 4;
        case EntityType::Incident:
            return 5;
        }
        return 6;
    };
    struct Candidate
    {
        EntityItem *item;
        int marked, dimmed, rank, links; // each: lower comes first
        qint64 id;
        auto key() const { return std::tie(marked, dimmed, rank, links, id); }
    };
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(m_entityItems.size()));
    for (EntityItem *item : std::as_const(m_entityItems)) {
        if (!item->isVisible())
            continue;
        candidates.push_back({item, item->isSelected() || item->isHighlighted() ? 0 : 1, item->opacity() < 1,
                              rank(item->record().type), -int(item->links().size()), item->entityId()});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.key() < b.key(); });
    QList<EntityItem *> items;
    items.reserve(qsizetype(candidates.size()));
    for (const Candidate &candidate : candidates)
        items.append(candidate.item);
    return items;
}

void ChartScene::placeLabels()
{
    if (m_labelsPlaced || !m_labelsVisible)
        return;
    m_labelsPlaced = true;
    const QList<EntityItem *> items = byLabelImportance();
    m_labelled.clear();
    // Placed labels are kept in a grid of cells a few label heights wide, so each test looks at
    // the few labels nearby: milliseconds for thousands of entities.
    const double cell = std::max(1.0, QFontMetricsF(labelFont()).height() * m_labelScale * 4);
    QHash<QPair<qint64, qint64>, QList<QRectF>> placed;
    auto forCells = [cell](const QRectF &r, auto visit) {
        for (qint64 x = qint64(std::floor(r.left() / cell)); x <= qint64(std::floor(r.right() / cell)); ++x)
            for (qint64 y = qint64(std::floor(r.top() / cell)); y <= qint64(std::floor(r.bottom() / cell));
                 ++y)
                if (!visit(QPair<qint64, qint64>(x, y)))
                    return false;
        return true;
    };
    auto isFree = [&](const QRectF &rect) {
        return forCells(rect, [&](const QPair<qint64, qint64> &key) {
            const auto it = placed.constFind(key);
            return it == placed.constEnd() || std::none_of(it->begin(), it->end(), [&](const QRectF &other) {
                       return other.intersects(rect);
                   });
        });
    };
    for (EntityItem *item : items) {
        bool shown = true, above = false;
        if (m_declutter) {
            // Under the icon, else above it, else left out. Touching edges are no clash: the
            // boxes are trimmed by a unit.
            auto rectAt = [&](bool up) {
                return item->labelRect(m_labelScale, up).translated(item->pos()).adjusted(1, 1, -1, -1);
            };
            QRectF rect = rectAt(false);
            if (!isFree(rect)) {
                rect = rectAt(true);
                above = true;
                shown = isFree(rect);
            }
            if (shown)
                forCells(rect, [&](const QPair<qint64, qint64> &key) {
                    placed[key].append(rect);
                    return true;
                });
        }
        item->setLabelPlace(shown, above && shown);
        if (shown)
            m_labelled.prepend(item);
    }
}

void ChartScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    // Exports: every label at scene size; on screen: those placed, when the view shows labels.
    const bool all = m_exporting;
    if (!all && (!m_labelsVisible || QStyleOptionGraphicsItem::levelOfDetailFromTransform(
                                         painter->worldTransform()) < ChartView::kLabelZoom))
        return;
    placeLabels();
    const double scale = all ? 1.0 : m_labelScale;
    QList<EntityItem *> items = all ? byLabelImportance() : m_labelled;
    if (all)
        std::reverse(items.begin(), items.end());
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const EntityItem *item : std::as_const(items)) {
        const bool above = !all && item->isLabelAbove();
        if (item->labelRect(scale, above).translated(item->pos()).intersects(rect))
            item->paintLabel(painter, scale, above);
    }
}

QRectF ChartScene::contentsRect(double labelScale) const
{
    QRectF rect;
    for (const EntityItem *item : m_entityItems) {
        if (item->isVisible())
            rect = rect.united(item->contentRect()
                                   .united(item->labelRect(labelScale))
                                   .united(labelScale > 1 ? item->labelRect(labelScale, true) : QRectF())
                                   .translated(item->pos()));
    }
    for (const LinkItem *item : m_linkItems) {
        if (item->isVisible())
            rect = rect.united(item->sceneBoundingRect());
    }
    for (const GroupItem *item : m_groupItems) {
        if (item->isVisible())
            rect = rect.united(item->sceneBoundingRect());
    }
    return rect;
}

void ChartScene::onEntitiesInserted(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const std::optional<ChartEntity> entity = m_document->chartEntity(id);
        if (!entity || m_entityItems.contains(id))
            continue;
        auto *item = new EntityItem(entity->record);
        item->setPos(entity->position);
        item->setPinned(entity->pinned);
        item->setVisible(!entity->hidden);
        item->setGroup(entity->group);
        item->setOpacity(m_document->isFilteredOut(entity->record) ? 0.15 : 1.0);
        item->setLabelScale(m_exporting ? 1.0 : m_labelScale);
        if (entity->record.type == EntityType::Person && m_document->workspace()) {
            // Namesakes told apart on the chart: age (or date of birth) and how many records in the
            // label, the dates of birth and the organisations that know them in the tooltip.
            const PersonDisplay d = PersonDisplay::of(*m_document->workspace(), id);
            QStringList detail;
            if (d.age >= 0)
                detail << QString::number(d.age);
            else if (!d.datesOfBirth.isEmpty())
                detail << tr("b. %1").arg(d.datesOfBirth.join(QLatin1Char('/')));
            if (d.records > 0)
                detail << tr("%n record(s)", nullptr, d.records);
            item->setLabelDetail(detail.join(QStringLiteral(" · ")));
            item->setToolTip(d.text());
        }
        addItem(item);
        m_entityItems.insert(id, item);
    }
    if (!ids.isEmpty())
        updateGroups();
    chooseIndex();
}

void ChartScene::onEntitiesRemoved(const QList<qint64> &ids)
{
    m_labelled.clear(); // placed again before the next frame
    labelsChanged();
    for (qint64 id : ids) {
        EntityItem *item = m_entityItems.take(id);
        // Links went first (ChartDocument::takeEntities removes them before their ends).
        delete item;
    }
    if (!ids.isEmpty())
        updateGroups();
    chooseIndex();
}

void ChartScene::onLinksInserted(const QList<qint64> &ids)
{
    QSet<QPair<qint64, qint64>> pairs;
    for (qint64 id : ids) {
        const LinkRecord link = m_document->links().value(id);
        EntityItem *from = m_entityItems.value(link.from);
        EntityItem *to = m_entityItems.value(link.to);
        if (!from || !to || m_linkItems.contains(id))
            continue;
        auto *item = new LinkItem(link, from, to);
        from->addLink(item);
        if (to != from)
            to->addLink(item);
        item->setVisible(from->isVisible() && to->isVisible());
        item->setOpacity(m_document->isFilteredOut(link) ? 0.15 : 1.0);
        addItem(item);
        m_linkItems.insert(id, item);
        pairs.insert({std::min(link.from, link.to), std::max(link.from, link.to)});
    }
    for (const auto &pair : pairs)
        updateParallel(pair.first, pair.second);
}

void ChartScene::onLinksRemoved(const QList<qint64> &ids)
{
    QSet<QPair<qint64, qint64>> pairs;
    for (qint64 id : ids) {
        LinkItem *item = m_linkItems.take(id);
        if (!item)
            continue;
        const qint64 a = item->fromItem()->entityId(), b = item->toItem()->entityId();
        item->fromItem()->removeLink(item);
        item->toItem()->removeLink(item);
        pairs.insert({std::min(a, b), std::max(a, b)});
        delete item;
    }
    for (const auto &pair : pairs)
        updateParallel(pair.first, pair.second);
}

void ChartScene::updateParallel(qint64 a, qint64 b)
{
    EntityItem *item = m_entityItems.value(a);
    if (!item)
        return;
    QList<LinkItem *> parallel;
    for (LinkItem *link : item->links()) {
        const qint64 other =
            link->fromItem()->entityId() == a ? link->toItem()->entityId() : link->fromItem()->entityId();
        if (other == b)
            parallel.append(link);
    }
    std::sort(parallel.begin(), parallel.end(),
              [](const LinkItem *x, const LinkItem *y) { return x->linkId() < y->linkId(); });
    for (int i = 0; i < parallel.size(); ++i)
        parallel[i]->setParallel(i, int(parallel.size()));
}

void ChartScene::onPositionsChanged(const QList<qint64> &ids)
{
    m_applyingPositions = true;
    for (qint64 id : ids) {
        if (EntityItem *item = m_entityItems.value(id))
            item->setPos(m_document->position(id));
    }
    m_applyingPositions = false;
    for (GroupItem *group : std::as_const(m_groupItems))
        group->updateBounds();
}

void ChartScene::onPreviewPositions(const QHash<qint64, QPointF> &positions)
{
    m_applyingPositions = true;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (EntityItem *item = m_entityItems.value(it.key()))
            item->setPos(it.value());
    }
    m_applyingPositions = false;
    for (GroupItem *group : std::as_const(m_groupItems))
        group->updateBounds();
}

void ChartScene::entityMoved(EntityItem *item)
{
    labelsChanged();
    // Bulk moves refit the group frames once at the end; a drag refits the one group it touches.
    if (m_applyingPositions || !item->group())
        return;
    if (GroupItem *group = m_groupItems.value(item->group()))
        group->updateBounds();
}

void ChartScene::onEntityStateChanged(const QList<qint64> &ids)
{
    bool groupsChanged = false;
    for (qint64 id : ids) {
        EntityItem *item = m_entityItems.value(id);
        const std::optional<ChartEntity> entity = m_document->chartEntity(id);
        if (!item || !entity)
            continue;
        item->setPinned(entity->pinned);
        if (item->isVisible() == entity->hidden) {
            item->setVisible(!entity->hidden);
            if (entity->hidden)
                item->setSelected(false);
            updateLinkVisibility(item);
        }
        if (item->group() != entity->group) {
            item->setGroup(entity->group);
            groupsChanged = true;
        }
    }
    if (groupsChanged)
        updateGroups();
    else
        for (GroupItem *group : std::as_const(m_groupItems))
            group->updateBounds();
}

void ChartScene::updateLinkVisibility(EntityItem *item)
{
    for (LinkItem *link : item->links()) {
        link->setVisible(link->fromItem()->isVisible() && link->toItem()->isVisible());
        if (!link->isVisible())
            link->setSelected(false);
    }
}

void ChartScene::updateGroups()
{
    QHash<int, QList<EntityItem *>> members;
    for (EntityItem *item : std::as_const(m_entityItems)) {
        if (item->group())
            members[item->group()].append(item);
    }
    for (auto it = m_groupItems.begin(); it != m_groupItems.end();) {
        if (!members.contains(it.key())) {
            delete it.value();
            it = m_groupItems.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = members.begin(); it != members.end(); ++it) {
        GroupItem *&group = m_groupItems[it.key()];
        if (!group) {
            group = new GroupItem(it.key(), m_document->groupName(it.key()));
            addItem(group);
        }
        group->setName(m_document->groupName(it.key()));
        group->setMembers(it.value());
    }
}

void ChartScene::applyHighlight()
{
    const QList<qint64> entities = m_document->highlightedEntityIds();
    const QList<qint64> links = m_document->highlightedLinkIds();
    const QSet<qint64> entitySet(entities.begin(), entities.end());
    const QSet<qint64> linkSet(links.begin(), links.end());
    for (EntityItem *item : std::as_const(m_entityItems))
        item->setHighlighted(entitySet.contains(item->entityId()));
    for (LinkItem *item : std::as_const(m_linkItems))
        item->setHighlighted(linkSet.contains(item->linkId()));
}

void ChartScene::applyDateFilter()
{
    for (EntityItem *item : std::as_const(m_entityItems))
        item->setOpacity(m_document->isFilteredOut(item->record()) ? 0.15 : 1.0);
    for (LinkItem *item : std::as_const(m_linkItems))
        item->setOpacity(m_document->isFilteredOut(item->record()) ? 0.15 : 1.0);
}

void ChartScene::applyStyle()
{
    const ChartAnalysis::Result &style = m_document->style();
    const bool byColour = m_document->colourMode() != ChartAnalysis::Colour::Type;
    const bool bySize = m_document->sizeMode() != ChartAnalysis::Size::None;
    for (EntityItem *item : std::as_const(m_entityItems)) {
        const auto group = style.colourGroup.find(item->entityId());
        item->setColour(byColour && group != style.colourGroup.end() ? ChartDocument::paletteColour(*group)
                                                                     : QColor());
        item->setSizeFactor(bySize ? style.sizeFactor.value(item->entityId(), 1.0) : 1.0);
    }
    for (GroupItem *group : std::as_const(m_groupItems))
        group->updateBounds();
}

void ChartScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A drag while a layout animates would fight the layout: stop it first.
    if (event->button() == Qt::LeftButton && m_document->isLayoutRunning()) {
        QGraphicsItem *under = itemAt(event->scenePos(), QTransform());
        if (under && under->type() == EntityItem::Type)
            m_document->stopLayout();
    }
    QGraphicsScene::mousePressEvent(event);
}

void ChartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<qint64, QPointF> moved;
    for (EntityItem *item : std::as_const(m_entityItems)) {
        if (item->takeDragged())
            moved.insert(item->entityId(), item->pos());
    }
    if (!moved.isEmpty())
        m_document->moveEntities(moved);
}

void ChartScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->scenePos(), QTransform());
    if (item && item->type() == EntityItem::Type) {
        m_document->expand({static_cast<EntityItem *>(item)->entityId()});
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace fc
