#include "app/chartbridge.h"

#include <QLabel>
#include <QUndoStack>

#ifdef FC_HAVE_CHART_PANE
#include "chart/chartdocument.h"
#include "chart/chartpane.h"
#include "chart/chartview.h"
#endif

namespace fc {

ChartBridge::ChartBridge(QWidget *parentWidget)
    : QObject(parentWidget)
{
#ifdef FC_HAVE_CHART_PANE
    m_pane = new ChartPane(parentWidget);
    m_widget = m_pane;
    ChartDocument *doc = m_pane->document();
    connect(doc, &ChartDocument::selectionChanged, this, &ChartBridge::selectionChanged);
    connect(doc, &ChartDocument::linkSelected, this, &ChartBridge::linkSelected);
    connect(doc, &ChartDocument::contentsChanged, this, &ChartBridge::contentsChanged);
    connect(doc, &ChartDocument::layoutFinished, this, &ChartBridge::layoutFinished);
#else
    auto *label = new QLabel(tr("The link chart is not built into this version."), parentWidget);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    m_widget = label;
    m_placeholderStack = new QUndoStack(this);
#endif
}

ChartBridge::~ChartBridge() = default;

bool ChartBridge::hasChart() const
{
    return m_pane != nullptr;
}

#ifdef FC_HAVE_CHART_PANE

void ChartBridge::setWorkspace(Workspace *workspace) { m_pane->setWorkspace(workspace); }
QUndoStack *ChartBridge::undoStack() const { return m_pane->document()->undoStack(); }
void ChartBridge::addEntities(const QList<qint64> &ids) { m_pane->document()->addEntities(ids); }
void ChartBridge::showNetwork(const QList<qint64> &ids) { m_pane->document()->showNetwork(ids); }
void ChartBridge::expand(const QList<qint64> &ids) { m_pane->document()->expand(ids); }
QList<qint64> ChartBridge::entityIds() const { return m_pane->document()->entityIds(); }
QList<qint64> ChartBridge::selectedEntityIds() const { return m_pane->document()->selectedEntityIds(); }
void ChartBridge::setSelectedEntityIds(const QList<qint64> &ids) { m_pane->document()->setSelectedEntityIds(ids); }
void ChartBridge::setDateFilter(const QDate &from, const QDate &to) { m_pane->document()->setDateFilter(from, to); }
bool ChartBridge::save(const QString &name, QString *error) { return m_pane->document()->save(name, error); }
bool ChartBridge::load(qint64 chartId, QString *error) { return m_pane->document()->load(chartId, error); }
bool ChartBridge::exportTo(const QString &path, QString *error) { return m_pane->document()->exportTo(path, error); }
void ChartBridge::followWorkspace() { m_pane->document()->followWorkspace(); }
void ChartBridge::clear() { m_pane->document()->clear(); }
void ChartBridge::zoomBy(double factor) { m_pane->view()->zoomBy(factor); }
void ChartBridge::fitAll() { m_pane->view()->fitAll(); }

#else

// The placeholder keeps the entity list so that the panes around it can be used and tested.
void ChartBridge::setWorkspace(Workspace *) { clear(); }
QUndoStack *ChartBridge::undoStack() const { return m_placeholderStack; }

void ChartBridge::addEntities(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (!m_ids.contains(id))
            m_ids.append(id);
    emit contentsChanged();
}

void ChartBridge::showNetwork(const QList<qint64> &ids)
{
    m_ids.clear();
    m_selected.clear();
    addEntities(ids);
}

void ChartBridge::expand(const QList<qint64> &) {}
QList<qint64> ChartBridge::entityIds() const { return m_ids; }
QList<qint64> ChartBridge::selectedEntityIds() const { return m_selected; }

void ChartBridge::setSelectedEntityIds(const QList<qint64> &ids)
{
    m_selected.clear();
    for (qint64 id : ids)
        if (m_ids.contains(id))
            m_selected.append(id);
    emit selectionChanged(m_selected);
}

void ChartBridge::setDateFilter(const QDate &, const QDate &) {}
void ChartBridge::followWorkspace() {} // the placeholder has no workspace to follow
void ChartBridge::zoomBy(double) {}
void ChartBridge::fitAll() {}

bool ChartBridge::save(const QString &, QString *error)
{
    if (error)
        *error = tr("Charts cannot be saved: the link chart is not built into this version.");
    return false;
}

bool ChartBridge::load(qint64, QString *error)
{
    if (error)
        *error = tr("Charts cannot be opened: the link chart is not built into this version.");
    return false;
}

bool ChartBridge::exportTo(const QString &path, QString *error)
{
    if (error)
        *error = tr("%1 was not written: the link chart is not built into this version.").arg(path);
    return false;
}

void ChartBridge::clear()
{
    m_ids.clear();
    m_selected.clear();
    emit contentsChanged();
}

#endif

} // namespace fc
