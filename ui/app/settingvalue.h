#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace fc {

/**
 * A typed QSettings key with its default (qBittorrent's SettingValue<T>): widgets read and write
 * settings through these, never through string keys of their own.
 */
template <typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        QSettings settings;
        const QVariant v = settings.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    bool isSet() const { return QSettings().contains(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace fc
