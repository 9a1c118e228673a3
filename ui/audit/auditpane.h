#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fc {

class AccessController;
class AuditFilterProxy;
class AuditTableModel;
class Workspace;

/**
 * The audit pane, for the analyst and the data protection officer: the workspace's audit trail
 * read-only, filtered by action, user, days and free text, with whether its hash chain verifies,
 * and Export CSV (a disclosure, recorded through AccessController). Nothing here can edit or
 * delete an entry.
 */
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /** Where Export CSV asks for recipient and justification and records the disclosure. */
    void setAccessController(AccessController *access) { m_access = access; }
    /** Reads the trail again and checks its chain. */
    void refresh();

    /** Writes the entries shown (after the filters) as CSV; false + *error, empty if cancelled. */
    bool exportCsv(const QString &path, QString *error);

    AuditTableModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    QString chainStatus() const;
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *userFilter() const { return m_user; }
    QLineEdit *textFilter() const { return m_text; }
    /** Sets the day range (UTC, both ends included); an invalid date leaves that end open. */
    void setDateRange(const QDate &from, const QDate &to);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyDates();
    void exportDialog();
    void updateUsers();

    Workspace *m_workspace = nullptr;
    AccessController *m_access = nullptr;
    AuditTableModel *m_model;
    AuditFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_action;
    QComboBox *m_user;
    QCheckBox *m_fromBox;
    QDateEdit *m_from;
    QCheckBox *m_toBox;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_chain;
    QPushButton *m_refresh;
    QPushButton *m_export;
};

} // namespace fc
