#pragma once

#include "chart/chartanalysis.h"
#include "chart/chartentity.h"
#include "chart/layoutjob.h"
#include "model/records.h"

#include <QColor>
#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QUndoStack;

namespace fc {

class ChartScene;
class Workspace;

/**
 * A link chart: which entities are on it (with position, pinned, hidden, group), the links among
 * them from the workspace, and the QUndoStack every edit goes through (a command per edit, as
 * Tiled's Document). It owns the ChartScene that draws it, so charts can be exported and tested
 * without a view. Reads the GUI thread's workspace only; layouts and analyses run in workers on
 * copies of the chart's records.
 */
class ChartDocument : public QObject
{
    Q_OBJECT
public:
    using LayoutKind = LayoutJob::Kind;

    /** One row of the legend: a colour and what it stands for. */
    struct LegendEntry
    {
        QColor colour;
        QString text;
    };

    explicit ChartDocument(QObject *parent = nullptr);
    ~ChartDocument() override;

    void setWorkspace(Workspace *workspace); // nullptr = closed; empties the chart
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ChartScene *scene() const { return m_scene; }

    // --- Edits (undoable) -------------------------------------------------------------------
    void addEntities(const QList<qint64> &ids); // placed near the placement centre
    void showNetwork(const QList<qint64> &ids); // replaces the contents, then a force layout
    void expand(const QList<qint64> &ids, const QStringList &linkTypes = {});
    void removeEntities(const QList<qint64> &ids);
    void hideEntities(const QList<qint64> &ids);
    void showAllEntities();
    void setPinned(const QList<qint64> &ids, bool pinned);
    void groupEntities(const QList<qint64> &ids, const QString &name);
    void ungroupEntities(const QList<qint64> &ids);
    void moveEntities(const QHash<qint64, QPointF> &positions);
    /**
     * Brings the chart up to date with the workspace after merges, unmerges or imports: an entity
     * that was merged into another is replaced by that one (where it stood, unless the survivor is
     * on the chart already), and entities whose links changed are shown with their links as the
     * workspace has them now. One undoable edit; nothing happens when the chart is up to date.
     * Returns whether anything changed.
     */
    bool followWorkspace();
    /** Starts a layout in a worker; when it ends its result is one undoable LayoutCommand. */
    void runLayout(LayoutKind kind);
    void stopLayout();
    bool isLayoutRunning() const;
    /** Blocks until a running layout is done and applied (tests, benchmark, shutdown). */
    void waitForLayout();

    // --- Queries and view state (not undoable) ----------------------------------------------
    QList<qint64> entityIds() const;    // on the chart and not hidden
    QList<qint64> allEntityIds() const; // hidden ones too, in the order added
    QList<qint64> selectedEntityIds() const;
    void setSelectedEntityIds(const QList<qint64> &ids);
    QList<qint64> linkIds() const;
    QList<qint64> linkIdsBetween(qint64 a, qint64 b) const;
    std::optional<ChartEntity> chartEntity(qint64 id) const;
    QPointF position(qint64 id) const;
    /** Link types of the workspace links at these entities (for the expand filter menu). */
    QStringList linkTypesAround(const QList<qint64> &ids) const;

    /**
     * Finds a shortest path (in hops) between two entities on the chart's graph, or, when the
     * chart has none, the workspace's (adding the missing entities, undoably). Highlights it and
     * returns its entities, or an empty list + *error.
     */
    QList<qint64> findPath(qint64 from, qint64 to, QString *error);
    QList<qint64> highlightedEntityIds() const { return m_highlightEntities; }
    QList<qint64> highlightedLinkIds() const { return m_highlightLinks; }
    void clearHighlight();

    void setDateFilter(const QDate &from, const QDate &to);
    QDate dateFrom() const { return m_dateFrom; }
    QDate dateTo() const { return m_dateTo; }
    /** Whether a link / entity falls outside the date filter (it is then dimmed). */
    bool isFilteredOut(const LinkRecord &link) const;
    bool isFilteredOut(const EntityRecord &entity) const;

    /** Colour and size modes; computed in a worker, styleChanged() when applied. */
    void setColourMode(ChartAnalysis::Colour mode);
    void setSizeMode(ChartAnalysis::Size mode);
    ChartAnalysis::Colour colourMode() const { return m_colourMode; }
    ChartAnalysis::Size sizeMode() const { return m_sizeMode; }
    bool isAnalysing() const;
    const ChartAnalysis::Result &style() const { return m_style; }
    QList<LegendEntry> legend() const;
    static QColor paletteColour(int index);

    /** Where new entities go: the centre of the view (set by ChartView, saved with the chart). */
    void setPlacementCentre(const QPointF &centre) { m_placementCentre = centre; }
    QPointF placementCentre() const { return m_placementCentre; }
    /** The view's zoom, saved with the chart so that it reopens as it was (set by ChartView). */
    void setViewZoom(double zoom) { m_viewZoom = zoom; }
    double viewZoom() const { return m_viewZoom; }

    // --- Persistence and export --------------------------------------------------------------
    bool save(const QString &name, QString *error);
    bool load(qint64 chartId, QString *error);
    qint64 chartId() const { return m_chartId; }
    QString chartName() const { return m_chartName; }
    QByteArray toJson() const;
    /** Handling marking lines for exports: the protective marking and the links' handling codes. */
    QStringList markingLines() const;
    bool exportTo(const QString &path, QString *error);
    /** Empties the chart and its undo history (not undoable). */
    void clear();

    // --- Primitives for the undo commands (no undo themselves) -------------------------------
    QList<ChartEntity> chartEntities(const QList<qint64> &ids) const;
    QList<LinkRecord> linksTouching(const QList<qint64> &ids) const;
    void insertEntities(const QList<ChartEntity> &entities, const QList<LinkRecord> &links);
    void takeEntities(const QList<qint64> &ids);
    void applyPositions(const QHash<qint64, QPointF> &positions);
    void applyPinned(const QHash<qint64, bool> &pinned);
    void applyHidden(const QHash<qint64, bool> &hidden);
    void applyGroups(const QHash<qint64, int> &groups);
    void setGroupName(int group, const QString &name);
    QString groupName(int group) const { return m_groupNames.value(group); }
    const QHash<qint64, LinkRecord> &links() const { return m_links; }

signals:
    void selectionChanged(const QList<qint64> &entityIds);
    void linkSelected(qint64 linkId);
    void contentsChanged();

    // For the scene and the pane.
    void entitiesInserted(const QList<qint64> &ids);
    void entitiesRemoved(const QList<qint64> &ids);
    void linksInserted(const QList<qint64> &ids);
    void linksRemoved(const QList<qint64> &ids);
    void positionsChanged(const QList<qint64> &ids);
    void previewPositions(const QHash<qint64, QPointF> &positions);
    void entityStateChanged(const QList<qint64> &ids);
    void highlightChanged();
    void dateFilterChanged();
    void styleChanged();
    void layoutRunningChanged(bool running);
    void layoutFinished();
    /** A loaded chart asks its views to show it as it was saved. */
    void viewRestored(const QPointF &centre, double zoom);

private:
    QList<ChartEntity> fetchEntities(const QList<qint64> &ids, const QList<QPointF> &positions) const;
    QList<LinkRecord> fetchLinks(const QList<qint64> &newIds) const;
    QList<QPointF> placeAround(const QPointF &centre, int count, double startRadius) const;
    void onLayoutFinished(const QList<QPointF> &positions, bool cancelled);
    void onSceneSelectionChanged();
    void recomputeStyle();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ChartScene *m_scene = nullptr;
    LayoutJob *m_layoutJob = nullptr;

    QHash<qint64, ChartEntity> m_entities;
    QList<qint64> m_order;
    QHash<qint64, LinkRecord> m_links;
    QHash<int, QString> m_groupNames;
    int m_nextGroup = 1;

    QList<qint64> m_layoutIds; // entity of each node of the running layout
    QHash<qint64, QPointF> m_layoutStart;
    LayoutKind m_layoutKind = LayoutKind::Force;

    QList<qint64> m_highlightEntities;
    QList<qint64> m_highlightLinks;
    QDate m_dateFrom;
    QDate m_dateTo;
    QPointF m_placementCentre;
    double m_viewZoom = 1;

    ChartAnalysis::Colour m_colourMode = ChartAnalysis::Colour::Type;
    ChartAnalysis::Size m_sizeMode = ChartAnalysis::Size::None;
    ChartAnalysis::Result m_style;
    QFutureWatcher<ChartAnalysis::Result> m_styleWatcher;
    std::shared_ptr<std::atomic_bool> m_styleCancel;
    bool m_styleDirty = false;

    qint64 m_chartId = 0;
    QString m_chartName;
    bool m_syncingSelection = false;
};

} // namespace fc
