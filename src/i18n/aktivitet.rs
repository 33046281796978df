//! The messages of the aktivitetsersättning and sjukersättning self-test (questions, rule steps,
//! results, next steps) and which message in `aktivitet/*.ftl` each typed step and note is.
//! The words are in the `.ftl` files (Swedish in Klarspråk, English, lättläst).

use super::{Msg, UiMsg};
use crate::i18n;
use crate::params::Aldersband;
use crate::rules::aktivitetsersattning::{Not, Steg, Varaktighet};
use crate::text::{self, Arg};

/// The age band as the key `ae-step-garantiniva` selects on.
fn band_key(b: Aldersband) -> &'static str {
    match b {
        Aldersband::Under21 => "under21",
        Aldersband::Fran21 => "fran21",
        Aldersband::Fran23 => "fran23",
        Aldersband::Fran25 => "fran25",
        Aldersband::Fran27 => "fran27",
        Aldersband::Fran29 => "fran29",
        Aldersband::Fran30 => "fran30",
    }
}

/// The words for a step of `rules::aktivitetsersattning`.
pub fn steg(s: &Steg) -> Msg {
    match *s {
        Steg::ForsakradISverige => text::ae_insured_in_sweden(),
        Steg::ArbetarISverige => text::ae_insured_cross_border(),
        Steg::AePeriod { fran, till_och_med } => text::ae_ae_window(fran, till_och_med),
        Steg::HelaArbetsmarknaden => text::ae_assessed_against_whole_labour_market(),
        Steg::NedsattMinstEnFjardedel { .. } => text::ae_reduction_at_least_quarter(),
        Steg::Formansniva { niva } => {
            text::ae_level_from_reduction(super::ui::level_adjective(niva), super::ui::level_share(niva))
        }
        Steg::MinstEttAr { .. } => text::ae_lasts_at_least_a_year(),
        Steg::Stadigvarande { .. } => text::ae_permanent(),
        Steg::VaraktighetOkand => text::ae_duration_unknown(),
        Steg::HogstTreAr => text::ae_at_most_three_years(),
        Steg::HelSjukersattningFore30 => text::ae_full_sa_before_30(),
        Steg::SkolgangForlangd { .. } => text::ae_schooling_extended_by_disability(),
        Steg::SkolgangEfterJuli19 { juli, .. } => text::ae_schooling_not_finished_by_july_19(juli),
        Steg::SkolgangPagar { fran, .. } => text::ae_schooling_goes_on(fran),
        Steg::SkolgangHelNiva => text::ae_schooling_always_full(),
        Steg::SjukersattningAlder { sista, .. } => text::ae_sa_age_limit(sista),
        Steg::SlutalderObestamd { ar, alder } => text::ae_sa_age_limit_undecided(alder, ar),
        Steg::ParameterOkand { fel } => i18n::param_missing(&fel),
        Steg::AldreForsakrad => text::ae_older_applicant_rule(),
        Steg::AldreForsakradOkand => text::ae_older_applicant_rule_unknown(),
        Steg::Retroaktivt { ansokningsmanad, fran } => text::ae_back_pay_from(ansokningsmanad, fran),
        Steg::Garantiniva { band, faktor, pbb, belopp } => {
            text::ae_step_garantiniva(belopp, band_key(band), Arg::Factor(faktor), pbb)
        }
        Steg::GarantinivaForsakringstid { ar, belopp } => text::ae_step_forsakringstid(belopp, Arg::Factor(ar)),
        Steg::Forsakringstid { faktisk, framtida, summa } => {
            text::ae_step_framtida_forsakringstid(faktisk, Arg::Factor(framtida), Arg::Factor(summa))
        }
        Steg::IngenInkomst => text::ae_step_no_income(),
        Steg::Arsinkomst { ar, inkomst, over_tak, raknad } => {
            if over_tak {
                text::ae_step_income_year_capped(raknad, inkomst, ar)
            } else {
                text::ae_step_income_year(raknad, inkomst, ar)
            }
        }
        Steg::Antagandeinkomst { basta_ar, belopp } => text::ae_step_antagandeinkomst(belopp, basta_ar),
        Steg::AntagandeinkomstTak { inkomst, tak } => text::ae_step_income_capped(tak, inkomst),
        Steg::Inkomstrelaterad { andel, inkomst, belopp } => {
            text::ae_step_inkomstrelaterad(belopp, inkomst, Arg::Percent(andel))
        }
        Steg::Garantiersattning { inkomstrelaterad, garantiersattning, summa } => {
            text::ae_step_top_up(garantiersattning, inkomstrelaterad, summa)
        }
        Steg::Niva { niva, per_ar } => text::ae_step_level(super::ui::level_adjective(niva), per_ar),
        Steg::PerManad { manad, belopp } => text::ae_step_per_month(manad, belopp),
    }
}

/// The words for a failed step of `rules::aktivitetsersattning`: the condition, the person's value, the limit.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    let criterion = steg(s);
    let (value, limit) = match *s {
        Steg::ForsakradISverige => (text::ae_value_not_insured(), text::ae_limit_insured()),
        Steg::NedsattMinstEnFjardedel { nedsattning, krav } => {
            (UiMsg::LevelOption { level: nedsattning }.msg(), UiMsg::LevelOption { level: Some(krav) }.msg())
        }
        Steg::MinstEttAr { .. } => (text::ae_value_less_than_year(), text::ae_limit_at_least_year()),
        Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr } => {
            (text::ae_value_less_than_year(), text::ae_limit_permanent())
        }
        Steg::Stadigvarande { .. } => (text::ae_value_at_least_year_not_permanent(), text::ae_limit_permanent()),
        Steg::SkolgangForlangd { forlangd } => (yes_no(forlangd), yes_no(true)),
        Steg::SkolgangEfterJuli19 { slutar, juli } => {
            (text::ae_value_schooling_ends(slutar), text::ae_limit_schooling_after(juli))
        }
        Steg::SkolgangPagar { slutar, fran } => {
            (text::ae_value_schooling_ends(slutar), text::ae_limit_schooling_from(fran))
        }
        Steg::SjukersattningAlder { alder, sista } => (text::years(alder), text::ae_limit_through(sista)),
        // Steps that are facts or amounts, never a failed condition: the step itself.
        Steg::ArbetarISverige
        | Steg::AePeriod { .. }
        | Steg::HelaArbetsmarknaden
        | Steg::Formansniva { .. }
        | Steg::VaraktighetOkand
        | Steg::HogstTreAr
        | Steg::HelSjukersattningFore30
        | Steg::SkolgangHelNiva
        | Steg::SlutalderObestamd { .. }
        | Steg::ParameterOkand { .. }
        | Steg::AldreForsakrad
        | Steg::AldreForsakradOkand
        | Steg::Retroaktivt { .. }
        | Steg::Garantiniva { .. }
        | Steg::GarantinivaForsakringstid { .. }
        | Steg::Forsakringstid { .. }
        | Steg::IngenInkomst
        | Steg::Arsinkomst { .. }
        | Steg::Antagandeinkomst { .. }
        | Steg::AntagandeinkomstTak { .. }
        | Steg::Inkomstrelaterad { .. }
        | Steg::Garantiersattning { .. }
        | Steg::Niva { .. }
        | Steg::PerManad { .. } => (criterion.clone(), criterion.clone()),
    };
    (criterion, value, limit)
}

fn yes_no(b: bool) -> Msg {
    if b { UiMsg::Yes } else { UiMsg::No }.msg()
}

/// The words for a note of `rules::aktivitetsersattning`.
pub fn not(n: &Not) -> Msg {
    match *n {
        Not::HogstTreAr => text::ae_at_most_three_years(),
        Not::HelSjukersattningFore30 => text::ae_full_sa_before_30(),
        Not::AeSlutarVid30 { sista } => text::ae_when_ae_ends_at_30(sista),
        Not::SlutalderObestamd { ar, alder } => text::ae_sa_age_limit_undecided(alder, ar),
        Not::AldreForsakrad => text::ae_older_applicant_rule(),
        Not::SlutalderFoljerRiktalder => text::ae_age_limit_follows_riktalder(),
        Not::SjukpenningEllerRehabilitering => text::ae_sick_pay_or_rehab_instead(),
    }
}

/// The words for a change that would turn the verdict.
pub fn andring(a: &crate::rules::aktivitetsersattning::Andring) -> Msg {
    use crate::rules::aktivitetsersattning::Andring as A;
    match a {
        A::NedsattMinstEnFjardedel => text::ae_change_reduced_quarter(),
        A::MinstEttAr => text::ae_change_at_least_a_year(),
        A::Stadigvarande => text::ae_change_permanent(),
    }
}

/// What moves the aktivitets- or sjukersättning (issue 13), in words.
pub fn paverkan(p: &crate::rules::aktivitetsersattning::Paverkan) -> Msg {
    use crate::domain::Kronor;
    use crate::rules::aktivitetsersattning::Paverkan as P;
    match *p {
        P::Inkomst { steg, per_manad } => text::ae_moves_income(Kronor(per_manad.abs()), steg),
        P::InkomstUnderGarantiniva { steg } => text::ae_moves_income_below_garanti(steg),
        P::InkomstOverTaket { .. } => text::ae_moves_income_over_cap(),
        P::Forsakringstid { per_manad, av } => text::ae_moves_forsakringstid(Kronor(per_manad.abs()), av),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ym;

    use crate::rules::Level;

    #[test]
    fn a_failed_step_gives_the_condition_the_value_and_the_limit() {
        let words = |s: Steg| failed(&s);
        assert_eq!(
            words(Steg::SkolgangForlangd { forlangd: false }),
            (text::ae_schooling_extended_by_disability(), text::ui_no(), text::ui_yes())
        );
        assert_eq!(
            words(Steg::NedsattMinstEnFjardedel { nedsattning: None, krav: Level::Quarter }),
            (
                text::ae_reduction_at_least_quarter(),
                UiMsg::LevelOption { level: None }.msg(),
                UiMsg::LevelOption { level: Some(Level::Quarter) }.msg()
            )
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr }).1,
            text::ae_value_less_than_year()
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::MinstEttAr }).1,
            text::ae_value_at_least_year_not_permanent()
        );
        assert_eq!(
            words(Steg::SjukersattningAlder { alder: 66, sista: ym(2024, 5) }),
            (text::ae_sa_age_limit(ym(2024, 5)), text::years(66), text::ae_limit_through(ym(2024, 5)))
        );
    }

    #[test]
    fn a_note_and_its_trace_step_say_the_same() {
        let pairs = [
            (Not::HogstTreAr, Steg::HogstTreAr),
            (Not::HelSjukersattningFore30, Steg::HelSjukersattningFore30),
            (Not::AldreForsakrad, Steg::AldreForsakrad),
            (Not::SlutalderObestamd { ar: 2030, alder: 67 }, Steg::SlutalderObestamd { ar: 2030, alder: 67 }),
        ];
        for (n, s) in pairs {
            assert_eq!(not(&n), steg(&s), "{n:?}");
        }
    }
}
