#include "model/grading.h"

#include <QCoreApplication>

namespace fc {

QString Grading::code() const
{
    if (!isGraded())
        return QString();
    QString out;
    out += source.isNull() ? QChar('-') : source;
    out += intelligence.isNull() ? QChar('-') : intelligence;
    out += QLatin1Char(' ');
    out += handling.isNull() ? QChar('-') : handling;
    return out;
}

int Grading::strength() const
{
    const int s = source.isNull() ? 4 : source.digitValue();
    const int i = intelligence.isNull() ? 6 : intelligence.unicode() - 'A' + 1;
    return s * 10 + i;
}

static QChar single(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t.size() == 1 ? t.at(0) : QChar();
}

std::optional<Grading> Grading::parse(const QString &source, const QString &intelligence,
                                      const QString &handling, const QString &conditions,
                                      QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Grading> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Grading g;
    if (!source.trimmed().isEmpty()) {
        const QChar c = single(source);
        if (c != '1' && c != '2' && c != '3')
            return fail(QCoreApplication::translate("Grading",
                    "source grade \"%1\" is not 1, 2 or 3").arg(source));
        g.source = c;
    }
    if (!intelligence.trimmed().isEmpty()) {
        const QChar c = single(intelligence);
        if (c < 'A' || c > 'E')
            return fail(QCoreApplication::translate("Grading",
                    "intelligence grade \"%1\" is not one of A, B, C, D, E").arg(intelligence));
        g.intelligence = c;
    }
    if (!handling.trimmed().isEmpty()) {
        const QChar c = single(handling);
        if (c != 'P' && c != 'C')
            return fail(QCoreApplication::translate("Grading",
                    "handling code \"%1\" is not P or C").arg(handling));
        g.handling = c;
    }
    g.conditions = conditions.trimmed();
    if (g.handling == 'C' && g.conditions.isEmpty())
        return fail(QCoreApplication::translate("Grading",
                "handling code C needs the handling conditions"));
    return g;
}

QString Grading::sourceMeaning(QChar source)
{
    switch (source.unicode()) {
    case '1': return QCoreApplication::translate("Grading", "Reliable");
    case '2': return QCoreApplication::translate("Grading", "Untested");
    case '3': return QCoreApplication::translate("Grading", "Not reliable");
    default: return QCoreApplication::translate("Grading", "Ungraded");
    }
}

QString Grading::intelligenceMeaning(QChar intelligence)
{
    switch (intelligence.unicode()) {
    case 'A': return QCoreApplication::translate("Grading", "Known directly");
    case 'B': return QCoreApplication::translate("Grading", "Known indirectly but corroborated");
    case 'C': return QCoreApplication::translate("Grading", "Known indirectly");
    case 'D': return QCoreApplication::translate("Grading", "Not known");
    case 'E': return QCoreApplication::translate("Grading", "Suspected to be false");
    default: return QCoreApplication::translate("Grading", "Ungraded");
    }
}

QString Grading::handlingMeaning(QChar handling)
{
    switch (handling.unicode()) {
    case 'P': return QCoreApplication::translate("Grading", "Lawful sharing permitted");
    case 'C': return QCoreApplication::translate("Grading", "Lawful sharing permitted with conditions");
    default: return QCoreApplication::translate("Grading", "Ungraded");
    }
}

} // namespace fc
