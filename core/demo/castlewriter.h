#pragma once

#include "demo/exportwriter.h"

namespace fc {

/**
 * Castle Home & DIY's incident log: tab-separated UTF-16LE with a BOM and CRLF, a title line
 * above the header (header_row 2), "d MMM yyyy HH:mm", plain "1234.50" money, forename and
 * surname in separate upper-case columns for up to two offenders, VRMs as "ab12 cde".
 */
class CastleWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QString baseName() const override { return QStringLiteral("castle_home_diy_incidents"); }
    QString extension() const override { return QStringLiteral("tsv"); }
    QJsonObject spec() const override;
    void writeIncident(const DemoIncident &incident) override;

protected:
    std::unique_ptr<ExportFile> createFile() const override;
    void writeHeader() override;

private:
    qint64 m_sequence = 0;
};

} // namespace fc
