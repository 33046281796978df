//! A year's derived amounts, as Försäkringskassan publishes them under "Aktuella belopp":
//! each computed from the dated parameters by the same rule functions the self-tests use,
//! never typed in. Used by `sjalvtest belopp` and checked against FK's figures in tests.

use super::aktivitetsersattning::{garantiniva, inkomstrelaterad_ersattning, Forsakringstid};
use super::{sjukpenning as sp, RuleError};
use crate::domain::{round_half_up_krona, Exact, Kronor, Trace, YearMonth};
use crate::params::{Aldersband, ParamValue, LIVRANTEUNDERLAG_TAK, PRISBASBELOPP};
use serde::Serialize;

/// The keys and order of `sjalvtest belopp --format json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AktuellaBelopp {
    #[serde(skip)]
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
    })
}

impl AktuellaBelopp {
    /// `(key, value)` pairs in output order, for the readable table.
    pub fn rows(&self) -> Vec<(&'static str, Kronor)> {
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
