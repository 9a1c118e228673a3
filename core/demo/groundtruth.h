#pragma once

#include "demo/incidentplanner.h"
#include "demo/spellingnoise.h"

#include <QDate>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace fc {

class Population;
class RetailNetwork;

/**
 * What the demo data really contains: who each person is, every row that mentions them (and
 * with which spelling noise), the vehicles, groups and stores. Mentions are collected compactly
 * while the exports stream out, and ground_truth.json is streamed too, so that a
 * million-incident set does not need a document tree in memory.
 */
class GroundTruth
{
public:
    /** Registers an export by its path relative to the output folder; returns its index. */
    int addFile(const QString &relativePath);
    void personMention(qint32 person, int file, qint64 row, const QString &role,
                       SpellingNoise::NoiseSet noise);
    void vehicleMention(qint32 vehicle, int file, qint64 row, const QString &role,
                        SpellingNoise::NoiseSet noise);
    /** Written to ground_truth.json as "noise_level" when not the standard noise. */
    void setNoiseLevel(DemoNoise level) { m_level = level; }
    /** The demo's first day, from which the groups' start days count. */
    void setFirstDay(const QDate &day) { m_firstDay = day; }

    /** Writes ground_truth.json; patterns describes the planted trends. */
    bool write(const QString &path, quint32 seed, int incidents, const QJsonObject &patterns,
               const Population &population, const RetailNetwork &network, QString *error) const;

    static QString personId(qint32 person);
    static QString vehicleId(qint32 vehicle);
    static QString groupId(qint32 group);

private:
    struct Mention
    {
        qint32 entity;
        qint32 row;
        quint8 file;
        quint8 role;
        quint16 noise; // SpellingNoise::NoiseSet
        friend bool operator<(const Mention &a, const Mention &b)
        {
            if (a.entity != b.entity)
                return a.entity < b.entity;
            if (a.file != b.file)
                return a.file < b.file;
            return a.row < b.row;
        }
    };

    quint8 roleIndex(const QString &role);
    QString mentionsJson(const std::vector<Mention> &sorted, size_t *cursor, qint32 entity) const;

    static_assert(SpellingNoise::NoiseCount <= 16, "Mention::noise holds a NoiseSet in 16 bits");

    DemoNoise m_level = DemoNoise::Standard;
    QDate m_firstDay = IncidentPlanner::firstDay();
    QStringList m_files;
    QStringList m_roles;
    std::vector<Mention> m_personMentions;
    std::vector<Mention> m_vehicleMentions;
};

} // namespace fc
