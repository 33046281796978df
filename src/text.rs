//! Message references: which text to show and the values it needs, never the words. Every
//! text a person reads is a Fluent message in a `.ftl` file beside what uses it (one file per
//! language); build.rs compiles them into one constructor per message here (`text::lr_title()`,
//! `text::lr_value_loss(loss, grad)`: the parameters are the message's placeholders in
//! alphabetical order, so a message that does not exist, or a placeholder that does not match,
//! does not compile), and into one bundle of words per language that `i18n` renders with.
//! Not here: the words (the `.ftl` files), formatting a value for a language (`i18n::format`).

use crate::domain::{Date, Fraction, Kronor, YearMonth};
use std::borrow::Cow;

/// A message: its number in the bundles and its values, in its placeholders' order.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: u16,
    /// Borrowed for a message in a `static` (a question's label), owned otherwise.
    pub args: Cow<'static, [Arg]>,
}

impl Msg {
    pub const fn plain(id: u16) -> Msg {
        Msg { id, args: Cow::Borrowed(&[]) }
    }

    pub fn with(id: u16, args: Vec<Arg>) -> Msg {
        Msg { id, args: Cow::Owned(args) }
    }

    /// What every generated constructor with values calls: one copy per number of values, not
    /// one per call (`#[inline(never)]` keeps about 15 KB of vector building out of the wasm).
    #[inline(never)]
    pub fn of<const N: usize>(id: u16, args: [Arg; N]) -> Msg {
        Msg { id, args: Cow::Owned(Vec::from(args)) }
    }

    /// A message with values known when the program is built, for a `static`:
    /// `Msg::fixed(id::AE_Q_INCOME_YEARS_AGO, &[Arg::Number(2)])`. The values must be in the
    /// message's placeholders' order (alphabetical), as the constructors take them.
    pub const fn fixed(id: u16, args: &'static [Arg]) -> Msg {
        Msg { id, args: Cow::Borrowed(args) }
    }

    /// The message's id in the `.ftl` files (native builds: tests and the command line).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn name(&self) -> &'static str {
        NAMES.get(usize::from(self.id)).copied().unwrap_or("")
    }

    /// Whether the message has its own lättläst text (the tests check result pages).
    pub fn has_lattlast(&self) -> bool {
        HAS_LATTLAST.get(usize::from(self.id)).copied().unwrap_or(false)
    }
}

/// A value for a placeholder. Each kind is formatted for the language when the message is
/// rendered ("12 345 kr", "12,345 kr"); a selector (`{ $n -> [one] … }`) reads `Number` or `Key`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Kronor(Kronor),
    /// A whole number as digits: a count, a year, an age ("2027", "12").
    Number(i64),
    /// A number with its thousands grouped ("145 824" / "145,824").
    Grouped(i64),
    /// A share as the law writes it ("64,7 %" / "64.7%").
    Percent(Fraction),
    /// A share rounded to two decimals ("28,57 %"); lättläst rounds it to a whole number ("29 procent").
    PercentRounded(Fraction),
    /// A factor as the law writes it ("2,48", "7,5", otherwise "1/15").
    Factor(Fraction),
    Month(YearMonth),
    Date(Date),
    /// A fixed code a select expression matches (`{ $benefit -> [sa] … *[ae] … }`); a level is
    /// `Level::key()`.
    Key(&'static str),
    /// Another message, rendered in the same language.
    Msg(Box<Msg>),
    /// Text that is not ours to translate (a question's own answer as typed).
    Verbatim(String),
}

impl From<Kronor> for Arg {
    fn from(k: Kronor) -> Arg {
        Arg::Kronor(k)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<YearMonth> for Arg {
    fn from(m: YearMonth) -> Arg {
        Arg::Month(m)
    }
}

impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}

impl From<&'static str> for Arg {
    fn from(k: &'static str) -> Arg {
        Arg::Key(k)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

include!(concat!(env!("OUT_DIR"), "/texts.rs"));
