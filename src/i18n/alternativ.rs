//! The messages of the alternatives: the self-test "Vad mer kan passa dig?" (questions,
//! results, next steps), each catalogue entry's name, reason and next step, and the handler
//! screening's error reasons, as messages in `alternativ/*.ftl`, where the words are.

use crate::flow::AmountProblem;
use crate::rules::alternativ::{Formon, Steg};
use crate::screen::Problem;
use crate::text::{self, Arg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AltMsg {
    // The self-test.
    Title,
    Intro,
    QInsured,
    NInsured,
    HInsured,
    QBirthDate,
    NBirthDate,
    QBenefitNow,
    NBenefitNow,
    ChoiceHasSa,
    ChoiceHasAe,
    ChoiceHadAe,
    ChoiceNeither,
    QCapacity,
    NCapacity,
    HCapacity,
    ChoiceDontKnow,
    QDurationMonths,
    ChoiceLessThanYear,
    ChoiceAtLeastYear,
    NDurationMonths,
    HDurationMonths,
    QSchooling,
    NSchooling,
    HSchooling,
    QPermanent,
    NPermanent,
    HPermanent,
    QAppliedBts,
    NAppliedBts,
    QInRehab,
    NInRehab,
    HInRehab,
    QOnSickPay,
    NOnSickPay,
    QSickDays,
    ChoiceUpTo180Days,
    Choice181DaysOrMore,
    NSickDays,
    HSickDays,
    QSickPayDenied,
    NSickPayDenied,
    HSickPayDenied,
    QUnemployed,
    NUnemployed,
    HUnemployed,
    QWorkRelated,
    NWorkRelated,
    HWorkRelated,
    QIncomeBefore,
    NIncomeBefore,
    QIncomeAfter,
    NIncomeAfter,
    HIncomeAfter,
    QInjuryReported,
    NInjuryReported,
    HInjuryReported,
    QPreventive,
    NPreventive,
    HPreventive,
    QPregnant,
    NPregnant,
    QDemandingJob,
    NDemandingJob,
    QDueDate,
    NDueDate,
    QFrequentSickness,
    NFrequentSickness,
    HFrequentSickness,
    QNeedsAids,
    NNeedsAids,
    HNeedsAids,

    // The catalogue.
    Benefit(Formon),
    Reason(Formon),
    Next(Formon),
    NotSuggested(Formon),
    NotAssessed(Formon),

    // The result.
    HeadSuggestions,
    HeadNothing,
    NotAssessedValue,
    NoteNotAssessed,
    NoteOutsideCatalogue,
    NoteLivrantaAndSa,
    NextReportInjury,
    NextNothingFound,
    NextHelp,

    // The handler screening.
    Problem(Problem),
}

impl AltMsg {
    /// The message in the `.ftl` files (src/i18n/alternativ/).
    pub fn msg(&self) -> text::Msg {
        use AltMsg::*;
        match self {
            Title => text::alt_title(),
            Intro => text::alt_intro(),
            QInsured => text::alt_q_insured(),
            NInsured => text::alt_n_insured(),
            HInsured => text::alt_h_insured(),
            QBirthDate => text::alt_q_birth_date(),
            NBirthDate => text::alt_n_birth_date(),
            QBenefitNow => text::alt_q_benefit_now(),
            NBenefitNow => text::alt_n_benefit_now(),
            ChoiceHasSa => text::alt_choice_has_sa(),
            ChoiceHasAe => text::alt_choice_has_ae(),
            ChoiceHadAe => text::alt_choice_had_ae(),
            ChoiceNeither => text::alt_choice_neither(),
            QCapacity => text::alt_q_capacity(),
            NCapacity => text::alt_n_capacity(),
            HCapacity => text::alt_h_capacity(),
            ChoiceDontKnow => text::alt_choice_dont_know(),
            QDurationMonths => text::alt_q_duration_months(),
            ChoiceLessThanYear => text::alt_choice_less_than_year(),
            ChoiceAtLeastYear => text::alt_choice_at_least_year(),
            NDurationMonths => text::alt_n_duration_months(),
            HDurationMonths => text::alt_h_duration_months(),
            QSchooling => text::alt_q_schooling(),
            NSchooling => text::alt_n_schooling(),
            HSchooling => text::alt_h_schooling(),
            QPermanent => text::alt_q_permanent(),
            NPermanent => text::alt_n_permanent(),
            HPermanent => text::alt_h_permanent(),
            QAppliedBts => text::alt_q_applied_bts(),
            NAppliedBts => text::alt_n_applied_bts(),
            QInRehab => text::alt_q_in_rehab(),
            NInRehab => text::alt_n_in_rehab(),
            HInRehab => text::alt_h_in_rehab(),
            QOnSickPay => text::alt_q_on_sick_pay(),
            NOnSickPay => text::alt_n_on_sick_pay(),
            QSickDays => text::alt_q_sick_days(),
            ChoiceUpTo180Days => text::alt_choice_up_to_180_days(),
            Choice181DaysOrMore => text::alt_choice_181_days_or_more(),
            NSickDays => text::alt_n_sick_days(),
            HSickDays => text::alt_h_sick_days(),
            QSickPayDenied => text::alt_q_sick_pay_denied(),
            NSickPayDenied => text::alt_n_sick_pay_denied(),
            HSickPayDenied => text::alt_h_sick_pay_denied(),
            QUnemployed => text::alt_q_unemployed(),
            NUnemployed => text::alt_n_unemployed(),
            HUnemployed => text::alt_h_unemployed(),
            QWorkRelated => text::alt_q_work_related(),
            NWorkRelated => text::alt_n_work_related(),
            HWorkRelated => text::alt_h_work_related(),
            QIncomeBefore => text::alt_q_income_before(),
            NIncomeBefore => text::alt_n_income_before(),
            QIncomeAfter => text::alt_q_income_after(),
            NIncomeAfter => text::alt_n_income_after(),
            HIncomeAfter => text::alt_h_income_after(),
            QInjuryReported => text::alt_q_injury_reported(),
            NInjuryReported => text::alt_n_injury_reported(),
            HInjuryReported => text::alt_h_injury_reported(),
            QPreventive => text::alt_q_preventive(),
            NPreventive => text::alt_n_preventive(),
            HPreventive => text::alt_h_preventive(),
            QPregnant => text::alt_q_pregnant(),
            NPregnant => text::alt_n_pregnant(),
            QDemandingJob => text::alt_q_demanding_job(),
            NDemandingJob => text::alt_n_demanding_job(),
            QDueDate => text::alt_q_due_date(),
            NDueDate => text::alt_n_due_date(),
            QFrequentSickness => text::alt_q_frequent_sickness(),
            NFrequentSickness => text::alt_n_frequent_sickness(),
            HFrequentSickness => text::alt_h_frequent_sickness(),
            QNeedsAids => text::alt_q_needs_aids(),
            NNeedsAids => text::alt_n_needs_aids(),
            HNeedsAids => text::alt_h_needs_aids(),
            HeadSuggestions => text::alt_head_suggestions(),
            HeadNothing => text::alt_head_nothing(),
            NotAssessedValue => text::alt_not_assessed_value(),
            NoteNotAssessed => text::alt_note_not_assessed(),
            NoteOutsideCatalogue => text::alt_note_outside_catalogue(),
            NoteLivrantaAndSa => text::alt_note_livranta_and_sa(),
            NextReportInjury => text::alt_next_report_injury(),
            NextNothingFound => text::alt_next_nothing_found(),
            NextHelp => text::alt_next_help(),
            Benefit(b) => benefit(*b),
            Reason(b) => reason(*b),
            Next(b) => next(*b),
            NotSuggested(b) => text::alt_not_suggested(benefit(*b)),
            NotAssessed(b) => text::alt_not_assessed(benefit(*b)),
            Problem(p) => problem(*p),
        }
    }
}

fn benefit(b: Formon) -> text::Msg {
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
    }
}

fn reason(b: Formon) -> text::Msg {
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
    }
}

fn next(b: Formon) -> text::Msg {
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
    }
}

fn problem(p: Problem) -> text::Msg {
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
        P::UnclosedQuote => text::alt_problem_unclosed_quote(),
        P::DuplicateKey => text::alt_problem_duplicate_key(),
        P::NotJson => text::alt_problem_not_json(),
        P::NotAnObject => text::alt_problem_not_an_object(),
        P::NotAPlainValue => text::alt_problem_not_a_plain_value(),
    }
}

/// The words for a step of `rules::alternativ`: for a suggestion the entry's reason, else that
/// it does not fit or could not be assessed.
pub fn steg(s: &Steg) -> super::Msg {
    super::Msg::Alternativ(match *s {
        Steg::Foreslas { formon } => AltMsg::Reason(formon),
        Steg::ForeslasInte { formon } => AltMsg::NotSuggested(formon),
        Steg::InteBedomd { formon, .. } => AltMsg::NotAssessed(formon),
    })
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
    use crate::i18n::Lang;
    use crate::rules::alternativ::KATALOG;

    #[test]
    fn each_step_is_worded_as_the_entry_it_is_about() {
        for p in KATALOG.iter() {
            let f = p.formon;
            let words = |s: Steg| steg(&s);
            assert_eq!(words(Steg::Foreslas { formon: f }), super::super::Msg::Alternativ(AltMsg::Reason(f)));
            assert_eq!(words(Steg::ForeslasInte { formon: f }), super::super::Msg::Alternativ(AltMsg::NotSuggested(f)));
            let not = Steg::InteBedomd { formon: f, saknas: "x" };
            assert_eq!(words(not.clone()), super::super::Msg::Alternativ(AltMsg::NotAssessed(f)));
            assert_eq!(failed(&not).0, steg(&not));
        }
        let reason = steg(&Steg::Foreslas { formon: Formon::Arbetshjalpmedel }).render(Lang::En);
        assert_eq!(reason, "You need aids to be able to work, and you have a job.");
    }
}
