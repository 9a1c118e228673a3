#include "demo/demogenerator.h"
#include "demo/placecatalogue.h"
#include "model/entitytype.h"
#include "model/linktype.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace fc;

namespace {

// A plain RFC 4180 reader written for this test (quotes, doubled quotes, CR/LF inside quotes,
// CRLF or LF record ends), so that the generator's own writer is not used to check itself.
QList<QStringList> parseRecords(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields << field;
        records << fields;
    }
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// Decodes a file in the encoding its spec declares; *ok is false on invalid input.
QString decode(const QByteArray &bytes, const QString &encoding, bool *ok)
{
    *ok = true;
    if (encoding == QLatin1String("windows-1252")) {
        // The generator only writes Latin-1 characters, where Windows-1252 and Latin-1 agree,
        // except that 0x80-0x9F would be Windows-1252 punctuation: refuse them.
        for (char b : bytes)
            if (uchar(b) >= 0x80 && uchar(b) < 0xA0)
                *ok = false;
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(encoding == QLatin1String("utf-16") ? QStringDecoder::Utf16LE
                                                               : QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless);
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    else if (body.startsWith("\xFF\xFE"))
        body.remove(0, 2);
    const QString text = decoder(body);
    *ok = !decoder.hasError();
    return text;
}

/** One export of a generated set, read back with this test's own reader. */
struct ReadExport
{
    QString file; // relative, as in the manifest
    QJsonObject spec;
    QStringList header;
    QList<QStringList> records; // every record; records[r - 1] is spreadsheet row r
    QString text;
};

QChar delimiterOf(const QJsonObject &spec)
{
    const QString d =
        spec.value(QLatin1String("format")).toObject().value(QLatin1String("delimiter")).toString();
    return d.isEmpty() ? QChar() : d.at(0);
}

ReadExport readExport(const QString &dir, const QString &file, const QString &specFile)
{
    ReadExport out;
    out.file = file;
    out.spec = readJson(QDir(dir).filePath(specFile));
    const QJsonObject format = out.spec.value(QLatin1String("format")).toObject();
    bool ok = false;
    out.text =
        decode(readAll(QDir(dir).filePath(file)), format.value(QLatin1String("encoding")).toString(), &ok);
    if (format.value(QLatin1String("format")).toString() == QLatin1String("jsonl")) {
        QSet<QString> keys;
        const QStringList lines = out.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QStringList values;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!keys.contains(it.key())) {
                    keys.insert(it.key());
                    out.header << it.key();
                }
                values << it.value().toString();
            }
            out.records << values;
        }
        return out;
    }
    out.records = parseRecords(out.text, delimiterOf(out.spec));
    const int headerRow = format.value(QLatin1String("header_row")).toInt(1);
    if (out.records.size() >= headerRow)
        out.header = out.records.at(headerRow - 1);
    return out;
}

int column(const ReadExport &e, const char *name)
{
    return int(e.header.indexOf(QString::fromUtf8(name)));
}

// Every column name a spec reads, as the import spec format defines them.
QStringList specColumns(const QJsonObject &spec)
{
    QStringList out;
    auto take = [&out](const QJsonValue &v) {
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
        else if (v.isArray())
            for (const QJsonValue &x : v.toArray())
                out << x.toString();
        else if (v.isObject() && v.toObject().contains(QLatin1String("column")))
            out << v.toObject().value(QLatin1String("column")).toString();
    };
    take(spec.value(QLatin1String("record_key")));
    const QJsonObject entities = spec.value(QLatin1String("entities")).toObject();
    for (const QJsonValue &e : entities) {
        take(e.toObject().value(QLatin1String("key")));
        for (const QJsonValue &f : e.toObject().value(QLatin1String("fields")).toObject())
            take(f);
    }
    for (const QJsonValue &l : spec.value(QLatin1String("links")).toArray())
        take(l.toObject().value(QLatin1String("date")));
    const QJsonObject grading = spec.value(QLatin1String("grading")).toObject();
    for (const QJsonValue &g : grading)
        if (g.isObject() && !g.toObject().contains(QLatin1String("column")))
            for (const QJsonValue &lg : g.toObject())
                take(lg);
        else if (g.isObject())
            take(g);
    for (const QString &k : spec.value(QLatin1String("values")).toObject().keys())
        out << k;
    return out;
}

} // namespace

/** Checks the demo data set against what its description promises, with its own readers. */
class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void determinism_data();
    void determinism();
    void differentSeedDiffers();
    void manifestAndSpecs();
    void encodings_data();
    void encodings();
    void delimitersAndRows();
    void formatsOfValues();
    void mentionsPointAtRows();
    void noiseShare();
    void groups();
    void seasonalityTrendAndHotspot();
    void brightwayRepeatsIncidentPerOffender();
    void placeCatalogueMatchesReferenceData();
    void cancelRemovesFiles();
    void rejectsBadOptions();

private:
    bool generate(const QString &dir, quint32 seed, int incidents = 4000);
    const ReadExport &exportNamed(const QString &part) const;

    QTemporaryDir m_a, m_b, m_c;
    DemoOutput m_output;
    QJsonObject m_truth;
    QList<ReadExport> m_exports;
};

bool TestDemoGenerator::generate(const QString &dir, quint32 seed, int incidents)
{
    DemoOptions options;
    options.outDir = dir;
    options.seed = seed;
    options.incidents = incidents;
    DemoGenerator generator(options);
    DemoOutput output;
    QString error;
    const bool ok = generator.generate(&output, &error);
    if (!ok)
        qWarning("generation failed: %s", qPrintable(error));
    if (dir == m_a.path())
        m_output = output;
    return ok;
}

const ReadExport &TestDemoGenerator::exportNamed(const QString &part) const
{
    for (const ReadExport &e : m_exports)
        if (e.file.contains(part))
            return e;
    qFatal("no export named like %s", qPrintable(part));
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_a.isValid() && m_b.isValid() && m_c.isValid());
    QVERIFY(generate(m_a.path(), 1, 4000));
    QVERIFY(generate(m_b.path(), 1));
    QVERIFY(generate(m_c.path(), 2));
    m_truth = readJson(QDir(m_a.path()).filePath(QStringLiteral("ground_truth.json")));
    QVERIFY(!m_truth.isEmpty());
    const QJsonObject manifest = readJson(QDir(m_a.path()).filePath(QStringLiteral("manifest.json")));
    for (const QJsonValue &v : manifest.value(QLatin1String("imports")).toArray())
        m_exports << readExport(m_a.path(), v.toObject().value(QLatin1String("file")).toString(),
                                v.toObject().value(QLatin1String("spec")).toString());
    QCOMPARE(m_exports.size(), 4);
}

void TestDemoGenerator::determinism_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("manifest") << QStringLiteral("manifest.json");
    QTest::newRow("ground truth") << QStringLiteral("ground_truth.json");
    const QDir dir(m_a.path());
    for (const QString &sub : {QStringLiteral("exports"), QStringLiteral("specs")})
        for (const QString &f : QDir(dir.filePath(sub)).entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + f)) << sub + QLatin1Char('/') + f;
}

void TestDemoGenerator::determinism()
{
    QFETCH(QString, file);
    const QByteArray a = readAll(QDir(m_a.path()).filePath(file));
    const QByteArray b = readAll(QDir(m_b.path()).filePath(file));
    QVERIFY(!a.isEmpty());
    QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

void TestDemoGenerator::differentSeedDiffers()
{
    for (const ReadExport &e : m_exports) {
        const QByteArray a = readAll(QDir(m_a.path()).filePath(e.file));
        const QByteArray c = readAll(QDir(m_c.path()).filePath(e.file));
        QVERIFY2(QCryptographicHash::hash(a, QCryptographicHash::Sha256) !=
                     QCryptographicHash::hash(c, QCryptographicHash::Sha256),
                 qPrintable(e.file));
    }
}

void TestDemoGenerator::manifestAndSpecs()
{
    QCOMPARE(m_output.imports.size(), 4);
    QVERIFY(QFile::exists(m_output.groundTruthPath));
    QStringList organisations;
    for (int i = 0; i < m_exports.size(); ++i) {
        const ReadExport &e = m_exports.at(i);
        QVERIFY(e.file.startsWith(QLatin1String("exports/")));
        QCOMPARE(QFileInfo(m_output.imports.at(i).first).canonicalFilePath(),
                 QFileInfo(QDir(m_a.path()).filePath(e.file)).canonicalFilePath());
        QVERIFY2(!e.spec.isEmpty(), qPrintable(e.file));
        // Every column the spec reads is in the header.
        for (const QString &c : specColumns(e.spec))
            QVERIFY2(e.header.contains(c), qPrintable(e.file + QStringLiteral(": ") + c));
        const QJsonObject source = e.spec.value(QLatin1String("source")).toObject();
        organisations << source.value(QLatin1String("organisation")).toString();
        QVERIFY(QStringList({QStringLiteral("retailer"), QStringLiteral("police")})
                    .contains(source.value(QLatin1String("kind")).toString()));
        // Entity types and link types come from the model's vocabulary; links join declared roles.
        const QJsonObject entities = e.spec.value(QLatin1String("entities")).toObject();
        for (const QJsonValue &en : entities)
            QVERIFY(EntityTypes::fromName(en.toObject().value(QLatin1String("type")).toString()).has_value());
        for (const QJsonValue &l : e.spec.value(QLatin1String("links")).toArray()) {
            const QJsonObject link = l.toObject();
            QVERIFY(LinkTypes::isKnown(link.value(QLatin1String("type")).toString()));
            QVERIFY(entities.contains(link.value(QLatin1String("from")).toString()));
            QVERIFY(entities.contains(link.value(QLatin1String("to")).toString()));
        }
        // Offence wordings map onto the canonical values, and every wording used is mapped.
        static const QStringList canonical = {"shop_theft",      "robbery", "burglary",
                                              "criminal_damage", "assault", "public_order",
                                              "threats",         "fraud",   "other"};
        const QJsonObject values = e.spec.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QJsonObject map = it.value().toObject();
            const int col = int(e.header.indexOf(it.key()));
            QVERIFY(col >= 0);
            const bool offence = map.begin().value().toString() != QLatin1String("yes") &&
                                 map.begin().value().toString() != QLatin1String("no");
            for (const QJsonValue &v : map)
                if (offence)
                    QVERIFY2(canonical.contains(v.toString()), qPrintable(v.toString()));
            const int headerRow =
                e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt(1);
            for (qsizetype r = headerRow; r < e.records.size(); ++r)
                QVERIFY2(map.contains(e.records.at(r).value(col)),
                         qPrintable(QStringLiteral("%1 row %2").arg(e.file).arg(r + 1)));
        }
    }
    QVERIFY(organisations.contains(QStringLiteral("Northgate Foods")));
    QCOMPARE(QSet<QString>(organisations.begin(), organisations.end()).size(), 4);
}

void TestDemoGenerator::encodings_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("Northgate: UTF-8 with BOM") << "northgate" << QByteArray("\xEF\xBB\xBF") << "utf-8";
    QTest::newRow("Brightway: Windows-1252") << "brightway" << QByteArray() << "windows-1252";
    QTest::newRow("Castle: UTF-16LE with BOM") << "castle" << QByteArray("\xFF\xFE") << "utf-16";
    QTest::newRow("police: UTF-8") << "nominals" << QByteArray() << "utf-8";
}

void TestDemoGenerator::encodings()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, bom);
    QFETCH(QString, encoding);
    const ReadExport &e = exportNamed(part);
    QCOMPARE(e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("encoding")).toString(),
             encoding);
    const QByteArray bytes = readAll(QDir(m_a.path()).filePath(e.file));
    if (bom.isEmpty())
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF") && !bytes.startsWith("\xFF\xFE"));
    else
        QVERIFY(bytes.startsWith(bom));
    bool ok = false;
    const QString text = decode(bytes, encoding, &ok);
    QVERIFY(ok);
    if (part == QLatin1String("castle")) {
        QCOMPARE(bytes.size() % 2, 0);
        QVERIFY(text.startsWith(QLatin1String("Castle Home & DIY")));
    }
    if (part == QLatin1String("brightway")) {
        // £ is the single byte A3 (not UTF-8's C2 A3) and accented names are single bytes.
        QVERIFY(bytes.contains("Loss (\xA3)"));
        QVERIFY(!bytes.contains("\xC2\xA3"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString asUtf8 = utf8(bytes);
        QVERIFY(utf8.hasError());
        QVERIFY(bytes.contains("\xE1") || bytes.contains("\xEB") || bytes.contains("\xE9")); // á ë é
    }
    if (part == QLatin1String("northgate"))
        QVERIFY(bytes.contains("\xC2\xA3")); // £ in UTF-8
}

void TestDemoGenerator::delimitersAndRows()
{
    const ReadExport &north = exportNamed(QStringLiteral("northgate"));
    const ReadExport &bright = exportNamed(QStringLiteral("brightway"));
    const ReadExport &castle = exportNamed(QStringLiteral("castle"));
    QCOMPARE(delimiterOf(north.spec), QLatin1Char(','));
    QCOMPARE(delimiterOf(bright.spec), QLatin1Char(';'));
    QCOMPARE(delimiterOf(castle.spec), QLatin1Char('\t'));
    for (const ReadExport *e : {&north, &bright, &castle}) {
        QVERIFY2(e->header.size() >= 12, qPrintable(e->file));
        const int headerRow =
            e->spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt();
        for (qsizetype r = headerRow; r < e->records.size(); ++r)
            QVERIFY2(e->records.at(r).size() == e->header.size(),
                     qPrintable(QStringLiteral("%1 row %2").arg(e->file).arg(r + 1)));
    }
    // Castle: a title line is row 1, the header row 2.
    QCOMPARE(castle.spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt(),
             2);
    QCOMPARE(castle.records.first().size(), 1);
    QCOMPARE(castle.records.at(1).first(), QStringLiteral("Case ID"));
    // Northgate narratives hold commas, quotes and, now and then, a quoted line break.
    const int details = column(north, "Details");
    int withBreak = 0, withQuote = 0, withComma = 0;
    for (const QStringList &r : north.records) {
        withBreak += r.value(details).contains(QLatin1Char('\n'));
        withQuote += r.value(details).contains(QLatin1Char('"'));
        withComma += r.value(details).contains(QLatin1Char(','));
    }
    QVERIFY(withBreak > 0 && withQuote > 0 && withComma > 0);
    QVERIFY(north.text.count(QLatin1Char('\n')) > north.records.size());
}

void TestDemoGenerator::formatsOfValues()
{
    struct Check
    {
        const char *part, *dateColumn, *moneyColumn, *moneyPattern;
    };
    const Check checks[] = {
        {"northgate", "Date/Time", "Loss Value", "^£\\d{1,3}(,\\d{3})*\\.\\d\\d$"},
        {"brightway", "Reported", "Loss (£)", "^\\d{1,3}(\\.\\d{3})*,\\d\\d$"},
        {"castle", "Incident Date", "Loss Amount", "^\\d+\\.\\d\\d$"},
    };
    for (const Check &c : checks) {
        const ReadExport &e = exportNamed(QLatin1String(c.part));
        const QString format =
            e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("date_format")).toString();
        const int date = column(e, c.dateColumn), money = column(e, c.moneyColumn);
        QVERIFY(date >= 0 && money >= 0);
        const QRegularExpression moneyRe(QString::fromUtf8(c.moneyPattern));
        const int first =
            e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt();
        int bigMoney = 0;
        for (qsizetype r = first; r < e.records.size(); ++r) {
            const QString where = QStringLiteral("%1 row %2").arg(e.file).arg(r + 1);
            const QDateTime when = QDateTime::fromString(e.records.at(r).at(date), format);
            QVERIFY2(when.isValid(), qPrintable(where));
            QVERIFY2(when.date() >= QDate(2024, 11, 1) && when.date() <= QDate(2026, 10, 31),
                     qPrintable(where));
            QVERIFY2(moneyRe.match(e.records.at(r).at(money)).hasMatch(), qPrintable(where));
            // £1,000.00 and more: six digits or more once separators are dropped.
            bigMoney += e.records.at(r).at(money).count(QRegularExpression(QStringLiteral("\\d"))) >= 6;
        }
        QVERIFY(bigMoney > 0); // thousands separators were exercised
    }
    // Castle VRMs are lower case with a space; Brightway's have none.
    const ReadExport &castle = exportNamed(QStringLiteral("castle"));
    const int vrm = column(castle, "VRM");
    int plates = 0, styled = 0;
    for (qsizetype r = 2; r < castle.records.size(); ++r) {
        const QString v = castle.records.at(r).at(vrm);
        if (v.isEmpty())
            continue;
        ++plates;
        styled += QRegularExpression(QStringLiteral("^[a-z]{2}\\d\\d [a-z]{3}$")).match(v).hasMatch();
    }
    QVERIFY(plates > 20);
    QVERIFY(styled >= plates * 0.8);
}

void TestDemoGenerator::mentionsPointAtRows()
{
    QHash<QString, const ReadExport *> byFile;
    for (const ReadExport &e : m_exports)
        byFile.insert(e.file, &e);
    int mentions = 0, withSurname = 0;
    QSet<QString> files;
    for (const QJsonValue &pv : m_truth.value(QLatin1String("persons")).toArray()) {
        const QJsonObject person = pv.toObject();
        const QString surname = person.value(QLatin1String("surname")).toString();
        for (const QJsonValue &mv : person.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            const ReadExport *e = byFile.value(m.value(QLatin1String("file")).toString());
            QVERIFY(e);
            files.insert(e->file);
            const int row = m.value(QLatin1String("row")).toInt();
            const int headerRow =
                e->spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt(1);
            const bool json = e->file.endsWith(QLatin1String(".jsonl"));
            QVERIFY2(row >= (json ? 1 : headerRow + 1) && row <= e->records.size(),
                     qPrintable(QStringLiteral("%1 row %2").arg(e->file).arg(row)));
            QVERIFY(e->spec.value(QLatin1String("entities"))
                        .toObject()
                        .contains(m.value(QLatin1String("role")).toString()));
            ++mentions;
            withSurname +=
                e->records.at(row - 1).join(QLatin1Char(' ')).contains(surname, Qt::CaseInsensitive);
        }
    }
    QCOMPARE(files.size(), 4);
    QVERIFY(mentions > 3000);
    QVERIFY2(withSurname >= 0.85 * mentions,
             qPrintable(QStringLiteral("%1 of %2").arg(withSurname).arg(mentions)));
    QVERIFY(withSurname < mentions); // typos exist

    int vehicleMentions = 0, withVrm = 0;
    auto plain = [](QString s) { return s.remove(QLatin1Char(' ')).toUpper(); };
    for (const QJsonValue &vv : m_truth.value(QLatin1String("vehicles")).toArray()) {
        const QString vrm = plain(vv.toObject().value(QLatin1String("vrm")).toString());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}\\d\\d[A-Z]{3}$")).match(vrm).hasMatch());
        for (const QJsonValue &mv : vv.toObject().value(QLatin1String("mentions")).toArray()) {
            const ReadExport *e = byFile.value(mv.toObject().value(QLatin1String("file")).toString());
            QVERIFY(e);
            const int row = mv.toObject().value(QLatin1String("row")).toInt();
            QVERIFY(row >= 1 && row <= e->records.size());
            ++vehicleMentions;
            withVrm += plain(e->records.at(row - 1).join(QLatin1Char('|'))).contains(vrm);
        }
    }
    QVERIFY(vehicleMentions > 100);
    QVERIFY(withVrm >= 0.85 * vehicleMentions);
}

void TestDemoGenerator::noiseShare()
{
    int mentions = 0, noisy = 0, hard = 0;
    static const QStringList hardKinds = {"typo", "initials", "no_dob", "dob_swap"};
    for (const QJsonValue &pv : m_truth.value(QLatin1String("persons")).toArray())
        for (const QJsonValue &mv : pv.toObject().value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            if (m.value(QLatin1String("file")).toString().endsWith(QLatin1String(".jsonl")))
                continue; // police records are clean
            ++mentions;
            const QString noise = m.value(QLatin1String("noise")).toString();
            noisy += !noise.isEmpty();
            hard += hardKinds.contains(noise);
        }
    QVERIFY2(noisy > 0.10 * mentions && noisy < 0.18 * mentions, qPrintable(QString::number(noisy)));
    QVERIFY2(hard > 0.03 * mentions && hard < 0.07 * mentions, qPrintable(QString::number(hard)));
}

void TestDemoGenerator::groups()
{
    const QJsonArray groups = m_truth.value(QLatin1String("groups")).toArray();
    QVERIFY(groups.size() >= 10 && groups.size() <= 20);
    QHash<QString, QJsonObject> persons;
    for (const QJsonValue &pv : m_truth.value(QLatin1String("persons")).toArray())
        persons.insert(pv.toObject().value(QLatin1String("id")).toString(), pv.toObject());
    QHash<QString, int> kinds;
    for (const QJsonObject &p : persons)
        ++kinds[p.value(QLatin1String("kind")).toString()];
    QVERIFY(kinds.value(QStringLiteral("opportunistic")) > kinds.value(QStringLiteral("prolific")));
    QVERIFY(kinds.value(QStringLiteral("prolific")) > 0);
    QVERIFY(persons.size() >= 1500); // a few thousand at the default size
    // Opportunists offend once or twice; prolific offenders many times.
    int prolificIncidents = 0;
    for (const QJsonObject &p : persons) {
        const QString kind = p.value(QLatin1String("kind")).toString();
        const int incidents = p.value(QLatin1String("incidents")).toInt();
        if (kind == QLatin1String("opportunistic"))
            QVERIFY(incidents >= 1 && incidents <= 2);
        if (kind == QLatin1String("prolific"))
            prolificIncidents += incidents;
    }
    QVERIFY(prolificIncidents > 5 * kinds.value(QStringLiteral("prolific")));
    for (const QJsonValue &gv : groups) {
        const QJsonObject g = gv.toObject();
        const QJsonArray members = g.value(QLatin1String("members")).toArray();
        QVERIFY(members.size() >= 3 && members.size() <= 10);
        QVERIFY(g.value(QLatin1String("vehicles")).toArray().size() >= 1);
        QVERIFY(g.value(QLatin1String("vehicles")).toArray().size() <= 3);
        QVERIFY(g.value(QLatin1String("towns")).toArray().size() >= 2);
        QVERIFY(g.value(QLatin1String("towns")).toArray().size() <= 5);
        for (const QJsonValue &m : members) {
            const QJsonObject p = persons.value(m.toString());
            QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("organised"));
            QCOMPARE(p.value(QLatin1String("group")).toString(), g.value(QLatin1String("id")).toString());
        }
    }
}

void TestDemoGenerator::seasonalityTrendAndHotspot()
{
    struct Source
    {
        const char *part, *key, *date, *town;
    };
    const Source sources[] = {{"northgate", "Incident Ref", "Date/Time", "Town"},
                              {"brightway", "Incident Number", "Reported", "Town"},
                              {"castle", "Case ID", "Incident Date", "Town/City"}};
    const QString hotspot =
        m_truth.value(QLatin1String("patterns")).toObject().value(QLatin1String("hotspot_town")).toString();
    QVERIFY(!hotspot.isEmpty());
    int total = 0, december = 0, february = 0, year1 = 0, year2 = 0, hotspotRecent = 0, hotspotYearBefore = 0;
    for (const Source &s : sources) {
        const ReadExport &e = exportNamed(QLatin1String(s.part));
        const QString format =
            e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("date_format")).toString();
        const int key = column(e, s.key), date = column(e, s.date), town = column(e, s.town);
        const int first =
            e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt();
        QSet<QString> seen;
        for (qsizetype r = first; r < e.records.size(); ++r) {
            const QStringList &rec = e.records.at(r);
            if (seen.contains(rec.at(key)))
                continue;
            seen.insert(rec.at(key));
            const QDate d = QDateTime::fromString(rec.at(date), format).date();
            ++total;
            december += d.month() == 12;
            february += d.month() == 2;
            (d < QDate(2025, 11, 1) ? year1 : year2)++;
            if (rec.at(town).compare(hotspot, Qt::CaseInsensitive) == 0) {
                hotspotRecent += d >= QDate(2026, 5, 1);
                hotspotYearBefore += d >= QDate(2025, 5, 1) && d < QDate(2025, 11, 1);
            }
        }
    }
    QCOMPARE(total, 4000);
    QVERIFY2(december > 1.3 * february, qPrintable(QStringLiteral("%1 vs %2").arg(december).arg(february)));
    QVERIFY2(year2 > 1.08 * year1, qPrintable(QStringLiteral("%1 vs %2").arg(year2).arg(year1)));
    QVERIFY2(hotspotRecent > 2 * hotspotYearBefore,
             qPrintable(QStringLiteral("%1 vs %2").arg(hotspotRecent).arg(hotspotYearBefore)));
}

void TestDemoGenerator::brightwayRepeatsIncidentPerOffender()
{
    const ReadExport &e = exportNamed(QStringLiteral("brightway"));
    const int key = column(e, "Incident Number"), name = column(e, "Offender Name");
    QHash<QString, QSet<QString>> offenders;
    for (qsizetype r = 1; r < e.records.size(); ++r)
        offenders[e.records.at(r).at(key)].insert(e.records.at(r).at(name));
    int multi = 0;
    for (const QSet<QString> &names : offenders)
        multi += names.size() > 1;
    QVERIFY(multi > 10);
    // Names are written "KHAN, Amy" unless the noise turned them round.
    int surnameFirst = 0, named = 0;
    for (qsizetype r = 1; r < e.records.size(); ++r) {
        const QString n = e.records.at(r).at(name);
        if (n.isEmpty())
            continue;
        ++named;
        surnameFirst += QRegularExpression(QStringLiteral("^[^,a-z]+, \\S")).match(n).hasMatch();
    }
    QVERIFY(surnameFirst > 0.8 * named);
}

void TestDemoGenerator::placeCatalogueMatchesReferenceData()
{
    // Independent reference: ONS local authority names and postcode district centroids in ../shared.
    const QString shared = QStringLiteral(FC_SHARED_DIR);
    const QByteArray outcodes = readAll(shared + QStringLiteral("/data/geo/uk_outcodes.csv"));
    const QJsonObject authorities =
        readJson(shared + QStringLiteral("/data/geo/uk_local_authorities.geojson"));
    if (outcodes.isEmpty() || authorities.isEmpty())
        QSKIP("../shared reference data not available");
    QSet<QString> laNames;
    for (const QJsonValue &f : authorities.value(QLatin1String("features")).toArray())
        laNames.insert(f.toObject()
                           .value(QLatin1String("properties"))
                           .toObject()
                           .value(QLatin1String("name"))
                           .toString());
    QHash<QString, QPair<double, double>> centroids;
    for (const QByteArray &line : outcodes.split('\n')) {
        const QList<QByteArray> cols = line.split(',');
        if (cols.size() > 4)
            centroids.insert(QString::fromLatin1(cols.at(0)), {cols.at(3).toDouble(), cols.at(4).toDouble()});
    }
    const QList<DemoTown> &towns = PlaceCatalogue::towns();
    QVERIFY(towns.size() >= 35 && towns.size() <= 50);
    for (const DemoTown &t : towns) {
        QVERIFY2(laNames.contains(t.localAuthority), qPrintable(t.localAuthority));
        QVERIFY2(centroids.contains(t.outcode), qPrintable(t.outcode));
        const auto [lat, lon] = centroids.value(t.outcode);
        const double dy = (lat - t.lat) * 111.2;
        const double dx = (lon - t.lon) * 111.2 * std::cos(t.lat * M_PI / 180);
        QVERIFY2(std::hypot(dx, dy) < 10, qPrintable(t.name));
    }
    // Stores of the ground truth lie near their town and carry its outward code.
    for (const QJsonValue &sv : m_truth.value(QLatin1String("stores")).toArray()) {
        const QJsonObject s = sv.toObject();
        const QString outward = s.value(QLatin1String("postcode")).toString().section(QLatin1Char(' '), 0, 0);
        QVERIFY(centroids.contains(outward));
        const auto [lat, lon] = centroids.value(outward);
        QVERIFY(std::abs(lat - s.value(QLatin1String("lat")).toDouble()) < 0.15);
        QVERIFY(std::abs(lon - s.value(QLatin1String("lon")).toDouble()) < 0.2);
    }
    QHash<QString, int> perRetailer;
    for (const QJsonValue &sv : m_truth.value(QLatin1String("stores")).toArray())
        ++perRetailer[sv.toObject().value(QLatin1String("retailer")).toString()];
    QCOMPARE(perRetailer.size(), 3);
    for (int n : perRetailer)
        QVERIFY(n >= 15 && n <= 40);
}

void TestDemoGenerator::cancelRemovesFiles()
{
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.path();
    DemoGenerator generator(options);
    std::atomic_bool cancel = false;
    QList<double> progress;
    generator.setProgressCallback([&](double p) {
        progress << p;
        if (p > 0.3)
            cancel = true;
    });
    generator.setCancelFlag(&cancel);
    DemoOutput output;
    QString error;
    QVERIFY(!generator.generate(&output, &error));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(QDir(dir.filePath(QStringLiteral("exports"))).entryList(QDir::Files).isEmpty());
    QVERIFY(!progress.isEmpty());
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
}

void TestDemoGenerator::rejectsBadOptions()
{
    DemoOutput output;
    QString error;
    QVERIFY(!DemoGenerator(DemoOptions{QString(), 1, 10}).generate(&output, &error));
    QVERIFY(!error.isEmpty());
    QTemporaryDir dir;
    error.clear();
    QVERIFY(!DemoGenerator(DemoOptions{dir.path(), 1, -5}).generate(&output, &error));
    QVERIFY(error.contains(QLatin1String("-5")));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
