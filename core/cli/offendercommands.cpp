#include "cli/offendercommands.h"

#include "cli/cliapplication.h"
#include "cli/interventionscommand.h"
#include "cli/motivationcommand.h"
#include "cli/offenderscommand.h"
#include "cli/profilecommand.h"

#include <QCommandLineParser>

namespace fc {

void addOffenderCommands(CliApplication &app)
{
    app.add(std::make_unique<ProfileCommand>());
    app.add(std::make_unique<MotivationCommand>());
    app.add(std::make_unique<OffendersCommand>());
    app.add(std::make_unique<InterventionsCommand>());
}

std::optional<QDate> offenderAsOf(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace fc
