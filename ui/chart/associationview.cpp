#include "chart/associationview.h"

#include "graph/offenderprojection.h"
#include "layout/forcelayout.h"
#include "offenders/persondisplay.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>

namespace fc {

namespace {

constexpr double kRadius = 14;
constexpr int kLinkKey = 0;   // item data: the link key
constexpr int kPersonKey = 1; // item data: the person id

QGraphicsSimpleTextItem *textAt(QGraphicsScene *scene, const QString &text, const QPointF &centre, const QColor &colour,
                                double z)
{
    auto *t = scene->addSimpleText(text); // never rich text: labels are names from the sources
    t->setBrush(colour);
    const QRectF r = t->boundingRect();
    t->setPos(centre - QPointF(r.width() / 2, r.height() / 2));
    t->setZValue(z);
    return t;
}

} // namespace

AssociationView::AssociationView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfa));
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &AssociationView::onBuilt);
}

AssociationView::~AssociationView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

quint64 AssociationView::key(qint64 a, qint64 b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

AssociationView::Built AssociationView::build(const QList<EntityRecord> &entities, const QList<LinkRecord> &links,
                                              const std::atomic_bool *cancel)
{
    Built out;
    const OffenderProjection projection = OffenderProjection::build(entities, links);
    QList<qint64> people;
    for (const EntityRecord &e : entities)
        if (e.type == EntityType::Person)
            people << e.id;
    out.graph = AssociationGraph::build(projection, people);
    LayoutGraph lg;
    QHash<qint64, int> index;
    for (qint64 id : out.graph.people()) {
        index.insert(id, int(lg.positions.size()));
        lg.positions << QPointF();
    }
    for (const Association &a : out.graph.associations())
        lg.edges << qMakePair(index.value(a.a), index.value(a.b));
    ForceLayout::Options options;
    options.idealDistance = 240; // room for the link labels
    options.minimumDistance = 120;
    options.fromCurrentPositions = false;
    ForceLayout layout(lg, options);
    layout.run(cancel);
    const QList<QPointF> positions = layout.positions();
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        out.positions.insert(it.key(), positions.value(it.value()));
    return out;
}

void AssociationView::setRecords(const QList<EntityRecord> &entities, const QList<LinkRecord> &links)
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([entities, links, cancel] { return build(entities, links, cancel.get()); }));
}

void AssociationView::waitUntilBuilt()
{
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher); // delivers finished(), hence onBuilt()
    }
}

void AssociationView::onBuilt()
{
    if (m_cancel && m_cancel->load())
        return;
    Built b = m_watcher.result();
    m_scene->clear();
    m_people.clear();
    m_links.clear();
    m_graph = b.graph;
    m_positions = b.positions;
    const QColor personColour(0x2b, 0x5d, 0x8c), linkColour(0x7a, 0x86, 0x91);
    for (const Association &a : m_graph.associations()) {
        const QPointF pa = m_positions.value(a.a), pb = m_positions.value(a.b);
        Link link;
        link.line = m_scene->addLine(QLineF(pa, pb), QPen(linkColour, 1 + std::min(6.0, a.weight)));
        link.line->setZValue(0);
        link.line->setData(kLinkKey, key(a.a, a.b));
        link.line->setToolTip(tr("%1 and %2: %3. Click to show the incidents.")
                                  .arg(m_graph.label(a.a), m_graph.label(a.b), a.label()));
        link.label = textAt(m_scene, a.label(), (pa + pb) / 2, QColor(0x33, 0x33, 0x33), 2);
        link.label->setData(kLinkKey, key(a.a, a.b));
        m_links.insert(key(a.a, a.b), link);
    }
    for (qint64 id : m_graph.people()) {
        const QPointF p = m_positions.value(id);
        auto *node = m_scene->addEllipse(QRectF(p - QPointF(kRadius, kRadius), QSizeF(2 * kRadius, 2 * kRadius)),
                                         QPen(Qt::white, 2), personColour);
        node->setZValue(3);
        node->setData(kPersonKey, id);
        QString name = m_graph.label(id);
        if (m_workspace) {
            const PersonDisplay d = PersonDisplay::of(*m_workspace, id);
            node->setToolTip(d.text());
            if (d.age >= 0)
                name += QStringLiteral(" (%1)").arg(d.age);
        }
        textAt(m_scene, name, p + QPointF(0, kRadius + 10), personColour.darker(130), 4);
        m_people.insert(id, node);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    emit built(int(m_people.size()), int(m_links.size()));
}

int AssociationView::incidentNodeCount() const
{
    int n = 0;
    for (const Link &l : m_links)
        for (QGraphicsItem *item : l.expansion)
            if (item->type() == QGraphicsRectItem::Type)
                ++n;
    return n;
}

QString AssociationView::linkLabel(qint64 a, qint64 b) const
{
    const auto it = m_links.constFind(key(a, b));
    return it == m_links.constEnd() ? QString() : it->label->text();
}

bool AssociationView::isExpanded(qint64 a, qint64 b) const
{
    const auto it = m_links.constFind(key(a, b));
    return it != m_links.constEnd() && !it->expansion.isEmpty();
}

void AssociationView::toggle(qint64 a, qint64 b)
{
    setExpanded(a, b, !isExpanded(a, b));
}

void AssociationView::setExpanded(qint64 a, qint64 b, bool expanded)
{
    auto it = m_links.find(key(a, b));
    const Association *as = m_graph.between(a, b);
    if (it == m_links.end() || !as || expanded == !it->expansion.isEmpty())
        return;
    Link &link = it.value();
    if (!expanded) {
        for (QGraphicsItem *item : std::as_const(link.expansion)) {
            m_scene->removeItem(item);
            delete item;
        }
        link.expansion.clear();
        link.line->setOpacity(1);
        return;
    }
    if (as->incidents.isEmpty())
        return; // nothing to expand into: the pair is tied by other things only
    // The incidents on a short line across the link's middle, each tied to both people.
    const QPointF pa = m_positions.value(as->a), pb = m_positions.value(as->b);
    const QPointF mid = (pa + pb) / 2;
    QPointF along = pb - pa;
    const double length = std::hypot(along.x(), along.y());
    const QPointF normal = length > 0 ? QPointF(-along.y() / length, along.x() / length) : QPointF(0, 1);
    const int n = int(as->incidents.size());
    const QPen pen(QColor(0xc0, 0x7a, 0x2c), 1);
    link.line->setOpacity(0.25);
    for (int i = 0; i < n; ++i) {
        // Off the middle by a little, so that the link's own label stays readable.
        const QPointF p = mid + normal * ((i - (n - 1) / 2.0) * 34 + 26);
        const qint64 incident = as->incidents.at(i);
        auto *la = m_scene->addLine(QLineF(pa, p), pen);
        auto *lb = m_scene->addLine(QLineF(p, pb), pen);
        auto *box = m_scene->addRect(QRectF(p - QPointF(8, 8), QSizeF(16, 16)), QPen(Qt::white, 1), QColor(0xe0, 0x8a, 0x2c));
        box->setZValue(3);
        box->setData(kLinkKey, key(a, b));
        box->setToolTip(m_graph.label(incident));
        auto *text = textAt(m_scene, m_graph.label(incident), p + QPointF(0, 16), QColor(0x80, 0x4a, 0x10), 4);
        for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(la), static_cast<QGraphicsItem *>(lb)})
            item->setZValue(1);
        link.expansion << la << lb << box << text;
    }
}

void AssociationView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            const QVariant k = item->data(kLinkKey);
            if (k.isValid()) {
                const auto it = m_links.constFind(k.toULongLong());
                if (it != m_links.constEnd()) {
                    const qint64 a = qint64(k.toULongLong() >> 32), b = qint64(k.toULongLong() & 0xffffffffu);
                    toggle(a, b);
                    event->accept();
                    return;
                }
            }
            if (item->data(kPersonKey).isValid())
                break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void AssociationView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint()))
        if (item->data(kPersonKey).isValid()) {
            emit personActivated(item->data(kPersonKey).toLongLong());
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void AssociationView::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.2 : 1 / 1.2;
    scale(factor, factor); // a view change, not an edit
}

} // namespace fc
