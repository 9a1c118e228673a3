#include "ingest/xlsxreader.h"

#include "ingest/sha256.h"
#include "ingest/xlsxcellreference.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxReader", text);
}

// The same generated names as the delimited reader: specs refer to columns by them.
QString generatedColumnName(int number)
{
    return QStringLiteral("Column %1").arg(number);
}

// A part name from a relationship target: absolute ("/xl/worksheets/sheet1.xml") or relative to
// the folder of the part whose relationships these are, with "." and ".." resolved.
QString resolveTarget(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << segment;
    }
    return out.join(QLatin1Char('/'));
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// The record as one line of CSV, kept as the row's raw text.
QString csvLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        const QString &f = fields.at(i);
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
            f.contains(QLatin1Char('\r'))) {
            QString quoted = f;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            line += f;
        }
    }
    return line;
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<QIODevice> device, const QString &displayName, const ReaderOptions &options,
                       const XlsxLimits &limits)
    : m_device(std::move(device)), m_displayName(displayName), m_options(options),
      m_package(std::make_unique<XlsxPackage>(m_device.get(), displayName, limits))
{
}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    m_sheetPart.reset();
}

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    m_ended = true;
    return false;
}

QString XlsxReader::cellName(int column, qint64 row) const
{
    return XlsxCellReference::columnLetters(column) + QString::number(row);
}

bool XlsxReader::readRelationships(const QString &part, const QString &baseDir, bool required)
{
    m_relTargets.clear();
    m_relTypes.clear();
    QString error;
    if (!required && !m_package->contains(part))
        return true;
    auto device = m_package->openPart(part, m_package->limits().maxOtherPartBytes, &error);
    if (!device)
        return fail(error);
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("a DTD is not allowed"));
            break;
        }
        if (token == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == u"External")
                continue;
            const QString id = a.value(QLatin1String("Id")).toString();
            const QString type = a.value(QLatin1String("Type")).toString();
            m_relTargets.insert(id, resolveTarget(baseDir, a.value(QLatin1String("Target")).toString()));
            m_relTypes.insert(id, type.mid(type.lastIndexOf(QLatin1Char('/')) + 1));
        }
    }
    if (xml.hasError() || XlsxPackage::partFailed(*device, m_displayName))
        return fail(XlsxPackage::xmlError(xml, *device, m_displayName, part));
    return true;
}

bool XlsxReader::readWorkbook(const QString &part)
{
    QString error;
    auto device = m_package->openPart(part, m_package->limits().maxOtherPartBytes, &error);
    if (!device)
        return fail(error);
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("a DTD is not allowed"));
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString relId;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    relId = a.value().toString();
            m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            m_sheetRelIds << relId;
        }
    }
    if (xml.hasError() || XlsxPackage::partFailed(*device, m_displayName))
        return fail(XlsxPackage::xmlError(xml, *device, m_displayName, part));
    if (m_sheetNames.isEmpty())
        return fail(tr("%1: the workbook lists no sheets (%2)").arg(m_displayName, part));
    return true;
}

bool XlsxReader::start(QString *error)
{
    auto failed = [this, error]() {
        *error = m_error;
        return false;
    };
    QString message;
    if (!m_package->open(&message)) {
        fail(message);
        return failed();
    }
    // The package's relationships name the workbook part (xl/workbook.xml as Excel writes it).
    if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), false))
        return failed();
    QString workbookPart;
    for (auto it = m_relTypes.cbegin(); it != m_relTypes.cend(); ++it)
        if (it.value() == QLatin1String("officeDocument"))
            workbookPart = m_relTargets.value(it.key());
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!m_package->contains(workbookPart)) {
        fail(tr("%1 is a zip file but not an Excel workbook: it has no part %2 (an .xlsb, .ods or other "
                "document? save it as .xlsx or CSV)")
                 .arg(m_displayName, workbookPart));
        return failed();
    }
    if (!readWorkbook(workbookPart))
        return failed();
    const QString baseDir = folderOf(workbookPart);
    const QString relsPart = baseDir + QStringLiteral("_rels/") + workbookPart.mid(baseDir.size()) +
                             QStringLiteral(".rels");
    if (!readRelationships(relsPart, baseDir, true))
        return failed();

    // The sheet: the one named, else the first worksheet (chart sheets hold no cells).
    qsizetype index = -1;
    const QString wanted = m_options.sheet.trimmed();
    for (qsizetype i = 0; i < m_sheetNames.size() && index < 0; ++i) {
        if (wanted.isEmpty() ? m_relTypes.value(m_sheetRelIds.at(i)) == QLatin1String("worksheet")
                             : m_sheetNames.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString &name : std::as_const(m_sheetNames))
            quoted << QLatin1Char('"') + name + QLatin1Char('"');
        fail(wanted.isEmpty() ? tr("%1: the workbook has no worksheet (its sheets: %2)")
                                    .arg(m_displayName, quoted.join(QLatin1String(", ")))
                              : tr("%1 has no sheet \"%2\": its sheets are %3")
                                    .arg(m_displayName, wanted, quoted.join(QLatin1String(", "))));
        return failed();
    }
    m_sheetName = m_sheetNames.at(index);
    m_sheetPartName = m_relTargets.value(m_sheetRelIds.at(index));
    if (m_sheetPartName.isEmpty()) {
        fail(tr("%1: the workbook's relationships (%2) do not say where sheet \"%3\" is")
                 .arg(m_displayName, relsPart, m_sheetName));
        return failed();
    }
    if (m_relTypes.value(m_sheetRelIds.at(index)) != QLatin1String("worksheet")) {
        fail(tr("%1: sheet \"%2\" is not a worksheet (a chart or dialog sheet holds no table)")
                 .arg(m_displayName, m_sheetName));
        return failed();
    }

    // Styles (for dates) and shared strings are optional parts.
    for (auto it = m_relTypes.cbegin(); it != m_relTypes.cend(); ++it) {
        const bool styles = it.value() == QLatin1String("styles");
        const bool strings = it.value() == QLatin1String("sharedStrings");
        if (!styles && !strings)
            continue;
        const QString part = m_relTargets.value(it.key());
        auto device = m_package->openPart(part, m_package->limits().maxOtherPartBytes, &message);
        if (!device) {
            fail(message);
            return failed();
        }
        const bool ok = styles ? m_styles.load(device.get(), m_displayName, part, &message)
                               : m_strings.load(device.get(), m_displayName, part, &message);
        if (!ok) {
            fail(message);
            return failed();
        }
    }

    m_sheetPart = m_package->openPart(m_sheetPartName, m_package->limits().maxSheetBytes, &message);
    if (!m_sheetPart) {
        fail(message);
        return failed();
    }
    m_xml.setDevice(m_sheetPart.get());
    int dimensionWidth = 0;
    while (!m_xml.atEnd() && !m_inSheetData) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_xml.raiseError(QStringLiteral("a DTD is not allowed"));
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"dimension") {
            const QStringView ref = m_xml.attributes().value(QLatin1String("ref"));
            const QStringView last = ref.mid(ref.indexOf(u':') + 1);
            int column = 0;
            qint64 row = 0;
            if (XlsxCellReference::parse(last, &column, &row))
                dimensionWidth = column + 1;
        } else if (m_xml.name() == u"sheetData") {
            m_inSheetData = true;
        }
    }
    if (m_xml.hasError() || XlsxPackage::partFailed(*m_sheetPart, m_displayName)) {
        fail(XlsxPackage::xmlError(m_xml, *m_sheetPart, m_displayName, m_sheetPartName));
        return failed();
    }
    if (!m_inSheetData) {
        fail(tr("%1: sheet \"%2\" (%3) has no sheetData element").arg(m_displayName, m_sheetName, m_sheetPartName));
        return failed();
    }

    if (m_options.headerRow < 0) {
        fail(tr("%1: the header row %2 is not valid: expected 0 (no header) or a row number from 1")
                 .arg(m_displayName, QString::number(m_options.headerRow)));
        return failed();
    }
    if (m_options.headerRow == 0) {
        Row first;
        if (readRow(&first)) {
            dimensionWidth = qMax<int>(dimensionWidth, int(first.cells.size()));
            m_pending = std::move(first);
        } else if (!m_error.isEmpty()) {
            return failed();
        }
        m_counters.mostRowsHeld = qMax<qint64>(m_counters.mostRowsHeld, 1);
        for (int i = 1; i <= dimensionWidth; ++i)
            m_headers << generatedColumnName(i);
        return true;
    }
    Row header;
    for (;;) {
        if (!readRow(&header)) {
            if (!m_error.isEmpty())
                return failed();
            fail(tr("%1: sheet \"%2\" ends before row %3, where the header should be")
                     .arg(m_displayName, m_sheetName, QString::number(m_options.headerRow)));
            return failed();
        }
        if (header.number == m_options.headerRow)
            break;
        if (header.number > m_options.headerRow) {
            fail(tr("%1: sheet \"%2\", row %3, where the header should be, is empty")
                     .arg(m_displayName, m_sheetName, QString::number(m_options.headerRow)));
            return failed();
        }
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        QString name = header.cells.at(i);
        if (name.trimmed().isEmpty())
            name = generatedColumnName(int(i) + 1);
        if (seen.contains(name)) {
            int k = 2;
            while (seen.contains(QStringLiteral("%1 (%2)").arg(name, QString::number(k))))
                ++k;
            name = QStringLiteral("%1 (%2)").arg(name, QString::number(k));
        }
        seen.insert(name);
        m_headers.append(name);
    }
    return true;
}

bool XlsxReader::readCell(Row *row, int *column)
{
    const auto attributes = m_xml.attributes();
    const QStringView ref = attributes.value(QLatin1String("r"));
    int c = *column + 1;
    if (!ref.isEmpty()) {
        qint64 r = 0;
        if (!XlsxCellReference::parse(ref, &c, &r))
            return fail(tr("%1: sheet \"%2\", row %3: \"%4\" is not a cell reference (%5 is damaged)")
                            .arg(m_displayName, m_sheetName, QString::number(row->number), ref.toString(),
                                 m_sheetPartName));
    }
    if (c >= XlsxCellReference::kMaxColumns)
        return fail(tr("%1: sheet \"%2\", row %3: a cell lies beyond column XFD (%4 is damaged)")
                        .arg(m_displayName, m_sheetName, QString::number(row->number), m_sheetPartName));
    if (c <= *column)
        return fail(tr("%1: sheet \"%2\": cell %3 comes after cell %4 (%5 is damaged)")
                        .arg(m_displayName, m_sheetName, cellName(c, row->number), cellName(*column, row->number),
                             m_sheetPartName));
    *column = c;
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"v") {
            value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            hasValue = true;
        } else if (m_xml.name() == u"f") {
            ++m_counters.formulaCells;
            m_xml.skipCurrentElement();
        } else if (m_xml.name() == u"is") {
            inlineText = XlsxSharedStrings::readStringItem(m_xml);
            hasInline = true;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return false;

    QString text;
    if (type == u"s") {
        if (hasValue) {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || !m_strings.at(index, &text))
                return fail(tr("%1: sheet \"%2\", cell %3 refers to shared string %4, but the workbook has %5")
                                .arg(m_displayName, m_sheetName, cellName(c, row->number), value,
                                     QString::number(m_strings.size())));
        }
    } else if (type == u"inlineStr") {
        text = hasInline ? inlineText : value;
    } else if (type == u"str" || type == u"d") {
        text = value;
    } else if (type == u"b") {
        if (hasValue)
            text = value.trimmed() == QLatin1String("0") ? QStringLiteral("false") : QStringLiteral("true");
    } else if (type == u"e") {
        if (hasValue) {
            ++m_counters.errorCells;
            if (m_firstError.isEmpty())
                m_firstError = tr("%1 in %2").arg(value, cellName(c, row->number));
        }
    } else if (hasValue && !value.trimmed().isEmpty()) {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok)
            return fail(tr("%1: sheet \"%2\", cell %3 should hold a number but holds \"%4\" (%5 is damaged)")
                            .arg(m_displayName, m_sheetName, cellName(c, row->number), value.left(40),
                                 m_sheetPartName));
        const XlsxStyles::Kind kind = m_styles.kindOfStyle(style);
        if (kind != XlsxStyles::Kind::Number)
            text = XlsxStyles::serialToIso(number, kind, m_date1904);
        if (text.isEmpty())
            text = XlsxStyles::numberText(number);
    }
    if (text.isEmpty())
        return true;
    while (row->cells.size() < c)
        row->cells.append(QString());
    row->cells.append(std::move(text));
    return true;
}

bool XlsxReader::readRow(Row *row)
{
    if (m_ended)
        return false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"row") {
            m_xml.skipCurrentElement();
            continue;
        }
        ++m_counters.rowsRead;
        row->cells.clear();
        const QStringView r = m_xml.attributes().value(QLatin1String("r"));
        row->number = r.isEmpty() ? m_lastRow + 1 : r.toLongLong();
        if (row->number <= m_lastRow || row->number > XlsxCellReference::kMaxRows)
            return fail(tr("%1: sheet \"%2\": row %3 follows row %4 (%5 is damaged)")
                            .arg(m_displayName, m_sheetName, r.toString(), QString::number(m_lastRow),
                                 m_sheetPartName));
        m_lastRow = row->number;
        int column = -1;
        while (!m_xml.atEnd()) {
            const auto inner = m_xml.readNext();
            if (inner == QXmlStreamReader::EndElement && m_xml.name() == u"row")
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"c") {
                if (!readCell(row, &column))
                    break;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!m_error.isEmpty())
            return false;
        if (m_xml.hasError())
            break;
        m_counters.mostCellsHeld = qMax<qint64>(m_counters.mostCellsHeld, row->cells.size());
        if (!row->cells.isEmpty())
            return true;
    }
    if (m_xml.hasError() || XlsxPackage::partFailed(*m_sheetPart, m_displayName))
        return fail(XlsxPackage::xmlError(m_xml, *m_sheetPart, m_displayName, m_sheetPartName));
    return finish();
}

// The end of the sheet: the file's SHA-256 is taken now, of the bytes on disk once they have all
// been used, so that a file changed while it was read does not match the hash the import took.
bool XlsxReader::finish()
{
    m_ended = true;
    m_counters.sheetBytes = m_package->partExpanded();
    m_xml.setDevice(nullptr);
    m_sheetPart.reset();
    m_package->close();
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1 again to hash it: %2").arg(m_displayName, m_device->errorString()));
    if (!m_device->seek(0))
        return fail(tr("cannot read %1 again to hash it: %2").arg(m_displayName, m_device->errorString()));
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_device->read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(tr("cannot read %1: %2").arg(m_displayName, m_device->errorString()));
        if (n == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), n));
    }
    m_sha256 = hash.hex();
    return false;
}

bool XlsxReader::next(SourceRow *row)
{
    Row current;
    if (m_pending) {
        current = std::move(*m_pending);
        m_pending.reset();
    } else if (!readRow(&current)) {
        row->fields.clear();
        return false;
    }
    m_counters.mostRowsHeld = qMax<qint64>(m_counters.mostRowsHeld, 1);
    row->rowNumber = current.number;
    row->lineNumber = current.number;
    while (current.cells.size() < m_headers.size())
        current.cells.append(QString());
    row->raw = csvLine(current.cells);
    row->fields = std::move(current.cells);
    return true;
}

double XlsxReader::progress() const
{
    if (m_ended)
        return 1.0;
    return m_package->partProgress();
}

XlsxReader::Counters XlsxReader::counters() const
{
    Counters c = m_counters;
    c.largestRead = m_package->largestRead();
    if (m_sheetPart)
        c.sheetBytes = m_package->partExpanded();
    c.sharedStrings = m_strings.size();
    c.sharedStringCharacters = m_strings.characters();
    return c;
}

QStringList XlsxReader::notes() const
{
    QStringList notes;
    if (m_counters.formulaCells > 0)
        notes << tr("%1, sheet \"%2\": %3 cells hold formulas; the values the program that saved the workbook "
                    "calculated are read (formulas are not recalculated)")
                     .arg(m_displayName, m_sheetName, QString::number(m_counters.formulaCells));
    if (m_counters.errorCells > 0)
        notes << tr("%1, sheet \"%2\": %3 cells hold Excel errors (the first: %4); they are read as empty")
                     .arg(m_displayName, m_sheetName, QString::number(m_counters.errorCells), m_firstError);
    return notes;
}

} // namespace fc
