#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace fc {

class Workspace;

/**
 * How a person is shown wherever namesakes must be told apart (search results, lists, the chart,
 * the profile): the name with date(s) of birth or age, the organisations whose records know the
 * person, and how many records that is. Values come from the person and everyone merged into them.
 */
struct PersonDisplay
{
    Q_DECLARE_TR_FUNCTIONS(PersonDisplay)

public:
    qint64 id = 0;
    QString name;
    QStringList datesOfBirth; // distinct, as recorded (more than one: the sources disagree)
    int age = -1;             // whole years on the as-of date from the only date of birth; -1 unknown
    QStringList organisations; // distinct, sorted
    int records = 0;          // distinct source records mentioning the person

    /** Looks the person up; an entity that is not a person gives a display with only its name. */
    static PersonDisplay of(Workspace &workspace, qint64 personId, const QDate &asOf = QDate::currentDate());
    /** Whole years from a date of birth to a date, -1 when the date of birth is not an ISO date. */
    static int ageOn(const QString &dateOfBirth, const QDate &asOf);

    /** "Jane SMITH, b. 1990-03-04 (36) · known to A, B · 3 records" */
    QString text() const;
    /** The part after the name: "b. 1990-03-04 (36) · known to A, B · 3 records" */
    QString detail() const;
    QJsonObject toJson() const;
};

} // namespace fc
