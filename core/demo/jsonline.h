#pragma once

#include <QString>

namespace fc {

/**
 * Builds one compact JSON object as text, keys in the order they are added. The ground truth and
 * the nominal export write millions of small objects, for which QJsonObject's sorted maps and
 * document round trip cost several times more than the writing itself.
 */
class JsonLine
{
public:
    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, qint64 value);
    JsonLine &addNull(const char *key);
    /** value must already be JSON (an array or object written with this class). */
    JsonLine &addRaw(const char *key, const QString &json);
    /** The object, closed; the builder can be reused after clear(). */
    QString text() const { return m_text.isEmpty() ? QStringLiteral("{}") : m_text + QLatin1Char('}'); }
    bool isEmpty() const { return m_text.isEmpty(); }
    void clear() { m_text.clear(); }

    /** Appends value as a JSON string literal, quotes included. */
    static void appendQuoted(const QString &value, QString *out);

private:
    void appendKey(const char *key);

    QString m_text;
};

} // namespace fc
