//! The benefit rules, one file per benefit in the law's order. Each file opens with a short
//! `bedom`/`evaluate` function that shows the shape, followed by one `pub fn` per condition or
//! amount, each naming its paragraph and leaving a trace step.
//!
//! Rules read facts through a trait per benefit (`aktivitetsersattning::Fakta`), so the same
//! rules serve a self-test (a fact is a question; a missing fact means "ask it") and a batch
//! record (a missing fact means "not assessed"). Not here: questions, words, I/O.

pub mod aktivitetsersattning;
pub mod aktuella_belopp;
pub mod alternativ;
pub mod bostadstillagg;
pub mod fakta;
pub mod informera;
pub mod livranta;
pub mod sjukpenning;

use crate::domain::{Fraction, Overflow};
use crate::params::ParamError;
use serde::Serialize;

/// The step an income answer is moved by to show what moves an amount (issue 13; each rules
/// file's `paverkan`): a round sum a person can picture.
pub const PAVERKAN_STEG: crate::domain::Kronor = crate::domain::Kronor(10_000);

/// What a rule step decided, as typed data: each rules file's own `Steg`. Rendered by i18n.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyStep {
    Ae(aktivitetsersattning::Steg),
    Lr(livranta::Steg),
    Sp(sjukpenning::Steg),
    Alt(alternativ::Steg),
}

impl AnyStep {
    /// Which rules file the step is from, as its variant is named (`Ae`, `Lr`, `Sp`, `Alt`).
    pub fn file(&self) -> &'static str {
        match self {
            AnyStep::Ae(_) => "Ae",
            AnyStep::Lr(_) => "Lr",
            AnyStep::Sp(_) => "Sp",
            AnyStep::Alt(_) => "Alt",
        }
    }
}

impl From<aktivitetsersattning::Steg> for AnyStep {
    fn from(s: aktivitetsersattning::Steg) -> Self {
        AnyStep::Ae(s)
    }
}

impl From<livranta::Steg> for AnyStep {
    fn from(s: livranta::Steg) -> Self {
        AnyStep::Lr(s)
    }
}

impl From<sjukpenning::Steg> for AnyStep {
    fn from(s: sjukpenning::Steg) -> Self {
        AnyStep::Sp(s)
    }
}

impl From<alternativ::Steg> for AnyStep {
    fn from(s: alternativ::Steg) -> Self {
        AnyStep::Alt(s)
    }
}

/// A step serializes as its rules file's `Steg`: the tag, then the values.
impl Serialize for AnyStep {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyStep::Ae(x) => x.serialize(s),
            AnyStep::Lr(x) => x.serialize(s),
            AnyStep::Sp(x) => x.serialize(s),
            AnyStep::Alt(x) => x.serialize(s),
        }
    }
}

impl Serialize for Failed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Failed::Step(x) => x.serialize(s),
        }
    }
}

/// The trace of a decision over the rules' typed steps.
pub type Trace = crate::domain::Trace<AnyStep>;
/// One step of a [`Trace`].
pub type Step = crate::domain::Step<AnyStep>;

/// A fact the rules need and do not have yet, by its stable id (the question id in a
/// self-test, the field name in a case record).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing(pub &'static str);

/// A fact, or the id of the missing fact.
pub type Fact<T> = Result<T, Missing>;

/// The three answers a self-test gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    MayBeEligible,
    ProbablyNot,
    CannotTell,
}

/// The condition that failed, for a "probably not": the step that was not met, whose data
/// holds the person's value and the legal limit.
#[derive(Clone, Debug, PartialEq)]
pub enum Failed {
    Step(AnyStep),
}

/// Why an amount could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RuleError {
    Param(ParamError),
    Overflow,
}

impl From<ParamError> for RuleError {
    fn from(e: ParamError) -> Self {
        RuleError::Param(e)
    }
}

impl From<Overflow> for RuleError {
    fn from(_: Overflow) -> Self {
        RuleError::Overflow
    }
}

/// A förmånsnivå: the share of a full benefit (SFB 33 kap. 20 §, 27 kap. 45 §).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Level {
    #[serde(rename = "1/4")]
    Quarter,
    #[serde(rename = "1/2")]
    Half,
    #[serde(rename = "3/4")]
    ThreeQuarters,
    #[serde(rename = "1")]
    Full,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Quarter, Level::Half, Level::ThreeQuarters, Level::Full];

    pub fn fraction(self) -> Fraction {
        match self {
            Level::Quarter => Fraction::new(1, 4),
            Level::Half => Fraction::new(1, 2),
            Level::ThreeQuarters => Fraction::new(3, 4),
            Level::Full => Fraction::ONE,
        }
    }

    /// "1/4", "1/2", "3/4", "1": the canonical form in saved sessions and scenario files.
    pub fn code(self) -> &'static str {
        match self {
            Level::Quarter => "1/4",
            Level::Half => "1/2",
            Level::ThreeQuarters => "3/4",
            Level::Full => "1",
        }
    }

    /// "quarter", "half", "three-quarters", "full": the key a Fluent select expression matches.
    pub fn key(self) -> &'static str {
        match self {
            Level::Quarter => "quarter",
            Level::Half => "half",
            Level::ThreeQuarters => "three-quarters",
            Level::Full => "full",
        }
    }

    pub fn from_code(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == s)
    }
}
