#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace fc {

class SearchResultModel;
class Workspace;

/**
 * The search pane: full-text search over names, VRMs, references and narratives, results by
 * type. Double-click or drag a result onto the chart. A search runs on Enter rather than on
 * every keystroke because each search for people is written to the audit trail.
 */
class SearchPane : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /** Runs a search (as if typed and Enter pressed); returns the number of hits. */
    int search(const QString &text);
    SearchResultModel *model() const { return m_model; }
    /** The line under the results: their count, or that they are out of date. */
    QString statusText() const;
    /**
     * The workspace changed (an import, a merge): results shown stay as they were, marked out of
     * date, rather than searched again unasked (every search is a consultation in the audit trail).
     */
    void markResultsStale();
    QTreeView *view() const { return m_view; }

    static constexpr int resultLimit = 200;

signals:
    void addToChartRequested(const QList<qint64> &entityIds);
    void entityActivated(qint64 entityId);

private:
    void runSearch();
    void showContextMenu(const QPoint &pos);

    Workspace *m_workspace = nullptr;
    QLineEdit *m_edit;
    QTreeView *m_view;
    QLabel *m_status;
    SearchResultModel *m_model;
};

} // namespace fc
