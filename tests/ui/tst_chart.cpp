#include "chart/chartdocument.h"
#include "chart/chartexporter.h"
#include "chart/chartlegend.h"
#include "chart/chartpane.h"
#include "chart/chartscene.h"
#include "chart/chartview.h"
#include "chart/entityitem.h"
#include "chart/groupitem.h"
#include "chart/linkitem.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace fc;

/**
 * The link chart on a small workspace imported here from an edge list whose shape is known by
 * hand: Alice=Bob (two links, 2024-01-01 and 2024-05-01), Bob-Carol, Carol-Dave, Dave-Erin,
 * Erin-Frank (a chain), and Gina-Hank apart. Paths, degrees and components below are read off
 * that list, not off the chart's output.
 */
class TestChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addEntitiesBringsTheirLinks();
    void parallelLinksAreSeparateSelectableItems();
    void expandAddsNeighboursByLinkType_data();
    void expandAddsNeighboursByLinkType();
    void forceLayoutRunsInAWorkerAndUndoes();
    void orderedLayoutsAreUndoable_data();
    void orderedLayoutsAreUndoable();
    void findPathHighlightsTheChain();
    void findPathBringsInEntitiesFromTheWorkspace();
    void everyEditUndoesAndRedoesExactly_data();
    void everyEditUndoesAndRedoesExactly();
    void dragsMergeIntoOneMove();
    void saveAndReopenGivesTheSameChart();
    void exportPng();
    void exportSvg();
    void exportPdf();
    void dateFilterDimsLinksOutside();
    void colourByNetworkAndSizeByDegree();
    void selectionSignalsAndSync();
    void levelOfDetailHidesLabelsWhenZoomedOut();
    void hundredEntitiesAtFitAreLabelled();
    void crowdedLabelsGiveWayToTheMoreImportant();
    void manyEntitiesInSightHaveNoLabels();
    void paneWiresTheDocument();
    void bigChartsDrawFromCachedImages();

private:
    qint64 id(const QString &label) const { return m_ids.value(label); }
    QList<qint64> ids(const QStringList &labels) const;
    QList<ChartEntity> snapshot() const;
    static ChartEntity synthetic(qint64 id, EntityType type, const QString &label, const QPointF &position);
    /** Synthetic people on a grid of the given columns, 100 apart, none linked. */
    void insertGrid(int count, int columns);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<ChartDocument> m_doc;
};

static const QByteArray kSpec =
    R"({"name": "Edge list", "source": {"organisation": "Analyst", "kind": "other"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {"a": {"type": "person", "key": "From"}, "b": {"type": "person", "key": "To"}},
  "links": [{"type": "associate", "from": "a", "to": "b", "date": "Since"}]})";

static const QByteArray kEdges = "From,To,Since\n"
                                 "Alice,Bob,2024-01-01\n"
                                 "Alice,Bob,2024-05-01\n"
                                 "Bob,Carol,2024-02-10\n"
                                 "Carol,Dave,2024-03-01\n"
                                 "Dave,Erin,2024-03-15\n"
                                 "Erin,Frank,2024-04-01\n"
                                 "Gina,Hank,2023-01-01\n";

void TestChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("chart.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("edges.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kEdges);
    file.close();
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    QVERIFY2(spec, qPrintable(error));
    const ImportReport report = Importer(*m_ws, *spec).importFile(csv);
    QVERIFY2(report.ok(), qPrintable(report.message));
    for (const EntityRecord &entity : m_ws->entities(EntityType::Person))
        m_ids.insert(entity.label, entity.id);
    QCOMPARE(m_ids.size(), 8);
    QCOMPARE(m_ws->linkCount(), 7);
}

void TestChart::init()
{
    m_doc = std::make_unique<ChartDocument>();
    m_doc->setWorkspace(m_ws.get());
}

void TestChart::cleanup()
{
    m_doc.reset();
}

QList<qint64> TestChart::ids(const QStringList &labels) const
{
    QList<qint64> result;
    for (const QString &label : labels)
        result.append(id(label));
    return result;
}

QList<ChartEntity> TestChart::snapshot() const
{
    QList<qint64> all = m_doc->allEntityIds();
    std::sort(all.begin(), all.end());
    return m_doc->chartEntities(all);
}

ChartEntity TestChart::synthetic(qint64 id, EntityType type, const QString &label, const QPointF &position)
{
    ChartEntity entity;
    entity.record.id = id;
    entity.record.type = type;
    entity.record.label = label;
    entity.position = position;
    return entity;
}

void TestChart::insertGrid(int count, int columns)
{
    QList<ChartEntity> entities;
    for (int i = 0; i < count; ++i)
        entities.append(synthetic(100000 + i, EntityType::Person, QStringLiteral("P%1").arg(i),
                                  QPointF((i % columns) * 100.0, (i / columns) * 100.0)));
    m_doc->insertEntities(entities, {});
}

void TestChart::addEntitiesBringsTheirLinks()
{
    QSignalSpy changed(m_doc.get(), &ChartDocument::contentsChanged);
    m_doc->addEntities(ids({"Alice", "Bob", "Carol"}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->entityIds(), ids({"Alice", "Bob", "Carol"}));
    QCOMPARE(m_doc->linkIds().size(), 3); // Alice=Bob twice, Bob-Carol
    for (qint64 entity : m_doc->entityIds())
        QVERIFY(m_doc->scene()->entityItem(entity));
    // Placed apart from each other near the view centre.
    QVERIFY(QLineF(m_doc->position(id("Alice")), m_doc->position(id("Bob"))).length() > 30);

    m_doc->undoStack()->undo();
    QVERIFY(m_doc->entityIds().isEmpty());
    QVERIFY(m_doc->linkIds().isEmpty());
    QVERIFY(m_doc->scene()->items().isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->entityIds(), ids({"Alice", "Bob", "Carol"}));
    QCOMPARE(m_doc->linkIds().size(), 3);
    // Adding what is there already is no edit.
    const int index = m_doc->undoStack()->index();
    m_doc->addEntities({id("Alice")});
    QCOMPARE(m_doc->undoStack()->index(), index);
}

void TestChart::parallelLinksAreSeparateSelectableItems()
{
    m_doc->addEntities(ids({"Alice", "Bob"}));
    m_doc->moveEntities({{id("Alice"), QPointF(0, 0)}, {id("Bob"), QPointF(300, 0)}});
    const QList<qint64> links = m_doc->linkIdsBetween(id("Alice"), id("Bob"));
    QCOMPARE(links.size(), 2);
    LinkItem *first = m_doc->scene()->linkItem(links[0]);
    LinkItem *second = m_doc->scene()->linkItem(links[1]);
    QVERIFY(first && second);
    // The middles of the two curves sit on opposite sides of the straight line, one spacing
    // apart in total (offsets -13 and +13).
    const QPointF m1 = first->path().pointAtPercent(0.5), m2 = second->path().pointAtPercent(0.5);
    QCOMPARE(std::round(m1.x()), 150.0);
    QCOMPARE(std::round(m2.x()), 150.0);
    QCOMPARE(std::round(std::abs(m1.y() - m2.y())), LinkItem::kParallelSpacing);
    QVERIFY(m1.y() * m2.y() < 0);
    // Each is hit at its own middle, and only there.
    const QList<QGraphicsItem *> atFirst = m_doc->scene()->items(m1);
    const QList<QGraphicsItem *> atSecond = m_doc->scene()->items(m2);
    QVERIFY(atFirst.contains(first) && !atFirst.contains(second));
    QVERIFY(atSecond.contains(second) && !atSecond.contains(first));
    QSignalSpy linkSpy(m_doc.get(), &ChartDocument::linkSelected);
    second->setSelected(true);
    QCOMPARE(linkSpy.count(), 1);
    QCOMPARE(linkSpy.first().first().toLongLong(), links[1]);
    // Labels carry type and date.
    QVERIFY(first->labelText().contains(QLatin1String("2024-01-01")));
    QVERIFY(second->labelText().contains(QLatin1String("2024-05-01")));
}

void TestChart::expandAddsNeighboursByLinkType_data()
{
    QTest::addColumn<QStringList>("start");
    QTest::addColumn<QStringList>("linkTypes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Bob, all types") << QStringList{"Bob"} << QStringList{}
                                    << QStringList{"Bob", "Alice", "Carol"};
    QTest::newRow("Bob, associate") << QStringList{"Bob"} << QStringList{"associate"}
                                    << QStringList{"Bob", "Alice", "Carol"};
    QTest::newRow("Bob, other type") << QStringList{"Bob"} << QStringList{"used_vehicle"}
                                     << QStringList{"Bob"};
    QTest::newRow("Dave and Gina") << QStringList{"Dave", "Gina"} << QStringList{}
                                   << QStringList{"Dave", "Gina", "Carol", "Erin", "Hank"};
}

void TestChart::expandAddsNeighboursByLinkType()
{
    QFETCH(QStringList, start);
    QFETCH(QStringList, linkTypes);
    QFETCH(QStringList, expected);
    m_doc->addEntities(ids(start));
    const QList<ChartEntity> before = snapshot();
    m_doc->expand(ids(start), linkTypes);
    QList<qint64> want = ids(expected);
    QList<qint64> have = m_doc->entityIds();
    std::sort(want.begin(), want.end());
    std::sort(have.begin(), have.end());
    QCOMPARE(have, want);
    if (expected.size() > start.size()) {
        m_doc->undoStack()->undo();
        QCOMPARE(snapshot(), before);
    }
}

void TestChart::forceLayoutRunsInAWorkerAndUndoes()
{
    m_doc->addEntities(m_ids.values());
    const QList<ChartEntity> before = snapshot();
    QSignalSpy finished(m_doc.get(), &ChartDocument::layoutFinished);
    m_doc->runLayout(ChartDocument::LayoutKind::Force);
    // It returned before the layout was applied: the result arrives through the event loop.
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_doc->isLayoutRunning());
    const QList<ChartEntity> after = snapshot();
    QVERIFY(after != before);
    // The scene shows the document's positions.
    for (const ChartEntity &entity : after)
        QCOMPARE(m_doc->scene()->entityItem(entity.record.id)->pos(), entity.position);
    // Linked Alice-Bob end up closer than Alice-Hank (different components).
    QVERIFY(QLineF(m_doc->position(id("Alice")), m_doc->position(id("Bob"))).length() <
            QLineF(m_doc->position(id("Alice")), m_doc->position(id("Hank"))).length());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(), before);
    for (const ChartEntity &entity : before)
        QCOMPARE(m_doc->scene()->entityItem(entity.record.id)->pos(), entity.position);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(), after);
}

void TestChart::orderedLayoutsAreUndoable_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("circular") << int(ChartDocument::LayoutKind::Circular);
    QTest::newRow("by type") << int(ChartDocument::LayoutKind::ByType);
    QTest::newRow("hierarchical") << int(ChartDocument::LayoutKind::Hierarchical);
}

void TestChart::orderedLayoutsAreUndoable()
{
    QFETCH(int, kind);
    m_doc->addEntities(m_ids.values());
    m_doc->setPinned({id("Gina")}, true);
    const QList<ChartEntity> before = snapshot();
    const QPointF ginaBefore = m_doc->position(id("Gina"));
    QSignalSpy finished(m_doc.get(), &ChartDocument::layoutFinished);
    m_doc->runLayout(ChartDocument::LayoutKind(kind));
    QVERIFY(finished.wait(10000));
    QVERIFY(snapshot() != before);
    QCOMPARE(m_doc->position(id("Gina")), ginaBefore); // pinned
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(), before);
}

void TestChart::findPathHighlightsTheChain()
{
    m_doc->addEntities(m_ids.values());
    QString error;
    const QList<qint64> path = m_doc->findPath(id("Alice"), id("Frank"), &error);
    QCOMPARE(path, ids({"Alice", "Bob", "Carol", "Dave", "Erin", "Frank"}));
    for (EntityItem *item : m_doc->scene()->entityItems())
        QCOMPARE(item->isHighlighted(), path.contains(item->entityId()));
    // Both Alice=Bob links and one link for each further step: 2 + 4.
    int highlighted = 0;
    for (qint64 link : m_doc->linkIds())
        highlighted += m_doc->scene()->linkItem(link)->isHighlighted();
    QCOMPARE(highlighted, 6);
    QVERIFY(
        !m_doc->scene()->linkItem(m_doc->linkIdsBetween(id("Gina"), id("Hank")).first())->isHighlighted());
    // No path between the two components.
    QVERIFY(m_doc->findPath(id("Alice"), id("Gina"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestChart::findPathBringsInEntitiesFromTheWorkspace()
{
    m_doc->addEntities(ids({"Alice", "Dave"}));
    const QList<ChartEntity> before = snapshot();
    QString error;
    const QList<qint64> path = m_doc->findPath(id("Alice"), id("Dave"), &error);
    QCOMPARE(path, ids({"Alice", "Bob", "Carol", "Dave"}));
    QCOMPARE(m_doc->entityIds().size(), 4);
    QVERIFY(m_doc->scene()->entityItem(id("Carol"))->isHighlighted());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(), before);
}

void TestChart::everyEditUndoesAndRedoesExactly_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("move") << "move";
    QTest::newRow("remove") << "remove";
    QTest::newRow("hide") << "hide";
    QTest::newRow("pin") << "pin";
    QTest::newRow("group") << "group";
    QTest::newRow("ungroup") << "ungroup";
    QTest::newRow("show network") << "network";
}

void TestChart::everyEditUndoesAndRedoesExactly()
{
    QFETCH(QString, edit);
    m_doc->addEntities(ids({"Alice", "Bob", "Carol", "Dave"}));
    if (edit == QLatin1String("ungroup"))
        m_doc->groupEntities(ids({"Alice", "Bob"}), QStringLiteral("Pair"));
    const QList<ChartEntity> before = snapshot();
    const int linksBefore = int(m_doc->linkIds().size());
    const int index = m_doc->undoStack()->index();
    if (edit == QLatin1String("move"))
        m_doc->moveEntities({{id("Alice"), QPointF(500, 400)}, {id("Carol"), QPointF(-20, 7.5)}});
    else if (edit == QLatin1String("remove"))
        m_doc->removeEntities(ids({"Bob"}));
    else if (edit == QLatin1String("hide"))
        m_doc->hideEntities(ids({"Bob", "Dave"}));
    else if (edit == QLatin1String("pin"))
        m_doc->setPinned(ids({"Carol"}), true);
    else if (edit == QLatin1String("group"))
        m_doc->groupEntities(ids({"Carol", "Dave"}), QStringLiteral("Crew"));
    else if (edit == QLatin1String("ungroup"))
        m_doc->ungroupEntities(ids({"Alice"}));
    else if (edit == QLatin1String("network")) {
        m_doc->showNetwork(ids({"Gina", "Hank"}));
        m_doc->waitForLayout();
    }
    QVERIFY(m_doc->undoStack()->index() > index);
    const QList<ChartEntity> after = snapshot();
    QVERIFY(after != before);
    if (edit == QLatin1String("remove")) {
        QCOMPARE(m_doc->linkIds().size(), 1); // only Carol-Dave is left
        QVERIFY(!m_doc->scene()->entityItem(id("Bob")));
    }
    if (edit == QLatin1String("hide")) {
        QCOMPARE(m_doc->entityIds(), ids({"Alice", "Carol"}));
        QVERIFY(!m_doc->scene()->entityItem(id("Bob"))->isVisible());
        QVERIFY(
            !m_doc->scene()->linkItem(m_doc->linkIdsBetween(id("Carol"), id("Dave")).first())->isVisible());
    }
    if (edit == QLatin1String("group")) {
        GroupItem *group = m_doc->scene()->groupItem(m_doc->chartEntity(id("Carol"))->group);
        QVERIFY(group);
        QVERIFY(group->boundingRect().contains(m_doc->scene()->entityItem(id("Dave"))->sceneBoundingRect()));
    }
    while (m_doc->undoStack()->index() > index)
        m_doc->undoStack()->undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_doc->linkIds().size(), linksBefore);
    for (const ChartEntity &entity : before) {
        EntityItem *item = m_doc->scene()->entityItem(entity.record.id);
        QCOMPARE(item->pos(), entity.position);
        QCOMPARE(item->isVisible(), !entity.hidden);
        QCOMPARE(item->isPinned(), entity.pinned);
    }
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(snapshot(), after);
}

void TestChart::dragsMergeIntoOneMove()
{
    m_doc->addEntities(ids({"Alice", "Bob"}));
    const QPointF start = m_doc->position(id("Alice"));
    const int index = m_doc->undoStack()->index();
    // Three drags of the same entity, as ChartScene reports them on mouse release.
    for (int step = 1; step <= 3; ++step)
        m_doc->moveEntities({{id("Alice"), start + QPointF(10 * step, 0)}});
    QCOMPARE(m_doc->undoStack()->index(), index + 1);
    QCOMPARE(m_doc->position(id("Alice")), start + QPointF(30, 0));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->position(id("Alice")), start);
    // A drag of another set is a new command.
    m_doc->undoStack()->redo();
    m_doc->moveEntities({{id("Bob"), QPointF(1, 2)}});
    QCOMPARE(m_doc->undoStack()->index(), index + 2);
}

void TestChart::saveAndReopenGivesTheSameChart()
{
    m_doc->addEntities(ids({"Alice", "Bob", "Carol", "Dave", "Gina"}));
    m_doc->moveEntities({{id("Alice"), QPointF(12.25, -40.5)}});
    m_doc->setPinned(ids({"Bob"}), true);
    m_doc->hideEntities(ids({"Gina"}));
    m_doc->groupEntities(ids({"Carol", "Dave"}), QStringLiteral("Crew \"north\""));
    m_doc->setPlacementCentre(QPointF(33, 44));
    m_doc->setViewZoom(0.75);
    const QList<ChartEntity> saved = snapshot();
    const QList<qint64> savedLinks = m_doc->linkIds();
    QString error;
    QVERIFY2(m_doc->save(QStringLiteral("Case 7"), &error), qPrintable(error));
    QVERIFY(m_doc->undoStack()->isClean());
    const qint64 chartId = m_doc->chartId();
    QVERIFY(chartId > 0);

    ChartDocument reopened;
    reopened.setWorkspace(m_ws.get());
    QVERIFY2(reopened.load(chartId, &error), qPrintable(error));
    QList<qint64> all = reopened.allEntityIds();
    std::sort(all.begin(), all.end());
    QCOMPARE(reopened.chartEntities(all), saved);
    QCOMPARE(reopened.linkIds(), savedLinks);
    QCOMPARE(reopened.chartName(), QStringLiteral("Case 7"));
    QCOMPARE(reopened.groupName(reopened.chartEntity(id("Carol"))->group), QStringLiteral("Crew \"north\""));
    QCOMPARE(reopened.scene()->entityItem(id("Alice"))->pos(), QPointF(12.25, -40.5));
    QVERIFY(!reopened.undoStack()->canUndo());
    // The view comes back where it was.
    QCOMPARE(reopened.placementCentre(), m_doc->placementCentre());
    QCOMPARE(reopened.viewZoom(), m_doc->viewZoom());
    // Saving again under the same name updates the chart instead of adding one.
    QVERIFY(reopened.save(QStringLiteral("Case 7"), &error));
    QCOMPARE(reopened.chartId(), chartId);
    // A chart that is not there is an error, not an empty chart.
    QVERIFY(!reopened.load(chartId + 100, &error));
    QVERIFY(error.contains(QString::number(chartId + 100)));
}

void TestChart::exportPng()
{
    m_doc->addEntities(ids({"Alice", "Bob", "Carol"}));
    m_doc->moveEntities(
        {{id("Alice"), QPointF(0, 0)}, {id("Bob"), QPointF(400, 0)}, {id("Carol"), QPointF(200, 300)}});
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(m_doc->exportTo(path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    const QRectF source = ChartExporter::sourceRect(m_doc->scene());
    const double scale = 300.0 / 96.0;
    // Width: the items' bounds plus margins at 300 dpi (the chart is wider than the 420 minimum).
    QVERIFY(source.width() > 420);
    QCOMPARE(image.width(), int(std::ceil(source.width() * scale)));
    QVERIFY(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 2);
    const double band = (image.height() / scale - source.height()) / 2;
    QVERIFY(band > 10);
    // Each person's icon is drawn: 12 units left of its centre lies the blue disc of person.svg
    // (fill #4a90d9), clear of the white figure and of the links.
    for (const QString &label : {QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol")}) {
        const QPointF p = m_doc->position(id(label)) + QPointF(-12, 0);
        const QColor colour = image.pixelColor(int((p.x() - source.left()) * scale),
                                               int((p.y() - source.top() + band) * scale));
        QVERIFY2(colour.blue() > colour.red() + 60, qPrintable(label + QLatin1Char(' ') + colour.name()));
    }
    QCOMPARE(image.pixelColor(int((100 - source.left()) * scale), int((250 - source.top() + band) * scale)),
             QColor(Qt::white));
    // The marking band at the top has text in it.
    int dark = 0;
    for (int x = 0; x < image.width(); ++x)
        for (int y = 0; y < int(band * scale); ++y)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 50);
}

void TestChart::exportSvg()
{
    m_doc->addEntities(ids({"Alice", "Bob", "Carol"}));
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(m_doc->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    for (const char *label :
         {"Alice", "Bob", "Carol", "OFFICIAL-SENSITIVE", "Handling codes: P", "2024-05-01"})
        QVERIFY2(svg.contains(label), label);
    QVERIFY(!svg.contains("Dave"));
}

void TestChart::exportPdf()
{
    m_doc->addEntities(ids({"Alice", "Bob"}));
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(m_doc->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page>") +
                 pdf.count("/Type /Page "),
             1);
    // The marking is the document title, which Qt writes as a UTF-16BE literal with a BOM.
    QByteArray utf16("\xfe\xff", 2);
    for (char c : QByteArrayLiteral("OFFICIAL-SENSITIVE | Handling codes: P"))
        utf16 += QByteArray(1, '\0') + QByteArray(1, c);
    QVERIFY(pdf.contains("/Title (" + utf16));
    // Unknown suffix: a clear error naming the file and what was expected.
    QVERIFY(!m_doc->exportTo(m_dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY(error.contains(QLatin1String("chart.bmp")) && error.contains(QLatin1String(".pdf")));
}

void TestChart::dateFilterDimsLinksOutside()
{
    m_doc->addEntities(ids({"Alice", "Bob", "Carol", "Dave"}));
    m_doc->setDateFilter(QDate(2024, 3, 1), QDate(2024, 12, 31));
    const QList<qint64> pair = m_doc->linkIdsBetween(id("Alice"), id("Bob"));
    QCOMPARE(m_doc->scene()->linkItem(pair[0])->opacity(), 0.15); // 2024-01-01
    QCOMPARE(m_doc->scene()->linkItem(pair[1])->opacity(), 1.0);  // 2024-05-01
    QCOMPARE(m_doc->scene()->linkItem(m_doc->linkIdsBetween(id("Bob"), id("Carol")).first())->opacity(),
             0.15);
    QCOMPARE(m_doc->scene()->linkItem(m_doc->linkIdsBetween(id("Carol"), id("Dave")).first())->opacity(),
             1.0); // inclusive
    m_doc->setDateFilter(QDate(), QDate());
    QCOMPARE(m_doc->scene()->linkItem(pair[0])->opacity(), 1.0);
}

void TestChart::colourByNetworkAndSizeByDegree()
{
    m_doc->addEntities(m_ids.values());
    QSignalSpy style(m_doc.get(), &ChartDocument::styleChanged);
    m_doc->setColourMode(ChartAnalysis::Colour::Network);
    QVERIFY(style.wait(10000));
    auto colourOf = [&](const QString &label) { return m_doc->scene()->entityItem(id(label))->colour(); };
    QCOMPARE(colourOf("Alice"), colourOf("Frank"));
    QCOMPARE(colourOf("Gina"), colourOf("Hank"));
    QVERIFY(colourOf("Alice") != colourOf("Gina"));
    ChartLegend legend(m_doc.get());
    QCOMPARE(legend.texts().size(), 2); // two networks: 6 and 2 people
    QVERIFY(legend.texts().join(QLatin1Char(' ')).contains(QLatin1String("(6)")));

    m_doc->setSizeMode(ChartAnalysis::Size::Degree);
    QTRY_VERIFY(!m_doc->isAnalysing() && m_doc->scene()->entityItem(id("Bob"))->sizeFactor() > 1.9);
    // Degrees (distinct neighbours): Bob 2 = the maximum -> 2.0; Alice 1 -> 0.75 + 1.25 sqrt(1/2).
    QCOMPARE(m_doc->scene()->entityItem(id("Bob"))->sizeFactor(), 2.0);
    QVERIFY(std::abs(m_doc->scene()->entityItem(id("Alice"))->sizeFactor() - (0.75 + 1.25 * std::sqrt(0.5))) <
            1e-9);
}

void TestChart::selectionSignalsAndSync()
{
    m_doc->addEntities(ids({"Alice", "Bob", "Carol"}));
    QSignalSpy spy(m_doc.get(), &ChartDocument::selectionChanged);
    m_doc->setSelectedEntityIds(ids({"Carol", "Alice"}));
    QList<qint64> expected = ids({"Alice", "Carol"});
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_doc->selectedEntityIds(), expected);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.last().first().value<QList<qint64>>(), expected);
    const int index = m_doc->undoStack()->index();
    m_doc->setSelectedEntityIds({});
    QVERIFY(m_doc->selectedEntityIds().isEmpty());
    QCOMPARE(m_doc->undoStack()->index(), index); // selection is not an edit
}

void TestChart::levelOfDetailHidesLabelsWhenZoomedOut()
{
    m_doc->addEntities(m_ids.values());
    ChartView view(m_doc.get());
    view.resize(800, 600);
    view.show();
    ChartScene *scene = m_doc->scene();
    view.setZoom(1.0);
    view.centerOn(m_doc->position(id("Alice")));
    view.updateLevelOfDetail();
    // At 100%: every label, at scene size.
    QVERIFY(scene->labelsVisible());
    QCOMPARE(scene->labelScale(), 1.0);
    QVERIFY(!scene->labelsDecluttered());
    // At 50% the eight entities are icons still: labelled, drawn 0.85 / 0.5 = 1.7 times larger so
    // that they stay at 85% of their size on screen, crowded ones left out.
    view.setZoom(0.5);
    QVERIFY(scene->labelsVisible());
    QCOMPARE(scene->labelScale(), 1.7);
    QVERIFY(scene->labelsDecluttered());
    // Below 35% entities are dots: no labels.
    view.setZoom(0.3);
    QVERIFY(!scene->labelsVisible());
    view.setZoom(0.2);
    QVERIFY(!scene->labelsVisible());
    // Zooming is not an edit.
    QVERIFY(m_doc->undoStack()->count() == 1);
}

void TestChart::hundredEntitiesAtFitAreLabelled()
{
    // 10 x 10 people 100 apart: with icons and labels about 960 units high, fitting them in a
    // 600-pixel-high view gives a zoom a little under 600 / 960 = 0.62, where 8 pt labels at scene
    // size would be under 5 pt on screen.
    insertGrid(100, 10);
    ChartView view(m_doc.get());
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    ChartScene *scene = m_doc->scene();
    QVERIFY2(view.zoom() > 0.45 && view.zoom() < 0.62, qPrintable(QString::number(view.zoom())));
    QVERIFY(scene->labelsVisible());
    // Drawn at 85% of their scene size on screen (6.8 pt for the 8 pt label font).
    QVERIFY(qFuzzyCompare(scene->labelScale() * view.zoom(), ChartView::kLegibleZoom));
    // "P99" drawn 1.5 to 2 times larger is narrower than the 100 between neighbours: none is crowded out.
    view.viewport()->repaint();
    int shown = 0;
    for (const EntityItem *item : scene->entityItems())
        shown += item->isLabelShown() && !item->isLabelAbove();
    QCOMPARE(shown, 100);
    // And they are on screen: dark text pixels under an icon (people are blue, links are absent).
    auto darkPixelsUnder = [&](qint64 entityId) {
        const EntityItem *item = scene->entityItem(entityId);
        const QRect label =
            view.mapFromScene(item->labelRect(scene->labelScale()).translated(item->pos())).boundingRect();
        const QImage image = view.viewport()->grab().toImage();
        int dark = 0;
        for (int y = label.top(); y <= label.bottom(); ++y)
            for (int x = label.left(); x <= label.right(); ++x)
                dark += image.rect().contains(x, y) && qGray(image.pixel(x, y)) < 100;
        return dark;
    };
    QVERIFY(darkPixelsUnder(100055) > 5);
    view.setZoom(0.3); // dots: no text anywhere
    QVERIFY(!scene->labelsVisible());
    view.centerOn(m_doc->position(100055));
    QCOMPARE(darkPixelsUnder(100055), 0);
}

void TestChart::crowdedLabelsGiveWayToTheMoreImportant()
{
    // Three incidents 10 apart and a person 5 from the first: their labels (under the icons)
    // cover each other; a fifth entity far off clashes with none.
    m_doc->insertEntities({synthetic(1, EntityType::Incident, QStringLiteral("INC-1"), QPointF(0, 0)),
                           synthetic(2, EntityType::Incident, QStringLiteral("INC-2"), QPointF(10, 0)),
                           synthetic(3, EntityType::Incident, QStringLiteral("INC-3"), QPointF(20, 0)),
                           synthetic(4, EntityType::Person, QStringLiteral("Alice"), QPointF(5, 0)),
                           synthetic(5, EntityType::Person, QStringLiteral("Far"), QPointF(2000, 0))},
                          {});
    ChartView view(m_doc.get());
    view.resize(800, 600);
    view.show();
    ChartScene *scene = m_doc->scene();
    auto place = [&](qint64 entityId) {
        const EntityItem *item = scene->entityItem(entityId);
        return !item->isLabelShown()  ? QStringLiteral("out")
               : item->isLabelAbove() ? QStringLiteral("above")
                                      : QStringLiteral("under");
    };
    view.setZoom(0.5);
    view.centerOn(QPointF(10, 0));
    scene->placeLabels(); // as before a frame
    QVERIFY(scene->labelsDecluttered());
    // The person first (under), then the incidents by id: INC-1 above, the others left out.
    QCOMPARE(place(4), QStringLiteral("under"));
    QCOMPARE(place(1), QStringLiteral("above"));
    QCOMPARE(place(2), QStringLiteral("out"));
    QCOMPARE(place(3), QStringLiteral("out"));
    QCOMPARE(place(5), QStringLiteral("under"));
    // A selected entity comes first of all: INC-3 under, Alice above, INC-1 and INC-2 out.
    m_doc->setSelectedEntityIds({3});
    scene->placeLabels(); // as before a frame
    QCOMPARE(place(3), QStringLiteral("under"));
    QCOMPARE(place(4), QStringLiteral("above"));
    QCOMPARE(place(1), QStringLiteral("out"));
    QCOMPARE(place(2), QStringLiteral("out"));
    // From 100% every label is drawn, under its icon.
    view.setZoom(1.0);
    scene->placeLabels(); // as before a frame
    QVERIFY(!scene->labelsDecluttered());
    for (qint64 entityId : {1, 2, 3, 4, 5})
        QCOMPARE(place(entityId), QStringLiteral("under"));
}

void TestChart::manyEntitiesInSightHaveNoLabels()
{
    // 5,000 people, 71 to a row 100 apart (7,100 x 7,100). In an 800 x 600 view at zoom z about
    // (800 / z) * (600 / z) / 100^2 of them are in sight: 300 at 0.4, 48 at 1.0.
    insertGrid(5000, 71);
    ChartView view(m_doc.get());
    view.resize(800, 600);
    view.show();
    ChartScene *scene = m_doc->scene();
    view.fitAll(); // zoom about 0.08: dots
    QVERIFY(!scene->labelsVisible());
    view.setZoom(0.4); // icons, labels would be legible, but 300 > 200 are in sight
    view.centerOn(QPointF(3500, 3500));
    view.updateLevelOfDetail();
    QVERIFY(!scene->labelsVisible());
    view.setZoom(1.0);
    view.centerOn(QPointF(3500, 3500));
    view.updateLevelOfDetail();
    QVERIFY(scene->labelsVisible());
}

void TestChart::paneWiresTheDocument()
{
    ChartPane pane;
    pane.setWorkspace(m_ws.get());
    pane.resize(900, 700);
    pane.show();
    ChartDocument *doc = pane.document();
    // An empty chart says how to fill it, until something is on it.
    QVERIFY(pane.emptyHint()->isVisibleTo(&pane));
    doc->showNetwork(ids({"Alice", "Bob", "Carol"}));
    QTRY_VERIFY(!doc->isLayoutRunning());
    QCOMPARE(doc->entityIds().size(), 3);
    QVERIFY(!pane.emptyHint()->isVisibleTo(&pane));
    doc->setSelectedEntityIds(ids({"Alice", "Carol"}));
    pane.findPathBetweenSelected();
    QCOMPARE(doc->highlightedEntityIds().size(), 3);
    pane.setWorkspace(nullptr);
    QVERIFY(doc->entityIds().isEmpty());
    QVERIFY(!doc->undoStack()->canUndo());
    QVERIFY(pane.emptyHint()->isVisibleTo(&pane));
}

void TestChart::bigChartsDrawFromCachedImages()
{
    // 900 synthetic entities on a 30 x 30 grid, 100 apart, each linked to its right neighbour.
    QList<ChartEntity> entities;
    QList<LinkRecord> links;
    for (int i = 0; i < 900; ++i) {
        ChartEntity entity;
        entity.record.id = 100000 + i;
        entity.record.type = i % 2 ? EntityType::Vehicle : EntityType::Person;
        entity.record.label = QStringLiteral("E%1").arg(i);
        entity.position = QPointF((i % 30) * 100.0, (i / 30) * 100.0);
        entities.append(entity);
        if (i % 30 != 29) {
            LinkRecord link;
            link.id = 500000 + i;
            link.type = QStringLiteral("associate");
            link.from = entity.record.id;
            link.to = entity.record.id + 1;
            links.append(link);
        }
    }
    m_doc->insertEntities(entities, links);
    ChartView view(m_doc.get());
    view.resize(800, 600);
    view.show();
    auto nonWhite = [&] {
        const QImage image = view.viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                count += image.pixelColor(x, y) != QColor(Qt::white);
        return count;
    };
    // Whole chart in view: the overview image, with something drawn in it.
    view.fitAll();
    QCOMPARE(view.drawMode(), ChartView::DrawMode::Overview);
    QVERIFY(!m_doc->scene()->labelsVisible());
    const int overviewInk = nonWhite();
    QVERIFY(overviewInk > 500);
    // Close up (8 x 6 entities in sight): the cached region, drawn by the items, labels on.
    view.setZoom(1.0);
    view.centerOn(QPointF(1500, 1500));
    view.updateLevelOfDetail();
    QCOMPARE(view.drawMode(), ChartView::DrawMode::Region);
    QVERIFY(m_doc->scene()->labelsVisible());
    QVERIFY(nonWhite() > 1000);
    // The cached picture follows edits: hiding every entity leaves a blank view.
    QList<qint64> all = m_doc->allEntityIds();
    m_doc->hideEntities(all);
    QCOMPARE(nonWhite(), 0);
    m_doc->undoStack()->undo();
    QVERIFY(nonWhite() > 1000);
    // A small chart is drawn item by item.
    m_doc->removeEntities(all.mid(0, 700));
    view.updateLevelOfDetail();
    QCOMPARE(view.drawMode(), ChartView::DrawMode::Items);
}

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
