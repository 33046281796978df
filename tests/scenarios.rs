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
