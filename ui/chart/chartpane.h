#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace fc {

class AssociationView;
class ChartDocument;
class ChartLegend;
class ChartView;
class Workspace;

/**
 * The link chart in the centre of the workstation: a toolbar (layouts, stop, find path, colour
 * and size by, expand/hide/remove/pin/group, zoom, export), the view and the legend. It wires
 * user actions to its ChartDocument and shows what the document reports; it computes nothing.
 */
class ChartPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPane(QWidget *parent = nullptr);
    ~ChartPane() override;

    void setWorkspace(Workspace *workspace); // GUI-thread workspace (reads only); nullptr = closed
    ChartDocument *document() const { return m_document; }
    ChartView *view() const { return m_view; }
    ChartLegend *legend() const { return m_legend; }
    QToolBar *toolBar() const { return m_toolBar; }
    /** The hint shown over an empty chart (how to put entities on it). */
    QLabel *emptyHint() const { return m_emptyHint; }

    /** Finds the path between the two selected entities; a message says why when it cannot. */
    void findPathBetweenSelected();
    /**
     * Opens (or brings up) the association view of the people on the chart in a window of its own:
     * people linked to people, one link per pair with the incidents and value they share.
     */
    AssociationView *openAssociationView();
    AssociationView *associationView() const { return m_associations; }

signals:
    /** The analyst asked for a person's offender profile (context menu). */
    void profileRequested(qint64 personId);
    /** New Case File… from the selected people and incidents (context menu). */
    void caseFileRequested(const QList<qint64> &entityIds);

private:
    void createActions();
    void showContextMenu(const QPoint &globalPos);
    void exportChart();
    void updateActions();
    void showMessage(const QString &text);

    ChartDocument *m_document = nullptr;
    ChartView *m_view = nullptr;
    ChartLegend *m_legend = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyHint = nullptr; // over the view while the chart is empty
    QAction *m_stopAction = nullptr;
    QAction *m_findPathAction = nullptr;
    AssociationView *m_associations = nullptr;
    QWidget *m_associationWindow = nullptr;
    QList<QAction *> m_selectionActions;
};

} // namespace fc
