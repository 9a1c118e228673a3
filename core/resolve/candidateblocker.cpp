#include "resolve/candidateblocker.h"

#include "resolve/packedpairs.h"
#include "resolve/parallelshares.h"
#include "resolve/stringmetrics.h"
#include "resolve/vehiclescorer.h"

#include <algorithm>

namespace fc {

QStringList CandidateBlocker::keys(const ResolveRecord &record)
{
    QStringList out;
    switch (record.type) {
    case EntityType::Person:
        for (const NameForm &n : record.names) {
            const QString code = StringMetrics::soundex(n.surname);
            if (!code.isEmpty())
                out << QStringLiteral("S|%1|%2").arg(code, n.forename.left(1));
        }
        for (const QDate &d : record.dobs) {
            if (d.isValid())
                out << QStringLiteral("D|%1|%2|%3")
                           .arg(d.year())
                           .arg(std::min(d.day(), d.month()))
                           .arg(std::max(d.day(), d.month()));
        }
        break;
    case EntityType::Vehicle:
        for (const QString &v : record.vrms)
            out << VehicleScorer::blockingKeys(v);
        break;
    default:
        break;
    }
    out.removeDuplicates();
    return out;
}

namespace {

// The order of a sorted neighbourhood: name, then date of birth (persons), registration (vehicles).
QString sortKey(const ResolveRecord &r)
{
    QString out;
    if (!r.names.isEmpty())
        out = r.names.first().surname + QLatin1Char(' ') + r.names.first().forename;
    if (!r.dobs.isEmpty())
        out += QLatin1Char(' ') + r.dobs.first().toString(Qt::ISODate);
    if (!r.vrms.isEmpty())
        out += r.vrms.first();
    return out;
}

} // namespace

std::vector<std::pair<int, int>> CandidateBlocker::pairs(const QList<ResolveRecord> &records,
                                                         int maxBlockSize, int *skippedBlocks, int window,
                                                         const std::vector<char> *changed)
{
    QList<QString> order; // sort keys, made once when a block needs them
    QList<bool> haveOrder;
    QHash<QString, std::vector<int>> blocks;
    blocks.reserve(records.size() * 2);
    // Each record's keys are its own: made on all cores, then gathered in record order.
    std::vector<QStringList> keysOf(size_t(records.size()));
    ParallelShares::run(keysOf.size(), [&](size_t from, size_t to, bool) {
        for (size_t i = from; i < to; ++i)
            keysOf[i] = keys(records.at(qsizetype(i)));
    });
    if (!changed) {
        for (int i = 0; i < records.size(); ++i)
            for (const QString &k : std::as_const(keysOf[size_t(i)]))
                blocks[k].push_back(i);
    } else {
        // Only the blocks of changed records: theirs first, then the others that share one.
        for (int i = 0; i < records.size(); ++i)
            if ((*changed)[size_t(i)])
                for (const QString &k : std::as_const(keysOf[size_t(i)]))
                    blocks[k].push_back(i);
        for (int i = 0; i < records.size(); ++i)
            if (!(*changed)[size_t(i)])
                for (const QString &k : std::as_const(keysOf[size_t(i)])) {
                    const auto it = blocks.find(k);
                    if (it != blocks.end())
                        it->push_back(i);
                }
    }
    keysOf = {};
    // Pairs packed into one 64-bit value so that sorting removes the repeats cheaply.
    std::vector<quint64> packed;
    {
        // Room for all of them at once (tens of millions: growing by doubling would copy them).
        size_t pairs = 0;
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const size_t size = it.value().size();
            if (maxBlockSize <= 0 || size <= size_t(maxBlockSize))
                pairs += PackedPairs::windowPairs(size, window > 0 && size > size_t(window) + 1 ? size_t(window) : size);
        }
        if (!changed) // a later pass keeps a small part of them
            packed.reserve(pairs);
    }
    int skipped = 0;
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        std::vector<int> &members = it.value();
        if (members.size() < 2)
            continue;
        if (maxBlockSize > 0 && members.size() > size_t(maxBlockSize)) {
            ++skipped;
            continue;
        }
        size_t reach = members.size();
        if (window > 0 && members.size() > size_t(window) + 1) {
            if (order.isEmpty()) {
                order.resize(records.size());
                haveOrder.fill(false, records.size());
            }
            for (int m : members)
                if (!haveOrder.at(m)) {
                    order[m] = sortKey(records.at(m));
                    haveOrder[m] = true;
                }
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                return std::tie(order.at(a), a) < std::tie(order.at(b), b);
            });
            reach = size_t(window);
        }
        PackedPairs::appendWindow(members, reach, &packed, changed);
    }
    PackedPairs::sortUnique(&packed);
    std::vector<std::pair<int, int>> out;
    out.reserve(packed.size());
    for (quint64 p : packed)
        out.push_back(PackedPairs::unpack(p));
    if (skippedBlocks)
        *skippedBlocks = skipped;
    return out;
}

} // namespace fc
