#include "casefile/casefilebuilder.h"

#include "casefile/casefigures.h"
#include "casefile/casematerialreader.h"
#include "casefile/casestore.h"
#include "casefile/sectionpolicy.h"
#include "model/entitytype.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);

QString money(double v)
{
    return QStringLiteral("£") + kUk.toString(v, 'f', 2);
}

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

QString when(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10)
        return kUk.toString(dt.date(), QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(" at ")
               + dt.time().toString(QStringLiteral("HH:mm"));
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? kUk.toString(d, QStringLiteral("dddd d MMMM yyyy")) : iso;
}

QString day(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? kUk.toString(d, QStringLiteral("d MMMM yyyy")) : iso;
}

} // namespace

CaseFileBuilder::CaseFileBuilder(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString CaseFileBuilder::offenceText(const QString &offence)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("shop_theft"), QStringLiteral("theft from a shop")},
        {QStringLiteral("robbery"), QStringLiteral("robbery")},
        {QStringLiteral("burglary"), QStringLiteral("burglary")},
        {QStringLiteral("criminal_damage"), QStringLiteral("criminal damage")},
        {QStringLiteral("assault"), QStringLiteral("assault")},
        {QStringLiteral("public_order"), QStringLiteral("public order offence")},
        {QStringLiteral("threats"), QStringLiteral("threats")},
        {QStringLiteral("fraud"), QStringLiteral("fraud")},
        {QStringLiteral("other"), QStringLiteral("other offence")}};
    if (offence.isEmpty())
        return tr("offence not stated");
    return names.value(offence, QString(offence).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QString CaseFileBuilder::cctvReference(const MaterialMention &incident)
{
    for (const char *key : {"cctv_ref", "cctv_reference", "cctv"}) {
        const QString v = incident.fact(QLatin1String(key)).trimmed();
        if (!v.isEmpty())
            return v;
    }
    static const QRegularExpression re(
        QStringLiteral("CCTV[^\\n]*?\\bref(?:erence)?\\.?\\s*[:#]?\\s*([A-Za-z0-9][A-Za-z0-9/_-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const char *key : {"narrative", "details", "notes", "description"}) {
        const QRegularExpressionMatch m = re.match(incident.fact(QLatin1String(key)));
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

QString CaseFileBuilder::generateSummary(const CaseInfo &info, const QList<CaseSubject> &subjects,
                                         const QList<ScheduleRow> &schedule)
{
    QStringList out;
    if (schedule.isEmpty()) {
        out << tr("No incident selected for this case is supported by an incident report: there is no evidence "
                  "to summarise. Intelligence is never summarised here.");
        return out.join(QLatin1Char('\n'));
    }
    QSet<QString> stores, organisations;
    QMap<QString, int> offences;
    double total = 0;
    int withValue = 0;
    for (const ScheduleRow &r : schedule) {
        stores.insert(r.store);
        organisations.insert(r.organisation);
        ++offences[offenceText(r.offence)];
        if (r.hasValue) {
            total += r.valueGbp;
            ++withValue;
        }
    }
    QStringList orgs(organisations.cbegin(), organisations.cend());
    std::sort(orgs.begin(), orgs.end());
    QStringList names;
    int unnamed = 0; // network members no incident report of the case names
    for (const CaseSubject &s : subjects) {
        if (s.incidents == 0) {
            ++unnamed;
            continue;
        }
        names << (s.dateOfBirth.isEmpty() ? s.name : tr("%1 (born %2)").arg(s.name, day(s.dateOfBirth)));
    }
    const QString first = day(schedule.first().occurredAt);
    const QString last = day(schedule.last().occurredAt);
    if (info.kind == QLatin1String("network"))
        out << tr("%n people of this network, %1, are named in incident reports by %2 as suspects in %3 "
                  "incident(s) between %4 and %5, at %6 store(s).", nullptr, int(names.size()))
                   .arg(names.join(QStringLiteral("; ")), orgs.join(QStringLiteral(", ")))
                   .arg(schedule.size())
                   .arg(first, last)
                   .arg(stores.size())
            + (unnamed > 0 ? QLatin1Char(' ')
                                 + tr("%n other member(s) of the network are named in no incident report of this case.",
                                      nullptr, unnamed)
                           : QString());
    else
        out << tr("%1 is named in incident reports by %2 as a suspect in %3 incident(s) between %4 and %5, at %6 "
                  "store(s).")
                   .arg(names.join(QStringLiteral("; ")), orgs.join(QStringLiteral(", ")))
                   .arg(schedule.size())
                   .arg(first, last)
                   .arg(stores.size());
    QStringList counts;
    for (auto it = offences.cbegin(); it != offences.cend(); ++it)
        counts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    out << tr("Offences: %1. Total value of goods: %2 (%3 of %4 incident(s) with a value).")
               .arg(counts.join(QStringLiteral(", ")), money(total))
               .arg(withValue)
               .arg(schedule.size());
    out << QString();
    out << tr("In date order:");
    for (const ScheduleRow &r : schedule) {
        QString line = tr("%1. %2, %3 (%4, ref %5): %6")
                           .arg(r.number)
                           .arg(when(r.occurredAt), r.store, r.organisation, r.reference, offenceText(r.offence));
        if (r.hasValue)
            line += tr(", goods valued %1").arg(money(r.valueGbp));
        if (!r.persons.isEmpty())
            line += tr("; suspect(s): %1").arg(r.persons.join(QStringLiteral(", ")));
        if (!r.cctv.isEmpty())
            line += tr("; CCTV ref %1").arg(r.cctv);
        out << line + QLatin1Char('.');
    }
    out << QString();
    out << tr("Written from the incident reports listed in the schedule only. Intelligence is not evidence and "
              "is not included.");
    return out.join(QLatin1Char('\n'));
}

std::optional<CaseFile> CaseFileBuilder::build(qint64 caseId, QString *error)
{
    CaseStore store(m_workspace);
    const auto info = store.get(caseId);
    if (!info) {
        if (error)
            *error = tr("there is no case %1 in this workspace").arg(caseId);
        return std::nullopt;
    }
    const auto material = CaseMaterialReader(m_workspace).read(info->persons, info->incidents, error);
    if (!material)
        return std::nullopt;

    CaseFile file;
    file.info = *info;
    file.preparedBy = m_workspace.userName();
    file.preparedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QSet<qint64> casePersons(info->persons.cbegin(), info->persons.cend());
    const QSet<qint64> caseIncidents(info->incidents.cbegin(), info->incidents.cend());

    // Evidential records of each selected incident that put one of the case's people in it.
    QHash<qint64, QList<int>> evidenceOf; // incident -> material indices
    for (int i = 0; i < material->size(); ++i) {
        const CaseMaterial &m = material->at(i);
        if (!SectionPolicy::allows(CaseSection::Schedule, SectionPolicy::classify(m)))
            continue;
        const QList<qint64> reported = m.reportedIncidents();
        for (const MaterialLink &l : m.links) {
            if (!isOffenderLink(l.type) || !casePersons.contains(l.from) || !caseIncidents.contains(l.to)
                || !reported.contains(l.to))
                continue;
            QList<int> &list = evidenceOf[l.to];
            if (!list.contains(i))
                list << i;
        }
    }

    QSet<int> used;
    QHash<qint64, CaseSubject> subjects;
    const QList<LegalNote> legal = LegalNotes(m_workspace).all();
    for (qint64 incident : info->incidents) {
        const QList<int> sources = evidenceOf.value(incident);
        if (sources.isEmpty()) {
            file.caveats << tr("Incident %1 was selected but no incident report supports it: it is not in the "
                               "summary or the schedule (its records are listed as unused or sensitive material).")
                                .arg(incident);
            continue;
        }
        const CaseMaterial &m = material->at(sources.first());
        const MaterialMention *inc = m.mentionOf(incident);
        ScheduleRow row;
        row.incidentId = incident;
        row.reference = m.source.recordKey;
        row.occurredAt = inc->fact(QStringLiteral("occurred_at"));
        row.offence = inc->fact(QStringLiteral("offence"));
        bool ok = false;
        row.valueGbp = inc->fact(QStringLiteral("value_gbp")).toDouble(&ok);
        row.hasValue = ok;
        row.cctv = cctvReference(*inc);
        row.organisation = m.source.organisation;
        QStringList refs;
        for (int s : sources) {
            refs << material->at(s).source.reference();
            used.insert(s);
        }
        row.sourceRecord = refs.join(QStringLiteral("; "));
        for (const MaterialLink &l : m.links) {
            if (l.type == QLatin1String("occurred_at") && l.from == incident) {
                if (const MaterialMention *place = m.mentionOf(l.to)) {
                    row.store = place->fact(QStringLiteral("name"));
                    if (row.store.isEmpty())
                        row.store = place->fact(QStringLiteral("postcode"));
                }
            }
            if (isOffenderLink(l.type) && l.to == incident && casePersons.contains(l.from)) {
                const MaterialMention *p = m.mentionOf(l.from);
                const QString name = p ? personName(*p) : QString();
                if (!name.isEmpty() && !row.persons.contains(name))
                    row.persons << name;
                if (!row.personIds.contains(l.from))
                    row.personIds << l.from;
                CaseSubject &subject = subjects[l.from];
                subject.personId = l.from;
                ++subject.incidents;
                if (subject.name.isEmpty() && p) {
                    subject.name = name;
                    subject.dateOfBirth = p->fact(QStringLiteral("dob"));
                } else if (subject.dateOfBirth.isEmpty() && p) {
                    subject.dateOfBirth = p->fact(QStringLiteral("dob"));
                }
            }
        }
        if (row.store.isEmpty())
            row.store = tr("store not stated");
        row.legalNotes = LegalNotes::notesFor(legal, row.offence, QDate::fromString(row.occurredAt.left(10), Qt::ISODate),
                                              row.valueGbp);
        file.schedule << row;
    }
    std::stable_sort(file.schedule.begin(), file.schedule.end(),
                     [](const ScheduleRow &a, const ScheduleRow &b) { return a.occurredAt < b.occurredAt; });
    QMap<QString, int> offences;
    for (int i = 0; i < file.schedule.size(); ++i) {
        file.schedule[i].number = i + 1;
        if (file.schedule[i].hasValue)
            file.totalValueGbp += file.schedule[i].valueGbp;
        ++offences[offenceText(file.schedule[i].offence)];
    }
    for (auto it = offences.cbegin(); it != offences.cend(); ++it)
        file.offenceCounts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    for (qint64 person : info->persons) {
        CaseSubject s = subjects.value(person);
        s.personId = person;
        if (s.name.isEmpty())
            s.name = tr("person %1 (named in no incident report of this case)").arg(person);
        file.subjects << s;
    }

    // Everything not used in evidence: listed by description, never quoted.
    for (int i = 0; i < material->size(); ++i) {
        const CaseMaterial &m = material->at(i);
        const MaterialClass c = SectionPolicy::classify(m);
        const bool reports = !m.reportedIncidents().isEmpty();
        MaterialListing l;
        l.sourceRecordId = m.source.sourceRecordId;
        l.description = m.describe();
        l.organisation = m.source.organisation;
        l.reference = m.source.reference();
        l.grade = m.source.grading.code();
        if (l.grade.isEmpty() && !m.source.grading.legacyHandling.isEmpty())
            l.grade = QStringLiteral("5x5x5 %1%2%3").arg(m.source.grading.legacySource, m.source.grading.legacyIntelligence,
                                                         m.source.grading.legacyHandling);
        l.reason = SectionPolicy::reason(m.source, reports);
        if (c == MaterialClass::Sensitive && SectionPolicy::allows(CaseSection::Sensitive, c)) {
            l.number = file.sensitive.size() + 1;
            file.sensitive << l;
        } else if (!used.contains(i) && SectionPolicy::allows(CaseSection::Unused, c)) {
            if (c == MaterialClass::Evidential)
                l.reason = tr("incident report not used in this case (incident or person not selected)");
            l.number = file.unused.size() + 1;
            file.unused << l;
        }
    }
    for (const Exhibit &e : store.exhibits(caseId)) {
        if (SectionPolicy::exhibitDisclosable(e)) {
            file.exhibits << e;
        } else {
            MaterialListing l;
            l.number = file.sensitive.size() + 1;
            l.description = tr("exhibit %1").arg(e.reference);
            l.organisation = e.attachedBy;
            l.reference = e.reference;
            l.grade = e.handling;
            l.reason = tr("exhibit marked handling code C");
            file.sensitive << l;
        }
    }

    const auto summary = store.currentSummary(caseId);
    if (summary) {
        file.summary = summary->text;
        file.summaryVersion = summary->version;
        file.summaryEdited = !summary->generated;
    } else {
        file.summary = generateSummary(*info, file.subjects, file.schedule);
    }
    file.legalDisclaimer << LegalNotes::disclaimer();
    for (const LegalNote &n : legal)
        file.legalDisclaimer << QStringLiteral("%1. %2 Source: %3").arg(n.title, n.note, n.source);
    file.history = store.history(caseId);
    file.timeline = CaseFigures::timeline(file);
    file.chart = CaseFigures::chart(file);
    return file;
}

} // namespace fc
