//! Sjukpenning, SFB 25–28 kap.: the sjukpenninggrundande inkomst (SGI) with its floor and cap,
//! and the daily amount at normalnivå (80 %) and fortsättningsnivå (75 %).
//! Not here: wording (i18n), yearly figures (params/sjukpenning.rs).

use super::RuleError;
use crate::domain::{round_half_up_krona, sfb, truncate_to_hundred, Exact, Fraction, Kronor, LawRef, Trace, YearMonth};
use crate::params::{ParamValue, GRAVIDITETSPENNING_SGI_TAK, PRISBASBELOPP, SGI_GOLV, SGI_TAK};

pub const SGI_TAK_REF: LawRef = sfb("25", "5");
pub const SGI_GOLV_REF: LawRef = sfb("26", "3");
pub const BERAKNINGSUNDERLAG: LawRef = sfb("28", "7");
pub const GRAVIDITETSPENNING_BELOPP: LawRef = sfb("10", "10–11");

/// Sjukpenning is computed on 97 % of the SGI (SFB 28 kap. 7 §).
pub const BERAKNINGSUNDERLAG_ANDEL: Fraction = Fraction::new(97, 100);
/// Normalnivå: 80 % of the beräkningsunderlag (SFB 28 kap. 7 § 1).
pub const NORMALNIVA: Fraction = Fraction::new(80, 100);
/// Fortsättningsnivå: 75 % of the beräkningsunderlag (SFB 28 kap. 7 § 2).
pub const FORTSATTNINGSNIVA: Fraction = Fraction::new(75, 100);
/// Kalenderdagsberäknad sjukpenning is a yearly amount divided by 365 (SFB 28 kap. 2–3 §§).
pub const DAGAR_PER_AR: i64 = 365;

/// The highest SGI for sjukpenning in month `m`: the cap × PBB (SFB 25 kap. 5 §).
pub fn sgi_tak(m: YearMonth, t: &mut Trace) -> Result<Kronor, RuleError> {
    let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
    let tak = t.lookup(&SGI_TAK, m, ParamValue::TimesPbb)?;
    Ok(truncate_to_hundred(pbb.exact().times(tak)?)?)
}

/// The lowest SGI in month `m`: 24 % of PBB, truncated to whole hundreds as FK does
/// (SFB 26 kap. 3 §; 0,24 × 48 300 = 11 592 gives FK's 11 500).
pub fn sgi_golv(m: YearMonth, t: &mut Trace) -> Result<Kronor, RuleError> {
    let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
    let golv = t.lookup(&SGI_GOLV, m, ParamValue::Share)?;
    Ok(truncate_to_hundred(pbb.exact().times(golv)?)?)
}

/// The highest SGI for graviditetspenning: 7,5 × PBB (SFB 10 kap. 11 §).
pub fn graviditetspenning_sgi_tak(m: YearMonth, t: &mut Trace) -> Result<Kronor, RuleError> {
    let pbb = t.lookup(&PRISBASBELOPP, m, ParamValue::Kronor)?;
    let tak = t.lookup(&GRAVIDITETSPENNING_SGI_TAK, m, ParamValue::TimesPbb)?;
    Ok(truncate_to_hundred(pbb.exact().times(tak)?)?)
}

/// The full daily sjukpenning for an SGI at a level (80 % or 75 %): level × 0,97 × SGI / 365,
/// rounded to the nearest krona (SFB 28 kap. 7 §; RULES.md §0.2).
pub fn per_dag(sgi: Kronor, niva: Fraction) -> Result<Kronor, RuleError> {
    let e: Exact = sgi.exact().times(BERAKNINGSUNDERLAG_ANDEL)?.times(niva)?.per(DAGAR_PER_AR)?;
    Ok(round_half_up_krona(e)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ym;

    fn check(sgi: i64, niva: Fraction, expected: i64) {
        assert_eq!(per_dag(Kronor(sgi), niva), Ok(Kronor(expected)), "SGI {sgi}");
    }

    #[test]
    fn daily_amounts_reproduce_rules_examples() {
        check(360_000, NORMALNIVA, 765); // E1
        check(360_000, FORTSATTNINGSNIVA, 718); // E1
        check(588_000, NORMALNIVA, 1_250); // E2
        check(588_000, FORTSATTNINGSNIVA, 1_172); // E2
        check(380_800, NORMALNIVA, 810); // E2, 2021 cap
        check(12_600, NORMALNIVA, 27); // E3
    }

    #[test]
    fn floor_and_cap_follow_the_year() {
        let mut t = Trace::new();
        assert_eq!(sgi_golv(ym(2022, 5), &mut t), Ok(Kronor(11_500)));
        assert_eq!(sgi_golv(ym(2023, 5), &mut t), Ok(Kronor(12_600)));
        assert_eq!(sgi_tak(ym(2021, 5), &mut t), Ok(Kronor(380_800)));
        assert_eq!(sgi_tak(ym(2025, 5), &mut t), Ok(Kronor(588_000)));
        assert_eq!(graviditetspenning_sgi_tak(ym(2024, 5), &mut t), Ok(Kronor(429_700)));
    }
}
