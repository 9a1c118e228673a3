#pragma once

#include "ingest/tablereader.h"
#include "model/grading.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fc {

struct EntityMapping;

/**
 * A field's value that could not be read and was kept as written, because the spec says
 * "on_bad_value": "keep_row": not an attribute of the entity (a dob that is no date is no dob),
 * but stored with the mention so that it can be seen and corrected.
 */
struct UnparsedValue
{
    QString field;  // the spec's attribute name, e.g. "dob"
    QString column; // the column(s) it was read from
    QString text;   // the raw text (joined, for several columns)
    QString reason; // why it was not read, as a reject would say
};

/** An entity as one row describes it, validated and normalised, before anything is written. */
struct RowEntity
{
    const EntityMapping *mapping = nullptr;
    bool present = false;                      // false: every mapped column is empty, not created
    QString keyValue;                          // joined key columns
    QList<QPair<QString, QString>> attributes; // normalised field values, in spec order
    QString label;
    QString occurredAt;
    double valueGbp = 0;
    bool hasValue = false;
    QString offence;
    QString area;
    QStringList resolutionKeys; // deterministic keys, strongest first
    QList<UnparsedValue> unparsed; // values kept unread ("on_bad_value": "keep_row")
    // As the writer binds them, encoded by the validator (on the reading thread, not the writer's):
    QList<QByteArray> keys; // resolutionKeys in UTF-8
    QByteArray facts;       // the attributes as the mention states them (FactsJson)
    QByteArray searchBody;  // each searchable value once: a new entity's search entry
    qint64 id = 0;          // resolved entity id (set by the writer)
};

/**
 * One source row checked against an import spec (RowValidator), ready to be written
 * (ImportWriter): either accepted, with its entities, links, grading, record key and review
 * date, or rejected, with the column and the reason. Nothing in it has touched the workspace.
 */
struct ValidatedRow
{
    SourceRow row;
    bool accepted = false;
    QString rejectColumn;
    QString rejectReason;
    QList<RowEntity> entities; // one per spec entity, in spec order
    QStringList linkDates;     // one per spec link: the link's own date, if it has a date column
    QList<double> linkWeights; // one per spec link
    Grading grading;
    QString recordKey;  // organisation + record key columns; empty when the spec has none
    QString reviewDate; // ISO date (MoPI-style retention review)
    QByteArray rawUtf8; // row.raw as stored, in UTF-8
};

} // namespace fc
