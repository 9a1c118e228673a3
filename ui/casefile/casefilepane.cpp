#include "casefile/casefilepane.h"

#include "app/uithreadprogress.h"
#include "casefile/caseexportdialog.h"
#include "casefile/casefilebuilder.h"
#include "casefile/casestore.h"
#include "casefile/editcasesummarycommand.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fc {

namespace {

QTableView *makeView(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

// Items hold plain text: a QStandardItem's DisplayRole is never rendered as rich text.
QList<QStandardItem *> row(const QStringList &cells, qint64 id = 0)
{
    QList<QStandardItem *> items;
    for (const QString &c : cells) {
        auto *item = new QStandardItem(c);
        item->setData(id, Qt::UserRole);
        item->setToolTip(c);
        items << item;
    }
    return items;
}

QPlainTextEdit *makeText(const QString &name, bool readOnly, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setReadOnly(readOnly);
    return text;
}

} // namespace

CaseFilePane::CaseFilePane(QWidget *parent)
    : QWidget(parent)
    , m_cases(new QStandardItemModel(0, 6, this))
    , m_schedule(new QStandardItemModel(0, 10, this))
    , m_exhibits(new QStandardItemModel(0, 8, this))
    , m_generated(makeText(QStringLiteral("generatedSummary"), true, this))
    , m_summary(makeText(QStringLiteral("analystSummary"), false, this))
    , m_summaryInfo(new QLabel(this))
    , m_caveats(new QLabel(this))
    , m_status(new QLabel(this))
    , m_saveSummary(new QPushButton(tr("Keep as New Version"), this))
    , m_attach(new QPushButton(tr("Attach…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_partner(new QPushButton(tr("Partner Export…"), this))
{
    m_cases->setHorizontalHeaderLabels({tr("Case"), tr("Title"), tr("Kind"), tr("Incidents"), tr("Created by"), tr("Created")});
    m_schedule->setHorizontalHeaderLabels({tr("No."), tr("Date and time"), tr("Store"), tr("Offence"), tr("Value"),
                                           tr("CCTV"), tr("Reported by"), tr("Source record"), tr("People"),
                                           tr("Notes on the law")});
    m_exhibits->setHorizontalHeaderLabels({tr("Exhibit"), tr("File"), tr("Size"), tr("SHA-256 when attached"),
                                           tr("Description"), tr("Handling"), tr("Attached by"), tr("Attached")});
    m_caseView = makeView(m_cases, QStringLiteral("cases"), this);
    m_scheduleView = makeView(m_schedule, QStringLiteral("schedule"), this);
    m_exhibitView = makeView(m_exhibits, QStringLiteral("exhibits"), this);
    for (QLabel *label : {m_summaryInfo, m_caveats, m_status}) {
        label->setTextFormat(Qt::PlainText); // case titles, notes and errors quote workspace text
        label->setWordWrap(true);
    }
    m_status->setObjectName(QStringLiteral("status"));
    m_saveSummary->setObjectName(QStringLiteral("keepSummary"));
    m_attach->setObjectName(QStringLiteral("attach"));
    m_export->setObjectName(QStringLiteral("export"));
    m_partner->setObjectName(QStringLiteral("partnerExport"));
    m_generated->setPlaceholderText(tr("The summary generated from the schedule (evidential facts only)"));
    m_summary->setPlaceholderText(tr("The analyst's summary: edit, then Keep as New Version (Edit > Undo returns)"));

    auto *summaries = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaries);
    auto *texts = new QSplitter(Qt::Horizontal, summaries);
    auto *generatedBox = new QGroupBox(tr("Generated (MG5 style)"), texts);
    (new QVBoxLayout(generatedBox))->addWidget(m_generated);
    auto *analystBox = new QGroupBox(tr("Analyst's summary"), texts);
    (new QVBoxLayout(analystBox))->addWidget(m_summary);
    texts->addWidget(generatedBox);
    texts->addWidget(analystBox);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryInfo, 1);
    summaryRow->addWidget(m_saveSummary);
    summaryLayout->addWidget(texts, 1);
    summaryLayout->addLayout(summaryRow);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("caseTabs"));
    auto *schedule = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedule);
    scheduleLayout->addWidget(m_scheduleView, 1);
    scheduleLayout->addWidget(m_caveats);
    tabs->addTab(schedule, tr("Schedule of Incidents"));
    tabs->addTab(summaries, tr("Summary"));
    tabs->addTab(m_exhibitView, tr("Exhibits"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_export);
    buttons->addWidget(m_partner);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_caseView);
    split->addWidget(tabs);
    split->setStretchFactor(1, 3);
    split->setSizes({120, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_caseView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseFilePane::showSelected);
    connect(m_saveSummary, &QPushButton::clicked, this, &CaseFilePane::saveSummary);
    connect(m_attach, &QPushButton::clicked, this, &CaseFilePane::attachDialog);
    connect(m_export, &QPushButton::clicked, this, &CaseFilePane::exportDialog);
    connect(m_partner, &QPushButton::clicked, this, &CaseFilePane::partnerDialog);
    connect(&m_watcher, &QFutureWatcher<CaseFileJobResult>::finished, this, &CaseFilePane::onFinished);
    showCase(0);
}

CaseFilePane::~CaseFilePane()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void CaseFilePane::setWorkspace(const WorkspaceAccess &access, Workspace *workspace)
{
    if (m_watcher.isRunning()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
    m_access = access;
    m_workspace = workspace;
    m_caseId = 0;
    reload();
}

void CaseFilePane::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
}

qint64 CaseFilePane::newCase(const CaseSelection &selection, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return 0;
    }
    CaseStore store(*m_workspace);
    const auto id = store.create(selection.kind, selection.subject, selection.title, selection.persons,
                                 selection.incidents, error);
    if (!id)
        return 0;
    // The generated summary is version 1, as fusioncell-cli casefile keeps it.
    const auto built = CaseFileBuilder(*m_workspace).build(*id, error);
    if (!built || !store.addSummary(*id, built->summary, true, error))
        return 0;
    emit workspaceChanged();
    reload();
    showCase(*id);
    setMessage(tr("Case %1 created: %n incident(s).", nullptr, int(selection.incidents.size())).arg(*id));
    return *id;
}

qint64 CaseFilePane::newCaseForPerson(qint64 personId, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return 0;
    }
    const auto selection = CaseSelection::forPerson(*m_workspace, personId, error);
    return selection ? newCase(*selection, error) : 0;
}

qint64 CaseFilePane::newCaseForEntities(const QList<qint64> &entityIds, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return 0;
    }
    QList<qint64> persons;
    QList<qint64> incidents;
    for (qint64 id : entityIds) {
        const auto e = m_workspace->entity(id);
        if (e && e->type == EntityType::Person)
            persons << id;
        else if (e && e->type == EntityType::Incident)
            incidents << id;
    }
    if (persons.isEmpty()) {
        *error = tr("Select at least one person (and, if you wish, some of their incidents) for a case file.");
        return 0;
    }
    if (persons.size() == 1 && incidents.isEmpty())
        return newCaseForPerson(persons.first(), error);
    CaseSelection selection;
    selection.kind = persons.size() == 1 ? QStringLiteral("person") : QStringLiteral("network");
    selection.subject = persons.size() == 1 ? QString::number(persons.first()) : tr("chart selection");
    selection.title = persons.size() == 1 ? tr("Case file: person %1").arg(persons.first())
                                          : tr("Case file: %n people from the chart", nullptr, int(persons.size()));
    selection.persons = persons;
    selection.incidents = incidents;
    if (incidents.isEmpty()) {
        for (qint64 person : persons) {
            const auto one = CaseSelection::forPerson(*m_workspace, person, error);
            if (!one)
                return 0;
            for (qint64 incident : one->incidents)
                if (!selection.incidents.contains(incident))
                    selection.incidents << incident;
        }
    }
    return newCase(selection, error);
}

void CaseFilePane::reload()
{
    const qint64 keep = m_caseId;
    m_cases->removeRows(0, m_cases->rowCount());
    if (m_workspace) {
        for (const CaseInfo &c : CaseStore(*m_workspace).cases())
            m_cases->appendRow(row({QString::number(c.id), c.title, c.kind, QString::number(c.incidents.size()),
                                    c.createdBy, c.createdAt},
                                   c.id));
    }
    m_caseView->resizeColumnsToContents();
    showCase(keep);
}

void CaseFilePane::showSelected()
{
    const QModelIndexList rows = m_caseView->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
    if (id != m_caseId)
        showCase(id);
}

void CaseFilePane::showCase(qint64 caseId)
{
    m_caseId = 0;
    m_schedule->removeRows(0, m_schedule->rowCount());
    m_exhibits->removeRows(0, m_exhibits->rowCount());
    m_generated->clear();
    m_summary->clear();
    m_summaryInfo->clear();
    m_caveats->clear();
    std::optional<CaseFile> file;
    QString error;
    if (m_workspace && caseId)
        file = CaseFileBuilder(*m_workspace).build(caseId, &error);
    if (file) {
        m_caseId = caseId;
        const QLocale locale;
        for (const ScheduleRow &r : file->schedule)
            m_schedule->appendRow(row({QString::number(r.number), r.occurredAt, r.store, CaseFileBuilder::offenceText(r.offence),
                                       r.hasValue ? QStringLiteral("£%1").arg(r.valueGbp, 0, 'f', 2) : QString(), r.cctv,
                                       r.organisation, r.sourceRecord, r.persons.join(QStringLiteral("; ")),
                                       r.legalNotes.join(QStringLiteral(" "))},
                                      r.incidentId));
        QStringList notes;
        notes << tr("%n incident(s), total £%1.", nullptr, int(file->schedule.size())).arg(file->totalValueGbp, 0, 'f', 2);
        notes << file->caveats;
        notes << file->legalDisclaimer;
        m_caveats->setText(notes.join(QLatin1Char('\n')));
        for (const Exhibit &e : CaseStore(*m_workspace).exhibits(caseId))
            m_exhibits->appendRow(row({e.reference, QDir::toNativeSeparators(e.filePath), locale.formattedDataSize(e.fileSize),
                                       e.sha256, e.description, e.handling, e.attachedBy, e.attachedAt},
                                      e.id));
        const QList<SummaryVersion> versions = CaseStore(*m_workspace).summaries(caseId);
        for (const SummaryVersion &v : versions)
            if (v.generated)
                m_generated->setPlainText(v.text);
        if (!versions.isEmpty()) {
            const SummaryVersion &v = versions.last();
            m_summary->setPlainText(v.text);
            m_summaryInfo->setText(v.generated ? tr("Version %1, generated; %2 version(s) kept.").arg(v.version).arg(versions.size())
                                               : tr("Version %1, written by %2 at %3; %4 version(s) kept.")
                                                     .arg(v.version)
                                                     .arg(v.writtenBy, v.writtenAt)
                                                     .arg(versions.size()));
        } else {
            m_summary->setPlainText(file->summary);
        }
        for (QTableView *view : {m_scheduleView, m_exhibitView}) {
            view->resizeColumnsToContents();
            for (int c = 0; c < view->model()->columnCount(); ++c) // long cells in full in the tooltip
                view->setColumnWidth(c, qMin(view->columnWidth(c), 240));
        }
    } else if (caseId && !error.isEmpty()) {
        setMessage(error);
    }
    // Select the case's row without coming back here.
    for (int r = 0; r < m_cases->rowCount(); ++r)
        if (m_cases->item(r)->data(Qt::UserRole).toLongLong() == m_caseId && m_caseId) {
            const QSignalBlocker block(m_caseView->selectionModel());
            m_caseView->selectRow(r);
        }
    updateButtons();
}

void CaseFilePane::updateButtons()
{
    const bool enabled = m_caseId != 0 && !m_watcher.isRunning();
    m_summary->setReadOnly(!enabled);
    for (QPushButton *b : {m_saveSummary, m_attach, m_export, m_partner})
        b->setEnabled(enabled);
}

QString CaseFilePane::analystSummary() const
{
    return m_summary->toPlainText();
}

bool CaseFilePane::editSummary(const QString &text)
{
    if (!m_workspace || !m_caseId)
        return false;
    const auto current = CaseStore(*m_workspace).currentSummary(m_caseId);
    const QString before = current ? current->text : QString();
    if (text == before)
        return false;
    const qint64 caseId = m_caseId;
    QPointer<CaseFilePane> self(this);
    auto *command = new EditCaseSummaryCommand(m_workspace, caseId, before, text, [self, caseId] {
        if (self) {
            emit self->workspaceChanged();
            self->showCase(caseId);
        }
    });
    if (m_stack) {
        m_stack->push(command); // redo() keeps the new version
    } else {
        command->redo();
        delete command;
    }
    setMessage(tr("Summary kept as a new version (Edit > Undo returns to the previous one)."));
    return true;
}

void CaseFilePane::saveSummary()
{
    if (!editSummary(m_summary->toPlainText()))
        setMessage(tr("The summary is unchanged."));
}

void CaseFilePane::attachDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Exhibits"), QString(),
                                                            tr("Evidence files (*)"));
    if (paths.isEmpty())
        return;
    QList<ExhibitRequest> files;
    const int existing = m_exhibits->rowCount();
    for (int i = 0; i < paths.size(); ++i) {
        bool ok = false;
        const QString ref = QInputDialog::getText(this, tr("Exhibit Reference"),
                                                  tr("Exhibit reference for %1:").arg(QFileInfo(paths.at(i)).fileName()),
                                                  QLineEdit::Normal, tr("EX/%1").arg(existing + i + 1), &ok);
        if (!ok)
            return;
        files << ExhibitRequest{paths.at(i), ref.trimmed(), QFileInfo(paths.at(i)).fileName(), QStringLiteral("P")};
    }
    attach(files);
}

void CaseFilePane::exportDialog()
{
    const QString justification = m_workspace && !m_workspace->purpose().isEmpty() ? m_workspace->purpose()
                                                                                    : tr("prosecution case file");
    CaseExportDialog dialog(CaseExportDialog::CaseFile, QDir::home().filePath(QStringLiteral("case-%1.pdf").arg(m_caseId)),
                            justification, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportCase(CaseExportOptions{dialog.pdfPath(), dialog.odtPath(), dialog.recipient(), dialog.justification()});
}

void CaseFilePane::partnerDialog()
{
    const QString justification = m_workspace && !m_workspace->purpose().isEmpty() ? m_workspace->purpose()
                                                                                    : tr("sharing back with a partner");
    CaseExportDialog dialog(CaseExportDialog::Partner, QDir::home().filePath(QStringLiteral("alert-%1.pdf").arg(m_caseId)),
                            justification, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportPartner(Recipient{dialog.recipient(), dialog.kind()}, dialog.justification(), dialog.pdfPath());
}

void CaseFilePane::attach(const QList<ExhibitRequest> &files)
{
    const WorkspaceAccess access = m_access;
    const qint64 caseId = m_caseId;
    const auto progress = uiThreadProgress(this, &CaseFilePane::setProgress);
    start(Job::Attach, tr("Hashing %n exhibit file(s) (SHA-256)…", nullptr, int(files.size())),
          [access, caseId, files, progress, this] { return CaseFileJob::attach(access, caseId, files, progress, &m_cancel); });
}

void CaseFilePane::exportCase(const CaseExportOptions &options)
{
    const WorkspaceAccess access = m_access;
    const qint64 caseId = m_caseId;
    const auto progress = uiThreadProgress(this, &CaseFilePane::setProgress);
    start(Job::Export, tr("Hashing every exhibit again, then writing the case file…"),
          [access, caseId, options, progress, this] { return CaseFileJob::exportCase(access, caseId, options, progress, &m_cancel); });
}

void CaseFilePane::exportPartner(const Recipient &recipient, const QString &justification, const QString &pdfPath)
{
    const WorkspaceAccess access = m_access;
    const qint64 caseId = m_caseId;
    start(Job::Partner, tr("Writing the partner export…"), [access, caseId, recipient, justification, pdfPath] {
        return CaseFileJob::exportPartner(access, caseId, recipient, justification, pdfPath);
    });
}

void CaseFilePane::start(Job job, const QString &label, const std::function<CaseFileJobResult()> &work)
{
    if (m_watcher.isRunning() || !m_caseId || !m_access.isValid())
        return;
    m_job = job;
    m_cancel = false;
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("caseProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setCancelButton(job == Job::Partner ? nullptr : new QPushButton(tr("Cancel"), progress));
    if (job == Job::Partner)
        progress->setRange(0, 0); // busy: the export is not hashed
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        setMessage(tr("Cancelling…"));
    });
    m_progress = progress;
    setMessage(label);
    m_watcher.setFuture(QtConcurrent::run(work));
    updateButtons(); // none while the job runs
}

void CaseFilePane::setProgress(double fraction)
{
    if (m_progress)
        m_progress->setValue(qBound(0, int(fraction * 1000), 999));
}

void CaseFilePane::onFinished()
{
    const CaseFileJobResult r = m_watcher.result();
    if (m_progress) {
        disconnect(m_progress, nullptr, this, nullptr);
        m_progress->deleteLater();
    }
    const Job job = m_job;
    m_job = Job::None;
    QString text;
    if (r.cancelled) {
        text = job == Job::Attach ? tr("Cancelled: nothing was attached.") : tr("Cancelled: nothing was written.");
    } else if (!r.ok) {
        text = job == Job::Attach ? tr("Exhibits not attached: %1").arg(r.error)
                                  : tr("Not exported: %1").arg(r.error);
        auto *box = new QMessageBox(QMessageBox::Warning, job == Job::Attach ? tr("Exhibits Not Attached") : tr("Not Exported"),
                                    text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("caseError"));
        box->setTextFormat(Qt::PlainText); // the error names files and exhibit references
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (job == Job::Attach) {
        text = tr("Exhibits attached with their SHA-256.");
    } else {
        QStringList written;
        for (const ExportedFile &f : r.files)
            written << tr("%1 (SHA-256 %2)").arg(QDir::toNativeSeparators(f.path), f.sha256);
        text = tr("Written and recorded as a disclosure: %1").arg(written.join(QStringLiteral("; ")));
        if (job == Job::Partner)
            text += QLatin1Char(' ') + tr("%n record(s) or exhibit(s) withheld (see the manifest beside it), %1 released.",
                                          nullptr, r.withheld).arg(r.released);
    }
    if (r.ok)
        emit workspaceChanged();
    showCase(m_caseId);
    setMessage(text);
    emit jobFinished(r.ok, text);
}

void CaseFilePane::setMessage(const QString &text)
{
    m_status->setText(text);
}

QString CaseFilePane::message() const
{
    return m_status->text();
}

} // namespace fc
