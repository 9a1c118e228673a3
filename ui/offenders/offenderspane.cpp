#include "offenders/offenderspane.h"

#include "app/jobprogress.h"
#include "app/settingvalue.h"
#include "app/uithreadprogress.h"
#include "offenders/bandsdialog.h"
#include "offenders/offendercommands.h"
#include "offenders/offenderfilterproxy.h"
#include "offenders/offendertablemodel.h"
#include "offenders/priorityscorer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fc {

namespace {

// The pane's settings (typed keys; the filters and sort order are remembered between sessions).
const SettingValue<QString> &motivationSetting()
{
    static const SettingValue<QString> v("offenders/motivationFilter");
    return v;
}
const SettingValue<int> &bandSetting()
{
    static const SettingValue<int> v("offenders/bandFilter", -1);
    return v;
}
const SettingValue<int> &pointsSetting()
{
    static const SettingValue<int> v("offenders/bandPoints", 1);
    return v;
}
const SettingValue<int> &sortColumnSetting()
{
    static const SettingValue<int> v("offenders/sortColumn", OffenderTableModel::Rank);
    return v;
}
const SettingValue<int> &sortOrderSetting()
{
    static const SettingValue<int> v("offenders/sortOrder", int(Qt::AscendingOrder));
    return v;
}

} // namespace

OffendersPane::OffendersPane(QWidget *parent)
    : QWidget(parent)
    , m_job(this, [this](const OffenderJobResult &result, bool superseded) { onFinished(result, superseded); })
    , m_model(new OffenderTableModel(this))
    , m_proxy(new OffenderFilterProxy(this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_motivation(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_points(new QSpinBox(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    
    , m_bandsButton(new QPushButton(tr("Bands…"), this))
    , m_reviewButton(new QPushButton(tr("Mark reviewed"), this))
    , m_profileButton(new QPushButton(tr("Open profile"), this))
    , m_progress(new JobProgress(this))
    , m_status(new QLabel(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_bandsLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_text->setPlaceholderText(tr("Filter by name…"));
    m_text->setClearButtonEnabled(true);
    m_motivation->addItem(tr("Any motivation"), QString());
    m_motivation->addItem(tr("No motivation recorded"), OffenderFilterProxy::noMotivation());
    for (Motivation m : Motivations::all())
        m_motivation->addItem(Motivations::displayName(m), Motivations::name(m));
    m_band->addItem(tr("Any band"), -1);
    m_band->addItem(tr("Score at least"), int(OffenderTableModel::Score));
    m_band->addItem(tr("Recency points at least"), int(OffenderTableModel::Recency));
    m_band->addItem(tr("Frequency points at least"), int(OffenderTableModel::Frequency));
    m_band->addItem(tr("Harm points at least"), int(OffenderTableModel::Harm));
    m_band->addItem(tr("Network points at least"), int(OffenderTableModel::Network));
    m_points->setRange(0, 100);

    m_status->setTextFormat(Qt::PlainText);
    m_explanation->setReadOnly(true);
    m_explanation->setPlaceholderText(tr("Select a person to see how their score was made."));
    m_bandsLabel->setTextFormat(Qt::PlainText);
    m_bandsLabel->setWordWrap(true);
    m_bandsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_bandsButton);
    bar->addWidget(m_reviewButton);
    bar->addWidget(m_profileButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_motivation, 1);
    filters->addWidget(m_band, 1);
    filters->addWidget(m_points);
    auto *below = new QWidget(this);
    auto *belowLayout = new QHBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_explanation, 3);
    belowLayout->addWidget(m_bandsLabel, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // Remembered filters and sort order.
    m_motivation->setCurrentIndex(std::max(0, m_motivation->findData(motivationSetting().get())));
    m_band->setCurrentIndex(std::max(0, m_band->findData(bandSetting().get())));
    m_points->setValue(pointsSetting().get());
    m_view->sortByColumn(sortColumnSetting().get(), Qt::SortOrder(sortOrderSetting().get()));
    applyFilters();

    connect(m_text, &QLineEdit::textChanged, this, &OffendersPane::applyFilters);
    connect(m_motivation, &QComboBox::currentIndexChanged, this, [this] {
        motivationSetting().set(m_motivation->currentData().toString());
        applyFilters();
    });
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] {
        bandSetting().set(m_band->currentData().toInt());
        applyFilters();
    });
    connect(m_points, &QSpinBox::valueChanged, this, [this](int v) {
        pointsSetting().set(v);
        applyFilters();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [](int column, Qt::SortOrder order) {
        sortColumnSetting().set(column);
        sortOrderSetting().set(int(order));
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &OffendersPane::refresh);
    connect(m_progress, &JobProgress::cancelRequested, this, &OffendersPane::cancel);
    connect(m_bandsButton, &QPushButton::clicked, this, &OffendersPane::editBands);
    connect(m_reviewButton, &QPushButton::clicked, this, &OffendersPane::markReviewed);
    connect(m_profileButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            emit openProfileRequested(index.data(OffenderTableModel::PersonIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OffendersPane::showExplanation);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openProfileRequested(index.data(OffenderTableModel::PersonIdRole).toLongLong());
    });
    setEnabled(false);
}

OffendersPane::~OffendersPane() = default;

void OffendersPane::setWorkspace(const WorkspaceAccess &access, Workspace *workspace)
{
    const bool same = access.isValid() && access.path() == m_access.path() && workspace == m_workspace;
    m_access = access;
    m_workspace = workspace;
    if (same)
        return;
    cancel();
    m_model->setRows({}, false);
    m_status->clear();
    m_explanation->clear();
    m_bandsLabel->clear();
    setEnabled(access.isValid() && workspace);
}

bool OffendersPane::isRunning() const
{
    return m_job.isRunning();
}

void OffendersPane::cancel()
{
    m_job.cancel();
}

void OffendersPane::refresh()
{
    if (!m_access.isValid())
        return;
    const WorkspaceAccess access = m_access;
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const auto progress = uiThreadProgress(m_progress, &JobProgress::setFraction);
    if (!m_job.start([access, asOf, progress](const std::atomic_bool *cancel) {
            return OffenderJob::run(access, asOf, progress, cancel);
        }))
        return; // restarted with the newer data once the running job has stopped
    m_progress->start();
    m_refreshButton->setEnabled(false);
    m_reviewButton->setEnabled(false);
    m_status->setText(tr("Ranking…"));
}

void OffendersPane::onFinished(const OffenderJobResult &result, bool superseded)
{
    m_progress->stop();
    m_refreshButton->setEnabled(true);
    if (superseded) {
        refresh();
        return;
    }
    if (!result.error.isEmpty() || result.cancelled) {
        m_status->setText(result.cancelled ? tr("Cancelled") : result.error);
        emit finished(0);
        return;
    }
    m_bands = result.bands;
    m_bandsCustomised = result.bandsCustomised;
    m_rankedAsOf = result.asOf;
    const qint64 selected = m_view->currentIndex().data(OffenderTableModel::PersonIdRole).toLongLong();
    m_model->setRows(result.rows, m_bands.usesNetwork());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(OffenderTableModel::Person, std::min(m_view->columnWidth(OffenderTableModel::Person),
                                                                m_view->fontMetrics().averageCharWidth() * 60));
    m_reviewButton->setEnabled(!result.rows.isEmpty() && m_workspace);
    for (int r = 0; selected && r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(OffenderTableModel::PersonIdRole).toLongLong() == selected) {
            m_view->selectRow(r);
            break;
        }
    m_bandsLabel->setText(tr("Bands (%1):\n%2\nHarm: %3")
                              .arg(m_bandsCustomised ? tr("changed by an analyst") : tr("the defaults"),
                                   m_bands.describe(), result.harmTable));
    m_status->setText(tr("%n people ranked as of %1; %2", nullptr, int(result.rows.size()))
                          .arg(result.asOf.toString(Qt::ISODate),
                               result.lastReviewId ? tr("change since the review of %1").arg(result.lastReviewAt.left(16))
                                                   : tr("no earlier review")));
    showExplanation();
    emit finished(int(result.rows.size()));
}

void OffendersPane::applyFilters()
{
    m_proxy->setText(m_text->text());
    m_proxy->setMotivation(m_motivation->currentData().toString());
    const int column = m_band->currentData().toInt();
    m_points->setEnabled(column >= 0);
    m_proxy->setMinimumPoints(column, m_points->value());
}

void OffendersPane::showExplanation()
{
    const QModelIndex index = m_view->currentIndex();
    m_profileButton->setEnabled(index.isValid());
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    m_explanation->setPlainText(tr("%1 (rank %2, change %3)\n%4\n\n%5")
                                    .arg(index.siblingAtColumn(OffenderTableModel::Person).data().toString())
                                    .arg(index.siblingAtColumn(OffenderTableModel::Rank).data().toInt())
                                    .arg(index.siblingAtColumn(OffenderTableModel::Change).data().toString(),
                                         index.data(OffenderTableModel::ExplanationRole).toString(),
                                         PriorityScorer::method()));
}

QString OffendersPane::explanationText() const
{
    return m_explanation->toPlainText();
}

QString OffendersPane::bandsText() const
{
    return m_bandsLabel->text();
}

QString OffendersPane::statusText() const
{
    return m_status->text();
}

void OffendersPane::onEdited(const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    emit workspaceChanged();
    refresh();
}

void OffendersPane::editBands()
{
    if (!m_workspace)
        return;
    BandsDialog dialog(m_bands, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto b = dialog.bands(nullptr))
        applyBands(*b);
}

void OffendersPane::applyBands(const PriorityBands &bands)
{
    if (!m_workspace || !m_undoStack || bands == m_bands)
        return;
    QString error;
    if (!PriorityBands::fromJson(bands.toJson(), &error)) {
        m_status->setText(error);
        return;
    }
    m_undoStack->push(new SetBandsCommand(m_workspace, m_bands, m_bandsCustomised, bands,
                                          [this](const QString &error) { onEdited(error); }));
}

void OffendersPane::markReviewed()
{
    if (!m_workspace || !m_undoStack || m_model->rowCount() == 0)
        return;
    m_undoStack->push(new MarkReviewedCommand(m_workspace, m_model->scores(), m_rankedAsOf,
                                              [this](const QString &error) { onEdited(error); }));
}

} // namespace fc
