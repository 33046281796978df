//! Alternatives: other benefits and routes that may fit a person who is ill, injured or leaving
//! sick pay (RULES.md §5–7). A catalogue, [`Katalog::POSTER`]: one entry per benefit or route,
//! each with a named condition function, the reason shown to the person, the law it rests on
//! and the next step.
//!
//! The same catalogue serves the citizen self-test (`flows/alternativ.rs`, where a missing fact
//! is the next question) and the handler screening of case records (`screen/`, where a missing
//! fact means "not assessed"). Conditions reuse the rules of other benefits
//! (`rules::aktivitetsersattning`) and never copy them. They leave no trace and allocate
//! nothing, so a batch can screen millions of records; the words are rendered only at output.
//! Not here: wording (i18n/alternativ.rs), questions (flows/alternativ.rs), I/O (screen/).

use super::aktivitetsersattning::{self as ae, Varaktighet};
pub use super::fakta::{AlternativFakta, KandaFakta};
use super::livranta;
use super::{Fact, Level, Missing};
use crate::domain::{other, sfb, Date, Kronor, LawRef, YearMonth};
use crate::params::PRISBASBELOPP;
use serde::Serialize;
use std::marker::PhantomData;

/// What the catalogue decided for one entry, as data: the step of the self-test's trace for
/// that entry (its law is the entry's). Knows no language; i18n renders it, the reason of a
/// suggestion being the entry's own.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Steg {
    /// The entry's condition is met: it may fit.
    Foreslas { formon: Formon },
    /// The entry's condition is not met: `varfor` is the condition that failed, with the
    /// person's value and the limit.
    ForeslasInte { formon: Formon, varfor: Varfor },
    /// A fact the condition needs is not known: `saknas` is its id (the question id in the
    /// self-test, the field name in a case record).
    InteBedomd { formon: Formon, saknas: &'static str },
}

impl Steg {
    /// The step for an entry's [`Status`].
    pub fn for_status(formon: Formon, status: Status) -> Steg {
        match status {
            Status::Suggest => Steg::Foreslas { formon },
            Status::NotSuggested(varfor) => Steg::ForeslasInte { formon, varfor },
            Status::NotAssessed(saknas) => Steg::InteBedomd { formon, saknas },
        }
    }
}

/// Every benefit or route in the catalogue. The id is stable: it is the `benefit` of the
/// screening output and the `machine` value of the self-test's rows; serialized, it is the id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Formon {
    Aktivitetsersattning,
    Sjukersattning,
    Bostadstillagg,
    SjukpenningSarskildaFall,
    RehabiliteringspenningSarskildaFall,
    Omstallningsmote,
    ArbetsplatsinriktatRehabiliteringsstod,
    Arbetsskadelivranta,
    ForebyggandeSjukpenning,
    Rehabiliteringspenning,
    SarskiltHogriskskydd,
    Arbetshjalpmedel,
    Graviditetspenning,
    Arbetsresor,
    GraviditetspenningRisk,
    SjukpenningEfterAe,
    Arbetsloshetsersattning,
    AfMoteEfterAvslag,
}

/// The number of entries in the catalogue.
pub const ANTAL: usize = 18;

impl Formon {
    pub fn id(self) -> &'static str {
        match self {
            Formon::Aktivitetsersattning => "aktivitetsersattning",
            Formon::Sjukersattning => "sjukersattning",
            Formon::Bostadstillagg => "bostadstillagg",
            Formon::SjukpenningSarskildaFall => "sjukpenning_sarskilda_fall",
            Formon::RehabiliteringspenningSarskildaFall => "rehabiliteringspenning_sarskilda_fall",
            Formon::Omstallningsmote => "omstallningsmote",
            Formon::ArbetsplatsinriktatRehabiliteringsstod => "arbetsplatsinriktat_rehabiliteringsstod",
            Formon::Arbetsskadelivranta => "arbetsskadelivranta",
            Formon::ForebyggandeSjukpenning => "forebyggande_sjukpenning",
            Formon::Rehabiliteringspenning => "rehabiliteringspenning",
            Formon::SarskiltHogriskskydd => "sarskilt_hogriskskydd",
            Formon::Arbetshjalpmedel => "arbetshjalpmedel",
            Formon::Graviditetspenning => "graviditetspenning",
            Formon::Arbetsresor => "arbetsresor",
            Formon::GraviditetspenningRisk => "graviditetspenning_risk",
            Formon::SjukpenningEfterAe => "sjukpenning_efter_ae",
            Formon::Arbetsloshetsersattning => "arbetsloshetsersattning",
            Formon::AfMoteEfterAvslag => "af_mote_efter_avslag",
        }
    }
}

/// What a condition says about one entry, when it has the facts it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forslag {
    Suggest,
    /// Not suggested, and why.
    NotSuggested(Varfor),
}

/// Suggested if `yes`, else not, for the reason `annars`.
#[inline(always)]
fn foreslas(yes: bool, annars: Varfor) -> Forslag {
    if yes {
        Forslag::Suggest
    } else {
        Forslag::NotSuggested(annars)
    }
}

/// Not suggested, for the reason `varfor`.
#[inline(always)]
fn inte(varfor: Varfor) -> Fact<Forslag> {
    Ok(Forslag::NotSuggested(varfor))
}

/// Why an entry does not fit: the condition that failed, with the person's value and the limit
/// where the condition compares a value (issue 13 item 4). Knows no language: i18n words it.
/// Small and `Copy` (at most two dates or amounts), so the screening keeps one per entry
/// without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Varfor {
    /// Not insured in Sweden (SFB 4–6 kap.).
    InteForsakrad,
    /// Aktivitetsersättning is paid from `fran` (July of the year of the 19th birthday) through
    /// `till` (the month before the 30th), and the as-of month is outside.
    AlderAktivitetsersattning { fran: YearMonth, till: YearMonth },
    /// Full sjukersättning is paid from `fran`, July of the year of the 19th birthday.
    ForeSjukersattning { fran: YearMonth },
    /// Sjukersättning below full level (`niva`) only from `fran`, the month of the 30th birthday.
    DelvisSjukersattningFran { fran: YearMonth, niva: Level },
    /// Sjukersättning ends with `sista`, the month before the age limit.
    EfterSistaManadSjukersattning { sista: YearMonth },
    /// A month or day the condition needs lies outside the calendar (a birth date near the
    /// ends of the years we reckon with).
    DatumOkant,
    /// Already has sjukersättning or aktivitetsersättning.
    HarRedanSaEllerAe,
    /// Has neither sjukersättning nor aktivitetsersättning.
    HarInteSaEllerAe,
    /// Work capacity reduced by less than a quarter.
    NedsattningUnderEnFjardedel,
    /// For aktivitetsersättning: work capacity reduced by less than a quarter, and schooling not
    /// prolonged by a disability.
    UnderEnFjardedelUtanForlangdSkolgang,
    /// For aktivitetsersättning: the reduction lasts `manader`, fewer than `krav`, and schooling
    /// is not prolonged by a disability.
    KortareAnEttArUtanForlangdSkolgang { manader: u32, krav: u32 },
    /// The reduction lasts `manader`, fewer than `krav`.
    KortareAnEttAr { manader: u32, krav: u32 },
    /// The reduction is not stadigvarande.
    InteStadigvarande,
    /// Has already applied for bostadstillägg.
    RedanSoktBostadstillagg,
    /// Has not had aktivitetsersättning.
    HarInteAktivitetsersattning,
    /// The särskilda-fall routes are shown from `fran`, twelve months before the right starts.
    SarskildaFallFran { fran: YearMonth },
    /// Takes no part in vocational rehabilitation.
    InteIRehabilitering,
    /// On sick pay, on day `dag` of the sick period, before day `fran`.
    SjukdagarFore { dag: u32, fran: u32 },
    /// Not on sick pay, and sjukpenning was not refused for normally occurring work.
    InteNekadSjukpenning,
    /// Not on sick leave with sjuklön or sjukpenning.
    InteSjukskriven,
    /// Unemployed: there is no employer.
    Arbetslos,
    /// The injury or illness was not caused by the work.
    InteArbetsrelaterad,
    /// No income from work before the injury.
    IngenInkomstFore,
    /// The yearly loss `forlust` is less than one fifteenth of the income before (`minst`).
    ForlustUnderEnFemtondel { forlust: Kronor, minst: Kronor },
    /// The yearly loss `forlust` is less than a quarter of the prisbasbelopp (`minst`).
    ForlustUnderFjardedelPrisbasbelopp { forlust: Kronor, minst: Kronor },
    /// No treatment that prevents or shortens an illness.
    IngenForebyggandeBehandling,
    /// No illness likely to cause many or long sick periods.
    InteOftaEllerLangeSjuk,
    /// Needs no aids at work.
    BehoverInteArbetshjalpmedel,
    /// Not pregnant.
    InteGravid,
    /// The work is not physically demanding.
    InteFysisktAnstrangandeArbete,
    /// Can travel to and from work the usual way.
    KanResaSomVanligt,
    /// Has no sjukpenninggrundande inkomst (SGI), which ordinary sjukpenning needs.
    IngenSgi,
    /// On sick leave now: the sick pay has not ended.
    Sjukskriven,
    /// Sjukpenning and sjuklön have not ended, nor was sjukpenning refused.
    SjukpenningInteSlut,
    /// Not unemployed: has a job or a business of one's own.
    InteArbetslos,
    /// No application for sjukersättning or aktivitetsersättning was refused.
    IngetAvslagSaAe,
    /// The work environment carries no risk for the pregnancy (or the employer can move the
    /// person to other work).
    IngenRiskIArbetsmiljon,
    /// Graviditetspenning for a risk in the work environment is paid at the latest through
    /// `till` (the 11th day before the expected birth), and the as-of day is after.
    EfterGraviditetspenningRisk { till: Date },
    /// Graviditetspenning for physically demanding work is paid from `fran` through `till`
    /// (60 and 11 days before the expected birth), and the as-of day is outside.
    UtanforGraviditetspenning { fran: Date, till: Date },
}

/// One entry's result: suggested, not suggested, or not assessed for want of a fact (by the
/// fact's id: the question id in the self-test, the field name in a case record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Suggest,
    NotSuggested(Varfor),
    NotAssessed(&'static str),
}

/// One entry of the catalogue: the benefit or route, its named condition and the law it rests
/// on. Why it may fit is the entry's [`Steg::Foreslas`], worded by i18n; what to do next is
/// chosen by the self-test (flows/alternativ.rs) from the entry.
pub struct Post<F: ?Sized> {
    pub formon: Formon,
    /// The named condition: suggest, do not suggest, or the missing fact.
    pub villkor: fn(&mut F, Date) -> Fact<Forslag>,
    pub lag: LawRef,
}

/// The catalogue for facts read through `F`. The conditions are generic, so a batch of case
/// records runs them without dynamic dispatch; [`KATALOG`] is the same table for any facts.
pub struct Katalog<F: ?Sized>(PhantomData<F>);

// The paragraphs, in the order of the table. Numbers marked "likely" in docs/law-notes.md were
// not read verbatim.
pub const AE_RATT: LawRef = sfb("33", "7–8");
pub const SA_RATT: LawRef = sfb("33", "5–6");
// LEGAL-QUESTION: bostadstillägg is in SFB 101–102 kap.; the section that gives people with
// sjukersättning or aktivitetsersättning the right was not found, so the reference names the
// chapters. Pinned by `every_entry_names_its_law_and_appears_once`.
pub const BOSTADSTILLAGG: LawRef = sfb("101–102", "");
pub const SJUKPENNING_SARSKILDA_FALL: LawRef = sfb("28 a", "3, 5");
pub const REHABILITERINGSPENNING_SARSKILDA_FALL: LawRef = sfb("31 a", "3, 5");
// LEGAL-QUESTION: the term "omställningsmöte" was not found in the corpus (RULES.md §6.8). We
// suggest a meeting with Arbetsförmedlingen when sjukpenning was refused or stopped because of
// normally occurring work, or from day 181 of the sick period while on sick pay, when that test
// applies (SFB 27 kap. 48 §). Pinned by `omstallningsmote_from_day_181_or_when_refused`.
pub const NORMALT_FOREKOMMANDE_ARBETE: LawRef = sfb("27", "48");
pub const ARBETSPLATSINRIKTAT_STOD: LawRef = other("förordning (2014:67)", "2014:67", "", "7");
pub const LIVRANTA: LawRef = sfb("41", "2");
pub const FOREBYGGANDE_SJUKPENNING: LawRef = sfb("27", "6");
/// Rehabiliteringsersättning is in SFB 31 kap.; the section with the right was not found.
pub const REHABILITERINGSPENNING: LawRef = sfb("31", "");
// LEGAL-QUESTION: särskilt högriskskydd is cited as SFB 27 kap. 39–44 §§ after Vägledning
// 2015:1 ch. 9 (karens exceptions); the employer's refund is in sjuklönelagen (1991:1047) 17 §,
// not re-verified. Pinned by `every_entry_names_its_law_and_appears_once`.
pub const SARSKILT_HOGRISKSKYDD: LawRef = sfb("27", "39–44");
/// Förordning (1991:1046) om bidrag till arbetshjälpmedel; the section was not found.
pub const ARBETSHJALPMEDEL: LawRef = other("förordning (1991:1046)", "1991:1046", "", "");
pub const GRAVIDITETSPENNING: LawRef = sfb("10", "2, 3 och 8");
// LEGAL-QUESTION: ordinary sjukpenning (27 kap. 2 §) is paid from the SGI (25–26 kap.; FK's
// guidance cites 25 kap. 3 § for its conditions); after years with aktivitetsersättning many
// have none, which is why 28 a kap. exists. Boendetillägg goes with the särskilda-fall benefits
// (RULES.md §6.2), not with ordinary sjukpenning, so the next step names it there. Pinned by
// `sjukpenning_after_ae_needs_an_sgi_from_the_30th_birthday_month`.
pub const SJUKPENNING: LawRef = sfb("27", "2");
// LEGAL-QUESTION: the entry points to the a-kassa (lag (1997:238) om arbetslöshetsförsäkring:
// the basic conditions, registration at Arbetsförmedlingen and the work condition, sections not
// read verbatim) and to aktivitetsstöd (förordning (2017:819) om ersättning till deltagare i
// arbetsmarknadspolitiska insatser) for a programme; it does not assess them. Pinned by
// `arbetsloshetsersattning_after_sick_pay_ends_for_the_unemployed`.
pub const ARBETSLOSHETSFORSAKRING: LawRef = other("lag (1997:238) om arbetslöshetsförsäkring", "1997:238", "", "");
// LEGAL-QUESTION: the brief cited 113 kap. 22 § for the two months; the chapter as amended by
// SFS 2018:772 (processratt.se's copy) puts the deadline in 19 § ("inom två månader från den dag
// då den enskilde fick del av beslutet") and 22–36 §§ are about allmän ålderspension. The meeting
// with Arbetsförmedlingen is a pointer, not a right in law. Pinned by
// `af_mote_after_a_refusal_names_omprovning`.
pub const OMPROVNING: LawRef = sfb("113", "7, 19");
/// Ersättning för resor till och från arbetet i stället för sjukpenning.
pub const ARBETSRESOR: LawRef = sfb("27", "5");
/// Graviditetspenning when the work is banned for a risk in the work environment, at the latest
/// through the 11th day before the expected birth.
pub const GRAVIDITETSPENNING_RISK: LawRef = sfb("10", "3, 8");

/// "Minst ett år", in whole months (SFB 33 kap. 7 §), as for livränta (41 kap. 2 §).
pub use super::livranta::ETT_AR_I_MANADER;
/// Graviditetspenning for physically demanding work: from the 60th day before the expected
/// birth (RULES.md §6.1, FK) …
pub const GRAVIDITETSPENNING_FRAN_DAG_FORE: i64 = 60;
/// … through the 11th day before it (SFB 10 kap. 2, 3 och 8 §§).
pub const GRAVIDITETSPENNING_TILL_DAG_FORE: i64 = 11;
/// From day 181 of the sick period, work capacity is measured against normally occurring work
/// (SFB 27 kap. 48 §).
pub const DAG_NORMALT_FOREKOMMANDE_ARBETE: u32 = 181;
/// Not law: how many months before the aktivitetsersättning ends at 30 we point to the
/// särskilda-fall routes, so the person can prepare.
pub const SARSKILDA_FALL_MANADER_FORE: i64 = 12;

impl<F: AlternativFakta + ?Sized> Katalog<F> {
    /// The catalogue, in the order the self-test asks: first what most people can answer
    /// (insurance, age, benefits now), then sick pay, then the narrower situations.
    pub const POSTER: [Post<F>; ANTAL] = [
        Post { formon: Formon::Aktivitetsersattning, villkor: aktivitetsersattning::<F>, lag: AE_RATT },
        Post { formon: Formon::Sjukersattning, villkor: sjukersattning::<F>, lag: SA_RATT },
        Post { formon: Formon::Bostadstillagg, villkor: bostadstillagg::<F>, lag: BOSTADSTILLAGG },
        Post { formon: Formon::AfMoteEfterAvslag, villkor: af_mote_efter_avslag::<F>, lag: OMPROVNING },
        Post {
            formon: Formon::SjukpenningSarskildaFall,
            villkor: sjukpenning_sarskilda_fall::<F>,
            lag: SJUKPENNING_SARSKILDA_FALL,
        },
        Post {
            formon: Formon::RehabiliteringspenningSarskildaFall,
            villkor: rehabiliteringspenning_sarskilda_fall::<F>,
            lag: REHABILITERINGSPENNING_SARSKILDA_FALL,
        },
        Post { formon: Formon::SjukpenningEfterAe, villkor: sjukpenning_efter_ae::<F>, lag: SJUKPENNING },
        Post { formon: Formon::Omstallningsmote, villkor: omstallningsmote::<F>, lag: NORMALT_FOREKOMMANDE_ARBETE },
        Post {
            formon: Formon::Arbetsloshetsersattning,
            villkor: arbetsloshetsersattning::<F>,
            lag: ARBETSLOSHETSFORSAKRING,
        },
        Post {
            formon: Formon::ArbetsplatsinriktatRehabiliteringsstod,
            villkor: arbetsplatsinriktat_rehabiliteringsstod::<F>,
            lag: ARBETSPLATSINRIKTAT_STOD,
        },
        Post { formon: Formon::Arbetsresor, villkor: arbetsresor::<F>, lag: ARBETSRESOR },
        Post { formon: Formon::Arbetsskadelivranta, villkor: arbetsskadelivranta::<F>, lag: LIVRANTA },
        Post {
            formon: Formon::ForebyggandeSjukpenning,
            villkor: forebyggande_sjukpenning::<F>,
            lag: FOREBYGGANDE_SJUKPENNING,
        },
        Post {
            formon: Formon::Rehabiliteringspenning,
            villkor: rehabiliteringspenning::<F>,
            lag: REHABILITERINGSPENNING,
        },
        Post { formon: Formon::SarskiltHogriskskydd, villkor: sarskilt_hogriskskydd::<F>, lag: SARSKILT_HOGRISKSKYDD },
        Post { formon: Formon::Arbetshjalpmedel, villkor: arbetshjalpmedel::<F>, lag: ARBETSHJALPMEDEL },
        Post { formon: Formon::Graviditetspenning, villkor: graviditetspenning::<F>, lag: GRAVIDITETSPENNING },
        Post {
            formon: Formon::GraviditetspenningRisk,
            villkor: graviditetspenning_risk::<F>,
            lag: GRAVIDITETSPENNING_RISK,
        },
    ];
}

/// The catalogue as one table for any facts: for listing entries, their reasons and laws.
pub static KATALOG: [Post<dyn AlternativFakta>; ANTAL] = Katalog::<dyn AlternativFakta>::POSTER;

/// The entry for a benefit.
pub fn post(formon: Formon) -> Option<&'static Post<dyn AlternativFakta>> {
    KATALOG.iter().find(|p| p.formon == formon)
}

/// Every entry, in the catalogue's order. A condition that needs a fact it does not have leaves
/// its entry not assessed; the others are still assessed.
///
/// The conditions are `#[inline(always)]`: inlined here, the facts' `Fact<T>` values stay in
/// registers. As separate functions they return through the stack, and a batch runs at half the
/// speed (`cargo run --release --bin bench_screen`). Each entry is called by its constant index
/// into [`Katalog::POSTER`], so the call is direct and inlined whatever the size of the
/// conditions (a loop over the table is unrolled only while they are small).
pub fn bedom<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> [Status; ANTAL] {
    macro_rules! each {
        ($($i:literal)*) => {
            [$(status_of((Katalog::<F>::POSTER[$i].villkor)(f, idag)),)*]
        };
    }
    const _: () = assert!(ANTAL == 18, "bedom lists every index of the table");
    each!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17)
}

/// An entry's [`Status`] from what its condition said.
#[inline(always)]
pub fn status_of(forslag: Fact<Forslag>) -> Status {
    match forslag {
        Ok(Forslag::Suggest) => Status::Suggest,
        Ok(Forslag::NotSuggested(varfor)) => Status::NotSuggested(varfor),
        Err(Missing(fact)) => Status::NotAssessed(fact),
    }
}

// --- The conditions, in the order of the table --------------------------------------------------

/// SFB 33 kap. 7–8 §§ and 18 §: aktivitetsersättning from July of the year of the 19th birthday
/// through the month before the 30th, for a work capacity reduced by at least a quarter for at
/// least a year, or for schooling prolonged by a disability. Not for someone who already has
/// sjukersättning or aktivitetsersättning.
#[inline(always)]
pub fn aktivitetsersattning<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    let manad = idag.year_month();
    let Some((fran, till)) = ae::ae_period(f.fodelsedatum()?) else {
        return inte(Varfor::DatumOkant);
    };
    if !(fran <= manad && manad <= till) {
        return inte(Varfor::AlderAktivitetsersattning { fran, till });
    }
    if f.har_sa_eller_ae()? {
        return inte(Varfor::HarRedanSaEllerAe);
    }
    let varfor = match f.nedsattning()? {
        Some(_) => {
            let manader = f.varaktighet_manader()?;
            if ae::varar_minst_ett_ar(varaktighet_av_manader(manader)) == Some(true) {
                return Ok(Forslag::Suggest);
            }
            Varfor::KortareAnEttArUtanForlangdSkolgang { manader, krav: ETT_AR_I_MANADER }
        }
        None => Varfor::UnderEnFjardedelUtanForlangdSkolgang,
    };
    Ok(foreslas(f.skolgang_forlangd()?, varfor))
}

/// A duration in months as the AE rules' [`Varaktighet`]: a year is twelve months.
pub fn varaktighet_av_manader(manader: u32) -> Varaktighet {
    if manader >= ETT_AR_I_MANADER {
        Varaktighet::MinstEttAr
    } else {
        Varaktighet::KortareAnEttAr
    }
}

/// SFB 33 kap. 5–6 §§ and 16 §: sjukersättning for a work capacity stadigvarande reduced by at
/// least a quarter; full sjukersättning from July of the year of the 19th birthday, a lower
/// level from the month of the 30th ([`ae::sjukersattning_tidigast`]); not after the age limit.
/// Before 30 a full and stadigvarande reduction is suggested both here and, when it lasts a
/// year, as aktivitetsersättning: 16 § lets either be paid, and the aktivitetsersättning
/// self-test says so in a note beside its verdict (`tests/agreement_rules.rs` pins that the two
/// agree).
#[inline(always)]
pub fn sjukersattning<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    let fodd = f.fodelsedatum()?;
    let manad = idag.year_month();
    let Some(hel_fran) = ae::sjukersattning_tidigast(fodd, Level::Full) else {
        return inte(Varfor::DatumOkant);
    };
    if manad < hel_fran {
        return inte(Varfor::ForeSjukersattning { fran: hel_fran });
    }
    if f.har_sa_eller_ae()? {
        return inte(Varfor::HarRedanSaEllerAe);
    }
    let Some(niva) = f.nedsattning()? else {
        return inte(Varfor::NedsattningUnderEnFjardedel);
    };
    match ae::sjukersattning_tidigast(fodd, niva) {
        Some(fran) if fran <= manad => {}
        Some(fran) => return inte(Varfor::DelvisSjukersattningFran { fran, niva }),
        None => return inte(Varfor::DatumOkant),
    }
    let varaktighet = if f.stadigvarande()? { Varaktighet::Stadigvarande } else { Varaktighet::MinstEttAr };
    if ae::ar_stadigvarande(varaktighet) != Some(true) {
        return inte(Varfor::InteStadigvarande);
    }
    // The last month the law in force gives (33 kap. 16 §), also where a later riktålder is
    // not decided yet.
    match ae::sista_manad_sjukersattning_utan_spar(fodd) {
        Ok(slut) => Ok(foreslas(manad <= slut.manad(), Varfor::EfterSistaManadSjukersattning { sista: slut.manad() })),
        Err(_) => inte(Varfor::DatumOkant),
    }
}

/// SFB 101–102 kap.: bostadstillägg for a person with sjukersättning or aktivitetsersättning
/// who lives in Sweden and has not applied.
#[inline(always)]
pub fn bostadstillagg<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    if !f.har_sa_eller_ae()? {
        return inte(Varfor::HarInteSaEllerAe);
    }
    Ok(foreslas(!f.sokt_bostadstillagg()?, Varfor::RedanSoktBostadstillagg))
}

/// SFB 113 kap. 7, 19 §§: after a refusal of sjukersättning or aktivitetsersättning, a meeting
/// with Arbetsförmedlingen about work and support, and the right to ask Försäkringskassan in
/// writing to reconsider (omprövning) within two months of receiving the decision.
#[inline(always)]
pub fn af_mote_efter_avslag<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if f.har_sa_eller_ae()? {
        return inte(Varfor::HarRedanSaEllerAe);
    }
    Ok(foreslas(f.sa_ae_avslag()?, Varfor::IngetAvslagSaAe))
}

/// SFB 28 a kap. 5 § and 31 a kap. 5 §: the right in särskilda fall starts the day after the
/// right to aktivitetsersättning ended; it ends the month before the 30th birthday (33 kap.
/// 18 §), so the right starts on the first day of the month of the 30th birthday.
pub fn sarskilda_fall_fran(fodd: Date) -> Option<Date> {
    let (_, sista_ae_manad) = ae::ae_period(fodd)?;
    sista_ae_manad.last_day().plus_days(1)
}

/// SFB 28 a kap. 3 § and 31 a kap. 3 §: the särskilda-fall routes are for a person whose
/// aktivitetsersättning ends because they turn 30. We point to them from
/// [`SARSKILDA_FALL_MANADER_FORE`] months before. `None` when they apply; else why not.
// LEGAL-QUESTION: "har aktivitetsersättning" is read as "has it now and keeps it until it ends
// at 30, or had it until then". A decision that ends earlier (33 kap. 19 §: at most three years)
// does not "upphöra på grund av att han eller hon fyller 30 år"; the facts cannot tell the two
// apart. Pinned by
// `sarskilda_fall_are_shown_from_twelve_months_before_and_after_the_30th_birthday_month`.
#[inline(always)]
fn ae_slutar_vid_30<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Option<Varfor>> {
    if !f.forsakrad()? {
        return Ok(Some(Varfor::InteForsakrad));
    }
    if !f.har_ae()? {
        return Ok(Some(Varfor::HarInteAktivitetsersattning));
    }
    // The month of [`sarskilda_fall_fran`]: the month after the last month with
    // aktivitetsersättning.
    let fran = ae::ae_period(f.fodelsedatum()?).and_then(|(_, sista)| sista.next());
    match fran.and_then(|m| m.plus_months(-SARSKILDA_FALL_MANADER_FORE)) {
        Some(visas_fran) if idag.year_month() >= visas_fran => Ok(None),
        Some(visas_fran) => Ok(Some(Varfor::SarskildaFallFran { fran: visas_fran })),
        None => Ok(Some(Varfor::DatumOkant)),
    }
}

/// SFB 28 a kap. 3, 5 §§: sjukpenning i särskilda fall, for a work capacity reduced by at least
/// a quarter, when aktivitetsersättning ends at 30.
#[inline(always)]
pub fn sjukpenning_sarskilda_fall<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if let Some(varfor) = ae_slutar_vid_30(f, idag)? {
        return inte(varfor);
    }
    Ok(foreslas(f.nedsattning()?.is_some(), Varfor::NedsattningUnderEnFjardedel))
}

/// SFB 31 a kap. 3, 5 §§: rehabiliteringspenning i särskilda fall, for vocational
/// rehabilitation, when aktivitetsersättning ends at 30.
#[inline(always)]
pub fn rehabiliteringspenning_sarskilda_fall<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if let Some(varfor) = ae_slutar_vid_30(f, idag)? {
        return inte(varfor);
    }
    Ok(foreslas(f.i_rehabilitering()?, Varfor::InteIRehabilitering))
}

/// SFB 27 kap. 2 §: ordinary sjukpenning, for a work capacity reduced by at least a quarter, when
/// aktivitetsersättning ends at 30 and the person has an SGI; from the day after the
/// aktivitetsersättning ended ([`sarskilda_fall_fran`]), shown from the same twelve months before.
#[inline(always)]
pub fn sjukpenning_efter_ae<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if let Some(varfor) = ae_slutar_vid_30(f, idag)? {
        return inte(varfor);
    }
    if f.nedsattning()?.is_none() {
        return inte(Varfor::NedsattningUnderEnFjardedel);
    }
    Ok(foreslas(f.har_sgi()?, Varfor::IngenSgi))
}

/// SFB 27 kap. 48 §: from day 181 of the sick period work capacity is measured against normally
/// occurring work; when sjukpenning stops for that reason, the person should register with
/// Arbetsförmedlingen and meet them about new work (RULES.md §6.8).
#[inline(always)]
pub fn omstallningsmote<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if f.sjukpenning()? {
        let dag = f.sjukdagar()?;
        let varfor = Varfor::SjukdagarFore { dag, fran: DAG_NORMALT_FOREKOMMANDE_ARBETE };
        Ok(foreslas(dag >= DAG_NORMALT_FOREKOMMANDE_ARBETE, varfor))
    } else {
        Ok(foreslas(f.sjukpenning_nekad_normalt_arbete()?, Varfor::InteNekadSjukpenning))
    }
}

/// Lag (1997:238) om arbetslöshetsförsäkring, and förordning (2017:819) for aktivitetsstöd: when
/// sick pay has ended (or sjukpenning was refused or stopped) and the person has no job, a pointer
/// to the a-kassa and Arbetsförmedlingen.
#[inline(always)]
pub fn arbetsloshetsersattning<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if f.sjukpenning()? {
        return inte(Varfor::Sjukskriven);
    }
    if !(f.sjukpenning_nekad_normalt_arbete()? || f.sjukpenning_upphort()?) {
        return inte(Varfor::SjukpenningInteSlut);
    }
    Ok(foreslas(f.arbetslos()?, Varfor::InteArbetslos))
}

/// Förordning (2014:67) 7 §: the employer of a person on sick leave can get half the cost of
/// workplace-oriented rehabilitation support back.
#[inline(always)]
pub fn arbetsplatsinriktat_rehabiliteringsstod<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.sjukpenning()? {
        return inte(Varfor::InteSjukskriven);
    }
    Ok(foreslas(!f.arbetslos()?, Varfor::Arbetslos))
}

/// SFB 27 kap. 5 §: instead of sjukpenning, Försäkringskassan may pay the extra cost of travel
/// to and from work (taxi, one's own car) for a person who can do the work but, because of the
/// illness, cannot travel to it the usual way.
// LEGAL-QUESTION: only the person who would otherwise get sjukpenning can get it (HFD 2021,
// lexbase 2021-04-08: a work capacity reduced by at least a quarter, where the journey counts),
// and FK grants it only after the sjuklön period (ISF 2017:17). We read "on sick leave now, with
// sjuklön or sjukpenning, with a job to travel to" as that, and say in the reason that FK decides
// from day 15. Pinned by `arbetsresor_for_someone_on_sick_leave_who_can_work_but_not_travel`.
#[inline(always)]
pub fn arbetsresor<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    if !f.sjukpenning()? {
        return inte(Varfor::InteSjukskriven);
    }
    if f.arbetslos()? {
        return inte(Varfor::Arbetslos);
    }
    Ok(foreslas(f.resor_hindrade()?, Varfor::KanResaSomVanligt))
}

/// SFB 41 kap. 2 §: arbetsskadelivränta for a work injury that reduces the ability to earn an
/// income by at least one fifteenth for at least one year, with a yearly loss of at least a
/// quarter of the prisbasbelopp (of the as-of year, as in the livränta self-test).
#[inline(always)]
pub fn arbetsskadelivranta<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    if !f.arbetsrelaterad()? {
        return inte(Varfor::InteArbetsrelaterad);
    }
    let (fore, efter) = (f.inkomst_fore()?, f.inkomst_efter()?);
    let pbb = PRISBASBELOPP.at(idag.year_month()).ok().map(|row| row.value);
    Ok(match livranta::hinder_for_livranta(fore, efter, f.varaktighet_manader()?, pbb) {
        None => Forslag::Suggest,
        Some(h) => Forslag::NotSuggested(match h {
            livranta::Hinder::IngenInkomstFore => Varfor::IngenInkomstFore,
            livranta::Hinder::UnderEnFemtondel { forlust, minst } => Varfor::ForlustUnderEnFemtondel { forlust, minst },
            livranta::Hinder::UnderFjardedelPrisbasbelopp { forlust, minst } => {
                Varfor::ForlustUnderFjardedelPrisbasbelopp { forlust, minst }
            }
            livranta::Hinder::KortareAnEttAr { manader, krav } => Varfor::KortareAnEttAr { manader, krav },
        }),
    })
}

/// SFB 27 kap. 6 §: förebyggande sjukpenning for treatment or rehabilitation that prevents or
/// shortens an illness, in a plan Försäkringskassan approves.
#[inline(always)]
pub fn forebyggande_sjukpenning<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    Ok(foreslas(f.forebyggande_behandling()?, Varfor::IngenForebyggandeBehandling))
}

/// SFB 31 kap.: rehabiliteringspenning while taking part in vocational rehabilitation.
#[inline(always)]
pub fn rehabiliteringspenning<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    Ok(foreslas(f.i_rehabilitering()?, Varfor::InteIRehabilitering))
}

/// SFB 27 kap. 39–44 §§ and sjuklönelagen: särskilt högriskskydd for an illness likely to cause
/// more than 10 sick periods a year or periods longer than 28 days.
#[inline(always)]
pub fn sarskilt_hogriskskydd<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    Ok(foreslas(f.ofta_eller_lange_sjuk()?, Varfor::InteOftaEllerLangeSjuk))
}

/// Förordning (1991:1046): bidrag till arbetshjälpmedel for a person at work who needs aids
/// because of illness or disability. Job seekers get aids through Arbetsförmedlingen instead.
#[inline(always)]
pub fn arbetshjalpmedel<F: AlternativFakta + ?Sized>(f: &mut F, _idag: Date) -> Fact<Forslag> {
    if !f.behover_arbetshjalpmedel()? {
        return inte(Varfor::BehoverInteArbetshjalpmedel);
    }
    Ok(foreslas(!f.arbetslos()?, Varfor::Arbetslos))
}

/// SFB 10 kap. 2, 3 och 8 §§: graviditetspenning for a pregnant person with physically
/// demanding work, from the 60th day before the expected birth through the 11th day before.
// Only the physically demanding variant; a risk in the work environment is
// [`graviditetspenning_risk`].
// LEGAL-QUESTION: "Den 60:e dagen före" is read as the date 60 days before the due date
// (RULES.md E12: 2024-05-01 for 2024-06-30). Pinned by `graviditetspenning_window_is_d60_to_d11`.
#[inline(always)]
pub fn graviditetspenning<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    if !f.gravid()? {
        return inte(Varfor::InteGravid);
    }
    if !f.fysiskt_anstrangande_arbete()? {
        return inte(Varfor::InteFysisktAnstrangandeArbete);
    }
    // The window of [`graviditetspenning_fonster`], as days left to the expected birth.
    let beraknad = f.beraknad_forlossning()?;
    let dagar_kvar = idag.days_until(beraknad);
    if (GRAVIDITETSPENNING_TILL_DAG_FORE..=GRAVIDITETSPENNING_FRAN_DAG_FORE).contains(&dagar_kvar) {
        return Ok(Forslag::Suggest);
    }
    match graviditetspenning_fonster(beraknad) {
        Some((fran, till)) => inte(Varfor::UtanforGraviditetspenning { fran, till }),
        None => inte(Varfor::DatumOkant),
    }
}

/// SFB 10 kap. 3 §: graviditetspenning for a pregnant person whose work is banned because the
/// work environment carries a risk, when the employer cannot move her to other work; from the
/// first day of the ban, at the latest through the 11th day before the expected birth (8 §).
// LEGAL-QUESTION: the first day of the ban is not a fact (the employer's decision gives it), so
// the entry is suggested for any day through the 11th day before the birth; a ban under
// arbetsmiljölagen is read as what "risk in the work environment" means (Vägledning 2002:6 ch.
// 3.2, not re-read verbatim). Pinned by `graviditetspenning_risk_through_the_11th_day_before`.
#[inline(always)]
pub fn graviditetspenning_risk<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date) -> Fact<Forslag> {
    if !f.forsakrad()? {
        return inte(Varfor::InteForsakrad);
    }
    if !f.gravid()? {
        return inte(Varfor::InteGravid);
    }
    if !f.risk_i_arbetsmiljon()? {
        return inte(Varfor::IngenRiskIArbetsmiljon);
    }
    let beraknad = f.beraknad_forlossning()?;
    if idag.days_until(beraknad) >= GRAVIDITETSPENNING_TILL_DAG_FORE {
        return Ok(Forslag::Suggest);
    }
    match beraknad.plus_days(-GRAVIDITETSPENNING_TILL_DAG_FORE) {
        Some(till) => inte(Varfor::EfterGraviditetspenningRisk { till }),
        None => inte(Varfor::DatumOkant),
    }
}

/// The first and last day of graviditetspenning for physically demanding work: 60 and 11 days
/// before the expected birth, both included (50 days).
pub fn graviditetspenning_fonster(beraknad: Date) -> Option<(Date, Date)> {
    Some((
        beraknad.plus_days(-GRAVIDITETSPENNING_FRAN_DAG_FORE)?,
        beraknad.plus_days(-GRAVIDITETSPENNING_TILL_DAG_FORE)?,
    ))
}

// --- What would change "nothing found" (issue 13 item 1) ---------------------------------------

/// A change that would turn an entry that does not fit, derived from its [`Varfor`]: a day or
/// month the person reaches (not a choice), or a threshold of the law the person's own value
/// falls short of. Never another answer to a fact already given (insured, pregnant, a work
/// injury): those are what happened, not what a person can change. Serialized, the machine line
/// of the self-test's "change:" rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Andring {
    /// From day `fran` of the sick period the meeting with Arbetsförmedlingen may apply
    /// (SFB 27 kap. 48 §): a day the person reaches while still on sick pay.
    OmstallningsmoteFranSjukdag { fran: u32 },
    /// The reduction would have to be expected to last at least `krav` months (SFB 33 kap. 7 §,
    /// 41 kap. 2 §).
    VaraktighetMinst { krav: u32 },
    /// Livränta: the yearly loss is `saknas` short of one fifteenth of the income before
    /// (`minst`, SFB 41 kap. 2 §).
    LivrantaForlustTillEnFemtondel { saknas: Kronor, minst: Kronor },
    /// Livränta: the yearly loss is `saknas` short of a quarter of the prisbasbelopp (`minst`).
    LivrantaForlustTillFjardedelPrisbasbelopp { saknas: Kronor, minst: Kronor },
    /// From `fran`, July of the year of the 19th birthday, the age condition of
    /// aktivitetsersättning is met (SFB 33 kap. 7 §); the other conditions are tested then.
    AktivitetsersattningFran { fran: YearMonth },
    /// From `fran` the age condition of sjukersättning at the person's level is met (SFB 33 kap.
    /// 5–6 §§): full from July of the year of 19, a lower level from the month of the 30th birthday.
    SjukersattningFran { fran: YearMonth },
    /// From `fran`, the month of the 30th birthday, aktivitetsersättning ends and the
    /// särskilda-fall routes may apply (SFB 28 a kap. 5 §, 31 a kap. 5 §).
    SarskildaFallFran { fran: YearMonth },
    /// From `fran`, the 60th day before the expected birth, graviditetspenning for physically
    /// demanding work may apply (SFB 10 kap. 3 §).
    GraviditetspenningFran { fran: Date },
}

/// The most changes a result names.
pub const MEST_ANDRINGAR: usize = 3;

impl Andring {
    /// The day the change comes about, when it is a day the person reaches; `None` for a
    /// threshold (or a sick day, whose date the facts do not give).
    pub fn datum(self) -> Option<Date> {
        match self {
            Andring::AktivitetsersattningFran { fran }
            | Andring::SjukersattningFran { fran }
            | Andring::SarskildaFallFran { fran } => Some(fran.first_day()),
            Andring::GraviditetspenningFran { fran } => Some(fran),
            _ => None,
        }
    }
}

/// The change an entry's reason points to, if any a person could truly have or make.
fn andring_for(varfor: Varfor, idag: Date) -> Option<Andring> {
    use Varfor as V;
    Some(match varfor {
        V::SjukdagarFore { fran, .. } => Andring::OmstallningsmoteFranSjukdag { fran },
        V::KortareAnEttAr { krav, .. } | V::KortareAnEttArUtanForlangdSkolgang { krav, .. } => {
            Andring::VaraktighetMinst { krav }
        }
        V::ForlustUnderEnFemtondel { forlust, minst } => {
            Andring::LivrantaForlustTillEnFemtondel { saknas: Kronor(minst.0.checked_sub(forlust.0)?), minst }
        }
        V::ForlustUnderFjardedelPrisbasbelopp { forlust, minst } => {
            Andring::LivrantaForlustTillFjardedelPrisbasbelopp {
                saknas: Kronor(minst.0.checked_sub(forlust.0)?),
                minst,
            }
        }
        // Only before the age window: after it, nothing the person reaches turns it.
        V::AlderAktivitetsersattning { fran, .. } if idag.year_month() < fran => {
            Andring::AktivitetsersattningFran { fran }
        }
        V::ForeSjukersattning { fran } | V::DelvisSjukersattningFran { fran, .. } => {
            Andring::SjukersattningFran { fran }
        }
        // Shown from twelve months before; the right itself starts that many months later.
        V::SarskildaFallFran { fran } => {
            Andring::SarskildaFallFran { fran: fran.plus_months(SARSKILDA_FALL_MANADER_FORE)? }
        }
        V::UtanforGraviditetspenning { fran, .. } if idag < fran => Andring::GraviditetspenningFran { fran },
        _ => return None,
    })
}

/// What would change a result where nothing fits (issue 13 item 1), from the entries' own
/// reasons: each change once, at most [`MEST_ANDRINGAR`], nearest first: the thresholds of the
/// law and the sick day in the catalogue's order (they may be met now), then the days the person
/// reaches, earliest first.
pub fn andringar(status: &[Status; ANTAL], idag: Date) -> Vec<Andring> {
    let mut out: Vec<Andring> = Vec::new();
    for s in status {
        let Status::NotSuggested(varfor) = *s else { continue };
        let Some(a) = andring_for(varfor, idag) else { continue };
        if out.contains(&a) {
            continue;
        }
        // Insertion in order of nearness: undated first (stable), then by date.
        let at = match a.datum() {
            None => out.iter().position(|x| x.datum().is_some()).unwrap_or(out.len()),
            Some(d) => out.iter().position(|x| x.datum().is_some_and(|e| e > d)).unwrap_or(out.len()),
        };
        out.insert(at, a);
    }
    out.truncate(MEST_ANDRINGAR);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Fraction, Kronor};

    /// Facts for a test: every fact unknown until set.
    type T = KandaFakta;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn ym(y: i32, m: u8) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    /// Not suggested, for the reason `v`.
    fn no(v: Varfor) -> Status {
        Status::NotSuggested(v)
    }

    use Varfor as V;

    /// The one helper every test goes through: the status of one entry for facts on a day.
    fn check(facts: &T, idag: &str, formon: Formon, expected: Status) {
        let all = bedom(&mut { *facts }, d(idag));
        let i = KATALOG.iter().position(|p| p.formon == formon).unwrap();
        assert_eq!(all[i], expected, "{} on {idag}", formon.id());
    }

    fn insured() -> T {
        T { forsakrad: Some(true), ..T::default() }
    }

    // --- arbetsskadelivränta: 1/15 and 12 months ---

    fn injured(before: i64, after: i64, months: u32) -> T {
        T {
            arbetsrelaterad: Some(true),
            inkomst_fore: Some(Kronor(before)),
            inkomst_efter: Some(Kronor(after)),
            varaktighet_manader: Some(months),
            ..insured()
        }
    }

    #[test]
    fn livranta_needs_a_loss_of_at_least_one_fifteenth() {
        let l = Formon::Arbetsskadelivranta;
        check(&injured(300_000, 280_000, 12), "2026-01-15", l, Status::Suggest); // exactly 1/15
        check(
            &injured(300_000, 280_001, 12),
            "2026-01-15",
            l,
            no(V::ForlustUnderEnFemtondel { forlust: Kronor(19_999), minst: Kronor(20_000) }),
        ); // just below
        check(&injured(420_000, 300_000, 24), "2026-01-15", l, Status::Suggest); // E11
        check(
            &injured(400_000, 380_000, 24),
            "2026-01-15",
            l,
            no(V::ForlustUnderEnFemtondel { forlust: Kronor(20_000), minst: Kronor(26_667) }),
        ); // E11, 5 %
        check(&injured(0, 0, 24), "2026-01-15", l, no(V::IngenInkomstFore)); // nothing to lose
        check(
            &injured(300_000, 400_000, 24),
            "2026-01-15",
            l,
            no(V::ForlustUnderEnFemtondel { forlust: Kronor(0), minst: Kronor(20_000) }),
        );
        // a gain
    }

    #[test]
    fn livranta_needs_a_loss_of_at_least_a_quarter_of_the_prisbasbelopp_as_the_self_test_does() {
        // 2026: a quarter of 59 200 is 14 800 kr a year. 1/15 of 200 000 is met either way.
        let l = Formon::Arbetsskadelivranta;
        check(&injured(200_000, 185_200, 12), "2026-01-15", l, Status::Suggest);
        check(
            &injured(200_000, 185_201, 12),
            "2026-01-15",
            l,
            no(V::ForlustUnderFjardedelPrisbasbelopp { forlust: Kronor(14_799), minst: Kronor(14_800) }),
        );
        // 15 000 → 14 000 is exactly 1/15 but only 1 000 kr a year.
        check(
            &injured(15_000, 14_000, 12),
            "2026-01-15",
            l,
            no(V::ForlustUnderFjardedelPrisbasbelopp { forlust: Kronor(1_000), minst: Kronor(14_800) }),
        );
        // A year without a known prisbasbelopp: the quarter is not checked, 1/15 and a year decide.
        let unknown = format!("{}-01-15", crate::params::KNOWN_THROUGH + 1);
        check(&injured(15_000, 14_000, 12), &unknown, l, Status::Suggest);
    }

    #[test]
    fn livranta_needs_at_least_twelve_months() {
        let l = Formon::Arbetsskadelivranta;
        check(&injured(420_000, 300_000, 11), "2026-01-15", l, no(V::KortareAnEttAr { manader: 11, krav: 12 }));
        check(&injured(420_000, 300_000, 12), "2026-01-15", l, Status::Suggest);
        check(&injured(420_000, 300_000, 13), "2026-01-15", l, Status::Suggest);
    }

    #[test]
    fn livranta_needs_a_work_injury_and_then_the_incomes() {
        let l = Formon::Arbetsskadelivranta;
        let not_work = T { arbetsrelaterad: Some(false), ..insured() };
        check(&not_work, "2026-01-15", l, no(V::InteArbetsrelaterad));
        let unknown = T { arbetsrelaterad: Some(true), ..insured() };
        check(&unknown, "2026-01-15", l, Status::NotAssessed("income_before"));
        check(&T::default(), "2026-01-15", l, Status::NotAssessed("insured_in_sweden"));
        assert!(livranta::ratt_till_livranta(Kronor(15_000), Kronor(14_000), 12, None));
        assert!(!livranta::ratt_till_livranta(Kronor(16_000), Kronor(15_000), 12, None));
        assert!(!livranta::ratt_till_livranta(Kronor(2), Kronor(1), 11, None));
        assert!(!livranta::ratt_till_livranta(Kronor(0), Kronor(0), 12, None));
        // A quarter of the prisbasbelopp 2024 (57 300) is 14 325 kr a year: exactly that is enough.
        let pbb = Some(Kronor(57_300));
        assert!(livranta::ratt_till_livranta(Kronor(200_000), Kronor(185_675), 12, pbb));
        assert!(!livranta::ratt_till_livranta(Kronor(200_000), Kronor(185_676), 12, pbb));
        assert!(!livranta::ratt_till_livranta(Kronor(15_000), Kronor(14_000), 12, pbb));
        // The cross-multiplication agrees with the exact share.
        for (fore, efter) in [(15_000, 14_000), (15_000, 14_001), (420_000, 300_000), (1, 0), (7, 8)] {
            let exact = Fraction::share_lost(Kronor(fore), Kronor(efter)).is_some_and(|a| a >= livranta::EN_FEMTONDEL);
            assert_eq!(livranta::forlorat_minst_en_femtondel(Kronor(fore), Kronor(efter)), exact, "{fore} {efter}");
        }
    }

    // --- aktivitetsersättning and sjukersättning ---

    fn reduced(born: &str, level: Option<Level>, months: u32, permanent: bool) -> T {
        T {
            fodelsedatum: Some(d(born)),
            har_sa_eller_ae: Some(false),
            nedsattning: Some(level),
            varaktighet_manader: Some(months),
            stadigvarande: Some(permanent),
            skolgang_forlangd: Some(false),
            ..insured()
        }
    }

    #[test]
    fn aktivitetsersattning_from_july_of_19_through_the_month_before_30() {
        let ae = Formon::Aktivitetsersattning;
        let t = reduced("2006-11-10", Some(Level::Half), 12, false); // E6: July 2025 – October 2036
        check(&t, "2025-06-30", ae, no(V::AlderAktivitetsersattning { fran: ym(2025, 7), till: ym(2036, 10) }));
        check(&t, "2025-07-01", ae, Status::Suggest);
        check(&t, "2036-10-31", ae, Status::Suggest);
        check(&t, "2036-11-01", ae, no(V::AlderAktivitetsersattning { fran: ym(2025, 7), till: ym(2036, 10) }));
    }

    #[test]
    fn aktivitetsersattning_needs_a_year_or_prolonged_schooling() {
        let ae = Formon::Aktivitetsersattning;
        check(
            &reduced("2000-05-01", Some(Level::Quarter), 11, false),
            "2026-01-15",
            ae,
            no(V::KortareAnEttArUtanForlangdSkolgang { manader: 11, krav: 12 }),
        );
        check(&reduced("2000-05-01", Some(Level::Quarter), 12, false), "2026-01-15", ae, Status::Suggest);
        check(&reduced("2000-05-01", None, 24, false), "2026-01-15", ae, no(V::UnderEnFjardedelUtanForlangdSkolgang));
        let school = T { skolgang_forlangd: Some(true), ..reduced("2006-05-01", None, 0, false) };
        check(&school, "2026-01-15", ae, Status::Suggest);
        let has = T { har_sa_eller_ae: Some(true), ..reduced("2000-05-01", Some(Level::Full), 24, true) };
        check(&has, "2026-01-15", ae, no(V::HarRedanSaEllerAe));
        // Capacity reduced for a year: schooling is not needed.
        let t = T { skolgang_forlangd: None, ..reduced("2000-05-01", Some(Level::Full), 24, false) };
        check(&t, "2026-01-15", ae, Status::Suggest);
    }

    #[test]
    fn sjukersattning_partial_only_from_the_30th_birthday_month() {
        let sa = Formon::Sjukersattning;
        let t = reduced("1996-03-15", Some(Level::Half), 24, true);
        check(&t, "2026-02-28", sa, no(V::DelvisSjukersattningFran { fran: ym(2026, 3), niva: Level::Half }));
        check(&t, "2026-03-01", sa, Status::Suggest);
        let full = reduced("2006-03-15", Some(Level::Full), 24, true);
        check(&full, "2025-06-30", sa, no(V::ForeSjukersattning { fran: ym(2025, 7) })); // before July of 19
        check(&full, "2025-07-01", sa, Status::Suggest);
        check(&reduced("1980-01-01", Some(Level::Full), 24, false), "2026-01-15", sa, no(V::InteStadigvarande));
    }

    #[test]
    fn sjukersattning_ends_the_month_before_the_age_limit() {
        let sa = Formon::Sjukersattning;
        // Born 1959-06-10: turns 66 in 2025, when the limit is 66: last month May 2025.
        let t = reduced("1959-06-10", Some(Level::Full), 24, true);
        check(&t, "2025-05-31", sa, Status::Suggest);
        check(&t, "2025-06-01", sa, no(V::EfterSistaManadSjukersattning { sista: ym(2025, 5) }));
        // Born 1970: the limit year is not decided yet, the person is far from it.
        check(&reduced("1970-06-10", Some(Level::Full), 24, true), "2026-01-15", sa, Status::Suggest);
    }

    // --- bostadstillägg ---

    #[test]
    fn bostadstillagg_for_sa_or_ae_without_an_application() {
        let b = Formon::Bostadstillagg;
        let t = T { har_sa_eller_ae: Some(true), sokt_bostadstillagg: Some(false), ..insured() };
        check(&t, "2026-01-15", b, Status::Suggest);
        check(&T { sokt_bostadstillagg: Some(true), ..t }, "2026-01-15", b, no(V::RedanSoktBostadstillagg));
        check(&T { har_sa_eller_ae: Some(false), ..t }, "2026-01-15", b, no(V::HarInteSaEllerAe));
    }

    // --- särskilda fall: the 30th-birthday month ---

    fn had_ae(born: &str) -> T {
        T {
            fodelsedatum: Some(d(born)),
            har_ae: Some(true),
            nedsattning: Some(Some(Level::Half)),
            i_rehabilitering: Some(true),
            ..insured()
        }
    }

    #[test]
    fn sarskilda_fall_start_the_day_after_ae_ends() {
        // The condition uses the month after the last AE month; it is the month of this day.
        for born in ["1996-03-15", "1996-01-31", "1996-12-01", "1996-02-29"] {
            let (_, last_ae) = ae::ae_period(d(born)).unwrap();
            assert_eq!(sarskilda_fall_fran(d(born)).map(|day| day.year_month()), last_ae.next(), "{born}");
        }
        // AE ends the month before the 30th-birthday month; the right starts the next day.
        assert_eq!(sarskilda_fall_fran(d("1996-03-15")), Some(d("2026-03-01")));
        assert_eq!(sarskilda_fall_fran(d("1996-01-31")), Some(d("2026-01-01")));
        assert_eq!(sarskilda_fall_fran(d("1996-02-29")), Some(d("2026-02-01")));
        let (_, last_ae) = ae::ae_period(d("1996-03-15")).unwrap();
        assert_eq!(last_ae.last_day(), d("2026-02-28"));
    }

    #[test]
    fn sarskilda_fall_are_shown_from_twelve_months_before_and_after_the_30th_birthday_month() {
        let t = had_ae("1996-03-15"); // the right starts 2026-03-01
        for f in [Formon::SjukpenningSarskildaFall, Formon::RehabiliteringspenningSarskildaFall] {
            check(&t, "2025-02-28", f, no(V::SarskildaFallFran { fran: ym(2025, 3) })); // 13 months before
            check(&t, "2025-03-01", f, Status::Suggest); // 12 months before
            check(&t, "2026-02-28", f, Status::Suggest); // the last month with AE
            check(&t, "2026-03-01", f, Status::Suggest); // the right has started
            check(&t, "2030-01-15", f, Status::Suggest);
            check(&T { har_ae: Some(false), ..t }, "2026-03-01", f, no(V::HarInteAktivitetsersattning));
        }
        let well = T { nedsattning: Some(None), ..t };
        check(&well, "2026-03-01", Formon::SjukpenningSarskildaFall, no(V::NedsattningUnderEnFjardedel));
        let no_rehab = T { i_rehabilitering: Some(false), ..t };
        check(&no_rehab, "2026-03-01", Formon::RehabiliteringspenningSarskildaFall, no(V::InteIRehabilitering));
    }

    #[test]
    fn sjukpenning_after_ae_needs_an_sgi_from_the_30th_birthday_month() {
        let s = Formon::SjukpenningEfterAe;
        let t = T { har_sgi: Some(true), ..had_ae("1996-03-15") }; // the right starts 2026-03-01
        check(&t, "2025-02-28", s, no(V::SarskildaFallFran { fran: ym(2025, 3) }));
        check(&t, "2025-03-01", s, Status::Suggest);
        check(&t, "2026-03-01", s, Status::Suggest);
        check(&T { har_sgi: Some(false), ..t }, "2026-03-01", s, no(V::IngenSgi));
        check(&T { nedsattning: Some(None), ..t }, "2026-03-01", s, no(V::NedsattningUnderEnFjardedel));
        check(&T { har_ae: Some(false), ..t }, "2026-03-01", s, no(V::HarInteAktivitetsersattning));
        // Without an SGI, sjukpenning i särskilda fall still fits.
        check(&T { har_sgi: Some(false), ..t }, "2026-03-01", Formon::SjukpenningSarskildaFall, Status::Suggest);
        assert_eq!(sarskilda_fall_fran(d("1996-03-15")), Some(d("2026-03-01")));
    }

    // --- sick pay routes ---

    #[test]
    fn omstallningsmote_from_day_181_or_when_refused() {
        let o = Formon::Omstallningsmote;
        let sick = |days| T { sjukpenning: Some(true), sjukdagar: Some(days), ..T::default() };
        check(&sick(180), "2026-01-15", o, no(V::SjukdagarFore { dag: 180, fran: 181 }));
        check(&sick(181), "2026-01-15", o, Status::Suggest);
        let refused = T { sjukpenning: Some(false), sjukpenning_nekad_normalt_arbete: Some(true), ..T::default() };
        check(&refused, "2026-01-15", o, Status::Suggest);
        check(
            &T { sjukpenning_nekad_normalt_arbete: Some(false), ..refused },
            "2026-01-15",
            o,
            no(V::InteNekadSjukpenning),
        );
        check(&T { sjukpenning: Some(true), ..T::default() }, "2026-01-15", o, Status::NotAssessed("sick_days"));
    }

    #[test]
    fn arbetsloshetsersattning_after_sick_pay_ends_for_the_unemployed() {
        let a = Formon::Arbetsloshetsersattning;
        let ended = T {
            sjukpenning: Some(false),
            sjukpenning_nekad_normalt_arbete: Some(false),
            sjukpenning_upphort: Some(true),
            arbetslos: Some(true),
            ..T::default()
        };
        check(&ended, "2026-01-15", a, Status::Suggest);
        let refused = T { sjukpenning_nekad_normalt_arbete: Some(true), sjukpenning_upphort: None, ..ended };
        check(&refused, "2026-01-15", a, Status::Suggest);
        check(&T { arbetslos: Some(false), ..ended }, "2026-01-15", a, no(V::InteArbetslos));
        check(&T { sjukpenning_upphort: Some(false), ..ended }, "2026-01-15", a, no(V::SjukpenningInteSlut));
        check(&T { sjukpenning: Some(true), ..ended }, "2026-01-15", a, no(V::Sjukskriven));
        assert_eq!(ARBETSLOSHETSFORSAKRING.to_string(), "lag (1997:238) om arbetslöshetsförsäkring");
    }

    #[test]
    fn af_mote_after_a_refusal_names_omprovning() {
        let m = Formon::AfMoteEfterAvslag;
        let t = T { har_sa_eller_ae: Some(false), sa_ae_avslag: Some(true), ..T::default() };
        check(&t, "2026-01-15", m, Status::Suggest);
        check(&T { sa_ae_avslag: Some(false), ..t }, "2026-01-15", m, no(V::IngetAvslagSaAe));
        check(&T { har_sa_eller_ae: Some(true), ..t }, "2026-01-15", m, no(V::HarRedanSaEllerAe));
        assert_eq!(OMPROVNING.to_string(), "SFB 113 kap. 7, 19 §§");
    }

    #[test]
    fn employer_routes_need_an_employer() {
        let a = Formon::ArbetsplatsinriktatRehabiliteringsstod;
        let t =
            T { sjukpenning: Some(true), arbetslos: Some(false), behover_arbetshjalpmedel: Some(true), ..T::default() };
        check(&t, "2026-01-15", a, Status::Suggest);
        check(&t, "2026-01-15", Formon::Arbetshjalpmedel, Status::Suggest);
        let jobless = T { arbetslos: Some(true), ..t };
        check(&jobless, "2026-01-15", a, no(V::Arbetslos));
        check(&jobless, "2026-01-15", Formon::Arbetshjalpmedel, no(V::Arbetslos));
        check(&T { sjukpenning: Some(false), ..t }, "2026-01-15", a, no(V::InteSjukskriven));
    }

    #[test]
    fn simple_routes_follow_their_one_fact() {
        let t = T {
            forebyggande_behandling: Some(true),
            i_rehabilitering: Some(true),
            ofta_eller_lange_sjuk: Some(true),
            ..insured()
        };
        check(&t, "2026-01-15", Formon::ForebyggandeSjukpenning, Status::Suggest);
        check(&t, "2026-01-15", Formon::Rehabiliteringspenning, Status::Suggest);
        check(&t, "2026-01-15", Formon::SarskiltHogriskskydd, Status::Suggest);
        let not_insured = T { forsakrad: Some(false), ..t };
        check(&not_insured, "2026-01-15", Formon::ForebyggandeSjukpenning, no(V::InteForsakrad));
        check(&not_insured, "2026-01-15", Formon::SarskiltHogriskskydd, Status::Suggest);
    }

    // --- arbetsresor ---

    #[test]
    fn arbetsresor_for_someone_on_sick_leave_who_can_work_but_not_travel() {
        let a = Formon::Arbetsresor;
        let t = T { sjukpenning: Some(true), arbetslos: Some(false), resor_hindrade: Some(true), ..insured() };
        check(&t, "2026-01-15", a, Status::Suggest);
        check(&T { resor_hindrade: Some(false), ..t }, "2026-01-15", a, no(V::KanResaSomVanligt));
        check(&T { arbetslos: Some(true), ..t }, "2026-01-15", a, no(V::Arbetslos));
        check(&T { sjukpenning: Some(false), ..t }, "2026-01-15", a, no(V::InteSjukskriven));
        check(&T { forsakrad: Some(false), ..t }, "2026-01-15", a, no(V::InteForsakrad));
        check(&T { resor_hindrade: None, ..t }, "2026-01-15", a, Status::NotAssessed("travel_to_work_hindered"));
    }

    // --- graviditetspenning: D−60 … D−11 ---

    #[test]
    fn graviditetspenning_window_is_d60_to_d11() {
        assert_eq!(graviditetspenning_fonster(d("2024-06-30")), Some((d("2024-05-01"), d("2024-06-19")))); // E12
        let g = Formon::Graviditetspenning;
        let t = T {
            gravid: Some(true),
            fysiskt_anstrangande_arbete: Some(true),
            beraknad_forlossning: Some(d("2024-06-30")),
            ..insured()
        };
        check(&t, "2024-04-30", g, no(V::UtanforGraviditetspenning { fran: d("2024-05-01"), till: d("2024-06-19") })); // day 61 before
        check(&t, "2024-05-01", g, Status::Suggest); // day 60 before
        check(&t, "2024-06-19", g, Status::Suggest); // day 11 before
        check(&t, "2024-06-20", g, no(V::UtanforGraviditetspenning { fran: d("2024-05-01"), till: d("2024-06-19") })); // day 10 before
        check(
            &T { fysiskt_anstrangande_arbete: Some(false), ..t },
            "2024-05-15",
            g,
            no(V::InteFysisktAnstrangandeArbete),
        );
        check(&T { gravid: Some(false), beraknad_forlossning: None, ..t }, "2024-05-15", g, no(V::InteGravid));
    }

    // --- what would change "nothing found" ---

    fn changes(facts: &T, idag: &str) -> Vec<Andring> {
        andringar(&bedom(&mut { *facts }, d(idag)), d(idag))
    }

    #[test]
    fn a_change_is_the_day_181_while_on_sick_pay_and_none_from_it() {
        let sick = |days| T { sjukpenning: Some(true), sjukdagar: Some(days), arbetslos: Some(true), ..T::default() };
        assert!(changes(&sick(180), "2026-01-15").contains(&Andring::OmstallningsmoteFranSjukdag { fran: 181 }));
        assert!(!changes(&sick(181), "2026-01-15")
            .iter()
            .any(|a| matches!(a, Andring::OmstallningsmoteFranSjukdag { .. })));
        // Not on sick pay and not refused: nothing a person reaches.
        let well = T { sjukpenning: Some(false), sjukpenning_nekad_normalt_arbete: Some(false), ..T::default() };
        assert!(changes(&well, "2026-01-15").is_empty());
    }

    #[test]
    fn a_livranta_change_is_the_krona_short_of_the_threshold() {
        let short = |after| changes(&injured(300_000, after, 12), "2026-01-15");
        let want = Andring::LivrantaForlustTillEnFemtondel { saknas: Kronor(1), minst: Kronor(20_000) };
        assert!(short(280_001).contains(&want));
        assert!(!short(280_000).iter().any(|a| matches!(a, Andring::LivrantaForlustTillEnFemtondel { .. })));
        let quarter = Andring::LivrantaForlustTillFjardedelPrisbasbelopp { saknas: Kronor(1), minst: Kronor(14_800) };
        assert!(changes(&injured(200_000, 185_201, 12), "2026-01-15").contains(&quarter));
        assert!(changes(&injured(420_000, 300_000, 11), "2026-01-15").contains(&Andring::VaraktighetMinst { krav: 12 }));
    }

    #[test]
    fn a_date_change_only_before_the_day_it_names() {
        let g = T {
            gravid: Some(true),
            fysiskt_anstrangande_arbete: Some(true),
            beraknad_forlossning: Some(d("2024-06-30")),
            ..insured()
        };
        let from = Andring::GraviditetspenningFran { fran: d("2024-05-01") };
        assert!(changes(&g, "2024-04-30").contains(&from)); // day 61 before
        assert!(!changes(&g, "2024-05-01").contains(&from)); // it fits
        assert!(!changes(&g, "2024-06-20").iter().any(|a| matches!(a, Andring::GraviditetspenningFran { .. }))); // passed
                                                                                                                 // Aktivitetsersättning: before July of the 19th year, the month it opens; after 30, nothing.
        let young = reduced("2006-11-10", Some(Level::Half), 12, false);
        assert!(changes(&young, "2025-06-30").contains(&Andring::AktivitetsersattningFran { fran: ym(2025, 7) }));
        let old = reduced("1990-11-10", Some(Level::Half), 12, false);
        assert!(!changes(&old, "2026-01-15").iter().any(|a| matches!(a, Andring::AktivitetsersattningFran { .. })));
        // Särskilda fall: shown from twelve months before; the change names the 30th-birthday month.
        let t = had_ae("1996-03-15");
        assert!(changes(&t, "2025-02-28").contains(&Andring::SarskildaFallFran { fran: ym(2026, 3) }));
    }

    #[test]
    fn at_most_three_changes_the_thresholds_first_then_the_days_earliest_first() {
        let mut status = [Status::NotSuggested(V::InteGravid); ANTAL];
        status[0] = no(V::AlderAktivitetsersattning { fran: ym(2027, 7), till: ym(2038, 5) });
        status[1] = no(V::ForeSjukersattning { fran: ym(2027, 7) });
        status[3] = no(V::SarskildaFallFran { fran: ym(2026, 3) });
        status[5] = no(V::SjukdagarFore { dag: 100, fran: 181 });
        status[12] = no(V::UtanforGraviditetspenning { fran: d("2026-05-01"), till: d("2026-06-19") });
        let got = andringar(&status, d("2026-01-15"));
        assert_eq!(
            got,
            [
                Andring::OmstallningsmoteFranSjukdag { fran: 181 },
                Andring::GraviditetspenningFran { fran: d("2026-05-01") },
                Andring::SarskildaFallFran { fran: ym(2027, 3) },
            ]
        );
    }

    #[test]
    fn graviditetspenning_risk_through_the_11th_day_before() {
        let g = Formon::GraviditetspenningRisk;
        let t = T {
            gravid: Some(true),
            risk_i_arbetsmiljon: Some(true),
            beraknad_forlossning: Some(d("2024-06-30")),
            ..insured()
        };
        check(&t, "2023-11-01", g, Status::Suggest); // months ahead: from the first day of the ban
        check(&t, "2024-06-19", g, Status::Suggest); // day 11 before
        check(&t, "2024-06-20", g, no(V::EfterGraviditetspenningRisk { till: d("2024-06-19") })); // day 10
        check(&T { risk_i_arbetsmiljon: Some(false), ..t }, "2024-05-15", g, no(V::IngenRiskIArbetsmiljon));
        check(&T { gravid: Some(false), ..t }, "2024-05-15", g, no(V::InteGravid));
        // The physically demanding variant does not need the risk, nor this the demanding work.
        check(&t, "2024-05-15", Formon::Graviditetspenning, Status::NotAssessed("physically_demanding_job"));
    }

    // --- the table ---

    #[test]
    fn every_entry_names_its_law_and_appears_once() {
        let laws: Vec<String> = KATALOG.iter().map(|p| format!("{} {}", p.formon.id(), p.lag)).collect();
        assert_eq!(
            laws,
            [
                "aktivitetsersattning SFB 33 kap. 7–8 §§",
                "sjukersattning SFB 33 kap. 5–6 §§",
                "bostadstillagg SFB 101–102 kap.",
                "af_mote_efter_avslag SFB 113 kap. 7, 19 §§",
                "sjukpenning_sarskilda_fall SFB 28 a kap. 3, 5 §§",
                "rehabiliteringspenning_sarskilda_fall SFB 31 a kap. 3, 5 §§",
                "sjukpenning_efter_ae SFB 27 kap. 2 §",
                "omstallningsmote SFB 27 kap. 48 §",
                "arbetsloshetsersattning lag (1997:238) om arbetslöshetsförsäkring",
                "arbetsplatsinriktat_rehabiliteringsstod förordning (2014:67) 7 §",
                "arbetsresor SFB 27 kap. 5 §",
                "arbetsskadelivranta SFB 41 kap. 2 §",
                "forebyggande_sjukpenning SFB 27 kap. 6 §",
                "rehabiliteringspenning SFB 31 kap.",
                "sarskilt_hogriskskydd SFB 27 kap. 39–44 §§",
                "arbetshjalpmedel förordning (1991:1046)",
                "graviditetspenning SFB 10 kap. 2, 3 och 8 §§",
                "graviditetspenning_risk SFB 10 kap. 3, 8 §§",
            ]
        );
        for (i, p) in KATALOG.iter().enumerate() {
            assert!(KATALOG.iter().skip(i + 1).all(|q| q.formon != p.formon), "{} twice", p.formon.id());
            assert_eq!(post(p.formon).map(|q| q.formon), Some(p.formon));
        }
    }

    #[test]
    fn each_status_is_its_typed_step_and_a_benefit_serializes_as_its_id() {
        let f = Formon::SjukpenningSarskildaFall;
        assert_eq!(Steg::for_status(f, Status::Suggest), Steg::Foreslas { formon: f });
        assert_eq!(Steg::for_status(f, no(V::InteGravid)), Steg::ForeslasInte { formon: f, varfor: V::InteGravid });
        assert_eq!(Steg::for_status(f, Status::NotAssessed("rehab")), Steg::InteBedomd { formon: f, saknas: "rehab" });
        for p in KATALOG.iter() {
            let json = serde_json::to_value(Steg::InteBedomd { formon: p.formon, saknas: "x" }).unwrap();
            assert_eq!(json, serde_json::json!({"step": "inte-bedomd", "formon": p.formon.id(), "saknas": "x"}));
        }
    }

    #[test]
    fn a_missing_fact_leaves_only_the_entries_that_need_it_unassessed() {
        let all = bedom(&mut T::default(), d("2026-01-15"));
        assert!(all.iter().all(|s| matches!(s, Status::NotAssessed(_))));
        let t = T {
            forsakrad: Some(false),
            sjukpenning: Some(false),
            sjukpenning_nekad_normalt_arbete: Some(false),
            ofta_eller_lange_sjuk: Some(false),
            behover_arbetshjalpmedel: Some(false),
            // Not insurance-based: the a-kassa pointer and the meeting after a refusal.
            sjukpenning_upphort: Some(false),
            har_sa_eller_ae: Some(true),
            ..T::default()
        };
        assert!(bedom(&mut { t }, d("2026-01-15")).iter().all(|s| matches!(s, Status::NotSuggested(_))));
    }
}
