#include "analysis/postcodetable.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cmath>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostcodeTable", text);
}

// A line of a postcode CSV: fields split on commas, surrounding quotes removed (these files quote
// every field but hold no commas inside one).
QStringList split(const QString &line)
{
    QStringList fields = line.split(QLatin1Char(','));
    for (QString &f : fields) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
            f = f.mid(1, f.size() - 2).trimmed();
    }
    return fields;
}

int column(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const int i = int(header.indexOf(QString::fromLatin1(n)));
        if (i >= 0)
            return i;
    }
    return -1;
}

} // namespace

QString PostcodeTable::normalise(const QString &postcode)
{
    QString s = postcode.toUpper();
    s.remove(QLatin1Char(' '));
    if (s.size() >= 5 && s.at(s.size() - 3).isDigit() && s.at(s.size() - 2).isLetter() && s.at(s.size() - 1).isLetter())
        s.insert(s.size() - 3, QLatin1Char(' '));
    return s;
}

bool PostcodeTable::load(Database &db, const QString &path, bool codePointOpen, PostcodeLoadResult *result,
                         QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    int pc = 0, east = 2, north = 3, lat = -1, lon = -1;
    qint64 row = 0;
    if (!codePointOpen) {
        QStringList header = split(in.readLine());
        row = 1;
        for (QString &h : header)
            h = h.toLower();
        pc = column(header, {"pcds", "postcode", "pcd", "pcd7", "pcd8", "outcode", "district"});
        east = column(header, {"oseast1m", "easting", "eastings", "east"});
        north = column(header, {"osnrth1m", "northing", "northings", "north"});
        lat = column(header, {"lat", "latitude"});
        lon = column(header, {"long", "lon", "longitude", "lng"});
        if (pc < 0 || ((east < 0 || north < 0) && (lat < 0 || lon < 0))) {
            *error = tr("%1: the header has no postcode column (pcds, postcode...) with easting/northing or "
                        "latitude/longitude columns; for Code-Point Open (no header) use --codepoint")
                         .arg(QFileInfo(path).fileName());
            return false;
        }
    }
    PostcodeLoadResult r;
    r.format = codePointOpen ? QStringLiteral("Code-Point Open (postcode, quality, easting, northing)")
                             : QStringLiteral("header columns");
    Transaction tx(db);
    db.exec(QStringLiteral("DELETE FROM postcodes"));
    Statement ins = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO postcodes(postcode, easting, northing, latitude, longitude, source) VALUES (?,?,?,?,?,?)"));
    const QString source = QFileInfo(path).fileName();
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++row;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = split(line);
        const QString code = normalise(f.value(pc));
        if (code.isEmpty()) {
            *error = tr("%1 row %2: the postcode column is empty").arg(source).arg(row);
            return false;
        }
        auto number = [&](int c, std::optional<double> *out) {
            if (c < 0)
                return true;
            const QString text = f.value(c);
            if (text.isEmpty())
                return true;
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                *error = tr("%1 row %2 column %3: \"%4\" is not a number").arg(source).arg(row).arg(c + 1).arg(text);
                return false;
            }
            *out = v;
            return true;
        };
        std::optional<double> e, n, la, lo;
        if (!number(east, &e) || !number(north, &n) || !number(lat, &la) || !number(lon, &lo))
            return false;
        // The ONSPD marks a postcode with no grid reference with latitude 99.999999.
        if (la && *la > 90)
            la.reset(), lo.reset();
        const bool grid = e && n && !(*e == 0 && *n == 0);
        if (!grid && !(la && lo)) {
            ++r.skippedNoLocation;
            continue;
        }
        ins.reset();
        ins.bind(1, code).bind(6, source);
        grid ? ins.bind(2, *e).bind(3, *n) : ins.bindNull(2).bindNull(3);
        la && lo ? ins.bind(4, *la).bind(5, *lo) : ins.bindNull(4).bindNull(5);
        if (!ins.exec()) {
            *error = ins.errorString();
            return false;
        }
        ++r.loaded;
    }
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    if (result)
        *result = r;
    return true;
}

} // namespace fc
