// Case files in the workstation (ui/casefile): a case created from a person, the analyst's summary
// edited with undo and redo through the window's stack (every version kept), an exhibit attached
// and a case file exported in the worker (a disclosure in the audit trail), and a changed exhibit
// stopping the export with the exhibit named. Expected values by hand from data/shop_thefts.csv.
#include "casefile/casefilepane.h"
#include "casefile/casestore.h"
#include "store/auditlog.h"
#include "uitestworkspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace fc;

class TestCaseFileUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createCaseFromPerson();
    void chartSelectionNeedsAPerson();
    void summaryEditUndoRedo();
    void attachAndExport();
    void partnerExport();
    void changedExhibitStopsExport();

private:
    bool waitForJob(QSignalSpy &spy);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    WorkspaceAccess m_access;
    CaseFilePane *m_pane = nullptr;
    QUndoStack m_stack;
    qint64 m_john = 0;
    qint64 m_caseId = 0;
};

void TestCaseFileUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("cases.fcdb"));
    ImportReport report;
    QString error;
    m_ws = UiTestWorkspace::create(path, &report, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_access = WorkspaceAccess(path);
    m_john = UiTestWorkspace::idOf(*m_ws, EntityType::Person, QStringLiteral("SMITH"));
    QVERIFY(m_john);
    m_pane = new CaseFilePane;
    m_pane->setWorkspace(m_access, m_ws.get());
    m_pane->setUndoStack(&m_stack);
}

void TestCaseFileUi::cleanupTestCase()
{
    delete m_pane;
    m_pane = nullptr;
    m_ws.reset();
}

bool TestCaseFileUi::waitForJob(QSignalSpy &spy)
{
    return spy.wait(60000) && !m_pane->isBusy();
}

void TestCaseFileUi::createCaseFromPerson()
{
    QString error;
    m_caseId = m_pane->newCaseForPerson(m_john, &error);
    QVERIFY2(m_caseId, qPrintable(error));
    QCOMPARE(m_pane->currentCase(), m_caseId);
    QCOMPARE(m_pane->casesModel()->rowCount(), 1);
    // John SMITH is a suspect in INC001 (5 Jan 2024, Leeds Briggate, £120.00) and INC003 (10 Mar
    // 2024, York Coney Street, £300.00); INC004 (a bad date) was rejected at import.
    const auto info = CaseStore(*m_ws).get(m_caseId);
    QVERIFY(info);
    QCOMPARE(info->incidents.size(), 2);
    QCOMPARE(info->persons, QList<qint64>{m_john});
    QStandardItemModel *schedule = m_pane->scheduleModel();
    QCOMPARE(schedule->rowCount(), 2);
    QCOMPARE(schedule->item(0, 2)->text(), QStringLiteral("Leeds Briggate"));
    QCOMPARE(schedule->item(0, 4)->text(), QStringLiteral("£120.00"));
    QCOMPARE(schedule->item(1, 2)->text(), QStringLiteral("York Coney Street"));
    QCOMPARE(schedule->item(1, 4)->text(), QStringLiteral("£300.00"));
    // A shop theft of £120 in January 2024 is within the £200 low-value threshold in force from
    // 13 May 2014 (s.22A MCA 1980): the schedule carries that note.
    QVERIFY2(schedule->item(0, 9)->text().contains(QStringLiteral("£200")), qPrintable(schedule->item(0, 9)->text()));
    // The generated summary is version 1 and shown as the analyst's starting text.
    const auto summary = CaseStore(*m_ws).currentSummary(m_caseId);
    QVERIFY(summary);
    QCOMPARE(summary->version, 1);
    QVERIFY(summary->generated);
    QCOMPARE(m_pane->analystSummary(), summary->text);
}

void TestCaseFileUi::chartSelectionNeedsAPerson()
{
    const qint64 store = UiTestWorkspace::idOf(*m_ws, EntityType::Location, QStringLiteral("Briggate"));
    QVERIFY(store);
    QString error;
    QCOMPARE(m_pane->newCaseForEntities({store}, &error), 0);
    QVERIFY(error.contains(QStringLiteral("person")));
    QCOMPARE(CaseStore(*m_ws).cases().size(), 1);
}

void TestCaseFileUi::summaryEditUndoRedo()
{
    QVERIFY(m_caseId);
    m_pane->showCase(m_caseId);
    CaseStore store(*m_ws);
    const QString generated = store.currentSummary(m_caseId)->text;
    QVERIFY(m_pane->editSummary(QStringLiteral("Edited A")));
    QVERIFY(m_pane->editSummary(QStringLiteral("Edited B")));
    QVERIFY(!m_pane->editSummary(QStringLiteral("Edited B"))); // unchanged: no command
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(store.currentSummary(m_caseId)->text, QStringLiteral("Edited B"));
    QCOMPARE(m_pane->analystSummary(), QStringLiteral("Edited B"));

    m_stack.undo();
    QCOMPARE(store.currentSummary(m_caseId)->text, QStringLiteral("Edited A"));
    QCOMPARE(m_pane->analystSummary(), QStringLiteral("Edited A"));
    m_stack.undo();
    QCOMPARE(store.currentSummary(m_caseId)->text, generated);
    m_stack.redo();
    QCOMPARE(store.currentSummary(m_caseId)->text, QStringLiteral("Edited A"));

    // Nothing is overwritten: 1 generated, A, B, undo to A, undo to generated, redo to A.
    const QList<SummaryVersion> versions = store.summaries(m_caseId);
    QStringList texts;
    for (const SummaryVersion &v : versions)
        texts << v.text;
    QCOMPARE(texts, (QStringList{generated, QStringLiteral("Edited A"), QStringLiteral("Edited B"),
                                 QStringLiteral("Edited A"), generated, QStringLiteral("Edited A")}));
    QVERIFY(versions.first().generated);
    QVERIFY(!versions.last().generated);
    QCOMPARE(versions.last().version, 6);
}

void TestCaseFileUi::attachAndExport()
{
    QVERIFY(m_caseId);
    m_pane->showCase(m_caseId);
    const QString clip = m_dir.filePath(QStringLiteral("still.jpg"));
    const QByteArray content = QByteArray("CCTV still, Leeds Briggate, 05/01/2024 10:00\n").repeated(1000);
    {
        QFile f(clip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QSignalSpy spy(m_pane, &CaseFilePane::jobFinished);
    m_pane->attach({ExhibitRequest{clip, QStringLiteral("JS/1"), QStringLiteral("still"), QStringLiteral("P")}});
    QVERIFY(waitForJob(spy));
    QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
    QCOMPARE(m_pane->exhibitsModel()->rowCount(), 1);
    QCOMPARE(m_pane->exhibitsModel()->item(0, 0)->text(), QStringLiteral("JS/1"));
    // The SHA-256 shown is the file's, as Qt's own hash (not the OpenSSL code under test) gives it.
    QCOMPARE(m_pane->exhibitsModel()->item(0, 3)->text(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

    const qsizetype auditBefore = m_ws->auditLog().entries().size();
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    const QString odt = m_dir.filePath(QStringLiteral("case.odt"));
    spy.clear();
    m_pane->exportCase(CaseExportOptions{pdf, odt, QStringLiteral("CPS West Yorkshire"), QStringLiteral("charging advice")});
    QVERIFY(waitForJob(spy));
    QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(QFileInfo(odt).size() > 0);
    // The case file (PDF and ODT) and its MG6D (PDF and ODT): four disclosures.
    QList<AuditEntry> disclosures;
    const QList<AuditEntry> entries = m_ws->auditLog().entries();
    for (qsizetype i = auditBefore; i < entries.size(); ++i)
        if (entries.at(i).action == AuditLog::actionName(AuditLog::Action::Disclosure))
            disclosures << entries.at(i);
    QCOMPARE(disclosures.size(), 4);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString pdfHash = QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
    bool found = false;
    for (const AuditEntry &e : disclosures) {
        QCOMPARE(e.recipient, QStringLiteral("CPS West Yorkshire"));
        QCOMPARE(e.justification, QStringLiteral("charging advice"));
        found = found || e.detail.contains(pdfHash);
    }
    QVERIFY2(found, "no disclosure names the PDF's SHA-256");
    QVERIFY(m_pane->message().contains(pdfHash));
}

void TestCaseFileUi::partnerExport()
{
    QVERIFY(m_caseId);
    m_pane->showCase(m_caseId);
    const QString pdf = m_dir.filePath(QStringLiteral("alert.pdf"));
    const qsizetype auditBefore = m_ws->auditLog().entries().size();
    QSignalSpy spy(m_pane, &CaseFilePane::jobFinished);
    m_pane->exportPartner(Recipient{QStringLiteral("Northgate Foods"), QStringLiteral("retailer")},
                          QStringLiteral("identification sought"), pdf);
    QVERIFY(waitForJob(spy));
    QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
    QVERIFY(QFileInfo(pdf).size() > 0);
    // The pane states the size of the withheld manifest written beside the export.
    QFile manifest(CaseExporter::manifestPath(pdf));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
    const qsizetype withheld = json.value(QStringLiteral("withheld")).toArray().size();
    QVERIFY2(m_pane->message().contains(QStringLiteral("%1 record(s) or exhibit(s) withheld").arg(withheld)),
             qPrintable(m_pane->message()));
    const QList<AuditEntry> entries = m_ws->auditLog().entries();
    bool disclosed = false;
    for (qsizetype i = auditBefore; i < entries.size(); ++i)
        disclosed = disclosed
                    || (entries.at(i).action == AuditLog::actionName(AuditLog::Action::Disclosure)
                        && entries.at(i).recipient == QStringLiteral("Northgate Foods (retailer)")
                        && entries.at(i).justification == QStringLiteral("identification sought"));
    QVERIFY2(disclosed, "the partner export is not recorded as a disclosure to Northgate Foods");
}

void TestCaseFileUi::changedExhibitStopsExport()
{
    QVERIFY(m_caseId);
    m_pane->showCase(m_caseId);
    QCOMPARE(m_pane->exhibitsModel()->rowCount(), 1);
    {
        QFile f(m_dir.filePath(QStringLiteral("still.jpg")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("altered");
    }
    const qsizetype auditBefore = m_ws->auditLog().entries().size();
    const QString pdf = m_dir.filePath(QStringLiteral("changed.pdf"));
    QSignalSpy spy(m_pane, &CaseFilePane::jobFinished);
    m_pane->exportCase(CaseExportOptions{pdf, QString(), QStringLiteral("CPS West Yorkshire"), QStringLiteral("charging advice")});
    QVERIFY(waitForJob(spy));
    QVERIFY(!spy.first().at(0).toBool());
    const QString message = spy.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("JS/1")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("still.jpg")), qPrintable(message));
    QCOMPARE(m_pane->message(), message);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(m_ws->auditLog().entries().size(), auditBefore);
    // The error is shown in a plain-text message box naming the exhibit.
    auto *box = m_pane->findChild<QMessageBox *>(QStringLiteral("caseError"));
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(QStringLiteral("JS/1")));

    // Removed altogether: named too.
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("still.jpg"))));
    spy.clear();
    m_pane->exportCase(CaseExportOptions{pdf, QString(), QStringLiteral("CPS West Yorkshire"), QStringLiteral("charging advice")});
    QVERIFY(waitForJob(spy));
    QVERIFY(!spy.first().at(0).toBool());
    QVERIFY2(spy.first().at(1).toString().contains(QStringLiteral("JS/1")), qPrintable(spy.first().at(1).toString()));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestCaseFileUi)
#include "tst_casefileui.moc"
