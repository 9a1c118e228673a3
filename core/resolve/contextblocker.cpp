#include "resolve/contextblocker.h"

#include "resolve/matchmodel.h"
#include "resolve/packedpairs.h"
#include "resolve/sortedlists.h"

#include <QHash>

#include <algorithm>

namespace fc {

namespace {

// The initials of a record's names, in alphabetical order ("JS" for John Smith and Smith John).
QStringList initialPairs(const ResolveRecord &r)
{
    QStringList out;
    for (const NameForm &n : r.names) {
        const QChar f = n.forename.isEmpty() ? QChar(u'?') : n.forename.at(0);
        const QChar s = n.surname.isEmpty() ? QChar(u'?') : n.surname.at(0);
        out << (f < s ? QString(f) + s : QString(s) + f);
    }
    out.removeDuplicates();
    return out;
}

} // namespace

bool ContextBlocker::hasContext(const ResolveRecord &a, const ResolveRecord &b)
{
    if (SortedLists::sharesAny(a.vehicles, b.vehicles) || SortedLists::sharesAny(a.associates, b.associates))
        return true;
    for (const StoreVisit &x : a.visits) {
        // b.visits is sorted by store and day: the visits to x's store.
        auto it = std::lower_bound(b.visits.cbegin(), b.visits.cend(), StoreVisit{x.store, x.day - MatchModel::kStoreWindowDays});
        if (it != b.visits.cend() && it->store == x.store && it->day <= x.day + MatchModel::kStoreWindowDays)
            return true;
    }
    return false;
}

std::vector<std::pair<int, int>> ContextBlocker::pairs(const QList<ResolveRecord> &records,
                                                       const std::vector<std::pair<int, int>> &sortedCandidates,
                                                       int window)
{
    QHash<QString, std::vector<int>> blocks;
    for (int i = 0; i < records.size(); ++i) {
        const ResolveRecord &r = records.at(i);
        if (r.type != EntityType::Person)
            continue;
        QStringList keys;
        for (qint64 v : r.vehicles)
            keys << QStringLiteral("V|%1").arg(v);
        for (qint64 a : r.associates)
            keys << QStringLiteral("A|%1").arg(a);
        const QStringList initials = initialPairs(r);
        for (const StoreVisit &s : r.visits)
            for (const QString &i2 : initials)
                keys << QStringLiteral("T|%1|%2").arg(s.store).arg(i2);
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys))
            blocks[k].push_back(i);
    }
    std::vector<quint64> packed;
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        std::vector<int> &members = it.value();
        if (members.size() < 2)
            continue;
        size_t reach = members.size();
        if (window > 0 && members.size() > size_t(window) + 1) {
            // A sorted neighbourhood, by name, as CandidateBlocker bounds a common surname.
            auto name = [&](int i) {
                const ResolveRecord &r = records.at(i);
                return r.names.isEmpty() ? QString() : r.names.first().surname + QLatin1Char(' ') + r.names.first().forename;
            };
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                const QString na = name(a), nb = name(b);
                return na != nb ? na < nb : a < b;
            });
            reach = size_t(window);
        }
        PackedPairs::appendWindow(members, reach, &packed);
    }
    PackedPairs::sortUnique(&packed);
    std::vector<std::pair<int, int>> out;
    for (quint64 p : packed) {
        const std::pair<int, int> pair = PackedPairs::unpack(p);
        if (std::binary_search(sortedCandidates.begin(), sortedCandidates.end(), pair))
            continue;
        if (hasContext(records.at(pair.first), records.at(pair.second)))
            out.push_back(pair);
    }
    return out;
}

} // namespace fc
