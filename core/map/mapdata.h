#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace fc {

/** One place on the map: a store or location with a position, its harm and its incidents. */
struct MapPlace
{
    qint64 entityId = 0;
    QString label;
    QPointF bng;        // British National Grid metres
    double harm = 0;    // in MapData::harmMeasure units
    int count = 0;      // incidents in the date range
    double valueGbp = 0;
    int areaIndex = -1; // index into the boundary set, -1 outside every area
    QList<qint64> incidentIds;
    QList<qint64> offenderIds;
};

/** Harm and incident count of one area (by its code in the boundary set). */
struct MapAreaValue
{
    QString code;
    double harm = 0;
    int count = 0;
};

/** One cell of a hot-spot grid: its square in BNG metres and value; significance +1 hot, -1 cold, 0 none. */
struct MapHotSpotCell
{
    QRectF cell;
    double value = 0;
    double z = 0;
    int significance = 0;
};

/** A hot-spot layer with the method, cell size and bandwidth that must be stated beside it. */
struct MapHotSpots
{
    QString method; // e.g. "Kernel density (quartic kernel)" or "Getis-Ord Gi* (FDR 5%)"
    double cellSize = 0;
    double bandwidth = 0;
    QString valueName; // what a cell's value is, e.g. "harm per km²"
    QList<MapHotSpotCell> cells;
};

/** The question the map asks: a date range (null dates: open). */
struct MapQuery
{
    QDate from;
    QDate to;
    double hotSpotCellSize = 250;
    double hotSpotBandwidth = 500;
};

/** Everything the map pane draws, computed in core off the UI thread. */
struct MapData
{
    QList<MapPlace> places;
    QList<MapAreaValue> areas;
    MapHotSpots hotSpots;
    QString harmMeasure; // what harm counts, e.g. "incidents" or "Cambridge Crime Harm Index (days)"
    int unlocatedPlaces = 0; // places with no usable position (never in any total above)
    QDate from;
    QDate to;
};

} // namespace fc
