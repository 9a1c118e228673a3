#pragma once

#include "ingest/dateformat.h"
#include "ingest/importspec.h"
#include "ingest/validatedrow.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/**
 * Checks the rows of one file against an import spec and normalises them: dates, money, VRMs,
 * postcodes and names read, keys for deterministic resolution built, grading and retention review
 * date worked out, or the row rejected with the column and what was expected; then what the
 * writer will bind encoded as UTF-8, so that the writing thread, which the import waits on, only
 * binds. Touches no workspace, so that it can run on its own thread while the writer writes. The
 * spec's columns are looked up once, not per value. One thread at a time.
 */
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    /** header: the file's column names (the spec must fit it); now: the import's wall-clock time. */
    RowValidator(const ImportSpec &spec, const QStringList &header,
                 const QDateTime &now = QDateTime::currentDateTime());

    /** Validates row (moved into *out) and fills *out. */
    void validate(SourceRow &&row, ValidatedRow *out);

private:
    /** What an entity field means to the importer beyond being an attribute. */
    enum class Role : quint8 {
        Other,
        FullName,
        Forenames,
        Surname,
        Dob,
        Vrm,
        Postcode,
        Name,
        Town,
        OccurredAt,
        ValueGbp,
        Offence,
        Number
    };
    struct Field
    {
        const FieldMapping *mapping = nullptr;
        QList<int> columns; // one, or several joined with a space
        Role role = Role::Other;
        DateFormat dateFormat; // the field's own, else the spec's
    };
    struct Entity
    {
        const EntityMapping *mapping = nullptr;
        QList<int> keyColumns;
        QList<Field> fields;
        QList<int> columns; // every column the entity is read from (the memo's key)
        QString subtypeUpper;
    };
    /**
     * The entities read from each distinct set of values, per spec entity: a store, or a prolific
     * offender, is on thousands of rows of an export with the same columns, and normalising and
     * encoding it again each time is most of what checking those rows costs. An entity whose
     * values rarely repeat (an incident) stops being remembered after a first sample of rows.
     */
    struct Memo
    {
        QHash<QStringList, RowEntity> entities;
        qint64 lookups = 0;
        qint64 hits = 0;
        bool enabled = true;
    };
    struct Link
    {
        QList<int> dateColumns;
        int weightColumn = -1;
        DateFormat dateFormat; // the link's own, else the spec's
    };
    /** The longest value one column of the file may hold: the smallest limit of the spec's uses of it. */
    struct ColumnLimit
    {
        int column = 0;
        int maxLength = 0;
    };

    int columnOf(const QString &name) const;
    /** The trimmed value of a column in the current row, mapped through the spec's values. */
    const QString &value(int column) const;
    /** The text of several columns: their non-empty values joined with one space (*joined holds it). */
    const QString &joinedValue(const QList<int> &columns, QString *joined) const;
    bool readEntity(const Entity &e, RowEntity *out, ValidatedRow *row) const;
    /** readEntity, or what it gave for the same values in an earlier row (see Memo). */
    bool readEntityOnce(int index, RowEntity *out, ValidatedRow *row);
    /** What the writer binds for an entity, in UTF-8: its keys, facts and first search entry. */
    static void encode(RowEntity *e);
    /** Why a date is implausible, or an empty string when it is not. */
    QString dateProblem(const QString &column, const QString &text, QDate date, const QDateTime *dateTime,
                        bool pastOnly) const;
    bool reject(ValidatedRow *row, const QString &column, const QString &reason) const;

    const ImportSpec &m_spec;
    QStringList m_header;
    QDate m_today;
    QDateTime m_latestPast; // wall clock (Qt::UTC spec), see kEarliestDate
    QDate m_latestAhead;
    QString m_maxMoney;
    QList<ColumnLimit> m_columnLimits; // in header order
    QString m_organisationUpper;
    QList<Entity> m_entities;
    QList<Memo> m_memos; // per entity
    QList<Link> m_links;
    QList<int> m_recordKeyColumns;
    int m_gradeColumns[7];
    QList<int> m_usedColumns;
    QList<const QHash<QString, QString> *> m_valueMaps; // per column, or nullptr
    QList<QString> m_values;                            // per column, for the current row
    QString m_empty;
};

} // namespace fc
