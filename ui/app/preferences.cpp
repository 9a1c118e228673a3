#include "app/preferences.h"

#include "resolve/resolvetypes.h"

namespace fc {

const SettingValue<QByteArray> &Preferences::windowGeometry()
{
    static const SettingValue<QByteArray> v("mainWindow/geometry");
    return v;
}

const SettingValue<QByteArray> &Preferences::windowState()
{
    static const SettingValue<QByteArray> v("mainWindow/state");
    return v;
}

const SettingValue<QStringList> &Preferences::recentWorkspaces()
{
    static const SettingValue<QStringList> v("workspaces/recent");
    return v;
}

const SettingValue<QString> &Preferences::lastImportDirectory()
{
    static const SettingValue<QString> v("import/lastDirectory");
    return v;
}

const SettingValue<QString> &Preferences::lastExportDirectory()
{
    static const SettingValue<QString> v("export/lastDirectory");
    return v;
}

SettingValue<double> Preferences::resolveMergeThreshold(EntityType type)
{
    const QByteArray key = "resolve/" + EntityTypes::name(type).toLatin1() + "/mergeAt";
    return SettingValue<double>(key.constData(), ResolveSettings().thresholdsFor(type).autoMerge);
}

SettingValue<double> Preferences::resolveReviewThreshold(EntityType type)
{
    const QByteArray key = "resolve/" + EntityTypes::name(type).toLatin1() + "/reviewAt";
    return SettingValue<double>(key.constData(), ResolveSettings().thresholdsFor(type).review);
}

const SettingValue<QString> &Preferences::timelineBucket()
{
    static const SettingValue<QString> v("timeline/bucket", QStringLiteral("month"));
    return v;
}

const SettingValue<QString> &Preferences::lastPurposeReference()
{
    static const SettingValue<QString> v("access/lastPurposeReference");
    return v;
}

const SettingValue<QString> &Preferences::lastPurposeReason()
{
    static const SettingValue<QString> v("access/lastPurposeReason");
    return v;
}

} // namespace fc
