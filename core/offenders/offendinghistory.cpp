#include "offenders/offendinghistory.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QDate>

#include <algorithm>

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
    OffendingHistory h;
    // Both ends followed to the live entity they were merged into; the person end must be a person
    // and the other an incident whichever way round the spec wrote the link.
    Statement st = workspace.database().prepare(QStringLiteral(
        "SELECT p.id, p.label, i.id, i.occurred_at, i.offence, i.value_gbp "
        "FROM links l JOIN entities pf ON pf.id = l.from_id JOIN entities it ON it.id = l.to_id "
        "JOIN entities p ON p.id = coalesce(pf.merged_into, pf.id) "
        "JOIN entities i ON i.id = coalesce(it.merged_into, it.id) "
        "WHERE l.type IN ('suspect_in', 'offender_in') AND p.type = 1 AND i.type = 4"));
    while (st.step()) {
        IncidentFact f;
        f.incidentId = st.int64(2);
        f.occurredAt = st.text(3);
        f.day = julianDay(f.occurredAt);
        f.offence = st.text(4);
        f.valueGbp = st.real(5);
        const qint64 person = st.int64(0);
        if (!h.m_labels.contains(person))
            h.m_labels.insert(person, st.text(1));
        h.m_incidents[person].append(f);
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
        // Repeats of one incident (several links, several sources) are adjacent unless dates differ,
        // which they cannot: the date is the incident's own.
        QList<IncidentFact> unique;
        unique.reserve(list.size());
        QSet<qint64> seen;
        for (const IncidentFact &f : std::as_const(list))
            if (!seen.contains(f.incidentId)) {
                seen.insert(f.incidentId);
                unique.append(f);
            }
        list = unique;
    }
}

} // namespace fc
