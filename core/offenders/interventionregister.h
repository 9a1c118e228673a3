#pragma once

#include "offenders/harmlookup.h"
#include "offenders/incidentfact.h"
#include "offenders/motivation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <optional>
#include <span>

namespace fc {

class Workspace;

/** An intervention recorded against a person: what, when, whose, how it went, when to review it. */
struct InterventionRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    QString type;        // e.g. "warning letter"; free text, suggestions come from the table
    QDate startedOn;
    QString owner;
    QString outcome;
    QDate reviewDate;    // invalid: none set
    QString recordedBy;
    QString recordedAt;
};

/** Offending in equal windows either side of an intervention. */
struct InterventionEffect
{
    InterventionRecord intervention;
    std::optional<Motivation> motivation; // the person's standing motivation
    int windowDays = 0;
    QDate beforeFrom, beforeTo, afterFrom, afterTo; // inclusive
    int beforeCount = 0;
    int afterCount = 0;
    double beforeHarm = 0;
    double afterHarm = 0;
    bool afterComplete = true; // false: the after window runs past the as-of date
};

/** Effects added up for one intervention type and motivation. */
struct InterventionSummary
{
    QString type;
    QString motivation; // name, or empty when none is recorded
    int interventions = 0;
    int incompleteWindows = 0; // left out of the sums
    int beforeCount = 0;
    int afterCount = 0;
    double beforeHarm = 0;
    double afterHarm = 0;
};

/**
 * Interventions that fit each motivation (a table the analyst edits, stored in the workspace and
 * only ever suggested, never applied), the interventions recorded against people, and offending
 * before and after each one in windows of the same length. The day of the intervention itself is
 * in neither window. Changes are alterations in the audit trail; remove() exists for undo.
 */
class InterventionRegister
{
    Q_DECLARE_TR_FUNCTIONS(InterventionRegister)

public:
    explicit InterventionRegister(Workspace &workspace);

    QStringList suggestions(Motivation motivation);
    QMap<Motivation, QStringList> suggestionTable();
    /** Replaces the suggestions for a motivation (in the order given). */
    bool setSuggestions(Motivation motivation, const QStringList &interventions, QString *error);
    /** The defaults the workspace starts with (from the strategy). */
    static QStringList defaultSuggestions(Motivation motivation);

    /** Records an intervention; returns its id, or 0 and *error. */
    qint64 record(const InterventionRecord &intervention, QString *error);
    bool remove(qint64 interventionId, QString *error);
    /** A person's interventions (all people's with 0), by start date. */
    QList<InterventionRecord> interventions(qint64 personId = 0);

    /** Offending in the windowDays before and after the intervention, on the as-of date. */
    static InterventionEffect effect(const InterventionRecord &intervention, std::span<const IncidentFact> incidents,
                                     int windowDays, const QDate &asOf, const HarmLookup &harm = {});
    /** Effects added up by intervention type and motivation; incomplete windows are left out. */
    static QList<InterventionSummary> summarise(const QList<InterventionEffect> &effects);
    /** What before/after figures cannot show, to print next to them. */
    static QString caveats();

private:
    Workspace &m_workspace;
};

} // namespace fc
