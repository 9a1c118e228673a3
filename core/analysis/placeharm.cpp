#include "analysis/placeharm.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceHarm", text);
}

} // namespace

std::optional<PlaceHarm::GroupBy> PlaceHarm::groupByFromName(const QString &name)
{
    for (GroupBy b : {GroupBy::Place, GroupBy::Area, GroupBy::Lsoa, GroupBy::Retailer, GroupBy::Offender, GroupBy::Network})
        if (PlaceHarm::name(b) == name)
            return b;
    return std::nullopt;
}

QString PlaceHarm::name(GroupBy by)
{
    switch (by) {
    case GroupBy::Place: return QStringLiteral("place");
    case GroupBy::Area: return QStringLiteral("area");
    case GroupBy::Lsoa: return QStringLiteral("lsoa");
    case GroupBy::Retailer: return QStringLiteral("retailer");
    case GroupBy::Offender: return QStringLiteral("offender");
    case GroupBy::Network: return QStringLiteral("network");
    }
    return QString();
}

PlaceHarmResult PlaceHarm::rank(const HarmData &data, const HarmTable &table, GroupBy by, const AreaLookup &areaOf)
{
    PlaceHarmResult r;
    r.groupBy = name(by);
    r.harmTable = table.edition.isEmpty() ? table.title : QStringLiteral("%1, %2").arg(table.title, table.edition);
    r.unit = table.unit;
    r.method = tr("harm = sum over incidents of the harm table's weight of the incident's offence; an offence "
                  "with no weight adds no harm and is listed as unweighted; value = sum of value_gbp");
    if (by == GroupBy::Offender || by == GroupBy::Network)
        r.method += tr("; an incident with several offenders counts in full for each, so offenders' shares can "
                       "add up to more than 100%");

    // Weights of the offences met, looked up once each.
    QHash<QString, std::optional<double>> weightOf;
    QHash<QString, qint64> unweighted;
    QHash<QString, int> rowOf;
    int lastRow = -1;
    auto row = [&](const QString &key, auto &&init) -> HarmRow & {
        auto it = rowOf.constFind(key);
        if (it == rowOf.constEnd()) {
            HarmRow h;
            h.key = key;
            init(h);
            it = rowOf.insert(key, int(r.rows.size()));
            r.rows << h;
        }
        lastRow = *it;
        return r.rows[*it];
    };
    // The row of each place once found (by place, LSOA or area all incidents of a place share one),
    // so that most incidents cost one integer lookup.
    QHash<qint64, int> rowOfPlace;
    const bool perPlace = by == GroupBy::Place || by == GroupBy::Lsoa || by == GroupBy::Area;
    QHash<QString, std::pair<QString, QString>> areaCache;
    for (qsizetype n = 0; n < data.incidents.size(); ++n) {
        const HarmIncident &i = data.incidents.at(n);
        auto wIt = weightOf.constFind(i.offence);
        if (wIt == weightOf.constEnd())
            wIt = weightOf.insert(i.offence, table.weight(i.offence));
        const std::optional<double> w = *wIt;
        const double harm = w.value_or(0) * double(i.count); // a group stands for count incidents
        r.totalHarm += harm;
        r.totalIncidents += i.count;
        r.totalValueGbp += i.valueGbp;
        if (!w)
            unweighted[i.offence.isEmpty() ? tr("(no offence)") : i.offence] += i.count;
        auto add = [&](HarmRow &h) {
            h.incidents += i.count;
            h.harm += harm;
            h.valueGbp += i.valueGbp;
            if (!w)
                h.unweightedIncidents += i.count;
        };
        if (perPlace && i.placeId != 0) {
            const auto cached = rowOfPlace.constFind(i.placeId);
            if (cached != rowOfPlace.constEnd()) {
                add(r.rows[*cached]);
                continue;
            }
        }
        lastRow = -1;
        const auto placeIt = data.places.constFind(i.placeId);
        const HarmPlace *place = placeIt != data.places.constEnd() ? &*placeIt : nullptr;
        const std::optional<QPointF> bng = n < data.incidentBng.size() ? data.incidentBng.at(n) : std::nullopt;
        switch (by) {
        case GroupBy::Place:
            if (place) {
                add(row(QString::number(place->id), [&](HarmRow &h) {
                    h.label = place->label;
                    h.located = place->located;
                    h.bng = place->bng;
                    h.unlocatedReason = place->unlocatedReason;
                }));
            } else {
                add(row(QString(), [&](HarmRow &h) {
                    h.label = tr("(no place)");
                    h.unlocatedReason = tr("the incident names no place");
                }));
            }
            break;
        case GroupBy::Area: {
            if (!bng || !areaOf) {
                add(row(QString(), [&](HarmRow &h) {
                    h.label = tr("(unlocated)");
                    h.unlocatedReason = !areaOf ? tr("no boundaries loaded")
                                        : place && !place->unlocatedReason.isEmpty() ? place->unlocatedReason
                                                                                    : tr("the incident names no place");
                }));
                break;
            }
            const QString cell = QStringLiteral("%1,%2").arg(bng->x(), 0, 'f', 0).arg(bng->y(), 0, 'f', 0);
            auto aIt = areaCache.constFind(cell);
            if (aIt == areaCache.constEnd())
                aIt = areaCache.insert(cell, areaOf(*bng));
            const auto area = *aIt;
            if (area.first.isEmpty())
                add(row(QStringLiteral("-"), [&](HarmRow &h) {
                    h.label = tr("(outside every area)");
                    h.unlocatedReason = tr("located, but inside no boundary");
                }));
            else
                add(row(area.first, [&](HarmRow &h) {
                    h.label = area.second;
                    h.located = true;
                }));
            break;
        }
        case GroupBy::Lsoa:
            if (place && !place->lsoaCode.isEmpty())
                add(row(place->lsoaCode, [&](HarmRow &h) {
                    h.label = place->lsoaName;
                    h.located = true;
                }));
            else
                add(row(QString(), [&](HarmRow &h) {
                    h.label = tr("(no LSOA)");
                    h.unlocatedReason = tr("the data names no LSOA");
                }));
            break;
        case GroupBy::Retailer:
            add(row(i.organisation, [&](HarmRow &h) { h.label = i.organisation; }));
            break;
        case GroupBy::Offender: {
            const QList<qint64> people = data.offenders.value(i.id);
            if (people.isEmpty())
                add(row(QString(), [&](HarmRow &h) { h.label = tr("(no known offender)"); }));
            for (qint64 p : people)
                add(row(QString::number(p), [&](HarmRow &h) { h.label = data.offenderLabels.value(p); }));
            break;
        }
        case GroupBy::Network: {
            QList<std::pair<QString, QString>> networks;
            for (qint64 p : data.offenders.value(i.id)) {
                const auto it = data.networkOfOffender.constFind(p);
                if (it != data.networkOfOffender.constEnd() && !networks.contains(*it))
                    networks << *it;
            }
            if (networks.isEmpty())
                add(row(QString(), [&](HarmRow &h) { h.label = tr("(no network)"); }));
            for (const auto &n : std::as_const(networks))
                add(row(n.first, [&](HarmRow &h) { h.label = n.second; }));
            break;
        }
        }
        // An incident placed at a located place (or any place, by place and LSOA) shares its place's row.
        if (perPlace && place && lastRow >= 0 && (by != GroupBy::Area || place->located))
            rowOfPlace.insert(place->id, lastRow);
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const HarmRow &a, const HarmRow &b) {
        if (a.harm != b.harm)
            return a.harm > b.harm;
        if (a.incidents != b.incidents)
            return a.incidents > b.incidents;
        return a.label < b.label;
    });
    for (int k = 0; k < r.rows.size(); ++k) {
        r.rows[k].rank = k + 1;
        r.rows[k].share = r.totalHarm > 0 ? r.rows[k].harm / r.totalHarm : 0;
    }
    for (auto it = unweighted.constBegin(); it != unweighted.constEnd(); ++it)
        r.unweighted << UnweightedOffence{it.key(), it.value()};
    std::sort(r.unweighted.begin(), r.unweighted.end(), [](const auto &a, const auto &b) {
        return a.incidents != b.incidents ? a.incidents > b.incidents : a.offence < b.offence;
    });
    return r;
}

} // namespace fc
