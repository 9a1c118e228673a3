#include "cli/spectemplatecommand.h"

#include "ingest/spectemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace fc {

QString SpecTemplateCommand::summary() const
{
    return QCoreApplication::translate("SpecTemplateCommand", "Write a starting import spec from a file's header.");
}

void SpecTemplateCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        QCoreApplication::translate("SpecTemplateCommand", "Write the spec to this file instead of standard output."),
        QStringLiteral("S.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("header-row"),
        QCoreApplication::translate("SpecTemplateCommand", "Row number of the header (default 1)."), QStringLiteral("N"),
        QStringLiteral("1")));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("SpecTemplateCommand", "Export file."));
}

int SpecTemplateCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    if (parser.positionalArguments().size() != 1)
        return io.fail(QCoreApplication::translate("SpecTemplateCommand", "spec-template: name one export file"), 2);
    ReaderOptions options;
    options.headerRow = parser.value(QStringLiteral("header-row")).toInt();
    QString error;
    const QJsonObject spec = SpecTemplate::fromFile(parser.positionalArguments().constFirst(), options, &error);
    if (spec.isEmpty())
        return io.fail(error);
    const QByteArray text = QJsonDocument(spec).toJson(QJsonDocument::Indented);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        io.out << QString::fromUtf8(text);
        return 0;
    }
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return io.fail(QCoreApplication::translate("SpecTemplateCommand", "cannot write %1: %2").arg(outPath, file.errorString()));
    io.err << QCoreApplication::translate("SpecTemplateCommand",
                  "Wrote %1: set the organisation, grading and offence values before importing.").arg(outPath)
           << Qt::endl;
    return 0;
}

} // namespace fc
