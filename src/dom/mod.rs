//! The widget's DOM, drawn by Rust through web-sys inside the custom element's shadow root.
//! One question per page with real form controls, labels, fieldsets and hints; an error summary
//! linked to the field; a back button; progress; and a result page with the explanation.
//! Input events are delegated to two listeners on the shadow root and handled here.
//! Not here: what a screen contains (`api::View`), the element class (`www/sjalvtest-widget.js`).

mod draw;

use crate::api::{self, ErrorView, View};
use crate::flow::{InputError, Session};
use crate::i18n::Lang;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, HtmlElement, HtmlInputElement, ShadowRoot};

/// The widget's stylesheet, adopted into each shadow root by the element class.
pub const CSS: &str = include_str!("widget.css");

/// What the widget remembers between events.
struct State {
    session: Result<Session, InputError>,
    lang: Lang,
    host: HtmlElement,
    root: ShadowRoot,
}

/// A listener the widget added, kept so it can be removed.
type Listener = (&'static str, Closure<dyn FnMut(Event)>);

/// A mounted widget. Dropping it (or calling `destroy`) removes its listeners.
#[wasm_bindgen]
pub struct Widget {
    state: Rc<RefCell<State>>,
    listeners: Vec<Listener>,
}

/// Mounts a self-test into `root`, the shadow root of `host`. `as_of` is today's date from
/// the page's clock (or a handler's chosen date). Throws only for a broken page (no document).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: HtmlElement,
    root: ShadowRoot,
    test: &str,
    lang: &str,
    as_of: &str,
) -> Result<Widget, JsValue> {
    let state = Rc::new(RefCell::new(State {
        session: api::start(test, as_of),
        lang: Lang::from_tag(lang),
        host,
        root: root.clone(),
    }));
    let mut widget = Widget { state: state.clone(), listeners: Vec::new() };
    let st = state.clone();
    widget.listen(&root, "submit", move |ev| on_submit(&st, &ev))?;
    let st = state.clone();
    widget.listen(&root, "click", move |ev| on_click(&st, &ev))?;
    redraw(&state.borrow(), None, None, false)?;
    if let Err(e) = &state.borrow().session {
        dispatch_error(&state.borrow(), e)?;
    }
    Ok(widget)
}

#[wasm_bindgen]
impl Widget {
    /// Removes the listeners; the element class calls it from `disconnectedCallback`.
    pub fn destroy(&mut self) {
        let root = self.state.borrow().root.clone();
        for (name, cb) in self.listeners.drain(..) {
            let _ = root.remove_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
        }
    }

    /// Changes the language and redraws the current screen.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsValue> {
        self.state.borrow_mut().lang = Lang::from_tag(lang);
        redraw(&self.state.borrow(), None, None, false)
    }
}

impl Widget {
    fn listen(
        &mut self,
        root: &ShadowRoot,
        name: &'static str,
        handler: impl FnMut(Event) -> Result<(), JsValue> + 'static,
    ) -> Result<(), JsValue> {
        let mut handler = handler;
        let cb = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            if let Err(e) = handler(ev) {
                web_sys::console::error_1(&e);
            }
        });
        root.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref())?;
        self.listeners.push((name, cb));
        Ok(())
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.destroy();
    }
}

/// Draws the current screen. `error` and `raw` redraw a refused answer with its message and
/// the text the person typed; `focus` moves focus to the new heading or the error summary
/// (never on first load, so the widget does not steal focus from the page).
fn redraw(st: &State, error: Option<&ErrorView>, raw: Option<&str>, focus: bool) -> Result<(), JsValue> {
    let doc = st.root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let d = draw::Draw { doc, lang: st.lang };
    let content = match &st.session {
        Ok(s) => match api::view(s, st.lang) {
            View::Question(q) => d.question(&q, error, raw)?,
            View::Outcome(o) => d.outcome(&o)?,
        },
        Err(e) => d.failure(&api::error_view(None, e, st.lang))?,
    };
    st.root.replace_children_with_node_1(&content);
    if focus {
        let target = if error.is_some() { ".error-summary" } else { "[data-focus]" };
        if let Some(el) = st.root.query_selector(target)? {
            el.dyn_into::<HtmlElement>()?.focus()?;
        }
    }
    Ok(())
}

/// The value of the question's control: the checked radio, or the text field.
fn form_value(root: &ShadowRoot) -> Result<String, JsValue> {
    if let Some(checked) = root.query_selector("input[name=answer]:checked")? {
        return Ok(checked.dyn_into::<HtmlInputElement>()?.value());
    }
    if let Some(text) = root.query_selector("input[name=answer][type=text]")? {
        return Ok(text.dyn_into::<HtmlInputElement>()?.value());
    }
    Ok(String::new())
}

fn on_submit(state: &Rc<RefCell<State>>, ev: &Event) -> Result<(), JsValue> {
    ev.prevent_default();
    let form = match ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        Some(f) => f,
        None => return Ok(()),
    };
    let Some(question) = form.get_attribute("data-question") else { return Ok(()) };
    let raw = form_value(&state.borrow().root)?;
    let result = match &mut state.borrow_mut().session {
        Ok(s) => s.answer(&question, &raw),
        Err(e) => Err(*e),
    };
    let st = state.borrow();
    match result {
        Ok(()) => {
            redraw(&st, None, None, true)?;
            dispatch_result_if_done(&st)
        }
        Err(e) => {
            let view = api::error_view(st.session.as_ref().ok(), &e, st.lang);
            redraw(&st, Some(&view), Some(&raw), true)
        }
    }
}

fn on_click(state: &Rc<RefCell<State>>, ev: &Event) -> Result<(), JsValue> {
    let target = match ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        Some(t) => t,
        None => return Ok(()),
    };
    let Some(button) = target.closest("[data-action]")? else { return Ok(()) };
    let action = button.get_attribute("data-action").unwrap_or_default();
    if action == "focus" {
        ev.prevent_default();
        let id = button.get_attribute("data-target").unwrap_or_default();
        if let Some(field) = state.borrow().root.get_element_by_id(&id) {
            field.dyn_into::<HtmlElement>()?.focus()?;
        }
        return Ok(());
    }
    let result = match &mut state.borrow_mut().session {
        Ok(s) => match action.as_str() {
            "back" => s.back(),
            "edit" => s.edit(&button.get_attribute("data-question").unwrap_or_default()),
            "restart" => {
                s.restart();
                Ok(())
            }
            _ => return Ok(()),
        },
        Err(_) => return Ok(()),
    };
    let st = state.borrow();
    match result {
        Ok(()) => redraw(&st, None, None, true),
        Err(e) => dispatch_error(&st, &e),
    }
}

/// The `sjalvtest-result` event's `detail`: a summary of the outcome, never the answers.
#[derive(Serialize)]
struct ResultDetail<'a> {
    test: &'a str,
    lang: Lang,
    verdict: crate::rules::Verdict,
    headline: &'a str,
    summary: BTreeMap<&'a str, &'a str>,
    #[serde(rename = "rulesVersion")]
    rules_version: &'a str,
    #[serde(rename = "asOf")]
    as_of: String,
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) -> Result<(), JsValue> {
    let init = CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(true);
    let ev = CustomEvent::new_with_event_init_dict(name, &init)?;
    host.dispatch_event(&ev)?;
    Ok(())
}

fn dispatch_result_if_done(st: &State) -> Result<(), JsValue> {
    let Ok(s) = &st.session else { return Ok(()) };
    let View::Outcome(o) = api::view(s, st.lang) else { return Ok(()) };
    let detail = ResultDetail {
        test: o.test,
        lang: o.lang,
        verdict: o.verdict,
        headline: &o.headline,
        summary: o.rows.iter().map(|r| (r.key.as_str(), r.machine.as_str())).collect(),
        rules_version: o.rules_version,
        as_of: o.as_of.to_string(),
    };
    dispatch(&st.host, "sjalvtest-result", &crate::wasm::to_js(&detail))
}

fn dispatch_error(st: &State, e: &InputError) -> Result<(), JsValue> {
    let view = api::error_view(st.session.as_ref().ok(), e, st.lang);
    dispatch(&st.host, "sjalvtest-error", &crate::wasm::to_js(&view))
}
