#include "analysis/harmstore.h"

#include "analysis/harmdefaults.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <cmath>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HarmStore", text);
}

} // namespace

qint64 HarmStore::tableId(const QString &name)
{
    Statement q = m_db.prepare(QStringLiteral("SELECT id FROM harm_tables WHERE name = ?"));
    q.bind(1, name);
    return q.step() ? q.int64(0) : 0;
}

bool HarmStore::ensureDefaults(QString *error)
{
    const QList<HarmTable> defaults = HarmDefaults::all();
    bool missing = false;
    for (const HarmTable &t : defaults)
        missing = missing || tableId(t.name) == 0;
    if (!missing)
        return true;
    if (m_db.isReadOnly()) {
        if (error)
            *error = tr("the workspace has no harm tables yet and is read-only");
        return false;
    }
    Transaction tx(m_db);
    const bool noneActive = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM harm_tables WHERE active"), 0) == 0;
    for (const HarmTable &t : defaults) {
        if (tableId(t.name) != 0)
            continue;
        Statement ins = m_db.prepare(QStringLiteral(
            "INSERT INTO harm_tables(name, title, edition, source, notes, unit, active) VALUES (?,?,?,?,?,?,?)"));
        ins.bind(1, t.name).bind(2, t.title).bind(3, t.edition).bind(4, t.source).bind(5, t.notes).bind(6, t.unit)
            .bind(7, noneActive && t.name == defaults.first().name ? 1 : 0);
        if (!ins.exec()) {
            if (error)
                *error = ins.errorString();
            return false;
        }
        const qint64 id = tableId(t.name);
        Statement wq = m_db.prepare(QStringLiteral(
            "INSERT INTO harm_weights(table_id, offence, category, weight, note) VALUES (?,?,?,?,?)"));
        for (const HarmWeight &hw : t.weights) {
            wq.reset();
            wq.bind(1, id).bind(2, hw.offence).bind(3, hw.category).bind(5, hw.note.isNull() ? QString("") : hw.note);
            if (hw.weight)
                wq.bind(4, *hw.weight);
            else
                wq.bindNull(4);
            if (!wq.exec()) {
                if (error)
                    *error = wq.errorString();
                return false;
            }
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

QStringList HarmStore::tableNames()
{
    QStringList names;
    Statement q = m_db.prepare(QStringLiteral("SELECT name FROM harm_tables ORDER BY id"));
    while (q.step())
        names << q.text(0);
    return names;
}

std::optional<HarmTable> HarmStore::table(const QString &name)
{
    Statement q = m_db.prepare(
        QStringLiteral("SELECT id, name, title, edition, source, notes, unit FROM harm_tables WHERE name = ?"));
    q.bind(1, name);
    if (!q.step())
        return std::nullopt;
    HarmTable t;
    const qint64 id = q.int64(0);
    t.name = q.text(1);
    t.title = q.text(2);
    t.edition = q.text(3);
    t.source = q.text(4);
    t.notes = q.text(5);
    t.unit = q.text(6);
    Statement wq = m_db.prepare(QStringLiteral(
        "SELECT offence, category, weight, note FROM harm_weights WHERE table_id = ? ORDER BY offence"));
    wq.bind(1, id);
    while (wq.step())
        t.weights << HarmWeight{wq.text(0), wq.text(1),
                                wq.isNull(2) ? std::nullopt : std::optional<double>(wq.real(2)), wq.text(3)};
    return t;
}

QString HarmStore::activeName()
{
    Statement q = m_db.prepare(QStringLiteral("SELECT name FROM harm_tables WHERE active ORDER BY id LIMIT 1"));
    return q.step() ? q.text(0) : QString();
}

std::optional<HarmTable> HarmStore::activeTable(QString *error)
{
    if (!ensureDefaults(error))
        return std::nullopt;
    const QString name = activeName();
    auto t = table(name.isEmpty() ? HarmDefaults::cambridge().name : name);
    if (!t && error)
        *error = tr("the workspace has no active harm table");
    return t;
}

bool HarmStore::setActive(const QString &name, QString *error)
{
    if (!ensureDefaults(error))
        return false;
    if (tableId(name) == 0) {
        if (error)
            *error = tr("no harm table \"%1\" (tables: %2)").arg(name, tableNames().join(QStringLiteral(", ")));
        return false;
    }
    Transaction tx(m_db);
    Statement q = m_db.prepare(QStringLiteral("UPDATE harm_tables SET active = (name = ?)"));
    q.bind(1, name);
    if (!q.exec() || !tx.commit()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool HarmStore::setWeight(const QString &tableName, const HarmWeight &weight, std::optional<HarmWeight> *previous,
                          QString *error)
{
    if (!ensureDefaults(error))
        return false;
    const qint64 id = tableId(tableName);
    if (id == 0) {
        if (error)
            *error = tr("no harm table \"%1\"").arg(tableName);
        return false;
    }
    if (weight.offence.trimmed().isEmpty() || (weight.weight && (!std::isfinite(*weight.weight) || *weight.weight < 0))) {
        if (error)
            *error = tr("a harm weight needs an offence and a weight of 0 or more");
        return false;
    }
    const auto before = table(tableName);
    const HarmWeight *old = before ? before->find(weight.offence) : nullptr;
    if (previous)
        *previous = old ? std::optional<HarmWeight>(*old) : std::nullopt;
    Transaction tx(m_db);
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM harm_weights WHERE table_id = ? AND offence = ?"));
    del.bind(1, id).bind(2, old ? old->offence : weight.offence);
    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT INTO harm_weights(table_id, offence, category, weight, note) VALUES (?,?,?,?,?)"));
    ins.bind(1, id).bind(2, weight.offence).bind(5, weight.note.isNull() ? QString("") : weight.note);
    ins.bind(3, weight.category.isEmpty() ? (old ? old->category : QString("")) : weight.category);
    if (weight.weight)
        ins.bind(4, *weight.weight);
    else
        ins.bindNull(4);
    if (!del.exec() || !ins.exec() || !tx.commit()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool HarmStore::removeWeight(const QString &tableName, const QString &offence, QString *error)
{
    Statement del = m_db.prepare(QStringLiteral(
        "DELETE FROM harm_weights WHERE table_id = (SELECT id FROM harm_tables WHERE name = ?) AND offence = ?"));
    del.bind(1, tableName).bind(2, offence);
    if (!del.exec()) {
        if (error)
            *error = del.errorString();
        return false;
    }
    return true;
}

} // namespace fc
