#pragma once

// Pairwise precision and recall of the workspace's entities against the demo generator's ground
// truth (shared by tst_resolvedemo and bench_resolve). Every mention in ground_truth.json is
// mapped to the live entity that holds it (through entity_sources, the source record's row and
// the import's file name); over all pairs of mentions, "same live entity" is compared with
// "same person (vehicle) in the ground truth". scoreBySource() also splits the pairs by the
// exports their two mentions come from (retailer A x retailer B, A x A), and scores the pairs of
// mentions that were both written with a date of birth.

#include "store/statement.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <vector>

namespace fc::demotruth {

struct PairwiseScore
{
    qint64 mentions = 0;
    qint64 unmapped = 0;
    qint64 truePairs = 0;      // pairs in the same truth entity and the same workspace entity
    qint64 predictedPairs = 0; // pairs in the same workspace entity
    qint64 actualPairs = 0;    // pairs in the same truth entity
    double precision() const { return predictedPairs ? double(truePairs) / double(predictedPairs) : 1.0; }
    double recall() const { return actualPairs ? double(truePairs) / double(actualPairs) : 1.0; }
};

inline qint64 pairsOf(qint64 n)
{
    return n * (n - 1) / 2;
}

/** kind: "persons" or "vehicles". */
inline PairwiseScore score(Workspace &ws, const QString &groundTruthPath, const QString &kind)
{
    PairwiseScore s;
    QFile file(groundTruthPath);
    if (!file.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    Statement find = ws.database().prepare(
        QStringLiteral("SELECT coalesce(e.merged_into, e.id) FROM entity_sources es JOIN source_records sr "
                       "ON sr.id = es.source_record_id "
                       "JOIN imports i ON i.id = sr.import_id JOIN entities e ON e.id = es.entity_id "
                       "WHERE i.file_name = ? AND sr.row_number = ? AND es.role = ?"));
    QHash<QString, qint64> byTruth;
    QHash<qint64, qint64> byEntity;
    QHash<QPair<QString, qint64>, qint64> byBoth;
    for (const QJsonValue &pv : truth.value(kind).toArray()) {
        const QJsonObject p = pv.toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        for (const QJsonValue &mv : p.value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            find.reset();
            find.bind(1, m.value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1))
                .bind(2, m.value(QStringLiteral("row")).toInteger())
                .bind(3, m.value(QStringLiteral("role")).toString());
            ++s.mentions;
            if (!find.step()) {
                ++s.unmapped;
                continue;
            }
            const qint64 entity = find.int64(0);
            ++byTruth[id];
            ++byEntity[entity];
            ++byBoth[qMakePair(id, entity)];
        }
    }
    for (qint64 n : std::as_const(byTruth))
        s.actualPairs += pairsOf(n);
    for (qint64 n : std::as_const(byEntity))
        s.predictedPairs += pairsOf(n);
    for (qint64 n : std::as_const(byBoth))
        s.truePairs += pairsOf(n);
    return s;
}

/** Pairwise scores of one kind of entity, overall and by pair of exports. */
struct SourceScores
{
    PairwiseScore overall;
    PairwiseScore withDob;                           // persons: mentions written with a date of birth
    QStringList sources;                             // export file names (no folder), sorted
    QMap<QPair<int, int>, PairwiseScore> bySources;  // (i, j), i <= j, indexes into sources
};

namespace detail {

struct Mapped
{
    qint64 truth; // index of the true entity
    qint64 entity;
    int source;
    bool dob;
};

// Pairs of mentions that share a key, by the pair of sources of the two mentions: for a group
// with n_a mentions from source a and n_b from b, n_a * n_b pairs (a < b), n_a (n_a - 1) / 2 (a == a).
template <typename Key>
void countBySources(const std::vector<Mapped> &mentions, int sources, Key key,
                    QMap<QPair<int, int>, qint64> *out)
{
    QHash<decltype(key(mentions.front())), std::vector<qint64>> groups;
    for (const Mapped &m : mentions) {
        std::vector<qint64> &counts = groups[key(m)];
        if (counts.empty())
            counts.assign(size_t(sources), 0);
        ++counts[size_t(m.source)];
    }
    for (const std::vector<qint64> &counts : std::as_const(groups))
        for (int a = 0; a < sources; ++a) {
            if (!counts[size_t(a)])
                continue;
            (*out)[qMakePair(a, a)] += pairsOf(counts[size_t(a)]);
            for (int b = a + 1; b < sources; ++b)
                (*out)[qMakePair(a, b)] += counts[size_t(a)] * counts[size_t(b)];
        }
}

inline PairwiseScore overallOf(const std::vector<Mapped> &mentions)
{
    PairwiseScore s;
    QHash<qint64, qint64> byTruth, byEntity;
    QHash<QPair<qint64, qint64>, qint64> byBoth;
    for (const Mapped &m : mentions) {
        ++byTruth[m.truth];
        ++byEntity[m.entity];
        ++byBoth[qMakePair(m.truth, m.entity)];
    }
    s.mentions = qint64(mentions.size());
    for (qint64 n : std::as_const(byTruth))
        s.actualPairs += pairsOf(n);
    for (qint64 n : std::as_const(byEntity))
        s.predictedPairs += pairsOf(n);
    for (qint64 n : std::as_const(byBoth))
        s.truePairs += pairsOf(n);
    return s;
}

} // namespace detail

/** kind: "persons" or "vehicles". A mention counts as written with a date of birth unless the
 *  ground truth lists "no_dob" among its noise. */
inline SourceScores scoreBySource(Workspace &ws, const QString &groundTruthPath, const QString &kind)
{
    SourceScores out;
    QFile file(groundTruthPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    std::vector<detail::Mapped> mapped;
    qint64 unmapped = 0;
    {
        const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
        Statement find = ws.database().prepare(QStringLiteral(
            "SELECT coalesce(e.merged_into, e.id) FROM entity_sources es JOIN source_records sr "
            "ON sr.id = es.source_record_id "
            "JOIN imports i ON i.id = sr.import_id JOIN entities e ON e.id = es.entity_id "
            "WHERE i.file_name = ? AND sr.row_number = ? AND es.role = ?"));
        QHash<QString, int> sourceIndex;
        QStringList unsortedSources;
        const QJsonArray entities = truth.value(kind).toArray();
        for (qint64 t = 0; t < entities.size(); ++t) {
            for (const QJsonValue &mv : entities.at(t).toObject().value(QStringLiteral("mentions")).toArray()) {
                const QJsonObject m = mv.toObject();
                const QString fileName = m.value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1);
                find.reset();
                find.bind(1, fileName)
                    .bind(2, m.value(QStringLiteral("row")).toInteger())
                    .bind(3, m.value(QStringLiteral("role")).toString());
                if (!find.step()) {
                    ++unmapped;
                    continue;
                }
                auto it = sourceIndex.find(fileName);
                if (it == sourceIndex.end()) {
                    it = sourceIndex.insert(fileName, int(unsortedSources.size()));
                    unsortedSources << fileName;
                }
                const bool dob = !m.value(QStringLiteral("noise"))
                                      .toString()
                                      .split(QLatin1Char('+'))
                                      .contains(QStringLiteral("no_dob"));
                mapped.push_back({t, find.int64(0), it.value(), dob});
            }
        }
        // Sources in name order, whatever order the mentions came in.
        out.sources = unsortedSources;
        std::sort(out.sources.begin(), out.sources.end());
        for (detail::Mapped &m : mapped)
            m.source = int(out.sources.indexOf(unsortedSources.at(m.source)));
    }
    out.overall = detail::overallOf(mapped);
    out.overall.mentions += unmapped;
    out.overall.unmapped = unmapped;
    std::vector<detail::Mapped> withDob;
    for (const detail::Mapped &m : mapped)
        if (m.dob)
            withDob.push_back(m);
    out.withDob = detail::overallOf(withDob);

    const int n = int(out.sources.size());
    if (mapped.empty())
        return out;
    QMap<QPair<int, int>, qint64> actual, predicted, truePairs;
    detail::countBySources(mapped, n, [](const detail::Mapped &m) { return m.truth; }, &actual);
    detail::countBySources(mapped, n, [](const detail::Mapped &m) { return m.entity; }, &predicted);
    detail::countBySources(
        mapped, n, [](const detail::Mapped &m) { return qMakePair(m.truth, m.entity); }, &truePairs);
    for (int a = 0; a < n; ++a)
        for (int b = a; b < n; ++b) {
            const QPair<int, int> key(a, b);
            PairwiseScore s;
            s.actualPairs = actual.value(key);
            s.predictedPairs = predicted.value(key);
            s.truePairs = truePairs.value(key);
            for (const detail::Mapped &m : mapped)
                s.mentions += (m.source == a || m.source == b);
            out.bySources.insert(key, s);
        }
    return out;
}

} // namespace fc::demotruth
