#pragma once

#include "cli/workspacecommand.h"
#include "graph/linkgraph.h"
#include "graph/offenderprojection.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace fc {

/**
 * Base of the link-analysis commands: adds the filter options (--date-from, --date-to, --entity-type,
 * --link-type, --organisation, --min-grading), the choice of graph (--graph links: every entity
 * and link; --graph offenders: the offender network projection, with --via-store, --via-area and
 * --max-shared-by) and names entities in output by id, type and display label.
 */
class GraphCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommand)

protected:
    void setupOptions(QCommandLineParser &parser) final;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) final;

    /** The command's own options. */
    virtual void setupGraphOptions(QCommandLineParser &parser) = 0;
    /** Runs on graph(), built from the filtered workspace. */
    virtual int runGraph(const QCommandLineParser &parser, CliIo &io) = 0;
    /** "links" or "offenders": the graph used when --graph is not given. */
    virtual QString defaultGraph() const = 0;

    const WeightedGraph &graph() const { return m_graph; }
    const LinkGraph &linkGraph() const { return m_linkGraph; }
    /** The projection, when the command runs on the offender graph. */
    const OffenderProjection *projection() const { return m_projection ? &*m_projection : nullptr; }

    /** {"id", "type", "label"} of an entity. */
    QJsonObject entityJson(qint64 id) const;
    /** "label (type id)" of an entity, for text output. */
    QString entityText(qint64 id) const;
    /**
     * The graph vertex of an entity id given on the command line, or -1 after io.fail() has
     * written why (not a number, no such entity, filtered out, not a person on the offender graph).
     */
    int vertexOf(const QString &option, const QString &value, CliIo &io) const;

private:
    WeightedGraph m_graph;
    LinkGraph m_linkGraph;
    std::optional<OffenderProjection> m_projection;
};

} // namespace fc
