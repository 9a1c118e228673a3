#include "importlistmodel.h"
#include "ingest/importer.h"
#include "inspector/attributetablemodel.h"
#include "search/searchresultmodel.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace fc;

/**
 * Names that carry markup show as plain text: the ui models hand imported values to the views
 * verbatim as Qt::DisplayRole strings (item views never interpret those), and whatever goes into a
 * tooltip (which Qt may render as rich text) either is escaped or cannot be taken for rich text.
 */
class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importListShowsNamesVerbatim();
    void searchResultsShowLabelsVerbatim();
    void attributeTableShowsValuesVerbatim();

private:
    // What a tooltip shows to the user: the text Qt renders, rich or plain.
    static QString shownTooltip(const QVariant &tooltip);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_fileName;
};

namespace {

const QString kMarkupName = QStringLiteral("<b>Amy</b> <img src=x> Khan");
const QString kMarkupOrganisation = QStringLiteral("<i>Northgate</i> & <u>Foods</u>");

} // namespace

QString TestPlainText::shownTooltip(const QVariant &tooltip)
{
    const QString text = tooltip.toString();
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

void TestPlainText::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    const QByteArray spec = QStringLiteral(R"({
      "name": "<script>spec</script>", "source": {"organisation": "%1", "kind": "retailer"},
      "grading": {"source": "2", "intelligence": "B", "handling": "P"},
      "entities": {"incident": {"type": "incident", "key": "Ref", "fields": {"narrative": "Notes"}},
                   "suspect": {"type": "person", "fields": {"full_name": "Name"}}},
      "links": [{"type": "suspect_in", "from": "suspect", "to": "incident"}] })")
                                .arg(kMarkupOrganisation)
                                .toUtf8();
    const auto parsed = ImportSpec::fromJson(spec, &error);
    QVERIFY2(parsed, qPrintable(error));
    m_fileName = QStringLiteral("<img src=x onerror=y>export.csv"); // no slash: it is a file name
    QFile file(m_dir.filePath(m_fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ref,Name,Notes\nR<1>," + kMarkupName.toUtf8() + ",\"<a href='x'>seen</a> &amp; gone\"\n");
    file.close();
    Importer importer(*m_ws, *parsed);
    const ImportReport r = importer.importFile(file.fileName(), {QStringLiteral("<b>analyst</b>")});
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
}

void TestPlainText::importListShowsNamesVerbatim()
{
    ImportListModel model;
    model.setImports(m_ws->imports());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ImportListModel::File)).toString(), m_fileName);
    QCOMPARE(model.data(model.index(0, ImportListModel::Organisation)).toString(), kMarkupOrganisation);
    QCOMPARE(model.data(model.index(0, ImportListModel::Spec)).toString(), QStringLiteral("<script>spec</script>"));
    for (int c = 0; c < model.columnCount(); ++c) {
        const QVariant tip = model.data(model.index(0, c), Qt::ToolTipRole);
        if (tip.isValid())
            QVERIFY2(shownTooltip(tip).contains(QLatin1String("<b>analyst</b>")), qPrintable(shownTooltip(tip)));
    }
}

void TestPlainText::searchResultsShowLabelsVerbatim()
{
    SearchResultModel model;
    model.setHits(m_ws->search(QStringLiteral("Khan")));
    bool found = false;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex label = model.index(r, 0, group);
            const QString text = label.data(Qt::DisplayRole).toString();
            // The display form changes letter case only ("Amy KHAN"), never the markup.
            if (text.compare(kMarkupName, Qt::CaseInsensitive) != 0)
                continue;
            found = true;
            QVERIFY(text.contains(QLatin1String("<img src=x>"), Qt::CaseInsensitive));
            const QVariant tip = label.data(Qt::ToolTipRole);
            if (tip.isValid()) // the snippet as the user reads it: markup shown, not rendered
                QCOMPARE(shownTooltip(tip), model.index(r, 1, group).data().toString());
        }
    }
    QVERIFY(found);
}

void TestPlainText::attributeTableShowsValuesVerbatim()
{
    const auto incidents = m_ws->entities(EntityType::Incident);
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().label, QStringLiteral("R<1>"));
    AttributeTableModel model;
    model.setAttributes(m_ws->attributes(incidents.first().id));
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString value = model.data(model.index(r, AttributeTableModel::Value)).toString();
        if (value != QLatin1String("<a href='x'>seen</a> &amp; gone"))
            continue;
        found = true;
        QCOMPARE(model.data(model.index(r, AttributeTableModel::File)).toString(), m_fileName);
        QCOMPARE(model.data(model.index(r, AttributeTableModel::Organisation)).toString(), kMarkupOrganisation);
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant tip = model.data(model.index(r, c), Qt::ToolTipRole);
            if (tip.isValid() && c == AttributeTableModel::Value)
                QCOMPARE(shownTooltip(tip), value);
        }
    }
    QVERIFY2(found, "the narrative is shown exactly as written");
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
