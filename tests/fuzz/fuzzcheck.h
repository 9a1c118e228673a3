#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fc {

/**
 * The invariants a fuzz target checks besides "no crash": a broken one aborts, which libFuzzer
 * (and the g++ mutation driver) report as a crash and save the input for.
 */
class FuzzCheck
{
public:
    static void require(bool ok, const char *invariant, const QString &detail = QString())
    {
        if (ok)
            return;
        // The detail is a reader or importer message about synthetic fuzz data, never personal data.
        std::fprintf(stderr, "==fuzz== invariant broken: %s\n%s\n", invariant, qPrintable(detail.left(2000)));
        std::abort();
    }
};

} // namespace fc
