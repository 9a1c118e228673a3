#include "analysis/harmtable.h"

namespace fc {

const HarmWeight *HarmTable::find(const QString &offence) const
{
    for (const HarmWeight &w : weights)
        if (w.offence.compare(offence, Qt::CaseInsensitive) == 0)
            return &w;
    return nullptr;
}

std::optional<double> HarmTable::weight(const QString &offence) const
{
    const HarmWeight *w = find(offence);
    return w ? w->weight : std::nullopt;
}

} // namespace fc
