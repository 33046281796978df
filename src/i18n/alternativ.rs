//! The messages of the alternatives: the self-test "Vad mer kan passa dig?" (questions,
//! results, next steps), each catalogue entry's name, reason and next step, and the handler
//! screening's error reasons, as messages in `alternativ/*.ftl`, where the words are.

use crate::flow::AmountProblem;
use crate::rules::alternativ::{Formon, Steg, Varfor};
use crate::screen::Problem;
use crate::text::{self, Arg};

/// The entry's name.
pub fn benefit(b: Formon) -> text::Msg {
    match b {
        Formon::Aktivitetsersattning => text::alt_benefit_aktivitetsersattning(),
        Formon::Sjukersattning => text::alt_benefit_sjukersattning(),
        Formon::Bostadstillagg => text::alt_benefit_bostadstillagg(),
        Formon::SjukpenningSarskildaFall => text::alt_benefit_sjukpenning_sarskilda_fall(),
        Formon::RehabiliteringspenningSarskildaFall => text::alt_benefit_rehabiliteringspenning_sarskilda_fall(),
        Formon::Omstallningsmote => text::alt_benefit_omstallningsmote(),
        Formon::ArbetsplatsinriktatRehabiliteringsstod => text::alt_benefit_arbetsplatsinriktat_rehabiliteringsstod(),
        Formon::Arbetsskadelivranta => text::alt_benefit_arbetsskadelivranta(),
        Formon::ForebyggandeSjukpenning => text::alt_benefit_forebyggande_sjukpenning(),
        Formon::Rehabiliteringspenning => text::alt_benefit_rehabiliteringspenning(),
        Formon::SarskiltHogriskskydd => text::alt_benefit_sarskilt_hogriskskydd(),
        Formon::Arbetshjalpmedel => text::alt_benefit_arbetshjalpmedel(),
        Formon::Graviditetspenning => text::alt_benefit_graviditetspenning(),
        Formon::Arbetsresor => text::alt_benefit_arbetsresor(),
        Formon::GraviditetspenningRisk => text::alt_benefit_graviditetspenning_risk(),
        Formon::SjukpenningEfterAe => text::alt_benefit_sjukpenning_efter_ae(),
        Formon::Arbetsloshetsersattning => text::alt_benefit_arbetsloshetsersattning(),
        Formon::AfMoteEfterAvslag => text::alt_benefit_af_mote_efter_avslag(),
    }
}

/// The entry's reason to suggest it.
pub fn reason(b: Formon) -> text::Msg {
    match b {
        Formon::Aktivitetsersattning => text::alt_reason_aktivitetsersattning(),
        Formon::Sjukersattning => text::alt_reason_sjukersattning(),
        Formon::Bostadstillagg => text::alt_reason_bostadstillagg(),
        Formon::SjukpenningSarskildaFall => text::alt_reason_sjukpenning_sarskilda_fall(),
        Formon::RehabiliteringspenningSarskildaFall => text::alt_reason_rehabiliteringspenning_sarskilda_fall(),
        Formon::Omstallningsmote => text::alt_reason_omstallningsmote(),
        Formon::ArbetsplatsinriktatRehabiliteringsstod => text::alt_reason_arbetsplatsinriktat_rehabiliteringsstod(),
        Formon::Arbetsskadelivranta => text::alt_reason_arbetsskadelivranta(),
        Formon::ForebyggandeSjukpenning => text::alt_reason_forebyggande_sjukpenning(),
        Formon::Rehabiliteringspenning => text::alt_reason_rehabiliteringspenning(),
        Formon::SarskiltHogriskskydd => text::alt_reason_sarskilt_hogriskskydd(),
        Formon::Arbetshjalpmedel => text::alt_reason_arbetshjalpmedel(),
        Formon::Graviditetspenning => text::alt_reason_graviditetspenning(),
        Formon::Arbetsresor => text::alt_reason_arbetsresor(),
        Formon::GraviditetspenningRisk => text::alt_reason_graviditetspenning_risk(),
        Formon::SjukpenningEfterAe => text::alt_reason_sjukpenning_efter_ae(),
        Formon::Arbetsloshetsersattning => text::alt_reason_arbetsloshetsersattning(),
        Formon::AfMoteEfterAvslag => text::alt_reason_af_mote_efter_avslag(),
    }
}

/// The entry's next step.
pub fn next(b: Formon) -> text::Msg {
    match b {
        Formon::Aktivitetsersattning => text::alt_next_aktivitetsersattning(),
        Formon::Sjukersattning => text::alt_next_sjukersattning(),
        Formon::Bostadstillagg => text::alt_next_bostadstillagg(),
        Formon::SjukpenningSarskildaFall => text::alt_next_sjukpenning_sarskilda_fall(),
        Formon::RehabiliteringspenningSarskildaFall => text::alt_next_rehabiliteringspenning_sarskilda_fall(),
        Formon::Omstallningsmote => text::alt_next_omstallningsmote(),
        Formon::ArbetsplatsinriktatRehabiliteringsstod => text::alt_next_arbetsplatsinriktat_rehabiliteringsstod(),
        Formon::Arbetsskadelivranta => text::alt_next_arbetsskadelivranta(),
        Formon::ForebyggandeSjukpenning => text::alt_next_forebyggande_sjukpenning(),
        Formon::Rehabiliteringspenning => text::alt_next_rehabiliteringspenning(),
        Formon::SarskiltHogriskskydd => text::alt_next_sarskilt_hogriskskydd(),
        Formon::Arbetshjalpmedel => text::alt_next_arbetshjalpmedel(),
        Formon::Graviditetspenning => text::alt_next_graviditetspenning(),
        Formon::Arbetsresor => text::alt_next_arbetsresor(),
        Formon::GraviditetspenningRisk => text::alt_next_graviditetspenning_risk(),
        Formon::SjukpenningEfterAe => text::alt_next_sjukpenning_efter_ae(),
        Formon::Arbetsloshetsersattning => text::alt_next_arbetsloshetsersattning(),
        Formon::AfMoteEfterAvslag => text::alt_next_af_mote_efter_avslag(),
    }
}

/// Why a value or a record of the screening could not be read, in Swedish for the handlers.
pub fn problem(p: Problem) -> text::Msg {
    use Problem as P;
    match p {
        P::IdMissing => text::alt_problem_id_missing(),
        P::NotABoolean => text::alt_problem_not_a_boolean(),
        P::NotADate => text::alt_problem_not_a_date(),
        P::NoSuchDate => text::alt_problem_no_such_date(),
        P::DateTooEarly => text::alt_problem_date_too_early(),
        P::BirthAfterAsOf => text::alt_problem_birth_after_as_of(),
        P::NotACapacityLevel => text::alt_problem_not_a_capacity_level(),
        P::NotAWholeNumber { max } => text::alt_problem_not_a_whole_number(Arg::Grouped(i64::from(max))),
        P::Amount(AmountProblem::NotANumber) => text::alt_problem_amount_not_a_number(),
        P::Amount(AmountProblem::Negative) => text::alt_problem_amount_negative(),
        P::Amount(AmountProblem::HasOre) => text::alt_problem_amount_has_ore(),
        P::Amount(AmountProblem::TooLarge { max }) => text::alt_problem_amount_too_large(Arg::Grouped(max)),
        P::FieldCount { header, row } => text::alt_problem_field_count(header, row),
        P::NotUtf8 => text::alt_problem_not_utf8(),
        P::TooLong { max } => text::alt_problem_too_long(Arg::Grouped(i64::try_from(max).unwrap_or(i64::MAX))),
        P::TextTooLong { max } => text::alt_problem_text_too_long(Arg::Grouped(i64::try_from(max).unwrap_or(i64::MAX))),
        P::UnclosedQuote => text::alt_problem_unclosed_quote(),
        P::DuplicateKey => text::alt_problem_duplicate_key(),
        P::NotJson => text::alt_problem_not_json(),
        P::NotAnObject => text::alt_problem_not_an_object(),
        P::NotAPlainValue => text::alt_problem_not_a_plain_value(),
    }
}

/// Why an entry does not fit: the condition, with the person's value and the limit.
pub fn varfor(v: Varfor) -> text::Msg {
    use Varfor as V;
    match v {
        V::InteForsakrad => text::alt_why_inte_forsakrad(),
        V::AlderAktivitetsersattning { fran, till } => text::alt_why_alder_aktivitetsersattning(fran, till),
        V::ForeSjukersattning { fran } => text::alt_why_fore_sjukersattning(fran),
        V::DelvisSjukersattningFran { fran, .. } => text::alt_why_delvis_sjukersattning_fran(fran),
        V::EfterSistaManadSjukersattning { sista } => text::alt_why_efter_sista_manad_sjukersattning(sista),
        V::DatumOkant => text::alt_why_datum_okant(),
        V::HarRedanSaEllerAe => text::alt_why_har_redan_sa_eller_ae(),
        V::HarInteSaEllerAe => text::alt_why_har_inte_sa_eller_ae(),
        V::NedsattningUnderEnFjardedel => text::alt_why_nedsattning_under_en_fjardedel(),
        V::UnderEnFjardedelUtanForlangdSkolgang => text::alt_why_under_en_fjardedel_utan_forlangd_skolgang(),
        V::KortareAnEttArUtanForlangdSkolgang { krav, .. } => {
            text::alt_why_kortare_an_ett_ar_utan_forlangd_skolgang(krav)
        }
        V::KortareAnEttAr { krav, .. } => text::alt_why_kortare_an_ett_ar(krav),
        V::InteStadigvarande => text::alt_why_inte_stadigvarande(),
        V::RedanSoktBostadstillagg => text::alt_why_redan_sokt_bostadstillagg(),
        V::HarInteAktivitetsersattning => text::alt_why_har_inte_aktivitetsersattning(),
        V::SarskildaFallFran { fran } => text::alt_why_sarskilda_fall_fran(fran),
        V::InteIRehabilitering => text::alt_why_inte_i_rehabilitering(),
        V::SjukdagarFore { fran, .. } => text::alt_why_sjukdagar_fore(fran),
        V::InteNekadSjukpenning => text::alt_why_inte_nekad_sjukpenning(),
        V::InteSjukskriven => text::alt_why_inte_sjukskriven(),
        V::Arbetslos => text::alt_why_arbetslos(),
        V::InteArbetsrelaterad => text::alt_why_inte_arbetsrelaterad(),
        V::IngenInkomstFore => text::alt_why_ingen_inkomst_fore(),
        V::ForlustUnderEnFemtondel { forlust, minst } => text::alt_why_forlust_under_en_femtondel(minst, forlust),
        V::ForlustUnderFjardedelPrisbasbelopp { forlust, minst } => {
            text::alt_why_forlust_under_fjardedel_prisbasbelopp(minst, forlust)
        }
        V::IngenForebyggandeBehandling => text::alt_why_ingen_forebyggande_behandling(),
        V::InteOftaEllerLangeSjuk => text::alt_why_inte_ofta_eller_lange_sjuk(),
        V::BehoverInteArbetshjalpmedel => text::alt_why_behover_inte_arbetshjalpmedel(),
        V::InteGravid => text::alt_why_inte_gravid(),
        V::KanResaSomVanligt => text::alt_why_kan_resa_som_vanligt(),
        V::IngenRiskIArbetsmiljon => text::alt_why_ingen_risk_i_arbetsmiljon(),
        V::IngenSgi => text::alt_why_ingen_sgi(),
        V::Sjukskriven => text::alt_why_sjukskriven(),
        V::SjukpenningInteSlut => text::alt_why_sjukpenning_inte_slut(),
        V::InteArbetslos => text::alt_why_inte_arbetslos(),
        V::IngetAvslagSaAe => text::alt_why_inget_avslag_sa_ae(),
        V::EfterGraviditetspenningRisk { till } => text::alt_why_efter_graviditetspenning_risk(till),
        V::InteFysisktAnstrangandeArbete => text::alt_why_inte_fysiskt_anstrangande_arbete(),
        V::UtanforGraviditetspenning { fran, till } => text::alt_why_utanfor_graviditetspenning(fran, till),
    }
}

/// The words for a change that would turn "nothing found" (`rules::alternativ::andringar`).
pub fn andring(a: crate::rules::alternativ::Andring) -> text::Msg {
    use crate::rules::alternativ::Andring as A;
    match a {
        A::OmstallningsmoteFranSjukdag { fran } => text::alt_change_omstallningsmote_from_day(fran),
        A::VaraktighetMinst { krav } => text::alt_change_duration_at_least(krav),
        A::LivrantaForlustTillEnFemtondel { saknas, minst } => {
            text::alt_change_livranta_loss_to_one_fifteenth(minst, saknas)
        }
        A::LivrantaForlustTillFjardedelPrisbasbelopp { saknas, minst } => {
            text::alt_change_livranta_loss_to_quarter_pbb(minst, saknas)
        }
        A::AktivitetsersattningFran { fran } => text::alt_change_aktivitetsersattning_from(fran),
        A::SjukersattningFran { fran } => text::alt_change_sjukersattning_from(fran),
        A::SarskildaFallFran { fran } => text::alt_change_sarskilda_fall_from(fran),
        A::GraviditetspenningFran { fran } => text::alt_change_graviditetspenning_from(fran),
    }
}

/// The words for a step of `rules::alternativ`: for a suggestion the entry's reason, else that
/// it does not fit or could not be assessed.
pub fn steg(s: &Steg) -> super::Msg {
    match *s {
        Steg::Foreslas { formon } => reason(formon),
        Steg::ForeslasInte { formon, varfor: why } => text::alt_not_suggested(benefit(formon), varfor(why)),
        Steg::InteBedomd { formon, .. } => text::alt_not_assessed(benefit(formon)),
    }
}

/// The words for a failed step of `rules::alternativ`: the condition, the person's value, the
/// limit. The catalogue never fails a step (its outcome names no failed criterion: each entry
/// is suggested, not suggested or not assessed), so the step's own words stand for all three.
pub fn failed(s: &Steg) -> (super::Msg, super::Msg, super::Msg) {
    let words = steg(s);
    (words.clone(), words.clone(), words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Render};
    use crate::rules::alternativ::KATALOG;

    #[test]
    fn each_step_is_worded_as_the_entry_it_is_about() {
        for p in KATALOG.iter() {
            let f = p.formon;
            let words = |s: Steg| steg(&s);
            assert_eq!(words(Steg::Foreslas { formon: f }), reason(f));
            let why = Varfor::InteGravid;
            assert_eq!(
                words(Steg::ForeslasInte { formon: f, varfor: why }),
                text::alt_not_suggested(benefit(f), varfor(why))
            );
            let not = Steg::InteBedomd { formon: f, saknas: "x" };
            assert_eq!(words(not.clone()), text::alt_not_assessed(benefit(f)));
            assert_eq!(failed(&not).0, steg(&not));
        }
        let reason = steg(&Steg::Foreslas { formon: Formon::Arbetshjalpmedel }).render(Lang::En);
        assert_eq!(
            reason,
            "You have said that you need aids to be able to work. According to your answers, you also have a job."
        );
    }

    #[test]
    fn each_reason_names_the_persons_value_and_the_limit_in_every_language() {
        use crate::domain::{Date, Kronor, YearMonth};
        let ym = |y, m| YearMonth::new(y, m).unwrap();
        let d = |s| Date::parse(s).unwrap();
        let cases = [
            (Varfor::SjukdagarFore { dag: 180, fran: 181 }, ["181", "181", "181"]),
            (
                Varfor::ForlustUnderEnFemtondel { forlust: Kronor(19_999), minst: Kronor(20_000) },
                ["19 999", "19,999", "19 999"],
            ),
            (
                Varfor::ForlustUnderFjardedelPrisbasbelopp { forlust: Kronor(1_000), minst: Kronor(14_800) },
                ["14 800", "14,800", "14 800"],
            ),
            (Varfor::AlderAktivitetsersattning { fran: ym(2025, 7), till: ym(2036, 10) }, ["2036", "2036", "2036"]),
            (
                Varfor::UtanforGraviditetspenning { fran: d("2024-05-01"), till: d("2024-06-19") },
                ["19 juni 2024", "19 June 2024", "19 juni 2024"],
            ),
            (Varfor::KortareAnEttAr { manader: 11, krav: 12 }, ["12 månader", "12 months", "12 månader"]),
        ];
        for (why, expected) in cases {
            for (lang, want) in [Lang::Sv, Lang::En, Lang::SvLattlast].into_iter().zip(expected) {
                // Thousands are grouped with a no-break space.
                let words = varfor(why).render(lang).replace(['\u{a0}', '\u{202f}'], " ");
                assert!(words.contains(want), "{why:?} in {lang:?}: {words}");
            }
        }
        let loss = varfor(Varfor::ForlustUnderEnFemtondel { forlust: Kronor(19_999), minst: Kronor(20_000) });
        assert_eq!(
            loss.render(Lang::Sv).replace(['\u{a0}', '\u{202f}'], " "),
            "Din inkomstförlust är 19 999 kr per år. Det krävs minst en femtondel av inkomsten före skadan, för dig 20 000 kr per år."
        );
    }
}
