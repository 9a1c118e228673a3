#include "assessment/assessmentdialog.h"

#include "app/uithreadprogress.h"
#include "assessment/assessmentregister.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fc {

AssessmentDialog::AssessmentDialog(Workspace *workspace, const WorkspaceAccess &access, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_access(access)
{
    setWindowTitle(tr("Six-monthly Assessment"));
    // The six whole months before this one.
    const QDate firstOfMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from = new QDateEdit(firstOfMonth.addMonths(-6), this);
    m_to = new QDateEdit(firstOfMonth.addDays(-1), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Six-monthly assessment of retail crime"));
    m_marking = new QLineEdit(QStringLiteral("OFFICIAL-SENSITIVE"), this);
    m_section = new QComboBox(this);
    for (const auto &s : AssessmentBuilder::sections())
        m_section->addItem(s.second, s.first);
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(tr("The analyst's assessment for this section (plain text; a blank line starts a new "
                                  "paragraph). It is printed before the section's figures and kept with the assessment."));
    m_pdf = new QLineEdit(QDir::home().filePath(QStringLiteral("assessment.pdf")), this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_odt = new QCheckBox(tr("Also write an editable ODT beside it"), this);
    m_odt->setChecked(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_section->setObjectName(QStringLiteral("section"));
    m_text->setObjectName(QStringLiteral("sectionText"));
    m_pdf->setObjectName(QStringLiteral("pdf"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));

    auto *form = new QFormLayout;
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Handling marking:"), m_marking);
    form->addRow(tr("Section:"), m_section);
    auto *file = new QHBoxLayout;
    file->addWidget(m_pdf);
    file->addWidget(browse);
    m_buttons = new QDialogButtonBox(this);
    m_generate = m_buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setEnabled(false);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    auto *out = new QFormLayout;
    out->addRow(tr("PDF:"), file);
    out->addRow(QString(), m_odt);
    layout->addLayout(out);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(browse, &QPushButton::clicked, this, &AssessmentDialog::browse);
    connect(m_section, &QComboBox::currentIndexChanged, this, &AssessmentDialog::showSection);
    connect(m_from, &QDateEdit::dateChanged, this, &AssessmentDialog::loadDraftTexts);
    connect(m_to, &QDateEdit::dateChanged, this, &AssessmentDialog::loadDraftTexts);
    connect(m_generate, &QPushButton::clicked, this, &AssessmentDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelFlag = true;
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &AssessmentDialog::reject);
    connect(&m_watcher, &QFutureWatcher<AssessmentJobResult>::finished, this, &AssessmentDialog::onFinished);
    loadDraftTexts();
}

AssessmentDialog::~AssessmentDialog()
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void AssessmentDialog::loadDraftTexts()
{
    // The texts of this period's draft, if one was saved (the latest assessment of the period).
    m_texts.clear();
    if (m_workspace)
        for (const AssessmentRecord &a : AssessmentRegister(*m_workspace).assessments())
            if (a.from == m_from->date() && a.to == m_to->date())
                m_texts = a.sections;
    m_shownSection.clear();
    showSection(m_section->currentIndex());
}

void AssessmentDialog::showSection(int index)
{
    if (!m_shownSection.isEmpty())
        m_texts.insert(m_shownSection, m_text->toPlainText());
    m_shownSection = m_section->itemData(index).toString();
    m_text->setPlainText(m_texts.value(m_shownSection));
}

void AssessmentDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Assessment"), m_pdf->text(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_pdf->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void AssessmentDialog::generate()
{
    if (m_watcher.isRunning())
        return;
    m_texts.insert(m_shownSection, m_text->toPlainText());
    AssessmentJobRequest request;
    request.options.from = m_from->date();
    request.options.to = m_to->date();
    request.options.title = m_title->text().trimmed();
    request.options.marking = m_marking->text().trimmed();
    request.options.analystText = m_texts;
    request.pdfPath = m_pdf->text().trimmed();
    if (m_odt->isChecked()) {
        request.odtPath = request.pdfPath;
        if (request.odtPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            request.odtPath.chop(4);
        request.odtPath += QStringLiteral(".odt");
    }
    if (request.options.to < request.options.from || request.options.marking.isEmpty() || request.pdfPath.isEmpty()) {
        m_status->setText(tr("Give a period (from on or before to), a handling marking and a file."));
        return;
    }
    m_cancelFlag = false;
    m_progress->setValue(0);
    m_status->setText(tr("Building the assessment…"));
    m_generate->setEnabled(false);
    m_cancel->setEnabled(true);
    const auto progress = uiThreadProgress(this, &AssessmentDialog::setProgress);
    const WorkspaceAccess access = m_access;
    m_watcher.setFuture(QtConcurrent::run([access, request, progress, this] {
        return AssessmentJob::run(access, request, progress, &m_cancelFlag);
    }));
}

void AssessmentDialog::setProgress(double fraction)
{
    m_progress->setValue(int(fraction * 1000));
}

void AssessmentDialog::onFinished()
{
    const AssessmentJobResult r = m_watcher.result();
    m_generate->setEnabled(true);
    m_cancel->setEnabled(false);
    if (r.cancelled)
        m_status->setText(tr("Cancelled: nothing was written."));
    else if (!r.ok)
        m_status->setText(tr("The assessment could not be made: %1").arg(r.error));
    else
        m_status->setText(tr("Written %1 (%2 pages, SHA-256 %3). Saved as draft assessment %4 with your section texts; "
                             "publishing is a disclosure: fusioncell-cli assess --recipient R --justification J.")
                              .arg(m_pdf->text()).arg(r.pages).arg(r.sha256).arg(r.assessmentId));
}

void AssessmentDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_cancelFlag = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace fc
