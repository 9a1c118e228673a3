#include "resolve/resolvejob.h"

#include "resolve/entityresolver.h"
#include "store/workspace.h"

namespace fc {

ResolveReport ResolveJob::run(const WorkspaceAccess &access, const ResolveSettings &settings,
                              const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    QString error;
    auto workspace = access.open(&error);
    if (!workspace) {
        ResolveReport report;
        report.ok = false;
        report.message = error;
        return report;
    }
    EntityResolver resolver(*workspace);
    resolver.setProgressCallback(progress);
    resolver.setCancelFlag(cancel);
    return resolver.run(settings);
}

} // namespace fc
