//! Aktivitetsersättning and sjukersättning, SFB 33–35 kap., in the law's order: who has the
//! right (33 kap.), from and until which month (33 kap.), at which level (33 kap.), and how much
//! (34 kap. inkomstrelaterad ersättning, 35 kap. garantiersättning).
//! Not here: wording (i18n/aktivitet.rs), questions (flows/aktivitetsersattning.rs),
//! yearly figures (params/ersattning.rs, params/basbelopp.rs).

use super::Trace;
use super::{Fact, Failed, Level, RuleError, Verdict};
use crate::domain::{
    age_in_month, july_of_year_turning, month_before_turning, month_turning, round_half_up_krona, sfb, Date, Exact,
    Fraction, Kronor, LawRef, YearMonth,
};
use crate::params::{
    Aldersband, ParamError, ParamValue, ANTAGANDEINKOMST_TAK, GARANTINIVAER, INKOMSTRELATERAD_ANDEL, PRISBASBELOPP,
    SJUKERSATTNING_SLUTALDER,
};
use serde::Serialize;

/// What a step of these rules decided, as data: which condition or amount, with the values and
/// limits it used. Knows no language; i18n renders it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Steg {
    /// 5 kap. 2 §: the person lives in Sweden (met), or neither lives nor works here (not met).
    ForsakradISverige,
    /// Works in Sweden but lives elsewhere: EU rules decide, which is not assessed here.
    ArbetarISverige,
    /// 33 kap. 18 §: the months aktivitetsersättning can be paid for.
    AePeriod {
        fran: YearMonth,
        till_och_med: YearMonth,
    },
    /// 33 kap. 10 §: the work capacity is measured against the whole labour market.
    HelaArbetsmarknaden,
    /// 33 kap. 5 §, 7 §: `nedsattning` is `None` for less than a quarter.
    NedsattMinstEnFjardedel {
        nedsattning: Option<Level>,
        krav: Level,
    },
    /// 33 kap. 12 §: the level the reduction gives.
    Formansniva {
        niva: Level,
    },
    /// 33 kap. 7 §: the reduction lasts at least one year.
    MinstEttAr {
        varaktighet: Varaktighet,
    },
    /// 33 kap. 5–6 §§: the reduction is stadigvarande.
    Stadigvarande {
        varaktighet: Varaktighet,
    },
    /// The person does not know how long the reduction lasts.
    VaraktighetOkand,
    /// 33 kap. 19 §: a decision on aktivitetsersättning lasts at most three years.
    HogstTreAr,
    /// 33 kap. 16 §: a work capacity entirely and permanently lost gives full sjukersättning
    /// before 30, instead of aktivitetsersättning.
    HelSjukersattningFore30,
    /// 33 kap. 8 §: the schooling takes longer because of a disability.
    SkolgangForlangd {
        forlangd: bool,
    },
    /// 33 kap. 8 §: the schooling (ending in `slutar`) is not finished by the end of July of the
    /// year of the 19th birthday (`juli`).
    SkolgangEfterJuli19 {
        slutar: YearMonth,
        juli: YearMonth,
    },
    /// 33 kap. 20 §: the schooling (ending in `slutar`) goes on in the first month assessed
    /// (`fran`) or later.
    SkolgangPagar {
        slutar: YearMonth,
        fran: YearMonth,
    },
    /// 33 kap. 13 §: extended schooling always gives full level.
    SkolgangHelNiva,
    /// 33 kap. 16 §: the month assessed, at the person's `alder`, is no later than `sista`.
    SjukersattningAlder {
        alder: i32,
        sista: YearMonth,
    },
    /// 33 kap. 16 §: the last month is what the law in force gives (`alder`, the latest decided
    /// riktålder); the riktålder for `ar` is not decided yet.
    SlutalderObestamd {
        ar: i32,
        alder: i32,
    },
    /// A dated parameter the step needed is not known.
    ParameterOkand {
        fel: ParamError,
    },
    /// 33 kap. 10 a §: at most five years left to the age limit.
    AldreForsakrad,
    /// 33 kap. 10 a §: whether the rule applies depends on an age limit not yet decided.
    AldreForsakradOkand,
    /// The earliest month paid (`fran`) when applying in `ansokningsmanad`.
    Retroaktivt {
        ansokningsmanad: YearMonth,
        fran: YearMonth,
    },
    /// 35 kap. 18–19 §§: the garantinivå of the band, `faktor` × PBB, per year at full level.
    Garantiniva {
        band: Aldersband,
        faktor: Fraction,
        pbb: Kronor,
        belopp: Kronor,
    },
    /// 35 kap.: the garantinivå reduced for a försäkringstid of `ar` (two decimals) of 40 years.
    GarantinivaForsakringstid {
        ar: Fraction,
        belopp: Kronor,
    },
    /// 35 kap.: faktisk plus framtida försäkringstid, in years (two decimals), at most 40.
    Forsakringstid {
        faktisk: u32,
        framtida: Fraction,
        summa: Fraction,
    },
    /// 34 kap. 2 §: no year with income from work, so no inkomstrelaterad ersättning.
    IngenInkomst,
    /// 34 kap. 8–13 §§: one year's income, whether it was above that year's cap, and what it
    /// counts for at the price level of the försäkringsfall year.
    Arsinkomst {
        ar: i32,
        inkomst: Kronor,
        over_tak: bool,
        raknad: Kronor,
    },
    /// 34 kap. 8–13 §§: the average of the `basta_ar` highest years.
    Antagandeinkomst {
        basta_ar: u32,
        belopp: Kronor,
    },
    /// 34 kap. 8–13 §§: the antagandeinkomst is capped at `tak`.
    AntagandeinkomstTak {
        inkomst: Kronor,
        tak: Kronor,
    },
    /// 34 kap.: `andel` of the (capped) antagandeinkomst, per year.
    Inkomstrelaterad {
        andel: Fraction,
        inkomst: Kronor,
        belopp: Kronor,
    },
    /// 35 kap. 21–22 §§: the garantiersättning tops the inkomstrelaterad ersättning up; per year
    /// at full level.
    Garantiersattning {
        inkomstrelaterad: Kronor,
        garantiersattning: Kronor,
        summa: Kronor,
    },
    /// 33 kap. 12 §: the yearly amount at a partial level.
    Niva {
        niva: Level,
        per_ar: Kronor,
    },
    PerManad {
        manad: YearMonth,
        belopp: Kronor,
    },
}

/// What the person should know beside the verdict (other routes, time limits), as data; the
/// self-test words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum Not {
    /// 33 kap. 19 §: a decision on aktivitetsersättning lasts at most three years.
    HogstTreAr,
    /// 33 kap. 16 §: full sjukersättning is possible before 30.
    HelSjukersattningFore30,
    /// Aktivitetsersättning ends at 30, `sista` its last month; other benefits may follow.
    AeSlutarVid30 { sista: YearMonth },
    /// See [`Steg::SlutalderObestamd`].
    SlutalderObestamd { ar: i32, alder: i32 },
    /// 33 kap. 10 a §: work capacity is compared with the jobs of the last 15 years.
    AldreForsakrad,
    /// 33 kap. 16 §: the age limit follows the riktålder, set years in advance.
    SlutalderFoljerRiktalder,
    /// A reduction that may get better: sjukpenning or rehabiliteringspenning may suit better.
    SjukpenningEllerRehabilitering,
}

// The paragraphs this file implements, in the law's order. Numbers marked "likely" in
// docs/law-notes.md were not read verbatim; the rest were.
pub const FORSAKRAD: LawRef = sfb("5", "2");
pub const RATT_TILL_SJUKERSATTNING: LawRef = sfb("33", "5");
pub const STADIGVARANDE: LawRef = sfb("33", "6");
pub const RATT_TILL_AE_NEDSATT: LawRef = sfb("33", "7");
pub const RATT_TILL_AE_SKOLGANG: LawRef = sfb("33", "8");
pub const ARBETSFORMAGA_BEDOMS: LawRef = sfb("33", "10");
pub const ALDRE_FORSAKRADE: LawRef = sfb("33", "10 a");
pub const FORMANSNIVAER: LawRef = sfb("33", "12");
pub const SKOLGANG_HEL: LawRef = sfb("33", "13");
pub const SJUKERSATTNING_ALDER: LawRef = sfb("33", "16");
pub const AE_ALDER: LawRef = sfb("33", "18");
pub const AE_TIDSBEGRANSAD: LawRef = sfb("33", "19");
pub const SKOLGANG_TID: LawRef = sfb("33", "20");
pub const INKOMSTRELATERAD: LawRef = sfb("34", "2");
/// The 64,7 % of the antagandeinkomst is in 34 kap.; its section was not read (it is not 2 §,
/// which is the condition of a year with pensionsgrundande inkomst: RULES.md P3).
pub const INKOMSTRELATERAD_BELOPP: LawRef = sfb("34", "");
/// The antagandeinkomst: ramtid, bruttoinkomst per year and its cap, the average of the best
/// years. Range as in FK's guidance; the single sections were not read.
pub const ANTAGANDEINKOMST: LawRef = sfb("34", "8–13");
/// Sjuk- and aktivitetsersättning are not paid for longer back than three months before the
/// month of the application. The section was not read (docs/law-notes.md); förordning
/// (2002:986) 1 § says the rules on applying for sjuk- and aktivitetsersättning are in SFB
/// 110 kap. 4 and 9 §§, so the reference names that chapter (see the LEGAL-QUESTION below).
pub const RETROAKTIVT: LawRef = sfb("110", "");

/// How many months before the application month the benefit can be paid for.
pub const RETROAKTIVA_MANADER: i64 = 3;
pub const GARANTI_UTFYLLNAD: LawRef = sfb("35", "21–22");
pub const GARANTINIVA: LawRef = sfb("35", "18–19");
/// Försäkringstid is counted in 35 kap. (faktisk and framtida försäkringstid, carried over
/// from AFL 9 kap. 3–6 §§); the exact SFB sections were not read.
pub const FORSAKRINGSTID: LawRef = sfb("35", "");

/// Full garantiersättning needs 40 years of försäkringstid (35 kap.).
pub const FULL_FORSAKRINGSTID: u32 = 40;

/// How the person is insured in Sweden (SFB 5–6 kap.).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forsakrad {
    /// Lives in Sweden: insured for residence-based benefits (garantiersättning) and, with work
    /// here, for work-based ones (inkomstrelaterad ersättning).
    BorISverige,
    /// Works in Sweden but lives elsewhere: EU rules (förordning 883/2004) decide; we cannot tell.
    ArbetarISverige,
    Nej,
}

/// Why the person may need the benefit (SFB 33 kap. 7–8 §§).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grund {
    NedsattArbetsformaga,
    ForlangdSkolgang,
}

/// How long the reduced work capacity is expected to last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Varaktighet {
    KortareAnEttAr,
    MinstEttAr,
    /// Stadigvarande: for the foreseeable future, with no rehabilitation left that could help
    /// (33 kap. 6 §).
    Stadigvarande,
    VetEj,
}

/// Years of försäkringstid toward the 40 that give full garantiersättning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forsakringstid {
    Full,
    /// The whole försäkringstid in years, already counted (for example from a decision).
    Ar(u32),
    /// Years the person has lived in Sweden from the year of the 16th birthday through the
    /// year before the försäkringsfall (faktisk försäkringstid). The rules add the framtida
    /// försäkringstid ([`forsakringstid`]).
    Bosatt(u32),
    /// Faktisk plus framtida försäkringstid, in years, as [`forsakringstid`] counts it.
    Raknad(Fraction),
}

/// Which benefit a result is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Formon {
    Aktivitetsersattning,
    Sjukersattning,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    NedsattArbetsformaga,
    ForlangdSkolgang,
}

/// The facts the rules read. A self-test answers them from questions; a case record from
/// fields. Each returns [`super::Missing`] when the fact is not known yet.
pub trait Fakta {
    fn fodelsedatum(&mut self) -> Fact<Date>;
    fn forsakrad(&mut self) -> Fact<Forsakrad>;
    fn grund(&mut self) -> Fact<Grund>;
    /// The reduction of work capacity as a level; `None` for less than a quarter.
    fn nedsattning(&mut self) -> Fact<Option<Level>>;
    fn varaktighet(&mut self) -> Fact<Varaktighet>;
    fn skolgang_forlangd_av_funktionsnedsattning(&mut self) -> Fact<bool>;
    /// The month the schooling is expected to end.
    fn skolgang_slutar(&mut self) -> Fact<YearMonth>;
    fn forsakringstid(&mut self) -> Fact<Forsakringstid>;
    /// The antagandeinkomst, or the yearly incomes to compute it from; `None` when the person
    /// has not had a year with pension-qualifying income (34 kap. 2 §).
    fn inkomst(&mut self) -> Fact<Option<Inkomstuppgift>>;
}

/// The years before the försäkringsfall whose incomes the self-test asks for: five, the
/// shortest ramtid (34 kap.), so the years asked are always inside the person's ramtid.
pub const ARSINKOMSTER_AR: usize = 5;

/// The antagandeinkomst is the average of this many of the highest yearly incomes (34 kap.).
pub const BASTA_AR: usize = 3;

/// What the person knows about the income the inkomstrelaterad ersättning is built on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inkomstuppgift {
    /// The antagandeinkomst itself, for example from Försäkringskassan's decision.
    Antagandeinkomst(Kronor),
    /// Income from work before tax in each of the years before the försäkringsfall, the year
    /// before first.
    Arsinkomster([Kronor; ARSINKOMSTER_AR]),
}

/// The decision on the right to the benefit, before any amount.
#[derive(Clone, Debug, PartialEq)]
pub struct Beslut {
    pub verdict: Verdict,
    pub formon: Option<Formon>,
    pub variant: Option<Variant>,
    pub level: Option<Level>,
    pub first_month: Option<YearMonth>,
    /// The last month the law in force gives; `None` only when it cannot be told.
    pub last_month: Option<YearMonth>,
    /// For sjukersättning: `(year, age)` when the last month is what the law in force gives
    /// (the month before `age`, the latest decided riktålder) but the riktålder for `year`, when
    /// the person reaches it, is not decided and may move it (2 kap. 10 a–c §§).
    pub last_month_undecided: Option<(i32, i32)>,
    pub failed: Option<Failed>,
    /// The earliest month the benefit can be paid for if the person applies in the month
    /// assessed: at most three months back, and not before the right can begin.
    pub back_pay_from: Option<YearMonth>,
    /// Things the person should know beside the verdict (other routes, time limits).
    pub notes: Vec<Not>,
    pub trace: Trace,
}

/// The estimated amount for one month, with its parts per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Belopp {
    pub month: YearMonth,
    pub band: Aldersband,
    /// The garantinivå for this band, full level, after any reduction for försäkringstid.
    pub garantiniva: Kronor,
    pub inkomstrelaterad: Kronor,
    /// Garantiersättning: what tops the inkomstrelaterad part up to the garantinivå.
    pub garantiersattning: Kronor,
    pub per_year: Kronor,
    pub per_month: Kronor,
}

/// The amount from the first month, and again at each later age-band switch.
#[derive(Clone, Debug, PartialEq)]
pub struct Berakning {
    /// The försäkringstid used, with any framtida försäkringstid counted.
    pub forsakringstid: Forsakringstid,
    pub forsta: Result<Belopp, RuleError>,
    pub bandbyten: Vec<(YearMonth, Result<Belopp, RuleError>)>,
    /// What moves the first month's amount, most first ([`paverkan`]).
    pub paverkan: Vec<Paverkan>,
    pub trace: Trace,
}

/// What would turn a "probably not" (issue 13), from the failed condition: a reduction of at
/// least a quarter, one that lasts at least a year, or (for sjukersättning) one that is
/// stadigvarande. Nothing for what a person cannot change (where they live, their age, their
/// schooling's dates).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Andring {
    /// The work capacity reduced by at least a quarter.
    NedsattMinstEnFjardedel,
    /// The reduction expected to last at least a year.
    MinstEttAr,
    /// The reduction stadigvarande: no treatment or rehabilitation expected to help.
    Stadigvarande,
}

/// The changes that would turn a decision that failed at `failed`.
pub fn andringar(failed: Option<&Failed>) -> Vec<Andring> {
    let Some(Failed::Step(super::AnyStep::Ae(steg))) = failed else { return Vec::new() };
    match steg {
        Steg::NedsattMinstEnFjardedel { .. } => vec![Andring::NedsattMinstEnFjardedel],
        Steg::MinstEttAr { .. } => vec![Andring::MinstEttAr],
        Steg::Stadigvarande { .. } => vec![Andring::Stadigvarande],
        _ => Vec::new(),
    }
}

/// Who qualifies and for what. The amount follows in [`berakna`].
pub fn bedom(f: &mut impl Fakta, idag: Date) -> Fact<Beslut> {
    let mut b = Beslut::new();
    let fodd = f.fodelsedatum()?;
    let manad = idag.year_month();
    if !forsakrad_i_sverige(f.forsakrad()?, &mut b) {
        return Ok(b);
    }
    if age_in_month(fodd, manad) >= 30 {
        sjukersattning(f, fodd, manad, &mut b)?;
    } else {
        aktivitetsersattning(f, fodd, manad, &mut b)?;
    }
    retroaktivt(fodd, manad, &mut b);
    Ok(b)
}

/// At most three months before the application month (RULES.md; FK), and not before the
/// earliest month of the right: July of the year of the 19th birthday (33 kap. 16 §, 18 §), for a
/// partial sjukersättning the month of the 30th birthday (16 §). The month assessed is taken as
/// the month the person applies.
// LEGAL-QUESTION: the three months and "ansökningsmånaden" come from FK and secondary sources
// ("inte för längre tid tillbaka än tre månader före månaden då du gör ansökan"); the SFB section
// was not found. Whether the right itself began that early is for FK to assess; the outcome says
// "at the earliest". Pinned by `back_pay_reaches_three_months_back_but_not_before_the_right`.
pub fn retroaktivt(fodd: Date, manad: YearMonth, b: &mut Beslut) {
    let (Verdict::MayBeEligible, Some(first), Some(level)) = (b.verdict, b.first_month, b.level) else {
        return;
    };
    let tre_bak = manad.plus_months(-RETROAKTIVA_MANADER).unwrap_or(manad);
    let ratt_fran = match (b.formon, level) {
        (Some(Formon::Sjukersattning), Level::Full) | (Some(Formon::Aktivitetsersattning), _) => {
            july_of_year_turning(fodd, 19)
        }
        (Some(Formon::Sjukersattning), _) => month_turning(fodd, 30),
        (None, _) => None,
    };
    // Förlängd skolgång is paid while the schooling lasts, from the first month found.
    let ratt_fran = if b.variant == Some(Variant::ForlangdSkolgang) { Some(first) } else { ratt_fran };
    let fran = match ratt_fran {
        Some(r) if r > tre_bak => r,
        _ => tre_bak,
    };
    let fran = if fran > first { first } else { fran };
    b.back_pay_from = Some(fran);
    b.trace.info(RETROAKTIVT, Steg::Retroaktivt { ansokningsmanad: manad, fran });
}

/// The last month to apply in and still be paid from `first`: [`RETROAKTIVA_MANADER`] after it
/// (the same reading as [`retroaktivt`], under its LEGAL-QUESTION).
pub fn ansok_senast(first: YearMonth) -> Option<YearMonth> {
    first.plus_months(RETROAKTIVA_MANADER)
}

impl Beslut {
    fn new() -> Beslut {
        Beslut {
            verdict: Verdict::CannotTell,
            formon: None,
            variant: None,
            level: None,
            first_month: None,
            last_month: None,
            last_month_undecided: None,
            back_pay_from: None,
            failed: None,
            notes: Vec::new(),
            trace: Trace::new(),
        }
    }

    /// Records a condition; one not met makes the decision "probably not", with this step
    /// (the person's value and the limit) as the failed condition.
    fn check(&mut self, law: LawRef, steg: Steg, ok: bool) -> bool {
        if !self.trace.check(law, steg.clone(), ok) {
            self.verdict = Verdict::ProbablyNot;
            self.failed = Some(Failed::Step(steg.into()));
        }
        ok
    }

    fn may_be_eligible(&mut self, level: Level, first: YearMonth, last: Option<YearMonth>) {
        self.verdict = Verdict::MayBeEligible;
        self.level = Some(level);
        self.first_month = Some(first);
        self.last_month = last;
    }
}

/// SFB 5 kap. 2 § and 6 kap.: the benefits need insurance in Sweden. Garantiersättning is
/// residence-based; for someone who only works here EU rules decide, so we cannot tell.
pub fn forsakrad_i_sverige(forsakrad: Forsakrad, b: &mut Beslut) -> bool {
    match forsakrad {
        Forsakrad::BorISverige => b.check(FORSAKRAD, Steg::ForsakradISverige, true),
        Forsakrad::ArbetarISverige => {
            b.trace.info(FORSAKRAD, Steg::ArbetarISverige);
            b.verdict = Verdict::CannotTell;
            false
        }
        Forsakrad::Nej => b.check(FORSAKRAD, Steg::ForsakradISverige, false),
    }
}

/// SFB 33 kap. 7–8 §§ and 18–20 §§: aktivitetsersättning for a person under 30.
fn aktivitetsersattning(f: &mut impl Fakta, fodd: Date, manad: YearMonth, b: &mut Beslut) -> Fact<()> {
    let Some((start, slut)) = ae_period(fodd) else {
        b.verdict = Verdict::CannotTell;
        return Ok(());
    };
    b.formon = Some(Formon::Aktivitetsersattning);
    b.trace.info(AE_ALDER, Steg::AePeriod { fran: start, till_och_med: slut });
    let forsta = if manad > start { manad } else { start };
    match f.grund()? {
        Grund::ForlangdSkolgang => forlangd_skolgang(f, start, forsta, slut, b)?,
        Grund::NedsattArbetsformaga => {
            b.variant = Some(Variant::NedsattArbetsformaga);
            let Some(level) = nedsattning_minst_en_fjardedel(f.nedsattning()?, RATT_TILL_AE_NEDSATT, b) else {
                return Ok(());
            };
            let varaktighet = f.varaktighet()?;
            if !minst_ett_ar(varaktighet, b) {
                return Ok(());
            }
            b.trace.info(FORMANSNIVAER, Steg::Formansniva { niva: level });
            b.may_be_eligible(level, forsta, Some(slut));
            b.trace.info(AE_TIDSBEGRANSAD, Steg::HogstTreAr);
            b.notes.push(Not::HogstTreAr);
            if varaktighet == Varaktighet::Stadigvarande && level == Level::Full {
                b.trace.info(SJUKERSATTNING_ALDER, Steg::HelSjukersattningFore30);
                b.notes.push(Not::HelSjukersattningFore30);
            }
        }
    }
    if b.verdict == Verdict::MayBeEligible {
        b.notes.push(Not::AeSlutarVid30 { sista: slut });
    }
    Ok(())
}

/// SFB 33 kap. 18 §: aktivitetsersättning from July of the year the person turns 19, through
/// the month before the month the person turns 30. `None` only for impossible birth years.
pub fn ae_period(fodd: Date) -> Option<(YearMonth, YearMonth)> {
    Some((july_of_year_turning(fodd, 19)?, month_before_turning(fodd, 30)?))
}

/// SFB 33 kap. 8 §: aktivitetsersättning for a person who, because of a disability, has not
/// finished schooling at compulsory or upper-secondary level by the end of July of the year
/// they turn 19; paid while the schooling lasts (20 §), always at full level (13 §).
fn forlangd_skolgang(
    f: &mut impl Fakta,
    juli_19: YearMonth,
    forsta: YearMonth,
    slut: YearMonth,
    b: &mut Beslut,
) -> Fact<()> {
    b.variant = Some(Variant::ForlangdSkolgang);
    let forlangd = f.skolgang_forlangd_av_funktionsnedsattning()?;
    if !b.check(RATT_TILL_AE_SKOLGANG, Steg::SkolgangForlangd { forlangd }, forlangd) {
        return Ok(());
    }
    let slutar = f.skolgang_slutar()?;
    if !b.check(RATT_TILL_AE_SKOLGANG, Steg::SkolgangEfterJuli19 { slutar, juli: juli_19 }, slutar > juli_19) {
        return Ok(());
    }
    if !b.check(SKOLGANG_TID, Steg::SkolgangPagar { slutar, fran: forsta }, slutar >= forsta) {
        return Ok(());
    }
    b.trace.info(SKOLGANG_HEL, Steg::SkolgangHelNiva);
    b.may_be_eligible(Level::Full, forsta, Some(if slutar < slut { slutar } else { slut }));
    Ok(())
}

/// SFB 33 kap. 5–6 §§, 16 §: sjukersättning from the month of the 30th birthday, for a work
/// capacity that is stadigvarande reduced by at least a quarter, until the pension-linked limit.
fn sjukersattning(f: &mut impl Fakta, fodd: Date, manad: YearMonth, b: &mut Beslut) -> Fact<()> {
    b.formon = Some(Formon::Sjukersattning);
    b.variant = Some(Variant::NedsattArbetsformaga);
    let sista = match sista_manad_sjukersattning(fodd, &mut b.trace) {
        Ok(slut) => {
            let sista = slut.manad();
            let alder = age_in_month(fodd, manad);
            if !b.check(SJUKERSATTNING_ALDER, Steg::SjukersattningAlder { alder, sista }, manad <= sista) {
                return Ok(());
            }
            if let Slutmanad::EnligtGallandeRatt { obestamt_ar, grans, .. } = slut {
                b.trace.info(SJUKERSATTNING_ALDER, Steg::SlutalderObestamd { ar: obestamt_ar, alder: grans });
                b.notes.push(Not::SlutalderObestamd { ar: obestamt_ar, alder: grans });
                b.last_month_undecided = Some((obestamt_ar, grans));
            }
            sista
        }
        Err(fel) => {
            b.trace.info(SJUKERSATTNING_ALDER, Steg::ParameterOkand { fel });
            b.verdict = Verdict::CannotTell;
            return Ok(());
        }
    };
    let Some(level) = nedsattning_minst_en_fjardedel(f.nedsattning()?, RATT_TILL_SJUKERSATTNING, b) else {
        return Ok(());
    };
    if !stadigvarande(f.varaktighet()?, b) {
        return Ok(());
    }
    aldre_forsakrad(fodd, manad, b);
    b.trace.info(FORMANSNIVAER, Steg::Formansniva { niva: level });
    b.may_be_eligible(level, manad, Some(sista));
    b.notes.push(Not::SlutalderFoljerRiktalder);
    Ok(())
}

/// The last month of sjukersättning under 33 kap. 16 §, and how firmly the law decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slutmanad {
    /// The limit in force for the month the person reaches it is decided.
    Bestamd(YearMonth),
    /// What the law in force gives: the month before the person reaches `grans`, the latest
    /// decided riktålder. The riktålder for `obestamt_ar`, the year the person would reach an
    /// age limit, is not decided yet, and a higher one would move the month (2 kap. 10 c §).
    EnligtGallandeRatt { manad: YearMonth, grans: i32, obestamt_ar: i32 },
}

impl Slutmanad {
    pub fn manad(self) -> YearMonth {
        match self {
            Slutmanad::Bestamd(m) | Slutmanad::EnligtGallandeRatt { manad: m, .. } => m,
        }
    }
}

/// SFB 33 kap. 16 §: sjukersättning is paid through the month before the month the person
/// reaches the age limit. Which limit applies is the one in force for the months paid, so the
/// person's birthdays from 65 on are tried in turn against the limit in force in that month
/// (see `params/alder.rs`): 65 for a birthday in 2022, 66 for 2023–2025, the riktålder from 2026.
pub fn sista_manad_sjukersattning(fodd: Date, t: &mut Trace) -> Result<Slutmanad, ParamError> {
    sista_manad_med(fodd, |m| t.lookup(&SJUKERSATTNING_SLUTALDER, m, ParamValue::Age))
}

/// The same month as [`sista_manad_sjukersattning`], without recording the parameter in a trace:
/// for screening many case records, where nothing is shown per parameter.
pub fn sista_manad_sjukersattning_utan_spar(fodd: Date) -> Result<Slutmanad, ParamError> {
    sista_manad_med(fodd, |m| SJUKERSATTNING_SLUTALDER.at(m).map(|row| row.value))
}

/// SFB 33 kap. 16 §, with the age limit in force in a month read through `slutalder`.
fn sista_manad_med(
    fodd: Date,
    mut slutalder: impl FnMut(YearMonth) -> Result<i32, ParamError>,
) -> Result<Slutmanad, ParamError> {
    let senast_beslutad = SJUKERSATTNING_SLUTALDER.rows.last().map(|row| row.value);
    let inte_tackt =
        ParamError::NotCovered { param: crate::params::Param::SjukersattningSlutalder, month: fodd.year_month() };
    for alder in 65..=70 {
        let Some(fodelsedag) = month_turning(fodd, alder) else { break };
        match slutalder(fodelsedag) {
            Ok(grans) if alder >= grans => return fodelsedag.prev().map(Slutmanad::Bestamd).ok_or(inte_tackt),
            Ok(_) => {}
            // The limit for that year is not decided: answer what the law in force gives, the
            // latest decided riktålder, and say which year is open.
            Err(ParamError::NotYetKnown { .. }) => {
                let Some(grans) = senast_beslutad.map(|g| g.max(alder)) else { break };
                let (Some(manad), Some(nar)) = (month_before_turning(fodd, grans), month_turning(fodd, grans)) else {
                    break;
                };
                return Ok(Slutmanad::EnligtGallandeRatt { manad, grans, obestamt_ar: nar.year() });
            }
            Err(e) => return Err(e),
        }
    }
    Err(inte_tackt)
}

/// SFB 33 kap. 10 a § came into force on 1 September 2022 (SFS 2022:1222); only months from
/// then are assessed under it.
pub const ALDRE_FORSAKRADE_FRAN: YearMonth = crate::domain::ym(2022, 9);

/// SFB 33 kap. 10 a §: "som mest fem år till den tidpunkt då sjukersättning som längst kan
/// lämnas enligt 16 §".
pub const ALDRE_FORSAKRADE_AR_KVAR: i32 = 5;

/// SFB 33 kap. 10 a §: with at most five years left to the age limit of 16 §, work capacity is
/// measured against normally occurring work the person has done in the last 15 years, or other
/// suitable work that is actually available. The limit is the one in force for the month
/// assessed (RULES.md 3.3): 65 in 2022 gives the rule from 60, 66 in 2023–2025 from 61, the
/// riktålder 67 from 2026 from 62.
// LEGAL-QUESTION: "som mest fem år" is read as from the month of the birthday five years before
// the limit (61 while the limit is 66); FK wrote "60 år eller äldre" in 2022 and Kommunal
// "59 år och 11 månader". Pinned by `older_applicant_rule_starts_in_the_birthday_month`.
pub fn aldre_forsakrad(fodd: Date, manad: YearMonth, b: &mut Beslut) -> bool {
    if manad < ALDRE_FORSAKRADE_FRAN {
        return false;
    }
    let grans = match b.trace.lookup(&SJUKERSATTNING_SLUTALDER, manad, ParamValue::Age) {
        Ok(grans) => grans,
        Err(fel) => {
            if age_in_month(fodd, manad) >= 65 - ALDRE_FORSAKRADE_AR_KVAR {
                b.trace.info(ALDRE_FORSAKRADE, Steg::AldreForsakradOkand);
                b.trace.info(ALDRE_FORSAKRADE, Steg::ParameterOkand { fel });
            }
            return false;
        }
    };
    let galler = month_turning(fodd, grans - ALDRE_FORSAKRADE_AR_KVAR).is_some_and(|fran| manad >= fran);
    if galler {
        b.trace.info(ALDRE_FORSAKRADE, Steg::AldreForsakrad);
        b.notes.push(Not::AldreForsakrad);
    }
    galler
}

/// SFB 33 kap. 5 § and 7 §: the work capacity must be reduced by at least one quarter, measured
/// against work on the whole labour market (10 §). Returns the level it gives (12 §).
pub fn nedsattning_minst_en_fjardedel(nedsattning: Option<Level>, law: LawRef, b: &mut Beslut) -> Option<Level> {
    b.trace.info(ARBETSFORMAGA_BEDOMS, Steg::HelaArbetsmarknaden);
    b.check(law, Steg::NedsattMinstEnFjardedel { nedsattning, krav: Level::Quarter }, nedsattning.is_some());
    nedsattning
}

/// SFB 33 kap. 7 §: whether the reduction is expected to last at least one year; `None` when
/// the person does not know. The rule itself, without a trace.
pub fn varar_minst_ett_ar(v: Varaktighet) -> Option<bool> {
    match v {
        Varaktighet::VetEj => None,
        Varaktighet::KortareAnEttAr => Some(false),
        Varaktighet::MinstEttAr | Varaktighet::Stadigvarande => Some(true),
    }
}

/// SFB 33 kap. 5–6 §§: whether the reduction is stadigvarande; `None` when the person does not
/// know. The rule itself, without a trace.
pub fn ar_stadigvarande(v: Varaktighet) -> Option<bool> {
    match v {
        Varaktighet::VetEj => None,
        Varaktighet::Stadigvarande => Some(true),
        Varaktighet::KortareAnEttAr | Varaktighet::MinstEttAr => Some(false),
    }
}

/// SFB 33 kap. 7 §: for aktivitetsersättning the reduction must be expected to last at least
/// one year.
pub fn minst_ett_ar(v: Varaktighet, b: &mut Beslut) -> bool {
    match varar_minst_ett_ar(v) {
        None => {
            b.trace.info(RATT_TILL_AE_NEDSATT, Steg::VaraktighetOkand);
            b.verdict = Verdict::CannotTell;
            false
        }
        Some(false) => {
            b.check(RATT_TILL_AE_NEDSATT, Steg::MinstEttAr { varaktighet: v }, false);
            b.notes.push(Not::SjukpenningEllerRehabilitering);
            false
        }
        Some(true) => b.check(RATT_TILL_AE_NEDSATT, Steg::MinstEttAr { varaktighet: v }, true),
    }
}

/// SFB 33 kap. 5–6 §§: for sjukersättning the reduction must be stadigvarande, with no
/// rehabilitation expected to give back any work capacity.
pub fn stadigvarande(v: Varaktighet, b: &mut Beslut) -> bool {
    match ar_stadigvarande(v) {
        Some(true) => b.check(STADIGVARANDE, Steg::Stadigvarande { varaktighet: v }, true),
        None => {
            b.trace.info(STADIGVARANDE, Steg::VaraktighetOkand);
            b.verdict = Verdict::CannotTell;
            false
        }
        Some(false) => {
            b.check(STADIGVARANDE, Steg::Stadigvarande { varaktighet: v }, false);
            b.notes.push(Not::SjukpenningEllerRehabilitering);
            false
        }
    }
}

/// The amount for a "may be eligible" decision: from the first month, and at each later
/// age-band switch. Reads the amount facts only then, so a self-test asks them only then.
pub fn berakna(f: &mut impl Fakta, beslut: &Beslut) -> Fact<Option<Berakning>> {
    let (Verdict::MayBeEligible, Some(first), Some(level)) = (beslut.verdict, beslut.first_month, beslut.level) else {
        return Ok(None);
    };
    let fodd = f.fodelsedatum()?;
    let mut trace = Trace::new();
    let forsakringstid = match f.forsakringstid()? {
        Forsakringstid::Bosatt(ar) => Forsakringstid::Raknad(forsakringstid(fodd, first.year(), ar, &mut trace)),
        ft => ft,
    };
    let inkomst = match f.inkomst()? {
        None => None,
        Some(Inkomstuppgift::Antagandeinkomst(k)) => Some(k),
        Some(Inkomstuppgift::Arsinkomster(ar)) => match antagandeinkomst(first.year(), &ar, &mut trace) {
            Ok(k) => Some(k),
            Err(e) => {
                let forsta = Err(e);
                return Ok(Some(Berakning {
                    forsakringstid,
                    forsta,
                    bandbyten: Vec::new(),
                    paverkan: Vec::new(),
                    trace,
                }));
            }
        },
    };
    let sa = beslut.formon == Some(Formon::Sjukersattning);
    let forsta = belopp(fodd, first, level, forsakringstid, inkomst, sa, &mut trace);
    let mut bandbyten = Vec::new();
    if !sa {
        let last = beslut.last_month.unwrap_or(first);
        for band in Aldersband::ALL {
            let byte = band.opens_at().and_then(|age| month_turning(fodd, age));
            if let Some(m) = byte.filter(|m| *m > first && *m <= last) {
                bandbyten.push((m, belopp(fodd, m, level, forsakringstid, inkomst, false, &mut trace)));
            }
        }
    }
    let paverkan = match forsta {
        Ok(_) => paverkan(fodd, first, level, forsakringstid, inkomst, sa),
        Err(_) => Vec::new(),
    };
    Ok(Some(Berakning { forsakringstid, forsta, bandbyten, paverkan, trace }))
}

/// What moves the amount most (issue 13): the antagandeinkomst `steg` higher, and one more year
/// of försäkringstid when it is short of 40, the amount per month by the same rules ([`belopp`]),
/// as the change from the amount now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Paverkan {
    Inkomst {
        steg: Kronor,
        per_manad: i64,
    },
    /// The inkomstrelaterad ersättning is below the garantinivå: garantiersättning fills the
    /// difference, so `steg` more income changes nothing.
    InkomstUnderGarantiniva {
        steg: Kronor,
    },
    /// The antagandeinkomst counts only up to 7,5 prisbasbelopp (34 kap.): `steg` more changes
    /// nothing.
    InkomstOverTaket {
        steg: Kronor,
    },
    /// One more year of försäkringstid (of `av` for the full garantinivå).
    Forsakringstid {
        per_manad: i64,
        av: u32,
    },
}

pub use super::PAVERKAN_STEG;

/// The answers that move the first month's amount, the one that moves it most first.
pub fn paverkan(
    fodd: Date,
    m: YearMonth,
    level: Level,
    forsakringstid: Forsakringstid,
    antagandeinkomst: Option<Kronor>,
    sjukersattning: bool,
) -> Vec<Paverkan> {
    let per_manad = |ft, inkomst| belopp(fodd, m, level, ft, inkomst, sjukersattning, &mut Trace::new()).ok();
    let Some(bas) = per_manad(forsakringstid, antagandeinkomst) else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(inkomst) = antagandeinkomst {
        let steg = PAVERKAN_STEG;
        if let Some(mer) = per_manad(forsakringstid, Some(Kronor(inkomst.0.saturating_add(steg.0)))) {
            let d = mer.per_month.0 - bas.per_month.0;
            out.push(if d == 0 && bas.garantiersattning > Kronor::ZERO {
                Paverkan::InkomstUnderGarantiniva { steg }
            } else if d == 0 {
                Paverkan::InkomstOverTaket { steg }
            } else {
                Paverkan::Inkomst { steg, per_manad: d }
            });
        }
    }
    let full = Fraction::whole(FULL_FORSAKRINGSTID as i64);
    let ett_ar_till = match forsakringstid {
        Forsakringstid::Ar(ar) | Forsakringstid::Bosatt(ar) if ar < FULL_FORSAKRINGSTID => {
            Some(Forsakringstid::Ar(ar + 1))
        }
        Forsakringstid::Raknad(ar) if ar < full => {
            // ar + 1 = (num + den) / den, never above the full 40 years.
            let mer = Fraction::new(ar.num().saturating_add(ar.den()), ar.den());
            Some(Forsakringstid::Raknad(mer.min(full)))
        }
        _ => None,
    };
    if let Some(mer) = ett_ar_till.and_then(|ft| per_manad(ft, antagandeinkomst)) {
        let d = mer.per_month.0 - bas.per_month.0;
        if d != 0 {
            out.push(Paverkan::Forsakringstid { per_manad: d, av: FULL_FORSAKRINGSTID });
        }
    }
    let storlek = |p: &Paverkan| match p {
        Paverkan::Inkomst { per_manad, .. } | Paverkan::Forsakringstid { per_manad, .. } => per_manad.abs(),
        Paverkan::InkomstUnderGarantiniva { .. } | Paverkan::InkomstOverTaket { .. } => 0,
    };
    if out.len() == 2 && storlek(&out[1]) > storlek(&out[0]) {
        out.swap(0, 1);
    }
    out
}

/// The amount for month `m` (SFB 34–35 kap.): inkomstrelaterad ersättning, topped up by
/// garantiersättning to the garantinivå of the person's age band, times the level.
pub fn belopp(
    fodd: Date,
    m: YearMonth,
    level: Level,
    forsakringstid: Forsakringstid,
    antagandeinkomst: Option<Kronor>,
    sjukersattning: bool,
    t: &mut Trace,
) -> Result<Belopp, RuleError> {
    let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
    let band = if sjukersattning { Aldersband::Fran30 } else { Aldersband::for_age(age_in_month(fodd, m)) };
    let garantiniva = garantiniva(band, pbb, m, forsakringstid, t)?;
    let inkomstrelaterad = inkomstrelaterad_ersattning(antagandeinkomst, pbb, m, t)?;
    let utfyllnad = garantiersattning(garantiniva, inkomstrelaterad)?;
    let helt_ar = inkomstrelaterad.plus(utfyllnad)?;
    let ir = round_half_up_krona(inkomstrelaterad)?;
    let garanti = round_half_up_krona(utfyllnad)?;
    t.info(
        GARANTI_UTFYLLNAD,
        Steg::Garantiersattning {
            inkomstrelaterad: ir,
            garantiersattning: garanti,
            summa: round_half_up_krona(helt_ar)?,
        },
    );
    // LEGAL-QUESTION: for a partial level the level is applied to the exact yearly amount and
    // rounded once, per year and per month (RULES.md §0.2 leaves the order open; E7 follows
    // it). Pinned by `three_quarter_level_rounds_once_at_the_end`.
    let per_ar = helt_ar.times(level.fraction())?;
    let per_year = round_half_up_krona(per_ar)?;
    let per_month = round_half_up_krona(per_ar.per(12)?)?;
    if level != Level::Full {
        t.info(FORMANSNIVAER, Steg::Niva { niva: level, per_ar: per_year });
    }
    t.info(FORMANSNIVAER, Steg::PerManad { manad: m, belopp: per_month });
    Ok(Belopp {
        month: m,
        band,
        garantiniva: round_half_up_krona(garantiniva)?,
        inkomstrelaterad: ir,
        garantiersattning: garanti,
        per_year,
        per_month,
    })
}

/// SFB 35 kap. 18–19 §§: the garantinivå for the band, × PBB of the year; reduced in proportion
/// when the försäkringstid is shorter than 40 years.
pub fn garantiniva(
    band: Aldersband,
    pbb: Kronor,
    m: YearMonth,
    ft: Forsakringstid,
    t: &mut Trace,
) -> Result<Exact, RuleError> {
    let faktor = t.lookup(&GARANTINIVAER, m, |g| ParamValue::TimesPbb(g.for_band(band)))?.for_band(band);
    let full = pbb.exact().times(faktor)?;
    t.info(GARANTINIVA, Steg::Garantiniva { band, faktor, pbb, belopp: round_half_up_krona(full)? });
    // The reduction for a försäkringstid under 40 years is made on the garantinivå, before the
    // inkomstrelaterad ersättning is subtracted (35 kap. 21–22 §§: garantiersättning is the
    // difference up to the garantinivå that applies to the person).
    let ar = match ft {
        Forsakringstid::Full => return Ok(full),
        // A whole number of years is its own Fraction; `Bosatt` is counted in `berakna`, and
        // here (a caller that skipped it) gets the years lived as a lower bound.
        Forsakringstid::Ar(years) | Forsakringstid::Bosatt(years) => Fraction::whole(years as i64),
        Forsakringstid::Raknad(years) => years,
    };
    let full_tid = Fraction::whole(FULL_FORSAKRINGSTID as i64);
    if ar >= full_tid {
        return Ok(full);
    }
    let reduced = full.times(ar)?.per(FULL_FORSAKRINGSTID as i64)?;
    t.info(
        FORSAKRINGSTID,
        Steg::GarantinivaForsakringstid { ar: hundradelar(ar), belopp: round_half_up_krona(reduced)? },
    );
    Ok(reduced)
}

/// Years shown to two decimals, rounded down (the sum itself stays exact).
fn hundradelar(years: Fraction) -> Fraction {
    Fraction::new(years.num().saturating_mul(100) / years.den().max(1), 100)
}

/// SFB 35 kap. (AFL 9 kap. 3–6 §§): the försäkringstid for garantiersättning is the faktisk
/// försäkringstid, years lived in Sweden from the year of the 16th birthday through the year
/// before the försäkringsfall, plus the framtida försäkringstid, the years from the year of the
/// försäkringsfall through the year of the 64th birthday. When the faktisk time is under four
/// fifths of the years from 16 to the försäkringsfall, the framtida time is reduced in the same
/// proportion. Capped at 40 years. Vägledning 2010:2: "De svenska faktiska bosättningsperioderna
/// är 10 år och den framtida försäkringstiden är beräknad till 10 år".
// LEGAL-QUESTION: the försäkringsfall is taken as the year of the first month assessed (the
// person applies now); an earlier försäkringsfall gives more framtida and less faktisk time. The
// four-fifths reduction and the exact (unrounded) sum follow AFL 9 kap. as carried into SFB
// 35 kap.; the SFB wording was not read. Time in a former home country for a refugee and periods
// in other EU countries are not counted, so the figure is then a lower bound (the outcome says
// so). Pinned by `forsakringstid_adds_future_years_reduced_below_four_fifths`.
pub fn forsakringstid(fodd: Date, forsakringsfall_ar: i32, bosatt_ar: u32, t: &mut Trace) -> Fraction {
    let fran_16 = fodd.year() + 16;
    let perioden = (forsakringsfall_ar - fran_16).max(0) as i64;
    let faktisk = (bosatt_ar as i64).min(perioden);
    let framtida_hel = (fodd.year() + 64 - forsakringsfall_ar + 1).max(0) as i64;
    // framtida = framtida_hel × faktisk / (4/5 × perioden) when faktisk < 4/5 × perioden.
    let framtida = if perioden > 0 && 5 * faktisk < 4 * perioden {
        Fraction::new(framtida_hel * 5 * faktisk, 4 * perioden)
    } else {
        Fraction::whole(framtida_hel)
    };
    let summa = Fraction::new(faktisk * framtida.den() + framtida.num(), framtida.den());
    let full = Fraction::whole(FULL_FORSAKRINGSTID as i64);
    let total = if summa > full { full } else { summa };
    t.info(
        FORSAKRINGSTID,
        Steg::Forsakringstid { faktisk: faktisk as u32, framtida: hundradelar(framtida), summa: hundradelar(total) },
    );
    total
}

/// SFB 34 kap. 2 §: inkomstrelaterad ersättning needs at least one year with pension-qualifying
/// income; full ersättning is 64,7 % of the antagandeinkomst (34 kap.), which is at most 7,5 ×
/// PBB because each year's income is counted only up to 7,5 PBB (34 kap. 8–13 §§).
pub fn inkomstrelaterad_ersattning(
    antagandeinkomst: Option<Kronor>,
    pbb: Kronor,
    m: YearMonth,
    t: &mut Trace,
) -> Result<Exact, RuleError> {
    let Some(inkomst) = antagandeinkomst else {
        t.info(INKOMSTRELATERAD, Steg::IngenInkomst);
        return Ok(Kronor::ZERO.exact());
    };
    let tak = pbb.exact().times(t.lookup(&ANTAGANDEINKOMST_TAK, m, ParamValue::TimesPbb)?)?;
    let andel = t.lookup(&INKOMSTRELATERAD_ANDEL, m, ParamValue::Share)?;
    let capped = inkomst.exact().min(tak);
    let capped_k = round_half_up_krona(capped)?;
    if inkomst.exact() > tak {
        t.info(ANTAGANDEINKOMST, Steg::AntagandeinkomstTak { inkomst, tak: capped_k });
    }
    let ir = capped.times(andel)?;
    t.info(
        INKOMSTRELATERAD_BELOPP,
        Steg::Inkomstrelaterad { andel, inkomst: capped_k, belopp: round_half_up_krona(ir)? },
    );
    Ok(ir)
}

/// SFB 34 kap. 8–13 §§: the antagandeinkomst from the yearly incomes before the försäkringsfall.
/// Each year's income from work is counted up to 7,5 × PBB of that year, recalculated to the
/// price level of the försäkringsfall year by the change in PBB, and the antagandeinkomst is
/// the average of the three highest. `inkomster[0]` is the year before the försäkringsfall.
// LEGAL-QUESTION: read from FK's description of 34 kap. (ramtid of five to eight years before
// the försäkringsfall by age, the three best years, each year capped, recalculated by PBB); the
// SFB wording of 8–13 §§ was not read. Only the five latest years are asked, which every ramtid
// contains, so the result is at most what FK computes over a longer ramtid (a lower bound); the
// rules for young people with few years, and the comparison with the SGI, are not modelled.
// Pinned by `antagandeinkomst_is_the_average_of_the_three_best_capped_years`.
pub fn antagandeinkomst(forsakringsfall_ar: i32, inkomster: &[Kronor], t: &mut Trace) -> Result<Kronor, RuleError> {
    let ar_m = |ar: i32| YearMonth::new(ar, 1).map_err(|_| RuleError::Overflow);
    let pbb_nu = t.lookup(&PRISBASBELOPP, ar_m(forsakringsfall_ar)?, ParamValue::Kronor)?;
    let mut omraknade = Vec::with_capacity(inkomster.len());
    for (i, inkomst) in inkomster.iter().enumerate() {
        let ar = forsakringsfall_ar - 1 - i as i32;
        let m = ar_m(ar)?;
        let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
        let tak = pbb.exact().times(t.lookup(&ANTAGANDEINKOMST_TAK, m, ParamValue::TimesPbb)?)?;
        let raknad = inkomst.exact().min(tak).times(Fraction::new(pbb_nu.0, pbb.0.max(1)))?;
        let raknad_k = round_half_up_krona(raknad)?;
        t.info(
            ANTAGANDEINKOMST,
            Steg::Arsinkomst { ar, inkomst: *inkomst, over_tak: inkomst.exact() > tak, raknad: raknad_k },
        );
        // Highest first. A few years at most: each finds its place by a linear search, which
        // keeps a sort routine (about 4 KB) out of the wasm.
        let at = omraknade.iter().position(|x| raknad > *x).unwrap_or(omraknade.len());
        omraknade.insert(at, raknad);
    }
    let mut summa = Kronor::ZERO.exact();
    for x in omraknade.iter().take(BASTA_AR) {
        summa = summa.plus(*x)?;
    }
    let medel = round_half_up_krona(summa.per(BASTA_AR as i64)?)?;
    t.info(ANTAGANDEINKOMST, Steg::Antagandeinkomst { basta_ar: BASTA_AR as u32, belopp: medel });
    Ok(medel)
}

/// SFB 35 kap. 21–22 §§: garantiersättning is the difference between the garantinivå and the
/// inkomstrelaterad ersättning for the same year ("skillnaden", FK), never below zero.
pub fn garantiersattning(garantiniva: Exact, inkomstrelaterad: Exact) -> Result<Exact, RuleError> {
    Ok(garantiniva.minus(inkomstrelaterad)?.max(Kronor::ZERO.exact()))
}

/// SFB 33 kap. 16 §: the first month sjukersättning at `niva` can be paid for. "Hel
/// sjukersättning kan lämnas tidigast från och med juli det år då den försäkrade fyller 19 år";
/// three-quarter, half or quarter sjukersättning "tidigast från och med den månad då den
/// försäkrade fyller 30 år". The last month is [`sista_manad_sjukersattning`]. `None` only for
/// impossible birth years. The months of [`retroaktivt`]; `rules::alternativ` reads them here.
pub fn sjukersattning_tidigast(fodd: Date, niva: Level) -> Option<YearMonth> {
    if niva == Level::Full {
        july_of_year_turning(fodd, 19)
    } else {
        month_turning(fodd, 30)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What moves the amount (issue 13): an antagandeinkomst at the cap (7,5 × PBB 58 800 =
    /// 441 000 kr in 2025) moves nothing, 10 000 kr under it does; one below the garantinivå
    /// moves nothing either; a short försäkringstid moves the garantinivå.
    #[test]
    fn the_amount_moves_with_income_above_the_garantiniva_and_below_the_cap() {
        let (fodd, m) = (Date::parse("1990-01-01").unwrap(), YearMonth::new(2025, 1).unwrap());
        let p = |ft, inkomst| paverkan(fodd, m, Level::Full, ft, Some(Kronor(inkomst)), true);
        assert_eq!(p(Forsakringstid::Full, 441_000), [Paverkan::InkomstOverTaket { steg: PAVERKAN_STEG }]);
        assert!(matches!(p(Forsakringstid::Full, 431_000)[..], [Paverkan::Inkomst { per_manad, .. }] if per_manad > 0));
        assert_eq!(p(Forsakringstid::Full, 50_000), [Paverkan::InkomstUnderGarantiniva { steg: PAVERKAN_STEG }]);
        let short = p(Forsakringstid::Ar(20), 50_000);
        assert!(matches!(short[0], Paverkan::Forsakringstid { per_manad, av: 40 } if per_manad > 0), "{short:?}");
    }
    use crate::domain::ym;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn check(fodd: &str, m: YearMonth, level: Level, ft: Forsakringstid, sa: bool, per_month: i64, per_year: i64) {
        let b = belopp(d(fodd), m, level, ft, None, sa, &mut Trace::new()).unwrap();
        assert_eq!((b.per_month.0, b.per_year.0), (per_month, per_year), "{fodd} {m}");
    }

    #[test]
    fn sjukersattning_limit_is_the_one_in_force_when_the_person_reaches_it() {
        let last = |s: &str| sista_manad_sjukersattning(d(s), &mut Trace::new());
        assert_eq!(last("1957-05-01"), Ok(Slutmanad::Bestamd(ym(2022, 4))), "65 in 2022: the limit then was 65");
        assert_eq!(last("1958-06-01"), Ok(Slutmanad::Bestamd(ym(2024, 5))), "65 in 2023, when the limit was 66");
        assert_eq!(last("1959-03-10"), Ok(Slutmanad::Bestamd(ym(2025, 2))), "66 in 2025");
        assert_eq!(last("1960-03-10"), Ok(Slutmanad::Bestamd(ym(2027, 2))), "66 in 2026, when the limit is 67");
        assert_eq!(
            last("1963-01-15"),
            Ok(Slutmanad::EnligtGallandeRatt { manad: ym(2029, 12), grans: 67, obestamt_ar: 2030 }),
            "67 in 2030: the law in force gives the month before 67; the riktålder for 2030 is open"
        );
        assert_eq!(
            last("1990-01-01"),
            Ok(Slutmanad::EnligtGallandeRatt { manad: ym(2056, 12), grans: 67, obestamt_ar: 2057 })
        );
    }

    fn older(fodd: &str, m: YearMonth) -> bool {
        aldre_forsakrad(d(fodd), m, &mut Beslut::new())
    }

    #[test]
    fn older_applicant_rule_starts_in_the_birthday_month() {
        // In 2026 the limit in force is 67: the rule applies from the month of the 62nd birthday.
        assert!(!older("1964-05-10", ym(2026, 4)));
        assert!(older("1964-05-10", ym(2026, 5)));
    }

    #[test]
    fn older_applicant_age_follows_the_limit_in_force_for_the_month_assessed() {
        // 2022: limit 65, so from 60, but only from September 2022 (SFS 2022:1222).
        assert!(older("1962-05-10", ym(2022, 10)), "60 in October 2022");
        assert!(!older("1962-05-10", ym(2022, 8)), "before 10 a § came into force");
        assert!(!older("1962-11-10", ym(2022, 10)), "59 in October 2022");
        // 2023–2025: limit 66, so from 61.
        assert!(older("1964-03-01", ym(2025, 6)), "61 in 2025");
        assert!(!older("1964-09-01", ym(2025, 6)), "60 in 2025");
        // 2026: limit 67, so from 62.
        assert!(!older("1965-01-01", ym(2026, 6)), "61 in 2026");
        assert!(older("1964-01-01", ym(2026, 6)), "62 in 2026");
    }

    #[test]
    fn three_quarter_level_rounds_once_at_the_end() {
        // RULES.md E7: 2,63 × 57 300 = 150 699; × 3/4 = 113 024,25; / 12 = 9 418,69 → 9 419.
        check("1999-01-10", ym(2024, 5), Level::ThreeQuarters, Forsakringstid::Full, false, 9_419, 113_024);
    }

    #[test]
    fn short_forsakringstid_reduces_garanti_pro_rata() {
        // A counted försäkringstid of 20 years: 2,78 × 57 300 = 159 294 × 20/40 = 79 647.
        check("1984-03-01", ym(2024, 5), Level::Full, Forsakringstid::Ar(20), true, 6_637, 79_647);
        check("1984-03-01", ym(2024, 5), Level::Full, Forsakringstid::Ar(55), true, 13_275, 159_294);
    }

    #[test]
    fn forsakringstid_adds_future_years_reduced_below_four_fifths() {
        let ft = |fodd: &str, ar: i32, bosatt: u32| forsakringstid(d(fodd), ar, bosatt, &mut Trace::new());
        // RULES.md E8: 40 years old in 2024, 20 years here: 20 ≥ 4/5 × 24, so all 25 future
        // years count, 45 → 40: full garantiersättning.
        assert_eq!(ft("1984-03-01", 2024, 20), Fraction::whole(40));
        // Came at 40, applies at 50 (2034): 10 of 34 years, under 4/5 × 34 = 27,2; the 15
        // future years are reduced to 15 × 10 / 27,2 = 5,51…; total 15,51….
        assert_eq!(ft("1984-03-01", 2034, 10), Fraction::new(10 * 136 + 15 * 5 * 10, 136));
        // Never lived here before the försäkringsfall: no framtida time either.
        assert_eq!(ft("1984-03-01", 2034, 0), Fraction::ZERO);
        // Lived here since 16: 16 + 49 future years, capped at 40.
        assert_eq!(ft("2004-03-01", 2024, 4), Fraction::whole(40));
    }

    #[test]
    fn garanti_tops_up_inkomstrelaterad_krona_for_krona() {
        // RULES.md E9: IR 129 400 + top-up 16 550 = 145 950 → 12 163 per month.
        let b = belopp(
            d("1978-01-01"),
            ym(2023, 6),
            Level::Full,
            Forsakringstid::Full,
            Some(Kronor(200_000)),
            true,
            &mut Trace::new(),
        )
        .unwrap();
        assert_eq!(
            (b.inkomstrelaterad.0, b.garantiersattning.0, b.per_year.0, b.per_month.0),
            (129_400, 16_550, 145_950, 12_163)
        );
    }

    #[test]
    fn antagandeinkomst_is_the_average_of_the_three_best_capped_years() {
        // 2024: PBB 57 300. The year before (2023, PBB 52 500) 500 000 is capped at 7,5 × 52 500
        // = 393 750 and recalculated × 57 300 / 52 500 = 429 750; 2022 (PBB 48 300) 300 000 ×
        // 57 300 / 48 300 = 355 900,6; 2021 (47 600) 200 000 → 240 756,3; the two lower years
        // drop out. (429 750 + 355 900,6 + 240 756,3) / 3 = 342 135,6 → 342 136.
        let inkomster = [Kronor(500_000), Kronor(300_000), Kronor(200_000), Kronor(100_000), Kronor(0)];
        let a = antagandeinkomst(2024, &inkomster, &mut Trace::new()).unwrap();
        assert_eq!(a, Kronor(342_136));
    }

    #[test]
    fn back_pay_reaches_three_months_back_but_not_before_the_right() {
        let fran = |fodd: &str, formon, level, m: YearMonth| {
            let mut b = Beslut::new();
            b.may_be_eligible(level, m, None);
            b.formon = Some(formon);
            retroaktivt(d(fodd), m, &mut b);
            b.back_pay_from
        };
        assert_eq!(fran("1980-01-01", Formon::Sjukersattning, Level::Half, ym(2025, 5)), Some(ym(2025, 2)));
        // Half sjukersättning only from the month of the 30th birthday (March 2025).
        assert_eq!(fran("1995-03-10", Formon::Sjukersattning, Level::Half, ym(2025, 5)), Some(ym(2025, 3)));
        // Aktivitetsersättning only from July of the year of the 19th birthday.
        assert_eq!(fran("2006-11-10", Formon::Aktivitetsersattning, Level::Full, ym(2025, 8)), Some(ym(2025, 7)));
    }

    /// A case answered in full, for `bedom`.
    struct Fall {
        fodd: &'static str,
        grund: Grund,
        nedsattning: Option<Level>,
        varaktighet: Varaktighet,
        forlangd: bool,
        slutar: YearMonth,
    }

    impl Fall {
        fn new(fodd: &'static str, nedsattning: Option<Level>, varaktighet: Varaktighet) -> Fall {
            let grund = Grund::NedsattArbetsformaga;
            Fall { fodd, grund, nedsattning, varaktighet, forlangd: true, slutar: ym(2030, 6) }
        }
    }

    impl Fakta for Fall {
        fn fodelsedatum(&mut self) -> Fact<Date> {
            Ok(d(self.fodd))
        }
        fn forsakrad(&mut self) -> Fact<Forsakrad> {
            Ok(Forsakrad::BorISverige)
        }
        fn grund(&mut self) -> Fact<Grund> {
            Ok(self.grund)
        }
        fn nedsattning(&mut self) -> Fact<Option<Level>> {
            Ok(self.nedsattning)
        }
        fn varaktighet(&mut self) -> Fact<Varaktighet> {
            Ok(self.varaktighet)
        }
        fn skolgang_forlangd_av_funktionsnedsattning(&mut self) -> Fact<bool> {
            Ok(self.forlangd)
        }
        fn skolgang_slutar(&mut self) -> Fact<YearMonth> {
            Ok(self.slutar)
        }
        fn forsakringstid(&mut self) -> Fact<Forsakringstid> {
            Ok(Forsakringstid::Full)
        }
        fn inkomst(&mut self) -> Fact<Option<Inkomstuppgift>> {
            Ok(None)
        }
    }

    fn failed(mut fall: Fall, idag: &str) -> Option<Failed> {
        bedom(&mut fall, d(idag)).unwrap().failed
    }

    #[test]
    fn a_failed_condition_is_its_step_with_the_value_and_the_limit() {
        let steg = |s: Steg| Some(Failed::Step(s.into()));
        let under_en_fjardedel = Fall::new("1990-01-01", None, Varaktighet::Stadigvarande);
        assert_eq!(
            failed(under_en_fjardedel, "2025-05-02"),
            steg(Steg::NedsattMinstEnFjardedel { nedsattning: None, krav: Level::Quarter })
        );
        let kort = Fall::new("2000-01-01", Some(Level::Full), Varaktighet::KortareAnEttAr);
        assert_eq!(failed(kort, "2025-05-02"), steg(Steg::MinstEttAr { varaktighet: Varaktighet::KortareAnEttAr }));
        let inte_stadigvarande = Fall::new("1985-01-01", Some(Level::Full), Varaktighet::MinstEttAr);
        assert_eq!(
            failed(inte_stadigvarande, "2025-05-02"),
            steg(Steg::Stadigvarande { varaktighet: Varaktighet::MinstEttAr })
        );
        // Born 1958-06-01: sjukersättning through May 2024; in 2025 the person is 67.
        let for_gammal = Fall::new("1958-06-01", Some(Level::Full), Varaktighet::Stadigvarande);
        assert_eq!(failed(for_gammal, "2025-05-02"), steg(Steg::SjukersattningAlder { alder: 66, sista: ym(2024, 5) }));
        let skola = |forlangd, slutar| Fall {
            grund: Grund::ForlangdSkolgang,
            forlangd,
            slutar,
            ..Fall::new("2006-03-10", None, Varaktighet::VetEj)
        };
        assert_eq!(failed(skola(false, ym(2026, 6)), "2025-08-02"), steg(Steg::SkolgangForlangd { forlangd: false }));
        assert_eq!(
            failed(skola(true, ym(2025, 6)), "2025-08-02"),
            steg(Steg::SkolgangEfterJuli19 { slutar: ym(2025, 6), juli: ym(2025, 7) })
        );
    }

    #[test]
    fn notes_are_typed_and_follow_the_decision() {
        let notes = |mut fall: Fall, idag: &str| bedom(&mut fall, d(idag)).unwrap().notes;
        let hel_stadigvarande = Fall::new("2000-01-01", Some(Level::Full), Varaktighet::Stadigvarande);
        assert_eq!(
            notes(hel_stadigvarande, "2025-05-02"),
            [Not::HogstTreAr, Not::HelSjukersattningFore30, Not::AeSlutarVid30 { sista: ym(2029, 12) }]
        );
        let kort = Fall::new("2000-01-01", Some(Level::Half), Varaktighet::KortareAnEttAr);
        assert_eq!(notes(kort, "2025-05-02"), [Not::SjukpenningEllerRehabilitering]);
        let aldre = Fall::new("1964-01-01", Some(Level::Half), Varaktighet::Stadigvarande);
        assert_eq!(
            notes(aldre, "2026-06-02"),
            [Not::SlutalderObestamd { ar: 2031, alder: 67 }, Not::AldreForsakrad, Not::SlutalderFoljerRiktalder]
        );
    }

    #[test]
    fn aktivitetsersattning_runs_from_july_of_the_19th_year_to_the_month_before_30() {
        assert_eq!(ae_period(d("2006-11-10")), Some((ym(2025, 7), ym(2036, 10))));
        assert_eq!(ae_period(d("2000-01-01")), Some((ym(2019, 7), ym(2029, 12))));
    }
}
