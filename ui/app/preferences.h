#pragma once

#include "app/settingvalue.h"
#include "model/entitytype.h"

#include <QByteArray>
#include <QStringList>

namespace fc {

/** Every setting the workstation keeps, as typed keys in one place. */
class Preferences
{
public:
    static const SettingValue<QByteArray> &windowGeometry();
    static const SettingValue<QByteArray> &windowState();
    static const SettingValue<QStringList> &recentWorkspaces();
    static const SettingValue<QString> &lastImportDirectory();
    static const SettingValue<QString> &lastExportDirectory();
    /** Resolution scores per entity type: merge automatically at / queue for review at. */
    static SettingValue<double> resolveMergeThreshold(EntityType type);
    static SettingValue<double> resolveReviewThreshold(EntityType type);
    /** Timeline bucket: "week" or "month". */
    static const SettingValue<QString> &timelineBucket();
    /** The last purpose of access stated (never a passphrase): pre-fills the next session's. */
    static const SettingValue<QString> &lastPurposeReference();
    static const SettingValue<QString> &lastPurposeReason();

    static constexpr int maxRecentWorkspaces = 8;
};

} // namespace fc
