#include "offenders/workspaceharm.h"

#include "analysis/harmstore.h"
#include "store/workspace.h"

#include <QHash>

#include <memory>

namespace fc {

HarmLookup WorkspaceHarm::active(Workspace &workspace, QString *description)
{
    QString error;
    const std::optional<HarmTable> table = HarmStore(workspace.database()).activeTable(&error);
    if (!table) {
        if (description)
            *description = tr("no harm table (%1): each incident counts 1").arg(error);
        return {};
    }
    if (description)
        *description = tr("%1 (%2), %3; offences without a weight count 1")
                           .arg(table->title, table->edition, table->unit);
    // A table matches offences without regard to case by a scan; the few offence values are remembered.
    auto memo = std::make_shared<QHash<QString, std::optional<double>>>();
    return [table = *table, memo](const QString &offence) -> std::optional<double> {
        auto it = memo->constFind(offence);
        if (it != memo->constEnd())
            return *it;
        const std::optional<double> w = table.weight(offence);
        memo->insert(offence, w);
        return w;
    };
}

} // namespace fc
