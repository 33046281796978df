//! The command line as a user runs it: output shape, exit codes and error messages; no panic
//! when standard output fails (full, closed, a broken pipe); `--help` and `--version`; and every
//! command line in the README's "Command line" section, run as written.

use sjalvtest::params::KNOWN_THROUGH;
use std::process::{Command, Output};

fn sjalvtest(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sjalvtest")).args(args).output().expect("run sjalvtest")
}

const BELOPP_KEYS: &[&str] = &[
    "prisbasbelopp",
    "sgi_max_sjukpenning",
    "sgi_min",
    "sjukpenning_max_per_day_80pct",
    "sjukpenning_max_per_day_75pct",
    "sjukpenning_min_per_day_80pct",
    "sjukpenning_min_per_day_75pct",
    "graviditetspenning_max_per_day",
    "garanti_full_lt21_per_year",
    "garanti_full_lt21_per_month",
    "garanti_full_21to23_per_year",
    "garanti_full_21to23_per_month",
    "garanti_full_23to25_per_year",
    "garanti_full_23to25_per_month",
    "garanti_full_25to27_per_year",
    "garanti_full_25to27_per_month",
    "garanti_full_27to29_per_year",
    "garanti_full_27to29_per_month",
    "garanti_full_29to30_per_year",
    "garanti_full_29to30_per_month",
    "garanti_full_30plus_per_year",
    "garanti_full_30plus_per_month",
    "ir_max_full_per_year",
    "ir_max_full_per_month",
    "livranta_max_per_year",
];

#[test]
fn belopp_json_is_one_flat_object_with_the_documented_keys() {
    for year in 2019..=KNOWN_THROUGH {
        let out = sjalvtest(&["belopp", "--year", &year.to_string(), "--format", "json"]);
        assert!(out.status.success(), "{year}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let obj = v.as_object().unwrap();
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let optional = keys.iter().filter(|k| BELOPP_OPTIONAL_KEYS.contains(k)).count();
        assert_eq!(keys.len(), BELOPP_KEYS.len() + optional, "{year}: {keys:?}");
        for k in BELOPP_KEYS {
            assert!(obj.get(*k).and_then(|x| x.as_i64()).is_some(), "{year}: {k} missing or not an integer");
        }
    }
    let out = sjalvtest(&["belopp", "--year", "2023", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["livranta_max_per_year"], 393_750);
    assert_eq!(v["ir_max_full_per_month"], 21_230);
}

#[test]
fn belopp_without_json_prints_a_readable_table() {
    let out = sjalvtest(&["belopp", "--year", "2022"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Aktuella belopp 2022"));
    assert!(text.contains("garanti_full_30plus_per_month") && text.contains("11 190 kr"), "{text}");
}

#[test]
fn belopp_for_a_year_outside_the_data_is_a_clear_error_with_exit_2() {
    let unknown = (KNOWN_THROUGH + 1).to_string();
    for year in ["2018", &unknown, "abc"] {
        let out = sjalvtest(&["belopp", "--year", year, "--format", "json"]);
        assert_eq!(out.status.code(), Some(2), "{year}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty());
    }
    let out = sjalvtest(&["belopp", "--year", &unknown]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("no figures for {unknown} (there are figures from 2019 to {KNOWN_THROUGH})")),
        "{stderr}"
    );
    assert_eq!(sjalvtest(&["belopp"]).status.code(), Some(2));
    assert_eq!(sjalvtest(&["belopp", "--year", "2023", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(sjalvtest(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn scenario_runs_files_and_fails_on_a_difference() {
    let dir = std::env::temp_dir().join(format!("sjalvtest-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("wrong.case");
    std::fs::write(&file, "test: aktivitetsersattning\nas-of: 2025-01-15\nbirth-date: 2004-03-15\ninsured: neither\n---\nverdict: may-be-eligible\n").unwrap();
    let out = sjalvtest(&["scenario", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("FAIL"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn scenario_json_prints_each_outcome_with_its_rules_version_and_as_of() {
    let file = "tests/scenarios/e6-ae-first-and-last-month.case";
    for (lang, headline) in
        [("sv", "Du kan ha rätt till hel aktivitetsersättning"), ("en", "You may be entitled to full activity")]
    {
        let out = sjalvtest(&["scenario", "--json", "--lang", lang, file]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let o = &v[0]["outcome"];
        assert_eq!(v[0]["file"], file);
        assert_eq!(o["lang"], lang);
        assert_eq!(o["verdict"], "may-be-eligible");
        assert!(o["headline"].as_str().unwrap().starts_with(headline), "{}", o["headline"]);
        assert_eq!(o["rules_version"], sjalvtest::RULES_VERSION);
        assert_eq!(o["as_of"], "2025-02-01");
        let per_month = o["rows"].as_array().unwrap().iter().find(|r| r["key"] == "per-month").unwrap();
        assert_eq!(per_month["machine"], "12152");
    }
}

#[test]
fn scenario_json_reports_a_scenario_that_cannot_run_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("sjalvtest-cli-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("unanswered.case");
    std::fs::write(&file, "test: aktivitetsersattning\nas-of: 2025-01-15\nbirth-date: 2004-03-15\n---\n").unwrap();
    let out = sjalvtest(&["scenario", "--json", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v[0]["error"].as_str().unwrap().contains("insured"), "{}", v[0]);
    assert!(v[0].get("outcome").is_none());
    assert_eq!(sjalvtest(&["scenario", "--json", "--lang", "fi", file.to_str().unwrap()]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs the binary with standard output sent to `stdout`.
fn sjalvtest_to(args: &[&str], stdout: std::process::Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sjalvtest")).args(args).stdout(stdout).output().expect("run sjalvtest")
}

const EVERY_COMMAND: &[&[&str]] = &[
    &["belopp", "--year", "2025", "--format", "json"],
    &["belopp", "--year", "2025"],
    &["sjukpenning", "--income", "360000", "--year", "2024", "--first-sick-day", "2024-01-10"],
    &["sjukpenning", "--income", "360000", "--year", "2024", "--format", "json"],
    &["scenario", "tests/scenarios/e6-ae-first-and-last-month.case"],
    &["scenario", "--json", "tests/scenarios/e6-ae-first-and-last-month.case"],
    &["screen", "--input", "tests/fixtures/screen-ok.csv", "--as-of", "2026-01-15"],
    &["--help"],
    &["--version"],
    &["belopp", "--help"],
];

#[test]
fn a_full_disk_on_standard_output_is_exit_2_naming_it_for_every_command() {
    for args in EVERY_COMMAND {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = sjalvtest_to(args, full.into());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        // `belopp` may first say on standard error which figures the year lacks.
        assert!(stderr.lines().any(|l| l.starts_with("sjalvtest: standard output: ")), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_closed_or_broken_pipe_is_exit_2_for_every_command() {
    for args in EVERY_COMMAND {
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let bin = env!("CARGO_BIN_EXE_sjalvtest");
        // Closed: the runtime puts /dev/null in its place, which must not count as written.
        let closed = format!("exec '{bin}' {} >&-", quoted.join(" "));
        // Broken: the reader has gone before the first byte (its end of the pipe is closed).
        let broken = format!("'{bin}' {} | true; exit ${{PIPESTATUS[0]}}", quoted.join(" "));
        for (how, script) in [("closed", closed), ("broken", broken)] {
            let out = Command::new("bash").args(["-c", &script]).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{how} {args:?}: {stderr}");
            if how == "closed" {
                assert_eq!(out.status.code(), Some(2), "{how} {args:?}: {stderr}");
                assert!(stderr.contains("standard output"), "{how} {args:?}: {stderr}");
            } else {
                // A small output may fit the pipe before the reader goes: then it is exit 0.
                assert!(matches!(out.status.code(), Some(0 | 2)), "{how} {args:?}: {stderr}");
            }
        }
    }
    // A large output into `head -c1` breaks the pipe for sure.
    let script = format!(
        "'{}' screen --input - --format csv --as-of 2026-01-15 < <(echo id; seq 1 200000) | head -c1 >/dev/null; exit ${{PIPESTATUS[0]}}",
        env!("CARGO_BIN_EXE_sjalvtest")
    );
    let out = Command::new("bash").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("standard output") && stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn every_command_has_help_and_the_program_has_a_version() {
    for command in ["belopp", "sjukpenning", "scenario", "screen"] {
        for flag in ["--help", "-h"] {
            let out = sjalvtest(&[command, flag]);
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{command} {flag}: {}", String::from_utf8_lossy(&out.stderr));
            assert!(text.starts_with(&format!("usage: sjalvtest {command} ")), "{command}: {text}");
        }
        // Also after other options.
        assert!(sjalvtest(&[command, "--year", "2025", "--help"]).status.success(), "{command}");
    }
    let out = sjalvtest(&["--version"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("sjalvtest 0.") && text.contains(sjalvtest::RULES_VERSION), "{text}");
}

#[test]
fn argument_errors_name_the_argument_and_what_it_takes() {
    let unknown = (KNOWN_THROUGH + 1).to_string();
    let cases: &[(&[&str], &[&str])] = &[
        (&["belopp", "--year"], &["--year needs a value", "YYYY"]),
        (&["belopp", "--year", "abc"], &["--year must be a year YYYY from 2019 to", "\"abc\""]),
        (&["belopp", "--year", &unknown], &["--year", &unknown, "from 2019 to"]),
        (&["belopp", "--year", "2025", "--format", "xml"], &["--format must be json or table", "\"xml\""]),
        (&["belopp", "--year", "2025", "--colour"], &["unknown option --colour"]),
        (&["sjukpenning", "--year", "2025", "--income", "-5"], &["--income must be whole kronor from 0 to", "\"-5\""]),
        (
            &["sjukpenning", "--year", "2025", "--income", "1", "--first-sick-day", "2025-02-30"],
            &["--first-sick-day must be a date YYYY-MM-DD", "2025-02-30"],
        ),
        (&["scenario", "--lang", "fi", "x.case"], &["--lang must be sv or en", "\"fi\""]),
        (&["scenario", "--colour", "x.case"], &["unknown option --colour"]),
        (&["screen", "--input", "a.csv", "--as-of", "15/1"], &["--as-of must be a date YYYY-MM-DD", "15/1"]),
        (&["screen", "--input", "a.csv", "--format", "xls"], &["--format must be csv, jsonl or parquet", "xls"]),
        (
            &["screen", "--input", "a.csv", "--output-format", "csv"],
            &["--output-format must be jsonl or parquet", "\"csv\""],
        ),
        (&["screen", "--input", "a.csv", "--threads", "0"], &["--threads must be a number from 1 to 256", "\"0\""]),
        (&["screen", "--input", "-", "--format", "parquet"], &["Parquet cannot be read from standard input"]),
        (&["screen", "--input", "cases.txt"], &["--format", "cases.txt", ".csv"]),
        (&["screen", "--input"], &["--input needs a value", "a file, or -"]),
        (&["frobnicate"], &["unknown command", "frobnicate"]),
    ];
    for (args, needles) in cases {
        let out = sjalvtest(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        for n in *needles {
            assert!(stderr.contains(n), "{args:?}: {n:?} not in {stderr}");
        }
    }
}

/// The `sh` blocks of the README's "Command line" section, one command per line, with the
/// trailing comment of each.
fn readme_command_lines() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Command line\n").nth(1).expect("a Command line section");
    let section = section.split("\n## ").next().unwrap_or("");
    let mut lines = Vec::new();
    for block in section.split("```sh\n").skip(1) {
        for line in block.split("\n```").next().unwrap_or("").lines() {
            let (command, comment) = line.split_once(" # ").unwrap_or((line, ""));
            if !command.trim().is_empty() {
                lines.push((command.trim().to_string(), comment.trim().to_string()));
            }
        }
    }
    lines
}

/// `dir/*.ext` as the shell expands it (sorted); other words as they are.
fn expand(word: &str) -> Vec<String> {
    let Some((dir, pattern)) = word.rsplit_once('/') else { return vec![word.to_string()] };
    let Some((before, after)) = pattern.split_once('*') else { return vec![word.to_string()] };
    let root = env!("CARGO_MANIFEST_DIR");
    let mut names: Vec<String> = std::fs::read_dir(format!("{root}/{dir}"))
        .unwrap_or_else(|e| panic!("{word}: {e}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(before) && n.ends_with(after))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "{word} matches nothing");
    names
}

#[test]
fn every_command_line_in_the_readme_runs_as_written() {
    let lines = readme_command_lines();
    assert!(lines.len() >= 8, "{lines:?}");
    // `cargo run` picks this binary, as there is a second one (bench_screen).
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    assert!(manifest.contains("\ndefault-run = \"sjalvtest\"\n"));
    let dir = std::env::temp_dir().join(format!("sjalvtest-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut screened = 0;
    for (line, comment) in &lines {
        let rest = line.strip_prefix("cargo run -q -- ").unwrap_or_else(|| panic!("not a cargo run line: {line}"));
        let mut args: Vec<String> = rest.split_whitespace().flat_map(expand).collect();
        // --output goes to a scratch directory, not into the repository.
        let mut output = None;
        if let Some(i) = args.iter().position(|a| a == "--output") {
            let path = dir.join(&args[i + 1]);
            args[i + 1] = path.display().to_string();
            output = Some(path);
        }
        let mut report = None;
        if let Some(i) = args.iter().position(|a| a == "--summary") {
            let path = dir.join(&args[i + 1]);
            args[i + 1] = path.display().to_string();
            report = Some(path);
        }
        for a in args.iter().filter(|a| a.contains('/') && !a.starts_with('/')) {
            assert!(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(a).exists(),
                "{line}: {a} is not in the repository"
            );
        }
        let out = Command::new(env!("CARGO_BIN_EXE_sjalvtest"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        let expected = if comment.starts_with("exit 1") { 1 } else { 0 };
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(expected), "{line}: {stderr}");
        let written = match &output {
            Some(path) => std::fs::read(path).unwrap(),
            None => out.stdout.clone(),
        };
        assert!(!written.is_empty(), "{line} printed nothing");
        if let Some(path) = &report {
            let html = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"), "{line}: {}", &html[..80]);
        }
        if output.as_ref().is_some_and(|p| p.extension().is_some_and(|e| e == "parquet")) {
            assert!(written.starts_with(b"PAR1") && written.ends_with(b"PAR1"), "{line}: not a Parquet file");
            screened += 1;
            continue;
        }
        if args.first().map(String::as_str) == Some("screen") {
            screened += 1;
            let text = String::from_utf8(written).unwrap();
            let records: u64 =
                stderr.split(" records, ").next().and_then(|s| s.rsplit(' ').next()).unwrap().parse().unwrap();
            assert_eq!(text.lines().count() as u64, records, "{line}");
            for l in text.lines() {
                serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{line}: {e}: {l}"));
            }
        }
    }
    assert!(screened >= 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_example_in_swedish_excel_style_has_a_bom_semicolons_and_crlf() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases-excel.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid;"));
    let lines = bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(bytes.windows(2).filter(|w| w == b"\r\n").count(), lines);
}

/// The keys `belopp` gives when the year's figures are known, in output order; each is left out,
/// with the reason on standard error, when they are not.
const BELOPP_OPTIONAL_KEYS: &[&str] = &[
    "sjukpenning_max_per_day_unemployed",
    "livranta_indexeringstal",
    "sjukpenning_sarskilda_fall_max_per_day",
    "bostadstillagg_max_single_per_month",
    "bostadstillagg_max_couple_each_per_month",
];

/// `belopp --year Y --format json`: the raw text, the parsed object and standard error.
fn belopp_json(year: i32) -> (String, serde_json::Map<String, serde_json::Value>, String) {
    let out = sjalvtest(&["belopp", "--year", &year.to_string(), "--format", "json"]);
    assert!(out.status.success(), "{year}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    (text, v.as_object().unwrap().clone(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn belopp_gives_the_job_seeker_cap_for_every_year_including_2024_onwards() {
    // Fixed in law at 543 kr a day since September 2015 (RULES.md P2/P5).
    for year in 2019..=KNOWN_THROUGH {
        let (_, obj, _) = belopp_json(year);
        assert_eq!(obj["sjukpenning_max_per_day_unemployed"], 543, "{year}");
    }
}

#[test]
fn belopp_gives_the_indexeringstal_only_for_the_years_it_is_known() {
    for year in 2019..=KNOWN_THROUGH {
        let (text, obj, stderr) = belopp_json(year);
        match year {
            2021 => assert!(text.contains("\"livranta_indexeringstal\":1.0143,"), "{text}"),
            2022 => assert!(text.contains("\"livranta_indexeringstal\":1.0270,"), "{text}"),
            _ => {
                assert!(!obj.contains_key("livranta_indexeringstal"), "{year}: no figure is guessed");
                assert!(stderr.contains("livranta_indexeringstal left out for"), "{year}: {stderr}");
                assert!(stderr.contains("indexeringstal"), "{year}: the reason names the figure: {stderr}");
            }
        }
    }
}

#[test]
fn belopp_gives_sjukpenning_i_sarskilda_fall_by_the_year_it_was_raised() {
    for (year, per_day) in [(2019, 160), (2024, 160), (2025, 230), (KNOWN_THROUGH, 230)] {
        let (_, obj, _) = belopp_json(year);
        assert_eq!(obj["sjukpenning_sarskilda_fall_max_per_day"], per_day, "{year}");
    }
}

#[test]
fn belopp_gives_the_highest_bostadstillagg_from_2022_and_says_why_not_before() {
    // FK: at most 6 550 kr a month (96 % of 5 000 + 70 % of 2 500), 3 275 kr each for a couple.
    for year in 2022..=KNOWN_THROUGH {
        let (_, obj, _) = belopp_json(year);
        assert_eq!(obj["bostadstillagg_max_single_per_month"], 6_550, "{year}");
        assert_eq!(obj["bostadstillagg_max_couple_each_per_month"], 3_275, "{year}");
    }
    for year in 2019..=2021 {
        let (_, obj, stderr) = belopp_json(year);
        for key in ["bostadstillagg_max_single_per_month", "bostadstillagg_max_couple_each_per_month"] {
            assert!(!obj.contains_key(key), "{year}: {key}");
            assert!(stderr.contains(&format!("{key} left out for {year}")), "{year}: {stderr}");
        }
    }
}

#[test]
fn belopp_keys_come_in_the_documented_order() {
    let (text, _, stderr) = belopp_json(2022);
    // The parsed map sorts its keys; the order is read from the text.
    let keys: Vec<&str> =
        text.trim().trim_matches(['{', '}']).split(',').filter_map(|kv| kv.split('"').nth(1)).collect();
    let expected: Vec<&str> = BELOPP_KEYS.iter().chain(BELOPP_OPTIONAL_KEYS).copied().collect();
    assert_eq!(keys, expected);
    assert!(stderr.is_empty(), "2022 has every figure: {stderr}");
    let table = sjalvtest(&["belopp", "--year", "2022"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("livranta_indexeringstal") && text.contains("1,0270"), "{text}");
    assert!(text.contains("bostadstillagg_max_single_per_month") && text.contains("6 550 kr"), "{text}");
}

#[test]
fn sjukpenning_for_a_job_seeker_from_2024_is_capped_at_543() {
    // The cap is fixed in law since September 2015 (RULES.md P2/P5), so these years are known.
    for year in 2024..=KNOWN_THROUGH {
        let year = &year.to_string();
        let out = sjalvtest(&["sjukpenning", "--income", "300000", "--year", year, "--job-seeker", "--format", "json"]);
        assert!(out.status.success(), "{year}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!((v["job_seeker_cap"].as_i64(), v["per_day_80"].as_i64()), (Some(543), Some(543)), "{year}");
    }
}
