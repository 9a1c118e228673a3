#include "geo/georesources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fc {

namespace {
const char kLocalAuthorities[] = "uk_local_authorities.geojson";
}

QString GeoResources::geoDirectory()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("FUSIONCELL_GEO_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString binDir = QCoreApplication::applicationDirPath();
        candidates << QDir(binDir).filePath(QStringLiteral("../" FC_GEO_INSTALL_SUBDIR))
                   << QDir(binDir).filePath(QStringLiteral("geo")); // a build tree's bin/geo
    }
    candidates << QStringLiteral(FC_GEO_SOURCE_DIR);
    for (const QString &dir : candidates)
        if (QFileInfo::exists(QDir(dir).filePath(QLatin1String(kLocalAuthorities))))
            return QDir::cleanPath(dir);
    return {};
}

QString GeoResources::localAuthoritiesPath()
{
    const QString dir = geoDirectory();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QLatin1String(kLocalAuthorities));
}

QString GeoResources::boundaryCredit()
{
    return QStringLiteral("Contains OS and ONS data \u00a9 Crown copyright and database right; "
                          "boundaries by Martin Chorley (CC BY 4.0 / OGL v3)");
}

} // namespace fc
