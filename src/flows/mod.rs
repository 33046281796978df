//! The self-tests, one file per test: its questions, how each question answers a fact the
//! rules read, and how the decision is presented. Flows route and present; they never compute
//! an amount (that is `rules/`).

pub mod aktivitetsersattning;
pub mod alternativ;
pub mod livranta;
pub mod sjukpenning;

use crate::flow::Flow;

/// Every self-test the build offers, in the order the demo lists them: all four unless the build
/// was made for one (the browser's per-test wasm; Cargo features `flow-*`).
pub static ALL: &[&Flow] = &[
    #[cfg(feature = "flow-aktivitetsersattning")]
    &aktivitetsersattning::FLOW,
    #[cfg(feature = "flow-livranta")]
    &livranta::FLOW,
    #[cfg(feature = "flow-sjukpenning")]
    &sjukpenning::FLOW,
    #[cfg(feature = "flow-alternativ")]
    &alternativ::FLOW,
];

/// The self-test with this id.
pub fn find(id: &str) -> Option<&'static Flow> {
    ALL.iter().copied().find(|f| f.id == id)
}
