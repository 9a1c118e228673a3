#include "importwizard/importsession.h"
#include "importwizard/importsummarymodel.h"
#include "importwizard/importwizard.h"
#include "importwizard/previewmodel.h"
#include "importwizard/rejecttablemodel.h"
#include "importwizard/specmappingmodel.h"
#include "ingest/importspec.h"
#include "store/workspace.h"
#include "uitestworkspace.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * Import through the wizard's model (ImportSession and its models): preview as parsed, mapping
 * suggested and edited, spec saved and loaded, dry run with per-row errors, import with
 * progress, report. Expected numbers come from reading the CSVs (tests/ui/data/README.md).
 */
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void summaryCountsValuesKeptUnread();
    void severalColumnFieldsAreKept();
    void initTestCase();
    void init();
    void previewShowsRowsAsParsed();
    void mappingIsSuggestedFromHeader_data();
    void mappingIsSuggestedFromHeader();
    void editingTheMappingChangesTheSpec();
    void specSavesAndLoads();
    void validationDryRunListsRowErrors();
    void validationRefusesMissingColumn();
    void loadingASpecForAnotherFileWarns();
    void importsWithReportAndRejects();
    void cancelledImportChangesNothing();
    void wizardPagesDriveTheSession();

private:
    void prepare(ImportSession &session);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("w.fcdb"));
    QString error;
    QVERIFY2(Workspace::open(m_path, &error), qPrintable(error));
}

void TestImportWizard::prepare(ImportSession &session)
{
    session.setFiles({UiTestWorkspace::dataFile(QStringLiteral("till_log.csv"))});
    QVERIFY(session.loadPreview());
    session.suggestMapping();
    session.mapping()->setOrganisation(QStringLiteral("Kirkgate Stores"), QStringLiteral("retailer"));
    session.mapping()->setGrading(QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("P"));
    // Decimal commas in Loss Value ("25,00"): the analyst says the money format is European.
    session.mapping()->setFormatValue(QStringLiteral("money_format"), QStringLiteral("european"));
    // No date format parses every sample (31/02/2024 is no date), so none is suggested.
    QCOMPARE(session.mapping()->dateFormat(), QString());
    session.mapping()->setDateFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void TestImportWizard::previewShowsRowsAsParsed()
{
    ImportSession session{WorkspaceAccess(m_path)};
    session.setFiles({UiTestWorkspace::dataFile(QStringLiteral("till_log.csv"))});
    QVERIFY(session.loadPreview());
    PreviewModel *p = session.preview();
    QCOMPARE(p->delimiter(), QStringLiteral(";"));
    QVERIFY(p->encoding().startsWith(QStringLiteral("utf-8")));
    QCOMPARE(p->columnCount(), 9);
    QCOMPARE(p->rowCount(), 3);
    QCOMPARE(p->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Incident Ref"));
    QCOMPARE(p->index(0, 3).data().toString(), QStringLiteral("25,00"));
    QCOMPARE(p->index(1, 8).data().toString(), QString()); // empty field stays empty
    QCOMPARE(p->sourceRow(2).rowNumber, 4);

    // Forcing another delimiter shows the file as that delimiter reads it: one column.
    ReaderOptions options;
    options.delimiter = QStringLiteral(",");
    session.setReaderOptions(options);
    QVERIFY(session.loadPreview());
    QCOMPARE(session.preview()->headers().size(), 1); // the header has no comma
    QCOMPARE(session.preview()->index(0, 0).data().toString(), QStringLiteral("TL-1;02/02/2024 09:15;Theft from shop;25"));
}

void TestImportWizard::mappingIsSuggestedFromHeader_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("key");
    QTest::newRow("reference") << "Incident Ref" << "incident" << "incident" << "" << true;
    QTest::newRow("date") << "Date/Time" << "incident" << "incident" << "occurred_at" << false;
    QTest::newRow("suspect") << "Suspect 1" << "suspect1" << "person" << "full_name" << false;
    QTest::newRow("dob") << "Suspect 1 DOB" << "suspect1" << "person" << "dob" << false;
    QTest::newRow("vrm") << "Vehicle Reg" << "vehicle" << "vehicle" << "vrm" << false;
    QTest::newRow("store") << "Store No" << "store" << "location" << "" << true;
}

void TestImportWizard::mappingIsSuggestedFromHeader()
{
    QFETCH(QString, column);
    QFETCH(QString, role);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(bool, key);
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    const int row = session.mapping()->rowOf(column);
    QVERIFY(row >= 0);
    const SpecMappingModel::Mapping &m = session.mapping()->mapping(row);
    QCOMPARE(m.role, role);
    QCOMPARE(m.type, type);
    QCOMPARE(m.field, field);
    QCOMPARE(m.key, key);
}

void TestImportWizard::editingTheMappingChangesTheSpec()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    SpecMappingModel *m = session.mapping();
    // Through the table's editors: unmap the vehicle, rename the suspect's role.
    const int vrmRow = m->rowOf(QStringLiteral("Vehicle Reg"));
    QVERIFY(m->setData(m->index(vrmRow, SpecMappingModel::Role), QString()));
    const int nameRow = m->rowOf(QStringLiteral("Suspect 1"));
    QVERIFY(m->setData(m->index(nameRow, SpecMappingModel::Role), QStringLiteral("offender")));
    QVERIFY(m->setData(m->index(m->rowOf(QStringLiteral("Suspect 1 DOB")), SpecMappingModel::Role), QStringLiteral("offender")));
    QVERIFY(!m->setData(m->index(nameRow, SpecMappingModel::Type), QStringLiteral("spaceship")));

    const QJsonObject spec = m->spec();
    const QJsonObject entities = spec.value(QLatin1String("entities")).toObject();
    QVERIFY(!entities.contains(QLatin1String("vehicle")));
    QVERIFY(!entities.contains(QLatin1String("suspect1")));
    const QJsonObject offender = entities.value(QLatin1String("offender")).toObject();
    QCOMPARE(offender.value(QLatin1String("type")).toString(), QStringLiteral("person"));
    QCOMPARE(offender.value(QLatin1String("fields")).toObject().value(QLatin1String("dob")).toString(), QStringLiteral("Suspect 1 DOB"));
    // The new role gets its link to the incident; nothing links to the dropped vehicle.
    bool offenderLinked = false;
    for (const QJsonValue &v : spec.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = v.toObject();
        QVERIFY(l.value(QLatin1String("to")).toString() != QLatin1String("vehicle"));
        offenderLinked = offenderLinked || (l.value(QLatin1String("from")).toString() == QLatin1String("offender")
                                            && l.value(QLatin1String("type")).toString() == QLatin1String("suspect_in"));
    }
    QVERIFY(offenderLinked);
    QString error;
    QVERIFY2(ImportSpec::fromJson(m->specJson(), &error), qPrintable(error));
}

void TestImportWizard::specSavesAndLoads()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    const QString file = m_dir->filePath(QStringLiteral("spec.json"));
    QString error;
    QVERIFY2(session.mapping()->saveSpec(file, &error), qPrintable(error));
    const QJsonObject saved = session.mapping()->spec();

    ImportSession other{WorkspaceAccess(m_path)};
    other.setFiles(session.files());
    QVERIFY(other.loadPreview());
    other.suggestMapping();
    other.mapping()->unmap(QStringLiteral("Incident Ref"));
    QVERIFY2(other.mapping()->loadSpec(file, &error), qPrintable(error));
    QCOMPARE(other.mapping()->spec(), saved);
    QCOMPARE(other.mapping()->organisation(), QStringLiteral("Kirkgate Stores"));

    // A spec that is not valid is refused with the file named.
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"name\": \"x\"}");
    f.close();
    QVERIFY(!other.mapping()->loadSpec(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
}

void TestImportWizard::validationDryRunListsRowErrors()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    QSignalSpy done(&session, &ImportSession::validationFinished);
    session.startValidation();
    QVERIFY(done.wait(30000));
    QVERIFY(done.constFirst().constFirst().toBool());
    QCOMPARE(session.state(), ImportSession::State::Validated);
    QCOMPARE(session.validAccepted(), 2);
    QCOMPARE(session.validRejected(), 1);
    RejectTableModel *errors = session.validationErrors();
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->rejectAt(0).rowNumber, 4);
    QCOMPARE(errors->fileAt(0), QStringLiteral("till_log.csv"));
    QVERIFY2(errors->rejectAt(0).column.contains(QStringLiteral("Date")), qPrintable(errors->rejectAt(0).column));
    QVERIFY(errors->rejectAt(0).raw.startsWith(QStringLiteral("TL-3;31/02/2024")));
    // The dry run wrote nothing to the analyst's workspace.
    QString error;
    auto ws = Workspace::open(m_path, &error);
    QVERIFY(ws->imports().isEmpty());
    QCOMPARE(ws->countsByType().value(EntityType::Incident), 0);
}

void TestImportWizard::validationRefusesMissingColumn()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    // The mapping reads till_log.csv with ';'. shop_thefts.csv is comma-separated: read with ';'
    // its header is one column, so the first column the spec needs is missing there.
    session.setFiles({UiTestWorkspace::dataFile(QStringLiteral("till_log.csv")),
                      UiTestWorkspace::dataFile(QStringLiteral("shop_thefts.csv"))});
    QSignalSpy done(&session, &ImportSession::validationFinished);
    session.startValidation();
    QVERIFY(done.size() == 1 || done.wait(30000));
    QVERIFY(!done.constFirst().constFirst().toBool());
    QCOMPARE(session.validationErrors()->rowCount(), 1);
    const QString reason = session.validationErrors()->rejectAt(0).reason;
    QVERIFY2(reason.contains(QStringLiteral("shop_thefts.csv")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("Incident Ref")), qPrintable(reason));
}

void TestImportWizard::loadingASpecForAnotherFileWarns()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    QString error, warning;
    QVERIFY(session.mapping()->loadSpec(UiTestWorkspace::dataFile(QStringLiteral("shop_thefts.spec.json")), &error, &warning));
    // shop_thefts.spec.json reads Store Postcode, Suspect 2 and Suspect 2 DOB, which till_log.csv lacks.
    QVERIFY2(warning.contains(QStringLiteral("Store Postcode")) && warning.contains(QStringLiteral("Suspect 2 DOB")),
             qPrintable(warning));
    QCOMPARE(session.mapping()->organisation(), QStringLiteral("Northgate Foods"));
}

void TestImportWizard::importsWithReportAndRejects()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    QSignalSpy progress(&session, &ImportSession::progressChanged);
    QSignalSpy done(&session, &ImportSession::importFinished);
    session.startImport();
    QVERIFY(done.wait(30000));
    QVERIFY(done.constFirst().constFirst().toBool());
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.constLast().constFirst().toInt(), 1000);
    QVERIFY(session.importedAny());
    const ImportReport &r = session.summary()->reports().constFirst();
    QCOMPARE(r.status, ImportReport::Status::Imported);
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(session.summary()->index(0, ImportSummaryModel::Accepted).data().toInt(), 2);
    QCOMPARE(session.rejects()->rowCount(), 1);
    QCOMPARE(session.rejects()->rejectAt(0).rowNumber, 4);

    QString error;
    auto ws = Workspace::open(m_path, &error);
    const auto counts = ws->countsByType();
    QCOMPARE(counts.value(EntityType::Incident), 2);
    QCOMPARE(counts.value(EntityType::Person), 1);
    QCOMPARE(counts.value(EntityType::Vehicle), 1);
    QCOMPARE(ws->imports().constFirst().organisation, QStringLiteral("Kirkgate Stores"));
    QCOMPARE(ws->rejects(ws->imports().constFirst().id).size(), 1);
}

void TestImportWizard::cancelledImportChangesNothing()
{
    ImportSession session{WorkspaceAccess(m_path)};
    prepare(session);
    QSignalSpy done(&session, &ImportSession::importFinished);
    session.startImport();
    session.cancel(); // before or during the run: either way the file is rolled back or skipped
    QVERIFY(done.wait(30000));
    QString error;
    auto ws = Workspace::open(m_path, &error);
    const ImportReport &r = session.summary()->reports().constFirst();
    if (r.status == ImportReport::Status::Cancelled) {
        QVERIFY(!session.importedAny());
        QVERIFY(ws->imports().isEmpty());
        QCOMPARE(ws->countsByType().value(EntityType::Incident), 0);
    } else {
        // The import finished before the flag was read: then it is complete, never partial.
        QCOMPARE(ws->countsByType().value(EntityType::Incident), 2);
    }
}

void TestImportWizard::wizardPagesDriveTheSession()
{
    ImportWizard wizard{WorkspaceAccess(m_path)};
    ImportSession *session = wizard.session();
    session->setFiles({UiTestWorkspace::dataFile(QStringLiteral("till_log.csv"))});
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QCOMPARE(session->preview()->rowCount(), 3);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(session->mapping()->rowCount() == 9);
    // The organisation must be given before going on.
    QVERIFY(!wizard.currentPage()->isComplete());
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("organisation")), QStringLiteral("Kirkgate Stores"));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("dateFormat")), QStringLiteral("dd/MM/yyyy HH:mm"));
    session->mapping()->setFormatValue(QStringLiteral("money_format"), QStringLiteral("european"));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
    QVERIFY(wizard.importedAny());
    QCOMPARE(session->summary()->reports().constFirst().rowsAccepted, 2);
}

void TestImportWizard::summaryCountsValuesKeptUnread()
{
    // The result page shows, per file, the values kept unread under "on_bad_value": "keep_row".
    ImportReport r;
    r.status = ImportReport::Status::Imported;
    r.rowsAccepted = 5;
    r.valuesUnparsed = 3;
    ImportSummaryModel model;
    model.setReports({r});
    QCOMPARE(model.headerData(ImportSummaryModel::Unparsed, Qt::Horizontal).toString(), QStringLiteral("Kept unread"));
    QCOMPARE(model.index(0, ImportSummaryModel::Unparsed).data().toInt(), 3);
    QCOMPARE(model.index(0, ImportSummaryModel::Accepted).data().toInt(), 5);
}

void TestImportWizard::severalColumnFieldsAreKept()
{
    // A field read from several columns is not one column's mapping: the wizard keeps it as given.
    const QJsonObject spec = QJsonDocument::fromJson(R"({
      "name": "T", "source": {"organisation": "O", "kind": "police"},
      "entities": {"incident": {"type": "incident", "key": "Ref",
                                "fields": {"offence": "Offence",
                                           "occurred_at": {"columns": ["EventDate", "EventTime"], "date_format": "MM/dd/yyyy HH:mm"}}}} })")
                                 .object();
    SpecMappingModel model;
    model.setSpec(spec, {QStringLiteral("Ref"), QStringLiteral("Offence"), QStringLiteral("EventDate"), QStringLiteral("EventTime")}, {});
    const QJsonObject fields = model.spec().value(QStringLiteral("entities")).toObject().value(QStringLiteral("incident"))
                                   .toObject().value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("offence")).toString(), QStringLiteral("Offence"));
    const QJsonObject when = fields.value(QStringLiteral("occurred_at")).toObject();
    QCOMPARE(when.value(QStringLiteral("columns")).toArray().size(), 2);
    QVERIFY(!when.contains(QStringLiteral("column")));
    QString error;
    QVERIFY2(ImportSpec::fromJson(QJsonDocument(model.spec()).toJson(), &error), qPrintable(error));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
