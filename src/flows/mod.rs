//! The self-tests, one file per test: its questions, how each question answers a fact the
//! rules read, and how the decision is presented. Flows route and present; they never compute
//! an amount (that is `rules/`).

pub mod aktivitetsersattning;
pub mod alternativ;
pub mod livranta;
pub mod sjukpenning;

use crate::flow::Flow;

/// Every self-test, in the order the demo lists them.
pub static ALL: &[&Flow] = &[&aktivitetsersattning::FLOW, &livranta::FLOW, &sjukpenning::FLOW, &alternativ::FLOW];

/// The self-test with this id.
pub fn find(id: &str) -> Option<&'static Flow> {
    ALL.iter().copied().find(|f| f.id == id)
}
