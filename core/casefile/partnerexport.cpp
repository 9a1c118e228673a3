#include "casefile/partnerexport.h"

#include <QJsonArray>

namespace fc {

namespace {

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject itemJson(const PartnerItem &i)
{
    QJsonObject o{{QStringLiteral("description"), i.description},
                  {QStringLiteral("organisation"), i.organisation},
                  {QStringLiteral("reference"), i.reference},
                  {QStringLiteral("grade"), i.grade}};
    if (i.sourceRecordId)
        o.insert(QStringLiteral("source_record_id"), i.sourceRecordId);
    if (!i.exhibitReference.isEmpty())
        o.insert(QStringLiteral("exhibit"), i.exhibitReference);
    if (!i.reason.isEmpty())
        o.insert(QStringLiteral("reason"), i.reason);
    return o;
}

} // namespace

QJsonObject PartnerExport::manifestJson() const
{
    QJsonArray w, r;
    for (const PartnerItem &i : withheld)
        w.append(itemJson(i));
    for (const PartnerItem &i : released)
        r.append(itemJson(i));
    return QJsonObject{{QStringLiteral("recipient"), recipient.organisation},
                       {QStringLiteral("kind"), recipient.kind},
                       {QStringLiteral("released"), r},
                       {QStringLiteral("withheld"), w}};
}

QJsonObject PartnerExport::toJson() const
{
    QJsonArray subjectsJson, incidentsJson, imagesJson;
    for (const PartnerSubject &s : subjects)
        subjectsJson.append(QJsonObject{{QStringLiteral("person_id"), s.personId},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("dob"), s.dateOfBirth},
                                        {QStringLiteral("description"), strings(s.description)}});
    for (const PartnerIncident &i : incidents)
        incidentsJson.append(QJsonObject{{QStringLiteral("occurred_at"), i.occurredAt},
                                         {QStringLiteral("store"), i.store},
                                         {QStringLiteral("offence"), i.offence},
                                         {QStringLiteral("value"), i.value},
                                         {QStringLiteral("organisation"), i.organisation},
                                         {QStringLiteral("persons"), strings(i.persons)}});
    for (const Exhibit &e : images)
        imagesJson.append(QJsonObject{{QStringLiteral("exhibit"), e.reference},
                                      {QStringLiteral("sha256"), e.sha256},
                                      {QStringLiteral("description"), e.description}});
    QJsonObject o{{QStringLiteral("title"), title},
                  {QStringLiteral("marking"), marking},
                  {QStringLiteral("prepared_by"), preparedBy},
                  {QStringLiteral("prepared_at"), preparedAt},
                  {QStringLiteral("subjects"), subjectsJson},
                  {QStringLiteral("incidents"), incidentsJson},
                  {QStringLiteral("vehicles"), strings(vehicles)},
                  {QStringLiteral("images"), imagesJson},
                  {QStringLiteral("manifest"), manifestJson()}};
    return o;
}

} // namespace fc
