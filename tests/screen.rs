//! `sjalvtest screen` from the outside: the built binary on the fixture files in
//! tests/fixtures/ (good, bad and incomplete records, CSV and JSON Lines, exit codes 0/1/2),
//! the claim that the citizen self-test and the screening give the same suggestions for the
//! same facts, the alternativ scenario files, and every real-world failure of issue 9 (line
//! ends, unclosed quotes, over-long records, memory, duplicate keys, the output file, a failing
//! standard output, many unknown columns), each written first as a failing test.

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

thread_local! {
    /// `--threads N` for every `screen` run of the test on this thread (the `on_two_threads`
    /// twins at the end).
    static THREADS: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// `args`, with `--threads N` after a `screen` command when the test runs on threads.
fn screen_args<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut args = args.to_vec();
    if let (Some(&"screen"), Some(n)) = (args.first(), THREADS.with(|t| t.get())) {
        if !args.contains(&"--help") && !args.contains(&"--threads") {
            args.extend(["--threads", n]);
        }
    }
    args
}

fn run_with(args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sjalvtest"))
        .args(screen_args(args))
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

/// The five routes of issue 13 item 5 reach the screening from the catalogue: one record each in
/// tests/fixtures/screen-routes.csv (its id is the route), with every field, suggests its route
/// with the route's law and leaves nothing unassessed.
#[test]
fn the_routes_of_issue_13_are_screened_from_the_catalogue() {
    let r = run(&["screen", "--input", &fixture("screen-routes.csv")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.lines.len(), 5);
    for line in &r.lines {
        let id = line["id"].as_str().unwrap();
        let suggested = benefits(line, "suggestions");
        assert!(suggested.iter().any(|b| b == id), "{id}: {suggested:?}");
        let entry = line["suggestions"].as_array().unwrap().iter().find(|s| s["benefit"] == id).unwrap();
        let formon = sjalvtest::rules::alternativ::KATALOG.iter().find(|p| p.formon.id() == id).unwrap();
        assert_eq!(entry["law"], formon.lag.to_string(), "{id}");
        assert_eq!(line["not_assessed"], Value::Array(vec![]), "{id}");
    }
}

#[test]
fn missing_fields_leave_entries_not_assessed_and_name_the_field() {
    let r = run(&["screen", "--input", &fixture("screen-missing.csv"), "--as-of", "2026-01-15"]);
    assert_eq!(r.code, 0);
    let m1 = &r.lines[0];
    assert_eq!(m1["suggestions"], Value::Array(vec![]));
    assert_eq!(benefits(m1, "not_assessed").len(), sjalvtest::rules::alternativ::ANTAL);
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
        vec!["screen", "--input", &fixture("screen-ok.csv"), "--threads", "0"],
        vec!["screen", "--input", &fixture("screen-ok.csv"), "--threads", "two"],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.lines.is_empty());
        assert!(r.stderr.starts_with("sjalvtest: "), "{}", r.stderr);
    }
}

#[test]
fn output_file_format_option_and_stdin() {
    let threads = THREADS.with(|t| t.get()).unwrap_or("1");
    let out = std::env::temp_dir().join(format!("sjalvtest-screen-{}-t{threads}.jsonl", std::process::id()));
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
        ("travel_to_work_hindered", "travel-to-work-hindered"),
        ("work_environment_risk", "work-environment-risk"),
        ("has_sgi", "has-sgi"),
        ("sick_pay_ended", "sick-pay-ended"),
        ("sa_ae_refused", "sa-ae-refused"),
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
    assert_eq!(suggested.len(), sjalvtest::rules::alternativ::ANTAL, "{suggested:?}");
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

// --- Real-world files: every record comes out as one line (issue 9) -----------------------------

/// What a run gave, as bytes: exit code, stdout and stderr.
struct RawRun {
    code: i32,
    stdout: String,
    stderr: String,
}

fn raw_run(args: &[&str], stdin: &[u8]) -> RawRun {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sjalvtest"))
        .args(screen_args(args))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // Written from another thread, so a large input cannot block against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    let _ = writer.join();
    RawRun {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("the output is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Screens `input` from standard input; every output line must be JSON.
fn screen_stdin(format: &str, input: &[u8]) -> (RawRun, Vec<Value>) {
    let r = raw_run(&["screen", "--input", "-", "--format", format, "--as-of", "2026-01-15"], input);
    let lines = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    (r, lines)
}

fn ids(lines: &[Value]) -> Vec<Value> {
    lines.iter().map(|l| l["id"].clone()).collect()
}

fn first_error(line: &Value) -> (Value, u64, String) {
    let e = &line["errors"][0];
    (e["field"].clone(), e["line"].as_u64().unwrap_or(0), e["reason"].as_str().unwrap_or("").to_string())
}

/// A scratch directory for one test, removed by the test.
fn scratch(name: &str) -> std::path::PathBuf {
    let threads = THREADS.with(|t| t.get()).unwrap_or("1");
    let dir = std::env::temp_dir().join(format!("sjalvtest-{name}-{}-t{threads}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn cr_lf_and_crlf_line_ends_all_give_every_record() {
    for end in ["\r", "\n", "\r\n"] {
        let csv = ["id,pregnant", "A1,ja", "A2,nej", "\"A3\",\"ja\""].join(end) + end;
        let (r, lines) = screen_stdin("csv", csv.as_bytes());
        assert_eq!(r.code, 0, "{end:?}: {}", r.stderr);
        assert_eq!(ids(&lines), ["A1", "A2", "A3"], "{end:?}");
        assert!(r.stderr.contains("3 records, 0 rejected"), "{end:?}: {}", r.stderr);
        let jsonl = ["{\"id\":\"J1\"}", "{\"id\":\"J2\"}"].join(end) + end;
        let (r, lines) = screen_stdin("jsonl", jsonl.as_bytes());
        assert_eq!((r.code, ids(&lines)), (0, vec![Value::from("J1"), Value::from("J2")]), "{end:?}: {}", r.stderr);
        // Line numbers count a CRLF once.
        let bad = ["{\"id\":\"J1\"}", "{\"id\":\"J2\",\"pregnant\":\"kanske\"}"].join(end);
        let (_, lines) = screen_stdin("jsonl", bad.as_bytes());
        assert_eq!(first_error(&lines[1]).1, 2, "{end:?}");
    }
    // Mixed in one file, and a line break inside quotes is kept as written.
    let (r, lines) = screen_stdin("csv", b"id,pregnant\r\nA1,ja\rA2,nej\n\"A\r\n3\",ja\r\nA4,nej");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ids(&lines), ["A1", "A2", "A\r\n3", "A4"]);
}

#[test]
fn an_unclosed_quote_is_rejected_at_its_line_and_later_records_come_out() {
    let csv = "id,note,pregnant\nA1,ok,ja\nA2,\"he said \"\"hi,ja\nA3,plain,nej\nA4,\"quoted\",ja\nA5,x,nej\n";
    let (r, lines) = screen_stdin("csv", csv.as_bytes());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        ids(&lines),
        [Value::from("A1"), Value::from("A2"), Value::from("A3"), Value::from("A4"), Value::from("A5")]
    );
    let (field, line, reason) = first_error(&lines[1]);
    assert_eq!((field, line), (Value::Null, 3));
    assert!(reason.contains("citattecken"), "{reason}");
    for l in [&lines[0], &lines[2], &lines[3], &lines[4]] {
        assert!(l["errors"].as_array().unwrap().is_empty(), "{l}");
    }
    assert!(r.stderr.contains("5 records, 1 rejected"), "{}", r.stderr);
    // At the end of the input, and when nothing after it has a quote.
    let (r, lines) = screen_stdin("csv", b"id,note\nA1,\"open\nA2,x\nA3,y\n");
    assert_eq!((r.code, lines.len()), (1, 3), "{}", r.stdout);
    assert_eq!(first_error(&lines[0]).1, 2);
    assert_eq!(ids(&lines[1..]), ["A2", "A3"]);
    let (r, lines) = screen_stdin("csv", b"id,note\nA1,x\nA2,\"open");
    assert_eq!((r.code, lines.len(), first_error(&lines[1]).1), (1, 2, 3));
}

#[test]
fn a_quoted_field_over_the_limit_is_one_rejected_record_and_reading_goes_on_after_it() {
    let mut csv = b"id,note,pregnant\nA1,\"".to_vec();
    for i in 0..(sjalvtest::screen::csv::MAX_RECORD_BYTES / 100 + 100) {
        csv.extend_from_slice(format!("line {i} of a very long note, {:>80}\n", "").as_bytes());
    }
    csv.extend_from_slice(b"\",ja\nA2,short,nej\n");
    assert!(csv.len() > sjalvtest::screen::csv::MAX_RECORD_BYTES);
    let (r, lines) = screen_stdin("csv", &csv);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(ids(&lines), ["A1", "A2"]);
    let (_, line, reason) = first_error(&lines[0]);
    assert_eq!(line, 2);
    assert!(reason.contains("längre än"), "{reason}");
    assert!(r.stderr.contains("2 records, 1 rejected"), "{}", r.stderr);
}

#[test]
fn memory_stays_bounded_for_a_line_of_any_length_in_both_formats() {
    // 24 MiB without a line end, then a good record.
    let mut long = vec![b'x'; 24 << 20];
    long.extend_from_slice(b"\n");
    for format in ["csv", "jsonl"] {
        let mut input = if format == "csv" { b"id\n".to_vec() } else { Vec::new() };
        input.extend_from_slice(&long);
        input.extend_from_slice(if format == "csv" { b"B\n" } else { b"{\"id\":\"B\"}\n" });
        let (r, lines) = screen_stdin(format, &input);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        assert_eq!(lines.len(), 2, "{format}");
        assert!(first_error(&lines[0]).2.contains("längre än"), "{format}: {}", lines[0]);
        assert_eq!(lines[1]["id"], "B", "{format}");
    }
    // A JSON line over the limit is refused, not read.
    let big = format!("{{\"id\":\"A\",\"note\":\"{}\"}}\n", "y".repeat(sjalvtest::screen::jsonl::MAX_LINE_BYTES));
    let (r, lines) = screen_stdin("jsonl", big.as_bytes());
    assert_eq!((r.code, first_error(&lines[0]).1), (1, 1));
}

#[test]
fn peak_memory_of_a_file_without_line_ends_stays_small() {
    // /usr/bin/time reports the maximum resident set; without it the test has nothing to measure.
    if !std::path::Path::new("/usr/bin/time").exists() {
        eprintln!("no /usr/bin/time; peak memory not measured");
        return;
    }
    let dir = scratch("no-newlines");
    let input = dir.join("big.jsonl");
    std::fs::write(&input, vec![b'z'; 64 << 20]).unwrap();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "maxrss_kb=%M", env!("CARGO_BIN_EXE_sjalvtest")])
        .args(screen_args(&["screen", "--as-of", "2026-01-15"]))
        .arg("--input")
        .arg(&input)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kb: u64 = stderr.split("maxrss_kb=").nth(1).and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(kb > 0 && kb < 32_000, "peak memory {kb} kB for a 64 MiB line: {stderr}");
}

#[test]
fn duplicate_and_case_variant_json_keys_are_rejected_like_the_csv_header() {
    let jsonl = "{\"id\":\"D1\",\"pregnant\":true,\"pregnant\":false}\n{\"id\":\"D2\",\"Pregnant\":true,\"PREGNANT\":false}\n{\"id\":\"D3\",\"ID\":\"x\"}\n{\"id\":\"D4\",\"pregnant\":true,\"x\":1,\"x\":2}\n";
    let (r, lines) = screen_stdin("jsonl", jsonl.as_bytes());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(lines.len(), 4);
    for (l, field) in lines.iter().zip(["pregnant", "pregnant", "id"]) {
        assert_eq!(l["suggestions"], Value::Array(vec![]), "{l}");
        let (f, _, reason) = first_error(l);
        assert_eq!(f, field, "{l}");
        assert!(reason.contains("två gånger"), "{reason}");
    }
    assert!(lines[3]["errors"].as_array().unwrap().is_empty(), "unknown keys are ignored: {}", lines[3]);
}

#[test]
fn output_equal_to_input_is_refused_and_the_input_is_kept() {
    let dir = scratch("same-file");
    let input = dir.join("cases.csv");
    let text = "id,pregnant\nA1,ja\n";
    std::fs::write(&input, text).unwrap();
    let other = format!("{}/./cases.csv", dir.display());
    for out in [input.to_str().unwrap(), other.as_str()] {
        let r = run(&["screen", "--input", input.to_str().unwrap(), "--output", out]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("--output") && r.stderr.contains("--input"), "{}", r.stderr);
        assert_eq!(std::fs::read_to_string(&input).unwrap(), text);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_run_that_fails_leaves_an_existing_output_untouched_and_no_temporary_file() {
    let dir = scratch("keep-output");
    let out = dir.join("out.jsonl");
    std::fs::write(&out, "earlier results\n").unwrap();
    let r = run(&["screen", "--input", &fixture("screen-no-id.csv"), "--output", out.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier results\n");
    // A write error part-way (a file size limit stands in for a full disk): exit 2, the old
    // output kept, no partial or temporary file left.
    let mut csv = "id,pregnant\n".to_string();
    for i in 0..2000 {
        csv.push_str(&format!("A{i},ja\n"));
    }
    let input = dir.join("many.csv");
    std::fs::write(&input, &csv).unwrap();
    let script = format!(
        "ulimit -f 8; trap '' XFSZ; exec '{}' screen --input '{}' --output '{}' --as-of 2026-01-15",
        env!("CARGO_BIN_EXE_sjalvtest"),
        input.display(),
        out.display()
    );
    let o = Command::new("sh").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(out.to_str().unwrap()) && !stderr.contains("many.csv"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier results\n");
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, ["many.csv", "out.jsonl"]);
    // A run that succeeds replaces it.
    let r = run(&["screen", "--input", &fixture("screen-ok.csv"), "--output", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 4);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_full_disk_or_a_closed_standard_output_is_exit_2_naming_the_output() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_sjalvtest"))
        .args(["screen", "--input", &fixture("screen-ok.csv"), "--as-of", "2026-01-15"])
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("standard output") && !stderr.contains("screen-ok.csv"), "{stderr}");
    let r = run(&["screen", "--input", &fixture("screen-ok.csv"), "--output", "/dev/full"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("/dev/full") && !r.stderr.contains("screen-ok.csv"), "{}", r.stderr);
    // Standard output closed.
    let script =
        format!("exec '{}' screen --input '{}' >&-", env!("CARGO_BIN_EXE_sjalvtest"), fixture("screen-ok.csv"));
    let o = Command::new("sh").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("standard output"), "{stderr}");
}

#[test]
fn a_hundred_thousand_unknown_columns_are_read() {
    // The names were once tracked in quadratic time (34–51 s for this input); bench_screen
    // prints the time.
    let mut csv = "id".to_string();
    for i in 0..100_000 {
        csv.push_str(&format!(",extra{i}"));
    }
    csv.push_str("\nA1");
    csv.push_str(&",x".repeat(100_000));
    csv.push('\n');
    let (r, lines) = screen_stdin("csv", csv.as_bytes());
    assert_eq!(r.code, 0, "{}", &r.stderr[..r.stderr.len().min(500)]);
    assert_eq!(ids(&lines), ["A1"]);
    assert!(r.stderr.contains("extra0") && r.stderr.contains("1 records, 0 rejected"));
}

#[test]
fn an_output_through_a_symbolic_link_replaces_the_file_it_points_to() {
    let dir = scratch("symlink-output");
    let real = dir.join("real.jsonl");
    let link = dir.join("link.jsonl");
    std::fs::write(&real, "earlier\n").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let r = run(&["screen", "--input", &fixture("screen-ok.csv"), "--output", link.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap().lines().count(), 4);
    // A link to the input is the input.
    let input = dir.join("in.csv");
    std::fs::copy(fixture("screen-ok.csv"), &input).unwrap();
    let to_input = dir.join("to-input.jsonl");
    std::os::unix::fs::symlink(&input, &to_input).unwrap();
    let r = run(&["screen", "--input", input.to_str().unwrap(), "--output", to_input.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(std::fs::read(&input).unwrap(), std::fs::read(fixture("screen-ok.csv")).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unclosed_quote_found_only_after_the_limit_is_one_line_in_a_file_and_stops_a_pipe() {
    // Nothing after the quote has a quote of its own, so it is found unclosed only at the end,
    // far past the record limit.
    let mut csv = b"id,note\nA0,ok\nA1,\"he said\n".to_vec();
    let mut n = 2;
    while csv.len() <= sjalvtest::screen::csv::MAX_RECORD_BYTES + 1000 {
        csv.extend_from_slice(format!("A{n},plain note\n").as_bytes());
        n += 1;
    }
    let dir = scratch("late-unclosed");
    let input = dir.join("cases.csv");
    std::fs::write(&input, &csv).unwrap();
    let r = raw_run(&["screen", "--input", input.to_str().unwrap(), "--as-of", "2026-01-15"], b"");
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), n, "every record is a line");
    assert_eq!((lines[1]["id"].as_str(), first_error(&lines[1]).1), (Some("A1"), 3));
    assert!(first_error(&lines[1]).2.contains("citattecken"));
    assert_eq!(lines[n - 1]["id"], format!("A{}", n - 1));
    assert!(r.stderr.contains(&format!("{n} records, 1 rejected")), "{}", r.stderr);
    // From a pipe the bytes cannot be read again: the run stops, naming the line.
    let (r, _) = screen_stdin("csv", &csv);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("line 3:"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 14: the `informera` profile on a register-shaped export (a BOM, semicolons, CRLF, `ja`/
/// `nej`, sex and region columns, no incomes and no durations). Someone refused at day 181 with a
/// reported work injury is flagged for livränta, a 57-year-old on sick day 420 for sjukersättning,
/// each with the indicator, how sure, the law, a note, a letter paragraph in plain Swedish and in
/// lättläst, and a link that restores the record's facts in the self-test. Without the profile the
/// lines have no flags.
#[test]
fn the_informera_profile_flags_register_records_with_note_letter_and_link() {
    let input = fixture("register-informera.csv");
    let base = "https://sjalvtest.example/tester.html";
    let r = run(&["screen", "--input", &input, "--as-of", "2025-06-15", "--profile", "informera", "--link-base", base]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let flags = |id: &str| -> Vec<Value> {
        let line = r.lines.iter().find(|l| l["id"] == id).unwrap_or_else(|| panic!("no line {id}"));
        line["flags"].as_array().unwrap().clone()
    };
    let of = |id: &str, benefit: &str| -> Value {
        flags(id).into_iter().find(|f| f["benefit"] == benefit).unwrap_or_else(|| panic!("{id}: no {benefit} flag"))
    };
    let livranta = of("R181", "arbetsskadelivranta");
    assert_eq!(livranta["indicator"], "arbetsskada-nekad-dag181");
    assert_eq!(livranta["sure"], "should-be-informed");
    assert_eq!(livranta["law"], "SFB 41 kap. 2 §");
    assert!(livranta["note"].as_str().unwrap().starts_with("Bör informeras om livränta vid arbetsskada."));
    assert!(livranta["letter"].as_str().unwrap().contains("livränta vid arbetsskada"));
    assert!(livranta["letter_lattlast"].as_str().unwrap().contains("livränta vid arbetsskada"));
    let sa = of("S420", "sjukersattning");
    assert_eq!(sa["indicator"], "lang-sjukperiod");
    assert_eq!(sa["detail"], "dag=420 fran=366 alder=57");
    assert!(sa["reason"].as_str().unwrap().contains("57 år och på dag 420"));
    assert_eq!(of("BTS2018", "bostadstillagg")["indicator"], "beviljad-utan-bostadstillagg");
    assert!(flags("BTSNEW").is_empty(), "granted less than three months ago");
    assert_eq!(of("AE30", "sjukpenning_sarskilda_fall")["detail"], "manader=7 inom=12");
    assert_eq!(of("GRAV", "graviditetspenning")["indicator"], "graviditet");
    assert!(flags("NONE").is_empty());

    // The link opens the alternatives self-test with the record's facts and nothing else.
    let link = livranta["link"].as_str().unwrap();
    let (page, fragment) = link.split_once('#').unwrap();
    assert_eq!(page, format!("{base}?test=alternativ"));
    let saved = api::from_link(fragment).unwrap();
    assert_eq!(saved.test, "alternativ");
    assert_eq!(saved.as_of, "2025-06-15");
    let answers: Vec<(&str, &str)> = saved.answers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        answers,
        [
            ("birth-date", "1975-04-02"),
            ("injury-reported", "yes"),
            ("on-sick-pay", "no"),
            ("sick-days", "181-or-more"),
            ("sick-pay-denied", "yes")
        ]
    );
    let session = api::restore(&saved).unwrap_or_else(|e| panic!("{e:?}"));
    match api::view(&session, Lang::Sv) {
        View::Question(q) => assert_eq!(q.id, "insured", "the first fact the record does not hold"),
        View::Outcome(_) => panic!("the link should still ask"),
    }
    assert!(!link.contains("R181") && !link.contains("Skåne"), "only the facts, no id or class");

    // The default profile: no flags key.
    let plain = run(&["screen", "--input", &input, "--as-of", "2025-06-15"]);
    assert!(plain.lines.iter().all(|l| l.get("flags").is_none()));
    let bad = run(&["screen", "--input", &input, "--profile", "nosuch"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--profile must be behorighet or informera"), "{}", bad.stderr);
}

/// The tests above that run `sjalvtest screen` from the outside, again with `--threads 2`: the
/// same lines, errors, line numbers and exit codes. (The two that write through a shell script
/// run on one thread only.)
mod on_two_threads {
    macro_rules! twins {
        ($($name:ident),* $(,)?) => {$(
            #[test]
            fn $name() {
                super::THREADS.with(|t| t.set(Some("2")));
                super::$name();
            }
        )*};
    }

    twins!(
        good_csv_exits_0_with_one_line_per_record,
        good_json_lines_exit_0_and_records_without_as_of_use_the_option,
        bad_csv_rows_are_written_with_their_errors_and_exit_1,
        bad_json_lines_are_written_with_their_errors_and_exit_1,
        missing_fields_leave_entries_not_assessed_and_name_the_field,
        runs_that_cannot_start_exit_2,
        output_file_format_option_and_stdin,
        the_self_test_and_the_screening_give_the_same_suggestions_for_the_same_facts,
        cr_lf_and_crlf_line_ends_all_give_every_record,
        an_unclosed_quote_is_rejected_at_its_line_and_later_records_come_out,
        a_quoted_field_over_the_limit_is_one_rejected_record_and_reading_goes_on_after_it,
        memory_stays_bounded_for_a_line_of_any_length_in_both_formats,
        peak_memory_of_a_file_without_line_ends_stays_small,
        duplicate_and_case_variant_json_keys_are_rejected_like_the_csv_header,
        output_equal_to_input_is_refused_and_the_input_is_kept,
        a_hundred_thousand_unknown_columns_are_read,
        an_output_through_a_symbolic_link_replaces_the_file_it_points_to,
        an_unclosed_quote_found_only_after_the_limit_is_one_line_in_a_file_and_stops_a_pipe,
        parquet_in_gives_the_lines_the_same_records_give_as_csv,
        parquet_out_has_the_json_lines_keys_as_columns_in_and_out,
        a_malformed_parquet_value_is_the_same_error_as_in_csv_at_its_row,
        the_routes_of_issue_13_are_screened_from_the_catalogue,
        the_informera_profile_flags_register_records_with_note_letter_and_link,
        informera_parquet_out_has_the_flags_column,
    );
}

// ---------------------------------------------------------------------------------------------
// Parquet (issue 14, item 4).

/// A Parquet column for [`write_parquet`]: its name and type.
#[derive(Clone, Copy)]
enum Pq {
    Str,
    Bool,
    Int,
    Date,
    Double,
}

/// Writes a Parquet file of optional columns; each cell is given as text (`None`: null).
fn write_parquet(path: &std::path::Path, columns: &[(&str, Pq)], rows: &[Vec<Option<&str>>]) {
    use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
    use parquet::file::writer::SerializedFileWriter;
    let fields: String = columns
        .iter()
        .map(|(name, kind)| match kind {
            Pq::Str => format!("optional binary {name} (STRING);"),
            Pq::Bool => format!("optional boolean {name};"),
            Pq::Int => format!("optional int64 {name};"),
            Pq::Date => format!("optional int32 {name} (DATE);"),
            Pq::Double => format!("optional double {name};"),
        })
        .collect();
    let schema = parquet::schema::parser::parse_message_type(&format!("message records {{ {fields} }}")).unwrap();
    let file = std::fs::File::create(path).unwrap();
    let mut writer = SerializedFileWriter::new(file, std::sync::Arc::new(schema), Default::default()).unwrap();
    let mut group = writer.next_row_group().unwrap();
    let mut i = 0;
    while let Some(mut column) = group.next_column().unwrap() {
        let cells: Vec<Option<&str>> = rows.iter().map(|r| r[i]).collect();
        let levels: Vec<i16> = cells.iter().map(|c| i16::from(c.is_some())).collect();
        let present = cells.iter().flatten();
        match columns[i].1 {
            Pq::Str => {
                let v: Vec<ByteArray> = present.map(|s| ByteArray::from(*s)).collect();
                column.typed::<ByteArrayType>().write_batch(&v, Some(&levels), None).unwrap();
            }
            Pq::Bool => {
                let v: Vec<bool> = present.map(|s| *s == "true").collect();
                column.typed::<BoolType>().write_batch(&v, Some(&levels), None).unwrap();
            }
            Pq::Int => {
                let v: Vec<i64> = present.map(|s| s.parse().unwrap()).collect();
                column.typed::<Int64Type>().write_batch(&v, Some(&levels), None).unwrap();
            }
            Pq::Date => {
                let epoch = Date::parse("1970-01-01").unwrap();
                let v: Vec<i32> = present.map(|s| epoch.days_until(Date::parse(s).unwrap()) as i32).collect();
                column.typed::<Int32Type>().write_batch(&v, Some(&levels), None).unwrap();
            }
            Pq::Double => {
                let v: Vec<f64> = present.map(|s| s.parse().unwrap()).collect();
                column.typed::<DoubleType>().write_batch(&v, Some(&levels), None).unwrap();
            }
        }
        column.close().unwrap();
        i += 1;
    }
    group.close().unwrap();
    writer.close().unwrap();
}

/// A Parquet file's column names and rows, every value as text (`None`: null).
fn read_parquet(path: &std::path::Path) -> (Vec<String>, Vec<Vec<Option<String>>>) {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field as V;
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let schema = reader.metadata().file_metadata().schema_descr().root_schema().clone();
    let names = schema.get_fields().iter().map(|f| f.name().to_string()).collect();
    let rows = reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            row.unwrap()
                .get_column_iter()
                .map(|(_, v)| match v {
                    V::Null => None,
                    V::Str(s) => Some(s.clone()),
                    other => panic!("a string column: {other:?}"),
                })
                .collect()
        })
        .collect();
    (names, rows)
}

const PQ_COLUMNS: [(&str, Pq); 9] = [
    ("id", Pq::Str),
    ("birth_date", Pq::Date),
    ("insured_in_sweden", Pq::Bool),
    ("sick_days", Pq::Int),
    ("pregnant", Pq::Bool),
    ("due_date", Pq::Date),
    ("capacity_reduction", Pq::Str),
    ("frequent_or_long_sickness", Pq::Str),
    ("note", Pq::Str),
];

fn pq_rows() -> Vec<Vec<Option<&'static str>>> {
    vec![
        vec![
            Some("P1"),
            Some("1990-05-01"),
            Some("true"),
            Some("200"),
            Some("false"),
            None,
            Some("0.5"),
            Some("ja"),
            Some("x"),
        ],
        vec![Some("P2"), Some("1968-01-31"), Some("true"), Some("420"), None, None, Some("1"), None, None],
        vec![Some("P3"), None, None, None, Some("true"), Some("2026-03-01"), None, Some("nej"), Some("y")],
        vec![
            Some("P4"),
            Some("1995-12-24"),
            Some("false"),
            Some("14"),
            Some("false"),
            None,
            Some("0"),
            Some("1"),
            None,
        ],
    ]
}

/// The same records as CSV: booleans as true/false, dates as YYYY-MM-DD, nulls empty.
fn pq_as_csv(rows: &[Vec<Option<&str>>]) -> String {
    let mut csv = PQ_COLUMNS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(",") + "\n";
    for row in rows {
        csv.push_str(&row.iter().map(|c| c.unwrap_or("")).collect::<Vec<_>>().join(","));
        csv.push('\n');
    }
    csv
}

#[test]
fn parquet_in_gives_the_lines_the_same_records_give_as_csv() {
    let dir = scratch("parquet-in");
    let (pq, csv) = (dir.join("cases.parquet"), dir.join("cases.csv"));
    write_parquet(&pq, &PQ_COLUMNS, &pq_rows());
    std::fs::write(&csv, pq_as_csv(&pq_rows())).unwrap();
    let from_pq = run(&["screen", "--input", pq.to_str().unwrap(), "--as-of", "2026-01-15"]);
    let from_csv = run(&["screen", "--input", csv.to_str().unwrap(), "--as-of", "2026-01-15"]);
    assert_eq!(from_pq.code, 0, "{}", from_pq.stderr);
    assert_eq!(from_pq.lines, from_csv.lines);
    assert_eq!(from_pq.lines.len(), 4);
    assert!(from_pq.stderr.contains("ignored unknown field \"note\""), "{}", from_pq.stderr);
    // The typed values were read: no entry misses the birth date or the sick days given.
    for line in &from_pq.lines[..2] {
        let missing: Vec<&str> =
            line["not_assessed"].as_array().unwrap().iter().map(|e| e["missing"].as_str().unwrap()).collect();
        assert!(!missing.iter().any(|m| ["birth_date", "sick_days", "insured_in_sweden"].contains(m)), "{line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn parquet_out_has_the_json_lines_keys_as_columns_in_and_out() {
    let dir = scratch("parquet-out");
    let pq_in = dir.join("cases.parquet");
    write_parquet(&pq_in, &PQ_COLUMNS, &pq_rows());
    let csv = dir.join("cases.csv");
    std::fs::write(&csv, pq_as_csv(&pq_rows()) + "P5,1990-02-30,kanske,,,,,,\n").unwrap();
    for input in [&csv, &pq_in] {
        let jsonl = run(&["screen", "--input", input.to_str().unwrap(), "--as-of", "2026-01-15"]);
        let out = dir.join("out.parquet");
        let r = run(&[
            "screen",
            "--input",
            input.to_str().unwrap(),
            "--as-of",
            "2026-01-15",
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, jsonl.code, "{}", r.stderr);
        let (names, rows) = read_parquet(&out);
        // The JSON lines' keys, in the order the lines write them.
        assert_eq!(names, sjalvtest::screen::parquet::COLUMNS);
        let mut keys: Vec<&String> = jsonl.lines[0].as_object().unwrap().keys().collect();
        let mut sorted: Vec<&String> = names.iter().collect();
        keys.sort();
        sorted.sort();
        assert_eq!(sorted, keys);
        assert_eq!(rows.len(), jsonl.lines.len());
        for (row, line) in rows.iter().zip(&jsonl.lines) {
            assert_eq!(row[0].as_deref(), line["id"].as_str());
            for (cell, key) in row[1..].iter().zip(["suggestions", "not_assessed", "errors"]) {
                let value: Value = serde_json::from_str(cell.as_deref().unwrap()).unwrap();
                assert_eq!(value, line[key], "{key}");
            }
        }
        // --output-format parquet writes a Parquet file to standard output too.
        let args =
            ["screen", "--input", input.to_str().unwrap(), "--as-of", "2026-01-15", "--output-format", "parquet"];
        let piped = Command::new(env!("CARGO_BIN_EXE_sjalvtest")).args(screen_args(&args)).output().unwrap();
        assert_eq!(piped.status.code(), Some(jsonl.code));
        std::fs::write(&out, &piped.stdout).unwrap();
        assert_eq!(read_parquet(&out), (names, rows));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The number in the report's table cell of the row `<tr data-benefit="id">` (or of the row
/// headed `row`), `None` for a hidden count ("..").
fn report_cell(html: &str, row_start: &str) -> Option<u64> {
    let at = html.find(row_start).unwrap_or_else(|| panic!("no row {row_start}"));
    let cell = html[at..].split("<td>").nth(1).unwrap().split("</td>").next().unwrap();
    cell.replace(['\u{a0}', ' '], "").parse().ok()
}

/// Issue 14 item 3: `--summary` writes the report of an `informera` run. The register fixture
/// six times over (so every count is at least 5 and shown) and two unreadable records: the
/// report's counts are the lines' (records read, flagged, per benefit, unread), it holds no id
/// and no value from a record, and it is the same file on two threads. Without `informera` it
/// is refused before anything is written.
#[test]
fn the_summary_report_counts_what_the_lines_say() {
    let dir = scratch("summary");
    let fixture = std::fs::read_to_string(fixture("register-informera.csv")).unwrap();
    let mut rows = fixture.split("\r\n").filter(|l| !l.is_empty());
    let header = rows.next().unwrap();
    let rows: Vec<&str> = rows.collect();
    let mut csv = format!("{header}\r\n");
    for copy in 0..6 {
        for row in &rows {
            let (id, rest) = row.split_once(';').unwrap();
            csv += &format!("{id}-{copy};{rest}\r\n");
        }
    }
    csv += "HEMLIG-1;1990-02-30;10;;;;;;;;;;;;;K;Gotland\r\n";
    csv += "HEMLIG-2;1980-01-01;-4;;;;;;;;;;;;;M;Gotland\r\n";
    let input = dir.join("register.csv");
    std::fs::write(&input, &csv).unwrap();
    let input = input.to_str().unwrap();
    let report = dir.join("report.html");
    let args = ["screen", "--input", input, "--as-of", "2025-06-15", "--profile", "informera"];
    let r = run(&[&args[..], &["--summary", report.to_str().unwrap()]].concat());
    assert_eq!(r.code, 1, "two records rejected: {}", r.stderr);
    let html = std::fs::read_to_string(&report).unwrap();

    let read = r.lines.iter().filter(|l| l["errors"].as_array().unwrap().is_empty()).count() as u64;
    let unread = r.lines.len() as u64 - read;
    assert_eq!((read, unread), (6 * rows.len() as u64, 2));
    let flagged = r.lines.iter().filter(|l| !l["flags"].as_array().unwrap().is_empty()).count() as u64;
    assert_eq!(report_cell(&html, "<th scope=\"row\">Poster som lästes</th>"), Some(read));
    assert_eq!(report_cell(&html, "<th scope=\"row\">Poster som flaggades för minst en förmån</th>"), Some(flagged));
    // Not hidden: the unread records are listed by line, which names no person.
    assert_eq!(report_cell(&html, "<th scope=\"row\">Poster som inte gick att läsa</th>"), Some(unread));
    let mut benefits_seen = 0;
    for id in ["arbetsskadelivranta", "sjukersattning", "bostadstillagg", "graviditetspenning", "aktivitetsersattning"]
    {
        let with: u64 =
            r.lines.iter().filter(|l| l["flags"].as_array().unwrap().iter().any(|f| f["benefit"] == id)).count() as u64;
        assert_eq!(report_cell(&html, &format!("<tr data-benefit=\"{id}\">")), Some(with), "{id}");
        benefits_seen += usize::from(with > 0);
    }
    assert!(benefits_seen >= 4);
    // The unread records by their line only: no id, no value.
    for secret in ["HEMLIG", "1990-02-30", "R181", "S420", "-4;"] {
        assert!(!html.contains(secret), "{secret} in the report");
    }
    assert!(html.contains("birth_date"), "the unread record's field is named");

    // Two threads: the same report, byte for byte.
    let twice = dir.join("report-2.html");
    let r2 = run(&[&args[..], &["--summary", twice.to_str().unwrap(), "--threads", "2"]].concat());
    assert_eq!(r2.code, 1, "{}", r2.stderr);
    assert_eq!(std::fs::read_to_string(&twice).unwrap(), html);

    // Refused before anything is written: without informera, or the same file as the input.
    let plain = dir.join("plain.html");
    let bad = run(&["screen", "--input", input, "--summary", plain.to_str().unwrap()]);
    assert_eq!((bad.code, bad.lines.len()), (2, 0));
    assert!(bad.stderr.contains("add --profile informera"), "{}", bad.stderr);
    assert!(!plain.exists());
    let same = run(&[&args[..], &["--summary", input]].concat());
    assert_eq!(same.code, 2);
    assert!(same.stderr.contains("same file as --input"), "{}", same.stderr);
    assert_eq!(std::fs::read_to_string(input).unwrap(), csv);
    let _ = std::fs::remove_dir_all(&dir);
}

/// With `--profile informera` the Parquet output has the lines' `flags` as a fifth column, the
/// same JSON text as the line's `flags`.
#[test]
fn informera_parquet_out_has_the_flags_column() {
    let dir = scratch("parquet-flags");
    let input = fixture("register-informera.csv");
    let args = ["screen", "--input", &input, "--as-of", "2025-06-15", "--profile", "informera"];
    let jsonl = run(&args);
    let out = dir.join("flags.parquet");
    let r = run(&[&args[..], &["--output", out.to_str().unwrap()]].concat());
    assert_eq!(r.code, jsonl.code, "{}", r.stderr);
    let (names, rows) = read_parquet(&out);
    let mut expected: Vec<&str> = sjalvtest::screen::parquet::COLUMNS.to_vec();
    expected.push(sjalvtest::screen::parquet::FLAGS);
    assert_eq!(names, expected);
    assert_eq!(rows.len(), jsonl.lines.len());
    let mut flagged = 0;
    for (row, line) in rows.iter().zip(&jsonl.lines) {
        assert_eq!(row[0].as_deref(), line["id"].as_str());
        let value: Value = serde_json::from_str(row[4].as_deref().unwrap()).unwrap();
        assert_eq!(value, line["flags"]);
        flagged += usize::from(!value.as_array().unwrap().is_empty());
    }
    assert!(flagged >= 4, "the fixture's flagged records: {flagged}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_malformed_parquet_value_is_the_same_error_as_in_csv_at_its_row() {
    let dir = scratch("parquet-bad");
    let pq = dir.join("bad.parquet");
    let columns = [("id", Pq::Str), ("insured_in_sweden", Pq::Str), ("sick_days", Pq::Int), ("birth_date", Pq::Str)];
    let rows = vec![
        vec![Some("B1"), Some("ja"), Some("3"), Some("1990-01-01")],
        vec![Some("B2"), Some("kanske"), Some("-1"), Some("1990-02-30")],
        vec![None, Some("nej"), None, None],
    ];
    write_parquet(&pq, &columns, &rows);
    let csv = dir.join("bad.csv");
    std::fs::write(
        &csv,
        "id,insured_in_sweden,sick_days,birth_date\nB1,ja,3,1990-01-01\nB2,kanske,-1,1990-02-30\n,nej,,\n",
    )
    .unwrap();
    let from_pq = run(&["screen", "--input", pq.to_str().unwrap(), "--as-of", "2026-01-15"]);
    let from_csv = run(&["screen", "--input", csv.to_str().unwrap(), "--as-of", "2026-01-15"]);
    assert_eq!((from_pq.code, from_csv.code), (1, 1), "{}", from_pq.stderr);
    assert_eq!(errors(&from_pq.lines[1]).len(), 3);
    for (p, c) in from_pq.lines.iter().zip(&from_csv.lines) {
        let strip = |v: &Value| {
            let mut v = v.clone();
            for e in v["errors"].as_array_mut().unwrap() {
                e.as_object_mut().unwrap().remove("line");
            }
            v
        };
        assert_eq!(strip(p), strip(c));
    }
    // The line of a Parquet record is its row number (a CSV file's is one more, for the header).
    assert_eq!(errors(&from_pq.lines[1])[0].1, 2);
    assert_eq!(errors(&from_pq.lines[2])[0], (Value::from("id"), 3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_empty_or_unreadable_parquet_file_and_a_float_column_exit_2() {
    let dir = scratch("parquet-empty");
    let none = dir.join("none.parquet");
    write_parquet(&none, &PQ_COLUMNS, &[]);
    let r = run(&["screen", "--input", none.to_str().unwrap(), "--as-of", "2026-01-15"]);
    assert_eq!((r.code, r.lines.len()), (0, 0), "{}", r.stderr);
    assert!(r.stderr.contains("0 records, 0 rejected"), "{}", r.stderr);
    let empty = dir.join("empty.parquet");
    std::fs::write(&empty, b"").unwrap();
    let floats = dir.join("floats.parquet");
    write_parquet(&floats, &[("id", Pq::Str), ("capacity_reduction", Pq::Double)], &[vec![Some("F"), Some("0.25")]]);
    let no_id = dir.join("no-id.parquet");
    write_parquet(&no_id, &[("name", Pq::Str)], &[vec![Some("F")]]);
    for (file, says) in [
        (&empty, "empty.parquet: "),
        (&floats, "the Parquet column capacity_reduction is a floating-point number"),
        (&no_id, "no id column"),
    ] {
        let r = run(&["screen", "--input", file.to_str().unwrap(), "--as-of", "2026-01-15"]);
        assert_eq!((r.code, r.lines.len()), (2, 0), "{}", r.stderr);
        assert!(r.stderr.contains(says), "{}", r.stderr);
    }
    let (r, _) = screen_stdin("parquet", b"PAR1");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("standard input"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The README lists the benefit ids in the catalogue's order (the report's browser test reads
/// that list too).
#[test]
fn the_readme_lists_every_benefit_id_in_the_catalogues_order() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let line = readme.lines().find(|l| l.starts_with("Benefit ids, in the catalogue's order:")).unwrap();
    let listed: Vec<&str> = line.split('`').skip(1).step_by(2).collect();
    let catalogue: Vec<&str> = sjalvtest::rules::alternativ::KATALOG.iter().map(|p| p.formon.id()).collect();
    assert_eq!(listed, catalogue);
}
