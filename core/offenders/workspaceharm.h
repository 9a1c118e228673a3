#pragma once

#include "offenders/harmlookup.h"

#include <QCoreApplication>

namespace fc {

class Workspace;

/**
 * The harm weights offender management uses: the workspace's active harm table (core/analysis,
 * HarmStore), looked up once per offence. When no table can be read (a read-only workspace that
 * has none yet) every incident counts 1, and the description says so.
 */
class WorkspaceHarm
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceHarm)

public:
    /** The lookup, and in *description the table in words (title, edition, unit) or why there is none. */
    static HarmLookup active(Workspace &workspace, QString *description);
};

} // namespace fc
