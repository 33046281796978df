//! Screening case records against the alternatives catalogue (`rules::alternativ`), for case
//! handlers: records in, one JSON line per record out.

pub mod record;

pub use record::{Field, Problem, Record};
