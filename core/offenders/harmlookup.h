#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace fc {

/**
 * The harm weight of an offence category (canonical offence, e.g. "shop_theft"), or nullopt when
 * none is set. Offender management takes one of these rather than a harm table of its own, so
 * that it works before a harm table exists: an incident whose offence has no weight counts 1.
 */
using HarmLookup = std::function<std::optional<double>(const QString &offence)>;

} // namespace fc
