#include "offenders/offendinghistory.h"

#include "offenders/largearray.h"
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
    // (Arrays of megabytes are made in huge pages where the system allows: see reserveLarge.)
    std::vector<qint64> liveOf = largeArray<qint64>(size_t(maxId) + 1, 0);
    std::vector<int> slot = largeArray<int>(size_t(maxId) + 1, INT_MIN);
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
    reserveLarge(pairs, size_t(incidentCount)); // about one an incident (grows when there are more)
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
    std::vector<int> perIncident = largeArray<int>(size_t(incidentCount) + 1, 0);
    std::vector<int> perPerson(size_t(people.size()), 0);
    for (const auto &pr : pairs) {
        ++perIncident[size_t(pr.second) + 1];
        ++perPerson[size_t(pr.first)];
    }
    for (size_t k = 1; k < perIncident.size(); ++k)
        perIncident[k] += perIncident[k - 1];
    std::vector<int> peopleOf = largeArray<int>(pairs.size(), 0);
    {
        std::vector<int> next;
        reserveLarge(next, perIncident.size() - 1);
        next.assign(perIncident.begin(), perIncident.end() - 1);
        for (const auto &pr : pairs)
            peopleOf[size_t(next[size_t(pr.second)]++)] = pr.first;
    }
    // Each person's run of the one array, people in id order (the scan gives them so as a rule).
    std::vector<int> order;
    order.reserve(size_t(people.size()));
    for (qsizetype ps = 0; ps < people.size(); ++ps)
        if (perPerson[size_t(ps)] > 0)
            order.push_back(int(ps));
    auto byId = [&](int a, int b) { return people.at(a) < people.at(b); };
    if (!std::is_sorted(order.begin(), order.end(), byId))
        std::sort(order.begin(), order.end(), byId);
    std::vector<size_t> next = largeArray<size_t>(size_t(people.size()), 0); // where a person's next incident goes
    h.m_people.reserve(order.size());
    h.m_labels.reserve(order.size());
    h.m_begin.reserve(order.size() + 1);
    size_t total = 0;
    for (int ps : order) {
        h.m_people.push_back(people.at(ps));
        h.m_labels.push_back(labels.at(ps));
        h.m_begin.push_back(total);
        next[size_t(ps)] = total;
        total += size_t(perPerson[size_t(ps)]);
    }
    h.m_begin.push_back(total);
    reserveLarge(h.m_incidents, total);
    h.m_incidents.resize(total);
    {
        // The incidents that have an offender, each made once from its row's UTF-8 (no QString: the
        // date kept as a day and seconds, the few offence values made once and shared) and put in its
        // offenders' runs. The scan is of the table in id order (NOT INDEXED: a covering index of
        // incidents would hand them over by place, offence and date, and every row would then touch
        // the arrays here at random, a cache miss each: about 1 s more CPU for a million incidents).
        std::vector<std::pair<QByteArray, QString>> offences;
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, occurred_at, offence, value_gbp FROM entities NOT INDEXED WHERE type = 4 AND merged_into IS NULL"));
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
            IncidentFact &f = h.m_incidents[next[size_t(peopleOf[size_t(from)])]++];
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
            for (int k = from + 1; k < to; ++k)
                h.m_incidents[next[size_t(peopleOf[size_t(k)])]++] = f;
        }
    }
    h.sortRuns();
    return h;
}

void OffendingHistory::add(qint64 personId, const QString &label, const IncidentFact &incident)
{
    m_addedLabels.insert(personId, label);
    m_added.emplace_back(personId, incident);
}

void OffendingHistory::finish()
{
    if (!m_added.empty()) {
        // Rebuild the runs from the held incidents and the added ones, by person.
        std::vector<std::pair<qint64, IncidentFact>> all;
        all.reserve(m_incidents.size() + m_added.size());
        QHash<qint64, QString> labels;
        for (size_t i = 0; i < m_people.size(); ++i) {
            labels.insert(m_people[i], m_labels[i]);
            for (size_t k = m_begin[i]; k < m_begin[i + 1]; ++k)
                all.emplace_back(m_people[i], std::move(m_incidents[k]));
        }
        for (auto it = m_addedLabels.cbegin(); it != m_addedLabels.cend(); ++it)
            labels.insert(it.key(), it.value()); // the label last added
        for (auto &a : m_added)
            all.push_back(std::move(a));
        m_added.clear();
        m_addedLabels.clear();
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        m_people.clear();
        m_labels.clear();
        m_begin.clear();
        m_incidents.clear();
        m_incidents.reserve(all.size());
        for (auto &a : all) {
            if (m_people.empty() || m_people.back() != a.first) {
                m_people.push_back(a.first);
                m_labels.push_back(labels.value(a.first));
                m_begin.push_back(m_incidents.size());
            }
            m_incidents.push_back(std::move(a.second));
        }
        m_begin.push_back(m_incidents.size());
    }
    sortRuns();
}

void OffendingHistory::sortRuns()
{
    // By the date as stored, then id. Two ISO dates of different days compare as their Julian
    // days do, so the string is compared only within a day or when either is not a date.
    auto before = [](const IncidentFact &a, const IncidentFact &b) {
        if (a.day > 0 && b.day > 0 && a.day != b.day)
            return a.day < b.day;
        const int c = IncidentFact::compareOccurredAt(a, b);
        return c != 0 ? c < 0 : a.incidentId < b.incidentId;
    };
    auto same = [](const IncidentFact &a, const IncidentFact &b) { return a.incidentId == b.incidentId; };
    size_t out = 0; // runs are moved down over the repeats dropped before them
    for (size_t i = 0; i + 1 < m_begin.size(); ++i) {
        const auto first = m_incidents.begin() + std::ptrdiff_t(m_begin[i]);
        auto last = m_incidents.begin() + std::ptrdiff_t(m_begin[i + 1]);
        if (last - first > 1) {
            if (!std::is_sorted(first, last, before))
                std::sort(first, last, before);
            // Repeats of one incident (several links, several sources) are adjacent: same date, same id.
            last = std::unique(first, last, same);
        }
        const size_t size = size_t(last - first);
        if (out != m_begin[i])
            std::move(first, last, m_incidents.begin() + std::ptrdiff_t(out));
        m_begin[i] = out;
        out += size;
    }
    if (!m_begin.empty())
        m_begin.back() = out;
    m_incidents.resize(out);
}

int OffendingHistory::indexOf(qint64 personId) const
{
    const auto it = std::lower_bound(m_people.begin(), m_people.end(), personId);
    return it != m_people.end() && *it == personId ? int(it - m_people.begin()) : -1;
}

IncidentSpan OffendingHistory::of(qint64 personId) const
{
    const int i = indexOf(personId);
    return i < 0 ? IncidentSpan() : incidentsAt(i);
}

QString OffendingHistory::label(qint64 personId) const
{
    const int i = indexOf(personId);
    return i < 0 ? QString() : m_labels[size_t(i)];
}

} // namespace fc
