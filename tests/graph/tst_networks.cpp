#include "graph/communitydetector.h"
#include "graph/linkgraph.h"
#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "model/linktype.h"
#include "referencegraphs.h"

#include <QTest>

#include <cmath>

using namespace fc;

Q_DECLARE_METATYPE(fc::GraphFilter)
Q_DECLARE_METATYPE(fc::ProjectionRules)

/** Link graph filters, the offender projection rules, network summaries and communities, by hand. */
class TestNetworks : public QObject
{
    Q_OBJECT

private:
    QList<EntityRecord> m_entities;
    QList<LinkRecord> m_links;

    static EntityRecord person(qint64 id, const QString &label)
    {
        EntityRecord e;
        e.id = id;
        e.type = EntityType::Person;
        e.label = label;
        return e;
    }
    static EntityRecord incident(qint64 id, const QString &when, double value, const QString &area)
    {
        EntityRecord e;
        e.id = id;
        e.type = EntityType::Incident;
        e.occurredAt = when;
        e.valueGbp = value;
        e.area = area;
        e.label = QStringLiteral("INC%1").arg(id);
        return e;
    }
    static EntityRecord other(qint64 id, EntityType type, const QString &subtype, const QString &area = {})
    {
        EntityRecord e;
        e.id = id;
        e.type = type;
        e.subtype = subtype;
        e.area = area;
        e.label = QStringLiteral("E%1").arg(id);
        return e;
    }
    void link(const QString &type, qint64 from, qint64 to, const QString &org = QStringLiteral("WYP"),
              const QString &grade = QStringLiteral("2B"))
    {
        LinkRecord l;
        l.id = m_links.size() + 1;
        l.type = type;
        l.from = from;
        l.to = to;
        l.organisation = org;
        l.grading = *Grading::parse(grade.left(1), grade.mid(1, 1), QStringLiteral("P"), {}, nullptr);
        m_links.append(l);
    }

    static QList<qint64> ids(const WeightedGraph &g, int vertexA, int vertexB)
    {
        return {g.id(vertexA), g.id(vertexB)};
    }
    static double tie(const OffenderProjection &p, qint64 a, qint64 b)
    {
        const WeightedGraph &g = p.graph();
        return g.weight(g.indexOf(a), g.indexOf(b));
    }

private slots:
    void initTestCase()
    {
        // People 1 Ann, 2 Bob, 3 Cat, 4 Dan, 5 Eve, 6 Fay, 7 Gus; incidents 101-104; stores 201,
        // 202; vehicle 301; phone 401; address 501.
        m_entities = {person(1, "Ann"), person(2, "Bob"), person(3, "Cat"), person(4, "Dan"),
                      person(5, "Eve"), person(6, "Fay"), person(7, "Gus"),
                      incident(101, "2023-01-10T14:00:00", 100, "Leeds"),
                      incident(102, "2023-02-05T10:30:00", 50, "York"),
                      incident(103, "2023-03-01T09:00:00", 30, "Leeds"),
                      incident(104, "2023-04-01T16:00:00", 20, "Leeds"),
                      other(201, EntityType::Location, "store", "Leeds"),
                      other(202, EntityType::Location, "store", "Leeds"),
                      other(301, EntityType::Vehicle, "car"),
                      other(401, EntityType::Object, "phone"),
                      other(501, EntityType::Location, "address", "Leeds")};
        link("offender_in", 1, 101);
        link("offender_in", 2, 101);
        link("offender_in", 1, 102);
        link("suspect_in", 2, 102);
        link("offender_in", 3, 103);
        link("witness_in", 4, 101); // a witness is not a co-offender
        link("offender_in", 6, 104);
        link("occurred_at", 101, 201);
        link("occurred_at", 102, 201);
        link("occurred_at", 103, 202);
        link("occurred_at", 104, 201);
        link("used_vehicle", 3, 301, "BTP");
        link("used_vehicle", 4, 301, "BTP");
        link("associate", 4, 5, "WYP", "3E");
        link("associate", 5, 4, "WYP", "3E"); // the same tie reported twice: parallel links add up
        link("uses_phone", 5, 401);
        link("uses_phone", 7, 401);
        link("lives_at", 1, 501);
        link("associate", 1, 999); // names an entity that is not in the workspace
    }

    void linkGraphKeepsParallelLinks()
    {
        const LinkGraph g = LinkGraph::build(m_entities, m_links);
        QCOMPARE(g.entityCount(), 16);
        QCOMPARE(g.linkCount(), 18);
        QCOMPARE(g.skippedLinks(), 1);
        QCOMPARE(g.linksOf(4).size(), 4); // witness, vehicle, two associate links
        QCOMPARE(g.neighbours(4).size(), 3);
        QCOMPARE(g.entity(1)->label, QStringLiteral("Ann"));
        QVERIFY(!g.entity(999));
        const WeightedGraph a = g.analysisGraph();
        QCOMPARE(a.weight(a.indexOf(4), a.indexOf(5)), 2.0);
        QCOMPARE(a.linkCount(), 18);
        QCOMPARE(a.edgeCount(), 17);
    }

    void filters_data()
    {
        QTest::addColumn<GraphFilter>("filter");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("links");
        GraphFilter none;
        QTest::newRow("no filter") << none << 16 << 18;
        GraphFilter dates;
        dates.from = QDate(2023, 2, 1);
        // Incident 101 goes with its 4 links; undated links elsewhere are kept.
        QTest::newRow("from 1 Feb") << dates << 15 << 14;
        dates.keepUndated = false;
        // Only links touching a dated incident remain: 1-102, 2-102, 3-103, 6-104 and 3 occurred_at.
        QTest::newRow("from 1 Feb, dated only") << dates << 15 << 7;
        GraphFilter until;
        until.to = QDate(2023, 1, 31);
        QTest::newRow("until 31 Jan") << until << 13 << 11;
        GraphFilter types;
        types.entityTypes = {EntityType::Person, EntityType::Incident};
        QTest::newRow("people and incidents") << types << 11 << 9;
        GraphFilter linkTypes;
        linkTypes.linkTypes = {"associate", "uses_phone"};
        QTest::newRow("associate and phone links") << linkTypes << 16 << 4;
        GraphFilter orgs;
        orgs.organisations = {"BTP"};
        QTest::newRow("BTP only") << orgs << 16 << 2;
        GraphFilter grade;
        grade.minimumGrading = *Grading::parse("2", "C", {}, {}, nullptr);
        QTest::newRow("at least 2C") << grade << 16 << 16;
    }

    void filters()
    {
        QFETCH(GraphFilter, filter);
        QFETCH(int, entities);
        QFETCH(int, links);
        const LinkGraph g = LinkGraph::build(m_entities, m_links, filter);
        QCOMPARE(g.entityCount(), entities);
        QCOMPARE(g.linkCount(), links);
    }

    void projectionDefaultRules()
    {
        const OffenderProjection p = OffenderProjection::build(m_entities, m_links);
        const WeightedGraph &g = p.graph();
        QCOMPARE(g.vertexCount(), 7); // every person, tied or not
        QCOMPARE(g.edgeCount(), 4);
        QCOMPARE(tie(p, 1, 2), 2.0); // two incidents together
        QCOMPARE(tie(p, 3, 4), 1.0); // one vehicle
        QCOMPARE(tie(p, 4, 5), 2.0); // two associate links
        QCOMPARE(tie(p, 5, 7), 1.0); // one phone
        QCOMPARE(tie(p, 1, 4), 0.0); // Dan only witnessed
        QCOMPARE(tie(p, 1, 6), 0.0); // same store, different day: not a tie by default
        QCOMPARE(g.degree(g.indexOf(6)), 0);
    }

    void projectionRules_data()
    {
        QTest::addColumn<ProjectionRules>("rules");
        QTest::addColumn<double>("annBob");
        QTest::addColumn<double>("annFay");
        QTest::addColumn<double>("annCat");
        QTest::addColumn<double>("danEve");
        ProjectionRules store;
        store.viaStore = true; // store 201: Ann, Bob (101, 102) and Fay (104)
        QTest::newRow("via store") << store << 3.0 << 1.0 << 0.0 << 2.0;
        ProjectionRules area;
        area.viaArea = true; // Leeds: Ann, Bob, Cat, Fay; York: Ann, Bob
        QTest::newRow("via area") << area << 4.0 << 1.0 << 1.0 << 2.0;
        ProjectionRules noIncident;
        noIncident.viaIncident = false;
        QTest::newRow("not via incident") << noIncident << 0.0 << 0.0 << 0.0 << 2.0;
        ProjectionRules noDirect;
        noDirect.viaDirectLinks = false;
        QTest::newRow("not via direct links") << noDirect << 2.0 << 0.0 << 0.0 << 0.0;
        ProjectionRules busy;
        busy.viaStore = true;
        busy.maxSharedBy = 2; // store 201 is shared by three: it ties nobody
        QTest::newRow("busy store ignored") << busy << 2.0 << 0.0 << 0.0 << 2.0;
    }

    void projectionRules()
    {
        QFETCH(ProjectionRules, rules);
        QFETCH(double, annBob);
        QFETCH(double, annFay);
        QFETCH(double, annCat);
        QFETCH(double, danEve);
        const OffenderProjection p = OffenderProjection::build(m_entities, m_links, rules);
        QCOMPARE(tie(p, 1, 2), annBob);
        QCOMPARE(tie(p, 1, 6), annFay);
        QCOMPARE(tie(p, 1, 3), annCat);
        QCOMPARE(tie(p, 4, 5), danEve);
    }

    void newLinkTypesInTheProjection()
    {
        // seen_with ties two people directly; uses_vehicle ties the people of one vehicle;
        // sighted_at (a vehicle at a camera) ties nobody; a declared person-to-person type
        // (lent_car_to, not built in) ties its two people unless the rules leave declared links out.
        const QList<EntityRecord> entities{person(1, "Ann"), person(2, "Bob"), person(3, "Cat"), person(4, "Dan"),
                                           person(5, "Eve"), person(6, "Fay"),
                                           other(301, EntityType::Vehicle, "car"),
                                           other(201, EntityType::Location, "camera")};
        QList<LinkRecord> saved = m_links;
        m_links.clear();
        link("seen_with", 1, 2);
        link("uses_vehicle", 3, 301);
        link("uses_vehicle", 4, 301);
        link("sighted_at", 301, 201);
        link("lent_car_to", 5, 6);
        const QList<LinkRecord> links = m_links;
        m_links = saved;
        const OffenderProjection p = OffenderProjection::build(entities, links);
        QCOMPARE(tie(p, 1, 2), 1.0);
        QCOMPARE(tie(p, 3, 4), 1.0);
        QCOMPARE(tie(p, 5, 6), 1.0);
        QCOMPARE(p.graph().edgeCount(), 3);
        ProjectionRules noDeclared;
        noDeclared.viaDeclaredLinks = false;
        const OffenderProjection q = OffenderProjection::build(entities, links, noDeclared);
        QCOMPARE(tie(q, 5, 6), 0.0);
        QCOMPARE(tie(q, 1, 2), 1.0);
        QVERIFY(LinkTypes::isPersonToPerson(QStringLiteral("seen_with")));
        QCOMPARE(LinkTypes::displayName(QStringLiteral("uses_vehicle")), QStringLiteral("Uses vehicle"));
        QCOMPARE(LinkTypes::displayName(QStringLiteral("sighted_at")), QStringLiteral("Sighted at"));
        QCOMPARE(LinkTypes::displayName(QStringLiteral("seen_with")), QStringLiteral("Seen with"));
        QVERIFY(!LinkTypes::isDeclared(QStringLiteral("lent_car_to")));
        LinkTypes::declare(QStringLiteral("lent_car_to"), QStringLiteral("Lent car to"));
        QVERIFY(LinkTypes::isDeclared(QStringLiteral("lent_car_to")));
        QCOMPARE(LinkTypes::displayName(QStringLiteral("lent_car_to")), QStringLiteral("Lent car to"));
    }

    void networkSummaries()
    {
        const OffenderProjection p = OffenderProjection::build(m_entities, m_links);
        const QList<Network> nets = NetworkFinder().find(p);
        QCOMPARE(nets.size(), 2); // Fay alone is below the minimum size
        const NetworkSummary &big = nets[0].summary;
        QCOMPARE(big.members, QList<qint64>({3, 4, 5, 7}));
        QCOMPARE(big.incidents, QList<qint64>({103}));
        QCOMPARE(big.vehicles, QList<qint64>({301}));
        QCOMPARE(big.places, QList<qint64>({202}));
        QCOMPARE(big.totalValueGbp, 30.0);
        QCOMPARE(big.ties, 3);
        QCOMPARE(big.weight, 4.0);
        QVERIFY(!nets[0].isSplit());
        QVERIFY(std::isnan(nets[0].modularity));

        const NetworkSummary &pair = nets[1].summary;
        QCOMPARE(pair.members, QList<qint64>({1, 2}));
        QCOMPARE(pair.incidents, QList<qint64>({101, 102}));
        QCOMPARE(pair.places, QList<qint64>({201, 501}));
        QCOMPARE(pair.totalValueGbp, 150.0);
        QCOMPARE(pair.firstSeen, QStringLiteral("2023-01-10T14:00:00"));
        QCOMPARE(pair.lastSeen, QStringLiteral("2023-02-05T10:30:00"));
        QCOMPARE(pair.areas, QStringList({"Leeds", "York"}));

        NetworkFinder all;
        all.setMinimumSize(1);
        QCOMPARE(all.find(p).size(), 3);
    }

    void areasDifferingOnlyInCaseAreOne()
    {
        // Ann and Bob offend in four incidents whose areas name two towns, spelt as different
        // exports and the importer's title case of shouting exports leave them.
        const QList<EntityRecord> entities = {person(1, "Ann"),
                                              person(2, "Bob"),
                                              incident(101, "2024-01-01", 0, "Ashton-Under-Lyne"),
                                              incident(102, "2024-02-01", 0, "Ashton-under-Lyne"),
                                              incident(103, "2024-03-01", 0, "LEEDS"),
                                              incident(104, "2024-04-01", 0, "Leeds")};
        QList<LinkRecord> links;
        for (qint64 i : {101, 102, 103, 104}) {
            for (qint64 p : {1, 2}) {
                LinkRecord l;
                l.id = links.size() + 1;
                l.type = QStringLiteral("offender_in");
                l.from = p;
                l.to = i;
                links.append(l);
            }
        }
        const QList<Network> nets = NetworkFinder().find(OffenderProjection::build(entities, links));
        QCOMPARE(nets.size(), 1);
        QCOMPARE(nets[0].summary.areas, QStringList({"Ashton-under-Lyne", "Leeds"}));
    }

    void communitiesOfTwoCliques()
    {
        // Two 5-cliques of associates joined by one link: m = 21, each side has 10 internal ties
        // and degree sum 21, so Q = 2 (10/21 - (21/42)^2) = 19/42.
        QList<EntityRecord> people;
        QList<LinkRecord> links;
        for (int i = 1; i <= 10; ++i)
            people << person(i, QStringLiteral("P%1").arg(i));
        auto add = [&](int a, int b) {
            LinkRecord l;
            l.type = "associate";
            l.from = a;
            l.to = b;
            links << l;
        };
        for (int base : {0, 5})
            for (int a = 1; a <= 5; ++a)
                for (int b = a + 1; b <= 5; ++b)
                    add(base + a, base + b);
        add(5, 6);
        const OffenderProjection p = OffenderProjection::build(people, links);
        NetworkFinder finder;
        finder.setSplitThreshold(8);
        const QList<Network> nets = finder.find(p);
        QCOMPARE(nets.size(), 1);
        QVERIFY(nets[0].isSplit());
        QCOMPARE(nets[0].communities.size(), 2);
        QList<QList<qint64>> groups{nets[0].communities[0].members, nets[0].communities[1].members};
        std::sort(groups.begin(), groups.end());
        QCOMPARE(groups, (QList<QList<qint64>>{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}}));
        QVERIFY(std::abs(nets[0].modularity - 19.0 / 42.0) < 1e-12);
        QCOMPARE(nets[0].communities[0].ties, 10);

        finder.setSplitThreshold(12);
        QVERIFY(!finder.find(p)[0].isSplit());
    }

    void karateModularity()
    {
        // The best partition of Zachary's (unweighted) club has modularity 0.4197896
        // (Brandes et al. 2008, exact by integer programming); Leiden should get close, never above.
        const WeightedGraph g = test::graphOf(test::referenceNetwork("karate"));
        const CommunityDetector::Partition part = CommunityDetector::leiden(g, false, 1);
        QVERIFY2(part.modularity <= 0.4197897, qPrintable(QString::number(part.modularity, 'g', 10)));
        QVERIFY2(part.modularity >= 0.40, qPrintable(QString::number(part.modularity, 'g', 10)));
        QVERIFY(part.count >= 3 && part.count <= 5);
        QCOMPARE(CommunityDetector::modularity(g, part.membership, false), part.modularity);
        // The club's real fission into two factions (Zachary 1977), Q from networkx.
        const QJsonObject karate = test::referenceNetwork("karate");
        const QList<double> mrHi = test::doubles(karate.value("faction_mr_hi"));
        QList<int> factions;
        for (int v = 1; v <= 34; ++v)
            factions << (mrHi.contains(v) ? 0 : 1);
        QVERIFY(std::abs(CommunityDetector::modularity(g, factions, false)
                         - karate.value("faction_modularity").toDouble()) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
