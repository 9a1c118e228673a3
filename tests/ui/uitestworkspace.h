#pragma once

#include "ingest/importer.h"
#include "store/workspace.h"

#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace fc {

/** A workspace built from tests/ui/data/shop_thefts.csv (values counted by hand in data/README.md). */
class UiTestWorkspace
{
public:
    static QString dataFile(const QString &name) { return QStringLiteral(FC_TEST_DATA_DIR "/") + name; }

    /** Creates the workspace at path and imports the CSV; the report tells what was imported. */
    static std::unique_ptr<Workspace> create(const QString &path, ImportReport *report, QString *error)
    {
        auto ws = Workspace::open(path, error);
        if (!ws)
            return nullptr;
        auto spec = ImportSpec::load(dataFile(QStringLiteral("shop_thefts.spec.json")), error);
        if (!spec)
            return nullptr;
        Importer importer(*ws, *spec);
        *report = importer.importFile(dataFile(QStringLiteral("shop_thefts.csv")));
        if (!report->ok()) {
            *error = report->message;
            return nullptr;
        }
        return ws;
    }

    /** The id of the entity of a type whose label contains text, or 0. */
    static qint64 idOf(Workspace &ws, EntityType type, const QString &text)
    {
        for (const EntityRecord &e : ws.entities(type))
            if (e.label.contains(text, Qt::CaseInsensitive))
                return e.id;
        return 0;
    }
};

} // namespace fc
