#include "harm/harmtabledialog.h"

#include "analysis/harmstore.h"
#include "harm/harmtablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fc {

HarmTableDialog::HarmTableDialog(SetHarmWeightCommand::DatabaseAccess database, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent),
      m_database(std::move(database)),
      m_undoStack(undoStack),
      m_model(new HarmTableModel(this)),
      m_tables(new QComboBox(this)),
      m_about(new QLabel(this)),
      m_unweighted(new QLabel(this)),
      m_view(new QTableView(this))
{
    setWindowTitle(tr("Harm Tables"));
    // Titles, sources and notes are text from the workspace: never rich text.
    for (QLabel *label : {m_about, m_unweighted}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tables);
    layout->addWidget(m_about);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_unweighted);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tables, &QComboBox::currentIndexChanged, this, [this] { reload(currentTable()); });
    connect(m_model, &HarmTableModel::weightEditRequested, this, [this](const HarmWeight &weight) {
        // The command outlives the dialog on the window's stack: it refreshes the dialog only while open.
        QPointer<HarmTableDialog> self(this);
        auto *command = new SetHarmWeightCommand(m_database, currentTable(), weight, [self](const QString &name) {
            if (self)
                self->showTable(name);
        });
        if (m_undoStack)
            m_undoStack->push(command); // push() runs redo()
        else {
            command->redo();
            delete command;
        }
    });

    Database *db = m_database ? m_database() : nullptr;
    if (db) {
        HarmStore store(*db);
        QString error;
        store.ensureDefaults(&error);
        const QString active = store.activeName();
        for (const QString &name : store.tableNames())
            m_tables->addItem(name == active ? tr("%1 (active)").arg(name) : name, name);
        const int at = m_tables->findData(active);
        if (at >= 0)
            m_tables->setCurrentIndex(at);
        reload(currentTable());
    }
}

QString HarmTableDialog::currentTable() const
{
    return m_tables->currentData().toString();
}

void HarmTableDialog::showTable(const QString &name)
{
    const int at = m_tables->findData(name);
    if (at >= 0 && at != m_tables->currentIndex())
        m_tables->setCurrentIndex(at); // reloads
    else
        reload(name);
}

void HarmTableDialog::reload(const QString &name)
{
    Database *db = m_database ? m_database() : nullptr;
    const auto table = db ? HarmStore(*db).table(name) : std::nullopt;
    m_model->setTable(table ? *table : HarmTable());
    if (!table) {
        m_about->setText(tr("No harm table (no workspace open)."));
        m_unweighted->clear();
        return;
    }
    m_about->setText(tr("%1\nEdition: %2\nSource: %3\nUnit: %4\n%5")
                         .arg(table->title, table->edition, table->source, table->unit, table->notes));
    const QStringList unweighted = m_model->unweightedOffences();
    m_unweighted->setText(unweighted.isEmpty()
                              ? tr("Every offence of this table has a weight.")
                              : tr("No weight (listed by every analysis as unweighted, never counted as 0): %1")
                                    .arg(unweighted.join(QStringLiteral(", "))));
}

QString HarmTableDialog::description() const
{
    return m_about->text() + QLatin1Char('\n') + m_unweighted->text();
}

} // namespace fc
