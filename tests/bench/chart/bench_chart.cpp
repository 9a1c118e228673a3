// Benchmark of the link chart on a 5,000-entity Barabasi-Albert graph (2 links per new entity),
// imported into a temporary workspace as an edge list: how long the chart takes to load, the
// force layout (worker thread, as the analyst runs it), and frame times while panning and zooming
// a 1920x1080 view. Goals from the issue: layout <= 3 s, frames <= 16 ms.
//
// Run: build-bench/bin/bench_chart [entities [export.png|svg|pdf]] (QT_QPA_PLATFORM=offscreen is set if
// unset).

#include "chart/chartdocument.h"
#include "chart/chartscene.h"
#include "chart/chartview.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace fc;

namespace {

const char *kSpec = R"({"name": "BA edges", "source": {"organisation": "Bench", "kind": "other"},
  "entities": {"a": {"type": "person", "key": "From"}, "b": {"type": "person", "key": "To"}},
  "links": [{"type": "associate", "from": "a", "to": "b"}]})";

QByteArray barabasiAlbertCsv(int n, int m, quint64 seed)
{
    std::mt19937_64 random(seed);
    QList<int> targets;
    QByteArray csv = "From,To\n";
    auto edge = [&](int a, int b) {
        csv += "P" + QByteArray::number(a) + ",P" + QByteArray::number(b) + "\n";
        targets << a << b;
    };
    for (int v = 0; v <= m; ++v)
        for (int w = 0; w < v; ++w)
            edge(v, w);
    for (int v = m + 1; v < n; ++v) {
        QSet<int> chosen;
        while (chosen.size() < m)
            chosen.insert(targets[int(random() % targets.size())]);
        for (int w : chosen)
            edge(v, w);
    }
    return csv;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values[values.size() / 2];
    s.p95 = values[std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95))];
    s.max = values.last();
    return s;
}

double frame(ChartView &view)
{
    QElapsedTimer timer;
    timer.start();
    view.viewport()->repaint();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, atoi(argv[1])) : 5000;

    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.fcdb")), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString csv = dir.filePath(QStringLiteral("edges.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(barabasiAlbertCsv(n, 2, 42));
    file.close();
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    const ImportReport report = Importer(*workspace, *spec).importFile(csv);
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return 1;
    }
    QList<qint64> ids;
    for (const EntityRecord &entity : workspace->entities(EntityType::Person))
        ids.append(entity.id);

    ChartDocument document;
    document.setWorkspace(workspace.get());
    ChartView view(&document);
    view.resize(1920, 1080);
    view.show();

    QElapsedTimer timer;
    timer.start();
    (void)workspace->entityRecords();
    (void)workspace->linkRecords();
    const double readMs = timer.elapsed();
    timer.restart();
    document.addEntities(ids);
    const double loadMs = timer.elapsed();
    timer.restart();
    document.runLayout(ChartDocument::LayoutKind::Force);
    document.waitForLayout();
    const double layoutMs = timer.elapsed();
    std::printf("chart: %d entities, %d links\n", int(document.entityIds().size()),
                int(document.linkIds().size()));
    std::printf(
        "load onto chart (workspace reads + items): %.0f ms, of which reading every record: %.0f ms\n",
        loadMs, readMs);
    std::printf("force layout (worker, applied): %.0f ms  [goal <= 3000 ms]\n", layoutMs);

    // Frames: whole chart in view (overview), a mid zoom, and close up with labels; each pans
    // and zooms programmatically, one repaint per step.
    struct Phase
    {
        const char *name;
        double zoom;
    };
    const QRectF all = document.scene()->contentsRect();
    QList<double> everything;
    for (const Phase &phase :
         {Phase{"overview (fit)", 0.0}, Phase{"mid zoom 0.3", 0.3}, Phase{"close up 1.0", 1.0}}) {
        if (phase.zoom == 0.0)
            view.fitAll();
        else
            view.setZoom(phase.zoom);
        view.centerOn(all.center());
        frame(view); // warm-up
        QList<double> times;
        for (int i = 0; i < 60; ++i) {
            // Pan: 40 px steps in a square pattern.
            const int dx = (i / 15) % 2 ? -40 : 40;
            const int dy = (i / 30) % 2 ? -25 : 25;
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + dx);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + dy);
            times.append(frame(view));
        }
        for (int i = 0; i < 20; ++i) {
            // Zoom in and back out around the same point.
            view.zoomBy(i < 10 ? 1.1 : 1 / 1.1);
            times.append(frame(view));
        }
        const Stats s = stats(times);
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        QElapsedTimer lookup;
        lookup.start();
        const qsizetype inView = document.scene()->items(visible).size();
        std::printf("  %lld items in view (looked up in %.1f ms)\n", qint64(inView),
                    lookup.nsecsElapsed() / 1e6);
        std::printf("frames %-16s median %.1f ms, p95 %.1f ms, max %.1f ms  (labels %s)\n", phase.name,
                    s.median, s.p95, s.max, document.scene()->labelsVisible() ? "on" : "off");
        everything += times;
    }
    const Stats s = stats(everything);
    std::printf("frames all phases     median %.1f ms, p95 %.1f ms  [goal <= 16 ms]\n", s.median, s.p95);
    if (argc > 2) {
        // Optional: export the chart (by suffix) and a screenshot of the view, to look at.
        timer.restart();
        if (!document.exportTo(QString::fromLocal8Bit(argv[2]), &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
        std::printf("export %s: %lld ms\n", argv[2], timer.elapsed());
        view.setZoom(1.0);
        view.centerOn(all.center());
        view.viewport()->grab().save(QString::fromLocal8Bit(argv[2]) + QStringLiteral(".view.png"));
    }
    return 0;
}
