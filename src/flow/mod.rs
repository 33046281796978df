//! The question-flow engine shared by every self-test.
//!
//! A self-test ([`Flow`]) is a function from the answers so far to an [`Outcome`]. It reads
//! answers through [`Ask`]; the first answer it needs and does not have stops it, and that
//! question is the next one to ask. So a self-test asks only what its rules still need, in the
//! order the rules need it, and the path of questions is always derived from the answers, never
//! saved. A [`Session`] holds the answers, the as-of date and which question is on screen, and
//! keeps the flow's last run over them ([`Evaluation`]), redone whenever they change.
//! Not here: the questions of a particular self-test (`flows/`), words (`i18n/`), DOM (`dom/`).

mod question;
mod session;

pub use question::*;
pub use session::*;

use crate::domain::{CalendarError, Date, Kronor, ParamUse, YearMonth};
use crate::rules::{Fact, Failed, Level, Missing, Step, Verdict};
use crate::text::{self, Msg};
use serde::Serialize;

/// A self-test: its questions and the function that routes through them.
pub struct Flow {
    /// Stable id: `aktivitetsersattning`, `livranta` …
    pub id: &'static str,
    pub title: Msg,
    pub intro: Msg,
    pub questions: &'static [&'static Question],
    pub run: fn(&mut Ask) -> Fact<Outcome>,
    /// The longest path through the questions; `tests/flows.rs` checks it. Shown as
    /// "question 3 of at most 9".
    pub max_questions: usize,
}

impl Flow {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().copied().find(|q| q.id == id)
    }
}

impl std::fmt::Debug for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Flow({})", self.id)
    }
}

/// The answers of a session, by question id.
pub type Answers = crate::domain::Map<&'static str, Answer>;

/// What a flow reads answers through. Each read records the question on the path; a read of
/// an unanswered question returns [`Missing`], which ends this run of the flow.
pub struct Ask<'a> {
    answers: &'a Answers,
    today: Date,
    path: Vec<&'static Question>,
}

impl<'a> Ask<'a> {
    pub fn new(answers: &'a Answers, today: Date) -> Ask<'a> {
        Ask { answers, today, path: Vec::new() }
    }

    /// The as-of date the session is evaluated at ("today" unless a handler chose another).
    pub fn today(&self) -> Date {
        self.today
    }

    pub fn path(&self) -> &[&'static Question] {
        &self.path
    }

    fn get(&mut self, q: &'static Question) -> Fact<Answer> {
        if !self.path.iter().any(|p| p.id == q.id) {
            self.path.push(q);
        }
        self.answers.get(q.id).copied().ok_or(Missing(q.id))
    }

    pub fn yes_no(&mut self, q: &'static Question) -> Fact<bool> {
        match self.get(q)? {
            Answer::YesNo(b) => Ok(b),
            _ => Err(Missing(q.id)),
        }
    }

    pub fn choice(&mut self, q: &'static Question) -> Fact<&'static str> {
        match self.get(q)? {
            Answer::Choice(c) => Ok(c),
            _ => Err(Missing(q.id)),
        }
    }

    pub fn date(&mut self, q: &'static Question) -> Fact<Date> {
        match self.get(q)? {
            Answer::Date(d) => Ok(d),
            _ => Err(Missing(q.id)),
        }
    }

    pub fn month(&mut self, q: &'static Question) -> Fact<YearMonth> {
        match self.get(q)? {
            Answer::Month(m) => Ok(m),
            _ => Err(Missing(q.id)),
        }
    }

    pub fn kronor(&mut self, q: &'static Question) -> Fact<Kronor> {
        match self.get(q)? {
            Answer::Kronor(k) => Ok(k),
            _ => Err(Missing(q.id)),
        }
    }

    pub fn level(&mut self, q: &'static Question) -> Fact<Option<Level>> {
        match self.get(q)? {
            Answer::Level(l) => Ok(l),
            _ => Err(Missing(q.id)),
        }
    }

    /// A fact behind a yes/no gate: asks `gate`, and only on "yes" reads the rest with `then`
    /// ("do you know your first sick day?" → "which day?").
    pub fn if_yes<T>(&mut self, gate: &'static Question, then: impl FnOnce(&mut Self) -> Fact<T>) -> Fact<Option<T>> {
        if self.yes_no(gate)? {
            then(self).map(Some)
        } else {
            Ok(None)
        }
    }

    pub fn count(&mut self, q: &'static Question) -> Fact<u32> {
        match self.get(q)? {
            Answer::Count(n) => Ok(n),
            _ => Err(Missing(q.id)),
        }
    }
}

/// The result of a self-test, the same shape for every self-test so one widget and one API
/// serve them all. Words are `Msg`s, rendered last in the chosen language.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub headline: Msg,
    /// The key facts: benefit, level, months, amounts. `key` and `machine` are stable and
    /// language-free, for scenario files, the CLI and events.
    pub rows: Vec<Row>,
    pub failed: Option<Failed>,
    /// Why: every rule step with its law reference.
    pub reasons: Vec<Step>,
    pub params: Vec<ParamUse>,
    pub notes: Vec<Msg>,
    pub next_steps: Vec<Msg>,
    /// For a "probably not": what would turn it, computed by the rules from the failed
    /// condition's value and limit (issue 13).
    pub changes: Vec<Change>,
    /// The dates that matter for the person, in order (issue 13).
    pub timeline: Vec<Event>,
    /// For an amount: how each answer that moves it does, the one that moves it most first
    /// (issue 13), computed by the rules with the answer moved by a round step.
    pub moves: Vec<Change>,
    /// Questions the person may ask at the meeting, and whom (the meeting sheet, issue 13).
    pub to_ask: Vec<ToAsk>,
}

/// Whom a question for the meeting is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Whom {
    Forsakringskassan,
    Arbetsformedlingen,
    Arbetsgivaren,
    Varden,
}

impl Whom {
    /// The select key of the message `whom`, as serialized.
    pub fn key(self) -> &'static str {
        match self {
            Whom::Forsakringskassan => "forsakringskassan",
            Whom::Arbetsformedlingen => "arbetsformedlingen",
            Whom::Arbetsgivaren => "arbetsgivaren",
            Whom::Varden => "varden",
        }
    }

    /// In the order the meeting sheet lists them.
    pub const ALL: [Whom; 4] = [Whom::Forsakringskassan, Whom::Arbetsformedlingen, Whom::Arbetsgivaren, Whom::Varden];
}

/// A question to ask at a meeting, chosen by the self-test from its result: the meeting sheet
/// lists them by [`Whom`].
#[derive(Clone, Debug, PartialEq)]
pub struct ToAsk {
    pub whom: Whom,
    pub text: Msg,
}

impl ToAsk {
    pub fn new(whom: Whom, text: Msg) -> ToAsk {
        ToAsk { whom, text }
    }
}

/// A date that matters for the person: when a right starts or ends, the last month to apply to
/// be paid from the start, a step of the rehabiliteringskedja. The date is the rules'; `key` is
/// stable and language-free, for scenario files and calendar entries.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    pub key: &'static str,
    pub text: Msg,
}

/// The events in date order (the order they were found for the same day).
pub fn in_order(mut events: Vec<Event>) -> Vec<Event> {
    // A handful at most: an insertion keeps a sort routine out of the wasm.
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        let at = out.iter().position(|x| x.date > e.date).unwrap_or(out.len());
        out.insert(at, e);
    }
    out
}

/// A change that would turn the verdict: its language-free form (`domain::machine`, for
/// scenario files and the JS API) and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub machine: String,
    pub text: Msg,
}

impl Change {
    pub fn new<T: Serialize>(change: &T, text: Msg) -> Change {
        Change { machine: crate::domain::machine::line(change), text }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub label: Msg,
    pub value: Msg,
    pub machine: String,
    /// Machine-only rows (a variant id already named by another row) are not shown.
    pub hidden: bool,
    /// The heading of a list apart from the key facts (the entries that do not fit, those not
    /// assessed); rows with the same group follow each other. `None`: a key fact, shown under
    /// the headline.
    pub group: Option<Msg>,
}

impl Row {
    pub fn new(key: impl Into<String>, label: Msg, value: Msg, machine: impl Into<String>) -> Row {
        Row { key: key.into(), label, value, machine: machine.into(), hidden: false, group: None }
    }

    /// An amount: shown as kronor in the person's language, `machine` in whole kronor.
    pub fn kronor(key: impl Into<String>, label: Msg, k: Kronor) -> Row {
        Row::new(key, label, text::kronor(k), k.0.to_string())
    }

    /// A yes/no fact: shown as "Ja"/"Yes", `machine` "yes"/"no".
    pub fn yes_no(key: impl Into<String>, label: Msg, b: bool) -> Row {
        let shown = if b { text::ui_yes() } else { text::ui_no() };
        Row::new(key, label, shown, if b { "yes" } else { "no" })
    }

    pub fn hidden(mut self) -> Row {
        self.hidden = true;
        self
    }

    /// The row in a list apart, under `heading`.
    pub fn in_group(mut self, heading: Msg) -> Row {
        self.group = Some(heading);
        self
    }
}

/// Why an answer or a request was refused. Carries data; i18n gives the words. `question`
/// names the field, so the widget can link the error to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum InputError {
    UnknownTest,
    UnknownQuestion,
    /// The question is not on the path of the current answers.
    NotAsked {
        question: &'static str,
    },
    Empty {
        question: &'static str,
    },
    NotAChoice {
        question: &'static str,
    },
    BadDate {
        question: &'static str,
        #[serde(skip)]
        problem: CalendarError,
    },
    DateTooEarly {
        question: &'static str,
    },
    DateInFuture {
        question: &'static str,
    },
    BadMonth {
        question: &'static str,
        #[serde(skip)]
        problem: CalendarError,
    },
    NotAnAmount {
        question: &'static str,
    },
    NegativeAmount {
        question: &'static str,
    },
    AmountHasOre {
        question: &'static str,
    },
    AmountTooLarge {
        question: &'static str,
        max: Kronor,
    },
    NotANumber {
        question: &'static str,
        min: u32,
        max: u32,
    },
    NoPreviousQuestion,
    /// An outcome was asked for before every question it needs has an answer.
    NotFinished,
    BadAsOf,
    BadSavedSession,
    UnsupportedSavedVersion {
        version: u32,
    },
}

impl InputError {
    /// The stable error code, as in the serialized form.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::UnknownTest => "unknown-test",
            InputError::UnknownQuestion => "unknown-question",
            InputError::NotAsked { .. } => "not-asked",
            InputError::Empty { .. } => "empty",
            InputError::NotAChoice { .. } => "not-a-choice",
            InputError::BadDate { .. } => "bad-date",
            InputError::DateTooEarly { .. } => "date-too-early",
            InputError::DateInFuture { .. } => "date-in-future",
            InputError::BadMonth { .. } => "bad-month",
            InputError::NotAnAmount { .. } => "not-an-amount",
            InputError::NegativeAmount { .. } => "negative-amount",
            InputError::AmountHasOre { .. } => "amount-has-ore",
            InputError::AmountTooLarge { .. } => "amount-too-large",
            InputError::NotANumber { .. } => "not-a-number",
            InputError::NoPreviousQuestion => "no-previous-question",
            InputError::NotFinished => "not-finished",
            InputError::BadAsOf => "bad-as-of",
            InputError::BadSavedSession => "bad-saved-session",
            InputError::UnsupportedSavedVersion { .. } => "unsupported-saved-version",
        }
    }

    /// The question the error is about, if any.
    pub fn question(&self) -> Option<&'static str> {
        match *self {
            InputError::NotAsked { question }
            | InputError::Empty { question }
            | InputError::NotAChoice { question }
            | InputError::BadDate { question, .. }
            | InputError::DateTooEarly { question }
            | InputError::DateInFuture { question }
            | InputError::BadMonth { question, .. }
            | InputError::NotAnAmount { question }
            | InputError::NegativeAmount { question }
            | InputError::AmountHasOre { question }
            | InputError::AmountTooLarge { question, .. }
            | InputError::NotANumber { question, .. } => Some(question),
            _ => None,
        }
    }
}
