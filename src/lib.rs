//! # sjalvtest
//!
//! Self-tests and calculators for Swedish social insurance: a rules core in plain Rust, a
//! question-flow engine, Swedish and English texts, and thin layers that put them in a browser
//! (WebAssembly + a custom element) and on the command line (batch screening, yearly amounts).
//!
//! ```
//! use sjalvtest::{domain::Date, flow::{Screen, Session}, flows};
//!
//! let today = Date::parse("2025-01-15").unwrap();
//! let mut s = Session::new(flows::find("aktivitetsersattning").unwrap(), today);
//! for (q, a) in [("birth-date", "2004-03-15"), ("insured", "lives-in-sweden"), ("reason", "reduced-capacity"),
//!                ("capacity-reduction", "1"), ("duration", "at-least-a-year"), ("lived-in-sweden-since-16", "yes"),
//!                ("had-work-income", "no")] {
//!     s.answer(q, a).unwrap();
//! }
//! let Screen::Outcome(o) = s.screen() else { panic!("expected an outcome") };
//! let per_month = o.rows.iter().find(|r| r.key == "per-month").unwrap();
//! assert_eq!(per_month.machine, "12152"); // RULES.md E5: 2,48 × 58 800 / 12
//! ```
//!
//! Modules, from the bottom up: [`domain`] (money, months, law references, trace), [`params`]
//! (dated figures), [`rules`] (one file per benefit), [`flow`] (the engine), [`flows`] (one file
//! per self-test), [`i18n`] (words), [`api`] (the one serialized surface), [`scenario`] (worked
//! examples as data), [`screen`] (case records screened against the alternatives catalogue),
//! [`widget`] (what the browser element shows after each event, as data). `wasm` (the
//! wasm-bindgen surface) exists only in the wasm32 build; the element draws in JavaScript.

pub mod api;
pub mod domain;
pub mod flow;
pub mod flows;
pub mod i18n;
pub mod params;
pub mod rules;
pub mod scenario;
pub mod screen;
pub mod text;
pub mod widget;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The version of the rules and figures. Bump it when a rule or a parameter changes, so a saved
/// result can say that the rules have changed since.
pub const RULES_VERSION: &str = "2026.12.1";
