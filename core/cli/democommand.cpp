#include "cli/democommand.h"

#include "demo/demogenerator.h"
#include "demo/incidentplanner.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("DemoCommand", "Generate demo exports, specs and ground truth, and a demo workspace.");
}

void DemoCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        QCoreApplication::translate("DemoCommand", "Output folder."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
        QCoreApplication::translate("DemoCommand", "Random seed (default 1); the same seed gives the same files."),
        QStringLiteral("N"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"),
        QCoreApplication::translate("DemoCommand", "Number of incidents over all retailers (default 4000)."),
        QStringLiteral("N"), QStringLiteral("4000")));
    parser.addOption(QCommandLineOption(QStringLiteral("noise"),
        QCoreApplication::translate("DemoCommand",
            "Recording noise: standard (default, the light noise of the demo) or hard (the errors of "
            "hand-keyed exports: keying typos, name orders, missing and mistyped dates of birth, "
            "misread VRMs), for measuring entity resolution."),
        QStringLiteral("LEVEL"), QStringLiteral("standard")));
    parser.addOption(QCommandLineOption(QStringLiteral("months"),
        QCoreApplication::translate("DemoCommand",
            "Whole months of incidents ending on 31 October 2026 (default 24, %1 to %2); the trend methods "
            "need more than two years of history (the workstation's demo uses 48).")
            .arg(IncidentPlanner::kMinMonths).arg(IncidentPlanner::kMaxMonths),
        QStringLiteral("N"), QString::number(IncidentPlanner::kDefaultMonths)));
    parser.addOption(QCommandLineOption(QStringLiteral("no-import"),
        QCoreApplication::translate("DemoCommand", "Only write the exports; do not build DIR/demo.fcdb.")));
}

int DemoCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    DemoOptions options;
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: --out DIR is required"), 2);
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: --seed must be a whole number"), 2);
    options.incidents = parser.value(QStringLiteral("incidents")).toInt(&ok);
    if (!ok || options.incidents < 1)
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: --incidents must be a positive number"), 2);
    options.months = parser.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || options.months < IncidentPlanner::kMinMonths || options.months > IncidentPlanner::kMaxMonths)
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: --months must be a whole number from %1 to %2, not %3")
                           .arg(IncidentPlanner::kMinMonths).arg(IncidentPlanner::kMaxMonths)
                           .arg(parser.value(QStringLiteral("months"))), 2);
    const QString noise = parser.value(QStringLiteral("noise"));
    if (noise == QLatin1String("hard"))
        options.noise = DemoNoise::Hard;
    else if (noise != QLatin1String("standard"))
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: --noise must be standard or hard, not %1")
                           .arg(noise), 2);
    if (!QDir().mkpath(options.outDir))
        return io.fail(QCoreApplication::translate("DemoCommand", "demo: cannot create %1").arg(options.outDir));

    DemoGenerator generator(options);
    DemoOutput output;
    QString error;
    if (!generator.generate(&output, &error))
        return io.fail(error);

    QJsonArray imports;
    QString workspacePath;
    if (!parser.isSet(QStringLiteral("no-import"))) {
        workspacePath = QDir(options.outDir).filePath(QStringLiteral("demo.fcdb"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(workspacePath + suffix);
        auto workspace = Workspace::open(workspacePath, &error);
        if (!workspace)
            return io.fail(error);
        ImportOptions importOptions;
        importOptions.userName = QStringLiteral("demo");
        for (const auto &pair : std::as_const(output.imports)) {
            const auto spec = ImportSpec::load(pair.second, &error);
            if (!spec)
                return io.fail(error);
            Importer importer(*workspace, *spec);
            const ImportReport report = importer.importFile(pair.first, importOptions);
            if (!report.ok())
                return io.fail(report.message);
            if (!io.json)
                io.out << report.message << Qt::endl;
            imports.append(QJsonObject{{QStringLiteral("file"), pair.first}, {QStringLiteral("spec"), pair.second},
                                       {QStringLiteral("rows_accepted"), report.rowsAccepted},
                                       {QStringLiteral("rows_rejected"), report.rowsRejected}});
        }
    }
    if (io.json) {
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), options.outDir},
                                               {QStringLiteral("workspace"), workspacePath},
                                               {QStringLiteral("ground_truth"), output.groundTruthPath},
                                               {QStringLiteral("imports"), imports}}));
    } else {
        io.out << QCoreApplication::translate("DemoCommand", "Demo data written to %1 (ground truth: %2)")
                      .arg(options.outDir, output.groundTruthPath)
               << Qt::endl;
        if (!workspacePath.isEmpty())
            io.out << QCoreApplication::translate("DemoCommand", "Demo workspace: %1").arg(workspacePath) << Qt::endl;
    }
    return 0;
}

} // namespace fc
