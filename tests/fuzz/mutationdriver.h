#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace fc {

/**
 * Stands in for libFuzzer when the project is built with g++ (which has no -fsanitize=fuzzer):
 * runs LLVMFuzzerTestOneInput over a seed corpus, then over seeded, deterministic random
 * mutations of it for a bounded time, so that the normal test run exercises every fuzz target.
 * It has no coverage feedback; the clang build uses the real libFuzzer instead.
 *
 *   fuzz_x [--seconds N] [--seed S] [--max-runs N] [--timeout S] DIR|FILE...
 *
 * Directories are corpora (every file in them is a seed); with files only, each is run once (to
 * replay a crash). A crash, a sanitizer report, a broken invariant (abort) or an input that runs
 * longer than --timeout seconds ends the process with a failure, after the input has been saved
 * as crash-<target>-<n>.bin in the current folder and its path printed.
 */
class MutationDriver
{
public:
    using TestOneInput = int (*)(const uint8_t *data, size_t size);

    MutationDriver(const QString &targetName, TestOneInput test);
    int run(const QStringList &arguments);

private:
    bool parseArguments(const QStringList &arguments);
    void runOne(const QByteArray &input);
    QByteArray mutate(const QByteArray &input);
    QByteArray token();
    qsizetype below(qsizetype n); // uniform in [0, n), 0 when n <= 0

    QString m_target;
    TestOneInput m_test = nullptr;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_pool; // seeds plus recent mutants, so that mutations can stack up
    bool m_replayOnly = true;
    double m_seconds = 30;
    quint64 m_seed = 1;
    qint64 m_maxRuns = -1;
    int m_timeoutSeconds = 20;
    qint64 m_runs = 0;
    std::mt19937_64 m_random;
};

} // namespace fc
