#pragma once

#include <QString>

namespace fc {

/**
 * Where the data files bundled with FusionCell are found: the UK local authority boundaries
 * (resources/geo/). Looked for in $FUSIONCELL_GEO_DIR, then next to an installed executable
 * (<prefix>/share/fusioncell/geo), then in the source tree the program was built from.
 */
class GeoResources
{
public:
    /** Path of uk_local_authorities.geojson, or an empty string if it is nowhere to be found. */
    static QString localAuthoritiesPath();
    /** The directory holding the bundled geography, or empty. */
    static QString geoDirectory();
    /** The credit the boundaries must carry wherever they are shown or exported. */
    static QString boundaryCredit();
};

} // namespace fc
