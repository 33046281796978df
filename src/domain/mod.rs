//! Legal building blocks every rule uses: money and rounding ([`Kronor`], [`Fraction`],
//! [`Exact`]), calendar months and ages ([`Date`], [`YearMonth`]), law references ([`LawRef`])
//! and the [`Trace`] of a decision. No I/O, no clock, no floats.

mod calendar;
pub mod json;
mod law;
pub mod machine;
pub mod map;
mod money;
mod trace;

pub use calendar::*;
pub use law::*;
pub use map::Map;
pub use money::*;
pub use trace::*;
