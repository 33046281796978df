//! The `sjalvtest` command line: a thin shell over the library for case handlers and tests.
//!
//!   sjalvtest belopp --year YYYY [--format json|table]   a year's derived amounts
//!   sjalvtest sjukpenning --income N --year YYYY [--first-sick-day DATE] [--job-seeker]
//!                         [--format json|table]        SGI, daily amounts, rehab-chain dates
//!   sjalvtest scenario FILE...                          run scenario files, show differences
//!                                                       (UPDATE_SCENARIOS=1 rewrites the
//!                                                       expected half of each differing file)
//!   sjalvtest screen --input FILE [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl]
//!                                                       screen case records for alternatives
//!   sjalvtest scenario --json [--lang sv|en] FILE...    each scenario's outcome (OutcomeView) as JSON
//!
//! Exit codes: 0 all fine; 1 some records or scenarios failed; 2 could not run (bad arguments,
//! a year outside the data, an unreadable file).

use serde::Serialize;
use sjalvtest::api;
use sjalvtest::api::OutcomeView;
use sjalvtest::domain::Date;
use sjalvtest::flow::{parse_kronor, MAX_KRONOR};
use sjalvtest::i18n::{format as f, Lang};
use sjalvtest::params::ParamError;
use sjalvtest::rules::{aktuella_belopp, RuleError};
use sjalvtest::scenario;
use sjalvtest::screen::{Format, Screener};
use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  sjalvtest belopp --year YYYY [--format json|table]
  sjalvtest sjukpenning --income N --year YYYY [--first-sick-day YYYY-MM-DD] [--job-seeker] [--format json|table]
  sjalvtest scenario [--json [--lang sv|en]] FILE...
  sjalvtest screen --input FILE|- [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("belopp") => belopp(&args[1..]),
        Some("sjukpenning") => sjukpenning(&args[1..]),
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

fn year_option(opts: &[(&str, &str)]) -> Result<i32, String> {
    option(opts, "--year")
        .ok_or(format!("--year is required\n{USAGE}"))?
        .parse()
        .map_err(|_| "--year must be a year such as 2025".to_string())
}

fn json_option(opts: &[(&str, &str)]) -> Result<bool, String> {
    match option(opts, "--format").unwrap_or("table") {
        "json" => Ok(true),
        "table" => Ok(false),
        other => Err(format!("--format must be json or table, not {other}")),
    }
}

/// A missing figure as one line: "no figures for 2031: We do not know …".
fn no_figures(year: i32, e: RuleError) -> String {
    match e {
        RuleError::Param(p @ (ParamError::NotCovered { .. } | ParamError::NotYetKnown { .. })) => {
            format!("no figures for {year}: {}", sjalvtest::i18n::Msg::ParamMissing(p).render(Lang::En))
        }
        RuleError::Overflow => format!("no figures for {year}"),
    }
}

fn belopp(args: &[String]) -> Result<ExitCode, String> {
    let opts = options(args, &["--year", "--format"])?;
    let year = year_option(&opts)?;
    let json = json_option(&opts)?;
    let amounts = aktuella_belopp::for_year(year).map_err(|e| no_figures(year, e))?;
    // A figure the year lacks is left out; standard error says which and why.
    for (key, e) in &amounts.not_known {
        eprintln!("sjalvtest: {key} left out for {year}: {}", sjalvtest::i18n::Msg::ParamMissing(*e).render(Lang::En));
    }
    if json {
        println!("{}", amounts.to_json());
    } else {
        println!("Aktuella belopp {year}");
        for (key, value) in amounts.fields() {
            let shown = match value {
                aktuella_belopp::Figure::Kronor(k) => f::kronor(k, Lang::Sv).replace('\u{a0}', " "),
                aktuella_belopp::Figure::Factor(x) => aktuella_belopp::decimal4(x, ','),
            };
            println!("  {key:<40} {shown:>12}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn sjukpenning(args: &[String]) -> Result<ExitCode, String> {
    let job_seeker = args.iter().any(|a| a == "--job-seeker");
    let rest: Vec<String> = args.iter().filter(|a| *a != "--job-seeker").cloned().collect();
    let opts = options(&rest, &["--income", "--year", "--first-sick-day", "--format"])?;
    let year = year_option(&opts)?;
    let json = json_option(&opts)?;
    let raw_income = option(&opts, "--income").ok_or(format!("--income is required\n{USAGE}"))?;
    let income = parse_kronor(raw_income, MAX_KRONOR)
        .map_err(|_| format!("--income must be whole kronor from 0 to {MAX_KRONOR}, such as 360000"))?;
    let first = match option(&opts, "--first-sick-day") {
        Some(d) => Some(Date::parse(d).map_err(|_| format!("--first-sick-day must be a date YYYY-MM-DD, not {d}"))?),
        None => None,
    };
    let view = api::sjukpenning_view(income, year, job_seeker, first).map_err(|e| no_figures(year, e))?;
    if json {
        println!("{}", serde_json::to_string(&view).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    let kr = |k: Option<sjalvtest::domain::Kronor>| match k {
        Some(k) => f::kronor(k, Lang::Sv).replace('\u{a0}', " "),
        None => "-".to_string(),
    };
    println!("Sjukpenning {year}, inkomst {}", kr(Some(view.income)));
    println!("  {:<22} {:>12}", "sgi", kr(view.sgi));
    println!("  {:<22} {:>12}", "per_day_80", kr(view.per_day_80));
    println!("  {:<22} {:>12}", "per_day_75", kr(view.per_day_75));
    println!("  {:<22} {:>12}", "per_month_80", kr(view.per_month_80));
    if let Some(cap) = view.job_seeker_cap {
        println!("  {:<22} {:>12}", "job_seeker_cap", kr(Some(cap)));
    }
    if let Some(c) = view.rehabiliteringskedjan {
        for (key, day) in [
            ("day_90", c.day_90),
            ("day_91", c.day_91),
            ("day_180", c.day_180),
            ("day_181", c.day_181),
            ("day_365", c.day_365),
            ("day_366", c.day_366),
        ] {
            println!("  {key:<22} {day:>12}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn scenarios(args: &[String]) -> Result<ExitCode, String> {
    let mut json = false;
    let mut lang = Lang::En;
    let mut files = Vec::new();
    let mut it = args.iter();
    let update = std::env::var("UPDATE_SCENARIOS").is_ok_and(|v| v == "1");
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--lang" => {
                lang = match it.next().map(String::as_str) {
                    Some("sv") => Lang::Sv,
                    Some("en") => Lang::En,
                    other => return Err(format!("--lang must be sv or en, not {}", other.unwrap_or("nothing"))),
                }
            }
            _ => files.push(a.as_str()),
        }
    }
    if files.is_empty() {
        return Err(format!("give one or more scenario files\n{USAGE}"));
    }
    if json {
        return scenarios_json(&files, lang);
    }
    let mut failed = 0;
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let outcome = scenario::parse(&text).and_then(|s| scenario::run(&s).map(|actual| (s, actual)));
        match outcome {
            Ok((s, actual)) if actual == s.expected => println!("ok    {file}"),
            Ok((s, actual)) if update => {
                std::fs::write(file, scenario::rewrite(&s, &actual)).map_err(|e| format!("{file}: {e}"))?;
                println!("updated {file}");
            }
            Ok((s, actual)) => {
                failed += 1;
                println!("FAIL  {file}\n{}", scenario::side_by_side(&s.expected, &actual));
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

/// One scenario in `scenario --json`: its outcome, or why it could not run.
#[derive(Serialize)]
struct ScenarioJson<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<OutcomeView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Prints a JSON array with each scenario's outcome as the person sees it in `lang`. It does not
/// compare with the expected block; exit 1 means some scenario could not run.
fn scenarios_json(files: &[&str], lang: Lang) -> Result<ExitCode, String> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let (outcome, error) = match scenario::parse(&text).and_then(|s| scenario::outcome(&s, lang)) {
            Ok(o) => (Some(o), None),
            Err(e) => (None, Some(e)),
        };
        out.push(ScenarioJson { file, outcome, error });
    }
    let text = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(if out.iter().all(|r| r.error.is_none()) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
