//! A person's run through a self-test: the answers, the as-of date, and which question is on
//! screen. Every method either succeeds or returns an [`InputError`] and leaves the session
//! exactly as it was. The state is plain data ([`Saved`]) that can be stored and restored.

use super::{Answer, Answers, Ask, Flow, InputError, Outcome, Question};
use crate::domain::Date;
use crate::domain::Map;
use crate::rules::Missing;
use serde::{Deserialize, Serialize};

/// The version of the saved-session format. Bump it when [`Saved`] changes shape, and keep a
/// fixture of the old format in `tests/fixtures/`.
pub const SAVED_FORMAT: u32 = 1;

/// Questions a self-test no longer asks, as (test, question id). Saved sessions and links made
/// before may still carry their answers; those answers are dropped on restore, never refused.
pub const RETIRED_QUESTIONS: &[(&str, &str)] = &[
    // Asked the schooling question a second time in other words; the reason answers it now.
    ("aktivitetsersattning", "schooling-extended"),
];

#[derive(Clone, Debug)]
pub struct Session {
    flow: &'static Flow,
    today: Date,
    answers: Answers,
    /// The answered question on screen when the person went back; `None` at the frontier.
    cursor: Option<&'static str>,
    /// Set when the person chose "change" on the result page: after the answer, go straight
    /// to the first open question or the result instead of walking through every later page.
    returning: bool,
    /// The flow run over `answers` at `today`, redone whenever either changes (an answer,
    /// `restart`, `set_today`, `restore`) and never otherwise: the path, the screen and every
    /// view read this one evaluation.
    eval: Evaluation,
}

/// The next thing the flow needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    Ask(&'static Question),
    Done(Box<Outcome>),
}

/// One run of the flow over the current answers: the questions it read, in order, and what
/// comes next. When `next` is `Ask(q)`, `q` is the last element of `path`.
#[derive(Clone, Debug)]
pub struct Evaluation {
    pub path: Vec<&'static Question>,
    pub next: Next,
}

/// What is on screen now, borrowed from the session's evaluation (nothing is run or copied):
/// what the views read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OnScreen<'a> {
    Question {
        question: &'static Question,
        /// The stored answer, when the person went back to an answered question.
        answer: Option<Answer>,
        /// 1-based position on the path.
        number: usize,
    },
    Outcome(&'a Outcome),
}

/// What is on screen now, as an owned value ([`Session::on_screen`] borrows it instead).
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Question {
        question: &'static Question,
        /// The stored answer, when the person went back to an answered question.
        answer: Option<Answer>,
        /// 1-based position on the path.
        number: usize,
    },
    Outcome(Box<Outcome>),
}

/// A session as plain data, for saving in the page, a link or a file. Unknown keys are refused
/// rather than dropped: they mean another format (or a file that is not a saved session), and
/// what a key we do not know holds must not be silently ignored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    pub format: u32,
    pub test: String,
    pub as_of: String,
    /// The rules version the answers were given under ([`crate::RULES_VERSION`]).
    #[serde(default)]
    pub rules: String,
    pub answers: Map<String, String>,
    #[serde(default)]
    pub at: Option<String>,
}

impl Session {
    pub fn new(flow: &'static Flow, today: Date) -> Session {
        let answers = Answers::new();
        let eval = run_flow(flow, &answers, today);
        Session { flow, today, answers, cursor: None, returning: false, eval }
    }

    pub fn flow(&self) -> &'static Flow {
        self.flow
    }

    pub fn today(&self) -> Date {
        self.today
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The flow's run over the current answers, as the session keeps it: the path and what
    /// comes next. Reading it never runs the flow.
    pub fn evaluation(&self) -> &Evaluation {
        &self.eval
    }

    /// A copy of [`Session::evaluation`], for callers that want to own it. The flow does not run
    /// again.
    pub fn evaluate(&self) -> Evaluation {
        self.eval.clone()
    }

    /// What is on screen: the question the person went back to, or else the first
    /// unanswered question, or else the outcome. Read from the kept evaluation.
    pub fn on_screen(&self) -> OnScreen<'_> {
        let eval = &self.eval;
        if let Some(c) = self.cursor {
            if let Some(i) = eval.path.iter().position(|q| q.id == c) {
                if let Some(a) = self.answers.get(c) {
                    return OnScreen::Question { question: eval.path[i], answer: Some(*a), number: i + 1 };
                }
            }
        }
        match &eval.next {
            Next::Ask(q) => OnScreen::Question { question: q, answer: None, number: eval.path.len() },
            Next::Done(o) => OnScreen::Outcome(o),
        }
    }

    /// [`Session::on_screen`] as an owned value (the outcome copied).
    pub fn screen(&self) -> Screen {
        match self.on_screen() {
            OnScreen::Question { question, answer, number } => Screen::Question { question, answer, number },
            OnScreen::Outcome(o) => Screen::Outcome(Box::new(o.clone())),
        }
    }

    /// Validates and stores an answer to a question on the current path. On error nothing
    /// changes. Later answers that still apply are kept; when the flow reaches an outcome,
    /// answers that are no longer on the path are dropped.
    pub fn answer(&mut self, question: &str, raw: &str) -> Result<(), InputError> {
        let q = self.flow.question(question).ok_or(InputError::UnknownQuestion)?;
        if !self.eval.path.iter().any(|p| p.id == q.id) {
            return Err(InputError::NotAsked { question: q.id });
        }
        let a = q.parse(raw, self.today)?;
        self.answers.insert(q.id, a);
        self.eval = run_flow(self.flow, &self.answers, self.today);
        let after = &self.eval;
        if self.cursor == Some(q.id) {
            self.cursor = if self.returning {
                None
            } else {
                let i = after.path.iter().position(|p| p.id == q.id);
                i.and_then(|i| after.path.get(i + 1)).filter(|n| self.answers.contains_key(n.id)).map(|n| n.id)
            };
        }
        if self.cursor.is_none() {
            self.returning = false;
        }
        // The flow read only the answers on its path, so dropping the others leaves the
        // evaluation as it is.
        if let Next::Done(_) = after.next {
            self.answers.retain(|id, _| after.path.iter().any(|p| p.id == *id));
        }
        Ok(())
    }

    /// Goes to the question before the one on screen (from the outcome: the last question).
    pub fn back(&mut self) -> Result<(), InputError> {
        let eval = &self.eval;
        let here = match self.cursor.and_then(|c| eval.path.iter().position(|q| q.id == c)) {
            Some(i) => i,
            None => match eval.next {
                Next::Ask(_) => eval.path.len().saturating_sub(1),
                Next::Done(_) => eval.path.len(),
            },
        };
        if here == 0 {
            return Err(InputError::NoPreviousQuestion);
        }
        self.cursor = eval.path.get(here - 1).map(|q| q.id);
        self.returning = false;
        Ok(())
    }

    /// Opens an answered question for change, from the result page; after the new answer
    /// the session goes straight on to what is still open.
    pub fn edit(&mut self, question: &str) -> Result<(), InputError> {
        let q = self.flow.question(question).ok_or(InputError::UnknownQuestion)?;
        let on_path = self.eval.path.iter().any(|p| p.id == q.id);
        if !on_path || !self.answers.contains_key(q.id) {
            return Err(InputError::NotAsked { question: q.id });
        }
        self.cursor = Some(q.id);
        self.returning = true;
        Ok(())
    }

    /// Forgets every answer.
    pub fn restart(&mut self) {
        self.answers.clear();
        self.cursor = None;
        self.returning = false;
        self.eval = run_flow(self.flow, &self.answers, self.today);
    }

    /// Evaluates under another date (a handler checking earlier or later rules). Refused, with
    /// nothing changed, if an answer is not valid at that date (a birth date after it).
    pub fn set_today(&mut self, today: Date) -> Result<(), InputError> {
        for (id, a) in &self.answers {
            let q = self.flow.question(id).ok_or(InputError::BadSavedSession)?;
            q.parse(&a.canonical(), today).map_err(|_| InputError::BadAsOf)?;
        }
        self.today = today;
        self.eval = run_flow(self.flow, &self.answers, self.today);
        Ok(())
    }

    pub fn save(&self) -> Saved {
        Saved {
            format: SAVED_FORMAT,
            test: self.flow.id.to_string(),
            as_of: self.today.to_string(),
            rules: crate::RULES_VERSION.to_string(),
            answers: self.answers.iter().map(|(k, v)| (k.to_string(), v.canonical())).collect(),
            at: self.cursor.map(str::to_string),
        }
    }

    /// Rebuilds a session from saved data, validating every answer as if it were typed now.
    pub fn restore(saved: &Saved, find: impl Fn(&str) -> Option<&'static Flow>) -> Result<Session, InputError> {
        if saved.format != SAVED_FORMAT {
            return Err(InputError::UnsupportedSavedVersion { version: saved.format });
        }
        let flow = find(&saved.test).ok_or(InputError::UnknownTest)?;
        let today = Date::parse(&saved.as_of).map_err(|_| InputError::BadAsOf)?;
        let mut answers = Answers::new();
        for (id, raw) in &saved.answers {
            if flow.question(id).is_none() && RETIRED_QUESTIONS.contains(&(flow.id, id.as_str())) {
                continue;
            }
            let q = flow.question(id).ok_or(InputError::BadSavedSession)?;
            answers.insert(q.id, q.parse(raw, today)?);
        }
        let cursor = saved.at.as_deref().and_then(|id| flow.question(id)).map(|q| q.id);
        let eval = run_flow(flow, &answers, today);
        Ok(Session { flow, today, answers, cursor, returning: false, eval })
    }
}

/// Runs the flow over `answers` at `today`: the one place a session runs it.
fn run_flow(flow: &'static Flow, answers: &Answers, today: Date) -> Evaluation {
    let mut ask = Ask::new(answers, today);
    let next = match (flow.run)(&mut ask) {
        Ok(outcome) => Some(Next::Done(Box::new(outcome))),
        Err(Missing(id)) => flow.question(id).map(Next::Ask),
    };
    let path = ask.path().to_vec();
    // A flow only stops on a question it declared; if it ever did not, show the last
    // question it read rather than fail.
    let next = next.unwrap_or_else(|| match path.last() {
        Some(q) => Next::Ask(q),
        None => Next::Ask(flow.questions[0]),
    });
    Evaluation { path, next }
}
