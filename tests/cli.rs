//! The command line as a user runs it: output shape, exit codes and error messages.

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
    for year in 2019..=2026 {
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
    for year in ["2018", "2027", "abc"] {
        let out = sjalvtest(&["belopp", "--year", year, "--format", "json"]);
        assert_eq!(out.status.code(), Some(2), "{year}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty());
    }
    let out = sjalvtest(&["belopp", "--year", "2027"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("2027"));
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
    for year in 2019..=2026 {
        let (_, obj, _) = belopp_json(year);
        assert_eq!(obj["sjukpenning_max_per_day_unemployed"], 543, "{year}");
    }
}

#[test]
fn belopp_gives_the_indexeringstal_only_for_the_years_it_is_known() {
    for year in 2019..=2026 {
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
    for (year, per_day) in [(2019, 160), (2024, 160), (2025, 230), (2026, 230)] {
        let (_, obj, _) = belopp_json(year);
        assert_eq!(obj["sjukpenning_sarskilda_fall_max_per_day"], per_day, "{year}");
    }
}

#[test]
fn belopp_gives_the_highest_bostadstillagg_from_2022_and_says_why_not_before() {
    // FK: at most 6 550 kr a month (96 % of 5 000 + 70 % of 2 500), 3 275 kr each for a couple.
    for year in 2022..=2026 {
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
fn sjukpenning_for_a_job_seeker_in_2024_to_2026_is_capped_at_543() {
    // The cap is fixed in law since September 2015 (RULES.md P2/P5), so these years are known.
    for year in ["2024", "2025", "2026"] {
        let out = sjalvtest(&["sjukpenning", "--income", "300000", "--year", year, "--job-seeker", "--format", "json"]);
        assert!(out.status.success(), "{year}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!((v["job_seeker_cap"].as_i64(), v["per_day_80"].as_i64()), (Some(543), Some(543)), "{year}");
    }
}
