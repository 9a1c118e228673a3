#pragma once

#include "offenders/offenderprofile.h"
#include "store/workspaceaccess.h"

#include <QDate>
#include <atomic>
#include <functional>
#include <optional>

namespace fc {

/** What building a profile returned. */
struct ProfileJobResult
{
    qint64 personId = 0;
    std::optional<OffenderProfile> profile;
    QString error;
    bool cancelled = false;
};

/**
 * Builds a person's offender profile (core's ProfileBuilder, with the network role and the
 * workspace's harm table) in a worker thread on a connection of its own. The consultation is
 * recorded by the pane before the job starts (as the inspector does), so the job only reads.
 */
class ProfileJob
{
public:
    static ProfileJobResult run(const WorkspaceAccess &access, qint64 personId, const QDate &asOf,
                                const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
