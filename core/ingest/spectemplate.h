#pragma once

#include "ingest/tablereader.h"

#include <QJsonObject>
#include <QString>

namespace fc {

/**
 * Writes a starting import spec from a file's header: guesses the entity, field and link for each
 * column from its name ("Incident Ref", "Store Postcode", "Suspect 1 DOB", "Vehicle Reg"...), and
 * the date format from the values. The analyst then edits what it could not know (organisation,
 * grading, offence wording).
 */
class SpecTemplate
{
public:
    /** nullopt-like: returns an empty object and sets *error when the file cannot be read. */
    static QJsonObject fromFile(const QString &path, const ReaderOptions &options, QString *error);
    /** The guess itself, from a header and a few sample rows. */
    static QJsonObject fromHeader(const QString &name, const QStringList &header, const QList<QStringList> &samples,
                                  const ReaderOptions &detected);
    /** Guesses a Qt date format that parses every sample ("dd/MM/yyyy HH:mm", ...), or empty. */
    static QString guessDateFormat(const QStringList &samples);
};

} // namespace fc
