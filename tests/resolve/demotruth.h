#pragma once

// Pairwise precision and recall of the workspace's entities against the demo generator's ground
// truth (shared by tst_resolvedemo and bench_resolve). Every mention in ground_truth.json is
// mapped to the live entity that holds it (through entity_sources, the source record's row and
// the import's file name); over all pairs of mentions, "same live entity" is compared with
// "same person (vehicle) in the ground truth".

#include "store/statement.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace fc::demotruth
