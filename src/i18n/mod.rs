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

pub mod aktivitet;
pub mod alternativ;
pub mod bundle;
pub mod format;
pub mod informera;
pub mod livranta;
pub mod sjukpenning;
pub mod terms;
pub mod ui;

pub use aktivitet::not as ae_not;
pub use ui::UiMsg;

use crate::domain::{Date, Kronor, YearMonth};
use crate::flow::InputError;
use crate::params::ParamError;
use crate::rules::{AnyStep, Failed, Level, RuleError};
use crate::text;
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

pub use crate::text::Msg;

/// Rendering a [`Msg`] in a language: the words come from that language's bundle.
pub trait Render {
    fn render(&self, lang: Lang) -> String;
    /// The easy-to-read Swedish text, where one is written. Lättläst covers the result page:
    /// headline, key facts, the failed condition, what is good to know and what to do next.
    /// Everything else falls back to plain Swedish.
    fn lattlast(&self) -> Option<String>;
    /// Whether this message is prose (and so needs a lättläst text on a result page), rather
    /// than a formatted value such as an amount or a month, or a figure's status ("not yet
    /// known"), which is the same on every page.
    fn is_prose(&self) -> bool;
}

impl Render for Msg {
    fn render(&self, lang: Lang) -> String {
        bundle::render(self, lang)
    }

    fn lattlast(&self) -> Option<String> {
        self.has_lattlast().then(|| bundle::render(self, Lang::SvLattlast))
    }

    fn is_prose(&self) -> bool {
        const VALUES: [u16; 9] = [
            text::id::MONTH,
            text::id::DATE,
            text::id::KRONOR,
            text::id::YEARS,
            text::id::UI_LEVEL_OPTION,
            text::id::UI_PARAM_PLAIN,
            text::id::UI_PARAM_NOT_COVERED,
            text::id::UI_PARAM_NOT_YET_KNOWN,
            text::id::UI_AMOUNT_TOO_LARGE_TO_COMPUTE,
        ];
        !VALUES.contains(&self.id)
    }
}

/// A month as a message of its own ("mars 2026").
pub fn month(m: YearMonth) -> Msg {
    text::month(m)
}

/// A date as a message of its own ("15 mars 2026").
pub fn date(d: Date) -> Msg {
    text::date(d)
}

/// An amount as a message of its own ("12 345 kr").
pub fn kronor(k: Kronor) -> Msg {
    text::kronor(k)
}

/// A level as an answer ("Hel", "Halv" …).
pub fn level(l: Level) -> Msg {
    text::ui_level_option(l.key())
}

/// A dated figure that is not known for the month or year asked.
pub fn param_missing(e: &ParamError) -> Msg {
    ui::param_missing(e)
}

/// Why a rule could not compute an amount.
pub fn rule_error(e: &RuleError) -> Msg {
    match e {
        RuleError::Param(e) => ui::param_missing(e),
        RuleError::Overflow => text::ui_amount_too_large_to_compute(),
    }
}

/// An input error as one sentence, starting with the field's name when there is one.
pub fn input_error(error: &InputError, field: Option<&Msg>, lang: Lang) -> String {
    ui::input_error(error, field.map(|m| m.render(lang)), lang)
}

/// Nothing to say: what a one-test engine renders for a step no trace of its test holds.
const NOTHING: Msg = Msg::plain(u16::MAX);

// Which self-tests' traces hold each rules file's steps: livränta's also sjuk- or
// aktivitetsersättning's estimate (`aktivitetsersattning::belopp`) and the sjukpenning it is
// compared with; the catalogue's conditions leave no trace. A one-test engine (one `flow-*`
// feature) renders only its test's, so the other topics' words and code stay out of its wasm;
// tests/flows.rs reads these `cfg`s and fails when a trace holds a step its engine would not
// render.

/// The words for a rule step: each rules file's typed `Steg` has its message in its topic.
pub fn step(s: &AnyStep) -> Msg {
    match s {
        #[cfg(any(feature = "flow-aktivitetsersattning", feature = "flow-livranta"))]
        AnyStep::Ae(s) => aktivitet::steg(s),
        #[cfg(feature = "flow-livranta")]
        AnyStep::Lr(s) => livranta::steg(s),
        #[cfg(any(feature = "flow-sjukpenning", feature = "flow-livranta"))]
        AnyStep::Sp(s) => sjukpenning::steg(s),
        #[cfg(feature = "flow-alternativ")]
        AnyStep::Alt(s) => alternativ::steg(s),
        #[allow(unreachable_patterns)]
        _ => NOTHING,
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
        #[cfg(any(feature = "flow-aktivitetsersattning", feature = "flow-livranta"))]
        AnyStep::Ae(s) => aktivitet::failed(s),
        #[cfg(feature = "flow-livranta")]
        AnyStep::Lr(s) => livranta::failed(s),
        #[cfg(any(feature = "flow-sjukpenning", feature = "flow-livranta"))]
        AnyStep::Sp(s) => sjukpenning::failed(s),
        #[cfg(feature = "flow-alternativ")]
        AnyStep::Alt(s) => alternativ::failed(s),
        #[allow(unreachable_patterns)]
        _ => (NOTHING, NOTHING, NOTHING),
    }
}
