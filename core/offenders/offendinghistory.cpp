#include "offenders/offendinghistory.h"

#include "store/statement.h"
#include "store/workspace.h"

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
    return IncidentFact::julianDay(iso);
}

OffendingHistory OffendingHistory::load(Workspace &workspace)
{
    // Read in bulk, three plain scans instead of four joins per link: the merges and the live
    // people and incidents (ids and labels), the offender links (ids only), then the incidents that
    // have an offender, each made once straight into its offenders' lists. The person end of a link is its from end and
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
    int incidentCount = 0;
    {
        // Where merged entities went, and the live people (with their label) and incidents.
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, type, merged_into, label FROM entities WHERE merged_into IS NOT NULL OR type IN (1, 4)"));
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
                slot[size_t(id)] = ~incidentCount++;
            }
        }
    }
    // The offender links as (person, incident) slots.
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(size_t(incidentCount)); // about one an incident (grows when there are more)
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
    // The people of each incident (grouped by incident), and each person's list made at its size.
    std::vector<int> perIncident(size_t(incidentCount) + 1, 0);
    std::vector<int> perPerson(size_t(people.size()), 0);
    for (const auto &pr : pairs) {
        ++perIncident[size_t(pr.second) + 1];
        ++perPerson[size_t(pr.first)];
    }
    for (size_t k = 1; k < perIncident.size(); ++k)
        perIncident[k] += perIncident[k - 1];
    std::vector<int> peopleOf(pairs.size());
    {
        std::vector<int> next(perIncident.begin(), perIncident.end() - 1);
        for (const auto &pr : pairs)
            peopleOf[size_t(next[size_t(pr.second)]++)] = pr.first;
    }
    std::vector<QList<IncidentFact>> lists(size_t(people.size()));
    for (size_t ps = 0; ps < lists.size(); ++ps)
        if (perPerson[ps] > 0)
            lists[ps].reserve(perPerson[ps]);
    {
        // The incidents that have an offender, each made once from its row's UTF-8 (no QString: the
        // date kept as a day and seconds, the few offence values made once and shared) and put in its offenders'
        // lists. The scan is sequential (the unary + keeps SQLite off the type index).
        std::vector<std::pair<QByteArray, QString>> offences;
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, occurred_at, offence, value_gbp FROM entities WHERE +type = 4 AND merged_into IS NULL"));
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id <= 0 || id > maxId)
                continue;
            const int is = slot[size_t(id)];
            if (is >= 0 || is == INT_MIN)
                continue;
            const int from = perIncident[size_t(~is)], to = perIncident[size_t(~is) + 1];
            if (from == to)
                continue; // nobody offended in it
            IncidentFact f;
            f.incidentId = id;
            f.setOccurredAtUtf8(st.isNull(1) ? QByteArrayView() : st.utf8(1));
            const QByteArrayView offence = st.utf8(2);
            auto it = std::find_if(offences.begin(), offences.end(),
                                   [&](const auto &o) { return QByteArrayView(o.first) == offence; });
            if (it == offences.end()) {
                offences.emplace_back(offence.toByteArray(), st.text(2));
                it = offences.end() - 1;
            }
            f.offence = it->second;
            f.valueGbp = st.real(3);
            for (int k = from; k + 1 < to; ++k)
                lists[size_t(peopleOf[size_t(k)])].append(f);
            lists[size_t(peopleOf[size_t(to - 1)])].append(std::move(f));
        }
    }
    h.m_incidents.reserve(people.size());
    h.m_labels.reserve(people.size());
    for (qsizetype ps = 0; ps < people.size(); ++ps) {
        if (lists[size_t(ps)].isEmpty())
            continue;
        h.m_incidents.emplace(people.at(ps), std::move(lists[size_t(ps)])); // moved: finish() must not copy it
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
        // By the date as stored, then id. Two ISO dates of different days compare as their Julian
        // days do, so the string is compared only within a day or when either is not a date.
        auto before = [](const IncidentFact &a, const IncidentFact &b) {
            if (a.day > 0 && b.day > 0 && a.day != b.day)
                return a.day < b.day;
            const int c = IncidentFact::compareOccurredAt(a, b);
            return c != 0 ? c < 0 : a.incidentId < b.incidentId;
        };
        if (list.size() < 2)
            continue;
        if (!std::is_sorted(list.begin(), list.end(), before))
            std::sort(list.begin(), list.end(), before);
        // Repeats of one incident (several links, several sources) are adjacent: same date, same id.
        list.erase(std::unique(list.begin(), list.end(),
                               [](const IncidentFact &a, const IncidentFact &b) { return a.incidentId == b.incidentId; }),
                   list.end());
    }
}

} // namespace fc
