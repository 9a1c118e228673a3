// libFuzzer target: ImportSpec::fromJson. A spec that parses must be usable: it names a spec and
// an organisation, maps entities, its links join defined roles, it fits a header made of the
// columns it reads (and no other header), and a small file with that header imports cleanly.

#include "fuzzcheck.h"
#include "fuzzworkspace.h"
#include "ingest/importspec.h"

using namespace fc;

namespace {

// Columns that survive a plain CSV header unchanged (no quoting, no trimming, no BOM).
bool plainColumn(const QString &c)
{
    if (c.isEmpty() || c.trimmed() != c || c.startsWith(QChar(0xFEFF)))
        return false;
    for (QChar ch : c)
        if (ch == u',' || ch == u'"' || ch == u'\n' || ch == u'\r' || ch.isSurrogate() || ch.unicode() == 0)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzWorkspace workspace;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto spec = ImportSpec::fromJson(json, &error);
    if (!spec) {
        FuzzCheck::require(!error.isEmpty(), "a refused spec says why");
        return 0;
    }
    FuzzCheck::require(!spec->name.isEmpty() && !spec->organisation.isEmpty(), "a spec names itself and its source");
    FuzzCheck::require(!spec->entities.isEmpty(), "a spec maps at least one entity");
    for (const LinkMapping &l : spec->links)
        FuzzCheck::require(spec->entity(l.from) && spec->entity(l.to), "links join defined entities");
    const QStringList columns = spec->columnsUsed();
    QString fitError;
    FuzzCheck::require(spec->fitsHeader(columns, QStringLiteral("f.csv"), &fitError),
                       "a spec fits a header of the columns it uses", fitError);
    if (!columns.isEmpty()) {
        FuzzCheck::require(!spec->fitsHeader({}, QStringLiteral("f.csv"), &fitError),
                           "a spec that reads columns does not fit an empty header");
        FuzzCheck::require(fitError.contains(QLatin1String("f.csv")), "the misfit names the file", fitError);
    }

    // A two-row file with exactly those columns, read as plain UTF-8 CSV whatever the spec says.
    if (columns.isEmpty() || columns.size() > 64)
        return 0;
    for (const QString &c : columns)
        if (!plainColumn(c))
            return 0;
    ImportSpec plain = *spec;
    plain.reader = ReaderOptions();
    plain.reader.format = QStringLiteral("csv");
    plain.reader.delimiter = QStringLiteral(",");
    plain.reader.encoding = QStringLiteral("utf-8");
    QByteArray file = columns.join(QLatin1Char(',')).toUtf8() + "\n";
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values << QString::number(i + 1);
    file += values.join(QLatin1Char(',')).toUtf8() + "\n";
    file += QByteArray(columns.size() - 1, ',') + "\n"; // an empty row: rejected, never imported
    const ImportReport report = workspace.import(plain, file, QStringLiteral("spec-fuzz.csv"));
    if (report.status == ImportReport::Status::Imported)
        FuzzCheck::require(report.rowsRead == (columns.size() > 1 ? 2 : 1), // one empty column is an empty line
                           "every record is read", report.message);
    return 0;
}
