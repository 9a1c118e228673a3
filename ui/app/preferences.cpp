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

SettingValue<QString> Preferences::resolvePersonModel()
{
    return SettingValue<QString>("resolve/person/model", resolveModelName(ResolveSettings().model));
}

namespace {

// The rules' keys are those kept before there was a choice of model.
QByteArray thresholdKey(EntityType type, ResolveModel model, const char *which)
{
    const QByteArray prefix = model == ResolveModel::Probabilistic && type == EntityType::Person
                                  ? "resolve/" + resolveModelName(model).toLatin1() + '/'
                                  : QByteArray("resolve/");
    return prefix + EntityTypes::name(type).toLatin1() + '/' + which;
}

ResolveThresholds defaultThresholds(EntityType type, ResolveModel model)
{
    ResolveSettings defaults;
    defaults.model = model;
    return defaults.thresholdsFor(type);
}

} // namespace

SettingValue<double> Preferences::resolveMergeThreshold(EntityType type, ResolveModel model)
{
    return SettingValue<double>(thresholdKey(type, model, "mergeAt").constData(),
                                defaultThresholds(type, model).autoMerge);
}

SettingValue<double> Preferences::resolveReviewThreshold(EntityType type, ResolveModel model)
{
    return SettingValue<double>(thresholdKey(type, model, "reviewAt").constData(),
                                defaultThresholds(type, model).review);
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
