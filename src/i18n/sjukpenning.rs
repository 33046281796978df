//! The messages of the sjukpenning calculator (questions, rule steps, results, next steps) and
//! which message in `sjukpenning/*.ftl` each typed step is. The words are in the `.ftl` files;
//! the livränta self-test has its own and reuses none of these.

use super::Msg;
use crate::i18n;
use crate::rules::sjukpenning::Steg;
use crate::text::{self, Arg};

/// The words for a step of `rules::sjukpenning`.
pub fn steg(s: &Steg) -> Msg {
    match *s {
        Steg::NedsattArbetsformagaAntas => text::sp_assumes_reduced_capacity(),
        Steg::SgiKanInteBeraknas { fel } => i18n::rule_error(&fel),
        Steg::Inkomst { inkomst } => text::sp_step_income(inkomst),
        Steg::InkomstMinstGolvet { golv, .. } => text::sp_income_at_least_floor(golv),
        Steg::OverTaket { inkomst, tak } => text::sp_step_capped(tak, inkomst),
        Steg::SgiAvrundad { sgi } => text::sp_step_sgi(sgi),
        Steg::PerDag { niva, andel, sgi, belopp } => {
            text::sp_step_per_day(belopp, Arg::Percent(niva), sgi, Arg::Factor(andel))
        }
        Steg::ArbetssokandeTak { tak, tillampat } => {
            if tillampat {
                text::sp_job_seeker_cap_applied_true(tak)
            } else {
                text::sp_job_seeker_cap_applied_false(tak)
            }
        }
        Steg::ArbetssokandeTakInteKant => text::sp_job_seeker_cap_not_yet_known(),
        Steg::ParameterSaknas { fel } => i18n::param_missing(&fel),
        Steg::KedjanArbetssokande { fran } => text::sp_chain_job_seeker(fran),
        Steg::Dag1Till90 { fran, till } => text::sp_chain_days_1_to_90(fran, till),
        Steg::Dag91Till180 { fran, till } => text::sp_chain_days_91_to_180(fran, till),
        Steg::FranDag181 { fran, till } => text::sp_chain_from_day_181(fran, till),
        Steg::FranDag366 { fran } => text::sp_chain_from_day_366(fran),
        Steg::SjukperioderLaggsSamman => text::sp_chain_periods_joined(),
        Steg::NormalnivaI364Dagar => text::sp_level_drops_after_364_days(),
    }
}

/// The words for a failed step of `rules::sjukpenning`: the condition, the person's value, the limit.
/// Only the floor can fail; any other step is shown as itself.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    match *s {
        Steg::InkomstMinstGolvet { inkomst, golv } => (
            text::sp_income_at_least_floor(golv),
            text::sp_value_per_year(inkomst),
            text::sp_limit_at_least_per_year(golv),
        ),
        _ => {
            let m = steg(s);
            (m.clone(), m.clone(), m)
        }
    }
}

/// The words for a change that would turn the verdict.
pub fn andring(a: &crate::rules::sjukpenning::Andring) -> Msg {
    use crate::rules::sjukpenning::Andring as A;
    match *a {
        A::InkomstTillGolvet { saknas, minst } => text::sp_change_income_to_floor(minst, saknas),
    }
}

/// What moves the sjukpenning (issue 13), in words.
pub fn paverkan(p: &crate::rules::sjukpenning::Paverkan) -> Msg {
    use crate::domain::Kronor;
    use crate::rules::sjukpenning::Paverkan as P;
    match *p {
        P::Inkomst { steg, per_manad } => text::sp_moves_income(Kronor(per_manad.abs()), steg),
        P::InkomstOverTaket { tak } => text::sp_moves_income_capped(tak),
        P::ArbetssokandeTak { tak } => text::sp_moves_job_seeker_cap(tak),
    }
}
