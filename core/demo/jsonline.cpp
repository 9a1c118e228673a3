#include "demo/jsonline.h"

namespace fc {

void JsonLine::appendQuoted(const QString &value, QString *out)
{
    out->append(QLatin1Char('"'));
    for (QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out->append(QLatin1String("\\\""));
            break;
        case '\\':
            out->append(QLatin1String("\\\\"));
            break;
        case '\n':
            out->append(QLatin1String("\\n"));
            break;
        case '\r':
            out->append(QLatin1String("\\r"));
            break;
        case '\t':
            out->append(QLatin1String("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                out->append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out->append(c);
        }
    }
    out->append(QLatin1Char('"'));
}

void JsonLine::appendKey(const char *key)
{
    m_text.append(m_text.isEmpty() ? QLatin1Char('{') : QLatin1Char(','));
    m_text.append(QLatin1Char('"'));
    m_text.append(QLatin1String(key));
    m_text.append(QLatin1String("\":"));
}

JsonLine &JsonLine::add(const char *key, const QString &value)
{
    appendKey(key);
    appendQuoted(value, &m_text);
    return *this;
}

JsonLine &JsonLine::add(const char *key, qint64 value)
{
    appendKey(key);
    m_text.append(QString::number(value));
    return *this;
}

JsonLine &JsonLine::addNull(const char *key)
{
    appendKey(key);
    m_text.append(QLatin1String("null"));
    return *this;
}

JsonLine &JsonLine::addRaw(const char *key, const QString &json)
{
    appendKey(key);
    m_text.append(json);
    return *this;
}

} // namespace fc
