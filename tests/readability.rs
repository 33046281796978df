//! Readability, measured: for every self-test and language variant, the texts a person reads in
//! every scenario (the start screen, each question with its help, choices and error message, and
//! the result page: headline, rows, the failed condition, reasons, notes and next steps, and the
//! definitions of the words that need explaining), with
//! LIX (läsbarhetsindex: words per sentence + 100 × the share of words longer than six letters;
//! under 30 is very easy, 30–40 easy) and the share of sentences over 20 words.
//!
//! The limits (issue 15): lättläst at most LIX 30 and no sentence over 15 words; plain Swedish at
//! most LIX 40. Each distinct text counts once per self-test, however many scenarios show it, so a
//! common text does not drown the rest. The figures are printed (`cargo test --test main
//! readability -- --nocapture`); BENCHMARKS.md keeps them.

use crate::files::SCENARIOS;
use sjalvtest::api::{self, View};
use sjalvtest::i18n::Lang;
use sjalvtest::scenario;
use std::collections::{BTreeMap, BTreeSet};

/// Every distinct text a person reads in one scenario, in one language.
fn texts(s: &scenario::Scenario, lang: Lang, out: &mut BTreeSet<String>) -> Result<(), String> {
    let flow = sjalvtest::flows::find(&s.test).ok_or("unknown test")?;
    let start = api::start_view(flow, lang);
    out.extend([start.title, start.intro]);
    let mut session = api::start(&s.test, &s.as_of).map_err(|e| e.code().to_string())?;
    for _ in 0..=s.answers.len() {
        match api::view(&session, lang) {
            View::Outcome(o) => {
                for q in api::path_views(&session, lang) {
                    out.insert(q.label);
                    out.extend(q.hint);
                    for c in q.options {
                        out.insert(c.label);
                        out.extend(c.hint);
                    }
                    out.extend(q.terms.into_iter().flat_map(|t| [t.question, t.definition]));
                }
                out.extend([o.headline]);
                for r in o.rows.iter().filter(|r| !r.hidden) {
                    out.insert(r.label.clone());
                }
                if let Some(f) = o.failed {
                    out.extend([f.criterion, f.value, f.limit]);
                }
                out.extend(o.changes.into_iter().map(|c| c.text));
                out.extend(o.moves.into_iter().map(|c| c.text));
                out.extend(o.timeline.into_iter().map(|e| e.text));
                out.extend(o.reasons.into_iter().map(|r| r.text));
                out.extend(o.notes);
                out.extend(o.next_steps);
                out.extend(o.to_ask.into_iter().map(|a| a.text));
                out.extend(o.terms.into_iter().flat_map(|t| [t.question, t.definition]));
                return Ok(());
            }
            View::Question(q) => {
                if let Err(e) = session.answer(q.id, "x?") {
                    out.insert(api::error_view(Some(&session), &e, lang).message);
                }
                let (k, v) = s.answers.iter().find(|(k, _)| k == q.id).ok_or("unanswered question")?;
                session.answer(k, v).map_err(|e| e.code().to_string())?;
            }
        }
    }
    Err("no outcome".into())
}

/// The sentences of a text: split after `.`, `!`, `?` or `:` followed by a space (or the end);
/// a text without one (a label) is one sentence.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?' | ':') && (end == b.len() || b[end] == b' ') {
            out.push(&text[start..end]);
            start = end;
        }
    }
    out.push(&text[start..]);
    out.into_iter().map(str::trim).filter(|s| words(s).next().is_some()).collect()
}

/// The words of a sentence: runs of letters (a number, "300 000 kr"'s digits, is not a word;
/// "kr" is). "SFB 41 kap. 2 §" counts as it reads.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphabetic() || c == '-')).filter(|w| w.chars().any(char::is_alphabetic))
}

#[derive(Default)]
struct Figures {
    texts: usize,
    sentences: usize,
    words: usize,
    long_words: usize,
    over_20: usize,
    longest: (usize, String),
    /// The sentences over 15 words (lättläst's limit).
    over_15: Vec<String>,
}

impl Figures {
    fn add(&mut self, text: &str) {
        self.texts += 1;
        for s in sentences(text) {
            let n = words(s).count();
            self.sentences += 1;
            self.words += n;
            self.long_words += words(s).filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6).count();
            if n > 20 {
                self.over_20 += 1;
            }
            if n > 15 {
                self.over_15.push(s.to_string());
            }
            if n > self.longest.0 {
                self.longest = (n, s.to_string());
            }
        }
    }

    /// LIX, rounded to one decimal (in tenths).
    fn lix_tenths(&self) -> usize {
        if self.sentences == 0 || self.words == 0 {
            return 0;
        }
        (10 * self.words / self.sentences) + (1000 * self.long_words / self.words)
    }
}

/// LIX and sentence lengths per self-test and language variant, printed; returns the figures.
fn measure() -> BTreeMap<(String, &'static str), Figures> {
    let mut seen: BTreeMap<(String, &str), BTreeSet<String>> = BTreeMap::new();
    for lang in Lang::ALL {
        for (_, path, text) in SCENARIOS {
            let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
            let s = scenario::parse(&text).unwrap();
            let set = seen.entry((s.test.clone(), lang.tag())).or_default();
            texts(&s, lang, set).unwrap();
        }
    }
    let mut out = BTreeMap::new();
    for ((test, tag), set) in seen {
        let mut f = Figures::default();
        for t in &set {
            f.add(t);
        }
        out.insert((test, tag), f);
    }
    println!(
        "{:<22} {:<12} {:>6} {:>6} {:>9} {:>8} {:>7}",
        "self-test", "language", "texts", "LIX", "words/s.", ">20 w.", "longest"
    );
    for ((test, tag), f) in &out {
        let lix = f.lix_tenths();
        println!(
            "{:<22} {:<12} {:>6} {:>4}.{} {:>9.1} {:>7}% {:>7}",
            test,
            tag,
            f.texts,
            lix / 10,
            lix % 10,
            f.words as f64 / f.sentences.max(1) as f64,
            100 * f.over_20 / f.sentences.max(1),
            f.longest.0
        );
    }
    out
}

#[test]
fn sentences_and_words_are_counted_as_lix_counts_them() {
    assert_eq!(sentences("Du kan få 543 kr. Sedan: mer? Ja"), ["Du kan få 543 kr.", "Sedan:", "mer?", "Ja"]);
    assert_eq!(sentences("Inkomst per år"), ["Inkomst per år"]);
    assert_eq!(sentences("Regler version 2026.12.1"), ["Regler version 2026.12.1"]);
    assert_eq!(words("Sjukpenning om dagen, 80 procent, före skatt").count(), 6);
    let mut f = Figures::default();
    // 2 sentences, 9 words, 2 longer than six letters: 9/2 + 100 × 2/9 = 26.7.
    f.add("Du får sjukpenning från dag femton. Ansök på webbplatsen.");
    assert_eq!((f.sentences, f.words, f.long_words), (2, 9, 2));
    assert_eq!(f.lix_tenths(), 45 + 222);
}

/// Where lättläst is not yet within its limits (its questions are still plain Swedish, issue 15),
/// `tests/lattlast-todo/readability.txt` records how far: a self-test's LIX ceiling (`lix
/// <test> <tenths>`) and each sentence over 15 words. A figure may only go down and a sentence only
/// leave the list; `UPDATE_LATTLAST_TODO=1` rewrites the file (review the diff).
#[test]
fn readability_is_within_the_limits() {
    let figures = measure();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lattlast-todo/readability.txt");
    let todo = std::fs::read_to_string(&path).unwrap_or_default();
    let ceiling = |test: &str| {
        todo.lines().find_map(|l| l.strip_prefix(&format!("lix {test} ")).and_then(|n| n.parse::<usize>().ok()))
    };
    let listed: BTreeSet<&str> = todo.lines().filter_map(|l| l.strip_prefix("sentence ")).collect();
    let mut wrong = Vec::new();
    let mut now = String::new();
    let mut long: BTreeSet<String> = BTreeSet::new();
    for ((test, tag), f) in &figures {
        let lix = f.lix_tenths();
        match Lang::from_tag(tag) {
            Lang::SvLattlast => {
                let limit = ceiling(test).unwrap_or(300).max(300);
                if lix > 300 {
                    now.push_str(&format!("lix {test} {lix}\n"));
                }
                if lix > limit {
                    wrong.push(format!(
                        "{test} lättläst: LIX {}.{} is above {}.{}",
                        lix / 10,
                        lix % 10,
                        limit / 10,
                        limit % 10
                    ));
                }
                long.extend(f.over_15.iter().cloned());
            }
            Lang::Sv if lix > 400 => wrong.push(format!("{test} sv: LIX {}.{} is above 40", lix / 10, lix % 10)),
            _ => {}
        }
    }
    for s in &long {
        now.push_str(&format!("sentence {s}\n"));
        if !listed.contains(s.as_str()) {
            wrong.push(format!("lättläst: {} words (at most 15): {s}", words(s).count()));
        }
    }
    for s in listed.iter().filter(|s| !long.contains(**s)) {
        wrong.push(format!("no longer too long, take it off {}: {s}", path.display()));
    }
    if std::env::var_os("UPDATE_LATTLAST_TODO").is_some() {
        std::fs::write(&path, now).unwrap();
        return;
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
