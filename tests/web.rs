//! Browser tests, run by wasm-bindgen-test in headless Chromium: every scenario file through the
//! wasm build gives the same result as natively, and the widget works in a real DOM (mounts,
//! refuses a bad answer with an announced error, moves on, fires its result event).

use sjalvtest::scenario;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_scenario_gives_the_same_result_in_the_browser() {
    assert!(!crate::files::SCENARIOS.is_empty());
    for (name, _, text) in crate::files::SCENARIOS {
        let s = scenario::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let actual = scenario::run(&s).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(actual, s.expected, "{name} differs in the browser");
    }
}

type Mounted = std::rc::Rc<std::cell::RefCell<sjalvtest::dom::Widget>>;

/// Mounts a widget the way the element class does, past the start screen.
fn mount(test: &str, lang: &str) -> (HtmlElement, ShadowRoot, Mounted) {
    mount_with(test, lang, "citizen", "skip")
}

/// Mounts a widget the way the element class does, forwarding the root's events to it.
fn mount_with(test: &str, lang: &str, mode: &str, start: &str) -> (HtmlElement, ShadowRoot, Mounted) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let widget = sjalvtest::dom::mount_widget(
        host.clone(),
        root.clone(),
        test,
        lang,
        "2025-01-15",
        mode,
        "",
        JsValue::NULL,
        start,
    )
    .unwrap();
    let widget = std::rc::Rc::new(std::cell::RefCell::new(widget));
    for name in ["submit", "click", "change"] {
        let w = widget.clone();
        let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            w.borrow_mut().handle(e).unwrap();
        });
        root.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref()).unwrap();
        cb.forget();
    }
    (host, root, widget)
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn submit(root: &ShadowRoot, value: &str) {
    if let Some(text) = root.query_selector("input[type=text]").unwrap() {
        text.dyn_into::<HtmlInputElement>().unwrap().set_value(value);
    } else {
        let radio = find(root, &format!("input[value=\"{value}\"]"));
        radio.dyn_into::<HtmlInputElement>().unwrap().set_checked(true);
    }
    find(root, "form").dyn_into::<HtmlFormElement>().unwrap().request_submit().unwrap();
}

fn heading(root: &ShadowRoot) -> String {
    find(root, "[data-focus]").text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn the_widget_asks_refuses_and_moves_on_in_the_shadow_root() {
    let (_host, root, _widget) = mount("aktivitetsersattning", "sv");
    assert_eq!(heading(&root), "När är du född?");
    let label = find(&root, "label[for=answer]");
    assert_eq!(label.text_content().unwrap(), "När är du född?", "the text field has a label");

    submit(&root, "15 mars");
    let alert = find(&root, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("Födelsedatum"), "the error names the field");
    let input = find(&root, "input[name=answer]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input.get_attribute("aria-describedby").unwrap().contains("error"));
    assert_eq!(input.dyn_into::<HtmlInputElement>().unwrap().value(), "15 mars", "the typed text stays");

    submit(&root, "2004-03-15");
    assert_eq!(heading(&root), "Bor eller arbetar du i Sverige?");
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    let legend = find(&root, "fieldset legend");
    assert_eq!(
        legend.text_content().unwrap(),
        "Bor eller arbetar du i Sverige?",
        "radios sit in a fieldset with a legend"
    );
    assert_eq!(root.query_selector_all("input[type=radio]").unwrap().length(), 3);
}

#[wasm_bindgen_test]
fn the_start_screen_comes_first_and_its_button_shows_the_first_question() {
    let (_host, root, _widget) = mount_with("livranta", "sv", "citizen", "");
    let begin = find(&root, "[data-action=begin]");
    assert!(root.query_selector("form[data-question]").unwrap().is_none());
    begin.dyn_into::<HtmlElement>().unwrap().click();
    find(&root, "form[data-question]");
}

#[wasm_bindgen_test]
fn the_handler_page_changes_in_place_and_keeps_the_field_that_was_answered() {
    let (_host, root, _widget) = mount_with("aktivitetsersattning", "sv", "handler", "");
    assert!(root.query_selector("[data-action=begin]").unwrap().is_none(), "no start screen for handlers");
    let input: HtmlInputElement = find(&root, "input[name=\"birth-date--answer\"]").dyn_into().unwrap();
    input.set_value("1992-08-20");
    // new Event('change', { bubbles: true }), as the browser sends it when the field is left.
    let window = web_sys::window().unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"Event".into()).unwrap().dyn_into().unwrap();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
    let change = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"change".into(), &init)).unwrap();
    input.dispatch_event(change.unchecked_ref()).unwrap();
    find(&root, "[data-field=insured]");
    let same = find(&root, "input[name=\"birth-date--answer\"]");
    assert!(same.is_same_node(Some(&input)), "the answered field is the same element after the update");
}

#[wasm_bindgen_test]
fn the_result_event_carries_a_summary_and_no_answers() {
    let (host, root, _widget) = mount("aktivitetsersattning", "en");
    let seen = std::rc::Rc::new(std::cell::RefCell::new(None::<JsValue>));
    let store = seen.clone();
    let cb = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        *store.borrow_mut() = Some(e.detail());
    });
    host.add_event_listener_with_callback("sjalvtest-result", cb.as_ref().unchecked_ref()).unwrap();
    for v in ["2004-03-15", "lives-in-sweden", "reduced-capacity", "1", "at-least-a-year", "yes", "no"] {
        submit(&root, v);
    }
    assert_eq!(heading(&root), "You may be entitled to full activity compensation");
    let detail = seen.borrow().clone().expect("a sjalvtest-result event");
    let get = |k: &str| js_sys::Reflect::get(&detail, &JsValue::from_str(k)).unwrap();
    assert_eq!(get("verdict").as_string().as_deref(), Some("may-be-eligible"));
    assert_eq!(get("test").as_string().as_deref(), Some("aktivitetsersattning"));
    let summary = get("summary");
    let per_month = js_sys::Reflect::get(&summary, &JsValue::from_str("per-month")).unwrap();
    assert_eq!(per_month.as_string().as_deref(), Some("12152"));
    let json = js_sys::JSON::stringify(&detail).unwrap().as_string().unwrap();
    assert!(!json.contains("2004-03-15"), "the event does not carry the birth date");
}

#[wasm_bindgen_test]
fn an_unknown_test_shows_a_message_instead_of_failing() {
    let (_host, root, _widget) = mount("no-such-test", "sv");
    let alert = find(&root, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("inget sådant test"));
}

#[wasm_bindgen_test]
fn a_session_saved_through_js_restores_to_the_same_screen() {
    use sjalvtest::wasm::SjalvtestSession;
    let mut s = SjalvtestSession::start("aktivitetsersattning", "sv", "2025-01-15");
    for (q, a) in [("birth-date", "2004-03-15"), ("insured", "lives-in-sweden"), ("reason", "reduced-capacity")] {
        let reply = s.answer(q, a);
        assert_eq!(js_sys::Reflect::get(&reply, &"ok".into()).unwrap().as_bool(), Some(true));
    }
    let early = s.outcome();
    let code = js_sys::Reflect::get(&js_sys::Reflect::get(&early, &"error".into()).unwrap(), &"code".into()).unwrap();
    assert_eq!(code.as_string().as_deref(), Some("not-finished"));
    let saved = s.save();
    let json = js_sys::JSON::stringify(&saved).unwrap().as_string().unwrap();
    let parsed = js_sys::JSON::parse(&json).unwrap();
    let mut restored = SjalvtestSession::restore(parsed, "sv");
    let a = js_sys::JSON::stringify(&s.view()).unwrap().as_string().unwrap();
    let b = js_sys::JSON::stringify(&restored.view()).unwrap().as_string().unwrap();
    assert_eq!(a, b);
    let broken = SjalvtestSession::restore(JsValue::from_str("nonsense"), "sv").view();
    let code = js_sys::Reflect::get(&js_sys::Reflect::get(&broken, &"error".into()).unwrap(), &"code".into()).unwrap();
    assert_eq!(code.as_string().as_deref(), Some("bad-saved-session"));
}

#[wasm_bindgen_test]
fn the_saved_session_fixtures_restore_or_are_refused_as_natively() {
    use sjalvtest::wasm::SjalvtestSession;
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap();
    let restore = |json: &str| SjalvtestSession::restore(js_sys::JSON::parse(json).unwrap(), "en").view();

    let reply = restore(include_str!("fixtures/saved-format-1.json"));
    assert_eq!(get(&reply, "ok").as_bool(), Some(true));
    let view = get(&reply, "view");
    assert_eq!(get(&view, "id").as_string().as_deref(), Some("capacity-reduction"));
    assert_eq!(get(&view, "value").as_string().as_deref(), Some("1"));

    for (fixture, code) in [
        (include_str!("fixtures/saved-format-0.json"), "unsupported-saved-version"),
        (include_str!("fixtures/saved-unknown-keys.json"), "bad-saved-session"),
    ] {
        let reply = restore(fixture);
        assert_eq!(get(&reply, "ok").as_bool(), Some(false));
        assert_eq!(get(&get(&reply, "error"), "code").as_string().as_deref(), Some(code));
    }
}
