//! How often a session runs its flow: once per answer, and once per `restart`, `set_today` and
//! `restore`; never to draw a view (the question, the outcome with its answers, the handler's
//! page of every question on the path), never for `back` or `edit` (they change no answer), and
//! never for a refused answer. Each self-test runs here behind a counting flow: the same
//! questions, and a `run` that counts and then calls the real one. After each step the kept
//! evaluation is checked against a fresh run of the real flow, so the count cannot pass by a
//! stale cache.

use crate::flows::samples;
use sjalvtest::api;
use sjalvtest::domain::Date;
use sjalvtest::flow::{Ask, Flow, Next, OnScreen, Outcome, Question, Session};
use sjalvtest::flows;
use sjalvtest::i18n::Lang;
use sjalvtest::rules::{Fact, Missing};
use std::cell::Cell;

type Run = fn(&mut Ask) -> Fact<Outcome>;

thread_local! {
    /// The real flow's `run`, for the test on this thread.
    static INNER: Cell<Option<Run>> = const { Cell::new(None) };
    /// How many times the flow has run on this thread.
    static RUNS: Cell<usize> = const { Cell::new(0) };
}

fn counting_run(ask: &mut Ask) -> Fact<Outcome> {
    RUNS.with(|r| r.set(r.get() + 1));
    let inner = INNER.with(Cell::get).expect("a counting flow knows the flow it counts");
    inner(ask)
}

/// `real` with a `run` that counts. Leaked: a session needs a `&'static Flow`, and each test
/// makes one per self-test.
fn counting(real: &'static Flow) -> &'static Flow {
    INNER.with(|i| i.set(Some(real.run)));
    Box::leak(Box::new(Flow {
        id: real.id,
        title: real.title.clone(),
        intro: real.intro.clone(),
        questions: real.questions,
        run: counting_run,
        max_questions: real.max_questions,
    }))
}

/// How many times the flow runs during `f`.
fn runs<T>(f: impl FnOnce() -> T) -> (T, usize) {
    RUNS.with(|r| r.set(0));
    let out = f();
    (out, RUNS.with(Cell::get))
}

/// The kept evaluation is the one a fresh run of the real flow gives now: the cache is never stale.
fn fresh(s: &Session) {
    let real = flows::find(s.flow().id).expect("a real flow");
    let mut ask = Ask::new(s.answers(), s.today());
    let next = match (real.run)(&mut ask) {
        Ok(o) => Next::Done(Box::new(o)),
        Err(Missing(id)) => Next::Ask(real.question(id).expect("a declared question")),
    };
    let ids = |p: &[&'static Question]| p.iter().map(|q| q.id).collect::<Vec<_>>();
    assert_eq!(ids(&s.evaluation().path), ids(ask.path()), "{}: the kept path is stale", s.flow().id);
    assert_eq!(s.evaluation().next, next, "{}: the kept outcome or question is stale", s.flow().id);
}

/// Everything the widget and the JS API draw from a session, in every language: the screen, the
/// handler's page, the case note, and the reply envelope.
fn draw_everything(s: &Session) {
    fresh(s);
    for lang in Lang::ALL {
        let view = api::view(s, lang);
        let _ = api::path_views(s, lang);
        let _ = api::reply(s, Ok(()), lang);
        if let api::View::Outcome(o) = &view {
            let _ = api::case_note(o);
        }
    }
    let _ = s.screen();
    let _ = s.save();
}

fn today() -> Date {
    Date::parse("2025-06-15").expect("a date")
}

/// Answers the question on screen, checking that a refused answer does not run the flow and an
/// accepted one runs it exactly once. It picks a sample after which there is still a question
/// when there is one, so the walk goes deep. `None` at an outcome.
fn answer_here(s: &mut Session) -> Option<&'static str> {
    let OnScreen::Question { question, .. } = s.on_screen() else { return None };
    let id = question.id;
    let (refused, n) = runs(|| s.answer(id, "not an answer at all"));
    assert!(refused.is_err(), "{}: {id} took a nonsense answer", s.flow().id);
    assert_eq!(n, 0, "{}: refusing an answer to {id} ran the flow {n} times", s.flow().id);
    let goes_on = |raw: &String| {
        let mut probe = s.clone();
        probe.answer(id, raw).is_ok() && matches!(probe.on_screen(), OnScreen::Question { .. })
    };
    let options = samples(question);
    let raw = options
        .iter()
        .find(|raw| goes_on(raw))
        .or_else(|| options.iter().find(|raw| s.clone().answer(id, raw).is_ok()))
        .unwrap_or_else(|| panic!("{}: every sample for {id} was refused", s.flow().id))
        .clone();
    let (result, n) = runs(|| s.answer(id, &raw));
    assert!(result.is_ok());
    assert_eq!(n, 1, "{}: answering {id} {raw:?} ran the flow {n} times", s.flow().id);
    Some(id)
}

#[test]
fn an_answer_runs_the_flow_once_and_drawing_never_runs_it() {
    for real in flows::ALL {
        let flow = counting(real);
        let (mut s, n) = runs(|| Session::new(flow, today()));
        assert_eq!(n, 1, "{}: a new session ran the flow {n} times", flow.id);
        let mut answered = Vec::new();
        for _ in 0..=flow.max_questions {
            let ((), n) = runs(|| draw_everything(&s));
            assert_eq!(n, 0, "{}: drawing ran the flow {n} times", flow.id);
            match answer_here(&mut s) {
                Some(id) => answered.push(id),
                None => break,
            }
        }
        assert!(matches!(s.on_screen(), OnScreen::Outcome(_)), "{}: no outcome after {answered:?}", flow.id);
        assert!(answered.len() > 2, "{}: the walk stopped after {answered:?}", flow.id);

        // A question that is not on the path, and one that does not exist: refused, not run.
        let off_path = flow.questions.iter().find(|q| !s.evaluation().path.iter().any(|p| p.id == q.id));
        if let Some(q) = off_path {
            let (result, n) = runs(|| s.answer(q.id, "yes"));
            assert!(result.is_err());
            assert_eq!(n, 0, "{}: a question off the path ran the flow {n} times", flow.id);
        }
        let (result, n) = runs(|| s.answer("no-such-question", "yes"));
        assert!(result.is_err());
        assert_eq!(n, 0);

        // Going back and opening an answer for change move the cursor only.
        let (result, n) = runs(|| s.back());
        assert!(result.is_ok());
        assert_eq!(n, 0, "{}: back ran the flow {n} times", flow.id);
        let ((), n) = runs(|| draw_everything(&s));
        assert_eq!(n, 0);
        let (result, n) = runs(|| s.edit(answered[0]));
        assert!(result.is_ok());
        assert_eq!(n, 0, "{}: edit ran the flow {n} times", flow.id);
        // The changed answer runs it once, like any answer.
        assert_eq!(answer_here(&mut s), Some(answered[0]));
        let ((), n) = runs(|| draw_everything(&s));
        assert_eq!(n, 0);

        let later = Date::parse("2026-01-15").expect("a date");
        let (result, n) = runs(|| s.set_today(later));
        fresh(&s);
        if result.is_ok() {
            assert_eq!(n, 1, "{}: set_today ran the flow {n} times", flow.id);
        } else {
            assert_eq!(n, 0, "{}: a refused set_today ran the flow {n} times", flow.id);
        }
        let saved = s.save();
        let (restored, n) = runs(|| Session::restore(&saved, |id| (id == flow.id).then_some(flow)));
        let restored = restored.expect("a saved session restores");
        assert_eq!(n, 1, "{}: restore ran the flow {n} times", flow.id);
        fresh(&restored);
        assert_eq!(api::view(&restored, Lang::Sv), api::view(&s, Lang::Sv));
        let ((), n) = runs(|| s.restart());
        assert_eq!(n, 1, "{}: restart ran the flow {n} times", flow.id);
        fresh(&s);
    }
}

/// The handler's page answers every field of the path in one update: one run per changed field,
/// and drawing the page after it runs nothing.
#[test]
fn a_handler_update_runs_the_flow_once_per_changed_field() {
    for real in flows::ALL {
        let flow = counting(real);
        let mut s = Session::new(flow, today());
        let mut fields = 0;
        while answer_here(&mut s).is_some() {
            fields += 1;
        }
        // Change every answer on the path back to what it is: the handler's form sends each field.
        let path: Vec<_> = s.evaluation().path.iter().map(|q| q.id).collect();
        let answers: Vec<_> = path.iter().filter_map(|id| s.answers().get(id).map(|a| (*id, a.canonical()))).collect();
        let (count, n) = runs(|| {
            let mut count = 0;
            for (id, raw) in &answers {
                if s.answer(id, raw).is_ok() {
                    count += 1;
                }
            }
            let _ = api::path_views(&s, Lang::Sv);
            let _ = api::view(&s, Lang::Sv);
            count
        });
        assert!(fields > 0 && count > 0, "{}: nothing answered", flow.id);
        assert_eq!(n, count, "{}: {count} fields ran the flow {n} times", flow.id);
    }
}
