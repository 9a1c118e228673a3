#include "ingest/xlsxsharedstrings.h"

#include "ingest/xlsxpackage.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace fc {

QString XlsxSharedStrings::readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    int phonetic = 0; // depth inside <rPh>
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                continue; // readElementText stops on </t>
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            --depth;
        }
    }
    return text;
}

bool XlsxSharedStrings::load(QIODevice *device, const QString &displayName, const QString &part, QString *error)
{
    QXmlStreamReader xml(device);
    m_strings.clear();
    m_characters = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("a DTD is not allowed"));
            break;
        }
        if (token == QXmlStreamReader::StartElement && xml.name() == u"si") {
            QString text = readStringItem(xml);
            m_characters += text.size();
            m_strings.append(std::move(text));
        }
    }
    if (xml.hasError() || XlsxPackage::partFailed(*device, displayName)) {
        *error = XlsxPackage::xmlError(xml, *device, displayName, part);
        return false;
    }
    return true;
}

bool XlsxSharedStrings::at(qsizetype i, QString *text) const
{
    if (i < 0 || i >= m_strings.size())
        return false;
    *text = m_strings.at(i);
    return true;
}

} // namespace fc
