#include "model/retentionpolicy.h"

namespace fc {

int RetentionPolicy::reviewMonths(const Grading &grading, const QString &offence, const QString &organisationKind,
                                  std::optional<int> specMonths)
{
    if (specMonths && *specMonths > 0)
        return *specMonths;
    if (grading.intelligence == QLatin1Char('E'))
        return 12;
    if (offence == QLatin1String("robbery") || offence == QLatin1String("assault") || offence == QLatin1String("threats"))
        return 120;
    if (!grading.isGraded() && organisationKind != QLatin1String("police"))
        return 36;
    return 72;
}

} // namespace fc
