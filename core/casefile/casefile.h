#pragma once

#include "casefile/casetypes.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/** One row of the schedule of incidents: what one evidential record says about one incident. */
struct ScheduleRow
{
    int number = 0;
    qint64 incidentId = 0;
    QString reference;     // the reporting organisation's incident reference
    QString occurredAt;    // ISO 8601 as reported
    QString store;
    QString offence;       // canonical offence
    double valueGbp = 0;
    bool hasValue = false;
    QString cctv;          // CCTV reference when the record gives one
    QString organisation;  // reporting organisation
    QString sourceRecord;  // file, row and key of the record(s) it is taken from
    QStringList persons;   // the case's people in it, as the record names them
    QList<qint64> personIds; // the same people's entity ids
    QStringList legalNotes;
};

/** One subject of the case as the evidential records name them. */
struct CaseSubject
{
    qint64 personId = 0;
    QString name;
    QString dateOfBirth;
    int incidents = 0;
};

/** A record listed (never quoted) on the unused or sensitive schedule. */
struct MaterialListing
{
    int number = 0;
    qint64 sourceRecordId = 0; // 0 for an exhibit
    QString description;
    QString organisation;
    QString reference;
    QString grade;
    QString reason;
};

/**
 * Everything a case file says, decided section by section by SectionPolicy: the subjects, the
 * MG5-style summary, the schedule of incidents with legal notes, the exhibit list, the link chart
 * and timeline (drawn from the schedule), unused material (MG6C) and sensitive material (MG6D).
 * Built by CaseFileBuilder, written by CaseDocument.
 */
struct CaseFile
{
    CaseInfo info;
    QString preparedBy;
    QString preparedAt;
    QList<CaseSubject> subjects;
    QString summary;
    int summaryVersion = 0;     // 0: generated now, not yet saved
    bool summaryEdited = false; // an analyst's edit, not the generated text
    QList<ScheduleRow> schedule;
    double totalValueGbp = 0;
    QStringList offenceCounts;  // "4 shop theft", ...
    QList<Exhibit> exhibits;    // disclosable exhibits (MG12)
    QList<MaterialListing> unused;    // MG6C
    QList<MaterialListing> sensitive; // MG6D
    QStringList legalDisclaimer;
    QStringList caveats;        // e.g. selected incidents with no evidential report
    QList<CaseEvent> history;
    QImage chart;
    QImage timeline;
};

} // namespace fc
