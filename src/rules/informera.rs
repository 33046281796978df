//! The screening's indicator profile `informera` (issue 14): which benefits and routes the
//! person behind a case record should be *told about*, from the facts a case register holds, so
//! that a handler can inform them in time. Unlike the catalogue's eligibility (`alternativ::bedom`,
//! which leaves an entry "not assessed" when one fact is missing), an indicator fires on the
//! facts it has and says how sure it is: "may be eligible" when the catalogue's own condition
//! holds, "should be informed" otherwise.
//!
//! Försäkringskassan's own criteria for its urvalsprofiler are not published; each indicator
//! below is chosen from the law it names and written down with its reason in
//! `docs/profiles.md`; a test fails when an [`Indikator`] is missing there.
//! Not here: words (i18n/informera.rs), the record (screen/record.rs), the output.

use super::aktivitetsersattning as ae;
use super::alternativ::{self as alt, AlternativFakta, Formon, Status, DAG_NORMALT_FOREKOMMANDE_ARBETE};
use crate::domain::{age_on, Date};
use serde::Serialize;

/// The profile's name, as `--profile` takes it.
pub const PROFIL: &str = "informera";

/// Why an entry was flagged: the indicator that fired, with the record's value and the limit
/// it was compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "indicator", rename_all = "kebab-case")]
pub enum Indikator {
    /// Sjukpenning was refused or stopped at the test against normally occurring work (from
    /// day 181, SFB 27 kap. 48 §), with a reported or approved arbetsskada.
    ArbetsskadaNekadDag181,
    /// A reported or approved arbetsskada and a sick period of `dag` days, at least `fran`.
    ArbetsskadaLangSjukperiod { dag: u32, fran: u32 },
    /// A sick period of `dag` days, at least `fran` (the day of the rehabiliteringskedja the
    /// indicator waits for), at an age `alder` in the benefit's range.
    LangSjukperiod { dag: u32, fran: u32, alder: i32 },
    /// Sjukpenning refused or stopped at the test against normally occurring work.
    NekadNormaltArbete,
    /// The sick period nears day 181: `dag`, from `fran`.
    NaraDag181 { dag: u32, fran: u32 },
    /// Aktivitetsersättning ends at 30: the first month without it is `manader` months away
    /// (0 or less: it has ended), at most `inom`.
    AeSlutarVid30 { manader: i64, inom: i64 },
    /// Sjuk- or aktivitetsersättning granted `manader` months before (at least `efter`), and no
    /// bostadstillägg applied for. `manader` is `None` when the grant date is not in the record.
    BeviljadUtanBostadstillagg { manader: Option<i64>, efter: i64 },
    /// Pregnant; graviditetspenning may start in `dagar` days (0 or less: the window is open),
    /// told from `fore` days before.
    Graviditet { dagar: i64, fore: i64 },
    /// An illness that causes many or long sick periods.
    UpprepadeSjukperioder,
    /// On sick leave `dag` days (at least `fran`) with an employer.
    SjukskrivenMedArbetsgivare { dag: u32, fran: u32 },
}

/// How sure a flag is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sakerhet {
    /// The catalogue's condition for the entry holds on the record's facts.
    MayBeEligible,
    /// An indicator fired; the record lacks what would show the right, or shows it is unlikely
    /// but worth telling.
    ShouldBeInformed,
}

/// One flag: the entry, the indicator that fired and how sure it is. The law is the entry's
/// ([`alt::post`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flagga {
    pub formon: Formon,
    pub indikator: Indikator,
    pub sakerhet: Sakerhet,
}

/// Tell about arbetsskadelivränta from this day of a sick period with a work injury: the loss
/// must last a year (SFB 41 kap. 2 §); from day 181 the test against normally occurring work
/// can end sjukpenning while the income from the person's own work is lost.
pub const LIVRANTA_FRAN_DAG: u32 = DAG_NORMALT_FOREKOMMANDE_ARBETE;
/// Tell about sjuk- or aktivitetsersättning from day 366 of a sick period: from then the work
/// capacity is tested against normally occurring work unless that is unreasonable (SFB 27 kap.
/// 49 §), and a reduction that has lasted a year is what 33 kap. 6–7 §§ ask for.
pub const ERSATTNING_FRAN_DAG: u32 = 366;
/// Tell about the meeting with Arbetsförmedlingen from this day, a month before day 181.
pub const OMSTALLNING_FRAN_DAG: u32 = DAG_NORMALT_FOREKOMMANDE_ARBETE - 30;
/// Tell about the särskilda-fall routes from this many months before aktivitetsersättning ends.
pub const SARSKILDA_FALL_INOM_MANADER: i64 = alt::SARSKILDA_FALL_MANADER_FORE;
/// The bostadstillägg indicator waits this many months after the grant of sjuk- or
/// aktivitetsersättning (a first payment and a decision letter have come by then), whatever
/// the year of the grant (also before 2020).
pub const BOSTADSTILLAGG_EFTER_MANADER: i64 = 3;
/// Tell about graviditetspenning from this many days before its first day (60 days before the
/// expected birth), so the employer can be asked about other work first (10 kap. 2 §).
pub const GRAVIDITET_FORE_DAGAR: i64 = 30;
/// Tell about the employer's workplace-oriented support from day 30 of a sick period, when the
/// employer's plan for a return to work is due (SFB 30 kap. 6 §).
// LEGAL-QUESTION: the day-30 plan (30 kap. 6 §) is the employer's duty when the sick leave is
// expected to last at least 60 days; a register rarely knows that, so day 30 alone fires. Pinned
// by `arbetsplatsinriktat_stod_from_day_30_with_an_employer`.
pub const ARBETSPLATS_FRAN_DAG: u32 = 30;

/// The profile's flags for one record, in the catalogue's order; `beviljad` is the date of the
/// grant of sjuk- or aktivitetsersättning when the record has it. A fact the record lacks never
/// stops the other indicators: an indicator that needs it does not fire.
pub fn informera<F: AlternativFakta + ?Sized>(f: &mut F, idag: Date, beviljad: Option<Date>) -> Vec<Flagga> {
    let status = alt::bedom(f, idag);
    let mut out = Vec::new();
    for (post, s) in alt::KATALOG.iter().zip(status) {
        if let Some(indikator) = indikator(f, post.formon, idag, beviljad) {
            let sakerhet = if s == Status::Suggest { Sakerhet::MayBeEligible } else { Sakerhet::ShouldBeInformed };
            out.push(Flagga { formon: post.formon, indikator, sakerhet });
        }
    }
    out
}

/// The indicator for one entry, if one fires.
fn indikator<F: AlternativFakta + ?Sized>(
    f: &mut F,
    formon: Formon,
    idag: Date,
    beviljad: Option<Date>,
) -> Option<Indikator> {
    let dag = f.sjukdagar().ok();
    let nekad = f.sjukpenning_nekad_normalt_arbete().ok() == Some(true);
    let har_sa_ae = f.har_sa_eller_ae().ok();
    let fodd = f.fodelsedatum().ok().filter(|d| *d <= idag);
    let alder = fodd.map(|d| age_on(d, idag));
    let manad = idag.year_month();
    match formon {
        Formon::Arbetsskadelivranta => {
            let skada = f.skada_anmald().ok() == Some(true) || f.arbetsrelaterad().ok() == Some(true);
            if !skada {
                None
            } else if nekad {
                Some(Indikator::ArbetsskadaNekadDag181)
            } else {
                dag.filter(|d| *d >= LIVRANTA_FRAN_DAG)
                    .map(|dag| Indikator::ArbetsskadaLangSjukperiod { dag, fran: LIVRANTA_FRAN_DAG })
            }
        }
        Formon::Aktivitetsersattning | Formon::Sjukersattning => {
            let (fodd, alder, dag) = (fodd?, alder?, dag?);
            if har_sa_ae == Some(true) || dag < ERSATTNING_FRAN_DAG {
                return None;
            }
            let i_ae = ae::ae_period(fodd).is_some_and(|(forsta, sista)| forsta <= manad && manad <= sista);
            let i_sa = !i_ae
                && ae::sjukersattning_tidigast(fodd, super::Level::Full).is_some_and(|m| m <= manad)
                && ae::sista_manad_sjukersattning_utan_spar(fodd).is_ok_and(|slut| manad <= slut.manad());
            let fits = if formon == Formon::Aktivitetsersattning { i_ae } else { i_sa };
            fits.then_some(Indikator::LangSjukperiod { dag, fran: ERSATTNING_FRAN_DAG, alder })
        }
        Formon::Omstallningsmote => {
            if nekad {
                Some(Indikator::NekadNormaltArbete)
            } else if f.sjukpenning().ok() != Some(false) {
                dag.filter(|d| *d >= OMSTALLNING_FRAN_DAG)
                    .map(|dag| Indikator::NaraDag181 { dag, fran: OMSTALLNING_FRAN_DAG })
            } else {
                None
            }
        }
        Formon::SjukpenningSarskildaFall | Formon::RehabiliteringspenningSarskildaFall | Formon::SjukpenningEfterAe => {
            if f.har_ae().ok() != Some(true) {
                return None;
            }
            let (_, sista) = ae::ae_period(fodd?)?;
            let manader = manad.months_until(sista.next()?);
            (manader <= SARSKILDA_FALL_INOM_MANADER)
                .then_some(Indikator::AeSlutarVid30 { manader, inom: SARSKILDA_FALL_INOM_MANADER })
        }
        Formon::Bostadstillagg => {
            if har_sa_ae == Some(false) || f.sokt_bostadstillagg().ok() == Some(true) {
                return None;
            }
            let efter = BOSTADSTILLAGG_EFTER_MANADER;
            match beviljad.filter(|d| *d <= idag) {
                Some(d) => {
                    let manader = d.year_month().months_until(manad) - i64::from(idag.day() < d.day());
                    (manader >= efter)
                        .then_some(Indikator::BeviljadUtanBostadstillagg { manader: Some(manader), efter })
                }
                None if har_sa_ae == Some(true) => Some(Indikator::BeviljadUtanBostadstillagg { manader: None, efter }),
                None => None,
            }
        }
        Formon::Graviditetspenning => {
            if f.gravid().ok() != Some(true) {
                return None;
            }
            let (fran, till) = alt::graviditetspenning_fonster(f.beraknad_forlossning().ok()?)?;
            let dagar = idag.days_until(fran);
            (dagar <= GRAVIDITET_FORE_DAGAR && idag <= till)
                .then_some(Indikator::Graviditet { dagar, fore: GRAVIDITET_FORE_DAGAR })
        }
        // Refused or stopped at day 181 and without a job: the a-kassa and Arbetsförmedlingen.
        Formon::Arbetsloshetsersattning => {
            (nekad && f.arbetslos().ok() == Some(true)).then_some(Indikator::NekadNormaltArbete)
        }
        Formon::SarskiltHogriskskydd => {
            (f.ofta_eller_lange_sjuk().ok() == Some(true)).then_some(Indikator::UpprepadeSjukperioder)
        }
        Formon::ArbetsplatsinriktatRehabiliteringsstod => {
            if nekad || f.arbetslos().ok() == Some(true) || f.sjukpenning().ok() == Some(false) {
                return None;
            }
            dag.filter(|d| *d >= ARBETSPLATS_FRAN_DAG)
                .map(|dag| Indikator::SjukskrivenMedArbetsgivare { dag, fran: ARBETSPLATS_FRAN_DAG })
        }
        // What a register does not hold (a treatment plan, rehabilitation, aids at work, how the
        // person gets to work, a risk in the work environment; a refusal of sjuk- or
        // aktivitetsersättning is a decision the record may carry as `sa_ae_refused`, which the
        // eligibility profile reads): the
        // eligibility screening covers these when the record has the fact.
        Formon::ForebyggandeSjukpenning
        | Formon::Rehabiliteringspenning
        | Formon::Arbetshjalpmedel
        | Formon::Arbetsresor
        | Formon::GraviditetspenningRisk
        | Formon::AfMoteEfterAvslag => None,
    }
}

/// The length class of a sick period, by the days of the rehabiliteringskedja (SFB 27 kap.
/// 46–49 §§: days 90, 180 and 365) and the sjuklön period (14 days); `None` for no sick day.
pub fn langdklass(dagar: u32) -> Option<&'static str> {
    Some(match dagar {
        0 => return None,
        1..=14 => "1–14",
        15..=90 => "15–90",
        91..=180 => "91–180",
        181..=365 => "181–365",
        _ => "366–",
    })
}

/// The age band of the report: the AE ages, then bands of ten to fifteen years.
pub fn aldersband(fodd: Date, idag: Date) -> Option<&'static str> {
    if fodd > idag {
        return None;
    }
    Some(match age_on(fodd, idag) {
        ..=29 => "–29",
        30..=44 => "30–44",
        45..=54 => "45–54",
        55..=64 => "55–64",
        _ => "65–",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts a register holds, each unknown until set.
    type R = crate::rules::alternativ::KandaFakta;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    const IDAG: &str = "2025-06-15";

    fn flag(r: &mut R, formon: Formon) -> Option<Flagga> {
        informera(r, d(IDAG), None).into_iter().find(|f| f.formon == formon)
    }

    /// The first case: refused at day 181 with a reported work injury, in a record
    /// shaped like register data (no incomes, no duration): flagged for livränta.
    #[test]
    fn refused_at_day_181_with_a_reported_injury_is_flagged_for_livranta() {
        let mut r = R {
            sjukpenning_nekad_normalt_arbete: Some(true),
            skada_anmald: Some(true),
            sjukdagar: Some(190),
            ..R::default()
        };
        let f = flag(&mut r, Formon::Arbetsskadelivranta).expect("flagged");
        assert_eq!(f.indikator, Indikator::ArbetsskadaNekadDag181);
        assert_eq!(f.sakerhet, Sakerhet::ShouldBeInformed);
        // The eligibility screening leaves the same record "not assessed".
        let status = alt::bedom(&mut r, d(IDAG));
        let i = alt::KATALOG.iter().position(|p| p.formon == Formon::Arbetsskadelivranta).unwrap();
        assert!(matches!(status[i], Status::NotAssessed(_)));
        // No injury, no livränta flag; an injury without a refusal waits for day 181.
        assert_eq!(
            flag(&mut R { sjukpenning_nekad_normalt_arbete: Some(true), ..R::default() }, Formon::Arbetsskadelivranta),
            None
        );
        for (dag, fires) in [(180, false), (181, true)] {
            let mut r = R { arbetsrelaterad: Some(true), sjukdagar: Some(dag), ..R::default() };
            assert_eq!(flag(&mut r, Formon::Arbetsskadelivranta).is_some(), fires, "day {dag}");
        }
    }

    /// The second case: 57 years old on sick day 420: flagged for sjukersättning, not
    /// aktivitetsersättning; from day 366, not before.
    #[test]
    fn fifty_seven_on_sick_day_420_is_flagged_for_sjukersattning_from_day_366() {
        let mut r = R { fodelsedatum: Some(d("1968-03-01")), sjukdagar: Some(420), ..R::default() };
        let f = flag(&mut r, Formon::Sjukersattning).expect("flagged");
        assert_eq!(f.indikator, Indikator::LangSjukperiod { dag: 420, fran: 366, alder: 57 });
        assert_eq!(flag(&mut r, Formon::Aktivitetsersattning), None);
        for (dag, fires) in [(365, false), (366, true)] {
            let mut r = R { fodelsedatum: Some(d("1968-03-01")), sjukdagar: Some(dag), ..R::default() };
            assert_eq!(flag(&mut r, Formon::Sjukersattning).is_some(), fires, "day {dag}");
        }
        // With sjuk- or aktivitetsersättning already, no flag.
        let mut r = R {
            fodelsedatum: Some(d("1968-03-01")),
            sjukdagar: Some(420),
            har_sa_eller_ae: Some(true),
            ..R::default()
        };
        assert_eq!(flag(&mut r, Formon::Sjukersattning), None);
    }

    /// Under 30 the same sick period points to aktivitetsersättning; the month before the 30th
    /// birthday is the last month of it (33 kap. 18 §), the month of the 30th the first of
    /// sjukersättning.
    #[test]
    fn under_30_a_long_sick_period_is_flagged_for_aktivitetsersattning() {
        let mut r = R { fodelsedatum: Some(d("1995-07-10")), sjukdagar: Some(400), ..R::default() };
        assert!(flag(&mut r, Formon::Aktivitetsersattning).is_some());
        assert_eq!(flag(&mut r, Formon::Sjukersattning), None);
        let mut r = R { fodelsedatum: Some(d("1995-06-10")), sjukdagar: Some(400), ..R::default() };
        assert_eq!(flag(&mut r, Formon::Aktivitetsersattning), None, "turns 30 this month");
        assert!(flag(&mut r, Formon::Sjukersattning).is_some());
    }

    #[test]
    fn omstallningsmote_from_day_151_or_when_refused() {
        for (dag, fires) in [(150, false), (151, true), (181, true)] {
            let mut r = R { sjukpenning: Some(true), sjukdagar: Some(dag), ..R::default() };
            assert_eq!(flag(&mut r, Formon::Omstallningsmote).is_some(), fires, "day {dag}");
        }
        let mut r = R { sjukpenning_nekad_normalt_arbete: Some(true), ..R::default() };
        assert_eq!(flag(&mut r, Formon::Omstallningsmote).map(|f| f.indikator), Some(Indikator::NekadNormaltArbete));
    }

    /// Twelve months before aktivitetsersättning ends at 30, not thirteen; also after it ended.
    #[test]
    fn sarskilda_fall_from_twelve_months_before_ae_ends() {
        // Born 1996-06-20: the last AE month is May 2026 (the month before the 30th birthday), so
        // June 2026 is twelve months from June 2025; born a month later it is thirteen.
        for (fodd, fires) in [("1996-06-20", true), ("1996-07-20", false), ("1994-01-01", true)] {
            let mut r = R { fodelsedatum: Some(d(fodd)), har_ae: Some(true), ..R::default() };
            let f = flag(&mut r, Formon::SjukpenningSarskildaFall);
            assert_eq!(f.is_some(), fires, "born {fodd}: {f:?}");
        }
        let mut r = R { fodelsedatum: Some(d("1996-06-20")), har_ae: Some(true), ..R::default() };
        assert_eq!(
            flag(&mut r, Formon::SjukpenningSarskildaFall).map(|f| f.indikator),
            Some(Indikator::AeSlutarVid30 { manader: 12, inom: 12 })
        );
    }

    /// Three months after the grant, not before; a grant before 2020 counts too; no flag once
    /// bostadstillägg is applied for.
    #[test]
    fn bostadstillagg_three_months_after_the_grant() {
        let idag = d(IDAG);
        for (beviljad, fires) in
            [("2025-03-15", true), ("2025-03-16", false), ("2025-04-01", false), ("2018-05-02", true)]
        {
            let mut r = R { har_sa_eller_ae: Some(true), ..R::default() };
            let f = informera(&mut r, idag, Some(d(beviljad))).into_iter().find(|f| f.formon == Formon::Bostadstillagg);
            assert_eq!(f.is_some(), fires, "granted {beviljad}: {f:?}");
        }
        let mut r = R { har_sa_eller_ae: Some(true), sokt_bostadstillagg: Some(true), ..R::default() };
        assert!(informera(&mut r, idag, Some(d("2018-05-02"))).iter().all(|f| f.formon != Formon::Bostadstillagg));
        // The grant date alone shows the benefit.
        let mut r = R::default();
        assert!(informera(&mut r, idag, Some(d("2025-01-02"))).iter().any(|f| f.formon == Formon::Bostadstillagg));
    }

    /// From 30 days before the window opens (90 days before the expected birth) through its
    /// last day (11 days before).
    #[test]
    fn graviditetspenning_from_ninety_to_eleven_days_before_the_birth() {
        let idag = d(IDAG);
        for (days_to_birth, fires) in [(91, false), (90, true), (60, true), (11, true), (10, false)] {
            let due = idag.plus_days(days_to_birth).unwrap();
            let mut r = R { gravid: Some(true), beraknad_forlossning: Some(due), ..R::default() };
            assert_eq!(flag(&mut r, Formon::Graviditetspenning).is_some(), fires, "{days_to_birth} days to birth");
        }
    }

    #[test]
    fn arbetsplatsinriktat_stod_from_day_30_with_an_employer() {
        for (dag, arbetslos, fires) in [(29, None, false), (30, None, true), (30, Some(true), false)] {
            let mut r = R { sjukdagar: Some(dag), arbetslos, ..R::default() };
            assert_eq!(flag(&mut r, Formon::ArbetsplatsinriktatRehabiliteringsstod).is_some(), fires, "day {dag}");
        }
    }

    /// Every indicator, by its id, is in docs/profiles.md (the match makes a new one a compile
    /// error here until it is added).
    #[test]
    fn every_indicator_is_documented() {
        let all = [
            Indikator::ArbetsskadaNekadDag181,
            Indikator::ArbetsskadaLangSjukperiod { dag: 0, fran: 0 },
            Indikator::LangSjukperiod { dag: 0, fran: 0, alder: 0 },
            Indikator::NekadNormaltArbete,
            Indikator::NaraDag181 { dag: 0, fran: 0 },
            Indikator::AeSlutarVid30 { manader: 0, inom: 0 },
            Indikator::BeviljadUtanBostadstillagg { manader: None, efter: 0 },
            Indikator::Graviditet { dagar: 0, fore: 0 },
            Indikator::UpprepadeSjukperioder,
            Indikator::SjukskrivenMedArbetsgivare { dag: 0, fran: 0 },
        ];
        for i in all {
            match i {
                Indikator::ArbetsskadaNekadDag181
                | Indikator::ArbetsskadaLangSjukperiod { .. }
                | Indikator::LangSjukperiod { .. }
                | Indikator::NekadNormaltArbete
                | Indikator::NaraDag181 { .. }
                | Indikator::AeSlutarVid30 { .. }
                | Indikator::BeviljadUtanBostadstillagg { .. }
                | Indikator::Graviditet { .. }
                | Indikator::UpprepadeSjukperioder
                | Indikator::SjukskrivenMedArbetsgivare { .. } => {}
            }
        }
        let doc = include_str!("../../docs/profiles.md");
        for i in all {
            let id = crate::domain::machine::line(&i);
            let id = id.split(' ').next().unwrap_or_default();
            assert!(doc.contains(&format!("| `{id}` |")), "docs/profiles.md does not list the indicator {id}");
        }
    }

    #[test]
    fn an_empty_record_flags_nothing() {
        assert_eq!(informera(&mut R::default(), d(IDAG), None), vec![]);
    }

    #[test]
    fn length_classes_and_age_bands_at_their_borders() {
        let classes: Vec<_> = [0, 1, 14, 15, 90, 91, 180, 181, 365, 366].map(langdklass).to_vec();
        assert_eq!(
            classes,
            [None, Some("1–14"), Some("1–14"), Some("15–90"), Some("15–90"), Some("91–180"), Some("91–180")]
                .into_iter()
                .chain([Some("181–365"), Some("181–365"), Some("366–")])
                .collect::<Vec<_>>()
        );
        let idag = d(IDAG);
        assert_eq!(aldersband(d("1995-06-16"), idag), Some("–29"));
        assert_eq!(aldersband(d("1995-06-15"), idag), Some("30–44"));
        assert_eq!(aldersband(d("1960-06-15"), idag), Some("65–"));
        assert_eq!(aldersband(d("2026-01-01"), idag), None);
    }
}
