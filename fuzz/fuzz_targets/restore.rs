//! Fuzz target: any bytes as a saved session in JSON, as a page or a file might hand it over.
//! Unreadable input is refused with a code; anything restored shows a screen in both languages
//! and saves and restores to the same screen.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::api;
use sjalvtest::flow::Saved;
use sjalvtest::i18n::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(saved) = serde_json::from_str::<Saved>(text) else { return };
    match api::restore(&saved) {
        Err(e) => assert!(!e.code().is_empty()),
        Ok(s) => {
            let again = api::restore(&s.save()).expect("a restored session saves into a restorable one");
            assert_eq!(again.save(), s.save());
            for lang in Lang::ALL {
                assert_eq!(api::view(&again, lang), api::view(&s, lang));
            }
        }
    }
});
