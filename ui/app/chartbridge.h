#pragma once

#include <QDate>
#include <QList>
#include <QObject>

class QUndoStack;
class QWidget;

namespace fc {

class ChartDocument;
class ChartPane;
class Workspace;

/**
 * The seam between the main window's panes and the link chart in the centre. The panes talk to
 * the chart only through this: they stay independent of how the chart is drawn, and the window
 * still builds and runs (with a placeholder in the centre) while the chart is being written.
 * With the chart built in (FC_HAVE_CHART_PANE) every call goes to ChartPane's ChartDocument.
 */
class ChartBridge : public QObject
{
    Q_OBJECT
public:
    explicit ChartBridge(QWidget *parentWidget);
    ~ChartBridge() override;

    /** The centre widget (ChartPane, or the placeholder). */
    QWidget *widget() const { return m_widget; }
    bool hasChart() const;
    void setWorkspace(Workspace *workspace);
    QUndoStack *undoStack() const;

    void addEntities(const QList<qint64> &ids);
    void showNetwork(const QList<qint64> &ids);
    void expand(const QList<qint64> &ids);
    QList<qint64> entityIds() const;
    QList<qint64> selectedEntityIds() const;
    void setSelectedEntityIds(const QList<qint64> &ids);
    void setDateFilter(const QDate &from, const QDate &to);
    bool save(const QString &name, QString *error);
    bool load(qint64 chartId, QString *error);
    bool exportTo(const QString &path, QString *error);
    /** Follows merges and other workspace changes (ChartDocument::followWorkspace). */
    void followWorkspace();
    /** Empties the chart (a new workspace was opened). */
    void clear();
    /** View zoom (not an edit: never on the undo stack). */
    void zoomBy(double factor);
    void fitAll();

signals:
    void selectionChanged(const QList<qint64> &entityIds);
    void linkSelected(qint64 linkId);
    void contentsChanged();
    void layoutFinished();

private:
    QWidget *m_widget = nullptr;
    ChartPane *m_pane = nullptr;
    QUndoStack *m_placeholderStack = nullptr;
    // Placeholder state, used only while no chart is built in.
    QList<qint64> m_ids;
    QList<qint64> m_selected;
};

} // namespace fc
