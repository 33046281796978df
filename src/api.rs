//! The one serialized surface, shared by the wasm binding, the DOM widget and the command line:
//! what a screen looks like as data ([`View`]), the reply envelope ([`Reply`]) and the list of
//! self-tests. Everything here is rendered in one language; nothing here touches the DOM or JS.

use crate::domain::{Check, Date};
use crate::flow::{Answer, InputError, Kind, Outcome, Question, Saved, Screen, Session};
use crate::flows;
use crate::i18n::{format as f, Lang, Msg, UiMsg};
use crate::rules::Verdict;
use serde::Serialize;

/// One self-test in the list.
#[derive(Clone, Debug, Serialize)]
pub struct TestInfo {
    pub id: &'static str,
    pub title: String,
    pub intro: String,
}

/// What a screen shows, as data.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum View {
    Question(QuestionView),
    Outcome(OutcomeView),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionView {
    pub test: &'static str,
    pub lang: Lang,
    pub id: &'static str,
    /// `yes-no`, `one-of`, `date`, `month`, `kronor`, `level`, `count`.
    pub input: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub options: Vec<OptionView>,
    /// The stored answer in canonical form, when the person went back to the question.
    pub value: Option<String>,
    pub number: usize,
    pub max: usize,
    pub progress: String,
    pub can_go_back: bool,
    pub law: Option<LawView>,
    /// A unit shown after a text field ("kr", "år").
    pub unit: Option<String>,
    /// The HTML `autocomplete` token when the field asks for the person's own data ("bday").
    pub autocomplete: Option<&'static str>,
    pub rules_version: &'static str,
    pub as_of: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LawView {
    pub text: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeView {
    pub test: &'static str,
    pub lang: Lang,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub headline: String,
    pub rows: Vec<RowView>,
    pub failed: Option<FailedView>,
    pub reasons: Vec<StepView>,
    pub params: Vec<ParamView>,
    pub notes: Vec<String>,
    pub next_steps: Vec<String>,
    pub answers: Vec<AnswerView>,
    pub rules_version: &'static str,
    pub as_of: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RowView {
    pub key: String,
    pub label: String,
    pub value: String,
    pub machine: String,
    pub hidden: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FailedView {
    pub criterion: String,
    pub value: String,
    pub limit: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepView {
    pub law: LawView,
    pub text: String,
    pub check: Check,
    pub check_label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamView {
    pub name: String,
    pub value: String,
    pub period: String,
    pub source: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerView {
    pub question: &'static str,
    pub label: String,
    pub answer: String,
}

/// An expected failure, for the JS to branch on: a stable code, the field, and the words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorView {
    pub code: &'static str,
    pub question: Option<&'static str>,
    pub message: String,
}

/// The envelope every call returns: `{ ok: true, view }` or `{ ok: false, error, view }`,
/// where `view` is the unchanged screen (absent when there is no session).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reply {
    pub ok: bool,
    pub view: Option<View>,
    pub error: Option<ErrorView>,
}

/// The self-tests, in one language.
pub fn tests(lang: Lang) -> Vec<TestInfo> {
    flows::ALL
        .iter()
        .map(|fl| TestInfo { id: fl.id, title: fl.title.render(lang), intro: fl.intro.render(lang) })
        .collect()
}

/// Starts a self-test at an as-of date ("today" from the caller's clock).
pub fn start(test: &str, as_of: &str) -> Result<Session, InputError> {
    let flow = flows::find(test).ok_or(InputError::UnknownTest)?;
    let today = Date::parse(as_of).map_err(|_| InputError::BadAsOf)?;
    Ok(Session::new(flow, today))
}

/// Rebuilds a session from its saved form.
pub fn restore(saved: &Saved) -> Result<Session, InputError> {
    Session::restore(saved, flows::find)
}

/// The reply to a call on a session: the screen now, plus the error if the call was refused.
pub fn reply(session: &Session, result: Result<(), InputError>, lang: Lang) -> Reply {
    let view = Some(view(session, lang));
    match result {
        Ok(()) => Reply { ok: true, view, error: None },
        Err(e) => Reply { ok: false, view, error: Some(error_view(Some(session), &e, lang)) },
    }
}

/// The reply when there is no session (an unknown test, an unreadable saved session).
pub fn failure(e: &InputError, lang: Lang) -> Reply {
    Reply { ok: false, view: None, error: Some(error_view(None, e, lang)) }
}

pub fn error_view(session: Option<&Session>, e: &InputError, lang: Lang) -> ErrorView {
    let field =
        e.question().and_then(|id| session.and_then(|s| s.flow().question(id))).map(|q| Box::new(q.name.clone()));
    ErrorView { code: e.code(), question: e.question(), message: Msg::Input { error: *e, field }.render(lang) }
}

/// The current screen of a session as data.
pub fn view(session: &Session, lang: Lang) -> View {
    match session.screen() {
        Screen::Question { question, answer, number } => {
            View::Question(question_view(session, question, answer, number, lang))
        }
        Screen::Outcome(o) => View::Outcome(outcome_view(session, &o, lang)),
    }
}

fn input_kind(k: &Kind) -> &'static str {
    match k {
        Kind::YesNo => "yes-no",
        Kind::OneOf(_) => "one-of",
        Kind::Date { .. } => "date",
        Kind::Month => "month",
        Kind::Kronor { .. } => "kronor",
        Kind::Level { .. } => "level",
        Kind::Count { .. } => "count",
    }
}

fn options(q: &Question, lang: Lang) -> Vec<OptionView> {
    let opt = |value: &str, label: Msg| OptionView { value: value.into(), label: label.render(lang), hint: None };
    match &q.kind {
        Kind::YesNo => vec![opt("yes", Msg::Ui(UiMsg::Yes)), opt("no", Msg::Ui(UiMsg::No))],
        Kind::OneOf(choices) => choices
            .iter()
            .map(|c| OptionView {
                value: c.value.into(),
                label: c.label.render(lang),
                hint: c.hint.as_ref().map(|h| h.render(lang)),
            })
            .collect(),
        Kind::Level { below_quarter } => {
            let mut out = Vec::new();
            if *below_quarter {
                out.push(opt("0", Msg::Ui(UiMsg::LevelOption { level: None })));
            }
            for l in crate::rules::Level::ALL {
                out.push(opt(l.code(), Msg::Ui(UiMsg::LevelOption { level: Some(l) })));
            }
            out
        }
        _ => Vec::new(),
    }
}

/// WCAG 1.3.5 (Identify Input Purpose, AA): a field that asks for the person's own data says
/// which, so browsers can fill it in and assistive tools can mark it. Of the purposes HTML names,
/// our questions ask only the birth date, and every self-test asks it as `birth-date`.
fn autocomplete(q: &Question) -> Option<&'static str> {
    match (q.id, &q.kind) {
        ("birth-date", Kind::Date { .. }) => Some("bday"),
        _ => None,
    }
}

fn question_view(
    session: &Session,
    q: &'static Question,
    answer: Option<Answer>,
    number: usize,
    lang: Lang,
) -> QuestionView {
    let max = session.flow().max_questions.max(number);
    let unit = match q.kind {
        Kind::Kronor { .. } => Some(Msg::Ui(UiMsg::KronorUnit).render(lang)),
        Kind::Count { .. } => Some(Msg::Ui(UiMsg::YearsUnit).render(lang)),
        _ => None,
    };
    QuestionView {
        test: session.flow().id,
        lang,
        id: q.id,
        input: input_kind(&q.kind),
        label: q.label.render(lang),
        hint: q.hint.as_ref().map(|h| h.render(lang)),
        options: options(q, lang),
        value: answer.map(|a| a.canonical()),
        number,
        max,
        progress: Msg::Ui(UiMsg::QuestionOf { n: number, max }).render(lang),
        can_go_back: number > 1,
        law: q.law.map(|l| LawView { text: l.to_string(), url: l.url() }),
        unit,
        autocomplete: autocomplete(q),
        rules_version: crate::RULES_VERSION,
        as_of: session.today(),
    }
}

/// An answer as a person reads it on the summary ("Ja", "15 mars 2004", "350 000 kr").
pub fn answer_text(q: &Question, a: &Answer, lang: Lang) -> String {
    match a {
        Answer::YesNo(true) => UiMsg::Yes.render(lang),
        Answer::YesNo(false) => UiMsg::No.render(lang),
        Answer::Choice(v) => match &q.kind {
            Kind::OneOf(choices) => {
                choices.iter().find(|c| c.value == *v).map(|c| c.label.render(lang)).unwrap_or_default()
            }
            _ => (*v).to_string(),
        },
        Answer::Date(d) => f::date(*d, lang),
        Answer::Month(m) => f::month(*m, lang),
        Answer::Kronor(k) => f::kronor(*k, lang),
        Answer::Level(l) => UiMsg::LevelOption { level: *l }.render(lang),
        Answer::Count(n) => f::number(*n as i64, lang),
    }
}

pub fn outcome_view(session: &Session, o: &Outcome, lang: Lang) -> OutcomeView {
    let path = session.evaluate().path;
    let answers = path
        .iter()
        .filter_map(|q| {
            session.answers().get(q.id).map(|a| AnswerView {
                question: q.id,
                label: q.label.render(lang),
                answer: answer_text(q, a, lang),
            })
        })
        .collect();
    OutcomeView {
        test: session.flow().id,
        lang,
        verdict: o.verdict,
        verdict_label: UiMsg::VerdictLabel(o.verdict).render(lang),
        headline: o.headline.render(lang),
        rows: o
            .rows
            .iter()
            .map(|r| RowView {
                key: r.key.clone(),
                label: r.label.render(lang),
                value: r.value.render(lang),
                machine: r.machine.clone(),
                hidden: r.hidden,
            })
            .collect(),
        failed: o.failed.as_ref().map(|x| FailedView {
            criterion: x.criterion.render(lang),
            value: x.value.render(lang),
            limit: x.limit.render(lang),
        }),
        reasons: o
            .reasons
            .iter()
            .map(|s| StepView {
                law: LawView { text: s.law.to_string(), url: s.law.url() },
                text: s.msg.render(lang),
                check: s.check,
                check_label: UiMsg::CheckLabel(s.check).render(lang),
            })
            .collect(),
        params: o
            .params
            .iter()
            .map(|p| ParamView {
                name: UiMsg::ParamName(p.param).render(lang),
                value: UiMsg::ParamValue(p.value).render(lang),
                period: UiMsg::ParamPeriod { from: p.from, until: p.until }.render(lang),
                source: p.source,
            })
            .collect(),
        notes: o.notes.iter().map(|m| m.render(lang)).collect(),
        next_steps: o.next_steps.iter().map(|m| m.render(lang)).collect(),
        answers,
        rules_version: crate::RULES_VERSION,
        as_of: session.today(),
    }
}
