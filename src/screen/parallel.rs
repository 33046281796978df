//! The screening on several threads (`sjalvtest screen --threads N`), with the same output in
//! the same order as on one: the calling thread reads the input into chunks of whole records
//! (a CSV file's rows as its reader makes them, so quotes, line numbers and every problem are
//! exactly those of one thread; JSON Lines' physical lines), N workers screen a chunk each
//! into the chunk's own output buffer, and the calling thread writes the chunks back in
//! sequence. At most [`CHUNKS_PER_THREAD`] × N chunks exist, each of at most
//! [`CHUNK_RECORDS`] records and about [`CHUNK_BYTES`] of input, and they are reused, so memory
//! stays constant however long the input. Only std: `std::thread::scope` and bounded
//! `std::sync::mpsc::sync_channel`s.
//! Not here: the records' reading and screening themselves (mod.rs, csv.rs, jsonl.rs).

use super::lines::Lines;
use super::{csv, jsonl, jsonl_line, Columns, Problem, RunError, Screener, UnknownNames};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;

/// The most records in one chunk.
pub const CHUNK_RECORDS: usize = 1024;
/// A chunk is closed once it holds this much input (one record more may go over).
pub const CHUNK_BYTES: usize = 1 << 19;
/// Chunks in use at once, per worker: reading, waiting, screening and waiting to be written.
pub const CHUNKS_PER_THREAD: usize = 4;
/// A buffer that grew beyond this (a record near the limit) is given back after use.
const KEEP_BYTES: usize = 1 << 20;

/// What the calling thread reads from.
pub(crate) enum Source<'a, R> {
    /// After the header, and the delimiter.
    Csv(csv::Reader<R>, &'a Columns, u8),
    Jsonl(Lines<R>),
}

/// A CSV record of a chunk.
#[derive(Clone, Copy)]
enum Entry {
    /// A line without a quote: where it ends in `text`, and its number.
    Plain { end: usize, line: u64 },
    /// A row in `rows`.
    Row(usize),
}

/// Records on their way: read, screened, written, then reused.
#[derive(Default)]
struct Chunk {
    seq: u64,
    /// CSV: the rows the reader made (those with a quote or a problem), the first `count` of
    /// them in use; the others are lines in `text`, split by the worker.
    rows: Vec<(csv::Row, Result<(), csv::RowProblem>)>,
    count: usize,
    /// CSV: the records in order.
    records: Vec<Entry>,
    /// The lines read as written, back to back (CSV: those without a quote).
    text: Vec<u8>,
    /// JSON Lines: per line its end in `text`, number and problem.
    lines: Vec<(usize, u64, Option<Problem>)>,
    /// The screened lines.
    out: Vec<u8>,
    /// Unknown keys first seen in this chunk (JSON Lines).
    unknown: UnknownNames,
    /// A worker could not write into `out` (never for a vector; kept to be exact).
    failed: Option<io::Error>,
}

impl Chunk {
    fn reset(&mut self, seq: u64) {
        self.seq = seq;
        self.count = 0;
        for (row, _) in &mut self.rows {
            if row.capacity() > KEEP_BYTES {
                *row = csv::Row::default();
            }
        }
        for buffer in [&mut self.text, &mut self.out] {
            buffer.clear();
            if buffer.capacity() > KEEP_BYTES {
                *buffer = Vec::new();
            }
        }
        self.lines.clear();
        self.records.clear();
        self.unknown = UnknownNames::default();
        self.failed = None;
    }
}

/// Runs the rest of `source` through `threads` clones of `screener` and writes the lines to
/// `out` in input order. The counts and unknown names end in `screener`'s summary, as after a
/// run on one thread; a read error is returned after the lines of every record before it.
pub(crate) fn run<R: BufRead, W: Write>(
    screener: &mut Screener,
    source: Source<'_, R>,
    out: &mut W,
) -> Result<(), RunError> {
    let threads = screener.threads.max(1);
    let pool = CHUNKS_PER_THREAD * threads;
    let (work_tx, work_rx) = sync_channel::<Chunk>(pool);
    let (done_tx, done_rx) = sync_channel::<Chunk>(pool);
    let work_rx = Mutex::new(work_rx);
    let columns = match &source {
        Source::Csv(_, columns, delimiter) => Some((*columns, *delimiter)),
        Source::Jsonl(_) => None,
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let mut worker = screener.clone();
                let (work_rx, done_tx) = (&work_rx, done_tx.clone());
                scope.spawn(move || {
                    work(&mut worker, columns, work_rx, done_tx);
                    (worker.summary.records, worker.summary.rejected, worker.report.take())
                })
            })
            .collect();
        drop(done_tx);
        let result = feed(source, pool, work_tx, &done_rx, &mut screener.unknown, out);
        // The workers end when the chunks do (the work channel closed in `feed`).
        for worker in workers {
            match worker.join() {
                Ok((records, rejected, report)) => {
                    screener.summary.records += records;
                    screener.summary.rejected += rejected;
                    if let (Some(mine), Some(theirs)) = (screener.report.as_mut(), report) {
                        mine.merge(&theirs);
                    }
                }
                Err(_) => return Err(RunError::Read(io::Error::other("a screening thread stopped"))),
            }
        }
        result
    })
}

/// One worker: screens chunks until there are none.
fn work(
    worker: &mut Screener,
    columns: Option<(&Columns, u8)>,
    work: &Mutex<Receiver<Chunk>>,
    done: SyncSender<Chunk>,
) {
    let mut objects = jsonl::ObjectReader::default();
    let mut split = csv::Row::default();
    loop {
        let next = match work.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(mut chunk) = next else { return };
        let result = screen_chunk(worker, columns, &mut objects, &mut split, &mut chunk);
        chunk.failed = result.err();
        if done.send(chunk).is_err() {
            return;
        }
    }
}

fn screen_chunk(
    worker: &mut Screener,
    columns: Option<(&Columns, u8)>,
    objects: &mut jsonl::ObjectReader,
    split: &mut csv::Row,
    chunk: &mut Chunk,
) -> io::Result<()> {
    let Chunk { rows, records, text, lines, out, unknown, .. } = chunk;
    match columns {
        Some((columns, delimiter)) => {
            let mut start = 0;
            for entry in records.iter() {
                match *entry {
                    Entry::Plain { end, line } => {
                        let result = split.split_plain(text.get(start..end).unwrap_or(&[]), line, delimiter);
                        start = end;
                        worker.csv_row(split, result, columns, out)?;
                    }
                    Entry::Row(i) => {
                        let Some((row, result)) = rows.get(i) else { continue };
                        worker.csv_row(row, *result, columns, out)?;
                    }
                }
            }
        }
        None => {
            std::mem::swap(&mut worker.unknown, unknown);
            let mut start = 0;
            for &(end, line, problem) in lines.iter() {
                let raw = text.get(start..end).unwrap_or(&[]);
                start = end;
                let written = worker.jsonl_record(raw, line, problem, objects, out);
                if written.is_err() {
                    std::mem::swap(&mut worker.unknown, unknown);
                    return written;
                }
            }
            std::mem::swap(&mut worker.unknown, unknown);
        }
    }
    Ok(())
}

/// The calling thread: reads chunks, hands them to the workers, and writes the screened ones
/// in sequence, reusing them.
fn feed<R: BufRead, W: Write>(
    mut source: Source<'_, R>,
    pool: usize,
    work: SyncSender<Chunk>,
    done: &Receiver<Chunk>,
    unknown: &mut UnknownNames,
    out: &mut W,
) -> Result<(), RunError> {
    let mut writer = InOrder { next: 0, waiting: BTreeMap::new(), free: Vec::new(), in_flight: 0 };
    let mut scratch = Vec::new();
    let mut seq = 0;
    let mut ended = false;
    let mut error = None;
    while !ended {
        // A free chunk, or wait for one to be screened and written.
        let mut chunk = match writer.free.pop() {
            Some(chunk) => chunk,
            None if writer.in_flight < pool => Chunk::default(),
            None => {
                let Ok(chunk) = done.recv() else { break };
                writer.take(chunk, unknown, out)?;
                continue;
            }
        };
        chunk.reset(seq);
        match fill(&mut source, &mut chunk, &mut scratch) {
            Ok(more) => ended = !more,
            Err(e) => {
                ended = true;
                error = Some(e);
            }
        }
        if chunk.records.is_empty() && chunk.lines.is_empty() {
            writer.free.push(chunk);
            continue;
        }
        seq += 1;
        writer.in_flight += 1;
        if work.send(chunk).is_err() {
            break;
        }
        while let Ok(chunk) = done.try_recv() {
            writer.take(chunk, unknown, out)?;
        }
    }
    drop(work);
    while writer.in_flight > 0 {
        let Ok(chunk) = done.recv() else { break };
        writer.take(chunk, unknown, out)?;
    }
    match error {
        Some(e) => Err(e),
        None if writer.in_flight > 0 => Err(RunError::Read(io::Error::other("a screening thread stopped"))),
        None => Ok(()),
    }
}

/// The screened chunks not yet written, by sequence number.
struct InOrder {
    next: u64,
    waiting: BTreeMap<u64, Chunk>,
    free: Vec<Chunk>,
    in_flight: usize,
}

impl InOrder {
    /// Takes a screened chunk and writes every chunk now due.
    fn take<W: Write>(&mut self, chunk: Chunk, unknown: &mut UnknownNames, out: &mut W) -> Result<(), RunError> {
        self.waiting.insert(chunk.seq, chunk);
        while let Some(mut chunk) = self.waiting.remove(&self.next) {
            self.next += 1;
            self.in_flight -= 1;
            if let Some(e) = chunk.failed.take() {
                return Err(RunError::Write(e));
            }
            unknown.merge(&chunk.unknown);
            out.write_all(&chunk.out).map_err(RunError::Write)?;
            self.free.push(chunk);
        }
        Ok(())
    }
}

/// Reads records into `chunk` until it is full. `Ok(false)` at the end of the input.
fn fill<R: BufRead>(source: &mut Source<'_, R>, chunk: &mut Chunk, scratch: &mut Vec<u8>) -> Result<bool, RunError> {
    let mut bytes = 0;
    match source {
        Source::Csv(reader, _, _) => {
            while chunk.records.len() < CHUNK_RECORDS && bytes + chunk.text.len() < CHUNK_BYTES {
                if chunk.rows.len() <= chunk.count {
                    chunk.rows.push((csv::Row::default(), Ok(())));
                }
                let Some((row, result)) = chunk.rows.get_mut(chunk.count) else { return Ok(true) };
                match reader.next_row_or_plain(row, &mut chunk.text)? {
                    None => return Ok(false),
                    Some(csv::Next::Plain) => {
                        chunk.records.push(Entry::Plain { end: chunk.text.len(), line: row.line })
                    }
                    Some(csv::Next::Row(r)) => {
                        *result = r;
                        bytes += row.bytes();
                        chunk.records.push(Entry::Row(chunk.count));
                        chunk.count += 1;
                    }
                }
            }
        }
        Source::Jsonl(lines) => {
            while chunk.lines.len() < CHUNK_RECORDS && chunk.text.len() < CHUNK_BYTES {
                let start = chunk.text.len();
                let Some((line, problem)) = jsonl_line(lines, &mut chunk.text, scratch)? else { return Ok(false) };
                if problem.is_some() {
                    // Too long: only its problem is needed.
                    chunk.text.truncate(start);
                }
                chunk.lines.push((chunk.text.len(), line, problem));
            }
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Date;
    use crate::screen::{Format, Summary};

    fn screen(input: &[u8], format: Format, threads: usize, seekable: bool) -> (Vec<u8>, Summary) {
        let mut out = Vec::new();
        let screener = Screener::new(Date::parse("2026-01-15").unwrap()).with_threads(threads);
        let summary = if seekable {
            screener.run_seekable(std::io::Cursor::new(input), format, &mut out)
        } else {
            screener.run(input, format, &mut out)
        };
        (out, summary.unwrap())
    }

    /// Many chunks of records of every kind: plain, quoted across lines, unclosed quotes, bytes
    /// that are not UTF-8, the wrong number of fields, blank lines, CR, LF and CRLF.
    fn messy(format: Format, n: u64) -> Vec<u8> {
        let mut g = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            g ^= g << 13;
            g ^= g >> 7;
            g ^= g << 17;
            g
        };
        let mut out = b"\xEF\xBB\xBF".to_vec();
        if format == Format::Csv {
            out.extend_from_slice(b"id,pregnant,birth_date,note,sick_days\n");
        }
        for i in 0..n {
            let end: &[u8] = [&b"\n"[..], b"\r\n", b"\r"][(next() % 3) as usize];
            let line = match (format, next() % 12) {
                (Format::Csv, 0) => format!("\"Q{i}\",ja,1980-01-01,\"two\nlines, \"\"quoted\"\"\",12"),
                (Format::Csv, 1) => format!("U{i},nej,,\"not closed,3"),
                (Format::Csv, 2) => format!("F{i},ja"),
                (Format::Csv, 3) => String::new(),
                (Format::Csv, 4) => format!("B{i},kanske,1980-02-30,x,-1"),
                (Format::Csv, 5) => format!("S{i},ja,,a \"stray\" quote,1"),
                (Format::Csv, _) => {
                    format!("P{i},{},19{:02}-03-04,,{}", ["ja", "nej", ""][i as usize % 3], i % 100, i % 400)
                }
                (_, 0) => format!("{{\"id\":\"E{i}\\u0041\",\"pregnant\":true,\"x{}\":1}}", i % 7),
                (_, 1) => "not json".to_string(),
                (_, 2) => "  ".to_string(),
                (_, 3) => format!("{{\"id\":\"D{i}\",\"pregnant\":true,\"Pregnant\":false}}"),
                (_, 4) => format!("{{\"id\":\"N{i}\",\"sick_days\":[1]}}"),
                (_, _) => format!(
                    "{{\"id\":\"P{i}\",\"sick_days\":{},\"birth_date\":\"1970-05-06\",\"k{}\":null}}",
                    i % 400,
                    i % 13
                ),
            };
            out.extend_from_slice(line.as_bytes());
            if next() % 50 == 0 {
                out.extend_from_slice(b"\xFF\xFE");
            }
            out.extend_from_slice(end);
        }
        out
    }

    #[test]
    fn threads_give_the_same_lines_in_the_same_order_and_the_same_summary() {
        for format in [Format::Csv, Format::Jsonl] {
            let input = messy(format, 5000);
            let one = screen(&input, format, 1, false);
            assert!(one.1.records > 4000 && one.1.rejected > 500, "{format:?}: {:?}", one.1);
            for (threads, seekable) in [(2, false), (2, true), (3, false), (8, true)] {
                let many = screen(&input, format, threads, seekable);
                assert!(one.0 == many.0, "{format:?} on {threads} threads: the lines differ");
                assert_eq!(one.1, many.1, "{format:?} on {threads} threads");
            }
        }
    }

    #[test]
    fn a_read_error_comes_after_every_line_before_it() {
        // A quote found unclosed only after the record limit: from a pipe the run stops there,
        // from a file it is one rejected line, on any number of threads.
        let mut input = b"id,note\n".to_vec();
        for i in 0..3000 {
            input.extend_from_slice(format!("R{i},x\n").as_bytes());
        }
        input.extend_from_slice(b"Z,\"he said\n");
        while input.len() <= csv::MAX_RECORD_BYTES + 100_000 {
            input.extend_from_slice(b"A,plain note\n");
        }
        let run = |threads| {
            let mut out = Vec::new();
            let screener = Screener::new(Date::parse("2026-01-15").unwrap()).with_threads(threads);
            let result = screener.run(&input[..], Format::Csv, &mut out);
            (out, matches!(result, Err(RunError::Undelimited { line: 3002 })))
        };
        let one = run(1);
        assert!(one.1);
        assert_eq!(one.0.iter().filter(|b| **b == b'\n').count(), 3000);
        assert!(run(2) == one);
        let one = screen(&input, Format::Csv, 1, true);
        assert_eq!(one.1.rejected, 1);
        assert!(screen(&input, Format::Csv, 2, true) == one);
    }
}
