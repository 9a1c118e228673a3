#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fc {

/** One level of a comparison (e.g. "dates of birth with day and month swapped") with its
 *  Fellegi–Sunter probabilities: m = P(level | same entity), u = P(level | different entities). */
struct ComparisonLevel
{
    QString key;   // stable identifier used in saved models ("exact", "swapped", ...)
    QString label; // what the level means, for the analyst
    double m = 0.5;
    double u = 0.5;
};

/**
 * A field comparison of the match model (in the Fellegi–Sunter tradition, as in Splink): an
 * ordered list of levels, the first that holds is the pair's level; a pair for which the field is
 * missing on either side has no level (null) and the comparison adds no weight. The match weight
 * of a level is log2(m / u).
 */
class Comparison
{
public:
    Comparison() = default;
    Comparison(QString key, QString label, QList<ComparisonLevel> levels);

    const QString &key() const { return m_key; }
    const QString &label() const { return m_label; }
    int levelCount() const { return int(m_levels.size()); }
    const ComparisonLevel &level(int i) const { return m_levels.at(i); }
    ComparisonLevel &level(int i) { return m_levels[i]; }
    /** log2(m/u) of level i; 0 for a null level (i < 0). */
    double weight(int i) const;

    QJsonObject toJson() const;
    /** Reads m and u of the levels with the keys of this comparison; false if a level is absent. */
    bool readJson(const QJsonObject &object);

private:
    QString m_key;
    QString m_label;
    QList<ComparisonLevel> m_levels;
};

} // namespace fc
