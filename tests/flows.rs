//! Walks every flow graph with sample answers for each question: every question is reachable,
//! every path ends in an outcome, no question is asked twice, and the longest path matches the
//! flow's declared `max_questions` (shown as "question 3 of at most 9").

use sjalvtest::domain::Date;
use sjalvtest::flow::{Kind, Next, Question, Session};
use sjalvtest::flows;
use sjalvtest::i18n::Render;
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

/// What a walk over a flow graph found.
#[derive(Default)]
struct Walk {
    asked: BTreeSet<&'static str>,
    longest: usize,
    outcomes: usize,
    /// Result texts without a lättläst version.
    no_lattlast: BTreeSet<String>,
    /// Paths whose result gives the meeting sheet no question to ask (issue 13).
    nothing_to_ask: Vec<Vec<&'static str>>,
    /// The rules files (`AnyStep::file`) whose steps an outcome's trace or failed condition held.
    step_files: BTreeSet<&'static str>,
}

/// Depth-first over every combination of sample answers, up to this many outcomes; beyond it
/// (the alternatives self-test has 23 questions) seeded random walks cover the graph.
const EXHAUSTIVE_OUTCOMES: usize = 20_000;
const RANDOM_WALKS: usize = 20_000;

impl Walk {
    /// Checks one evaluation: no question twice; at an outcome, its length and its texts.
    fn visit(&mut self, s: &Session) -> Option<&'static Question> {
        let eval = s.evaluate();
        let ids: Vec<&str> = eval.path.iter().map(|q| q.id).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{}: a question is asked twice on {ids:?}", s.flow().id);
        match eval.next {
            Next::Done(o) => {
                self.outcomes += 1;
                self.longest = self.longest.max(eval.path.len());
                if o.to_ask.is_empty() && self.nothing_to_ask.len() < 3 {
                    self.nothing_to_ask.push(ids.clone());
                }
                self.step_files.extend(o.reasons.iter().map(|r| r.what.file()));
                self.step_files.extend(o.failed.iter().map(|sjalvtest::rules::Failed::Step(f)| f.file()));
                for m in outcome_prose(&o) {
                    if m.lattlast().is_none() {
                        self.no_lattlast.insert(m.name().to_string());
                    }
                }
                None
            }
            Next::Ask(q) => {
                self.asked.insert(q.id);
                Some(q)
            }
        }
    }

    /// Answers `q` with `answer`; `None` if the answer is refused. Fails if the flow then asks
    /// the same question again (it would never end).
    fn step(s: &Session, q: &'static Question, answer: &str) -> Option<Session> {
        let mut next = s.clone();
        next.answer(q.id, answer).ok()?;
        if let Next::Ask(again) = next.evaluate().next {
            assert_ne!(again.id, q.id, "{}: answering {} asks it again", s.flow().id, q.id);
        }
        Some(next)
    }

    fn exhaustive(&mut self, s: &Session) {
        if self.outcomes >= EXHAUSTIVE_OUTCOMES {
            return;
        }
        let Some(q) = self.visit(s) else { return };
        let mut accepted = 0;
        for answer in samples(q) {
            if let Some(next) = Walk::step(s, q, &answer) {
                accepted += 1;
                self.exhaustive(&next);
            }
        }
        assert!(accepted > 0, "{}: no sample answer accepted for {}", s.flow().id, q.id);
    }

    fn random(&mut self, start: &Session, rng: &mut crate::hostile::Lcg) {
        let mut s = start.clone();
        while let Some(q) = self.visit(&s) {
            let options = samples(q);
            let first = rng.next(options.len());
            let next = (0..options.len()).find_map(|i| Walk::step(&s, q, &options[(first + i) % options.len()]));
            s = next.unwrap_or_else(|| panic!("{}: no sample answer accepted for {}", s.flow().id, q.id));
        }
    }
}

fn walk(flow: &'static sjalvtest::flow::Flow) -> Walk {
    let start = Session::new(flow, Date::parse(TODAY).unwrap());
    let mut w = Walk::default();
    w.exhaustive(&start);
    let mut rng = crate::hostile::Lcg(7);
    for _ in 0..RANDOM_WALKS {
        w.random(&start, &mut rng);
    }
    w
}

#[test]
fn every_flow_graph_is_sound() {
    for flow in flows::ALL {
        let w = walk(flow);
        let declared: BTreeSet<&str> = flow.questions.iter().map(|q| q.id).collect();
        let unreached: Vec<&&str> = declared.difference(&w.asked).collect();
        assert!(unreached.is_empty(), "{}: questions never reached: {unreached:?}", flow.id);
        assert!(w.outcomes > 0, "{}: no path ends in an outcome", flow.id);
        assert!(w.nothing_to_ask.is_empty(), "{}: no question to ask after {:?}", flow.id, w.nothing_to_ask);
        assert_eq!(w.longest, flow.max_questions, "{}: longest path vs declared max_questions", flow.id);
    }
}

/// The self-tests whose one-test engine renders each rules file's steps: the `cfg` above each
/// arm of `i18n::step` (and of `failed_step`), by `AnyStep` variant.
fn rendered_by(function: &str) -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string("src/i18n/mod.rs").unwrap();
    let body = text.split(&format!("fn {function}(")).nth(1).unwrap().split("\n}\n").next().unwrap();
    let mut out = Vec::new();
    let mut tests = Vec::new();
    for line in body.lines().map(str::trim) {
        if line.starts_with("#[cfg(") {
            tests =
                line.split("feature = \"flow-").skip(1).filter_map(|t| t.split('"').next()).map(String::from).collect();
        } else if let Some(rest) = line.strip_prefix("AnyStep::") {
            out.push((rest.split('(').next().unwrap().to_string(), std::mem::take(&mut tests)));
        }
    }
    out
}

/// A one-test engine renders only its own test's steps (`i18n::step`'s `cfg`s): every outcome of
/// every flow graph holds only steps its test's engine has words for.
#[test]
fn every_step_a_trace_holds_is_rendered_by_its_tests_engine() {
    let step = rendered_by("step");
    assert_eq!(step.len(), 4, "{step:?}");
    assert!(step.iter().all(|(_, tests)| !tests.is_empty()), "every arm names its tests: {step:?}");
    assert_eq!(step, rendered_by("failed_step"), "step and failed_step render the same files");
    for flow in flows::ALL {
        let files = walk(flow).step_files;
        assert!(!files.is_empty(), "{}", flow.id);
        if flow.id == "livranta" {
            assert!(
                files.contains("Lr") && files.contains("Ae"),
                "livränta's traces hold its own and sjuk-/aktivitetsersättning's steps: {files:?}"
            );
        }
        for file in files {
            let (_, tests) = step.iter().find(|(f, _)| f == file).unwrap_or_else(|| panic!("no arm for {file}"));
            assert!(
                tests.iter().any(|t| t == flow.id),
                "{}'s trace holds {file} steps, which its engine does not render",
                flow.id
            );
        }
    }
}

#[test]
fn every_result_page_has_an_easy_to_read_swedish_text() {
    let mut missing = BTreeSet::new();
    for flow in flows::ALL {
        missing.extend(walk(flow).no_lattlast);
    }
    only_shrinks("results.txt", &missing);
}

/// The texts that still lack a lättläst version (issue 15), by message id, in
/// `tests/lattlast-todo/<file>`: a text missing lättläst that the file does not list fails (a new
/// text needs its lättläst), and so does a listed one that now has it (take it off the list), so
/// the list only shrinks. `UPDATE_LATTLAST_TODO=1` rewrites the file (review the diff: it may only
/// lose lines).
fn only_shrinks(file: &str, missing: &BTreeSet<String>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lattlast-todo").join(file);
    if std::env::var_os("UPDATE_LATTLAST_TODO").is_some() {
        let body: String = missing.iter().map(|m| format!("{m}\n")).collect();
        std::fs::write(&path, body).unwrap();
        return;
    }
    let listed: BTreeSet<String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let new: Vec<&String> = missing.difference(&listed).collect();
    let done: Vec<&String> = listed.difference(missing).collect();
    assert!(new.is_empty(), "texts without a lättläst version (write one in the topic's sv-lattlast.ftl): {new:?}");
    assert!(done.is_empty(), "these have lättläst now; take them off {}: {done:?}", path.display());
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
/// notes, next steps and the meeting sheet's questions to ask.
fn outcome_prose(o: &sjalvtest::flow::Outcome) -> Vec<sjalvtest::i18n::Msg> {
    let mut all = vec![o.headline.clone()];
    for r in o.rows.iter().filter(|r| !r.hidden) {
        all.push(r.label.clone());
        all.push(r.value.clone());
    }
    if let Some(f) = &o.failed {
        let (criterion, value, limit) = sjalvtest::i18n::failed(f);
        all.extend([criterion, value, limit]);
    }
    all.extend(o.reasons.iter().map(|r| sjalvtest::i18n::step(&r.what)));
    all.extend(o.changes.iter().map(|c| c.text.clone()));
    all.extend(o.moves.iter().map(|c| c.text.clone()));
    all.extend(o.notes.iter().cloned());
    all.extend(o.next_steps.iter().cloned());
    all.extend(o.to_ask.iter().map(|a| a.text.clone()));
    all.into_iter().filter(|m| m.is_prose()).collect()
}

/// Lättläst all the way (issue 15): besides the result page, every question (its label, the
/// field's short name, the help, each choice and its help) and every message for an answer that
/// cannot be read has its own lättläst text.
#[test]
fn every_question_and_error_has_an_easy_to_read_swedish_text() {
    use sjalvtest::domain::{CalendarError, Kronor};
    use sjalvtest::flow::InputError as E;
    use sjalvtest::i18n::Msg;
    let mut missing = BTreeSet::new();
    let mut check = |_what: String, m: &Msg| {
        if m.lattlast().is_none() {
            missing.insert(m.name().to_string());
        }
    };
    for flow in flows::ALL {
        check(format!("{} title", flow.id), &flow.title);
        check(format!("{} intro", flow.id), &flow.intro);
        for q in flow.questions {
            check(format!("{} {} label", flow.id, q.id), &q.label);
            check(format!("{} {} name", flow.id, q.id), &q.name);
            if let Some(h) = &q.hint {
                check(format!("{} {} hint", flow.id, q.id), h);
            }
            if let Kind::OneOf(choices) = q.kind {
                for c in choices {
                    check(format!("{} {} choice {}", flow.id, q.id, c.value), &c.label);
                    if let Some(h) = &c.hint {
                        check(format!("{} {} choice {} hint", flow.id, q.id, c.value), h);
                    }
                }
            }
        }
    }
    let q = "q";
    let errors = [
        E::Empty { question: q },
        E::NotAChoice { question: q },
        E::BadDate { question: q, problem: CalendarError::Malformed },
        E::BadDate { question: q, problem: CalendarError::NoSuchDay },
        E::BadDate { question: q, problem: CalendarError::OutOfRange },
        E::DateTooEarly { question: q },
        E::DateInFuture { question: q },
        E::BadMonth { question: q, problem: CalendarError::Malformed },
        E::NotAnAmount { question: q },
        E::NegativeAmount { question: q },
        E::AmountHasOre { question: q },
        E::AmountTooLarge { question: q, max: Kronor(1) },
        E::NotANumber { question: q, min: 0, max: 1 },
    ];
    for e in errors {
        check(format!("error {}", e.code()), &sjalvtest::i18n::ui::input_message(&e));
    }
    only_shrinks("questions.txt", &missing);
}
