// Offender management in the workstation: the offenders table (sort, filter, explanation, bands,
// mark reviewed), the profile pane (contents, consultation, motivation and interventions through
// the undo stack), the association view's link labels, and namesakes told apart on the chart.
// The workspace is tests/offenders/offendersworkspace.h; the figures below are counted by hand
// from the table at the top of that file.

#include "../offenders/offendersworkspace.h"

#include "chart/associationview.h"
#include "chart/chartdocument.h"
#include "chart/chartscene.h"
#include "chart/entityitem.h"
#include "offenders/interventionregister.h"
#include "offenders/motivationregister.h"
#include "offenders/offenderfilterproxy.h"
#include "offenders/offenderspane.h"
#include "offenders/offendertablemodel.h"
#include "offenders/prioritystore.h"
#include "profile/profilepane.h"
#include "store/workspaceaccess.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace fc;

class TestOffendersUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offendersTableRanksSortsAndFilters();
    void explanationBandsAndReviewAreUndoable();
    void profileShowsThePersonAfterAConsultation();
    void motivationAndInterventionsGoThroughTheUndoStack();
    void associationViewLabelsByHand();
    void namesakesApartOnTheChart();

private:
    bool rank(OffendersPane &pane);
    bool showProfile(ProfilePane &pane, qint64 personId);
    QStringList column(OffendersPane &pane, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    WorkspaceAccess m_access;
    QUndoStack m_stack;
    qint64 m_amy = 0, m_ben = 0, m_john80 = 0, m_john95 = 0;
    const QDate m_asOf{2025, 6, 30};
};

void TestOffendersUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_offendersui"));
    QSettings().clear();
}

void TestOffendersUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = offenders_test::build(*m_dir);
    QVERIFY(m_ws);
    m_access = WorkspaceAccess(m_dir->filePath(QStringLiteral("w.fcdb")));
    m_amy = offenders_test::personId(*m_ws, QStringLiteral("Amy KHAN"), QStringLiteral("1990-02-01"));
    m_ben = offenders_test::personId(*m_ws, QStringLiteral("Ben COLE"), QStringLiteral("1985-04-03"));
    m_john80 = offenders_test::personId(*m_ws, QStringLiteral("John SMITH"), QStringLiteral("1980-01-01"));
    m_john95 = offenders_test::personId(*m_ws, QStringLiteral("John SMITH"), QStringLiteral("1995-05-05"));
    QVERIFY(m_amy && m_ben && m_john80 && m_john95);
    m_stack.clear();
    QSettings().clear();
}

void TestOffendersUi::cleanup()
{
    m_stack.clear();
    m_ws.reset();
    m_dir.reset();
}

bool TestOffendersUi::rank(OffendersPane &pane)
{
    QSignalSpy done(&pane, &OffendersPane::finished);
    pane.refresh();
    return done.wait(20000) && !pane.isRunning();
}

bool TestOffendersUi::showProfile(ProfilePane &pane, qint64 personId)
{
    QSignalSpy shown(&pane, &ProfilePane::profileShown);
    pane.openProfile(personId);
    return shown.wait(20000);
}

QStringList TestOffendersUi::column(OffendersPane &pane, int col) const
{
    QStringList out;
    for (int r = 0; r < pane.proxy()->rowCount(); ++r)
        out << pane.proxy()->index(r, col).data().toString();
    return out;
}

void TestOffendersUi::offendersTableRanksSortsAndFilters()
{
    OffendersPane pane;
    pane.setUndoStack(&m_stack);
    pane.setAsOf(m_asOf);
    pane.setWorkspace(m_access, m_ws.get());
    QVERIFY(rank(pane));
    // Five people offended: Amy (N1-N4), Ben (N1, N2, N5), John SMITH b. 1980 (N4), the Castle
    // "Amy KHAN" and John SMITH b. 1995 (C1).
    QCOMPARE(pane.model()->rowCount(), 5);

    // Sorted by frequency, most first: Amy 4 incidents in the 365 days to 2025-06-30, Ben 3, the
    // others 1 each ("points (count)").
    pane.view()->sortByColumn(OffenderTableModel::Frequency, Qt::DescendingOrder);
    const QStringList frequency = column(pane, OffenderTableModel::Frequency);
    QCOMPARE(frequency.mid(0, 2), (QStringList{QStringLiteral("2 (4)"), QStringLiteral("2 (3)")}));
    QCOMPARE(frequency.mid(2), (QStringList{QStringLiteral("1 (1)"), QStringLiteral("1 (1)"), QStringLiteral("1 (1)")}));
    QVERIFY(column(pane, OffenderTableModel::Person).first().startsWith(QStringLiteral("Amy KHAN, b. 1990-02-01")));
    // By recency (days since the last incident, fewest first): C1 on 12 June is 18 days, N5 on
    // 11 June 19 days, N4 on 10 June 20 days.
    pane.view()->sortByColumn(OffenderTableModel::Recency, Qt::AscendingOrder);
    const QStringList recency = column(pane, OffenderTableModel::Recency);
    QCOMPARE(recency, (QStringList{QStringLiteral("5 (18 d)"), QStringLiteral("5 (18 d)"), QStringLiteral("5 (19 d)"),
                                   QStringLiteral("5 (20 d)"), QStringLiteral("5 (20 d)")}));

    // Text filter: the two John SMITHs, told apart by their dates of birth.
    pane.textFilter()->setText(QStringLiteral("smith"));
    QCOMPARE(pane.proxy()->rowCount(), 2);
    QStringList johns = column(pane, OffenderTableModel::Person);
    johns.sort();
    QVERIFY(johns.at(0).contains(QStringLiteral("b. 1980-01-01")));
    QVERIFY(johns.at(1).contains(QStringLiteral("b. 1995-05-05")));
    pane.textFilter()->clear();

    // Band filter: frequency points at least 2 (the "2 or more" band): Amy and Ben.
    pane.bandFilter()->setCurrentIndex(pane.bandFilter()->findData(int(OffenderTableModel::Frequency)));
    pane.bandPoints()->setValue(2);
    QCOMPARE(pane.proxy()->rowCount(), 2);
    pane.bandFilter()->setCurrentIndex(0);
    QCOMPARE(pane.proxy()->rowCount(), 5);

    // Motivation filter: Ben assessed as dependency-driven.
    QString error;
    QVERIFY(MotivationRegister(*m_ws).set(m_ben, Motivation::Dependency, Grading(), QStringLiteral("test"), &error));
    QVERIFY(rank(pane));
    pane.motivationFilter()->setCurrentIndex(pane.motivationFilter()->findData(QStringLiteral("dependency")));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, 0).data(OffenderTableModel::PersonIdRole).toLongLong(), m_ben);
    pane.motivationFilter()->setCurrentIndex(pane.motivationFilter()->findData(OffenderFilterProxy::noMotivation()));
    QCOMPARE(pane.proxy()->rowCount(), 4);

    // The filter is remembered for the next pane (typed settings).
    OffendersPane again;
    QCOMPARE(again.motivationFilter()->currentData().toString(), OffenderFilterProxy::noMotivation());
    QCOMPARE(again.view()->horizontalHeader()->sortIndicatorSection(), int(OffenderTableModel::Recency));
}

void TestOffendersUi::explanationBandsAndReviewAreUndoable()
{
    OffendersPane pane;
    pane.setUndoStack(&m_stack);
    pane.setAsOf(m_asOf);
    pane.setWorkspace(m_access, m_ws.get());
    QVERIFY(rank(pane));
    int amyRow = -1;
    for (int r = 0; r < pane.proxy()->rowCount(); ++r)
        if (pane.proxy()->index(r, 0).data(OffenderTableModel::PersonIdRole).toLongLong() == m_amy)
            amyRow = r;
    QVERIFY(amyRow >= 0);
    pane.view()->setCurrentIndex(pane.proxy()->index(amyRow, 0));
    // Amy's explanation in words and numbers: last incident 10 June, 20 days before 30 June, in
    // the "up to 28 days" band; 4 incidents in the year, in the "2 or more" band.
    const QString explanation = pane.explanationText();
    QVERIFY2(explanation.contains(QStringLiteral("last incident 20 day(s) before 2025-06-30 (band up to 28 days)")),
             qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("Frequency 2: 4 incident(s) in the 365 days to 2025-06-30 (band 2 or more)")),
             qPrintable(explanation));
    QVERIFY(pane.bandsText().contains(QStringLiteral("the defaults")));
    QCOMPARE(pane.proxy()->index(amyRow, OffenderTableModel::Change).data().toString(), QStringLiteral("new"));

    // New bands: 4 or more incidents earn 9 frequency points. Undo puts the defaults back.
    PriorityBands bands = pane.bands();
    bands.frequency = {{4, 9}, {2, 2}, {1, 1}};
    {
        QSignalSpy done(&pane, &OffendersPane::finished);
        pane.applyBands(bands);
        QVERIFY(done.wait(20000));
    }
    QVERIFY(PriorityStore(*m_ws).isCustomised());
    auto amyFrequency = [&] {
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            if (pane.model()->rows().at(r).score.personId == m_amy)
                return pane.model()->rows().at(r).score.frequencyPoints;
        return -1;
    };
    QCOMPARE(amyFrequency(), 9);
    QVERIFY(pane.bandsText().contains(QStringLiteral("changed by an analyst")));
    {
        QSignalSpy done(&pane, &OffendersPane::finished);
        m_stack.undo();
        QVERIFY(done.wait(20000));
    }
    QVERIFY(!PriorityStore(*m_ws).isCustomised());
    QCOMPARE(amyFrequency(), 2);

    // Mark reviewed: every rank is then unchanged ("="); undo withdraws the review ("new" again).
    {
        QSignalSpy done(&pane, &OffendersPane::finished);
        pane.markReviewed();
        QVERIFY(done.wait(20000));
    }
    QVERIFY(PriorityStore(*m_ws).lastReview().id > 0);
    QCOMPARE(column(pane, OffenderTableModel::Change), QStringList(5, QStringLiteral("=")));
    {
        QSignalSpy done(&pane, &OffendersPane::finished);
        m_stack.undo();
        QVERIFY(done.wait(20000));
    }
    QCOMPARE(PriorityStore(*m_ws).lastReview().id, 0);
    QCOMPARE(column(pane, OffenderTableModel::Change), QStringList(5, QStringLiteral("new")));
}

void TestOffendersUi::profileShowsThePersonAfterAConsultation()
{
    ProfilePane pane;
    pane.setUndoStack(&m_stack);
    pane.setAsOf(m_asOf);
    pane.setWorkspace(m_access, m_ws.get());
    QList<qint64> consulted;
    pane.setConsultationGate([&](qint64 id) {
        consulted << id;
        return m_ws->recordConsultation(id, QStringLiteral("test purpose"));
    });
    QVERIFY(showProfile(pane, m_amy));
    QCOMPARE(consulted, QList<qint64>{m_amy});

    QVERIFY(pane.titleText().startsWith(QStringLiteral("Amy KHAN, b. 1990-02-01")));
    // Incidents in date order with their store, value and source with grading.
    QTreeWidget *incidents = pane.incidentTree();
    QCOMPARE(incidents->topLevelItemCount(), 4);
    QCOMPARE(incidents->topLevelItem(0)->text(1), QStringLiteral("N1"));
    QCOMPARE(incidents->topLevelItem(3)->text(1), QStringLiteral("N4"));
    QCOMPARE(incidents->topLevelItem(0)->text(2), QStringLiteral("Leeds Briggate"));
    QCOMPARE(incidents->topLevelItem(2)->text(5), QStringLiteral("£100.00"));
    QVERIFY(incidents->topLevelItem(0)->text(8).contains(QStringLiteral("Northgate Foods")));
    QVERIFY(incidents->topLevelItem(0)->text(8).contains(QStringLiteral("2B P")));
    // Totals: £20.00 + £35.50 + £100.00 + £5.00 = £160.50; first seen 2 June, last seen 10 June.
    const QString summary = pane.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("first seen 2025-06-02, last seen 2025-06-10; value £160.50")),
             qPrintable(summary));
    // Co-offenders: Ben shares N1 and N2, John SMITH (b. 1980) shares N4.
    QTreeWidget *co = pane.coOffenderTree();
    QCOMPARE(co->topLevelItemCount(), 2);
    QCOMPARE(co->topLevelItem(0)->text(0), QStringLiteral("Ben COLE"));
    QCOMPARE(co->topLevelItem(0)->text(2), QStringLiteral("2"));
    QCOMPARE(co->topLevelItem(1)->text(0), QStringLiteral("John SMITH"));
    QVERIFY(co->topLevelItem(1)->text(1).contains(QStringLiteral("1980-01-01")));
    // Distances: Leeds -> York -> Leeds measured, the pair ending at Wakefield (no coordinates) not.
    QVERIFY2(summary.contains(QStringLiteral("over 2 leg(s)")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 consecutive pair(s) not measured")));
    // Day of week: Mon N1, Wed N2, Sat N3, Tue N4.
    QVERIFY(summary.contains(QLocale().dayName(1, QLocale::ShortFormat) + QStringLiteral(" 1")));
    QVERIFY(summary.contains(QLocale().dayName(6, QLocale::ShortFormat) + QStringLiteral(" 1")));

    // No purpose stated: nothing is shown.
    ProfilePane refused;
    refused.setWorkspace(m_access, m_ws.get());
    refused.setConsultationGate([](qint64) { return false; });
    refused.openProfile(m_ben);
    QVERIFY(!refused.isRunning());
    QVERIFY(!refused.profile());
    QVERIFY(refused.titleText().startsWith(QStringLiteral("Not shown")));
}

void TestOffendersUi::motivationAndInterventionsGoThroughTheUndoStack()
{
    ProfilePane pane;
    pane.setUndoStack(&m_stack);
    pane.setAsOf(m_asOf);
    pane.setWorkspace(m_access, m_ws.get());
    QVERIFY(showProfile(pane, m_ben));
    QVERIFY(pane.suggestionList()->count() == 0);

    QString error;
    const auto grading = Grading::parse(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("P"), QString(), &error);
    QVERIFY(grading);
    MotivationRegister reg(*m_ws);
    {
        QSignalSpy shown(&pane, &ProfilePane::profileShown);
        pane.setMotivation(Motivation::Dependency, *grading, QStringLiteral("seen buying"));
        QVERIFY(shown.wait(20000));
    }
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(reg.current(m_ben)->motivation, Motivation::Dependency);
    // The suggestions for dependency come from the workspace's table, listed, not applied.
    QStringList shown;
    for (int i = 0; i < pane.suggestionList()->count(); ++i)
        shown << pane.suggestionList()->item(i)->text();
    QCOMPARE(shown, InterventionRegister(*m_ws).suggestions(Motivation::Dependency));
    QVERIFY(!shown.isEmpty());
    QVERIFY(InterventionRegister(*m_ws).interventions(m_ben).isEmpty());
    QVERIFY(pane.motivationText().contains(QStringLiteral("seen buying")));

    // Undo: no motivation again (the history keeps both states); redo: dependency again.
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        m_stack.undo();
        QVERIFY(again.wait(20000));
    }
    QVERIFY(!reg.current(m_ben));
    QCOMPARE(reg.history(m_ben).size(), 2);
    QVERIFY(pane.motivationText().contains(QStringLiteral("No motivation recorded")));
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        m_stack.redo();
        QVERIFY(again.wait(20000));
    }
    QCOMPARE(reg.current(m_ben)->motivation, Motivation::Dependency);
    QCOMPARE(reg.history(m_ben).size(), 3);

    // Revert from the pane, and undo of the revert.
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        pane.revertMotivation(QStringLiteral("wrong person"));
        QVERIFY(again.wait(20000));
    }
    QVERIFY(!reg.current(m_ben));
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        m_stack.undo();
        QVERIFY(again.wait(20000));
    }
    QCOMPARE(reg.current(m_ben)->motivation, Motivation::Dependency);

    // An intervention: recorded, with its before and after windows shown; undo removes it.
    InterventionRecord r;
    r.type = QStringLiteral("warning letter");
    r.startedOn = QDate(2025, 6, 5);
    r.owner = QStringLiteral("PC 123");
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        pane.recordIntervention(r);
        QVERIFY(again.wait(20000));
    }
    QCOMPARE(InterventionRegister(*m_ws).interventions(m_ben).size(), 1);
    QCOMPARE(pane.interventionTree()->topLevelItemCount(), 1);
    // Ben's incidents: N1 2 June, N2 4 June before 5 June; N5 11 June after (90-day windows; the
    // after window runs past 30 June, so it is marked not over).
    QVERIFY(pane.interventionTree()->topLevelItem(0)->text(5).startsWith(QStringLiteral("2, ")));
    QVERIFY(pane.interventionTree()->topLevelItem(0)->text(6).startsWith(QStringLiteral("1, ")));
    QVERIFY(pane.interventionTree()->topLevelItem(0)->text(6).contains(QStringLiteral("not over")));
    {
        QSignalSpy again(&pane, &ProfilePane::profileShown);
        m_stack.undo();
        QVERIFY(again.wait(20000));
    }
    QVERIFY(InterventionRegister(*m_ws).interventions(m_ben).isEmpty());
    QCOMPARE(pane.interventionTree()->topLevelItemCount(), 0);
}

void TestOffendersUi::associationViewLabelsByHand()
{
    // A small network drawn as people and incidents would be 4 people + 6 incidents + 1 vehicle:
    //   I11 £10.00 P1 P2 | I12 £20.50 P1 P2 | I13 £30.00 P1 P2 P3 | I14 £5.00 P3 P4
    //   I15 £100.00 P4 alone | I16 £7.00 P2 P3 | vehicle V21 used by P1 and P4 | P2 associate of P4
    // Association view, by hand (shared incidents and the sum of their values):
    //   P1-P2: I11 I12 I13 = 3, £60.50     P1-P3: I13 = 1, £30.00     P2-P3: I13 I16 = 2, £37.00
    //   P3-P4: I14 = 1, £5.00              P1-P4: the vehicle only     P2-P4: the direct link only
    QList<EntityRecord> entities;
    auto person = [&](qint64 id) {
        EntityRecord e;
        e.id = id;
        e.type = EntityType::Person;
        e.label = QStringLiteral("P%1").arg(id);
        entities << e;
    };
    auto incident = [&](qint64 id, double value) {
        EntityRecord e;
        e.id = id;
        e.type = EntityType::Incident;
        e.label = QStringLiteral("I%1").arg(id);
        e.valueGbp = value;
        entities << e;
    };
    for (qint64 p = 1; p <= 4; ++p)
        person(p);
    incident(11, 10.0);
    incident(12, 20.5);
    incident(13, 30.0);
    incident(14, 5.0);
    incident(15, 100.0);
    incident(16, 7.0);
    EntityRecord vehicle;
    vehicle.id = 21;
    vehicle.type = EntityType::Vehicle;
    vehicle.label = QStringLiteral("AB12CDE");
    entities << vehicle;
    QList<LinkRecord> links;
    qint64 linkId = 100;
    auto link = [&](const char *type, qint64 from, qint64 to) {
        LinkRecord l;
        l.id = ++linkId;
        l.type = QString::fromLatin1(type);
        l.from = from;
        l.to = to;
        links << l;
    };
    for (auto [p, i] : {std::pair{1, 11}, {2, 11}, {1, 12}, {2, 12}, {1, 13}, {2, 13}, {3, 13}, {3, 14}, {4, 14},
                        {4, 15}, {2, 16}, {3, 16}})
        link("suspect_in", p, i);
    link("used_vehicle", 1, 21);
    link("used_vehicle", 4, 21);
    link("associate", 2, 4);

    AssociationView view;
    QSignalSpy built(&view, &AssociationView::built);
    view.setRecords(entities, links);
    QVERIFY(built.wait(20000) || built.count() == 1);
    QCOMPARE(view.personNodeCount(), 4); // people only: no incident and no vehicle nodes
    QCOMPARE(view.graph().associations().size(), 6);
    QCOMPARE(view.linkLabel(1, 2), QStringLiteral("3 incident(s) · £60.50"));
    QCOMPARE(view.linkLabel(2, 1), QStringLiteral("3 incident(s) · £60.50"));
    QCOMPARE(view.linkLabel(1, 3), QStringLiteral("1 incident(s) · £30.00"));
    QCOMPARE(view.linkLabel(2, 3), QStringLiteral("2 incident(s) · £37.00"));
    QCOMPARE(view.linkLabel(3, 4), QStringLiteral("1 incident(s) · £5.00"));
    QCOMPARE(view.linkLabel(1, 4), QStringLiteral("0 incident(s) · 1 other tie(s)"));
    QCOMPARE(view.linkLabel(2, 4), QStringLiteral("0 incident(s) · 1 other tie(s)"));
    QVERIFY(view.linkLabel(1, 1).isEmpty());

    // Incidents only when a link is expanded, and gone again when it is collapsed.
    QCOMPARE(view.incidentNodeCount(), 0);
    view.setExpanded(1, 2, true);
    QVERIFY(view.isExpanded(1, 2));
    QCOMPARE(view.incidentNodeCount(), 3);
    view.toggle(2, 3);
    QCOMPARE(view.incidentNodeCount(), 5);
    view.setExpanded(1, 2, false);
    QCOMPARE(view.incidentNodeCount(), 2);
    view.toggle(3, 2);
    QCOMPARE(view.incidentNodeCount(), 0);
    view.setExpanded(1, 4, true); // nothing shared to expand into
    QCOMPARE(view.incidentNodeCount(), 0);
}

void TestOffendersUi::namesakesApartOnTheChart()
{
    ChartDocument doc;
    doc.setWorkspace(m_ws.get());
    doc.addEntities({m_john80, m_john95});
    EntityItem *a = doc.scene()->entityItem(m_john80);
    EntityItem *b = doc.scene()->entityItem(m_john95);
    QVERIFY(a && b);
    // Ages on today's date, worked out here from the dates of birth (1 January 1980, 5 May 1995).
    const QDate today = QDate::currentDate();
    const int age80 = today.year() - 1980;
    const int age95 = today.year() - 1995 - (today < QDate(today.year(), 5, 5) ? 1 : 0);
    QCOMPARE(a->labelText(), QStringLiteral("John SMITH (%1 · 1 record(s))").arg(age80));
    QCOMPARE(b->labelText(), QStringLiteral("John SMITH (%1 · 1 record(s))").arg(age95));
    QVERIFY(a->toolTip().contains(QStringLiteral("Northgate Foods")));
    QVERIFY(b->toolTip().contains(QStringLiteral("Castle Stores")));
    doc.clear();
    doc.setWorkspace(nullptr);
}

QTEST_MAIN(TestOffendersUi)
#include "tst_offendersui.moc"
