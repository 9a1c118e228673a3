#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace fc {

/** What an activity is aimed at: kind "place" (location entity id), "area" (area code), "network"
 *  (offender network key), "offender" (person entity id) or "intervention" (recorded intervention id). */
struct ActivityTarget
{
    QString kind;
    QString target;
    QString label; // how the analyst named it (optional)

    bool operator==(const ActivityTarget &o) const { return kind == o.kind && target == o.target; }
};

/**
 * An activity recorded in the workspace: an operation, a patrol plan, target hardening, a network
 * disrupted or an offender intervention, with its dates, owner and targets. A removed activity is
 * given back whole (id included) so that an undo can restore it as it was.
 */
struct ActivityRecord
{
    qint64 id = 0;
    QString name;
    QString type;    // operation | patrol_plan | target_hardening | network_disruption | offender_intervention
    QDate startedOn;
    QDate endedOn;   // invalid: open-ended
    QString owner;
    QString notes;
    QList<ActivityTarget> targets;
    QString recordedBy;
    QString recordedAt;
};

} // namespace fc
