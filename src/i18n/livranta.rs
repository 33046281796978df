//! The messages of the arbetsskadelivränta self-test (questions, rule steps, results, next
//! steps) and which message in `livranta/*.ftl` each typed step and note is. Shares (the degree
//! of reduction) are shown as percentages with two decimals (`Arg::PercentRounded`); the exact
//! fraction stays in the machine rows. The words are in the `.ftl` files.

use super::Msg;
use crate::i18n;
use crate::rules::livranta::{Anmalan, Handelse, Not, Provning, SaAe, Steg};
use crate::text::{self, Arg};

/// The words for a change that would turn the verdict.
pub fn andring(a: &crate::rules::livranta::Andring) -> Msg {
    use crate::rules::livranta::Andring as A;
    match *a {
        A::ForlustTillEnFemtondel { saknas, minst } => text::lr_change_loss_to_one_fifteenth(minst, saknas),
        A::ForlustTillFjardedelPrisbasbelopp { saknas, minst } => text::lr_change_loss_to_quarter_pbb(minst, saknas),
        A::LangreVaraktighet { saknas, krav } => text::lr_change_longer_duration(krav, saknas),
        A::GodkandArbetsskada => text::lr_change_approved(),
    }
}

/// What happened, as the result page names it.
pub fn injury_type(h: Handelse) -> Msg {
    match h {
        Handelse::Arbetsolycksfall => text::lr_injury_type_arbetsolycksfall(),
        Handelse::Fardolycksfall => text::lr_injury_type_fardolycksfall(),
        Handelse::Arbetssjukdom => text::lr_injury_type_arbetssjukdom(),
        Handelse::Smitta => text::lr_injury_type_smitta(),
        Handelse::Annat => text::lr_injury_type_annat(),
    }
}

/// The benefit as the key `lr-step-sa-ae-estimated` selects on.
fn sa_ae_key(formon: SaAe) -> &'static str {
    match formon {
        SaAe::Sjukersattning => "sjukersattning",
        SaAe::Aktivitetsersattning => "aktivitetsersattning",
    }
}

/// The words for a step of `rules::livranta`.
pub fn steg(s: &Steg) -> Msg {
    match *s {
        Steg::Arbetsskada { handelse } => match handelse {
            Handelse::Arbetsolycksfall => text::lr_work_accident(),
            Handelse::Fardolycksfall => text::lr_commuting_accident(),
            Handelse::Arbetssjukdom => text::lr_illness_from_work(),
            Handelse::Smitta => text::lr_infection_at_work(),
            Handelse::Annat => text::lr_injury_linked_to_work(),
        },
        Steg::Olycksdag { dag } => text::lr_injury_date_accident(dag),
        Steg::Visandedag { dag } => text::lr_injury_date_first_showed(dag),
        Steg::ForeBevisregeln2002 => text::lr_older_evidence_rule(),
        Steg::Arbetsskadeanmalan { anmalan } => match anmalan {
            Anmalan::Ja => text::lr_report_made(),
            Anmalan::Nej => text::lr_report_not_made(),
            Anmalan::VetEj => text::lr_report_unknown(),
        },
        Steg::GodkandArbetsskada { provning: Provning::InteBeslutad } => text::lr_not_yet_decided(),
        Steg::GodkandArbetsskada { provning: Provning::Godkand | Provning::Avslagen } => {
            text::lr_approved_as_work_injury()
        }
        Steg::IngenInkomstFore => text::lr_no_income_before(),
        Steg::Nedsattning { fore, efter, forlust, grad } => {
            text::lr_step_reduction(efter, fore, Arg::PercentRounded(grad), forlust)
        }
        Steg::EnFemtondel { grad, .. } => text::lr_loss_at_least_one_fifteenth(Arg::PercentRounded(grad)),
        Steg::FjardedelPrisbasbelopp { forlust, pbb, minst, .. } => {
            text::lr_loss_at_least_quarter_pbb(minst, forlust, pbb)
        }
        Steg::FjardedelPrisbasbeloppOkand { fel } => i18n::param_missing(&fel),
        Steg::VaraktighetOkand => text::lr_duration_unknown(),
        Steg::MinstEttAr { .. } => text::lr_lasts_at_least_one_year(),
        Steg::Livranteunderlag { inkomst, faktor, pbb, tak, underlag, takad } => {
            if takad {
                text::lr_step_underlag_capped_true(tak, Arg::Factor(faktor), inkomst, pbb, underlag)
            } else {
                text::lr_step_underlag_capped_false(tak, Arg::Factor(faktor), pbb, underlag)
            }
        }
        Steg::LivrantaPerAr { grad, underlag, per_ar } => {
            text::lr_step_livranta(Arg::PercentRounded(grad), per_ar, underlag)
        }
        Steg::PerManad { per_ar, per_manad } => text::lr_step_per_month(per_manad, per_ar),
        Steg::EjErsattOverTaket { forlust, livranta, ej_ersatt } => {
            text::lr_step_uncovered_above_cap(livranta, forlust, ej_ersatt)
        }
        Steg::Omrakning { ar, indexeringstal, fore, indexerad, hogst, belopp } => {
            text::lr_step_omrakning(fore, hogst, Arg::Factor(indexeringstal), indexerad, belopp, ar)
        }
        Steg::OmrakningOkand { ar } => text::lr_omrakning_not_yet_known(ar),
        Steg::KanInteBeraknas { fel } => i18n::rule_error(&fel),
        Steg::SjukpenningNekad => text::lr_sick_pay_refused(),
        Steg::SaAeUppgiven { per_manad, per_ar } => text::lr_step_sa_ae_given(per_manad, per_ar),
        Steg::SaAeUppskattad { formon, niva, antagandeinkomst } => {
            text::lr_step_sa_ae_estimated(sa_ae_key(formon), antagandeinkomst, super::ui::level_adjective(niva))
        }
        Steg::IngenSaAeUnderEnFjardedel { .. } => text::lr_no_sa_ae_below_quarter(),
        Steg::SamordnadLivranta { livranta, sa_ae, per_ar } => text::lr_step_coordination(livranta, per_ar, sa_ae),
        Steg::IngenSjukpenningUnderEnFjardedel { .. } => text::lr_no_sick_pay_below_quarter(),
        Steg::IngenSjukpenningUtanSgi { .. } => text::lr_no_sick_pay_no_sgi(),
        Steg::SjukpenningForForlusten { sgi, niva, per_dag, per_manad } => {
            text::lr_step_sick_pay(super::ui::level_adjective(niva), per_dag, per_manad, sgi)
        }
    }
}

/// The words for a failed step of `rules::livranta`: the condition, the person's value, the limit.
/// A step that is never a failed condition has only its own words.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    let (criterion, value, limit) = match *s {
        Steg::Arbetsskada { .. } => {
            (text::lr_injury_linked_to_work(), text::lr_value_something_else(), text::lr_limit_linked_to_work())
        }
        Steg::GodkandArbetsskada { .. } => {
            (text::lr_approved_as_work_injury(), text::lr_value_refused(), text::lr_limit_approved())
        }
        Steg::EnFemtondel { grad, forlust, minsta_forlust, .. } => (
            text::lr_loss_at_least_one_fifteenth(Arg::PercentRounded(grad)),
            text::lr_value_loss(Arg::PercentRounded(grad), forlust),
            text::lr_limit_one_fifteenth(minsta_forlust),
        ),
        Steg::FjardedelPrisbasbelopp { forlust, grad, pbb, minst } => (
            text::lr_loss_at_least_quarter_pbb(minst, forlust, pbb),
            text::lr_value_loss(Arg::PercentRounded(grad), forlust),
            text::lr_limit_quarter_pbb(minst),
        ),
        Steg::MinstEttAr { manader, .. } => {
            (text::lr_lasts_at_least_one_year(), text::lr_value_months(manader), text::lr_limit_twelve_months())
        }
        Steg::Olycksdag { .. }
        | Steg::Visandedag { .. }
        | Steg::ForeBevisregeln2002
        | Steg::Arbetsskadeanmalan { .. }
        | Steg::IngenInkomstFore
        | Steg::Nedsattning { .. }
        | Steg::FjardedelPrisbasbeloppOkand { .. }
        | Steg::VaraktighetOkand
        | Steg::Livranteunderlag { .. }
        | Steg::LivrantaPerAr { .. }
        | Steg::PerManad { .. }
        | Steg::EjErsattOverTaket { .. }
        | Steg::Omrakning { .. }
        | Steg::OmrakningOkand { .. }
        | Steg::KanInteBeraknas { .. }
        | Steg::SjukpenningNekad
        | Steg::SaAeUppgiven { .. }
        | Steg::SaAeUppskattad { .. }
        | Steg::IngenSaAeUnderEnFjardedel { .. }
        | Steg::SamordnadLivranta { .. }
        | Steg::IngenSjukpenningUnderEnFjardedel { .. }
        | Steg::IngenSjukpenningUtanSgi { .. }
        | Steg::SjukpenningForForlusten { .. } => {
            let m = steg(s);
            return (m.clone(), m.clone(), m);
        }
    };
    (criterion, value, limit)
}

/// The words for a note of `rules::livranta`.
pub fn not(n: &Not) -> Msg {
    match *n {
        Not::Trafikforsakring => text::lr_note_traffic_insurance(),
        Not::OvervagandeSkal => text::lr_note_illness_evidence(),
        Not::ForeBevisregeln2002 => text::lr_older_evidence_rule(),
        Not::InteProvad => text::lr_not_yet_decided(),
        Not::Omprovning => text::lr_note_reconsideration(),
        Not::IngenInkomstFore => text::lr_no_income_before(),
        Not::EjErsattUnderEnFemtondel { belopp } => text::lr_note_uncovered_below_one_fifteenth(belopp),
        Not::AnsokOmDenVararLangre => text::lr_note_apply_when_longer(),
        Not::Omrakning => text::lr_note_omrakning(),
        Not::EjErsattOverTaket { belopp } => text::lr_note_uncovered_above_cap(belopp),
        Not::SjukpenningOchLivranta { sjukpenning_per_manad, livranta_per_manad } => {
            text::lr_note_sick_pay_vs_livranta(livranta_per_manad, sjukpenning_per_manad)
        }
        Not::SjukpenningNekad => text::lr_sick_pay_refused(),
        Not::NyttArbete => text::lr_note_changed_job(),
        Not::IngenSaAeUnderEnFjardedel => text::lr_no_sa_ae_below_quarter(),
        Not::HelaErsattningenAvraknad => text::lr_note_coordination_share(),
        Not::SaAeUppskattad { per_manad } => text::lr_note_sa_ae_estimated(per_manad),
    }
}

/// What moves the livränta (issue 13), in words.
pub fn paverkan(p: &crate::rules::livranta::Paverkan) -> Msg {
    use crate::domain::Kronor;
    use crate::rules::livranta::Paverkan as P;
    match *p {
        P::InkomstFore { steg, per_manad } => text::lr_moves_income_before(Kronor(per_manad.abs()), steg),
        P::InkomstForeOverTaket { tak } => text::lr_moves_income_before_capped(tak),
        P::InkomstEfter { steg, per_manad } => text::lr_moves_income_after(Kronor(per_manad.abs()), steg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Fraction, Kronor};
    use crate::i18n::{format as f, Lang, Render};

    #[test]
    fn shares_show_as_percentages_with_two_decimals() {
        assert_eq!(f::percent_rounded(Fraction::new(2, 7), Lang::Sv), "28,57\u{a0}%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 15), Lang::En), "6.67%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 3), Lang::En), "33.33%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 20), Lang::Sv), "5,00\u{a0}%");
        assert_eq!(f::percent_rounded(Fraction::ZERO, Lang::En), "0.00%");
    }

    #[test]
    fn a_failed_step_gives_the_condition_the_persons_value_and_the_limit() {
        let (criterion, value, limit) = failed(&Steg::MinstEttAr { manader: 11, krav: 12 });
        assert_eq!(
            (criterion, value, limit),
            (text::lr_lasts_at_least_one_year(), text::lr_value_months(11), text::lr_limit_twelve_months())
        );
        let grad = Fraction::new(1, 20);
        let femtondel = Steg::EnFemtondel {
            grad,
            krav: Fraction::new(1, 15),
            forlust: Kronor(15_000),
            minsta_forlust: Kronor(20_000),
        };
        assert_eq!(steg(&femtondel), text::lr_loss_at_least_one_fifteenth(Arg::PercentRounded(grad)));
        assert_eq!(failed(&femtondel).1.render(Lang::En), "5.00%, that is SEK\u{a0}15,000 per year");
        assert_eq!(failed(&femtondel).2, text::lr_limit_one_fifteenth(Kronor(20_000)));
    }

    #[test]
    fn what_happened_picks_the_words_of_the_arbetsskada_step() {
        let words = |handelse| steg(&Steg::Arbetsskada { handelse }).render(Lang::Sv);
        assert!(words(Handelse::Fardolycksfall).contains("färdolycksfall"));
        assert_eq!(words(Handelse::Annat), text::lr_injury_linked_to_work().render(Lang::Sv));
        assert_eq!(
            not(&Not::EjErsattOverTaket { belopp: Kronor(7_500) }),
            text::lr_note_uncovered_above_cap(Kronor(7_500))
        );
    }
}
