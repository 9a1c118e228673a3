#pragma once

#include "model/grading.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/** A case as the workspace keeps it: one offender or a network, and the incidents selected for it. */
struct CaseInfo
{
    qint64 id = 0;
    QString title;
    QString kind;     // "person" or "network"
    QString subject;  // the person id or network number it was built from
    QString marking;  // handling marking printed on every page
    QString createdBy;
    QString createdAt;
    QList<qint64> persons;
    QList<qint64> incidents;
};

/** One version of a case summary: the generated text (version 1) or an analyst's edit. */
struct SummaryVersion
{
    int version = 0;
    QString text;
    bool generated = false;
    QString writtenBy;
    QString writtenAt;
};

/** A file attached to a case as an exhibit, with the SHA-256 it had when attached. */
struct Exhibit
{
    qint64 id = 0;
    QString reference;   // exhibit reference, e.g. "JS/1"
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    QString description;
    QString handling = QStringLiteral("P"); // 'C': sensitive, listed on the sensitive schedule only
    QString attachedBy;
    QString attachedAt;
};

/** One change in a case's history. */
struct CaseEvent
{
    qint64 id = 0;
    QString at;
    QString userName;
    QString action;
    QString detail;
};

/** Where one piece of material came from: a source record, its import and its grading. */
struct MaterialSource
{
    qint64 sourceRecordId = 0;
    qint64 importId = 0;
    QString organisation;
    QString organisationKind; // retailer, police, partner, other (as the import spec says)
    QString fileName;
    qint64 rowNumber = 0;
    QString recordKey;
    Grading grading;

    /** "northgate.csv row 3 (N1)" */
    QString reference() const;
};

/** What one source record says about one entity of the case (a mention). */
struct MaterialMention
{
    qint64 entityId = 0; // the live entity (merges followed)
    int type = 0;        // EntityType as int
    QString role;        // the spec's role ("incident", "suspect1", "nominal"...)
    QList<QPair<QString, QString>> facts;

    QString fact(const QString &name) const;
};

/** A link a source record states, both ends followed to the live entity. */
struct MaterialLink
{
    QString type;
    qint64 from = 0;
    qint64 to = 0;
};

/** One source record linked to a case: its provenance and everything it states. */
struct CaseMaterial
{
    MaterialSource source;
    QList<MaterialMention> mentions;
    QList<MaterialLink> links;

    /** The incident entities the record states with a date (an incident report), in order. */
    QList<qint64> reportedIncidents() const;
    /** Whether the record mentions this entity. */
    bool hasMention(qint64 entityId) const;
    const MaterialMention *mentionOf(qint64 entityId) const;
    /** A general description of the record that names no one: "incident report", "record mentioning
     *  1 person, 2 vehicles". */
    QString describe() const;
};

/** Who an export goes to. kind: retailer, police or partner. */
struct Recipient
{
    QString organisation;
    QString kind;
};

} // namespace fc
