#include "casefile/casedocument.h"

#include "casefile/casefigures.h"
#include "casefile/casefilebuilder.h"
#include "casefile/sectionpolicy.h"

#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace fc {

namespace {

const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);

QString money(double v)
{
    return QStringLiteral("£") + kUk.toString(v, 'f', 2);
}

QString dateTime(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10)
        return dt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QList<QStringList> listingRows(const QList<MaterialListing> &list)
{
    QList<QStringList> rows;
    for (const MaterialListing &l : list)
        rows << QStringList{QString::number(l.number), l.description, l.organisation, l.reference, l.grade, l.reason};
    return rows;
}

} // namespace

ReportDocument CaseDocument::caseFile(const CaseFile &file)
{
    ReportDocument r;
    r.title = file.info.title;
    r.subtitle = tr("Case file for the Crown Prosecution Service");
    r.marking = file.info.marking.isEmpty() ? QStringLiteral("OFFICIAL-SENSITIVE") : file.info.marking;
    QStringList names;
    for (const CaseSubject &s : file.subjects)
        names << s.name;
    r.titleLines << tr("Case %1 (%2 %3)").arg(file.info.id).arg(file.info.kind, file.info.subject)
                 << tr("Subject(s): %1").arg(names.join(QStringLiteral("; ")))
                 << tr("Prepared by %1 on %2").arg(file.preparedBy, file.preparedAt)
                 << tr("The sensitive material schedule (MG6D) is a separate document, not for disclosure.");

    ReportSection &summary = r.addSection(summaryTitle());
    summary.paragraph(file.summaryVersion == 0
                          ? tr("Generated from the schedule of incidents (not yet saved as a version).")
                          : tr("Version %1 (%2).").arg(file.summaryVersion)
                                .arg(file.summaryEdited ? tr("edited by the analyst") : tr("generated")));
    for (const QString &para : file.summary.split(QLatin1Char('\n')))
        if (!para.trimmed().isEmpty())
            summary.paragraph(para);
    for (const QString &c : file.caveats)
        summary.paragraph(c);

    ReportSection &schedule = r.addSection(scheduleTitle(), true);
    const bool network = file.info.kind == QLatin1String("network");
    QList<QStringList> rows;
    QList<QStringList> notes;
    for (const ScheduleRow &s : file.schedule) {
        QStringList row{QString::number(s.number), dateTime(s.occurredAt), s.store,
                        CaseFileBuilder::offenceText(s.offence), s.hasValue ? money(s.valueGbp) : tr("not stated"),
                        s.cctv.isEmpty() ? tr("none given") : s.cctv, s.organisation, s.sourceRecord};
        if (network)
            row << s.persons.join(QStringLiteral(", "));
        rows << row;
        for (const QString &n : s.legalNotes)
            notes << QStringList{QString::number(s.number), dateTime(s.occurredAt).left(10), n};
    }
    QStringList header{tr("No."), tr("Date and time"), tr("Store"), tr("Offence"), tr("Value"), tr("CCTV ref"),
                       tr("Reported by"), tr("Source record")};
    if (network)
        header << tr("Suspects");
    if (rows.isEmpty())
        schedule.paragraph(tr("No incident of this case is supported by an incident report."));
    else
        schedule.table(header, rows,
                       tr("%n incident(s); total value %1. %2", nullptr, int(rows.size()))
                           .arg(money(file.totalValueGbp), file.offenceCounts.join(QStringLiteral(", "))));
    schedule.subheading(tr("Notes on the law at each incident's date"));
    if (notes.isEmpty())
        schedule.paragraph(tr("No note applies to these incidents."));
    else
        schedule.table({tr("No."), tr("Date"), tr("Note (not legal advice)")}, notes);

    ReportSection &exhibits = r.addSection(exhibitsTitle(), true);
    if (file.exhibits.isEmpty()) {
        exhibits.paragraph(tr("No exhibit is attached to this case."));
    } else {
        QList<QStringList> ex;
        for (const Exhibit &e : file.exhibits)
            ex << QStringList{e.reference, e.description, QFileInfo(e.filePath).fileName(),
                              kUk.toString(e.fileSize), e.sha256, e.attachedBy, e.attachedAt};
        exhibits.table({tr("Exhibit"), tr("Description"), tr("File"), tr("Bytes"), tr("SHA-256 when attached"),
                        tr("Attached by"), tr("Attached at")},
                       ex, tr("Each file was hashed again for this export and matched the SHA-256 taken when it was attached."));
    }

    ReportSection &figures = r.addSection(figuresTitle(), true);
    if (!file.chart.isNull())
        figures.image(file.chart, tr("The subjects and the stores they are reported at, with the number of incidents "
                                     "(from the schedule only)."));
    if (!file.timeline.isNull())
        figures.image(file.timeline, tr("The incidents of the schedule by date and store."));
    if (file.chart.isNull() && file.timeline.isNull())
        figures.paragraph(file.schedule.isEmpty() ? tr("No incident to draw.")
                                                  : tr("The figures could not be drawn here (no graphical session)."));

    ReportSection &legal = r.addSection(legalTitle());
    for (const QString &line : file.legalDisclaimer)
        legal.paragraph(line);

    ReportSection &unused = r.addSection(unusedTitle(), true);
    unused.paragraph(tr("Records linked to the case's people or incidents that are not used in the summary or "
                        "the schedule, listed by description only. %1").arg(SectionPolicy::ruleText()));
    if (file.unused.isEmpty())
        unused.paragraph(tr("None."));
    else
        unused.table({tr("No."), tr("Description"), tr("Organisation"), tr("Record"), tr("Grade"), tr("Why not used")},
                     listingRows(file.unused));

    ReportSection &history = r.addSection(historyTitle());
    QList<QStringList> events;
    for (const CaseEvent &e : file.history)
        events << QStringList{e.at, e.userName, e.action, e.detail};
    if (events.isEmpty())
        history.paragraph(tr("No change recorded."));
    else
        history.table({tr("When"), tr("Who"), tr("What"), tr("Detail")}, events);
    return r;
}

ReportDocument CaseDocument::sensitiveSchedule(const CaseFile &file)
{
    ReportDocument r;
    r.title = tr("%1: sensitive material").arg(file.info.title);
    r.subtitle = tr("Schedule of sensitive unused material: NOT FOR DISCLOSURE");
    r.marking = (file.info.marking.isEmpty() ? QStringLiteral("OFFICIAL-SENSITIVE") : file.info.marking)
                + QStringLiteral(" - NOT FOR DISCLOSURE");
    r.titleLines << tr("Case %1").arg(file.info.id) << tr("Prepared by %1 on %2").arg(file.preparedBy, file.preparedAt);
    ReportSection &s = r.addSection(sensitiveTitle());
    s.paragraph(tr("Material with handling code C, handling conditions, or a legacy handling code that forbids "
                   "further dissemination, listed by description only. It appears in no other part of the case file."));
    if (file.sensitive.isEmpty())
        s.paragraph(tr("None."));
    else
        s.table({tr("No."), tr("Description"), tr("Organisation"), tr("Record"), tr("Grade"), tr("Why sensitive")},
                listingRows(file.sensitive));
    return r;
}

ReportDocument CaseDocument::partnerExport(const PartnerExport &x)
{
    ReportDocument r;
    r.title = x.title;
    r.subtitle = tr("For %1 (%2)").arg(x.recipient.organisation, x.recipient.kind);
    r.marking = x.marking;
    r.titleLines << tr("Prepared by %1 on %2").arg(x.preparedBy, x.preparedAt)
                 << tr("Contains only what the handling codes and conditions of the source records allow for this "
                       "recipient. Do not pass it on.");
    ReportSection &who = r.addSection(tr("Persons"));
    if (x.subjects.isEmpty())
        who.paragraph(tr("No description can be shared with this recipient."));
    for (const PartnerSubject &s : x.subjects) {
        who.subheading(s.name);
        if (!s.dateOfBirth.isEmpty())
            who.paragraph(tr("Date of birth: %1").arg(s.dateOfBirth));
        for (const QString &d : s.description)
            who.paragraph(d);
    }
    for (const Exhibit &e : x.images) {
        QImageReader reader(e.filePath);
        const QImage image = reader.read();
        if (!image.isNull())
            who.image(image, tr("Exhibit %1: %2").arg(e.reference, e.description), 80);
    }
    ReportSection &where = r.addSection(tr("Stores and dates"));
    QList<QStringList> rows;
    for (const PartnerIncident &i : x.incidents)
        rows << QStringList{dateTime(i.occurredAt), i.store, i.offence, i.value, i.organisation, i.persons.join(QStringLiteral(", "))};
    if (rows.isEmpty())
        where.paragraph(tr("No incident can be shared with this recipient."));
    else
        where.table({tr("Date and time"), tr("Store"), tr("Offence"), tr("Value"), tr("Reported by"), tr("Persons")}, rows);
    if (!x.vehicles.isEmpty()) {
        ReportSection &vehicles = r.addSection(tr("Vehicles"));
        vehicles.paragraph(x.vehicles.join(QStringLiteral(", ")));
    }
    return r;
}

} // namespace fc
