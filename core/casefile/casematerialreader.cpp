#include "casefile/casematerialreader.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fc {

namespace {

QChar firstChar(const QString &s)
{
    return s.isEmpty() ? QChar() : s.at(0);
}

} // namespace

CaseMaterialReader::CaseMaterialReader(Workspace &workspace)
    : m_workspace(workspace)
{
}

std::optional<QList<CaseMaterial>> CaseMaterialReader::read(const QList<qint64> &persons,
                                                            const QList<qint64> &incidents, QString *error)
{
    Database &db = m_workspace.database();
    auto fail = [&]() -> std::optional<QList<CaseMaterial>> {
        if (error)
            *error = tr("cannot read the case material: %1").arg(db.lastError());
        return std::nullopt;
    };
    if (!db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS casefile_entities(id INTEGER PRIMARY KEY)"))
        || !db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS casefile_records(id INTEGER PRIMARY KEY)"))
        || !db.exec(QStringLiteral("DELETE FROM temp.casefile_entities"))
        || !db.exec(QStringLiteral("DELETE FROM temp.casefile_records")))
        return fail();
    {
        Statement add = db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO temp.casefile_entities(id) SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1"));
        for (const QList<qint64> *list : {&persons, &incidents})
            for (qint64 id : *list) {
                add.bind(1, id);
                if (!add.exec())
                    return fail();
                add.reset();
            }
        if (!db.exec(QStringLiteral(
                "INSERT OR IGNORE INTO temp.casefile_records(id) SELECT DISTINCT m.source_record_id FROM mentions m "
                "JOIN temp.casefile_entities c ON c.id = m.entity_id")))
            return fail();
    }

    QList<CaseMaterial> out;
    QHash<qint64, int> index;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT sr.id, i.id, i.organisation, coalesce(i.organisation_kind, ''), i.file_name, sr.row_number, "
            "coalesce(sr.record_key, ''), sr.grade_source, sr.grade_intelligence, sr.grade_handling, "
            "sr.handling_conditions, sr.legacy_source, sr.legacy_intelligence, sr.legacy_handling "
            "FROM temp.casefile_records t JOIN source_records sr ON sr.id = t.id JOIN imports i ON i.id = sr.import_id "
            "WHERE sr.superseded_by IS NULL ORDER BY sr.id"));
        while (st.step()) {
            CaseMaterial m;
            MaterialSource &s = m.source;
            s.sourceRecordId = st.int64(0);
            s.importId = st.int64(1);
            s.organisation = st.text(2);
            s.organisationKind = st.text(3);
            s.fileName = st.text(4);
            s.rowNumber = st.int64(5);
            // Stored as "ORGANISATION<US>key" (keys are scoped to their organisation): shown as the key.
            s.recordKey = st.text(6);
            const qsizetype unit = s.recordKey.lastIndexOf(QChar(0x1f));
            if (unit >= 0)
                s.recordKey = s.recordKey.mid(unit + 1);
            s.grading.source = firstChar(st.text(7));
            s.grading.intelligence = firstChar(st.text(8));
            s.grading.handling = firstChar(st.text(9));
            s.grading.conditions = st.text(10);
            s.grading.legacySource = st.text(11);
            s.grading.legacyIntelligence = st.text(12);
            s.grading.legacyHandling = st.text(13);
            index.insert(s.sourceRecordId, out.size());
            out << m;
        }
        if (!st.ok())
            return fail();
    }
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT m.source_record_id, coalesce(e.merged_into, e.id), e.type, m.role, m.facts FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.source_record_id IN (SELECT id FROM temp.casefile_records) "
            "ORDER BY m.source_record_id, m.id"));
        while (st.step()) {
            const auto it = index.constFind(st.int64(0));
            if (it == index.cend())
                continue;
            MaterialMention mention;
            mention.entityId = st.int64(1);
            mention.type = int(st.int64(2));
            mention.role = st.text(3);
            const QJsonArray facts = QJsonDocument::fromJson(st.text(4).toUtf8()).array();
            for (const QJsonValue &f : facts) {
                const QJsonArray pair = f.toArray();
                if (pair.size() == 2)
                    mention.facts.append(qMakePair(pair.at(0).toString(), pair.at(1).toVariant().toString()));
            }
            out[*it].mentions << mention;
        }
        if (!st.ok())
            return fail();
    }
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT l.source_record_id, l.type, coalesce(ef.merged_into, l.from_id), coalesce(et.merged_into, l.to_id) "
            "FROM links l JOIN entities ef ON ef.id = l.from_id JOIN entities et ON et.id = l.to_id "
            "WHERE l.source_record_id IN (SELECT id FROM temp.casefile_records) ORDER BY l.id"));
        while (st.step()) {
            const auto it = index.constFind(st.int64(0));
            if (it == index.cend())
                continue;
            out[*it].links << MaterialLink{st.text(1), st.int64(2), st.int64(3)};
        }
        if (!st.ok())
            return fail();
    }
    return out;
}

} // namespace fc
