#pragma once

#include "analysis/activity.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace fc {

class Workspace;

/**
 * The activities recorded in a workspace (core API of `activities` and the workstation). Every
 * change is an alteration in the audit trail. remove() returns the whole record and restore() puts
 * it back with its id, which is what an undo command needs.
 */
class ActivityRegister
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRegister)

public:
    explicit ActivityRegister(Workspace &workspace);

    static QStringList typeNames();
    static QString typeDisplayName(const QString &type);
    static QStringList targetKinds();

    /**
     * Records an activity (its id ignored); returns the new id, or 0 and *error. A network target
     * given by its key now (N1, N2..., as `places --by network` and the assessment number them) is
     * stored by its anchor: the network's offender with the smallest id, labelled "N2 when
     * recorded". Imports renumber the networks; the anchor keeps meaning the same one.
     */
    qint64 add(const ActivityRecord &activity, QString *error);
    /** Removes an activity; the record as it was, or nullopt and *error. */
    std::optional<ActivityRecord> remove(qint64 id, QString *error);
    /** Puts back a removed activity with its own id; false and *error (e.g. the id is taken). */
    bool restore(const ActivityRecord &activity, QString *error);

    std::optional<ActivityRecord> activity(qint64 id);
    /** Every activity, by start date then id. */
    QList<ActivityRecord> activities();

    /** Whether add() would accept the record; false and *error (what is wrong) if not. */
    bool validate(const ActivityRecord &activity, QString *error) const;

    /** Whether the record names a network by its key now (N1, N2...), which add() must anchor. */
    static bool namesNetworkKeys(const ActivityRecord &activity);
    /**
     * Replaces each network key target by its anchor (see add()); false and *error when a key names
     * no network now. Finds the offender networks, which takes seconds on a large workspace: the
     * workstation calls it on a connection of its own off the UI thread, then add() has nothing
     * left to find.
     */
    bool anchorNetworks(ActivityRecord *activity, QString *error);

private:
    bool insert(const ActivityRecord &activity, bool keepId, qint64 *id, QString *error);

    Workspace &m_workspace;
};

} // namespace fc
