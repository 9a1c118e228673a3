#include "offendersworkspace.h"

#include "offenders/offenderprofile.h"
#include "offenders/persondisplay.h"
#include "offenders/profilebuilder.h"
#include "offenders/networkrole.h"
#include "offenders/offendinghistory.h"
#include "resolve/mergeledger.h"

#include <QJsonArray>

using namespace fc;
using namespace offenders_test;

/** The offender profile and the person display on the small hand-built workspace (offendersworkspace.h). */
class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void incidentsInOrderWithSources();
    void coOffendersVehiclesPlacesAreas();
    void patternAndTravel();
    void networkRole();
    void mergedRecordsFollowed();
    void historyAndNetworkFollowMerges();
    void openingIsAConsultation();
    void namesakesShownApart();
    void haversine();
    void notAPerson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_amy = 0;
    qint64 m_ben = 0;
    qint64 m_john1980 = 0;
    qint64 m_john1995 = 0;
    qint64 m_castleAmy = 0;
    const QDate m_asOf{2025, 6, 30};
    // Harm weights for the tests: shop theft 2; robbery has none (counted 1).
    const HarmLookup m_harm = [](const QString &offence) -> std::optional<double> {
        if (offence == QLatin1String("shop_theft"))
            return 2.0;
        return std::nullopt;
    };
};

void TestProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = build(*m_dir);
    QVERIFY(m_ws);
    m_amy = personId(*m_ws, QStringLiteral("Amy KHAN"), QStringLiteral("1990-02-01"));
    m_ben = personId(*m_ws, QStringLiteral("Ben COLE"), QStringLiteral("1985-04-03"));
    m_john1980 = personId(*m_ws, QStringLiteral("John SMITH"), QStringLiteral("1980-01-01"));
    m_john1995 = personId(*m_ws, QStringLiteral("John SMITH"), QStringLiteral("1995-05-05"));
    m_castleAmy = personId(*m_ws, QStringLiteral("Amy KHAN"), QString());
    QVERIFY(m_amy && m_ben && m_john1980 && m_john1995 && m_castleAmy);
}

void TestProfile::incidentsInOrderWithSources()
{
    ProfileBuilder b(*m_ws, m_harm);
    b.setAsOf(m_asOf);
    b.setIncludeNetwork(false);
    QString error;
    const auto p = b.build(m_amy, &error);
    QVERIFY2(p, qPrintable(error));
    QStringList refs;
    for (const ProfileIncident &i : p->incidents)
        refs << i.reference;
    QCOMPARE(refs, (QStringList{"N1", "N2", "N3", "N4"})); // C1 belongs to the unmerged Castle record
    QCOMPARE(p->incidents.at(0).occurredAt.left(16), QStringLiteral("2025-06-02T10:15"));
    QCOMPARE(p->incidents.at(0).place, QStringLiteral("Leeds Briggate"));
    QCOMPARE(p->incidents.at(2).offence, QStringLiteral("robbery"));
    QCOMPARE(p->incidents.at(2).valueGbp, 100.0);
    QVERIFY(!p->incidents.at(2).harm);          // robbery: no weight, counted 1
    QCOMPARE(p->incidents.at(0).harm.value_or(-1), 2.0);
    // 20.00 + 35.50 + 100.00 + 5.00
    QCOMPARE(p->totalValueGbp, 160.5);
    // 2 + 2 + 1 (counted) + 2
    QCOMPARE(p->totalHarm, 7.0);
    QCOMPARE(p->harmWeighted, 3);
    QCOMPARE(p->harmCounted, 1);
    QCOMPARE(p->firstSeen.left(16), QStringLiteral("2025-06-02T10:15"));
    QCOMPARE(p->lastSeen.left(16), QStringLiteral("2025-06-10T09:00"));
    // Every incident fact names its source organisation and grading.
    for (const ProfileIncident &i : p->incidents) {
        QCOMPARE(i.sources.size(), 1);
        QCOMPARE(i.sources.first().organisation, QStringLiteral("Northgate Foods"));
        QCOMPARE(i.sources.first().grading.code(), QStringLiteral("2B P"));
        QCOMPARE(i.sources.first().fileName, QStringLiteral("northgate.csv"));
    }
    // The JSON carries the same facts.
    const QJsonObject json = p->toJson();
    QCOMPARE(json.value("incidents").toArray().size(), 4);
    QCOMPARE(json.value("totals").toObject().value("value_gbp").toDouble(), 160.5);
    QCOMPARE(json.value("incidents").toArray().at(0).toObject().value("sources").toArray().at(0).toObject()
                 .value("grading").toString(), QStringLiteral("2B P"));
}

void TestProfile::coOffendersVehiclesPlacesAreas()
{
    ProfileBuilder b(*m_ws, m_harm);
    b.setIncludeNetwork(false);
    const auto p = b.build(m_amy, nullptr);
    QVERIFY(p);
    // Ben shares N1 and N2; John SMITH (1980) shares N4.
    QCOMPARE(p->coOffenders.size(), 2);
    QCOMPARE(p->coOffenders.at(0).id, m_ben);
    QCOMPARE(p->coOffenders.at(0).incidents, 2);
    QCOMPARE(p->coOffenders.at(1).id, m_john1980);
    QCOMPARE(p->coOffenders.at(1).incidents, 1);
    QVERIFY(p->coOffenders.at(1).detail.contains(QStringLiteral("1980-01-01")));
    // AB12CDE was used in N1 and N3.
    QCOMPARE(p->vehicles.size(), 1);
    QCOMPARE(p->vehicles.at(0).label, QStringLiteral("AB12CDE"));
    QCOMPARE(p->vehicles.at(0).incidents, 2);
    // Places: S1 (N1, N3), then S2 and S3 with one each.
    QCOMPARE(p->places.size(), 3);
    QCOMPARE(p->places.at(0).label, QStringLiteral("Leeds Briggate"));
    QCOMPARE(p->places.at(0).incidents, 2);
    QVERIFY(p->places.at(0).detail.contains(QStringLiteral("LS1 6HD")));
    // Areas: Leeds 2, then Wakefield and York 1 each (alphabetical).
    QCOMPARE(p->areas.size(), 3);
    QCOMPARE(p->areas.at(0), (QPair<QString, int>(QStringLiteral("Leeds"), 2)));
    QCOMPARE(p->areas.at(1), (QPair<QString, int>(QStringLiteral("Wakefield"), 1)));
    QCOMPARE(p->areas.at(2), (QPair<QString, int>(QStringLiteral("York"), 1)));
}

void TestProfile::patternAndTravel()
{
    ProfileBuilder b(*m_ws, m_harm);
    b.setIncludeNetwork(false);
    const auto p = b.build(m_amy, nullptr);
    QVERIFY(p);
    // Hours: 10:15, 14:30, 14:45, 09:00.
    std::array<int, 24> hours{};
    hours[9] = 1;
    hours[10] = 1;
    hours[14] = 2;
    QCOMPARE(p->hours, hours);
    // Monday 2 June, Wednesday 4, Saturday 7, Tuesday 10 June 2025 (Monday first).
    const std::array<int, 7> days{1, 1, 1, 0, 0, 1, 0};
    QCOMPARE(p->weekdays, days);
    QCOMPARE(p->withoutTime, 0);
    // N1 Leeds -> N2 York -> N3 Leeds -> N4 Wakefield (no coordinates): two legs measured, one not.
    // Leeds (53.7997, -1.5430) to York (53.9590, -1.0815): 35.0549 km by haversine with R = 6371.0088 km
    // (computed independently: python3 math, 2*R*asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)))).
    QCOMPARE(p->legs.size(), 2);
    QCOMPARE(p->legsWithoutCoordinates, 1);
    QVERIFY(qAbs(p->legs.at(0).km - 35.0549) < 0.001);
    QVERIFY(qAbs(p->legs.at(1).km - 35.0549) < 0.001);
    QCOMPARE(p->legs.at(0).days, 2); // 2 June to 4 June
    QCOMPARE(p->legs.at(1).days, 3);
    QVERIFY(qAbs(p->totalKm - 70.1098) < 0.002);
}

void TestProfile::networkRole()
{
    ProfileBuilder b(*m_ws, m_harm);
    const auto p = b.build(m_amy, nullptr);
    QVERIFY(p);
    QVERIFY(p->networkComputed);
    // Amy ties Ben (N1, N2) and John SMITH 1980 (N4); Ben and John are tied only through her, so she
    // is an articulation point and lies on the only Ben-John path: normalised betweenness
    // 1 pair / ((3-1)(3-2)/2) = 1. The Castle record and John SMITH 1995 form another network of 2.
    QCOMPARE(p->network.networkSize, 3);
    QCOMPARE(p->network.degree, 2);
    QVERIFY(p->network.broker);
    QCOMPARE(p->network.betweenness, 1.0);
    const auto ben = b.build(m_ben, nullptr);
    QVERIFY(ben);
    QVERIFY(!ben->network.broker);
    QCOMPARE(ben->network.betweenness, 0.0);
    QCOMPARE(ben->network.network, p->network.network);
}

void TestProfile::mergedRecordsFollowed()
{
    QString error;
    const qint64 merge = MergeLedger(*m_ws).merge(m_amy, m_castleAmy, 0.9, QStringLiteral("same name, test"),
                                                  QStringLiteral("manual"), &error);
    QVERIFY2(merge, qPrintable(error));
    ProfileBuilder b(*m_ws, m_harm);
    b.setIncludeNetwork(false);
    const qint64 survivor = qMin(m_amy, m_castleAmy);
    const auto p = b.build(survivor, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->mergedFrom.size(), 1);
    QCOMPARE(p->mergedFrom.first().id, merge);
    QCOMPARE(p->incidents.size(), 5);
    const ProfileIncident &c1 = p->incidents.last();
    QCOMPARE(c1.reference, QStringLiteral("C1"));
    QCOMPARE(c1.sources.first().organisation, QStringLiteral("Castle Stores"));
    QCOMPARE(c1.sources.first().grading.code(), QStringLiteral("3C P"));
    // 160.50 + 8.00; harm 7 + 2
    QCOMPARE(p->totalValueGbp, 168.5);
    QCOMPARE(p->totalHarm, 9.0);
    // John SMITH 1995 is now a co-offender (C1); N4 -> C1 has no coordinates at N4.
    QCOMPARE(p->coOffenders.size(), 3);
    QCOMPARE(p->legsWithoutCoordinates, 2);
    QCOMPARE(p->person.organisations, (QStringList{"Castle Stores", "Northgate Foods"}));
}

void TestProfile::historyAndNetworkFollowMerges()
{
    // Before the merge: Amy has N1-N4, the Castle "Amy KHAN" C1. Amy is tied to Ben (N1, N2) and
    // John SMITH b. 1980 (N4): 2 people, tie weight 3.
    OffendingHistory h = OffendingHistory::load(*m_ws);
    QCOMPARE(h.of(m_amy).size(), 4);
    QCOMPARE(h.of(m_castleAmy).size(), 1);
    QCOMPARE(h.label(m_amy), QStringLiteral("Amy KHAN"));
    NetworkRole role = NetworkRoles::of(NetworkRoles::projection(*m_ws), m_amy);
    QCOMPARE(role.degree, 2);
    QCOMPARE(role.tieWeight, 3.0);
    QString error;
    QVERIFY2(MergeLedger(*m_ws).merge(m_amy, m_castleAmy, 0.9, QStringLiteral("same name, test"),
                                      QStringLiteral("manual"), &error), qPrintable(error));
    const qint64 survivor = qMin(m_amy, m_castleAmy), absorbed = qMax(m_amy, m_castleAmy);
    // After: the survivor has all five in date order (C1 on 12 June last); the absorbed record is gone.
    h = OffendingHistory::load(*m_ws);
    QStringList dates;
    for (const IncidentFact &f : h.of(survivor))
        dates << f.occurredAt().left(10);
    QCOMPARE(dates, (QStringList{"2025-06-02", "2025-06-04", "2025-06-07", "2025-06-10", "2025-06-12"}));
    QVERIFY(h.of(absorbed).isEmpty());
    // ...and John SMITH b. 1995 (C1) is a third tie: 3 people, weight 4.
    const OffenderProjection projection = NetworkRoles::projection(*m_ws);
    QVERIFY(!projection.graph().contains(absorbed));
    role = NetworkRoles::of(projection, survivor);
    QCOMPARE(role.degree, 3);
    QCOMPARE(role.tieWeight, 4.0);
}

void TestProfile::openingIsAConsultation()
{
    const int before = int(m_ws->auditLog().entries().size());
    ProfileBuilder b(*m_ws);
    b.setIncludeNetwork(false);
    QString error;
    QVERIFY(b.open(m_amy, QStringLiteral("op Falcon briefing"), &error));
    const QList<AuditEntry> entries = m_ws->auditLog().entries();
    QCOMPARE(entries.size(), before + 1);
    const AuditEntry &e = entries.last();
    QCOMPARE(e.action, AuditLog::actionName(AuditLog::Action::Consultation));
    QCOMPARE(e.objectId, QString::number(m_amy));
    QCOMPARE(e.justification, QStringLiteral("op Falcon briefing"));
    // build() alone logs nothing.
    QVERIFY(b.build(m_amy, &error));
    QCOMPARE(m_ws->auditLog().entries().size(), before + 1);
}

void TestProfile::namesakesShownApart()
{
    const PersonDisplay a = PersonDisplay::of(*m_ws, m_john1980, m_asOf);
    const PersonDisplay b = PersonDisplay::of(*m_ws, m_john1995, m_asOf);
    QCOMPARE(a.name, b.name);
    // 1 Jan 1980 to 30 Jun 2025: 45 full years; 5 May 1995 to 30 Jun 2025: 30.
    QCOMPARE(a.age, 45);
    QCOMPARE(b.age, 30);
    QCOMPARE(a.organisations, QStringList{QStringLiteral("Northgate Foods")});
    QCOMPARE(b.organisations, QStringList{QStringLiteral("Castle Stores")});
    QCOMPARE(a.records, 1);
    QCOMPARE(b.records, 1);
    QCOMPARE(a.text(), QStringLiteral("John SMITH, b. 1980-01-01 (45) · known to Northgate Foods · 1 record(s)"));
    QCOMPARE(b.text(), QStringLiteral("John SMITH, b. 1995-05-05 (30) · known to Castle Stores · 1 record(s)"));
    QVERIFY(a.text() != b.text());
    // Amy: four Northgate rows.
    QCOMPARE(PersonDisplay::of(*m_ws, m_amy, m_asOf).records, 4);
    // No date of birth: said so.
    QVERIFY(PersonDisplay::of(*m_ws, m_castleAmy, m_asOf).text().contains(QStringLiteral("date of birth not known")));
    // Age on the day before a birthday, and on it.
    QCOMPARE(PersonDisplay::ageOn(QStringLiteral("1990-02-01"), QDate(2025, 1, 31)), 34);
    QCOMPARE(PersonDisplay::ageOn(QStringLiteral("1990-02-01"), QDate(2025, 2, 1)), 35);
    QCOMPARE(PersonDisplay::ageOn(QStringLiteral("not a date"), QDate(2025, 2, 1)), -1);
}

void TestProfile::haversine()
{
    // One degree of latitude on the mean sphere: R * pi / 180 = 111.19508 km.
    QVERIFY(qAbs(OffenderProfile::haversineKm(0, 0, 1, 0) - 111.19508) < 1e-4);
    // Antipodes: pi * R = 20015.1144 km.
    QVERIFY(qAbs(OffenderProfile::haversineKm(0, 0, 0, 180) - 20015.1144) < 1e-3);
    QCOMPARE(OffenderProfile::haversineKm(53.8, -1.5, 53.8, -1.5), 0.0);
}

void TestProfile::notAPerson()
{
    const qint64 incident = m_ws->entities(EntityType::Incident).first().id;
    QString error;
    QVERIFY(!ProfileBuilder(*m_ws).open(incident, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("not a person")));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
