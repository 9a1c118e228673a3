#include "analysis/harmdefaults.h"

namespace fc {

namespace {

HarmWeight w(const char *offence, const char *category, std::optional<double> weight, const char *note = "")
{
    return HarmWeight{QString::fromUtf8(offence), QString::fromUtf8(category), weight, QString::fromUtf8(note)};
}

} // namespace

// The Cambridge Crime Harm Index (CCHI): the harm of an offence is the number of days in prison of
// the starting point of the Sentencing Council guideline of England and Wales for a first offender
// (non-custodial sentences converted to days; Sherman, Neyroud & Neyroud, "The Cambridge Crime Harm
// Index: Measuring Total Harm from Crime Based on Sentencing Guidelines", Policing 10(3), 2016,
// doi:10.1093/police/paw003). Edition: the February 2026 update of the index by Dr Eleanor Neyroud
// (Cambridge Centre for Evidence-Based Policing, cambridge-ebp.co.uk/chi). The index is published per
// Home Office offence code (about 800 codes); the values below are per Home Office Police Recorded
// Crime offence subgroup (the median of the CCHI values of the codes in the subgroup), as tabulated
// from that spreadsheet. An offence category with no single published value (police.uk's
// "Violence and sexual offences" spans homicide at 5,475 days to violence without injury at 10) is
// left unweighted: set a value for it with `fusioncell-cli harm set` if the analysis needs one.
HarmTable HarmDefaults::cambridge()
{
    HarmTable t;
    t.name = QStringLiteral("cchi");
    t.title = QStringLiteral("Cambridge Crime Harm Index");
    t.edition = QStringLiteral("February 2026 update (values per Home Office offence subgroup: median of the "
                               "subgroup's offence codes)");
    t.source = QStringLiteral("Sherman, Neyroud & Neyroud (2016), The Cambridge Crime Harm Index: Measuring Total "
                              "Harm from Crime Based on Sentencing Guidelines, Policing 10(3), doi:10.1093/police/paw003; "
                              "CCHI February 2026 update, E. Neyroud, Cambridge Centre for Evidence-Based Policing "
                              "(cambridge-ebp.co.uk/chi)");
    t.notes = QStringLiteral("Days of imprisonment at the starting point of the Sentencing Council guidelines of "
                             "England and Wales for a first offender. The edition (February 2026, E. Neyroud) is "
                             "confirmed on cambridge-ebp.co.uk/chi; the per-offence values were tabulated from a "
                             "third-party copy of that spreadsheet and are not yet checked against it: check them "
                             "before operational use. Mixed categories with no single value are left unweighted.");
    t.unit = QStringLiteral("days");
    t.weights = {
        // The product's offence vocabulary (spec `values`), for retail crime.
        w("shop_theft", "Shoplifting", 1),
        w("robbery", "Robbery of business property", 365),
        w("burglary", "Non-residential burglary", 183.5, "a store is not a dwelling"),
        w("criminal_damage", "Criminal damage", 2),
        w("assault", "Violence without injury", 10, "an assault with injury is 365 (Violence with injury)"),
        w("threats", "Violence without injury", 10),
        w("public_order", "Public order offences", 7.5),
        w("fraud", "Fraud", std::nullopt, "fraud is not a police recorded crime subgroup: no value"),
        w("other", "Other", std::nullopt, "unclassified offence: no value"),
        // data.police.uk street-level crime types (resources/specs/police-uk-street.json).
        w("theft_from_person", "Theft from the person", 2),
        w("bicycle_theft", "Bicycle theft", 2),
        w("other_theft", "Other theft offences", 2),
        w("vehicle_crime", "Vehicle offences", 5),
        w("possession_of_weapons", "Possession of weapons offences", 273.75),
        w("other_crime", "Miscellaneous crimes against society", 10),
        w("burglary_all", "Burglary (residential or not)", std::nullopt,
          "police.uk does not say: residential 273.5, non-residential 183.5"),
        w("violence_sexual", "Violence and sexual offences", std::nullopt,
          "police.uk does not say which: homicide 5,475 ... violence without injury 10"),
        w("criminal_damage_arson", "Criminal damage and arson", std::nullopt,
          "police.uk does not say which: arson 185, criminal damage 2"),
        w("drugs", "Drug offences", std::nullopt, "police.uk does not say which: trafficking 5, possession 3"),
        w("anti_social_behaviour", "Anti-social behaviour", std::nullopt, "not a crime: no sentencing guideline"),
        // Further Home Office subgroups, for specs that name them.
        w("homicide", "Homicide", 5475),
        w("rape", "Rape offences", 2555),
        w("other_sexual", "Other sexual offences", 182.25),
        w("violence_with_injury", "Violence with injury", 365),
        w("violence_without_injury", "Violence without injury", 10),
        w("stalking_harassment", "Stalking and harassment", 10),
        w("residential_burglary", "Residential burglary", 273.5),
        w("non_residential_burglary", "Non-residential burglary", 183.5),
        w("arson", "Arson", 185),
        w("drug_trafficking", "Trafficking of drugs", 5),
        w("drug_possession", "Possession of drugs", 3),
        w("robbery_personal", "Robbery of personal property", 365),
    };
    return t;
}

// The ONS Crime Severity Score (Experimental Statistics): offence weights from sentencing data (the
// average sentence, custodial and non-custodial converted to days), per Home Office offence code
// (ONS, "Research outputs: developing a Crime Severity Score for England and Wales using data on
// crimes recorded by the police", 29 November 2016; weights in the "Crime Severity Score
// (Experimental Statistics)" dataset). Only weights that could be checked are entered, each with where:
// - homicide 7,979: the ONS research output's list, and as reported on its publication (inews.co.uk/
//   news/uk/crime-rates-show-severity-well-number-new-scheme-34128, November 2016: "murder worth 7,979
//   points per offence"; worldjusticenews.com of 30 November 2016 prints 7,797, a transposition);
// - possession of cannabis 3: the same inews.co.uk report ("three points per offence for cannabis
//   possession") and worldjusticenews.com/news/2016/11/30/new-crime-severity-score-measures-crimes;
// - dishonest use of electricity 7: the synced.to blog of 30 January 2021 (citing the ONS data tool) only;
// - attempted murder 4,663, assault with injury 184, ABH 127: the earlier check against the list.
// The retail categories are left unweighted until their values are entered from the ONS dataset
// (`fusioncell-cli harm set --table ons-css OFFENCE WEIGHT`): an unweighted offence is listed, never 0.
HarmTable HarmDefaults::onsSeverity()
{
    HarmTable t;
    t.name = QStringLiteral("ons-css");
    t.title = QStringLiteral("ONS Crime Severity Score (Experimental Statistics)");
    t.edition = QStringLiteral("weights of the November 2016 research output");
    t.source = QStringLiteral("Office for National Statistics, Research outputs: developing a Crime Severity Score "
                              "for England and Wales using data on crimes recorded by the police (29 November 2016); "
                              "dataset Crime Severity Score (Experimental Statistics)");
    t.notes = QStringLiteral("Weights per Home Office offence code from average sentences. Checked: homicide 7,979 "
                             "(ONS list; inews.co.uk Nov 2016), possession of cannabis 3 (inews.co.uk Nov "
                             "2016; worldjusticenews.com 30 Nov 2016), dishonest use of electricity 7 (synced.to, "
                             "citing the ONS data tool), attempted murder 4,663, assault with injury 184, ABH 127 "
                             "(ONS list). Retail categories have no value entered yet: enter them from the ONS "
                             "dataset with `harm set`.");
    t.unit = QStringLiteral("severity points");
    const char *missing = "value not entered: take it from the ONS dataset";
    t.weights = {
        w("homicide", "1, 4.1/10/2 Homicide", 7979),
        w("attempted_murder", "2 Attempted murder", 4663),
        w("violence_with_injury", "8N Assault with injury", 184),
        w("abh", "8G Actual bodily harm (ABH) and other injury", 127),
        w("cannabis_possession", "Possession of cannabis", 3, "inews.co.uk Nov 2016; worldjusticenews.com 30 Nov 2016"),
        w("dishonest_use_of_electricity", "Dishonest use of electricity", 7, "synced.to 30 Jan 2021, citing the ONS data tool"),
        w("shop_theft", "46 Shoplifting", std::nullopt, missing),
        w("robbery", "34A Robbery of business property", std::nullopt, missing),
        w("burglary", "Burglary - business and community", std::nullopt, missing),
        w("criminal_damage", "Criminal damage", std::nullopt, missing),
        w("assault", "Assault (injury not stated)", std::nullopt, "with injury 184; without injury not entered"),
        w("threats", "Threats", std::nullopt, missing),
        w("public_order", "Public fear, alarm or distress", std::nullopt, missing),
        w("fraud", "Fraud", std::nullopt, "fraud is not in the police recorded crime weights"),
        w("other", "Other", std::nullopt, "unclassified offence: no value"),
    };
    return t;
}

} // namespace fc
