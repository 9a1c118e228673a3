#pragma once

#include "offenders/motivation.h"
#include "offenders/prioritybands.h"
#include "offenders/priorityscore.h"
#include "store/workspaceaccess.h"

#include <QDate>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace fc {

/** One row of the offenders table: the score with its explanation, who, and the motivation. */
struct OffenderRow
{
    PriorityScore score;
    QString person;                     // the name, with what tells namesakes apart for the first rows
    std::optional<Motivation> motivation;
};

/** What a ranking returned: every person ranked, the bands used, the last review. */
struct OffenderJobResult
{
    QList<OffenderRow> rows;
    PriorityBands bands;
    bool bandsCustomised = false;
    QString harmTable;     // the harm weights used, in words
    QDate asOf;
    qint64 lastReviewId = 0;
    QString lastReviewAt;
    QString error;
    bool cancelled = false;
};

/**
 * Ranks the workspace's offenders by the recency-frequency-harm priority, with explanations:
 * meant for a worker thread, on a connection of its own. The list names people, so a finished
 * ranking is a consultation in the audit trail, as `fusioncell-cli offenders` logs it.
 */
class OffenderJob
{
public:
    /** People beyond this rank are shown by name only (the display of namesakes costs a query each). */
    static constexpr int detailedRows = 1000;

    static OffenderJobResult run(const WorkspaceAccess &access, const QDate &asOf,
                                 const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
