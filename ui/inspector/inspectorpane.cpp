#include "inspector/inspectorpane.h"

#include "inspector/attributetablemodel.h"
#include "inspector/incidenttablemodel.h"
#include "inspector/mergedfromview.h"
#include "model/linktype.h"
#include "resolve/mergeledger.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

InspectorPane::InspectorPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_hint(new QLabel(tr("Select an entity or a link on the chart, or double-click a search result: "
                           "its attributes appear here, each with the organisation, file, row and "
                           "grading it came from."),
                        this)),
      m_tabs(new QTabWidget(this)), m_attributes(new AttributeTableModel(this)),
      m_sources(new AttributeTableModel(this)), m_incidents(new IncidentTableModel(this)),
      m_incidentProxy(new QSortFilterProxyModel(this)), m_mergedFrom(new MergedFromView(this))
{
    m_title->setTextFormat(Qt::PlainText); // labels come from imported files
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // drawn as secondary text

    m_incidentProxy->setSourceModel(m_incidents);
    m_incidentProxy->setSortRole(IncidentTableModel::SortRole);

    m_tabs->addTab(makeView(m_attributes), tr("Attributes"));
    m_tabs->addTab(makeView(m_sources), tr("Sources"));
    QTableView *incidents = makeView(m_incidentProxy);
    incidents->setSortingEnabled(true);
    incidents->sortByColumn(IncidentTableModel::Date, Qt::DescendingOrder);
    connect(incidents, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit incidentActivated(index.data(IncidentTableModel::EntityIdRole).toLongLong());
    });
    m_tabs->addTab(incidents, tr("Incidents"));
    m_mergedFromTab = m_tabs->addTab(m_mergedFrom, tr("Merged from"));
    connect(m_mergedFrom, &MergedFromView::unmerged, this, &InspectorPane::unmerged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);
    clear();
}

QTableView *InspectorPane::makeView(QAbstractItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void InspectorPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_mergedFrom->setWorkspace(workspace);
    clear();
}

QString InspectorPane::title() const
{
    return m_title->text();
}

void InspectorPane::clear()
{
    m_entityId = 0;
    m_title->setText(tr("Nothing selected"));
    m_hint->show();
    m_attributes->setAttributes({});
    m_sources->setAttributes({});
    m_incidents->setRows({});
    showMergedFrom(0);
}

void InspectorPane::showSelection(const QList<qint64> &entityIds)
{
    if (entityIds.isEmpty())
        clear();
    else
        showEntity(entityIds.constFirst());
}

void InspectorPane::showEntity(qint64 entityId)
{
    if (!m_workspace)
        return;
    const auto entity = m_workspace->entity(entityId);
    if (!entity) {
        clear();
        return;
    }
    if (entity->type == EntityType::Person && m_consultationGate && !m_consultationGate(entityId)) {
        clear();
        m_title->setText(tr("Not shown: no purpose of access was stated, so the consultation was not "
                            "recorded"));
        m_hint->hide();
        return;
    }
    showDetails(*entity);
}

void InspectorPane::showDetails(const EntityRecord &entity)
{
    const qint64 entityId = entity.id;
    m_entityId = entityId;
    m_title->setText(tr("%1: %2").arg(EntityTypes::displayName(entity.type), entity.label));
    m_hint->hide();
    m_attributes->setAttributes(m_workspace->attributes(entityId));

    QList<AttributeValue> sources;
    for (const Provenance &p : m_workspace->sourcesOf(entityId))
        sources.append(AttributeValue{tr("Source record"), p.role, p});
    m_sources->setAttributes(sources);

    // Incidents: the other ends of this entity's links that are incidents.
    QList<IncidentTableModel::Row> rows;
    QSet<qint64> seen;
    for (const LinkRecord &link : m_workspace->linksOf(entityId)) {
        const qint64 other = link.from == entityId ? link.to : link.from;
        if (seen.contains(other))
            continue;
        const auto record = m_workspace->entity(other);
        if (record && record->type == EntityType::Incident) {
            seen.insert(other);
            rows.append({*record, link.type});
        }
    }
    m_incidents->setRows(rows);
    m_tabs->setTabText(2, tr("Incidents (%1)").arg(rows.size()));
    showMergedFrom(entityId);
}

void InspectorPane::showMergedFrom(qint64 entityId)
{
    const int merges = m_mergedFrom->showEntity(entityId);
    m_tabs->setTabText(m_mergedFromTab, merges ? tr("Merged from (%1)").arg(merges) : tr("Merged from"));
}

void InspectorPane::reload()
{
    if (!m_workspace || !m_entityId)
        return;
    const qint64 live = MergeLedger(*m_workspace).rootOf(m_entityId);
    const auto entity = m_workspace->entity(live);
    if (!entity)
        clear();
    else if (live != m_entityId)
        showEntity(live);
    else
        showDetails(*entity);
}

void InspectorPane::showLink(qint64 linkId)
{
    if (!m_workspace)
        return;
    clear();
    const auto provenance = m_workspace->provenanceOfLink(linkId);
    m_title->setText(tr("Link %1").arg(linkId));
    m_hint->hide();
    if (!provenance)
        return;
    // A link's facts are its source record: shown in both tables.
    const AttributeValue fact{tr("Recorded by"), provenance->organisation, *provenance};
    m_attributes->setAttributes({fact});
    m_sources->setAttributes({AttributeValue{tr("Source record"), provenance->role, *provenance}});
}

} // namespace fc
