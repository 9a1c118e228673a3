#include "casefile/casetypes.h"

#include "model/entitytype.h"

#include <QCoreApplication>
#include <QMap>

namespace fc {

QString MaterialSource::reference() const
{
    QString r = QStringLiteral("%1 row %2").arg(fileName).arg(rowNumber);
    if (!recordKey.isEmpty())
        r += QStringLiteral(" (%1)").arg(recordKey);
    return r;
}

QString MaterialMention::fact(const QString &name) const
{
    for (const auto &f : facts)
        if (f.first == name)
            return f.second;
    return QString();
}

QList<qint64> CaseMaterial::reportedIncidents() const
{
    QList<qint64> out;
    for (const MaterialMention &m : mentions)
        if (m.type == int(EntityType::Incident) && !m.fact(QStringLiteral("occurred_at")).isEmpty()
            && !out.contains(m.entityId))
            out << m.entityId;
    return out;
}

bool CaseMaterial::hasMention(qint64 entityId) const
{
    return mentionOf(entityId) != nullptr;
}

const MaterialMention *CaseMaterial::mentionOf(qint64 entityId) const
{
    for (const MaterialMention &m : mentions)
        if (m.entityId == entityId)
            return &m;
    return nullptr;
}

QString CaseMaterial::describe() const
{
    if (!reportedIncidents().isEmpty())
        return QCoreApplication::translate("CaseMaterial", "incident report");
    QMap<int, int> counts;
    for (const MaterialMention &m : mentions)
        ++counts[m.type];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(EntityTypes::name(EntityType(it.key())));
    return QCoreApplication::translate("CaseMaterial", "record mentioning %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace fc
