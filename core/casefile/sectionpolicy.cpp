#include "casefile/sectionpolicy.h"

namespace fc {

namespace {

bool sensitiveGrade(const Grading &g)
{
    if (g.handling == QLatin1Char('C') || !g.conditions.trimmed().isEmpty())
        return true;
    // A record carrying only its old 5x5x5 grade: handling 4 = originating agency only,
    // 5 = no further dissemination (refer to the originator).
    if (g.handling.isNull()) {
        const QString h = g.legacyHandling.trimmed();
        if (h == QLatin1String("4") || h == QLatin1String("5"))
            return true;
    }
    return false;
}

bool legacyOnly(const Grading &g)
{
    return g.source.isNull() && g.intelligence.isNull() && g.handling.isNull()
           && !(g.legacySource.isEmpty() && g.legacyIntelligence.isEmpty() && g.legacyHandling.isEmpty());
}

} // namespace

MaterialClass SectionPolicy::classify(const CaseMaterial &material)
{
    return classify(material.source, !material.reportedIncidents().isEmpty());
}

MaterialClass SectionPolicy::classify(const MaterialSource &source, bool reportsIncident)
{
    const Grading &g = source.grading;
    if (sensitiveGrade(g))
        return MaterialClass::Sensitive;
    if (!reportsIncident || legacyOnly(g) || g.source == QLatin1Char('3') || g.intelligence == QLatin1Char('D')
        || g.intelligence == QLatin1Char('E'))
        return MaterialClass::Intelligence;
    return MaterialClass::Evidential;
}

QString SectionPolicy::className(MaterialClass c)
{
    switch (c) {
    case MaterialClass::Evidential: return tr("evidential");
    case MaterialClass::Intelligence: return tr("intelligence");
    case MaterialClass::Sensitive: return tr("sensitive");
    }
    return QString();
}

QString SectionPolicy::reason(const MaterialSource &source, bool reportsIncident)
{
    const Grading &g = source.grading;
    if (g.handling == QLatin1Char('C'))
        return tr("handling code C (conditions: %1)").arg(g.conditions.isEmpty() ? tr("none given") : g.conditions);
    if (!g.conditions.trimmed().isEmpty())
        return tr("handling conditions: %1").arg(g.conditions);
    if (sensitiveGrade(g))
        return tr("legacy 5x5x5 handling code %1").arg(g.legacyHandling);
    if (!reportsIncident)
        return tr("intelligence: not an incident report");
    if (legacyOnly(g))
        return tr("intelligence: graded only on the legacy 5x5x5 scale");
    if (g.source == QLatin1Char('3'))
        return tr("intelligence: source evaluated 3 (not reliable)");
    if (g.intelligence == QLatin1Char('D') || g.intelligence == QLatin1Char('E'))
        return tr("intelligence: assessed %1 (%2)").arg(g.intelligence, Grading::intelligenceMeaning(g.intelligence));
    return tr("incident report from the reporting organisation");
}

bool SectionPolicy::allows(CaseSection section, MaterialClass c)
{
    switch (section) {
    case CaseSection::Summary:
    case CaseSection::Schedule:
    case CaseSection::Figures:
    case CaseSection::LegalNotes:
        return c == MaterialClass::Evidential;
    case CaseSection::Exhibits:
        return c == MaterialClass::Evidential;
    case CaseSection::Unused:
        return c == MaterialClass::Evidential || c == MaterialClass::Intelligence;
    case CaseSection::Sensitive:
        return c == MaterialClass::Sensitive;
    case CaseSection::PartnerExport:
        return c != MaterialClass::Sensitive; // further decided per recipient by withholdFrom()
    }
    return false;
}

bool SectionPolicy::exhibitDisclosable(const Exhibit &exhibit)
{
    return exhibit.handling.trimmed().compare(QLatin1String("C"), Qt::CaseInsensitive) != 0;
}

bool SectionPolicy::isKnownRecipientKind(const QString &kind)
{
    return kind == QLatin1String("retailer") || kind == QLatin1String("police") || kind == QLatin1String("partner");
}

std::optional<QString> SectionPolicy::withholdFrom(const Recipient &recipient, const CaseMaterial &material)
{
    if (!isKnownRecipientKind(recipient.kind))
        return tr("recipient kind \"%1\" is not retailer, police or partner").arg(recipient.kind);
    const MaterialSource &s = material.source;
    const bool originator = !recipient.organisation.trimmed().isEmpty()
                            && recipient.organisation.trimmed().compare(s.organisation.trimmed(), Qt::CaseInsensitive) == 0;
    switch (classify(material)) {
    case MaterialClass::Sensitive:
        if (originator)
            return std::nullopt;
        if (recipient.kind == QLatin1String("police")
            && s.grading.conditions.contains(QLatin1String("police use only"), Qt::CaseInsensitive))
            return std::nullopt;
        return tr("%1: released only to the originator (%2)")
            .arg(reason(s, !material.reportedIncidents().isEmpty()), s.organisation);
    case MaterialClass::Intelligence:
        if (originator || recipient.kind == QLatin1String("police"))
            return std::nullopt;
        return tr("%1: intelligence is shared with police only, never with a %2")
            .arg(reason(s, !material.reportedIncidents().isEmpty()), recipient.kind);
    case MaterialClass::Evidential:
        return std::nullopt;
    }
    return tr("unclassified");
}

std::optional<QString> SectionPolicy::withholdFrom(const Recipient &recipient, const Exhibit &exhibit)
{
    if (!isKnownRecipientKind(recipient.kind))
        return tr("recipient kind \"%1\" is not retailer, police or partner").arg(recipient.kind);
    if (!exhibitDisclosable(exhibit))
        return tr("exhibit marked handling code C");
    return std::nullopt;
}

QString SectionPolicy::ruleText()
{
    return tr("Evidential material is an incident report (a record stating an incident with its date) with "
              "handling code P and no conditions, not graded source 3 or intelligence D/E. Intelligence "
              "(every other record, however graded) is never stated in the summary, the schedule or the "
              "figures; it is listed, by description only, as unused material. Material with handling code "
              "C or conditions is listed on the sensitive schedule only.");
}

} // namespace fc
