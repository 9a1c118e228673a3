#include "cli/previewcommand.h"

#include "ingest/importspec.h"
#include "ingest/tablereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString PreviewCommand::summary() const
{
    return QCoreApplication::translate("PreviewCommand", "Show a file's first rows exactly as the importer reads them.");
}

void PreviewCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("rows"),
        QCoreApplication::translate("PreviewCommand", "Number of rows (default 10)."), QStringLiteral("N"), QStringLiteral("10")));
    parser.addOption(QCommandLineOption(QStringLiteral("spec"),
        QCoreApplication::translate("PreviewCommand", "Read with this spec's format settings."), QStringLiteral("S.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("delimiter"),
        QCoreApplication::translate("PreviewCommand", "Delimiter (default: detect)."), QStringLiteral("C")));
    parser.addOption(QCommandLineOption(QStringLiteral("encoding"),
        QCoreApplication::translate("PreviewCommand", "Encoding (default: detect)."), QStringLiteral("E")));
    parser.addOption(QCommandLineOption(QStringLiteral("header-row"),
        QCoreApplication::translate("PreviewCommand", "Row number of the header (default 1; 0 = none)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("sheet"),
        QCoreApplication::translate("PreviewCommand", "Sheet of an .xlsx workbook (default: the first)."), QStringLiteral("NAME")));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("PreviewCommand", "Export file."));
}

int PreviewCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    if (parser.positionalArguments().size() != 1)
        return io.fail(QCoreApplication::translate("PreviewCommand", "preview: name one file"), 2);
    ReaderOptions options;
    QString error;
    if (parser.isSet(QStringLiteral("spec"))) {
        const auto spec = ImportSpec::load(parser.value(QStringLiteral("spec")), &error);
        if (!spec)
            return io.fail(error);
        options = spec->reader;
    }
    if (parser.isSet(QStringLiteral("delimiter")))
        options.delimiter = parser.value(QStringLiteral("delimiter"));
    if (parser.isSet(QStringLiteral("encoding")))
        options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("header-row")))
        options.headerRow = parser.value(QStringLiteral("header-row")).toInt();
    if (parser.isSet(QStringLiteral("sheet")))
        options.sheet = parser.value(QStringLiteral("sheet"));
    const QString path = parser.positionalArguments().constFirst();
    auto reader = TableReader::open(path, options, &error);
    if (!reader)
        return io.fail(error);
    const int limit = parser.value(QStringLiteral("rows")).toInt();
    QList<SourceRow> rows;
    SourceRow row;
    while (rows.size() < limit && reader->next(&row))
        rows << row;
    if (!reader->errorString().isEmpty())
        return io.fail(reader->errorString());
    const QString delimiter = reader->delimiter() == QLatin1String("\t") ? QStringLiteral("tab") : reader->delimiter();
    if (io.json) {
        QJsonArray out;
        for (const SourceRow &r : rows)
            out.append(QJsonObject{{QStringLiteral("row"), r.rowNumber}, {QStringLiteral("line"), r.lineNumber},
                                   {QStringLiteral("fields"), QJsonArray::fromStringList(r.fields)}});
        QJsonObject result{
            {QStringLiteral("file"), path}, {QStringLiteral("format"), reader->formatName()},
            {QStringLiteral("encoding"), reader->encoding()}, {QStringLiteral("delimiter"), delimiter},
            {QStringLiteral("header"), QJsonArray::fromStringList(reader->headers())}, {QStringLiteral("rows"), out},
            {QStringLiteral("notes"), QJsonArray::fromStringList(reader->notes())}};
        if (!reader->sheetName().isEmpty())
            result.insert(QStringLiteral("sheet"), reader->sheetName());
        io.writeJson(QJsonDocument(result));
        return 0;
    }
    io.out << QCoreApplication::translate("PreviewCommand", "File: %1\nFormat: %2, encoding %3%4")
                  .arg(path, reader->formatName(), reader->encoding(),
                       delimiter.isEmpty() ? QString() : QStringLiteral(", delimiter \"%1\"").arg(delimiter))
           << Qt::endl;
    if (!reader->sheetName().isEmpty())
        io.out << QCoreApplication::translate("PreviewCommand", "Sheet: %1").arg(reader->sheetName()) << Qt::endl;
    io.out << QCoreApplication::translate("PreviewCommand", "Columns (%1): ").arg(reader->headers().size())
           << reader->headers().join(QLatin1String(" | ")) << Qt::endl;
    for (const SourceRow &r : rows) {
        io.out << QCoreApplication::translate("PreviewCommand", "row %1:").arg(r.rowNumber) << Qt::endl;
        for (int i = 0; i < r.fields.size(); ++i) {
            const QString name = i < reader->headers().size() ? reader->headers().at(i)
                                                              : QCoreApplication::translate("PreviewCommand", "(extra %1)").arg(i + 1);
            QString value = r.fields.at(i);
            value.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
            io.out << QStringLiteral("  %1: %2").arg(name, value) << Qt::endl;
        }
    }
    // Notes cover the rows read (a workbook's formulas and Excel errors among them).
    for (const QString &note : reader->notes())
        io.out << QCoreApplication::translate("PreviewCommand", "Note: %1").arg(note) << Qt::endl;
    return 0;
}

} // namespace fc
