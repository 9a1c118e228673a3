#pragma once

#include "model/grading.h"
#include "offenders/motivation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace fc {

class Workspace;

/** One state of a person's motivation: what the analyst recorded, how graded, why, who and when. */
struct MotivationRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    std::optional<Motivation> motivation; // nullopt: no motivation (the first one was reverted)
    Grading grading;
    QString reason;
    QString decidedBy;
    QString decidedAt;   // UTC, ISO 8601
    qint64 replacesId = 0; // a revert: the record it undid; 0 otherwise
};

/**
 * The analyst's assessment of why people offend, with its whole history. Nothing is ever
 * overwritten or deleted: setting a motivation appends a state, and reverting one appends the
 * state that stood before it (with the reverted record named), so that an undo stack can call
 * set() on redo and revert() on undo. Every change is an alteration in the audit trail.
 */
class MotivationRegister
{
    Q_DECLARE_TR_FUNCTIONS(MotivationRegister)

public:
    explicit MotivationRegister(Workspace &workspace);

    /** Records a motivation for a live person. Returns the new record's id, or 0 and *error. */
    qint64 set(qint64 personId, Motivation motivation, const Grading &grading, const QString &reason,
               QString *error);
    /**
     * Undoes the record recordId, which must be the person's latest: appends the state before it
     * (or "none"). Returns the new record's id, or 0 and *error.
     */
    qint64 revert(qint64 recordId, const QString &reason, QString *error);

    /** The person's standing motivation, or nullopt when none is recorded (or it was reverted). */
    std::optional<MotivationRecord> current(qint64 personId);
    /** Every state recorded for the person, oldest first. */
    QList<MotivationRecord> history(qint64 personId);
    /** The standing motivation of everyone who has one. */
    QHash<qint64, Motivation> currentAll();

private:
    qint64 append(qint64 personId, std::optional<Motivation> motivation, const Grading &grading,
                  const QString &reason, qint64 replacesId, QString *error);
    std::optional<MotivationRecord> record(qint64 recordId);

    Workspace &m_workspace;
};

} // namespace fc
