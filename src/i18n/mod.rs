//! Words, kept apart from the rules. A rule or a flow produces a [`Msg`]: a key with the values
//! it needs. [`Msg::render`] turns it into text in the chosen [`Lang`]. Each topic file holds
//! one enum and its Swedish and English texts side by side, in exhaustive `match`es, so a
//! message without both texts does not compile.
//!
//! Topic files: `ui.rs` (the widget, errors, parameter names), `aktivitet.rs`
//! (aktivitetsersättning and sjukersättning), `alternativ.rs` (the alternatives catalogue, its
//! self-test and the screening's error reasons). `format.rs` formats kronor, months and dates.

mod aktivitet;
mod alternativ;
pub mod format;
mod ui;

pub use aktivitet::AeMsg;
pub use alternativ::AltMsg;
pub use ui::UiMsg;

use crate::domain::{Kronor, YearMonth};
use crate::flow::InputError;
use crate::params::ParamError;
use crate::rules::{Level, RuleError};
use serde::{Deserialize, Serialize};

/// The languages a self-test can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// Reads a `lang` attribute: "sv", "sv-SE", "en", "en-GB" …; anything else is Swedish.
    pub fn from_tag(tag: &str) -> Lang {
        let t = tag.trim().to_ascii_lowercase();
        if t == "en" || t.starts_with("en-") {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// A message: a key with its values. Rendered last, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Ui(UiMsg),
    Ae(AeMsg),
    Alternativ(AltMsg),
    Month(YearMonth),
    Years(i32),
    Kronor(Kronor),
    Level(Level),
    ParamMissing(ParamError),
    RuleError(RuleError),
    /// An input error, with the short name of the field it is about.
    Input {
        error: InputError,
        field: Option<Box<Msg>>,
    },
}

impl Msg {
    pub fn render(&self, lang: Lang) -> String {
        use format as f;
        match self {
            Msg::Ui(m) => m.render(lang),
            Msg::Ae(m) => m.render(lang),
            Msg::Alternativ(m) => m.render(lang),
            Msg::Month(m) => f::month(*m, lang),
            Msg::Years(y) => match lang {
                Lang::Sv => format!("{y} år"),
                Lang::En => format!("{y} years"),
            },
            Msg::Kronor(k) => f::kronor(*k, lang),
            Msg::Level(l) => UiMsg::LevelOption { level: Some(*l) }.render(lang),
            Msg::ParamMissing(e) => ui::param_missing(e, lang),
            Msg::RuleError(RuleError::Param(e)) => ui::param_missing(e, lang),
            Msg::RuleError(RuleError::Overflow) => UiMsg::AmountTooLargeToCompute.render(lang),
            Msg::Input { error, field } => ui::input_error(error, field.as_ref().map(|m| m.render(lang)), lang),
        }
    }
}
