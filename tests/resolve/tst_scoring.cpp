#include "resolve/candidateblocker.h"
#include "resolve/contextblocker.h"
#include "resolve/packedpairs.h"
#include "resolve/personscorer.h"
#include "resolve/resolveengine.h"
#include "resolve/stringmetrics.h"
#include "resolve/vehiclescorer.h"

#include <QThread>
#include <QtTest>

#include <QRandomGenerator>

#include <algorithm>

using namespace fc;

/**
 * The resolution rules, each on hand-made records whose expected outcome follows from the rule
 * itself: name typos, initials, names in the wrong order, dates of birth equal, swapped or one
 * digit off; namesakes with clearly different dates of birth never merged (even with shared
 * associates); supporting evidence; VRM misreadings; thresholds per type; blocking; and the
 * clustering guards against chaining namesakes together.
 */
class TestScoring : public QObject
{
    Q_OBJECT
private slots:
    void dobRelation_data();
    void dobRelation();
    void nameRelation_data();
    void nameRelation();
    void personOutcome_data();
    void personOutcome();
    void namesakesNeverMerged();
    void explanationIsReadable();
    void aliasMatches();
    void vrm_data();
    void vrm();
    void blockingPairsOnlyWithinBlocks();
    void blockingBoundsCandidatesPerRecord();
    void blockingAroundChangedRecords();
    void packedPairsSortLikeStdSort_data();
    void packedPairsSortLikeStdSort();
    void thresholdsPerType();
    void ambiguousRecordGoesToReview();
    void noChainThroughRecordWithoutDob();
    void rememberedDecisions();
    void cancelled();
    void scoringReportsProgressOnTheCallingThread();
};

namespace {

ResolveRecord person(qint64 id, const QString &forename, const QString &surname,
                     const QString &dob = QString())
{
    ResolveRecord r;
    r.entityId = id;
    r.type = EntityType::Person;
    r.names << NameForm{StringMetrics::matchForm(forename), StringMetrics::matchForm(surname), false};
    if (!dob.isEmpty())
        r.dobs << QDate::fromString(dob, Qt::ISODate);
    return r;
}

ResolveRecord vehicle(qint64 id, const QString &vrm)
{
    ResolveRecord r;
    r.entityId = id;
    r.type = EntityType::Vehicle;
    r.vrms << vrm;
    return r;
}

ResolveOutcome outcome(const MatchResult &r, const ResolveThresholds &t = {})
{
    if (r.veto || r.score < t.review)
        return ResolveOutcome::KeepApart;
    return r.score >= t.autoMerge ? ResolveOutcome::Merge : ResolveOutcome::Review;
}

} // namespace

void TestScoring::dobRelation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("relation");
    using R = PersonScorer::DobRelation;
    QTest::newRow("same") << "1990-03-14"
                          << "1990-03-14" << int(R::Same);
    QTest::newRow("day/month swapped") << "1990-03-04"
                                       << "1990-04-03" << int(R::DayMonthSwapped);
    QTest::newRow("one digit in the day") << "1990-03-14"
                                          << "1990-03-15" << int(R::OneDigit);
    QTest::newRow("one digit in the year") << "1987-03-14"
                                           << "1997-03-14" << int(R::OneDigit);
    QTest::newRow("two digits") << "1990-03-14"
                                << "1990-03-25" << int(R::Different);
    QTest::newRow("different year and day") << "1990-03-14"
                                            << "1991-03-15" << int(R::Different);
    QTest::newRow("swap in another year") << "1990-03-04"
                                          << "1991-04-03" << int(R::Different);
    QTest::newRow("missing") << "1990-03-14"
                             << "" << int(R::Missing);
}

void TestScoring::dobRelation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, relation);
    QCOMPARE(
        int(PersonScorer::compareDobs(QDate::fromString(a, Qt::ISODate), QDate::fromString(b, Qt::ISODate))),
        relation);
    QCOMPARE(
        int(PersonScorer::compareDobs(QDate::fromString(b, Qt::ISODate), QDate::fromString(a, Qt::ISODate))),
        relation);
}

void TestScoring::nameRelation_data()
{
    QTest::addColumn<QString>("forenameA");
    QTest::addColumn<QString>("surnameA");
    QTest::addColumn<QString>("forenameB");
    QTest::addColumn<QString>("surnameB");
    QTest::addColumn<int>("relation");
    using R = PersonScorer::NameRelation;
    QTest::newRow("case") << "Amy"
                          << "Khan"
                          << "AMY"
                          << "KHAN" << int(R::Same);
    QTest::newRow("accent") << QString::fromUtf8("Zoë") << "Byrne"
                            << "Zoe"
                            << "BYRNE" << int(R::Same);
    QTest::newRow("surname typo") << "Amy"
                                  << "Khan"
                                  << "Amy"
                                  << "Kahn" << int(R::Typo);
    QTest::newRow("forename typo") << "Jermaine"
                                   << "Khalid"
                                   << "Jermiane"
                                   << "Khalid" << int(R::Typo);
    QTest::newRow("initial") << "A"
                             << "Khan"
                             << "Amy"
                             << "Khan" << int(R::Initial);
    QTest::newRow("wrong initial") << "B"
                                   << "Khan"
                                   << "Amy"
                                   << "Khan" << int(R::Different);
    QTest::newRow("reversed") << "Khan"
                              << "Amy"
                              << "Amy"
                              << "Khan" << int(R::Reversed);
    QTest::newRow("other forename") << "Amy"
                                    << "Khan"
                                    << "Aisha"
                                    << "Khan" << int(R::Different);
    QTest::newRow("other surname") << "Amy"
                                   << "Khan"
                                   << "Amy"
                                   << "Evans" << int(R::Different);
    QTest::newRow("typo in both") << "Amy"
                                  << "Khan"
                                  << "Ami"
                                  << "Kahn" << int(R::Different);
}

void TestScoring::nameRelation()
{
    QFETCH(QString, forenameA);
    QFETCH(QString, surnameA);
    QFETCH(QString, forenameB);
    QFETCH(QString, surnameB);
    QFETCH(int, relation);
    const NameForm a{StringMetrics::matchForm(forenameA), StringMetrics::matchForm(surnameA), false};
    const NameForm b{StringMetrics::matchForm(forenameB), StringMetrics::matchForm(surnameB), false};
    QCOMPARE(int(PersonScorer::compareNames(a, b)), relation);
    QCOMPARE(int(PersonScorer::compareNames(b, a)), relation);
}

void TestScoring::personOutcome_data()
{
    QTest::addColumn<QString>("nameA");
    QTest::addColumn<QString>("dobA");
    QTest::addColumn<QString>("nameB");
    QTest::addColumn<QString>("dobB");
    QTest::addColumn<int>("sharedAssociates");
    QTest::addColumn<bool>("sharedArea");
    QTest::addColumn<int>("expected");
    const int merge = int(ResolveOutcome::Merge), review = int(ResolveOutcome::Review),
              apart = int(ResolveOutcome::KeepApart);
    QTest::newRow("typo, same DOB") << "Amy Khan"
                                    << "1990-03-14"
                                    << "Amy Kahn"
                                    << "1990-03-14" << 0 << false << merge;
    QTest::newRow("initial, same DOB") << "Amy Khan"
                                       << "1990-03-14"
                                       << "A Khan"
                                       << "1990-03-14" << 0 << false << merge;
    QTest::newRow("reversed, same DOB") << "Amy Khan"
                                        << "1990-03-14"
                                        << "Khan Amy"
                                        << "1990-03-14" << 0 << false << merge;
    QTest::newRow("same name, DOB swapped") << "Amy Khan"
                                            << "1990-03-04"
                                            << "Amy Khan"
                                            << "1990-04-03" << 0 << false << merge;
    QTest::newRow("same name, DOB one digit") << "Amy Khan"
                                              << "1990-03-14"
                                              << "Amy Khan"
                                              << "1990-03-15" << 0 << false << review;
    QTest::newRow("same name, DOB one digit, town") << "Amy Khan"
                                                    << "1990-03-14"
                                                    << "Amy Khan"
                                                    << "1990-03-15" << 0 << true << review;
    QTest::newRow("same name, DOB one digit, co-offender") << "Amy Khan"
                                                           << "1990-03-14"
                                                           << "Amy Khan"
                                                           << "1990-03-15" << 1 << false << merge;
    QTest::newRow("typo and DOB swapped") << "Amy Khan"
                                          << "1990-03-04"
                                          << "Amy Kahn"
                                          << "1990-04-03" << 0 << false << review;
    QTest::newRow("initial and DOB one digit") << "Amy Khan"
                                               << "1990-03-14"
                                               << "A Khan"
                                               << "1990-03-15" << 0 << false << review;
    QTest::newRow("same name, no DOB") << "Amy Khan"
                                       << "1990-03-14"
                                       << "Amy Khan"
                                       << "" << 0 << false << review;
    QTest::newRow("same name, no DOB, co-offender and town") << "Amy Khan"
                                                             << "1990-03-14"
                                                             << "Amy Khan"
                                                             << "" << 1 << true << merge;
    QTest::newRow("initial, no DOB, support") << "Amy Khan"
                                              << "1990-03-14"
                                              << "A Khan"
                                              << "" << 2 << true << review;
    QTest::newRow("initial, no DOB") << "Amy Khan"
                                     << "1990-03-14"
                                     << "A Khan"
                                     << "" << 0 << false << apart;
    QTest::newRow("other person, same DOB") << "Amy Khan"
                                            << "1990-03-14"
                                            << "Joe Bloggs"
                                            << "1990-03-14" << 2 << true << apart;
    QTest::newRow("namesakes, DOBs years apart") << "Amy Khan"
                                                 << "1990-03-14"
                                                 << "Amy Khan"
                                                 << "2001-11-30" << 2 << true << apart;
}

void TestScoring::personOutcome()
{
    QFETCH(QString, nameA);
    QFETCH(QString, dobA);
    QFETCH(QString, nameB);
    QFETCH(QString, dobB);
    QFETCH(int, sharedAssociates);
    QFETCH(bool, sharedArea);
    QFETCH(int, expected);
    ResolveRecord a =
        person(1, nameA.section(QLatin1Char(' '), 0, 0), nameA.section(QLatin1Char(' '), 1), dobA);
    ResolveRecord b =
        person(2, nameB.section(QLatin1Char(' '), 0, 0), nameB.section(QLatin1Char(' '), 1), dobB);
    for (int i = 0; i < sharedAssociates; ++i) {
        a.associates << 100 + i;
        b.associates << 100 + i;
    }
    a.areas << QStringLiteral("ROCHDALE");
    b.areas << (sharedArea ? QStringLiteral("ROCHDALE") : QStringLiteral("WIGAN"));
    const MatchResult r = PersonScorer::score(a, b, true);
    QVERIFY2(
        int(outcome(r)) == expected,
        qPrintable(QStringLiteral("score %1: %2").arg(r.score).arg(r.reasons.join(QStringLiteral("; ")))));
    const MatchResult reversed = PersonScorer::score(b, a, false);
    QCOMPARE(reversed.score, r.score);
}

void TestScoring::namesakesNeverMerged()
{
    // Same name, two clearly different dates of birth, and everything else in common: apart.
    ResolveRecord a = person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14"));
    ResolveRecord b = person(2, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1975-08-22"));
    a.vehicles = b.vehicles = {7, 8};
    a.associates = b.associates = {11, 12, 13};
    a.areas = b.areas = {QStringLiteral("ROCHDALE")};
    const MatchResult r = PersonScorer::score(a, b, true);
    QVERIFY(r.veto);
    QCOMPARE(r.score, 0.0);
    QVERIFY(r.reasons.join(QLatin1Char(' ')).contains(QLatin1String("1975-08-22")));
    // Even at thresholds of zero the engine keeps them apart.
    const ResolvePlan plan = ResolveEngine(EntityType::Person, ResolveThresholds{0.0, 0.0}).run({a, b});
    QVERIFY(plan.merges.isEmpty());
    QVERIFY(plan.reviews.isEmpty());
    QCOMPARE(plan.keptApart, 1);
}

void TestScoring::explanationIsReadable()
{
    ResolveRecord a = person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-04"));
    ResolveRecord b = person(2, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-04-03"));
    a.vehicles = b.vehicles = {5};
    const MatchResult r = PersonScorer::score(a, b, true);
    QCOMPARE(r.reasons.size(), 3);
    QCOMPARE(r.reasons.at(0), QStringLiteral("same name AMY KHAN"));
    QCOMPARE(r.reasons.at(1),
             QStringLiteral("dates of birth 1990-03-04 and 1990-04-03 differ by a day/month swap"));
    QCOMPARE(r.reasons.at(2), QStringLiteral("1 shared vehicle(s)"));
    // Without explanation the score is the same and no text is built.
    const MatchResult quiet = PersonScorer::score(a, b, false);
    QCOMPARE(quiet.score, r.score);
    QVERIFY(quiet.reasons.isEmpty());
}

void TestScoring::aliasMatches()
{
    // A record known as "Amy Khan" with the alias "Aisha Malik" matches "Aisha Malik" with the same
    // date of birth through the alias, and says so.
    ResolveRecord a = person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14"));
    a.names << NameForm{QStringLiteral("AISHA"), QStringLiteral("MALIK"), true};
    const ResolveRecord b =
        person(2, QStringLiteral("Aisha"), QStringLiteral("Malik"), QStringLiteral("1990-03-14"));
    const MatchResult r = PersonScorer::score(a, b, true);
    QCOMPARE(r.score, 1.0);
    QCOMPARE(r.reasons.first(), QStringLiteral("same name AISHA MALIK (through an alias)"));
    // Without the alias the names do not match at all.
    a.names.removeLast();
    QCOMPARE(PersonScorer::score(a, b, false).score, 0.0);
}

void TestScoring::vrm_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    const int merge = int(ResolveOutcome::Merge), review = int(ResolveOutcome::Review),
              apart = int(ResolveOutcome::KeepApart);
    QTest::newRow("same") << "AB12CDE"
                          << "AB12CDE" << merge;
    QTest::newRow("8 for B") << "A812CDE"
                             << "AB12CDE" << merge;
    QTest::newRow("O for 0") << "AB1OCDE"
                             << "AB10CDE" << merge;
    QTest::newRow("1 for I") << "AB12CD1"
                             << "AB12CDI" << merge;
    QTest::newRow("S for 5") << "AB5SCDE"
                             << "AB55CDE" << merge;
    QTest::newRow("one other letter") << "AB12CDE"
                                      << "AB12CDF" << apart;
    QTest::newRow("neither a current-style mark") << "A123BC0"
                                                  << "A123BCO" << review;
    // A character missed or added in keying (issue 14): AB12CD cannot be a current-style mark
    // (two letters, two digits, three letters), AB12CDE with its last letter dropped is it.
    QTest::newRow("a character missed") << "AB12CDE"
                                        << "AB12CD" << merge;
    QTest::newRow("a character added") << "AB12CDE"
                                       << "AB123CDE" << merge;
    QTest::newRow("a character missed and misread") << "AB10CDE"
                                                    << "AB1OCD" << merge;
    // Neither a current-style mark (an old prefix-style A123BCD and A12BCD): only for review.
    QTest::newRow("one character apart, neither current") << "A123BCD"
                                                          << "A12BCD" << review;
    QTest::newRow("two characters missed") << "AB12CDE"
                                           << "AB12C" << apart;
}

void TestScoring::vrm()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const MatchResult r = VehicleScorer::score(vehicle(1, a), vehicle(2, b), true);
    QVERIFY2(int(outcome(r)) == expected, qPrintable(r.reasons.join(QStringLiteral("; "))));
    QCOMPARE(VehicleScorer::score(vehicle(2, b), vehicle(1, a), false).score, r.score);
    // Blocking brings together exactly the pairs that can be the same vehicle.
    const QStringList keysA = VehicleScorer::blockingKeys(a);
    const bool shareKey = std::any_of(keysA.cbegin(), keysA.cend(), [&](const QString &k) {
        return VehicleScorer::blockingKeys(b).contains(k);
    });
    QCOMPARE(shareKey || expected == int(ResolveOutcome::KeepApart), true);
    if (expected != int(ResolveOutcome::KeepApart))
        QVERIFY(shareKey);
}

void TestScoring::blockingPairsOnlyWithinBlocks()
{
    // Four people: two spellings of one name (same block), a typo in the first letter with the
    // same date of birth (DOB block), and someone unrelated (no block shared).
    const QList<ResolveRecord> records{
        person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-04")),
        person(2, QStringLiteral("A"), QStringLiteral("Kahn")),
        person(3, QStringLiteral("Amy"), QStringLiteral("Chan"), QStringLiteral("1990-04-03")),
        person(4, QStringLiteral("Joe"), QStringLiteral("Bloggs"), QStringLiteral("1985-07-02")),
    };
    QCOMPARE(CandidateBlocker::keys(records.at(0)),
             QStringList({QStringLiteral("S|K500|A"), QStringLiteral("D|1990|3|4")}));
    const auto pairs = CandidateBlocker::pairs(records, 100);
    const std::vector<std::pair<int, int>> expected{{0, 1}, {0, 2}};
    QCOMPARE(pairs, expected);
    // An oversized block is skipped and reported.
    int skipped = 0;
    QVERIFY(CandidateBlocker::pairs(records, 1, &skipped).empty());
    QCOMPARE(skipped, 2);
}

void TestScoring::blockingBoundsCandidatesPerRecord()
{
    // 300 people called J<nnn> SMITH born on different days share one blocking key (S530 with
    // the initial J). Whole, the block gives every record 299 partners; with a sorted
    // neighbourhood of window 10, records sorted by name (J000 ... J299) and each paired with the
    // 10 after it: 10 x 290 + (9 + 8 + ... + 0) = 2,945 pairs, at most 2 x 10 = 20 per record
    // (records in the middle have exactly 20), and neighbours by name are paired.
    QList<ResolveRecord> smiths;
    for (int i = 0; i < 300; ++i)
        smiths << person(i + 1, QStringLiteral("J%1").arg(299 - i, 3, 10, QLatin1Char('0')), QStringLiteral("Smith"),
                         QDate(1950, 1, 1).addDays(i * 40).toString(Qt::ISODate));
    const auto whole = CandidateBlocker::pairs(smiths, 5000, nullptr, 0);
    QCOMPARE(whole.size(), size_t(300 * 299 / 2));
    const auto bounded = CandidateBlocker::pairs(smiths, 5000, nullptr, 10);
    QCOMPARE(bounded.size(), size_t(2945));
    std::vector<int> partners(300, 0);
    for (const auto &[a, b] : bounded) {
        ++partners[size_t(a)];
        ++partners[size_t(b)];
    }
    QCOMPARE(*std::max_element(partners.begin(), partners.end()), 20);
    QCOMPARE(partners[150], 20);
    // Index 0 is J299 and index 1 J298: neighbours by name; J299 and J000 are not paired.
    const auto has = [&](int a, int b) {
        return std::find(bounded.begin(), bounded.end(), std::make_pair(a, b)) != bounded.end();
    };
    QVERIFY(has(0, 1));
    QVERIFY(!has(0, 299));
    // A small block is taken whole whatever the window.
    QCOMPARE(CandidateBlocker::pairs(smiths.mid(0, 11), 5000, nullptr, 10).size(), size_t(55));
    // The engine reports the bound it worked to.
    ResolveEngine engine(EntityType::Person, ResolveThresholds{});
    engine.setBlockWindow(10);
    const ResolvePlan plan = engine.run(smiths);
    QCOMPARE(plan.candidatePairs, 2945);
    QCOMPARE(plan.maxPairsPerRecord, 20);
    QCOMPARE(plan.meanPairsPerRecord, 2.0 * 2945 / 300);
}

// A later pass of the engine blocks only around the clusters a merge changed: the pairs are those
// of whole blocking with a changed side, no more and no fewer. The oracle is whole blocking,
// filtered. By hand: the 300 SMITHs of blockingBoundsCandidatesPerRecord with window 10, only
// index 150 changed: its 10 neighbours on each side, 20 pairs.
void TestScoring::blockingAroundChangedRecords()
{
    QList<ResolveRecord> records;
    for (int i = 0; i < 300; ++i)
        records << person(i + 1, QStringLiteral("J%1").arg(299 - i, 3, 10, QLatin1Char('0')), QStringLiteral("Smith"),
                          QDate(1950, 1, 1).addDays(i * 40).toString(Qt::ISODate));
    std::vector<char> changed(size_t(records.size()), 0);
    changed[150] = 1;
    QCOMPARE(CandidateBlocker::pairs(records, 5000, nullptr, 10, &changed).size(), size_t(20));

    // Small and large blocks, names, dates, vehicles, co-offenders and stores, drawn at random.
    QRandomGenerator rng(7);
    records.clear();
    static const char *const kSurnames[] = {"SMITH", "SMYTH", "JONES", "PATEL", "KHAN", "MORAN"};
    for (int i = 0; i < 2000; ++i) {
        ResolveRecord r = person(i + 1, QString(QChar(u'A' + char16_t(rng.bounded(4)))) + QStringLiteral("NN"),
                                 QString::fromLatin1(kSurnames[rng.bounded(6)]),
                                 rng.bounded(2) ? QDate(1980, 1, 1).addDays(rng.bounded(60)).toString(Qt::ISODate)
                                                : QString());
        r.vehicles = {1000 + rng.bounded(300)};
        r.associates = {5000 + rng.bounded(400)};
        r.visits = {StoreVisit{9000 + rng.bounded(5), 2460000 + rng.bounded(2000)}};
        records << r;
    }
    changed.assign(size_t(records.size()), 0);
    for (int i = 0; i < records.size(); i += 37)
        changed[size_t(i)] = 1;
    auto withChangedSide = [&](std::vector<std::pair<int, int>> pairs) {
        std::erase_if(pairs, [&](const std::pair<int, int> &p) {
            return !changed[size_t(p.first)] && !changed[size_t(p.second)];
        });
        return pairs;
    };
    const auto named = CandidateBlocker::pairs(records, 5000, nullptr, 40);
    const auto namedAround = CandidateBlocker::pairs(records, 5000, nullptr, 40, &changed);
    QVERIFY(namedAround.size() > 100 && namedAround.size() < named.size());
    QVERIFY(namedAround == withChangedSide(named));
    const auto context = ContextBlocker::pairs(records, named, 40);
    const auto contextAround = ContextBlocker::pairs(records, named, 40, &changed);
    QVERIFY(contextAround.size() > 100 && contextAround.size() < context.size());
    QVERIFY(contextAround == withChangedSide(context));
}

void TestScoring::thresholdsPerType()
{
    const QList<ResolveRecord> people{
        person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14")),
        person(2, QStringLiteral("Amy"), QStringLiteral("Kahn"), QStringLiteral("1990-03-14"))};
    QCOMPARE(ResolveEngine(EntityType::Person, ResolveThresholds{0.9, 0.6}).run(people).merges.size(), 1);
    const ResolvePlan strict = ResolveEngine(EntityType::Person, ResolveThresholds{0.99, 0.6}).run(people);
    QCOMPARE(strict.merges.size(), 0);
    QCOMPARE(strict.reviews.size(), 1);
    const ResolvePlan none = ResolveEngine(EntityType::Person, ResolveThresholds{0.99, 0.98}).run(people);
    QCOMPARE(none.reviews.size(), 0);
    QCOMPARE(none.keptApart, 1);
    ResolveSettings settings;
    settings.model = ResolveModel::Rules;
    QCOMPARE(settings.thresholdsFor(EntityType::Person).autoMerge, 0.9);
    settings.thresholds.insert(EntityType::Vehicle, ResolveThresholds{0.99, 0.5});
    QCOMPARE(settings.thresholdsFor(EntityType::Vehicle).autoMerge, 0.99);
    QCOMPARE(settings.thresholdsFor(EntityType::Person).autoMerge, 0.9);
    settings.model = ResolveModel::Probabilistic; // the model's scores are probabilities, set apart
    QCOMPARE(settings.thresholdsFor(EntityType::Person).autoMerge, 0.95);
    QCOMPARE(settings.thresholdsFor(EntityType::Person).review, 0.5);
}

void TestScoring::ambiguousRecordGoesToReview()
{
    // "Amy Khan" without a date of birth, with a co-offender and town shared with each of two
    // namesakes born 15 years apart: strong enough for either, so it is merged with neither.
    ResolveRecord a = person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14"));
    ResolveRecord b = person(2, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1975-08-22"));
    ResolveRecord c = person(3, QStringLiteral("Amy"), QStringLiteral("Khan"));
    a.associates = {10};
    b.associates = {11};
    c.associates = {10, 11};
    a.areas = b.areas = c.areas = {QStringLiteral("ROCHDALE")};
    QCOMPARE(outcome(PersonScorer::score(a, c, false)), ResolveOutcome::Merge);
    QCOMPARE(outcome(PersonScorer::score(b, c, false)), ResolveOutcome::Merge);
    const ResolvePlan plan = ResolveEngine(EntityType::Person, ResolveThresholds{}).run({a, b, c});
    QVERIFY(plan.merges.isEmpty());
    QCOMPARE(plan.reviews.size(), 2);
    QCOMPARE(plan.clusterOf, QList<int>({0, 1, 2}));
}

void TestScoring::noChainThroughRecordWithoutDob()
{
    // a (born 1990) ~ c ~ d ~ b (born 1975), where c and d have no date of birth and each link
    // is strong on its own: following the chain would put the namesakes a and b together. The
    // last join is refused and held for review.
    ResolveRecord a = person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14"));
    ResolveRecord b = person(2, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1975-08-22"));
    ResolveRecord c = person(3, QStringLiteral("Amy"), QStringLiteral("Khan"));
    ResolveRecord d = person(4, QStringLiteral("Amy"), QStringLiteral("Khan"));
    a.associates = {10};
    c.associates = {10, 20};
    d.associates = {20, 30};
    b.associates = {30};
    a.areas = c.areas = {QStringLiteral("ROCHDALE")};
    d.areas = {QStringLiteral("ROCHDALE"), QStringLiteral("WIGAN")};
    b.areas = {QStringLiteral("WIGAN")};
    for (const auto &[x, y] : {std::pair{&a, &c}, std::pair{&c, &d}, std::pair{&d, &b}})
        QCOMPARE(outcome(PersonScorer::score(*x, *y, false)), ResolveOutcome::Merge);
    const ResolvePlan plan = ResolveEngine(EntityType::Person, ResolveThresholds{}).run({a, b, c, d});
    QVERIFY(plan.clusterOf.at(0) != plan.clusterOf.at(1));
    QVERIFY(plan.conflicts >= 1);
    QCOMPARE(plan.merges.size(), 2);
    QCOMPARE(plan.clusterOf.at(0), plan.clusterOf.at(2));
}

void TestScoring::rememberedDecisions()
{
    const QList<ResolveRecord> people{
        person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14")),
        person(2, QStringLiteral("Amy"), QStringLiteral("Kahn"), QStringLiteral("1990-03-14")),
        person(3, QStringLiteral("Amy"), QStringLiteral("Khan"))};
    ResolveEngine engine(EntityType::Person, ResolveThresholds{});
    // An analyst said 0 and 1 are different, and 0 and 2 are the same.
    engine.setDecisions([](int a, int b) {
        const int lo = std::min(a, b), hi = std::max(a, b);
        return lo == 0 && hi == 1 ? -1 : lo == 0 && hi == 2 ? 1 : 0;
    });
    const ResolvePlan plan = engine.run(people);
    QCOMPARE(plan.rememberedApart, 1);
    QCOMPARE(plan.clusterOf.at(0), plan.clusterOf.at(2));
    QVERIFY(plan.clusterOf.at(1) != plan.clusterOf.at(0));
}

void TestScoring::cancelled()
{
    const QList<ResolveRecord> people{
        person(1, QStringLiteral("Amy"), QStringLiteral("Khan"), QStringLiteral("1990-03-14")),
        person(2, QStringLiteral("Amy"), QStringLiteral("Kahn"), QStringLiteral("1990-03-14"))};
    ResolveEngine engine(EntityType::Person, ResolveThresholds{});
    std::atomic_bool cancel{true};
    engine.setCancelFlag(&cancel);
    const ResolvePlan plan = engine.run(people);
    QVERIFY(plan.cancelled);
    QVERIFY(plan.merges.isEmpty());
    cancel = false;
    QCOMPARE(engine.run(people).merges.size(), 1);
}

void TestScoring::scoringReportsProgressOnTheCallingThread()
{
    // 300 Smiths born in 1990 are one block: 300 * 299 / 2 = 44,850 pairs, scored on all cores.
    QList<ResolveRecord> smiths;
    for (int i = 0; i < 300; ++i)
        smiths << person(i + 1, QStringLiteral("Forename%1").arg(i), QStringLiteral("Smith"),
                         QDate(1990, 1, 1).addDays(i).toString(Qt::ISODate));
    ResolveEngine engine(EntityType::Person, ResolveThresholds{});
    engine.setBlockWindow(0); // the whole block, not a sorted neighbourhood of it
    QList<double> seen;
    bool otherThread = false;
    engine.setProgressCallback([&](double p) {
        seen << p;
        otherThread = otherThread || QThread::currentThread() != thread();
    });
    const ResolvePlan plan = engine.run(smiths);
    QCOMPARE(plan.candidatePairs, 44850);
    QVERIFY(!otherThread);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 1.0);
    // Every 4,096 pairs of the calling thread's share, at least: several steps before the end.
    QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
    QVERIFY(seen.first() > 0 && seen.first() < 0.5);
}

// PackedPairs::sortUnique sorts tens of millions of pairs by radix from 65,536 pairs up; the
// oracle is std::sort + std::unique on the same packed values. Random pairs with repeats, indexes
// of different widths (one of them wider than 16 bits, so that digits straddle the two indexes),
// and the small path below the radix threshold.
void TestScoring::packedPairsSortLikeStdSort_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxA");
    QTest::addColumn<int>("maxB");
    QTest::newRow("small") << 1000 << 300 << 300;
    QTest::newRow("radix, narrow") << 200000 << 500 << 500;
    QTest::newRow("radix, wide") << 200000 << 3000000 << 70000;
    QTest::newRow("radix, all zero") << 70000 << 1 << 1;
}

void TestScoring::packedPairsSortLikeStdSort()
{
    QFETCH(int, count);
    QFETCH(int, maxA);
    QFETCH(int, maxB);
    QRandomGenerator rng(20261204);
    std::vector<quint64> packed;
    for (int i = 0; i < count; ++i)
        packed.push_back(PackedPairs::pack(int(rng.bounded(maxA)), int(rng.bounded(maxB))));
    std::vector<quint64> expected = packed;
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    PackedPairs::sortUnique(&packed);
    QCOMPARE(packed.size(), expected.size());
    QVERIFY(packed == expected);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
