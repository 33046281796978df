//! The JavaScript API, through wasm-bindgen: list the self-tests, start one, answer, go back,
//! save and restore. The only file that sees `JsValue`. Every call returns a
//! [`api::Reply`] the JS can branch on (`{ ok, view, error }`); expected failures never throw.

use crate::api::{self, Reply};
use crate::flow::Saved;
use crate::i18n::Lang;
use crate::widget::Frame;
#[cfg(feature = "js-api")]
use crate::{
    domain::Date,
    flow::{InputError, Session},
};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The allocator: talc instead of Rust's default dlmalloc (ARCHITECTURE.md, "Crates").
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The types of every reply, in `src/api.d.ts` (checked against `api.rs` by tests/ts_types.rs).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("api.d.ts");

/// A value as the plain JS object its JSON is (`domain::json`, one string through `JSON.parse`);
/// if that ever fails, a fixed `internal` reply instead of a throw.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    let internal = || {
        let e = api::ErrorView { code: "internal", question: None, message: "internal error".into() };
        crate::domain::json::to_string(&Reply { ok: false, view: None, error: Some(e) }).unwrap_or_default()
    };
    let text = crate::domain::json::to_string(value).unwrap_or_else(internal);
    js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
}

/// Reads a saved session from a plain JS object. Written by hand rather than with serde's
/// deserializer, which would add its error formatting (floats and all) to every phone's download.
/// Like `Saved`'s `deny_unknown_fields` natively, a key no format has makes it unreadable.
pub(crate) fn saved_from_js(v: &JsValue) -> Option<Saved> {
    const KEYS: [&str; 6] = ["format", "test", "as_of", "rules", "answers", "at"];
    let keys = js_sys::Object::keys(v.dyn_ref::<js_sys::Object>()?);
    if keys.iter().any(|k| !k.as_string().is_some_and(|k| KEYS.contains(&k.as_str()))) {
        return None;
    }
    let get = |k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).ok();
    let text = |k: &str| get(k).and_then(|x| x.as_string());
    let format = get("format")?.as_f64()?;
    if !(format >= 0.0 && format <= u32::MAX as f64 && format.fract() == 0.0) {
        return None;
    }
    let mut answers = crate::domain::Map::new();
    let obj: js_sys::Object = get("answers")?.dyn_into().ok()?;
    for entry in js_sys::Object::entries(&obj).iter() {
        let pair: js_sys::Array = entry.dyn_into().ok()?;
        answers.insert(pair.get(0).as_string()?, pair.get(1).as_string()?);
    }
    Some(Saved {
        format: format as u32,
        test: text("test")?,
        as_of: text("as_of")?,
        rules: text("rules").unwrap_or_default(),
        answers,
        at: text("at"),
    })
}

/// The self-tests, for a list page.
#[cfg(feature = "js-api")]
#[wasm_bindgen(js_name = listTests, unchecked_return_type = "TestInfo[]")]
pub fn list_tests(lang: &str) -> JsValue {
    to_js(&api::tests(Lang::from_tag(lang)))
}

/// The stylesheet of the widget, adopted into each shadow root.
#[wasm_bindgen(js_name = widgetCss)]
pub fn widget_css() -> String {
    // src/widget.css without its comments and runs of white space (build.rs).
    include_str!(concat!(env!("OUT_DIR"), "/widget.css")).to_string()
}

/// The words the element draws around the views (labels, headings, buttons), as `[name, words]`
/// pairs, in one language (`widget::words`).
#[wasm_bindgen(js_name = widgetWords, skip_typescript)]
pub fn widget_words(lang: &str) -> JsValue {
    to_js(&crate::widget::words(Lang::from_tag(lang)))
}

/// A frame as the element reads it: the frame, and the `sjalvtest-result` detail it announces.
#[derive(Serialize)]
struct Shown<'a> {
    frame: &'a Frame,
    result: Option<api::ResultDetail<'a>>,
}

fn frame_to_js(f: &Frame) -> JsValue {
    to_js(&Shown { frame: f, result: f.result_detail() })
}

/// A mounted `<sjalvtest-widget>` (`widget::Widget`): the element class forwards what the
/// person did and draws the frame each call returns.
#[wasm_bindgen(skip_typescript)]
pub struct Widget {
    inner: crate::widget::Widget,
    first: Option<Frame>,
}

/// Mounts a self-test: `as_of` is today's date from the page's clock (or a handler's chosen
/// date), `mode` "citizen" or "handler", `fragment` the page's `location.hash` (which may hold
/// a link to a saved result), `saved` a session the element kept (after an error) or null.
/// [`Widget::first`] has the first frame. The element's own surface, not the JavaScript API:
/// left out of the TypeScript types (`skip_typescript`); tests/widget.rs checks its decisions and
/// tests/e2e what the element draws from them.
#[wasm_bindgen(js_name = mountWidget, skip_typescript)]
pub fn mount_widget(
    test: &str,
    lang: &str,
    as_of: &str,
    mode: &str,
    fragment: &str,
    saved: JsValue,
    start: &str,
) -> Widget {
    let (inner, first) = crate::widget::Widget::mount(test, lang, as_of, mode, fragment, saved_from_js(&saved), start);
    Widget { inner, first: Some(first) }
}

#[wasm_bindgen]
impl Widget {
    /// The frame of the mount, once.
    #[wasm_bindgen(skip_typescript)]
    pub fn first(&mut self) -> JsValue {
        self.first.take().map(|f| frame_to_js(&f)).unwrap_or(JsValue::NULL)
    }

    /// The screen as it is, without moving focus.
    #[wasm_bindgen(skip_typescript)]
    pub fn current(&self) -> JsValue {
        frame_to_js(&self.inner.current())
    }

    /// A citizen's answer to the question on screen.
    #[wasm_bindgen(skip_typescript)]
    pub fn submit(&mut self, question: &str, raw: &str) -> JsValue {
        frame_to_js(&self.inner.submit(question, raw))
    }

    /// Handler mode's "Update": the as-of field's text and each field's text by question id.
    #[cfg(feature = "handler")]
    #[wasm_bindgen(js_name = handlerSubmit, skip_typescript)]
    pub fn handler_submit(&mut self, as_of: Option<String>, ids: Vec<String>, raws: Vec<String>) -> JsValue {
        let fields: Vec<(String, String)> = ids.into_iter().zip(raws).collect();
        frame_to_js(&self.inner.handler_submit(as_of.as_deref(), &fields))
    }

    #[cfg(feature = "handler")]
    /// Handler mode: a field's committed change (`name` as the input's name).
    #[wasm_bindgen(skip_typescript)]
    pub fn change(&mut self, name: &str, value: &str) -> JsValue {
        frame_to_js(&self.inner.change(name, value))
    }

    /// A button's `data-action` (with its `data-question` for `edit`).
    #[wasm_bindgen(skip_typescript)]
    pub fn action(&mut self, action: &str, question: &str) -> JsValue {
        frame_to_js(&self.inner.action(action, question))
    }

    /// A link pasted into the tab that already shows the widget.
    #[wasm_bindgen(js_name = restoreLink, skip_typescript)]
    pub fn restore_link(&mut self, fragment: &str) -> JsValue {
        frame_to_js(&self.inner.restore_link(fragment))
    }

    /// The link to the result on `page` (the page's address), kept for the result page.
    #[wasm_bindgen(js_name = copyLink, skip_typescript)]
    pub fn copy_link(&mut self, page: &str) -> Option<String> {
        self.inner.copy_link(page)
    }

    /// The session as plain data (kept by the element so an exception cannot lose the answers).
    #[wasm_bindgen(skip_typescript)]
    pub fn save(&self) -> JsValue {
        self.inner.save().map(|s| to_js(&s)).unwrap_or(JsValue::NULL)
    }
}

/// The language tag whose text bundle a `lang` attribute needs ("en-GB" → "en"): the file is
/// `texts-<tag>.bin` beside the wasm.
#[wasm_bindgen(js_name = textsTag)]
pub fn texts_tag(lang: &str) -> String {
    Lang::from_tag(lang).tag().to_string()
}

/// The tags of every text bundle the build makes (`texts-<tag>.bin`): the languages offered and
/// the pseudo-locales the tests use.
#[cfg(feature = "js-api")]
#[wasm_bindgen(js_name = textsTags)]
pub fn texts_tags() -> Vec<String> {
    Lang::EVERY.iter().map(|l| l.tag().to_string()).collect()
}

/// Hands over the text bundle for `tag` (the bytes of `texts-<tag>.bin`). Returns false, and
/// keeps what it had, for a bundle from another build or an unknown tag. Every reply in a
/// language needs its bundle first; `hasTexts` says whether it is there.
#[wasm_bindgen(js_name = setTexts)]
pub fn set_texts(tag: &str, bytes: Vec<u8>) -> bool {
    crate::i18n::bundle::set(tag, bytes).is_ok()
}

/// Whether the text bundle a `lang` attribute needs has been handed over (or is built in).
#[wasm_bindgen(js_name = hasTexts)]
pub fn has_texts(lang: &str) -> bool {
    crate::i18n::bundle::has(Lang::from_tag(lang))
}

/// The version of the rules and figures.
#[cfg(feature = "js-api")]
#[wasm_bindgen(js_name = rulesVersion)]
pub fn rules_version() -> String {
    crate::RULES_VERSION.to_string()
}

/// A self-test session. A session that could not start (an unknown test, a bad date) still
/// exists and answers every call with `{ ok: false, error }`.
#[cfg(feature = "js-api")]
#[wasm_bindgen]
pub struct SjalvtestSession {
    core: Result<Session, InputError>,
    lang: Lang,
}

#[cfg(feature = "js-api")]
#[wasm_bindgen]
impl SjalvtestSession {
    /// Starts `test` in `lang` ("sv", "en") at `as_of` ("YYYY-MM-DD", today).
    pub fn start(test: &str, lang: &str, as_of: &str) -> SjalvtestSession {
        SjalvtestSession { core: api::start(test, as_of), lang: Lang::from_tag(lang) }
    }

    /// Restores a session saved with [`SjalvtestSession::save`].
    pub fn restore(#[wasm_bindgen(unchecked_param_type = "Saved")] saved: JsValue, lang: &str) -> SjalvtestSession {
        let core = saved_from_js(&saved).ok_or(InputError::BadSavedSession).and_then(|s| api::restore(&s));
        SjalvtestSession { core, lang: Lang::from_tag(lang) }
    }

    fn reply(&mut self, f: impl FnOnce(&mut Session) -> Result<(), InputError>) -> JsValue {
        let lang = self.lang;
        let reply = match &mut self.core {
            Ok(s) => {
                let result = f(s);
                api::reply(s, result, lang)
            }
            Err(e) => api::failure(e, lang),
        };
        to_js(&reply)
    }

    /// The current screen.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn view(&mut self) -> JsValue {
        self.reply(|_| Ok(()))
    }

    /// The outcome: `{ ok: true, view }` with an outcome view once every question the rules
    /// need has an answer, else `{ ok: false, error: { code: "not-finished" }, view }` with the
    /// question still open.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn outcome(&mut self) -> JsValue {
        self.reply(|s| match s.on_screen() {
            crate::flow::OnScreen::Outcome(_) => Ok(()),
            crate::flow::OnScreen::Question { .. } => Err(InputError::NotFinished),
        })
    }

    /// Answers a question with the text of a form field. On error nothing changes.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn answer(&mut self, question: &str, raw: &str) -> JsValue {
        self.reply(|s| s.answer(question, raw))
    }

    /// Back to the previous question.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn back(&mut self) -> JsValue {
        self.reply(Session::back)
    }

    /// Opens an answered question for change, from the result page.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn edit(&mut self, question: &str) -> JsValue {
        self.reply(|s| s.edit(question))
    }

    /// Forgets every answer.
    #[wasm_bindgen(unchecked_return_type = "Reply")]
    pub fn restart(&mut self) -> JsValue {
        self.reply(|s| {
            s.restart();
            Ok(())
        })
    }

    /// Evaluates under another date ("YYYY-MM-DD").
    #[wasm_bindgen(js_name = setAsOf, unchecked_return_type = "Reply")]
    pub fn set_as_of(&mut self, as_of: &str) -> JsValue {
        self.reply(|s| Date::parse(as_of).map_err(|_| InputError::BadAsOf).and_then(|d| s.set_today(d)))
    }

    /// Switches the language of later replies.
    #[wasm_bindgen(js_name = setLang, unchecked_return_type = "Reply")]
    pub fn set_lang(&mut self, lang: &str) -> JsValue {
        self.lang = Lang::from_tag(lang);
        self.view()
    }

    /// The session as plain data, to keep in the page or in a link.
    #[wasm_bindgen(unchecked_return_type = "Saved | null")]
    pub fn save(&self) -> JsValue {
        match &self.core {
            Ok(s) => to_js(&s.save()),
            Err(_) => JsValue::NULL,
        }
    }
}
