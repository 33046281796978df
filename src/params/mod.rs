//! Dated parameters: every figure the law fixes per period, each row with its source.
//!
//! Periods are half-open (`from` inclusive, `until` exclusive) calendar months. A lookup for a
//! month without a row is an error ([`ParamError`]), never the nearest row: a year we have no
//! figure for gives an honest "not yet known". Store what the law fixes and derive the rest (caps
//! as PBB multiples, daily maxima in `rules/`).
//!
//! [`KNOWN_THROUGH`] says through which year the figures are known. A figure decided per calendar
//! year (PBB, IBB) has one row per year through it; a figure the law fixes with no end runs to
//! [`HORIZON`], the first month after it. So next year's figures are one new row per yearly table
//! and a bump of `KNOWN_THROUGH` (`tests/params.rs` checks both against each other).
//!
//! One file per family: `basbelopp.rs` (PBB, IBB), `sjukpenning.rs` (SGI floor and caps,
//! fixed daily amounts), `ersattning.rs` (sjuk- and aktivitetsersättning), `livranta.rs`,
//! `alder.rs` (pension-linked age limits), `bostadstillagg.rs` (the bands of bostadstillägg).

mod alder;
mod basbelopp;
mod bostadstillagg;
mod ersattning;
mod livranta;
mod sjukpenning;

pub use alder::*;
pub use basbelopp::*;
pub use bostadstillagg::*;
pub use ersattning::*;
pub use livranta::*;
pub use sjukpenning::*;

use crate::domain::{ym, Fraction, Kronor, YearMonth};
use serde::Serialize;

/// The last calendar year whose figures are known: every yearly table has a row for it and none
/// after it, and the tests take `KNOWN_THROUGH + 1` as the year that is not yet known.
pub const KNOWN_THROUGH: i32 = 2026;

/// The first month after the known figures: the end (`until`, exclusive) of every row the law
/// gives no end, so that a year we have not checked is "not yet known", never assumed unchanged.
pub const HORIZON: YearMonth = ym(KNOWN_THROUGH + 1, 1);

/// Every dated parameter, by name. The name is what a person sees (through i18n) when a
/// figure is missing, and what a case handler sees in the list of parameters used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Param {
    Prisbasbelopp,
    Inkomstbasbelopp,
    SgiGolv,
    SgiTak,
    GraviditetspenningSgiTak,
    ArbetssokandeTak,
    SjukpenningSarskildaFall,
    Garantinivaer,
    InkomstrelateradAndel,
    AntagandeinkomstTak,
    LivranteunderlagTak,
    Indexeringstal,
    SjukersattningSlutalder,
    BostadstillaggBand,
}

/// Why a dated parameter could not be found. Carries data; the words come from i18n.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum ParamError {
    /// Before our first row: the tool does not cover that time.
    NotCovered { param: Param, month: YearMonth },
    /// After our last row: the figure is not yet known (to us).
    NotYetKnown { param: Param, year: i32 },
}

/// One row of a table: `value` applies to every month in `from..until`.
#[derive(Clone, Copy, Debug)]
pub struct Dated<T: 'static> {
    pub from: YearMonth,
    pub until: YearMonth,
    pub value: T,
    pub source: &'static str,
}

/// A named table of dated rows, in time order.
#[derive(Debug)]
pub struct Table<T: 'static> {
    pub param: Param,
    pub rows: &'static [Dated<T>],
}

impl<T: Copy> Table<T> {
    /// The row that applies in month `m`, or why there is none.
    pub fn at(&self, m: YearMonth) -> Result<Dated<T>, ParamError> {
        if let Some(row) = self.rows.iter().find(|r| r.from <= m && m < r.until) {
            return Ok(*row);
        }
        let after_last = self.rows.last().is_some_and(|r| m >= r.until);
        if after_last {
            Err(ParamError::NotYetKnown { param: self.param, year: m.year() })
        } else {
            Err(ParamError::NotCovered { param: self.param, month: m })
        }
    }
}

/// A parameter's value as shown in the list of parameters used: typed, rendered by i18n.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum ParamValue {
    Kronor(Kronor),
    TimesPbb(Fraction),
    Share(Fraction),
    Factor(Fraction),
    Age(i32),
}

/// What every table can say about itself, for the coverage test and the handler's list.
pub trait Covers {
    fn param(&self) -> Param;
    /// `(from, until, source)` per row.
    fn spans(&self) -> Vec<(YearMonth, YearMonth, &'static str)>;
}

impl<T: Copy> Covers for Table<T> {
    fn param(&self) -> Param {
        self.param
    }

    fn spans(&self) -> Vec<(YearMonth, YearMonth, &'static str)> {
        self.rows.iter().map(|r| (r.from, r.until, r.source)).collect()
    }
}

/// Every table, for `tests/params.rs`, which walks each month and requires exactly one row.
pub fn all_tables() -> Vec<&'static dyn Covers> {
    vec![
        &PRISBASBELOPP,
        &INKOMSTBASBELOPP,
        &SGI_GOLV,
        &SGI_TAK,
        &GRAVIDITETSPENNING_SGI_TAK,
        &ARBETSSOKANDE_TAK,
        &SJUKPENNING_SARSKILDA_FALL,
        &GARANTINIVAER,
        &INKOMSTRELATERAD_ANDEL,
        &ANTAGANDEINKOMST_TAK,
        &LIVRANTEUNDERLAG_TAK,
        &INDEXERINGSTAL,
        &SJUKERSATTNING_SLUTALDER,
        &BOSTADSTILLAGG_BAND,
    ]
}

impl serde::Serialize for Fraction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_without_a_row_is_an_error_never_a_neighbour() {
        assert_eq!(PRISBASBELOPP.at(ym(2023, 6)).map(|r| r.value), Ok(Kronor(52_500)));
        let unknown = KNOWN_THROUGH + 1;
        assert_eq!(
            PRISBASBELOPP.at(ym(unknown, 1)).map(|r| r.value),
            Err(ParamError::NotYetKnown { param: Param::Prisbasbelopp, year: unknown })
        );
        assert_eq!(
            PRISBASBELOPP.at(ym(2018, 12)).map(|r| r.value),
            Err(ParamError::NotCovered { param: Param::Prisbasbelopp, month: ym(2018, 12) })
        );
    }
}
