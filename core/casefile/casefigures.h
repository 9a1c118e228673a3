#pragma once

#include "casefile/casefile.h"

#include <QCoreApplication>
#include <QImage>

namespace fc {

/**
 * The case's figures, drawn from the schedule only (so from evidential records only): the link
 * chart (the subjects joined to the stores they are reported at, each line labelled with the
 * number of incidents) and the timeline (each incident at its date, one lane per store). Both
 * need a QGuiApplication for fonts; without one they are null images and the document says so.
 */
class CaseFigures
{
    Q_DECLARE_TR_FUNCTIONS(CaseFigures)

public:
    static QImage chart(const CaseFile &file);
    static QImage timeline(const CaseFile &file);
    static bool available();
};

} // namespace fc
