//! Two jobs at build time. (1) Compiles the texts: every `.ftl` file under src/ becomes Rust
//! constructors (`$OUT_DIR/texts.rs`, included by `src/text.rs`) and one bundle per language
//! (`$OUT_DIR/texts-<lang>.bin`, and `$OUT_DIR/web/texts-<lang>.bin` without the command line's
//! words for the browser, `$OUT_DIR/web/<test>/texts-<lang>.bin` also without the other
//! self-tests' words for that test's own wasm), see build/ftl.rs; a missing message or a placeholder that
//! does not match fails the build here. (2) Lists the scenario files under tests/scenarios, so the
//! same list runs natively (tests/scenarios.rs) and in the browser (tests/web.rs), where there is
//! no file system. (3) Writes the widget's stylesheet without its comments and runs of white
//! space (`$OUT_DIR/widget.css`, which `wasm.rs` includes).

#[path = "build/ftl.rs"]
mod ftl;

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    texts();
    scenarios();
    stylesheet();
}

/// src/widget.css without comments and with each run of white space as one space (none around
/// `{`, `}`, `;` and after `,`): the same rules in fewer bytes for every phone. The stylesheet
/// has no quoted text with a run of spaces, a brace or a semicolon in it, which this would change.
fn stylesheet() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let path = root.join("src/widget.css");
    println!("cargo:rerun-if-changed={}", path.display());
    let css = std::fs::read_to_string(&path).unwrap_or_default();
    let mut text = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut min = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in ["{", "}", ";"] {
        min = min.replace(&format!(" {sep}"), sep).replace(&format!("{sep} "), sep);
    }
    min = min.replace(", ", ",");
    if let Err(e) = std::fs::write(out.join("widget.css"), min) {
        println!("cargo:warning=widget.css: {e}");
        std::process::exit(1);
    }
}

fn texts() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    println!("cargo:rerun-if-changed=build/ftl.rs");
    println!("cargo:rerun-if-changed=src");
    let (compiled, files) = match ftl::compile(&root.join("src")) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: texts: {e}");
            println!("cargo:warning=texts: {e}");
            std::process::exit(1);
        }
    };
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let mut rust = compiled.rust;
    rust.push_str("/// The compiled bundles, by language tag.\n");
    rust.push_str("#[cfg(any(not(target_arch = \"wasm32\"), feature = \"embed-texts\"))]\n");
    rust.push_str("pub static BUNDLES: &[(&str, &[u8])] = &[\n");
    for (lang, bytes) in &compiled.bundles {
        let file = out.join(format!("texts-{lang}.bin"));
        if let Err(e) = std::fs::write(&file, bytes) {
            eprintln!("error: could not write {}: {e}", file.display());
            std::process::exit(1);
        }
        let _ = writeln!(rust, "    ({lang:?}, include_bytes!({:?})),", file.display().to_string());
    }
    rust.push_str("];\n");
    // The browser's bundles, without the command line's words (ftl::CLI_ONLY), in web/.
    let web = out.join("web");
    rust.push_str("/// The browser's bundles (tests only: they compare them with `BUNDLES`).\n");
    rust.push_str("#[cfg(test)]\npub static WEB_BUNDLES: &[(&str, &[u8])] = &[\n");
    for (lang, bytes) in &compiled.web_bundles {
        let file = web.join(format!("texts-{lang}.bin"));
        if let Err(e) = std::fs::create_dir_all(&web).and_then(|()| std::fs::write(&file, bytes)) {
            eprintln!("error: could not write {}: {e}", file.display());
            std::process::exit(1);
        }
        let _ = writeln!(rust, "    ({lang:?}, include_bytes!({:?})),", file.display().to_string());
    }
    rust.push_str("];\n");
    // Each self-test's own browser bundles (ftl::FLOW_READS), in web/<test>/.
    for (test, bundles) in &compiled.flow_bundles {
        let dir = web.join(test);
        for (lang, bytes) in bundles {
            let file = dir.join(format!("texts-{lang}.bin"));
            if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, bytes)) {
                eprintln!("error: could not write {}: {e}", file.display());
                std::process::exit(1);
            }
        }
    }
    if let Err(e) = std::fs::write(out.join("texts.rs"), rust) {
        eprintln!("error: could not write texts.rs: {e}");
        std::process::exit(1);
    }
}

fn scenarios() {
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
