#include "inspector/mergedfromview.h"

#include "inspector/mergetablemodel.h"
#include "resolve/mergeledger.h"
#include "resolve/reviewqueue.h"
#include "store/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

MergedFromView::MergedFromView(QWidget *parent)
    : QWidget(parent), m_model(new MergeTableModel(this)), m_view(new QTableView(this)),
      m_unmerge(new QPushButton(tr("Unmerge…"), this)), m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_unmerge->setToolTip(tr("Separate the selected entity again: its records and links go back to it, and "
                             "resolution remembers that the two are different. Written to the audit trail."));
    m_message->setTextFormat(Qt::PlainText); // core's reasons can quote values
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_unmerge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_unmerge, &QPushButton::clicked, this, &MergedFromView::unmergeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MergedFromView::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MergedFromView::updateButton);
    updateButton();
}

void MergedFromView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    showEntity(0);
}

int MergedFromView::showEntity(qint64 entityId)
{
    m_entityId = entityId;
    m_message->clear();
    m_message->setVisible(false);
    QList<MergeTableModel::Row> rows;
    if (m_workspace && entityId) {
        for (const MergeRecord &merge : MergeLedger(*m_workspace).mergesInto(entityId)) {
            const auto absorbed = m_workspace->entity(merge.absorbedId);
            rows.append({merge, absorbed ? absorbed->label : QString()});
        }
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    return int(rows.size());
}

QString MergedFromView::message() const
{
    return m_message->text();
}

void MergedFromView::updateButton()
{
    m_unmerge->setEnabled(m_workspace && m_view->selectionModel()->hasSelection());
}

bool MergedFromView::unmergeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return !rows.isEmpty() && unmergeRow(rows.constFirst().row());
}

bool MergedFromView::unmergeRow(int row)
{
    if (!m_workspace || row < 0 || row >= m_model->rowCount())
        return false;
    const MergeTableModel::Row r = m_model->rowAt(row);
    if (!askToUnmerge(r.merge, r.absorbedLabel))
        return false;
    QString error;
    if (!MergeLedger(*m_workspace).unmerge(r.merge.id, &error)) {
        m_message->setText(tr("Not unmerged: %1").arg(error));
        m_message->setVisible(true);
        return false;
    }
    // Remembered as different, so that the next resolution run does not merge them again.
    const bool remembered =
        ReviewQueue(*m_workspace)
            .remember(r.merge.survivorId, r.merge.absorbedId, ReviewQueue::Decision::Different,
                      tr("merge %1 undone").arg(r.merge.id), &error);
    showEntity(m_entityId);
    emit unmerged(r.merge.survivorId, r.merge.absorbedId); // the views around reload, this one too
    if (!remembered) {
        m_message->setText(tr("Unmerged, but the decision could not be remembered: %1").arg(error));
        m_message->setVisible(true);
    }
    return true;
}

bool MergedFromView::askToUnmerge(const MergeRecord &merge, const QString &absorbedLabel)
{
    if (m_confirm)
        return m_confirm(merge, absorbedLabel);
    // The label comes from an imported file: plain text only.
    QMessageBox box(QMessageBox::Question, tr("Unmerge"),
                    tr("Undo merge %1?\n\n%2 (entity %3) becomes a separate entity again, with its own "
                       "records and links, and resolution will not merge the two again.\n\nThe unmerge is "
                       "written to the audit trail.")
                        .arg(merge.id)
                        .arg(absorbedLabel)
                        .arg(merge.absorbedId),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace fc
