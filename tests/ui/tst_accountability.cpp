#include "app/accesscontroller.h"
#include "app/accessprompter.h"
#include "app/chartbridge.h"
#include "app/disclosuredialog.h"
#include "app/passphrasedialog.h"
#include "app/purposedialog.h"
#include "app/workspacesession.h"
#include "audit/auditfilterproxy.h"
#include "audit/auditpane.h"
#include "audit/audittablemodel.h"
#include "inspector/attributetablemodel.h"
#include "inspector/inspectorpane.h"
#include "map/mappane.h"
#include "mainwindow.h"
#include "networks/networkjob.h"
#include "networks/networkspane.h"
#include "offenders/offenderspane.h"
#include "resolve/reviewpane.h"
#include "store/database.h"
#include "store/workspace.h"
#include "store/workspaceaccess.h"
#include "trends/trendspane.h"
#include "uitestworkspace.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

namespace {

/** Answers the accountability questions from the test; remembers what was asked. */
class FakePrompter : public AccessPrompter
{
public:
    QList<std::optional<QByteArray>> passphrases; // answered in turn, then "cancel"
    QStringList passphraseProblems;
    std::optional<QByteArray> newPassphraseAnswer;
    std::optional<AccessPurpose> purposeAnswer;
    QList<AccessPurpose> purposePrefills;
    std::optional<DisclosureAnswer> disclosureAnswer;
    QStringList disclosuresAsked;

    std::optional<QByteArray> passphrase(const QString &, const QString &problem) override
    {
        passphraseProblems << problem;
        return passphrases.isEmpty() ? std::nullopt : passphrases.takeFirst();
    }
    std::optional<QByteArray> newPassphrase(const QString &, bool) override { return newPassphraseAnswer; }
    std::optional<AccessPurpose> purpose(const AccessPurpose &previous) override
    {
        purposePrefills << previous;
        return purposeAnswer;
    }
    std::optional<DisclosureAnswer> disclosure(const QString &what) override
    {
        disclosuresAsked << what;
        return disclosureAnswer;
    }
};

const QByteArray kPassphrase("correct horse battery staple");

QList<AuditEntry> entriesOf(Workspace &ws, const QString &action = QString())
{
    AuditFilter filter;
    filter.action = action;
    return ws.auditLog().entries(filter);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/**
 * Accountability in the workstation, offscreen, on the hand-counted shop_thefts.csv
 * (tests/ui/data/README.md: 3 people, one network of John SMITH and Mary JONES): encrypted
 * workspaces, purpose of access, consultations, disclosures and the audit pane. Every question
 * to the analyst is answered by FakePrompter, so no test meets a modal dialog.
 */
class TestAccountability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void encryptedWorkspaceOpensWithItsPassphrase();
    void cancelledPassphraseOpensNothing();
    void networksJobRunsOnAnEncryptedWorkspace();
    void searchIsRecordedWithThePurpose();
    void plainCopyIsADisclosureAndPassphraseChanges();
    void inspectorRecordsOneConsultationWithThePurpose();
    void refusedPurposeShowsNothingAndRecordsNothing();
    void dialogsRefuseIncompleteAnswers();
    void chartExportIsRecordedAsADisclosure();
    void declinedDisclosureWritesNothing();
    void auditModelShowsAndFiltersTheTrail();
    void paneCsvEqualsCliExport();
    void brokenChainIsReported();

private:
    /** A MainWindow on a fresh copy of the plain workspace, its first network analysis done. */
    std::unique_ptr<MainWindow> openWindow(FakePrompter **prompter, const QString &name);
    /** A workspace with four audit entries written by hand (see auditModelShowsAndFiltersTheTrail). */
    QString makeAuditWorkspace(const QString &name);

    QTemporaryDir m_dir;
    QString m_plain;
    QString m_encrypted;
    qint64 m_john = 0;
    qint64 m_mary = 0;
};

void TestAccountability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountability"));
    QSettings().clear();
    m_plain = m_dir.filePath(QStringLiteral("plain.fcdb"));
    ImportReport report;
    QString error;
    auto ws = UiTestWorkspace::create(m_plain, &report, &error);
    QVERIFY2(ws, qPrintable(error));
    m_john = UiTestWorkspace::idOf(*ws, EntityType::Person, QStringLiteral("SMITH"));
    m_mary = UiTestWorkspace::idOf(*ws, EntityType::Person, QStringLiteral("JONES"));
    QVERIFY(m_john && m_mary);
    if (Database::encryptionAvailable()) {
        m_encrypted = m_dir.filePath(QStringLiteral("encrypted.fcdb"));
        QVERIFY2(ws->exportCopy(m_encrypted, kPassphrase, &error), qPrintable(error));
        QVERIFY(Workspace::looksEncrypted(m_encrypted));
    }
}

void TestAccountability::encryptedWorkspaceOpensWithItsPassphrase()
{
    if (!Database::encryptionAvailable())
        QSKIP("this build cannot encrypt workspaces");
    WorkspaceSession session;
    QString error;
    QVERIFY(!session.open(m_encrypted, &error, "wrong"));
    QVERIFY(error.contains(QStringLiteral("encrypted.fcdb")));
    QVERIFY(!session.isOpen());

    // A wrong passphrase is asked again with a reason; the right one opens.
    auto *prompter = new FakePrompter;
    prompter->passphrases = {QByteArray("wrong"), kPassphrase};
    AccessController access(&session, std::unique_ptr<AccessPrompter>(prompter));
    QVERIFY2(access.openWorkspace(m_encrypted, QByteArray(), &error), qPrintable(error));
    QCOMPARE(prompter->passphraseProblems.size(), 2);
    QVERIFY(prompter->passphraseProblems.at(0).isEmpty());
    QVERIFY(prompter->passphraseProblems.at(1).contains(QStringLiteral("wrong")));
    QVERIFY(session.isOpen());
    QVERIFY(session.isEncrypted());
    QCOMPARE(session.workspace()->countsByType().value(EntityType::Person), 3);

    // The passphrase given up front (FUSIONCELL_PASSPHRASE) opens without a question.
    WorkspaceSession other;
    auto *silent = new FakePrompter;
    AccessController otherAccess(&other, std::unique_ptr<AccessPrompter>(silent));
    QVERIFY2(otherAccess.openWorkspace(m_encrypted, kPassphrase, &error), qPrintable(error));
    QVERIFY(silent->passphraseProblems.isEmpty());
    // A wrong one given up front fails with a message instead of asking (nobody may be there).
    WorkspaceSession third;
    AccessController thirdAccess(&third, std::unique_ptr<AccessPrompter>(new FakePrompter));
    QVERIFY(!thirdAccess.openWorkspace(m_encrypted, "wrong", &error));
    QVERIFY(error.contains(QStringLiteral("wrong passphrase")));
    QVERIFY(!third.isOpen());
}

void TestAccountability::cancelledPassphraseOpensNothing()
{
    if (!Database::encryptionAvailable())
        QSKIP("this build cannot encrypt workspaces");
    WorkspaceSession session;
    auto *prompter = new FakePrompter;
    prompter->passphrases = {QByteArray("wrong")}; // then cancel
    AccessController access(&session, std::unique_ptr<AccessPrompter>(prompter));
    QString error = QStringLiteral("stale");
    QVERIFY(!access.openWorkspace(m_encrypted, QByteArray(), &error));
    QVERIFY(error.isEmpty()); // cancelled: nothing to report
    QCOMPARE(prompter->passphraseProblems.size(), 2);
    QVERIFY(!session.isOpen());
}

void TestAccountability::networksJobRunsOnAnEncryptedWorkspace()
{
    if (!Database::encryptionAvailable())
        QSKIP("this build cannot encrypt workspaces");
    WorkspaceSession session;
    QString error;
    QVERIFY2(session.open(m_encrypted, &error, kPassphrase), qPrintable(error));
    session.setPurpose(QStringLiteral("Op KESTREL: network of the suspects"));
    const int before = int(entriesOf(*session.workspace(), QStringLiteral("consultation")).size());

    // Without the passphrase the worker's own connection cannot read the file.
    const NetworkJobResult refused = NetworkJob::run(WorkspaceAccess(session.path()), {}, nullptr);
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(refused.networks.isEmpty());

    const NetworkJobResult result = NetworkJob::run(session.access(), {}, nullptr);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.networks.size(), 1); // John + Mary, by hand
    QCOMPARE(result.networks.at(0).summary.members,
             (QList<qint64>{qMin(m_john, m_mary), qMax(m_john, m_mary)}));

    // The analysis names people: one consultation, with the session's purpose.
    const auto consultations = entriesOf(*session.workspace(), QStringLiteral("consultation"));
    QCOMPARE(consultations.size(), before + 1);
    QCOMPARE(consultations.last().objectType, QStringLiteral("analysis"));
    QCOMPARE(consultations.last().justification, QStringLiteral("Op KESTREL: network of the suspects"));
    QVERIFY(consultations.last().detail.contains(QStringLiteral("3 persons")));
}

void TestAccountability::searchIsRecordedWithThePurpose()
{
    const QString path = m_dir.filePath(QStringLiteral("search.fcdb"));
    QVERIFY(QFile::copy(m_plain, path));
    WorkspaceSession session;
    QString error;
    QVERIFY2(session.open(path, &error), qPrintable(error));
    session.setPurpose(QStringLiteral("Op KESTREL: trace John"));
    QCOMPARE(session.workspace()->search(QStringLiteral("SMITH")).size(), 1);
    const auto entries = entriesOf(*session.workspace(), QStringLiteral("consultation"));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().objectType, QStringLiteral("search"));
    QCOMPARE(entries.last().justification, QStringLiteral("Op KESTREL: trace John"));
}

void TestAccountability::plainCopyIsADisclosureAndPassphraseChanges()
{
    if (!Database::encryptionAvailable())
        QSKIP("this build cannot encrypt workspaces");
    const QString path = m_dir.filePath(QStringLiteral("rekey.fcdb"));
    QVERIFY(QFile::copy(m_encrypted, path));
    WorkspaceSession session;
    QString error;
    QVERIFY2(session.open(path, &error, kPassphrase), qPrintable(error));
    auto *prompter = new FakePrompter;
    AccessController access(&session, std::unique_ptr<AccessPrompter>(prompter));

    // Without a recipient and justification no plain copy is written.
    const QString plain = m_dir.filePath(QStringLiteral("plain-copy.fcdb"));
    QVERIFY(!access.savePlainCopy(plain, &error));
    QVERIFY(!QFile::exists(plain));
    prompter->disclosureAnswer =
        DisclosureAnswer{QStringLiteral("Disclosure unit"), QStringLiteral("court order 12")};
    QVERIFY2(access.savePlainCopy(plain, &error), qPrintable(error));
    QVERIFY(!Workspace::looksEncrypted(plain));
    QVERIFY(Workspace::open(plain, &error));
    const AuditEntry last = session.workspace()->auditLog().entries().last();
    QCOMPARE(last.action, QStringLiteral("disclosure"));
    QCOMPARE(last.objectType, QStringLiteral("workspace"));
    QCOMPARE(last.objectId, QStringLiteral("plain-copy.fcdb"));
    QCOMPARE(last.recipient, QStringLiteral("Disclosure unit"));

    // A new passphrase: the file opens with it (not the old one), and workers get it too.
    prompter->newPassphraseAnswer = QByteArray("new passphrase");
    QVERIFY2(access.changePassphrase(&error), qPrintable(error));
    const NetworkJobResult result = NetworkJob::run(session.access(), {}, nullptr);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    WorkspaceSession other;
    QVERIFY(!other.open(path, &error, kPassphrase));
    QVERIFY2(other.open(path, &error, "new passphrase"), qPrintable(error));
}

std::unique_ptr<MainWindow> TestAccountability::openWindow(FakePrompter **prompter, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_plain, path))
        return nullptr;
    auto window = std::make_unique<MainWindow>();
    *prompter = new FakePrompter;
    window->access()->setPrompter(std::unique_ptr<AccessPrompter>(*prompter));
    QSignalSpy networks(window->networksPane(), &NetworksPane::finished);
    if (!window->openWorkspace(path))
        return nullptr;
    // The analysis on opening writes its own audit entry from its worker: wait for it.
    if (networks.isEmpty() && !networks.wait(20000))
        return nullptr;
    // So does the offenders ranking (a consultation, written by its worker), and the other panes read
    // on opening: wait until every one is idle, so that a test counts only the entries it causes.
    const bool idle = QTest::qWaitFor([&] {
        return !window->offendersPane()->isRunning() && !window->trendsPane()->isRunning()
            && !window->mapPane()->isRunning() && !window->reviewPane()->isLoading();
    }, 30000);
    if (!idle)
        return nullptr;
    return window;
}

void TestAccountability::inspectorRecordsOneConsultationWithThePurpose()
{
    FakePrompter *prompter = nullptr;
    auto window = openWindow(&prompter, QStringLiteral("inspector.fcdb"));
    QVERIFY(window);
    QVERIFY(prompter->purposePrefills.isEmpty()); // not asked on opening
    QVERIFY(window->statusPurpose().contains(QStringLiteral("No purpose")));
    prompter->purposeAnswer =
        AccessPurpose{QStringLiteral("Op KESTREL"), QStringLiteral("associates of the suspects")};
    Workspace *ws = window->session()->workspace();
    const int before = int(entriesOf(*ws).size());

    window->inspectorPane()->showEntity(m_john);
    QCOMPARE(window->inspectorPane()->entityId(), m_john);
    QVERIFY(window->inspectorPane()->title().contains(QStringLiteral("SMITH")));
    QCOMPARE(prompter->purposePrefills.size(), 1);
    auto entries = entriesOf(*ws);
    QCOMPARE(entries.size(), before + 1);
    QCOMPARE(entries.last().action, QStringLiteral("consultation"));
    QCOMPARE(entries.last().objectType, QStringLiteral("person"));
    QCOMPARE(entries.last().objectId, QString::number(m_john));
    QCOMPARE(entries.last().justification, QStringLiteral("Op KESTREL: associates of the suspects"));
    QVERIFY(window->statusPurpose().contains(QStringLiteral("Op KESTREL: associates of the suspects")));

    // Once per session: the next profile is logged with the same purpose, without asking.
    window->inspectorPane()->showEntity(m_mary);
    QCOMPARE(prompter->purposePrefills.size(), 1);
    entries = entriesOf(*ws);
    QCOMPARE(entries.size(), before + 2);
    QCOMPARE(entries.last().objectId, QString::number(m_mary));
    QCOMPARE(entries.last().justification, QStringLiteral("Op KESTREL: associates of the suspects"));
}

void TestAccountability::refusedPurposeShowsNothingAndRecordsNothing()
{
    FakePrompter *prompter = nullptr;
    auto window = openWindow(&prompter, QStringLiteral("refused.fcdb"));
    QVERIFY(window);
    Workspace *ws = window->session()->workspace();
    const int before = int(entriesOf(*ws).size());
    prompter->purposeAnswer = std::nullopt; // the analyst declines

    window->inspectorPane()->showEntity(m_john);
    QCOMPARE(prompter->purposePrefills.size(), 1);
    // The dialog was pre-filled with the purpose stated last (the previous test's session).
    QCOMPARE(prompter->purposePrefills.at(0).reference, QStringLiteral("Op KESTREL"));
    QCOMPARE(prompter->purposePrefills.at(0).reason, QStringLiteral("associates of the suspects"));
    QCOMPARE(window->inspectorPane()->entityId(), 0);
    QCOMPARE(window->inspectorPane()->attributeModel()->rowCount(), 0);
    QVERIFY(!window->inspectorPane()->title().contains(QStringLiteral("SMITH")));
    QCOMPARE(entriesOf(*ws).size(), before);
}

void TestAccountability::dialogsRefuseIncompleteAnswers()
{
    DisclosureDialog disclosure(QStringLiteral("chart.png"));
    QVERIFY(!disclosure.okButton()->isEnabled());
    disclosure.recipientEdit()->setText(QStringLiteral("DS Khan"));
    QVERIFY(!disclosure.okButton()->isEnabled());
    disclosure.justificationEdit()->setPlainText(QStringLiteral("charging file"));
    QVERIFY(disclosure.okButton()->isEnabled());
    disclosure.recipientEdit()->setText(QStringLiteral("   "));
    QVERIFY(!disclosure.okButton()->isEnabled());

    PurposeDialog purpose(AccessPurpose{QStringLiteral("Op X"), QString()});
    QVERIFY(!purpose.okButton()->isEnabled());
    purpose.reasonEdit()->setText(QStringLiteral("review"));
    QVERIFY(purpose.okButton()->isEnabled());
    QCOMPARE(purpose.purpose().text(), QStringLiteral("Op X: review"));

    PassphraseDialog twice(PassphraseDialog::NewPassphrase);
    QCOMPARE(twice.passphraseEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(twice.repeatEdit()->echoMode(), QLineEdit::Password);
    twice.passphraseEdit()->setText(QStringLiteral("one"));
    twice.repeatEdit()->setText(QStringLiteral("two"));
    QVERIFY(!twice.okButton()->isEnabled());
    twice.repeatEdit()->setText(QStringLiteral("one"));
    QVERIFY(twice.okButton()->isEnabled());
    QCOMPARE(twice.takePassphrase(), QByteArray("one"));
    QVERIFY(twice.passphraseEdit()->text().isEmpty()); // not left in the widget
}

void TestAccountability::chartExportIsRecordedAsADisclosure()
{
    FakePrompter *prompter = nullptr;
    auto window = openWindow(&prompter, QStringLiteral("export.fcdb"));
    QVERIFY(window);
    QVERIFY(!window->chart()->entityIds().isEmpty()); // the network is on the chart
    prompter->disclosureAnswer =
        DisclosureAnswer{QStringLiteral("DS Khan, CPS Yorkshire"), QStringLiteral("charging file")};
    Workspace *ws = window->session()->workspace();
    const int before = int(entriesOf(*ws).size());

    const QString path = m_dir.filePath(QStringLiteral("network.png"));
    QString error;
    QVERIFY2(window->exportChart(path, &error), qPrintable(error));
    QCOMPARE(prompter->disclosuresAsked.size(), 1);
    const QByteArray png = readAll(path);
    QVERIFY(png.startsWith("\x89PNG"));
    const auto entries = entriesOf(*ws);
    QCOMPARE(entries.size(), before + 1);
    const AuditEntry &e = entries.last();
    QCOMPARE(e.action, QStringLiteral("disclosure"));
    QCOMPARE(e.objectType, QStringLiteral("chart"));
    QCOMPARE(e.objectId, QStringLiteral("network.png"));
    QCOMPARE(e.recipient, QStringLiteral("DS Khan, CPS Yorkshire"));
    QCOMPARE(e.justification, QStringLiteral("charging file"));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    QVERIFY2(e.detail.contains(sha), qPrintable(e.detail));
    QVERIFY(e.detail.contains(QStringLiteral("png")));
}

void TestAccountability::declinedDisclosureWritesNothing()
{
    FakePrompter *prompter = nullptr;
    auto window = openWindow(&prompter, QStringLiteral("declined.fcdb"));
    QVERIFY(window);
    prompter->disclosureAnswer = std::nullopt;
    Workspace *ws = window->session()->workspace();
    const int before = int(entriesOf(*ws).size());
    const QString path = m_dir.filePath(QStringLiteral("declined.svg"));
    QString error;
    QVERIFY(!window->exportChart(path, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(entriesOf(*ws).size(), before);
}

QString TestAccountability::makeAuditWorkspace(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws)
        return QString();
    AuditLog log = ws->auditLog();
    // Four entries: two by alice, two by bob; two consultations; one disclosure to the CPS.
    const bool ok =
        log.append(AuditLog::Action::Collection, QStringLiteral("alice"), QStringLiteral("import"),
                   QStringLiteral("1"), QStringLiteral("thefts.csv")) &&
        log.append(AuditLog::Action::Consultation, QStringLiteral("alice"), QStringLiteral("person"),
                   QStringLiteral("7"), QStringLiteral("profile opened"), QStringLiteral("Op A: suspects")) &&
        log.append(AuditLog::Action::Consultation, QStringLiteral("bob"), QStringLiteral("search"), QString(),
                   QStringLiteral("search \"=cmd\" returned 1 persons"), QStringLiteral("Op B")) &&
        log.append(AuditLog::Action::Disclosure, QStringLiteral("bob"), QStringLiteral("chart"),
                   QStringLiteral("net.png"), QStringLiteral("png file"), QStringLiteral("charging \"file\""),
                   QStringLiteral("CPS"));
    return ok ? path : QString();
}

void TestAccountability::auditModelShowsAndFiltersTheTrail()
{
    const QString path = makeAuditWorkspace(QStringLiteral("audit.fcdb"));
    QVERIFY(!path.isEmpty());
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    AuditPane pane;
    pane.setWorkspace(ws.get());
    QCOMPARE(pane.model()->rowCount(), 4);
    QCOMPARE(pane.proxy()->rowCount(), 4);
    QCOMPARE(pane.chainStatus(), QStringLiteral("Chain intact, 4 entries"));
    QCOMPARE(pane.model()->index(3, AuditTableModel::Recipient).data().toString(), QStringLiteral("CPS"));
    QVERIFY(!(pane.model()->flags(pane.model()->index(0, 0)) & Qt::ItemIsEditable));

    QComboBox *action = pane.actionFilter();
    action->setCurrentIndex(action->findData(QStringLiteral("consultation")));
    QCOMPARE(pane.proxy()->rowCount(), 2);
    QComboBox *user = pane.userFilter();
    QCOMPARE(user->count(), 3); // all, alice, bob
    user->setCurrentIndex(user->findData(QStringLiteral("bob")));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    action->setCurrentIndex(0);
    QCOMPARE(pane.proxy()->rowCount(), 2); // bob's two
    user->setCurrentIndex(0);
    pane.textFilter()->setText(QStringLiteral("op a"));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    pane.textFilter()->clear();

    // Every entry was written today (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    pane.setDateRange(today, today);
    QCOMPARE(pane.proxy()->rowCount(), 4);
    pane.setDateRange(today.addDays(1), QDate());
    QCOMPARE(pane.proxy()->rowCount(), 0);
    pane.setDateRange(QDate(), today.addDays(-1));
    QCOMPARE(pane.proxy()->rowCount(), 0);
    pane.setDateRange(QDate(), QDate());
    QCOMPARE(pane.proxy()->rowCount(), 4);
}

void TestAccountability::paneCsvEqualsCliExport()
{
    const QString path = makeAuditWorkspace(QStringLiteral("csv.fcdb"));
    QVERIFY(!path.isEmpty());
    // The CLI first: the pane's export adds its own disclosure entry after writing.
    const QString cliCsv = m_dir.filePath(QStringLiteral("cli.csv"));
    QProcess cli;
    cli.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"),
              {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), path,
               QStringLiteral("--out"), cliCsv});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);

    WorkspaceSession session;
    QString error;
    QVERIFY2(session.open(path, &error), qPrintable(error));
    auto *prompter = new FakePrompter;
    prompter->disclosureAnswer =
        DisclosureAnswer{QStringLiteral("Data Protection Officer"), QStringLiteral("annual audit")};
    AccessController access(&session, std::unique_ptr<AccessPrompter>(prompter));
    AuditPane pane;
    pane.setWorkspace(session.workspace());
    pane.setAccessController(&access);
    const QString paneCsv = m_dir.filePath(QStringLiteral("pane.csv"));
    QVERIFY2(pane.exportCsv(paneCsv, &error), qPrintable(error));

    const QByteArray csv = readAll(paneCsv);
    QCOMPARE(csv, readAll(cliCsv));
    // Header + 4 entries; the formula-looking search text and the quotes are neutralised.
    QCOMPARE(csv.count('\n'), 5);
    QVERIFY(csv.contains("\"search \"\"=cmd\"\" returned 1 persons\""));
    QVERIFY(csv.contains("\"charging \"\"file\"\"\""));

    const auto entries = session.workspace()->auditLog().entries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.last().action, QStringLiteral("disclosure"));
    QCOMPARE(entries.last().objectType, QStringLiteral("audit_log"));
    QCOMPARE(entries.last().recipient, QStringLiteral("Data Protection Officer"));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    QVERIFY(entries.last().detail.contains(sha));
}

void TestAccountability::brokenChainIsReported()
{
    const QString path = makeAuditWorkspace(QStringLiteral("broken.fcdb"));
    QVERIFY(!path.isEmpty());
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    // Tampering as an attacker with the file would: past the trigger, entry 2's detail changed.
    QVERIFY(ws->database().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(ws->database().exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE id = 2")));
    AuditPane pane;
    pane.setWorkspace(ws.get());
    QVERIFY2(pane.chainStatus().startsWith(QStringLiteral("Chain broken at entry 2: ")),
             qPrintable(pane.chainStatus()));
}

QTEST_MAIN(TestAccountability)
#include "tst_accountability.moc"
