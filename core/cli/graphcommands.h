#pragma once

namespace fc {

class CliApplication;

/** Registers the link-analysis commands (networks, centrality, path, neighbours, brokers). */
void addGraphCommands(CliApplication &app);

} // namespace fc
