//! Every law reference in the code links to the right place on lagen.nu: each `sfb(…)` and
//! `other(…)` in `src/` is read from the source, built, and its link checked against its chapter
//! and first section ("SFB 28 a kap. 3, 5 §§" → `https://lagen.nu/2010:110#K28aP3`). The chapter
//! and section are checked for the form the law writes them in ("49 a", "8–10", never "7a" or
//! "8-10"), so a typo cannot give a link to the wrong paragraph.

use crate::tidy::rust_files;
use sjalvtest::domain::{other, sfb, Law, LawRef};
use std::path::Path;

/// The string literals of a call's arguments, from just after `name(` to the closing `)`.
/// `None` when an argument is not a plain string literal.
fn literal_args(rest: &str) -> Option<Vec<String>> {
    let close = rest.find(')')?;
    let args = &rest[..close];
    let mut out = Vec::new();
    for arg in args.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        // A section list such as "3, 5" has a comma inside the literal: join it back.
        if let Some(last) = out.last_mut().filter(|l: &&mut String| l.matches('"').count() == 1) {
            last.push_str(", ");
            last.push_str(arg);
            continue;
        }
        out.push(arg.to_string());
    }
    out.into_iter().map(|a| a.strip_prefix('"').and_then(|a| a.strip_suffix('"')).map(str::to_string)).collect()
}

/// Every `sfb("…", "…")` and `other("…", "…", "…", "…")` call with literal arguments in `src/`,
/// with where it was found.
fn law_refs_in_source() -> Vec<(String, LawRef)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display(), n + 1);
            for (name, arity) in [("sfb(", 2), ("other(", 4)] {
                for (i, _) in line.match_indices(name) {
                    let before = line[..i].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // part of another name, e.g. `into_other(`
                    }
                    let Some(args) = literal_args(&line[i + name.len()..]) else { continue };
                    if args.len() != arity {
                        continue;
                    }
                    let r = match arity {
                        2 => sfb(leak(&args[0]), leak(&args[1])),
                        _ => other(leak(&args[0]), leak(&args[1]), leak(&args[2]), leak(&args[3])),
                    };
                    found.push((at.clone(), r));
                }
            }
        }
    }
    found
}

/// "28 a" → "28a"; "101–102" → "101"; "3, 5" → "3"; "" → "".
fn first_anchor(s: &str) -> String {
    s.split(['–', ',']).next().unwrap_or("").replace(' ', "")
}

/// A chapter or section as the law writes it: a number with an optional letter after a space
/// ("49 a"), a range with an en dash ("8–10", "101–102"), or a list ("3, 5", "2, 3 och 8").
/// Empty means "the section was not found" and is allowed.
fn well_formed(s: &str) -> bool {
    let one = |p: &str| {
        let mut parts = p.split(' ');
        let num = parts.next().unwrap_or("");
        let letter = parts.next();
        !num.is_empty()
            && num.chars().all(|c| c.is_ascii_digit())
            && !num.starts_with('0')
            && letter.is_none_or(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_lowercase()))
            && parts.next().is_none()
    };
    let items = s.split(", ").flat_map(|item| item.split(" och "));
    s.is_empty() || items.into_iter().all(|item| item.split('–').count() <= 2 && item.split('–').all(one))
}

#[test]
fn every_law_reference_links_to_its_chapter_and_paragraph_on_lagen_nu() {
    let refs = law_refs_in_source();
    assert!(refs.len() > 50, "expected the law references of the rules, found {}", refs.len());
    let mut wrong = Vec::new();
    for (at, r) in &refs {
        let sfs = match r.law {
            Law::Sfb => "2010:110",
            Law::Other { sfs, .. } => sfs,
        };
        let (chapter, section) = (first_anchor(r.chapter), first_anchor(r.sections));
        let expected = match (chapter.is_empty(), section.is_empty()) {
            (true, true) => format!("https://lagen.nu/{sfs}"),
            (false, true) => format!("https://lagen.nu/{sfs}#K{chapter}"),
            (true, false) => format!("https://lagen.nu/{sfs}#P{section}"),
            (false, false) => format!("https://lagen.nu/{sfs}#K{chapter}P{section}"),
        };
        let sfs_ok = sfs.split_once(':').is_some_and(|(y, n)| {
            y.len() == 4
                && y.chars().all(|c| c.is_ascii_digit())
                && !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
        });
        let sfb_has_chapter = r.law != Law::Sfb || !r.chapter.is_empty();
        if r.url() != expected || !well_formed(r.chapter) || !well_formed(r.sections) || !sfs_ok || !sfb_has_chapter {
            wrong.push(format!("{at}: {r} links to {} (expected {expected})", r.url()));
        }
    }
    assert!(wrong.is_empty(), "{} law reference(s) link to the wrong place:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_law_reference_check_catches_a_malformed_reference() {
    assert!(well_formed("28 a") && well_formed("8–10") && well_formed("3, 5") && well_formed("101–102"));
    assert!(well_formed("49 a–49 e") && well_formed("2, 3 och 8") && well_formed(""));
    assert!(!well_formed("7a") && !well_formed("8-10") && !well_formed("8 – 10") && !well_formed("kap. 3"));
    assert_eq!(first_anchor("28 a"), "28a");
    assert_eq!(first_anchor("3, 5"), "3");
    let found = literal_args(r#""28 a", "3, 5") // comment"#);
    assert_eq!(found, Some(vec!["28 a".to_string(), "3, 5".to_string()]));
    assert_eq!(literal_args("chapter, sections)"), None, "a call with variables is not a literal reference");
}

#[test]
fn every_law_reference_is_built_by_sfb_or_other() {
    // A `LawRef { … }` literal elsewhere would escape the check above.
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for path in files.iter().filter(|p| !p.ends_with("domain/law.rs")) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!text.contains("LawRef {"), "{}: builds a LawRef by hand; use sfb() or other()", path.display());
    }
}
