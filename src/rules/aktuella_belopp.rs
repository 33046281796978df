//! A year's derived amounts, as Försäkringskassan publishes them under "Aktuella belopp":
//! each computed from the dated parameters by the same rule functions the self-tests use,
//! never typed in. Used by `sjalvtest belopp` and checked against FK's figures in tests.
//! The figures every year has are plain fields; the ones a year may lack (the indexeringstal,
//! bostadstillägg before 2022) are `Option`s, and [`AktuellaBelopp::not_known`] says why.

use super::aktivitetsersattning::{garantiniva, inkomstrelaterad_ersattning, Forsakringstid};
use super::bostadstillagg::{self as bts, Hushall};
use super::Trace;
use super::{sjukpenning as sp, RuleError};
use crate::domain::{round_half_up_krona, Exact, Fraction, Kronor, YearMonth};
use crate::params::{Aldersband, ParamError, ParamValue, INDEXERINGSTAL, LIVRANTEUNDERLAG_TAK, PRISBASBELOPP};

/// The keys and order of `sjalvtest belopp --format json` (see [`AktuellaBelopp::fields`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AktuellaBelopp {
    pub year: i32,
    pub prisbasbelopp: Kronor,
    pub sgi_max_sjukpenning: Kronor,
    pub sgi_min: Kronor,
    pub sjukpenning_max_per_day_80pct: Kronor,
    pub sjukpenning_max_per_day_75pct: Kronor,
    pub sjukpenning_min_per_day_80pct: Kronor,
    pub sjukpenning_min_per_day_75pct: Kronor,
    pub graviditetspenning_max_per_day: Kronor,
    pub garanti_full_lt21_per_year: Kronor,
    pub garanti_full_lt21_per_month: Kronor,
    pub garanti_full_21to23_per_year: Kronor,
    pub garanti_full_21to23_per_month: Kronor,
    pub garanti_full_23to25_per_year: Kronor,
    pub garanti_full_23to25_per_month: Kronor,
    pub garanti_full_25to27_per_year: Kronor,
    pub garanti_full_25to27_per_month: Kronor,
    pub garanti_full_27to29_per_year: Kronor,
    pub garanti_full_27to29_per_month: Kronor,
    pub garanti_full_29to30_per_year: Kronor,
    pub garanti_full_29to30_per_month: Kronor,
    pub garanti_full_30plus_per_year: Kronor,
    pub garanti_full_30plus_per_month: Kronor,
    pub ir_max_full_per_year: Kronor,
    pub ir_max_full_per_month: Kronor,
    pub livranta_max_per_year: Kronor,
    /// The highest full sjukpenning a day for an unemployed job seeker (SFB 28 kap.).
    pub sjukpenning_max_per_day_unemployed: Option<Kronor>,
    /// The indexeringstal for the omräkning of livräntor in January (SFB 41 kap. 21 §).
    pub livranta_indexeringstal: Option<Fraction>,
    /// The highest sjukpenning i särskilda fall a day, full level (SFB 28 a kap.).
    pub sjukpenning_sarskilda_fall_max_per_day: Option<Kronor>,
    /// The highest bostadstillägg a month for a person with SA/AE living alone (SFB 102 kap.).
    pub bostadstillagg_max_single_per_month: Option<Kronor>,
    /// The same for each of a married or cohabiting couple.
    pub bostadstillagg_max_couple_each_per_month: Option<Kronor>,
    /// The keys left out for this year, and why (a figure not known for the year).
    pub not_known: Vec<(&'static str, ParamError)>,
}

/// One figure of the year: whole kronor, or a factor such as the indexeringstal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Kronor(Kronor),
    Factor(Fraction),
}

impl Figure {
    /// As a JSON number: kronor as an integer, a factor with four decimals (FK writes 1,0270).
    pub fn json(self) -> String {
        match self {
            Figure::Kronor(k) => k.0.to_string(),
            Figure::Factor(f) => decimal4(f, '.'),
        }
    }
}

/// A factor with four decimals, a half rounded up: 10 270/10 000 → "1.0270".
pub fn decimal4(f: Fraction, point: char) -> String {
    let (num, den) = (i128::from(f.num()) * 10_000, i128::from(f.den()));
    let tenths_of_thousandths = (2 * num + den).div_euclid(2 * den);
    let (whole, frac) = (tenths_of_thousandths.div_euclid(10_000), tenths_of_thousandths.rem_euclid(10_000));
    format!("{whole}{point}{frac:04}")
}

/// A figure the year may lack: `Some` when known, `None` with the reason recorded when a dated
/// parameter has no row for the year; any other error stops the whole computation.
fn optional<T>(
    key: &'static str,
    r: Result<T, RuleError>,
    not_known: &mut Vec<(&'static str, ParamError)>,
) -> Result<Option<T>, RuleError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(RuleError::Param(e)) => {
            not_known.push((key, e));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Yearly and monthly amounts from an exact yearly amount: each rounded to the nearest krona,
/// a half up (RULES.md §0.2: 2,58 × 48 300 / 12 = 10 384,5 → 10 385).
fn per_year_and_month(e: Exact) -> Result<(Kronor, Kronor), RuleError> {
    Ok((round_half_up_krona(e)?, round_half_up_krona(e.per(12)?)?))
}

/// The amounts for `year`, computed for January (all of them are fixed per calendar year).
pub fn for_year(year: i32) -> Result<AktuellaBelopp, RuleError> {
    let m = YearMonth::new(year, 1).map_err(|_| RuleError::Overflow)?;
    let mut t = Trace::new();
    let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
    let sgi_max = sp::sgi_tak(m, &mut t)?;
    let sgi_min = sp::sgi_golv(m, &mut t)?;
    let gravid_max = sp::graviditetspenning_sgi_tak(m, &mut t)?;
    let garanti = |band| -> Result<(Kronor, Kronor), RuleError> {
        per_year_and_month(garantiniva(band, pbb, m, Forsakringstid::Full, &mut Trace::new())?)
    };
    let (lt21_y, lt21_m) = garanti(Aldersband::Under21)?;
    let (b21_y, b21_m) = garanti(Aldersband::Fran21)?;
    let (b23_y, b23_m) = garanti(Aldersband::Fran23)?;
    let (b25_y, b25_m) = garanti(Aldersband::Fran25)?;
    let (b27_y, b27_m) = garanti(Aldersband::Fran27)?;
    let (b29_y, b29_m) = garanti(Aldersband::Fran29)?;
    let (b30_y, b30_m) = garanti(Aldersband::Fran30)?;
    // The highest inkomstrelaterad ersättning: an antagandeinkomst far above the cap.
    let ir_max = inkomstrelaterad_ersattning(Some(Kronor(i64::MAX / 1_000_000)), pbb, m, &mut t)?;
    let (ir_y, ir_m) = per_year_and_month(ir_max)?;
    let livranta_tak = t.lookup(&LIVRANTEUNDERLAG_TAK, m, ParamValue::TimesPbb)?;
    let mut not_known = Vec::new();
    // The job seeker's cap is the rule's daily amount at the highest SGI (28 kap. 7 § and the cap).
    let unemployed = sp::dagbelopp(sgi_max, true, m, &mut Trace::new()).map(|d| d.normalniva);
    let unemployed = optional("sjukpenning_max_per_day_unemployed", unemployed, &mut not_known)?;
    let index = t.lookup(&INDEXERINGSTAL, m, ParamValue::Factor).map_err(RuleError::from);
    let index = optional("livranta_indexeringstal", index, &mut not_known)?;
    let sarskilda_fall = sp::sarskilda_fall_hogsta_per_dag(m, &mut t);
    let sarskilda_fall = optional("sjukpenning_sarskilda_fall_max_per_day", sarskilda_fall, &mut not_known)?;
    let bts_single = bts::hogsta_per_manad(Hushall::Ensamstaende, m, &mut t);
    let bts_single = optional("bostadstillagg_max_single_per_month", bts_single, &mut not_known)?;
    let bts_couple = bts::hogsta_per_manad(Hushall::GiftEllerSambo, m, &mut t);
    let bts_couple = optional("bostadstillagg_max_couple_each_per_month", bts_couple, &mut not_known)?;
    Ok(AktuellaBelopp {
        year,
        prisbasbelopp: pbb,
        sgi_max_sjukpenning: sgi_max,
        sgi_min,
        sjukpenning_max_per_day_80pct: sp::per_dag(sgi_max, sp::NORMALNIVA)?,
        sjukpenning_max_per_day_75pct: sp::per_dag(sgi_max, sp::FORTSATTNINGSNIVA)?,
        sjukpenning_min_per_day_80pct: sp::per_dag(sgi_min, sp::NORMALNIVA)?,
        sjukpenning_min_per_day_75pct: sp::per_dag(sgi_min, sp::FORTSATTNINGSNIVA)?,
        graviditetspenning_max_per_day: sp::per_dag(gravid_max, sp::NORMALNIVA)?,
        garanti_full_lt21_per_year: lt21_y,
        garanti_full_lt21_per_month: lt21_m,
        garanti_full_21to23_per_year: b21_y,
        garanti_full_21to23_per_month: b21_m,
        garanti_full_23to25_per_year: b23_y,
        garanti_full_23to25_per_month: b23_m,
        garanti_full_25to27_per_year: b25_y,
        garanti_full_25to27_per_month: b25_m,
        garanti_full_27to29_per_year: b27_y,
        garanti_full_27to29_per_month: b27_m,
        garanti_full_29to30_per_year: b29_y,
        garanti_full_29to30_per_month: b29_m,
        garanti_full_30plus_per_year: b30_y,
        garanti_full_30plus_per_month: b30_m,
        ir_max_full_per_year: ir_y,
        ir_max_full_per_month: ir_m,
        livranta_max_per_year: round_half_up_krona(pbb.exact().times(livranta_tak)?)?,
        sjukpenning_max_per_day_unemployed: unemployed,
        livranta_indexeringstal: index,
        sjukpenning_sarskilda_fall_max_per_day: sarskilda_fall,
        bostadstillagg_max_single_per_month: bts_single,
        bostadstillagg_max_couple_each_per_month: bts_couple,
        not_known,
    })
}

impl AktuellaBelopp {
    /// Every known figure as `(key, value)`, in output order: the kronor of [`Self::rows`], then
    /// the optional figures the year has. A key the year lacks is left out (see `not_known`).
    pub fn fields(&self) -> Vec<(&'static str, Figure)> {
        let mut out: Vec<(&'static str, Figure)> =
            self.always().into_iter().map(|(k, v)| (k, Figure::Kronor(v))).collect();
        let optional = [
            ("sjukpenning_max_per_day_unemployed", self.sjukpenning_max_per_day_unemployed.map(Figure::Kronor)),
            ("livranta_indexeringstal", self.livranta_indexeringstal.map(Figure::Factor)),
            ("sjukpenning_sarskilda_fall_max_per_day", self.sjukpenning_sarskilda_fall_max_per_day.map(Figure::Kronor)),
            ("bostadstillagg_max_single_per_month", self.bostadstillagg_max_single_per_month.map(Figure::Kronor)),
            (
                "bostadstillagg_max_couple_each_per_month",
                self.bostadstillagg_max_couple_each_per_month.map(Figure::Kronor),
            ),
        ];
        out.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        out
    }

    /// One flat JSON object of [`Self::fields`], in order; keys are fixed ASCII names, values
    /// numbers, so no escaping is needed.
    pub fn to_json(&self) -> String {
        let body: Vec<String> = self.fields().into_iter().map(|(k, v)| format!("\"{k}\":{}", v.json())).collect();
        format!("{{{}}}", body.join(","))
    }

    /// `(key, value)` pairs of the known amounts in kronor, in output order (the indexeringstal,
    /// a factor, is only in [`Self::fields`]).
    pub fn rows(&self) -> Vec<(&'static str, Kronor)> {
        let optional = [
            ("sjukpenning_max_per_day_unemployed", self.sjukpenning_max_per_day_unemployed),
            ("sjukpenning_sarskilda_fall_max_per_day", self.sjukpenning_sarskilda_fall_max_per_day),
            ("bostadstillagg_max_single_per_month", self.bostadstillagg_max_single_per_month),
            ("bostadstillagg_max_couple_each_per_month", self.bostadstillagg_max_couple_each_per_month),
        ];
        let mut rows = self.always();
        rows.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        rows
    }

    fn always(&self) -> Vec<(&'static str, Kronor)> {
        vec![
            ("prisbasbelopp", self.prisbasbelopp),
            ("sgi_max_sjukpenning", self.sgi_max_sjukpenning),
            ("sgi_min", self.sgi_min),
            ("sjukpenning_max_per_day_80pct", self.sjukpenning_max_per_day_80pct),
            ("sjukpenning_max_per_day_75pct", self.sjukpenning_max_per_day_75pct),
            ("sjukpenning_min_per_day_80pct", self.sjukpenning_min_per_day_80pct),
            ("sjukpenning_min_per_day_75pct", self.sjukpenning_min_per_day_75pct),
            ("graviditetspenning_max_per_day", self.graviditetspenning_max_per_day),
            ("garanti_full_lt21_per_year", self.garanti_full_lt21_per_year),
            ("garanti_full_lt21_per_month", self.garanti_full_lt21_per_month),
            ("garanti_full_21to23_per_year", self.garanti_full_21to23_per_year),
            ("garanti_full_21to23_per_month", self.garanti_full_21to23_per_month),
            ("garanti_full_23to25_per_year", self.garanti_full_23to25_per_year),
            ("garanti_full_23to25_per_month", self.garanti_full_23to25_per_month),
            ("garanti_full_25to27_per_year", self.garanti_full_25to27_per_year),
            ("garanti_full_25to27_per_month", self.garanti_full_25to27_per_month),
            ("garanti_full_27to29_per_year", self.garanti_full_27to29_per_year),
            ("garanti_full_27to29_per_month", self.garanti_full_27to29_per_month),
            ("garanti_full_29to30_per_year", self.garanti_full_29to30_per_year),
            ("garanti_full_29to30_per_month", self.garanti_full_29to30_per_month),
            ("garanti_full_30plus_per_year", self.garanti_full_30plus_per_year),
            ("garanti_full_30plus_per_month", self.garanti_full_30plus_per_month),
            ("ir_max_full_per_year", self.ir_max_full_per_year),
            ("ir_max_full_per_month", self.ir_max_full_per_month),
            ("livranta_max_per_year", self.livranta_max_per_year),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_have_four_decimals() {
        assert_eq!(decimal4(Fraction::new(10_270, 10_000), '.'), "1.0270");
        assert_eq!(decimal4(Fraction::new(10_143, 10_000), ','), "1,0143");
        assert_eq!(decimal4(Fraction::new(2, 3), '.'), "0.6667");
    }

    #[test]
    fn a_year_lists_each_missing_figure_with_its_reason() {
        let b = for_year(2024).unwrap();
        assert_eq!(b.livranta_indexeringstal, None);
        assert!(b.not_known.iter().any(|(k, _)| *k == "livranta_indexeringstal"));
        assert!(!b.to_json().contains("livranta_indexeringstal"));
        let b = for_year(2022).unwrap();
        assert!(b.to_json().ends_with(",\"livranta_indexeringstal\":1.0270,\"sjukpenning_sarskilda_fall_max_per_day\":160,\"bostadstillagg_max_single_per_month\":6550,\"bostadstillagg_max_couple_each_per_month\":3275}"), "{}", b.to_json());
        assert!(b.not_known.is_empty());
    }
}
