//! Fuzz target: any bytes through the screening's CSV reader, with a small record limit so the
//! over-long path is taken too, from a slice and from an input that can seek. Reading ends (no endless replay), rows start on strictly later
//! lines, never past the input's last line, and a row's fields are text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sjalvtest::screen::csv::{ReadError, Reader, Row};

/// Lines as the reader counts them: LF, CR or CRLF ends one.
fn line_count(data: &[u8]) -> u64 {
    let mut n = 0;
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        if data[i] == b'\n' || data[i] == b'\r' {
            n += 1;
        }
        i += 1;
    }
    n + u64::from(!data.ends_with(b"\n") && !data.ends_with(b"\r") && !data.is_empty())
}

fuzz_target!(|data: &[u8]| {
    let limit = 64 + usize::from(data.first().copied().unwrap_or(0));
    let lines = line_count(data);
    // Half the time through an input that can seek, so reading again from a position is
    // fuzzed too.
    if data.get(1).is_some_and(|b| b & 1 == 1) {
        read_all(Reader::seekable_with_limit(std::io::Cursor::new(data), limit), lines);
    } else {
        read_all(Reader::with_limit(data, limit), lines);
    }
});

fn read_all<R: std::io::BufRead>(mut reader: Reader<R>, lines: u64) {
    let mut row = Row::default();
    let mut last = 0;
    let mut rows = 0u64;
    loop {
        match reader.next_row(&mut row) {
            Ok(None) => break,
            Ok(Some(result)) => {
                assert!(row.line > last, "row at line {} after {last}", row.line);
                assert!(row.line <= lines, "row at line {} of {lines}", row.line);
                last = row.line;
                if result.is_ok() {
                    for i in 0..row.len() {
                        assert!(row.field(i).is_some());
                    }
                }
                rows += 1;
                if rows == 1 {
                    reader.expect_fields(row.len().max(1));
                }
                assert!(rows <= lines, "{rows} rows from {lines} lines");
            }
            Err(ReadError::Undelimited { line }) => {
                assert!(line > last && line <= lines);
                break;
            }
            Err(ReadError::Io(e)) => panic!("no I/O error from memory: {e}"),
        }
    }
}
