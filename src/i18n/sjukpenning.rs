//! The messages of the sjukpenning calculator (questions, rule steps, results, next steps) and
//! which message in `sjukpenning/*.ftl` each typed step is. The words are in the `.ftl` files;
//! the livränta self-test has its own and reuses none of these.

use super::Msg;
use crate::domain::{Date, Fraction, Kronor};
use crate::rules::sjukpenning::Steg;
use crate::text::{self, Arg};

#[derive(Clone, Debug, PartialEq)]
pub enum SjukpenningMsg {
    // The self-test.
    Title,
    Intro,
    QIncome,
    NIncome,
    HIncome,
    QJobSeeker,
    NJobSeeker,
    HJobSeeker,
    QKnowsFirstDay,
    NKnowsFirstDay,
    HKnowsFirstDay,
    QFirstDay,
    NFirstDay,
    HFirstDay,

    // Rule steps.
    AssumesReducedCapacity,
    StepIncome { income: Kronor },
    IncomeAtLeastFloor { floor: Kronor },
    ValuePerYear { amount: Kronor },
    LimitAtLeastPerYear { amount: Kronor },
    StepCapped { income: Kronor, cap: Kronor },
    StepSgi { sgi: Kronor },
    StepPerDay { level: Fraction, share: Fraction, sgi: Kronor, amount: Kronor },
    JobSeekerCap { cap: Kronor, applied: bool },
    JobSeekerCapNotYetKnown,
    ChainDays1To90 { from: Date, through: Date },
    ChainDays91To180 { from: Date, through: Date },
    ChainFromDay181 { from: Date, through: Date },
    ChainFromDay366 { from: Date },
    ChainJobSeeker { from: Date },
    ChainPeriodsJoined,
    LevelDropsAfter364Days,

    // The result.
    HeadPerDay { per_day: Kronor },
    HeadAmountNotYetKnown { year: i32 },
    HeadNoSgi,
    HeadCannotTell,
    RowYear,
    RowSgi,
    NoSgi,
    RowPerDay80,
    RowPerDay75,
    RowPerMonth80,
    RowJobSeekerCap,
    RowJobSeekerCapApplied,
    RowSgiCapped,
    RowDay { n: u32 },
    NoteEmployeeFirst14Days,
    NoteLevels,
    NoteJobSeeker,
    NoteNotConsidered,
    NextReportSick,
    NextCertificate,
    NextApply,
    NextDay180,
    NextNoSgi,
    NextCannotTell,
}

impl SjukpenningMsg {
    /// The message in the `.ftl` files (src/i18n/sjukpenning/).
    pub fn msg(&self) -> text::Msg {
        use SjukpenningMsg::*;
        match self {
            Title => text::sp_title(),
            Intro => text::sp_intro(),
            QIncome => text::sp_q_income(),
            NIncome => text::sp_n_income(),
            HIncome => text::sp_h_income(),
            QJobSeeker => text::sp_q_job_seeker(),
            NJobSeeker => text::sp_n_job_seeker(),
            HJobSeeker => text::sp_h_job_seeker(),
            QKnowsFirstDay => text::sp_q_knows_first_day(),
            NKnowsFirstDay => text::sp_n_knows_first_day(),
            HKnowsFirstDay => text::sp_h_knows_first_day(),
            QFirstDay => text::sp_q_first_day(),
            NFirstDay => text::sp_n_first_day(),
            HFirstDay => text::sp_h_first_day(),
            AssumesReducedCapacity => text::sp_assumes_reduced_capacity(),
            StepIncome { income, .. } => text::sp_step_income(*income),
            IncomeAtLeastFloor { floor, .. } => text::sp_income_at_least_floor(*floor),
            ValuePerYear { amount, .. } => text::sp_value_per_year(*amount),
            LimitAtLeastPerYear { amount, .. } => text::sp_limit_at_least_per_year(*amount),
            StepCapped { cap, income, .. } => text::sp_step_capped(*cap, *income),
            StepSgi { sgi, .. } => text::sp_step_sgi(*sgi),
            StepPerDay { amount, level, sgi, share, .. } => {
                text::sp_step_per_day(*amount, Arg::Percent(*level), *sgi, Arg::Factor(*share))
            }
            JobSeekerCap { cap, applied: true, .. } => text::sp_job_seeker_cap_applied_true(*cap),
            JobSeekerCap { cap, applied: false, .. } => text::sp_job_seeker_cap_applied_false(*cap),
            JobSeekerCapNotYetKnown => text::sp_job_seeker_cap_not_yet_known(),
            ChainDays1To90 { from, through, .. } => text::sp_chain_days_1_to_90(*from, *through),
            ChainDays91To180 { from, through, .. } => text::sp_chain_days_91_to_180(*from, *through),
            ChainFromDay181 { from, through, .. } => text::sp_chain_from_day_181(*from, *through),
            ChainFromDay366 { from, .. } => text::sp_chain_from_day_366(*from),
            ChainJobSeeker { from, .. } => text::sp_chain_job_seeker(*from),
            ChainPeriodsJoined => text::sp_chain_periods_joined(),
            LevelDropsAfter364Days => text::sp_level_drops_after_364_days(),
            HeadPerDay { per_day, .. } => text::sp_head_per_day(*per_day),
            HeadAmountNotYetKnown { year, .. } => text::sp_head_amount_not_yet_known(*year),
            HeadNoSgi => text::sp_head_no_sgi(),
            HeadCannotTell => text::sp_head_cannot_tell(),
            RowYear => text::sp_row_year(),
            RowSgi => text::sp_row_sgi(),
            NoSgi => text::sp_no_sgi(),
            RowPerDay80 => text::sp_row_per_day_80(),
            RowPerDay75 => text::sp_row_per_day_75(),
            RowPerMonth80 => text::sp_row_per_month_80(),
            RowJobSeekerCap => text::sp_row_job_seeker_cap(),
            RowJobSeekerCapApplied => text::sp_row_job_seeker_cap_applied(),
            RowSgiCapped => text::sp_row_sgi_capped(),
            RowDay { n, .. } => text::sp_row_day(*n),
            NoteEmployeeFirst14Days => text::sp_note_employee_first_14_days(),
            NoteLevels => text::sp_note_levels(),
            NoteJobSeeker => text::sp_note_job_seeker(),
            NoteNotConsidered => text::sp_note_not_considered(),
            NextReportSick => text::sp_next_report_sick(),
            NextCertificate => text::sp_next_certificate(),
            NextApply => text::sp_next_apply(),
            NextDay180 => text::sp_next_day_180(),
            NextNoSgi => text::sp_next_no_sgi(),
            NextCannotTell => text::sp_next_cannot_tell(),
        }
    }
}

/// The words for a step of `rules::sjukpenning`.
pub fn steg(s: &Steg) -> Msg {
    use SjukpenningMsg as M;
    Msg::Sjukpenning(match *s {
        Steg::NedsattArbetsformagaAntas => M::AssumesReducedCapacity,
        Steg::SgiKanInteBeraknas { fel } => return Msg::RuleError(fel),
        Steg::Inkomst { inkomst } => M::StepIncome { income: inkomst },
        Steg::InkomstMinstGolvet { golv, .. } => M::IncomeAtLeastFloor { floor: golv },
        Steg::OverTaket { inkomst, tak } => M::StepCapped { income: inkomst, cap: tak },
        Steg::SgiAvrundad { sgi } => M::StepSgi { sgi },
        Steg::PerDag { niva, andel, sgi, belopp } => M::StepPerDay { level: niva, share: andel, sgi, amount: belopp },
        Steg::ArbetssokandeTak { tak, tillampat } => M::JobSeekerCap { cap: tak, applied: tillampat },
        Steg::ArbetssokandeTakInteKant => M::JobSeekerCapNotYetKnown,
        Steg::ParameterSaknas { fel } => return Msg::ParamMissing(fel),
        Steg::KedjanArbetssokande { fran } => M::ChainJobSeeker { from: fran },
        Steg::Dag1Till90 { fran, till } => M::ChainDays1To90 { from: fran, through: till },
        Steg::Dag91Till180 { fran, till } => M::ChainDays91To180 { from: fran, through: till },
        Steg::FranDag181 { fran, till } => M::ChainFromDay181 { from: fran, through: till },
        Steg::FranDag366 { fran } => M::ChainFromDay366 { from: fran },
        Steg::SjukperioderLaggsSamman => M::ChainPeriodsJoined,
        Steg::NormalnivaI364Dagar => M::LevelDropsAfter364Days,
    })
}

/// The words for a failed step of `rules::sjukpenning`: the condition, the person's value, the limit.
/// Only the floor can fail; any other step is shown as itself.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use SjukpenningMsg as M;
    match *s {
        Steg::InkomstMinstGolvet { inkomst, golv } => (
            Msg::Sjukpenning(M::IncomeAtLeastFloor { floor: golv }),
            Msg::Sjukpenning(M::ValuePerYear { amount: inkomst }),
            Msg::Sjukpenning(M::LimitAtLeastPerYear { amount: golv }),
        ),
        _ => {
            let m = steg(s);
            (m.clone(), m.clone(), m)
        }
    }
}
