#pragma once

#include "casefile/casetypes.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/**
 * Reads every live source record that mentions a case's people or incidents (or anything merged
 * into them), with its import, grading, the facts it states and the links it makes. Superseded
 * records (replaced by an updated export) are left out. The material is what SectionPolicy sorts.
 */
class CaseMaterialReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseMaterialReader)

public:
    explicit CaseMaterialReader(Workspace &workspace);

    std::optional<QList<CaseMaterial>> read(const QList<qint64> &persons, const QList<qint64> &incidents,
                                            QString *error);

private:
    Workspace &m_workspace;
};

} // namespace fc
