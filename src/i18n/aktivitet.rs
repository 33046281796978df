//! The messages of the aktivitetsersättning and sjukersättning self-test (questions, rule steps,
//! results, next steps) and which message in `aktivitet/*.ftl` each typed step and note is.
//! The words are in the `.ftl` files (Swedish in Klarspråk, English, lättläst).

use super::{Msg, UiMsg};
use crate::domain::{Fraction, Kronor, YearMonth};
use crate::params::Aldersband;
use crate::rules::aktivitetsersattning::{Not, Steg, Varaktighet};
use crate::rules::Level;
use crate::text::{self, Arg};

#[derive(Clone, Debug, PartialEq)]
pub enum AeMsg {
    // The self-test.
    Title,
    Intro,
    QBirthDate,
    NBirthDate,
    QInsured,
    NInsured,
    HInsured,
    ChoiceLivesInSweden,
    ChoiceWorksInSweden,
    ChoiceNeither,
    QGrund,
    NGrund,
    ChoiceReducedCapacity,
    ChoiceSchooling,
    HChoiceSchooling,
    QReduction,
    NReduction,
    HReduction,
    QDuration,
    NDuration,
    ChoiceLessThanYear,
    ChoiceAtLeastYear,
    ChoicePermanent,
    HChoicePermanent,
    ChoiceDontKnow,
    QSchoolingDisability,
    NSchoolingDisability,
    HSchoolingDisability,
    QSchoolingEnds,
    NSchoolingEnds,
    QLivedSince16,
    NLivedSince16,
    HLivedSince16,
    QYearsInSweden,
    NYearsInSweden,
    HYearsInSweden,
    QHadIncome,
    NHadIncome,
    HHadIncome,
    QIncome,
    NIncome,
    HIncome,
    QIncomeBasis,
    NIncomeBasis,
    ChoiceYearlyIncomes,
    ChoiceAntagandeinkomst,
    HChoiceAntagandeinkomst,
    QIncomeYearsAgo { n: u8 },
    NIncomeYearsAgo { n: u8 },
    HIncomeYear,

    // Rule steps (conditions read as the requirement; the check says met or not).
    InsuredInSweden,
    InsuredCrossBorder,
    ValueNotInsured,
    LimitInsured,
    AeWindow { from: YearMonth, through: YearMonth },
    AssessedAgainstWholeLabourMarket,
    ReductionAtLeastQuarter,
    LevelFromReduction { level: Level },
    LastsAtLeastAYear,
    DurationUnknown,
    ValueLessThanYear,
    LimitAtLeastYear,
    Permanent,
    ValueAtLeastYearNotPermanent,
    LimitPermanent,
    AtMostThreeYears,
    FullSaBefore30,
    WhenAeEndsAt30 { month: YearMonth },
    SchoolingExtendedByDisability,
    SchoolingNotFinishedByJuly19 { july: YearMonth },
    ValueSchoolingEnds { month: YearMonth },
    LimitSchoolingAfter { month: YearMonth },
    SchoolingGoesOn { from: YearMonth },
    LimitSchoolingFrom { month: YearMonth },
    SchoolingAlwaysFull,
    SaAgeLimit { last: YearMonth },
    SaAgeLimitUndecided { year: i32, age: i32 },
    LimitThrough { month: YearMonth },
    OlderApplicantRule,
    OlderApplicantRuleUnknown,
    AgeLimitFollowsRiktalder,
    SickPayOrRehabInstead,
    BackPayFrom { applied: YearMonth, from: YearMonth },

    // Amount steps.
    StepGarantiniva { band: Aldersband, factor: Fraction, pbb: Kronor, amount: Kronor },
    StepForsakringstid { years: Fraction, amount: Kronor },
    StepFramtidaForsakringstid { faktisk: u32, framtida: Fraction, total: Fraction },
    StepNoIncome,
    StepIncomeYear { year: i32, income: Kronor, capped: bool, counted: Kronor },
    StepAntagandeinkomst { best: u32, amount: Kronor },
    StepIncomeCapped { income: Kronor, cap: Kronor },
    StepInkomstrelaterad { share: Fraction, income: Kronor, amount: Kronor },
    StepTopUp { ir: Kronor, garanti: Kronor, total: Kronor },
    StepLevel { level: Level, per_year: Kronor },
    StepPerMonth { month: YearMonth, per_month: Kronor },

    // The result.
    HeadMayBeAe { level: Level },
    HeadMayBeSa { level: Level },
    HeadProbablyNotAe,
    HeadProbablyNotSa,
    HeadProbablyNot,
    HeadCannotTell,
    RowBenefit,
    BenefitAeNedsatt,
    BenefitAeSkolgang,
    BenefitSa,
    RowLevel,
    RowFirstMonth,
    RowLastMonth,
    RowBackPayFrom,
    LastMonthNotYetDecided,
    RowPerMonth,
    RowPerYear,
    RowGarantiniva,
    RowInkomstrelaterad,
    RowGarantiersattning,
    RowFromMonth { month: YearMonth },
    EstimateForsakringstid,
    NoteNotConsidered,
    NextMedicalCertificate,
    NextSchoolCertificate,
    NextApply,
    NextOlderApplicant,
    NextBostadstillagg,
    NextCannotTell,
    NextProbablyNot,
}

impl AeMsg {
    /// The message in the `.ftl` files (src/i18n/aktivitet/).
    pub fn msg(&self) -> text::Msg {
        use AeMsg::*;
        match self {
            Title => text::ae_title(),
            Intro => text::ae_intro(),
            QBirthDate => text::ae_q_birth_date(),
            NBirthDate => text::ae_n_birth_date(),
            QInsured => text::ae_q_insured(),
            NInsured => text::ae_n_insured(),
            HInsured => text::ae_h_insured(),
            ChoiceLivesInSweden => text::ae_choice_lives_in_sweden(),
            ChoiceWorksInSweden => text::ae_choice_works_in_sweden(),
            ChoiceNeither => text::ae_choice_neither(),
            QGrund => text::ae_q_grund(),
            NGrund => text::ae_n_grund(),
            ChoiceReducedCapacity => text::ae_choice_reduced_capacity(),
            ChoiceSchooling => text::ae_choice_schooling(),
            HChoiceSchooling => text::ae_h_choice_schooling(),
            QReduction => text::ae_q_reduction(),
            NReduction => text::ae_n_reduction(),
            HReduction => text::ae_h_reduction(),
            QDuration => text::ae_q_duration(),
            NDuration => text::ae_n_duration(),
            ChoiceLessThanYear => text::ae_choice_less_than_year(),
            ChoiceAtLeastYear => text::ae_choice_at_least_year(),
            ChoicePermanent => text::ae_choice_permanent(),
            HChoicePermanent => text::ae_h_choice_permanent(),
            ChoiceDontKnow => text::ae_choice_dont_know(),
            QSchoolingDisability => text::ae_q_schooling_disability(),
            NSchoolingDisability => text::ae_n_schooling_disability(),
            HSchoolingDisability => text::ae_h_schooling_disability(),
            QSchoolingEnds => text::ae_q_schooling_ends(),
            NSchoolingEnds => text::ae_n_schooling_ends(),
            QLivedSince16 => text::ae_q_lived_since_16(),
            NLivedSince16 => text::ae_n_lived_since_16(),
            HLivedSince16 => text::ae_h_lived_since_16(),
            QYearsInSweden => text::ae_q_years_in_sweden(),
            NYearsInSweden => text::ae_n_years_in_sweden(),
            HYearsInSweden => text::ae_h_years_in_sweden(),
            QHadIncome => text::ae_q_had_income(),
            NHadIncome => text::ae_n_had_income(),
            HHadIncome => text::ae_h_had_income(),
            QIncome => text::ae_q_income(),
            NIncome => text::ae_n_income(),
            HIncome => text::ae_h_income(),
            QIncomeBasis => text::ae_q_income_basis(),
            NIncomeBasis => text::ae_n_income_basis(),
            ChoiceYearlyIncomes => text::ae_choice_yearly_incomes(),
            ChoiceAntagandeinkomst => text::ae_choice_antagandeinkomst(),
            HChoiceAntagandeinkomst => text::ae_h_choice_antagandeinkomst(),
            QIncomeYearsAgo { n, .. } => text::ae_q_income_years_ago(u32::from(*n)),
            NIncomeYearsAgo { n, .. } => text::ae_n_income_years_ago(u32::from(*n)),
            HIncomeYear => text::ae_h_income_year(),
            InsuredInSweden => text::ae_insured_in_sweden(),
            InsuredCrossBorder => text::ae_insured_cross_border(),
            ValueNotInsured => text::ae_value_not_insured(),
            LimitInsured => text::ae_limit_insured(),
            AeWindow { from, through, .. } => text::ae_ae_window(*from, *through),
            AssessedAgainstWholeLabourMarket => text::ae_assessed_against_whole_labour_market(),
            ReductionAtLeastQuarter => text::ae_reduction_at_least_quarter(),
            LastsAtLeastAYear => text::ae_lasts_at_least_a_year(),
            DurationUnknown => text::ae_duration_unknown(),
            ValueLessThanYear => text::ae_value_less_than_year(),
            LimitAtLeastYear => text::ae_limit_at_least_year(),
            Permanent => text::ae_permanent(),
            ValueAtLeastYearNotPermanent => text::ae_value_at_least_year_not_permanent(),
            LimitPermanent => text::ae_limit_permanent(),
            AtMostThreeYears => text::ae_at_most_three_years(),
            FullSaBefore30 => text::ae_full_sa_before_30(),
            WhenAeEndsAt30 { month, .. } => text::ae_when_ae_ends_at_30(*month),
            SchoolingExtendedByDisability => text::ae_schooling_extended_by_disability(),
            SchoolingNotFinishedByJuly19 { july, .. } => text::ae_schooling_not_finished_by_july_19(*july),
            ValueSchoolingEnds { month, .. } => text::ae_value_schooling_ends(*month),
            LimitSchoolingAfter { month, .. } => text::ae_limit_schooling_after(*month),
            SchoolingGoesOn { from, .. } => text::ae_schooling_goes_on(*from),
            LimitSchoolingFrom { month, .. } => text::ae_limit_schooling_from(*month),
            SchoolingAlwaysFull => text::ae_schooling_always_full(),
            SaAgeLimit { last, .. } => text::ae_sa_age_limit(*last),
            SaAgeLimitUndecided { age, year, .. } => text::ae_sa_age_limit_undecided(*age, *year),
            LimitThrough { month, .. } => text::ae_limit_through(*month),
            OlderApplicantRule => text::ae_older_applicant_rule(),
            OlderApplicantRuleUnknown => text::ae_older_applicant_rule_unknown(),
            AgeLimitFollowsRiktalder => text::ae_age_limit_follows_riktalder(),
            SickPayOrRehabInstead => text::ae_sick_pay_or_rehab_instead(),
            BackPayFrom { applied, from, .. } => text::ae_back_pay_from(*applied, *from),
            RowBackPayFrom => text::ae_row_back_pay_from(),
            StepForsakringstid { amount, years, .. } => text::ae_step_forsakringstid(*amount, Arg::Factor(*years)),
            StepFramtidaForsakringstid { faktisk, framtida, total, .. } => {
                text::ae_step_framtida_forsakringstid(*faktisk, Arg::Factor(*framtida), Arg::Factor(*total))
            }
            StepNoIncome => text::ae_step_no_income(),
            StepAntagandeinkomst { amount, best, .. } => text::ae_step_antagandeinkomst(*amount, *best),
            StepIncomeCapped { cap, income, .. } => text::ae_step_income_capped(*cap, *income),
            StepInkomstrelaterad { amount, income, share, .. } => {
                text::ae_step_inkomstrelaterad(*amount, *income, Arg::Percent(*share))
            }
            StepTopUp { garanti, ir, total, .. } => text::ae_step_top_up(*garanti, *ir, *total),
            StepLevel { level, per_year, .. } => text::ae_step_level(super::ui::level_adjective(*level), *per_year),
            StepPerMonth { month, per_month, .. } => text::ae_step_per_month(*month, *per_month),
            HeadMayBeAe { level, .. } => text::ae_head_may_be_ae(super::ui::level_adjective(*level)),
            HeadMayBeSa { level, .. } => text::ae_head_may_be_sa(super::ui::level_adjective(*level)),
            HeadProbablyNotAe => text::ae_head_probably_not_ae(),
            HeadProbablyNotSa => text::ae_head_probably_not_sa(),
            HeadProbablyNot => text::ae_head_probably_not(),
            HeadCannotTell => text::ae_head_cannot_tell(),
            RowBenefit => text::ae_row_benefit(),
            BenefitAeNedsatt => text::ae_benefit_ae_nedsatt(),
            BenefitAeSkolgang => text::ae_benefit_ae_skolgang(),
            BenefitSa => text::ae_benefit_sa(),
            RowLevel => text::ae_row_level(),
            RowFirstMonth => text::ae_row_first_month(),
            RowLastMonth => text::ae_row_last_month(),
            LastMonthNotYetDecided => text::ae_last_month_not_yet_decided(),
            RowPerMonth => text::ae_row_per_month(),
            RowPerYear => text::ae_row_per_year(),
            RowGarantiniva => text::ae_row_garantiniva(),
            RowInkomstrelaterad => text::ae_row_inkomstrelaterad(),
            RowGarantiersattning => text::ae_row_garantiersattning(),
            RowFromMonth { month, .. } => text::ae_row_from_month(*month),
            EstimateForsakringstid => text::ae_estimate_forsakringstid(),
            NoteNotConsidered => text::ae_note_not_considered(),
            NextMedicalCertificate => text::ae_next_medical_certificate(),
            NextSchoolCertificate => text::ae_next_school_certificate(),
            NextApply => text::ae_next_apply(),
            NextOlderApplicant => text::ae_next_older_applicant(),
            NextBostadstillagg => text::ae_next_bostadstillagg(),
            NextCannotTell => text::ae_next_cannot_tell(),
            NextProbablyNot => text::ae_next_probably_not(),
            LevelFromReduction { level } => {
                text::ae_level_from_reduction(super::ui::level_adjective(*level), super::ui::level_share(*level))
            }
            StepGarantiniva { band, factor, pbb, amount } => {
                text::ae_step_garantiniva(*amount, band_key(*band), Arg::Factor(*factor), *pbb)
            }
            StepIncomeYear { year, income, capped: true, counted } => {
                text::ae_step_income_year_capped(*counted, *income, *year)
            }
            StepIncomeYear { year, income, capped: false, counted } => {
                text::ae_step_income_year(*counted, *income, *year)
            }
        }
    }
}

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
    use AeMsg::*;
    Msg::Ae(match *s {
        Steg::ForsakradISverige => InsuredInSweden,
        Steg::ArbetarISverige => InsuredCrossBorder,
        Steg::AePeriod { fran, till_och_med } => AeWindow { from: fran, through: till_och_med },
        Steg::HelaArbetsmarknaden => AssessedAgainstWholeLabourMarket,
        Steg::NedsattMinstEnFjardedel { .. } => ReductionAtLeastQuarter,
        Steg::Formansniva { niva } => LevelFromReduction { level: niva },
        Steg::MinstEttAr { .. } => LastsAtLeastAYear,
        Steg::Stadigvarande { .. } => Permanent,
        Steg::VaraktighetOkand => DurationUnknown,
        Steg::HogstTreAr => AtMostThreeYears,
        Steg::HelSjukersattningFore30 => FullSaBefore30,
        Steg::SkolgangForlangd { .. } => SchoolingExtendedByDisability,
        Steg::SkolgangEfterJuli19 { juli, .. } => SchoolingNotFinishedByJuly19 { july: juli },
        Steg::SkolgangPagar { fran, .. } => SchoolingGoesOn { from: fran },
        Steg::SkolgangHelNiva => SchoolingAlwaysFull,
        Steg::SjukersattningAlder { sista, .. } => SaAgeLimit { last: sista },
        Steg::SlutalderObestamd { ar, alder } => SaAgeLimitUndecided { year: ar, age: alder },
        Steg::ParameterOkand { fel } => return Msg::ParamMissing(fel),
        Steg::AldreForsakrad => OlderApplicantRule,
        Steg::AldreForsakradOkand => OlderApplicantRuleUnknown,
        Steg::Retroaktivt { ansokningsmanad, fran } => BackPayFrom { applied: ansokningsmanad, from: fran },
        Steg::Garantiniva { band, faktor, pbb, belopp } => {
            StepGarantiniva { band, factor: faktor, pbb, amount: belopp }
        }
        Steg::GarantinivaForsakringstid { ar, belopp } => StepForsakringstid { years: ar, amount: belopp },
        Steg::Forsakringstid { faktisk, framtida, summa } => {
            StepFramtidaForsakringstid { faktisk, framtida, total: summa }
        }
        Steg::IngenInkomst => StepNoIncome,
        Steg::Arsinkomst { ar, inkomst, over_tak, raknad } => {
            StepIncomeYear { year: ar, income: inkomst, capped: over_tak, counted: raknad }
        }
        Steg::Antagandeinkomst { basta_ar, belopp } => StepAntagandeinkomst { best: basta_ar, amount: belopp },
        Steg::AntagandeinkomstTak { inkomst, tak } => StepIncomeCapped { income: inkomst, cap: tak },
        Steg::Inkomstrelaterad { andel, inkomst, belopp } => {
            StepInkomstrelaterad { share: andel, income: inkomst, amount: belopp }
        }
        Steg::Garantiersattning { inkomstrelaterad, garantiersattning, summa } => {
            StepTopUp { ir: inkomstrelaterad, garanti: garantiersattning, total: summa }
        }
        Steg::Niva { niva, per_ar } => StepLevel { level: niva, per_year: per_ar },
        Steg::PerManad { manad, belopp } => StepPerMonth { month: manad, per_month: belopp },
    })
}

/// The words for a failed step of `rules::aktivitetsersattning`: the condition, the person's value, the limit.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use AeMsg::*;
    let ae = Msg::Ae;
    let criterion = steg(s);
    let (value, limit) = match *s {
        Steg::ForsakradISverige => (ae(ValueNotInsured), ae(LimitInsured)),
        Steg::NedsattMinstEnFjardedel { nedsattning, krav } => {
            (Msg::Ui(UiMsg::LevelOption { level: nedsattning }), Msg::Ui(UiMsg::LevelOption { level: Some(krav) }))
        }
        Steg::MinstEttAr { .. } => (ae(ValueLessThanYear), ae(LimitAtLeastYear)),
        Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr } => (ae(ValueLessThanYear), ae(LimitPermanent)),
        Steg::Stadigvarande { .. } => (ae(ValueAtLeastYearNotPermanent), ae(LimitPermanent)),
        Steg::SkolgangForlangd { forlangd } => (yes_no(forlangd), yes_no(true)),
        Steg::SkolgangEfterJuli19 { slutar, juli } => {
            (ae(ValueSchoolingEnds { month: slutar }), ae(LimitSchoolingAfter { month: juli }))
        }
        Steg::SkolgangPagar { slutar, fran } => {
            (ae(ValueSchoolingEnds { month: slutar }), ae(LimitSchoolingFrom { month: fran }))
        }
        Steg::SjukersattningAlder { alder, sista } => (Msg::Years(alder), ae(LimitThrough { month: sista })),
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
    Msg::Ui(if b { UiMsg::Yes } else { UiMsg::No })
}

/// The words for a note of `rules::aktivitetsersattning`.
pub fn not(n: &Not) -> Msg {
    use AeMsg::*;
    Msg::Ae(match *n {
        Not::HogstTreAr => AtMostThreeYears,
        Not::HelSjukersattningFore30 => FullSaBefore30,
        Not::AeSlutarVid30 { sista } => WhenAeEndsAt30 { month: sista },
        Not::SlutalderObestamd { ar, alder } => SaAgeLimitUndecided { year: ar, age: alder },
        Not::AldreForsakrad => OlderApplicantRule,
        Not::SlutalderFoljerRiktalder => AgeLimitFollowsRiktalder,
        Not::SjukpenningEllerRehabilitering => SickPayOrRehabInstead,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ym;

    #[test]
    fn a_failed_step_gives_the_condition_the_value_and_the_limit() {
        let words = |s: Steg| failed(&s);
        assert_eq!(
            words(Steg::SkolgangForlangd { forlangd: false }),
            (Msg::Ae(AeMsg::SchoolingExtendedByDisability), Msg::Ui(UiMsg::No), Msg::Ui(UiMsg::Yes))
        );
        assert_eq!(
            words(Steg::NedsattMinstEnFjardedel { nedsattning: None, krav: Level::Quarter }),
            (
                Msg::Ae(AeMsg::ReductionAtLeastQuarter),
                Msg::Ui(UiMsg::LevelOption { level: None }),
                Msg::Ui(UiMsg::LevelOption { level: Some(Level::Quarter) })
            )
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr }).1,
            Msg::Ae(AeMsg::ValueLessThanYear)
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::MinstEttAr }).1,
            Msg::Ae(AeMsg::ValueAtLeastYearNotPermanent)
        );
        assert_eq!(
            words(Steg::SjukersattningAlder { alder: 66, sista: ym(2024, 5) }),
            (
                Msg::Ae(AeMsg::SaAgeLimit { last: ym(2024, 5) }),
                Msg::Years(66),
                Msg::Ae(AeMsg::LimitThrough { month: ym(2024, 5) })
            )
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
