#pragma once

#include "model/entitytype.h"
#include "model/grading.h"
#include "model/records.h"

#include <QString>

namespace fc {

/** One import as recorded in the workspace (collection of a file under a spec). */
struct ImportInfo
{
    qint64 id = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    QString specName;
    QString organisation;
    QString organisationKind;
    QString userName;
    QString startedAt;
    QString finishedAt;
    QString encoding;
    QString delimiter;
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 recordsUpdated = 0;
    qint64 valuesUnparsed = 0; // values kept unread on imported rows ("on_bad_value": "keep_row")
};

/** A value kept as written on an imported row because it could not be read ("keep_row"). */
struct UnparsedInfo
{
    qint64 rowNumber = 0;
    qint64 entityId = 0;
    QString role;   // the spec's entity role
    QString field;  // the attribute it would have been
    QString column; // the column(s) it was read from
    QString raw;
    QString reason;
};

/** A link type a spec declared, as the workspace keeps it. */
struct LinkTypeInfo
{
    QString name;
    QString displayName;
    QString fromType; // entity type names ("person")
    QString toType;
};

/** A rejected row, kept verbatim with why it was rejected. */
struct RejectInfo
{
    qint64 rowNumber = 0;
    qint64 lineNumber = 0;
    QString column;
    QString reason;
    QString raw;
};

/** Where a fact came from: organisation, file, row and the grading of that record. */
struct Provenance
{
    qint64 sourceRecordId = 0;
    qint64 importId = 0;
    QString organisation;
    QString fileName;
    QString sha256;
    qint64 rowNumber = 0;
    QString sheet; // the workbook sheet the row is in; empty for other files
    Grading grading;
    QString role; // the spec entity role the record mentions the entity as, where known
};

/** One attribute value of an entity with the record it came from. */
struct AttributeValue
{
    QString name;
    QString value;
    Provenance provenance;
};

/** A full-text search result. */
struct SearchHit
{
    qint64 entityId = 0;
    EntityType type = EntityType::Person;
    QString label;
    QString snippet; // plain text around the match
};

/** A saved link chart. */
struct ChartInfo
{
    qint64 id = 0;
    QString name;
    QString updatedAt;
};

} // namespace fc
