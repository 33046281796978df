//! The messages of the arbetsskadelivränta self-test (questions, rule steps, results, next
//! steps) and which message in `livranta/*.ftl` each typed step and note is. Shares (the degree
//! of reduction) are shown as percentages with two decimals (`Arg::PercentRounded`); the exact
//! fraction stays in the machine rows. The words are in the `.ftl` files.

use super::Msg;
use crate::domain::{Date, Fraction, Kronor};
use crate::rules::livranta::{Anmalan, Handelse, Not, Provning, SaAe, Steg};
use crate::rules::Level;
use crate::text::{self, Arg};

#[derive(Clone, Debug, PartialEq)]
pub enum LivrantaMsg {
    // The self-test.
    Title,
    Intro,
    QWhatHappened,
    NWhatHappened,
    ChoiceWorkAccident,
    HChoiceWorkAccident,
    ChoiceCommuting,
    ChoiceIllness,
    HChoiceIllness,
    ChoiceInfection,
    HChoiceInfection,
    ChoiceOther,
    QAccidentDate,
    NAccidentDate,
    QIllnessDate,
    NIllnessDate,
    HIllnessDate,
    QReported,
    NReported,
    HReported,
    ChoiceYes,
    ChoiceNo,
    ChoiceDontKnow,
    QDecision,
    NDecision,
    ChoiceApproved,
    ChoiceRefused,
    ChoiceNotYet,
    HChoiceNotYet,
    QSituation,
    NSituation,
    ChoiceOnSickPay,
    ChoiceSickPayRefused,
    HChoiceSickPayRefused,
    ChoiceReducedHours,
    ChoiceChangedJob,
    ChoiceSaAe,
    ChoiceOtherSituation,
    QIncomeBefore,
    NIncomeBefore,
    HIncomeBefore,
    QIncomeNow,
    NIncomeNow,
    HIncomeNow,
    QKnowsDuration,
    NKnowsDuration,
    HKnowsDuration,
    QDuration,
    NDuration,
    HDuration,
    QKnowsSaAe,
    NKnowsSaAe,
    HKnowsSaAe,
    QSaAeAmount,
    NSaAeAmount,
    HSaAeAmount,
    QWhichSaAe,
    NWhichSaAe,
    ChoiceSa,
    ChoiceAe,
    QBirthDate,
    NBirthDate,

    // Rule steps: 39 and 42 kap.
    WorkAccident,
    CommutingAccident,
    IllnessFromWork,
    InfectionAtWork,
    InjuryLinkedToWork,
    ValueSomethingElse,
    LimitLinkedToWork,
    NoteTrafficInsurance,
    NoteIllnessEvidence,
    InjuryDateAccident { date: Date },
    InjuryDateFirstShowed { date: Date },
    OlderEvidenceRule,
    ReportMade,
    ReportNotMade,
    ReportUnknown,
    ApprovedAsWorkInjury,
    NotYetDecided,
    ValueRefused,
    LimitApproved,
    NoteReconsideration,

    // Rule steps: 41 kap.
    NoIncomeBefore,
    StepReduction { before: Kronor, after: Kronor, loss: Kronor, grad: Fraction },
    LossAtLeastOneFifteenth { grad: Fraction },
    ValueLoss { loss: Kronor, grad: Fraction },
    LimitOneFifteenth { least: Kronor },
    LossAtLeastQuarterPbb { loss: Kronor, least: Kronor, pbb: Kronor },
    LimitQuarterPbb { least: Kronor },
    NoteUncoveredBelowOneFifteenth { amount: Kronor },
    DurationUnknown,
    LastsAtLeastOneYear,
    ValueMonths { months: u32 },
    LimitTwelveMonths,
    NoteApplyWhenLonger,
    StepUnderlag { income: Kronor, factor: Fraction, pbb: Kronor, cap: Kronor, underlag: Kronor, capped: bool },
    StepLivranta { grad: Fraction, underlag: Kronor, per_year: Kronor },
    StepPerMonth { per_year: Kronor, per_month: Kronor },
    StepUncoveredAboveCap { loss: Kronor, livranta: Kronor, uncovered: Kronor },
    NoteUncoveredAboveCap { amount: Kronor },
    StepOmrakning { year: i32, index: Fraction, before: Kronor, indexed: Kronor, ceiling: Kronor, result: Kronor },
    OmrakningNotYetKnown { year: i32 },
    NoteOmrakning,

    // Other benefits.
    StepSaAeGiven { per_month: Kronor, per_year: Kronor },
    StepSaAeEstimated { formon: SaAe, level: Level, income: Kronor },
    NoSaAeBelowQuarter,
    StepCoordination { livranta: Kronor, sa_ae: Kronor, result: Kronor },
    NoteCoordinationShare,
    NoteSaAeEstimated { per_month: Kronor },
    SickPayRefused,
    NoteChangedJob,
    NoSickPayBelowQuarter,
    NoSickPayNoSgi,
    StepSickPay { sgi: Kronor, level: Level, per_day: Kronor, per_month: Kronor },
    NoteSickPayVsLivranta { sick_pay_per_month: Kronor, livranta_per_month: Kronor },

    // The result.
    HeadWorthApplying,
    HeadProbablyNot,
    HeadCannotTell,
    HeadCoordinated { per_month: Kronor },
    HeadCoordinatedNothing,
    NoteNotConsidered,
    RowBeforeCoordinationPerYear,
    RowBeforeCoordinationPerMonth,
    RowSaAePerMonth,
    RowSaAeEstimated,
    RowInjuryType,
    InjuryTypeName(Handelse),
    RowInjuryDate,
    RowReduction,
    ReductionValue { grad: Fraction },
    RowIncomeLoss,
    RowUnderlag,
    RowUnderlagCapped,
    RowPerYear,
    RowPerMonth,
    RowUncoveredAboveCap,
    RowUncoveredBelowOneFifteenth,
    RowNextYear { year: i32 },
    RowNextYearBeforeCoordination { year: i32 },
    RowSickPayLevel,
    SickPayNone,
    RowSickPayPerDay,
    RowSickPayPerMonth,
    NextReport,
    NextMedicalStatement,
    NextApply,
    NextAfa,
    NextAskDoctor,
    NextProbablyNot,
    NextCannotTell,
}

/// The benefit as the key `lr-step-sa-ae-estimated` selects on.
fn sa_ae_key(formon: SaAe) -> &'static str {
    match formon {
        SaAe::Sjukersattning => "sjukersattning",
        SaAe::Aktivitetsersattning => "aktivitetsersattning",
    }
}

impl LivrantaMsg {
    /// The message in the `.ftl` files (src/i18n/livranta/).
    pub fn msg(&self) -> text::Msg {
        use LivrantaMsg::*;
        match self {
            Title => text::lr_title(),
            Intro => text::lr_intro(),
            QWhatHappened => text::lr_q_what_happened(),
            NWhatHappened => text::lr_n_what_happened(),
            ChoiceWorkAccident => text::lr_choice_work_accident(),
            HChoiceWorkAccident => text::lr_h_choice_work_accident(),
            ChoiceCommuting => text::lr_choice_commuting(),
            ChoiceIllness => text::lr_choice_illness(),
            HChoiceIllness => text::lr_h_choice_illness(),
            ChoiceInfection => text::lr_choice_infection(),
            HChoiceInfection => text::lr_h_choice_infection(),
            ChoiceOther => text::lr_choice_other(),
            QAccidentDate => text::lr_q_accident_date(),
            NAccidentDate => text::lr_n_accident_date(),
            QIllnessDate => text::lr_q_illness_date(),
            NIllnessDate => text::lr_n_illness_date(),
            HIllnessDate => text::lr_h_illness_date(),
            QReported => text::lr_q_reported(),
            NReported => text::lr_n_reported(),
            HReported => text::lr_h_reported(),
            ChoiceYes => text::lr_choice_yes(),
            ChoiceNo => text::lr_choice_no(),
            ChoiceDontKnow => text::lr_choice_dont_know(),
            QDecision => text::lr_q_decision(),
            NDecision => text::lr_n_decision(),
            ChoiceApproved => text::lr_choice_approved(),
            ChoiceRefused => text::lr_choice_refused(),
            ChoiceNotYet => text::lr_choice_not_yet(),
            HChoiceNotYet => text::lr_h_choice_not_yet(),
            QSituation => text::lr_q_situation(),
            NSituation => text::lr_n_situation(),
            ChoiceOnSickPay => text::lr_choice_on_sick_pay(),
            ChoiceSickPayRefused => text::lr_choice_sick_pay_refused(),
            HChoiceSickPayRefused => text::lr_h_choice_sick_pay_refused(),
            ChoiceReducedHours => text::lr_choice_reduced_hours(),
            ChoiceChangedJob => text::lr_choice_changed_job(),
            ChoiceSaAe => text::lr_choice_sa_ae(),
            ChoiceOtherSituation => text::lr_choice_other_situation(),
            QIncomeBefore => text::lr_q_income_before(),
            NIncomeBefore => text::lr_n_income_before(),
            HIncomeBefore => text::lr_h_income_before(),
            QIncomeNow => text::lr_q_income_now(),
            NIncomeNow => text::lr_n_income_now(),
            HIncomeNow => text::lr_h_income_now(),
            QKnowsDuration => text::lr_q_knows_duration(),
            NKnowsDuration => text::lr_n_knows_duration(),
            HKnowsDuration => text::lr_h_knows_duration(),
            QDuration => text::lr_q_duration(),
            NDuration => text::lr_n_duration(),
            HDuration => text::lr_h_duration(),
            QKnowsSaAe => text::lr_q_knows_sa_ae(),
            NKnowsSaAe => text::lr_n_knows_sa_ae(),
            HKnowsSaAe => text::lr_h_knows_sa_ae(),
            QSaAeAmount => text::lr_q_sa_ae_amount(),
            NSaAeAmount => text::lr_n_sa_ae_amount(),
            HSaAeAmount => text::lr_h_sa_ae_amount(),
            QWhichSaAe => text::lr_q_which_sa_ae(),
            NWhichSaAe => text::lr_n_which_sa_ae(),
            ChoiceSa => text::lr_choice_sa(),
            ChoiceAe => text::lr_choice_ae(),
            QBirthDate => text::lr_q_birth_date(),
            NBirthDate => text::lr_n_birth_date(),
            WorkAccident => text::lr_work_accident(),
            CommutingAccident => text::lr_commuting_accident(),
            IllnessFromWork => text::lr_illness_from_work(),
            InfectionAtWork => text::lr_infection_at_work(),
            InjuryLinkedToWork => text::lr_injury_linked_to_work(),
            ValueSomethingElse => text::lr_value_something_else(),
            LimitLinkedToWork => text::lr_limit_linked_to_work(),
            NoteTrafficInsurance => text::lr_note_traffic_insurance(),
            NoteIllnessEvidence => text::lr_note_illness_evidence(),
            InjuryDateAccident { date, .. } => text::lr_injury_date_accident(*date),
            InjuryDateFirstShowed { date, .. } => text::lr_injury_date_first_showed(*date),
            OlderEvidenceRule => text::lr_older_evidence_rule(),
            ReportMade => text::lr_report_made(),
            ReportNotMade => text::lr_report_not_made(),
            ReportUnknown => text::lr_report_unknown(),
            ApprovedAsWorkInjury => text::lr_approved_as_work_injury(),
            NotYetDecided => text::lr_not_yet_decided(),
            ValueRefused => text::lr_value_refused(),
            LimitApproved => text::lr_limit_approved(),
            NoteReconsideration => text::lr_note_reconsideration(),
            NoIncomeBefore => text::lr_no_income_before(),
            StepReduction { after, before, grad, loss, .. } => {
                text::lr_step_reduction(*after, *before, Arg::PercentRounded(*grad), *loss)
            }
            LossAtLeastOneFifteenth { grad, .. } => text::lr_loss_at_least_one_fifteenth(Arg::PercentRounded(*grad)),
            ValueLoss { grad, loss, .. } => text::lr_value_loss(Arg::PercentRounded(*grad), *loss),
            LimitOneFifteenth { least, .. } => text::lr_limit_one_fifteenth(*least),
            LossAtLeastQuarterPbb { least, loss, pbb, .. } => text::lr_loss_at_least_quarter_pbb(*least, *loss, *pbb),
            LimitQuarterPbb { least, .. } => text::lr_limit_quarter_pbb(*least),
            NoteUncoveredBelowOneFifteenth { amount, .. } => text::lr_note_uncovered_below_one_fifteenth(*amount),
            DurationUnknown => text::lr_duration_unknown(),
            LastsAtLeastOneYear => text::lr_lasts_at_least_one_year(),
            ValueMonths { months, .. } => text::lr_value_months(*months),
            LimitTwelveMonths => text::lr_limit_twelve_months(),
            NoteApplyWhenLonger => text::lr_note_apply_when_longer(),
            StepUnderlag { cap, factor, income, pbb, underlag, capped: true, .. } => {
                text::lr_step_underlag_capped_true(*cap, Arg::Factor(*factor), *income, *pbb, *underlag)
            }
            StepUnderlag { cap, factor, pbb, underlag, capped: false, .. } => {
                text::lr_step_underlag_capped_false(*cap, Arg::Factor(*factor), *pbb, *underlag)
            }
            StepLivranta { grad, per_year, underlag, .. } => {
                text::lr_step_livranta(Arg::PercentRounded(*grad), *per_year, *underlag)
            }
            StepPerMonth { per_month, per_year, .. } => text::lr_step_per_month(*per_month, *per_year),
            StepUncoveredAboveCap { livranta, loss, uncovered, .. } => {
                text::lr_step_uncovered_above_cap(*livranta, *loss, *uncovered)
            }
            NoteUncoveredAboveCap { amount, .. } => text::lr_note_uncovered_above_cap(*amount),
            StepOmrakning { before, ceiling, index, indexed, result, year, .. } => {
                text::lr_step_omrakning(*before, *ceiling, Arg::Factor(*index), *indexed, *result, *year)
            }
            OmrakningNotYetKnown { year, .. } => text::lr_omrakning_not_yet_known(*year),
            NoteOmrakning => text::lr_note_omrakning(),
            StepSaAeGiven { per_month, per_year, .. } => text::lr_step_sa_ae_given(*per_month, *per_year),
            NoSaAeBelowQuarter => text::lr_no_sa_ae_below_quarter(),
            StepCoordination { livranta, result, sa_ae, .. } => text::lr_step_coordination(*livranta, *result, *sa_ae),
            NoteCoordinationShare => text::lr_note_coordination_share(),
            NoteSaAeEstimated { per_month, .. } => text::lr_note_sa_ae_estimated(*per_month),
            SickPayRefused => text::lr_sick_pay_refused(),
            NoteChangedJob => text::lr_note_changed_job(),
            NoSickPayBelowQuarter => text::lr_no_sick_pay_below_quarter(),
            NoSickPayNoSgi => text::lr_no_sick_pay_no_sgi(),
            StepSickPay { level, per_day, per_month, sgi, .. } => {
                text::lr_step_sick_pay(super::ui::level_adjective(*level), *per_day, *per_month, *sgi)
            }
            NoteSickPayVsLivranta { livranta_per_month, sick_pay_per_month, .. } => {
                text::lr_note_sick_pay_vs_livranta(*livranta_per_month, *sick_pay_per_month)
            }
            HeadWorthApplying => text::lr_head_worth_applying(),
            HeadProbablyNot => text::lr_head_probably_not(),
            HeadCannotTell => text::lr_head_cannot_tell(),
            HeadCoordinated { per_month, .. } => text::lr_head_coordinated(*per_month),
            HeadCoordinatedNothing => text::lr_head_coordinated_nothing(),
            NoteNotConsidered => text::lr_note_not_considered(),
            RowBeforeCoordinationPerYear => text::lr_row_before_coordination_per_year(),
            RowBeforeCoordinationPerMonth => text::lr_row_before_coordination_per_month(),
            RowSaAePerMonth => text::lr_row_sa_ae_per_month(),
            RowSaAeEstimated => text::lr_row_sa_ae_estimated(),
            RowInjuryType => text::lr_row_injury_type(),
            RowInjuryDate => text::lr_row_injury_date(),
            RowReduction => text::lr_row_reduction(),
            RowIncomeLoss => text::lr_row_income_loss(),
            RowUnderlag => text::lr_row_underlag(),
            RowUnderlagCapped => text::lr_row_underlag_capped(),
            RowPerYear => text::lr_row_per_year(),
            RowPerMonth => text::lr_row_per_month(),
            RowUncoveredAboveCap => text::lr_row_uncovered_above_cap(),
            RowUncoveredBelowOneFifteenth => text::lr_row_uncovered_below_one_fifteenth(),
            RowNextYear { year, .. } => text::lr_row_next_year(*year),
            RowNextYearBeforeCoordination { year, .. } => text::lr_row_next_year_before_coordination(*year),
            RowSickPayLevel => text::lr_row_sick_pay_level(),
            SickPayNone => text::lr_sick_pay_none(),
            RowSickPayPerDay => text::lr_row_sick_pay_per_day(),
            RowSickPayPerMonth => text::lr_row_sick_pay_per_month(),
            NextReport => text::lr_next_report(),
            NextMedicalStatement => text::lr_next_medical_statement(),
            NextApply => text::lr_next_apply(),
            NextAfa => text::lr_next_afa(),
            NextAskDoctor => text::lr_next_ask_doctor(),
            NextProbablyNot => text::lr_next_probably_not(),
            NextCannotTell => text::lr_next_cannot_tell(),
            StepSaAeEstimated { formon, level, income } => {
                text::lr_step_sa_ae_estimated(sa_ae_key(*formon), *income, super::ui::level_adjective(*level))
            }
            InjuryTypeName(Handelse::Arbetsolycksfall) => text::lr_injury_type_arbetsolycksfall(),
            InjuryTypeName(Handelse::Fardolycksfall) => text::lr_injury_type_fardolycksfall(),
            InjuryTypeName(Handelse::Arbetssjukdom) => text::lr_injury_type_arbetssjukdom(),
            InjuryTypeName(Handelse::Smitta) => text::lr_injury_type_smitta(),
            InjuryTypeName(Handelse::Annat) => text::lr_injury_type_annat(),
            ReductionValue { grad } => text::lr_reduction_value(Arg::PercentRounded(*grad)),
        }
    }
}

const fn msg(m: LivrantaMsg) -> Msg {
    Msg::Livranta(m)
}

/// The words for a step of `rules::livranta`.
pub fn steg(s: &Steg) -> Msg {
    use LivrantaMsg::*;
    msg(match *s {
        Steg::Arbetsskada { handelse } => match handelse {
            Handelse::Arbetsolycksfall => WorkAccident,
            Handelse::Fardolycksfall => CommutingAccident,
            Handelse::Arbetssjukdom => IllnessFromWork,
            Handelse::Smitta => InfectionAtWork,
            Handelse::Annat => InjuryLinkedToWork,
        },
        Steg::Olycksdag { dag } => InjuryDateAccident { date: dag },
        Steg::Visandedag { dag } => InjuryDateFirstShowed { date: dag },
        Steg::ForeBevisregeln2002 => OlderEvidenceRule,
        Steg::Arbetsskadeanmalan { anmalan } => match anmalan {
            Anmalan::Ja => ReportMade,
            Anmalan::Nej => ReportNotMade,
            Anmalan::VetEj => ReportUnknown,
        },
        Steg::GodkandArbetsskada { provning: Provning::InteBeslutad } => NotYetDecided,
        Steg::GodkandArbetsskada { provning: Provning::Godkand | Provning::Avslagen } => ApprovedAsWorkInjury,
        Steg::IngenInkomstFore => NoIncomeBefore,
        Steg::Nedsattning { fore, efter, forlust, grad } => {
            StepReduction { before: fore, after: efter, loss: forlust, grad }
        }
        Steg::EnFemtondel { grad, .. } => LossAtLeastOneFifteenth { grad },
        Steg::FjardedelPrisbasbelopp { forlust, pbb, minst, .. } => {
            LossAtLeastQuarterPbb { loss: forlust, least: minst, pbb }
        }
        Steg::FjardedelPrisbasbeloppOkand { fel } => return Msg::ParamMissing(fel),
        Steg::VaraktighetOkand => DurationUnknown,
        Steg::MinstEttAr { .. } => LastsAtLeastOneYear,
        Steg::Livranteunderlag { inkomst, faktor, pbb, tak, underlag, takad } => {
            StepUnderlag { income: inkomst, factor: faktor, pbb, cap: tak, underlag, capped: takad }
        }
        Steg::LivrantaPerAr { grad, underlag, per_ar } => StepLivranta { grad, underlag, per_year: per_ar },
        Steg::PerManad { per_ar, per_manad } => StepPerMonth { per_year: per_ar, per_month: per_manad },
        Steg::EjErsattOverTaket { forlust, livranta, ej_ersatt } => {
            StepUncoveredAboveCap { loss: forlust, livranta, uncovered: ej_ersatt }
        }
        Steg::Omrakning { ar, indexeringstal, fore, indexerad, hogst, belopp } => StepOmrakning {
            year: ar,
            index: indexeringstal,
            before: fore,
            indexed: indexerad,
            ceiling: hogst,
            result: belopp,
        },
        Steg::OmrakningOkand { ar } => OmrakningNotYetKnown { year: ar },
        Steg::KanInteBeraknas { fel } => return Msg::RuleError(fel),
        Steg::SjukpenningNekad => SickPayRefused,
        Steg::SaAeUppgiven { per_manad, per_ar } => StepSaAeGiven { per_month: per_manad, per_year: per_ar },
        Steg::SaAeUppskattad { formon, niva, antagandeinkomst } => {
            StepSaAeEstimated { formon, level: niva, income: antagandeinkomst }
        }
        Steg::IngenSaAeUnderEnFjardedel { .. } => NoSaAeBelowQuarter,
        Steg::SamordnadLivranta { livranta, sa_ae, per_ar } => StepCoordination { livranta, sa_ae, result: per_ar },
        Steg::IngenSjukpenningUnderEnFjardedel { .. } => NoSickPayBelowQuarter,
        Steg::IngenSjukpenningUtanSgi { .. } => NoSickPayNoSgi,
        Steg::SjukpenningForForlusten { sgi, niva, per_dag, per_manad } => {
            StepSickPay { sgi, level: niva, per_day: per_dag, per_month: per_manad }
        }
    })
}

/// The words for a failed step of `rules::livranta`: the condition, the person's value, the limit.
/// A step that is never a failed condition has only its own words.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use LivrantaMsg::*;
    let (criterion, value, limit) = match *s {
        Steg::Arbetsskada { .. } => (InjuryLinkedToWork, ValueSomethingElse, LimitLinkedToWork),
        Steg::GodkandArbetsskada { .. } => (ApprovedAsWorkInjury, ValueRefused, LimitApproved),
        Steg::EnFemtondel { grad, forlust, minsta_forlust, .. } => (
            LossAtLeastOneFifteenth { grad },
            ValueLoss { loss: forlust, grad },
            LimitOneFifteenth { least: minsta_forlust },
        ),
        Steg::FjardedelPrisbasbelopp { forlust, grad, pbb, minst } => (
            LossAtLeastQuarterPbb { loss: forlust, least: minst, pbb },
            ValueLoss { loss: forlust, grad },
            LimitQuarterPbb { least: minst },
        ),
        Steg::MinstEttAr { manader, .. } => (LastsAtLeastOneYear, ValueMonths { months: manader }, LimitTwelveMonths),
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
    (msg(criterion), msg(value), msg(limit))
}

/// The words for a note of `rules::livranta`.
pub fn not(n: &Not) -> Msg {
    use LivrantaMsg::*;
    msg(match *n {
        Not::Trafikforsakring => NoteTrafficInsurance,
        Not::OvervagandeSkal => NoteIllnessEvidence,
        Not::ForeBevisregeln2002 => OlderEvidenceRule,
        Not::InteProvad => NotYetDecided,
        Not::Omprovning => NoteReconsideration,
        Not::IngenInkomstFore => NoIncomeBefore,
        Not::EjErsattUnderEnFemtondel { belopp } => NoteUncoveredBelowOneFifteenth { amount: belopp },
        Not::AnsokOmDenVararLangre => NoteApplyWhenLonger,
        Not::Omrakning => NoteOmrakning,
        Not::EjErsattOverTaket { belopp } => NoteUncoveredAboveCap { amount: belopp },
        Not::SjukpenningOchLivranta { sjukpenning_per_manad, livranta_per_manad } => {
            NoteSickPayVsLivranta { sick_pay_per_month: sjukpenning_per_manad, livranta_per_month: livranta_per_manad }
        }
        Not::SjukpenningNekad => SickPayRefused,
        Not::NyttArbete => NoteChangedJob,
        Not::IngenSaAeUnderEnFjardedel => NoSaAeBelowQuarter,
        Not::HelaErsattningenAvraknad => NoteCoordinationShare,
        Not::SaAeUppskattad { per_manad } => NoteSaAeEstimated { per_month: per_manad },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{format as f, Lang};

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
        use LivrantaMsg::*;
        let (criterion, value, limit) = failed(&Steg::MinstEttAr { manader: 11, krav: 12 });
        assert_eq!(
            (criterion, value, limit),
            (msg(LastsAtLeastOneYear), msg(ValueMonths { months: 11 }), msg(LimitTwelveMonths))
        );
        let grad = Fraction::new(1, 20);
        let femtondel = Steg::EnFemtondel {
            grad,
            krav: Fraction::new(1, 15),
            forlust: Kronor(15_000),
            minsta_forlust: Kronor(20_000),
        };
        assert_eq!(steg(&femtondel), msg(LossAtLeastOneFifteenth { grad }));
        assert_eq!(failed(&femtondel).1.render(Lang::En), "5.00%, that is SEK\u{a0}15,000 per year");
        assert_eq!(failed(&femtondel).2, msg(LimitOneFifteenth { least: Kronor(20_000) }));
    }

    #[test]
    fn what_happened_picks_the_words_of_the_arbetsskada_step() {
        let words = |handelse| steg(&Steg::Arbetsskada { handelse }).render(Lang::Sv);
        assert!(words(Handelse::Fardolycksfall).contains("färdolycksfall"));
        assert_eq!(words(Handelse::Annat), msg(LivrantaMsg::InjuryLinkedToWork).render(Lang::Sv));
        assert_eq!(
            not(&Not::EjErsattOverTaket { belopp: Kronor(7_500) }),
            msg(LivrantaMsg::NoteUncoveredAboveCap { amount: Kronor(7_500) })
        );
    }
}
