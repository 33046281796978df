//! Fuzz target: bytes read as a self-test and a sequence of calls (answer with raw text, back,
//! change, restart, set the date, save and restore). No panic; a refused call is a typed error
//! with a code and leaves the session as it was; every session saves and restores to the same
//! screen.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::api;
use sjalvtest::domain::Date;
use sjalvtest::flow::{InputError, Kind, Question, Screen, Session};
use sjalvtest::flows;
use sjalvtest::i18n::Lang;

/// Reads the fuzzer's bytes as small numbers and short strings.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(*first)
    }

    fn text(&mut self) -> String {
        let n = usize::from(self.byte().unwrap_or(0)).min(self.0.len());
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        String::from_utf8_lossy(head).into_owned()
    }
}

/// A valid answer to `q`, the `i`-th of a few, so that the fuzzer gets deep into every flow
/// without having to discover dates and choice values by itself.
fn valid(q: &Question, i: u8) -> String {
    let i = usize::from(i);
    let pick = |v: &[&str]| v[i % v.len()].to_string();
    match &q.kind {
        Kind::YesNo => pick(&["yes", "no"]),
        Kind::OneOf(choices) => choices[i % choices.len()].value.to_string(),
        Kind::Level { .. } => pick(&["0", "1/4", "1/2", "3/4", "1"]),
        Kind::Date { .. } => pick(&["1990-01-01", "2004-03-15", "2006-11-10", "1962-05-01", "2025-01-10"]),
        Kind::Month => pick(&["2026-06", "2025-06", "2024-06"]),
        Kind::Kronor { .. } => pick(&["0", "300000", "500000"]),
        Kind::Count { min, max, .. } => [min, max][i % 2].to_string(),
    }
}

fn check(s: &mut Session, call: impl FnOnce(&mut Session) -> Result<(), InputError>) {
    let before = s.save();
    if let Err(e) = call(s) {
        assert!(!e.code().is_empty());
        assert_eq!(s.save(), before, "refused with {e:?} but the session changed");
    }
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input(data);
    let Some(pick) = input.byte() else { return };
    let flow = flows::ALL[usize::from(pick) % flows::ALL.len()];
    let Ok(today) = Date::parse("2025-06-15") else { return };
    let mut s = Session::new(flow, today);
    while let Some(op) = input.byte() {
        let here = match s.screen() {
            Screen::Question { question, .. } => question,
            Screen::Outcome(_) => flow.questions[0],
        };
        match op % 8 {
            0 | 1 => {
                let raw = valid(here, input.byte().unwrap_or(0));
                check(&mut s, |s| s.answer(here.id, &raw));
            }
            2 => {
                let raw = input.text();
                check(&mut s, |s| s.answer(here.id, &raw));
            }
            3 => {
                let q = flow.questions[usize::from(input.byte().unwrap_or(0)) % flow.questions.len()];
                let raw = input.text();
                check(&mut s, |s| s.answer(q.id, &raw));
            }
            4 => check(&mut s, Session::back),
            5 => {
                let q = flow.questions[usize::from(input.byte().unwrap_or(0)) % flow.questions.len()];
                check(&mut s, |s| s.edit(q.id));
            }
            6 => {
                let raw = input.text();
                check(&mut s, |s| Date::parse(&raw).map_err(|_| InputError::BadAsOf).and_then(|d| s.set_today(d)));
            }
            _ => {
                if input.byte().unwrap_or(0) % 4 == 0 {
                    s.restart();
                }
                let restored = api::restore(&s.save()).expect("every session restores");
                for lang in Lang::ALL {
                    assert_eq!(api::view(&restored, lang), api::view(&s, lang));
                }
                s = restored;
            }
        }
    }
});
