//! The `sjalvtest` command line: a thin shell over the library for case handlers and tests.
//!
//!   sjalvtest belopp --year YYYY [--format json|table]   a year's derived amounts
//!   sjalvtest sjukpenning --income N --year YYYY [--first-sick-day DATE] [--job-seeker]
//!                         [--format json|table]        SGI, daily amounts, rehab-chain dates
//!   sjalvtest scenario FILE...                          run scenario files, show differences
//!                                                       (UPDATE_SCENARIOS=1 rewrites the
//!                                                       expected half of each differing file)
//!   sjalvtest screen --input FILE [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl|parquet] [--output-format jsonl|parquet] [--threads N]
//!                                                       screen case records for alternatives
//!   sjalvtest scenario --json [--lang sv|en] FILE...    each scenario's outcome (OutcomeView) as JSON
//!
//!   sjalvtest --version                                 the version and the rules version
//!   sjalvtest COMMAND --help                            one command's options
//!
//! Exit codes: 0 all fine; 1 some records or scenarios failed; 2 could not run (bad arguments,
//! a year outside the data, an unreadable file, standard output or --output failing). Nothing
//! here panics on bad input or a failing output: every write goes through `print`/`write_stdout`
//! or `Target`, and every error becomes one line on standard error that names what it concerns.

use serde::Serialize;
use sjalvtest::api;
use sjalvtest::api::OutcomeView;
use sjalvtest::domain::Date;
use sjalvtest::flow::{parse_kronor, MAX_KRONOR};
use sjalvtest::i18n::{format as f, Lang};
use sjalvtest::params::ParamError;
use sjalvtest::rules::informera::PROFIL;
use sjalvtest::rules::{aktuella_belopp, RuleError};
use sjalvtest::scenario;
use sjalvtest::screen::parquet::ParquetLines;
use sjalvtest::screen::report::{write_html, Tally};
use sjalvtest::screen::{Format, Profile, RunError, Screener, Summary};
use std::fmt::Write as _;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  sjalvtest belopp --year YYYY [--format json|table]
  sjalvtest sjukpenning --income N --year YYYY [--first-sick-day YYYY-MM-DD] [--job-seeker] [--format json|table]
  sjalvtest scenario [--json [--lang sv|en]] FILE...
  sjalvtest screen --input FILE|- [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl|parquet]
                   [--output-format jsonl|parquet] [--threads N] [--profile behorighet|informera] [--link-base URL]
                   [--summary FILE]
  sjalvtest --version
  sjalvtest COMMAND --help

Exit codes: 0 all fine; 1 some records or scenarios failed; 2 could not run.";

const BELOPP_HELP: &str = "usage: sjalvtest belopp --year YYYY [--format json|table]

Prints Försäkringskassan's \"Aktuella belopp\" for a year, derived from the dated parameters.
  --year YYYY           the year (one with known figures)
  --format json|table   one flat JSON object, or a table (the default)";

const SJUKPENNING_HELP: &str = "usage: sjalvtest sjukpenning --income N --year YYYY [--first-sick-day YYYY-MM-DD] [--job-seeker] [--format json|table]

Prints the SGI, the daily sjukpenning at 80 % and 75 % and the rehabiliteringskedjan's dates.
  --income N                    yearly income in whole kronor, 0 to 10 000 000 000 (350000, \"350 000\")
  --year YYYY                   the year whose figures apply (one with known figures)
  --first-sick-day YYYY-MM-DD   the first day of sickness, for days 90, 180 and 365
  --job-seeker                  cap the daily amount as for a job seeker
  --format json|table           one JSON object, or a table (the default)";

const SCENARIO_HELP: &str = "usage: sjalvtest scenario [--json [--lang sv|en]] FILE...

Runs scenario files and shows the differences from their expected half (exit 1 if any differ;
UPDATE_SCENARIOS=1 rewrites the expected half). With --json, prints each scenario's outcome as
JSON (OutcomeView) in the language given by --lang (sv or en, default en).";

const SCREEN_HELP: &str =
    "usage: sjalvtest screen --input FILE|- [--as-of YYYY-MM-DD] [--output FILE] [--format csv|jsonl|parquet]
                        [--output-format jsonl|parquet] [--threads N] [--profile behorighet|informera] [--link-base URL]
                        [--summary FILE]

Screens case records (CSV with a header row, or JSON Lines) against the alternatives catalogue
and writes one JSON line per record, accepted or rejected.
  --input FILE|-         the records; - reads standard input (then --format is needed)
  --as-of YYYY-MM-DD     the day a record without its own as_of is assessed for (default: today, UTC)
  --output FILE          where the lines go (default: standard output); written to a temporary
                         file beside it and renamed when the run has succeeded
  --format csv|jsonl|parquet
                         the input's format (default: from the extension .csv, .jsonl, .ndjson,
                         .parquet); Parquet only from a file
  --output-format jsonl|parquet
                         the output's format (default: parquet for an --output ending in
                         .parquet, else JSON Lines); Parquet has the JSON lines' keys as columns
  --threads N            screen on N threads (default 1); the output is the same, in the same order
  --profile NAME         behorighet (the default): which benefits' conditions hold; informera:
                         also who should be told about what, as \"flags\" (docs/profiles.md)
  --link-base URL        the self-tests' page the flags' links open (default: index.html; the
                         link adds test=alternativ to its query and the facts in its fragment)
  --summary FILE         also write a report to look at and to share (with --profile informera):
                         one HTML file with the flagged records counted per benefit, by sick-period
                         length, age band, sex and region, small counts hidden, no id or value
Exit codes: 0 every record read; 1 some rejected (they are in the output with their errors);
2 the run could not start or go on (nothing is written to --output then).";

/// How a command ended badly: the message for standard error. Exit code 2.
type Failure = String;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let help = rest.iter().any(|a| a == "--help" || a == "-h");
    let result = match args.first().map(String::as_str) {
        Some("belopp") if help => print(BELOPP_HELP),
        Some("sjukpenning") if help => print(SJUKPENNING_HELP),
        Some("scenario") if help => print(SCENARIO_HELP),
        Some("screen") if help => print(SCREEN_HELP),
        Some("belopp") => belopp(rest),
        Some("sjukpenning") => sjukpenning(rest),
        Some("scenario") => scenarios(rest),
        Some("screen") => screen(rest),
        Some("help" | "--help" | "-h") => print(USAGE),
        Some("--version" | "-V") => {
            print(&format!("sjalvtest {} (rules {})", env!("CARGO_PKG_VERSION"), sjalvtest::RULES_VERSION))
        }
        Some(other) => Err(format!("unknown command {other:?}\n{USAGE}")),
        None => Err(format!("give a command\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            // Standard error may be closed too; there is nothing left to tell then.
            let _ = writeln!(std::io::stderr(), "sjalvtest: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes `text` and a line end to standard output. A closed pipe or a full disk is an error
/// that names the output, never a panic.
fn print(text: &str) -> Result<ExitCode, Failure> {
    write_stdout(text.as_bytes())?;
    write_stdout(b"\n")?;
    Ok(ExitCode::SUCCESS)
}

fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    if stdout_closed() {
        return Err("standard output: it is closed".to_string());
    }
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush()).map_err(|e| format!("standard output: {e}"))
}

/// Whether standard output was closed when the program started. Rust's runtime then opens
/// /dev/null in its place (read and write), and every write would "succeed" with nothing
/// written; a shell's `>/dev/null` opens it for writing only, which is a choice, not a mistake.
/// Linux only (through /proc); elsewhere `false`.
fn stdout_closed() -> bool {
    static CLOSED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *CLOSED.get_or_init(|| {
        let is_null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"));
        let flags = std::fs::read_to_string("/proc/self/fdinfo/1").ok().and_then(|info| {
            let line = info.lines().find(|l| l.starts_with("flags:"))?;
            u32::from_str_radix(line.trim_start_matches("flags:").trim(), 8).ok()
        });
        is_null && flags.is_some_and(|f| f & 0o3 == 0o2)
    })
}

/// What each option takes, for the error when it has no value.
fn takes(name: &str) -> &'static str {
    match name {
        "--year" => "a year YYYY",
        "--format" => "json or table (screen: csv, jsonl or parquet)",
        "--output-format" => "jsonl or parquet",
        "--income" => "whole kronor, such as 360000",
        "--first-sick-day" | "--as-of" => "a date YYYY-MM-DD",
        "--input" => "a file, or - for standard input",
        "--output" => "a file",
        "--lang" => "sv or en",
        "--threads" => "a number of threads, 1 to 256",
        _ => "a value",
    }
}

/// Reads `--name value` options; anything else is an error.
fn options<'a>(args: &'a [String], known: &[&str], usage: &str) -> Result<Vec<(&'a str, &'a str)>, Failure> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (name, value) = match a.split_once('=') {
            Some((n, v)) => (n, v),
            None if known.contains(&a.as_str()) => {
                (a.as_str(), it.next().map(String::as_str).ok_or(format!("{a} needs a value: {}\n{usage}", takes(a)))?)
            }
            None => (a.as_str(), ""),
        };
        if !known.contains(&name) {
            return Err(format!("unknown option {name}\n{usage}"));
        }
        out.push((name, value));
    }
    Ok(out)
}

fn option<'a>(opts: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    opts.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// The years with figures, first and last, for the error messages.
fn known_years() -> (i32, i32) {
    let years: Vec<i32> = (1990..=2100).filter(|y| aktuella_belopp::for_year(*y).is_ok()).collect();
    (years.first().copied().unwrap_or(0), years.last().copied().unwrap_or(0))
}

fn year_option(opts: &[(&str, &str)], usage: &str) -> Result<i32, Failure> {
    let raw = option(opts, "--year").ok_or(format!("--year is required\n{usage}"))?;
    raw.parse().map_err(|_| {
        let (first, last) = known_years();
        format!("--year must be a year YYYY from {first} to {last}, not {raw:?}")
    })
}

fn json_option(opts: &[(&str, &str)]) -> Result<bool, Failure> {
    match option(opts, "--format").unwrap_or("table") {
        "json" => Ok(true),
        "table" => Ok(false),
        other => Err(format!("--format must be json or table, not {other:?}")),
    }
}

/// A missing figure as one line: "no figures for 2031: We do not know …".
fn no_figures(year: i32, e: RuleError) -> String {
    let (first, last) = known_years();
    match e {
        RuleError::Param(p @ (ParamError::NotCovered { .. } | ParamError::NotYetKnown { .. })) => format!(
            "--year: no figures for {year} (there are figures from {first} to {last}): {}",
            sjalvtest::i18n::Render::render(&sjalvtest::i18n::param_missing(&p), Lang::En)
        ),
        RuleError::Overflow => format!("--year: no figures for {year} (there are figures from {first} to {last})"),
    }
}

fn belopp(args: &[String]) -> Result<ExitCode, Failure> {
    let opts = options(args, &["--year", "--format"], BELOPP_HELP)?;
    let year = year_option(&opts, BELOPP_HELP)?;
    let json = json_option(&opts)?;
    let amounts = aktuella_belopp::for_year(year).map_err(|e| no_figures(year, e))?;
    // A figure the year lacks is left out; standard error says which and why.
    for (key, e) in &amounts.not_known {
        let _ = writeln!(
            std::io::stderr(),
            "sjalvtest: {key} left out for {year}: {}",
            sjalvtest::i18n::Render::render(&sjalvtest::i18n::param_missing(e), Lang::En)
        );
    }
    if json {
        return print(&amounts.to_json());
    }
    let mut text = format!("Aktuella belopp {year}");
    for (key, value) in amounts.fields() {
        let shown = match value {
            aktuella_belopp::Figure::Kronor(k) => f::kronor(k, Lang::Sv).replace('\u{a0}', " "),
            aktuella_belopp::Figure::Factor(x) => aktuella_belopp::decimal4(x, ','),
        };
        let _ = write!(text, "\n  {key:<40} {shown:>12}");
    }
    print(&text)
}

fn sjukpenning(args: &[String]) -> Result<ExitCode, Failure> {
    let job_seeker = args.iter().any(|a| a == "--job-seeker");
    let rest: Vec<String> = args.iter().filter(|a| *a != "--job-seeker").cloned().collect();
    let opts = options(&rest, &["--income", "--year", "--first-sick-day", "--format"], SJUKPENNING_HELP)?;
    let year = year_option(&opts, SJUKPENNING_HELP)?;
    let json = json_option(&opts)?;
    let raw_income = option(&opts, "--income").ok_or(format!("--income is required\n{SJUKPENNING_HELP}"))?;
    let income = parse_kronor(raw_income, MAX_KRONOR).map_err(|_| {
        format!(
            "--income must be whole kronor from 0 to {}, such as 360000, not {raw_income:?}",
            f::number(MAX_KRONOR, Lang::En)
        )
    })?;
    let first = match option(&opts, "--first-sick-day") {
        Some(d) => Some(Date::parse(d).map_err(|_| format!("--first-sick-day must be a date YYYY-MM-DD, not {d:?}"))?),
        None => None,
    };
    let view = api::sjukpenning_view(income, year, job_seeker, first).map_err(|e| no_figures(year, e))?;
    if json {
        return print(&serde_json::to_string(&view).map_err(|e| e.to_string())?);
    }
    let kr = |k: Option<sjalvtest::domain::Kronor>| match k {
        Some(k) => f::kronor(k, Lang::Sv).replace('\u{a0}', " "),
        None => "-".to_string(),
    };
    let mut text = format!("Sjukpenning {year}, inkomst {}", kr(Some(view.income)));
    let mut row = |key: &str, value: String| {
        let _ = write!(text, "\n  {key:<22} {value:>12}");
    };
    row("sgi", kr(view.sgi));
    row("per_day_80", kr(view.per_day_80));
    row("per_day_75", kr(view.per_day_75));
    row("per_month_80", kr(view.per_month_80));
    if let Some(cap) = view.job_seeker_cap {
        row("job_seeker_cap", kr(Some(cap)));
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
            row(key, day.to_string());
        }
    }
    print(&text)
}

fn scenarios(args: &[String]) -> Result<ExitCode, Failure> {
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
                    other => return Err(format!("--lang must be sv or en, not {:?}", other.unwrap_or("nothing"))),
                }
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}\n{SCENARIO_HELP}")),
            _ => files.push(a.as_str()),
        }
    }
    if files.is_empty() {
        return Err(format!("give one or more scenario files\n{SCENARIO_HELP}"));
    }
    if json {
        return scenarios_json(&files, lang);
    }
    let mut failed = 0;
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let outcome = scenario::parse(&text).and_then(|s| scenario::run(&s).map(|actual| (s, actual)));
        // Each file's verdict is written as soon as it is known.
        let report = match outcome {
            Ok((s, actual)) if actual == s.expected => format!("ok    {file}\n"),
            Ok((s, actual)) if update => {
                std::fs::write(file, scenario::rewrite(&s, &actual)).map_err(|e| format!("{file}: {e}"))?;
                format!("updated {file}\n")
            }
            Ok((s, actual)) => {
                failed += 1;
                format!("FAIL  {file}\n{}\n", scenario::side_by_side(&s.expected, &actual))
            }
            Err(e) => {
                failed += 1;
                format!("FAIL  {file}: {e}\n")
            }
        };
        write_stdout(report.as_bytes())?;
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Screens case records (CSV or JSON Lines) and writes one JSON line per record. Records are
/// assessed for their own `as_of`, else for `--as-of`, else for today. Exit 0: every record
/// read; 1: some rejected (written with their errors); 2: the run could not start or go on.
/// Where an `informera` flag's link goes when `--link-base` is not given: the self-tests' page
/// beside the file, as `scripts/demo.sh` serves it. A deployment gives its own address.
const DEFAULT_LINK_BASE: &str = "index.html";

fn screen(args: &[String]) -> Result<ExitCode, Failure> {
    let opts = options(
        args,
        &[
            "--input",
            "--as-of",
            "--output",
            "--format",
            "--output-format",
            "--threads",
            "--profile",
            "--link-base",
            "--summary",
        ],
        SCREEN_HELP,
    )?;
    let input = option(&opts, "--input").ok_or(format!("--input is required\n{SCREEN_HELP}"))?;
    let format = match option(&opts, "--format") {
        Some(name) => {
            Format::from_name(name).ok_or(format!("--format must be csv, jsonl or parquet, not {name:?}"))?
        }
        None => Format::from_path(input).ok_or(format!(
            "--format: cannot tell the format of {input} from its extension (.csv, .jsonl, .ndjson, .parquet); give --format csv, jsonl or parquet"
        ))?,
    };
    if format == Format::Parquet && input == "-" {
        return Err(
            "--input -: Parquet cannot be read from standard input (its index is at the end); give a file".into()
        );
    }
    let as_of = match option(&opts, "--as-of") {
        Some(d) => Date::parse(d).map_err(|_| format!("--as-of must be a date YYYY-MM-DD, not {d:?}"))?,
        None => today()?,
    };
    let profile = match option(&opts, "--profile") {
        Some(name) => {
            Profile::from_name(name).ok_or(format!("--profile must be behorighet or informera, not {name:?}"))?
        }
        None => Profile::default(),
    };
    let link_base = option(&opts, "--link-base").unwrap_or(DEFAULT_LINK_BASE);
    let threads = match option(&opts, "--threads") {
        None => 1,
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=256).contains(n))
            .ok_or(format!("--threads must be a number from 1 to 256, not {n:?}"))?,
    };
    let output = option(&opts, "--output").filter(|o| *o != "-");
    let parquet_out = match option(&opts, "--output-format") {
        Some("jsonl") => false,
        Some("parquet") => true,
        Some(other) => return Err(format!("--output-format must be jsonl or parquet, not {other:?}")),
        None => output.is_some_and(|o| Format::from_path(o) == Some(Format::Parquet)),
    };
    // A file written over the input would lose it; refused before anything is written.
    let not_the_input = |option: &str, path: &str| -> Result<(), Failure> {
        if input != "-" && same_file(Path::new(input), Path::new(path)) {
            return Err(format!(
                "{option} {path} is the same file as --input {input}; the input would be lost. Give another {option}"
            ));
        }
        Ok(())
    };
    if let Some(path) = output {
        not_the_input("--output", path)?;
    }
    let summary_path = option(&opts, "--summary");
    if let Some(path) = summary_path {
        if profile != Profile::Informera {
            return Err(format!(
                "--summary {path}: the report counts the records flagged for each benefit; add --profile informera"
            ));
        }
        not_the_input("--summary", path)?;
        if output.is_some_and(|o| o == path || same_file(Path::new(o), Path::new(path))) {
            return Err(format!("--summary {path} is the same file as --output; give two files"));
        }
    }
    // A file can be read again from a position, for a quote found unclosed only after more
    // than a record's limit; standard input cannot.
    let file = match input {
        "-" => None,
        path => {
            Some(BufReader::with_capacity(1 << 16, std::fs::File::open(path).map_err(|e| format!("{input}: {e}"))?))
        }
    };
    let mut target = match output {
        Some(path) => Target::open(Path::new(path), "--output")?,
        None if stdout_closed() => return Err("standard output: it is closed; give --output FILE".to_string()),
        None => Target::Stdout,
    };
    let summary_target = match summary_path.map(|p| Target::open(Path::new(p), "--summary")).transpose() {
        Ok(t) => t,
        Err(e) => {
            target.discard();
            return Err(e);
        }
    };
    let screener = Screener::new(as_of).with_threads(threads).with_profile(profile, link_base);
    let screener = if summary_target.is_some() { screener.with_report() } else { screener };
    let result = if parquet_out {
        match ParquetLines::new(target.writer_send(), profile == Profile::Informera) {
            Err(e) => Err(RunError::Write(e)),
            Ok(mut out) => screen_input(screener, format, file, &mut out)
                .and_then(|summary| out.close().and_then(|mut w| w.flush()).map(|()| summary).map_err(RunError::Write)),
        }
    } else {
        let mut out = BufWriter::with_capacity(1 << 16, target.writer());
        screen_input(screener, format, file, &mut out)
    };
    let name = target.name();
    let summary = match result {
        Ok(summary) => summary,
        Err(e) => {
            target.discard();
            if let Some(t) = summary_target {
                t.discard();
            }
            return Err(match e {
                RunError::Write(e) => format!("{name}: {e}"),
                other => format!("{input}: {other}"),
            });
        }
    };
    if let Some(mut report) = summary_target {
        let report_name = report.name();
        let empty = Tally::new();
        let tally = summary.report.as_deref().unwrap_or(&empty);
        let written = {
            let mut w = BufWriter::new(report.writer());
            write_html(tally, &mut w, as_of, PROFIL).and_then(|()| w.flush())
        };
        let done = match written {
            Ok(()) => report.commit(),
            Err(e) => {
                report.discard();
                Err(e)
            }
        };
        if let Err(e) = done {
            target.discard();
            return Err(format!("{report_name}: {e}"));
        }
    }
    target.commit().map_err(|e| format!("{name}: {e}"))?;
    let mut err = std::io::stderr().lock();
    for name in &summary.unknown_fields {
        let _ = writeln!(err, "sjalvtest: ignored unknown field {name:?}");
    }
    if summary.more_unknown_fields {
        let _ =
            writeln!(err, "sjalvtest: ignored more unknown fields than the {} listed", summary.unknown_fields.len());
    }
    let _ = writeln!(err, "sjalvtest: {} records, {} rejected", summary.records, summary.rejected);
    Ok(if summary.rejected == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Runs the screening of a file (`Some`) or of standard input.
fn screen_input<W: Write>(
    screener: Screener,
    format: Format,
    file: Option<BufReader<std::fs::File>>,
    out: &mut W,
) -> Result<Summary, RunError> {
    match (format, file) {
        (Format::Parquet, Some(file)) => screener.run_parquet(file.into_inner(), out),
        (Format::Parquet, None) => Err(RunError::FormatNotAvailable),
        (_, Some(file)) => screener.run_seekable(file, format, out),
        (_, None) => screener.run(BufReader::with_capacity(1 << 16, std::io::stdin().lock()), format, out),
    }
}

/// Whether two paths name the same file: the same canonical path, or (on Unix) the same device
/// and inode, so a hard link or a symbolic link is caught too. A path that does not exist is
/// not the same as any file.
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (ma.dev(), ma.ino()) == (mb.dev(), mb.ino()) {
            return true;
        }
    }
    let _ = (ma, mb);
    matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// Where `screen` writes. A regular file (or a new one) is written to a temporary file in the
/// same directory and renamed over it only when the run has succeeded, so a failed run never
/// truncates it; a device or a pipe (`/dev/full`, `/dev/stdout`) is written directly.
enum Target {
    Stdout,
    Direct {
        path: PathBuf,
        file: std::fs::File,
    },
    /// `shown` is the name given, `path` the file it names (through a link).
    Temporary {
        shown: PathBuf,
        path: PathBuf,
        temp: PathBuf,
        file: std::fs::File,
    },
}

impl Target {
    /// `option`: the argument that named the file, for the error messages.
    fn open(named: &Path, option: &str) -> Result<Target, Failure> {
        let shown = named.display();
        // Through a symbolic link, the file it points to is replaced, not the link.
        let resolved = match std::fs::symlink_metadata(named) {
            Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(named).ok(),
            _ => None,
        };
        let path = resolved.as_deref().unwrap_or(named);
        let existing = std::fs::metadata(path).ok();
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            if existing.as_ref().is_some_and(|m| m.is_dir()) {
                return Err(format!("{shown}: is a directory; give a file for {option}"));
            }
            let file = std::fs::OpenOptions::new().write(true).open(path).map_err(|e| format!("{shown}: {e}"))?;
            return Ok(Target::Direct { path: named.to_path_buf(), file });
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let base = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
        let mut last = None;
        for n in 0..100 {
            let temp = dir.join(format!(".{base}.{}.{n}.tmp", std::process::id()));
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => {
                    if let Some(m) = &existing {
                        let _ = file.set_permissions(m.permissions());
                    }
                    return Ok(Target::Temporary { shown: named.to_path_buf(), path: path.to_path_buf(), temp, file });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(format!("{shown}: cannot create a temporary file in {}: {e}", dir.display())),
            }
        }
        Err(format!("{shown}: cannot create a temporary file: {}", last.map(|e| e.to_string()).unwrap_or_default()))
    }

    /// The same, for a writer on another thread's side (Parquet's writer asks for `Send`).
    fn writer_send(&mut self) -> Box<dyn Write + Send + '_> {
        match self {
            Target::Stdout => Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout())),
            Target::Direct { file, .. } | Target::Temporary { file, .. } => Box::new(file),
        }
    }

    fn writer(&mut self) -> Box<dyn Write + '_> {
        match self {
            Target::Stdout => Box::new(std::io::stdout().lock()),
            Target::Direct { file, .. } | Target::Temporary { file, .. } => Box::new(file),
        }
    }

    fn name(&self) -> String {
        match self {
            Target::Stdout => "standard output".to_string(),
            Target::Direct { path, .. } | Target::Temporary { shown: path, .. } => path.display().to_string(),
        }
    }

    /// A failed run: the temporary file goes; an existing output is left as it was.
    fn discard(self) {
        if let Target::Temporary { temp, file, .. } = self {
            drop(file);
            let _ = std::fs::remove_file(temp);
        }
    }

    /// A run that succeeded: the data is on disk, then the temporary file takes the output's name.
    fn commit(self) -> std::io::Result<()> {
        match self {
            Target::Stdout | Target::Direct { .. } => Ok(()),
            Target::Temporary { path, temp, file, .. } => {
                let done = file.sync_all().and_then(|()| {
                    drop(file);
                    std::fs::rename(&temp, &path)
                });
                if done.is_err() {
                    let _ = std::fs::remove_file(&temp);
                }
                done
            }
        }
    }
}

/// Today's date from the system clock (UTC). Only the command line reads the clock.
fn today() -> Result<Date, Failure> {
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
fn scenarios_json(files: &[&str], lang: Lang) -> Result<ExitCode, Failure> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let (outcome, error) = match scenario::parse(&text).and_then(|s| scenario::outcome(&s, lang)) {
            Ok(o) => (Some(o), None),
            Err(e) => (None, Some(e)),
        };
        out.push(ScenarioJson { file, outcome, error });
    }
    print(&serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?)?;
    Ok(if out.iter().all(|r| r.error.is_none()) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
