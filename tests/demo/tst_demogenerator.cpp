#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "demo/placecatalogue.h"
#include "demo/spellingnoise.h"
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
    void longerSpan();
    void standardNoiseUnchanged_data();
    void standardNoiseUnchanged();
    void misread_data();
    void misread();
    void keyingTypo_data();
    void keyingTypo();
    void dobDigit_data();
    void dobDigit();
    void hardNoiseShares();
    void hardTruthMatchesWhatIsWritten();
    void hardNoiseIsDeterministic();

private:
    bool generate(const QString &dir, quint32 seed, int incidents = 4000,
                  DemoNoise noise = DemoNoise::Standard);
    const ReadExport &exportNamed(const QString &part) const;

    QTemporaryDir m_a, m_b, m_c, m_hard;
    DemoOutput m_output;
    QJsonObject m_truth;
    QList<ReadExport> m_exports;
    QJsonObject m_hardTruth;
    QList<ReadExport> m_hardExports;
};

bool TestDemoGenerator::generate(const QString &dir, quint32 seed, int incidents, DemoNoise noise)
{
    DemoOptions options;
    options.outDir = dir;
    options.seed = seed;
    options.incidents = incidents;
    options.noise = noise;
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
    QVERIFY(m_a.isValid() && m_b.isValid() && m_c.isValid() && m_hard.isValid());
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

    QVERIFY(generate(m_hard.path(), 1, 4000, DemoNoise::Hard));
    m_hardTruth = readJson(QDir(m_hard.path()).filePath(QStringLiteral("ground_truth.json")));
    QVERIFY(!m_hardTruth.isEmpty());
    const QJsonObject hardManifest = readJson(QDir(m_hard.path()).filePath(QStringLiteral("manifest.json")));
    QCOMPARE(hardManifest.value(QLatin1String("noise")).toString(), QStringLiteral("hard"));
    for (const QJsonValue &v : hardManifest.value(QLatin1String("imports")).toArray())
        m_hardExports << readExport(m_hard.path(), v.toObject().value(QLatin1String("file")).toString(),
                                    v.toObject().value(QLatin1String("spec")).toString());
    QCOMPARE(m_hardExports.size(), 4);
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
    DemoOptions tooShort{dir.path(), 1, 10};
    tooShort.months = 6;
    QVERIFY(!DemoGenerator(tooShort).generate(&output, &error));
    QVERIFY(error.contains(QLatin1String("not 6")));
}

// A longer demo (the workstation's: 48 months) ends on the same day, starts 48 months before it
// (1 November 2022), and keeps the hot spot's rise in its last six months (from 1 May 2026).
void TestDemoGenerator::longerSpan()
{
    QTemporaryDir dir;
    DemoOptions options{dir.path(), 1, 1000};
    options.months = 48;
    DemoOutput output;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(&output, &error), qPrintable(error));
    QFile truthFile(output.groundTruthPath);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject patterns =
        QJsonDocument::fromJson(truthFile.readAll()).object().value(QLatin1String("patterns")).toObject();
    QCOMPARE(patterns.value(QLatin1String("from")).toString(), QStringLiteral("2022-11-01"));
    QCOMPARE(patterns.value(QLatin1String("to")).toString(), QStringLiteral("2026-10-31"));
    QCOMPARE(patterns.value(QLatin1String("hotspot_from")).toString(), QStringLiteral("2026-05-01"));
    // Every year of the four (November to October) has Northgate incidents, none outside them.
    const ReadExport e = readExport(dir.path(), QStringLiteral("exports/northgate_foods_incidents.csv"),
                                    QStringLiteral("specs/northgate_foods_incidents.json"));
    const QString format =
        e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("date_format")).toString();
    const int date = column(e, "Date/Time");
    const int first = e.spec.value(QLatin1String("format")).toObject().value(QLatin1String("header_row")).toInt();
    QMap<int, int> byYear; // the year each November starts
    for (qsizetype r = first; r < e.records.size(); ++r) {
        const QDate d = QDateTime::fromString(e.records.at(r).at(date), format).date();
        QVERIFY2(d >= QDate(2022, 11, 1) && d <= QDate(2026, 10, 31), qPrintable(e.records.at(r).at(date)));
        ++byYear[d.addMonths(-10).year()];
    }
    QCOMPARE(byYear.keys(), (QList<int>{2022, 2023, 2024, 2025}));
}

void TestDemoGenerator::standardNoiseUnchanged_data()
{
    // SHA-256 of the files `fusioncell-cli demo --seed 1 --incidents 4000` wrote before hard noise
    // existed (computed with sha256sum on the build of commit efdbe9a): the default demo, and so
    // every test and figure built on it, must stay exactly as it was.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("sha256");
    QTest::newRow("brightway") << QStringLiteral("exports/brightway_pharmacy_incidents.csv")
                               << QByteArray("c145128570c0a7ee6d30dc0ce42f8dca4c17a3c845675892708e024504b9e901");
    QTest::newRow("castle") << QStringLiteral("exports/castle_home_diy_incidents.tsv")
                            << QByteArray("f8fce2d0835f4c2a83030c87c776362518e2711083b25606edc61d28ceaec188");
    QTest::newRow("police") << QStringLiteral("exports/gmp_nominals.jsonl")
                            << QByteArray("32ed9bcee926832b96d8bd40672a547779a73c7d22b4b614717c615a3226bc63");
    QTest::newRow("northgate") << QStringLiteral("exports/northgate_foods_incidents.csv")
                               << QByteArray("43c7f7dff24a72b151fabd55ef9e7e3036cea0f7ebf90eff08a131722d53faa6");
    QTest::newRow("ground truth") << QStringLiteral("ground_truth.json")
                                  << QByteArray("6623b5c186f092196ae2d771badf52bed5be9204abb46bfb6f7de47d3b842b47");
    QTest::newRow("manifest") << QStringLiteral("manifest.json")
                              << QByteArray("5840bd230b3f94e8254d8ba1cb3e37d8bc1863b8d018957e585b5ac08045803e");
}

void TestDemoGenerator::standardNoiseUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, sha256);
    const QByteArray bytes = readAll(QDir(m_a.path()).filePath(file));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha256);
}

void TestDemoGenerator::misread_data()
{
    QTest::addColumn<QString>("vrm");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 as I") << "MA11 BOS" << 2 << "MAI1 BOS";
    QTest::newRow("second 1 as I") << "MA11 BOS" << 3 << "MA1I BOS";
    QTest::newRow("B as 8") << "MA11 BOS" << 5 << "MA11 8OS";
    QTest::newRow("O as 0") << "MA11 BOS" << 6 << "MA11 B0S";
    QTest::newRow("S as 5") << "MA11 BOS" << 7 << "MA11 BO5";
    QTest::newRow("0 as O") << "YA08 KLM" << 2 << "YAO8 KLM";
    QTest::newRow("8 as B") << "YA08 KLM" << 3 << "YA0B KLM";
    QTest::newRow("5 as S") << "PE58 XYZ" << 2 << "PES8 XYZ";
    QTest::newRow("I as 1") << "AI" << 1 << "A1";
    QTest::newRow("no look-alike") << "YA08 KLM" << 5 << "YA08 KLM";
    QTest::newRow("the space") << "YA08 KLM" << 4 << "YA08 KLM";
    QTest::newRow("outside") << "YA08 KLM" << 8 << "YA08 KLM";
}

void TestDemoGenerator::misread()
{
    QFETCH(QString, vrm);
    QFETCH(int, position);
    QFETCH(QString, expected);
    QCOMPARE(SpellingNoise::misread(vrm, position), expected);
    // misreadablePositions lists exactly the positions misread() changes.
    QCOMPARE(SpellingNoise::misreadablePositions(vrm).contains(position), expected != vrm);
}

void TestDemoGenerator::keyingTypo_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("expected");
    QTest::newRow("transposed") << "Khan" << 0 << 1 << 0 << "Kahn";
    QTest::newRow("transposed at the end") << "Khan" << 0 << 2 << 0 << "Khna";
    QTest::newRow("transposed past the end: unchanged") << "Khan" << 0 << 3 << 0 << "Khan";
    QTest::newRow("dropped") << "Hall" << 1 << 3 << 0 << "Hal";
    QTest::newRow("doubled") << "Patel" << 2 << 2 << 0 << "Pattel";
    // On a QWERTY keyboard h has g, y, u, j, n and b around it (listed in that order).
    QTest::newRow("neighbour key") << "Smith" << 3 << 4 << 0 << "Smitg";
    QTest::newRow("neighbour key, 3rd") << "Smith" << 3 << 4 << 2 << "Smitu";
    QTest::newRow("neighbour key wraps") << "Smith" << 3 << 4 << 6 << "Smitg";
    // p has only o and l next to it; an upper-case letter stays upper case.
    QTest::newRow("neighbour of P, upper") << "SHARP" << 3 << 4 << 1 << "SHARL";
    QTest::newRow("apostrophe kept") << "O'Neill" << 3 << 1 << 0 << "O'Neill";
}

void TestDemoGenerator::keyingTypo()
{
    QFETCH(QString, word);
    QFETCH(int, kind);
    QFETCH(int, position);
    QFETCH(int, choice);
    QFETCH(QString, expected);
    QCOMPARE(SpellingNoise::keyingTypo(word, kind, position, choice), expected);
}

void TestDemoGenerator::dobDigit_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("digit");
    QTest::addColumn<QDate>("expected");
    const QDate d(1990, 5, 17); // 1990-05-17
    QTest::newRow("year") << d << 3 << 1 << QDate(1991, 5, 17);
    QTest::newRow("decade") << d << 2 << 8 << QDate(1980, 5, 17);
    QTest::newRow("month") << d << 6 << 7 << QDate(1990, 7, 17);
    QTest::newRow("month 15: none") << d << 5 << 1 << QDate();
    QTest::newRow("day") << d << 9 << 2 << QDate(1990, 5, 12);
    QTest::newRow("day 37: none") << d << 8 << 3 << QDate();
    QTest::newRow("same digit: none") << d << 9 << 7 << QDate();
    QTest::newRow("hyphen: none") << d << 4 << 1 << QDate();
    QTest::newRow("30 February: none") << QDate(1990, 2, 10) << 8 << 3 << QDate();
}

void TestDemoGenerator::dobDigit()
{
    QFETCH(QDate, date);
    QFETCH(int, position);
    QFETCH(int, digit);
    QFETCH(QDate, expected);
    QCOMPARE(SpellingNoise::dobDigit(date, position, digit), expected);
}

namespace {

QSet<QString> noiseKinds(const QJsonObject &mention)
{
    const QString noise = mention.value(QLatin1String("noise")).toString();
    const QStringList kinds = noise.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    return QSet<QString>(kinds.begin(), kinds.end());
}

// True when b is a with exactly one letter changed, dropped, added, or two neighbours swapped
// (Damerau-Levenshtein distance 1), written here independently of the generator.
bool oneSlipApart(const QString &a, const QString &b)
{
    if (a == b)
        return false;
    if (a.size() == b.size()) {
        QList<int> diff;
        for (int i = 0; i < a.size(); ++i)
            if (a.at(i) != b.at(i))
                diff << i;
        if (diff.size() == 1)
            return true;
        return diff.size() == 2 && diff.at(1) == diff.at(0) + 1 && a.at(diff.at(0)) == b.at(diff.at(1)) &&
               a.at(diff.at(1)) == b.at(diff.at(0));
    }
    const QString &longer = a.size() > b.size() ? a : b;
    const QString &shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1)
        return false;
    for (int i = 0; i < longer.size(); ++i)
        if (QString(longer).remove(i, 1) == shorter)
            return true;
    return false;
}

bool allUpper(const QString &s)
{
    return s == s.toUpper();
}

bool allLower(const QString &s)
{
    return s == s.toLower();
}

// Written in mixed case; an initial ("D." or "D") is taken to be.
bool mixedCase(const QString &s)
{
    return !allUpper(s) || s.size() <= 2;
}

} // namespace

void TestDemoGenerator::hardNoiseShares()
{
    // Shares over the retailers' person mentions, against the rates SpellingNoise documents
    // (bounds about four standard deviations wide at this size).
    QHash<QString, QHash<QString, int>> byExport; // export -> kind -> mentions
    QHash<QString, int> mentionsOf;
    QHash<QString, int> kinds;
    int mentions = 0, several = 0, police = 0, policeNoisy = 0;
    for (const QJsonValue &pv : m_hardTruth.value(QLatin1String("persons")).toArray())
        for (const QJsonValue &mv : pv.toObject().value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            const QString file = m.value(QLatin1String("file")).toString();
            const QSet<QString> noise = noiseKinds(m);
            if (file.endsWith(QLatin1String(".jsonl"))) {
                ++police;
                policeNoisy += !noise.isEmpty();
                continue;
            }
            ++mentions;
            ++mentionsOf[file];
            several += noise.size() >= 2;
            for (const QString &k : noise) {
                ++kinds[k];
                ++byExport[file][k];
            }
        }
    QVERIFY2(mentions > 4000, qPrintable(QString::number(mentions)));
    QVERIFY(police > 100);
    QCOMPARE(policeNoisy, 0); // police records are typed from the PNC: clean
    auto share = [&](const QString &kind) { return double(kinds.value(kind)) / mentions; };
    auto check = [](const char *what, double value, double lo, double hi) {
        QVERIFY2(value >= lo && value <= hi, qPrintable(QStringLiteral("%1: %2 not in [%3, %4]")
                                                             .arg(QString::fromLatin1(what))
                                                             .arg(value)
                                                             .arg(lo)
                                                             .arg(hi)));
    };
    check("surname typo", share(QStringLiteral("typo")), 0.09, 0.15);          // 12%
    check("forename typo", share(QStringLiteral("forename_typo")), 0.045, 0.09); // 96% x 7%
    check("initials", share(QStringLiteral("initials")), 0.025, 0.06);         // 4%
    check("case", share(QStringLiteral("case")), 0.09, 0.15);                  // 12%
    check("swapped", share(QStringLiteral("swapped")), 0.025, 0.06);           // 4%
    check("dob swap", share(QStringLiteral("dob_swap")), 0.005, 0.025); // ~80% x 4% x 37% swappable
    check("dob digit", share(QStringLiteral("dob_digit")), 0.012, 0.036); // ~80% x 3%
    check("several kinds", double(several) / mentions, 0.10, 0.5);
    const QString northgate = QStringLiteral("exports/northgate_foods_incidents.csv");
    const QString brightway = QStringLiteral("exports/brightway_pharmacy_incidents.csv");
    const QString castle = QStringLiteral("exports/castle_home_diy_incidents.tsv");
    auto inExport = [&](const QString &file, const QString &kind) {
        return double(byExport.value(file).value(kind)) / mentionsOf.value(file);
    };
    check("northgate order", inExport(northgate, QStringLiteral("order")), 0.07, 0.13); // 10%
    check("northgate police style", inExport(northgate, QStringLiteral("police_style")), 0.05, 0.11); // 8%
    check("brightway police style", inExport(brightway, QStringLiteral("police_style")), 0.05, 0.11);
    QCOMPARE(byExport.value(castle).value(QStringLiteral("order")), 0); // separate columns
    QCOMPARE(byExport.value(castle).value(QStringLiteral("police_style")), 0);
    // Each export's own habit of leaving the date of birth out: 12%, 20%, 40%.
    check("northgate no dob", inExport(northgate, QStringLiteral("no_dob")), 0.09, 0.15);
    check("brightway no dob", inExport(brightway, QStringLiteral("no_dob")), 0.16, 0.24);
    check("castle no dob", inExport(castle, QStringLiteral("no_dob")), 0.35, 0.45);

    int vehicleMentions = 0, noisyVehicles = 0;
    for (const QJsonValue &vv : m_hardTruth.value(QLatin1String("vehicles")).toArray())
        for (const QJsonValue &mv : vv.toObject().value(QLatin1String("mentions")).toArray()) {
            if (mv.toObject().value(QLatin1String("file")).toString().endsWith(QLatin1String(".jsonl")))
                continue;
            ++vehicleMentions;
            noisyVehicles += !noiseKinds(mv.toObject()).isEmpty();
        }
    QVERIFY(vehicleMentions > 200);
    check("noisy vrms", double(noisyVehicles) / vehicleMentions, 0.1, 0.3); // ~18%

    // VRM noise is too rare in a demo this size for its shares: 20,000 plates written directly.
    DemoRandom rng(7);
    SpellingNoise writer(&rng, DemoNoise::Hard);
    QHash<QString, int> vrmKinds;
    const int plates = 20000;
    for (int i = 0; i < plates; ++i) {
        SpellingNoise::NoiseSet set = 0;
        writer.vrm(QStringLiteral("MA11 BOS"), SpellingNoise::Spaced, &set);
        for (const QString &k : SpellingNoise::noiseNames(set).split(QLatin1Char('+'), Qt::SkipEmptyParts))
            ++vrmKinds[k];
    }
    auto vrmShare = [&](const char *kind) { return double(vrmKinds.value(QLatin1String(kind))) / plates; };
    check("vrm misread", vrmShare("vrm_misread"), 0.05, 0.07);   // 6%
    check("vrm dropped", vrmShare("vrm_dropped"), 0.015, 0.025); // 2%
    check("vrm added", vrmShare("vrm_added"), 0.015, 0.025);     // 2%
    check("vrm spacing", vrmShare("vrm_spacing"), 0.08, 0.10);   // 9%
}

void TestDemoGenerator::hardTruthMatchesWhatIsWritten()
{
    // Every retailer mention is read back with this test's own reader and compared with the true
    // person and the noise the ground truth says was applied: a name without name noise is the
    // true name in the export's own layout, a date of birth without date noise is the true one,
    // and each kind of noise changed exactly what it says.
    QHash<QString, const ReadExport *> byFile;
    for (const ReadExport &e : m_hardExports)
        byFile.insert(e.file, &e);
    const QHash<QString, QString> dobFormats{
        {QStringLiteral("exports/northgate_foods_incidents.csv"), QStringLiteral("dd/MM/yyyy")},
        {QStringLiteral("exports/brightway_pharmacy_incidents.csv"), QStringLiteral("yyyy-MM-dd")},
        {QStringLiteral("exports/castle_home_diy_incidents.tsv"), QStringLiteral("d MMM yyyy")}};
    int checked = 0;
    for (const QJsonValue &pv : m_hardTruth.value(QLatin1String("persons")).toArray()) {
        const QJsonObject person = pv.toObject();
        const QString forename = person.value(QLatin1String("forenames")).toString().toUpper();
        const QString surname = person.value(QLatin1String("surname")).toString().toUpper();
        const QDate dob = QDate::fromString(person.value(QLatin1String("dob")).toString(), Qt::ISODate);
        for (const QJsonValue &mv : person.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            const QString file = m.value(QLatin1String("file")).toString();
            if (!dobFormats.contains(file))
                continue;
            const ReadExport &e = *byFile.value(file);
            const QStringList &record = e.records.at(m.value(QLatin1String("row")).toInt() - 1);
            const QJsonObject fields = e.spec.value(QLatin1String("entities"))
                                           .toObject()
                                           .value(m.value(QLatin1String("role")).toString())
                                           .toObject()
                                           .value(QLatin1String("fields"))
                                           .toObject();
            auto value = [&](const char *field) {
                const qsizetype c = e.header.indexOf(fields.value(QLatin1String(field)).toString());
                return c >= 0 && c < record.size() ? record.at(c) : QString();
            };
            const QSet<QString> noise = noiseKinds(m);
            const QString where = QStringLiteral("%1 row %2 (%3)")
                                      .arg(file)
                                      .arg(m.value(QLatin1String("row")).toInt())
                                      .arg(m.value(QLatin1String("noise")).toString());
            auto likeSurname = [&](QString t) {
                t = t.toUpper();
                return t == surname || (noise.contains(QStringLiteral("typo")) && oneSlipApart(t, surname));
            };
            auto likeForename = [&](QString t) {
                t = t.toUpper();
                if (t.endsWith(QLatin1Char('.')))
                    t.chop(1);
                return t == forename || (noise.contains(QStringLiteral("initials")) && t == forename.left(1)) ||
                       (noise.contains(QStringLiteral("forename_typo")) && oneSlipApart(t, forename));
            };
            // The surname is changed exactly when the ground truth says so, and the forename too.
            QString first, second; // full name split at ", " or the first space
            bool comma = false;
            if (fields.contains(QLatin1String("full_name"))) {
                const QString name = value("full_name");
                comma = name.contains(QLatin1String(", "));
                first = name.section(comma ? QStringLiteral(", ") : QStringLiteral(" "), 0, 0);
                second = name.section(comma ? QStringLiteral(", ") : QStringLiteral(" "), 1);
            } else {
                first = value("forenames");
                second = value("surname");
            }
            QString layout = QStringLiteral("none");
            for (const char *l : {"case", "order", "police_style", "swapped"})
                if (noise.contains(QLatin1String(l)))
                    layout = QLatin1String(l);
            bool surnameFirst = false, ok = true;
            if (file.contains(QLatin1String("northgate"))) { // "Amy Khan"
                surnameFirst = layout == QLatin1String("order") || layout == QLatin1String("police_style") ||
                               layout == QLatin1String("swapped");
                ok = comma == (layout == QLatin1String("order"));
                const QString whole = first + QLatin1Char(' ') + second;
                if (layout == QLatin1String("case"))
                    ok = ok && (allUpper(whole) || allLower(whole));
                else if (layout == QLatin1String("order") || layout == QLatin1String("police_style"))
                    ok = ok && allUpper(first) && mixedCase(second);
                else
                    ok = ok && mixedCase(whole) && !allLower(whole);
            } else if (file.contains(QLatin1String("brightway"))) { // "KHAN, Amy"
                surnameFirst = layout != QLatin1String("order") && layout != QLatin1String("swapped");
                ok = comma == (layout == QLatin1String("none") || layout == QLatin1String("case") ||
                               layout == QLatin1String("swapped"));
                if (layout == QLatin1String("none") || layout == QLatin1String("police_style"))
                    ok = ok && allUpper(first) && mixedCase(second);
                else if (layout == QLatin1String("case"))
                    ok = ok && (allUpper(first + second) || !allUpper(first));
            } else { // "AMY" | "KHAN"
                surnameFirst = layout == QLatin1String("swapped");
                ok = (layout == QLatin1String("case")) != (allUpper(first) && allUpper(second));
            }
            QVERIFY2(ok, qPrintable(where + QStringLiteral(": layout ") + first + QLatin1Char('|') + second));
            const QString &writtenSurname = surnameFirst ? first : second;
            const QString &writtenForename = surnameFirst ? second : first;
            QVERIFY2(likeSurname(writtenSurname) && likeForename(writtenForename),
                     qPrintable(where + QStringLiteral(": ") + first + QLatin1Char('|') + second));
            QCOMPARE(writtenSurname.toUpper() != surname, noise.contains(QStringLiteral("typo")));

            const QString dobText = value("dob");
            const QDate written = QDate::fromString(dobText, dobFormats.value(file));
            if (noise.contains(QStringLiteral("no_dob"))) {
                QVERIFY2(dobText.isEmpty(), qPrintable(where));
            } else if (noise.contains(QStringLiteral("dob_swap"))) {
                QCOMPARE(written, QDate(dob.year(), dob.day(), dob.month()));
                QVERIFY(written != dob);
            } else if (noise.contains(QStringLiteral("dob_digit"))) {
                QVERIFY2(written.isValid() && written != dob, qPrintable(where));
                // Never a date of birth an importer refuses (in the future) or a young child's.
                QVERIFY2(written.year() >= 1930 && written.year() <= 2010, qPrintable(where));
                const QString a = written.toString(Qt::ISODate), b = dob.toString(Qt::ISODate);
                int differences = 0;
                for (int i = 0; i < a.size(); ++i)
                    differences += a.at(i) != b.at(i);
                QCOMPARE(differences, 1);
            } else {
                QCOMPARE(written, dob);
            }
            ++checked;
        }
    }
    QVERIFY2(checked > 4000, qPrintable(QString::number(checked)));

    int vehicles = 0;
    const QString lookAlikes = QStringLiteral("0O 1I 5S 8B");
    for (const QJsonValue &vv : m_hardTruth.value(QLatin1String("vehicles")).toArray()) {
        const QString canonical = vv.toObject().value(QLatin1String("vrm")).toString().remove(QLatin1Char(' '));
        for (const QJsonValue &mv : vv.toObject().value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            const QString file = m.value(QLatin1String("file")).toString();
            if (!dobFormats.contains(file))
                continue;
            const ReadExport &e = *byFile.value(file);
            const QStringList &record = e.records.at(m.value(QLatin1String("row")).toInt() - 1);
            const QString column = e.spec.value(QLatin1String("entities"))
                                       .toObject()
                                       .value(m.value(QLatin1String("role")).toString())
                                       .toObject()
                                       .value(QLatin1String("fields"))
                                       .toObject()
                                       .value(QLatin1String("vrm"))
                                       .toString();
            const QString raw = record.at(e.header.indexOf(column));
            const QString written = QString(raw).remove(QLatin1Char(' ')).toUpper();
            const QSet<QString> noise = noiseKinds(m);
            const QString where = file + QLatin1Char(' ') + raw + QLatin1Char(' ') + canonical;
            if (noise.contains(QStringLiteral("vrm_misread"))) {
                QCOMPARE(written.size(), canonical.size());
                int differences = 0;
                for (int i = 0; i < written.size(); ++i) {
                    if (written.at(i) == canonical.at(i))
                        continue;
                    ++differences;
                    const QString pair = QString(canonical.at(i)) + written.at(i);
                    const QString reversed = QString(written.at(i)) + canonical.at(i);
                    QVERIFY2(lookAlikes.contains(pair) || lookAlikes.contains(reversed), qPrintable(where));
                }
                QCOMPARE(differences, 1);
            } else if (noise.contains(QStringLiteral("vrm_dropped"))) {
                QVERIFY2(written.size() == canonical.size() - 1 && oneSlipApart(written, canonical),
                         qPrintable(where));
            } else if (noise.contains(QStringLiteral("vrm_added"))) {
                QVERIFY2(written.size() == canonical.size() + 1 && oneSlipApart(written, canonical),
                         qPrintable(where));
            } else {
                QCOMPARE(written, canonical);
            }
            // Northgate and Castle space their VRMs, Brightway does not; spacing noise is the other way.
            const bool spacedExport = !file.contains(QLatin1String("brightway"));
            QVERIFY2(raw.contains(QLatin1Char(' ')) == (spacedExport != noise.contains(QStringLiteral("vrm_spacing"))),
                     qPrintable(where));
            ++vehicles;
        }
    }
    QVERIFY(vehicles > 200);
}

void TestDemoGenerator::hardNoiseIsDeterministic()
{
    QTemporaryDir again;
    QVERIFY(generate(again.path(), 1, 4000, DemoNoise::Hard));
    for (const QString &file : {QStringLiteral("ground_truth.json"), QStringLiteral("manifest.json"),
                                QStringLiteral("exports/northgate_foods_incidents.csv"),
                                QStringLiteral("exports/castle_home_diy_incidents.tsv"),
                                QStringLiteral("exports/brightway_pharmacy_incidents.csv")}) {
        const QByteArray a = readAll(QDir(m_hard.path()).filePath(file));
        QVERIFY(!a.isEmpty());
        QVERIFY2(a == readAll(QDir(again.path()).filePath(file)), qPrintable(file));
        // ...and hard noise really is another data set than the standard one.
        QVERIFY2(a != readAll(QDir(m_a.path()).filePath(file)) || file.startsWith(QLatin1String("manifest")),
                 qPrintable(file));
    }
    QCOMPARE(m_hardTruth.value(QLatin1String("noise_level")).toString(), QStringLiteral("hard"));
    QVERIFY(!m_truth.contains(QLatin1String("noise_level")));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
