#pragma once

#include "resolve/resolvetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

class Workspace;

/**
 * Merges and unmerges entities in the workspace, reversibly. A merge only sets merged_into on
 * the absorbed entity (and on the entities already merged into it, so that merged_into always
 * names a live entity, which is what the workspace queries expect): no source record, attribute,
 * key or link is touched, so provenance is kept. Each merge records the previous merged_into of
 * every entity it changed; unmerge puts exactly those values back. Every change is written to
 * the audit trail (combination, alteration) and refreshes the full-text entries concerned.
 */
class MergeLedger
{
    Q_DECLARE_TR_FUNCTIONS(MergeLedger)

public:
    explicit MergeLedger(Workspace &workspace);

    /** The live entity that id is (or was merged into). 0 when there is no such entity. */
    qint64 rootOf(qint64 entityId);

    /**
     * Merges the entities a and b (or the live entities they were merged into) in one
     * transaction; the older entity (smaller id) survives. Returns the merge id, or 0 with
     * *error set (also when they are already one).
     */
    qint64 merge(qint64 a, qint64 b, double score, const QString &explanation, const QString &method,
                 QString *error);
    /**
     * Undoes a merge, in one transaction. Refused (with *error) when the merge is already undone
     * or when a later merge built on it; that one has to be undone first.
     */
    bool unmerge(qint64 mergeId, QString *error);

    /**
     * As merge(), for callers that hold their own transaction: does not refresh the search
     * entries, but adds the entities whose entries need refreshing to *touched.
     */
    qint64 mergeWithin(qint64 a, qint64 b, double score, const QString &explanation, const QString &method,
                       QList<qint64> *touched, QString *error);
    /** As unmerge(), for callers that hold their own transaction (refreshes the search entries). */
    bool unmergeWithin(qint64 mergeId, QString *error);

    std::optional<MergeRecord> mergeRecord(qint64 mergeId);
    /** The standing merges that made up this entity (what it was merged from, and why). */
    QList<MergeRecord> mergesInto(qint64 entityId);
    /** Every merge, newest first; limit < 0 = all. */
    QList<MergeRecord> history(int limit = -1);

    void setUserName(const QString &userName) { m_userName = userName; }

private:
    Workspace &m_workspace;
    QString m_userName;
};

} // namespace fc
