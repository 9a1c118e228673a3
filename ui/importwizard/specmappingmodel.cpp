#include "importwizard/specmappingmodel.h"

#include "ingest/importspec.h"
#include "model/entitytype.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fc {

static QStringList stringOrList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString() && !v.toString().isEmpty())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
    return out;
}

static QString columnOf(const QJsonValue &fieldValue)
{
    if (fieldValue.isObject())
        return fieldValue.toObject().value(QLatin1String("column")).toString();
    return fieldValue.toString();
}

void SpecMappingModel::setSpec(const QJsonObject &spec, const QStringList &header, const QList<QStringList> &samples)
{
    beginResetModel();
    m_base = spec;
    m_header = header;
    m_rows.clear();
    for (int i = 0; i < header.size(); ++i) {
        Mapping m;
        m.column = header.at(i);
        for (const QStringList &row : samples) {
            if (i < row.size() && !row.at(i).trimmed().isEmpty()) {
                m.sample = row.at(i);
                break;
            }
        }
        m_rows.append(m);
    }
    const QJsonObject entities = spec.value(QLatin1String("entities")).toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QString type = e.value(QLatin1String("type")).toString();
        const QString subtype = e.value(QLatin1String("subtype")).toString();
        auto claim = [&](const QString &column) -> Mapping * {
            const int row = rowOf(column);
            if (row < 0)
                return nullptr;
            Mapping &m = m_rows[row];
            // A column feeds one role here; the first role that names it keeps it.
            if (!m.role.isEmpty() && m.role != it.key())
                return nullptr;
            m.role = it.key();
            m.type = type;
            m.subtype = subtype;
            return &m;
        };
        for (const QString &keyColumn : stringOrList(e.value(QLatin1String("key"))))
            if (Mapping *m = claim(keyColumn))
                m->key = true;
        const QJsonObject fields = e.value(QLatin1String("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f)
            if (Mapping *m = claim(columnOf(f.value())))
                if (m->field.isEmpty())
                    m->field = f.key();
    }
    endResetModel();
    emit specChanged();
}

int SpecMappingModel::rowOf(const QString &column) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).column == column)
            return i;
    return -1;
}

QStringList SpecMappingModel::roles() const
{
    QStringList roles;
    for (const Mapping &m : m_rows)
        if (!m.role.isEmpty() && !roles.contains(m.role))
            roles << m.role;
    return roles;
}

QString SpecMappingModel::typeOfRole(const QString &role) const
{
    for (const Mapping &m : m_rows)
        if (m.role == role && !m.type.isEmpty())
            return m.type;
    return QString();
}

QJsonObject SpecMappingModel::spec() const
{
    QJsonObject spec = m_base;
    const QJsonObject baseEntities = m_base.value(QLatin1String("entities")).toObject();
    QJsonObject entities;
    const QStringList roleList = roles();
    for (const QString &role : roleList) {
        QJsonObject e = baseEntities.value(role).toObject();
        const QJsonObject baseFields = e.value(QLatin1String("fields")).toObject();
        QJsonObject fields;
        QJsonArray keys;
        for (const Mapping &m : m_rows) {
            if (m.role != role)
                continue;
            e.insert(QStringLiteral("type"), m.type);
            if (!m.subtype.isEmpty())
                e.insert(QStringLiteral("subtype"), m.subtype);
            if (m.key)
                keys.append(m.column);
            if (!m.field.isEmpty()) {
                // A field given as {"column":..., "kind":...} keeps its other settings.
                const QJsonValue base = baseFields.value(m.field);
                if (base.isObject()) {
                    QJsonObject o = base.toObject();
                    o.remove(QStringLiteral("columns"));
                    o.insert(QStringLiteral("column"), m.column);
                    fields.insert(m.field, o);
                } else {
                    fields.insert(m.field, m.column);
                }
            }
        }
        // A field read from several columns ("columns") is not one column's mapping: it is kept as
        // the spec gives it.
        for (auto f = baseFields.begin(); f != baseFields.end(); ++f)
            if (!fields.contains(f.key()) && f.value().toObject().contains(QLatin1String("columns")))
                fields.insert(f.key(), f.value());
        if (keys.isEmpty())
            e.remove(QStringLiteral("key"));
        else
            e.insert(QStringLiteral("key"), keys.size() == 1 ? QJsonValue(keys.first()) : QJsonValue(keys));
        e.insert(QStringLiteral("fields"), fields);
        entities.insert(role, e);
    }
    spec.insert(QStringLiteral("entities"), entities);

    // Links between roles that are still mapped are kept; roles new to the spec get the usual
    // link to the incident, as SpecTemplate suggests them.
    QJsonArray links;
    QSet<QString> linked;
    for (const QJsonValue &v : m_base.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString from = l.value(QLatin1String("from")).toString();
        const QString to = l.value(QLatin1String("to")).toString();
        if (roleList.contains(from) && roleList.contains(to)) {
            links.append(l);
            linked << from << to;
        }
    }
    const QString incident = roleList.contains(QLatin1String("incident")) ? QStringLiteral("incident") : QString();
    if (!incident.isEmpty()) {
        for (const QString &role : roleList) {
            if (role == incident || linked.contains(role))
                continue;
            const QString type = typeOfRole(role);
            QJsonObject l;
            if (type == QLatin1String("person"))
                l = {{QStringLiteral("type"), QStringLiteral("suspect_in")}, {QStringLiteral("from"), role}, {QStringLiteral("to"), incident}};
            else if (type == QLatin1String("location"))
                l = {{QStringLiteral("type"), QStringLiteral("occurred_at")}, {QStringLiteral("from"), incident}, {QStringLiteral("to"), role}};
            else if (type == QLatin1String("vehicle"))
                l = {{QStringLiteral("type"), QStringLiteral("used_vehicle")}, {QStringLiteral("from"), incident}, {QStringLiteral("to"), role}};
            if (!l.isEmpty())
                links.append(l);
        }
    }
    spec.insert(QStringLiteral("links"), links);
    return spec;
}

QByteArray SpecMappingModel::specJson() const
{
    return QJsonDocument(spec()).toJson(QJsonDocument::Indented);
}

bool SpecMappingModel::loadSpec(const QString &path, QString *error, QString *warning)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the spec %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray json = f.readAll();
    QString why;
    const auto checked = ImportSpec::fromJson(json, &why);
    if (!checked) {
        *error = tr("The spec %1 is not valid: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    if (warning) {
        QStringList missing;
        for (const QString &column : checked->columnsUsed())
            if (!m_header.contains(column) && !missing.contains(column))
                missing << column;
        *warning = missing.isEmpty() ? QString()
                                     : tr("The spec %1 reads columns this file does not have; they are left out: %2")
                                           .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral(", ")));
    }
    QList<QStringList> samples;
    QStringList sampleRow;
    for (const Mapping &m : m_rows)
        sampleRow << m.sample;
    samples << sampleRow;
    setSpec(QJsonDocument::fromJson(json).object(), m_header, samples);
    return true;
}

bool SpecMappingModel::saveSpec(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(specJson()) < 0 || !f.commit()) {
        *error = tr("Cannot write the spec %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void SpecMappingModel::setMapping(const QString &column, const QString &role, const QString &type, const QString &field, bool key)
{
    const int row = rowOf(column);
    if (row < 0)
        return;
    Mapping &m = m_rows[row];
    m.role = role;
    m.type = type.isEmpty() ? typeOfRole(role) : type;
    m.field = field;
    m.key = key;
    if (!m.type.isEmpty())
        for (Mapping &other : m_rows)
            if (other.role == role)
                other.type = m.type;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit specChanged();
}

void SpecMappingModel::unmap(const QString &column)
{
    const int row = rowOf(column);
    if (row < 0)
        return;
    Mapping &m = m_rows[row];
    m.role.clear();
    m.type.clear();
    m.subtype.clear();
    m.field.clear();
    m.key = false;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit specChanged();
}

void SpecMappingModel::setBaseValue(const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject o = m_base.value(section).toObject();
    o.insert(key, value);
    m_base.insert(section, o);
    emit specChanged();
}

QString SpecMappingModel::specName() const
{
    return m_base.value(QLatin1String("name")).toString();
}

void SpecMappingModel::setSpecName(const QString &name)
{
    m_base.insert(QStringLiteral("name"), name);
    emit specChanged();
}

QString SpecMappingModel::organisation() const
{
    return m_base.value(QLatin1String("source")).toObject().value(QLatin1String("organisation")).toString();
}

QString SpecMappingModel::organisationKind() const
{
    return m_base.value(QLatin1String("source")).toObject().value(QLatin1String("kind")).toString();
}

void SpecMappingModel::setOrganisation(const QString &organisation, const QString &kind)
{
    QJsonObject o = m_base.value(QLatin1String("source")).toObject();
    o.insert(QStringLiteral("organisation"), organisation);
    o.insert(QStringLiteral("kind"), kind);
    m_base.insert(QStringLiteral("source"), o);
    emit specChanged();
}

QStringList SpecMappingModel::grading() const
{
    const QJsonObject g = m_base.value(QLatin1String("grading")).toObject();
    auto text = [&](const char *k) {
        const QJsonValue v = g.value(QLatin1String(k));
        return v.isObject() ? QString() : v.toString();
    };
    return {text("source"), text("intelligence"), text("handling")};
}

void SpecMappingModel::setGrading(const QString &source, const QString &intelligence, const QString &handling)
{
    QJsonObject g = m_base.value(QLatin1String("grading")).toObject();
    g.insert(QStringLiteral("source"), source);
    g.insert(QStringLiteral("intelligence"), intelligence);
    g.insert(QStringLiteral("handling"), handling);
    m_base.insert(QStringLiteral("grading"), g);
    emit specChanged();
}

QString SpecMappingModel::dateFormat() const
{
    return m_base.value(QLatin1String("format")).toObject().value(QLatin1String("date_format")).toString();
}

void SpecMappingModel::setDateFormat(const QString &format)
{
    setBaseValue(QStringLiteral("format"), QStringLiteral("date_format"), format);
}

void SpecMappingModel::setFormatValue(const QString &key, const QJsonValue &value)
{
    setBaseValue(QStringLiteral("format"), key, value);
}

int SpecMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpecMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Mapping &m = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Key)
        return m.key ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SourceColumn: return m.column;
        case Sample: return m.sample;
        case Role: return m.role;
        case Type: return m.type;
        case Field: return m.field;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Role && m.role.isEmpty())
        return tr("Not imported. Type a role (e.g. suspect1) to import this column.");
    return {};
}

bool SpecMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const Mapping m = m_rows.at(index.row());
    if (index.column() == Key && role == Qt::CheckStateRole) {
        setMapping(m.column, m.role, m.type, m.field, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Role:
        if (text.isEmpty())
            unmap(m.column);
        else
            setMapping(m.column, text, QString(), m.field, m.key);
        return true;
    case Type:
        if (!EntityTypes::fromName(text))
            return false;
        setMapping(m.column, m.role.isEmpty() ? text : m.role, text, m.field, m.key);
        return true;
    case Field:
        setMapping(m.column, m.role, m.type, text, m.key);
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags SpecMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Role || index.column() == Type || index.column() == Field)
        f |= Qt::ItemIsEditable;
    if (index.column() == Key)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SpecMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn: return tr("Column");
    case Sample: return tr("Example");
    case Role: return tr("Entity role");
    case Type: return tr("Entity type");
    case Field: return tr("Field");
    case Key: return tr("Key");
    }
    return {};
}

} // namespace fc
