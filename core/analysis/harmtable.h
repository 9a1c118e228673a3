#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace fc {

/** One offence of a harm table: the offence value as stored on incidents, the published category it
 *  was taken from, and its weight, or none where the table publishes no value for it. */
struct HarmWeight
{
    QString offence;  // e.g. "shop_theft" (spec `values` vocabulary) or "violence_sexual"
    QString category; // the published category, e.g. "Shoplifting"
    std::optional<double> weight;
    QString note;
};

/**
 * A harm table: offence -> weight, with what it is (title, edition, source, unit). An offence with no
 * weight, or not in the table at all, is unweighted: analyses list it ("unweighted offences: N
 * incidents of X") and never count it as 0 harm.
 */
class HarmTable
{
public:
    QString name;    // short id: "cchi", "ons-css"
    QString title;   // "Cambridge Crime Harm Index"
    QString edition; // "February 2026 update"
    QString source;  // citation
    QString notes;
    QString unit;    // "days of imprisonment", "severity points"
    QList<HarmWeight> weights;

    /** The weight of an offence (matched without regard to case), or nullopt when unweighted. */
    std::optional<double> weight(const QString &offence) const;
    /** The entry of an offence, or nullptr. */
    const HarmWeight *find(const QString &offence) const;
};

} // namespace fc
