#pragma once

#include "model/grading.h"

#include <QString>

namespace fc {

/** How a grading is shown: its short code, and what each part means (for tooltips). */
class GradingText
{
public:
    /** "2B P", or "ungraded" (or the legacy 5x5x5 code, marked as such). */
    static QString code(const Grading &grading);
    /** One line per part: "Source 2: untested source" ... Plain text. */
    static QString meaning(const Grading &grading);
};

} // namespace fc
