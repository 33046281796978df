//! The widget's behaviour without a DOM (`sjalvtest::widget`): what each event leads to, as the
//! element class draws it. The drawing itself, focus and the events in a real page are tested in
//! Chromium (tests/e2e); these pin the decisions: a refused answer keeps the text typed and moves
//! focus to the error summary, the start screen comes first, handler mode has none, the result
//! is announced without the answers, and an unknown test is a message, not a failure.

use sjalvtest::widget::{Frame, Widget};

fn mount(test: &str, lang: &str, mode: &str, start: &str) -> (Widget, Frame) {
    Widget::mount(test, lang, "2025-01-15", mode, "", None, start)
}

fn label(f: &Frame) -> &str {
    f.question.as_ref().map(|q| q.label.as_str()).unwrap_or_default()
}

#[test]
fn a_refused_answer_keeps_the_text_and_moves_focus_to_the_summary_and_a_good_one_moves_on() {
    let (mut w, first) = mount("aktivitetsersattning", "sv", "citizen", "skip");
    assert_eq!((first.screen, label(&first)), ("question", "När är du född?"));
    assert_eq!(first.focus, None, "the first screen does not take focus from the page");

    let f = w.submit("birth-date", "15 mars");
    assert!(f.draw);
    assert!(f.error.as_ref().unwrap().message.contains("Födelsedatum"), "the error names the field");
    assert_eq!(f.raw.as_deref(), Some("15 mars"), "the typed text stays");
    assert_eq!(f.focus, Some(".error-summary"));
    assert!(!f.announce);

    let f = w.submit("birth-date", "2004-03-15");
    assert_eq!(label(&f), "Bor eller arbetar du i Sverige?");
    assert_eq!((f.error.is_none(), f.focus), (true, Some("[data-focus]")));
    assert_eq!(f.question.as_ref().unwrap().options.len(), 3);
}

#[test]
fn the_start_screen_comes_first_and_begin_shows_the_first_question() {
    let (mut w, first) = mount("livranta", "sv", "citizen", "");
    assert_eq!(first.screen, "start");
    assert!(first.start_time.as_deref().is_some_and(|t| t.contains("minut")), "{:?}", first.start_time);
    let f = w.action("begin", "");
    assert_eq!(f.screen, "question");
    let (_, handler) = mount("livranta", "sv", "handler", "");
    assert_eq!(handler.screen, "handler", "no start screen for handlers");
}

#[test]
fn the_handler_page_answers_on_change_and_keeps_focus_where_it_is() {
    let (mut w, first) = mount("aktivitetsersattning", "sv", "handler", "");
    assert_eq!(first.questions.len(), 1);
    let f = w.change("birth-date--answer", "1992-08-20");
    assert_eq!((f.screen, f.focus), ("handler", None));
    assert!(f.questions.iter().any(|q| q.id == "insured"), "the next question appears");
    assert!(!w.change("something-else", "x").draw, "a field that is no answer changes nothing");
    let f = w.change("as-of", "2025-13-40");
    assert_eq!(f.field_errors.len(), 1);
    assert_eq!(f.field_errors[0].raw, "2025-13-40");
    let f = w.handler_submit(Some("2025-01-15"), &[("birth-date".into(), "1992-08-20".into())]);
    assert!(f.field_errors.is_empty());
}

#[test]
fn the_result_is_announced_with_a_summary_and_no_answers() {
    let (mut w, _) = mount("aktivitetsersattning", "en", "citizen", "skip");
    let mut last = Frame::default();
    for (q, a) in crate::api::FULL_AE {
        last = w.submit(q, a);
    }
    assert_eq!(last.screen, "outcome");
    assert_eq!(last.outcome.as_ref().unwrap().headline, "You may be entitled to full activity compensation");
    let detail = last.result_detail().expect("an outcome frame announces its result");
    assert_eq!(detail.summary.get(&"per-month").copied(), Some("12152"));
    let json = serde_json::to_string(&detail).unwrap();
    assert!(!json.contains("2004-03-15"), "the event does not carry the birth date: {json}");
    assert!(last.fragment.as_deref().is_some_and(|f| f.starts_with("sjalvtest=")), "the sheet's link");
    let link = w.copy_link("https://example.org/page?x=1#old").unwrap();
    assert!(link.starts_with("https://example.org/page?x=1#sjalvtest="), "{link}");
    assert_eq!(w.current().link.as_deref(), Some(link.as_str()), "the link stays on the result page");
    assert!(w.action("restart", "").link.is_none(), "and goes with a new start");
}

#[test]
fn an_unknown_test_shows_a_message_and_announces_the_error() {
    let (_, f) = mount("no-such-test", "sv", "citizen", "skip");
    assert_eq!(f.screen, "failure");
    assert!(f.failure.as_ref().unwrap().message.contains("inget sådant test"));
    assert_eq!(f.errors.len(), 1);
}

#[test]
fn a_refused_link_says_so_and_keeps_the_session() {
    let (mut w, _) = mount("aktivitetsersattning", "sv", "citizen", "skip");
    w.submit("birth-date", "2004-03-15");
    let f = w.restore_link("#sjalvtest=garbage");
    assert!(f.link_refused.is_some());
    assert_eq!(f.errors.len(), 1);
    assert_eq!(label(&f), "Bor eller arbetar du i Sverige?", "the answers stay");
}
