#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace fc {

/** Where a command writes: results to out, the one-line failure reason to err. */
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    bool json = false; // --json was given: write machine-readable JSON to out

    /** Writes "fusioncell-cli: <reason>" to err and returns the exit code to use. */
    int fail(const QString &reason, int exitCode = 1)
    {
        err << "fusioncell-cli: " << reason << Qt::endl;
        return exitCode;
    }
    void writeJson(const QJsonDocument &doc) { out << doc.toJson(QJsonDocument::Indented); }
};

/**
 * One subcommand of fusioncell-cli. A command declares its options and positional arguments on
 * the parser (--help and --json are added for it) and runs with the parsed values. Commands are
 * thin: they parse, call core classes and print; the work itself lives in the core libraries.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void setup(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, CliIo &io) = 0;
    /** Whether the command paints or lays out text (PDF, images): it then needs a QGuiApplication,
     *  which fusioncell-cli creates (on the offscreen platform when none is set). */
    virtual bool needsGui() const { return false; }
};

} // namespace fc
