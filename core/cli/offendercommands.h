#pragma once

#include <QDate>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace fc {

class CliApplication;

/** Registers the offender-management commands (profile, motivation, offenders, interventions). */
void addOffenderCommands(CliApplication &app);

/** The --as-of date of an offender command (today when not given); nullopt when it is not a date. */
std::optional<QDate> offenderAsOf(const QCommandLineParser &parser);

} // namespace fc
