#pragma once

#include "demo/exportwriter.h"

namespace fc {

/**
 * Northgate Foods' incident export: comma-separated UTF-8 with a BOM, "dd/MM/yyyy HH:mm",
 * "£1,234.50", one row per incident with up to two suspects written "Amy Khan", and narratives
 * with commas, quotes and now and then a line break.
 */
class NorthgateWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QString baseName() const override { return QStringLiteral("northgate_foods_incidents"); }
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
