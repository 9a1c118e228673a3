#include "demo/demogenerator.h"
#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "ingest/importer.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * On the demo data set, the planted organised groups are recovered as networks: the ground truth
 * (written by the generator, independent of the importer and the engine) is mapped to workspace
 * entities through the rows that mention each person, and every group must appear as a network or
 * community with Jaccard similarity >= 0.8 for at least 95% of groups.
 */
class TestGroupRecovery : public QObject
{
    Q_OBJECT
private slots:
    void plantedGroupsAreRecovered_data();
    void plantedGroupsAreRecovered();
};

static double jaccard(const QSet<qint64> &a, const QSet<qint64> &b)
{
    const qsizetype inter = QSet<qint64>(a).intersect(b).size();
    const qsizetype uni = QSet<qint64>(a).unite(b).size();
    return uni ? double(inter) / double(uni) : 0.0;
}

void TestGroupRecovery::plantedGroupsAreRecovered_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
}

void TestGroupRecovery::plantedGroupsAreRecovered()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.path();
    options.seed = seed;
    DemoOutput demo;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(&demo, &error), qPrintable(error));
    auto ws = Workspace::open(dir.filePath(QStringLiteral("demo.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    for (const auto &pair : std::as_const(demo.imports)) {
        const auto spec = ImportSpec::load(pair.second, &error);
        QVERIFY2(spec, qPrintable(error));
        const ImportReport r = Importer(*ws, *spec).importFile(pair.first);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    QFile truthFile(demo.groundTruthPath);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    Statement find = ws->database().prepare(QStringLiteral(
        "SELECT coalesce(e.merged_into, e.id) FROM entity_sources es JOIN source_records sr ON sr.id = es.source_record_id "
        "JOIN imports i ON i.id = sr.import_id JOIN entities e ON e.id = es.entity_id "
        "WHERE i.file_name = ? AND sr.row_number = ? AND es.role = ?"));
    QHash<QString, QSet<qint64>> entitiesOfPerson;
    for (const QJsonValue &pv : truth.value(QStringLiteral("persons")).toArray()) {
        const QJsonObject p = pv.toObject();
        if (p.value(QStringLiteral("group")).isNull())
            continue;
        for (const QJsonValue &mv : p.value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            find.reset();
            find.bind(1, m.value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1))
                .bind(2, m.value(QStringLiteral("row")).toInteger())
                .bind(3, m.value(QStringLiteral("role")).toString());
            while (find.step())
                entitiesOfPerson[p.value(QStringLiteral("id")).toString()].insert(find.int64(0));
        }
    }

    const auto projection = OffenderProjection::build(ws->entityRecords(), ws->linkRecords());
    const QList<Network> networks = NetworkFinder().find(projection);
    QList<QSet<qint64>> candidates;
    for (const Network &n : networks) {
        candidates << QSet<qint64>(n.summary.members.cbegin(), n.summary.members.cend());
        for (const NetworkSummary &c : n.communities)
            candidates << QSet<qint64>(c.members.cbegin(), c.members.cend());
    }

    const QJsonArray groups = truth.value(QStringLiteral("groups")).toArray();
    QVERIFY(groups.size() >= 5);
    int recovered = 0;
    QStringList report;
    for (const QJsonValue &gv : groups) {
        const QJsonObject g = gv.toObject();
        QSet<qint64> members;
        for (const QJsonValue &id : g.value(QStringLiteral("members")).toArray())
            members.unite(entitiesOfPerson.value(id.toString()));
        double best = 0;
        for (const QSet<qint64> &c : std::as_const(candidates))
            best = std::max(best, jaccard(members, c));
        if (best >= 0.8)
            ++recovered;
        report << QStringLiteral("%1 %2 entities: best Jaccard %3").arg(g.value(QStringLiteral("id")).toString())
                      .arg(members.size()).arg(best, 0, 'f', 2);
    }
    const double share = double(recovered) / double(groups.size());
    qInfo("recovered %d of %lld planted groups (%.0f%%)", recovered, qlonglong(groups.size()), 100 * share);
    QVERIFY2(share >= 0.95, qPrintable(report.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestGroupRecovery)
#include "tst_grouprecovery.moc"
