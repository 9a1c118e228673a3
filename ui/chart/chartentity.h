#pragma once

#include "model/records.h"

#include <QPointF>

namespace fc {

/** One entity on a link chart: its workspace record and how the chart shows it. */
struct ChartEntity
{
    EntityRecord record;
    QPointF position;
    bool pinned = false;
    bool hidden = false;
    int group = 0; // 0: in no group

    friend bool operator==(const ChartEntity &a, const ChartEntity &b)
    {
        return a.record.id == b.record.id && a.position == b.position && a.pinned == b.pinned &&
               a.hidden == b.hidden && a.group == b.group;
    }
};

} // namespace fc
