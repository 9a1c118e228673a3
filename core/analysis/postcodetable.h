#pragma once

#include <QString>

namespace fc {

class Database;

/** What a postcode table load did. */
struct PostcodeLoadResult
{
    qint64 loaded = 0;
    qint64 skippedNoLocation = 0; // rows with no grid reference (e.g. terminated postcodes in the ONSPD)
    QString format;               // which columns were used
};

/**
 * The postcode table of a workspace (schema 6, `postcodes`): postcodes or postcode districts with
 * their grid reference, loaded by the analyst from the ONS Postcode Directory (pcds, oseast1m,
 * osnrth1m, lat, long), Code-Point Open (no header: postcode, quality, easting, northing) or any CSV
 * with a postcode column and easting/northing or latitude/longitude columns. One transaction: a bad
 * row (naming file, row and column) leaves the table as it was.
 */
class PostcodeTable
{
public:
    static bool load(Database &db, const QString &path, bool codePointOpen, PostcodeLoadResult *result,
                     QString *error);
    /** Upper case, one space before the inward code of a full postcode ("sw1a1aa" -> "SW1A 1AA"); a district as is. */
    static QString normalise(const QString &postcode);
};

} // namespace fc
