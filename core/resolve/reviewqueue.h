#pragma once

#include "resolve/resolvetypes.h"
#include "resolve/reviewpriority.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

class Workspace;

/**
 * The review queue: candidate pairs scored between the review and merge thresholds, waiting for
 * an analyst to accept (merge), reject (keep apart) or skip them. Accept and reject are
 * remembered as decisions, so that the next resolution run, after a re-import, does not ask
 * again; skipped pairs go to the back of the queue. Pairs whose two sides have since become one
 * entity (or were decided) leave the queue by themselves.
 */
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    enum class Decision { Same, Different };

    explicit ReviewQueue(Workspace &workspace);

    /** Pending pairs, unskipped first, strongest first; type filters when given. */
    QList<ReviewItem> pending(std::optional<EntityType> type = std::nullopt, int limit = -1);
    /**
     * Pending pairs in the order a decision is worth (ReviewPriority: joining two networks, a
     * prolific offender, closeness to the decision boundary; skipped last), each with its reason.
     */
    QList<ReviewPriority::Ranked> prioritised(std::optional<EntityType> type = std::nullopt, int limit = -1);
    int pendingCount();
    std::optional<ReviewItem> item(qint64 id);
    /** The side of a pair as the analyst sees it, with provenance. */
    ReviewSide side(qint64 entityId);

    /** Queues a pair (or updates its score and explanation); no-op for a pair already decided. */
    bool enqueue(EntityType type, qint64 a, qint64 b, double score, const QStringList &explanation,
                 QString *error);
    /**
     * Merges the pair (method "review") and remembers that they are the same. Other queued pairs
     * between the same two clusters (entities with everything merged into them) are settled with
     * it: remembered as the same and taken off the queue; settled counts them.
     */
    bool accept(qint64 id, QString *error, int *settled = nullptr, ReviewDecisionUndo *undo = nullptr);
    /** Keeps the pair apart and remembers it, and every other queued pair between the same two
     *  clusters with it (counted in settled). */
    bool reject(qint64 id, QString *error, int *settled = nullptr, ReviewDecisionUndo *undo = nullptr);
    /**
     * Takes back an accept or reject, in one transaction: the merge is undone (without remembering
     * the two as different, unlike an unmerge from the inspector), the remembered decisions are
     * put back as they were and the settled pairs return to the queue with their ids. Refused
     * when a later merge stands on the accept's merge. Written to the audit trail.
     */
    bool undoDecision(const ReviewDecisionUndo &undo, QString *error);
    /** Moves the pair to the back of the queue. */
    bool skip(qint64 id, QString *error);

    /** Remembers an analyst's decision about two entities (outside the queue, e.g. after unmerge). */
    bool remember(qint64 a, qint64 b, Decision decision, const QString &note, QString *error);
    /** All remembered decisions, entityA < entityB. */
    QList<RememberedDecision> decisions();
    /**
     * The mentions an entity (with everything merged into it) is made of, each as
     * "organisation|record key|role" (file name and row where a record has no key): what an
     * updated export of the same records mentions again.
     */
    QStringList mentionsOf(qint64 entityId);

    void setUserName(const QString &userName) { m_userName = userName; }

private:
    bool decide(qint64 id, Decision decision, QString *error, int *settled, ReviewDecisionUndo *undo);
    bool rememberUndoably(qint64 a, qint64 b, Decision decision, const QString &note, ReviewDecisionUndo *undo,
                          QString *error);
    bool dropFromQueue(qint64 id, ReviewDecisionUndo *undo);
    Workspace &m_workspace;
    QString m_userName;
};

} // namespace fc
