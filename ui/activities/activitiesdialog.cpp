#include "activities/activitiesdialog.h"

#include "activities/addactivitycommand.h"
#include "activities/removeactivitycommand.h"
#include "app/jobprogress.h"
#include "analysis/activityregister.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QPointer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fc {

ActivitiesDialog::ActivitiesDialog(Workspace *workspace, const WorkspaceAccess &access, QUndoStack *stack,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_access(access)
    , m_stack(stack ? stack : new QUndoStack(this))
    , m_anchoring(this, [this](const Anchored &result, bool) { anchored(result); })
{
    setWindowTitle(tr("Activities"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("activities"));
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Type"), tr("Start"), tr("End"), tr("Owner"), tr("Targets")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &t : ActivityRegister::typeNames())
        m_type->addItem(ActivityRegister::typeDisplayName(t), t);
    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_hasEnd = new QCheckBox(tr("ends"), this);
    m_end = new QDateEdit(QDate::currentDate().addMonths(1), this);
    m_end->setEnabled(false);
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_owner = new QLineEdit(this);
    m_targets = new QLineEdit(this);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setPlaceholderText(tr("place:12, area:E08000035, network:N1, offender:40, intervention:3"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(m_hasEnd);
    dates->addWidget(m_end);
    dates->addStretch();
    form->addRow(tr("Start:"), dates);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Targets:"), m_targets);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("add"));
    m_busy = new JobProgress(this);
    m_busy->setMaximumWidth(240);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName(QStringLiteral("remove"));
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_stack->createUndoAction(this, tr("Undo")));
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_stack->createRedoAction(this, tr("Redo")));
    auto *row = new QHBoxLayout;
    row->addWidget(m_addButton);
    row->addWidget(removeButton);
    row->addWidget(m_busy);
    row->addStretch();
    row->addWidget(undo);
    row->addWidget(redo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_addButton, &QPushButton::clicked, this, &ActivitiesDialog::add);
    connect(m_busy, &JobProgress::cancelRequested, this, [this] { m_anchoring.cancel(); });
    connect(removeButton, &QPushButton::clicked, this, &ActivitiesDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ActivitiesDialog::reload()
{
    const QList<ActivityRecord> activities = m_workspace ? ActivityRegister(*m_workspace).activities() : QList<ActivityRecord>();
    m_table->setRowCount(int(activities.size()));
    for (int r = 0; r < activities.size(); ++r) {
        const ActivityRecord &a = activities.at(r);
        QStringList targets;
        for (const ActivityTarget &t : a.targets)
            targets << QStringLiteral("%1:%2").arg(t.kind, t.target);
        const QStringList cells{QString::number(a.id), a.name, ActivityRegister::typeDisplayName(a.type),
                                a.startedOn.toString(Qt::ISODate), a.endedOn.toString(Qt::ISODate), a.owner,
                                targets.join(QLatin1String(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c)); // item text is plain, never rich text
            item->setData(Qt::UserRole, a.id);
            m_table->setItem(r, c, item);
        }
    }
}

void ActivitiesDialog::add()
{
    if (!m_workspace || m_anchoring.isRunning())
        return;
    ActivityRecord a;
    a.name = m_name->text().trimmed();
    a.type = m_type->currentData().toString();
    a.startedOn = m_start->date();
    if (m_hasEnd->isChecked())
        a.endedOn = m_end->date();
    a.owner = m_owner->text().trimmed();
    for (const QString &part : m_targets->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.trimmed().split(QLatin1Char(':'));
        if (kv.size() < 2) {
            m_status->setText(tr("Target \"%1\" is not KIND:VALUE.").arg(part.trimmed()));
            return;
        }
        a.targets << ActivityTarget{kv.at(0).trimmed(), kv.at(1).trimmed(), kv.mid(2).join(QLatin1Char(':'))};
    }
    QString error;
    if (!ActivityRegister(*m_workspace).validate(a, &error)) {
        m_status->setText(error);
        return;
    }
    if (!ActivityRegister::namesNetworkKeys(a)) {
        push(a);
        return;
    }
    if (!m_access.isValid()) {
        m_status->setText(tr("Networks cannot be found here: name the network's offender instead."));
        return;
    }
    const WorkspaceAccess access = m_access;
    m_anchoring.start([access, a](const std::atomic_bool *cancel) {
        Anchored result;
        result.activity = a;
        const std::unique_ptr<Workspace> own = access.open(&result.error);
        if (own && !ActivityRegister(*own).anchorNetworks(&result.activity, &result.error) && result.error.isEmpty())
            result.error = tr("the network could not be found");
        result.cancelled = cancel->load();
        return result;
    });
    setAnchoring(true);
    m_status->setText(tr("Finding the offender networks to record which one is meant…"));
}

void ActivitiesDialog::anchored(const Anchored &result)
{
    setAnchoring(false);
    if (result.cancelled)
        m_status->setText(tr("Cancelled: nothing was recorded."));
    else if (!result.error.isEmpty())
        m_status->setText(result.error);
    else
        push(result.activity);
}

void ActivitiesDialog::setAnchoring(bool running)
{
    m_addButton->setEnabled(!running);
    if (running)
        m_busy->startBusy(); // finding networks reports no steps
    else
        m_busy->stop();
}

void ActivitiesDialog::push(const ActivityRecord &activity)
{
    auto *command = new AddActivityCommand(m_workspace, activity, reloader());
    m_stack->push(command);
    if (!command->activityId()) {
        m_status->setText(command->error());
        return;
    }
    m_status->setText(tr("Recorded activity %1.").arg(command->activityId()));
}

std::function<void()> ActivitiesDialog::reloader()
{
    // The commands outlive the dialog on the main window's stack.
    return [dialog = QPointer<ActivitiesDialog>(this)] {
        if (dialog)
            dialog->reload();
    };
}

void ActivitiesDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    m_stack->push(new RemoveActivityCommand(m_workspace, id, reloader()));
    m_status->setText(tr("Removed activity %1 (Undo puts it back).").arg(id));
}

} // namespace fc
