#include "resolve/comparablerecords.h"

#include <algorithm>
#include <atomic>

namespace fc {

ComparableRecords::ComparableRecords(const QList<ResolveRecord> &records)
{
    m_records.reserve(records.size());
    for (const ResolveRecord &r : records)
        add(r);
    // Sets of a run's records are worth a cache of name comparisons; the pair sets of single
    // comparisons are not.
    static std::atomic<quint64> serials{0};
    if (records.size() >= kCachedFrom)
        m_serial = ++serials;
}

int ComparableRecords::intern(const QString &text)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.cend())
        return it.value();
    const int id = int(m_strings.size());
    m_ids.insert(text, id);
    m_strings.push_back(text);
    m_text.insert(m_text.end(), text.utf16(), text.utf16() + text.size());
    m_textStart.push_back(qsizetype(m_text.size()));
    return id;
}

ComparableRecords::Offsets ComparableRecords::ends() const
{
    return Offsets{quint32(m_names.size()),    quint32(m_dobs.size()),       quint32(m_areas.size()),
                   quint32(m_vehicles.size()), quint32(m_associates.size()), quint32(m_visits.size())};
}

int ComparableRecords::add(const ResolveRecord &record)
{
    m_serial = 0;
    const Offsets o = ends();
    for (const NameForm &n : record.names) {
        const int forename = intern(n.forename), surname = intern(n.surname);
        const quint64 key = quint64(quint32(forename)) << 32 | quint32(surname);
        auto it = m_nameIds.constFind(key);
        if (it == m_nameIds.cend())
            it = m_nameIds.insert(key, int(m_nameIds.size()));
        m_names.push_back(Name{forename, surname, it.value()});
    }
    for (const QDate &d : record.dobs) {
        Dob dob{d.toJulianDay()};
        d.getDate(&dob.year, &dob.month, &dob.day);
        m_dobs.push_back(dob);
    }
    for (const QString &area : record.areas)
        m_areas.push_back(intern(area));
    // Interned ids are in first-seen order, not the strings' order: sorted again for merge walks.
    std::sort(m_areas.begin() + o.areas, m_areas.end());
    m_areas.erase(std::unique(m_areas.begin() + o.areas, m_areas.end()), m_areas.end());
    m_vehicles.insert(m_vehicles.end(), record.vehicles.cbegin(), record.vehicles.cend());
    m_associates.insert(m_associates.end(), record.associates.cbegin(), record.associates.cend());
    m_visits.insert(m_visits.end(), record.visits.cbegin(), record.visits.cend());
    m_records.push_back(o);
    m_end = ends();
    return int(m_records.size() - 1);
}

} // namespace fc
