#include "cli/graphcommands.h"

#include "cli/cliapplication.h"

namespace fc {

void addGraphCommands(CliApplication &app)
{
    Q_UNUSED(app);
}

} // namespace fc
