//! The `sjalvtest` command line: a thin shell over the library for case handlers and tests.
//!
//!   sjalvtest belopp --year YYYY [--format json|table]   a year's derived amounts
//!   sjalvtest scenario FILE...                          run scenario files, show differences
//!   sjalvtest scenario --json [--lang sv|en] FILE...    each scenario's outcome (OutcomeView) as JSON
//!
//! Exit codes: 0 all fine; 1 some records or scenarios failed; 2 could not run (bad arguments,
//! a year outside the data, an unreadable file).

use serde::Serialize;
use sjalvtest::api::OutcomeView;
use sjalvtest::i18n::{format as f, Lang};
use sjalvtest::params::ParamError;
use sjalvtest::rules::{aktuella_belopp, RuleError};
use sjalvtest::scenario;
use std::process::ExitCode;

const USAGE: &str = "usage:
  sjalvtest belopp --year YYYY [--format json|table]
  sjalvtest scenario FILE...
  sjalvtest scenario --json [--lang sv|en] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("belopp") => belopp(&args[1..]),
        Some("scenario") => scenarios(&args[1..]),
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

fn scenarios(args: &[String]) -> Result<ExitCode, String> {
    let mut json = false;
    let mut lang = Lang::En;
    let mut files = Vec::new();
    let mut it = args.iter();
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
