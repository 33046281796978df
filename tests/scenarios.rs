//! Every scenario file under tests/scenarios runs as a person would answer it, and gives its
//! expected result. `UPDATE_SCENARIOS=1 cargo test` rewrites the expected halves; review that
//! diff like code.

use crate::files::SCENARIOS;
use sjalvtest::scenario;

#[test]
fn every_scenario_file_gives_its_expected_result() {
    let update = std::env::var_os("UPDATE_SCENARIOS").is_some();
    assert!(SCENARIOS.len() >= 10, "expected the scenario files, found {}", SCENARIOS.len());
    let mut failures = Vec::new();
    for (name, path, text) in SCENARIOS {
        // Read from disk when it is there, so an edited file needs no rebuild.
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        match scenario::parse(&text).and_then(|s| scenario::run(&s).map(|actual| (s, actual))) {
            Ok((s, actual)) if actual == s.expected => {}
            Ok((s, actual)) if update => std::fs::write(path, scenario::rewrite(&s, &actual)).unwrap(),
            Ok((s, actual)) => failures.push(format!("{name}\n{}", scenario::side_by_side(&s.expected, &actual))),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{} scenario(s) differ:\n\n{}", failures.len(), failures.join("\n"));
}

/// The scenario for the first year without figures is named after that year.
const YEAR_WITHOUT_FIGURES: &str = "ae-year-without-figures-";

#[test]
fn the_year_without_figures_scenario_is_the_year_after_known_through() {
    // A scenario file cannot read KNOWN_THROUGH, so this keeps it at the horizon: when a new
    // year's figures come, it fails until the file has moved to the next year.
    let unknown = sjalvtest::params::KNOWN_THROUGH + 1;
    let files: Vec<_> = SCENARIOS.iter().filter(|(name, _, _)| name.starts_with(YEAR_WITHOUT_FIGURES)).collect();
    assert_eq!(files.len(), 1, "one {YEAR_WITHOUT_FIGURES}YYYY.case, found {}", files.len());
    let (name, path, text) = files[0];
    let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
    let s = scenario::parse(&text).unwrap();
    let year = name.trim_start_matches(YEAR_WITHOUT_FIGURES).trim_end_matches(".case");
    let moved = format!(
        "{name} must test {unknown}, the first year without figures (KNOWN_THROUGH + 1): git mv it to \
         {YEAR_WITHOUT_FIGURES}{unknown}.case, move its as-of and birth-date a year on, then \
         UPDATE_SCENARIOS=1 cargo test --test main scenarios (ARCHITECTURE.md, \"A new year's figures\")"
    );
    assert_eq!(year, unknown.to_string(), "{moved}");
    // Asked in December of the last known year, for a first month in the year after it.
    assert!(s.as_of.starts_with(&format!("{}-12-", unknown - 1)), "{moved}: as-of {}", s.as_of);
    assert!(s.expected.contains(&format!("\nfirst-month: {unknown}-")), "{moved}:\n{}", s.expected);
    assert!(
        s.expected.contains("\nper-month: not-yet-known\n"),
        "{name}: the amount must be not yet known:\n{}",
        s.expected
    );
}

/// Every question of every self-test is asked in at least one scenario file (a scenario names
/// only the answers its path asks for: `scenario::run` refuses one that is never asked), so each
/// question's words are pinned in tests/wording and measured by tests/readability.rs.
#[test]
fn every_question_is_asked_in_some_scenario() {
    let mut asked = std::collections::BTreeSet::new();
    for (_, path, text) in SCENARIOS {
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        let s = scenario::parse(&text).unwrap();
        for (k, _) in &s.answers {
            asked.insert((s.test.clone(), k.clone()));
        }
    }
    let mut never = Vec::new();
    for flow in sjalvtest::flows::ALL {
        for q in flow.questions {
            if !asked.contains(&(flow.id.to_string(), q.id.to_string())) {
                never.push(format!("{} {}", flow.id, q.id));
            }
        }
    }
    assert!(never.is_empty(), "questions no scenario asks: {never:?}");
}
