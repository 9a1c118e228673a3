#include "cli/partnerexportcommand.h"

#include "casefile/caseexporter.h"
#include "casefile/caseselection.h"
#include "casefile/casestore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fc {

std::optional<CaseSelection> selectionFromOptions(Workspace &workspace, const QCommandLineParser &parser,
                                                  const QString &command, QString *error)
{
    const bool person = parser.isSet(QStringLiteral("person"));
    const bool network = parser.isSet(QStringLiteral("network"));
    if (person == network) {
        *error = QCoreApplication::translate("PartnerExportCommand", "%1: give one of --person ID or --network N").arg(command);
        return std::nullopt;
    }
    bool ok = false;
    const QString value = parser.value(person ? QStringLiteral("person") : QStringLiteral("network"));
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n <= 0) {
        *error = QCoreApplication::translate("PartnerExportCommand", "%1: --%2 \"%3\" is not a positive number")
                     .arg(command, person ? QStringLiteral("person") : QStringLiteral("network"), value);
        return std::nullopt;
    }
    QString why;
    auto s = person ? CaseSelection::forPerson(workspace, n, &why) : CaseSelection::forNetwork(workspace, int(n), &why);
    if (!s)
        *error = command + QStringLiteral(": ") + why;
    return s;
}

QString PartnerExportCommand::summary() const
{
    return tr("An alert for a retailer, force or partner with only what the handling codes and conditions allow "
              "them, and the manifest of what was withheld and why: a disclosure in the audit trail.");
}

void PartnerExportCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("recipient"), tr("The receiving organisation."), QStringLiteral("ORG")));
    parser.addOption(QCommandLineOption(QStringLiteral("kind"), tr("retailer, police or partner."), QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(QStringLiteral("person"), tr("The person to share about."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("network"), tr("Network N as `networks` lists them."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("case"),
        tr("Share about a stored case: its people, incidents and image exhibits (instead of --person/--network)."),
        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The PDF to write (the manifest beside it, -withheld.json)."),
                                        QStringLiteral("F.pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("justification"),
        tr("Why it is shared (default: the purpose, else \"sharing back with a partner\")."), QStringLiteral("J")));
}

int PartnerExportCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return io.fail(tr("partner-export: --out F.pdf is required"), 2);
    Recipient recipient{parser.value(QStringLiteral("recipient")).trimmed(), parser.value(QStringLiteral("kind")).trimmed()};
    if (recipient.organisation.isEmpty())
        return io.fail(tr("partner-export: --recipient \"ORGANISATION\" is required"), 2);
    if (recipient.kind != QLatin1String("retailer") && recipient.kind != QLatin1String("police")
        && recipient.kind != QLatin1String("partner"))
        return io.fail(tr("partner-export: --kind \"%1\" is not retailer, police or partner").arg(recipient.kind), 2);
    QString error;
    std::optional<CaseSelection> selection;
    QList<Exhibit> exhibits;
    if (parser.isSet(QStringLiteral("case"))) {
        bool ok = false;
        const qint64 caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
        CaseStore store(workspace);
        const auto info = ok ? store.get(caseId) : std::nullopt;
        if (!info)
            return io.fail(tr("partner-export: --case \"%1\" is not a case in this workspace").arg(parser.value(QStringLiteral("case"))), 2);
        CaseSelection fromCase;
        fromCase.kind = info->kind;
        fromCase.subject = info->subject;
        fromCase.title = info->title;
        fromCase.persons = info->persons;
        fromCase.incidents = info->incidents;
        selection = fromCase;
        exhibits = store.exhibits(caseId);
    } else {
        selection = selectionFromOptions(workspace, parser, name(), &error);
    }
    if (!selection)
        return io.fail(error, 2);
    QString justification = parser.value(QStringLiteral("justification"));
    if (justification.isEmpty())
        justification = workspace.purpose().isEmpty() ? QStringLiteral("sharing back with a partner") : workspace.purpose();
    PartnerExport built;
    const auto written = CaseExporter(workspace).exportPartner(*selection, recipient, justification, out, exhibits, &error, &built);
    if (!written)
        return io.fail(QStringLiteral("partner-export: ") + error);
    if (io.json) {
        QJsonObject o = built.toJson();
        o.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("path"), written->first().path},
                                                    {QStringLiteral("bytes"), written->first().size},
                                                    {QStringLiteral("sha256"), written->first().sha256}});
        o.insert(QStringLiteral("manifest_file"), CaseExporter::manifestPath(out));
        io.writeJson(QJsonDocument(o));
        return 0;
    }
    io.out << tr("Partner export for %1 (%2) written to %3 (sha256 %4), recorded as a disclosure.")
                  .arg(recipient.organisation, recipient.kind, out, written->first().sha256)
           << Qt::endl;
    io.out << tr("Released: %1 record(s): %2 person(s), %3 incident(s), %4 vehicle(s). Withheld: %5 (manifest %6).")
                  .arg(built.released.size())
                  .arg(built.subjects.size())
                  .arg(built.incidents.size())
                  .arg(built.vehicles.size())
                  .arg(built.withheld.size())
                  .arg(CaseExporter::manifestPath(out))
           << Qt::endl;
    for (const PartnerItem &w : built.withheld)
        io.out << "  " << tr("withheld") << ": " << w.reference << " (" << w.organisation << ", " << w.grade << "): "
               << w.reason << Qt::endl;
    return 0;
}

} // namespace fc
