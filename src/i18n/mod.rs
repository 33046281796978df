//! Words, kept apart from the rules. A rule or a flow produces a [`Msg`]: a key with the values
//! it needs. [`Msg::render`] turns it into text in the chosen [`Lang`] from that language's
//! bundle (compiled from the `.ftl` files, see `text.rs` and build/ftl.rs).
//!
//! Topic files map typed results to messages, never to words: `ui.rs` (the widget, errors,
//! parameter names), `aktivitet.rs` (aktivitetsersättning and sjukersättning), `sjukpenning.rs`
//! (the sjukpenning calculator), `livranta.rs` (arbetsskadelivränta), `alternativ.rs` (the
//! alternatives catalogue, its self-test and the screening's error reasons). Each topic's words
//! are in the folder of the same name: `sv.ftl`, `en.ftl` and `sv-lattlast.ftl`.
//! `format.rs` formats kronor, months and dates; `bundle.rs` holds and renders the bundles.
//!
//! Easy-to-read Swedish (lättläst, `Lang::SvLattlast`) has its own texts for what a result page
//! says, in each topic's `sv-lattlast.ftl`; every other text falls back to plain Swedish.

mod aktivitet;
mod alternativ;
pub mod bundle;
pub mod format;
pub mod livranta;
mod sjukpenning;
mod ui;

pub use aktivitet::{not as ae_not, AeMsg};
pub use alternativ::AltMsg;
pub use livranta::LivrantaMsg;
pub use sjukpenning::SjukpenningMsg;
pub use ui::UiMsg;

use crate::domain::{Date, Kronor, YearMonth};
use crate::flow::InputError;
use crate::params::ParamError;
use crate::rules::{AnyStep, Failed, Level, RuleError};
use serde::{Deserialize, Serialize};

/// The languages a self-test can be shown in: Swedish, English, and easy-to-read Swedish
/// (lättläst), which has its own texts for the result page and is plain Swedish elsewhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sv-lattlast")]
    SvLattlast,
    /// Pseudo-locale for testing, never offered: English accented and about 40 % longer.
    #[serde(rename = "en-XA")]
    EnXa,
    /// Pseudo-locale for testing, never offered: English written right to left.
    #[serde(rename = "ar-XB")]
    ArXb,
}

/// The language a text is written in. Every text exists in both; lättläst adds overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Sv,
    En,
}

impl Lang {
    /// The languages offered to people.
    pub const ALL: [Lang; 3] = [Lang::Sv, Lang::En, Lang::SvLattlast];
    /// The pseudo-locales the tests run the widget in (layout, right to left), never offered.
    pub const PSEUDO: [Lang; 2] = [Lang::EnXa, Lang::ArXb];
    /// Every language a bundle is built for.
    pub const EVERY: [Lang; 5] = [Lang::Sv, Lang::En, Lang::SvLattlast, Lang::EnXa, Lang::ArXb];

    /// Reads a `lang` attribute: "sv", "sv-SE", "en", "en-GB", "sv-lattlast" (also the
    /// well-formed private-use "sv-x-lattlast") …; anything else is Swedish.
    pub fn from_tag(tag: &str) -> Lang {
        let t = tag.trim().to_ascii_lowercase();
        if t == "en" || (t.starts_with("en-") && t != "en-xa") {
            Lang::En
        } else if t == "sv-lattlast" || t == "sv-x-lattlast" {
            Lang::SvLattlast
        } else if t == "en-xa" {
            Lang::EnXa
        } else if t == "ar-xb" {
            Lang::ArXb
        } else {
            Lang::Sv
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
            Lang::SvLattlast => "sv-lattlast",
            Lang::EnXa => "en-XA",
            Lang::ArXb => "ar-XB",
        }
    }

    /// The text direction: right to left for the RTL pseudo-locale (and a future Arabic or Persian).
    pub fn rtl(self) -> bool {
        self == Lang::ArXb
    }

    /// The value for an HTML `lang` attribute: lättläst is Swedish.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::EnXa => "en-XA",
            Lang::ArXb => "ar-XB",
            _ => match self.base() {
                Base::Sv => "sv",
                Base::En => "en",
            },
        }
    }

    pub fn base(self) -> Base {
        match self {
            Lang::En | Lang::EnXa | Lang::ArXb => Base::En,
            Lang::Sv | Lang::SvLattlast => Base::Sv,
        }
    }
}

/// A message: a key with its values. Rendered last, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Ui(UiMsg),
    Ae(AeMsg),
    Livranta(LivrantaMsg),
    Sjukpenning(SjukpenningMsg),
    Alternativ(AltMsg),
    Month(YearMonth),
    Date(Date),
    Years(i32),
    Kronor(Kronor),
    Level(Level),
    /// A message from the `.ftl` files.
    // TRANSITION (issue 12): the topic enums above go as their texts move to `.ftl` files.
    Text(crate::text::Msg),
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
            Msg::Text(m) => bundle::render(m, lang),
            Msg::Ui(m) => m.render(lang),
            Msg::Ae(m) => bundle::render(&m.msg(), lang),
            Msg::Livranta(m) => bundle::render(&m.msg(), lang),
            Msg::Sjukpenning(m) => bundle::render(&m.msg(), lang),
            Msg::Alternativ(m) => bundle::render(&m.msg(), lang),
            Msg::Month(m) => f::month(*m, lang),
            Msg::Date(d) => f::date(*d, lang),
            Msg::Years(y) => bundle::render(&crate::text::years(*y), lang),
            Msg::Kronor(k) => f::kronor(*k, lang),
            Msg::Level(l) => UiMsg::LevelOption { level: Some(*l) }.render(lang),
            Msg::ParamMissing(e) => bundle::render(&ui::param_missing(e), lang),
            Msg::RuleError(RuleError::Param(e)) => bundle::render(&ui::param_missing(e), lang),
            Msg::RuleError(RuleError::Overflow) => UiMsg::AmountTooLargeToCompute.render(lang),
            Msg::Input { error, field } => ui::input_error(error, field.as_ref().map(|m| m.render(lang)), lang),
        }
    }

    /// The easy-to-read Swedish text, where one is written. Lättläst covers the result page:
    /// headline, key facts, the failed condition, what is good to know and what to do next.
    /// Everything else falls back to plain Swedish.
    pub fn lattlast(&self) -> Option<String> {
        match self {
            Msg::Ui(m) => m.lattlast(),
            Msg::Ae(m) => lattlast(&m.msg()),
            Msg::Livranta(m) => lattlast(&m.msg()),
            Msg::Alternativ(m) => lattlast(&m.msg()),
            Msg::Sjukpenning(m) => lattlast(&m.msg()),
            Msg::Text(m) if m.has_lattlast() => Some(bundle::render(m, Lang::SvLattlast)),
            _ => None,
        }
    }

    /// Whether this message is prose (and so needs a lättläst text on a result page), rather
    /// than a formatted value such as an amount or a month.
    pub fn is_prose(&self) -> bool {
        matches!(
            self,
            Msg::Ui(_) | Msg::Ae(_) | Msg::Livranta(_) | Msg::Sjukpenning(_) | Msg::Alternativ(_) | Msg::Text(_)
        )
    }
}

/// A message's own lättläst text, if it has one.
fn lattlast(m: &crate::text::Msg) -> Option<String> {
    m.has_lattlast().then(|| bundle::render(m, Lang::SvLattlast))
}

/// The words for a rule step: each rules file's typed `Steg` has its message in its topic.
pub fn step(s: &AnyStep) -> Msg {
    match s {
        AnyStep::Ae(s) => aktivitet::steg(s),
        AnyStep::Lr(s) => livranta::steg(s),
        AnyStep::Sp(s) => sjukpenning::steg(s),
        AnyStep::Alt(s) => alternativ::steg(s),
    }
}

/// The words for a failed condition: what the condition is, the person's value, the limit.
pub fn failed(f: &Failed) -> (Msg, Msg, Msg) {
    match f {
        Failed::Step(s) => failed_step(s),
    }
}

fn failed_step(s: &AnyStep) -> (Msg, Msg, Msg) {
    match s {
        AnyStep::Ae(s) => aktivitet::failed(s),
        AnyStep::Lr(s) => livranta::failed(s),
        AnyStep::Sp(s) => sjukpenning::failed(s),
        AnyStep::Alt(s) => alternativ::failed(s),
    }
}
