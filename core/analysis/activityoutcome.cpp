#include "analysis/activityoutcome.h"

#include <QHash>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

namespace {

qint64 dayOf(const QString &isoDateTime)
{
    const QDate d = QDate::fromString(isoDateTime.left(10), Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

struct Tally
{
    qint64 beforeIncidents = 0, afterIncidents = 0;
    double beforeHarm = 0, afterHarm = 0;
};

void add(OutcomeGroup &g, const Tally &t)
{
    ++g.units;
    g.beforeIncidents += t.beforeIncidents;
    g.afterIncidents += t.afterIncidents;
    g.beforeHarm += t.beforeHarm;
    g.afterHarm += t.afterHarm;
}

double perUnitChange(const OutcomeGroup &g, bool harm)
{
    return harm ? (g.afterHarm - g.beforeHarm) / g.units : double(g.afterIncidents - g.beforeIncidents) / g.units;
}

} // namespace

QString ActivityOutcome::method()
{
    return tr("Difference in differences of the per-unit means over two windows of equal length either side of the "
              "activity's start (before: the W days before it; after: the start day and the W-1 days after): "
              "(treated after - treated before) / treated units - (comparison after - comparison before) / comparison "
              "units. Negative = fewer incidents (less harm) at the targets than the comparison's trend. Displacement "
              "and diffusion of benefit: the weighted displacement quotient of Bowers and Johnson (2003), WDQ = "
              "(Ba/Ca - Bb/Cb) / (Ta/Ca - Tb/Cb) with T the targeted places, B the places within the buffer and C the "
              "comparison places, a after and b before; when the targets improved (denominator below 0), WDQ above 0 "
              "is diffusion of benefit, below 0 displacement, and beyond -1 more displaced than prevented.");
}

QStringList ActivityOutcome::caveats()
{
    return {tr("Regression to the mean: places and people are chosen for an activity when their offending peaks, so it "
               "tends to fall afterwards anyway; the comparison set is chosen with a similar level before to temper this, "
               "not to remove it."),
            tr("Recording changes: retailer-recorded shop theft depends on how hard security staff look; an activity that "
               "puts more staff or attention on a store can raise the recorded count while offending falls."),
            tr("Small numbers: a few incidents either way change these figures; they are not tests of significance."),
            tr("Before and after at the targets against a comparison is evidence of association, not proof that the "
               "activity caused the change (other activities, seasons and events overlap).")};
}

ResolvedTargets ActivityOutcome::resolve(const ActivityRecord &activity, const HarmData &data,
                                         const PlaceHarm::AreaLookup &areaOf, const InterventionPerson &personOf)
{
    ResolvedTargets r;
    for (const ActivityTarget &t : activity.targets) {
        const qint64 id = t.target.toLongLong();
        const QString name = t.label.isEmpty() ? QStringLiteral("%1 %2").arg(t.kind, t.target)
                                               : QStringLiteral("%1 %2 (%3)").arg(t.kind, t.target, t.label);
        if (t.kind == QLatin1String("place")) {
            if (data.places.contains(id))
                r.places.insert(id);
            else
                r.unresolved << tr("%1: no incidents at this place in the data").arg(name);
        } else if (t.kind == QLatin1String("area")) {
            int found = 0;
            if (areaOf) {
                for (auto it = data.places.cbegin(); it != data.places.cend(); ++it)
                    if (it->located && areaOf(it->bng).first.compare(t.target, Qt::CaseInsensitive) == 0) {
                        r.places.insert(it.key());
                        ++found;
                    }
            }
            if (!found)
                r.unresolved << (areaOf ? tr("%1: no located place in this area").arg(name)
                                        : tr("%1: no area boundaries to find its places").arg(name));
        } else if (t.kind == QLatin1String("network")) {
            // Recorded by its anchor offender (ActivityRegister::add): the network that holds them
            // now. A bare key (N2) is taken as numbered now.
            QString key = t.target;
            bool anchored = false;
            const qint64 anchor = t.target.toLongLong(&anchored);
            if (anchored) {
                const auto it = data.networkOfOffender.constFind(anchor);
                key = it == data.networkOfOffender.cend() ? QString() : it->first;
            }
            int found = 0;
            for (auto it = data.networkOfOffender.cbegin(); !key.isEmpty() && it != data.networkOfOffender.cend(); ++it)
                if (it->first == key) {
                    r.offenders.insert(it.key());
                    ++found;
                }
            if (!found)
                r.unresolved << (anchored ? tr("%1: offender %2, who anchors the network, is in no offender network "
                                               "of the data now").arg(name).arg(anchor)
                                          : tr("%1: no such offender network in the data").arg(name));
        } else if (t.kind == QLatin1String("offender")) {
            r.offenders.insert(id);
        } else if (t.kind == QLatin1String("intervention")) {
            const qint64 person = personOf ? personOf(id) : 0;
            if (person > 0)
                r.offenders.insert(person);
            else
                r.unresolved << tr("%1: no such recorded intervention").arg(name);
        }
    }
    return r;
}

ActivityOutcomeResult ActivityOutcome::measure(const ActivityRecord &activity, const ResolvedTargets &targets,
                                               const HarmData &data, const HarmTable &table, const OutcomeOptions &options)
{
    ActivityOutcomeResult out;
    out.activity = activity;
    out.unresolved = targets.unresolved;
    const bool byPlace = !targets.places.isEmpty();
    if (!byPlace && targets.offenders.isEmpty()) {
        out.interpretation = tr("No target of this activity was found in the data: no outcome can be measured.");
        return out;
    }
    out.unit = byPlace ? QStringLiteral("place") : QStringLiteral("offender");
    if (byPlace && !targets.offenders.isEmpty())
        out.unresolved << tr("the offenders targeted are not measured: the outcome is counted at the targeted places");

    int w = options.windowDays;
    if (w <= 0)
        w = activity.endedOn.isValid() ? int(activity.startedOn.daysTo(activity.endedOn)) + 1 : 90;
    out.windowDays = w;
    out.beforeFrom = activity.startedOn.addDays(-w);
    out.beforeTo = activity.startedOn.addDays(-1);
    out.afterFrom = activity.startedOn;
    out.afterTo = activity.startedOn.addDays(w - 1);
    const qint64 b0 = out.beforeFrom.toJulianDay(), b1 = out.beforeTo.toJulianDay();
    const qint64 a0 = out.afterFrom.toJulianDay(), a1 = out.afterTo.toJulianDay();

    // Tally every unit with incidents in either window.
    QHash<qint64, Tally> tally;
    QSet<qint64> placesWithIncidents; // places (not addresses): an incident on record at any date
    qint64 lastDay = 0;
    for (const HarmIncident &inc : data.incidents) {
        if (inc.placeId)
            placesWithIncidents.insert(inc.placeId);
        const qint64 day = dayOf(inc.occurredAt);
        lastDay = std::max(lastDay, day);
        const bool before = day >= b0 && day <= b1;
        const bool after = day >= a0 && day <= a1;
        if (!before && !after)
            continue;
        const std::optional<double> weight = table.weight(inc.offence);
        if (!weight)
            ++out.unweightedIncidents;
        const double harm = weight.value_or(0);
        auto count = [&](qint64 unit) {
            Tally &t = tally[unit];
            if (before) {
                ++t.beforeIncidents;
                t.beforeHarm += harm;
            } else {
                ++t.afterIncidents;
                t.afterHarm += harm;
            }
        };
        if (byPlace) {
            if (inc.placeId)
                count(inc.placeId);
        } else {
            for (qint64 person : data.offenders.value(inc.id))
                count(person);
        }
    }
    const QDate asOf = options.asOf.isValid() ? options.asOf : (lastDay ? QDate::fromJulianDay(lastDay) : QDate());
    out.afterComplete = asOf.isValid() && out.afterTo <= asOf;

    // Treated units: every target (with no incidents in the windows it still counts, as zero).
    const QSet<qint64> &treatedIds = byPlace ? targets.places : targets.offenders;
    qint64 minBefore = std::numeric_limits<qint64>::max(), maxBefore = 0;
    for (qint64 id : treatedIds) {
        const Tally t = tally.value(id);
        add(out.treated, t);
        minBefore = std::min(minBefore, t.beforeIncidents);
        maxBefore = std::max(maxBefore, t.beforeIncidents);
    }

    // The buffer: untargeted located places within the distance of a located targeted place.
    QSet<qint64> bufferIds;
    if (byPlace) {
        QList<QPointF> targetPoints;
        for (qint64 id : treatedIds) {
            const auto it = data.places.constFind(id);
            if (it != data.places.cend() && it->located)
                targetPoints << it->bng;
        }
        for (auto it = data.places.cbegin(); it != data.places.cend(); ++it) {
            if (treatedIds.contains(it.key()) || !it->located || !placesWithIncidents.contains(it.key()))
                continue;
            for (const QPointF &p : targetPoints)
                if (QLineF(p, it->bng).length() <= options.bufferMetres) {
                    bufferIds.insert(it.key());
                    break;
                }
        }
        for (qint64 id : bufferIds)
            add(out.buffer, tally.value(id));
        out.bufferRule = tr("untargeted places within %1 m (straight line, British National Grid) of a targeted place; "
                            "%2 of %3 targeted places located")
                             .arg(options.bufferMetres).arg(targetPoints.size()).arg(treatedIds.size());
    }

    // The comparison set: untargeted units (outside the buffer) with a similar level before.
    auto eligible = [&](qint64 id) { return !treatedIds.contains(id) && !bufferIds.contains(id); };
    QList<qint64> candidates;
    if (byPlace) {
        for (qint64 id : std::as_const(placesWithIncidents))
            if (eligible(id))
                candidates << id;
    } else {
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            if (eligible(it.key()))
                candidates << it.key();
    }
    std::sort(candidates.begin(), candidates.end());
    // Similar: a before-window count from half the targets' lowest to one and a half times their highest.
    const qint64 low = qint64(std::floor(0.5 * double(minBefore)));
    const qint64 high = qint64(std::ceil(1.5 * double(maxBefore)));
    for (qint64 id : std::as_const(candidates)) {
        const Tally t = tally.value(id);
        if (t.beforeIncidents >= low && t.beforeIncidents <= high && t.beforeIncidents + t.afterIncidents > 0)
            add(out.comparison, t);
    }
    const QString unitName = byPlace ? tr("places") : tr("offenders");
    out.comparisonRule = tr("the %1 not targeted%2 with between %3 and %4 incidents in the before window (half the "
                            "targets' lowest, %5, to one and a half times their highest, %6) and at least one incident "
                            "in either window")
                             .arg(unitName, byPlace ? tr(" (and not in the buffer) that have an incident on record, and") : QString())
                             .arg(low).arg(high).arg(minBefore).arg(maxBefore);
    if (out.comparison.units == 0) {
        for (qint64 id : std::as_const(candidates)) {
            const Tally t = tally.value(id);
            if (t.beforeIncidents + t.afterIncidents > 0)
                add(out.comparison, t);
        }
        out.comparisonRule = tr("no untargeted %1 had a similar level before, so all the %1 not targeted%2 with at "
                                "least one incident in either window")
                                 .arg(unitName, byPlace ? tr(" and not in the buffer") : QString());
    }

    if (out.treated.units > 0 && out.comparison.units > 0) {
        out.didIncidents = perUnitChange(out.treated, false) - perUnitChange(out.comparison, false);
        out.didHarm = perUnitChange(out.treated, true) - perUnitChange(out.comparison, true);
        if (out.comparison.beforeIncidents > 0)
            out.expectedIncidents = double(out.treated.beforeIncidents) * double(out.comparison.afterIncidents)
                / double(out.comparison.beforeIncidents);
        if (out.buffer.units > 0)
            out.bufferDidIncidents = perUnitChange(out.buffer, false) - perUnitChange(out.comparison, false);
    }
    const double ca = double(out.comparison.afterIncidents), cb = double(out.comparison.beforeIncidents);
    if (byPlace && out.buffer.units > 0 && ca > 0 && cb > 0) {
        const double success = double(out.treated.afterIncidents) / ca - double(out.treated.beforeIncidents) / cb;
        if (success != 0)
            out.wdq = (double(out.buffer.afterIncidents) / ca - double(out.buffer.beforeIncidents) / cb) / success;
    }

    // Interpretation, in words.
    QStringList words;
    if (!out.didIncidents) {
        words << tr("No comparison could be made.");
    } else {
        words << tr("Per %1, incidents changed by %2 more than at the comparison %3 (difference in differences; harm %4).")
                     .arg(byPlace ? tr("targeted place") : tr("targeted offender"))
                     .arg(*out.didIncidents, 0, 'f', 2)
                     .arg(unitName)
                     .arg(*out.didHarm, 0, 'f', 1);
        if (out.expectedIncidents)
            words << tr("Had the targets followed the comparison's trend: %1 incidents expected after, %2 recorded.")
                         .arg(*out.expectedIncidents, 0, 'f', 1).arg(out.treated.afterIncidents);
    }
    if (byPlace) {
        if (!out.wdq)
            words << tr("Displacement: not measurable (no places in the buffer, no comparison incidents, or no change at "
                        "the targets relative to the comparison).");
        else {
            const double success = double(out.treated.afterIncidents) / ca - double(out.treated.beforeIncidents) / cb;
            if (success > 0)
                words << tr("WDQ %1: the targets did worse than the comparison, so the quotient does not measure "
                            "displacement here.").arg(*out.wdq, 0, 'f', 2);
            else if (*out.wdq > 0)
                words << tr("WDQ %1: diffusion of benefit to the places nearby.").arg(*out.wdq, 0, 'f', 2);
            else if (*out.wdq < -1)
                words << tr("WDQ %1: displacement larger than the reduction at the targets.").arg(*out.wdq, 0, 'f', 2);
            else if (*out.wdq < 0)
                words << tr("WDQ %1: some displacement to the places nearby, less than the reduction at the targets.")
                             .arg(*out.wdq, 0, 'f', 2);
            else
                words << tr("WDQ 0: no change nearby relative to the comparison.");
        }
    }
    if (!out.afterComplete)
        words << tr("The after window has not ended on %1: the figures are provisional.").arg(asOf.toString(Qt::ISODate));
    out.interpretation = words.join(QLatin1Char(' '));
    return out;
}

} // namespace fc
