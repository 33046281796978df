//! Walks every flow graph with sample answers for each question: every question is reachable,
//! every path ends in an outcome, no question is asked twice, and the longest path matches the
//! flow's declared `max_questions` (shown as "question 3 of at most 9").

use sjalvtest::domain::Date;
use sjalvtest::flow::{Kind, Next, Question, Session};
use sjalvtest::flows;
use std::collections::BTreeSet;

const TODAY: &str = "2025-06-15";

/// Answers that reach every route: ages on both sides of each limit, each option, amounts below
/// and above the caps.
pub fn samples(q: &Question) -> Vec<String> {
    let v: Vec<&str> = match &q.kind {
        Kind::YesNo => vec!["yes", "no"],
        Kind::OneOf(choices) => return choices.iter().map(|c| c.value.to_string()).collect(),
        Kind::Level { below_quarter: true } => vec!["0", "1/4", "1/2", "3/4", "1"],
        Kind::Level { below_quarter: false } => vec!["1/4", "1/2", "3/4", "1"],
        Kind::Date { .. } => {
            vec![
                "2012-01-01",
                "2006-11-10",
                "2004-03-15",
                "1995-06-10",
                "1990-01-01",
                "1962-05-01",
                "1955-01-01",
                "2025-01-10",
            ]
        }
        Kind::Month => vec!["2024-06", "2025-06", "2026-06", "2030-06"],
        Kind::Kronor { .. } => vec!["0", "500000"],
        Kind::Count { min, max, .. } => {
            let mid = 12.clamp(*min, *max);
            return [*min, mid, *max].iter().map(u32::to_string).collect();
        }
    };
    v.into_iter().map(String::from).collect()
}

#[derive(Default)]
struct Walk {
    asked: BTreeSet<&'static str>,
    longest: usize,
    outcomes: usize,
}

fn walk(s: &Session, w: &mut Walk) {
    let eval = s.evaluate();
    let ids: Vec<&str> = eval.path.iter().map(|q| q.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{}: a question is asked twice on {ids:?}", s.flow().id);
    match eval.next {
        Next::Done(_) => {
            w.outcomes += 1;
            w.longest = w.longest.max(eval.path.len());
        }
        Next::Ask(q) => {
            w.asked.insert(q.id);
            let mut accepted = 0;
            for answer in samples(q) {
                let mut next = s.clone();
                if next.answer(q.id, &answer).is_err() {
                    continue;
                }
                accepted += 1;
                let after = next.evaluate();
                if let Next::Ask(again) = after.next {
                    assert_ne!(again.id, q.id, "{}: answering {} asks it again", s.flow().id, q.id);
                }
                walk(&next, w);
            }
            assert!(accepted > 0, "{}: no sample answer accepted for {}", s.flow().id, q.id);
        }
    }
}

#[test]
fn every_flow_graph_is_sound() {
    let today = Date::parse(TODAY).unwrap();
    for flow in flows::ALL {
        let mut w = Walk::default();
        walk(&Session::new(flow, today), &mut w);
        let declared: BTreeSet<&str> = flow.questions.iter().map(|q| q.id).collect();
        let unreached: Vec<&&str> = declared.difference(&w.asked).collect();
        assert!(unreached.is_empty(), "{}: questions never reached: {unreached:?}", flow.id);
        assert!(w.outcomes > 0, "{}: no path ends in an outcome", flow.id);
        assert_eq!(w.longest, flow.max_questions, "{}: longest path vs declared max_questions", flow.id);
    }
}

#[test]
fn question_ids_are_stable_kebab_case_and_unique() {
    for flow in flows::ALL {
        let mut seen = BTreeSet::new();
        for q in flow.questions {
            assert!(q.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", q.id);
            assert!(seen.insert(q.id), "{}: duplicate question id {}", flow.id, q.id);
        }
    }
}

/// Every prose message a result page can show: headline, key facts, the failed condition,
/// notes and next steps.
fn outcome_prose(o: &sjalvtest::flow::Outcome) -> Vec<sjalvtest::i18n::Msg> {
    let mut all = vec![o.headline.clone()];
    for r in o.rows.iter().filter(|r| !r.hidden) {
        all.push(r.label.clone());
        all.push(r.value.clone());
    }
    if let Some(f) = &o.failed {
        all.extend([f.criterion.clone(), f.value.clone(), f.limit.clone()]);
    }
    all.extend(o.notes.iter().cloned());
    all.extend(o.next_steps.iter().cloned());
    all.into_iter().filter(|m| m.is_prose()).collect()
}

fn collect_outcomes(s: &Session, out: &mut Vec<sjalvtest::flow::Outcome>) {
    match s.evaluate().next {
        Next::Done(o) => out.push(*o),
        Next::Ask(q) => {
            for answer in samples(q) {
                let mut next = s.clone();
                if next.answer(q.id, &answer).is_ok() {
                    collect_outcomes(&next, out);
                }
            }
        }
    }
}

#[test]
fn every_result_page_has_an_easy_to_read_swedish_text() {
    let today = Date::parse(TODAY).unwrap();
    let mut missing = BTreeSet::new();
    for flow in flows::ALL {
        let mut outcomes = Vec::new();
        collect_outcomes(&Session::new(flow, today), &mut outcomes);
        for o in &outcomes {
            for m in outcome_prose(o) {
                if m.lattlast().is_none() {
                    missing.insert(format!("{}: {:?}", flow.id, m));
                }
            }
        }
    }
    let list: Vec<String> = missing.into_iter().collect();
    assert!(list.is_empty(), "{} result texts have no lättläst version:\n{}", list.len(), list.join("\n"));
}
