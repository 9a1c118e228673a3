#include "chart/chartdocument.h"

#include "chart/chartexporter.h"
#include "chart/chartscene.h"
#include "chart/entityicons.h"
#include "chart/entityitem.h"
#include "chart/linkitem.h"
#include "chart/undocommands.h"
#include "graph/linkgraph.h"
#include "graph/pathfinder.h"
#include "layout/circularlayout.h"
#include "resolve/mergeledger.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fc {

namespace {

constexpr int kChartFormatVersion = 1;
// Above this many entities, records are read in one pass instead of one query each.
constexpr int kBulkFetch = 300;

} // namespace

ChartDocument::ChartDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_layoutJob(new LayoutJob(this))
{
    m_scene = new ChartScene(this);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ChartDocument::contentsChanged);
    connect(m_layoutJob, &LayoutJob::frame, this, [this](const QList<QPointF> &positions) {
        QHash<qint64, QPointF> preview;
        for (int i = 0; i < positions.size() && i < m_layoutIds.size(); ++i) {
            if (m_entities.contains(m_layoutIds[i]))
                preview.insert(m_layoutIds[i], positions[i]);
        }
        emit previewPositions(preview);
    });
    connect(m_layoutJob, &LayoutJob::finished, this, &ChartDocument::onLayoutFinished);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ChartDocument::onSceneSelectionChanged);
    connect(&m_styleWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_style = m_styleWatcher.result();
        emit styleChanged();
        if (m_styleDirty) {
            m_styleDirty = false;
            recomputeStyle();
        }
    });
    // Colours and sizes depend on the chart's graph: recompute after edits that change it.
    connect(this, &ChartDocument::contentsChanged, this, [this] {
        if (m_colourMode != ChartAnalysis::Colour::Type || m_sizeMode != ChartAnalysis::Size::None)
            recomputeStyle();
    });
}

ChartDocument::~ChartDocument()
{
    m_layoutJob->cancel();
    m_layoutJob->waitForFinished();
    if (m_styleCancel)
        m_styleCancel->store(true);
    m_styleWatcher.waitForFinished();
    // The scene reports selection changes while it deletes its items: not to this half-gone document.
    disconnect(m_scene, nullptr, this, nullptr);
    delete m_scene; // before the maps its items point into
    m_scene = nullptr;
}

void ChartDocument::setWorkspace(Workspace *workspace)
{
    clear();
    m_workspace = workspace;
}

void ChartDocument::clear()
{
    stopLayout();
    m_layoutJob->waitForFinished();
    m_undoStack->clear();
    takeEntities(m_order);
    m_groupNames.clear();
    m_nextGroup = 1;
    m_chartId = 0;
    m_chartName.clear();
    m_highlightEntities.clear();
    m_highlightLinks.clear();
    emit highlightChanged();
    emit contentsChanged();
}

// --- Fetching from the workspace --------------------------------------------------------------

QList<ChartEntity> ChartDocument::fetchEntities(const QList<qint64> &ids,
                                                const QList<QPointF> &positions) const
{
    QList<ChartEntity> result;
    if (!m_workspace)
        return result;
    // Many entities at once (a network, a saved chart): one pass over the workspace's records is
    // far cheaper than one query per entity.
    QHash<qint64, EntityRecord> bulk;
    if (ids.size() > kBulkFetch) {
        const QSet<qint64> wanted(ids.begin(), ids.end());
        for (const EntityRecord &record : m_workspace->entityRecords()) {
            if (wanted.contains(record.id))
                bulk.insert(record.id, record);
        }
    }
    for (int i = 0; i < ids.size(); ++i) {
        std::optional<EntityRecord> record;
        if (ids.size() > kBulkFetch) {
            auto it = bulk.find(ids[i]);
            if (it != bulk.end())
                record = *it;
        } else {
            record = m_workspace->entity(ids[i]);
        }
        if (!record)
            continue; // erased since (retention) or never existed
        ChartEntity entity;
        entity.record = *record;
        entity.position = positions.value(i);
        result.append(entity);
    }
    return result;
}

QList<LinkRecord> ChartDocument::fetchLinks(const QList<qint64> &newIds) const
{
    // The chart shows every workspace link among its entities: those of the new entities to each
    // other and to what is already there.
    QList<LinkRecord> result;
    if (!m_workspace)
        return result;
    const QSet<qint64> added(newIds.begin(), newIds.end());
    auto onChart = [&](qint64 id) { return added.contains(id) || m_entities.contains(id); };
    if (newIds.size() > kBulkFetch) {
        for (const LinkRecord &link : m_workspace->linkRecords()) {
            if ((added.contains(link.from) || added.contains(link.to)) && onChart(link.from) &&
                onChart(link.to) && !m_links.contains(link.id))
                result.append(link);
        }
        return result;
    }
    QSet<qint64> seen;
    for (qint64 id : newIds) {
        for (const LinkRecord &link : m_workspace->linksOf(id)) {
            const qint64 other = link.from == id ? link.to : link.from;
            if (onChart(other) && !seen.contains(link.id) && !m_links.contains(link.id)) {
                seen.insert(link.id);
                result.append(link);
            }
        }
    }
    return result;
}

QList<QPointF> ChartDocument::placeAround(const QPointF &centre, int count, double startRadius) const
{
    // A sunflower spiral around the centre, skipping spots next to entities already there.
    constexpr double kSpacing = 70;
    constexpr double kCell = 50;
    QSet<QPair<qint64, qint64>> occupied;
    auto cellOf = [](const QPointF &p) {
        return QPair<qint64, qint64>(qint64(std::floor(p.x() / kCell)), qint64(std::floor(p.y() / kCell)));
    };
    for (const ChartEntity &entity : m_entities)
        occupied.insert(cellOf(entity.position));
    QList<QPointF> result;
    const double golden = std::numbers::pi * (3 - std::sqrt(5.0));
    for (int k = 0; result.size() < count && k < count * 50 + 1000; ++k) {
        const double r = startRadius + kSpacing * std::sqrt(k + 0.5) * 0.6;
        const QPointF p = centre + QPointF(r * std::cos(k * golden), r * std::sin(k * golden));
        const auto cell = cellOf(p);
        if (occupied.contains(cell))
            continue;
        occupied.insert(cell);
        result.append(p);
    }
    while (result.size() < count)
        result.append(centre + QPointF(result.size() * 5.0, 0));
    return result;
}

// --- Edits -------------------------------------------------------------------------------------

void ChartDocument::addEntities(const QList<qint64> &ids)
{
    QList<qint64> fresh;
    QList<qint64> hidden;
    for (qint64 id : ids) {
        if (!m_entities.contains(id) && !fresh.contains(id))
            fresh.append(id);
        else if (m_entities.contains(id) && m_entities[id].hidden)
            hidden.append(id);
    }
    if (fresh.isEmpty() && hidden.isEmpty())
        return;
    stopLayout();
    const QList<ChartEntity> entities =
        fetchEntities(fresh, placeAround(m_placementCentre, int(fresh.size()), 0));
    QList<qint64> fetched;
    for (const ChartEntity &entity : entities)
        fetched.append(entity.record.id);
    if (!hidden.isEmpty() && !entities.isEmpty())
        m_undoStack->beginMacro(tr("Add %n entities", nullptr, int(fetched.size() + hidden.size())));
    if (!hidden.isEmpty())
        m_undoStack->push(new HideCommand(this, hidden, false));
    if (!entities.isEmpty())
        m_undoStack->push(new AddEntitiesCommand(this, entities, fetchLinks(fetched),
                                                 tr("Add %n entities", nullptr, int(entities.size()))));
    if (!hidden.isEmpty() && !entities.isEmpty())
        m_undoStack->endMacro();
}

void ChartDocument::showNetwork(const QList<qint64> &ids)
{
    stopLayout();
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    m_undoStack->beginMacro(tr("Show network of %n entities", nullptr, int(unique.size())));
    if (!m_order.isEmpty())
        m_undoStack->push(new RemoveEntitiesCommand(this, m_order, tr("Clear chart")));
    // Start on a circle so the force layout has a sensible, deterministic start.
    LayoutGraph start;
    start.positions = QList<QPointF>(unique.size(), m_placementCentre);
    const QList<QPointF> circle = CircularLayout::compute(start, 70);
    const QList<ChartEntity> entities = fetchEntities(unique, circle);
    QList<qint64> fetched;
    for (const ChartEntity &entity : entities)
        fetched.append(entity.record.id);
    m_undoStack->push(new AddEntitiesCommand(this, entities, fetchLinks(fetched),
                                             tr("Add %n entities", nullptr, int(fetched.size()))));
    m_undoStack->endMacro();
    if (fetched.size() > 1)
        runLayout(LayoutKind::Force);
}

void ChartDocument::expand(const QList<qint64> &ids, const QStringList &linkTypes)
{
    if (!m_workspace)
        return;
    stopLayout();
    QList<qint64> fresh;
    QList<QPointF> positions;
    for (qint64 id : ids) {
        if (!m_entities.contains(id))
            continue;
        QList<qint64> around;
        for (const LinkRecord &link : m_workspace->linksOf(id)) {
            if (!linkTypes.isEmpty() && !linkTypes.contains(link.type))
                continue;
            const qint64 other = link.from == id ? link.to : link.from;
            if (!m_entities.contains(other) && !fresh.contains(other) && !around.contains(other))
                around.append(other);
        }
        // New neighbours ring the entity they were expanded from.
        positions += placeAround(m_entities[id].position, int(around.size()), 90);
        fresh += around;
    }
    if (fresh.isEmpty())
        return;
    const QList<ChartEntity> entities = fetchEntities(fresh, positions);
    QList<qint64> fetched;
    for (const ChartEntity &entity : entities)
        fetched.append(entity.record.id);
    m_undoStack->push(new AddEntitiesCommand(this, entities, fetchLinks(fetched),
                                             tr("Expand: %n entities", nullptr, int(entities.size()))));
}

void ChartDocument::removeEntities(const QList<qint64> &ids)
{
    QList<qint64> present;
    for (qint64 id : ids) {
        if (m_entities.contains(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return;
    stopLayout();
    m_undoStack->push(
        new RemoveEntitiesCommand(this, present, tr("Remove %n entities", nullptr, int(present.size()))));
}

void ChartDocument::hideEntities(const QList<qint64> &ids)
{
    QList<qint64> shown;
    for (qint64 id : ids) {
        if (m_entities.contains(id) && !m_entities[id].hidden)
            shown.append(id);
    }
    if (!shown.isEmpty())
        m_undoStack->push(new HideCommand(this, shown, true));
}

void ChartDocument::showAllEntities()
{
    QList<qint64> hidden;
    for (qint64 id : std::as_const(m_order)) {
        if (m_entities[id].hidden)
            hidden.append(id);
    }
    if (!hidden.isEmpty())
        m_undoStack->push(new HideCommand(this, hidden, false));
}

void ChartDocument::setPinned(const QList<qint64> &ids, bool pinned)
{
    QList<qint64> change;
    for (qint64 id : ids) {
        if (m_entities.contains(id) && m_entities[id].pinned != pinned)
            change.append(id);
    }
    if (!change.isEmpty())
        m_undoStack->push(new PinCommand(this, change, pinned));
}

void ChartDocument::groupEntities(const QList<qint64> &ids, const QString &name)
{
    QList<qint64> present;
    for (qint64 id : ids) {
        if (m_entities.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return;
    const int group = m_nextGroup++;
    m_undoStack->push(
        new GroupCommand(this, present, group, name.isEmpty() ? tr("Group %1").arg(group) : name));
}

void ChartDocument::ungroupEntities(const QList<qint64> &ids)
{
    QList<qint64> grouped;
    for (qint64 id : ids) {
        if (m_entities.contains(id) && m_entities[id].group)
            grouped.append(id);
    }
    if (!grouped.isEmpty())
        m_undoStack->push(new GroupCommand(this, grouped, 0, QString()));
}

void ChartDocument::moveEntities(const QHash<qint64, QPointF> &positions)
{
    QHash<qint64, QPointF> from, to;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (m_entities.contains(it.key()) && m_entities[it.key()].position != it.value()) {
            from.insert(it.key(), m_entities[it.key()].position);
            to.insert(it.key(), it.value());
        }
    }
    if (!to.isEmpty())
        m_undoStack->push(new MoveItemsCommand(this, from, to));
}

bool ChartDocument::followWorkspace()
{
    if (!m_workspace || m_order.isEmpty())
        return false;
    // What each entity on the chart is now: itself, the entity it was merged into, or 0 (erased).
    MergeLedger ledger(*m_workspace);
    QHash<qint64, qint64> liveOf;
    QSet<qint64> live;
    for (qint64 id : std::as_const(m_order)) {
        const qint64 root = ledger.rootOf(id);
        liveOf.insert(id, root);
        if (root)
            live.insert(root);
    }
    // The links the workspace now has among the entities the chart is to show.
    QHash<qint64, LinkRecord> fresh;
    auto keep = [&](const LinkRecord &link) {
        if (live.contains(link.from) && live.contains(link.to))
            fresh.insert(link.id, link);
    };
    if (live.size() > kBulkFetch) {
        for (const LinkRecord &link : m_workspace->linkRecords())
            keep(link);
    } else {
        for (qint64 id : std::as_const(live))
            for (const LinkRecord &link : m_workspace->linksOf(id))
                keep(link);
    }
    // Entities to take off and put back: merged or erased ones, and the ends of every link that
    // is new, gone or now ends elsewhere (taking an end off takes its stale links with it; putting
    // it back brings its current ones).
    QSet<qint64> stale;
    auto touch = [&](qint64 id) {
        if (m_entities.contains(id))
            stale.insert(id);
    };
    for (auto it = liveOf.cbegin(); it != liveOf.cend(); ++it)
        if (it.value() != it.key())
            stale.insert(it.key());
    for (const LinkRecord &link : std::as_const(m_links)) {
        const auto now = fresh.constFind(link.id);
        if (now == fresh.cend() || now->from != link.from || now->to != link.to) {
            touch(link.from);
            touch(link.to);
            if (now != fresh.cend()) {
                touch(now->from);
                touch(now->to);
            }
        }
    }
    for (const LinkRecord &link : std::as_const(fresh))
        if (!m_links.contains(link.id)) {
            touch(link.from);
            touch(link.to);
        }
    if (stale.isEmpty())
        return false;

    // What goes back, in chart order: each stale entity's live entity, where that one stood if it
    // is on the chart, else where the first entity merged into it stood, with its pin, hiding
    // and group.
    QList<qint64> removed;
    QList<qint64> back;
    QHash<qint64, ChartEntity> state;
    for (qint64 id : std::as_const(m_order)) {
        if (!stale.contains(id))
            continue;
        removed.append(id);
        const qint64 root = liveOf.value(id);
        if (!root || state.contains(root) || (root != id && m_entities.contains(root) && !stale.contains(root)))
            continue;
        back.append(root);
        state.insert(root, m_entities.value(m_entities.contains(root) ? root : id));
    }
    QList<QPointF> positions;
    for (qint64 id : std::as_const(back))
        positions.append(state.value(id).position);
    const QList<qint64> selectedBefore = selectedEntityIds();

    stopLayout();
    // The scene loses the selection of the items taken off; the chart re-selects the live
    // entities below and reports the selection only if it changed.
    m_syncingSelection = true;
    m_undoStack->beginMacro(tr("Follow merges"));
    m_undoStack->push(new RemoveEntitiesCommand(this, removed, tr("Remove merged entities")));
    QList<ChartEntity> entities = fetchEntities(back, positions);
    QList<qint64> fetched;
    for (ChartEntity &entity : entities) {
        const ChartEntity &before = state.value(entity.record.id);
        entity.pinned = before.pinned;
        entity.hidden = before.hidden;
        entity.group = before.group;
        fetched.append(entity.record.id);
    }
    if (!entities.isEmpty())
        m_undoStack->push(new AddEntitiesCommand(this, entities, fetchLinks(fetched), tr("Add live entities")));
    m_undoStack->endMacro();
    QList<qint64> selected;
    for (qint64 id : selectedBefore) {
        const qint64 root = liveOf.value(id, id);
        if (root && !selected.contains(root))
            selected.append(root);
    }
    for (qint64 id : std::as_const(selected))
        if (EntityItem *item = m_scene->entityItem(id))
            item->setSelected(true);
    m_syncingSelection = false;
    if (selectedEntityIds() != selectedBefore)
        onSceneSelectionChanged();
    return true;
}

// --- Layout --------------------------------------------------------------------------------------

void ChartDocument::runLayout(LayoutKind kind)
{
    stopLayout();
    m_layoutJob->waitForFinished();
    LayoutGraph graph;
    QHash<qint64, int> index;
    m_layoutIds.clear();
    m_layoutStart.clear();
    for (qint64 id : std::as_const(m_order)) {
        const ChartEntity &entity = m_entities[id];
        if (entity.hidden)
            continue; // hidden entities keep their place
        index.insert(id, int(m_layoutIds.size()));
        m_layoutIds.append(id);
        m_layoutStart.insert(id, entity.position);
        graph.positions.append(entity.position);
        graph.pinned.append(entity.pinned);
        graph.groups.append(int(entity.record.type));
    }
    if (m_layoutIds.isEmpty())
        return;
    for (const LinkRecord &link : std::as_const(m_links)) {
        if (index.contains(link.from) && index.contains(link.to))
            graph.edges.append({index[link.from], index[link.to]});
    }
    ForceLayout::Options options;
    // Big charts: fewer iterations keep the layout within the 3 s goal (measured in the bench).
    options.iterations = graph.nodeCount() > 2000 ? 200 : 300;
    m_layoutKind = kind;
    m_layoutJob->start(graph, kind, options);
    emit layoutRunningChanged(true);
}

void ChartDocument::stopLayout()
{
    if (m_layoutJob->isRunning())
        m_layoutJob->cancel();
}

bool ChartDocument::isLayoutRunning() const
{
    return m_layoutJob->isRunning();
}

void ChartDocument::waitForLayout()
{
    if (!m_layoutJob->isRunning())
        return;
    QEventLoop loop;
    connect(this, &ChartDocument::layoutFinished, &loop, &QEventLoop::quit);
    if (m_layoutJob->isRunning())
        loop.exec();
}

void ChartDocument::onLayoutFinished(const QList<QPointF> &positions, bool cancelled)
{
    // Even a stopped layout has moved the items (animation): record where it got to, so that the
    // chart and its undo history stay in step.
    QHash<qint64, QPointF> from, to;
    for (int i = 0; i < positions.size() && i < m_layoutIds.size(); ++i) {
        const qint64 id = m_layoutIds[i];
        if (!m_entities.contains(id))
            continue;
        from.insert(id, m_layoutStart.value(id));
        to.insert(id, positions[i]);
    }
    QString name;
    switch (m_layoutKind) {
    case LayoutKind::Force:
        name = cancelled ? tr("Force layout (stopped)") : tr("Force layout");
        break;
    case LayoutKind::Circular:
        name = tr("Circular layout");
        break;
    case LayoutKind::ByType:
        name = tr("Layout by type");
        break;
    case LayoutKind::Hierarchical:
        name = tr("Hierarchical layout");
        break;
    }
    if (!to.isEmpty())
        m_undoStack->push(new LayoutCommand(this, from, to, name));
    m_layoutIds.clear();
    m_layoutStart.clear();
    emit layoutRunningChanged(false);
    emit layoutFinished();
}

// --- Queries ---------------------------------------------------------------------------------------

QList<qint64> ChartDocument::entityIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_order) {
        if (!m_entities[id].hidden)
            ids.append(id);
    }
    return ids;
}

QList<qint64> ChartDocument::allEntityIds() const
{
    return m_order;
}

QList<qint64> ChartDocument::selectedEntityIds() const
{
    QList<qint64> ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == EntityItem::Type)
            ids.append(static_cast<EntityItem *>(item)->entityId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ChartDocument::setSelectedEntityIds(const QList<qint64> &ids)
{
    m_syncingSelection = true;
    m_scene->clearSelection();
    for (qint64 id : ids) {
        if (EntityItem *item = m_scene->entityItem(id))
            item->setSelected(true);
    }
    m_syncingSelection = false;
    onSceneSelectionChanged();
}

void ChartDocument::onSceneSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QList<qint64> entities;
    QList<qint64> links;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == EntityItem::Type)
            entities.append(static_cast<EntityItem *>(item)->entityId());
        else if (item->type() == LinkItem::Type)
            links.append(static_cast<LinkItem *>(item)->linkId());
    }
    std::sort(entities.begin(), entities.end());
    emit selectionChanged(entities);
    if (entities.isEmpty() && links.size() == 1)
        emit linkSelected(links.first());
}

QList<qint64> ChartDocument::linkIds() const
{
    QList<qint64> ids = m_links.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> ChartDocument::linkIdsBetween(qint64 a, qint64 b) const
{
    QList<qint64> ids;
    for (const LinkRecord &link : m_links) {
        if ((link.from == a && link.to == b) || (link.from == b && link.to == a))
            ids.append(link.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<ChartEntity> ChartDocument::chartEntity(qint64 id) const
{
    auto it = m_entities.find(id);
    if (it == m_entities.end())
        return std::nullopt;
    return *it;
}

QPointF ChartDocument::position(qint64 id) const
{
    return m_entities.value(id).position;
}

QStringList ChartDocument::linkTypesAround(const QList<qint64> &ids) const
{
    QStringList types;
    if (!m_workspace)
        return types;
    for (qint64 id : ids) {
        for (const LinkRecord &link : m_workspace->linksOf(id)) {
            if (!types.contains(link.type))
                types.append(link.type);
        }
    }
    types.sort();
    return types;
}

// --- Path ------------------------------------------------------------------------------------------

QList<qint64> ChartDocument::findPath(qint64 from, qint64 to, QString *error)
{
    clearHighlight();
    QList<EntityRecord> entities;
    QList<LinkRecord> links;
    for (qint64 id : std::as_const(m_order)) {
        if (!m_entities[id].hidden)
            entities.append(m_entities[id].record);
    }
    for (const LinkRecord &link : std::as_const(m_links))
        links.append(link);
    QList<qint64> path;
    auto search = [&](const QList<EntityRecord> &e, const QList<LinkRecord> &l) {
        const WeightedGraph graph = LinkGraph::build(e, l).analysisGraph();
        const int a = graph.indexOf(from), b = graph.indexOf(to);
        QList<qint64> ids;
        if (a < 0 || b < 0)
            return ids;
        for (int v : PathFinder::shortestPath(graph, a, b, false).vertices)
            ids.append(graph.id(v));
        return ids;
    };
    path = search(entities, links);
    if (path.isEmpty() && m_workspace) {
        // Not connected on the chart: look through the whole workspace and bring the path in.
        path = search(m_workspace->entityRecords(), m_workspace->linkRecords());
        QList<qint64> missing;
        for (qint64 id : std::as_const(path)) {
            if (!m_entities.contains(id) || m_entities[id].hidden)
                missing.append(id);
        }
        if (!missing.isEmpty()) {
            // Between the two ends, on the straight line, in path order.
            const QPointF a = position(from), b = position(to);
            QList<qint64> fresh;
            QList<QPointF> positions;
            m_undoStack->beginMacro(tr("Add path"));
            for (int i = 0; i < path.size(); ++i) {
                if (missing.contains(path[i]) && !m_entities.contains(path[i])) {
                    fresh.append(path[i]);
                    const double t = double(i) / std::max<qsizetype>(1, path.size() - 1);
                    positions.append(a + (b - a) * t + QPointF(0, 40));
                }
            }
            QList<qint64> unhide;
            for (qint64 id : missing) {
                if (m_entities.contains(id))
                    unhide.append(id);
            }
            if (!unhide.isEmpty())
                m_undoStack->push(new HideCommand(this, unhide, false));
            if (!fresh.isEmpty()) {
                const QList<ChartEntity> added = fetchEntities(fresh, positions);
                QList<qint64> ids;
                for (const ChartEntity &entity : added)
                    ids.append(entity.record.id);
                m_undoStack->push(new AddEntitiesCommand(this, added, fetchLinks(ids), tr("Add path")));
            }
            m_undoStack->endMacro();
        }
    }
    if (path.isEmpty()) {
        if (error)
            *error = tr("No path links entity %1 and entity %2 in this workspace.").arg(from).arg(to);
        return path;
    }
    m_highlightEntities = path;
    for (int i = 1; i < path.size(); ++i)
        m_highlightLinks += linkIdsBetween(path[i - 1], path[i]);
    emit highlightChanged();
    return path;
}

void ChartDocument::clearHighlight()
{
    if (m_highlightEntities.isEmpty() && m_highlightLinks.isEmpty())
        return;
    m_highlightEntities.clear();
    m_highlightLinks.clear();
    emit highlightChanged();
}

// --- Date filter -------------------------------------------------------------------------------------

void ChartDocument::setDateFilter(const QDate &from, const QDate &to)
{
    m_dateFrom = from;
    m_dateTo = to;
    emit dateFilterChanged();
}

static bool outside(const QString &iso, const QDate &from, const QDate &to)
{
    if (iso.isEmpty() || (!from.isValid() && !to.isValid()))
        return false;
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid())
        return false;
    return (from.isValid() && date < from) || (to.isValid() && date > to);
}

bool ChartDocument::isFilteredOut(const LinkRecord &link) const
{
    return outside(link.occurredAt, m_dateFrom, m_dateTo);
}

bool ChartDocument::isFilteredOut(const EntityRecord &entity) const
{
    return entity.type == EntityType::Incident && outside(entity.occurredAt, m_dateFrom, m_dateTo);
}

// --- Colour and size -------------------------------------------------------------------------------

void ChartDocument::setColourMode(ChartAnalysis::Colour mode)
{
    m_colourMode = mode;
    recomputeStyle();
}

void ChartDocument::setSizeMode(ChartAnalysis::Size mode)
{
    m_sizeMode = mode;
    recomputeStyle();
}

bool ChartDocument::isAnalysing() const
{
    return m_styleWatcher.isRunning();
}

void ChartDocument::recomputeStyle()
{
    if (m_styleWatcher.isRunning()) {
        // One run at a time; the latest request runs when this one ends.
        m_styleCancel->store(true);
        m_styleDirty = true;
        return;
    }
    QList<EntityRecord> entities;
    for (qint64 id : std::as_const(m_order))
        entities.append(m_entities[id].record);
    QList<LinkRecord> links = m_links.values();
    m_styleCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_styleCancel;
    const auto colour = m_colourMode;
    const auto size = m_sizeMode;
    m_styleWatcher.setFuture(QtConcurrent::run([entities, links, colour, size, cancel] {
        return ChartAnalysis::compute(entities, links, colour, size, cancel.get());
    }));
}

QColor ChartDocument::paletteColour(int index)
{
    // Tableau 10: distinct on screen and in print.
    static const QColor palette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                     QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return palette[index % 10];
}

QList<ChartDocument::LegendEntry> ChartDocument::legend() const
{
    QList<LegendEntry> entries;
    if (m_colourMode == ChartAnalysis::Colour::Type || m_style.colourGroup.isEmpty()) {
        QSet<EntityType> types;
        for (const ChartEntity &entity : m_entities)
            types.insert(entity.record.type);
        for (EntityType type : EntityTypes::all()) {
            if (types.contains(type))
                entries.append({EntityIcons::colour(type), EntityTypes::displayName(type)});
        }
    } else {
        QHash<int, int> sizes;
        for (int group : m_style.colourGroup)
            ++sizes[group];
        QList<int> groups = sizes.keys();
        std::sort(groups.begin(), groups.end());
        const QString pattern =
            m_colourMode == ChartAnalysis::Colour::Network ? tr("Network %1 (%2)") : tr("Community %1 (%2)");
        for (int group : std::as_const(groups).mid(0, 10))
            entries.append({paletteColour(group), pattern.arg(group + 1).arg(sizes[group])});
        if (groups.size() > 10)
            entries.append({Qt::lightGray, tr("%n more (colours repeat)", nullptr, int(groups.size() - 10))});
    }
    if (m_sizeMode != ChartAnalysis::Size::None) {
        const QString measure = m_sizeMode == ChartAnalysis::Size::Degree        ? tr("degree")
                                : m_sizeMode == ChartAnalysis::Size::Betweenness ? tr("betweenness")
                                                                                 : tr("PageRank");
        entries.append({QColor(), tr("Size: %1").arg(measure)});
    }
    return entries;
}

// --- Primitives ----------------------------------------------------------------------------------------

QList<ChartEntity> ChartDocument::chartEntities(const QList<qint64> &ids) const
{
    QList<ChartEntity> result;
    for (qint64 id : ids) {
        auto it = m_entities.find(id);
        if (it != m_entities.end())
            result.append(*it);
    }
    return result;
}

QList<LinkRecord> ChartDocument::linksTouching(const QList<qint64> &ids) const
{
    const QSet<qint64> set(ids.begin(), ids.end());
    QList<LinkRecord> result;
    for (const LinkRecord &link : m_links) {
        if (set.contains(link.from) || set.contains(link.to))
            result.append(link);
    }
    std::sort(result.begin(), result.end(),
              [](const LinkRecord &a, const LinkRecord &b) { return a.id < b.id; });
    return result;
}

void ChartDocument::insertEntities(const QList<ChartEntity> &entities, const QList<LinkRecord> &links)
{
    QList<qint64> ids;
    for (const ChartEntity &entity : entities) {
        if (m_entities.contains(entity.record.id))
            continue;
        m_entities.insert(entity.record.id, entity);
        m_order.append(entity.record.id);
        ids.append(entity.record.id);
    }
    QList<qint64> linkIds;
    for (const LinkRecord &link : links) {
        if (m_links.contains(link.id) || !m_entities.contains(link.from) || !m_entities.contains(link.to))
            continue;
        m_links.insert(link.id, link);
        linkIds.append(link.id);
    }
    emit entitiesInserted(ids);
    emit linksInserted(linkIds);
}

void ChartDocument::takeEntities(const QList<qint64> &ids)
{
    const QSet<qint64> set(ids.begin(), ids.end());
    QList<qint64> linkIds;
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (set.contains(it->from) || set.contains(it->to)) {
            linkIds.append(it.key());
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
    emit linksRemoved(linkIds);
    QList<qint64> removed;
    for (qint64 id : ids) {
        if (m_entities.remove(id))
            removed.append(id);
    }
    m_order.removeIf([&set](qint64 id) { return set.contains(id); });
    m_highlightEntities.removeIf([&set](qint64 id) { return set.contains(id); });
    emit entitiesRemoved(removed);
}

void ChartDocument::applyPositions(const QHash<qint64, QPointF> &positions)
{
    QList<qint64> ids;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        auto entity = m_entities.find(it.key());
        if (entity != m_entities.end()) {
            entity->position = it.value();
            ids.append(it.key());
        }
    }
    emit positionsChanged(ids);
}

void ChartDocument::applyPinned(const QHash<qint64, bool> &pinned)
{
    QList<qint64> ids;
    for (auto it = pinned.begin(); it != pinned.end(); ++it) {
        auto entity = m_entities.find(it.key());
        if (entity != m_entities.end()) {
            entity->pinned = it.value();
            ids.append(it.key());
        }
    }
    emit entityStateChanged(ids);
}

void ChartDocument::applyHidden(const QHash<qint64, bool> &hidden)
{
    QList<qint64> ids;
    for (auto it = hidden.begin(); it != hidden.end(); ++it) {
        auto entity = m_entities.find(it.key());
        if (entity != m_entities.end()) {
            entity->hidden = it.value();
            ids.append(it.key());
        }
    }
    emit entityStateChanged(ids);
}

void ChartDocument::applyGroups(const QHash<qint64, int> &groups)
{
    QList<qint64> ids;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        auto entity = m_entities.find(it.key());
        if (entity != m_entities.end()) {
            entity->group = it.value();
            ids.append(it.key());
        }
    }
    emit entityStateChanged(ids);
}

void ChartDocument::setGroupName(int group, const QString &name)
{
    m_groupNames.insert(group, name);
    m_nextGroup = std::max(m_nextGroup, group + 1);
}

// --- Persistence -----------------------------------------------------------------------------------------

QByteArray ChartDocument::toJson() const
{
    QJsonArray entities;
    for (qint64 id : m_order) {
        const ChartEntity &entity = m_entities[id];
        QJsonObject object{{QStringLiteral("id"), entity.record.id},
                           {QStringLiteral("x"), entity.position.x()},
                           {QStringLiteral("y"), entity.position.y()}};
        if (entity.pinned)
            object.insert(QStringLiteral("pinned"), true);
        if (entity.hidden)
            object.insert(QStringLiteral("hidden"), true);
        if (entity.group)
            object.insert(QStringLiteral("group"), entity.group);
        entities.append(object);
    }
    QJsonArray groups;
    QList<int> groupIds = m_groupNames.keys();
    std::sort(groupIds.begin(), groupIds.end());
    for (int group : groupIds)
        groups.append(
            QJsonObject{{QStringLiteral("id"), group}, {QStringLiteral("name"), m_groupNames[group]}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("fusioncell-chart")},
                     {QStringLiteral("version"), kChartFormatVersion},
                     {QStringLiteral("entities"), entities},
                     {QStringLiteral("groups"), groups},
                     {QStringLiteral("view"), QJsonObject{{QStringLiteral("x"), m_placementCentre.x()},
                                                          {QStringLiteral("y"), m_placementCentre.y()},
                                                          {QStringLiteral("zoom"), m_viewZoom}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool ChartDocument::save(const QString &name, QString *error)
{
    if (!m_workspace) {
        if (error)
            *error = tr("No workspace is open to save the chart into.");
        return false;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A chart needs a name to be saved.");
        return false;
    }
    // Same name: update this chart; another name: save as a new chart.
    const qint64 id =
        m_workspace->saveChart(trimmed == m_chartName ? m_chartId : 0, trimmed, toJson(), error);
    if (!id)
        return false;
    m_chartId = id;
    m_chartName = trimmed;
    m_undoStack->setClean();
    return true;
}

bool ChartDocument::load(qint64 chartId, QString *error)
{
    if (!m_workspace) {
        if (error)
            *error = tr("No workspace is open to load chart %1 from.").arg(chartId);
        return false;
    }
    QString name;
    for (const ChartInfo &info : m_workspace->charts()) {
        if (info.id == chartId)
            name = info.name;
    }
    const QByteArray data = m_workspace->chartData(chartId);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (name.isEmpty() || data.isEmpty()) {
        if (error)
            *error = tr("Chart %1 is not in this workspace.").arg(chartId);
        return false;
    }
    const QJsonObject root = json.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("fusioncell-chart")) {
        if (error)
            *error = tr("Chart \"%1\" cannot be read: at offset %2, expected a FusionCell chart (JSON): %3")
                         .arg(name)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() > kChartFormatVersion) {
        if (error)
            *error =
                tr("Chart \"%1\" was saved by a newer FusionCell (format version %2, expected %3 or older).")
                    .arg(name)
                    .arg(root.value(QStringLiteral("version")).toInt())
                    .arg(kChartFormatVersion);
        return false;
    }
    clear();
    QList<qint64> ids;
    QList<QPointF> positions;
    QHash<qint64, QJsonObject> objects;
    for (const QJsonValue &value : root.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject object = value.toObject();
        const qint64 id = object.value(QStringLiteral("id")).toInteger();
        ids.append(id);
        positions.append(QPointF(object.value(QStringLiteral("x")).toDouble(),
                                 object.value(QStringLiteral("y")).toDouble()));
        objects.insert(id, object);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject object = value.toObject();
        setGroupName(object.value(QStringLiteral("id")).toInt(),
                     object.value(QStringLiteral("name")).toString());
    }
    QList<ChartEntity> entities = fetchEntities(ids, positions);
    QList<qint64> fetched;
    for (ChartEntity &entity : entities) {
        const QJsonObject object = objects.value(entity.record.id);
        entity.pinned = object.value(QStringLiteral("pinned")).toBool();
        entity.hidden = object.value(QStringLiteral("hidden")).toBool();
        entity.group = object.value(QStringLiteral("group")).toInt();
        fetched.append(entity.record.id);
    }
    // Entities erased from the workspace since (retention) are simply no longer on the chart.
    insertEntities(entities, fetchLinks(fetched));
    m_chartId = chartId;
    m_chartName = name;
    m_undoStack->clear();
    emit contentsChanged();
    const QJsonObject view = root.value(QStringLiteral("view")).toObject();
    if (!view.isEmpty()) {
        m_placementCentre =
            QPointF(view.value(QStringLiteral("x")).toDouble(), view.value(QStringLiteral("y")).toDouble());
        m_viewZoom = view.value(QStringLiteral("zoom")).toDouble(1);
        emit viewRestored(m_placementCentre, m_viewZoom);
    }
    return true;
}

QStringList ChartDocument::markingLines() const
{
    QStringList lines{QStringLiteral("OFFICIAL-SENSITIVE")};
    QStringList codes;
    for (const LinkRecord &link : m_links) {
        if (!m_entities.value(link.from).hidden && !m_entities.value(link.to).hidden &&
            !link.grading.handling.isNull()) {
            QString code = QString(link.grading.handling);
            if (!link.grading.conditions.isEmpty())
                code += QLatin1String(" (") + link.grading.conditions + QLatin1Char(')');
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    codes.sort();
    if (!codes.isEmpty())
        lines.append(tr("Handling codes: %1").arg(codes.join(QLatin1String("; "))));
    return lines;
}

bool ChartDocument::exportTo(const QString &path, QString *error)
{
    return ChartExporter::exportScene(m_scene, path, markingLines(), error);
}

} // namespace fc
