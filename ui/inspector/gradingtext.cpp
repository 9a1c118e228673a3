#include "inspector/gradingtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace fc {

QString GradingText::code(const Grading &grading)
{
    if (grading.isGraded())
        return grading.code();
    if (!grading.legacySource.isEmpty() || !grading.legacyIntelligence.isEmpty())
        return QCoreApplication::translate("fc::GradingText", "%1%2%3 (5x5x5)")
            .arg(grading.legacySource, grading.legacyIntelligence, grading.legacyHandling);
    return QCoreApplication::translate("fc::GradingText", "ungraded");
}

QString GradingText::meaning(const Grading &grading)
{
    QStringList lines;
    if (!grading.source.isNull())
        lines << QCoreApplication::translate("fc::GradingText", "Source %1: %2")
                     .arg(grading.source).arg(Grading::sourceMeaning(grading.source));
    if (!grading.intelligence.isNull())
        lines << QCoreApplication::translate("fc::GradingText", "Intelligence %1: %2")
                     .arg(grading.intelligence).arg(Grading::intelligenceMeaning(grading.intelligence));
    if (!grading.handling.isNull())
        lines << QCoreApplication::translate("fc::GradingText", "Handling %1: %2")
                     .arg(grading.handling).arg(Grading::handlingMeaning(grading.handling));
    if (!grading.conditions.isEmpty())
        lines << QCoreApplication::translate("fc::GradingText", "Conditions: %1").arg(grading.conditions);
    if (lines.isEmpty())
        lines << QCoreApplication::translate("fc::GradingText", "The source record carries no 3x5x2 grading.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace fc
