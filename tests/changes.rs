//! What would change the outcome (issue 13): the change a result names is the rules' own, at the
//! krona and the month. For every scenario whose result names a change with a figure, the test
//! applies exactly that change to the person's answer and runs the self-test again: the failed
//! condition is then met; one krona or one month less, it still fails. So a change is never a
//! hint written by hand, and a threshold that moves in the rules moves the sentence with it.

use crate::files::SCENARIOS;
use sjalvtest::api::OutcomeView;
use sjalvtest::i18n::Lang;
use sjalvtest::scenario::{self, Scenario};

/// The value of `name=` in a machine line.
fn field(line: &str, name: &str) -> Option<i64> {
    line.split(' ').find_map(|f| f.strip_prefix(&format!("{name}=")))?.parse().ok()
}

/// The scenario with `answer` moved by `by`.
fn moved(s: &Scenario, answer: &str, by: i64) -> Scenario {
    let mut s = s.clone();
    for (k, v) in s.answers.iter_mut() {
        if k == answer {
            let n: i64 = v.replace(' ', "").parse().unwrap_or_else(|_| panic!("{answer} is a number: {v}"));
            *v = (n + by).to_string();
        }
    }
    s
}

/// The id of the failed condition, or "" when nothing failed.
fn failed_id(o: &OutcomeView) -> String {
    o.failed.as_ref().map(|f| f.step.split(' ').next().unwrap_or("").to_string()).unwrap_or_default()
}

fn outcome(s: &Scenario) -> OutcomeView {
    scenario::outcome(s, Lang::Sv).unwrap()
}

/// The failed condition after answering as `s` does; "(asks on)" when the self-test gets past
/// the condition and asks a question the file does not answer.
fn failed_after(s: &Scenario) -> String {
    let mut session = sjalvtest::api::start(&s.test, &s.as_of).unwrap();
    loop {
        match sjalvtest::api::view(&session, Lang::Sv) {
            sjalvtest::api::View::Outcome(o) => return failed_id(&o),
            sjalvtest::api::View::Question(q) => match s.answers.iter().find(|(k, _)| k == q.id) {
                Some((k, v)) => session.answer(k, v).unwrap(),
                None => return "(asks on)".into(),
            },
        }
    }
}

#[test]
fn each_change_turns_the_failed_condition_exactly_at_its_threshold() {
    let mut checked = 0;
    for (name, path, text) in SCENARIOS {
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        let s = scenario::parse(&text).unwrap();
        let o = outcome(&s);
        let before = failed_id(&o);
        for c in &o.changes {
            // Which answer the change moves, and in which direction.
            let (answer, sign, condition) = match c.change.split(' ').next() {
                Some("forlust-till-en-femtondel") => ("income-now", -1, "en-femtondel"),
                Some("forlust-till-fjardedel-prisbasbelopp") => ("income-now", -1, "fjardedel-prisbasbelopp"),
                Some("langre-varaktighet") => ("duration-months", 1, "minst-ett-ar"),
                Some("inkomst-till-golvet") => ("income-per-year", 1, "inkomst-minst-golvet"),
                _ => continue,
            };
            let by = field(&c.change, "saknas").unwrap_or_else(|| panic!("{name}: {} has saknas", c.change));
            assert_eq!(before, condition, "{name}: the change is about the failed condition");
            let enough = failed_after(&moved(&s, answer, sign * by));
            assert_ne!(enough, condition, "{name}: {} meets the condition", c.change);
            let one_less = failed_after(&moved(&s, answer, sign * (by - 1)));
            assert_eq!(one_less, condition, "{name}: one less than {} still fails", c.change);
            checked += 1;
        }
    }
    assert!(checked >= 5, "the scenarios with a figure to change: {checked}");
}

#[test]
fn only_a_probably_not_names_changes_and_every_probably_not_with_one_has_its_words() {
    for (name, path, text) in SCENARIOS {
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        let s = scenario::parse(&text).unwrap();
        for lang in Lang::ALL {
            let o = scenario::outcome(&s, lang).unwrap();
            if o.verdict != sjalvtest::rules::Verdict::ProbablyNot {
                assert!(o.changes.is_empty(), "{name}: a change on a {:?}", o.verdict);
            }
            for c in &o.changes {
                assert!(!c.text.trim().is_empty(), "{name} {}: {} has words", lang.tag(), c.change);
            }
        }
    }
}

/// The reason an alternative does not fit, from the trace ("" when it fits or is not assessed).
fn why_not(o: &OutcomeView, formon: &str) -> String {
    let entry = format!("formon={formon} ");
    o.reasons
        .iter()
        .find(|s| s.step.starts_with("foreslas-inte ") && s.step.contains(&entry))
        .and_then(|s| s.step.split(' ').find_map(|f| f.strip_prefix("varfor=")))
        .unwrap_or("")
        .to_string()
}

/// The outcome after answering as `s` does, and "yes" to the injury report, which the self-test
/// asks only once livränta fits.
fn outcome_reported(s: &Scenario) -> OutcomeView {
    let mut session = sjalvtest::api::start(&s.test, &s.as_of).unwrap();
    loop {
        match sjalvtest::api::view(&session, Lang::Sv) {
            sjalvtest::api::View::Outcome(o) => return o,
            sjalvtest::api::View::Question(q) => {
                let v = s.answers.iter().find(|(k, _)| k == q.id).map(|(_, v)| v.as_str());
                let v = v.unwrap_or_else(|| if q.id == "injury-reported" { "yes" } else { panic!("asks {}", q.id) });
                session.answer(q.id, v).unwrap();
            }
        }
    }
}

/// The alternatives self-test names no failed condition (each entry fits, does not or was not
/// assessed), so its change is checked on the entry: exactly the change makes the entry's reason
/// go; one krona less, the same reason stays.
#[test]
fn each_alternativ_change_with_a_figure_turns_its_entry_exactly_at_the_threshold() {
    let mut checked = 0;
    for (name, path, text) in SCENARIOS {
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        let s = scenario::parse(&text).unwrap();
        if s.test != "alternativ" {
            continue;
        }
        let o = outcome(&s);
        assert!(o.changes.len() <= 3, "{name}: at most three changes");
        for c in &o.changes {
            let (answer, sign, formon, reason) = match c.change.split(' ').next() {
                Some("livranta-forlust-till-en-femtondel") => {
                    ("income-after", -1, "arbetsskadelivranta", "forlust-under-en-femtondel")
                }
                Some("livranta-forlust-till-fjardedel-prisbasbelopp") => {
                    ("income-after", -1, "arbetsskadelivranta", "forlust-under-fjardedel-prisbasbelopp")
                }
                _ => continue,
            };
            let by = field(&c.change, "saknas").unwrap_or_else(|| panic!("{name}: {} has saknas", c.change));
            assert_eq!(why_not(&o, formon), reason, "{name}: the change is about the entry's reason");
            let enough = outcome_reported(&moved(&s, answer, sign * by));
            assert_ne!(why_not(&enough, formon), reason, "{name}: {} turns the entry", c.change);
            let one_less = outcome_reported(&moved(&s, answer, sign * (by - 1)));
            assert_eq!(why_not(&one_less, formon), reason, "{name}: one krona less than {} still fails", c.change);
            checked += 1;
        }
    }
    assert!(checked >= 1, "the alternativ scenarios with a figure to change: {checked}");
}

// --- The timeline and its calendar file ---------------------------------------------------------

/// A small iCalendar reader for the test: unfolds the lines (RFC 5545, 3.1) and gives each
/// event's properties.
fn read_ics(ics: &str) -> Vec<Vec<(String, String)>> {
    assert!(ics.ends_with("\r\n"), "lines end in CRLF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line}");
        assert!(!line.contains('\n'), "a bare line feed");
    }
    let unfolded = ics.replace("\r\n ", "");
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').unwrap_or_else(|| panic!("name:value: {line}"));
        match (name, value) {
            ("BEGIN", "VEVENT") => current = Some(Vec::new()),
            ("END", "VEVENT") => events.push(current.take().unwrap()),
            _ => {
                if let Some(c) = current.as_mut() {
                    c.push((name.to_string(), value.to_string()));
                }
            }
        }
    }
    events
}

fn prop<'a>(e: &'a [(String, String)], name: &str) -> &'a str {
    e.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no {name}"))
}

/// Undoes the TEXT escapes.
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
}

#[test]
fn the_calendar_file_holds_every_date_of_the_timeline_in_every_language() {
    let mut files = 0;
    for (name, path, text) in SCENARIOS {
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string());
        let s = scenario::parse(&text).unwrap();
        for lang in Lang::ALL {
            let o = scenario::outcome(&s, lang).unwrap();
            if o.timeline.is_empty() {
                continue;
            }
            let ics = sjalvtest::api::ics(&o);
            assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{name}");
            let events = read_ics(&ics);
            assert_eq!(events.len(), o.timeline.len(), "{name}: one event per date");
            let mut uids = std::collections::BTreeSet::new();
            for (e, t) in events.iter().zip(&o.timeline) {
                let day = t.date.to_string().replace('-', "");
                assert_eq!(prop(e, "DTSTART;VALUE=DATE"), day, "{name}");
                let next = t.date.plus_days(1).unwrap().to_string().replace('-', "");
                assert_eq!(prop(e, "DTEND;VALUE=DATE"), next, "{name}: an all-day event");
                assert_eq!(unescape(prop(e, "SUMMARY")), t.text, "{name} {}", lang.tag());
                assert!(uids.insert(prop(e, "UID").to_string()), "{name}: unique UIDs");
            }
            let url = sjalvtest::api::ics_data_url(&o);
            assert!(url.starts_with("data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR"), "{name}");
            files += 1;
        }
    }
    assert!(files >= 20, "scenarios with dates: {files}");
}

#[test]
fn the_last_month_to_apply_crosses_a_year_end() {
    use sjalvtest::domain::ym;
    use sjalvtest::rules::aktivitetsersattning::ansok_senast;
    assert_eq!(ansok_senast(ym(2024, 12)), Some(ym(2025, 3)));
    assert_eq!(ansok_senast(ym(2025, 10)), Some(ym(2026, 1)));
}
