#pragma once

#include "analysis/harmtable.h"

namespace fc {

/**
 * The harm tables FusionCell ships: the Cambridge Crime Harm Index (the default) and the ONS Crime
 * Severity Score. Values are entered from published tables, each with its edition and source; an
 * offence for which no published value was available is left without a weight and says so.
 */
class HarmDefaults
{
public:
    static HarmTable cambridge();
    static HarmTable onsSeverity();
    static QList<HarmTable> all() { return {cambridge(), onsSeverity()}; }
};

} // namespace fc
