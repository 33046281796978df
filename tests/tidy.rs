//! Habits worth a test: every source file says what it is for; no unwrap, expect or panic in
//! library code; browser APIs only in the browser layer; no floats; every legal question pinned.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir` (also used by `law_refs.rs`).
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn src() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The code before the unit tests, without comment lines.
fn library_code(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_source_file_opens_with_a_module_comment() {
    for (path, text) in src() {
        assert!(text.starts_with("//!"), "{path} does not open with //!");
    }
}

#[test]
fn library_code_has_no_unwrap_expect_or_panic() {
    for (path, text) in src() {
        if path.starts_with("src/bin/") {
            continue;
        }
        let code = library_code(&text);
        for bad in [".unwrap()", ".expect(", "panic!(", "todo!(", "unimplemented!(", "unreachable!("] {
            assert!(!code.contains(bad), "{path} uses {bad} outside tests");
        }
    }
}

#[test]
fn browser_apis_stay_in_the_browser_layer() {
    for (path, text) in src() {
        if path == "src/wasm.rs" {
            continue;
        }
        for name in ["wasm_bindgen", "web_sys", "js_sys", "serde_wasm_bindgen", "JsValue"] {
            assert!(!library_code(&text).contains(name), "{path} uses {name}");
        }
    }
}

#[test]
fn no_floats_in_the_core() {
    for (path, text) in src() {
        // JS numbers arrive as f64 at the boundary, and benchmarks time in seconds; the core
        // never sees a float.
        if path == "src/wasm.rs" || path.starts_with("src/bin/") {
            continue;
        }
        // serde's Serializer trait names the float methods; domain::machine and domain::json
        // refuse them.
        let text = if path == "src/domain/machine.rs" || path == "src/domain/json.rs" {
            text.lines().filter(|l| !l.contains("fn serialize_f")).collect::<Vec<_>>().join("\n")
        } else {
            text
        };
        let code = library_code(&text);
        for f in ["f64", "f32"] {
            assert!(!code.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == f), "{path} uses {f}");
        }
    }
}

#[test]
fn every_legal_question_is_pinned_by_a_test_that_exists() {
    let all: Vec<(String, String)> = src();
    let mut tests_text = String::new();
    let mut dirs = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"), &mut dirs);
    for p in dirs {
        tests_text.push_str(&std::fs::read_to_string(p).unwrap());
    }
    let everything: String = all.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n") + &tests_text;
    let mut count = 0;
    for (path, text) in &all {
        // Comments wrap: read the text as one line, without the comment markers.
        let flat: String =
            text.lines().map(|l| l.trim_start().trim_start_matches('/').trim()).collect::<Vec<_>>().join(" ");
        for (i, chunk) in flat.split("LEGAL-QUESTION:").enumerate().skip(1) {
            count += 1;
            let pinned = chunk.split("Pinned by `").nth(1).and_then(|r| r.split('`').next());
            let name = pinned.unwrap_or_else(|| panic!("{path}: LEGAL-QUESTION #{i} does not say which test pins it"));
            assert!(everything.contains(&format!("fn {name}(")), "{path}: pinning test {name} does not exist");
        }
    }
    assert!(count > 0);
}

/// The layers, lowest first: a module uses only its own layer and those below (issue 12).
/// `rules` return typed results and know no words; `text` names messages (ids and values, never
/// words); `flow` carries the messages a self-test chose; `i18n` turns typed results and messages
/// into words; `flows` are the self-tests. Modules in one group may use each other.
const LAYERS: [&[&str]; 10] = [
    &["domain", "params"],
    &["rules"],
    &["text"],
    &["flow"],
    &["i18n"],
    &["flows"],
    &["api"],
    &["scenario"],
    &["widget"],
    &["wasm"],
];

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (path, text) in src() {
        let Some(module) = path.strip_prefix("src/").and_then(|p| p.split(['/', '.']).next()) else { continue };
        let Some(level) = LAYERS.iter().position(|g| g.contains(&module)) else { continue };
        let code = library_code(&text);
        for above in LAYERS[level + 1..].iter().flat_map(|g| g.iter()) {
            let uses = [format!("crate::{above}::"), format!("crate::{above};"), format!("crate::{{{above}")]
                .iter()
                .any(|p| code.contains(p.as_str()))
                || code.contains("use crate::{") && code.contains(&format!(" {above}::"));
            if uses {
                wrong.push(format!("{path} ({module}) uses {above}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layer order {LAYERS:?}:\n{}", wrong.join("\n"));
}
