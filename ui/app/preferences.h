#pragma once

#include "app/settingvalue.h"
#include "model/entitytype.h"

#include <QByteArray>
#include <QStringList>

namespace fc {

enum class ResolveModel;

/** Every setting the workstation keeps, as typed keys in one place. */
class Preferences
{
public:
    static const SettingValue<QByteArray> &windowGeometry();
    static const SettingValue<QByteArray> &windowState();
    static const SettingValue<QStringList> &recentWorkspaces();
    static const SettingValue<QString> &lastImportDirectory();
    static const SettingValue<QString> &lastExportDirectory();
    /** How resolution matches persons: a model's name (resolveModelName), core's default if unset. */
    static SettingValue<QString> resolvePersonModel();
    /**
     * Resolution scores per entity type: merge automatically at / queue for review at. Persons keep
     * one pair per model (the model's scores are match probabilities, the rules' hand-set scores);
     * vehicles are scored by the rules whatever the model.
     */
    static SettingValue<double> resolveMergeThreshold(EntityType type, ResolveModel model);
    static SettingValue<double> resolveReviewThreshold(EntityType type, ResolveModel model);
    /** Timeline bucket: "week" or "month". */
    static const SettingValue<QString> &timelineBucket();
    /** The last purpose of access stated (never a passphrase): pre-fills the next session's. */
    static const SettingValue<QString> &lastPurposeReference();
    static const SettingValue<QString> &lastPurposeReason();

    static constexpr int maxRecentWorkspaces = 8;
};

} // namespace fc
