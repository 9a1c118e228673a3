#pragma once

#include "model/grading.h"

#include <QDate>
#include <QString>
#include <optional>

namespace fc {

/**
 * When a source record must be reviewed for retention, after the College of Policing's
 * Management of Police Information (MoPI) review groups: violent and public-protection matters
 * (robbery, assault, threats) are reviewed after 10 years (group 2), other crime after 6 years
 * (group 3); intelligence assessed as suspected false (E) after 1 year, and ungraded partner
 * intelligence after 3 years. An import spec may set its own period ("retention":
 * {"review_after_months": N}), which wins.
 */
class RetentionPolicy
{
public:
    /** Review period in months for a record with this grading and offence. */
    static int reviewMonths(const Grading &grading, const QString &offence, const QString &organisationKind,
                            std::optional<int> specMonths = std::nullopt);
    /** The review date: the record's own date (incident date, else import date) plus the period. */
    static QDate reviewDate(const QDate &recordDate, int months) { return recordDate.addMonths(months); }
};

} // namespace fc
