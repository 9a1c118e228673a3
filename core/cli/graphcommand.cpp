#include "cli/graphcommand.h"

#include "model/linktype.h"
#include "store/workspace.h"

namespace fc {

namespace {
QCommandLineOption option(const char *name, const char *help, const char *valueName = nullptr,
                          const QString &defaultValue = {})
{
    QCommandLineOption o(QString::fromLatin1(name), GraphCommand::tr(help));
    if (valueName) {
        o.setValueName(QString::fromLatin1(valueName));
        o.setDefaultValue(defaultValue);
    }
    return o;
}
} // namespace

void GraphCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(option("graph", "Graph to analyse: links (every entity and link) or offenders (people "
                                     "tied by shared incidents, vehicles, phones, addresses and direct links).",
                            "G", defaultGraph()));
    parser.addOption(option("date-from", "Only links dated on or after this date (YYYY-MM-DD).", "DATE"));
    parser.addOption(option("date-to", "Only links dated on or before this date (YYYY-MM-DD).", "DATE"));
    parser.addOption(option("dated-only", "With --date-from/--date-to, drop links that have no date."));
    parser.addOption(option("entity-type", "Only these entity types (comma-separated).", "TYPES"));
    parser.addOption(option("link-type", "Only these link types (comma-separated).", "TYPES"));
    parser.addOption(option("organisation", "Only links from these source organisations (comma-separated).", "ORGS"));
    parser.addOption(option("min-grading", "Only links graded at least this (3x5x2 source and intelligence, "
                                           "e.g. 2B).", "GRADE"));
    parser.addOption(option("via-store", "Offender graph: also tie people who offended at the same store."));
    parser.addOption(option("via-area", "Offender graph: also tie people who offended in the same area."));
    parser.addOption(option("max-shared-by", "Offender graph: an item shared by more people than this ties "
                                             "nobody (0: no limit).", "N", QStringLiteral("0")));
    setupGraphOptions(parser);
}

int GraphCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    GraphFilter filter;
    for (const char *name : {"date-from", "date-to"}) {
        const QString value = parser.value(QString::fromLatin1(name));
        if (value.isEmpty())
            continue;
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return io.fail(tr("%1: --%2 \"%3\" is not a date (expected YYYY-MM-DD)")
                               .arg(this->name(), QString::fromLatin1(name), value), 2);
        (qstrcmp(name, "date-from") == 0 ? filter.from : filter.to) = d;
    }
    filter.keepUndated = !parser.isSet(QStringLiteral("dated-only"));
    const auto list = [&](const char *name) {
        QStringList out;
        for (const QString &s : parser.value(QString::fromLatin1(name)).split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    };
    for (const QString &t : list("entity-type")) {
        const auto type = EntityTypes::fromName(t);
        if (!type)
            return io.fail(tr("%1: --entity-type \"%2\" is not an entity type (expected one of: %3)")
                               .arg(name(), t, EntityTypes::names().join(QLatin1String(", "))), 2);
        filter.entityTypes << *type;
    }
    filter.linkTypes = list("link-type");
    for (const QString &t : std::as_const(filter.linkTypes))
        if (!LinkTypes::isKnown(t) && !LinkTypes::isDeclared(t)) // declared: by this workspace's specs
            return io.fail(tr("%1: --link-type \"%2\" is not a link type (expected one of: %3)")
                               .arg(name(), t, LinkTypes::builtIn().join(QLatin1String(", "))), 2);
    filter.organisations = list("organisation");
    const QString grade = parser.value(QStringLiteral("min-grading")).trimmed();
    if (!grade.isEmpty()) {
        QString error;
        const auto g = grade.size() == 2 ? Grading::parse(grade.left(1), grade.mid(1, 1), {}, {}, &error)
                                         : std::nullopt;
        if (!g)
            return io.fail(tr("%1: --min-grading \"%2\" is not a grade (expected source 1-3 and intelligence "
                              "A-E, e.g. 2B)%3").arg(name(), grade, error.isEmpty() ? QString() : QLatin1String(": ") + error), 2);
        filter.minimumGrading = g;
    }

    const QString which = parser.value(QStringLiteral("graph"));
    bool ok = false;
    const int maxShared = parser.value(QStringLiteral("max-shared-by")).toInt(&ok);
    if (!ok || maxShared < 0)
        return io.fail(tr("%1: --max-shared-by \"%2\" is not a whole number of people (expected 0 or more)")
                           .arg(name(), parser.value(QStringLiteral("max-shared-by"))), 2);

    const QList<EntityRecord> entities = workspace.entityRecords();
    const QList<LinkRecord> links = workspace.linkRecords();
    m_linkGraph = LinkGraph::build(entities, links, filter);
    if (which == QLatin1String("links")) {
        m_graph = m_linkGraph.analysisGraph();
    } else if (which == QLatin1String("offenders")) {
        ProjectionRules rules;
        rules.viaStore = parser.isSet(QStringLiteral("via-store"));
        rules.viaArea = parser.isSet(QStringLiteral("via-area"));
        rules.maxSharedBy = maxShared;
        m_projection = OffenderProjection::build(entities, links, rules, filter);
        m_graph = m_projection->graph();
    } else {
        return io.fail(tr("%1: --graph \"%2\" is not a graph (expected links or offenders)").arg(name(), which), 2);
    }
    const int code = runGraph(parser, io);
    // The output names people: an analysis run is a consultation and is logged (DPA 2018 s.62).
    if (code == 0
        && !workspace.auditLog().append(AuditLog::Action::Consultation, workspace.userName(), QStringLiteral("analysis"),
                                        name(), QStringLiteral("%1 on the %2 graph (%3 vertices)")
                                                    .arg(name(), which).arg(m_graph.vertexCount())))
        return io.fail(workspace.database().lastError());
    return code;
}

QJsonObject GraphCommand::entityJson(qint64 id) const
{
    QJsonObject o{{QStringLiteral("id"), id}};
    if (const EntityRecord *e = m_linkGraph.entity(id)) {
        o.insert(QStringLiteral("type"), EntityTypes::name(e->type));
        o.insert(QStringLiteral("label"), e->label);
    }
    return o;
}

QString GraphCommand::entityText(qint64 id) const
{
    const EntityRecord *e = m_linkGraph.entity(id);
    if (!e)
        return QString::number(id);
    return QStringLiteral("%1 (%2 %3)").arg(e->label, EntityTypes::name(e->type)).arg(id);
}

int GraphCommand::vertexOf(const QString &option, const QString &value, CliIo &io) const
{
    bool ok = false;
    const qint64 id = value.trimmed().toLongLong(&ok);
    if (!ok) {
        io.fail(tr("%1: --%2 \"%3\" is not an entity id (expected a number, as listed by the entities command)")
                    .arg(name(), option, value), 2);
        return -1;
    }
    const int v = m_graph.indexOf(id);
    if (v < 0) {
        io.fail(m_projection && m_linkGraph.contains(id)
                    ? tr("%1: --%2 %3 is not a person, and the offender graph holds only people (use --graph links)")
                          .arg(name(), option).arg(id)
                    : tr("%1: --%2 %3: no such entity in the workspace, or the filters exclude it")
                          .arg(name(), option).arg(id));
    }
    return v;
}

} // namespace fc
