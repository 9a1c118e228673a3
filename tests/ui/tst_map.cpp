#include "analysis/harmstore.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "geo/projection.h"
#include "map/classbreaks.h"
#include "map/mapboundarypaths.h"
#include "map/mapcanvas.h"
#include "map/mapdataprovider.h"
#include "map/mapexporter.h"
#include "map/maplegend.h"
#include "map/mappane.h"
#include "map/mapstyle.h"
#include "harm/harmtabledialog.h"
#include "harm/harmtablemodel.h"
#include "store/workspace.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace fc;

namespace {

// Figures fixed by the test, with each place's area found in the boundaries the job loaded.
class FixedProvider : public MapDataProvider
{
public:
    explicit FixedProvider(MapData data) : m_data(std::move(data)) {}
    MapData compute(const MapQuery &query, const BoundarySet &areas, const std::function<void(double)> &,
                    const std::atomic_bool *, QString *) const override
    {
        MapData out = m_data;
        out.from = query.from;
        out.to = query.to;
        ++calls;
        for (MapPlace &p : out.places)
            p.areaIndex = areas.indexAt(p.bng);
        return out;
    }
    mutable int calls = 0;

private:
    MapData m_data;
};

// Two places in London: one in Westminster (Trafalgar Square), one in the City (St Paul's).
MapData londonData()
{
    Projection projection;
    MapData data;
    data.harmMeasure = QStringLiteral("incidents");
    MapPlace trafalgar;
    trafalgar.entityId = 11;
    trafalgar.label = QStringLiteral("Trafalgar Store");
    trafalgar.bng = *projection.toBng(51.5080, -0.1281);
    trafalgar.harm = 3;
    trafalgar.count = 3;
    trafalgar.valueGbp = 120.5;
    trafalgar.incidentIds = {101, 102, 103};
    trafalgar.offenderIds = {201};
    MapPlace pauls;
    pauls.entityId = 12;
    pauls.label = QStringLiteral("Cathedral Shop");
    pauls.bng = *projection.toBng(51.5138, -0.0984);
    pauls.harm = 1;
    pauls.count = 1;
    pauls.incidentIds = {104};
    data.places = {trafalgar, pauls};
    data.areas = {{QStringLiteral("E09000033"), 3, 3}, {QStringLiteral("E09000001"), 1, 1}};
    data.hotSpots.method = QStringLiteral("Kernel density, quartic kernel");
    data.hotSpots.cellSize = 250;
    data.hotSpots.bandwidth = 500;
    data.hotSpots.valueName = QStringLiteral("harm per km²");
    return data;
}

} // namespace

/** The map pane: boundaries, points, legend breaks, click to figures, chart selection, export, level of detail. */
class TestMap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapPane> m_pane;
    std::shared_ptr<FixedProvider> m_provider;

private slots:
    void initTestCase()
    {
        m_pane = std::make_unique<MapPane>();
        m_pane->resize(900, 800);
        m_pane->show();
        m_provider = std::make_shared<FixedProvider>(londonData());
        QSignalSpy finished(m_pane.get(), &MapPane::finished);
        m_pane->setProvider(m_provider);
        QVERIFY(finished.wait(60000));
        QVERIFY2(m_pane->canvas()->boundaries(), qPrintable(m_pane->status()));
    }

    void quantileBreaksByHand_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QList<double>>("breaks");
        // 1..10 in 5 classes: break i at rank ceil(i*10/5) = 2, 4, 6, 8, 10 -> values 2, 4, 6, 8, 10.
        QTest::newRow("1..10, 5 classes") << QList<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5
                                          << QList<double>{2, 4, 6, 8, 10};
        // 7 values in 3 classes: ranks ceil(7/3)=3, ceil(14/3)=5, 7 -> sorted (1,2,4,8,16,32,64): 4, 16, 64.
        QTest::newRow("powers of two, 3 classes") << QList<double>{64, 1, 32, 2, 16, 4, 8} << 3
                                                  << QList<double>{4, 16, 64};
        // Ties: {1,1,1,1,5} in 2 classes: ranks 3 and 5 -> 1 and 5.
        QTest::newRow("ties") << QList<double>{1, 1, 5, 1, 1} << 2 << QList<double>{1, 5};
        // Two values in 5 classes: ranks 1,1,2,2,2 -> 3, 3, 7, 7, 7 -> deduplicated 3, 7.
        QTest::newRow("fewer values than classes") << QList<double>{7, 3} << 5 << QList<double>{3, 7};
        QTest::newRow("none") << QList<double>{} << 5 << QList<double>{};
    }

    void quantileBreaksByHand()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, classes);
        QFETCH(QList<double>, breaks);
        QCOMPARE(ClassBreaks::quantiles(values, classes), breaks);
    }

    void legendStatesBreaksAndMethods()
    {
        // The pane's two areas: harm 3 (Westminster) and 1 (City): quantiles in 5 classes give breaks {1, 3}.
        const MapCanvas &canvas = *m_pane->canvas();
        QCOMPARE(canvas.areaBreaks(), (QList<double>{1, 3}));
        QCOMPARE(MapLegend::classLabels({1, 3}, 1), (QStringList{QStringLiteral("1 – 1"), QStringLiteral("> 1 – 3")}));
        const QString legend = MapLegend::lines(canvas).join(QLatin1Char('\n'));
        QVERIFY2(legend.contains(QLatin1String("Quantiles, 2 classes")), qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("Harm: incidents")), qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("Kernel density, quartic kernel, cell 250 m, bandwidth 500 m")),
                 qPrintable(legend));
    }

    void loadsBoundariesAndShowsPoints()
    {
        MapCanvas *canvas = m_pane->canvas();
        QCOMPARE(canvas->boundaries()->boundaries().size(), 391);
        QCOMPARE(canvas->data().places.size(), 2);
        // Zoom to London: the Trafalgar place (harm 3, the top class) is drawn in the top class's colour.
        const MapPlace &place = canvas->data().places[0];
        canvas->setView(place.bng, 20);
        QImage image(canvas->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        canvas->render(&painter, QRectF(QPointF(0, 0), canvas->size()), canvas->centre(), canvas->metresPerPixel(), false);
        painter.end();
        const QPointF at = canvas->toScreen(place.bng);
        // Harm {3, 1}: breaks {1, 3}, two classes spread over the ramp's ends: the top class is the darkest.
        QCOMPARE(QColor(image.pixel(at.toPoint())), MapStyle::classColour(4));
        // Places switched off: the same pixel shows the area's fill (Westminster, top area class), not the point.
        canvas->setLayers(MapCanvas::Areas);
        image.fill(Qt::black);
        painter.begin(&image);
        canvas->render(&painter, QRectF(QPointF(0, 0), canvas->size()), canvas->centre(), canvas->metresPerPixel(), false);
        painter.end();
        QCOMPARE(QColor(image.pixel(at.toPoint())), MapStyle::classColour(MapStyle::rampIndex(ClassBreaks::classOf({1, 3}, 3), 2)));
        QCOMPARE(MapStyle::rampIndex(1, 2), 4);
        QCOMPARE(MapStyle::rampIndex(0, 2), 0);
        QCOMPARE(MapStyle::rampIndex(2, 5), 2);
        canvas->setLayers(MapCanvas::Areas | MapCanvas::HotSpots | MapCanvas::Places);
    }

    void clickShowsFigures()
    {
        MapCanvas *canvas = m_pane->canvas();
        const MapPlace &place = canvas->data().places[0];
        canvas->setView(place.bng, 20);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(place.bng).toPoint());
        QCOMPARE(canvas->selectedPlace(), 0);
        const QString details = m_pane->details();
        QVERIFY2(details.contains(QLatin1String("Trafalgar Store")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Incidents: 3")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Westminster (E09000033)")), qPrintable(details));
        // Put on chart: the place, its incidents and its offender.
        QSignalSpy toChart(m_pane.get(), &MapPane::addToChartRequested);
        QCOMPARE(m_pane->selectionEntities(), (QList<qint64>{11, 101, 102, 103, 201}));
        // A click away from the places, inside the City of London: the area's figures.
        Projection projection;
        const QPointF guildhall = *projection.toBng(51.5157, -0.0919);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(guildhall).toPoint());
        QCOMPARE(canvas->selectedPlace(), -1);
        QVERIFY2(m_pane->details().contains(QLatin1String("City of London (E09000001)")), qPrintable(m_pane->details()));
        QVERIFY2(m_pane->details().contains(QLatin1String("Places: 1")), qPrintable(m_pane->details()));
        QCOMPARE(m_pane->selectionEntities(), (QList<qint64>{12, 104}));
    }

    void chartSelectionIsShown()
    {
        // Selecting incident 104 on the chart highlights its place (index 1); an unknown id nothing.
        m_pane->setChartSelection({104});
        m_pane->setChartSelection({999});
        m_pane->setChartSelection({104, 201});
        // Highlight state is drawn, not exposed: check through a render of the ring colour.
        MapCanvas *canvas = m_pane->canvas();
        const MapPlace &place = canvas->data().places[1];
        canvas->setView(place.bng, 5);
        QImage image(canvas->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        canvas->render(&painter, QRectF(QPointF(0, 0), canvas->size()), canvas->centre(), 5, false);
        painter.end();
        const QPointF at = canvas->toScreen(place.bng);
        // The highlight ring: radius of the place + 4 px, 3 px wide, blue (0x0066cc).
        const int r = int(std::lround(MapStyle::radius(1, 3))) + 4;
        const QColor ring = image.pixel(QPoint(int(at.x()) + r, int(at.y())));
        QVERIFY2(ring.blue() > 150 && ring.red() < 80, qPrintable(ring.name()));
    }

    void dateFilterReruns()
    {
        QSignalSpy finished(m_pane.get(), &MapPane::finished);
        const int before = m_provider->calls;
        m_pane->setDateFilter(QDate(2024, 1, 1), QDate(2024, 3, 31));
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_provider->calls, before + 1);
        QCOMPARE(m_pane->canvas()->data().from, QDate(2024, 1, 1));
        QVERIFY(m_pane->title().contains(QLatin1String("to")));
    }

    void exportWritesMarkingAndCredit()
    {
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY2(m_pane->exportTo(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("OFFICIAL-SENSITIVE")));
        QVERIFY(text.contains(QLatin1String("boundaries by Martin Chorley")));
        QVERIFY(text.contains(QLatin1String("Quantiles")));
        QVERIFY(text.contains(QLatin1String("British National Grid"))); // the scale bar
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY2(m_pane->exportTo(png, &error), qPrintable(error));
        QCOMPARE(QImage(png).text(QStringLiteral("Title")), QStringLiteral("OFFICIAL-SENSITIVE"));
        QVERIFY2(m_pane->exportTo(dir.filePath(QStringLiteral("map.pdf")), &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("map.pdf"))).size() > 1000);
        QVERIFY(!m_pane->exportTo(dir.filePath(QStringLiteral("map.bmp")), &error));
        QVERIFY(error.contains(QLatin1String(".png")));
    }

    void scaleBarByHand()
    {
        QCOMPARE(MapExporter::scaleBarMetres(2600), 2000.0);
        QCOMPARE(MapExporter::scaleBarMetres(999), 500.0);
        QCOMPARE(MapExporter::scaleBarMetres(10), 10.0);
    }

    void giHotSpotsReadableAndLegendFits()
    {
        // A Gi* layer with its long method statement on a narrow canvas: the legend wraps and stays
        // inside the canvas, and a hot cell over the darkest choropleth class is drawn in purple with
        // a white outline (not red on red).
        MapCanvas canvas;
        canvas.resize(420, 400);
        const auto set = std::make_shared<const BoundarySet>(*m_pane->canvas()->boundaries());
        canvas.setBoundaries(set, std::make_shared<const MapBoundaryPaths>(MapBoundaryPaths::build(*set)));
        MapData data = londonData();
        for (MapPlace &p : data.places)
            p.areaIndex = set->indexAt(p.bng);
        data.hotSpots.method = QStringLiteral(
            "Getis-Ord Gi* on each cell's summed harm, binary weights for cells within the distance band "
            "(the cell itself included), two-sided p-values from the normal approximation, Benjamini-Hochberg "
            "false discovery rate q = 0.05 over every cell of the grid");
        const QPointF centre = data.places.at(0).bng;
        data.hotSpots.cells = {MapHotSpotCell{QRectF(centre.x() - 125, centre.y() - 125, 250, 250), 3, 4.2, 1}};
        canvas.setData(data);
        canvas.setLayers(MapCanvas::Areas | MapCanvas::HotSpots);
        const QSizeF legend = MapLegend::size(canvas);
        QVERIFY2(legend.width() + 8 <= canvas.width(), qPrintable(QString::number(legend.width())));
        QVERIFY(MapLegend::lines(canvas).join(QLatin1Char(' ')).contains(QLatin1String("1 hot cells (purple, outlined)")));
        // 10 m a pixel: the 250 m cell is 25 px wide around the centre.
        canvas.setView(centre, 10);
        QImage image(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        canvas.render(&painter, QRectF(QPointF(0, 0), canvas.size()), canvas.centre(), canvas.metresPerPixel(), false);
        painter.end();
        const QPoint mid = canvas.toScreen(centre).toPoint();
        // Without the hot spots the same pixel is Westminster's fill, the darkest class of the ramp.
        canvas.setLayers(MapCanvas::Areas);
        QImage plain(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        plain.fill(Qt::white);
        painter.begin(&plain);
        canvas.render(&painter, QRectF(QPointF(0, 0), canvas.size()), canvas.centre(), canvas.metresPerPixel(), false);
        painter.end();
        QCOMPARE(QColor(plain.pixel(mid + QPoint(6, 6))), MapStyle::classColour(4));
        const QColor inside(image.pixel(mid + QPoint(6, 6)));
        QVERIFY2(inside.blue() > inside.green() + 30 && inside.red() > inside.green(), qPrintable(inside.name())); // purple
        QVERIFY2(inside.red() < 200, qPrintable(inside.name())); // not the choropleth's red
        // The outline: the cell's left edge is white (12.5 px from the centre), between two purple pixels' rows.
        bool edgeWhite = false;
        for (int dx = 11; dx <= 14 && !edgeWhite; ++dx) {
            const QColor edge(image.pixel(mid - QPoint(dx, 0)));
            edgeWhite = edge.red() > 230 && edge.green() > 230 && edge.blue() > 230;
        }
        QVERIFY(edgeWhite);
    }

    void harmTableEditsAreUndoable()
    {
        // The harm table editor on a fresh workspace: the Cambridge index, fraud listed without a
        // weight; an edit is a command on the undo stack that writes the workspace, and undo puts back
        // exactly what was there (no weight: fraud is unweighted again, not 0).
        QTemporaryDir dir;
        QString error;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("h.fcdb")), &error);
        QVERIFY2(ws, qPrintable(error));
        QUndoStack stack;
        HarmTableDialog dialog([&ws]() -> Database * { return &ws->database(); }, &stack);
        QCOMPARE(dialog.currentTable(), QStringLiteral("cchi"));
        QVERIFY2(dialog.description().contains(QLatin1String("February 2026")), qPrintable(dialog.description()));
        QVERIFY2(dialog.description().contains(QLatin1String("fraud")), qPrintable(dialog.description()));
        HarmTableModel *model = dialog.model();
        int fraud = -1, theft = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString offence = model->index(row, HarmTableModel::Offence).data().toString();
            if (offence == QLatin1String("fraud"))
                fraud = row;
            else if (offence == QLatin1String("shop_theft"))
                theft = row;
        }
        QVERIFY(fraud >= 0 && theft >= 0);
        QVERIFY(model->unweightedOffences().contains(QStringLiteral("fraud")));
        auto weightOf = [&ws](const char *offence) {
            return HarmStore(ws->database()).table(QStringLiteral("cchi"))->weight(QString::fromLatin1(offence));
        };
        model->setData(model->index(fraud, HarmTableModel::Weight), QStringLiteral("12.5"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(weightOf("fraud"), std::optional<double>(12.5));
        QVERIFY(!model->unweightedOffences().contains(QStringLiteral("fraud")));
        // Not a number, or negative: refused, nothing on the stack.
        QVERIFY(!model->setData(model->index(theft, HarmTableModel::Weight), QStringLiteral("lots")));
        model->setData(model->index(theft, HarmTableModel::Weight), QStringLiteral("-1"));
        QCOMPARE(stack.count(), 1);
        model->setData(model->index(theft, HarmTableModel::Weight), QStringLiteral("2"));
        QCOMPARE(weightOf("shop_theft"), std::optional<double>(2));
        stack.undo();
        QCOMPARE(weightOf("shop_theft"), std::optional<double>(1));
        stack.undo();
        QVERIFY(!weightOf("fraud"));
        QVERIFY(model->unweightedOffences().contains(QStringLiteral("fraud")));
        stack.redo();
        QCOMPARE(weightOf("fraud"), std::optional<double>(12.5));
        // Clearing a weight (empty text) is an edit too, undone to the value.
        model->setData(model->index(theft, HarmTableModel::Weight), QString());
        QVERIFY(!weightOf("shop_theft"));
        stack.undo();
        QCOMPARE(weightOf("shop_theft"), std::optional<double>(1));
    }

    void levelOfDetailSimplerWhenZoomedOut()
    {
        MapCanvas *canvas = m_pane->canvas();
        canvas->setView(QPointF(530000, 180000), 2); // a street: full detail
        QCOMPARE(canvas->currentLevel(), 0);
        canvas->fitAll(); // the whole UK: about 1,000 m a pixel
        const int far = canvas->currentLevel();
        QVERIFY(far >= 3);
        // Levels hold fewer vertices as they coarsen (all 391 areas drawn at each).
        const BoundarySet &set = *canvas->boundaries();
        const MapBoundaryPaths paths = MapBoundaryPaths::build(set);
        QCOMPARE(paths.vertexCount(0), set.vertexCount());
        for (int level = 1; level < paths.levelCount(); ++level)
            QVERIFY(paths.vertexCount(level) < paths.vertexCount(level - 1));
        QVERIFY(paths.vertexCount(far) * 10 < paths.vertexCount(0));
        QCOMPARE(paths.levelFor(0.5), 0);
        QCOMPARE(paths.levelFor(60), 1);
        QCOMPARE(paths.levelFor(160), 2);
        QCOMPARE(paths.levelFor(1e6), paths.levelCount() - 1);
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
