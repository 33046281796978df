//! One copy of each rule (issue 12, item 6): over generated cases, the catalogue's suggestion of
//! aktivitets- and sjukersättning (`rules::alternativ`) agrees with the decision of the
//! aktivitetsersättning self-test (`rules::aktivitetsersattning::bedom`).
//!
//! Agreement, for facts both know (insured by living in Sweden or not; a reduction whose
//! duration is less than a year, at least a year, or stadigvarande; schooling prolonged or not):
//! - aktivitetsersättning is suggested exactly when `bedom`, for a ground the person has
//!   (reduced capacity, or prolonged schooling), says "may be eligible" for it from this month;
//! - sjukersättning is suggested exactly when `bedom` says "may be eligible" for it from this
//!   month, or, before 30, for aktivitetsersättning at full level with its SFB 33 kap. 16 § step
//!   (full sjukersättning instead): "Hel sjukersättning kan lämnas tidigast från och med juli det
//!   år då den försäkrade fyller 19 år" (16 §, quoted in Vägledning 2013:1 ch. 3), so both fit.

use sjalvtest::domain::{Date, YearMonth};
use sjalvtest::rules::aktivitetsersattning::{
    self as ae, Beslut, Fakta, Forsakrad, Forsakringstid, Grund, Inkomstuppgift, Varaktighet,
};
use sjalvtest::rules::alternativ::{self as alt, Formon, KandaFakta, Status};
use sjalvtest::rules::{Fact, Level, Verdict};

#[derive(Clone, Copy, Debug)]
struct Case {
    fodd: Date,
    forsakrad: bool,
    nedsattning: Option<Level>,
    varaktighet: Varaktighet,
    skolgang: bool,
    skolgang_slutar: YearMonth,
    grund: Grund,
}

impl Fakta for Case {
    fn fodelsedatum(&mut self) -> Fact<Date> {
        Ok(self.fodd)
    }
    fn forsakrad(&mut self) -> Fact<Forsakrad> {
        Ok(if self.forsakrad { Forsakrad::BorISverige } else { Forsakrad::Nej })
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
        Ok(self.skolgang)
    }
    fn skolgang_slutar(&mut self) -> Fact<YearMonth> {
        Ok(self.skolgang_slutar)
    }
    fn forsakringstid(&mut self) -> Fact<Forsakringstid> {
        Ok(Forsakringstid::Full)
    }
    fn inkomst(&mut self) -> Fact<Option<Inkomstuppgift>> {
        Ok(None)
    }
}

impl Case {
    /// The same case as the catalogue's facts; the facts of the other entries stay unknown, as
    /// the two entries compared here do not read them.
    fn alternativ(&self) -> KandaFakta {
        KandaFakta {
            forsakrad: Some(self.forsakrad),
            fodelsedatum: Some(self.fodd),
            har_sa_eller_ae: Some(false),
            har_ae: Some(false),
            nedsattning: Some(self.nedsattning),
            varaktighet_manader: Some(if self.varaktighet == Varaktighet::KortareAnEttAr { 11 } else { 12 }),
            stadigvarande: Some(self.varaktighet == Varaktighet::Stadigvarande),
            skolgang_forlangd: Some(self.skolgang),
            ..KandaFakta::default()
        }
    }
}

fn status(all: &[Status; alt::ANTAL], formon: Formon) -> Status {
    let i = alt::KATALOG.iter().position(|p| p.formon == formon).unwrap();
    all[i]
}

/// "May be eligible" for `formon` from the month assessed.
fn from_now(b: &Beslut, formon: ae::Formon, manad: YearMonth) -> bool {
    b.verdict == Verdict::MayBeEligible && b.formon == Some(formon) && b.first_month == Some(manad)
}

/// The decision carries the 33 kap. 16 § step of the aktivitetsersättning branch: full
/// sjukersättning before 30 instead. Read by its paragraph, so it holds whatever the step's type.
fn notes_full_sa_before_30(b: &Beslut) -> bool {
    b.formon == Some(ae::Formon::Aktivitetsersattning)
        && b.trace.steps.iter().any(|s| s.law == ae::SJUKERSATTNING_ALDER)
}

#[test]
fn the_catalogue_suggests_aktivitets_and_sjukersattning_exactly_when_the_self_test_decides_so() {
    let mut cases = 0;
    let mut suggested = [0; 3];
    for year in 2022..=2026 {
        for month in [1, 3, 6, 7, 12] {
            let idag = Date::parse(&format!("{year}-{month:02}-15")).unwrap();
            let manad = idag.year_month();
            // Ages 18–31: birthdays in this month, the next (the month before the birthday
            // month) and the one before, so 19th and 30th birthdays fall on each side.
            let mut births = Vec::new();
            for age in 18..=31 {
                for offset in [-1i64, 0, 1, 6] {
                    let m = manad.plus_months(offset - 12 * age).unwrap();
                    births.push(Date::parse(&format!("{}-{:02}-10", m.year(), m.month())).unwrap());
                }
            }
            for fodd in births {
                for forsakrad in [true, false] {
                    for nedsattning in
                        [None, Some(Level::Quarter), Some(Level::Half), Some(Level::ThreeQuarters), Some(Level::Full)]
                    {
                        for varaktighet in
                            [Varaktighet::KortareAnEttAr, Varaktighet::MinstEttAr, Varaktighet::Stadigvarande]
                        {
                            for skolgang in [false, true] {
                                let base = Case {
                                    fodd,
                                    forsakrad,
                                    nedsattning,
                                    varaktighet,
                                    skolgang,
                                    skolgang_slutar: manad.plus_months(6).unwrap(),
                                    grund: Grund::NedsattArbetsformaga,
                                };
                                let katalog = alt::bedom(&mut base.alternativ(), idag);
                                let nedsatt = ae::bedom(&mut base.clone(), idag).unwrap();
                                let skola =
                                    ae::bedom(&mut Case { grund: Grund::ForlangdSkolgang, ..base }, idag).unwrap();
                                let ae_now = [&nedsatt, &skola]
                                    .iter()
                                    .any(|b| from_now(b, ae::Formon::Aktivitetsersattning, manad));
                                let sa_now = from_now(&nedsatt, ae::Formon::Sjukersattning, manad)
                                    || (from_now(&nedsatt, ae::Formon::Aktivitetsersattning, manad)
                                        && nedsatt.level == Some(Level::Full)
                                        && notes_full_sa_before_30(&nedsatt));
                                // Suggested exactly then; otherwise not suggested, with a reason.
                                let fits = |formon| match status(&katalog, formon) {
                                    Status::Suggest => Some(true),
                                    Status::NotSuggested(_) => Some(false),
                                    Status::NotAssessed(_) => None,
                                };
                                let ctx = format!("{base:?} on {idag}: {nedsatt:?}");
                                assert_eq!(fits(Formon::Aktivitetsersattning), Some(ae_now), "AE {ctx}");
                                assert_eq!(fits(Formon::Sjukersattning), Some(sa_now), "SA {ctx}");
                                cases += 1;
                                suggested[0] += usize::from(ae_now);
                                suggested[1] += usize::from(sa_now);
                                suggested[2] +=
                                    usize::from(sa_now && nedsatt.formon == Some(ae::Formon::Aktivitetsersattning));
                            }
                        }
                    }
                }
            }
        }
    }
    // Every kind of result was reached: AE, SA from 30, and full SA before 30.
    assert!(cases > 50_000, "{cases}");
    assert!(suggested.iter().all(|n| *n > 100), "{suggested:?}");
}

#[test]
fn the_first_month_of_sjukersattning_is_the_one_the_self_test_pays_back_to() {
    // The catalogue reads SFB 33 kap. 16 § through `ae::sjukersattning_tidigast`; the self-test's
    // back pay (`retroaktivt`) stops at the same month.
    let fodd = Date::parse("2000-05-10").unwrap();
    assert_eq!(ae::sjukersattning_tidigast(fodd, Level::Full), YearMonth::new(2019, 7).ok());
    for niva in [Level::Quarter, Level::Half, Level::ThreeQuarters] {
        assert_eq!(ae::sjukersattning_tidigast(fodd, niva), YearMonth::new(2030, 5).ok());
    }
    let idag = Date::parse("2030-06-15").unwrap();
    let mut case = Case {
        fodd,
        forsakrad: true,
        nedsattning: Some(Level::Half),
        varaktighet: Varaktighet::Stadigvarande,
        skolgang: false,
        skolgang_slutar: idag.year_month(),
        grund: Grund::NedsattArbetsformaga,
    };
    let b = ae::bedom(&mut case, idag).unwrap();
    assert_eq!(b.back_pay_from, ae::sjukersattning_tidigast(fodd, Level::Half));
}
