//! The widget's DOM, drawn by Rust through web-sys inside the custom element's shadow root.
//! Citizens get one question per page with real form controls, an error summary linked to the
//! field, a back button, progress, and a result page they can keep as a link or print. Handler
//! mode (`mode="handler"`) puts every question on one page with an as-of date, and shows the
//! result with the full rule trace and the parameters used as soon as the answers allow.
//! Input events are delegated to listeners on the shadow root and handled here.
//! Not here: what a screen contains (`api`), the element class (`www/sjalvtest-widget.js`).

mod draw;
mod morph;

use crate::api::{self, ErrorView, View};
use crate::domain::Date;
use crate::flow::{InputError, Session};
use crate::i18n::{Lang, UiMsg};
use draw::{Draw, Extras, FieldError};
use std::cell::RefCell;
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
    handler: bool,
    /// The rules version of the link this session was restored from, when it is not today's.
    rules_changed: Option<String>,
    /// The link to the result, once the person asked for it.
    link: Option<String>,
    /// Handler mode: refused answers with the text typed, shown next to their fields.
    field_errors: Vec<FieldError>,
    /// A link in the page's address that could not be read, in words, until the person goes on.
    link_refused: Option<String>,
    /// Whether the start screen is behind the person (always in handler mode, with
    /// `start="skip"`, and for answers brought back from a link or after an error).
    started: bool,
    /// The answer the person was asked to look at again: (question, text typed). The same text
    /// submitted again goes on.
    doubt: Option<(String, String)>,
    /// The meeting sheet is open on screen in place of the result page.
    sheet: bool,
    /// Handler mode: the last key was Tab forward, so a field's change should leave focus on
    /// the next field even when that field has only just appeared.
    tab_forward: bool,
}

/// A mounted widget. The element class forwards the shadow root's `submit`, `click` and
/// `change` events to [`Widget::handle`], inside a `try`, so an exception in here cannot take
/// the person's answers with it: the element keeps the last [`Widget::save`] and can remount.
#[wasm_bindgen]
pub struct Widget {
    state: Rc<RefCell<State>>,
}

/// Mounts a self-test into `root`, the shadow root of `host`. `as_of` is today's date from the
/// page's clock (or a handler's chosen date); `mode` is "citizen" or "handler"; `fragment` is the
/// page's `location.hash`, which may hold a link to a saved result; `saved` is a session the
/// element kept (after an error), or null. Throws only for a broken page.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: HtmlElement,
    root: ShadowRoot,
    test: &str,
    lang: &str,
    as_of: &str,
    mode: &str,
    fragment: &str,
    saved: JsValue,
    start: &str,
) -> Result<Widget, JsValue> {
    let mut session = api::start(test, as_of);
    let mut restored = false;
    let mut rules_changed = None;
    let mut link_error = None;
    if let Some(kept) = crate::wasm::saved_from_js(&saved).filter(|k| k.test == test) {
        if let Ok(mut s) = api::restore(&kept) {
            // A changed `as-of` attribute wins over the date the answers were kept under.
            if let Ok(day) = Date::parse(as_of) {
                let _ = s.set_today(day);
            }
            session = Ok(s);
            restored = true;
        }
    } else if fragment.contains(&format!("{}=", api::LINK_KEY)) && session.is_ok() {
        restored = true;
        match api::restore_link(fragment) {
            Ok((s, changed)) if s.flow().id == test => {
                session = Ok(s);
                rules_changed = changed;
            }
            // A link to another self-test on the same page is for another widget.
            Ok(_) => restored = false,
            Err(e) => link_error = Some(e),
        }
    }
    let lang = Lang::from_tag(lang);
    let handler = mode == "handler";
    let state = Rc::new(RefCell::new(State {
        session,
        lang,
        host,
        root,
        handler,
        rules_changed,
        link: None,
        field_errors: Vec::new(),
        link_refused: link_error.map(|_| UiMsg::LinkRefused.render(lang)),
        started: handler || restored || start == "skip",
        doubt: None,
        tab_forward: false,
        sheet: false,
    }));
    {
        let st = state.borrow();
        let view = redraw(&st, None, None, false)?;
        if let Err(e) = &st.session {
            dispatch_error(&st, e)?;
        }
        if let Some(e) = link_error {
            dispatch_error(&st, &e)?;
        }
        dispatch_result(&st, view.as_ref())?;
    }
    Ok(Widget { state })
}

#[wasm_bindgen]
impl Widget {
    /// Handles a `submit`, `click`, `change` or `keydown` event from the shadow root.
    pub fn handle(&mut self, ev: Event) -> Result<(), JsValue> {
        match ev.type_().as_str() {
            "submit" => on_submit(&self.state, &ev),
            "click" => on_click(&self.state, &ev),
            "change" => on_change(&self.state, &ev),
            "keydown" => {
                let get = |k: &str| js_sys::Reflect::get(&ev, &JsValue::from_str(k)).ok();
                let tab = get("key").and_then(|k| k.as_string()).is_some_and(|k| k == "Tab");
                let shift = get("shiftKey").is_some_and(|s| s.is_truthy());
                self.state.borrow_mut().tab_forward = tab && !shift;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A link pasted into the tab that already shows the widget (`hashchange`): a link to this
    /// self-test replaces the session, a refused one says so and keeps the answers, and a link
    /// to another self-test (another widget's) changes nothing.
    #[wasm_bindgen(js_name = restoreLink)]
    pub fn restore_link(&mut self, fragment: &str) -> Result<(), JsValue> {
        let Some(test) = self.state.borrow().session.as_ref().ok().map(|s| s.flow().id) else { return Ok(()) };
        let refused = {
            let mut st = self.state.borrow_mut();
            match api::restore_link(fragment) {
                Ok((s, changed)) if s.flow().id == test => {
                    st.session = Ok(s);
                    st.rules_changed = changed;
                    st.link_refused = None;
                    st.started = true;
                    st.link = None;
                    st.doubt = None;
                    st.field_errors.clear();
                    None
                }
                Ok(_) => return Ok(()),
                Err(e) => {
                    st.link_refused = Some(UiMsg::LinkRefused.render(st.lang));
                    Some(e)
                }
            }
        };
        let st = self.state.borrow();
        let view = redraw(&st, None, None, true)?;
        if let Some(e) = refused {
            dispatch_error(&st, &e)?;
        }
        dispatch_result(&st, view.as_ref())
    }

    /// The session as plain data (kept by the element so an exception cannot lose the answers).
    #[wasm_bindgen(unchecked_return_type = "Saved | null")]
    pub fn save(&self) -> JsValue {
        match &self.state.borrow().session {
            Ok(s) => crate::wasm::to_js(&s.save()),
            Err(_) => JsValue::NULL,
        }
    }
}

/// Draws the current screen. `error` and `raw` redraw a refused answer with its message and the
/// text typed; `focus` moves focus to the new heading or the error summary (never on first load,
/// so the widget does not steal focus from the page). In handler mode focus stays where it was.
/// Returns the view it drew, so a caller can announce an outcome without rendering it again.
fn redraw(st: &State, error: Option<&ErrorView>, raw: Option<&str>, focus: bool) -> Result<Option<View>, JsValue> {
    let doc = st.root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let d = Draw { doc, lang: st.lang };
    let view = st.session.as_ref().ok().map(|s| api::view(s, st.lang));
    // The meeting sheet carries the link that restores the result (only on a result page).
    let sheet_link = match (&st.session, &view) {
        (Ok(s), Some(View::Outcome(_))) if !st.handler => Some(result_link(s)?),
        _ => None,
    };
    let extras = Extras {
        handler: st.handler,
        rules_changed: st.rules_changed.as_deref(),
        link: st.link.as_deref(),
        link_refused: st.link_refused.as_deref(),
        doubt: None,
        sheet_link: sheet_link.as_deref(),
        sheet_open: st.sheet,
    };
    let doubt = match (&st.session, &view, &st.doubt) {
        (Ok(s), Some(View::Question(q)), Some((id, typed))) if q.id == id => api::doubt(s, id, typed, st.lang),
        _ => None,
    };
    let extras = Extras { doubt: doubt.as_deref(), ..extras };
    let content = match (&st.session, &view) {
        (Ok(s), _) if !st.started && !st.handler => d.start(&api::start_view(s.flow(), st.lang), &extras)?,
        (Ok(s), Some(v)) if st.handler => {
            let outcome = match v {
                View::Outcome(o) => Some(o),
                View::Question(_) => None,
            };
            d.handler(&api::path_views(s, st.lang), &st.field_errors, outcome, s.today(), &extras)?
        }
        (_, Some(View::Question(q))) => {
            d.question(q, error, raw.or(st.doubt.as_ref().map(|d| d.1.as_str())), &extras)?
        }
        (_, Some(View::Outcome(o))) => d.outcome(o, &extras)?,
        (Err(e), _) => d.failure(&api::error_view(None, e, st.lang))?,
        (Ok(_), None) => return Ok(None),
    };
    // The handler page changes in place, so focus and the Tab position stay where they were.
    let drawn =
        st.root.first_element_child().filter(|e| st.handler && e.class_name().split(' ').any(|c| c == "handler"));
    match drawn {
        Some(old) => morph::morph(&old, &content)?,
        None => st.root.replace_children_with_node_1(&content),
    }
    let target = if st.handler {
        if !st.field_errors.is_empty() && focus {
            st.root.query_selector(".error-summary")?
        } else {
            None
        }
    } else if !focus {
        None
    } else if error.is_some() {
        st.root.query_selector(".error-summary")?
    } else if doubt.is_some() {
        st.root.query_selector(".doubt")?
    } else {
        st.root.query_selector("[data-focus]")?
    };
    if let Some(el) = target {
        el.dyn_into::<HtmlElement>()?.focus()?;
    }
    Ok(view)
}

/// The value of a question's control: the checked radio, or the text field, by name.
fn field_value(root: &ShadowRoot, name: &str) -> Result<Option<String>, JsValue> {
    if let Some(checked) = root.query_selector(&format!("input[name=\"{name}\"]:checked"))? {
        return Ok(Some(checked.dyn_into::<HtmlInputElement>()?.value()));
    }
    if let Some(text) = root.query_selector(&format!("input[name=\"{name}\"][type=text]"))? {
        return Ok(Some(text.dyn_into::<HtmlInputElement>()?.value()));
    }
    Ok(None)
}

fn target_element(ev: &Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

fn on_submit(state: &Rc<RefCell<State>>, ev: &Event) -> Result<(), JsValue> {
    ev.prevent_default();
    let Some(form) = target_element(ev) else { return Ok(()) };
    if form.has_attribute("data-handler") {
        return handler_submit(state);
    }
    let Some(question) = form.get_attribute("data-question") else { return Ok(()) };
    let raw = field_value(&state.borrow().root, "answer")?.unwrap_or_default();
    {
        // A yearly amount that may be monthly is pointed out once; the same text again goes on.
        let mut st = state.borrow_mut();
        let asked = st.doubt.take().is_some_and(|(q, typed)| q == question && typed.trim() == raw.trim());
        let worth = st.session.as_ref().ok().and_then(|s| api::doubt(s, &question, &raw, st.lang)).is_some();
        if worth && !asked {
            st.doubt = Some((question, raw));
            drop(st);
            return redraw(&state.borrow(), None, None, true).map(|_| ());
        }
    }
    let result = match &mut state.borrow_mut().session {
        Ok(s) => s.answer(&question, &raw),
        Err(e) => Err(*e),
    };
    let mut st = state.borrow_mut();
    if result.is_ok() {
        st.link_refused = None;
    }
    drop(st);
    let st = state.borrow();
    match result {
        Ok(()) => {
            let view = redraw(&st, None, None, true)?;
            dispatch_result(&st, view.as_ref())
        }
        Err(e) => {
            let view = api::error_view(st.session.as_ref().ok(), &e, st.lang);
            redraw(&st, Some(&view), Some(&raw), true).map(|_| ())
        }
    }
}

/// Handler mode, Enter or "Update": applies the as-of date and every changed field in path order.
fn handler_submit(state: &Rc<RefCell<State>>) -> Result<(), JsValue> {
    let root = state.borrow().root.clone();
    let as_of = field_value(&root, "as-of")?;
    let mut fields = Vec::new();
    if let Ok(s) = &state.borrow().session {
        for q in &s.evaluation().path {
            if let Some(raw) = field_value(&root, &format!("{}--answer", q.id))? {
                fields.push((q.id.to_string(), raw, s.answers().get(q.id).map(|a| a.canonical())));
            }
        }
    }
    {
        let mut st = state.borrow_mut();
        st.field_errors.clear();
        if let Some(raw) = as_of {
            set_as_of(&mut st, &raw);
        }
        for (id, raw, before) in fields {
            if raw.trim().is_empty() || Some(raw.trim()) == before.as_deref() {
                continue;
            }
            apply_answer(&mut st, &id, &raw);
        }
    }
    let st = state.borrow();
    let view = redraw(&st, None, None, true)?;
    dispatch_result(&st, view.as_ref())
}

fn set_as_of(st: &mut State, raw: &str) {
    let Ok(s) = &mut st.session else { return };
    if raw.trim() == s.today().to_string() {
        return;
    }
    let result = crate::flow::parse_date(raw)
        .map_err(|problem| InputError::BadDate { question: "as-of", problem })
        .and_then(|d| s.set_today(d));
    if let Err(e) = result {
        let mut error = api::error_view(Some(s), &e, st.lang);
        error.message = crate::i18n::input_error(&e, Some(&UiMsg::AsOfLabel.msg()), st.lang);
        st.field_errors.push(FieldError { question: "as-of".into(), error, raw: raw.into() });
    }
}

/// Answers one question in handler mode, keeping a refusal next to its field. A question that
/// left the path because of an earlier answer in the same update is skipped.
fn apply_answer(st: &mut State, id: &str, raw: &str) {
    let Ok(s) = &mut st.session else { return };
    match s.answer(id, raw) {
        Ok(()) | Err(InputError::NotAsked { .. }) => {}
        Err(e) => {
            let error = api::error_view(Some(s), &e, st.lang);
            st.field_errors.push(FieldError { question: id.into(), error, raw: raw.into() });
        }
    }
}

/// Handler mode: a radio or a committed text field answers at once and the result follows.
fn on_change(state: &Rc<RefCell<State>>, ev: &Event) -> Result<(), JsValue> {
    if !state.borrow().handler {
        return Ok(());
    }
    let Some(input) = target_element(ev).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else {
        return Ok(());
    };
    let name = input.name();
    let tab_forward = std::mem::take(&mut state.borrow_mut().tab_forward);
    {
        let mut st = state.borrow_mut();
        if name == "as-of" {
            st.field_errors.retain(|e| e.question != "as-of");
            set_as_of(&mut st, &input.value());
        } else if let Some(id) = name.strip_suffix("--answer") {
            st.field_errors.retain(|e| e.question != id);
            if !input.value().trim().is_empty() {
                apply_answer(&mut st, id, &input.value());
            }
        } else {
            return Ok(());
        }
    }
    let st = state.borrow();
    let view = redraw(&st, None, None, false)?;
    if tab_forward && input.type_() == "text" {
        focus_next_field(&st.root, &input)?;
    }
    dispatch_result(&st, view.as_ref())
}

/// Handler mode, after Tab out of a text field whose answer added questions: the browser chose
/// where focus goes before the new fields existed, so it goes to the next field's control, as
/// Tab would have done on the page as it is now.
fn focus_next_field(root: &ShadowRoot, input: &HtmlInputElement) -> Result<(), JsValue> {
    let Some(field) = input.closest("[data-field], .as-of")? else { return Ok(()) };
    let Some(next) = field.next_element_sibling().filter(|n| n.has_attribute("data-field")) else { return Ok(()) };
    let control = match next.query_selector("input:checked")? {
        Some(c) => Some(c),
        None => next.query_selector("input")?,
    };
    let active = root.active_element();
    if let Some(c) = control.filter(|c| active.as_ref() != Some(c)) {
        // Only when focus went past it: a click elsewhere is left alone.
        let past =
            active.is_none_or(|a| c.compare_document_position(&a) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0);
        if past {
            c.dyn_into::<HtmlElement>()?.focus()?;
        }
    }
    Ok(())
}

fn on_click(state: &Rc<RefCell<State>>, ev: &Event) -> Result<(), JsValue> {
    let Some(target) = target_element(ev) else { return Ok(()) };
    let Some(button) = target.closest("[data-action]")? else { return Ok(()) };
    let action = button.get_attribute("data-action").unwrap_or_default();
    match action.as_str() {
        "focus" => {
            ev.prevent_default();
            let id = button.get_attribute("data-target").unwrap_or_default();
            if let Some(field) = state.borrow().root.get_element_by_id(&id) {
                field.dyn_into::<HtmlElement>()?.focus()?;
            }
            return Ok(());
        }
        "print" => {
            if let Some(w) = web_sys::window() {
                w.print()?;
            }
            return Ok(());
        }
        "copy-link" => return copy_link(state),
        "sheet" | "sheet-close" => {
            let mut st = state.borrow_mut();
            st.sheet = action == "sheet";
            redraw(&st, None, None, true)?;
            if !st.sheet {
                // Back where the person was: on the button that opened the sheet.
                if let Some(b) = st.root.query_selector(".result > .actions [data-action=sheet]")? {
                    b.dyn_into::<HtmlElement>()?.focus()?;
                }
            }
            return Ok(());
        }
        "copy-note" => return copy_note(state),
        "begin" => {
            let mut st = state.borrow_mut();
            st.started = true;
            st.link_refused = None;
            return redraw(&st, None, None, true).map(|_| ());
        }
        _ => {}
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
    let mut st = state.borrow_mut();
    st.link = None;
    st.sheet = false;
    st.doubt = None;
    st.link_refused = None;
    if action == "restart" {
        st.rules_changed = None;
        st.field_errors.clear();
    }
    match result {
        Ok(()) => redraw(&st, None, None, true).map(|_| ()),
        Err(e) => dispatch_error(&st, &e),
    }
}

/// Shows a link to the result (the page's address with the answers in the fragment) and puts it
/// on the clipboard. Nothing is stored and nothing is sent: the person decides where it goes.
fn copy_link(state: &Rc<RefCell<State>>) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    {
        let mut st = state.borrow_mut();
        let Ok(s) = &st.session else { return Ok(()) };
        let link = result_link(s)?;
        st.link = Some(link);
    }
    let st = state.borrow();
    show_link(&st)?;
    if let Some(input) = st.root.get_element_by_id("result-link") {
        let input = input.dyn_into::<HtmlInputElement>()?;
        input.focus()?;
        input.select();
    }
    let link = st.link.clone().unwrap_or_default();
    clipboard(&window, &link, st.root.get_element_by_id("link-status"), UiMsg::LinkCopied.render(st.lang))
}

/// The page's address with the session's answers in the fragment.
fn result_link(s: &Session) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let href = window.location().href()?;
    let base = href.split('#').next().unwrap_or_default();
    Ok(format!("{base}#{}={}", api::LINK_KEY, api::to_link(&s.save())))
}

/// Puts the link box on the result page already drawn, after its actions (or in place of the
/// box a link asked for before), rather than drawing the whole page again; the page is drawn
/// anew only if it has no actions to put it after.
fn show_link(st: &State) -> Result<(), JsValue> {
    let Some(link) = st.link.as_deref() else { return Ok(()) };
    let doc = st.root.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let fresh = Draw { doc, lang: st.lang }.link_box(link)?;
    if let Some(old) = st.root.query_selector(".result > .link-box")? {
        old.replace_with_with_node_1(&fresh)
    } else if let Some(actions) = st.root.query_selector(".result > .actions")? {
        actions.after_with_node_1(&fresh)
    } else {
        redraw(st, None, None, false).map(|_| ())
    }
}

/// Handler mode: puts the case note's plain text on the clipboard.
fn copy_note(state: &Rc<RefCell<State>>) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let st = state.borrow();
    let Ok(s) = &st.session else { return Ok(()) };
    let View::Outcome(o) = api::view(s, st.lang) else { return Ok(()) };
    let status = st.root.get_element_by_id("note-status");
    clipboard(&window, &api::case_note(&o), status, UiMsg::CaseNoteCopied.render(st.lang))
}

/// Writes `text` to the clipboard and, once it is there, says so in `status`.
fn clipboard(window: &web_sys::Window, text: &str, status: Option<Element>, copied: String) -> Result<(), JsValue> {
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))?;
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok();
    if let Some(write) = write.and_then(|w| w.dyn_into::<js_sys::Function>().ok()) {
        if let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) {
            let done = Closure::once_into_js(move |_: JsValue| {
                if let Some(status) = status {
                    status.set_text_content(Some(&copied));
                }
            });
            let ignore = Closure::once_into_js(|_: JsValue| {});
            // promise.then(done, ignore), through Reflect to stay independent of js-sys's typed API.
            if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
                if let Ok(then) = then.dyn_into::<js_sys::Function>() {
                    let _ = then.call2(&promise, &done, &ignore);
                }
            }
        }
    }
    Ok(())
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

/// Announces an outcome the widget has just drawn; nothing for a question.
fn dispatch_result(st: &State, view: Option<&View>) -> Result<(), JsValue> {
    let Some(View::Outcome(o)) = view else { return Ok(()) };
    dispatch(&st.host, "sjalvtest-result", &crate::wasm::to_js(&api::result_detail(o)))
}

fn dispatch_error(st: &State, e: &InputError) -> Result<(), JsValue> {
    let view = api::error_view(st.session.as_ref().ok(), e, st.lang);
    dispatch(&st.host, "sjalvtest-error", &crate::wasm::to_js(&view))
}
