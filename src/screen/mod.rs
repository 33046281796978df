//! Screening case records against the alternatives catalogue (`rules::alternativ`), for case
//! handlers: records in (CSV with a header row, or JSON Lines), one JSON line per record out:
//!
//! ```text
//! {"id":"A1","suggestions":[{"benefit":"…","reason":"…","law":"SFB 41 kap. 2 §"}],
//!  "not_assessed":[{"benefit":"…","missing":"due_date"}],"errors":[]}
//! ```
//!
//! The run streams: one record in memory at a time, its buffers reused. The catalogue is
//! evaluated without allocating; the Swedish reasons and the law references are rendered once,
//! at the start, and copied into each line. A record that cannot be read becomes a line with
//! its `errors` (field, value, reason, line) and no suggestions; the run goes on, so no record
//! is lost or skipped silently.
//! Not here: files, the clock, exit codes (the `sjalvtest screen` command).

pub mod csv;
pub mod flags;
#[cfg(feature = "cli")]
pub mod jsonl;
pub mod lines;
#[cfg(feature = "cli")]
mod parallel;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod parquet;
pub mod record;
#[cfg(feature = "cli")]
pub mod report;

pub use flags::Profile;
pub use record::{Field, Problem, Record};

use crate::domain::Date;
use crate::i18n::alternativ::problem;
use crate::i18n::{Lang, Render};
use crate::rules::alternativ::{self as alt, Status, Steg, ANTAL};
use std::io::{self, BufRead, Write};

/// The input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// JSON Lines; native builds only.
    Jsonl,
    /// Apache Parquet; the command line only, from a file ([`Screener::run_parquet`]).
    Parquet,
}

impl Format {
    /// `csv`, `jsonl` (also `ndjson`) or `parquet`.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "parquet" => Some(Format::Parquet),
            _ => None,
        }
    }

    /// The format a file name's extension names: `.csv`, `.jsonl`, `.ndjson` or `.parquet`.
    pub fn from_path(path: &str) -> Option<Format> {
        let (_, ext) = path.rsplit_once('.')?;
        Format::from_name(ext)
    }
}

/// Why a run could not start or could not go on. Exit code 2.
#[derive(Debug)]
pub enum RunError {
    /// Reading the input failed.
    Read(io::Error),
    /// Writing the output failed.
    Write(io::Error),
    /// The CSV input has no header row.
    NoHeader,
    /// The CSV header row cannot be read (not UTF-8, too long, an unclosed quote).
    BadHeader(Problem),
    /// The CSV header has no `id` column.
    NoIdColumn,
    /// The CSV header names a field twice.
    DuplicateColumn(String),
    /// A CSV record starting on `line` is longer than the limit and its end cannot be found for
    /// certain (a quote spanning lines does not close properly), so the records after it
    /// cannot be told apart.
    Undelimited { line: u64 },
    /// JSON Lines input in a build without JSON (the browser build), or Parquet from anything
    /// but a file ([`Screener::run_parquet`]).
    FormatNotAvailable,
    /// A Parquet column named after a field holds a type the field cannot be read from.
    ParquetColumn { column: String, kind: &'static str },
}

impl From<csv::ReadError> for RunError {
    fn from(e: csv::ReadError) -> Self {
        match e {
            csv::ReadError::Io(e) => RunError::Read(e),
            csv::ReadError::Undelimited { line } => RunError::Undelimited { line },
        }
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Read(e) | RunError::Write(e) => write!(f, "{e}"),
            RunError::NoHeader => write!(f, "the CSV input has no header row"),
            RunError::BadHeader(Problem::TooLong { max }) => {
                write!(f, "the CSV header row is longer than {max} bytes")
            }
            RunError::BadHeader(Problem::UnclosedQuote) => {
                write!(f, "the CSV header row has a quote that is not closed")
            }
            RunError::BadHeader(p) => {
                write!(f, "the CSV header row cannot be read: {}", problem(*p).render(Lang::En))
            }
            RunError::NoIdColumn => write!(f, "the CSV header has no id column"),
            RunError::DuplicateColumn(c) => write!(f, "the CSV header names the column {c} twice"),
            RunError::Undelimited { line } => write!(
                f,
                "line {line}: a record starts here that is longer than {} bytes, and a quote in it that spans \
                 lines does not close properly, so the records after it cannot be told apart; close the quote \
                 and run again",
                csv::MAX_RECORD_BYTES
            ),
            RunError::FormatNotAvailable => {
                write!(f, "this format cannot be read here (JSON Lines needs the command line; Parquet, a file)")
            }
            RunError::ParquetColumn { column, kind } => write!(
                f,
                "the Parquet column {column} is {kind}; write it as a string, a whole number, a boolean, a date or a decimal"
            ),
        }
    }
}

/// What a finished run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records written, one line each.
    pub records: u64,
    /// Records with errors, written with their errors and no suggestions.
    pub rejected: u64,
    /// Column or key names that are not fields; they were ignored. At most
    /// [`MAX_UNKNOWN_NAMES`], in the order first seen.
    pub unknown_fields: Vec<String>,
    /// There were more unknown names than are listed.
    pub more_unknown_fields: bool,
    /// The counts for `--summary`, when the run kept them ([`Screener::with_report`]).
    #[cfg(feature = "cli")]
    pub report: Option<Box<report::Tally>>,
}

/// The most unknown names a summary lists.
pub const MAX_UNKNOWN_NAMES: usize = 1000;

/// The unknown column or key names seen so far, each once, in linear time.
#[derive(Clone, Debug, Default)]
pub struct UnknownNames {
    names: Vec<String>,
    seen: std::collections::BTreeSet<String>,
    more: bool,
}

impl UnknownNames {
    pub fn add(&mut self, name: &str) {
        if self.names.len() >= MAX_UNKNOWN_NAMES {
            self.more |= !self.seen.contains(name);
        } else if !self.seen.contains(name) {
            self.seen.insert(name.to_string());
            self.names.push(name.to_string());
        }
    }

    /// Adds the names `later` saw, as if they had been seen here after the names seen so far.
    pub fn merge(&mut self, later: &UnknownNames) {
        for name in &later.names {
            self.add(name);
        }
        self.more |= later.more;
    }
}

/// A problem with one record, for its `errors` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// `None` when the problem is with the whole record (a bad row, a bad JSON line).
    pub field: Option<Field>,
    pub value: String,
    pub problem: Problem,
    pub line: u64,
}

fn row_problem(p: csv::RowProblem) -> Problem {
    match p {
        csv::RowProblem::NotUtf8 => Problem::NotUtf8,
        csv::RowProblem::TooLong => Problem::TooLong { max: csv::MAX_RECORD_BYTES },
        csv::RowProblem::UnclosedQuote => Problem::UnclosedQuote,
    }
}

/// Values longer than this are cut in the `errors` output, so one bad cell cannot blow up a line.
const MAX_ERROR_VALUE_CHARS: usize = 200;

/// The screening of one input: the catalogue's words rendered once, and the buffers reused
/// from record to record.
#[derive(Clone)]
pub struct Screener {
    default_as_of: Date,
    /// Per entry: `{"benefit":…,"reason":…,"law":…}`, ready to copy.
    suggestion_json: Vec<Vec<u8>>,
    /// Per entry: `{"benefit":…,"missing":"` ready to be followed by the field and `"}`.
    not_assessed_json: Vec<Vec<u8>>,
    record: Record,
    errors: Vec<RecordError>,
    out: Vec<u8>,
    summary: Summary,
    unknown: UnknownNames,
    profile: Profile,
    /// The page the `informera` flags' links open (the citizen self-test's address).
    link_base: String,
    #[cfg(feature = "cli")]
    problems: Vec<jsonl::FieldProblem>,
    /// The counts for the report, when asked for.
    #[cfg(feature = "cli")]
    report: Option<Box<report::Tally>>,
    /// The benefit ids the record's line was flagged for (reused).
    flagged: Vec<&'static str>,
    /// Worker threads; 1: the run stays on the calling thread.
    threads: usize,
}

impl Screener {
    /// `default_as_of` is the day a record is assessed for when it has no `as_of` of its own.
    pub fn new(default_as_of: Date) -> Screener {
        let mut suggestion_json = Vec::with_capacity(ANTAL);
        let mut not_assessed_json = Vec::with_capacity(ANTAL);
        for post in alt::KATALOG.iter() {
            let mut s = b"{\"benefit\":".to_vec();
            json_str(&mut s, post.formon.id());
            s.extend_from_slice(b",\"reason\":");
            let skal = crate::i18n::step(&Steg::Foreslas { formon: post.formon }.into());
            json_str(&mut s, &skal.render(Lang::Sv));
            s.extend_from_slice(b",\"law\":");
            json_str(&mut s, &post.lag.to_string());
            s.push(b'}');
            suggestion_json.push(s);
            let mut n = b"{\"benefit\":".to_vec();
            json_str(&mut n, post.formon.id());
            n.extend_from_slice(b",\"missing\":\"");
            not_assessed_json.push(n);
        }
        Screener {
            default_as_of,
            suggestion_json,
            not_assessed_json,
            record: Record::default(),
            errors: Vec::new(),
            out: Vec::with_capacity(1024),
            summary: Summary::default(),
            unknown: UnknownNames::default(),
            profile: Profile::default(),
            link_base: String::new(),
            #[cfg(feature = "cli")]
            problems: Vec::new(),
            #[cfg(feature = "cli")]
            report: None,
            flagged: Vec::new(),
            threads: 1,
        }
    }

    /// Screens with `profile`; the `informera` flags' links open `link_base` (the address of
    /// the page with the self-tests).
    pub fn with_profile(mut self, profile: Profile, link_base: &str) -> Screener {
        self.profile = profile;
        self.link_base = link_base.to_string();
        self
    }

    /// Also counts the records for the report (`--summary`, [`report::Tally`]): per record the
    /// benefits its `informera` flags name (none with the default profile), its
    /// sick-period length class, age band, sex and region; a rejected record by its line and
    /// first problem. The counts come back in [`Summary::report`].
    #[cfg(feature = "cli")]
    pub fn with_report(mut self) -> Screener {
        self.report = Some(Box::new(report::Tally::new()));
        self
    }

    /// Screens with `threads` worker threads (native builds with the `cli` feature; elsewhere,
    /// and for 0 or 1, on the calling thread). The output is the same, in the same order.
    pub fn with_threads(mut self, threads: usize) -> Screener {
        self.threads = if cfg!(feature = "cli") { threads.max(1) } else { 1 };
        self
    }

    /// Screens every record of `input` and writes one line per record to `out`.
    pub fn run<R: BufRead, W: Write>(mut self, input: R, format: Format, out: &mut W) -> Result<Summary, RunError> {
        match format {
            Format::Csv => self.run_csv(csv::Reader::new(input), out)?,
            Format::Jsonl => self.run_jsonl(input, out)?,
            Format::Parquet => return Err(RunError::FormatNotAvailable),
        }
        self.finish_run(out)
    }

    /// The same for an input that can seek (a file): a CSV quote found unclosed only after
    /// more than a record's limit is then a rejected line like any other, where from a pipe
    /// the run must stop ([`RunError::Undelimited`]).
    pub fn run_seekable<R: BufRead + std::io::Seek, W: Write>(
        mut self,
        input: R,
        format: Format,
        out: &mut W,
    ) -> Result<Summary, RunError> {
        match format {
            Format::Csv => self.run_csv(csv::Reader::seekable(input), out)?,
            Format::Jsonl => self.run_jsonl(input, out)?,
            Format::Parquet => return Err(RunError::FormatNotAvailable),
        }
        self.finish_run(out)
    }

    fn finish_run<W: Write>(mut self, out: &mut W) -> Result<Summary, RunError> {
        out.flush().map_err(RunError::Write)?;
        self.summary.unknown_fields = std::mem::take(&mut self.unknown.names);
        self.summary.more_unknown_fields = self.unknown.more;
        #[cfg(feature = "cli")]
        {
            self.summary.report = self.report.take();
        }
        Ok(self.summary)
    }

    fn run_csv<R: BufRead, W: Write>(&mut self, mut reader: csv::Reader<R>, out: &mut W) -> Result<(), RunError> {
        let mut row = csv::Row::default();
        let columns = self.csv_header(&mut reader, &mut row)?;
        #[cfg(feature = "cli")]
        if self.threads > 1 {
            let delimiter = reader.delimiter().unwrap_or(b',');
            return parallel::run(self, parallel::Source::Csv(reader, &columns, delimiter), out);
        }
        while let Some(result) = reader.next_row(&mut row)? {
            self.csv_row(&row, result, &columns, out).map_err(RunError::Write)?;
        }
        Ok(())
    }

    /// Reads the CSV header: the field of each column.
    fn csv_header<R: BufRead>(&mut self, reader: &mut csv::Reader<R>, row: &mut csv::Row) -> Result<Columns, RunError> {
        let fields: Vec<Option<Field>> = match reader.next_row(row)? {
            None => return Err(RunError::NoHeader),
            Some(Err(p)) => return Err(RunError::BadHeader(row_problem(p))),
            Some(Ok(())) => (0..row.len()).map(|i| Field::from_name(row.field(i).unwrap_or(""))).collect(),
        };
        let mut seen = [false; Field::ALL.len()];
        for (i, c) in fields.iter().enumerate() {
            match c {
                Some(f) => {
                    if seen.get_mut(*f as usize).is_some_and(|s| std::mem::replace(s, true)) {
                        return Err(RunError::DuplicateColumn(f.name().to_string()));
                    }
                }
                None => self.unknown.add(row.field(i).unwrap_or("").trim()),
            }
        }
        let Some(id) = fields.iter().position(|c| *c == Some(Field::Id)) else {
            return Err(RunError::NoIdColumn);
        };
        reader.expect_fields(fields.len());
        Ok(Columns { fields, id })
    }

    /// Screens one CSV row (or its problem) and writes its line.
    fn csv_row<W: Write>(
        &mut self,
        row: &csv::Row,
        result: Result<(), csv::RowProblem>,
        columns: &Columns,
        out: &mut W,
    ) -> io::Result<()> {
        self.record.clear();
        self.errors.clear();
        let line = row.line;
        match result {
            Err(p) => {
                if let Some(id) = row.field(columns.id) {
                    let _ = self.record.set(Field::Id, id);
                }
                self.error(None, "", row_problem(p), line);
            }
            Ok(()) if row.len() != columns.fields.len() => {
                let _ = self.record.set(Field::Id, row.field(columns.id).unwrap_or(""));
                self.error(None, "", Problem::FieldCount { header: columns.fields.len(), row: row.len() }, line);
            }
            Ok(()) => {
                for (i, column) in columns.fields.iter().enumerate() {
                    let (Some(field), Some(raw)) = (column, row.field(i)) else { continue };
                    if let Err(p) = self.record.set(*field, raw) {
                        self.error(Some(*field), raw, p, line);
                    }
                }
            }
        }
        self.finish(line, out)
    }

    #[cfg(feature = "cli")]
    fn run_jsonl<R: BufRead, W: Write>(&mut self, input: R, out: &mut W) -> Result<(), RunError> {
        let mut lines = lines::Lines::new(input);
        if self.threads > 1 {
            return parallel::run(self, parallel::Source::Jsonl(lines), out);
        }
        let mut raw = Vec::with_capacity(1024);
        let mut scratch = Vec::new();
        let mut objects = jsonl::ObjectReader::default();
        loop {
            raw.clear();
            let Some((line, problem)) = jsonl_line(&mut lines, &mut raw, &mut scratch)? else { return Ok(()) };
            self.jsonl_record(&raw, line, problem, &mut objects, out).map_err(RunError::Write)?;
        }
    }

    /// Screens one JSON Lines line (or its problem) and writes its line; a blank line is
    /// skipped.
    #[cfg(feature = "cli")]
    fn jsonl_record<W: Write>(
        &mut self,
        raw: &[u8],
        line: u64,
        problem: Option<Problem>,
        objects: &mut jsonl::ObjectReader,
        out: &mut W,
    ) -> io::Result<()> {
        let bytes = if line == 1 { raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw) } else { raw };
        self.record.clear();
        self.errors.clear();
        match (problem, std::str::from_utf8(bytes)) {
            (Some(p), _) => self.error(None, "", p, line),
            (None, Err(_)) => self.error(None, "", Problem::NotUtf8, line),
            (None, Ok(text)) if text.trim().is_empty() => return Ok(()),
            (None, Ok(text)) => {
                let mut problems = std::mem::take(&mut self.problems);
                problems.clear();
                objects.read(text, &mut self.record, &mut problems, &mut self.unknown);
                for (field, value, problem) in problems.drain(..) {
                    self.error(field, &value, problem, line);
                }
                self.problems = problems;
            }
        }
        self.finish(line, out)
    }

    #[cfg(not(feature = "cli"))]
    fn run_jsonl<R: BufRead, W: Write>(&mut self, _input: R, _out: &mut W) -> Result<(), RunError> {
        Err(RunError::FormatNotAvailable)
    }

    fn error(&mut self, field: Option<Field>, value: &str, problem: Problem, line: u64) {
        let value = value.chars().take(MAX_ERROR_VALUE_CHARS).collect();
        self.errors.push(RecordError { field, value, problem, line });
    }

    /// Checks the record across fields, screens it if it has no errors, and writes its line.
    fn finish<W: Write>(&mut self, line: u64, out: &mut W) -> io::Result<()> {
        let as_of = self.record.as_of.unwrap_or(self.default_as_of);
        if self.errors.is_empty() {
            if let Err((field, problem)) = self.record.check(as_of) {
                let value = match field {
                    Field::BirthDate => self.record.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                    _ => String::new(),
                };
                self.error(Some(field), &value, problem, line);
            }
        }
        let status = if self.errors.is_empty() { Some(alt::bedom(&mut self.record, as_of)) } else { None };
        self.write_line(status.as_ref());
        if self.profile == Profile::Informera {
            // Before the line's closing brace.
            self.out.truncate(self.out.len().saturating_sub(2));
            let record = if self.errors.is_empty() { Some(&mut self.record) } else { None };
            flags::write(&mut self.out, record, as_of, &self.link_base, &mut self.flagged);
            self.out.extend_from_slice(b"}\n");
        }
        #[cfg(feature = "cli")]
        self.count_for_report(line, as_of);
        self.summary.records += 1;
        if !self.errors.is_empty() {
            self.summary.rejected += 1;
        }
        out.write_all(&self.out)
    }

    /// Counts the record just screened in the report's tally, if the run keeps one.
    #[cfg(feature = "cli")]
    fn count_for_report(&mut self, line: u64, as_of: Date) {
        let Some(tally) = self.report.as_mut() else { return };
        match self.errors.first() {
            Some(e) => {
                // The field's name and the problem; never the value (the report may be shared).
                let what = problem(e.problem).render(Lang::Sv);
                let text = match e.field {
                    Some(f) => format!("{}: {what}", f.name()),
                    None => what,
                };
                tally.unread(line, &text);
            }
            None => {
                let r = &self.record;
                let classes = report::Classes {
                    length: r.sick_days.and_then(crate::rules::informera::langdklass),
                    age: r.birth_date.and_then(|b| crate::rules::informera::aldersband(b, as_of)),
                    sex: r.sex.as_deref(),
                    region: r.region.as_deref(),
                };
                tally.add(&self.flagged, &classes);
            }
        }
    }

    fn write_line(&mut self, status: Option<&[Status; ANTAL]>) {
        let o = &mut self.out;
        o.clear();
        o.extend_from_slice(b"{\"id\":");
        if self.record.has_id {
            json_str(o, &self.record.id);
        } else {
            o.extend_from_slice(b"null");
        }
        o.extend_from_slice(b",\"suggestions\":[");
        let mut first = true;
        for (s, json) in status.into_iter().flatten().zip(&self.suggestion_json) {
            if *s == Status::Suggest {
                if !first {
                    o.push(b',');
                }
                first = false;
                o.extend_from_slice(json);
            }
        }
        o.extend_from_slice(b"],\"not_assessed\":[");
        let mut first = true;
        for (s, json) in status.into_iter().flatten().zip(&self.not_assessed_json) {
            if let Status::NotAssessed(field) = s {
                if !first {
                    o.push(b',');
                }
                first = false;
                o.extend_from_slice(json);
                o.extend_from_slice(field.as_bytes()); // field names are plain ASCII
                o.extend_from_slice(b"\"}");
            }
        }
        o.extend_from_slice(b"],\"errors\":[");
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                o.push(b',');
            }
            o.extend_from_slice(b"{\"field\":");
            match e.field {
                Some(f) => json_str(o, f.name()),
                None => o.extend_from_slice(b"null"),
            }
            o.extend_from_slice(b",\"value\":");
            json_str(o, &e.value);
            o.extend_from_slice(b",\"reason\":");
            let reason = problem(e.problem).render(Lang::Sv);
            json_str(o, &reason);
            o.extend_from_slice(b",\"line\":");
            o.extend_from_slice(e.line.to_string().as_bytes());
            o.push(b'}');
        }
        o.extend_from_slice(b"]}\n");
    }
}

/// Reads the next JSON Lines line into `raw` (appended): its number and, for a line over the
/// limit (skipped to its end; `raw` then holds its start), the problem. `None` at the end.
#[cfg(feature = "cli")]
fn jsonl_line<R: BufRead>(
    lines: &mut lines::Lines<R>,
    raw: &mut Vec<u8>,
    scratch: &mut Vec<u8>,
) -> Result<Option<(u64, Option<Problem>)>, RunError> {
    let limit = raw.len() + jsonl::MAX_LINE_BYTES;
    let got = lines.read_line(raw, limit).map_err(RunError::Read)?;
    let problem = match got {
        lines::Got::End => return Ok(None),
        lines::Got::Partial => {
            lines.skip_line(scratch).map_err(RunError::Read)?;
            Some(Problem::TooLong { max: jsonl::MAX_LINE_BYTES })
        }
        lines::Got::Line => None,
    };
    Ok(Some((lines.line, problem)))
}

/// The CSV header's field per column, and the `id` column.
pub(crate) struct Columns {
    fields: Vec<Option<Field>>,
    id: usize,
}

/// Appends `s` as a JSON string, quoted and escaped.
pub fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(s.as_bytes().get(start..i).unwrap_or(b""));
        if escape.is_empty() {
            out.extend_from_slice(format!("\\u{b:04x}").as_bytes());
        } else {
            out.extend_from_slice(escape);
        }
        start = i + 1;
    }
    out.extend_from_slice(s.as_bytes().get(start..).unwrap_or(b""));
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(input: &str, format: Format) -> (String, Summary) {
        let mut out = Vec::new();
        let summary =
            Screener::new(Date::parse("2026-01-15").unwrap()).run(input.as_bytes(), format, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    #[test]
    fn json_strings_are_escaped() {
        let mut out = Vec::new();
        json_str(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(String::from_utf8(out).unwrap(), r#""a\"b\\c\nd\u0001é""#);
    }

    #[test]
    fn one_line_per_record_with_suggestions_not_assessed_and_errors() {
        let csv = "id,insured_in_sweden,frequent_or_long_sickness,needs_work_aids,unemployed,pregnant\n\
                   A1,ja,ja,nej,,NEJ\n\
                   A2,kanske,,,,\n";
        let (out, summary) = screen(csv, Format::Csv);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with(r#"{"id":"A1","suggestions":[{"benefit":"sarskilt_hogriskskydd","reason":"Du har"#)
        );
        assert!(!lines[0].contains(r#"{"benefit":"graviditetspenning","reason"#));
        assert!(lines[0].contains(r#"{"benefit":"aktivitetsersattning","missing":"birth_date"}"#));
        assert!(lines[0].ends_with(r#""errors":[]}"#));
        assert_eq!(
            lines[1],
            r#"{"id":"A2","suggestions":[],"not_assessed":[],"errors":[{"field":"insured_in_sweden","value":"kanske","reason":"ska vara true/false, 1/0 eller ja/nej.","line":3}]}"#
        );
        assert_eq!(summary, Summary { records: 2, rejected: 1, ..Summary::default() });
    }

    #[test]
    fn csv_header_problems_stop_the_run() {
        let run =
            |s: &str| Screener::new(Date::parse("2026-01-15").unwrap()).run(s.as_bytes(), Format::Csv, &mut Vec::new());
        assert!(matches!(run(""), Err(RunError::NoHeader)));
        assert!(matches!(run("name,pregnant\nx,ja\n"), Err(RunError::NoIdColumn)));
        assert!(matches!(run("id,pregnant,Pregnant\n"), Err(RunError::DuplicateColumn(_))));
        assert!(matches!(run("id,\"note\nA,b\n"), Err(RunError::BadHeader(Problem::UnclosedQuote))));
    }

    #[test]
    fn rows_of_the_wrong_length_keep_their_id_and_line() {
        let (out, summary) = screen("id,pregnant\nA1,ja,extra\n\nA2\n", Format::Csv);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with(r#"{"id":"A1","suggestions":[],"not_assessed":[],"errors":[{"field":null,"value":"","reason":"raden har 3 fält men rubrikraden har 2."#));
        assert!(lines[0].ends_with(r#""line":2}]}"#));
        assert!(lines[1].ends_with(r#""line":4}]}"#));
        assert_eq!(summary.rejected, 2);
    }

    #[test]
    fn a_record_without_id_or_born_after_its_as_of_date_is_rejected() {
        let (out, _) = screen("id,birth_date,as_of\n,1990-01-01,\nB,2026-02-01,2026-01-31\n", Format::Csv);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with(r#"{"id":null,"suggestions":[],"not_assessed":[],"errors":[{"field":"id""#));
        assert!(lines[1].contains(r#"{"field":"birth_date","value":"2026-02-01","reason":"födelsedatumet är senare"#));
    }

    #[cfg(feature = "cli")]
    #[test]
    fn json_lines_give_the_same_lines_as_csv() {
        let csv = "id,insured_in_sweden,pregnant,physically_demanding_job,due_date,capacity_reduction\nG,1,true,ja,2026-03-01,0.25\n";
        let jsonl = "{\"id\":\"G\",\"insured_in_sweden\":1,\"pregnant\":true,\"physically_demanding_job\":\"ja\",\"due_date\":\"2026-03-01\",\"capacity_reduction\":0.25}\n\n";
        assert_eq!(screen(csv, Format::Csv).0, screen(jsonl, Format::Jsonl).0);
        let (out, summary) = screen("not json\n{\"id\":\"X\",\"foo\":1}\n", Format::Jsonl);
        assert!(out.starts_with(r#"{"id":null,"suggestions":[],"not_assessed":[],"errors":[{"field":null,"value":"","reason":"raden är inte giltig JSON.","line":1}]}"#));
        assert_eq!(summary.unknown_fields, ["foo"]);
        assert_eq!(summary.records, 2);
    }

    #[test]
    fn formats_are_found_by_name_and_extension() {
        assert_eq!(Format::from_path("cases.CSV"), Some(Format::Csv));
        assert_eq!(Format::from_path("/tmp/a.b/cases.jsonl"), Some(Format::Jsonl));
        assert_eq!(Format::from_path("cases"), None);
        assert_eq!(Format::from_name("ndjson"), Some(Format::Jsonl));
    }
}
