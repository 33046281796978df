//! Bostadstillägg for people with sjuk- or aktivitetsersättning, SFB 101–102 kap.: the highest
//! amount a month, before the income deduction (inkomstavdrag), for a person living alone and
//! for each of a married or cohabiting couple. Used by `sjalvtest belopp`.
//! Not here: the income deduction and särskilt bostadstillägg (102 kap.), which need the
//! person's incomes and assets; who may get it (101 kap.; the alternatives catalogue names it).

use super::RuleError;
use super::Trace;
use crate::domain::{round_half_up_krona, sfb, Kronor, LawRef, YearMonth};
use crate::params::{ParamValue, BOSTADSTILLAGG_BAND};

/// The calculation of bostadstillägg; the sections holding the bands were not found.
pub const BERAKNING: LawRef = sfb("102", "");

/// Who the housing cost is shared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hushall {
    Ensamstaende,
    /// Married or cohabiting: each counts half of the joint housing cost.
    GiftEllerSambo,
}

/// SFB 102 kap.: the highest bostadstillägg a month: the covered shares of the housing cost up to
/// the highest cost that counts, before any income deduction.
// LEGAL-QUESTION: for a married or cohabiting couple each counts half of the joint housing cost
// (FK: "din boendekostnad är hälften av er gemensamma boendekostnad") against half the limits,
// so each gets at most half the amount for a person living alone (FK: "som mest 3 275 kronor").
// Pinned by `the_highest_bostadstillagg_is_6550_alone_and_3275_each_for_a_couple`.
pub fn hogsta_per_manad(h: Hushall, m: YearMonth, t: &mut Trace) -> Result<Kronor, RuleError> {
    let band = t.lookup(&BOSTADSTILLAGG_BAND, m, |b| ParamValue::Kronor(b.andra_grans))?;
    let delar = match h {
        Hushall::Ensamstaende => 1,
        Hushall::GiftEllerSambo => 2,
    };
    let forsta = band.forsta_grans.exact().per(delar)?;
    let andra = band.andra_grans.exact().per(delar)?;
    let upp_till_forsta = forsta.times(band.andel_upp_till_forsta)?;
    let mellan = andra.minus(forsta)?.times(band.andel_upp_till_andra)?;
    Ok(round_half_up_krona(upp_till_forsta.plus(mellan)?)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ym;
    use crate::params::{Param, ParamError};

    #[test]
    fn the_highest_bostadstillagg_is_6550_alone_and_3275_each_for_a_couple() {
        // FK: "Du kan få som mest 6 550 kronor per månad, vilket är 96 procent av bostadskostnaden
        // upp till 5 000 kronor och 70 procent av bostadskostnaden mellan 5 000 och 7 500 kronor."
        for year in 2022..=crate::params::KNOWN_THROUGH {
            let m = ym(year, 6);
            assert_eq!(hogsta_per_manad(Hushall::Ensamstaende, m, &mut Trace::new()), Ok(Kronor(6_550)));
            assert_eq!(hogsta_per_manad(Hushall::GiftEllerSambo, m, &mut Trace::new()), Ok(Kronor(3_275)));
        }
    }

    #[test]
    fn a_year_without_dated_bands_is_not_guessed() {
        let r = hogsta_per_manad(Hushall::Ensamstaende, ym(2021, 12), &mut Trace::new());
        assert!(matches!(r, Err(RuleError::Param(ParamError::NotCovered { param: Param::BostadstillaggBand, .. }))));
        let r = hogsta_per_manad(Hushall::Ensamstaende, crate::params::HORIZON, &mut Trace::new());
        assert!(matches!(r, Err(RuleError::Param(ParamError::NotYetKnown { param: Param::BostadstillaggBand, .. }))));
    }
}
