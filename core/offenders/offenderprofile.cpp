#include "offenders/offenderprofile.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace fc {

namespace {

QJsonObject gradingJson(const Grading &g)
{
    QJsonObject o{{QStringLiteral("code"), g.code()}};
    if (!g.conditions.isEmpty())
        o.insert(QStringLiteral("conditions"), g.conditions);
    if (!g.legacySource.isEmpty())
        o.insert(QStringLiteral("legacy"), g.legacySource + g.legacyIntelligence + g.legacyHandling);
    return o;
}

QJsonArray sourcesJson(const QList<FactSource> &sources)
{
    QJsonArray out;
    for (const FactSource &s : sources)
        out.append(QJsonObject{{QStringLiteral("link"), s.linkId},
                               {QStringLiteral("import"), s.importId},
                               {QStringLiteral("organisation"), s.organisation},
                               {QStringLiteral("file"), s.fileName},
                               {QStringLiteral("grading"), s.grading.code()}});
    return out;
}

QString sourcesText(const QList<FactSource> &sources)
{
    QStringList parts;
    for (const FactSource &s : sources)
        parts << QStringLiteral("%1 %2").arg(s.organisation, s.grading.code().isEmpty() ? QStringLiteral("ungraded")
                                                                                      : s.grading.code());
    parts.removeDuplicates();
    return QLatin1Char('[') + parts.join(QLatin1String("; ")) + QLatin1Char(']');
}

QJsonArray linkedJson(const QList<ProfileLinked> &list)
{
    QJsonArray out;
    for (const ProfileLinked &l : list) {
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("label"), l.label},
                      {QStringLiteral("via"), QJsonArray::fromStringList(l.via)},
                      {QStringLiteral("incidents"), l.incidents},
                      {QStringLiteral("sources"), sourcesJson(l.sources)}};
        if (!l.detail.isEmpty())
            o.insert(QStringLiteral("detail"), l.detail);
        out.append(o);
    }
    return out;
}

QString money(double v)
{
    return QStringLiteral("£") + QString::number(v, 'f', 2);
}

} // namespace

double OffenderProfile::haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

QJsonObject OffenderProfile::toJson() const
{
    QJsonArray attrs;
    for (const AttributeValue &a : attributes)
        attrs.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("value"), a.value},
                                 {QStringLiteral("organisation"), a.provenance.organisation},
                                 {QStringLiteral("file"), a.provenance.fileName},
                                 {QStringLiteral("row"), a.provenance.rowNumber},
                                 {QStringLiteral("grading"), a.provenance.grading.code()}});
    QJsonArray incidentList;
    for (const ProfileIncident &i : incidents) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("reference"), i.reference},
                      {QStringLiteral("occurred_at"), i.occurredAt},
                      {QStringLiteral("offence"), i.offence},
                      {QStringLiteral("value_gbp"), i.valueGbp},
                      {QStringLiteral("harm"), i.harm ? QJsonValue(*i.harm) : QJsonValue()},
                      {QStringLiteral("harm_counted"), i.harm ? 0 : 1},
                      {QStringLiteral("role"), i.role},
                      {QStringLiteral("sources"), sourcesJson(i.sources)}};
        if (i.placeId) {
            o.insert(QStringLiteral("place_id"), i.placeId);
            o.insert(QStringLiteral("place"), i.place);
        }
        if (!i.area.isEmpty())
            o.insert(QStringLiteral("area"), i.area);
        incidentList.append(o);
    }
    QJsonArray areaList;
    for (const auto &[area, count] : areas)
        areaList.append(QJsonObject{{QStringLiteral("area"), area}, {QStringLiteral("incidents"), count}});
    QJsonArray hourList, dayList, legList, mergeList;
    for (int h : hours)
        hourList.append(h);
    for (int d : weekdays)
        dayList.append(d);
    for (const ProfileLeg &l : legs)
        legList.append(QJsonObject{{QStringLiteral("from_incident"), l.fromIncident},
                                   {QStringLiteral("to_incident"), l.toIncident},
                                   {QStringLiteral("km"), l.km},
                                   {QStringLiteral("days"), l.days}});
    for (const MergeRecord &m : mergedFrom)
        mergeList.append(QJsonObject{{QStringLiteral("merge"), m.id},
                                     {QStringLiteral("absorbed"), m.absorbedId},
                                     {QStringLiteral("method"), m.method},
                                     {QStringLiteral("score"), m.score},
                                     {QStringLiteral("explanation"), m.explanation},
                                     {QStringLiteral("decided_by"), m.decidedBy},
                                     {QStringLiteral("merged_at"), m.mergedAt}});
    QJsonObject out{
        {QStringLiteral("person"), person.toJson()},
        {QStringLiteral("attributes"), attrs},
        {QStringLiteral("incidents"), incidentList},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("incidents"), incidents.size()},
                                               {QStringLiteral("value_gbp"), totalValueGbp},
                                               {QStringLiteral("harm"), totalHarm},
                                               {QStringLiteral("harm_weighted_incidents"), harmWeighted},
                                               {QStringLiteral("harm_counted_incidents"), harmCounted},
                                               {QStringLiteral("first_seen"), firstSeen},
                                               {QStringLiteral("last_seen"), lastSeen}}},
        {QStringLiteral("co_offenders"), linkedJson(coOffenders)},
        {QStringLiteral("vehicles"), linkedJson(vehicles)},
        {QStringLiteral("places"), linkedJson(places)},
        {QStringLiteral("areas"), areaList},
        {QStringLiteral("pattern"), QJsonObject{{QStringLiteral("hours"), hourList},
                                                {QStringLiteral("weekdays_monday_first"), dayList},
                                                {QStringLiteral("without_time"), withoutTime}}},
        {QStringLiteral("travel"), QJsonObject{{QStringLiteral("method"),
                                                QStringLiteral("haversine great-circle distance between the places of "
                                                               "consecutive dated incidents, mean Earth radius 6371.0088 km")},
                                               {QStringLiteral("legs"), legList},
                                               {QStringLiteral("total_km"), totalKm},
                                               {QStringLiteral("legs_without_coordinates"), legsWithoutCoordinates}}},
        {QStringLiteral("merged_from"), mergeList},
    };
    if (networkComputed) {
        out.insert(QStringLiteral("network"),
                   QJsonObject{{QStringLiteral("network"), network.network},
                               {QStringLiteral("size"), network.networkSize},
                               {QStringLiteral("degree"), network.degree},
                               {QStringLiteral("tie_weight"), network.tieWeight},
                               {QStringLiteral("broker"), network.broker},
                               {QStringLiteral("betweenness"), network.betweenness},
                               {QStringLiteral("core_number"), network.coreNumber},
                               {QStringLiteral("community"), network.community},
                               {QStringLiteral("communities"), network.communityCount},
                               {QStringLiteral("role"), NetworkRoles::describe(network)},
                               {QStringLiteral("source"), QStringLiteral("offender projection of the incidents, "
                                                                         "vehicles and links above, default rules")}});
    }
    QJsonArray interventionList;
    for (const InterventionEffect &e : interventions)
        interventionList.append(QJsonObject{{QStringLiteral("id"), e.intervention.id},
                                            {QStringLiteral("type"), e.intervention.type},
                                            {QStringLiteral("date"), e.intervention.startedOn.toString(Qt::ISODate)},
                                            {QStringLiteral("owner"), e.intervention.owner},
                                            {QStringLiteral("outcome"), e.intervention.outcome},
                                            {QStringLiteral("review_date"), e.intervention.reviewDate.toString(Qt::ISODate)},
                                            {QStringLiteral("window_days"), e.windowDays},
                                            {QStringLiteral("before_incidents"), e.beforeCount},
                                            {QStringLiteral("after_incidents"), e.afterCount},
                                            {QStringLiteral("before_harm"), e.beforeHarm},
                                            {QStringLiteral("after_harm"), e.afterHarm},
                                            {QStringLiteral("after_window_complete"), e.afterComplete}});
    out.insert(QStringLiteral("interventions"), interventionList);
    out.insert(QStringLiteral("suggested_interventions"), QJsonArray::fromStringList(suggestedInterventions));
    if (!interventions.isEmpty())
        out.insert(QStringLiteral("intervention_caveats"), InterventionRegister::caveats());
    if (motivation)
        out.insert(QStringLiteral("motivation"),
                   QJsonObject{{QStringLiteral("motivation"), Motivations::name(*motivation->motivation)},
                               {QStringLiteral("grading"), gradingJson(motivation->grading)},
                               {QStringLiteral("reason"), motivation->reason},
                               {QStringLiteral("decided_by"), motivation->decidedBy},
                               {QStringLiteral("decided_at"), motivation->decidedAt}});
    return out;
}

QString OffenderProfile::toText() const
{
    QStringList out;
    out << person.text();
    if (motivation)
        out << tr("Motivation: %1 (%2), by %3 on %4: %5")
                   .arg(Motivations::displayName(*motivation->motivation),
                        motivation->grading.code().isEmpty() ? tr("ungraded") : motivation->grading.code(),
                        motivation->decidedBy, motivation->decidedAt, motivation->reason);
    if (!suggestedInterventions.isEmpty())
        out << tr("Suggested interventions (not applied): %1").arg(suggestedInterventions.join(QLatin1String("; ")));
    for (const InterventionEffect &e : interventions)
        out << tr("Intervention %1: %2 incidents / harm %3 in the %4 days before, %5 / %6 after%7: %8 on %9 "
                  "(owner %10, outcome %11)")
                   .arg(e.intervention.id).arg(e.beforeCount).arg(e.beforeHarm).arg(e.windowDays).arg(e.afterCount)
                   .arg(e.afterHarm)
                   .arg(e.afterComplete ? QString() : tr(" (after window not yet over)"), e.intervention.type,
                        e.intervention.startedOn.toString(Qt::ISODate), e.intervention.owner, e.intervention.outcome);
    if (!interventions.isEmpty())
        out << InterventionRegister::caveats();
    out << tr("Incidents: %1, value %2, harm %3 (%4 weighted, %5 counted 1), first seen %6, last seen %7")
               .arg(incidents.size()).arg(money(totalValueGbp)).arg(totalHarm).arg(harmWeighted).arg(harmCounted)
               .arg(firstSeen.isEmpty() ? tr("-") : firstSeen, lastSeen.isEmpty() ? tr("-") : lastSeen);
    for (const ProfileIncident &i : incidents)
        out << QStringLiteral("  %1  %2  %3  %4  %5  harm %6  %7")
                   .arg(i.occurredAt.isEmpty() ? tr("undated") : i.occurredAt, i.reference, i.place, i.offence, money(i.valueGbp),
                        i.harm ? QString::number(*i.harm) : tr("1 (counted)"), sourcesText(i.sources));
    out << tr("Co-offenders: %1").arg(coOffenders.size());
    for (const ProfileLinked &c : coOffenders)
        out << tr("  %1 %2, %3 · %n incident(s) shared %4", nullptr, c.incidents)
                   .arg(c.id).arg(c.label, c.detail, sourcesText(c.sources));
    out << tr("Vehicles: %1").arg(vehicles.size());
    for (const ProfileLinked &v : vehicles)
        out << tr("  %1 %2 · %n incident(s) · %3 %4", nullptr, v.incidents)
                   .arg(v.id).arg(v.label, v.via.join(QLatin1Char('/')), sourcesText(v.sources));
    out << tr("Places: %1").arg(places.size());
    for (const ProfileLinked &pl : places)
        out << tr("  %1 %2 (%3) · %n incident(s) · %4 %5", nullptr, pl.incidents)
                   .arg(pl.id).arg(pl.label, pl.detail, pl.via.join(QLatin1Char('/')), sourcesText(pl.sources));
    QStringList areaText;
    for (const auto &[area, count] : areas)
        areaText << QStringLiteral("%1 (%2)").arg(area).arg(count);
    out << tr("Areas: %1").arg(areaText.isEmpty() ? tr("none") : areaText.join(QLatin1String(", ")));
    if (networkComputed)
        out << tr("Network: %1").arg(NetworkRoles::describe(network));
    QStringList hourText, dayText;
    for (int h = 0; h < 24; ++h)
        if (hours[h])
            hourText << QStringLiteral("%1h:%2").arg(h, 2, 10, QLatin1Char('0')).arg(hours[h]);
    for (int d = 0; d < 7; ++d)
        dayText << QStringLiteral("%1:%2").arg(QLocale::c().dayName(d + 1, QLocale::ShortFormat)).arg(weekdays[d]);
    out << tr("Time of day: %1%2").arg(hourText.isEmpty() ? tr("none known") : hourText.join(QLatin1Char(' ')),
                                      withoutTime ? tr(" (%1 without a time)").arg(withoutTime) : QString());
    out << tr("Day of week: %1").arg(dayText.join(QLatin1Char(' ')));
    out << tr("Travel between consecutive offences: %1 km over %2 legs (haversine, mean Earth radius 6371.0088 km); "
              "%3 legs without coordinates")
               .arg(totalKm, 0, 'f', 1).arg(legs.size()).arg(legsWithoutCoordinates);
    out << tr("Merged from: %1").arg(mergedFrom.size());
    for (const MergeRecord &m : mergedFrom)
        out << tr("  entity %1 (merge %2, %3, by %4 on %5): %6")
                   .arg(m.absorbedId).arg(m.id).arg(m.method, m.decidedBy, m.mergedAt, m.explanation);
    // Each distinct value once, with the sources that state it (how many rows of each).
    out << tr("Attributes:");
    QList<QPair<QString, QString>> order;
    QHash<QPair<QString, QString>, QMap<QString, int>> stated;
    for (const AttributeValue &a : attributes) {
        const QPair<QString, QString> key{a.name, a.value};
        if (!stated.contains(key))
            order << key;
        const QString source = QStringLiteral("%1 %2").arg(a.provenance.organisation,
            a.provenance.grading.code().isEmpty() ? tr("ungraded") : a.provenance.grading.code());
        ++stated[key][source];
    }
    for (const auto &key : std::as_const(order)) {
        QStringList sources;
        const QMap<QString, int> &m = stated[key];
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            sources << (it.value() > 1 ? QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()) : it.key());
        out << QStringLiteral("  %1 = %2   [%3]").arg(key.first, key.second, sources.join(QLatin1String("; ")));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace fc
