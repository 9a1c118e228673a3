#include "casefile/partnerexportbuilder.h"

#include "casefile/casefilebuilder.h"
#include "casefile/casematerialreader.h"
#include "casefile/sectionpolicy.h"
#include "model/entitytype.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

bool isOffenderLink(const QString &type)
{
    return type == QLatin1String("suspect_in") || type == QLatin1String("offender_in");
}

QString personName(const MaterialMention &m)
{
    QString name = m.fact(QStringLiteral("name"));
    if (name.isEmpty())
        name = (m.fact(QStringLiteral("forenames")) + QLatin1Char(' ') + m.fact(QStringLiteral("surname"))).trimmed();
    return name;
}

PartnerItem itemOf(const CaseMaterial &m)
{
    PartnerItem i;
    i.sourceRecordId = m.source.sourceRecordId;
    i.description = m.describe();
    i.organisation = m.source.organisation;
    i.reference = m.source.reference();
    i.grade = m.source.grading.code();
    return i;
}

} // namespace

PartnerExportBuilder::PartnerExportBuilder(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool PartnerExportBuilder::isImage(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                      QStringLiteral("bmp"), QStringLiteral("gif")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

std::optional<PartnerExport> PartnerExportBuilder::build(const CaseSelection &selection, const Recipient &recipient,
                                                         const QList<Exhibit> &exhibits, QString *error)
{
    if (!SectionPolicy::isKnownRecipientKind(recipient.kind)) {
        if (error)
            *error = tr("--kind \"%1\" is not retailer, police or partner").arg(recipient.kind);
        return std::nullopt;
    }
    if (recipient.organisation.trimmed().isEmpty()) {
        if (error)
            *error = tr("the recipient organisation is empty");
        return std::nullopt;
    }
    const auto material = CaseMaterialReader(m_workspace).read(selection.persons, selection.incidents, error);
    if (!material)
        return std::nullopt;

    PartnerExport out;
    out.recipient = recipient;
    out.title = tr("Alert for %1 (%2): %3").arg(recipient.organisation, recipient.kind, selection.title);
    out.marking = QStringLiteral("OFFICIAL-SENSITIVE");
    out.preparedBy = m_workspace.userName();
    out.preparedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    const QSet<qint64> persons(selection.persons.cbegin(), selection.persons.cend());
    const QSet<qint64> incidents(selection.incidents.cbegin(), selection.incidents.cend());
    QHash<qint64, PartnerSubject> subjects;
    QSet<qint64> incidentsDone;
    QSet<QString> vrms;
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (const CaseMaterial &m : *material) {
        PartnerItem item = itemOf(m);
        if (const auto why = SectionPolicy::withholdFrom(recipient, m)) {
            item.reason = *why;
            out.withheld << item;
            continue;
        }
        out.released << item;
        for (const MaterialMention &mention : m.mentions) {
            if (mention.type != int(EntityType::Person) || !persons.contains(mention.entityId))
                continue;
            PartnerSubject &s = subjects[mention.entityId];
            s.personId = mention.entityId;
            if (s.name.isEmpty())
                s.name = personName(mention);
            if (s.dateOfBirth.isEmpty())
                s.dateOfBirth = mention.fact(QStringLiteral("dob"));
            for (const auto &f : mention.facts) {
                static const QStringList skip{QStringLiteral("name"), QStringLiteral("forenames"),
                                              QStringLiteral("surname"), QStringLiteral("dob")};
                if (skip.contains(f.first) || f.second.isEmpty())
                    continue;
                const QString d = QStringLiteral("%1: %2").arg(f.first, f.second);
                if (!s.description.contains(d))
                    s.description << d;
            }
        }
        const QList<qint64> reported = m.reportedIncidents();
        for (const MaterialLink &l : m.links) {
            if (isOffenderLink(l.type) && persons.contains(l.from) && incidents.contains(l.to)
                && reported.contains(l.to) && !incidentsDone.contains(l.to)) {
                incidentsDone.insert(l.to);
                const MaterialMention *inc = m.mentionOf(l.to);
                PartnerIncident pi;
                pi.occurredAt = inc->fact(QStringLiteral("occurred_at"));
                pi.offence = CaseFileBuilder::offenceText(inc->fact(QStringLiteral("offence")));
                bool ok = false;
                const double v = inc->fact(QStringLiteral("value_gbp")).toDouble(&ok);
                if (ok)
                    pi.value = QStringLiteral("£") + uk.toString(v, 'f', 2);
                pi.organisation = m.source.organisation;
                for (const MaterialLink &k : m.links) {
                    if (k.type == QLatin1String("occurred_at") && k.from == l.to)
                        if (const MaterialMention *place = m.mentionOf(k.to))
                            pi.store = place->fact(QStringLiteral("name"));
                    if (isOffenderLink(k.type) && k.to == l.to && persons.contains(k.from))
                        if (const MaterialMention *p = m.mentionOf(k.from))
                            if (!pi.persons.contains(personName(*p)))
                                pi.persons << personName(*p);
                }
                out.incidents << pi;
            }
            // Vehicles the released record ties to a subject or one of the incidents.
            for (const qint64 end : {l.from, l.to}) {
                const qint64 other = end == l.from ? l.to : l.from;
                const MaterialMention *v = m.mentionOf(end);
                if (!v || v->type != int(EntityType::Vehicle))
                    continue;
                if (!persons.contains(other) && !incidents.contains(other))
                    continue;
                const QString vrm = v->fact(QStringLiteral("vrm"));
                if (!vrm.isEmpty() && !vrms.contains(vrm)) {
                    vrms.insert(vrm);
                    out.vehicles << vrm;
                }
            }
        }
    }
    for (qint64 id : selection.persons)
        if (subjects.contains(id))
            out.subjects << subjects.value(id);
    std::sort(out.incidents.begin(), out.incidents.end(),
              [](const PartnerIncident &a, const PartnerIncident &b) { return a.occurredAt < b.occurredAt; });
    for (const Exhibit &e : exhibits) {
        PartnerItem item;
        item.exhibitReference = e.reference;
        item.description = tr("exhibit %1").arg(e.reference);
        item.reference = QFileInfo(e.filePath).fileName();
        item.grade = e.handling;
        if (!isImage(e.filePath)) {
            item.reason = tr("not an image: alerts carry images only");
            out.withheld << item;
        } else if (const auto why = SectionPolicy::withholdFrom(recipient, e)) {
            item.reason = *why;
            out.withheld << item;
        } else {
            out.released << item;
            out.images << e;
        }
    }
    return out;
}

} // namespace fc
