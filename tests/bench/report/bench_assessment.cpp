// Six-monthly assessment benchmark: the demo workspace (fusioncell-cli demo, 4,000 incidents by
// default; --incidents N for more), its stores located by the shared outcode table when it is there,
// two activities; the time to build the assessment (every figure, map, network and bar charts) and
// write it to PDF and ODT, against the 30 s goal. Peer, measured in the same run: what `places`
// does for one ranking (HarmAnalysis::load + PlaceHarm::rank), the least any assessment must read.
// Run: QT_QPA_PLATFORM=offscreen build-bench/bin/bench_assessment [--incidents N]

#include "analysis/activityregister.h"
#include "analysis/harmanalysis.h"
#include "assessment/assessmentbuilder.h"
#include "cli/cliapplication.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace fc;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), QStringLiteral("Demo incidents."), QStringLiteral("N"),
                                        QStringLiteral("4000")));
    parser.process(app);
    QTemporaryDir dir;
    QString out, err;
    QTextStream o(&out), e(&err);
    const QString demo = dir.filePath(QStringLiteral("demo"));
    if (CliApplication::createDefault()->run({QStringLiteral("fusioncell-cli"), QStringLiteral("demo"), QStringLiteral("--out"),
                                              demo, QStringLiteral("--incidents"), parser.value(QStringLiteral("incidents"))},
                                             o, e) != 0) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(err));
        return 1;
    }
    const QString ws = demo + QStringLiteral("/demo.fcdb");
    const QString outcodes = QStringLiteral(FC_SOURCE_DIR "/../shared/data/geo/uk_outcodes.csv");
    if (QFile::exists(outcodes))
        CliApplication::createDefault()->run({QStringLiteral("fusioncell-cli"), QStringLiteral("postcodes"), QStringLiteral("load"),
                                              QStringLiteral("--db"), ws, outcodes}, o, e);
    QString error;
    auto workspace = Workspace::open(ws, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Statement st = workspace->database().prepare(QStringLiteral("SELECT MAX(value) FROM attributes WHERE name = 'occurred_at'"));
    st.step();
    const QDate last = QDate::fromString(st.text(0).left(10), Qt::ISODate);
    AssessmentOptions options;
    options.to = QDate(last.year(), last.month(), last.daysInMonth());
    options.from = QDate(options.to.year(), options.to.month(), 1).addMonths(-5);
    ActivityRegister reg(*workspace);
    ActivityRecord a;
    a.name = QStringLiteral("Bench operation");
    a.type = QStringLiteral("operation");
    a.startedOn = options.from.addMonths(-2);
    a.endedOn = options.from.addDays(-1);
    a.targets = {ActivityTarget{QStringLiteral("network"), QStringLiteral("N1"), {}}};
    reg.add(a, &error);
    a.name = QStringLiteral("Bench patrols");
    a.type = QStringLiteral("patrol_plan");
    a.targets = {ActivityTarget{QStringLiteral("place"), QStringLiteral("2"), {}}};
    reg.add(a, &error);

    QElapsedTimer peer;
    peer.start();
    HarmData data;
    HarmTable table;
    HarmAnalysis::load(workspace->database(), options.from, options.to, &data, &table, &error);
    const PlaceHarmResult ranked = PlaceHarm::rank(data, table, PlaceHarm::GroupBy::Place);
    const qint64 peerMs = peer.elapsed();

    QElapsedTimer timer;
    timer.start();
    const auto result = AssessmentBuilder::build(*workspace, options, &error);
    const qint64 buildMs = timer.elapsed();
    int pages = 0;
    const bool pdf = result && PdfReportWriter::write(result->report, dir.filePath(QStringLiteral("a.pdf")), &error, &pages);
    const qint64 pdfMs = timer.elapsed() - buildMs;
    const bool odt = pdf && OdtReportWriter::write(result->report, dir.filePath(QStringLiteral("a.odt")), &error);
    const qint64 totalMs = timer.elapsed();
    if (!result || !pdf || !odt) {
        std::fprintf(stderr, "assessment failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("assessment of the demo workspace (%lld incidents in the period of %s to %s, %d pages): %.2f s "
                "(figures and charts %.2f s, PDF %.2f s, ODT %.2f s); goal 30 s: %s\n",
                qlonglong(data.incidents.size()), qPrintable(options.from.toString(Qt::ISODate)),
                qPrintable(options.to.toString(Qt::ISODate)), pages, totalMs / 1000.0, buildMs / 1000.0, pdfMs / 1000.0,
                (totalMs - buildMs - pdfMs) / 1000.0, totalMs < 30000 ? "met" : "NOT met");
    std::printf("peer: one harm ranking of the period's places (HarmAnalysis::load + PlaceHarm::rank, %lld groups): "
                "%.2f s\n",
                qlonglong(ranked.rows.size()), peerMs / 1000.0);
    return 0;
}
