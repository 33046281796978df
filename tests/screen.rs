//! `sjalvtest screen` from the outside: the built binary on the fixture files in
//! tests/fixtures/ (good, bad and incomplete records, CSV and JSON Lines, exit codes 0/1/2),
//! the claim that the citizen self-test and the screening give the same suggestions for the
//! same facts, and the alternativ scenario files.

use serde_json::Value;
use sjalvtest::api::{self, View};
use sjalvtest::domain::Date;
use sjalvtest::i18n::Lang;
use std::io::Write;
use std::process::{Command, Stdio};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// What a run of the binary gave: the exit code, each output line as JSON, and stderr.
struct Run {
    code: i32,
    lines: Vec<Value>,
    stderr: String,
}

fn run_with(args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sjalvtest"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes()).expect("stdin is written");
    }
    let out = child.wait_with_output().expect("the binary finishes");
    let stdout = String::from_utf8(out.stdout).expect("the output is UTF-8");
    let lines = stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    Run { code: out.status.code().unwrap_or(-1), lines, stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
}

fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

fn benefits(line: &Value, key: &str) -> Vec<String> {
    line[key].as_array().unwrap().iter().map(|s| s["benefit"].as_str().unwrap().to_string()).collect()
}

fn errors(line: &Value) -> Vec<(Value, u64)> {
    line["errors"].as_array().unwrap().iter().map(|e| (e["field"].clone(), e["line"].as_u64().unwrap())).collect()
}

#[test]
fn good_csv_exits_0_with_one_line_per_record() {
    let r = run(&["screen", "--input", &fixture("screen-ok.csv"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<&str> = r.lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["E11", "E12, day 60", "AE30", "Q \"quoted\" id"]);
    assert_eq!(
        benefits(&r.lines[0], "suggestions"),
        ["arbetsplatsinriktat_rehabiliteringsstod", "arbetsskadelivranta"]
    );
    assert_eq!(benefits(&r.lines[1], "suggestions"), ["graviditetspenning"]);
    assert_eq!(
        benefits(&r.lines[2], "suggestions"),
        ["sjukpenning_sarskilda_fall", "rehabiliteringspenning_sarskilda_fall", "rehabiliteringspenning"]
    );
    assert_eq!(
        benefits(&r.lines[3], "suggestions"),
        ["omstallningsmote", "arbetsplatsinriktat_rehabiliteringsstod", "sarskilt_hogriskskydd"]
    );
    let livranta = &r.lines[0]["suggestions"][1];
    assert_eq!(livranta["law"], "SFB 41 kap. 2 §");
    assert!(livranta["reason"].as_str().unwrap().contains("minst en femtondel"));
    assert!(r
        .lines
        .iter()
        .all(|l| l["errors"].as_array().unwrap().is_empty() && l["not_assessed"] == Value::Array(vec![])));
    assert!(r.stderr.contains("4 records, 0 rejected"));
}

#[test]
fn good_json_lines_exit_0_and_records_without_as_of_use_the_option() {
    let r = run(&["screen", "--input", &fixture("screen-ok.jsonl"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(benefits(&r.lines[0], "suggestions"), ["graviditetspenning"]);
    assert_eq!(benefits(&r.lines[1], "suggestions"), ["sarskilt_hogriskskydd"]);
    assert!(benefits(&r.lines[1], "not_assessed").contains(&"graviditetspenning".to_string()));
}

#[test]
fn bad_csv_rows_are_written_with_their_errors_and_exit_1() {
    let r = run(&["screen", "--input", &fixture("screen-bad.csv"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.lines.len(), 6, "no record is lost");
    let field = |s: &str| Value::String(s.into());
    assert_eq!(
        errors(&r.lines[0]),
        [(field("pregnant"), 2), (field("capacity_reduction"), 2), (field("income_before"), 2)]
    );
    assert_eq!(r.lines[0]["errors"][2]["value"], "35,50");
    assert_eq!(r.lines[0]["errors"][2]["reason"], "beloppet ska vara i hela kronor, utan öre.");
    assert_eq!((r.lines[1]["id"].as_str(), errors(&r.lines[1])), (Some("B2"), vec![(Value::Null, 3)]));
    assert_eq!(errors(&r.lines[2]), [(field("birth_date"), 4)]);
    assert_eq!((r.lines[3]["id"].clone(), errors(&r.lines[3])), (Value::Null, vec![(field("id"), 5)]));
    assert_eq!(errors(&r.lines[4]), [(Value::Null, 6)]);
    assert_eq!(r.lines[5]["id"], "B6");
    assert!(errors(&r.lines[5]).is_empty(), "a good record in a bad file is screened");
    for l in &r.lines[..5] {
        assert_eq!(l["suggestions"], Value::Array(vec![]));
    }
    assert!(r.stderr.contains("6 records, 5 rejected"));
}

#[test]
fn bad_json_lines_are_written_with_their_errors_and_exit_1() {
    let r = run(&["screen", "--input", &fixture("screen-bad.jsonl"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 1);
    let lines: Vec<(Value, Vec<(Value, u64)>)> = r.lines.iter().map(|l| (l["id"].clone(), errors(l))).collect();
    let s = |x: &str| Value::String(x.into());
    assert_eq!(
        lines,
        [
            (s("J1"), vec![(s("capacity_reduction"), 1)]),
            (Value::Null, vec![(Value::Null, 2)]),
            (Value::Null, vec![(Value::Null, 3)]),
            (s("J4"), vec![(s("sick_days"), 5)]),
            (s("J5"), vec![]),
        ]
    );
}

#[test]
fn missing_fields_leave_entries_not_assessed_and_name_the_field() {
    let r = run(&["screen", "--input", &fixture("screen-missing.csv"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 0);
    let m1 = &r.lines[0];
    assert_eq!(m1["suggestions"], Value::Array(vec![]));
    assert_eq!(benefits(m1, "not_assessed").len(), 13);
    assert_eq!(
        m1["not_assessed"][0],
        serde_json::json!({"benefit": "aktivitetsersattning", "missing": "insured_in_sweden"})
    );
    let omstallning =
        m1["not_assessed"].as_array().unwrap().iter().find(|n| n["benefit"] == "omstallningsmote").unwrap();
    assert_eq!(omstallning["missing"], "on_sick_pay");
}

#[test]
fn runs_that_cannot_start_exit_2() {
    for args in [
        vec!["screen", "--input", &fixture("screen-no-id.csv")],
        vec!["screen", "--input", "/no/such/file.csv"],
        vec!["screen", "--input", &fixture("screen-ok.csv"), "--as-of", "2026-13-01"],
        vec!["screen", "--input", &fixture("screen-ok.csv"), "--format", "xml"],
        vec!["screen", "--input", "cases.txt"],
        vec!["screen"],
        vec!["screen", "--input", &fixture("screen-ok.csv"), "--colour", "red"],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.lines.is_empty());
        assert!(r.stderr.starts_with("sjalvtest: "), "{}", r.stderr);
    }
}

#[test]
fn output_file_format_option_and_stdin() {
    let out = std::env::temp_dir().join(format!("sjalvtest-screen-{}.jsonl", std::process::id()));
    let out_path = out.to_str().unwrap();
    let r = run(&["screen", "--input", &fixture("screen-ok.csv"), "--output", out_path]);
    assert_eq!(r.code, 0);
    assert!(r.lines.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    assert_eq!(written.lines().count(), 4);
    // Graviditetspenning from the 60th day before the due date, for a record without as_of.
    let csv = "id,insured_in_sweden,pregnant,physically_demanding_job,due_date\nG,ja,ja,ja,2024-06-30\n";
    for (as_of, expected) in [("2024-04-30", false), ("2024-05-01", true), ("2024-06-19", true), ("2024-06-20", false)]
    {
        let r = run_with(&["screen", "--input", "-", "--format", "csv", "--as-of", as_of], Some(csv));
        assert_eq!(r.code, 0);
        assert_eq!(
            benefits(&r.lines[0], "suggestions").contains(&"graviditetspenning".to_string()),
            expected,
            "{as_of}"
        );
    }
}

// --- The self-test and the screening agree -------------------------------------------------------

/// A deterministic stream of small numbers (a linear congruential generator).
struct Lcg(u64);

impl Lcg {
    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        &from[((self.0 >> 33) % from.len() as u64) as usize]
    }

    fn yes(&mut self) -> bool {
        *self.pick(&[true, false])
    }
}

/// One person's facts: the CSV fields and the self-test's answers for the same facts. A fact
/// the self-test can answer "Jag vet inte" is sometimes left out of the record and answered so.
struct Case {
    as_of: String,
    fields: Vec<(&'static str, String)>,
    answers: Vec<(&'static str, String)>,
}

fn yn(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn case(g: &mut Lcg, n: usize) -> Case {
    let as_of = g.pick(&["2026-01-15", "2026-03-01", "2025-03-01"]).to_string();
    let born = g.pick(&["1996-03-15", "1995-12-01", "2006-04-02", "2000-05-01", "1970-01-10", "1959-06-10"]);
    let mut c =
        Case { as_of: as_of.clone(), fields: vec![("id", format!("C{n}")), ("as_of", as_of.clone())], answers: vec![] };
    let both = |c: &mut Case, field: &'static str, value: String, question: &'static str, answer: String| {
        c.fields.push((field, value));
        c.answers.push((question, answer));
    };
    let b = g.yes();
    both(&mut c, "insured_in_sweden", yn(b), "insured", yn(b));
    both(&mut c, "birth_date", born.to_string(), "birth-date", born.to_string());
    let (has, ae) = (g.yes(), g.yes());
    let now = match (has, ae) {
        (true, true) => "aktivitetsersattning",
        (false, true) => "had-aktivitetsersattning",
        (true, false) => "sjukersattning",
        (false, false) => "neither",
    };
    c.fields.push(("has_sa_or_ae", yn(has)));
    c.fields.push(("has_ae", yn(ae)));
    c.answers.push(("benefit-now", now.to_string()));
    // Facts the self-test can answer "Jag vet inte": (field, question, record value, answer).
    let (cap_field, cap_answer) = *g.pick(&[("0", "0"), ("0.25", "1/4"), ("0.5", "1/2"), ("1", "1")]);
    let months = *g.pick(&[0u32, 11, 12, 30]);
    let maybe: Vec<(&'static str, &'static str, String, String)> = vec![
        ("capacity_reduction", "capacity-reduction", cap_field.to_string(), cap_answer.to_string()),
        (
            "expected_duration_months",
            "duration",
            months.to_string(),
            if months >= 12 { "at-least-a-year" } else { "less-than-a-year" }.to_string(),
        ),
        ("permanent", "permanent", yn(g.yes()), String::new()),
        ("in_rehabilitation", "in-rehabilitation", yn(g.yes()), String::new()),
        ("work_related", "work-related", yn(g.yes()), String::new()),
        ("preventive_treatment", "preventive-treatment", yn(g.yes()), String::new()),
        ("frequent_or_long_sickness", "frequent-or-long-sickness", yn(g.yes()), String::new()),
        ("needs_work_aids", "needs-work-aids", yn(g.yes()), String::new()),
    ];
    for (field, question, value, answer) in maybe {
        if *g.pick(&[false, false, false, true]) {
            c.answers.push((question, "dont-know".into()));
        } else {
            let answer = if answer.is_empty() { value.clone() } else { answer };
            both(&mut c, field, value, question, answer);
        }
    }
    let b = g.yes();
    both(&mut c, "school_incomplete_due_to_disability", yn(b), "schooling-extended", yn(b));
    let b = g.yes();
    both(&mut c, "applied_housing_supplement", yn(b), "applied-housing-supplement", yn(b));
    let b = g.yes();
    both(&mut c, "on_sick_pay", yn(b), "on-sick-pay", yn(b));
    let days = *g.pick(&[10u32, 180, 181, 400]);
    let bucket = if days >= 181 { "181-or-more" } else { "up-to-180" };
    both(&mut c, "sick_days", days.to_string(), "sick-days", bucket.into());
    for (field, question) in [
        ("sick_pay_denied_normal_work", "sick-pay-denied"),
        ("unemployed", "unemployed"),
        ("injury_reported", "injury-reported"),
        ("pregnant", "pregnant"),
        ("physically_demanding_job", "physically-demanding-job"),
    ] {
        let b = g.yes();
        both(&mut c, field, yn(b), question, yn(b));
    }
    let before = g.pick(&["0", "300000", "420000"]).to_string();
    let after = g.pick(&["280000", "300000", "400000", "450000"]).to_string();
    both(&mut c, "income_before", before.clone(), "income-before", before);
    both(&mut c, "income_after", after.clone(), "income-after", after);
    let offset = *g.pick(&[10i64, 11, 60, 61, 100]);
    let due = Date::parse(&as_of).unwrap().plus_days(offset).unwrap().to_string();
    both(&mut c, "due_date", due.clone(), "due-date", due);
    c
}

/// The self-test's suggested and not-assessed benefit ids for the answers.
fn self_test(c: &Case) -> (Vec<String>, Vec<String>) {
    let mut s = api::start("alternativ", &c.as_of).unwrap();
    for _ in 0..=c.answers.len() {
        match api::view(&s, Lang::Sv) {
            View::Question(q) => {
                let (_, a) = c.answers.iter().find(|(id, _)| *id == q.id).unwrap_or_else(|| panic!("asks {}", q.id));
                s.answer(q.id, a).unwrap_or_else(|e| panic!("{}: {a}: {e:?}", q.id));
            }
            View::Outcome(o) => {
                let ids = |key: &str| o.rows.iter().filter(|r| r.key == key).map(|r| r.machine.clone()).collect();
                return (ids("suggested"), ids("not-assessed"));
            }
        }
    }
    panic!("the self-test did not finish");
}

#[test]
fn the_self_test_and_the_screening_give_the_same_suggestions_for_the_same_facts() {
    let mut g = Lcg(2026);
    let cases: Vec<Case> = (0..400).map(|n| case(&mut g, n)).collect();
    // One file with every field; a fact the person did not know is an empty cell.
    let header: Vec<&str> = sjalvtest::screen::Field::ALL.iter().map(|f| f.name()).collect();
    let mut csv = header.join(",") + "\n";
    for c in &cases {
        let row: Vec<&str> = header
            .iter()
            .map(|h| c.fields.iter().find(|(f, _)| f == h).map(|(_, v)| v.as_str()).unwrap_or(""))
            .collect();
        csv.push_str(&row.join(","));
        csv.push('\n');
    }
    let r = run_with(&["screen", "--input", "-", "--format", "csv"], Some(&csv));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.lines.len(), cases.len());
    let (mut suggested, mut not_assessed) = (std::collections::BTreeSet::new(), 0);
    for (c, line) in cases.iter().zip(&r.lines) {
        let screened = (benefits(line, "suggestions"), benefits(line, "not_assessed"));
        not_assessed += screened.1.len();
        suggested.extend(screened.0.iter().cloned());
        assert_eq!(self_test(c), screened, "{}", line["id"]);
    }
    // The cases reach every entry, and some are not assessed.
    assert_eq!(suggested.len(), 13, "{suggested:?}");
    assert!(not_assessed > 0);
}

#[test]
fn alternativ_scenarios_match_their_expected_results() {
    let dir = format!("{}/tests/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("alternativ-") && name.ends_with(".case")) {
            continue;
        }
        let s = sjalvtest::scenario::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(sjalvtest::scenario::run(&s).unwrap(), s.expected, "{name}");
        n += 1;
    }
    assert!(n >= 8, "found only {n} scenario files");
}
