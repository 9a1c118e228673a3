#include "cli/graphcommands.h"

#include "cli/brokerscommand.h"
#include "cli/centralitycommand.h"
#include "cli/cliapplication.h"
#include "cli/neighbourscommand.h"
#include "cli/networkscommand.h"
#include "cli/pathcommand.h"

namespace fc {

void addGraphCommands(CliApplication &app)
{
    app.add(std::make_unique<NetworksCommand>());
    app.add(std::make_unique<CentralityCommand>());
    app.add(std::make_unique<PathCommand>());
    app.add(std::make_unique<NeighboursCommand>());
    app.add(std::make_unique<BrokersCommand>());
}

} // namespace fc
