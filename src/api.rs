//! The one serialized surface, shared by the wasm binding, the DOM widget and the command line:
//! what a screen looks like as data ([`View`]), the reply envelope ([`Reply`]) and the list of
//! self-tests. Everything here is rendered in one language; nothing here touches the DOM or JS.

use crate::domain::{Check, Date, Kronor};
use crate::flow::{Answer, CountUnit, InputError, Kind, OnScreen, Outcome, Question, Saved, Session};
use crate::flows;
use crate::i18n::{self, format as f, Lang, Msg, Render, UiMsg};
use crate::rules::{sjukpenning, RuleError, Verdict};
use crate::text;
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
    /// The words the question uses that need explaining, each with its definition.
    pub terms: Vec<TermView>,
    pub rules_version: &'static str,
    pub as_of: Date,
}

/// A word that needs explaining, as the page shows it: "Vad betyder SGI?" and the definition
/// (`i18n::terms`). On a result page, `at` names the part where the word first appears:
/// `facts` (the headline and key facts), `failed` (the failed condition and what would change
/// the result), `notes`, `next-steps` or `reasons`; on a question, `question`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermView {
    pub key: &'static str,
    pub at: &'static str,
    pub question: String,
    pub definition: String,
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
    /// For a "probably not": what would turn it, computed by the rules (issue 13).
    pub changes: Vec<ChangeView>,
    /// The dates that matter for the person, in order (issue 13); [`ics`] makes a calendar file.
    pub timeline: Vec<EventView>,
    /// For an amount: what each answer that moves it does, the one that moves it most first.
    pub moves: Vec<ChangeView>,
    /// Questions the person may ask at a meeting, by whom they are for (the meeting sheet).
    pub to_ask: Vec<ToAskView>,
    /// The words the page uses that need explaining, each once, where it first appears.
    pub terms: Vec<TermView>,
    pub rules_version: &'static str,
    pub as_of: Date,
}

/// A date that matters: `date` as `YYYY-MM-DD`, `when` as a person reads it ("1 mars 2026"),
/// `key` stable and language-free ("first-month", "apply-by", "day-181" …).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventView {
    pub date: Date,
    pub when: String,
    pub key: &'static str,
    pub text: String,
}

/// A question for a meeting: `whom` stable and language-free (`forsakringskassan`,
/// `arbetsformedlingen`, `arbetsgivaren`, `varden`), `who` the heading a person reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ToAskView {
    pub whom: crate::flow::Whom,
    pub who: String,
    pub text: String,
}

/// A change that would turn the verdict: its language-free form (`domain::machine`, e.g.
/// `forlust-till-en-femtondel saknas=1200 minst=20000`) and the sentence a person reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangeView {
    pub change: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RowView {
    pub key: String,
    pub label: String,
    pub value: String,
    pub machine: String,
    pub hidden: bool,
    /// The heading of the list apart the row is in; `null` for a key fact under the headline.
    pub group: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FailedView {
    /// The failed step in its language-free form (`domain::machine`), e.g.
    /// `loss-at-least-one-fifteenth grad=1/20`.
    pub step: String,
    pub criterion: String,
    pub value: String,
    pub limit: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepView {
    pub law: LawView,
    /// The step in its language-free form (`domain::machine`): its id, then its values and limits.
    pub step: String,
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

/// The start screen of a self-test: what it is, what the person may need at hand (the facts
/// its questions ask that one may have to look up: dates, amounts, counts), about how long it
/// takes, and (drawn beside it) that nothing typed is sent anywhere.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StartView {
    pub title: String,
    pub intro: String,
    pub needs: Vec<String>,
    pub questions: usize,
    /// About half a minute per question, rounded up, and at least two minutes.
    pub minutes: usize,
}

pub fn start_view(flow: &crate::flow::Flow, lang: Lang) -> StartView {
    let needs = flow
        .questions
        .iter()
        .filter(|q| matches!(q.kind, Kind::Date { .. } | Kind::Month | Kind::Kronor { .. } | Kind::Count { .. }))
        .map(|q| q.name.render(lang))
        .collect();
    let minutes = flow.max_questions.div_ceil(2).max(2);
    StartView {
        title: flow.title.render(lang),
        intro: flow.intro.render(lang),
        needs,
        questions: flow.max_questions,
        minutes,
    }
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
    let field = e.question().and_then(|id| session.and_then(|s| s.flow().question(id))).map(|q| &q.name);
    ErrorView { code: e.code(), question: e.question(), message: i18n::input_error(e, field, lang) }
}

/// The current screen of a session as data, rendered from the evaluation the session keeps
/// (the flow does not run here).
pub fn view(session: &Session, lang: Lang) -> View {
    match session.on_screen() {
        OnScreen::Question { question, answer, number } => {
            View::Question(question_view(session, question, answer, number, lang))
        }
        OnScreen::Outcome(o) => View::Outcome(outcome_view(session, o, lang)),
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
        Kind::YesNo => vec![opt("yes", text::ui_yes()), opt("no", text::ui_no())],
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
                out.push(opt("0", UiMsg::LevelOption { level: None }.msg()));
            }
            for l in crate::rules::Level::ALL {
                out.push(opt(l.code(), UiMsg::LevelOption { level: Some(l) }.msg()));
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
        Kind::Kronor { .. } => Some(UiMsg::KronorUnit.msg().render(lang)),
        Kind::Count { unit: CountUnit::Years, .. } => Some(UiMsg::YearsUnit.msg().render(lang)),
        Kind::Count { unit: CountUnit::Months, .. } => Some(UiMsg::MonthsUnit.msg().render(lang)),
        _ => None,
    };
    let mut v = QuestionView {
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
        progress: UiMsg::QuestionOf { n: number, max }.msg().render(lang),
        can_go_back: number > 1,
        law: q.law.map(|l| LawView { text: l.to_string(), url: l.url() }),
        unit,
        autocomplete: autocomplete(q),
        terms: Vec::new(),
        rules_version: crate::RULES_VERSION,
        as_of: session.today(),
    };
    let mut texts: Vec<&str> = vec![&v.label];
    texts.extend(v.hint.as_deref());
    for o in &v.options {
        texts.push(&o.label);
        texts.extend(o.hint.as_deref());
    }
    let mut terms = Vec::new();
    add_terms(&mut terms, "question", &texts, lang);
    v.terms = terms;
    v
}

/// Adds the terms `texts` use that `terms` does not have yet, each at `at`.
fn add_terms(terms: &mut Vec<TermView>, at: &'static str, texts: &[&str], lang: Lang) {
    for text in texts {
        for t in i18n::terms::find(text, lang) {
            if !terms.iter().any(|x| x.key == t.key) {
                terms.push(TermView {
                    key: t.key,
                    at,
                    question: (t.question)().render(lang),
                    definition: (t.definition)().render(lang),
                });
            }
        }
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
    let answers = session
        .evaluation()
        .path
        .iter()
        .filter_map(|q| {
            session.answers().get(q.id).map(|a| AnswerView {
                question: q.id,
                label: q.label.render(lang),
                answer: answer_text(q, a, lang),
            })
        })
        .collect();
    let mut v = OutcomeView {
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
                group: r.group.as_ref().map(|g| g.render(lang)),
            })
            .collect(),
        failed: o.failed.as_ref().map(|x| {
            let (criterion, value, limit) = i18n::failed(x);
            FailedView {
                step: crate::domain::machine::line(x),
                criterion: criterion.render(lang),
                value: value.render(lang),
                limit: limit.render(lang),
            }
        }),
        // In lättläst, each step in its lättläst words where they are written (plain Swedish
        // otherwise); the paragraph stays beside it.
        reasons: o
            .reasons
            .iter()
            .map(|s| StepView {
                law: LawView { text: s.law.to_string(), url: s.law.url() },
                step: crate::domain::machine::line(&s.what),
                text: i18n::step(&s.what).render(lang),
                check: s.check,
                check_label: UiMsg::CheckLabel(s.check).render(lang),
            })
            .collect(),
        // The parameters used, in words: shown in handler mode and given by the JavaScript
        // API; a one-test engine, for citizens, has neither (Cargo features `handler`, `js-api`).
        params: if !cfg!(any(feature = "handler", feature = "js-api")) {
            Vec::new()
        } else {
            o.params
                .iter()
                .map(|p| ParamView {
                    name: UiMsg::ParamName(p.param).render(lang),
                    value: UiMsg::ParamValue(p.value).render(lang),
                    period: UiMsg::ParamPeriod { from: p.from, until: p.until }.render(lang),
                    source: p.source,
                })
                .collect()
        },
        notes: o.notes.iter().map(|m| m.render(lang)).collect(),
        next_steps: o.next_steps.iter().map(|m| m.render(lang)).collect(),
        answers,
        changes: o
            .changes
            .iter()
            .map(|c| ChangeView { change: c.machine.clone(), text: c.text.render(lang) })
            .collect(),
        moves: o.moves.iter().map(|c| ChangeView { change: c.machine.clone(), text: c.text.render(lang) }).collect(),
        timeline: o
            .timeline
            .iter()
            .map(|e| EventView { date: e.date, when: f::date(e.date, lang), key: e.key, text: e.text.render(lang) })
            .collect(),
        to_ask: o
            .to_ask
            .iter()
            .map(|a| ToAskView { whom: a.whom, who: text::whom(a.whom.key()).render(lang), text: a.text.render(lang) })
            .collect(),
        terms: Vec::new(),
        rules_version: crate::RULES_VERSION,
        as_of: session.today(),
    };
    let mut terms = Vec::new();
    let mut facts: Vec<&str> = vec![&v.headline];
    for r in v.rows.iter().filter(|r| !r.hidden) {
        facts.extend([r.label.as_str(), r.value.as_str()]);
    }
    add_terms(&mut terms, "facts", &facts, lang);
    if let Some(f) = &v.failed {
        add_terms(&mut terms, "failed", &[&f.criterion, &f.value, &f.limit], lang);
    }
    // A word in what would change the result is explained with the failed condition, just above.
    add_terms(&mut terms, "failed", &v.changes.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), lang);
    // What moves the amount is drawn with the figures.
    add_terms(&mut terms, "facts", &v.moves.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), lang);
    add_terms(&mut terms, "notes", &v.notes.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    add_terms(&mut terms, "next-steps", &v.next_steps.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    add_terms(&mut terms, "reasons", &v.reasons.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), lang);
    v.terms = terms;
    v
}

/// Every question on the current path, with its stored answer: the handler's one-page form.
pub fn path_views(session: &Session, lang: Lang) -> Vec<QuestionView> {
    session
        .evaluation()
        .path
        .iter()
        .enumerate()
        .map(|(i, q)| question_view(session, q, session.answers().get(q.id).copied(), i + 1, lang))
        .collect()
}

/// A second look at a valid answer before the widget goes on (a yearly amount that may be a
/// monthly one), in words; `None` when the answer needs none or is not valid. The session never
/// refuses such an answer; see [`crate::flow::Question::doubt`].
pub fn doubt(session: &Session, question: &str, raw: &str, lang: Lang) -> Option<String> {
    let q = session.flow().question(question)?;
    let answer = q.parse(raw, session.today()).ok()?;
    match q.doubt(&answer)? {
        crate::flow::Doubt::MaybeMonthly { amount } => Some(
            UiMsg::YearlyAmountCheck {
                amount,
                per_month: Kronor(amount.0.saturating_add(6) / 12),
                times_twelve: Kronor(amount.0.saturating_mul(12)),
            }
            .render(lang),
        ),
    }
}

/// Handler mode: the outcome as plain text for a case note. The answers by the field's short
/// name, the result, the reasons with their paragraphs, the figures used, the rules version and
/// the as-of date; no words that belong to the screen (buttons, "opens in a new tab") and no
/// developer notes (the figures' sources stay in the on-screen table).
pub fn case_note(o: &OutcomeView) -> String {
    let lang = o.lang;
    let ui = |m: UiMsg| m.render(lang);
    let flow = flows::find(o.test);
    let mut out = vec![
        ui(UiMsg::CaseNoteTest { title: flow.map(|f| f.title.render(lang)).unwrap_or_default() }),
        ui(UiMsg::RulesVersion { version: o.rules_version, as_of: o.as_of }),
        String::new(),
        ui(UiMsg::YourAnswers),
    ];
    for a in &o.answers {
        let name = flow.and_then(|f| f.question(a.question)).map(|q| q.name.render(lang)).unwrap_or(a.label.clone());
        out.push(format!("- {name}: {}", a.answer));
    }
    out.push(String::new());
    out.push(format!("{}: {}. {}", ui(UiMsg::ResultTitle), o.verdict_label, o.headline));
    let mut group = None;
    for r in o.rows.iter().filter(|r| !r.hidden) {
        if r.group.is_some() && r.group != group {
            group = r.group.clone();
            out.push(String::new());
            out.push(group.clone().unwrap_or_default());
        }
        out.push(format!("- {}: {}", r.label, r.value));
    }
    if let Some(f) = &o.failed {
        out.push(format!("{}: {}", ui(UiMsg::FailedTitle), f.criterion));
        out.push(format!("- {}: {}", ui(UiMsg::FailedValue), f.value));
        out.push(format!("- {}: {}", ui(UiMsg::FailedLimit), f.limit));
    }
    if !o.changes.is_empty() {
        out.push(String::new());
        out.push(crate::i18n::Render::render(&crate::text::changes_title(), o.lang));
        out.extend(o.changes.iter().map(|c| format!("- {}", c.text)));
    }
    if !o.notes.is_empty() {
        out.push(String::new());
        out.push(ui(UiMsg::GoodToKnow));
        out.extend(o.notes.iter().map(|n| format!("- {n}")));
    }
    out.push(String::new());
    out.push(ui(UiMsg::Reasons));
    for (i, s) in o.reasons.iter().enumerate() {
        out.push(format!("{}. {} ({}): {}", i + 1, s.check_label, s.law.text, s.text));
    }
    if !o.params.is_empty() {
        out.push(String::new());
        out.push(ui(UiMsg::ParamsUsedTitle));
        for p in &o.params {
            let line =
                UiMsg::CaseNoteParamLine { name: p.name.clone(), value: p.value.clone(), period: p.period.clone() };
            out.push(format!("- {}", line.render(lang)));
        }
    }
    out.join("\n")
}

// --- A calendar file: the timeline as iCalendar (RFC 5545) -------------------------------------

/// The result's dates as an iCalendar file, made where the person is (nothing is sent): one
/// all-day event per date, its words in the page's language. `DTSTAMP` is the as-of day (the
/// core has no clock). Lines end in CRLF and fold at 75 octets, as RFC 5545 asks.
pub fn ics(o: &OutcomeView) -> String {
    let compact = |d: Date| d.to_string().replace('-', "");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//sjalvtest//{}//{}", crate::RULES_VERSION, o.lang.tag()),
        "CALSCALE:GREGORIAN".to_string(),
        format!("X-WR-CALNAME:{}", ics_text(&text::timeline_calendar_name().render(o.lang))),
    ];
    for e in &o.timeline {
        let end = e.date.plus_days(1).unwrap_or(e.date);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}-{}@sjalvtest", o.test, e.key, compact(e.date)),
            format!("DTSTAMP:{}T000000Z", compact(o.as_of)),
            format!("DTSTART;VALUE=DATE:{}", compact(e.date)),
            format!("DTEND;VALUE=DATE:{}", compact(end)),
            format!("SUMMARY:{}", ics_text(&e.text)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for l in lines {
        fold(&l, &mut out);
    }
    out
}

/// A TEXT value: backslash, semicolon, comma and line ends escaped (RFC 5545, 3.3.11).
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: at most 75 octets a line, a continuation starting with a space,
/// never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The calendar file as a `data:` URL for a download link (the file never leaves the browser).
pub fn ics_data_url(o: &OutcomeView) -> String {
    format!("data:text/calendar;charset=utf-8,{}", percent_encode(&ics(o)))
}

// --- Links: a saved session in a URL fragment --------------------------------------------------

/// The fragment key a link uses: `#sjalvtest=…`.
pub const LINK_KEY: &str = "sjalvtest";

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            out.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

/// A saved session as the value of a URL fragment: `v=1&t=<test>&d=<as-of>&r=<rules>&a.<id>=<answer>…`,
/// percent-encoded. The fragment never reaches a server; the person decides where the link goes.
pub fn to_link(saved: &Saved) -> String {
    let mut parts = vec![
        format!("v={}", saved.format),
        format!("t={}", percent_encode(&saved.test)),
        format!("d={}", percent_encode(&saved.as_of)),
        format!("r={}", percent_encode(&saved.rules)),
    ];
    for (k, v) in &saved.answers {
        parts.push(format!("a.{}={}", percent_encode(k), percent_encode(v)));
    }
    percent_encode(&parts.join("&"))
}

/// Reads a link made by [`to_link`]: the part after `#sjalvtest=` (or the whole fragment).
pub fn from_link(fragment: &str) -> Result<Saved, InputError> {
    let bad = InputError::BadSavedSession;
    let value = fragment.trim_start_matches('#');
    let value = value.strip_prefix(LINK_KEY).and_then(|v| v.strip_prefix('=')).unwrap_or(value);
    let decoded = percent_decode(value).ok_or(bad)?;
    let mut saved = Saved {
        format: 0,
        test: String::new(),
        as_of: String::new(),
        rules: String::new(),
        answers: Default::default(),
        at: None,
    };
    for part in decoded.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').ok_or(bad)?;
        let v = percent_decode(v).ok_or(bad)?;
        match k {
            "v" => saved.format = v.parse().map_err(|_| bad)?,
            "t" => saved.test = v,
            "d" => saved.as_of = v,
            "r" if is_rules_version(&v) => saved.rules = v,
            "r" => return Err(bad),
            _ => {
                let id = k.strip_prefix("a.").and_then(percent_decode).ok_or(bad)?;
                saved.answers.insert(id, v);
            }
        }
    }
    if saved.test.is_empty() || saved.rules.is_empty() {
        return Err(bad);
    }
    Ok(saved)
}

/// Whether `s` has the shape of a rules version (`2026.11.1`: a year, then one or two numbers,
/// each of at most three digits). A link's version is shown in the notice that the rules have
/// changed, so a link that carries anything else is refused: text from a link must never
/// appear as the self-test's own words.
pub fn is_rules_version(s: &str) -> bool {
    let mut parts = s.split('.');
    let year = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let digits = |p: &str, max: usize| !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit());
    year.len() == 4 && digits(year, 4) && (1..=2).contains(&rest.len()) && rest.iter().all(|p| digits(p, 3))
}

/// A session from a link, and whether the rules have changed since the link was made.
pub fn restore_link(fragment: &str) -> Result<(Session, Option<String>), InputError> {
    let saved = from_link(fragment)?;
    let changed = (saved.rules != crate::RULES_VERSION).then(|| saved.rules.clone());
    Ok((restore(&saved)?, changed))
}

/// `sjalvtest sjukpenning --format json`: the sjukpenning calculator for one income and year.
/// Keys are stable; amounts are whole kronor, dates `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SjukpenningView {
    pub year: i32,
    pub income: Kronor,
    /// 24 % of PBB: an income below it gives no SGI.
    pub sgi_floor: Kronor,
    pub sgi_cap: Kronor,
    pub below_floor: bool,
    /// `null` below the floor.
    pub sgi: Option<Kronor>,
    pub sgi_capped: bool,
    pub job_seeker: bool,
    /// The year's cap for job seekers; `null` for others.
    pub job_seeker_cap: Option<Kronor>,
    pub job_seeker_capped: bool,
    /// Full sjukpenning per day at 80 % and 75 %; `null` without an SGI.
    pub per_day_80: Option<Kronor>,
    pub per_day_75: Option<Kronor>,
    pub per_month_80: Option<Kronor>,
    /// Only when a first sick day is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rehabiliteringskedjan: Option<RehabkedjaView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RehabkedjaView {
    pub first_sick_day: Date,
    pub day_90: Date,
    pub day_91: Date,
    pub day_180: Date,
    pub day_181: Date,
    pub day_365: Date,
    pub day_366: Date,
}

/// The calculator without questions. A year or a figure outside the data is an error.
pub fn sjukpenning_view(
    income: Kronor,
    year: i32,
    job_seeker: bool,
    first_sick_day: Option<Date>,
) -> Result<SjukpenningView, RuleError> {
    let k = sjukpenning::berakna(income, year, job_seeker, first_sick_day)?;
    let per_month_80 = match &k.dagbelopp {
        Some(d) => Some(sjukpenning::per_manad(d.normalniva)?),
        None => None,
    };
    let rehabiliteringskedjan = match (first_sick_day, k.kedja) {
        (Some(first), Some(c)) => Some(RehabkedjaView {
            first_sick_day: first,
            day_90: c.dag_90,
            day_91: c.dag_91,
            day_180: c.dag_180,
            day_181: c.dag_181,
            day_365: c.dag_365,
            day_366: c.dag_366,
        }),
        _ => None,
    };
    Ok(SjukpenningView {
        year,
        income,
        sgi_floor: k.sgi.golv,
        sgi_cap: k.sgi.tak,
        below_floor: k.sgi.sgi.is_none(),
        sgi: k.sgi.sgi,
        sgi_capped: k.sgi.takad,
        job_seeker,
        job_seeker_cap: k.dagbelopp.and_then(|d| d.arbetssokande_tak),
        job_seeker_capped: k.dagbelopp.is_some_and(|d| d.tak_tillampat),
        per_day_80: k.dagbelopp.map(|d| d.normalniva),
        per_day_75: k.dagbelopp.map(|d| d.fortsattningsniva),
        per_month_80,
        rehabiliteringskedjan,
    })
}

// --- The widget's events ------------------------------------------------------------------------

/// The `sjalvtest-result` event's `detail` (typed in www/sjalvtest.d.ts): what was shown, never
/// the answers. The `sjalvtest-error` event's `detail` is an [`ErrorView`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResultDetail<'a> {
    pub test: &'a str,
    pub lang: Lang,
    pub verdict: Verdict,
    pub headline: &'a str,
    /// Every row's machine-readable value by its key.
    pub summary: crate::domain::Map<&'a str, &'a str>,
    #[serde(rename = "rulesVersion")]
    pub rules_version: &'a str,
    #[serde(rename = "asOf")]
    pub as_of: Date,
}

pub fn result_detail(o: &OutcomeView) -> ResultDetail<'_> {
    ResultDetail {
        test: o.test,
        lang: o.lang,
        verdict: o.verdict,
        headline: &o.headline,
        summary: o.rows.iter().map(|r| (r.key.as_str(), r.machine.as_str())).collect(),
        rules_version: o.rules_version,
        as_of: o.as_of,
    }
}
