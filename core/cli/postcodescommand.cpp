#include "cli/postcodescommand.h"

#include "analysis/harmanalysis.h"
#include "analysis/postcodetable.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostcodesCommand", text);
}

} // namespace

QString PostcodesCommand::summary() const
{
    return tr("The postcode table that locates places without coordinates (load|count).");
}

void PostcodesCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("load FILE (replaces the table) or count."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("load: ONSPD or other CSV with a header, or Code-Point Open."),
                                 QStringLiteral("[FILE]"));
    parser.addOption(QCommandLineOption(QStringLiteral("codepoint"),
                                        tr("The file is Code-Point Open (no header: postcode, quality, easting, northing).")));
}

int PostcodesCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("count")) {
        const qint64 n = workspace.database().scalarInt(QStringLiteral("SELECT count(*) FROM postcodes"), 0);
        if (io.json)
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("postcodes"), n}}));
        else
            io.out << tr("%1 postcodes or districts").arg(n) << Qt::endl;
        return 0;
    }
    if (args.value(0) != QLatin1String("load") || args.size() != 2)
        return io.fail(tr("postcodes: use `postcodes load FILE` or `postcodes count`"), 2);
    PostcodeLoadResult result;
    QString error;
    if (!PostcodeTable::load(workspace.database(), args.at(1), parser.isSet(QStringLiteral("codepoint")), &result, &error))
        return io.fail(QStringLiteral("postcodes: %1").arg(error));
    // Places located by postcode move into the R*Tree of located places.
    if (!HarmAnalysis::indexPlaces(workspace.database(), &error))
        return io.fail(QStringLiteral("postcodes: %1").arg(error));
    if (io.json)
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("loaded"), result.loaded},
                                               {QStringLiteral("skipped_no_location"), result.skippedNoLocation},
                                               {QStringLiteral("format"), result.format}}));
    else
        io.out << tr("%1 postcodes loaded (%2 without a grid reference skipped), from %3")
                      .arg(result.loaded).arg(result.skippedNoLocation).arg(result.format)
               << Qt::endl;
    return 0;
}

} // namespace fc
