//! The `sjalvtest` command line: a thin shell over the library for case handlers and tests.
//!
//!   sjalvtest belopp --year YYYY [--format json|table]   a year's derived amounts
//!   sjalvtest scenario FILE...                          run scenario files, show differences
//!   sjalvtest screen --input FILE [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl]
//!                                                       screen case records for alternatives
//!
//! Exit codes: 0 all fine; 1 some records or scenarios failed; 2 could not run (bad arguments,
//! a year outside the data, an unreadable file).

use sjalvtest::domain::Date;
use sjalvtest::i18n::{format as f, Lang};
use sjalvtest::params::ParamError;
use sjalvtest::rules::{aktuella_belopp, RuleError};
use sjalvtest::scenario;
use sjalvtest::screen::{Format, Screener};
use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  sjalvtest belopp --year YYYY [--format json|table]
  sjalvtest scenario FILE...
  sjalvtest screen --input FILE|- [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("belopp") => belopp(&args[1..]),
        Some("scenario") => scenarios(&args[1..]),
        Some("screen") => screen(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(format!("unknown command\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("sjalvtest: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads `--name value` options; anything else is an error.
fn options<'a>(args: &'a [String], known: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (name, value) = match a.split_once('=') {
            Some((n, v)) => (n, v),
            None => (a.as_str(), it.next().map(String::as_str).ok_or(format!("{a} needs a value"))?),
        };
        if !known.contains(&name) {
            return Err(format!("unknown option {name}\n{USAGE}"));
        }
        out.push((name, value));
    }
    Ok(out)
}

fn option<'a>(opts: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    opts.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn belopp(args: &[String]) -> Result<ExitCode, String> {
    let opts = options(args, &["--year", "--format"])?;
    let year: i32 = option(&opts, "--year")
        .ok_or(format!("--year is required\n{USAGE}"))?
        .parse()
        .map_err(|_| "--year must be a year such as 2025".to_string())?;
    let json = match option(&opts, "--format").unwrap_or("table") {
        "json" => true,
        "table" => false,
        other => return Err(format!("--format must be json or table, not {other}")),
    };
    let amounts = aktuella_belopp::for_year(year).map_err(|e| match e {
        RuleError::Param(p @ (ParamError::NotCovered { .. } | ParamError::NotYetKnown { .. })) => {
            format!("no figures for {year}: {}", sjalvtest::i18n::Msg::ParamMissing(p).render(Lang::En))
        }
        RuleError::Overflow => format!("no figures for {year}"),
    })?;
    if json {
        let text = serde_json::to_string(&amounts).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        println!("Aktuella belopp {year}");
        for (key, value) in amounts.rows() {
            println!("  {key:<34} {:>12}", f::kronor(value, Lang::Sv).replace('\u{a0}', " "));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn scenarios(files: &[String]) -> Result<ExitCode, String> {
    if files.is_empty() {
        return Err(format!("give one or more scenario files\n{USAGE}"));
    }
    let mut failed = 0;
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let outcome = scenario::parse(&text).and_then(|s| scenario::run(&s).map(|actual| (s, actual)));
        match outcome {
            Ok((s, actual)) if actual == s.expected => println!("ok    {file}"),
            Ok((s, actual)) => {
                failed += 1;
                println!("FAIL  {file}\n{}", side_by_side(&s.expected, &actual));
            }
            Err(e) => {
                failed += 1;
                println!("FAIL  {file}: {e}");
            }
        }
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Screens case records (CSV or JSON Lines) and writes one JSON line per record. Records are
/// assessed for their own `as_of`, else for `--as-of`, else for today. Exit 0: every record
/// read; 1: some rejected (written with their errors); 2: the run could not start or go on.
fn screen(args: &[String]) -> Result<ExitCode, String> {
    let opts = options(args, &["--input", "--as-of", "--output", "--format"])?;
    let input = option(&opts, "--input").ok_or(format!("--input is required\n{USAGE}"))?;
    let format = match option(&opts, "--format") {
        Some(name) => Format::from_name(name).ok_or(format!("--format must be csv or jsonl, not {name}"))?,
        None => Format::from_path(input)
            .ok_or(format!("cannot tell the format of {input} from its extension; give --format csv or jsonl"))?,
    };
    let as_of = match option(&opts, "--as-of") {
        Some(d) => Date::parse(d).map_err(|_| format!("--as-of must be a date YYYY-MM-DD, not {d}"))?,
        None => today()?,
    };
    let reader: Box<dyn std::io::BufRead> = if input == "-" {
        Box::new(BufReader::with_capacity(1 << 16, std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(input).map_err(|e| format!("{input}: {e}"))?;
        Box::new(BufReader::with_capacity(1 << 16, file))
    };
    let writer: Box<dyn Write> = match option(&opts, "--output") {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, writer);
    let summary = Screener::new(as_of).run(reader, format, &mut out).map_err(|e| format!("{input}: {e}"))?;
    for name in &summary.unknown_fields {
        eprintln!("sjalvtest: ignored unknown field {name:?}");
    }
    eprintln!("sjalvtest: {} records, {} rejected", summary.records, summary.rejected);
    Ok(if summary.rejected == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Today's date from the system clock (UTC). Only the command line reads the clock.
fn today() -> Result<Date, String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| "the system clock is before 1970; give --as-of".to_string())?
        .as_secs();
    let days =
        i64::try_from(secs / 86_400).map_err(|_| "the system clock is out of range; give --as-of".to_string())?;
    Date::new(1970, 1, 1)
        .ok()
        .and_then(|epoch| epoch.plus_days(days))
        .ok_or("the system clock is out of range; give --as-of".to_string())
}

/// Expected and actual lines next to each other, differing lines marked.
pub fn side_by_side(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let width = e.iter().map(|l| l.chars().count()).max().unwrap_or(0).min(70);
    let mut out = format!("  {:<width$}   | actual\n", "expected");
    for i in 0..e.len().max(a.len()) {
        let (l, r) = (e.get(i).copied().unwrap_or(""), a.get(i).copied().unwrap_or(""));
        let mark = if l == r { ' ' } else { '≠' };
        out.push_str(&format!("{mark} {l:<width$} | {r}\n"));
    }
    out
}
