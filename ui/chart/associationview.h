#pragma once

#include "graph/associationgraph.h"
#include "model/records.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>
#include <QPointF>
#include <atomic>
#include <memory>

class QGraphicsScene;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace fc {

class Workspace;

/**
 * The association view of what is on the chart: its people linked directly to people, one link
 * per pair labelled with the incidents and value they share (core/graph's AssociationGraph over
 * the offender projection of the chart's records), laid out by force in a worker. The incidents
 * of a pair are drawn only when the analyst expands its link (click it) and go again when it is
 * collapsed (click again). Expanding is a view change, not an edit: nothing goes on the undo stack.
 */
class AssociationView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit AssociationView(QWidget *parent = nullptr);
    ~AssociationView() override;

    /** For the tooltips that tell namesakes apart (GUI-thread reads only); may be nullptr. */
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    /** Builds the view of these records (a copy goes to the worker). */
    void setRecords(const QList<EntityRecord> &entities, const QList<LinkRecord> &links);
    bool isBuilding() const { return m_watcher.isRunning(); }
    /** Blocks until the view is built (tests, screenshots). */
    void waitUntilBuilt();

    const AssociationGraph &graph() const { return m_graph; }
    int personNodeCount() const { return int(m_people.size()); }
    int incidentNodeCount() const;
    /** The label drawn on the link between two people, empty when they are not linked. */
    QString linkLabel(qint64 a, qint64 b) const;
    bool isExpanded(qint64 a, qint64 b) const;
    void setExpanded(qint64 a, qint64 b, bool expanded);
    void toggle(qint64 a, qint64 b);

signals:
    void built(int people, int links);
    void personActivated(qint64 personId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Built
    {
        AssociationGraph graph;
        QHash<qint64, QPointF> positions;
    };
    struct Link
    {
        QGraphicsLineItem *line = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        QList<QGraphicsItem *> expansion; // incident nodes and their lines while expanded
    };
    static Built build(const QList<EntityRecord> &entities, const QList<LinkRecord> &links, const std::atomic_bool *cancel);
    void onBuilt();
    static quint64 key(qint64 a, qint64 b);

    Workspace *m_workspace = nullptr;
    QGraphicsScene *m_scene;
    AssociationGraph m_graph;
    QHash<qint64, QPointF> m_positions;
    QHash<qint64, QGraphicsItem *> m_people;
    QHash<quint64, Link> m_links;
    QFutureWatcher<Built> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace fc
