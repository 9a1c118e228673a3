#pragma once

#include "demo/exportwriter.h"

namespace fc {

/**
 * A police force's nominal export as JSON Lines: one nominal per line with PNC id, names, date
 * of birth, home town and postcode, up to three vehicles they keep and three associates (by
 * PNC id, with the date linked), graded per row in 3x5x2 and, on a few old records, 5x5x5.
 * Written at the end, once the incidents have shown who offended.
 */
class NominalWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QString baseName() const override { return QStringLiteral("gmp_nominals"); }
    QString extension() const override { return QStringLiteral("jsonl"); }
    QJsonObject spec() const override;
    bool finish(QString *error) override;

    static QString organisation() { return QStringLiteral("Greater Manchester Police"); }

protected:
    std::unique_ptr<ExportFile> createFile() const override;
    void writeHeader() override {}
};

} // namespace fc
