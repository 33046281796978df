//! The sjukpenning calculator self-test: its questions, how each answers a fact of
//! `rules::sjukpenning`, and how the result becomes an [`Outcome`]. The rules compute every
//! amount and date; this file only maps answers to facts and the result to rows.

use crate::domain::{Date, Kronor};
use crate::flow::{Ask, Change, Event, Flow, Kind, Outcome, Per, Question, Row, ToAsk, Whom, MAX_KRONOR};
use crate::i18n::{self, UiMsg};
use crate::rules::sjukpenning::{self as regler, Beslut, Dagbelopp, Fakta, Rehabkedja};
use crate::rules::{Fact, Verdict};
use crate::text::{self, Msg};

pub static INCOME: Question = Question {
    id: "income-per-year",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::sp_q_income(),
    name: text::sp_n_income(),
    hint: Some(text::sp_h_income()),
    law: Some(regler::SGI_BEGREPP),
};

pub static JOB_SEEKER: Question = Question {
    id: "job-seeker",
    kind: Kind::YesNo,
    label: text::sp_q_job_seeker(),
    name: text::sp_n_job_seeker(),
    hint: Some(text::sp_h_job_seeker()),
    law: Some(regler::ARBETSSOKANDE_TAK_REF),
};

pub static KNOWS_FIRST_DAY: Question = Question {
    id: "knows-first-sick-day",
    kind: Kind::YesNo,
    label: text::sp_q_knows_first_day(),
    name: text::sp_n_knows_first_day(),
    hint: Some(text::sp_h_knows_first_day()),
    law: Some(regler::KEDJAN),
};

pub static FIRST_DAY: Question = Question {
    id: "first-sick-day",
    // A planned operation can make the first sick day lie ahead.
    kind: Kind::Date { not_after_today: false },
    label: text::sp_q_first_day(),
    name: text::sp_n_first_day(),
    hint: Some(text::sp_h_first_day()),
    law: Some(regler::KEDJAN),
};

pub static FLOW: Flow = Flow {
    id: "sjukpenning",
    title: text::sp_title(),
    intro: text::sp_intro(),
    questions: &[&INCOME, &JOB_SEEKER, &KNOWS_FIRST_DAY, &FIRST_DAY],
    run,
    max_questions: 4,
};

/// The answers, read as the facts the rules ask for.
struct Svar<'a, 'b>(&'b mut Ask<'a>);

impl Fakta for Svar<'_, '_> {
    fn arsinkomst(&mut self) -> Fact<Kronor> {
        self.0.kronor(&INCOME)
    }

    fn arbetssokande(&mut self) -> Fact<bool> {
        self.0.yes_no(&JOB_SEEKER)
    }

    fn forsta_sjukdag(&mut self) -> Fact<Option<Date>> {
        self.0.if_yes(&KNOWS_FIRST_DAY, |a| a.date(&FIRST_DAY))
    }
}

fn run(ask: &mut Ask) -> Fact<Outcome> {
    let today = ask.today();
    Ok(present(regler::bedom(&mut Svar(ask), today)?))
}

/// The calculation as an [`Outcome`].
fn present(b: Beslut) -> Outcome {
    let mut rows = vec![Row::new("year", text::sp_row_year(), text::ui_param_plain(b.ar), b.ar.to_string()).hidden()];
    if let Some(sgi) = b.sgi {
        match sgi.sgi {
            Some(s) => {
                rows.push(Row::kronor("sgi", text::sp_row_sgi(), s));
                rows.push(Row::yes_no("sgi-capped", text::sp_row_sgi_capped(), sgi.takad).hidden());
            }
            None => rows.push(Row::new("sgi", text::sp_row_sgi(), text::sp_no_sgi(), "none")),
        }
    }
    match &b.dagbelopp {
        Some(Ok(d)) => amount_rows(&mut rows, d),
        Some(Err(e)) => {
            for (key, label) in [("per-day-80", text::sp_row_per_day_80()), ("per-day-75", text::sp_row_per_day_75())] {
                rows.push(Row::new(key, label, i18n::rule_error(e), "not-yet-known"));
            }
            rows.push(Row::new("job-seeker-cap", text::sp_row_job_seeker_cap(), i18n::rule_error(e), "not-yet-known"));
        }
        None => {}
    }
    if let Some(k) = &b.kedja {
        chain_rows(&mut rows, k);
    }
    let mut notes = Vec::new();
    let mut next_steps = Vec::new();
    // What the calculation leaves out, on every result that has an SGI to work from.
    let left_out = b.sgi.is_some();
    match b.verdict {
        Verdict::MayBeEligible => {
            if b.arbetssokande == Some(true) {
                notes.push(text::sp_note_job_seeker());
            } else {
                notes.push(text::sp_note_employee_first_14_days());
            }
            notes.push(text::sp_note_levels());
            notes.push(UiMsg::EstimateNote.msg());
            next_steps.extend([text::sp_next_report_sick(), text::sp_next_certificate(), text::sp_next_apply()]);
            if b.kedja.is_some() {
                next_steps.push(text::sp_next_day_180());
            }
        }
        Verdict::ProbablyNot => next_steps.push(text::sp_next_no_sgi()),
        Verdict::CannotTell => next_steps.push(text::sp_next_cannot_tell()),
    }
    if left_out {
        notes.push(text::sp_note_not_considered());
    }
    let changes =
        regler::andringar(b.failed.as_ref()).iter().map(|a| Change::new(a, i18n::sjukpenning::andring(a))).collect();
    let to_ask = to_ask(&b);
    let moves = match (b.sgi, b.arbetssokande, &b.dagbelopp) {
        (Some(sgi), Some(arbetssokande), Some(Ok(_))) => crate::domain::YearMonth::new(b.ar, 1)
            .ok()
            .and_then(|m| regler::paverkan(sgi.inkomst, arbetssokande, m))
            .map(|p| Change::new(&p, i18n::sjukpenning::paverkan(&p)))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    Outcome {
        verdict: b.verdict,
        headline: headline(&b),
        rows,
        failed: b.failed,
        reasons: b.trace.steps,
        params: b.trace.params,
        notes,
        next_steps,
        changes,
        timeline: b.kedja.as_ref().map(timeline).unwrap_or_default(),
        moves,
        to_ask,
    }
}

/// The questions for the meeting sheet: sjuklön and the karensavdrag for an employee, the SGI,
/// and, with a rehabiliteringskedja, the way back to work and day 181.
fn to_ask(b: &Beslut) -> Vec<ToAsk> {
    use Whom::{Arbetsgivaren, Forsakringskassan};
    let mut out = Vec::new();
    match b.verdict {
        Verdict::MayBeEligible => {
            if b.arbetssokande != Some(true) {
                out.push(ToAsk::new(Arbetsgivaren, text::sp_ask_sick_pay()));
            }
            out.push(ToAsk::new(Forsakringskassan, text::sp_ask_sgi()));
            if b.kedja.is_some() {
                if b.arbetssokande != Some(true) {
                    out.push(ToAsk::new(Arbetsgivaren, text::sp_ask_adjustments()));
                }
                out.push(ToAsk::new(Forsakringskassan, text::sp_ask_day_181()));
            }
        }
        Verdict::ProbablyNot => out.push(ToAsk::new(Forsakringskassan, text::sp_ask_no_sgi())),
        Verdict::CannotTell => out.push(ToAsk::new(Forsakringskassan, text::ask_other_support())),
    }
    out
}

fn headline(b: &Beslut) -> Msg {
    match (b.verdict, &b.dagbelopp) {
        (Verdict::MayBeEligible, Some(Ok(d))) => text::sp_head_per_day(d.normalniva),
        (Verdict::MayBeEligible, _) => text::sp_head_amount_not_yet_known(b.ar),
        (Verdict::ProbablyNot, _) => text::sp_head_no_sgi(),
        (Verdict::CannotTell, _) => text::sp_head_cannot_tell(),
    }
}

fn amount_rows(rows: &mut Vec<Row>, d: &Dagbelopp) {
    for (key, label, value) in [
        ("per-day-80", text::sp_row_per_day_80(), d.normalniva),
        ("per-day-75", text::sp_row_per_day_75(), d.fortsattningsniva),
    ] {
        rows.push(Row::kronor(key, label, value));
    }
    match regler::per_manad(d.normalniva) {
        Ok(m) => rows.push(Row::kronor("per-month-80", text::sp_row_per_month_80(), m)),
        Err(e) => rows.push(Row::new("per-month-80", text::sp_row_per_month_80(), i18n::rule_error(&e), "too-large")),
    }
    if let Some(tak) = d.arbetssokande_tak {
        rows.push(Row::kronor("job-seeker-cap", text::sp_row_job_seeker_cap(), tak));
        rows.push(
            Row::yes_no("job-seeker-cap-applied", text::sp_row_job_seeker_cap_applied(), d.tak_tillampat).hidden(),
        );
    }
}

/// The dates that matter (issue 13): the steps of the rehabiliteringskedja, from the rules' dates.
fn timeline(k: &Rehabkedja) -> Vec<Event> {
    vec![
        Event { date: k.dag_91, key: "day-91", text: text::sp_when_day_91() },
        Event { date: k.dag_181, key: "day-181", text: text::sp_when_day_181() },
        Event { date: k.dag_366, key: "day-366", text: text::sp_when_day_366() },
    ]
}

fn chain_rows(rows: &mut Vec<Row>, k: &Rehabkedja) {
    for (n, date) in
        [(90, k.dag_90), (91, k.dag_91), (180, k.dag_180), (181, k.dag_181), (365, k.dag_365), (366, k.dag_366)]
    {
        rows.push(Row::new(format!("day-{n}"), text::sp_row_day(n), i18n::date(date), date.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use crate::api;
    use crate::i18n::Lang;
    use crate::scenario::{self, Scenario};

    fn check(as_of: &str, answers: &[(&str, &str)], lang: Lang) -> api::OutcomeView {
        scenario::outcome(&Scenario::new("sjukpenning", as_of, answers), lang).unwrap()
    }

    fn machine(o: &api::OutcomeView, key: &str) -> String {
        o.rows.iter().find(|r| r.key == key).map(|r| r.machine.clone()).unwrap_or_else(|| panic!("no row {key}"))
    }

    #[test]
    fn e1_and_e4_read_in_swedish() {
        let answers = [
            ("income-per-year", "360 000 kr"),
            ("job-seeker", "nej"),
            ("knows-first-sick-day", "ja"),
            ("first-sick-day", "2025-01-10"),
        ];
        let o = check("2025-01-20", &answers, Lang::Sv);
        assert_eq!(o.headline, "Du kan få ungefär 765\u{a0}kr per dag i sjukpenning");
        assert_eq!(machine(&o, "day-181"), "2025-07-09");
        assert!(o.reasons.iter().any(|r| r.text.starts_with("Från dag 181 (9 juli 2025)")));
        let o = check("2024-06-15", &answers, Lang::Sv);
        assert_eq!(machine(&o, "per-day-80"), "765");
    }

    #[test]
    fn the_result_says_what_the_calculator_left_out() {
        let answers = [("income-per-year", "360 000 kr"), ("job-seeker", "nej"), ("knows-first-sick-day", "nej")];
        for (lang, words) in
            [(Lang::Sv, "karensavdraget"), (Lang::En, "karensavdrag"), (Lang::SvLattlast, "karensavdrag")]
        {
            let o = check("2025-01-20", &answers, lang);
            assert!(o.notes.iter().any(|n| n.contains(words) && n.contains("AFA")), "{lang:?}: {:?}", o.notes);
        }
    }

    #[test]
    fn below_the_floor_stops_before_the_job_seeker_question() {
        let o = check("2023-05-10", &[("income-per-year", "12550")], Lang::En);
        assert_eq!(machine(&o, "sgi"), "none");
        assert!(o.failed.is_some());
    }
}
