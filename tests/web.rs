//! Browser tests, run by wasm-bindgen-test in headless Chromium: every scenario file through the
//! wasm build gives the same result as natively, and the JavaScript API saves and restores. The
//! widget's decisions are tested natively (tests/widget.rs), its drawing in a real page by tests/e2e.

use sjalvtest::scenario;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

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
