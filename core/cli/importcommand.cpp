#include "cli/importcommand.h"

#include "ingest/importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("ImportCommand", "Import exports into a workspace under an import spec.");
}

void ImportCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("spec"),
        QCoreApplication::translate("ImportCommand", "Import specification (JSON)."), QStringLiteral("S.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("user"),
        QCoreApplication::translate("ImportCommand", "Who is importing (default: the OS user)."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("show-rejects"),
        QCoreApplication::translate("ImportCommand", "List every rejected row with its reason.")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("ImportCommand", "Export file(s) to import."), QStringLiteral("FILE..."));
}

static QJsonObject toJson(const ImportReport &r)
{
    static const char *const statuses[] = {"imported", "already_imported", "failed", "cancelled"};
    QJsonArray rejects;
    for (const RejectInfo &x : r.rejects)
        rejects.append(QJsonObject{{QStringLiteral("row"), x.rowNumber}, {QStringLiteral("line"), x.lineNumber},
                                   {QStringLiteral("column"), x.column}, {QStringLiteral("reason"), x.reason}});
    QJsonArray unparsed;
    for (const UnparsedInfo &x : r.unparsed)
        unparsed.append(QJsonObject{{QStringLiteral("row"), x.rowNumber}, {QStringLiteral("role"), x.role},
                                    {QStringLiteral("field"), x.field}, {QStringLiteral("column"), x.column},
                                    {QStringLiteral("reason"), x.reason}});
    const ImportReport::Timings &t = r.timings;
    const QJsonObject seconds{{QStringLiteral("hashing"), t.hashing},
                              {QStringLiteral("opening"), t.opening},
                              {QStringLiteral("rows"), t.rows},
                              {QStringLiteral("writer_waiting"), t.writerWaiting},
                              {QStringLiteral("validator_waiting"), t.validatorWaiting},
                              {QStringLiteral("keys"), t.keys},
                              {QStringLiteral("indexes"), t.indexes},
                              {QStringLiteral("search"), t.search},
                              {QStringLiteral("committing"), t.committing}};
    return QJsonObject{
        {QStringLiteral("file"), r.fileName}, {QStringLiteral("status"), QString::fromLatin1(statuses[int(r.status)])},
        {QStringLiteral("message"), r.message}, {QStringLiteral("import_id"), r.importId},
        {QStringLiteral("sha256"), r.sha256}, {QStringLiteral("encoding"), r.encoding},
        {QStringLiteral("delimiter"), r.delimiter}, {QStringLiteral("sheet"), r.sheet},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}, {QStringLiteral("rows_read"), r.rowsRead},
        {QStringLiteral("rows_accepted"), r.rowsAccepted}, {QStringLiteral("rows_rejected"), r.rowsRejected},
        {QStringLiteral("records_updated"), r.recordsUpdated}, {QStringLiteral("entities_created"), r.entitiesCreated},
        {QStringLiteral("links_created"), r.linksCreated}, {QStringLiteral("rejects"), rejects},
        {QStringLiteral("values_unparsed"), r.valuesUnparsed}, {QStringLiteral("unparsed"), unparsed},
        {QStringLiteral("seconds"), seconds},
    };
}

int ImportCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString specPath = parser.value(QStringLiteral("spec"));
    if (specPath.isEmpty())
        return io.fail(QCoreApplication::translate("ImportCommand", "import: --spec S.json is required"), 2);
    if (parser.positionalArguments().isEmpty())
        return io.fail(QCoreApplication::translate("ImportCommand", "import: name at least one file to import"), 2);
    QString error;
    const auto spec = ImportSpec::load(specPath, &error);
    if (!spec)
        return io.fail(error);
    ImportOptions options;
    options.userName = parser.value(QStringLiteral("user"));
    if (options.userName.isEmpty())
        options.userName = workspace.userName(); // the OS account (Workspace::osUserName)
    Importer importer(workspace, *spec);
    QJsonArray results;
    int exitCode = 0;
    for (const QString &file : parser.positionalArguments()) {
        const ImportReport report = importer.importFile(file, options);
        if (io.json) {
            results.append(toJson(report));
        } else if (report.ok()) {
            io.out << report.message << Qt::endl;
            for (const QString &note : report.notes)
                io.out << QStringLiteral("  note: %1").arg(note) << Qt::endl;
            const int shown = parser.isSet(QStringLiteral("show-rejects")) ? int(report.rejects.size())
                                                                           : qMin(10, int(report.rejects.size()));
            for (int i = 0; i < shown; ++i) {
                const RejectInfo &x = report.rejects.at(i);
                io.out << QStringLiteral("  rejected row %1%2: %3")
                              .arg(x.rowNumber)
                              .arg(x.column.isEmpty() ? QString() : QStringLiteral(", column \"%1\"").arg(x.column),
                                   x.reason)
                       << Qt::endl;
            }
            for (int i = 0; i < qMin(10, int(report.unparsed.size())); ++i) {
                const UnparsedInfo &x = report.unparsed.at(i);
                io.out << QStringLiteral("  kept unread, row %1, %2 %3 (column \"%4\"): %5")
                              .arg(x.rowNumber)
                              .arg(x.role, x.field, x.column, x.reason)
                       << Qt::endl;
            }
            if (shown < report.rejects.size())
                io.out << QCoreApplication::translate("ImportCommand",
                              "  ... %1 more rejected rows (--show-rejects lists them all; they are kept in the workspace)")
                              .arg(report.rejects.size() - shown)
                       << Qt::endl;
        }
        if (!report.ok()) {
            io.fail(report.message);
            exitCode = 1;
        }
    }
    if (io.json)
        io.writeJson(QJsonDocument(results));
    return exitCode;
}

} // namespace fc
