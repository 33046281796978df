//! The self-tests, one file per test: its questions, how each question answers a fact the
//! rules read, and how the decision is presented. Flows route and present; they never compute
//! an amount (that is `rules/`).

pub mod aktivitetsersattning;
pub mod alternativ;
pub mod livranta;
pub mod sjukpenning;

use crate::flow::Flow;

// A build without a self-test has nothing to offer (the fuzz crate once built one and fuzzed
// nothing): every build names at least one `flow-*` feature, or `all-flows`.
#[cfg(not(any(
    feature = "flow-aktivitetsersattning",
    feature = "flow-livranta",
    feature = "flow-sjukpenning",
    feature = "flow-alternativ"
)))]
compile_error!("no self-test in this build: enable `all-flows` or one `flow-*` feature (Cargo.toml)");

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
