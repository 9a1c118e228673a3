#include "importwizard/previewpage.h"

#include "importwizard/importsession.h"
#include "importwizard/previewmodel.h"
#include "importwizard/specmappingmodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

PreviewPage::PreviewPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_detected(new QLabel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows exactly as they will be read. Change the encoding or delimiter if they look wrong."));
    m_encoding->addItem(tr("Detect"), QStringLiteral("auto"));
    for (const char *e : {"utf-8", "utf-16", "windows-1252"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_delimiter->addItem(tr("Detect"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe"), QStringLiteral("|"));
    m_headerRow->setRange(0, 100);
    m_headerRow->setSpecialValueText(tr("No header"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);

    auto *view = new QTableView(this);
    view->setModel(m_session->preview());
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Header row:"), m_headerRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(view, 1);

    for (QComboBox *box : {m_file, m_encoding, m_delimiter})
        connect(box, &QComboBox::activated, this, &PreviewPage::reload);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &PreviewPage::reload);
}

void PreviewPage::initializePage()
{
    m_file->clear();
    for (const QString &f : m_session->files())
        m_file->addItem(QFileInfo(f).fileName());
    m_headerRow->blockSignals(true);
    m_headerRow->setValue(m_session->readerOptions().headerRow);
    m_headerRow->blockSignals(false);
    reload();
}

void PreviewPage::reload()
{
    ReaderOptions options = m_session->readerOptions();
    options.encoding = m_encoding->currentData().toString();
    options.delimiter = m_delimiter->currentData().toString();
    options.headerRow = m_headerRow->value();
    m_session->setReaderOptions(options);
    PreviewModel *preview = m_session->preview();
    if (!m_session->loadPreview(std::max(0, m_file->currentIndex())) || !preview->errorString().isEmpty()) {
        m_detected->setText(preview->errorString());
    } else {
        const QString delimiter = preview->delimiter() == QLatin1String("\t") ? tr("tab") : preview->delimiter();
        m_detected->setText(tr("Read as %1, encoding %2, delimiter “%3”: %4 columns, first %n row(s) shown.",
                               nullptr, preview->rowCount())
                                .arg(preview->format(), preview->encoding(), delimiter)
                                .arg(preview->columnCount()));
    }
    emit completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_session->preview()->columnCount() > 0;
}

bool PreviewPage::validatePage()
{
    // A mapping the analyst already edited (or loaded) is kept while it fits the same header.
    if (m_session->mapping()->rowCount() != m_session->preview()->columnCount()
        || m_session->mapping()->mapping(0).column != m_session->preview()->headers().value(0))
        m_session->suggestMapping();
    return true;
}

} // namespace fc
