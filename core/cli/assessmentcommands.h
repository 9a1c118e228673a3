#pragma once

namespace fc {

class CliApplication;

/** Registers the activities and assessment commands (activities, assess). */
void addAssessmentCommands(CliApplication &app);

} // namespace fc
