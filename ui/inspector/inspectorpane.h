#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace fc {

class AttributeTableModel;
class IncidentTableModel;
class MergedFromView;
class Workspace;
struct EntityRecord;

/**
 * The inspector: every attribute of the selected entity (or the provenance of the selected link)
 * with organisation, file, row and grading; the source records it was merged from; its incidents
 * in a sortable table; the merges that made it, with Unmerge (MergedFromView). Everything is
 * shown as plain text.
 */
class InspectorPane : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void showEntity(qint64 entityId);
    void showLink(qint64 linkId);
    /** Shows the first of a selection, or clears when it is empty. */
    void showSelection(const QList<qint64> &entityIds);
    void clear();
    /**
     * Called before a person's profile is shown, to record the consultation (DPA 2018 s.62);
     * when it returns false the profile is not shown.
     */
    void setConsultationGate(std::function<bool(qint64 entityId)> gate) { m_consultationGate = std::move(gate); }
    /**
     * Reads the shown entity again after the workspace changed (a merge, an unmerge, an import).
     * The same entity is refreshed in place, which is no new consultation; an entity that was
     * merged into another is replaced by that one through showEntity().
     */
    void reload();

    qint64 entityId() const { return m_entityId; }
    QString title() const;
    AttributeTableModel *attributeModel() const { return m_attributes; }
    AttributeTableModel *sourceModel() const { return m_sources; }
    IncidentTableModel *incidentModel() const { return m_incidents; }
    QSortFilterProxyModel *incidentProxy() const { return m_incidentProxy; }
    MergedFromView *mergedFromView() const { return m_mergedFrom; }

signals:
    void incidentActivated(qint64 incidentId);
    /** A merge was undone from the Merged-from tab. */
    void unmerged(qint64 survivorId, qint64 absorbedId);

private:
    QTableView *makeView(QAbstractItemModel *model);
    void showDetails(const EntityRecord &entity);
    void showMergedFrom(qint64 entityId);

    Workspace *m_workspace = nullptr;
    std::function<bool(qint64)> m_consultationGate;
    qint64 m_entityId = 0;
    QLabel *m_title;
    QLabel *m_hint; // what to do, while nothing is selected
    QTabWidget *m_tabs;
    AttributeTableModel *m_attributes;
    AttributeTableModel *m_sources;
    IncidentTableModel *m_incidents;
    QSortFilterProxyModel *m_incidentProxy;
    MergedFromView *m_mergedFrom;
    int m_mergedFromTab = -1;
};

} // namespace fc
