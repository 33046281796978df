//! The trace: every decision a rule takes, with its law reference, and every dated parameter
//! it read, with its source. Citizens see the reasons; case handlers see the whole trace.
//! Not here: the words (a step holds a `Msg`; i18n renders it).

use super::{LawRef, YearMonth};
use crate::i18n::Msg;
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
pub struct Step {
    pub law: LawRef,
    pub msg: Msg,
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

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub params: Vec<ParamUse>,
}

impl Trace {
    pub fn new() -> Trace {
        Trace::default()
    }

    /// Records a condition and returns whether it was met, so a rule reads
    /// `if !t.check(sfb("41", "2"), msg, ok) { … }`.
    pub fn check(&mut self, law: LawRef, msg: Msg, ok: bool) -> bool {
        let check = if ok { Check::Yes } else { Check::No };
        self.steps.push(Step { law, msg, check });
        ok
    }

    /// Records a fact or a calculation step that is not a condition.
    pub fn info(&mut self, law: LawRef, msg: Msg) {
        self.steps.push(Step { law, msg, check: Check::Info });
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
