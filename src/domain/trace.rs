//! The trace: every decision a rule takes, with its law reference, and every dated parameter
//! it read, with its source. Citizens see the reasons; case handlers see the whole trace.
//! Not here: the words. A step holds what the rule decided as typed data (`S`, in `rules` the
//! union of each rules file's own `Steg`), and i18n renders it.

use super::{LawRef, YearMonth};
use crate::params::{Dated, Param, ParamError, ParamValue, Table};
use serde::Serialize;

/// Whether a step was a condition met, a condition not met, or a fact worth stating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    Yes,
    No,
    Info,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step<S> {
    pub law: LawRef,
    pub what: S,
    pub check: Check,
}

/// A dated parameter a rule read, for the handler's "parameters used" list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamUse {
    pub param: Param,
    pub from: YearMonth,
    pub until: YearMonth,
    pub value: ParamValue,
    pub source: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Trace<S> {
    pub steps: Vec<Step<S>>,
    pub params: Vec<ParamUse>,
}

impl<S> Default for Trace<S> {
    fn default() -> Self {
        Trace { steps: Vec::new(), params: Vec::new() }
    }
}

impl<S> Trace<S> {
    pub fn new() -> Trace<S> {
        Trace::default()
    }

    /// Records a condition and returns whether it was met, so a rule reads
    /// `if !t.check(sfb("41", "2"), Steg::EnFemtondel { grad }, ok) { … }`.
    pub fn check(&mut self, law: LawRef, what: impl Into<S>, ok: bool) -> bool {
        let check = if ok { Check::Yes } else { Check::No };
        self.steps.push(Step { law, what: what.into(), check });
        ok
    }

    /// Records a fact or a calculation step that is not a condition.
    pub fn info(&mut self, law: LawRef, what: impl Into<S>) {
        self.steps.push(Step { law, what: what.into(), check: Check::Info });
    }

    /// Looks up a dated parameter and records the row used (once per row).
    pub fn lookup<T: Copy>(
        &mut self,
        table: &Table<T>,
        month: YearMonth,
        show: impl Fn(T) -> ParamValue,
    ) -> Result<T, ParamError> {
        let row: Dated<T> = table.at(month)?;
        let used = ParamUse {
            param: table.param,
            from: row.from,
            until: row.until,
            value: show(row.value),
            source: row.source,
        };
        if !self.params.contains(&used) {
            self.params.push(used);
        }
        Ok(row.value)
    }
}
