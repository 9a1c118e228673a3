#pragma once

#include "model/grading.h"
#include "model/records.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace fc {

/**
 * Which part of a workspace an analysis looks at. Empty lists and null dates mean "no
 * restriction". A link passes when its type, source organisation, grading and date pass; its date
 * is its own occurredAt or, when it has none, that of the incident it touches. Incidents dated
 * outside the range are dropped with their links. Entities are never dropped for having no links.
 */
class GraphFilter
{
public:
    QDate from;                        // inclusive; null: open
    QDate to;                          // inclusive; null: open
    bool keepUndated = true;           // links with no date at all pass a date range
    QList<EntityType> entityTypes;     // entity types kept
    QStringList linkTypes;             // link types kept (LinkTypes names)
    QStringList organisations;         // source organisations kept
    std::optional<Grading> minimumGrading; // links graded weaker than this (or ungraded) dropped

    bool isEmpty() const;
    /** Removes what the filter excludes from both lists, and links whose ends are gone. */
    void apply(QList<EntityRecord> &entities, QList<LinkRecord> &links) const;

private:
    bool inRange(const QString &isoDateTime, bool *dated) const;
};

} // namespace fc
