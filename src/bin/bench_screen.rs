//! Benchmark of the handler screening: generates case records and prints records per second for
//! the catalogue evaluation alone and for the whole CSV → JSON Lines pipeline (and, for
//! comparison, JSON Lines → JSON Lines), and the time for a header of 100 000 unknown columns.
//! Not a test: run it by hand on a quiet machine,
//!
//!   cargo run --release --bin bench_screen [RECORDS] [eval|csv|jsonl|csv-threads|jsonl-threads|unknown] [THREADS]
//!
//! The pipelines run on one thread and then on THREADS worker threads (default 2;
//! `sjalvtest screen --threads N`), each figure in the same run.
//! The aims on one core are 10 million records/s for evaluation and 500 000 for the pipeline.
//! Peak memory (VmHWM, Linux) is printed before and after the pipeline, to show it stays flat.

use sjalvtest::domain::{Date, Kronor};
use sjalvtest::rules::alternativ::{bedom, Status};
use sjalvtest::rules::Level;
use sjalvtest::screen::{Field, Format, Record, Screener};
use std::hint::black_box;
use std::io::{self, BufWriter, Read};
use std::time::Instant;

/// A small deterministic generator (xorshift64*), so every run screens the same records.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// `Some(bool)`, or `None` (unknown) one time in ten.
    fn fact(&mut self) -> Option<bool> {
        match self.below(10) {
            0 => None,
            n => Some(n % 2 == 0),
        }
    }
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn record(g: &mut Rng, n: u64) -> Record {
    let year = 1955 + g.below(50) as i32;
    let birth = date(year, 1 + g.below(12) as u8, 1 + g.below(28) as u8);
    let due = date(2026, 1 + g.below(6) as u8, 1 + g.below(28) as u8);
    let capacity = match g.below(6) {
        0 => None,
        1 => Some(None),
        2 => Some(Some(Level::Quarter)),
        3 => Some(Some(Level::Half)),
        4 => Some(Some(Level::ThreeQuarters)),
        _ => Some(Some(Level::Full)),
    };
    Record {
        id: format!("R{n}"),
        has_id: true,
        as_of: None,
        sa_ae_granted: None,
        sex: None,
        region: None,
        birth_date: birth,
        insured_in_sweden: g.fact(),
        on_sick_pay: g.fact(),
        sick_days: Some(1 + g.below(400) as u32),
        sick_pay_denied_normal_work: g.fact(),
        work_related: g.fact(),
        injury_reported: g.fact(),
        income_before: Some(Kronor(200_000 + g.below(400_000) as i64)),
        income_after: Some(Kronor(150_000 + g.below(400_000) as i64)),
        capacity_reduction: capacity,
        expected_duration_months: Some(g.below(36) as u32),
        permanent: g.fact(),
        school_incomplete_due_to_disability: g.fact(),
        pregnant: g.fact(),
        due_date: due,
        physically_demanding_job: g.fact(),
        preventive_treatment: g.fact(),
        frequent_or_long_sickness: g.fact(),
        needs_work_aids: g.fact(),
        has_sa_or_ae: g.fact(),
        has_ae: g.fact(),
        applied_housing_supplement: g.fact(),
        unemployed: g.fact(),
        in_rehabilitation: g.fact(),
        travel_to_work_hindered: g.fact(),
        work_environment_risk: g.fact(),
        has_sgi: g.fact(),
        sick_pay_ended: g.fact(),
        sa_ae_refused: g.fact(),
    }
}

/// The record as one CSV row, in the order of [`Field::ALL`].
fn csv_row(r: &Record) -> String {
    let cells: Vec<String> = Field::ALL.iter().map(|f| r.cell(*f).unwrap_or_default()).collect();
    cells.join(",")
}

/// The record as one JSON line, with the CSV's cells as values and empty cells left out.
fn json_row(csv: &str) -> String {
    let fields = Field::ALL.iter().zip(csv.split(',')).filter(|(_, v)| !v.is_empty());
    let pairs: Vec<String> = fields.map(|(f, v)| format!("\"{}\":\"{v}\"", f.name())).collect();
    format!("{{{}}}", pairs.join(","))
}

/// A header once, then the same block of rows `times` times: a long input without holding it.
struct Repeat {
    header: Vec<u8>,
    body: Vec<u8>,
    times: u64,
    pos: usize,
    in_header: bool,
}

impl Read for Repeat {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let src = if self.in_header { &self.header } else { &self.body };
            if let Some(rest) = src.get(self.pos..).filter(|r| !r.is_empty()) {
                let n = rest.len().min(buf.len());
                if let (Some(to), Some(from)) = (buf.get_mut(..n), rest.get(..n)) {
                    to.copy_from_slice(from);
                }
                self.pos += n;
                return Ok(n);
            }
            if self.in_header {
                self.in_header = false;
            } else if self.times > 1 {
                self.times -= 1;
            } else {
                return Ok(0);
            }
            self.pos = 0;
        }
    }
}

/// Peak resident memory in kB (Linux), or `None` elsewhere.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn per_second(n: u64, secs: f64) -> String {
    let r = (n as f64 / secs) as u64;
    let digits = r.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn pipeline(name: &str, format: Format, header: &str, rows: &[String], times: u64, as_of: Date, threads: usize) {
    let body: String = rows.iter().map(|r| format!("{r}\n")).collect();
    let input = Repeat {
        header: header.as_bytes().to_vec(),
        body: body.into_bytes(),
        times,
        pos: 0,
        in_header: !header.is_empty(),
    };
    let before = peak_kb();
    let start = Instant::now();
    let mut out = BufWriter::with_capacity(1 << 16, io::sink());
    let reader = io::BufReader::with_capacity(1 << 16, input);
    let summary = match Screener::new(as_of).with_threads(threads).run(reader, format, &mut out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bench_screen: {e}");
            return;
        }
    };
    let secs = start.elapsed().as_secs_f64();
    println!(
        "pipeline {name:<31} {:>11} records in {secs:6.2} s = {:>11} records/s  ({} rejected; peak memory {} → {} kB)",
        summary.records,
        per_second(summary.records, secs),
        summary.rejected,
        before.map_or("?".into(), |k| k.to_string()),
        peak_kb().map_or("?".into(), |k| k.to_string()),
    );
}

fn main() {
    let total: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2_000_000);
    let only = std::env::args().nth(2);
    // The threaded pipelines' worker threads (default 2, the machine's cores here).
    let threads: usize = std::env::args().nth(3).and_then(|a| a.parse().ok()).unwrap_or(2);
    let run = |part: &str| only.as_deref().is_none_or(|o| o == part);
    let Ok(as_of) = Date::parse("2026-01-15") else { return };
    let mut g = Rng(0x5EED_2026);
    let distinct = 100_000u64;
    let mut records: Vec<Record> = (0..distinct).map(|n| record(&mut g, n)).collect();

    // Evaluation alone: the catalogue over records already in memory.
    if run("eval") {
        evaluation(&mut records, total, as_of);
    }

    // The whole pipeline: CSV in, JSON Lines out (to a sink through a BufWriter).
    let block = 50_000usize;
    let rows: Vec<String> = records.iter().take(block).map(csv_row).collect();
    let header = Field::ALL.iter().map(|f| f.name()).collect::<Vec<_>>().join(",") + "\n";
    let times = total.div_ceil(block as u64).max(1);
    for format in [Format::Csv, Format::Jsonl] {
        for threads in if threads > 1 { vec![1, threads] } else { vec![1] } {
            let on = if threads == 1 { String::new() } else { format!(", {threads} thr") };
            let part = if format == Format::Csv { "csv" } else { "jsonl" };
            if !(run(part) || run(&format!("{part}-threads")) && threads > 1) {
                continue;
            }
            if format == Format::Csv {
                pipeline(&format!("CSV → JSON Lines{on}"), format, &header, &rows, times, as_of, threads);
            } else {
                let json: Vec<String> = rows.iter().map(|r| json_row(r)).collect();
                pipeline(&format!("JSON Lines → JSON Lines{on}"), format, "", &json, times, as_of, threads);
            }
        }
    }
    if run("unknown") {
        unknown_names(as_of);
    }
}

/// 100 000 columns that are not fields, and 10 rows: the names must be tracked in linear time
/// (they once took 34–51 s).
fn unknown_names(as_of: Date) {
    let columns = 100_000;
    let mut csv = String::from("id");
    for i in 0..columns {
        csv.push_str(&format!(",extra{i}"));
    }
    csv.push('\n');
    for r in 0..10 {
        csv.push_str(&format!("R{r}"));
        csv.push_str(&",x".repeat(columns));
        csv.push('\n');
    }
    let start = Instant::now();
    let result = Screener::new(as_of).run(csv.as_bytes(), Format::Csv, &mut io::sink());
    let secs = start.elapsed().as_secs_f64();
    match result {
        Ok(s) => println!(
            "unknown columns {columns} columns, {} records in {:.3} s ({} names listed{})",
            s.records,
            secs,
            s.unknown_fields.len(),
            if s.more_unknown_fields { ", more not listed" } else { "" }
        ),
        Err(e) => eprintln!("bench_screen: {e}"),
    }
}

fn evaluation(records: &mut [Record], total: u64, as_of: Date) {
    let distinct = records.len() as u64;
    let rounds = (total * 5).div_ceil(distinct).max(1);
    let start = Instant::now();
    let mut suggested = 0u64;
    for _ in 0..rounds {
        for r in records.iter_mut() {
            let status = bedom(black_box(r), black_box(as_of));
            suggested += status.iter().filter(|s| **s == Status::Suggest).count() as u64;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * distinct;
    println!(
        "evaluation alone                         {n:>11} records in {secs:6.2} s = {:>11} records/s  ({:.2} suggestions per record)",
        per_second(n, secs),
        suggested as f64 / n as f64
    );
}
