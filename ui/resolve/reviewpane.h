#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace fc {

class Workspace;
struct ReviewSide;

/**
 * The resolution review queue: one candidate pair at a time, side by side, each side with every
 * attribute and the organisation, file, row and grading it came from, and the explanation of the
 * score above them. Accept (A) merges the pair, Reject (R) keeps it apart, Skip (S) sends it to
 * the back; accept and reject are remembered so that re-imports do not ask again. The keys work
 * wherever the focus is inside the pane. Double-click a side to inspect it. The work is done by
 * core's ReviewQueue; this pane only shows and forwards.
 */
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /** Reloads the queue and shows its first pair; returns the number of pairs waiting. */
    int refresh();
    qint64 currentItemId() const { return m_itemId; }

public slots:
    void acceptCurrent();
    void rejectCurrent();
    void skipCurrent();

signals:
    /** A pair was accepted or rejected: entities, links and search results may have changed. */
    void workspaceChanged();
    void entityActivated(qint64 entityId);
    /** After every refresh: the number of pairs waiting. */
    void pendingCountChanged(int waiting);

private:
    void showSide(QTreeWidget *tree, QLabel *title, const ReviewSide &side);
    void decided(bool ok, const QString &error);
    void showError(const QString &error);

    Workspace *m_workspace = nullptr;
    qint64 m_itemId = 0;
    QLabel *m_position;
    QLabel *m_score;
    QListWidget *m_explanation;
    QLabel *m_titleA;
    QLabel *m_titleB;
    QTreeWidget *m_sideA;
    QTreeWidget *m_sideB;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_skip;
};

} // namespace fc
