//! Scenario files: one worked example or one fixed bug each, as data. Answers and an as-of date
//! above the `---` line; the expected result below it, in the language-free form [`render`]
//! writes. The same runner serves the native tests, the wasm tests in Chromium and
//! `sjalvtest scenario`, so browser and native are checked against one expectation.
//!
//! ```text
//! # E5 (RULES.md): AE garanti, band change on the birthday month
//! test: aktivitetsersattning
//! as-of: 2025-01-15
//! birth-date: 2004-03-15
//! …
//! ---
//! verdict: may-be-eligible
//! per-month: 12152
//! …
//! ```

use crate::api::{self, OutcomeView, View};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub test: String,
    pub as_of: String,
    /// Answers in file order, by question id.
    pub answers: Vec<(String, String)>,
    /// The expected block, exactly as [`render`] would write it.
    pub expected: String,
    /// The comment lines at the top, kept when the file is rewritten.
    pub header: String,
}

impl Scenario {
    /// A scenario without an expected block, for code that only wants the outcome.
    pub fn new(test: &str, as_of: &str, answers: &[(&str, &str)]) -> Scenario {
        Scenario {
            test: test.into(),
            as_of: as_of.into(),
            answers: answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            expected: String::new(),
            header: String::new(),
        }
    }
}

/// Parses a scenario file.
pub fn parse(text: &str) -> Result<Scenario, String> {
    let (input, expected) =
        text.split_once("\n---\n").ok_or("no line with only --- between answers and expected result")?;
    let mut header = String::new();
    let mut test = None;
    let mut as_of = None;
    let mut answers = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with('#') {
            header.push_str(line);
            header.push('\n');
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let (key, value) = line.split_once(':').ok_or(format!("line {}: expected `key: value`", n + 1))?;
        let (key, value) = (key.trim().to_string(), value.trim().to_string());
        match key.as_str() {
            "test" => test = Some(value),
            "as-of" => as_of = Some(value),
            _ => answers.push((key, value)),
        }
    }
    Ok(Scenario {
        test: test.ok_or("no `test:` line")?,
        as_of: as_of.ok_or("no `as-of:` line")?,
        answers,
        expected: expected.trim_end().to_string(),
        header,
    })
}

/// Runs a scenario the way a person would: answer whatever the self-test asks, from the file,
/// until it gives an outcome. Every answer in the file must be asked, and every question asked
/// must have an answer in the file. Returns the rendered outcome.
pub fn run(s: &Scenario) -> Result<String, String> {
    outcome(s, Lang::En).map(|o| render(&o))
}

/// Runs a scenario as [`run`] does and returns the outcome as a person sees it in `lang`
/// (`sjalvtest scenario --json`, and the browser-agreement test compares it with the wasm build).
pub fn outcome(s: &Scenario, lang: Lang) -> Result<OutcomeView, String> {
    let mut session = api::start(&s.test, &s.as_of).map_err(|e| format!("cannot start: {}", e.code()))?;
    let mut used = Vec::new();
    for _ in 0..=s.answers.len() {
        match api::view(&session, lang) {
            View::Outcome(o) => {
                let unused: Vec<&str> =
                    s.answers.iter().map(|(k, _)| k.as_str()).filter(|k| !used.contains(k)).collect();
                if !unused.is_empty() {
                    return Err(format!("answers never asked: {}", unused.join(", ")));
                }
                return Ok(o);
            }
            View::Question(q) => {
                let (key, value) = s
                    .answers
                    .iter()
                    .find(|(k, _)| k == q.id)
                    .ok_or(format!("the self-test asks `{}`, which the file does not answer", q.id))?;
                session.answer(key, value).map_err(|e| format!("answer `{key}: {value}` refused: {}", e.code()))?;
                used.push(key.as_str());
            }
        }
    }
    Err("the self-test did not reach an outcome".into())
}

/// The expected-result block for an outcome: verdict, every row's machine value, the failed
/// step and the trace, each step as its id with its values and paragraph (`domain::machine`),
/// never its words: the words are pinned per language in tests/wording.
pub fn render(o: &OutcomeView) -> String {
    let mut out = format!("verdict: {}\n", verdict_code(o));
    for r in &o.rows {
        out.push_str(&format!("{}: {}\n", r.key, r.machine));
    }
    if let Some(f) = &o.failed {
        out.push_str(&format!("failed: {}\n", f.step));
    }
    for c in &o.changes {
        out.push_str(&format!("change: {}\n", c.change));
    }
    for e in &o.timeline {
        out.push_str(&format!("date: {} {}\n", e.date, e.key));
    }
    for m in &o.moves {
        out.push_str(&format!("moves: {}\n", m.change));
    }
    out.push_str("trace:\n");
    for s in &o.reasons {
        let check = match s.check {
            crate::domain::Check::Yes => "yes ",
            crate::domain::Check::No => "no  ",
            crate::domain::Check::Info => "info",
        };
        out.push_str(&format!("  {check}  {} | {}\n", s.law.text, s.step));
    }
    out.trim_end().to_string()
}

fn verdict_code(o: &OutcomeView) -> &'static str {
    match o.verdict {
        crate::rules::Verdict::MayBeEligible => "may-be-eligible",
        crate::rules::Verdict::ProbablyNot => "probably-not",
        crate::rules::Verdict::CannotTell => "cannot-tell",
    }
}

/// The file again with a new expected block (for `UPDATE_SCENARIOS=1`).
pub fn rewrite(s: &Scenario, actual: &str) -> String {
    let mut out = s.header.clone();
    out.push_str(&format!("test: {}\nas-of: {}\n", s.test, s.as_of));
    for (k, v) in &s.answers {
        out.push_str(&format!("{k}: {v}\n"));
    }
    out.push_str("---\n");
    out.push_str(actual);
    out.push('\n');
    out
}

/// Expected and actual lines next to each other, differing lines marked.
pub fn side_by_side(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let width = e.iter().map(|l| l.chars().count()).max().unwrap_or(0).min(70);
    let mut out = format!("  {:<width$}   | actual\n", "expected");
    for i in 0..e.len().max(a.len()) {
        let (l, r) = (e.get(i).copied().unwrap_or(""), a.get(i).copied().unwrap_or(""));
        let mark = if l == r { ' ' } else { '≠' };
        out.push_str(&format!("{mark} {l:<width$} | {r}\n"));
    }
    out
}
