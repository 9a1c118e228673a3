#pragma once

#include <QString>
#include <memory>

class QIODevice;
class QXmlStreamReader;
class QuaZip;

namespace fc {

/** Limits on what a workbook's parts may expand to, checked while they are inflated. */
struct XlsxLimits
{
    qint64 maxSheetBytes = qint64(2) << 30;   // the worksheet read: 2 GiB of XML
    qint64 maxOtherPartBytes = qint64(256) << 20; // workbook, relationships, styles, shared strings
    double maxRatio = 500.0;                  // expanded / compressed bytes of one part
    qint64 ratioFloor = qint64(1) << 20;      // the ratio is checked once a part has expanded this far
};

/**
 * The zip container of an Office Open XML workbook (QuaZip over a device that can seek). Parts
 * are read as streams that enforce XlsxLimits on the bytes actually inflated (the sizes the zip
 * headers claim are not trusted), so a zip bomb stops with an error naming the file and the
 * part. One part is open at a time.
 */
class XlsxPackage
{
public:
    XlsxPackage(QIODevice *device, const QString &displayName, const XlsxLimits &limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    /** Opens the zip; false and *error (naming the file) if it is not a readable zip. */
    bool open(QString *error);
    bool contains(const QString &part) const;
    /**
     * A stream of one part, expanding to at most maxBytes; nullptr and *error if the part is
     * missing or cannot be opened. A read past a limit or of damaged data fails; the device's
     * errorString() then names the file, the part and the reason.
     */
    std::unique_ptr<QIODevice> openPart(const QString &part, qint64 maxBytes, QString *error);
    /**
     * The message for an XML reader that stopped with an error on a part: the part stream's own
     * (a limit, damaged data) if it failed, else the XML error with its line.
     */
    static QString xmlError(const QXmlStreamReader &xml, const QIODevice &device, const QString &displayName,
                            const QString &part);
    /** Whether a part stream stopped on a limit, damaged data or a checksum that does not match. */
    static bool partFailed(const QIODevice &device, const QString &displayName);
    /** Closes the zip (the device stays open). */
    void close();

    const XlsxLimits &limits() const { return m_limits; }
    /** The most bytes one read from a part brought in at once (what the stream buffers). */
    qint64 largestRead() const { return m_largestRead; }
    /** Share of the part opened last read so far (by the size its header claims), 0..1. */
    double partProgress() const
    {
        return m_partClaimed <= 0 ? 0.0 : qMin(1.0, double(m_partExpanded) / double(m_partClaimed));
    }
    /** Bytes the part opened last has expanded to so far. */
    qint64 partExpanded() const { return m_partExpanded; }
    void noteRead(qint64 bytes)
    {
        m_largestRead = qMax(m_largestRead, bytes);
        m_partExpanded += bytes;
    }
    void notePartOpened(qint64 claimedSize)
    {
        m_partClaimed = claimedSize;
        m_partExpanded = 0;
    }

private:
    QIODevice *m_device;
    QString m_displayName;
    XlsxLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_largestRead = 0;
    qint64 m_partExpanded = 0;
    qint64 m_partClaimed = 0;
};

} // namespace fc
