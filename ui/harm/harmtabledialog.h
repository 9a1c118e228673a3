#pragma once

#include "harm/setharmweightcommand.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace fc {

class HarmTableModel;

/**
 * The workspace's harm tables, editable: choose a table, see its title, edition, source and unit,
 * change a weight in the table (each change a SetHarmWeightCommand on the window's undo stack), and
 * see the offences that have no weight (listed by every analysis, never counted as 0).
 */
class HarmTableDialog : public QDialog
{
    Q_OBJECT
public:
    HarmTableDialog(SetHarmWeightCommand::DatabaseAccess database, QUndoStack *undoStack, QWidget *parent = nullptr);

    HarmTableModel *model() const { return m_model; }
    QString currentTable() const;
    void showTable(const QString &name);
    /** What the dialog says about the table (edition, source, unweighted offences), as plain text. */
    QString description() const;

private:
    void reload(const QString &name);

    SetHarmWeightCommand::DatabaseAccess m_database;
    QUndoStack *m_undoStack;
    HarmTableModel *m_model;
    QComboBox *m_tables;
    QLabel *m_about;
    QLabel *m_unweighted;
    QTableView *m_view;
};

} // namespace fc
