//! Property-based tests (proptest): bad input never hurts. Arbitrary strings, numbers in every
//! spelling and dates real and impossible go into every question of every flow in `flows::ALL`,
//! and arbitrary sequences of answer / back / edit / restart / set-today / save / restore calls
//! run on every flow. Nothing panics; every refusal is a typed error with a code and a message in
//! both languages; a refused call leaves `save()` unchanged; a saved session restores to the
//! same view. Also the committed saved-session fixtures in `tests/fixtures/`.
//!
//! The seed is fixed so a run is repeatable; `PROPTEST_RNG_SEED=N` and `PROPTEST_CASES=N` explore
//! further. A failure prints the smallest input proptest could shrink it to.

use crate::flows::samples;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use sjalvtest::api::{self, View};
use sjalvtest::domain::Date;
use sjalvtest::flow::{Flow, InputError, Saved, Screen, Session, SAVED_FORMAT};
use sjalvtest::flows;
use sjalvtest::i18n::Lang;

fn today() -> Date {
    Date::parse("2025-06-15").unwrap()
}

/// A runner per flow: a fixed seed unless `PROPTEST_RNG_SEED` is set, no files written.
fn runner(cases: u32) -> TestRunner {
    let mut config = Config { cases, failure_persistence: None, ..Config::default() };
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x5a1f_7e57);
    }
    if let Some(n) = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()) {
        config.cases = n;
    }
    TestRunner::new(config)
}

/// Runs `check` over `strategy` on every flow; panics with the shrunk input on a failure.
fn for_every_flow<S: Strategy>(
    cases: u32,
    strategy: impl Fn() -> S,
    check: impl Fn(&'static Flow, S::Value) -> Result<(), TestCaseError>,
) {
    for flow in flows::ALL {
        if let Err(e) = runner(cases).run(&strategy(), |v| check(flow, v)) {
            panic!("{}: {e}", flow.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What people (and attackers) type.

const NUMBER_WORDS: &[&str] = &[
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "inf",
    "1e308",
    "-1e308",
    "1E309",
    "35 000",
    "35\u{a0}000",
    "35,5",
    "35.50",
    "35,00",
    "-0",
    "+5",
    "0x10",
    "1_000",
    "١٢٣",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "\u{2212}5",
    "5 kr",
    "SEK 5",
];

fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(NUMBER_WORDS).prop_map(str::to_string),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|x| x.to_string()),
        (0u32..1_000, 0u32..1_000).prop_map(|(a, b)| format!("{a} {b:03}")),
        (0u32..1_000_000, 0u32..100).prop_map(|(a, b)| format!("{a},{b}")),
        "[0-9]{1,40}",
        "[-+−]?[0-9 ,.']{1,24}( ?(kr|SEK|kronor|:-))?",
    ]
}

const DATE_WORDS: &[&str] = &[
    "2024-02-29",
    "2023-02-29",
    "2000-02-29",
    "1900-02-29",
    "0000-01-01",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-001-01-01",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-1-1",
    "20250101",
    "15/3/2004",
    "2004-03-15T00:00",
    " 2004-03-15 ",
    "2004–03–15",
    "2025-06-16",
];

fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(DATE_WORDS).prop_map(str::to_string),
        (-20i32..12_000, 0u32..15, 0u32..35).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (1890i32..2110).prop_map(|y| format!("{y}-02-29")),
        (1890i32..2110, 1u32..13).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (-5i32..10_500, 0u32..14).prop_map(|(y, m)| format!("{y}-{m:02}")),
        "[0-9]{1,5}-[0-9]{1,3}(-[0-9]{1,3})?",
        "[0-9/. -]{0,12}",
    ]
}

/// Any raw answer: arbitrary text (control characters, RTL marks, emoji), numbers, dates,
/// choice-like words, and very long input.
fn raw_answer() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        2 => "\\PC{0,30}",
        3 => number_text(),
        3 => date_text(),
        1 => prop::sample::select(&["yes", "NEJ", "ja", "true", "0", "1", "1/4", "3/4", "2/4", "0/0", "1/0"][..])
            .prop_map(str::to_string),
        1 => (1usize..20_000, "[0-9a-zå]").prop_map(|(n, c)| c.repeat(n)),
    ]
}

// ---------------------------------------------------------------------------------------------
// Invariants checked after every call.

fn views(s: &Session) -> Vec<View> {
    Lang::ALL.iter().map(|l| api::view(s, *l)).collect()
}

/// A refusal is typed: a code, and words in both languages.
fn check_refusal(s: &Session, e: &InputError) -> Result<(), TestCaseError> {
    prop_assert!(!e.code().is_empty(), "{e:?} has no code");
    for lang in Lang::ALL {
        let view = api::error_view(Some(s), e, lang);
        prop_assert_eq!(view.code, e.code());
        prop_assert!(!view.message.trim().is_empty(), "{:?} has no {:?} message", e, lang);
    }
    Ok(())
}

/// A call either succeeds or is refused with the session exactly as it was.
fn check_call(s: &mut Session, call: impl FnOnce(&mut Session) -> Result<(), InputError>) -> Result<(), TestCaseError> {
    let before = s.save();
    if let Err(e) = call(s) {
        check_refusal(s, &e)?;
        prop_assert_eq!(s.save(), before, "refused with {:?} but the session changed", e);
    }
    Ok(())
}

/// The saved form restores to the same screen, in both languages, and saves the same again.
fn check_round_trip(s: &Session) -> Result<(), TestCaseError> {
    let saved = s.save();
    let restored = match api::restore(&saved) {
        Ok(r) => r,
        Err(e) => return Err(TestCaseError::fail(format!("{saved:?} does not restore: {e:?}"))),
    };
    prop_assert_eq!(restored.save(), saved);
    prop_assert_eq!(views(&restored), views(s));
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Single answers.

/// A path into the flow (indexes into each question's sample answers) and a raw answer for the
/// question it stops at.
fn path_and_answer() -> impl Strategy<Value = (Vec<usize>, String)> {
    (prop::collection::vec(0usize..8, 0..12), raw_answer())
}

/// Walks `picks` sample answers into the flow, stopping early at an outcome.
fn walk_in(flow: &'static Flow, picks: &[usize]) -> Session {
    let mut s = Session::new(flow, today());
    for &pick in picks {
        let Screen::Question { question, .. } = s.screen() else { break };
        let options = samples(question);
        if let Some(a) = options.get(pick % options.len().max(1)) {
            let _ = s.answer(question.id, a);
        }
    }
    s
}

#[test]
fn arbitrary_answers_to_any_question_are_taken_or_refused_with_a_code_and_nothing_changed() {
    for_every_flow(384, path_and_answer, |flow, (picks, raw)| {
        let mut s = walk_in(flow, &picks);
        if let Screen::Question { question, .. } = s.screen() {
            check_call(&mut s, |s| s.answer(question.id, &raw))?;
            views(&s);
            check_round_trip(&s)?;
        }
        // Every question of the flow, asked or not: a question off the path is refused.
        for q in flow.questions {
            let mut t = s.clone();
            check_call(&mut t, |t| t.answer(q.id, &raw))?;
        }
        check_call(&mut s, |s| s.answer(&raw, "yes"))?;
        Ok(())
    });
}

#[test]
fn numbers_in_any_spelling_are_taken_whole_or_refused() {
    for_every_flow(
        256,
        || (prop::collection::vec(0usize..8, 0..12), number_text()),
        |flow, (picks, raw)| {
            let mut s = walk_in(flow, &picks);
            let Screen::Question { question, .. } = s.screen() else { return Ok(()) };
            check_call(&mut s, |s| s.answer(question.id, &raw))?;
            // Whatever was taken is stored in a canonical form that reads back to itself.
            if let Some(a) = s.answers().get(question.id) {
                prop_assert_eq!(question.parse(&a.canonical(), today()), Ok(*a));
            }
            Ok(())
        },
    );
}

#[test]
fn dates_real_and_impossible_are_taken_or_refused_and_set_today_changes_nothing_when_refused() {
    for_every_flow(
        256,
        || (prop::collection::vec(0usize..8, 0..12), date_text()),
        |flow, (picks, raw)| {
            let mut s = walk_in(flow, &picks);
            if let Screen::Question { question, .. } = s.screen() {
                check_call(&mut s, |s| s.answer(question.id, &raw))?;
            }
            check_call(&mut s, |s| Date::parse(&raw).map_err(|_| InputError::BadAsOf).and_then(|d| s.set_today(d)))?;
            views(&s);
            check_round_trip(&s)?;
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Sequences of calls.

#[derive(Clone, Debug)]
enum Op {
    /// A sample answer to the question on screen (index into its samples): moves on.
    Sample(usize),
    /// Any text as the answer to the question on screen.
    AnswerHere(String),
    /// Any text as the answer to any question of the flow, on the path or not.
    AnswerAny(usize, String),
    Back,
    /// "Change" on a question of the path (index), or on one of the flow's questions.
    Edit(usize),
    EditAny(usize),
    Restart,
    SetToday(String),
    /// Save, restore, and go on with the restored session.
    SaveRestore,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0usize..8).prop_map(Op::Sample),
        3 => raw_answer().prop_map(Op::AnswerHere),
        1 => (0usize..32, raw_answer()).prop_map(|(i, r)| Op::AnswerAny(i, r)),
        2 => Just(Op::Back),
        2 => (0usize..16).prop_map(Op::Edit),
        1 => (0usize..32).prop_map(Op::EditAny),
        1 => Just(Op::Restart),
        1 => date_text().prop_map(Op::SetToday),
        2 => Just(Op::SaveRestore),
    ]
}

fn apply(s: &mut Session, op: &Op) -> Result<(), TestCaseError> {
    let flow = s.flow();
    let here = match s.screen() {
        Screen::Question { question, .. } => Some(question),
        Screen::Outcome(_) => None,
    };
    match op {
        Op::Sample(i) => {
            if let Some(q) = here {
                let options = samples(q);
                let raw = options.get(i % options.len().max(1)).cloned().unwrap_or_default();
                check_call(s, |s| s.answer(q.id, &raw))?;
            }
        }
        Op::AnswerHere(raw) => {
            let id = here.map_or("birth-date", |q| q.id);
            check_call(s, |s| s.answer(id, raw))?;
        }
        Op::AnswerAny(i, raw) => {
            let q = flow.questions[i % flow.questions.len()];
            check_call(s, |s| s.answer(q.id, raw))?;
        }
        Op::Back => check_call(s, Session::back)?,
        Op::Edit(i) => {
            let path = s.evaluate().path;
            if let Some(q) = path.get(i % path.len().max(1)) {
                check_call(s, |s| s.edit(q.id))?;
            }
        }
        Op::EditAny(i) => {
            let q = flow.questions[i % flow.questions.len()];
            check_call(s, |s| s.edit(q.id))?;
        }
        Op::Restart => s.restart(),
        Op::SetToday(raw) => {
            check_call(s, |s| Date::parse(raw).map_err(|_| InputError::BadAsOf).and_then(|d| s.set_today(d)))?
        }
        Op::SaveRestore => {
            check_round_trip(s)?;
            if let Ok(r) = api::restore(&s.save()) {
                *s = r;
            }
        }
    }
    views(s);
    check_round_trip(s)
}

#[test]
fn arbitrary_call_sequences_keep_every_session_sound_and_restorable() {
    for_every_flow(
        256,
        || prop::collection::vec(op(), 1..40),
        |flow, ops| {
            let mut s = Session::new(flow, today());
            for op in &ops {
                apply(&mut s, op)?;
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Saved sessions from outside: a page, a link, a file.

/// A saved session as JSON from a page or a file: unreadable JSON and unknown keys are
/// `bad-saved-session`, another format is `unsupported-saved-version`.
fn restore_json(text: &str) -> Result<Session, InputError> {
    let saved: Saved = serde_json::from_str(text).map_err(|_| InputError::BadSavedSession)?;
    api::restore(&saved)
}

fn saved() -> impl Strategy<Value = Saved> {
    let ids: Vec<String> = flows::ALL.iter().flat_map(|f| f.questions.iter().map(|q| q.id.to_string())).collect();
    let tests: Vec<String> = flows::ALL.iter().map(|f| f.id.to_string()).chain(["nope".to_string()]).collect();
    (
        prop_oneof![4 => Just(SAVED_FORMAT), 1 => any::<u32>()],
        prop::sample::select(tests),
        prop_oneof![3 => Just("2025-06-15".to_string()), 1 => date_text()],
        prop::collection::btree_map(
            prop_oneof![4 => prop::sample::select(ids.clone()), 1 => "\\PC{0,12}"],
            prop_oneof![
                2 => prop::sample::select(&["yes", "no", "1", "1/4", "lives-in-sweden", "2004-03-15", "2026-06", "300000", "10"][..])
                    .prop_map(str::to_string),
                1 => raw_answer(),
            ],
            0..12,
        ),
        prop::option::of(prop_oneof![prop::sample::select(ids), "\\PC{0,12}"]),
    )
        .prop_map(|(format, test, as_of, answers, at)| Saved {
            format,
            test,
            as_of,
            rules: "any".into(),
            answers: answers.into_iter().collect(),
            at,
        })
}

#[test]
fn any_saved_session_restores_soundly_or_is_refused_with_a_code() {
    let mut runner = runner(1024);
    let result = runner.run(&saved(), |saved| {
        match api::restore(&saved) {
            Ok(s) => {
                views(&s);
                check_round_trip(&s)?;
            }
            Err(e) => prop_assert!(!e.code().is_empty()),
        }
        // The same through JSON, also with a key no format has.
        let json = serde_json::to_string(&saved).unwrap();
        prop_assert_eq!(restore_json(&json).map(|s| s.save()), api::restore(&saved).map(|s| s.save()));
        let extra = json.replacen('{', "{\"email\":\"a@b.se\",", 1);
        prop_assert_eq!(restore_json(&extra).err(), Some(InputError::BadSavedSession));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn arbitrary_json_never_restores_into_an_unsound_session() {
    let json = prop_oneof![
        any::<String>(),
        "\\{\"format\": ?[0-9-]{1,3}, ?\"test\": ?\"[a-z]{0,22}\", ?\"as_of\": ?\"[0-9-]{0,12}\", ?\"answers\": ?\\{(\"[a-z-]{1,12}\": ?\"[0-9a-z/-]{0,10}\",?){0,4}\\}\\}",
        "[\\[\\]{}\":,0-9a-z ]{0,64}",
    ];
    let mut runner = runner(1024);
    let result = runner.run(&json, |text| {
        match restore_json(&text) {
            Ok(s) => check_round_trip(&s)?,
            Err(e) => prop_assert!(!e.code().is_empty()),
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

const FIXTURE_FORMAT_1: &str = include_str!("fixtures/saved-format-1.json");
const FIXTURE_FORMAT_0: &str = include_str!("fixtures/saved-format-0.json");
const FIXTURE_UNKNOWN_KEYS: &str = include_str!("fixtures/saved-unknown-keys.json");

#[test]
fn a_session_saved_in_format_1_restores_from_its_committed_fixture() {
    let s = restore_json(FIXTURE_FORMAT_1).unwrap_or_else(|e| panic!("the format-1 fixture is refused: {e:?}"));
    let expected: serde_json::Value = serde_json::from_str(FIXTURE_FORMAT_1).unwrap();
    let saved = s.save();
    assert_eq!(saved.format, 1);
    assert_eq!(saved.test, expected["test"]);
    assert_eq!(saved.as_of, expected["as_of"]);
    let answers: sjalvtest::domain::Map<String, String> = serde_json::from_value(expected["answers"].clone()).unwrap();
    assert_eq!(saved.answers, answers, "every answer is kept in its canonical form");
    assert_eq!(saved.at.as_deref(), expected["at"].as_str());
    // The person went back to the level question; the screen shows it with its answer.
    match api::view(&s, Lang::En) {
        View::Question(q) => {
            assert_eq!(q.id, "capacity-reduction");
            assert_eq!(q.value.as_deref(), Some("1"));
            assert_eq!(q.number, 3);
        }
        View::Outcome(o) => panic!("expected the level question, got the outcome {:?}", o.verdict),
    }
}

#[test]
fn a_session_saved_in_format_0_is_refused_as_an_unsupported_version() {
    let e = restore_json(FIXTURE_FORMAT_0).err();
    assert_eq!(e, Some(InputError::UnsupportedSavedVersion { version: 0 }));
    assert_eq!(e.map(|e| e.code()), Some("unsupported-saved-version"));
}

#[test]
fn a_saved_session_with_unknown_keys_is_refused_as_unreadable() {
    let e = restore_json(FIXTURE_UNKNOWN_KEYS).err();
    assert_eq!(e, Some(InputError::BadSavedSession));
    assert_eq!(e.map(|e| e.code()), Some("bad-saved-session"));
    let message = api::error_view(None, &InputError::BadSavedSession, Lang::En).message;
    assert!(message.contains("could not be read"), "a clear message: {message}");
}

// --- Screening: as many output lines as records, for any input ------------------------------

/// How one generated CSV record is written.
#[derive(Clone, Debug)]
enum Shape {
    /// As RFC 4180 wants it (quoted where needed, sometimes where not).
    Plain,
    /// One field too many or too few.
    WrongCount(bool),
    /// A byte that is not UTF-8 in the note.
    NotUtf8,
    /// A stray quote inside an unquoted note.
    StrayQuote,
    /// The note opens a quote that is never closed.
    Unclosed,
}

#[derive(Clone, Debug)]
struct CsvRecord {
    pregnant: &'static str,
    /// Starts with a letter, as a free-text note does (see below).
    note: String,
    quote: bool,
    shape: Shape,
    blank_lines_before: usize,
}

fn csv_record() -> impl Strategy<Value = CsvRecord> {
    let shape = prop_oneof![
        6 => Just(Shape::Plain),
        1 => any::<bool>().prop_map(Shape::WrongCount),
        1 => Just(Shape::NotUtf8),
        1 => Just(Shape::StrayQuote),
        1 => Just(Shape::Unclosed),
    ];
    (
        prop::sample::select(vec!["ja", "nej", "kanske", "", "1"]),
        "[a-zåäö][a-zåäö ,;\"\r\n]{0,12}",
        any::<bool>(),
        shape,
        0usize..2,
    )
        .prop_map(|(pregnant, note, quote, shape, blank_lines_before)| CsvRecord {
            pregnant,
            note,
            quote,
            shape,
            blank_lines_before,
        })
}

/// The records written as a CSV file with the header `id,pregnant,note` (or with `;`), each line
/// ended by LF, CR or CRLF at random, maybe a BOM and maybe no line end at the end.
fn csv_file() -> impl Strategy<Value = (Vec<CsvRecord>, Vec<u8>)> {
    (
        prop::collection::vec(csv_record(), 0..12),
        prop::collection::vec(prop::sample::select(vec!["\n", "\r", "\r\n"]), 16),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(records, ends, semicolon, bom, last_end)| {
            let d = if semicolon { ';' } else { ',' };
            let mut out: Vec<u8> = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
            out.extend_from_slice(format!("id{d}pregnant{d}note").as_bytes());
            for (n, r) in records.iter().enumerate() {
                let end = ends[n % ends.len()].as_bytes();
                out.extend_from_slice(end);
                for _ in 0..r.blank_lines_before {
                    out.extend_from_slice(end);
                }
                // A record with the wrong number of fields whose note spans lines is, by the
                // rules, an unclosed quote on its first line, and the lines after an unclosed
                // quote are records of their own: such notes stay on one line here.
                let note = match r.shape {
                    Shape::WrongCount(_) | Shape::Unclosed => r.note.replace(['\r', '\n'], " "),
                    _ => r.note.clone(),
                };
                let needs_quotes = note.contains([d, '"', '\r', '\n']);
                let note = match r.shape {
                    Shape::Unclosed => format!("\"{}", note.replace('"', "\"\"")),
                    Shape::StrayQuote => format!("{}x\"y", note.replace(['"', '\r', '\n', d], "")),
                    _ if needs_quotes || r.quote => format!("\"{}\"", note.replace('"', "\"\"")),
                    _ => note,
                };
                out.extend_from_slice(format!("R{n}{d}{}{d}", r.pregnant).as_bytes());
                if matches!(r.shape, Shape::NotUtf8) {
                    // Inside the quotes, if any.
                    let (open, rest) = note.split_at(usize::from(note.starts_with('"')));
                    out.extend_from_slice(open.as_bytes());
                    out.push(0xff);
                    out.extend_from_slice(rest.as_bytes());
                } else {
                    out.extend_from_slice(note.as_bytes());
                }
                match r.shape {
                    Shape::WrongCount(true) => out.extend_from_slice(format!("{d}extra").as_bytes()),
                    Shape::WrongCount(false) => {
                        // Drop the note: two fields instead of three.
                        let cut = out.len() - note.len() - 1;
                        out.truncate(cut);
                    }
                    _ => {}
                }
            }
            if last_end {
                out.extend_from_slice(ends[0].as_bytes());
            }
            (records, out)
        })
}

fn screen_bytes(input: &[u8], format: sjalvtest::screen::Format) -> (Vec<serde_json::Value>, u64) {
    let mut out = Vec::new();
    let summary = sjalvtest::screen::Screener::new(today()).run(input, format, &mut out).expect("the run goes on");
    let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (lines, summary.records)
}

/// Every record comes out as exactly one line, in order, with its id (a record that is not UTF-8
/// has none), whatever the line ends, quoting, stray or unclosed quotes, wrong field counts and
/// bytes that are not UTF-8. Free-text notes start with a letter: an unclosed quote is found at
/// the next quote in the input, which then must not be followed by a delimiter or a line end,
/// or by the record it makes having the wrong number of fields (README, "Screening input
/// rules"); for the same reason a record with the wrong number of fields has its note on one
/// line.
#[test]
fn screening_csv_gives_one_line_per_record_for_any_input() {
    let mut runner = runner(512);
    let result = runner.run(&csv_file(), |(records, input)| {
        let (lines, counted) = screen_bytes(&input, sjalvtest::screen::Format::Csv);
        prop_assert_eq!(lines.len(), records.len(), "{:?}", String::from_utf8_lossy(&input));
        prop_assert_eq!(counted, records.len() as u64);
        for (n, (r, line)) in records.iter().zip(&lines).enumerate() {
            let id = if matches!(r.shape, Shape::NotUtf8) { serde_json::Value::Null } else { format!("R{n}").into() };
            prop_assert_eq!(&line["id"], &id, "{:?}", String::from_utf8_lossy(&input));
            let rejected = !line["errors"].as_array().unwrap().is_empty();
            if !matches!(r.shape, Shape::Plain | Shape::StrayQuote) {
                prop_assert!(rejected, "{:?}: {}", r.shape, line);
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The same for JSON Lines: objects (some with a key twice, in another letter case) and lines
/// that are not JSON, with random line ends; every one is a line out.
#[test]
fn screening_json_lines_gives_one_line_per_record_for_any_input() {
    let line = prop_oneof![
        3 => (0u32..1000, any::<bool>(), any::<bool>()).prop_map(|(n, twice, pregnant)| if twice {
            format!("{{\"id\":\"R{n}\",\"pregnant\":{pregnant},\"Pregnant\":true}}")
        } else {
            format!("{{\"id\":\"R{n}\",\"pregnant\":{pregnant},\"x\":[1]}}")
        }),
        1 => "[a-z{}:,\"\\[\\]0-9][a-z{}:,\"\\[\\] 0-9]{0,20}",
    ];
    let file = (
        prop::collection::vec(line, 0..12),
        prop::collection::vec(prop::sample::select(vec!["\n", "\r", "\r\n", "\n\n", "\r\n \r\n"]), 12),
    );
    let mut runner = runner(512);
    let result = runner.run(&file, |(records, ends)| {
        let mut input = String::new();
        for (i, r) in records.iter().enumerate() {
            input.push_str(r);
            input.push_str(ends[i % ends.len()]);
        }
        let (lines, counted) = screen_bytes(input.as_bytes(), sjalvtest::screen::Format::Jsonl);
        prop_assert_eq!(lines.len(), records.len(), "{:?}", input);
        prop_assert_eq!(counted, records.len() as u64);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
