//! A small streaming CSV reader (RFC 4180): fields separated by `,` (or `;`, as Swedish Excel
//! writes it, detected from the header), quoted fields with `""` for a quote and with line
//! breaks inside, LF or CRLF line ends, a UTF-8 byte-order mark ignored. One row in memory at a
//! time, its buffers reused, so memory stays flat however long the file is.
//!
//! Lenient where RFC 4180 is strict and nothing is lost: a quote inside an unquoted field, or
//! text after a closing quote, is kept as text. A problem with one row ([`RowProblem`]) is
//! returned for that row; reading goes on with the next line.

use std::io::{self, BufRead};

/// The longest row we keep in memory. A quote that is never closed would otherwise swallow
/// the rest of the file into one row; at this length the row is given up and reading goes on
/// with the next line.
pub const MAX_ROW_BYTES: usize = 1 << 20;

/// What is wrong with one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowProblem {
    NotUtf8,
    /// Longer than [`MAX_ROW_BYTES`], usually a quote that is never closed.
    TooLong,
}

/// One row: its fields' text back to back, where each field ends, and the line it starts on.
/// The bytes are checked as UTF-8 once per row; the buffers are reused.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// The fields while the row is read.
    bytes: Vec<u8>,
    /// The same bytes once the whole row is known to be UTF-8.
    text: String,
    ends: Vec<usize>,
    /// The 1-based line the row starts on.
    pub line: u64,
}

impl Row {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Field `i` as text; `None` past the last field or for a row that is not UTF-8.
    pub fn field(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..end)
    }

    fn clear(&mut self) {
        if self.bytes.capacity() < self.text.capacity() {
            self.bytes = std::mem::take(&mut self.text).into_bytes();
        }
        self.bytes.clear();
        self.text.clear();
        self.ends.clear();
    }

    /// Moves the bytes into `text` if they are UTF-8. Fields end at ASCII delimiters, so every
    /// field of a valid row is valid too.
    fn finish(&mut self) -> Result<(), RowProblem> {
        match String::from_utf8(std::mem::take(&mut self.bytes)) {
            Ok(text) => {
                self.text = text;
                Ok(())
            }
            Err(e) => {
                self.bytes = e.into_bytes();
                Err(RowProblem::NotUtf8)
            }
        }
    }
}

pub struct Reader<R> {
    input: R,
    raw: Vec<u8>,
    line: u64,
    /// `None` until the first line has been seen.
    delimiter: Option<u8>,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Reader<R> {
        Reader { input, raw: Vec::with_capacity(1024), line: 0, delimiter: None }
    }

    /// The delimiter, once the header line has been read.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// Reads the next row into `row`. `Ok(None)` at the end of the input; `Ok(Some(Err(_)))`
    /// for a row that could not be read, after which the next call reads on. Blank lines
    /// between rows are skipped. `Err` only for I/O errors.
    pub fn next_row(&mut self, row: &mut Row) -> io::Result<Option<Result<(), RowProblem>>> {
        row.clear();
        let mut in_quotes = false;
        let mut field_start = 0;
        let mut started = false;
        loop {
            self.raw.clear();
            if self.input.read_until(b'\n', &mut self.raw)? == 0 {
                if !started {
                    return Ok(None);
                }
                // End of input inside a quoted field: keep what we have as the last field.
                row.ends.push(row.bytes.len());
                return Ok(Some(row.finish()));
            }
            self.line += 1;
            let mut raw: &[u8] = &self.raw;
            if self.line == 1 {
                raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
            }
            if !started {
                if is_blank(raw) {
                    continue;
                }
                started = true;
                row.line = self.line;
            }
            let delimiter = *self.delimiter.get_or_insert_with(|| detect_delimiter(raw));
            let mut i = 0;
            while let Some(&b) = raw.get(i) {
                // Copy a run of plain bytes at once.
                let plain = raw
                    .get(i..)
                    .unwrap_or(&[])
                    .iter()
                    .position(|&c| c == delimiter || c == b'"' || c == b'\n' || c == b'\r');
                let run = plain.unwrap_or(raw.len() - i);
                if run > 0 {
                    row.bytes.extend_from_slice(raw.get(i..i + run).unwrap_or(&[]));
                    i += run;
                    continue;
                }
                i += 1;
                if in_quotes {
                    if b == b'"' {
                        if raw.get(i) == Some(&b'"') {
                            row.bytes.push(b'"');
                            i += 1;
                        } else {
                            in_quotes = false;
                        }
                    } else {
                        row.bytes.push(b);
                    }
                } else if b == delimiter {
                    row.ends.push(row.bytes.len());
                    field_start = row.bytes.len();
                } else if b == b'"' && row.bytes.len() == field_start {
                    in_quotes = true;
                } else if b == b'\n' || (b == b'\r' && matches!(raw.get(i), None | Some(b'\n'))) {
                    break;
                } else {
                    row.bytes.push(b);
                }
            }
            if row.bytes.len() > MAX_ROW_BYTES {
                row.clear();
                return Ok(Some(Err(RowProblem::TooLong)));
            }
            if !in_quotes {
                row.ends.push(row.bytes.len());
                return Ok(Some(row.finish()));
            }
        }
    }
}

fn is_blank(raw: &[u8]) -> bool {
    raw.iter().all(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
}

/// `;` when the header has semicolons and no commas outside quotes, else `,`.
fn detect_delimiter(header: &[u8]) -> u8 {
    let mut in_quotes = false;
    let (mut commas, mut semicolons) = (0, 0);
    for &b in header {
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => commas += 1,
            b';' if !in_quotes => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > 0 && commas == 0 {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `text` as fields (or the problem), with the line each starts on.
    fn check(text: &[u8], expected: &[(u64, Result<&[&str], RowProblem>)]) {
        let mut r = Reader::new(text);
        let mut row = Row::default();
        let mut got = Vec::new();
        while let Some(result) = r.next_row(&mut row).unwrap() {
            let fields: Vec<String> = (0..row.len()).map(|i| row.field(i).unwrap_or("").to_string()).collect();
            got.push((row.line, result.map(|()| fields)));
        }
        let expected: Vec<(u64, Result<Vec<String>, RowProblem>)> =
            expected.iter().map(|(l, e)| (*l, e.map(|fs| fs.iter().map(|s| s.to_string()).collect()))).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn plain_rows_with_lf_and_crlf() {
        check(b"id,a\r\n1,x\r\n2,\n", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "x"])), (3, Ok(&["2", ""]))]);
        check(b"id,a\n1,x", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "x"]))]);
    }

    #[test]
    fn quotes_hold_delimiters_quotes_and_line_breaks() {
        check(
            b"id,note\n\"1\",\"a, \"\"b\"\"\"\n\"2\",\"two\r\nlines\"\n3,x\n",
            &[
                (1, Ok(&["id", "note"])),
                (2, Ok(&["1", "a, \"b\""])),
                (3, Ok(&["2", "two\r\nlines"])),
                (5, Ok(&["3", "x"])),
            ],
        );
    }

    #[test]
    fn stray_quotes_are_kept_as_text() {
        check(b"a,b\n1 \"x\",\"y\"z\n", &[(1, Ok(&["a", "b"])), (2, Ok(&["1 \"x\"", "yz"]))]);
    }

    #[test]
    fn semicolons_bom_and_blank_lines() {
        check(b"\xEF\xBB\xBFid;a\n\n1;\"0,25\"\n\r\n", &[(1, Ok(&["id", "a"])), (3, Ok(&["1", "0,25"]))]);
    }

    #[test]
    fn a_row_that_is_not_utf8_is_reported_and_reading_goes_on() {
        check(b"id\n\xff\xfe\n2\n", &[(1, Ok(&["id"])), (2, Err(RowProblem::NotUtf8)), (3, Ok(&["2"]))]);
    }

    #[test]
    fn an_unclosed_quote_at_the_end_keeps_the_rest_as_one_field() {
        check(b"id,a\n1,\"open\nstill\n", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "open\nstill\n"]))]);
    }

    #[test]
    fn an_endless_quote_is_given_up_and_memory_stays_bounded() {
        let mut text = b"id,a\n1,\"".to_vec();
        for _ in 0..(MAX_ROW_BYTES / 10 + 10) {
            text.extend_from_slice(b"123456789\n");
        }
        let mut r = Reader::new(text.as_slice());
        let mut row = Row::default();
        assert_eq!(r.next_row(&mut row).unwrap(), Some(Ok(())));
        assert_eq!(r.next_row(&mut row).unwrap(), Some(Err(RowProblem::TooLong)));
        // Reading goes on from the next line, as a fresh row.
        assert_eq!(r.next_row(&mut row).unwrap(), Some(Ok(())));
        assert_eq!(row.field(0), Some("123456789"));
    }
}
