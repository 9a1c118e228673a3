#include "casefile/caseexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

CaseExportDialog::CaseExportDialog(Mode mode, const QString &defaultPath, const QString &defaultJustification, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_pdf(new QLineEdit(defaultPath, this))
    , m_recipient(new QLineEdit(this))
    , m_justification(new QLineEdit(defaultJustification, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(mode == CaseFile ? tr("Export Case File") : tr("Partner Export"));
    m_pdf->setObjectName(QStringLiteral("pdf"));
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pdf, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("PDF:"), pathRow);
    if (mode == CaseFile) {
        m_odt = new QCheckBox(tr("Also write an ODT (editable) beside it"), this);
        m_odt->setObjectName(QStringLiteral("odt"));
        form->addRow(QString(), m_odt);
        m_recipient->setText(tr("Crown Prosecution Service"));
        form->addRow(tr("Recipient:"), m_recipient);
    } else {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        m_kind->addItem(tr("Retailer"), QStringLiteral("retailer"));
        m_kind->addItem(tr("Police force"), QStringLiteral("police"));
        m_kind->addItem(tr("Partner"), QStringLiteral("partner"));
        form->addRow(tr("Recipient organisation:"), m_recipient);
        form->addRow(tr("Kind:"), m_kind);
    }
    form->addRow(tr("Justification:"), m_justification);
    auto *note = new QLabel(mode == CaseFile
                                ? tr("Exporting is a disclosure in the audit trail (recipient, justification, SHA-256 of "
                                     "each file). Every exhibit is hashed again first; a changed or missing file stops the export.")
                                : tr("Only what the handling codes and conditions allow for this recipient is written; "
                                     "the manifest of what was withheld is written beside it for you, not for them."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 0);
    connect(browse, &QPushButton::clicked, this, &CaseExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CaseExportDialog::pdfPath() const
{
    QString path = m_pdf->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

QString CaseExportDialog::odtPath() const
{
    if (!m_odt || !m_odt->isChecked())
        return {};
    QString path = pdfPath();
    path.chop(4);
    return path + QStringLiteral(".odt");
}

QString CaseExportDialog::recipient() const
{
    return m_recipient->text().trimmed();
}

QString CaseExportDialog::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

QString CaseExportDialog::justification() const
{
    return m_justification->text().trimmed();
}

void CaseExportDialog::accept()
{
    if (pdfPath().isEmpty() || recipient().isEmpty() || justification().isEmpty()) {
        m_status->setText(tr("Give a file, a recipient and a justification: the export is recorded as a disclosure."));
        return;
    }
    QDialog::accept();
}

void CaseExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_pdf->text(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_pdf->setText(path);
}

} // namespace fc
