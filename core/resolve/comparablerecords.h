#pragma once

#include "resolve/resolvetypes.h"

#include <QHash>

#include <span>
#include <vector>

namespace fc {

/**
 * Person records prepared once for the millions of pairwise comparisons of a run (MatchModel):
 * every name part and town interned to an integer id (equal names and shared towns become
 * integer comparisons; each distinct name is kept once, in one buffer, where the edit distances
 * read it), dates of birth split into their parts, and each record's lists copied into flat
 * arrays, so that comparing two records touches a few cache lines rather than dozens of
 * scattered allocations. The evidence is that of the records, unchanged (MatchModel gives the
 * same levels from either form).
 */
class ComparableRecords
{
public:
    /** One name of a record: interned forename and surname (one dictionary for both, so that
     *  reversed names compare). */
    struct Name
    {
        int forename = 0;
        int surname = 0;
        int id = 0; // the forename and surname together, interned (equal names, equal ids)
    };
    /** One date of birth and its parts (QDate::getDate: all 0 for an invalid date). */
    struct Dob
    {
        qint64 julianDay = 0;
        int year = 0;
        int month = 0;
        int day = 0;
    };
    /** A record as the comparisons see it (views into the flat arrays). */
    struct Person
    {
        const ComparableRecords *set = nullptr; // the names' texts
        std::span<const Name> names;
        std::span<const Dob> dobs;
        std::span<const int> areas; // sorted ids, no repeats
        std::span<const qint64> vehicles;
        std::span<const qint64> associates;
        std::span<const StoreVisit> visits;
    };

    /** Sets of at least this many records get a serial(). */
    static constexpr qsizetype kCachedFrom = 1000;

    ComparableRecords() = default;
    explicit ComparableRecords(const QList<ResolveRecord> &records);

    /** Prepares one more record and returns its index. */
    int add(const ResolveRecord &record);
    qsizetype size() const { return qsizetype(m_records.size()); }
    Person person(qsizetype i) const
    {
        const Offsets &o = m_records[size_t(i)];
        const Offsets &next = i + 1 < size() ? m_records[size_t(i) + 1] : m_end;
        return Person{this, span(m_names, o.names, next.names),           span(m_dobs, o.dobs, next.dobs),
                      span(m_areas, o.areas, next.areas),           span(m_vehicles, o.vehicles, next.vehicles),
                      span(m_associates, o.associates, next.associates), span(m_visits, o.visits, next.visits)};
    }
    /** The text of an interned name or town. */
    QStringView text(int id) const
    {
        return QStringView(m_text.data() + m_textStart[size_t(id)], m_textStart[size_t(id) + 1] - m_textStart[size_t(id)]);
    }
    const QString &string(int id) const { return m_strings[size_t(id)]; }
    /** Non-zero for a set prepared whole from a run's records (the constructor) and not added to
     *  since, different for every such set: what a cache of name comparisons is kept for
     *  (MatchModel). Zero for the small sets made for one pair. */
    quint64 serial() const { return m_serial; }

private:
    /** Where each record's items start in the flat arrays (they end where the next record's start). */
    struct Offsets
    {
        quint32 names = 0, dobs = 0, areas = 0, vehicles = 0, associates = 0, visits = 0;
    };
    template <typename T> static std::span<const T> span(const std::vector<T> &v, quint32 from, quint32 to)
    {
        return std::span<const T>(v.data() + from, to - from);
    }
    int intern(const QString &text);
    Offsets ends() const;

    quint64 m_serial = 0;
    QHash<QString, int> m_ids;
    QHash<quint64, int> m_nameIds; // forename << 32 | surname -> Name::id
    std::vector<QString> m_strings;
    std::vector<char16_t> m_text;      // the interned strings one after another
    std::vector<qsizetype> m_textStart{0}; // id -> start in m_text; one more for the end
    std::vector<Offsets> m_records;
    Offsets m_end; // the ends of the flat arrays
    std::vector<Name> m_names;
    std::vector<Dob> m_dobs;
    std::vector<int> m_areas;
    std::vector<qint64> m_vehicles;
    std::vector<qint64> m_associates;
    std::vector<StoreVisit> m_visits;
};

} // namespace fc
