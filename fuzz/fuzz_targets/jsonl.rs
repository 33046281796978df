//! Fuzz target: any text as one JSON Lines record. Never a panic; text that is not JSON is a
//! problem; a problem names a field only for a key that names it; a record read without
//! problems has an id only if the line has one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::screen::jsonl::read_object;
use sjalvtest::screen::{Field, Record, UnknownNames};

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else { return };
    let mut record = Record::default();
    let mut problems = Vec::new();
    let mut unknown = UnknownNames::default();
    read_object(line, &mut record, &mut problems, &mut unknown);
    if serde_json::from_str::<&serde_json::value::RawValue>(line).is_err() {
        assert!(!problems.is_empty(), "{line:?} is not JSON but read without a problem");
        return;
    }
    if let Ok(map) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line) {
        for (field, _, _) in &problems {
            if let Some(f) = field {
                assert!(map.keys().any(|k| Field::from_name(k) == Some(*f)), "{f:?} not in {line:?}");
            }
        }
        if problems.is_empty() && record.has_id {
            assert!(map.keys().any(|k| Field::from_name(k) == Some(Field::Id)));
        }
    }
});
