#include "offendersworkspace.h"

#include "offenders/interventionregister.h"
#include "offenders/motivationregister.h"
#include "offenders/offendinghistory.h"

using namespace fc;
using namespace offenders_test;

/** What the analyst records about offenders: motivation with history and revert, suggested and recorded interventions, before/after. */
class TestOffenderRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void motivationNames();
    void motivationHistoryAndRevert();
    void motivationRefused();
    void suggestionsPerMotivation_data();
    void suggestionsPerMotivation();
    void suggestionsEdited();
    void beforeAfterByHand();
    void beforeAfterFromWorkspace();
    void summaryByTypeAndMotivation();
    void interventionRecordedAndRemoved();

private:
    static IncidentFact incident(qint64 id, const char *date, const char *offence);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_amy = 0;
};

IncidentFact TestOffenderRecords::incident(qint64 id, const char *date, const char *offence)
{
    IncidentFact f;
    f.incidentId = id;
    f.setOccurredAt(QString::fromLatin1(date)); // and its day
    f.offence = QString::fromLatin1(offence);
    return f;
}

void TestOffenderRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = build(*m_dir);
    QVERIFY(m_ws);
    m_amy = personId(*m_ws, QStringLiteral("Amy KHAN"), QStringLiteral("1990-02-01"));
    QVERIFY(m_amy);
}

void TestOffenderRecords::motivationNames()
{
    QCOMPARE(Motivations::names(), (QStringList{"organised", "dependency", "need", "opportunistic", "coerced"}));
    QCOMPARE(Motivations::fromName(QStringLiteral("Exploited")), Motivation::Coerced);
    QCOMPARE(Motivations::fromName(QStringLiteral("profit")), Motivation::Organised);
    QVERIFY(!Motivations::fromName(QStringLiteral("bored")));
    QVERIFY(Motivations::description(Motivation::Coerced).contains(QStringLiteral("safeguarding")));
}

void TestOffenderRecords::motivationHistoryAndRevert()
{
    MotivationRegister reg(*m_ws);
    QVERIFY(!reg.current(m_amy));
    QString error;
    const auto grading = Grading::parse(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("P"), QString(), &error);
    QVERIFY(grading);
    const int audits = int(m_ws->auditLog().entries().size());
    const qint64 first = reg.set(m_amy, Motivation::Opportunistic, *grading, QStringLiteral("store detective's view"), &error);
    QVERIFY2(first, qPrintable(error));
    const qint64 second = reg.set(m_amy, Motivation::Dependency, Grading(), QStringLiteral("referral notes"), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(reg.current(m_amy)->motivation, Motivation::Dependency);
    QCOMPARE(reg.currentAll().value(m_amy), Motivation::Dependency);

    // Only the latest can be reverted; the revert restores the state before it, with its grading.
    QVERIFY(!reg.revert(first, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("not the latest")));
    const qint64 undo = reg.revert(second, QStringLiteral("entered on the wrong person"), &error);
    QVERIFY2(undo, qPrintable(error));
    auto now = reg.current(m_amy);
    QVERIFY(now);
    QCOMPARE(now->motivation, Motivation::Opportunistic);
    QCOMPARE(now->grading.code(), QStringLiteral("2B P"));
    QCOMPARE(now->replacesId, second);
    // Reverting the revert is a redo.
    QVERIFY(reg.revert(undo, QString(), &error));
    QCOMPARE(reg.current(m_amy)->motivation, Motivation::Dependency);
    // Back to before the first record: none.
    const QList<MotivationRecord> h = reg.history(m_amy);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(0).motivation, Motivation::Opportunistic);
    QCOMPARE(h.at(0).reason, QStringLiteral("store detective's view"));
    QCOMPARE(h.at(0).decidedBy, QStringLiteral("analyst1"));
    QVERIFY(!h.at(0).decidedAt.isEmpty());
    QCOMPARE(h.at(2).reason, QStringLiteral("entered on the wrong person"));
    // Every change is audited as an alteration on the person, without the reason text.
    const QList<AuditEntry> entries = m_ws->auditLog().entries();
    QCOMPARE(entries.size(), audits + 4);
    for (int i = audits; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).action, AuditLog::actionName(AuditLog::Action::Alteration));
        QCOMPARE(entries.at(i).objectId, QString::number(m_amy));
        QVERIFY(!entries.at(i).detail.contains(QStringLiteral("wrong person")));
    }
    // A person with one record reverted has none.
    const qint64 ben = personId(*m_ws, QStringLiteral("Ben COLE"), QStringLiteral("1985-04-03"));
    const qint64 only = reg.set(ben, Motivation::Coerced, Grading(), QStringLiteral("seen with handler"), &error);
    QVERIFY(reg.revert(only, QString(), &error));
    QVERIFY(!reg.current(ben));
    QVERIFY(!reg.currentAll().contains(ben));
    QCOMPARE(reg.history(ben).size(), 2);
}

void TestOffenderRecords::motivationRefused()
{
    MotivationRegister reg(*m_ws);
    QString error;
    QVERIFY(!reg.set(m_amy, Motivation::Need, Grading(), QStringLiteral("  "), &error));
    QVERIFY(error.contains(QStringLiteral("reason")));
    const qint64 incident = m_ws->entities(EntityType::Incident).first().id;
    QVERIFY(!reg.set(incident, Motivation::Need, Grading(), QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("not a person")));
    QVERIFY(reg.history(m_amy).isEmpty());
}

void TestOffenderRecords::suggestionsPerMotivation_data()
{
    // The defaults the issue lists, in order.
    QTest::addColumn<QString>("motivation");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("organised") << "organised"
                               << QStringList{"arrest and charge", "criminal behaviour order", "civil recovery"};
    QTest::newRow("dependency") << "dependency" << QStringList{"drug and alcohol treatment referral"};
    QTest::newRow("need") << "need" << QStringList{"support services referral"};
    QTest::newRow("opportunistic") << "opportunistic" << QStringList{"warning letter", "banning notice"};
    QTest::newRow("coerced") << "coerced" << QStringList{"safeguarding referral"};
}

void TestOffenderRecords::suggestionsPerMotivation()
{
    QFETCH(QString, motivation);
    QFETCH(QStringList, expected);
    const Motivation m = *Motivations::fromName(motivation);
    QCOMPARE(InterventionRegister(*m_ws).suggestions(m), expected); // as stored by the schema
    QCOMPARE(InterventionRegister::defaultSuggestions(m), expected);
}

void TestOffenderRecords::suggestionsEdited()
{
    InterventionRegister reg(*m_ws);
    QString error;
    QVERIFY(reg.setSuggestions(Motivation::Need, {QStringLiteral("food bank referral"), QStringLiteral(" debt advice "),
                                                   QStringLiteral(""), QStringLiteral("food bank referral")}, &error));
    QCOMPARE(reg.suggestions(Motivation::Need), (QStringList{"food bank referral", "debt advice"}));
    // Other motivations untouched; nothing recorded against anyone.
    QCOMPARE(reg.suggestions(Motivation::Coerced), QStringList{QStringLiteral("safeguarding referral")});
    QVERIFY(reg.interventions().isEmpty());
    QCOMPARE(reg.suggestionTable().size(), 5);
}

void TestOffenderRecords::beforeAfterByHand()
{
    // Intervention on 2025-03-01, 30-day windows: before = 30 Jan .. 28 Feb, after = 2 Mar .. 31 Mar.
    //   2025-01-29 out (31 days before)    2025-01-30 before    2025-02-28 before
    //   2025-03-01 the day itself: neither  2025-03-02 after     2025-03-31 after    2025-04-01 out
    // Harm weights: robbery 10, the rest counted 1: before 1 + 10 = 11; after 1 + 1 = 2.
    InterventionRecord r;
    r.type = QStringLiteral("warning letter");
    r.startedOn = QDate(2025, 3, 1);
    const QList<IncidentFact> incidents{incident(1, "2025-01-29", "shop_theft"), incident(2, "2025-01-30T23:00", "shop_theft"),
                                        incident(3, "2025-02-28", "robbery"), incident(4, "2025-03-01T12:00", "shop_theft"),
                                        incident(5, "2025-03-02", "shop_theft"), incident(6, "2025-03-31", "shop_theft"),
                                        incident(7, "2025-04-01", "shop_theft"), incident(8, "", "shop_theft")};
    const HarmLookup harm = [](const QString &o) -> std::optional<double> {
        return o == QLatin1String("robbery") ? std::optional<double>(10.0) : std::nullopt;
    };
    const InterventionEffect e = InterventionRegister::effect(r, incidents, 30, QDate(2025, 6, 30), harm);
    QCOMPARE(e.beforeFrom, QDate(2025, 1, 30));
    QCOMPARE(e.beforeTo, QDate(2025, 2, 28));
    QCOMPARE(e.afterFrom, QDate(2025, 3, 2));
    QCOMPARE(e.afterTo, QDate(2025, 3, 31));
    QCOMPARE(e.beforeFrom.daysTo(e.beforeTo), e.afterFrom.daysTo(e.afterTo)); // same length
    QCOMPARE(e.beforeCount, 2);
    QCOMPARE(e.afterCount, 2);
    QCOMPARE(e.beforeHarm, 11.0);
    QCOMPARE(e.afterHarm, 2.0);
    QVERIFY(e.afterComplete);
    // On 2025-03-30 the after window has not ended.
    QVERIFY(!InterventionRegister::effect(r, incidents, 30, QDate(2025, 3, 30)).afterComplete);
    QVERIFY(InterventionRegister::effect(r, incidents, 30, QDate(2025, 3, 31)).afterComplete);
}

void TestOffenderRecords::beforeAfterFromWorkspace()
{
    // Amy: N1 2 Jun, N2 4 Jun, N3 7 Jun, N4 10 Jun 2025. Intervention 5 June, 3-day windows:
    // before 2-4 June (N1, N2), after 6-8 June (N3).
    const OffendingHistory h = OffendingHistory::load(*m_ws);
    QCOMPARE(h.of(m_amy).size(), 4);
    InterventionRecord r;
    r.personId = m_amy;
    r.type = QStringLiteral("banning notice");
    r.startedOn = QDate(2025, 6, 5);
    const InterventionEffect e = InterventionRegister::effect(r, h.of(m_amy), 3, QDate(2025, 6, 30));
    QCOMPARE(e.beforeCount, 2);
    QCOMPARE(e.afterCount, 1);
    QCOMPARE(e.beforeHarm, 2.0); // no harm table: counts
    QCOMPARE(e.afterHarm, 1.0);
}

void TestOffenderRecords::summaryByTypeAndMotivation()
{
    auto effect = [](const char *type, std::optional<Motivation> m, int before, int after, bool complete) {
        InterventionEffect e;
        e.intervention.type = QString::fromLatin1(type);
        e.motivation = m;
        e.beforeCount = before;
        e.afterCount = after;
        e.beforeHarm = before * 2;
        e.afterHarm = after * 2;
        e.afterComplete = complete;
        return e;
    };
    const QList<InterventionSummary> s = InterventionRegister::summarise(
        {effect("warning letter", Motivation::Opportunistic, 3, 1, true),
         effect("warning letter", Motivation::Opportunistic, 2, 2, true),
         effect("warning letter", Motivation::Opportunistic, 9, 0, false), // incomplete: counted, not summed
         effect("warning letter", std::nullopt, 1, 0, true),
         effect("safeguarding referral", Motivation::Coerced, 4, 1, true)});
    QCOMPARE(s.size(), 3);
    // Sorted by type, then motivation name ("" first).
    QCOMPARE(s.at(0).type, QStringLiteral("safeguarding referral"));
    QCOMPARE(s.at(1).motivation, QString());
    QCOMPARE(s.at(1).interventions, 1);
    const InterventionSummary &w = s.at(2);
    QCOMPARE(w.motivation, QStringLiteral("opportunistic"));
    QCOMPARE(w.interventions, 3);
    QCOMPARE(w.incompleteWindows, 1);
    QCOMPARE(w.beforeCount, 5); // 3 + 2
    QCOMPARE(w.afterCount, 3);  // 1 + 2
    QCOMPARE(w.beforeHarm, 10.0);
    QCOMPARE(w.afterHarm, 6.0);
    const QString caveats = InterventionRegister::caveats();
    QVERIFY(caveats.contains(QStringLiteral("numbers are small")));
    QVERIFY(caveats.contains(QStringLiteral("regression to the mean")));
    QVERIFY(caveats.contains(QStringLiteral("time in custody")));
}

void TestOffenderRecords::interventionRecordedAndRemoved()
{
    InterventionRegister reg(*m_ws);
    QString error;
    InterventionRecord r;
    r.personId = m_amy;
    r.type = QStringLiteral("  drug and alcohol   treatment referral ");
    r.startedOn = QDate(2025, 6, 5);
    r.owner = QStringLiteral("IOM team");
    r.outcome = QStringLiteral("engaged");
    r.reviewDate = QDate(2025, 9, 5);
    const int audits = int(m_ws->auditLog().entries().size());
    const qint64 id = reg.record(r, &error);
    QVERIFY2(id, qPrintable(error));
    const QList<InterventionRecord> list = reg.interventions(m_amy);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().type, QStringLiteral("drug and alcohol treatment referral"));
    QCOMPARE(list.first().owner, QStringLiteral("IOM team"));
    QCOMPARE(list.first().reviewDate, QDate(2025, 9, 5));
    QCOMPARE(list.first().recordedBy, QStringLiteral("analyst1"));
    QVERIFY(reg.interventions(m_amy + 100000).isEmpty());
    QVERIFY(reg.remove(id, &error));
    QVERIFY(reg.interventions().isEmpty());
    QCOMPARE(m_ws->auditLog().entries().size(), audits + 2);
    r.startedOn = QDate();
    QVERIFY(!reg.record(r, &error));
}

QTEST_GUILESS_MAIN(TestOffenderRecords)
#include "tst_offenderrecords.moc"
