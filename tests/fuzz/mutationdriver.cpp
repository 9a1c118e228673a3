#include "mutationdriver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

// AddressSanitizer calls this back before it ends the process on a report (weak: absent in a
// plain build).
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

namespace fc {

namespace {

// What a signal handler needs to save the input that was running: plain memory, set before each
// run, because nothing else is safe to touch in a handler.
const char *g_input = nullptr;
size_t g_inputSize = 0;
char g_crashPath[512] = {0};

void saveCurrentInput()
{
    static bool saved = false;
    if (saved || !g_input || !g_crashPath[0])
        return;
    saved = true;
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t done = 0;
        while (done < g_inputSize) {
            const ssize_t n = ::write(fd, g_input + done, g_inputSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        ::close(fd);
    }
    static const char prefix[] = "\n==fuzz== the failing input was saved as ";
    [[maybe_unused]] ssize_t ignored = ::write(2, prefix, sizeof prefix - 1);
    ignored = ::write(2, g_crashPath, std::strlen(g_crashPath));
    ignored = ::write(2, "\n", 1);
}

void onFatalSignal(int signal)
{
    if (signal == SIGALRM) {
        static const char message[] = "\n==fuzz== one input ran longer than the timeout (a hang?)\n";
        [[maybe_unused]] ssize_t ignored = ::write(2, message, sizeof message - 1);
    }
    saveCurrentInput();
    std::signal(SIGABRT, SIG_DFL);
    std::signal(signal, SIG_DFL);
    std::raise(signal == SIGALRM ? SIGABRT : signal);
}

// Bytes that change how a reader splits or decodes text.
constexpr char kInterestingBytes[] = {'\0', '"', ',', ';', '\t', '|', '\n', '\r', '{', '}', '[', ']', ':',
                                      '\\', '.', '-', '\x7f', '\x80', '\xc3', '\xe2', '\xef', '\xfe', '\xff'};

// Whole tokens: syntax, encodings, and the hostile values the bad-input suite also tries.
const char *const kTokens[] = {
    "\"\"",        "\",\"",          "\r\n",        "\xEF\xBB\xBF", "\xFF\xFE",     "\\u0000",
    "\\ud800",     "\\\"",           "{\"a\":",     "[]",           "{}",           "null",
    "true",        "1e999",          "-0",          "NaN",          "-1",           "99999999999999999999",
    "31/12/9999 23:59",              "9999-12-31",  "0000-00-00",   "29/02/2023",   "\xC2\xA3",
    "<b>x</b>",    "'); DROP TABLE entities;--", "%1",            "\xE2\x80\xAE", "\xF0\x9F\x98\x80",
    "\xC0\xAF",    "\xED\xA0\x80",   "\"column\"",  "\"type\"",     "\"key\"",      "\"fields\"",
    "\"entities\"", "\"links\"",     "\"values\"",  "\"format\"",   "\"person\"",   "\"vehicle\"",
};

} // namespace

MutationDriver::MutationDriver(const QString &targetName, TestOneInput test)
    : m_target(targetName), m_test(test)
{
}

qsizetype MutationDriver::below(qsizetype n)
{
    if (n <= 0)
        return 0;
    return qsizetype(m_random() % quint64(n));
}

QByteArray MutationDriver::token()
{
    return QByteArray(kTokens[below(qsizetype(std::size(kTokens)))]);
}

QByteArray MutationDriver::mutate(const QByteArray &input)
{
    QByteArray out = input;
    const int steps = 1 + int(below(6));
    for (int step = 0; step < steps; ++step) {
        const qsizetype n = out.size();
        switch (below(10)) {
        case 0: // flip a bit
            if (n > 0)
                out[below(n)] ^= char(1 << below(8));
            break;
        case 1: // any byte
            if (n > 0)
                out[below(n)] = char(below(256));
            break;
        case 2: // a byte that matters to a reader
            if (n > 0)
                out[below(n)] = kInterestingBytes[below(qsizetype(sizeof kInterestingBytes))];
            break;
        case 3: // insert a token
            out.insert(below(n + 1), token());
            break;
        case 4: { // delete a range
            const qsizetype at = below(n);
            out.remove(at, 1 + below(qMin<qsizetype>(n - at, 64)));
            break;
        }
        case 5: { // copy a range elsewhere (repeats rows, columns, nesting)
            if (n == 0)
                break;
            const qsizetype from = below(n);
            const QByteArray piece = out.mid(from, 1 + below(qMin<qsizetype>(n - from, 256)));
            out.insert(below(n + 1), piece);
            break;
        }
        case 6: // truncate (a file cut short)
            out.truncate(below(n + 1));
            break;
        case 7: { // splice with another input
            const QByteArray &other = m_pool.at(below(m_pool.size()));
            out = out.left(below(n + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        case 8: { // a long run of one byte (very long fields, deep nesting)
            const char c = below(2) ? kInterestingBytes[below(qsizetype(sizeof kInterestingBytes))]
                                    : char('a' + below(26));
            out.insert(below(n + 1), QByteArray(1 + below(below(4) == 0 ? 70000 : 2000), c));
            break;
        }
        default: { // swap two bytes
            if (n < 2)
                break;
            const qsizetype a = below(n), b = below(n);
            std::swap(out[a], out[b]);
            break;
        }
        }
    }
    constexpr qsizetype kMaxSize = 256 * 1024;
    if (out.size() > kMaxSize)
        out.truncate(kMaxSize);
    return out;
}

bool MutationDriver::parseArguments(const QStringList &arguments)
{
    bool anyDirectory = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&]() { return i + 1 < arguments.size() ? arguments.at(++i) : QString(); };
        if (a == QLatin1String("--seconds")) {
            m_seconds = value().toDouble();
        } else if (a == QLatin1String("--seed")) {
            m_seed = value().toULongLong();
        } else if (a == QLatin1String("--max-runs")) {
            m_maxRuns = value().toLongLong();
        } else if (a == QLatin1String("--timeout")) {
            m_timeoutSeconds = qMax(1, value().toInt());
        } else if (QFileInfo(a).isDir()) {
            anyDirectory = true;
            QStringList files;
            QDirIterator it(a, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort(); // a deterministic order whatever the file system returns
            for (const QString &path : std::as_const(files)) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly))
                    m_seeds << f.readAll();
            }
        } else if (QFileInfo(a).isFile()) {
            QFile f(a);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read %s\n", qPrintable(m_target), qPrintable(a));
                return false;
            }
            m_seeds << f.readAll();
        } else {
            std::fprintf(stderr, "%s: no such file, folder or option: %s\n", qPrintable(m_target), qPrintable(a));
            return false;
        }
    }
    m_replayOnly = !anyDirectory;
    return true;
}

void MutationDriver::runOne(const QByteArray &input)
{
    g_input = input.constData();
    g_inputSize = size_t(input.size());
    ::alarm(unsigned(m_timeoutSeconds));
    m_test(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    ::alarm(0);
    g_input = nullptr;
    ++m_runs;
}

int MutationDriver::run(const QStringList &arguments)
{
    if (!parseArguments(arguments))
        return 2;
    if (m_seeds.isEmpty()) {
        std::fprintf(stderr, "%s: no inputs (name a corpus folder or input files)\n", qPrintable(m_target));
        return 2;
    }
    const QByteArray crashPath =
        QDir::current().absoluteFilePath(QStringLiteral("crash-%1-%2.bin").arg(m_target).arg(m_seed)).toLocal8Bit();
    std::strncpy(g_crashPath, crashPath.constData(), sizeof g_crashPath - 1);
    for (int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGALRM})
        std::signal(s, onFatalSignal);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(saveCurrentInput);

    m_random.seed(m_seed);
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &seed : std::as_const(m_seeds))
        runOne(seed);
    const qint64 seedRuns = m_runs;
    if (!m_replayOnly) {
        m_pool = m_seeds;
        while (timer.elapsed() < qint64(m_seconds * 1000) && (m_maxRuns < 0 || m_runs < m_maxRuns)) {
            // Half the time start again from a seed, otherwise keep mutating a recent mutant.
            const QByteArray &base = below(2) ? m_seeds.at(below(m_seeds.size())) : m_pool.at(below(m_pool.size()));
            const QByteArray input = mutate(base);
            runOne(input);
            if (m_pool.size() < m_seeds.size() + 256)
                m_pool.append(input);
            else
                m_pool[m_seeds.size() + below(256)] = input;
        }
    }
    std::printf("%s: %lld seed inputs and %lld mutations in %.1f s (seed %llu): no crash, hang or broken invariant\n",
                qPrintable(m_target), static_cast<long long>(seedRuns), static_cast<long long>(m_runs - seedRuns),
                double(timer.elapsed()) / 1000.0, static_cast<unsigned long long>(m_seed));
    return 0;
}

} // namespace fc
