// The marked document engine (core/report) and the six-monthly assessment: every section in the
// PDF's text (poppler's pdftotext, page by page) and in the ODT's XML, the marking on every page,
// the contents page and its page numbers, untrusted text kept as plain text.
#include "analysis/activityoutcome.h"
#include "analysis/activityregister.h"
#include "analysis/harmanalysis.h"
#include "cli/cliapplication.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/reportdocument.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace fc;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPage(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                             QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

QByteArray zipEntry(const QString &zipPath, const QString &name, bool *stored = nullptr, int *index = nullptr)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    int k = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++k) {
        if (zip.getCurrentFileName() != name)
            continue;
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        if (stored)
            *stored = info.method == 0;
        if (index)
            *index = k;
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    return {};
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

/** A report of three sections, the second with a table long enough to run over several pages. */
ReportDocument sampleReport()
{
    ReportDocument r;
    r.title = QStringLiteral("Sample report");
    r.subtitle = QStringLiteral("Engine test");
    r.marking = QStringLiteral("OFFICIAL-SENSITIVE");
    r.titleLines << QStringLiteral("Period 2026-01-01 to 2026-06-30");
    r.addSection(QStringLiteral("Alpha summary")).paragraph(QStringLiteral("Untrusted <b>bold</b> & <i>text</i>"));
    QList<QStringList> rows;
    for (int k = 1; k <= 150; ++k)
        rows << QStringList{QStringLiteral("Row %1").arg(k), QString::number(k * 3)};
    r.addSection(QStringLiteral("Bravo figures")).table({QStringLiteral("Name"), QStringLiteral("Count")}, rows,
                                                        QStringLiteral("A long table"));
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(20, 20, 60, 60, Qt::red);
    r.addSection(QStringLiteral("Charlie picture"), true).image(image, QStringLiteral("A red square"), 80)
        .paragraph(QStringLiteral("After the picture."));
    return r;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void pdfHasEverySectionAndTheMarkingOnEveryPage();
    void odtHasEverySectionAndTheMarkedMasterPage();
    void differenceInDifferencesByHand();
    void displacementByHand();
    void offenderTargetsByHand();
    void activityAddRemoveRestoreIsAudited();
    void networkTargetKeepsItsNetwork();
    void assessmentHasEverySectionOnMarkedPagesAndPublishes();
};

void TestReport::pdfHasEverySectionAndTheMarkingOnEveryPage()
{
    if (!havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");
    QTemporaryDir dir;
    const QString pdf = qEnvironmentVariableIsSet("FC_KEEP_REPORT") ? qEnvironmentVariable("FC_KEEP_REPORT")
                                                                   : dir.filePath(QStringLiteral("r.pdf"));
    const ReportDocument report = sampleReport();
    QString error;
    int pages = 0;
    QVERIFY2(PdfReportWriter::write(report, pdf, &error, &pages), qPrintable(error));
    // Title, contents, >= 2 pages of table, the picture's own page: at least 5.
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));

    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfPage(pdf, p);
        QCOMPARE(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) >= 2, true); // header and footer
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(text));
    }
    // The contents page (2) lists each section with the page its heading is on.
    const QString contents = pdfPage(pdf, 2);
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    const QStringList headings{QStringLiteral("1 Alpha summary"), QStringLiteral("2 Bravo figures"),
                               QStringLiteral("3 Charlie picture")};
    for (const QString &h : headings) {
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(h) + QStringLiteral("\\s+(\\d+)")).match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(h + QStringLiteral(" not in contents: ") + contents));
        const int page = m.captured(1).toInt();
        QVERIFY2(page >= 3 && page <= pages, qPrintable(h));
        QVERIFY2(pdfPage(pdf, page).contains(h), qPrintable(QStringLiteral("%1 not on page %2").arg(h).arg(page)));
    }
    // Sections start on a new page after the contents; the table runs over pages; "Charlie" asked for a new page.
    QVERIFY(pdfPage(pdf, 3).contains(QStringLiteral("1 Alpha summary")));
    // Untrusted text is printed as it is, never read as HTML.
    QVERIFY(pdfPage(pdf, 3).contains(QStringLiteral("Untrusted <b>bold</b> & <i>text</i>")));
    QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("Row 150")));
}

void TestReport::odtHasEverySectionAndTheMarkedMasterPage()
{
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("r.odt"));
    const ReportDocument report = sampleReport();
    QString error;
    QVERIFY2(OdtReportWriter::write(report, odt, &error), qPrintable(error));
    bool stored = false;
    int index = -1;
    QCOMPARE(zipEntry(odt, QStringLiteral("mimetype"), &stored, &index), QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(stored);
    QCOMPARE(index, 0);
    const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
    for (const QString &h : {QStringLiteral("1 Alpha summary"), QStringLiteral("2 Bravo figures"),
                             QStringLiteral("3 Charlie picture"), QStringLiteral("Contents"), QStringLiteral("Row 150")})
        QVERIFY2(content.contains(h), qPrintable(h));
    // Plain text: the markup is escaped in the XML, not turned into bold or italic.
    QVERIFY(content.contains(QStringLiteral("Untrusted &lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;text&lt;/i&gt;")));
    // The document starts on the master page "Standard"...
    QVERIFY(content.contains(QStringLiteral("style:master-page-name=\"Standard\"")));
    const QString styles = QString::fromUtf8(zipEntry(odt, QStringLiteral("styles.xml")));
    // ...whose header and footer carry the marking (so every page does), and the page number.
    const QRegularExpressionMatch master = QRegularExpression(
        QStringLiteral("<style:master-page style:name=\"Standard\"[^>]*>(.*)</style:master-page>")).match(styles);
    QVERIFY2(master.hasMatch(), qPrintable(styles));
    const QString page = master.captured(1);
    QVERIFY(QRegularExpression(QStringLiteral("<style:header>.*OFFICIAL-SENSITIVE.*</style:header>")).match(page).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("<style:footer>.*OFFICIAL-SENSITIVE.*<text:page-number")).match(page).hasMatch());
    QCOMPARE(styles.count(QStringLiteral("<style:master-page ")), 1);
    // The manifest lists styles.xml, and it is well-formed XML.
    QVERIFY(zipEntry(odt, QStringLiteral("META-INF/manifest.xml")).contains("styles.xml"));
}

namespace {

/**
 * The hand-worked scenario of the outcome tests. Activity from 2026-03-01 to 2026-03-10: windows
 * of W = 10 days, before 2026-02-19..2026-02-28, after 2026-03-01..2026-03-10. Harm weights:
 * shop_theft 2, burglary 10. Places (BNG metres):
 *   T1 (1) at (0,0), targeted:        before 6 thefts (harm 12), after 2 thefts (4)
 *   T2 (2) at (10000,0), targeted:    before 3 thefts + 1 burglary (16), after 3 thefts (6)
 *   B1 (3) at (300,0), 300 m from T1: before 4 (8), after 6 (12)
 *   C1 (4) at (5000,5000):            before 5 (10), after 6 (12)
 *   C2 (5) at (-5000,5000):           before 3 (6), after 3 (6)
 *   C3 (6) at (20000,20000):          before 20, after 10 (outside the comparison range)
 *   an address (7) at (100,100) with no incident ever (never in the buffer or comparison)
 * plus at T1 one theft on 2026-01-01 and one on 2026-03-11 (outside both windows).
 */
struct OutcomeScenario
{
    HarmData data;
    HarmTable table;
    ActivityRecord activity;
    ResolvedTargets targets;

    OutcomeScenario()
    {
        table.weights = {HarmWeight{QStringLiteral("shop_theft"), {}, 2.0, {}},
                         HarmWeight{QStringLiteral("burglary"), {}, 10.0, {}}};
        const QList<std::pair<qint64, QPointF>> places{{1, {0, 0}},       {2, {10000, 0}},     {3, {300, 0}},
                                                       {4, {5000, 5000}}, {5, {-5000, 5000}}, {6, {20000, 20000}},
                                                       {7, {100, 100}}};
        for (const auto &p : places) {
            HarmPlace hp;
            hp.id = p.first;
            hp.located = true;
            hp.bng = p.second;
            data.places.insert(p.first, hp);
        }
        auto add = [this](qint64 place, const QString &date, int n, const QString &offence = QStringLiteral("shop_theft")) {
            for (int k = 0; k < n; ++k) {
                HarmIncident i;
                i.id = data.incidents.size() + 1;
                i.offence = offence;
                i.placeId = place;
                i.occurredAt = date + QStringLiteral("T10:00:00");
                data.incidents << i;
            }
        };
        add(1, QStringLiteral("2026-02-20"), 6);
        add(1, QStringLiteral("2026-03-05"), 2);
        add(2, QStringLiteral("2026-02-19"), 3);
        add(2, QStringLiteral("2026-02-28"), 1, QStringLiteral("burglary"));
        add(2, QStringLiteral("2026-03-10"), 3);
        add(3, QStringLiteral("2026-02-25"), 4);
        add(3, QStringLiteral("2026-03-01"), 6);
        add(4, QStringLiteral("2026-02-21"), 5);
        add(4, QStringLiteral("2026-03-02"), 6);
        add(5, QStringLiteral("2026-02-22"), 3);
        add(5, QStringLiteral("2026-03-03"), 3);
        add(6, QStringLiteral("2026-02-23"), 20);
        add(6, QStringLiteral("2026-03-04"), 10);
        add(1, QStringLiteral("2026-01-01"), 1);
        add(1, QStringLiteral("2026-03-11"), 1);
        activity.id = 1;
        activity.name = QStringLiteral("Op Test");
        activity.type = QStringLiteral("operation");
        activity.startedOn = QDate(2026, 3, 1);
        activity.endedOn = QDate(2026, 3, 10);
        activity.targets = {ActivityTarget{QStringLiteral("place"), QStringLiteral("1"), {}},
                            ActivityTarget{QStringLiteral("place"), QStringLiteral("2"), {}}};
        targets = ActivityOutcome::resolve(activity, data);
    }
};

} // namespace

void TestReport::differenceInDifferencesByHand()
{
    OutcomeScenario s;
    QCOMPARE(s.targets.places, (QSet<qint64>{1, 2}));
    OutcomeOptions options;
    options.bufferMetres = 500;
    const ActivityOutcomeResult r = ActivityOutcome::measure(s.activity, s.targets, s.data, s.table, options);
    QCOMPARE(r.unit, QStringLiteral("place"));
    QCOMPARE(r.windowDays, 10);
    QCOMPARE(r.beforeFrom, QDate(2026, 2, 19));
    QCOMPARE(r.afterTo, QDate(2026, 3, 10));
    QVERIFY(r.afterComplete); // the data run to 2026-03-11
    // Treated: T1 + T2: before 6 + 4 = 10, after 2 + 3 = 5; harm 12 + 16 = 28, 4 + 6 = 10.
    QCOMPARE(r.treated.units, 2);
    QCOMPARE(r.treated.beforeIncidents, 10);
    QCOMPARE(r.treated.afterIncidents, 5);
    QCOMPARE(r.treated.beforeHarm, 28.0);
    QCOMPARE(r.treated.afterHarm, 10.0);
    // Comparison: before counts in [floor(4/2), ceil(6*1.5)] = [2, 9], outside the 500 m buffer:
    // C1 (5) and C2 (3); C3 (20) is out of range, B1 is in the buffer. Before 8, after 9; harm 16, 18.
    QCOMPARE(r.comparison.units, 2);
    QCOMPARE(r.comparison.beforeIncidents, 8);
    QCOMPARE(r.comparison.afterIncidents, 9);
    QVERIFY(r.comparisonRule.contains(QStringLiteral("between 2 and 9")));
    // DiD = (5 - 10)/2 - (9 - 8)/2 = -2.5 - 0.5 = -3.0; harm (10 - 28)/2 - (18 - 16)/2 = -9 - 1 = -10.
    QVERIFY(r.didIncidents && r.didHarm);
    QCOMPARE(*r.didIncidents, -3.0);
    QCOMPARE(*r.didHarm, -10.0);
    // Expected after at the targets on the comparison's trend: 10 * 9 / 8 = 11.25.
    QCOMPARE(*r.expectedIncidents, 11.25);

    // With a 200 m buffer B1 (before 4, in range) joins the comparison: before 12, after 15;
    // DiD = -2.5 - (15 - 12)/3 = -3.5, and with no place in the buffer there is no WDQ.
    options.bufferMetres = 200;
    const ActivityOutcomeResult narrow = ActivityOutcome::measure(s.activity, s.targets, s.data, s.table, options);
    QCOMPARE(narrow.comparison.units, 3);
    QCOMPARE(narrow.buffer.units, 0);
    QCOMPARE(*narrow.didIncidents, -3.5);
    QVERIFY(!narrow.wdq);

    // An activity whose targets are not in the data measures nothing, and says so.
    ActivityRecord nowhere = s.activity;
    nowhere.targets = {ActivityTarget{QStringLiteral("place"), QStringLiteral("99"), {}}};
    const ResolvedTargets none = ActivityOutcome::resolve(nowhere, s.data);
    QCOMPARE(none.unresolved.size(), 1);
    QVERIFY(!ActivityOutcome::measure(nowhere, none, s.data, s.table, options).didIncidents);
}

void TestReport::displacementByHand()
{
    OutcomeScenario s;
    OutcomeOptions options;
    options.bufferMetres = 500;
    const ActivityOutcomeResult r = ActivityOutcome::measure(s.activity, s.targets, s.data, s.table, options);
    // Buffer: B1 only (300 m from T1; the address 100 m away has no incident and is not a place of crime).
    QCOMPARE(r.buffer.units, 1);
    QCOMPARE(r.buffer.beforeIncidents, 4);
    QCOMPARE(r.buffer.afterIncidents, 6);
    // WDQ = (Ba/Ca - Bb/Cb) / (Ta/Ca - Tb/Cb) = (6/9 - 4/8) / (5/9 - 10/8) = (1/6) / (-25/36) = -0.24:
    // the targets improved and the buffer worsened: some displacement, less than the reduction.
    QVERIFY(r.wdq);
    QVERIFY(qAbs(*r.wdq - (-0.24)) < 1e-12);
    QVERIFY(r.interpretation.contains(QStringLiteral("some displacement")));
    // The buffer's own DiD: (6 - 4)/1 - (9 - 8)/2 = 1.5.
    QCOMPARE(*r.bufferDidIncidents, 1.5);
    // Diffusion of benefit: with B1 down to 2 after, WDQ = (2/9 - 1/2) / (-25/36) = (-5/18)/(-25/36) = 0.4.
    OutcomeScenario d;
    int moved = 0;
    for (HarmIncident &i : d.data.incidents)
        if (i.placeId == 3 && i.occurredAt.startsWith(QLatin1String("2026-03-01")) && moved < 4) {
            i.occurredAt = QStringLiteral("2025-01-01T10:00:00");
            ++moved;
        }
    const ActivityOutcomeResult diffusion = ActivityOutcome::measure(d.activity, d.targets, d.data, d.table, options);
    QCOMPARE(diffusion.buffer.afterIncidents, 2);
    QVERIFY(qAbs(*diffusion.wdq - 0.4) < 1e-12);
    QVERIFY(diffusion.interpretation.contains(QStringLiteral("diffusion of benefit")));
}

void TestReport::offenderTargetsByHand()
{
    // People 101 and 102 form network N1. Windows as in OutcomeScenario (W = 10 days, before
    // 2026-02-19..28, after 2026-03-01..10); one offender per incident, all shop theft (weight 2).
    //   101: before 2, after 0    102: before 4, after 1     (targeted)
    //   103: before 3, after 3    104: before 1, after 2     105: before 10, after 4
    HarmData data;
    HarmTable table;
    table.weights = {HarmWeight{QStringLiteral("shop_theft"), {}, 2.0, {}}};
    auto add = [&](qint64 person, const QString &date, int n) {
        for (int k = 0; k < n; ++k) {
            HarmIncident i;
            i.id = data.incidents.size() + 1;
            i.offence = QStringLiteral("shop_theft");
            i.occurredAt = date + QStringLiteral("T12:00:00");
            data.incidents << i;
            data.offenders.insert(i.id, {person});
        }
    };
    add(101, QStringLiteral("2026-02-20"), 2);
    add(102, QStringLiteral("2026-02-21"), 4);
    add(102, QStringLiteral("2026-03-02"), 1);
    add(103, QStringLiteral("2026-02-22"), 3);
    add(103, QStringLiteral("2026-03-03"), 3);
    add(104, QStringLiteral("2026-02-23"), 1);
    add(104, QStringLiteral("2026-03-04"), 2);
    add(105, QStringLiteral("2026-02-24"), 10);
    add(105, QStringLiteral("2026-03-05"), 4);
    data.networkOfOffender.insert(101, {QStringLiteral("N1"), QStringLiteral("Network 1")});
    data.networkOfOffender.insert(102, {QStringLiteral("N1"), QStringLiteral("Network 1")});
    ActivityRecord a;
    a.name = QStringLiteral("Disrupt N1");
    a.type = QStringLiteral("network_disruption");
    a.startedOn = QDate(2026, 3, 1);
    a.endedOn = QDate(2026, 3, 10);
    a.targets = {ActivityTarget{QStringLiteral("network"), QStringLiteral("N1"), {}}};
    const ResolvedTargets network = ActivityOutcome::resolve(a, data);
    QCOMPARE(network.offenders, (QSet<qint64>{101, 102}));
    const ActivityOutcomeResult r = ActivityOutcome::measure(a, network, data, table, {});
    QCOMPARE(r.unit, QStringLiteral("offender"));
    // Comparison range [floor(2/2), ceil(4*1.5)] = [1, 6]: 103 and 104 (105's 10 is out): before 4, after 5.
    QCOMPARE(r.comparison.units, 2);
    QCOMPARE(r.comparison.beforeIncidents, 4);
    QCOMPARE(r.comparison.afterIncidents, 5);
    // DiD = (1 - 6)/2 - (5 - 4)/2 = -3.0; harm doubles it: -6.0. No buffer for people.
    QCOMPARE(*r.didIncidents, -3.0);
    QCOMPARE(*r.didHarm, -6.0);
    QVERIFY(!r.wdq);
    // An intervention target stands for its person: intervention 7 of person 101 alone. Range
    // [1, 3]: 103 and 104 (102, before 4, is out). DiD = (0 - 2)/1 - (5 - 4)/2 = -2.5.
    a.targets = {ActivityTarget{QStringLiteral("intervention"), QStringLiteral("7"), {}}};
    const ResolvedTargets one = ActivityOutcome::resolve(a, data, {}, [](qint64 id) { return id == 7 ? 101 : 0; });
    QCOMPARE(one.offenders, (QSet<qint64>{101}));
    QCOMPARE(*ActivityOutcome::measure(a, one, data, table, {}).didIncidents, -2.5);
}

void TestReport::activityAddRemoveRestoreIsAudited()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    ws->setUserName(QStringLiteral("analyst1"));
    ActivityRegister reg(*ws);
    ActivityRecord a;
    a.name = QStringLiteral("Op Birch");
    a.type = QStringLiteral("patrol_plan");
    a.startedOn = QDate(2026, 4, 1);
    a.endedOn = QDate(2026, 4, 30);
    a.owner = QStringLiteral("PS Jones");
    a.targets = {ActivityTarget{QStringLiteral("place"), QStringLiteral("12"), QStringLiteral("High Street")},
                 ActivityTarget{QStringLiteral("offender"), QStringLiteral("40"), {}}};
    const qint64 id = reg.add(a, &error);
    QVERIFY2(id > 0, qPrintable(error));
    // A network that the workspace does not have (it has none) is refused.
    ActivityRecord noNetwork = a;
    noNetwork.targets = {ActivityTarget{QStringLiteral("network"), QStringLiteral("N2"), {}}};
    QCOMPARE(reg.add(noNetwork, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("no offender network N2")), qPrintable(error));
    // Bad input is refused with the reason.
    ActivityRecord bad = a;
    bad.type = QStringLiteral("raid");
    QCOMPARE(reg.add(bad, &error), 0);
    QVERIFY(error.contains(QStringLiteral("raid")));
    bad = a;
    bad.targets = {ActivityTarget{QStringLiteral("place"), QStringLiteral("High St"), {}}};
    QCOMPARE(reg.add(bad, &error), 0);
    bad = a;
    bad.endedOn = QDate(2026, 3, 1);
    QCOMPARE(reg.add(bad, &error), 0);

    auto entries = [&] {
        AuditFilter f;
        f.action = AuditLog::actionName(AuditLog::Action::Alteration);
        QList<AuditEntry> out;
        for (const AuditEntry &e : ws->auditLog().entries(f))
            if (e.objectType == QLatin1String("activity"))
                out << e;
        return out;
    };
    QCOMPARE(entries().size(), 1);
    QCOMPARE(entries().last().userName, QStringLiteral("analyst1"));
    QCOMPARE(entries().last().objectId, QString::number(id));
    QVERIFY(entries().last().detail.contains(QStringLiteral("recorded")));

    const auto removed = reg.remove(id, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(removed->id, id);
    QCOMPARE(removed->name, a.name);
    QCOMPARE(removed->owner, a.owner);
    QCOMPARE(removed->targets.size(), 2);
    QVERIFY(reg.activities().isEmpty());
    QCOMPARE(entries().size(), 2);
    QVERIFY(entries().last().detail.contains(QStringLiteral("removed")));
    QVERIFY(!reg.remove(id, &error));

    // Undo: the removed record goes back with its id, targets and who recorded it.
    QVERIFY2(reg.restore(*removed, &error), qPrintable(error));
    const auto back = reg.activity(id);
    QVERIFY(back);
    QCOMPARE(back->targets, removed->targets);
    QCOMPARE(back->recordedAt, removed->recordedAt);
    QCOMPARE(back->endedOn, a.endedOn);
    QCOMPARE(entries().size(), 3);
    QVERIFY(entries().last().detail.contains(QStringLiteral("restored")));
    QVERIFY(!reg.restore(*removed, &error)); // the id is taken now
    QVERIFY(!ws->auditLog().firstBrokenEntry());
}

/**
 * A network target given as N1 is stored by its anchor (the smallest offender id of N1 when
 * recorded): after a larger network is imported and takes the number N1, the activity still
 * stands for the first network's two offenders.
 */
void TestReport::networkTargetKeepsItsNetwork()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    const auto spec = ImportSpec::fromJson(R"({
      "name": "Pairs", "record_key": "Ref",
      "source": {"organisation": "Test Stores", "kind": "retailer"},
      "format": {"format": "csv", "delimiter": ",", "encoding": "utf-8", "header_row": 1},
      "grading": {"source": "2", "intelligence": "B", "handling": "P", "conditions": ""},
      "entities": {
        "incident": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "Date"}},
        "s1": {"type": "person", "fields": {"full_name": "S1", "dob": "S1 DOB"}},
        "s2": {"type": "person", "fields": {"full_name": "S2", "dob": "S2 DOB"}}
      },
      "links": [{"from": "s1", "to": "incident", "type": "suspect_in"}, {"from": "s2", "to": "incident", "type": "suspect_in"}]
    })", &error);
    QVERIFY2(spec, qPrintable(error));
    auto importRows = [&](const QString &name, const QByteArray &rows) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ref,Date,S1,S1 DOB,S2,S2 DOB\n" + rows);
        f.close();
        QVERIFY(Importer(*ws, *spec).importFile(f.fileName()).ok());
    };
    importRows(QStringLiteral("one.csv"), "R1,2026-01-05,Amy Khan,1990-01-01,Bob Lee,1991-02-02\n");
    auto networksNow = [&] {
        HarmData data;
        HarmAnalysis::findNetworks(ws->entityRecords(), ws->linkRecords(), &data);
        return data;
    };
    // The first network is the two people of the first file, found by name (not by the network finder).
    QSet<qint64> first;
    QSet<QString> names;
    for (const EntityRecord &e : ws->entityRecords())
        if (e.type == EntityType::Person) {
            first.insert(e.id);
            names.insert(e.label);
        }
    QCOMPARE(names, (QSet<QString>{QStringLiteral("Amy KHAN"), QStringLiteral("Bob LEE")})); // labels: surname in capitals
    QCOMPARE(first.size(), 2);

    ActivityRegister reg(*ws);
    ActivityRecord a;
    a.name = QStringLiteral("Disrupt the pair");
    a.type = QStringLiteral("network_disruption");
    a.startedOn = QDate(2026, 2, 1);
    a.targets = {ActivityTarget{QStringLiteral("network"), QStringLiteral("N1"), QStringLiteral("Khan and Lee")}};
    const qint64 id = reg.add(a, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const ActivityTarget stored = reg.activity(id)->targets.value(0);
    QCOMPARE(stored.target.toLongLong(), *std::min_element(first.cbegin(), first.cend()));
    QCOMPARE(stored.label, QStringLiteral("Khan and Lee; N1 when recorded"));

    importRows(QStringLiteral("two.csv"), "R2,2026-01-06,Cat Ode,1992-03-03,Dan Roe,1993-04-04\n"
                                          "R3,2026-01-07,Dan Roe,1993-04-04,Eve Poe,1994-05-05\n");
    const HarmData after = networksNow();
    QCOMPARE(after.networkOfOffender.value(stored.target.toLongLong()).first, QStringLiteral("N2")); // renumbered
    const ResolvedTargets r = ActivityOutcome::resolve(*reg.activity(id), after);
    QCOMPARE(r.offenders, first);
    QVERIFY(r.unresolved.isEmpty());
}

void TestReport::assessmentHasEverySectionOnMarkedPagesAndPublishes()
{
    if (!havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo/demo.fcdb"));
    auto cli = [](const QStringList &args, QString *output = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CliApplication::createDefault()->run(QStringList{QStringLiteral("fusioncell-cli")} + args, o, e);
        o.flush();
        e.flush();
        if (output)
            *output = out;
        if (code != 0)
            qWarning().noquote() << err;
        return code;
    };
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), dir.filePath(QStringLiteral("demo")),
                  QStringLiteral("--incidents"), QStringLiteral("1500")}), 0);
    const QString outcodes = QStringLiteral(FC_SHARED_DIR "/data/geo/uk_outcodes.csv");
    if (QFile::exists(outcodes))
        QCOMPARE(cli({QStringLiteral("postcodes"), QStringLiteral("load"), QStringLiteral("--db"), ws, outcodes}), 0);
    // The period: the last six months of the demo data.
    QDate last;
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        Statement st = w->database().prepare(QStringLiteral("SELECT MAX(value) FROM attributes WHERE name = 'occurred_at'"));
        QVERIFY(st.step());
        last = QDate::fromString(st.text(0).left(10), Qt::ISODate);
    }
    QVERIFY(last.isValid());
    const QDate to(last.year(), last.month(), last.daysInMonth());
    const QDate from = QDate(to.year(), to.month(), 1).addMonths(-5);
    QCOMPARE(cli({QStringLiteral("activities"), QStringLiteral("add"), QStringLiteral("--db"), ws, QStringLiteral("--name"),
                  QStringLiteral("Op Cedar"), QStringLiteral("--type"), QStringLiteral("operation"), QStringLiteral("--start"),
                  from.addMonths(-3).toString(Qt::ISODate), QStringLiteral("--target"), QStringLiteral("network:N1")}), 0);
    const QString note = dir.filePath(QStringLiteral("note.txt"));
    {
        QFile f(note);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Analyst note: <b>not bold</b> & kept as typed.");
    }
    const QString pdf = dir.filePath(QStringLiteral("a.pdf")), odt = dir.filePath(QStringLiteral("a.odt"));
    QString json;
    QCOMPARE(cli({QStringLiteral("assess"), QStringLiteral("--db"), ws, QStringLiteral("--from"), from.toString(Qt::ISODate),
                  QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--out"), pdf, QStringLiteral("--odt"), odt,
                  QStringLiteral("--text-file"), QStringLiteral("summary=") + note, QStringLiteral("--recipient"),
                  QStringLiteral("Retail crime partnership"), QStringLiteral("--justification"),
                  QStringLiteral("Six-monthly sharing agreement"), QStringLiteral("--json")},
                 &json),
             0);
    const QJsonObject result = QJsonDocument::fromJson(json.toUtf8()).object();
    const int pages = result.value(QStringLiteral("pages")).toInt();
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY(pages >= 12);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfPage(pdf, p);
        QVERIFY2(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) >= 2, qPrintable(QString::number(p)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
    }
    const QStringList titles{QStringLiteral("Executive summary"), QStringLiteral("Current picture"),
                             QStringLiteral("Emerging trends"), QStringLiteral("Predicted trends"),
                             QStringLiteral("High-harm places"), QStringLiteral("Organised networks"),
                             QStringLiteral("Offender management"), QStringLiteral("Outcomes of previous activities"),
                             QStringLiteral("Benchmarking across retailers"), QStringLiteral("Changes since the last assessment"),
                             QStringLiteral("Method, data sources and grading")};
    const QString contents = pdfPage(pdf, 2);
    const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
    for (int k = 0; k < titles.size(); ++k) {
        const QString heading = QStringLiteral("%1 %2").arg(k + 1).arg(titles.at(k));
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(heading) + QStringLiteral("\\s+(\\d+)")).match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(heading));
        QVERIFY2(pdfPage(pdf, m.captured(1).toInt()).contains(heading), qPrintable(heading));
        QVERIFY2(content.contains(heading), qPrintable(heading));
    }
    const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(all.contains(QStringLiteral("Analyst note: <b>not bold</b> & kept as typed.")));
    QVERIFY(all.contains(QStringLiteral("Op Cedar")));
    // Trends (core/trends): the method is named; the demo's 24 months are too short for both methods, which say so.
    QVERIFY(all.contains(QStringLiteral("improved Farrington")));
    QVERIFY(all.contains(QStringLiteral("too little history")));
    QVERIFY(all.contains(QStringLiteral("No earlier assessment has been published")));
    QVERIFY(QString::fromUtf8(zipEntry(odt, QStringLiteral("styles.xml"))).contains(QStringLiteral("OFFICIAL-SENSITIVE")));

    // Publishing: a disclosure with the recipient, the justification and the PDF's SHA-256.
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(result.value(QStringLiteral("sha256")).toString(), sha);
    {
        QString error;
        auto w = Workspace::open(ws, &error);
        AuditFilter filter;
        filter.action = AuditLog::actionName(AuditLog::Action::Disclosure);
        const QList<AuditEntry> disclosures = w->auditLog().entries(filter);
        bool found = false;
        for (const AuditEntry &e : disclosures)
            if (e.objectType == QLatin1String("assessment") && e.detail.contains(sha)
                && e.recipient == QLatin1String("Retail crime partnership")
                && e.justification == QLatin1String("Six-monthly sharing agreement"))
                found = true;
        QVERIFY(found);
        // Both files written are consultations in the audit trail, each with its own SHA-256.
        AuditFilter consulted;
        consulted.action = AuditLog::actionName(AuditLog::Action::Consultation);
        QStringList drafts;
        for (const AuditEntry &e : w->auditLog().entries(consulted))
            if (e.objectType == QLatin1String("assessment") && e.detail.contains(QLatin1String("draft written to")))
                drafts << e.detail;
        QCOMPARE(drafts.size(), 2);
        QVERIFY2(drafts.filter(QStringLiteral("a.pdf")).size() == 1 && drafts.filter(sha).size() == 1,
                 qPrintable(drafts.join(QLatin1Char('\n'))));
        QVERIFY(drafts.filter(QStringLiteral("a.odt")).size() == 1);
        Statement st = w->database().prepare(QStringLiteral("SELECT file_sha256, recipient FROM assessments WHERE id = ?"));
        st.bind(1, qint64(result.value(QStringLiteral("assessment")).toInt()));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), sha);
    }

    // The next assessment reports what changed since the published one.
    const QString next = dir.filePath(QStringLiteral("b.pdf"));
    QCOMPARE(cli({QStringLiteral("assess"), QStringLiteral("--db"), ws, QStringLiteral("--from"),
                  from.addMonths(1).toString(Qt::ISODate), QStringLiteral("--to"),
                  QDate(to.year(), to.month(), 1).addMonths(2).addDays(-1).toString(Qt::ISODate),
                  QStringLiteral("--out"), next, QStringLiteral("--quiet")}),
             0);
    const QString nextText = run(QStringLiteral("pdftotext"), {next, QStringLiteral("-")});
    QVERIFY(nextText.contains(QStringLiteral("Compared with the assessment published")));
    QVERIFY(nextText.contains(sha.left(16)));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
