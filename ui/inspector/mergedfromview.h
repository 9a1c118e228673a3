#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace fc {

class MergeTableModel;
class Workspace;
struct MergeRecord;

/**
 * The inspector's "Merged from" tab: the merges that made up the shown entity, with score,
 * method, explanation, who and when (MergeTableModel), and Unmerge for the selected one. Unmerge
 * asks first, then undoes the merge through core's MergeLedger and remembers the two as
 * different (as `fusioncell-cli resolve --unmerge` does), so that the next resolution run does
 * not merge them again; a refused unmerge shows core's reason under the table.
 */
class MergedFromView : public QWidget
{
    Q_OBJECT
public:
    /** Asked before an unmerge; true goes ahead. Tests install their own to avoid a modal box. */
    using Confirmation = std::function<bool(const MergeRecord &merge, const QString &absorbedLabel)>;

    explicit MergedFromView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /** Shows the merges into this entity (0 clears); returns how many there are. */
    int showEntity(qint64 entityId);
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    MergeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /** The last refusal or error, empty after a successful unmerge. */
    QString message() const;

public slots:
    /** Unmerges the merge shown in this row, after confirmation; true when it was undone. */
    bool unmergeRow(int row);
    bool unmergeSelected();

signals:
    /** A merge was undone: the entities, links and search entries of both have changed. */
    void unmerged(qint64 survivorId, qint64 absorbedId);

private:
    bool askToUnmerge(const MergeRecord &merge, const QString &absorbedLabel);
    void updateButton();

    Workspace *m_workspace = nullptr;
    qint64 m_entityId = 0;
    MergeTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_unmerge;
    QLabel *m_message;
    Confirmation m_confirm;
};

} // namespace fc
