#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/**
 * fusioncell-cli resolve as a user runs it on the demo workspace: a dry run changes nothing, a
 * run reports what it merged and queued, the queue and history list it, a merge is undone, and
 * bad options fail with exit code 2 and one line naming the option and what was expected.
 */
class TestResolveCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resolveEndToEnd();
    void modelRunsAreReproducible();
    void badOptions_data();
    void badOptions();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_db;
};

TestResolveCli::Result TestResolveCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestResolveCli::initTestCase()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const Result r = cli({QStringLiteral("demo"), QStringLiteral("--out"), demo});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_db = demo + QStringLiteral("/demo.fcdb");
}

// Each process hashes with a seed of its own (QT_HASH_SEED unset): the model's figures must not
// depend on hash order (the surname frequencies' sum of squares did, and the scores' last bits with
// it). Three dry runs of the model on the hard demo give one digest of every decision and score.
void TestResolveCli::modelRunsAreReproducible()
{
    const QString demo = m_dir.filePath(QStringLiteral("hard"));
    const Result made = cli({QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--noise"),
                             QStringLiteral("hard"), QStringLiteral("--incidents"), QStringLiteral("1500")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QStringList digests;
    for (int run = 0; run < 3; ++run) {
        const Result r = cli({QStringLiteral("resolve"), QStringLiteral("--db"), demo + QStringLiteral("/demo.fcdb"),
                              QStringLiteral("--dry-run"), QStringLiteral("--model"), QStringLiteral("fellegi-sunter"),
                              QStringLiteral("--type"), QStringLiteral("person"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray types = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("types")).toArray();
        QCOMPARE(types.size(), 1);
        digests << types.first().toObject().value(QStringLiteral("decision_digest")).toString();
        QCOMPARE(digests.last().size(), 64);
    }
    QCOMPARE(digests.at(1), digests.at(0));
    QCOMPARE(digests.at(2), digests.at(0));
}

void TestResolveCli::resolveEndToEnd()
{
    const Result dry = cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    const QJsonObject dryJson = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QVERIFY(dryJson.value(QStringLiteral("dry_run")).toBool());
    const Result history0 = cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--history"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(history0.out.toUtf8()).array().size(), 0); // the dry run merged nothing

    const Result run =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonArray types =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("types")).toArray();
    QCOMPARE(types.size(), 2);
    int merged = 0, queued = 0;
    for (const QJsonValue &t : types) {
        merged += t.toObject().value(QStringLiteral("merged")).toInt();
        queued += t.toObject().value(QStringLiteral("queued")).toInt();
        // The dry run announced the same.
        for (const QJsonValue &d : dryJson.value(QStringLiteral("types")).toArray())
            if (d.toObject().value(QStringLiteral("type")) == t.toObject().value(QStringLiteral("type")))
                QCOMPARE(d.toObject().value(QStringLiteral("merged")),
                         t.toObject().value(QStringLiteral("merged")));
    }
    QVERIFY(merged > 0);
    QVERIFY(queued > 0);

    const Result history = cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--history"), QStringLiteral("--json")});
    const QJsonArray merges = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(merges.size(), merged);
    const QJsonObject newest = merges.first().toObject();
    QVERIFY(!newest.value(QStringLiteral("explanation")).toArray().isEmpty());

    const Result queue =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--queue")});
    QVERIFY(queue.out.startsWith(QStringLiteral("%1 pair(s) waiting for review").arg(queued)));

    const QString id = QString::number(newest.value(QStringLiteral("id")).toInteger());
    const Result undo =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--unmerge"), id});
    QVERIFY2(undo.code == 0, qPrintable(undo.err));
    QCOMPARE(undo.out.trimmed(), QStringLiteral("Merge %1 undone").arg(id));
    // Undone merges are remembered as different: the next run does not merge them again.
    const Result again =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    int rememberedApart = 0;
    for (const QJsonValue &t :
         QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("types")).toArray())
        rememberedApart += t.toObject().value(QStringLiteral("remembered_apart")).toInt();
    QCOMPARE(rememberedApart, 1);
    const Result twice =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--unmerge"), id});
    QCOMPARE(twice.code, 1);
    QVERIFY(twice.err.contains(QStringLiteral("already undone")));

    // The queue states the reason for each pair's place; a decision says how many pairs it settled.
    const Result ordered =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--queue"), QStringLiteral("--json")});
    const QJsonArray items = QJsonDocument::fromJson(ordered.out.toUtf8()).array();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &i : items)
        QVERIFY(!i.toObject().value(QStringLiteral("priority")).toString().isEmpty());
    const QString first = QString::number(items.first().toObject().value(QStringLiteral("id")).toInteger());
    const Result accept =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), m_db, QStringLiteral("--accept"), first});
    QVERIFY2(accept.code == 0, qPrintable(accept.err));
    QVERIFY2(accept.out.contains(QStringLiteral("between the same two clusters settled with it")), qPrintable(accept.out));
}

void TestResolveCli::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("type")
        << QStringList{QStringLiteral("--type"), QStringLiteral("incident")}
        << QStringLiteral("option --type: \"incident\" cannot be resolved (expected person or vehicle)");
    QTest::newRow("threshold") << QStringList{QStringLiteral("--merge-threshold"),
                                              QStringLiteral("person=high")}
                               << QStringLiteral(
                                      "option --merge-threshold: \"person=high\" is not TYPE=SCORE");
    QTest::newRow("review above merge")
        << QStringList{QStringLiteral("--model"), QStringLiteral("rules"), QStringLiteral("--review-threshold"),
                       QStringLiteral("person=0.95")}
        << QStringLiteral("the review threshold for person (0.95) is above its merge "
                          "threshold (0.9)");
    QTest::newRow("item") << QStringList{QStringLiteral("--accept"), QStringLiteral("x")}
                          << QStringLiteral("option --accept: \"x\" is not an item number");
}

void TestResolveCli::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = cli(QStringList{QStringLiteral("resolve"), QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("fusioncell-cli: ") + message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

QTEST_GUILESS_MAIN(TestResolveCli)
#include "tst_resolvecli.moc"
