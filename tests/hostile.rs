//! Hostile answers pushed through every question of every flow, and arbitrary sequences of
//! answer/back/change/restart: nothing panics, every refusal is a typed error with a code, and a
//! refused answer leaves the session exactly as it was.

use crate::flows::samples;
use sjalvtest::domain::Date;
use sjalvtest::flow::{Next, Session};
use sjalvtest::flows;

fn hostile() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "-1",
        "-0",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e308",
        "1E308",
        "0x10",
        "99999999999999999999999999",
        "9223372036854775807",
        "35 000",
        "35,5",
        "35.50",
        "1/3",
        "2/4",
        "0/0",
        "0000-00-00",
        "0001-01-01",
        "9999-12-31",
        "2024-02-29",
        "2023-02-29",
        "2025-13",
        "2025-00",
        "<script>alert(1)</script>",
        "\u{0}",
        "\u{202e}gnp.exe",
        "💥",
        "yes; DROP TABLE",
        "ja",
        "NEJ",
        "true",
        "null",
        "undefined",
        "[]",
        "{}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("9".repeat(10_000));
    v.push("å".repeat(5_000));
    v
}

/// Visits the questions along a few paths and throws every hostile answer at each.
fn attack(s: &Session, depth: usize) {
    let Next::Ask(q) = s.evaluate().next else { return };
    for raw in hostile() {
        let mut t = s.clone();
        let before = t.save();
        match t.answer(q.id, &raw) {
            Ok(()) => {}
            Err(e) => {
                assert!(!e.code().is_empty());
                assert_eq!(t.save(), before, "{}: refused {raw:?} changed the session", q.id);
            }
        }
        let _ = t.screen();
    }
    if depth == 0 {
        return;
    }
    for a in samples(q).into_iter().take(3) {
        let mut t = s.clone();
        if t.answer(q.id, &a).is_ok() {
            attack(&t, depth - 1);
        }
    }
}

#[test]
fn hostile_answers_never_panic_and_never_change_the_session() {
    let today = Date::parse("2025-06-15").unwrap();
    for flow in flows::ALL {
        attack(&Session::new(flow, today), 3);
    }
}

/// A tiny deterministic generator, so the sequence is the same on every run.
pub struct Lcg(pub u64);
impl Lcg {
    pub fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

#[test]
fn arbitrary_sequences_of_calls_keep_the_session_sound() {
    let today = Date::parse("2025-06-15").unwrap();
    let mut rng = Lcg(42);
    for flow in flows::ALL {
        for _ in 0..300 {
            let mut s = Session::new(flow, today);
            for _ in 0..25 {
                let eval = s.evaluate();
                match rng.next(6) {
                    0 => {
                        let _ = s.back();
                    }
                    1 => {
                        if let Some(q) = eval.path.get(rng.next(eval.path.len())) {
                            let _ = s.edit(q.id);
                        }
                    }
                    2 if rng.next(10) == 0 => s.restart(),
                    _ => {
                        let q = match s.screen() {
                            sjalvtest::flow::Screen::Question { question, .. } => question,
                            sjalvtest::flow::Screen::Outcome(_) => continue,
                        };
                        let options = samples(q);
                        let pick = rng.next(options.len() + 2);
                        let raw = options.get(pick).cloned().unwrap_or_else(|| "garbage".into());
                        let before = s.save();
                        if s.answer(q.id, &raw).is_err() {
                            assert_eq!(s.save(), before);
                        }
                    }
                }
                let _ = s.screen();
                let saved = s.save();
                let restored = Session::restore(&saved, flows::find).expect("a saved session restores");
                assert_eq!(restored.save(), saved);
            }
        }
    }
}
