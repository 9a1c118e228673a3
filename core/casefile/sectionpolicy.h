#pragma once

#include "casefile/casetypes.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

/** The parts of a case file and of a partner export. */
enum class CaseSection {
    Summary,       // MG5-style summary (disclosable, evidential)
    Schedule,      // schedule of incidents (disclosable, evidential)
    Figures,       // link chart and timeline of the case (disclosable, evidential)
    Exhibits,      // MG12-style exhibit list (disclosable)
    LegalNotes,    // notes to the investigator on the law at each incident date
    Unused,        // MG6C-style non-sensitive unused material (disclosable schedule)
    Sensitive,     // MG6D-style sensitive material (never disclosed)
    PartnerExport, // what goes back to a retailer, police force or partner
};

/** What a source record is, for disclosure: the three kinds SectionPolicy tells apart. */
enum class MaterialClass {
    Evidential,   // an incident report: may be stated as fact in the summary and the schedule
    Intelligence, // anything else (nominal records, associations, graded D/E or source 3, legacy grades)
    Sensitive,    // handling code C, handling conditions, or a legacy code 4/5: MG6D only
};

/**
 * The one place that decides what each part of a case file and of a partner export may contain.
 *
 * FusionCell grades every record (3x5x2, set by the import spec), so a grade alone cannot tell
 * evidence from intelligence. The rule uses the record's provenance with its grade:
 *  - Sensitive: handling code C, or any handling conditions, or only a legacy 5x5x5 grade with
 *    handling code 4 or 5 (originating agency only / no further dissemination).
 *  - Evidential: a record that reports an incident (it states the incident with its date: a
 *    retailer's or force's incident report, one row per incident), not sensitive, graded neither
 *    source 3 (not reliable) nor intelligence D/E (not known / suspected false), and not carrying
 *    only a legacy grade. What it states (date, store, offence, value, who) is what a witness from
 *    the reporting organisation can speak to, with its CCTV and till records.
 *  - Intelligence: every other record (a nominal record, an association, an ANPR read, a record
 *    graded 3, D or E, a legacy-only grade), however it is graded.
 * Summary, schedule and figures take evidential material only; the unused-material schedule takes
 * evidential records not used and intelligence; sensitive material goes to the sensitive schedule
 * and nowhere else. Partner exports: see withholdFrom().
 */
class SectionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SectionPolicy)

public:
    static MaterialClass classify(const CaseMaterial &material);
    static MaterialClass classify(const MaterialSource &source, bool reportsIncident);
    static QString className(MaterialClass c);
    /** Why a record is of its class, in one sentence. */
    static QString reason(const MaterialSource &source, bool reportsIncident);

    /** Whether material of this class may appear in this section. */
    static bool allows(CaseSection section, MaterialClass c);
    /** Whether a user-attached exhibit with this handling code goes on the exhibit list (else MG6D). */
    static bool exhibitDisclosable(const Exhibit &exhibit);

    static bool isKnownRecipientKind(const QString &kind);
    /**
     * Whether a record may go to the recipient; nullopt if it may, else why not. Evidential
     * material (P) may go to any kind of recipient; intelligence goes to police only (or back to the
     * organisation it came from); sensitive material goes only back to its originator, except that
     * conditions reading "police use only" allow police recipients. An unknown recipient kind gets
     * nothing.
     */
    static std::optional<QString> withholdFrom(const Recipient &recipient, const CaseMaterial &material);
    /** The same for an exhibit (an image for an alert): a C-coded exhibit goes to no one. */
    static std::optional<QString> withholdFrom(const Recipient &recipient, const Exhibit &exhibit);

    /** The rule above, for the case file's own notes and the README. */
    static QString ruleText();
};

} // namespace fc
