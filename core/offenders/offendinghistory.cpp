#include "offenders/offendinghistory.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <vector>

namespace fc {

QStringList OffendingHistory::offenderLinkTypes()
{
    return {QStringLiteral("suspect_in"), QStringLiteral("offender_in")};
}

qint64 OffendingHistory::julianDay(QStringView iso)
{
    if (iso.size() < 10 || iso[4] != u'-' || iso[7] != u'-')
        return 0;
    auto number = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = iso[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return 0;
    const QDate date(y, m, d);
    return date.isValid() ? date.toJulianDay() : 0;
}

OffendingHistory OffendingHistory::load(Workspace &workspace)
{
    // Read in bulk, three plain scans instead of four joins per link: the merges, the live people
    // and incidents, the offender links (ids only). The person end of a link is its from end and
    // the incident its to end, each followed to the live entity it was merged into.
    OffendingHistory h;
    Database &db = workspace.database();
    qint64 maxId = 0;
    {
        Statement st = db.prepare(QStringLiteral("SELECT max(id) FROM entities"));
        if (st.step())
            maxId = st.int64(0);
    }
    if (maxId <= 0)
        return h;
    // Dense tables indexed by entity id: live id (0: not live), and for live people and incidents
    // their index into the lists below (people >= 0, incidents < 0 as ~index).
    std::vector<qint64> liveOf(size_t(maxId) + 1, 0);
    std::vector<int> slot(size_t(maxId) + 1, INT_MIN);
    QList<qint64> people;
    QList<QString> labels;
    QList<IncidentFact> incidents;
    {
        Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM entities WHERE type = 4"));
        if (count.step())
            incidents.reserve(count.int64(0));
    }
    {
        // One scan: where merged entities went, and the live people and incidents.
        QHash<QString, QString> offences; // a few distinct values, shared rather than copied per row
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, type, merged_into, label, occurred_at, offence, value_gbp FROM entities "
            "WHERE merged_into IS NOT NULL OR type IN (1, 4)"));
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id <= 0 || id > maxId)
                continue;
            if (!st.isNull(2)) {
                liveOf[size_t(id)] = st.int64(2);
                continue;
            }
            liveOf[size_t(id)] = id;
            if (st.int64(1) == 1) {
                slot[size_t(id)] = int(people.size());
                people.append(id);
                labels.append(st.text(3));
            } else {
                IncidentFact f;
                f.incidentId = id;
                f.occurredAt = st.text(4);
                f.day = julianDay(f.occurredAt);
                const QString offence = st.text(5);
                auto it = offences.constFind(offence);
                if (it == offences.constEnd())
                    it = offences.insert(offence, offence);
                f.offence = it.value();
                f.valueGbp = st.real(6);
                slot[size_t(id)] = ~int(incidents.size());
                incidents.append(std::move(f));
            }
        }
    }
    // The offender links as (person, incident) slots, then each person's list built at its size.
    std::vector<std::pair<int, int>> pairs;
    {
        Statement st = db.prepare(QStringLiteral("SELECT from_id, to_id FROM links WHERE type IN ('suspect_in', 'offender_in')"));
        while (st.step()) {
            const qint64 from = st.int64(0), to = st.int64(1);
            if (from <= 0 || from > maxId || to <= 0 || to > maxId)
                continue;
            const qint64 p = liveOf[size_t(from)], i = liveOf[size_t(to)];
            if (p <= 0 || p > maxId || i <= 0 || i > maxId)
                continue;
            const int ps = slot[size_t(p)], is = slot[size_t(i)];
            if (ps < 0 || is >= 0 || is == INT_MIN)
                continue; // not a live person to a live incident
            pairs.emplace_back(ps, ~is);
        }
    }
    std::vector<int> counts(people.size() + 1, 0);
    for (const auto &pr : pairs)
        ++counts[size_t(pr.first) + 1];
    for (size_t k = 1; k < counts.size(); ++k)
        counts[k] += counts[k - 1];
    std::vector<int> ordered(pairs.size());
    {
        std::vector<int> next(counts.begin(), counts.end() - 1);
        for (const auto &pr : pairs)
            ordered[size_t(next[size_t(pr.first)]++)] = pr.second;
    }
    h.m_incidents.reserve(people.size());
    for (qsizetype ps = 0; ps < people.size(); ++ps) {
        const int from = counts[size_t(ps)], to = counts[size_t(ps) + 1];
        if (from == to)
            continue;
        QList<IncidentFact> list;
        list.reserve(to - from);
        for (int k = from; k < to; ++k)
            list.append(incidents.at(ordered[size_t(k)]));
        h.m_incidents.insert(people.at(ps), std::move(list));
        h.m_labels.insert(people.at(ps), labels.at(ps));
    }
    h.finish();
    return h;
}

void OffendingHistory::add(qint64 personId, const QString &label, const IncidentFact &incident)
{
    m_labels.insert(personId, label);
    m_incidents[personId].append(incident);
}

void OffendingHistory::finish()
{
    for (auto it = m_incidents.begin(); it != m_incidents.end(); ++it) {
        QList<IncidentFact> &list = it.value();
        std::sort(list.begin(), list.end(), [](const IncidentFact &a, const IncidentFact &b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.incidentId < b.incidentId;
        });
        // Repeats of one incident (several links, several sources) are adjacent: same date, same id.
        list.erase(std::unique(list.begin(), list.end(),
                               [](const IncidentFact &a, const IncidentFact &b) { return a.incidentId == b.incidentId; }),
                   list.end());
    }
}

} // namespace fc
