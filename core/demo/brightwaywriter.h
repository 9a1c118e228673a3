#pragma once

#include "demo/exportwriter.h"

namespace fc {

/**
 * Brightway Pharmacy's incident export: semicolon-separated Windows-1252 with CRLF line ends,
 * "yyyy-MM-dd HH:mm:ss", European money "1.234,50", and one row per offender, so an incident
 * reference repeats; names are written "KHAN, Amy" in one column.
 */
class BrightwayWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QString baseName() const override { return QStringLiteral("brightway_pharmacy_incidents"); }
    QString extension() const override { return QStringLiteral("csv"); }
    QJsonObject spec() const override;
    void writeIncident(const DemoIncident &incident) override;

protected:
    std::unique_ptr<ExportFile> createFile() const override;
    void writeHeader() override;

private:
    qint64 m_sequence = 0;
};

} // namespace fc
