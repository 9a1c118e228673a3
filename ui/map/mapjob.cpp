#include "map/mapjob.h"

#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "map/mapboundarypaths.h"
#include "map/mapdataprovider.h"

#include <QCoreApplication>

namespace fc {

MapJobResult MapJob::run(std::shared_ptr<const BoundarySet> boundaries, std::shared_ptr<const MapBoundaryPaths> paths,
                         std::shared_ptr<const MapDataProvider> provider, const MapQuery &query,
                         const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    MapJobResult result;
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    if (!boundaries) {
        const QString path = GeoResources::localAuthoritiesPath();
        if (path.isEmpty()) {
            result.error = QCoreApplication::translate("fc::MapJob", "The bundled boundaries (uk_local_authorities.geojson) "
                                                                     "were not found; set FUSIONCELL_GEO_DIR.");
            return result;
        }
        QString error;
        auto loaded = BoundarySet::loadGeoJson(path, &error);
        if (!loaded) {
            result.error = error;
            return result;
        }
        boundaries = std::make_shared<const BoundarySet>(std::move(*loaded));
    }
    report(0.3);
    if (!paths)
        paths = std::make_shared<const MapBoundaryPaths>(MapBoundaryPaths::build(*boundaries));
    result.boundaries = boundaries;
    result.paths = paths;
    report(0.5);
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (provider) {
        QString error;
        result.data = provider->compute(
            query, *boundaries, [&](double f) { report(0.5 + 0.5 * f); }, cancel, &error);
        result.error = error;
    }
    result.cancelled = cancel && cancel->load();
    report(1.0);
    return result;
}

} // namespace fc
