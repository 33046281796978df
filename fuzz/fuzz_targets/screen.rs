//! Fuzz target: any bytes screened as CSV and as JSON Lines. Either the run stops for a reason
//! of its own (never a read or write error, from memory), or every record it counts is exactly
//! one JSON line, with the four keys, and the rejected ones are those with errors. From an
//! input that can seek, the same lines, or lines where the other had to stop.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::domain::Date;
use sjalvtest::screen::{Format, RunError, Screener, Summary};

/// Checks one run's output against its summary.
fn check(out: &[u8], summary: &Summary) {
    let text = std::str::from_utf8(out).expect("the output is UTF-8");
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

fuzz_target!(|data: &[u8]| {
    let Ok(as_of) = Date::parse("2026-01-15") else { return };
    for format in [Format::Csv, Format::Jsonl] {
        let mut out = Vec::new();
        let plain = Screener::new(as_of).run(data, format, &mut out);
        let mut again = Vec::new();
        let seekable = Screener::new(as_of).run_seekable(std::io::Cursor::new(data), format, &mut again);
        match (&plain, &seekable) {
            (Ok(a), Ok(b)) => {
                check(&out, a);
                assert_eq!(out, again, "the same lines from an input that can seek");
                assert_eq!(a, b);
            }
            (Err(RunError::Undelimited { .. }), Ok(b)) => check(&again, b),
            (Err(RunError::Read(e) | RunError::Write(e)), _) | (_, Err(RunError::Read(e) | RunError::Write(e))) => {
                panic!("no I/O error from memory: {e}")
            }
            (_, Err(RunError::Undelimited { line })) => panic!("line {line}: an input that can seek never stops"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("{a:?} from a slice, {b:?} from an input that can seek"),
        }
    }
});
