//! The widget's own messages (buttons, headings, notes), input errors and dated parameters:
//! which message in `ui/*.ftl` each one is, never the words. Texts of a particular benefit
//! live in its own topic.

use super::{bundle, Lang};
use crate::domain::{Check, Date, Kronor, YearMonth};
use crate::flow::InputError;
use crate::params::{Param, ParamError, ParamValue};
use crate::rules::{Level, Verdict};
use crate::text::{self, Arg};

#[derive(Clone, Debug, PartialEq)]
pub enum UiMsg {
    Continue,
    Back,
    Yes,
    No,
    StartAgain,
    Change,
    QuestionOf {
        n: usize,
        max: usize,
    },
    ErrorSummaryTitle,
    YourAnswers,
    Reasons,
    NextSteps,
    GoodToKnow,
    FailedTitle,
    FailedCriterion,
    FailedValue,
    FailedLimit,
    CheckLabel(Check),
    VerdictLabel(Verdict),
    LawLinkTitle,
    OpensInNewTab,
    TraceTitle,
    ParamsUsedTitle,
    ParamSource,
    ParamValue(ParamValue),
    ParamPeriod {
        from: YearMonth,
        until: YearMonth,
    },
    ParamName(Param),
    EstimateNote,
    PrivacyNote,
    RulesVersion {
        version: &'static str,
        as_of: Date,
    },
    LevelOption {
        level: Option<Level>,
    },
    LevelName(Level),
    DateExample,
    MonthExample,
    KronorUnit,
    YearsUnit,
    MonthsUnit,
    AmountNotYetKnown,
    AmountTooLargeToCompute,
    Loading,
    Apology,
    ApologyLink,
    HandlerMode,
    AsOfLabel,
    AsOfHint,
    Update,
    QuestionsTitle,
    ResultPending,
    TraceStep,
    TraceLaw,
    TraceCheck,
    ParamColumn,
    ParamValueColumn,
    ParamPeriodColumn,
    CopyLink,
    LinkLabel,
    LinkCopied,
    LinkPrivacy,
    Print,
    RulesChanged {
        then: String,
        now: &'static str,
    },
    /// A link that could not be read: the self-test starts from the beginning.
    LinkRefused,
    /// Handler mode: the top-of-page summary and the jump to the full result.
    ResultTitle,
    SkipToResult,
    /// Handler mode: the plain text for a case note, and the button that copies it.
    CaseNoteTitle,
    CaseNoteHint,
    CopyCaseNote,
    CaseNoteCopied,
    CaseNoteTest {
        title: String,
    },
    CaseNoteParamLine {
        name: String,
        value: String,
        period: String,
    },
    /// The result page's way back to the last question.
    BackToLastQuestion,
    /// A yearly amount so low it may be a monthly figure: asked once, never refused.
    YearlyAmountCheck {
        amount: Kronor,
        per_month: Kronor,
        times_twelve: Kronor,
    },
    ConfirmYearlyAmount,
    /// The start screen: what you need, about how long, nothing is sent.
    StartNeed,
    StartTime {
        questions: usize,
        minutes: usize,
    },
    StartButton,
}

impl UiMsg {
    /// The message in the `.ftl` files (src/i18n/ui/).
    pub fn msg(&self) -> text::Msg {
        use UiMsg::*;
        match self {
            Continue => text::ui_continue(),
            Back => text::ui_back(),
            Yes => text::ui_yes(),
            No => text::ui_no(),
            StartAgain => text::ui_start_again(),
            Change => text::ui_change(),
            QuestionOf { n, max } => text::ui_question_of(*max, *n),
            ErrorSummaryTitle => text::ui_error_summary_title(),
            YourAnswers => text::ui_your_answers(),
            Reasons => text::ui_reasons(),
            NextSteps => text::ui_next_steps(),
            GoodToKnow => text::ui_good_to_know(),
            FailedTitle => text::ui_failed_title(),
            FailedCriterion => text::ui_failed_criterion(),
            FailedValue => text::ui_failed_value(),
            FailedLimit => text::ui_failed_limit(),
            CheckLabel(Check::Yes) => text::ui_check_yes(),
            CheckLabel(Check::No) => text::ui_check_no(),
            CheckLabel(Check::Info) => text::ui_check_info(),
            VerdictLabel(Verdict::MayBeEligible) => text::ui_verdict_may_be_eligible(),
            VerdictLabel(Verdict::ProbablyNot) => text::ui_verdict_probably_not(),
            VerdictLabel(Verdict::CannotTell) => text::ui_verdict_cannot_tell(),
            LawLinkTitle => text::ui_law_link_title(),
            OpensInNewTab => text::ui_opens_in_new_tab(),
            TraceTitle => text::ui_trace_title(),
            ParamsUsedTitle => text::ui_params_used_title(),
            ParamSource => text::ui_param_source(),
            ParamValue(v) => param_value(v),
            ParamPeriod { from, until } => text::ui_param_period(*from, until_arg(*until)),
            ParamName(p) => param_name(*p),
            EstimateNote => text::ui_estimate_note(),
            PrivacyNote => text::ui_privacy_note(),
            RulesVersion { version, as_of } => text::ui_rules_version(*as_of, *version),
            LevelOption { level } => text::ui_level_option(level.map_or("none", Level::key)),
            LevelName(l) => text::ui_level_name(l.key(), Arg::Percent(l.fraction())),
            DateExample => text::ui_date_example(),
            MonthExample => text::ui_month_example(),
            KronorUnit => text::ui_kronor_unit(),
            YearsUnit => text::ui_years_unit(),
            MonthsUnit => text::ui_months_unit(),
            AmountNotYetKnown => text::ui_amount_not_yet_known(),
            AmountTooLargeToCompute => text::ui_amount_too_large_to_compute(),
            Loading => text::ui_loading(),
            Apology => text::ui_apology(),
            ApologyLink => text::ui_apology_link(),
            HandlerMode => text::ui_handler_mode(),
            AsOfLabel => text::ui_as_of_label(),
            AsOfHint => text::ui_as_of_hint(),
            Update => text::ui_update(),
            QuestionsTitle => text::ui_questions_title(),
            ResultPending => text::ui_result_pending(),
            TraceStep => text::ui_trace_step(),
            TraceLaw => text::ui_trace_law(),
            TraceCheck => text::ui_trace_check(),
            ParamColumn => text::ui_param_column(),
            ParamValueColumn => text::ui_param_value_column(),
            ParamPeriodColumn => text::ui_param_period_column(),
            CopyLink => text::ui_copy_link(),
            LinkLabel => text::ui_link_label(),
            LinkCopied => text::ui_link_copied(),
            LinkPrivacy => text::ui_link_privacy(),
            Print => text::ui_print(),
            RulesChanged { then, now } => text::ui_rules_changed(*now, Arg::Verbatim(then.clone())),
            LinkRefused => text::ui_link_refused(),
            ResultTitle => text::ui_result_title(),
            SkipToResult => text::ui_skip_to_result(),
            CaseNoteTitle => text::ui_case_note_title(),
            CaseNoteHint => text::ui_case_note_hint(),
            CopyCaseNote => text::ui_copy_case_note(),
            CaseNoteCopied => text::ui_case_note_copied(),
            CaseNoteTest { title } => text::ui_case_note_test(Arg::Verbatim(title.clone())),
            CaseNoteParamLine { name, value, period } => text::ui_case_note_param_line(
                Arg::Verbatim(capitalize(name)),
                Arg::Verbatim(period.clone()),
                Arg::Verbatim(value.clone()),
            ),
            BackToLastQuestion => text::ui_back_to_last_question(),
            YearlyAmountCheck { amount, per_month, times_twelve } => {
                text::ui_yearly_amount_check(*amount, *per_month, *times_twelve)
            }
            ConfirmYearlyAmount => text::ui_confirm_yearly_amount(),
            StartNeed => text::ui_start_need(),
            StartTime { questions, minutes } => text::ui_start_time(*minutes, *questions),
            StartButton => text::ui_start_button(),
        }
    }

    pub fn render(&self, lang: Lang) -> String {
        bundle::render(&self.msg(), lang)
    }

    /// The easy-to-read Swedish text, where one is written (see `i18n/mod.rs`).
    pub fn lattlast(&self) -> Option<String> {
        let m = self.msg();
        m.has_lattlast().then(|| bundle::render(&m, Lang::SvLattlast))
    }

    /// "Ja" or "Nej".
    pub fn from_bool(b: bool) -> UiMsg {
        if b {
            UiMsg::Yes
        } else {
            UiMsg::No
        }
    }
}

/// The first letter upper case: a name at the start of a line, a sentence without its field.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => std::iter::once(upper(first)).chain(c).collect(),
        None => String::new(),
    }
}

/// A letter of the Latin alphabets our languages use (a–z, à–þ: å, ä, ö, é, ü …) in upper case;
/// any other character as it is. Not `char::to_uppercase`: its Unicode tables would add about
/// 11 KB to the wasm for letters no text of ours starts with.
fn upper(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(u32::from(c) - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// A period's end is exclusive in the tables; people read the last month it covers.
fn until_arg(until: YearMonth) -> Arg {
    until.prev().map_or(Arg::Verbatim(String::new()), Arg::Month)
}

pub fn param_name(p: Param) -> text::Msg {
    use Param::*;
    match p {
        Prisbasbelopp => text::ui_param_prisbasbelopp(),
        Inkomstbasbelopp => text::ui_param_inkomstbasbelopp(),
        SgiGolv => text::ui_param_sgi_golv(),
        SgiTak => text::ui_param_sgi_tak(),
        GraviditetspenningSgiTak => text::ui_param_graviditetspenning_sgi_tak(),
        ArbetssokandeTak => text::ui_param_arbetssokande_tak(),
        SjukpenningSarskildaFall => text::ui_param_sjukpenning_sarskilda_fall(),
        Garantinivaer => text::ui_param_garantinivaer(),
        InkomstrelateradAndel => text::ui_param_inkomstrelaterad_andel(),
        AntagandeinkomstTak => text::ui_param_antagandeinkomst_tak(),
        LivranteunderlagTak => text::ui_param_livranteunderlag_tak(),
        Indexeringstal => text::ui_param_indexeringstal(),
        SjukersattningSlutalder => text::ui_param_sjukersattning_slutalder(),
        BostadstillaggBand => text::ui_param_bostadstillagg_band(),
    }
}

fn param_value(v: &ParamValue) -> text::Msg {
    match v {
        ParamValue::Kronor(k) => text::ui_param_plain(*k),
        ParamValue::TimesPbb(x) => text::ui_param_times_pbb(Arg::Factor(*x)),
        ParamValue::Share(x) => text::ui_param_plain(Arg::Percent(*x)),
        ParamValue::Factor(x) => text::ui_param_plain(Arg::Factor(*x)),
        ParamValue::Age(a) => text::years(*a),
    }
}

pub fn param_missing(e: &ParamError) -> text::Msg {
    match e {
        ParamError::NotCovered { param, month } => text::ui_param_not_covered(*month, param_name(*param)),
        ParamError::NotYetKnown { param, year } => text::ui_param_not_yet_known(param_name(*param), *year),
    }
}

/// The message for an answer that cannot be read, without the field's name.
pub fn input_message(e: &InputError) -> text::Msg {
    use crate::domain::CalendarError;
    use InputError::*;
    match e {
        UnknownTest => text::ui_input_unknown_test(),
        UnknownQuestion => text::ui_input_unknown_question(),
        NotAsked { .. } => text::ui_input_not_asked(),
        Empty { .. } => text::ui_input_empty(),
        NotAChoice { .. } => text::ui_input_not_a_choice(),
        BadDate { problem: CalendarError::NoSuchDay, .. } => text::ui_input_no_such_day(),
        BadDate { problem: CalendarError::OutOfRange, .. } => text::ui_input_year_out_of_range(),
        BadDate { .. } => text::ui_input_bad_date(),
        DateTooEarly { .. } => text::ui_input_date_too_early(),
        DateInFuture { .. } => text::ui_input_date_in_future(),
        BadMonth { .. } => text::ui_input_bad_month(),
        NotAnAmount { .. } => text::ui_input_not_an_amount(),
        NegativeAmount { .. } => text::ui_input_negative_amount(),
        AmountHasOre { .. } => text::ui_input_amount_has_ore(),
        AmountTooLarge { max, .. } => text::ui_input_amount_too_large(*max),
        NotANumber { min, max, .. } => text::ui_input_not_a_number(*max, *min),
        NoPreviousQuestion => text::ui_input_no_previous_question(),
        NotFinished => text::ui_input_not_finished(),
        BadAsOf => text::ui_input_bad_as_of(),
        BadSavedSession => text::ui_input_bad_saved_session(),
        UnsupportedSavedVersion { version } => text::ui_input_unsupported_saved_version(*version),
    }
}

/// An input error as one sentence, starting with the field's name when there is one.
pub fn input_error(e: &InputError, field: Option<String>, lang: Lang) -> String {
    let error = input_message(e);
    match field {
        Some(name) => bundle::render(&text::ui_input_with_field(error, Arg::Verbatim(name)), lang),
        None => capitalize(&bundle::render(&error, lang)),
    }
}

/// The level as an adjective before the benefit's name ("hel", "tre fjärdedels").
pub fn level_adjective(l: Level) -> text::Msg {
    text::ui_level_adjective(l.key())
}

/// The level as a share of work capacity ("med hälften", "helt").
pub fn level_share(l: Level) -> text::Msg {
    text::ui_level_share(l.key())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_letter_is_upper_case_as_char_to_uppercase_makes_it() {
        for c in ('a'..='z').chain('à'..='þ').filter(|c| *c != '÷') {
            let want: String = c.to_uppercase().collect();
            assert_eq!(super::upper(c).to_string(), want, "{c}");
        }
        assert_eq!(super::capitalize("ålder"), "Ålder");
        assert_eq!(super::capitalize("1 år"), "1 år");
    }
}
