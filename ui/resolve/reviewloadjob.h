#pragma once

#include "resolve/pairexplainer.h"
#include "resolve/reviewpriority.h"
#include "resolve/reviewqueue.h"
#include "store/workspaceaccess.h"

#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace fc {

/** What the review pane shows of the queue: the count, the first pair, its two sides and waterfall. */
struct ReviewLoad
{
    int waiting = 0;
    std::optional<ReviewPriority::Ranked> first;
    ReviewSide sideA;
    ReviewSide sideB;
    /** The Fellegi-Sunter waterfall of a person pair under the saved model; empty without one. */
    std::optional<PairExplanation> explanation;
    QString error;
    bool cancelled = false;
    /** The thread the reading was done on (tests check it is not the GUI thread). */
    QThread *thread = nullptr;
};

/**
 * Reads what the review pane shows (ReviewQueue's prioritised order reads every link, the
 * PairExplainer every person record) in a worker thread, on a connection of its own (one SQLite
 * connection per thread), cancellable between its steps. load() does the same on a connection
 * the caller owns.
 */
class ReviewLoadJob
{
public:
    static ReviewLoad run(const WorkspaceAccess &access, const std::atomic_bool *cancel);
    static ReviewLoad load(Workspace &workspace, const std::atomic_bool *cancel);
};

} // namespace fc
