#pragma once

#include "ingest/importer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace fc {

class Workspace;

/**
 * An in-memory workspace for fuzz targets that run whole imports. Each import is checked for
 * the importer's promises: a failed import changes nothing, a finished one accounts for every
 * row it read, and every message names the file. Recreated now and then so that it stays small.
 */
class FuzzWorkspace
{
public:
    FuzzWorkspace();
    ~FuzzWorkspace();

    /** Writes data to a file named fileName and imports it under spec, checking the invariants. */
    ImportReport import(const ImportSpec &spec, const QByteArray &data, const QString &fileName);

private:
    QString snapshot(); // row counts of every table the importer writes
    void reopen();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_imports = 0;
};

} // namespace fc
