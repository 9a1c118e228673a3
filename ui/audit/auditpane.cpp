#include "audit/auditpane.h"

#include "app/accesscontroller.h"
#include "app/preferences.h"
#include "audit/auditfilterproxy.h"
#include "audit/audittablemodel.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

AuditPane::AuditPane(QWidget *parent)
    : QWidget(parent), m_model(new AuditTableModel(this)), m_proxy(new AuditFilterProxy(this)),
      m_view(new QTableView(this)), m_action(new QComboBox(this)), m_user(new QComboBox(this)),
      m_fromBox(new QCheckBox(tr("From"), this)), m_from(new QDateEdit(this)),
      m_toBox(new QCheckBox(tr("to"), this)), m_to(new QDateEdit(this)), m_text(new QLineEdit(this)),
      m_chain(new QLabel(this)), m_refresh(new QPushButton(tr("Refresh"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::Id, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_action->addItem(tr("All actions"), QString());
    for (auto a : {AuditLog::Action::Collection, AuditLog::Action::Alteration, AuditLog::Action::Consultation,
                   AuditLog::Action::Disclosure, AuditLog::Action::Combination, AuditLog::Action::Erasure})
        m_action->addItem(AuditLog::actionName(a), AuditLog::actionName(a));
    m_user->addItem(tr("All users"), QString());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_fromBox->setToolTip(tr("Days are UTC, both ends included."));
    m_text->setPlaceholderText(tr("Filter text…"));
    m_text->setClearButtonEnabled(true);
    m_chain->setTextFormat(Qt::PlainText);

    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAction(m_action->currentData().toString()); });
    connect(m_user, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setUserName(m_user->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &AuditFilterProxy::setText);
    for (QCheckBox *box : {m_fromBox, m_toBox})
        connect(box, &QCheckBox::toggled, this, &AuditPane::applyDates);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPane::applyDates);
    connect(m_refresh, &QPushButton::clicked, this, &AuditPane::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditPane::exportDialog);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_user);
    filters->addWidget(m_fromBox);
    filters->addWidget(m_from);
    filters->addWidget(m_toBox);
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_chain, 1);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setWorkspace(nullptr);
}

void AuditPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    setEnabled(workspace != nullptr);
    refresh();
}

void AuditPane::refresh()
{
    if (!m_workspace) {
        m_model->setEntries({});
        m_chain->setText(tr("No workspace open"));
        updateUsers();
        return;
    }
    AuditLog log = m_workspace->auditLog();
    m_model->setEntries(log.entries());
    QString reason;
    if (const auto broken = log.firstBrokenEntry(&reason))
        m_chain->setText(tr("Chain broken at entry %1: %2").arg(*broken).arg(reason));
    else
        m_chain->setText(tr("Chain intact, %n entries", nullptr, int(m_model->rowCount())));
    updateUsers();
    m_view->resizeColumnsToContents();
    // Details can be long (file names, hashes): keep the justification and recipient in sight.
    m_view->setColumnWidth(AuditTableModel::Detail, qMin(m_view->columnWidth(AuditTableModel::Detail), 420));
}

QString AuditPane::chainStatus() const
{
    return m_chain->text();
}

void AuditPane::setDateRange(const QDate &from, const QDate &to)
{
    // The edits drive the proxy through applyDates(); both are set before it runs.
    const QSignalBlocker blockFromBox(m_fromBox), blockToBox(m_toBox), blockFrom(m_from), blockTo(m_to);
    m_fromBox->setChecked(from.isValid());
    m_toBox->setChecked(to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    applyDates();
}

void AuditPane::applyDates()
{
    m_from->setEnabled(m_fromBox->isChecked());
    m_to->setEnabled(m_toBox->isChecked());
    m_proxy->setDateRange(m_fromBox->isChecked() ? m_from->date() : QDate(),
                          m_toBox->isChecked() ? m_to->date() : QDate());
}

void AuditPane::updateUsers()
{
    // The user filter offers the users the trail names; the current choice survives a refresh.
    const QString current = m_user->currentData().toString();
    QStringList users;
    QSet<QString> seen;
    for (const AuditEntry &e : m_model->entries())
        if (!seen.contains(e.userName)) {
            seen.insert(e.userName);
            users << e.userName;
        }
    users.sort();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    for (const QString &user : std::as_const(users))
        m_user->addItem(user, user);
    const int index = m_user->findData(current);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setUserName(m_user->currentData().toString());
}

bool AuditPane::exportCsv(const QString &path, QString *error)
{
    if (!m_access || !m_workspace) {
        if (error)
            error->clear();
        return false;
    }
    return m_access->exportAuditTrail(m_proxy->acceptedEntries(), path, error);
}

void AuditPane::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Trail"), Preferences::lastExportDirectory().get(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error)) {
        refresh();
    } else if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Audit trail not exported"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void AuditPane::showEvent(QShowEvent *event)
{
    // Searches log consultations without telling the window: read the trail again when shown.
    QWidget::showEvent(event);
    refresh();
}

} // namespace fc
