#include "cli/cliapplication.h"

#include "cli/auditcommand.h"
#include "cli/democommand.h"
#include "cli/encryptioncommand.h"
#include "cli/entitiescommand.h"
#include "cli/importcommand.h"
#include "cli/infocommand.h"
#include "cli/legalnotescommand.h"
#include "cli/previewcommand.h"
#include "cli/resolvecommand.h"
#include "cli/retentioncommand.h"
#include "cli/searchcommand.h"
#include "cli/spectemplatecommand.h"
#include "cli/casefilecommand.h"
#include "cli/graphcommands.h"
#include "cli/harmcommand.h"
#include "cli/hotspotscommand.h"
#include "cli/placescommand.h"
#include "cli/postcodescommand.h"
#include "cli/trendscommand.h"
#include "cli/offendercommands.h"
#include "cli/partnerexportcommand.h"
#include "cli/assessmentcommands.h"

#include <QCoreApplication>

namespace fc {

CliApplication::CliApplication() = default;
CliApplication::~CliApplication() = default;

void CliApplication::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

std::unique_ptr<CliApplication> CliApplication::createDefault()
{
    auto app = std::make_unique<CliApplication>();
    app->add(std::make_unique<DemoCommand>());
    app->add(std::make_unique<ImportCommand>());
    app->add(std::make_unique<InfoCommand>());
    app->add(std::make_unique<SearchCommand>());
    app->add(std::make_unique<EntitiesCommand>());
    app->add(std::make_unique<SpecTemplateCommand>());
    app->add(std::make_unique<PreviewCommand>());
    app->add(std::make_unique<AuditCommand>());
    app->add(std::make_unique<EncryptionCommand>());
    app->add(std::make_unique<RetentionCommand>());
    app->add(std::make_unique<ResolveCommand>());
    addGraphCommands(*app);
    app->add(std::make_unique<HarmCommand>());
    app->add(std::make_unique<PlacesCommand>());
    app->add(std::make_unique<HotspotsCommand>());
    app->add(std::make_unique<PostcodesCommand>());
    app->add(std::make_unique<TrendsCommand>());
    addOffenderCommands(*app);
    app->add(std::make_unique<CaseFileCommand>());
    app->add(std::make_unique<PartnerExportCommand>());
    app->add(std::make_unique<LegalNotesCommand>());
    addAssessmentCommands(*app);
    return app;
}

bool CliApplication::needsGui(const QString &command) const
{
    for (const auto &c : m_commands)
        if (c->name() == command)
            return c->needsGui();
    return false;
}

QString CliApplication::usage() const
{
    QString text = QCoreApplication::translate("CliApplication",
        "Usage: fusioncell-cli <command> [options]\n\nFusionCell headless tools. Commands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name(), -16).arg(c->summary());
    text += QCoreApplication::translate("CliApplication",
        "\nRun \"fusioncell-cli <command> --help\" for a command's options; --json gives machine output.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliIo io{out, err};
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")
        || arguments.at(1) == QLatin1String("help")) {
        out << usage();
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << "fusioncell-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString name = arguments.at(1);
    for (const auto &command : m_commands) {
        if (command->name() != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      QCoreApplication::translate("CliApplication", "Show this help."));
        const QCommandLineOption json(QStringLiteral("json"),
                                      QCoreApplication::translate("CliApplication", "Write machine-readable JSON."));
        parser.addOption(help);
        parser.addOption(json);
        command->setup(parser);
        QStringList args = arguments.mid(1);
        args[0] = QStringLiteral("fusioncell-cli ") + name;
        if (!parser.parse(args))
            return io.fail(QStringLiteral("%1: %2").arg(name, parser.errorText()), 2);
        if (parser.isSet(help)) {
            // QCommandLineParser names the program by the path it was started with
            // ("Usage: build/bin/fusioncell-cli [options] FILE..."): the user typed a command.
            QString text = parser.helpText();
            const QString program = QCoreApplication::arguments().value(0);
            const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
            if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
                text.replace(at, program.size(), QStringLiteral("fusioncell-cli ") + name);
            out << text;
            return 0;
        }
        io.json = parser.isSet(json);
        return command->run(parser, io);
    }
    err << "fusioncell-cli: unknown command \"" << name << "\"\n" << usage();
    return 2;
}

} // namespace fc
