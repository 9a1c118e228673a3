#include "profile/profilejob.h"

#include "offenders/profilebuilder.h"
#include "offenders/workspaceharm.h"
#include "store/workspace.h"

namespace fc {

ProfileJobResult ProfileJob::run(const WorkspaceAccess &access, qint64 personId, const QDate &asOf,
                                 const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    ProfileJobResult result;
    result.personId = personId;
    QString error;
    auto workspace = access.open(&error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    if (progress)
        progress(0.1);
    QString harmTable;
    ProfileBuilder builder(*workspace, WorkspaceHarm::active(*workspace, &harmTable));
    builder.setAsOf(asOf);
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    result.profile = builder.build(personId, &error);
    if (!result.profile)
        result.error = error;
    result.cancelled = cancel && cancel->load();
    if (progress)
        progress(1.0);
    return result;
}

} // namespace fc
