// libFuzzer target: the whole import of one file (reading, mapping, validation, resolution and the
// transaction) under each of the demo's import specs, in in-memory workspaces. FuzzWorkspace
// checks that a failed import changes nothing and a finished one accounts for every row.

#include "fuzzcheck.h"
#include "fuzzworkspace.h"
#include "ingest/importspec.h"

#include <QDir>

#include <memory>
#include <vector>

using namespace fc;

namespace {

struct Target
{
    ImportSpec spec;
    std::unique_ptr<FuzzWorkspace> workspace;
};

std::vector<Target> &targets()
{
    static std::vector<Target> all = [] {
        std::vector<Target> out;
        const QDir dir(QStringLiteral(FC_FUZZ_SPEC_DIR));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QString error;
            auto spec = ImportSpec::load(dir.filePath(name), &error);
            FuzzCheck::require(spec.has_value(), "the fuzz specs load", error);
            out.push_back(Target{*spec, std::make_unique<FuzzWorkspace>()});
        }
        FuzzCheck::require(!out.empty(), "there are specs in " FC_FUZZ_SPEC_DIR);
        return out;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Target &t : targets())
        t.workspace->import(t.spec, bytes, QStringLiteral("fuzz-export.dat"));
    return 0;
}
