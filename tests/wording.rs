//! The words, pinned per language, apart from the law: for every scenario file and every
//! language offered, what a person reads (the start screen, every question on the path with its
//! help and choices, the result with its reasons, notes and next steps, and the handler's case
//! note) is kept in `tests/wording/<lang>/<scenario>.txt`. Scenario files pin verdicts, figures and
//! steps; these files pin the sentences, so a wording fix is reviewed here, cheaply:
//! `UPDATE_WORDING=1 cargo test --test main wording` rewrites them.

use crate::files::SCENARIOS;
use sjalvtest::api::{self, View};
use sjalvtest::i18n::Lang;
use sjalvtest::scenario;
use std::path::PathBuf;

/// Everything a person reads in one scenario, in one language, as pretty JSON and plain text.
fn wording(s: &scenario::Scenario, lang: Lang) -> Result<String, String> {
    let flow = sjalvtest::flows::find(&s.test).ok_or("unknown test")?;
    let mut out = String::new();
    let start = api::start_view(flow, lang);
    out.push_str(&format!("{}\n{}\n", start.title, start.intro));
    for need in &start.needs {
        out.push_str(&format!("- {need}\n"));
    }
    let mut session = api::start(&s.test, &s.as_of).map_err(|e| e.code().to_string())?;
    let mut errors = String::new();
    for _ in 0..=s.answers.len() {
        match api::view(&session, lang) {
            View::Outcome(o) => {
                out.push_str("\n--- questions\n");
                for q in api::path_views(&session, lang) {
                    out.push_str(&format!("{} | {} | {}\n", q.label, q.progress, q.unit.unwrap_or_default()));
                    if let Some(h) = q.hint {
                        out.push_str(&format!("  ({h})\n"));
                    }
                    for c in q.options {
                        out.push_str(&format!(
                            "  - {}{}\n",
                            c.label,
                            c.hint.map(|h| format!(" ({h})")).unwrap_or_default()
                        ));
                    }
                    for t in q.terms {
                        out.push_str(&format!("  ? {} {}\n", t.question, t.definition));
                    }
                }
                out.push_str("\n--- errors\n");
                out.push_str(&errors);
                out.push_str("\n--- result and case note\n");
                out.push_str(&format!("{}: {}\n", o.verdict_label, o.headline));
                for c in &o.changes {
                    out.push_str(&format!("! {}\n", c.text));
                }
                for m in &o.moves {
                    out.push_str(&format!("~ {}\n", m.text));
                }
                for e in &o.timeline {
                    out.push_str(&format!("@ {}: {}\n", e.when, e.text));
                }
                for a in &o.to_ask {
                    out.push_str(&format!("> {} {}\n", a.who, a.text));
                }
                for t in &o.terms {
                    out.push_str(&format!("? ({}) {} {}\n", t.at, t.question, t.definition));
                }
                out.push_str(&api::case_note(&o));
                out.push('\n');
                return Ok(out);
            }
            View::Question(q) => {
                // The error for an answer that cannot be read (a refusal changes nothing).
                if let Err(e) = session.answer(q.id, "x?") {
                    errors.push_str(&format!("{}: {}\n", q.id, api::error_view(Some(&session), &e, lang).message));
                }
                let (k, v) = s.answers.iter().find(|(k, _)| k == q.id).ok_or("unanswered question")?;
                session.answer(k, v).map_err(|e| e.code().to_string())?;
            }
        }
    }
    Err("no outcome".into())
}

#[test]
fn every_scenario_reads_as_its_wording_file_in_every_language() {
    let update = std::env::var_os("UPDATE_WORDING").is_some();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wording");
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for (name, path, text) in SCENARIOS {
            let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
            let s = scenario::parse(&text).unwrap();
            let actual = wording(&s, lang).unwrap_or_else(|e| format!("error: {e}\n"));
            let file = root.join(lang.tag()).join(name.replace(".case", ".txt"));
            let expected = std::fs::read_to_string(&file).unwrap_or_default();
            if actual == expected {
                continue;
            }
            if update {
                std::fs::create_dir_all(file.parent().unwrap()).unwrap();
                std::fs::write(&file, &actual).unwrap();
            } else {
                let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
                failures.push(format!(
                    "{}: line {}\n  expected: {}\n  actual:   {}",
                    file.display(),
                    line + 1,
                    expected.lines().nth(line).unwrap_or("(missing)"),
                    actual.lines().nth(line).unwrap_or("(missing)")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} wording file(s) differ (UPDATE_WORDING=1 cargo test --test main wording rewrites them; review the diff):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The per-test wasm fetches a bundle without the other self-tests' words (build/ftl.rs
/// `FLOW_READS`): every scenario, read in every language with only its own test's bundle,
/// must read exactly as with every word. A message a test borrows from another test's folder
/// would come out empty here.
#[test]
fn every_scenario_reads_the_same_with_only_its_own_tests_words() {
    macro_rules! flow_bundles {
        ($($test:literal),*) => {
            &[$(($test, [
                ("sv", include_bytes!(concat!(env!("OUT_DIR"), "/web/", $test, "/texts-sv.bin")).as_slice()),
                ("en", include_bytes!(concat!(env!("OUT_DIR"), "/web/", $test, "/texts-en.bin")).as_slice()),
                ("sv-lattlast", include_bytes!(concat!(env!("OUT_DIR"), "/web/", $test, "/texts-sv-lattlast.bin")).as_slice()),
            ])),*]
        };
    }
    /// A self-test's bundles: each language's tag and bytes.
    type Own = [(&'static str, &'static [u8]); 3];
    let bundles: &[(&str, Own)] = flow_bundles!("aktivitetsersattning", "livranta", "sjukpenning", "alternativ");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, _, text) in SCENARIOS {
        let s = scenario::parse(text).unwrap();
        let (_, own) = bundles.iter().find(|(t, _)| *t == s.test).expect("a bundle for every test");
        for lang in Lang::ALL {
            let every_word = wording(&s, lang).unwrap_or_else(|e| format!("error: {e}"));
            let bytes = own.iter().find(|(tag, _)| *tag == lang.tag()).expect("a bundle for every language").1;
            // A thread of its own: the handed-over bundle lives in a thread-local.
            let only_own = std::thread::scope(|scope| {
                scope
                    .spawn(|| {
                        sjalvtest::i18n::bundle::set(lang.tag(), bytes.to_vec()).expect("a bundle of this build");
                        wording(&s, lang).unwrap_or_else(|e| format!("error: {e}"))
                    })
                    .join()
                    .unwrap()
            });
            checked += 1;
            if every_word != only_own {
                let line = every_word.lines().zip(only_own.lines()).find(|(a, b)| a != b).map(|(a, _)| a.to_string());
                failures.push(format!("{name} ({}): {}", lang.tag(), line.unwrap_or_default()));
            }
        }
    }
    assert!(checked >= 3 * 90, "only {checked} readings checked");
    assert!(failures.is_empty(), "these read differently with only their own test's words:\n{}", failures.join("\n"));
}
