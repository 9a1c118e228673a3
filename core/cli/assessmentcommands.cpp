#include "cli/assessmentcommands.h"

#include "cli/activitiescommand.h"
#include "cli/assesscommand.h"
#include "cli/cliapplication.h"

namespace fc {

void addAssessmentCommands(CliApplication &app)
{
    app.add(std::make_unique<ActivitiesCommand>());
    app.add(std::make_unique<AssessCommand>());
}

} // namespace fc
