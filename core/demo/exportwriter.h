#pragma once

#include "demo/demotypes.h"
#include "demo/exportfile.h"

#include <QJsonObject>
#include <QString>
#include <memory>

namespace fc {

class DemoRandom;
class GroundTruth;
class Population;
class RetailNetwork;
class SpellingNoise;

/** What every export writer reads from and reports to. */
struct WriterContext
{
    const Population *population = nullptr;
    const RetailNetwork *network = nullptr;
    SpellingNoise *noise = nullptr;
    GroundTruth *truth = nullptr;
    DemoRandom *rng = nullptr;
};

/**
 * One source system's export: its file layout and the import spec that reads it. Retailer
 * writers receive their incidents one at a time as the planner produces them; every mention of
 * a person or vehicle is reported to the ground truth with the row it was written to.
 */
class ExportWriter
{
public:
    explicit ExportWriter(const WriterContext &context);
    virtual ~ExportWriter();

    /** File name without folder or extension, shared by the export and its spec. */
    virtual QString baseName() const = 0;
    virtual QString extension() const = 0;
    /** The import spec for the export, in the importer's JSON format. */
    virtual QJsonObject spec() const = 0;

    QString exportPath() const
    {
        return QStringLiteral("exports/") + baseName() + QLatin1Char('.') + extension();
    }
    QString specPath() const { return QStringLiteral("specs/") + baseName() + QStringLiteral(".json"); }

    /** Creates the file under outDir and writes what comes before the first record. */
    bool open(const QString &outDir, QString *error);
    /** Writes the records of one incident (retailer writers). */
    virtual void writeIncident(const DemoIncident &incident);
    /** Writes what is written at the end (the police export writes everything here) and closes. */
    virtual bool finish(QString *error);

    /** "£1,234.50" */
    static QString ukMoney(qint64 pence);
    /** "1.234,50" */
    static QString europeanMoney(qint64 pence);
    /** "1234.50" */
    static QString plainMoney(qint64 pence);
    /** Formats a date with a small subset of Qt's date format letters (dd, d, MM, MMM, yyyy, HH,
     *  mm, ss), always in English, so that output does not depend on the locale. */
    static QString formatDate(const QDate &date, int minuteOfDay, int second, const QString &format);

protected:
    virtual std::unique_ptr<ExportFile> createFile() const = 0;
    virtual void writeHeader() = 0;
    /** The "source", "format" and "grading" blocks every spec starts with. */
    QJsonObject specHead(const QString &name, const QString &description, const QString &organisation,
                         const QString &kind, const QJsonObject &format) const;

    /** {"type", "subtype", "key", "fields"} of one entity role; empty key/subtype left out. */
    static QJsonObject entitySpec(const QString &type, const QJsonObject &fields,
                                  const QString &key = QString(), const QString &subtype = QString());
    static QJsonObject linkSpec(const QString &type, const QString &from, const QString &to,
                                const QString &dateColumn = QString());
    /** Literal 3x5x2 grading block. */
    static QJsonObject gradingSpec(const QString &source, const QString &intelligence,
                                   const QString &handling);
    /** The "values" map from a retailer's offence wording (indexed like IncidentPlanner::Offence)
     *  to the canonical offences; unused wordings (nullptr) are left out. */
    static QJsonObject offenceValues(const char *const *wording);

    WriterContext m_context;
    std::unique_ptr<ExportFile> m_file;
    int m_fileIndex = -1;
};

} // namespace fc
