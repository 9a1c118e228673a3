#pragma once

// A small hand-built workspace for the offender tests, written through the importer as a real
// export would be: two retailers' files (Northgate Foods graded 2B P, Castle Stores 3C P).
//
//   Northgate Foods                              suspects                    vehicle
//   N1 2025-06-02 (Mon) 10:15 shop_theft £20.00  S1 Leeds    Amy, Ben          AB12CDE
//   N2 2025-06-04 (Wed) 14:30 shop_theft £35.50  S2 York     Amy, Ben
//   N3 2025-06-07 (Sat) 14:45 robbery   £100.00  S1 Leeds    Amy               AB12CDE
//   N4 2025-06-10 (Tue) 09:00 shop_theft  £5.00  S3 Wakefield (no lat/lon) Amy, John SMITH b. 1980
//   N5 2025-06-11 (Wed) 20:00 shop_theft £12.00  S2 York     Ben
//   Castle Stores
//   C1 2025-06-12 (Thu) 11:00 shop_theft  £8.00  K1 York     "Amy KHAN" (no DOB), John SMITH b. 1995
//
// Amy KHAN b. 1990-02-01 and Ben COLE b. 1985-04-03; the Castle "Amy KHAN" has no date of birth,
// so the importer keeps her apart until a test merges her into Amy.

#include "ingest/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace offenders_test {

inline const QByteArray kSpecTemplate = R"({
  "name": "Offender test export",
  "source": {"organisation": "ORG", "kind": "retailer"},
  "format": {"delimiter": "auto", "encoding": "auto", "header_row": 1, "date_format": "dd/MM/yyyy HH:mm", "money_format": "uk"},
  "grading": {"source": "SRC", "intelligence": "INT", "handling": "P"},
  "entities": {
    "incident": {"type": "incident", "key": "Incident Ref",
                 "fields": {"occurred_at": "Date/Time", "offence": "Offence", "value_gbp": "Loss Value"}},
    "store":    {"type": "location", "subtype": "store", "key": "Store No",
                 "fields": {"name": "Store Name", "postcode": "Store Postcode", "town": "Town", "lat": "Lat", "lon": "Lon"}},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}},
    "suspect2": {"type": "person", "fields": {"full_name": "Suspect 2", "dob": "Suspect 2 DOB"}},
    "vehicle":  {"type": "vehicle", "fields": {"vrm": "Vehicle Reg"}} },
  "links": [ {"type": "occurred_at", "from": "incident", "to": "store"},
             {"type": "suspect_in", "from": "suspect1", "to": "incident"},
             {"type": "suspect_in", "from": "suspect2", "to": "incident"},
             {"type": "used_vehicle", "from": "incident", "to": "vehicle"} ],
  "values": {"Offence": {"Theft from shop": "shop_theft", "Robbery": "robbery"}} })";

inline const QByteArray kHeader = "Incident Ref,Date/Time,Offence,Loss Value,Store No,Store Name,Store Postcode,Town,Lat,Lon,"
                                  "Suspect 1,Suspect 1 DOB,Suspect 2,Suspect 2 DOB,Vehicle Reg\r\n";

inline const QByteArray kNorthgate =
    kHeader
    + "N1,02/06/2025 10:15,Theft from shop,20.00,S1,Leeds Briggate,LS1 6HD,Leeds,53.7997,-1.5430,Amy KHAN,01/02/1990,Ben COLE,03/04/1985,AB12CDE\r\n"
      "N2,04/06/2025 14:30,Theft from shop,35.50,S2,York Parliament Street,YO1 8SG,York,53.9590,-1.0815,Amy KHAN,01/02/1990,Ben COLE,03/04/1985,\r\n"
      "N3,07/06/2025 14:45,Robbery,100.00,S1,Leeds Briggate,LS1 6HD,Leeds,53.7997,-1.5430,Amy KHAN,01/02/1990,,,AB12CDE\r\n"
      "N4,10/06/2025 09:00,Theft from shop,5.00,S3,Wakefield Kirkgate,WF1 1QX,Wakefield,,,Amy KHAN,01/02/1990,John SMITH,01/01/1980,\r\n"
      "N5,11/06/2025 20:00,Theft from shop,12.00,S2,York Parliament Street,YO1 8SG,York,53.9590,-1.0815,Ben COLE,03/04/1985,,,\r\n";

inline const QByteArray kCastle =
    kHeader
    + "C1,12/06/2025 11:00,Theft from shop,8.00,K1,Castle York,YO1 9AA,York,53.9600,-1.0800,Amy KHAN,,John SMITH,05/05/1995,\r\n";

inline fc::ImportSpec spec(const char *organisation, const char *source, const char *intelligence)
{
    QByteArray json = kSpecTemplate;
    json.replace("\"ORG\"", QByteArray("\"") + organisation + "\"");
    json.replace("\"SRC\"", QByteArray("\"") + source + "\"");
    json.replace("\"INT\"", QByteArray("\"") + intelligence + "\"");
    QString error;
    auto s = fc::ImportSpec::fromJson(json, &error);
    if (!s)
        qFatal("test spec invalid: %s", qPrintable(error));
    return *s;
}

/** Opens a workspace in dir and imports both files; nullptr (and a test failure message) on error. */
inline std::unique_ptr<fc::Workspace> build(const QTemporaryDir &dir)
{
    QString error;
    auto ws = fc::Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    if (!ws) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    ws->setUserName(QStringLiteral("analyst1"));
    const struct { const char *file; const QByteArray *bytes; const char *org; const char *src; const char *intel; } files[] = {
        {"northgate.csv", &kNorthgate, "Northgate Foods", "2", "B"},
        {"castle.csv", &kCastle, "Castle Stores", "3", "C"},
    };
    for (const auto &f : files) {
        const QString path = dir.filePath(QString::fromLatin1(f.file));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return nullptr;
        out.write(*f.bytes);
        out.close();
        const fc::ImportReport r = fc::Importer(*ws, spec(f.org, f.src, f.intel)).importFile(path);
        if (!r.ok()) {
            qWarning("import failed: %s", qPrintable(r.message));
            return nullptr;
        }
    }
    return ws;
}

/** The id of the live person with this name and date of birth ("" for none). */
inline qint64 personId(fc::Workspace &ws, const QString &name, const QString &dob)
{
    for (const fc::EntityRecord &e : ws.entities(fc::EntityType::Person)) {
        QString found;
        for (const fc::AttributeValue &a : ws.attributes(e.id))
            if (a.name == QLatin1String("dob"))
                found = a.value;
        if (e.label == name && found == dob)
            return e.id;
    }
    return 0;
}

} // namespace offenders_test
