#include "cli/casefilecommand.h"

#include "casefile/caseexporter.h"
#include "casefile/casefilebuilder.h"
#include "casefile/caseselection.h"
#include "casefile/casestore.h"
#include "cli/partnerexportcommand.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString CaseFileCommand::summary() const
{
    return tr("A case file for the CPS (summary, schedule of incidents, exhibits, figures, unused and, apart, "
              "sensitive material) as PDF and ODT: a disclosure in the audit trail.");
}

void CaseFileCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("person"), tr("Build the case of this person."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("network"),
        tr("Build the case of network N as `networks` lists them (1 = the largest)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("case"), tr("Export this existing case again."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"),
        tr("Build the case from these incidents only (comma-separated ids; default: all of the person's or network's)."),
        QStringLiteral("A,B,...")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The PDF to write (the MG6D beside it, -mg6d.pdf)."),
                                        QStringLiteral("F.pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("odt"), tr("Also write an ODT (and its -mg6d.odt)."), QStringLiteral("F.odt")));
    parser.addOption(QCommandLineOption(QStringLiteral("attach"), tr("Attach a file as an exhibit (repeat; one --exhibit-ref each)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("exhibit-ref"), tr("The exhibit reference of the --attach at the same position."),
                                        QStringLiteral("REF")));
    parser.addOption(QCommandLineOption(QStringLiteral("summary-file"),
        tr("The analyst's summary (UTF-8 text), kept as a new version before the export."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("recipient"),
        tr("Who receives the case file (default: Crown Prosecution Service)."), QStringLiteral("R")));
    parser.addOption(QCommandLineOption(QStringLiteral("justification"),
        tr("Why it is disclosed (default: the purpose, else \"prosecution case file\")."), QStringLiteral("J")));
}

int CaseFileCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return io.fail(tr("casefile: --out F.pdf is required"), 2);
    const QStringList files = parser.values(QStringLiteral("attach"));
    const QStringList refs = parser.values(QStringLiteral("exhibit-ref"));
    if (files.size() != refs.size())
        return io.fail(tr("casefile: %1 --attach but %2 --exhibit-ref (expected one reference per file)")
                           .arg(files.size()).arg(refs.size()), 2);
    CaseStore store(workspace);
    QString error;
    qint64 caseId = 0;
    if (parser.isSet(QStringLiteral("case"))) {
        bool ok = false;
        caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
        if (!ok || !store.get(caseId))
            return io.fail(tr("casefile: --case \"%1\" is not a case in this workspace").arg(parser.value(QStringLiteral("case"))), 2);
    } else {
        const auto selection = selectionFromOptions(workspace, parser, name(), &error);
        if (!selection)
            return io.fail(error, 2);
        QList<qint64> incidents = selection->incidents;
        if (parser.isSet(QStringLiteral("incidents"))) {
            incidents.clear();
            for (const QString &part : parser.value(QStringLiteral("incidents")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 incident = part.trimmed().toLongLong(&ok);
                if (!ok || !selection->incidents.contains(incident))
                    return io.fail(tr("casefile: --incidents: \"%1\" is not an incident of this person or network").arg(part), 2);
                incidents << incident;
            }
        }
        const auto id = store.create(selection->kind, selection->subject, selection->title, selection->persons,
                                     incidents, &error);
        if (!id)
            return io.fail(QStringLiteral("casefile: ") + error);
        caseId = *id;
        // The generated summary is version 1; analysts' edits add versions.
        const auto built = CaseFileBuilder(workspace).build(caseId, &error);
        if (!built || !store.addSummary(caseId, built->summary, true, &error))
            return io.fail(QStringLiteral("casefile: ") + error);
    }
    if (parser.isSet(QStringLiteral("summary-file"))) {
        QFile f(parser.value(QStringLiteral("summary-file")));
        if (!f.open(QIODevice::ReadOnly))
            return io.fail(tr("casefile: cannot read --summary-file %1: %2").arg(f.fileName(), f.errorString()), 2);
        if (!store.addSummary(caseId, QString::fromUtf8(f.readAll()).trimmed(), false, &error))
            return io.fail(QStringLiteral("casefile: ") + error);
    }
    auto progress = [&io](qint64 done, qint64 total) {
        static int lastTenth = -1;
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (total > (64 << 20) && tenth != lastTenth) {
            io.err << tr("hashing exhibits: %1%").arg(tenth * 10) << Qt::endl;
            lastTenth = tenth;
        }
        return true;
    };
    if (!files.isEmpty()) {
        QList<ExhibitRequest> requests;
        for (int i = 0; i < files.size(); ++i)
            requests << ExhibitRequest{files.at(i), refs.at(i), QFileInfo(files.at(i)).fileName(), QStringLiteral("P")};
        if (!store.attach(caseId, requests, &error, progress))
            return io.fail(QStringLiteral("casefile: ") + error);
    }
    CaseExportOptions options;
    options.pdfPath = out;
    options.odtPath = parser.value(QStringLiteral("odt"));
    options.recipient = parser.isSet(QStringLiteral("recipient")) ? parser.value(QStringLiteral("recipient"))
                                                                  : QStringLiteral("Crown Prosecution Service");
    options.justification = parser.value(QStringLiteral("justification"));
    if (options.justification.isEmpty())
        options.justification = workspace.purpose().isEmpty() ? QStringLiteral("prosecution case file") : workspace.purpose();
    const auto written = CaseExporter(workspace).exportCase(caseId, options, &error, progress);
    if (!written)
        return io.fail(QStringLiteral("casefile: ") + error);
    const auto file = CaseFileBuilder(workspace).build(caseId, &error);
    if (io.json) {
        QJsonArray fl;
        for (const ExportedFile &f : *written)
            fl.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("bytes"), f.size},
                                  {QStringLiteral("sha256"), f.sha256}});
        QJsonObject o{{QStringLiteral("case"), caseId}, {QStringLiteral("files"), fl},
                      {QStringLiteral("recipient"), options.recipient}};
        if (file) {
            o.insert(QStringLiteral("schedule"), int(file->schedule.size()));
            o.insert(QStringLiteral("total_value_gbp"), file->totalValueGbp);
            o.insert(QStringLiteral("exhibits"), int(file->exhibits.size()));
            o.insert(QStringLiteral("unused"), int(file->unused.size()));
            o.insert(QStringLiteral("sensitive"), int(file->sensitive.size()));
        }
        io.writeJson(QJsonDocument(o));
        return 0;
    }
    io.out << tr("Case %1 exported to %2 (recorded as a disclosure):").arg(caseId).arg(options.recipient) << Qt::endl;
    for (const ExportedFile &f : *written)
        io.out << "  " << f.path << "  " << f.size << " bytes  sha256 " << f.sha256 << Qt::endl;
    if (file)
        io.out << tr("Schedule: %1 incident(s), total £%2; exhibits %3; unused material %4; sensitive material %5 "
                     "(separate schedule)")
                      .arg(file->schedule.size())
                      .arg(file->totalValueGbp, 0, 'f', 2)
                      .arg(file->exhibits.size())
                      .arg(file->unused.size())
                      .arg(file->sensitive.size())
               << Qt::endl;
    return 0;
}

} // namespace fc
