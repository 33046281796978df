//! Fuzz target: any bytes screened as CSV and as JSON Lines. Either the run stops for a reason
//! of its own (never a read or write error, from memory), or every record it counts is exactly
//! one JSON line, with the four keys, and the rejected ones are those with errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::domain::Date;
use sjalvtest::screen::{Format, RunError, Screener};

fuzz_target!(|data: &[u8]| {
    let Ok(as_of) = Date::parse("2026-01-15") else { return };
    for format in [Format::Csv, Format::Jsonl] {
        let mut out = Vec::new();
        match Screener::new(as_of).run(data, format, &mut out) {
            Ok(summary) => {
                let text = std::str::from_utf8(&out).expect("the output is UTF-8");
                assert_eq!(text.lines().count() as u64, summary.records);
                let mut rejected = 0;
                for line in text.lines() {
                    let v: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
                    for key in ["id", "suggestions", "not_assessed", "errors"] {
                        assert!(v.get(key).is_some(), "{key} missing: {line}");
                    }
                    let errors = v["errors"].as_array().map_or(0, Vec::len);
                    rejected += u64::from(errors > 0);
                    if errors > 0 {
                        assert_eq!(v["suggestions"].as_array().map(Vec::len), Some(0), "{line}");
                    }
                }
                assert_eq!(rejected, summary.rejected);
            }
            Err(RunError::Read(e) | RunError::Write(e)) => panic!("no I/O error from memory: {e}"),
            Err(_) => {}
        }
    }
});
