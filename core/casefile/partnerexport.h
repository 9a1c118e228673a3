#pragma once

#include "casefile/casetypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/** A person as the released records describe them. */
struct PartnerSubject
{
    qint64 personId = 0;
    QString name;
    QString dateOfBirth;
    QStringList description; // other facts released records give ("height: 180 cm"...)
};

/** An incident as a released record reports it. */
struct PartnerIncident
{
    QString occurredAt;
    QString store;
    QString offence;
    QString value;        // "£12.00" or empty
    QString organisation;
    QStringList persons;
};

/** One record or exhibit considered for the export, released or withheld, with why. */
struct PartnerItem
{
    qint64 sourceRecordId = 0; // 0: an exhibit
    QString exhibitReference;
    QString description;
    QString organisation;
    QString reference;
    QString grade;
    QString reason; // withheld: why; released: empty
};

/**
 * What goes back to a retailer, force or partner about a case's people (a wanted or
 * identification-sought alert: image, description, stores, dates), built only from what
 * SectionPolicy releases to that recipient, with the manifest of everything withheld and why.
 * Every record considered is either released or withheld, never both or neither.
 */
struct PartnerExport
{
    Recipient recipient;
    QString title;
    QString marking;
    QString preparedBy;
    QString preparedAt;
    QList<PartnerSubject> subjects;
    QList<PartnerIncident> incidents; // date order
    QStringList vehicles;             // VRMs released records link to the subjects or incidents
    QList<Exhibit> images;            // image exhibits released
    QList<PartnerItem> released;
    QList<PartnerItem> withheld;

    QJsonObject toJson() const;
    QJsonObject manifestJson() const;
};

} // namespace fc
