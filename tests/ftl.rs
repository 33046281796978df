//! The Fluent compiler that build.rs runs (build/ftl.rs), on small trees of `.ftl` files: a
//! missing language, a missing message, a placeholder that does not match and a reference to
//! nothing each fail the build with the file and the message named; references and selects compile.

#[path = "../build/ftl.rs"]
#[allow(dead_code)]
mod compiler;

use std::path::PathBuf;

/// Writes `files` (relative path, contents) into a fresh folder and compiles it.
fn compile(name: &str, files: &[(&str, &str)]) -> Result<compiler::Output, String> {
    let dir = std::env::temp_dir().join(format!("sjalvtest-ftl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (rel, text) in files {
        let p: PathBuf = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    let out = compiler::compile(&dir).map(|(o, _)| o);
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn error(name: &str, files: &[(&str, &str)]) -> String {
    match compile(name, files) {
        Ok(_) => panic!("{name}: compiled, but should fail"),
        Err(e) => e,
    }
}

#[test]
fn a_folder_without_english_fails_the_build() {
    let e = error("no-en", &[("t/sv.ftl", "hej = Hej\n")]);
    assert!(e.contains("en.ftl is missing"), "{e}");
}

#[test]
fn a_message_missing_in_one_language_fails_the_build() {
    let e = error("missing", &[("t/sv.ftl", "hej = Hej\nbara-sv = Bara svenska\n"), ("t/en.ftl", "hej = Hello\n")]);
    assert!(e.contains("bara-sv has no English text"), "{e}");
    let e = error("missing-sv", &[("t/sv.ftl", "hej = Hej\n"), ("t/en.ftl", "hej = Hello\nonly-en = Only English\n")]);
    assert!(e.contains("only-en has no Swedish text"), "{e}");
    let e = error(
        "ll-extra",
        &[("t/sv.ftl", "hej = Hej\n"), ("t/en.ftl", "hej = Hello\n"), ("t/sv-lattlast.ftl", "annat = X\n")],
    );
    assert!(e.contains("annat is lättläst for a message"), "{e}");
}

#[test]
fn a_placeholder_that_does_not_match_fails_the_build() {
    let e = error(
        "placeholder",
        &[("t/sv.ftl", "belopp = Du får { $belopp }\n"), ("t/en.ftl", "belopp = You get { $amount }\n")],
    );
    assert!(e.contains("belopp: the placeholders differ"), "{e}");
}

#[test]
fn a_reference_to_nothing_or_unsupported_syntax_fails_the_build() {
    let e = error(
        "ref",
        &[("t/sv.ftl", "a = Ring { -fk-telefon }\n"), ("t/en.ftl", "a = Call { -fk-phone }\n-fk-phone = 1\n")],
    );
    assert!(e.contains("-fk-telefon, which does not exist"), "{e}");
    let e = error("func", &[("t/sv.ftl", "a = { NUMBER($n) }\n"), ("t/en.ftl", "a = { NUMBER($n) }\n")]);
    assert!(e.contains("function NUMBER is not compiled"), "{e}");
    let e = error("syntax", &[("t/sv.ftl", "a = {\n"), ("t/en.ftl", "a = b\n")]);
    assert!(e.contains("Fluent syntax error"), "{e}");
    let e = error("name", &[("t/sv.ftl", "a = b\n"), ("t/en.ftl", "a = b\n"), ("t/fi.ftl", "a = b\n")]);
    assert!(e.contains("named after its language"), "{e}");
}

#[test]
fn terms_are_written_once_and_placeholders_become_parameters() {
    let out = compile(
        "ok",
        &[
            ("common/sv.ftl", "-fk-phone = 0771-524 524\n"),
            ("common/en.ftl", "-fk-phone = +46 771-524 524\n"),
            ("t/sv.ftl", "ring = Ring { -fk-phone }. { $n ->\n    [one] En dag\n   *[other] { $n } dagar\n}\n"),
            ("t/en.ftl", "ring = Call { -fk-phone }. { $n ->\n    [one] One day\n   *[other] { $n } days\n}\n"),
        ],
    )
    .unwrap();
    assert!(out.rust.contains("pub fn ring(n: impl Into<Arg>) -> Msg"), "{}", out.rust);
    let sv = &out.bundles.iter().find(|(l, _)| *l == "sv").unwrap().1;
    let text = String::from_utf8_lossy(sv);
    assert!(text.contains("Ring 0771-524 524. "), "{text}");
    let names: Vec<&str> = out.bundles.iter().map(|(l, _)| *l).collect();
    assert_eq!(names, ["sv", "en", "sv-lattlast", "en-XA", "ar-XB"]);
}

/// The languages are declared once, in `Lang::EVERY`, and the self-tests in `flows::ALL`: the
/// build makes one bundle for each language (in the same order) per engine, and the loader's
/// one `ENGINE` line names the same tests and languages (it derives every file from them).
#[test]
fn every_language_has_one_bundle_and_the_loader_knows_where() {
    let tags: Vec<&str> = sjalvtest::i18n::Lang::EVERY.iter().map(|l| l.tag()).collect();
    let bundles: Vec<&str> = sjalvtest::text::BUNDLES.iter().map(|(t, _)| *t).collect();
    assert_eq!(bundles, tags, "build/ftl.rs BUNDLES and Lang::EVERY differ");
    let tests: Vec<&str> = sjalvtest::flows::ALL.iter().map(|f| f.id).collect();
    let quoted = |items: &[&str]| items.iter().map(|t| format!("'{t}'")).collect::<Vec<_>>().join(", ");
    let expected = format!("const ENGINE = engines([{}], [{}]);", quoted(&tests), quoted(&tags));
    let loader =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/sjalvtest-widget.js")).unwrap_or_default();
    let line = loader.lines().find(|l| l.starts_with("const ENGINE = ")).unwrap_or_default();
    assert_eq!(line, expected, "the loader's ENGINE line and Lang::EVERY / flows::ALL differ");
    for test in &tests {
        for tag in &tags {
            let file = format!("{}/web/{test}/texts-{tag}.bin", env!("OUT_DIR"));
            assert!(std::path::Path::new(&file).exists(), "the build made no {file}");
        }
    }
}
