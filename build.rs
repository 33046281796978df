//! Lists the scenario files under tests/scenarios at build time, so the same list runs natively
//! (tests/scenarios.rs) and in the browser (tests/web.rs), where there is no file system.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("tests/scenarios");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "case")).collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("/// (file name, absolute path, contents) of every scenario file.\npub static SCENARIOS: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = writeln!(out, "    ({name:?}, {path:?}, include_str!({path:?})),", path = f.display().to_string());
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("scenarios.rs");
    if let Err(e) = std::fs::write(&target, out) {
        println!("cargo:warning=could not write {}: {e}", target.display());
    }
}
