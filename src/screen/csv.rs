//! A small streaming CSV reader (RFC 4180): fields separated by `,` (or `;`, as Swedish Excel
//! writes it, detected from the header), quoted fields with `""` for a quote and with line
//! breaks inside, LF, CR or CRLF line ends, a UTF-8 byte-order mark ignored. One record in memory
//! at a time, at most [`MAX_RECORD_BYTES`], its buffers reused, so memory stays flat however long
//! the file or a line is.
//!
//! Every line of the input ends up in exactly one row or one problem ([`RowProblem`]):
//! - Lenient where nothing is lost: on a line of its own, a quote inside an unquoted field or
//!   text after a closing quote is kept as text.
//! - A quote that opens a field and is not closed on its line must close properly: the input
//!   must not end inside it, its closing quote must be followed by a delimiter or a line end, and
//!   the record it makes must have the header's number of fields. Otherwise it is taken as
//!   unclosed: its first line is one row with [`RowProblem::UnclosedQuote`], and reading
//!   resumes at the next line, which is read again from the bytes kept for the record.
//! - A record longer than [`MAX_RECORD_BYTES`] is one row with [`RowProblem::TooLong`]; the rest
//!   of it is skipped without being kept, to its end. If its end cannot be found for certain (a
//!   quote spanning lines that does not close properly), the quote was unclosed after all: an
//!   input that can seek ([`Reader::seekable`]) is read again from the record's second line,
//!   and the record is its first line with [`RowProblem::UnclosedQuote`]; from any other input
//!   the records after it cannot be told apart and reading stops with
//!   [`ReadError::Undelimited`].
//!
//! The `csv` crate is not used: it accepts every input without a word (an unclosed quote takes
//! the rest of the file into one field), keeps a field of any length in memory, and cannot hand
//! bytes back; see ARCHITECTURE.md, "Crates".

use super::lines::{Got, Lines, SCRATCH};
use std::io::{self, BufRead};

/// The longest record kept in memory, in bytes as written (quotes and line ends included).
pub const MAX_RECORD_BYTES: usize = 4 << 20;

/// What is wrong with one row. The row still stands for its lines in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowProblem {
    NotUtf8,
    /// Longer than the limit ([`MAX_RECORD_BYTES`]).
    TooLong,
    /// A quote that opens on this row's line and does not close properly.
    UnclosedQuote,
}

/// What [`Reader::next_row_or_plain`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// A row, as [`Reader::next_row`] gives it.
    Row(Result<(), RowProblem>),
    /// A line without a quote, handed over as written.
    Plain,
}

/// Why reading cannot go on.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// A record starting on `line`, longer than the limit, whose end cannot be found for
    /// certain: a quote spanning lines does not close properly.
    Undelimited {
        line: u64,
    },
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// One row: its fields' text back to back, where each field ends, and the line it starts on.
/// The bytes are checked as UTF-8 once per row; the buffers are reused. A row with a problem
/// keeps the fields completed on its first line, when they are UTF-8 (so its id can be shown).
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

    /// Splits a line without a quote (from [`Reader::next_row_or_plain`], line end included)
    /// at `delimiter` into this row, exactly as the reader would have read it.
    pub fn split_plain(&mut self, line: &[u8], number: u64, delimiter: u8) -> Result<(), RowProblem> {
        self.clear();
        self.line = number;
        let end = line.iter().position(|&b| b == b'\n' || b == b'\r').unwrap_or(line.len());
        for field in line.get(..end).unwrap_or(&[]).split(|&b| b == delimiter) {
            self.bytes.extend_from_slice(field);
            self.ends.push(self.bytes.len());
        }
        self.finish()
    }

    /// The bytes of its fields.
    pub fn bytes(&self) -> usize {
        self.text.len().max(self.bytes.len())
    }

    /// The bytes its buffers hold on to.
    pub fn capacity(&self) -> usize {
        self.text.capacity().max(self.bytes.capacity())
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

    /// Moves the bytes into `text` if every field is UTF-8. The fields are stored back to back,
    /// so the whole can be valid while a field is not (`\xEF` and `\xBB\xBF` in two fields make
    /// one character): each field's end must fall between characters too.
    fn finish(&mut self) -> Result<(), RowProblem> {
        match String::from_utf8(std::mem::take(&mut self.bytes)) {
            Ok(text) if self.ends.iter().all(|&e| text.is_char_boundary(e)) => {
                self.text = text;
                Ok(())
            }
            Ok(text) => {
                self.bytes = text.into_bytes();
                Err(RowProblem::NotUtf8)
            }
            Err(e) => {
                self.bytes = e.into_bytes();
                Err(RowProblem::NotUtf8)
            }
        }
    }

    /// Keeps only the first `fields` completed fields, as text if they are UTF-8, else none.
    fn keep_fields(&mut self, fields: usize) {
        self.ends.truncate(fields);
        self.bytes.truncate(self.ends.last().copied().unwrap_or(0));
        if self.finish().is_err() {
            self.clear();
        }
    }
}

/// Where the scan of a record stands.
#[derive(Default)]
struct Scan {
    in_quotes: bool,
    /// Where the current field's bytes start in `Row::bytes`.
    field_start: usize,
    /// A quote is open at the end of a line: the record spans lines.
    spans_lines: bool,
    /// A closing quote followed by something other than a delimiter or a line end.
    bad_close: bool,
    /// The quote's last byte was the last byte read: it closes, or starts `""`.
    quote_at_end: bool,
    /// Where the record's second line starts in `Reader::raw`.
    second_line: usize,
    /// Fields completed on the record's first line.
    first_line_fields: usize,
}

pub struct Reader<R> {
    lines: Lines<R>,
    /// The current record as written, line ends included; kept to read it again.
    raw: Vec<u8>,
    scratch: Vec<u8>,
    /// `None` until the first line has been seen.
    delimiter: Option<u8>,
    /// The header's number of fields, once told ([`Reader::expect_fields`]).
    fields: Option<usize>,
    max: usize,
    at_start: bool,
    /// Where the current record starts in the input ([`Lines::position`]).
    record_start: u64,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Reader<R> {
        Reader::with_limit(input, MAX_RECORD_BYTES)
    }

    /// A reader of an input that can seek (a file): a quote found unclosed only after more than
    /// the limit is then a rejected line like any other, and reading resumes at the next line.
    pub fn seekable(input: R) -> Reader<R>
    where
        R: std::io::Seek,
    {
        Reader::seekable_with_limit(input, MAX_RECORD_BYTES)
    }

    /// A reader of an input that can seek, with another record limit (for tests and fuzzing).
    pub fn seekable_with_limit(input: R, max: usize) -> Reader<R>
    where
        R: std::io::Seek,
    {
        Reader::from_lines(Lines::seekable(input), max)
    }

    /// A reader with another record limit (for tests and fuzzing).
    pub fn with_limit(input: R, max: usize) -> Reader<R> {
        Reader::from_lines(Lines::new(input), max)
    }

    fn from_lines(lines: Lines<R>, max: usize) -> Reader<R> {
        Reader {
            record_start: 0,
            lines,
            raw: Vec::with_capacity(1024),
            scratch: Vec::new(),
            delimiter: None,
            fields: None,
            max: max.max(1),
            at_start: true,
        }
    }

    /// The delimiter, once the header line has been read.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// The header's number of fields: a record spanning lines with another number is taken as
    /// an unclosed quote.
    pub fn expect_fields(&mut self, n: usize) {
        self.fields = Some(n);
    }

    /// Reads the next row into `row`. `Ok(None)` at the end of the input; `Ok(Some(Err(_)))`
    /// for a row that could not be read, after which the next call reads on. Blank lines
    /// between rows are skipped.
    pub fn next_row(&mut self, row: &mut Row) -> Result<Option<Result<(), RowProblem>>, ReadError> {
        match self.next(row, None)? {
            Some(Next::Row(result)) => Ok(Some(result)),
            Some(Next::Plain) | None => Ok(None),
        }
    }

    /// As [`Reader::next_row`], except that a record on one line without a quote, which
    /// [`Row::split_plain`] splits exactly as this reader would, is appended to `plain` as
    /// written ([`Next::Plain`]; its line is `row.line`), to be split later (on another thread).
    pub fn next_row_or_plain(&mut self, row: &mut Row, plain: &mut Vec<u8>) -> Result<Option<Next>, ReadError> {
        self.next(row, Some(plain))
    }

    fn next(&mut self, row: &mut Row, plain: Option<&mut Vec<u8>>) -> Result<Option<Next>, ReadError> {
        row.clear();
        let mut got = loop {
            self.raw.clear();
            self.record_start = self.lines.position();
            let got = self.lines.read_line(&mut self.raw, self.max)?;
            if got == Got::End {
                return Ok(None);
            }
            if std::mem::take(&mut self.at_start) && self.raw.starts_with(b"\xEF\xBB\xBF") {
                self.raw.drain(..3);
                self.record_start += 3;
            }
            if got == Got::Partial || !is_blank(&self.raw) {
                break got;
            }
        };
        row.line = self.lines.line;
        let delimiter = *self.delimiter.get_or_insert_with(|| detect_delimiter(&self.raw));
        if let Some(plain) = plain {
            if got == Got::Line && !self.raw.contains(&b'"') {
                plain.extend_from_slice(&self.raw);
                return Ok(Some(Next::Plain));
            }
        }
        let mut s = Scan::default();
        let mut from = 0;
        loop {
            let ended = self.scan(row, &mut s, from, delimiter);
            if got == Got::Partial {
                return Ok(self.too_long(row, s, delimiter)?.map(Next::Row));
            }
            if ended || !s.in_quotes {
                row.ends.push(row.bytes.len());
                if s.spans_lines && (s.bad_close || self.fields.is_some_and(|n| n != row.ends.len())) {
                    return Ok(Some(Next::Row(self.unclosed(row, &s))));
                }
                return Ok(Some(Next::Row(row.finish())));
            }
            // A quote open at the end of the line: the record goes on on the next line.
            if !s.spans_lines {
                s.spans_lines = true;
                s.second_line = self.raw.len();
                s.first_line_fields = row.ends.len();
            }
            from = self.raw.len();
            got = self.lines.read_line(&mut self.raw, self.max)?;
            if got == Got::End {
                return Ok(Some(Next::Row(self.unclosed(row, &s))));
            }
        }
    }

    /// Scans `raw[from..]` into the row's fields. `true` when a line end outside quotes ends
    /// the record.
    fn scan(&mut self, row: &mut Row, s: &mut Scan, from: usize, delimiter: u8) -> bool {
        let raw = self.raw.get(from..).unwrap_or(&[]);
        let mut i = 0;
        while let Some(&b) = raw.get(i) {
            // Copy a run of plain bytes at once.
            let run = raw
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .position(|&c| c == delimiter || c == b'"' || c == b'\n' || c == b'\r')
                .unwrap_or(raw.len() - i);
            if run > 0 {
                row.bytes.extend_from_slice(raw.get(i..i + run).unwrap_or(&[]));
                i += run;
                continue;
            }
            i += 1;
            if s.in_quotes {
                if b != b'"' {
                    row.bytes.push(b);
                } else if raw.get(i) == Some(&b'"') {
                    row.bytes.push(b'"');
                    i += 1;
                } else {
                    s.in_quotes = false;
                    match raw.get(i) {
                        None => s.quote_at_end = true,
                        Some(&c) if c == delimiter || c == b'\n' || c == b'\r' => {}
                        Some(_) => s.bad_close = true,
                    }
                }
            } else if b == delimiter {
                row.ends.push(row.bytes.len());
                s.field_start = row.bytes.len();
            } else if b == b'"' && row.bytes.len() == s.field_start {
                s.in_quotes = true;
            } else if b == b'\n' || b == b'\r' {
                return true;
            } else {
                row.bytes.push(b);
            }
        }
        false
    }

    /// The record's first line as a row with an unclosed quote; the lines after it are handed
    /// back to be read again.
    fn unclosed(&mut self, row: &mut Row, s: &Scan) -> Result<(), RowProblem> {
        let fields = if s.spans_lines { s.first_line_fields } else { row.ends.len() };
        if s.spans_lines {
            self.lines.replay(self.raw.get(s.second_line..).unwrap_or(&[]), row.line + 1);
        }
        row.keep_fields(fields);
        Err(RowProblem::UnclosedQuote)
    }

    /// A record over the limit: the rest of it is skipped, quote by quote, without keeping it.
    fn too_long(&mut self, row: &mut Row, s: Scan, delimiter: u8) -> Result<Option<Result<(), RowProblem>>, ReadError> {
        #[derive(PartialEq)]
        enum State {
            Outside,
            InQuotes,
            QuoteInQuotes,
        }
        let mut fields = row.ends.len() + 1;
        let mut at_field_start = row.bytes.len() == s.field_start;
        let (mut spans_lines, mut bad_close) = (s.spans_lines, s.bad_close);
        let mut state = match (s.in_quotes, s.quote_at_end) {
            (true, _) => State::InQuotes,
            (false, true) => State::QuoteInQuotes,
            (false, false) => State::Outside,
        };
        let first_line_fields = if s.spans_lines { s.first_line_fields } else { row.ends.len() };
        let mut second_line = s.spans_lines.then_some(self.record_start + s.second_line as u64);
        let line = row.line;
        let clean_end = 'record: loop {
            if spans_lines && second_line.is_none() {
                second_line = Some(self.lines.position());
            }
            self.scratch.clear();
            if self.lines.read_line(&mut self.scratch, SCRATCH)? == Got::End {
                break state != State::InQuotes;
            }
            for &b in &self.scratch {
                let line_end = b == b'\n' || b == b'\r';
                state = match state {
                    State::InQuotes if b == b'"' => State::QuoteInQuotes,
                    State::InQuotes => {
                        spans_lines |= line_end;
                        State::InQuotes
                    }
                    State::QuoteInQuotes if b == b'"' => State::InQuotes,
                    State::QuoteInQuotes | State::Outside if line_end => break 'record true,
                    State::QuoteInQuotes | State::Outside if b == delimiter => {
                        fields += 1;
                        at_field_start = true;
                        State::Outside
                    }
                    State::QuoteInQuotes => {
                        bad_close = true;
                        at_field_start = false;
                        State::Outside
                    }
                    State::Outside if b == b'"' && at_field_start => State::InQuotes,
                    State::Outside => {
                        at_field_start = false;
                        State::Outside
                    }
                };
            }
        };
        let certain = clean_end && !bad_close && self.fields.is_none_or(|n| n == fields);
        if spans_lines && !certain {
            // The quote was unclosed after all: the record is its first line, if the input can
            // be read again from the second.
            if let Some(position) = second_line {
                if self.lines.seek_to(position, line + 1)? {
                    row.keep_fields(first_line_fields);
                    return Ok(Some(Err(RowProblem::UnclosedQuote)));
                }
            }
            return Err(ReadError::Undelimited { line });
        }
        row.keep_fields(first_line_fields);
        Ok(Some(Err(RowProblem::TooLong)))
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

    type Rows = Vec<(u64, Result<Vec<String>, RowProblem>)>;

    /// Every row of `text` (fields, or the problem with the fields kept), with the line each
    /// starts on, and how reading ended.
    fn read(text: &[u8], fields: Option<usize>, max: usize) -> (Rows, Option<ReadError>) {
        let mut r = Reader::with_limit(text, max);
        let mut row = Row::default();
        let mut got = Vec::new();
        loop {
            match r.next_row(&mut row) {
                Ok(None) => return (got, None),
                Ok(Some(result)) => {
                    let fields: Vec<String> = (0..row.len()).map(|i| row.field(i).unwrap_or("").to_string()).collect();
                    got.push((row.line, result.map(|()| fields)));
                }
                Err(e) => return (got, Some(e)),
            }
            if got.len() == 1 {
                if let Some(n) = fields {
                    r.expect_fields(n);
                }
            }
        }
    }

    fn check(text: &[u8], expected: &[(u64, Result<&[&str], RowProblem>)]) {
        check_with(text, None, expected);
    }

    fn check_with(text: &[u8], fields: Option<usize>, expected: &[(u64, Result<&[&str], RowProblem>)]) {
        let (got, end) = read(text, fields, MAX_RECORD_BYTES);
        assert!(end.is_none(), "{end:?}");
        let expected: Rows =
            expected.iter().map(|(l, e)| (*l, e.map(|fs| fs.iter().map(|s| s.to_string()).collect()))).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn plain_rows_with_lf_cr_and_crlf() {
        check(b"id,a\r\n1,x\r\n2,\n", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "x"])), (3, Ok(&["2", ""]))]);
        check(b"id,a\n1,x", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "x"]))]);
        check(b"id,a\r1,x\r\r2,y\r", &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "x"])), (4, Ok(&["2", "y"]))]);
    }

    #[test]
    fn quotes_hold_delimiters_quotes_and_line_breaks() {
        check(
            b"id,note\n\"1\",\"a, \"\"b\"\"\"\n\"2\",\"two\r\nlines\"\n3,x\n\"4\",\"cr\ronly\"\n",
            &[
                (1, Ok(&["id", "note"])),
                (2, Ok(&["1", "a, \"b\""])),
                (3, Ok(&["2", "two\r\nlines"])),
                (5, Ok(&["3", "x"])),
                (6, Ok(&["4", "cr\ronly"])),
            ],
        );
    }

    #[test]
    fn stray_quotes_on_one_line_are_kept_as_text() {
        check(b"a,b\n1 \"x\",\"y\"z\n", &[(1, Ok(&["a", "b"])), (2, Ok(&["1 \"x\"", "yz"]))]);
    }

    #[test]
    fn semicolons_bom_and_blank_lines() {
        check(b"\xEF\xBB\xBFid;a\n\n1;\"0,25\"\n\r\n", &[(1, Ok(&["id", "a"])), (3, Ok(&["1", "0,25"]))]);
    }

    #[test]
    fn a_row_that_is_not_utf8_is_reported_and_reading_goes_on() {
        check(b"id\n\xff\xfe\n2\n", &[(1, Ok(&["id"])), (2, Err(RowProblem::NotUtf8)), (3, Ok(&["2"]))]);
        // Found by fuzzing: two fields that are not UTF-8 alone but make a character together.
        check(b"a,b\n\xef,\xbb\xbf\n", &[(1, Ok(&["a", "b"])), (2, Err(RowProblem::NotUtf8))]);
    }

    #[test]
    fn an_unclosed_quote_is_its_first_line_and_reading_resumes_at_the_next() {
        let unclosed = Err(RowProblem::UnclosedQuote);
        // At the end of the input.
        check(b"id,a\n1,\"open\nstill\n", &[(1, Ok(&["id", "a"])), (2, unclosed), (3, Ok(&["still"]))]);
        // Closed by a later quote that is followed by text.
        check(
            b"id,a\n1,\"open\n2,x\n3,\"y\"\n",
            &[(1, Ok(&["id", "a"])), (2, unclosed), (3, Ok(&["2", "x"])), (4, Ok(&["3", "y"]))],
        );
        // Closed properly, but the record it makes has the wrong number of fields.
        check_with(
            b"id,a\n1,\"open\n2,\",x\n",
            Some(2),
            &[(1, Ok(&["id", "a"])), (2, unclosed), (3, Err(RowProblem::UnclosedQuote))],
        );
        // The fields before the quote are kept, for the id.
        let (rows, _) = read(b"id,a\nA7,\"open\n", None, MAX_RECORD_BYTES);
        assert_eq!(rows.get(1).map(|r| r.0), Some(2));
        let mut r = Reader::new(&b"id,a\nA7,\"open\n"[..]);
        let mut row = Row::default();
        r.next_row(&mut row).unwrap();
        assert_eq!(r.next_row(&mut row).unwrap(), Some(Err(RowProblem::UnclosedQuote)));
        assert_eq!((row.len(), row.field(0)), (1, Some("A7")));
        // A quoted field over several lines that closes properly is one record.
        check_with(b"id,a\n1,\"two\nlines\"\n", Some(2), &[(1, Ok(&["id", "a"])), (2, Ok(&["1", "two\nlines"]))]);
    }

    #[test]
    fn a_record_over_the_limit_is_skipped_to_its_end() {
        let long = |body: &str| format!("id,a\n1,\"{body}\"\n2,y\n3,\"z\"\n");
        let too_long = Err(RowProblem::TooLong);
        for body in ["x".repeat(100), "line\n".repeat(30), "q\"\"\n".repeat(30)] {
            let (rows, end) = read(long(&body).as_bytes(), Some(2), 64);
            assert!(end.is_none(), "{body:?}: {end:?}");
            let lines: Vec<u64> = rows.iter().map(|r| r.0).collect();
            assert_eq!(rows.get(1).map(|r| r.1.clone()), Some(too_long.clone()), "{body:?}");
            assert_eq!(rows.get(2).map(|r| r.1.clone()), Some(Ok(vec!["2".into(), "y".into()])), "{body:?}");
            assert_eq!(lines.len(), 4, "{body:?}: {rows:?}");
        }
        // One long line without a line end.
        let (rows, end) = read(format!("id\n{}", "x".repeat(1000)).as_bytes(), Some(1), 64);
        assert!(end.is_none());
        assert_eq!(rows.last().map(|r| r.1.clone()), Some(too_long));
    }

    #[test]
    fn an_endless_quote_over_the_limit_stops_reading_at_its_line() {
        let mut text = b"id,a\n1,\"".to_vec();
        for _ in 0..(MAX_RECORD_BYTES / 10 + 10) {
            text.extend_from_slice(b"123456789\n");
        }
        let (rows, end) = read(&text, Some(2), MAX_RECORD_BYTES);
        assert_eq!(rows.len(), 1);
        assert!(matches!(end, Some(ReadError::Undelimited { line: 2 })), "{end:?}");
    }

    #[test]
    fn an_endless_quote_over_the_limit_in_a_file_is_its_first_line_and_reading_resumes_at_the_next() {
        let mut text = b"\xEF\xBB\xBFid,a\n1,\"open\n".to_vec();
        for i in 0..100 {
            text.extend_from_slice(format!("{i},x\n").as_bytes());
        }
        for limit in [16, 64, 1000] {
            let mut r = Reader::seekable_with_limit(std::io::Cursor::new(text.clone()), limit);
            let mut row = Row::default();
            let mut rows = Vec::new();
            while let Some(result) = r.next_row(&mut row).unwrap() {
                rows.push((row.line, result.map(|()| row.field(1).unwrap_or("").to_string())));
                r.expect_fields(2);
            }
            assert_eq!(rows.len(), 102, "limit {limit}");
            assert_eq!(rows[1], (2, Err(RowProblem::UnclosedQuote)), "limit {limit}");
            assert_eq!(rows[2], (3, Ok("x".to_string())), "limit {limit}");
            assert_eq!(rows[101], (102, Ok("x".to_string())), "limit {limit}");
        }
    }

    #[test]
    fn memory_stays_bounded_whatever_the_line_length() {
        let mut text = b"id\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', 8 * MAX_RECORD_BYTES));
        text.extend_from_slice(b"\n2\n");
        let mut r = Reader::new(text.as_slice());
        let mut row = Row::default();
        let mut problems = Vec::new();
        while let Some(p) = r.next_row(&mut row).unwrap() {
            problems.push(p);
        }
        assert_eq!(problems, [Ok(()), Err(RowProblem::TooLong), Ok(())]);
        assert!(r.raw.capacity() <= 2 * MAX_RECORD_BYTES + 2, "{}", r.raw.capacity());
        assert!(r.scratch.capacity() <= 2 * SCRATCH + 2);
        assert!(row.bytes.capacity().max(row.text.capacity()) <= 2 * MAX_RECORD_BYTES);
    }

    #[test]
    fn unclosed_quotes_on_every_line_are_read_in_linear_time() {
        // Each line opens a quote the next line closes badly: every line is read about twice.
        let text = "id,a\n".to_string() + &"1,\"a\n".repeat(200_000);
        let (rows, end) = read(text.as_bytes(), Some(2), MAX_RECORD_BYTES);
        assert!(end.is_none());
        assert_eq!(rows.len(), 200_001);
    }
}
