#include "map/mappane.h"

#include "app/jobprogress.h"
#include "app/markingbanner.h"
#include "app/preferences.h"
#include "app/uithreadprogress.h"
#include "geo/boundaryset.h"
#include "map/mapcanvas.h"
#include "map/mapdataprovider.h"
#include "map/mapexporter.h"
#include "map/maplegend.h"
#include "map/analysismapprovider.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace fc {

MapPane::MapPane(QWidget *parent)
    : QWidget(parent), m_job(this, [this](const MapJobResult &result, bool superseded) { onFinished(result, superseded); }),
      m_canvas(new MapCanvas(this)), m_areas(new QCheckBox(tr("Areas"), this)),
      m_hotSpots(new QCheckBox(tr("Hot spots"), this)), m_places(new QCheckBox(tr("Places"), this)),
      m_toChart(new QPushButton(tr("Put on Chart"), this)), m_export(new QPushButton(tr("Export…"), this)),
      m_progress(new JobProgress(this)),
      m_status(new QLabel(this)), m_details(new QPlainTextEdit(this))
{
    m_areas->setChecked(true);
    m_hotSpots->setChecked(true);
    m_places->setChecked(true);
    m_areas->setToolTip(tr("Choropleth of harm by local authority"));
    m_hotSpots->setToolTip(tr("Hot-spot grid (method, cell size and bandwidth in the legend)"));
    m_toChart->setEnabled(false);
    m_toChart->setToolTip(tr("Put the selected place or area, its incidents and its offenders on the link chart"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_details->setReadOnly(true); // plain text: labels come from imported data
    m_details->setObjectName(QStringLiteral("mapDetails"));
    m_details->setPlaceholderText(tr("Click a place or an area for its figures."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_areas);
    bar->addWidget(m_hotSpots);
    bar->addWidget(m_places);
    bar->addStretch(1);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_toChart);
    bar->addWidget(m_export);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_canvas);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_areas, &QCheckBox::toggled, this, &MapPane::updateLayers);
    connect(m_hotSpots, &QCheckBox::toggled, this, &MapPane::updateLayers);
    connect(m_places, &QCheckBox::toggled, this, &MapPane::updateLayers);
    connect(m_progress, &JobProgress::cancelRequested, this, &MapPane::cancel);
    connect(m_toChart, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectionEntities();
        if (!ids.isEmpty())
            emit addToChartRequested(ids);
    });
    connect(m_export, &QPushButton::clicked, this, &MapPane::exportDialog);
    connect(m_canvas, &MapCanvas::placeSelected, this, &MapPane::showPlace);
    connect(m_canvas, &MapCanvas::areaSelected, this, &MapPane::showArea);
    connect(m_canvas, &MapCanvas::selectionCleared, this, [this] {
        m_details->clear();
        m_toChart->setEnabled(false);
    });
}

MapPane::~MapPane() = default;

void MapPane::setWorkspace(const WorkspaceAccess &access)
{
    const bool same = access.isValid() && m_provider && access.path() == m_accessPath;
    m_accessPath = access.path();
    m_provider = access.isValid() ? std::make_shared<AnalysisMapProvider>(access) : nullptr;
    if (!access.isValid()) {
        cancel();
        m_canvas->setData({});
        m_details->clear();
        m_status->clear();
        return;
    }
    if (!same) // the same workspace with a new passphrase or purpose: the figures stand
        refresh();
}

void MapPane::setProvider(std::shared_ptr<const MapDataProvider> provider)
{
    m_provider = std::move(provider);
    refresh();
}

void MapPane::refresh()
{
    const auto progress = uiThreadProgress(m_progress, &JobProgress::setFraction);
    if (!m_job.start([boundaries = m_boundaries, paths = m_paths, provider = m_provider, query = m_query,
                      progress](const std::atomic_bool *cancel) {
            return MapJob::run(boundaries, paths, provider, query, progress, cancel);
        }))
        return; // restarted with the newer query once the running job has stopped
    m_progress->start();
    m_status->setText(m_boundaries ? tr("Computing the map…") : tr("Loading the boundaries…"));
}

void MapPane::cancel()
{
    m_job.cancel();
}

void MapPane::onFinished(const MapJobResult &result, bool superseded)
{
    m_progress->stop();
    // Boundaries loaded by a superseded job are kept: the next one need not load them again.
    if (result.boundaries && !m_boundaries) {
        m_boundaries = result.boundaries;
        m_paths = result.paths;
        m_canvas->setBoundaries(m_boundaries, m_paths);
    }
    if (superseded) {
        refresh();
        return;
    }
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled: the map shows the previous figures."));
    } else {
        m_canvas->setData(result.data);
        m_details->clear();
        m_toChart->setEnabled(false);
        setChartSelection(m_chartSelection);
        m_status->setText(MapLegend::lines(*m_canvas).join(QStringLiteral("  ·  ")));
    }
    emit finished();
}

void MapPane::setDateFilter(const QDate &from, const QDate &to)
{
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    if (m_provider)
        refresh();
}

void MapPane::setChartSelection(const QList<qint64> &entityIds)
{
    m_chartSelection = entityIds;
    const QSet<qint64> ids(entityIds.cbegin(), entityIds.cend());
    QSet<int> places;
    const QList<MapPlace> &all = m_canvas->data().places;
    for (int i = 0; i < all.size() && !ids.isEmpty(); ++i) {
        const MapPlace &p = all[i];
        bool hit = ids.contains(p.entityId);
        for (qint64 id : p.incidentIds)
            hit = hit || ids.contains(id);
        for (qint64 id : p.offenderIds)
            hit = hit || ids.contains(id);
        if (hit)
            places.insert(i);
    }
    m_canvas->setHighlighted(places);
}

void MapPane::updateLayers()
{
    MapCanvas::Layers layers;
    if (m_areas->isChecked())
        layers |= MapCanvas::Areas;
    if (m_hotSpots->isChecked())
        layers |= MapCanvas::HotSpots;
    if (m_places->isChecked())
        layers |= MapCanvas::Places;
    m_canvas->setLayers(layers);
}

QString MapPane::details() const
{
    return m_details->toPlainText();
}

QString MapPane::status() const
{
    return m_status->text();
}

QString MapPane::title() const
{
    const MapData &data = m_canvas->data();
    const QLocale locale;
    QString range = tr("all dates");
    if (!data.from.isNull() || !data.to.isNull())
        range = tr("%1 to %2")
                    .arg(data.from.isNull() ? tr("the start") : locale.toString(data.from, QLocale::ShortFormat),
                         data.to.isNull() ? tr("the end") : locale.toString(data.to, QLocale::ShortFormat));
    return tr("High-harm places and areas, %1").arg(range);
}

void MapPane::showPlace(int index)
{
    const MapPlace &p = m_canvas->data().places.at(index);
    const QLocale locale;
    QStringList lines;
    lines << p.label;
    lines << tr("Harm: %1 (%2)").arg(locale.toString(p.harm, 'f', 1), m_canvas->data().harmMeasure);
    lines << tr("Incidents: %1").arg(p.count);
    lines << tr("Value: £%1").arg(locale.toString(p.valueGbp, 'f', 2));
    lines << tr("Offenders: %1").arg(p.offenderIds.size());
    if (p.areaIndex >= 0 && m_boundaries)
        lines << tr("Area: %1 (%2)").arg(m_boundaries->boundaries()[p.areaIndex].name,
                                         m_boundaries->boundaries()[p.areaIndex].code);
    lines << tr("Grid reference: E %1, N %2").arg(qRound(p.bng.x())).arg(qRound(p.bng.y()));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_toChart->setEnabled(true);
}

void MapPane::showArea(int boundary)
{
    const Boundary &b = m_boundaries->boundaries().at(boundary);
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 (%2)").arg(b.name, b.code);
    const int v = m_canvas->areaValueIndex(boundary);
    const MapData &data = m_canvas->data();
    if (v >= 0) {
        lines << tr("Harm: %1 (%2)").arg(locale.toString(data.areas[v].harm, 'f', 1), data.harmMeasure);
        lines << tr("Incidents: %1").arg(data.areas[v].count);
    } else {
        lines << tr("No located incidents in this area in the date range.");
    }
    int places = 0;
    for (const MapPlace &p : data.places)
        places += p.areaIndex == boundary ? 1 : 0;
    lines << tr("Places: %1").arg(places);
    lines << tr("Area: %1 km²").arg(locale.toString(b.areaSquareMetres / 1e6, 'f', 1));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_toChart->setEnabled(places > 0);
}

QList<qint64> MapPane::selectionEntities() const
{
    QList<qint64> ids;
    const MapData &data = m_canvas->data();
    auto addPlace = [&ids](const MapPlace &p) {
        ids << p.entityId;
        ids << p.incidentIds;
        ids << p.offenderIds;
    };
    if (m_canvas->selectedPlace() >= 0) {
        addPlace(data.places.at(m_canvas->selectedPlace()));
    } else if (m_canvas->selectedArea() >= 0) {
        for (const MapPlace &p : data.places)
            if (p.areaIndex == m_canvas->selectedArea())
                addPlace(p);
    }
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : std::as_const(ids))
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    return unique;
}

bool MapPane::exportTo(const QString &path, QString *error) const
{
    return MapExporter::exportMap(*m_canvas, path, title(), {MarkingBanner::marking()}, error);
}

bool MapPane::saveScreenshots(const QString &path)
{
    m_canvas->fitPlaces();
    const QFileInfo info(path);
    const QString stem = info.dir().filePath(info.completeBaseName());
    const QString suffix = QLatin1Char('.') + info.suffix();
    const bool areas = m_areas->isChecked(), hotSpots = m_hotSpots->isChecked(), places = m_places->isChecked();
    auto shot = [this](bool a, bool h, bool p, const QString &file) {
        m_areas->setChecked(a);
        m_hotSpots->setChecked(h);
        m_places->setChecked(p);
        return grab().save(file);
    };
    bool ok = shot(true, true, true, path);
    ok = shot(true, false, false, stem + QLatin1String("-choropleth") + suffix) && ok;
    ok = shot(false, true, false, stem + QLatin1String("-hotspots") + suffix) && ok;
    m_areas->setChecked(areas);
    m_hotSpots->setChecked(hotSpots);
    m_places->setChecked(places);
    return ok;
}

void MapPane::exportDialog()
{
    const QString dir = Preferences::lastExportDirectory().get();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), dir,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    Preferences::lastExportDirectory().set(QFileInfo(path).absolutePath());
    emit exportRequested(path); // the window records the disclosure and calls exportTo()
}

} // namespace fc
