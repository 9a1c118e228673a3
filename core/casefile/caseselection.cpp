#include "casefile/caseselection.h"

#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "model/entitytype.h"
#include "store/statement.h"
#include "store/workspace.h"

namespace fc {

std::optional<CaseSelection> CaseSelection::forPerson(Workspace &workspace, qint64 personId, QString *error)
{
    const auto e = workspace.entity(personId);
    if (!e || e->type != EntityType::Person) {
        if (error)
            *error = tr("entity %1 is not a person in this workspace").arg(personId);
        return std::nullopt;
    }
    CaseSelection s;
    s.kind = QStringLiteral("person");
    s.subject = QString::number(personId);
    s.title = tr("Case file: person %1").arg(personId);
    s.persons << personId;
    Statement st = workspace.database().prepare(QStringLiteral(
        "SELECT DISTINCT coalesce(ei.merged_into, ei.id) FROM links l JOIN entities ep ON ep.id = l.from_id "
        "JOIN entities ei ON ei.id = l.to_id WHERE l.type IN ('suspect_in', 'offender_in') "
        "AND (ep.id = ?1 OR ep.merged_into = ?1) ORDER BY 1"));
    st.bind(1, personId);
    while (st.step())
        s.incidents << st.int64(0);
    return s;
}

std::optional<CaseSelection> CaseSelection::forNetwork(Workspace &workspace, int number, QString *error)
{
    const OffenderProjection projection =
        OffenderProjection::build(workspace.entityRecords(), workspace.linkRecords());
    const QList<Network> networks = NetworkFinder().find(projection);
    if (number < 1 || number > networks.size()) {
        if (error)
            *error = tr("there is no network %1 (the workspace has %2; see fusioncell-cli networks)")
                         .arg(number)
                         .arg(networks.size());
        return std::nullopt;
    }
    const NetworkSummary &n = networks.at(number - 1).summary;
    CaseSelection s;
    s.kind = QStringLiteral("network");
    s.subject = QString::number(number);
    s.title = tr("Case file: network %1 (%n people)", nullptr, int(n.members.size())).arg(number);
    s.persons = n.members;
    s.incidents = n.incidents;
    return s;
}

} // namespace fc
