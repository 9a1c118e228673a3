#pragma once

#include "app/restartablejob.h"
#include "map/mapjob.h"
#include "store/workspaceaccess.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fc {

class JobProgress;

class MapCanvas;
class MapDataProvider;

/**
 * The map dock: the canvas, layer switches, the date range it shows (shared with the timeline),
 * the figures of the clicked place or area (plain text), "Put on chart" for it, its incidents and
 * its offenders, and export. The figures come from a MapDataProvider run by MapJob on a worker
 * thread with progress and cancel; the pane computes nothing itself.
 */
class MapPane : public QWidget
{
    Q_OBJECT
public:
    explicit MapPane(QWidget *parent = nullptr);
    ~MapPane() override;

    /** A workspace to map (WorkspaceMapProvider reads it), or an invalid access for none. */
    void setWorkspace(const WorkspaceAccess &access);
    /** Another source of figures (tests, or core/analysis once it is wired). */
    void setProvider(std::shared_ptr<const MapDataProvider> provider);
    MapCanvas *canvas() const { return m_canvas; }
    QString details() const;
    QString status() const;
    bool isRunning() const { return m_job.isRunning(); }
    /** The entities "Put on chart" would add for the current selection. */
    QList<qint64> selectionEntities() const;
    QDate from() const { return m_query.from; }
    QDate to() const { return m_query.to; }
    /** Writes the map (PNG/SVG/PDF by suffix) with marking, title, legend, scale bar and credit. */
    bool exportTo(const QString &path, QString *error) const;
    QString title() const;
    /**
     * Pictures of the pane zoomed to the places: path with every layer, then "-choropleth" (areas
     * only) and "-hotspots" (hot spots only) before the suffix; the layers are restored after.
     */
    bool saveScreenshots(const QString &path);

public slots:
    void refresh();
    void cancel();
    /** The date range (null dates: open), as the timeline's brush sets it. */
    void setDateFilter(const QDate &from, const QDate &to);
    /** Shows the chart's selected entities on the map: places, or the places of incidents/offenders. */
    void setChartSelection(const QList<qint64> &entityIds);

signals:
    void addToChartRequested(const QList<qint64> &entityIds);
    void exportRequested(const QString &path);
    void finished();

private:
    void onFinished(const MapJobResult &result, bool superseded);
    void showPlace(int index);
    void showArea(int boundary);
    void updateLayers();
    void exportDialog();

    std::shared_ptr<const MapDataProvider> m_provider;
    QString m_accessPath;
    std::shared_ptr<const BoundarySet> m_boundaries;
    std::shared_ptr<const MapBoundaryPaths> m_paths;
    MapQuery m_query;
    RestartableJob<MapJobResult> m_job;
    QList<qint64> m_chartSelection;
    MapCanvas *m_canvas;
    QCheckBox *m_areas;
    QCheckBox *m_hotSpots;
    QCheckBox *m_places;
    QPushButton *m_toChart;
    QPushButton *m_export;
    JobProgress *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_details;
};

} // namespace fc
