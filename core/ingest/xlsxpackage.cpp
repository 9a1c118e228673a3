#include "ingest/xlsxpackage.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxPackage", text);
}

/*
 * One part of the zip as a read-only stream. Counts the bytes inflated and refuses to go past
 * the part's size limit or the compression ratio limit; damaged data or a CRC that does not
 * match are read errors too.
 */
class PartDevice : public QIODevice
{
public:
    PartDevice(XlsxPackage *package, QuaZip *zip, QIODevice *container, const QString &displayName,
               const QString &part, qint64 maxBytes)
        : m_package(package), m_file(zip), m_container(container), m_displayName(displayName), m_part(part),
          m_maxBytes(maxBytes)
    {
    }
    ~PartDevice() override
    {
        if (m_file.isOpen())
            m_file.close();
    }

    bool start(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: the part %2 of the workbook cannot be opened (the zip is damaged or uses an "
                        "unsupported compression or encryption)")
                         .arg(m_displayName, m_part);
            return false;
        }
        m_dataStart = m_container->pos();
        QuaZipFileInfo64 info;
        if (m_file.getFileInfo(&info))
            m_compressed = qMax<qint64>(qint64(info.compressedSize), 1);
        m_package->notePartOpened(qint64(info.uncompressedSize));
        return QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (maxSize <= 0)
            return 0; // QIODevice asks for nothing at times: not the end of the part
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0)
            return fail(tr("%1: the part %2 of the workbook is damaged (its compressed data cannot be inflated)")
                            .arg(m_displayName, m_part));
        if (n == 0) {
            if (!m_ended) {
                m_ended = true;
                m_file.close();
                if (m_file.getZipError() != UNZ_OK)
                    return fail(tr("%1: the part %2 of the workbook is damaged (its checksum does not match)")
                                    .arg(m_displayName, m_part));
            }
            return 0;
        }
        m_expanded += n;
        m_package->noteRead(n);
        if (m_expanded > m_maxBytes)
            return fail(tr("%1: the part %2 of the workbook expands to more than %3 MiB: refused as a possible "
                           "zip bomb")
                            .arg(m_displayName, m_part, QString::number(m_maxBytes >> 20)));
        const XlsxLimits &limits = m_package->limits();
        // The compressed bytes used so far are where the zip is being read from now (QuaZip reads
        // a part's data in order); the size the central directory gives is only an upper bound.
        const qint64 consumed = m_container->pos() - m_dataStart;
        const qint64 compressed = consumed > 0 && consumed < m_compressed ? consumed : m_compressed;
        if (m_expanded > limits.ratioFloor && double(m_expanded) / double(compressed) > limits.maxRatio)
            return fail(tr("%1: the part %2 of the workbook expands more than %3 times its compressed size: "
                           "refused as a possible zip bomb")
                            .arg(m_displayName, m_part, QString::number(limits.maxRatio)));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    XlsxPackage *m_package;
    QuaZipFile m_file;
    QIODevice *m_container;
    qint64 m_dataStart = 0;
    QString m_displayName;
    QString m_part;
    qint64 m_maxBytes;
    qint64 m_compressed = 1;
    qint64 m_expanded = 0;
    bool m_failed = false;
    bool m_ended = false;
};

} // namespace

XlsxPackage::XlsxPackage(QIODevice *device, const QString &displayName, const XlsxLimits &limits)
    : m_device(device), m_displayName(displayName), m_limits(limits), m_zip(std::make_unique<QuaZip>(device))
{
}

XlsxPackage::~XlsxPackage() = default;

bool XlsxPackage::open(QString *error)
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a readable zip file, so not an Excel .xlsx workbook (it may be damaged or "
                    "incomplete)")
                     .arg(m_displayName);
        return false;
    }
    return true;
}

bool XlsxPackage::contains(const QString &part) const
{
    return m_zip->setCurrentFile(part, QuaZip::csInsensitive);
}

std::unique_ptr<QIODevice> XlsxPackage::openPart(const QString &part, qint64 maxBytes, QString *error)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        *error = tr("%1: the workbook has no part %2 (it is damaged or not an Excel workbook)")
                     .arg(m_displayName, part);
        return nullptr;
    }
    auto device = std::make_unique<PartDevice>(this, m_zip.get(), m_device, m_displayName, part, maxBytes);
    if (!device->start(error))
        return nullptr;
    return device;
}

QString XlsxPackage::xmlError(const QXmlStreamReader &xml, const QIODevice &device, const QString &displayName,
                              const QString &part)
{
    if (partFailed(device, displayName))
        return device.errorString();
    return tr("%1: the part %2 of the workbook is not valid XML (line %3, column %4: %5)")
        .arg(displayName, part, QString::number(xml.lineNumber()), QString::number(xml.columnNumber()),
             xml.errorString());
}

bool XlsxPackage::partFailed(const QIODevice &device, const QString &displayName)
{
    return device.errorString().startsWith(displayName + QLatin1Char(':'));
}

void XlsxPackage::close()
{
    if (m_zip->isOpen())
        m_zip->close();
}

} // namespace fc
