//! The arbetsskadelivränta self-test: its questions, how each answers a fact of
//! `rules::livranta`, and how the decision becomes an [`Outcome`] with machine-readable rows.
//! The rules decide which questions are asked and in which order, and compute every amount;
//! this file only maps answers to facts and the decision to rows, notes and next steps.

use crate::domain::{Date, Kronor};
use crate::flow::{
    Ask, Change, Choice, CountUnit, Event, Flow, Kind, Outcome, Per, Question, Row, ToAsk, Whom, MAX_KRONOR,
};
use crate::i18n::{self, UiMsg};
use crate::rules::livranta::{self as regler, Anmalan, Beslut, Fakta, Handelse, Provning, SaAe, Situation};
use crate::rules::{Fact, Verdict};
use crate::text::{self, Arg, Msg};

pub static WHAT_HAPPENED: Question = Question {
    id: "what-happened",
    kind: Kind::OneOf(&[
        Choice {
            value: "work-accident",
            label: text::lr_choice_work_accident(),
            hint: Some(text::lr_h_choice_work_accident()),
        },
        Choice { value: "commuting-accident", label: text::lr_choice_commuting(), hint: None },
        Choice {
            value: "illness-from-work",
            label: text::lr_choice_illness(),
            hint: Some(text::lr_h_choice_illness()),
        },
        Choice { value: "infection", label: text::lr_choice_infection(), hint: Some(text::lr_h_choice_infection()) },
        Choice { value: "none-of-these", label: text::lr_choice_other(), hint: None },
    ]),
    label: text::lr_q_what_happened(),
    name: text::lr_n_what_happened(),
    hint: None,
    law: Some(regler::ARBETSSKADA),
};

pub static ACCIDENT_DATE: Question = Question {
    id: "accident-date",
    kind: Kind::Date { not_after_today: true },
    label: text::lr_q_accident_date(),
    name: text::lr_n_accident_date(),
    hint: Some(text::ui_date_example()),
    law: Some(regler::SKADEDAG),
};

pub static ILLNESS_DATE: Question = Question {
    id: "illness-first-showed",
    kind: Kind::Date { not_after_today: true },
    label: text::lr_q_illness_date(),
    name: text::lr_n_illness_date(),
    hint: Some(text::lr_h_illness_date()),
    law: Some(regler::SKADEDAG),
};

pub static REPORTED: Question = Question {
    id: "injury-reported",
    kind: Kind::OneOf(&[
        Choice { value: "yes", label: text::lr_choice_yes(), hint: None },
        Choice { value: "no", label: text::lr_choice_no(), hint: None },
        Choice { value: "dont-know", label: text::lr_choice_dont_know(), hint: None },
    ]),
    label: text::lr_q_reported(),
    name: text::lr_n_reported(),
    hint: Some(text::lr_h_reported()),
    law: Some(regler::ANMALAN),
};

pub static DECISION: Question = Question {
    id: "fk-decision",
    kind: Kind::OneOf(&[
        Choice { value: "approved", label: text::lr_choice_approved(), hint: None },
        Choice { value: "refused", label: text::lr_choice_refused(), hint: None },
        Choice { value: "not-yet", label: text::lr_choice_not_yet(), hint: Some(text::lr_h_choice_not_yet()) },
    ]),
    label: text::lr_q_decision(),
    name: text::lr_n_decision(),
    hint: None,
    law: Some(regler::ARBETSSKADA),
};

pub static SITUATION: Question = Question {
    id: "situation",
    kind: Kind::OneOf(&[
        Choice { value: "on-sick-pay", label: text::lr_choice_on_sick_pay(), hint: None },
        Choice {
            value: "sick-pay-refused",
            label: text::lr_choice_sick_pay_refused(),
            hint: Some(text::lr_h_choice_sick_pay_refused()),
        },
        Choice { value: "reduced-hours", label: text::lr_choice_reduced_hours(), hint: None },
        Choice { value: "changed-job", label: text::lr_choice_changed_job(), hint: None },
        Choice { value: "sickness-or-activity-compensation", label: text::lr_choice_sa_ae(), hint: None },
        Choice { value: "other", label: text::lr_choice_other_situation(), hint: None },
    ]),
    label: text::lr_q_situation(),
    name: text::lr_n_situation(),
    hint: None,
    law: Some(regler::SAMORDNING_SA_AE),
};

pub static INCOME_BEFORE: Question = Question {
    id: "income-before-injury",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::lr_q_income_before(),
    name: text::lr_n_income_before(),
    hint: Some(text::lr_h_income_before()),
    law: Some(regler::NEDSATTNING),
};

pub static INCOME_NOW: Question = Question {
    id: "income-now",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::lr_q_income_now(),
    name: text::lr_n_income_now(),
    hint: Some(text::lr_h_income_now()),
    law: Some(regler::NEDSATTNING),
};

pub static KNOWS_DURATION: Question = Question {
    id: "knows-duration",
    kind: Kind::YesNo,
    label: text::lr_q_knows_duration(),
    name: text::lr_n_knows_duration(),
    hint: Some(text::lr_h_knows_duration()),
    law: Some(regler::RATT_TILL_LIVRANTA),
};

pub static DURATION: Question = Question {
    id: "duration-months",
    kind: Kind::Count { min: 0, max: 1200, unit: CountUnit::Months },
    label: text::lr_q_duration(),
    name: text::lr_n_duration(),
    hint: Some(text::lr_h_duration()),
    law: Some(regler::RATT_TILL_LIVRANTA),
};

pub static KNOWS_SA_AE: Question = Question {
    id: "knows-sa-ae-amount",
    kind: Kind::YesNo,
    label: text::lr_q_knows_sa_ae(),
    name: text::lr_n_knows_sa_ae(),
    hint: Some(text::lr_h_knows_sa_ae()),
    law: Some(regler::SAMORDNING_SA_AE),
};

pub static SA_AE_AMOUNT: Question = Question {
    id: "sa-ae-per-month",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Month },
    label: text::lr_q_sa_ae_amount(),
    name: text::lr_n_sa_ae_amount(),
    hint: Some(text::lr_h_sa_ae_amount()),
    law: Some(regler::SAMORDNING_SA_AE),
};

pub static WHICH_SA_AE: Question = Question {
    id: "sa-or-ae",
    kind: Kind::OneOf(&[
        Choice { value: "sjukersattning", label: text::lr_choice_sa(), hint: None },
        Choice { value: "aktivitetsersattning", label: text::lr_choice_ae(), hint: None },
    ]),
    label: text::lr_q_which_sa_ae(),
    name: text::lr_n_which_sa_ae(),
    hint: None,
    law: Some(crate::rules::aktivitetsersattning::FORMANSNIVAER),
};

pub static BIRTH_DATE: Question = Question {
    id: "birth-date",
    kind: Kind::Date { not_after_today: true },
    label: text::lr_q_birth_date(),
    name: text::lr_n_birth_date(),
    hint: Some(text::ui_date_example()),
    law: Some(crate::rules::aktivitetsersattning::GARANTINIVA),
};

pub static FLOW: Flow = Flow {
    id: "livranta",
    title: text::lr_title(),
    intro: text::lr_intro(),
    questions: &[
        &WHAT_HAPPENED,
        &ACCIDENT_DATE,
        &ILLNESS_DATE,
        &REPORTED,
        &DECISION,
        &SITUATION,
        &INCOME_BEFORE,
        &INCOME_NOW,
        &KNOWS_DURATION,
        &DURATION,
        &KNOWS_SA_AE,
        &SA_AE_AMOUNT,
        &WHICH_SA_AE,
        &BIRTH_DATE,
    ],
    run,
    max_questions: 12,
};

/// The answers, read as the facts the rules ask for.
struct Svar<'a, 'b>(&'b mut Ask<'a>);

impl Fakta for Svar<'_, '_> {
    fn handelse(&mut self) -> Fact<Handelse> {
        Ok(match self.0.choice(&WHAT_HAPPENED)? {
            "work-accident" => Handelse::Arbetsolycksfall,
            "commuting-accident" => Handelse::Fardolycksfall,
            "illness-from-work" => Handelse::Arbetssjukdom,
            "infection" => Handelse::Smitta,
            _ => Handelse::Annat,
        })
    }

    fn olycksdag(&mut self) -> Fact<Date> {
        self.0.date(&ACCIDENT_DATE)
    }

    fn visandedag(&mut self) -> Fact<Date> {
        self.0.date(&ILLNESS_DATE)
    }

    fn anmalan(&mut self) -> Fact<Anmalan> {
        Ok(match self.0.choice(&REPORTED)? {
            "yes" => Anmalan::Ja,
            "no" => Anmalan::Nej,
            _ => Anmalan::VetEj,
        })
    }

    fn provning(&mut self) -> Fact<Provning> {
        Ok(match self.0.choice(&DECISION)? {
            "approved" => Provning::Godkand,
            "refused" => Provning::Avslagen,
            _ => Provning::InteBeslutad,
        })
    }

    fn situation(&mut self) -> Fact<Situation> {
        Ok(match self.0.choice(&SITUATION)? {
            "on-sick-pay" => Situation::Sjukpenning,
            "sick-pay-refused" => Situation::SjukpenningNekad,
            "reduced-hours" => Situation::Deltid,
            "changed-job" => Situation::NyttArbete,
            "sickness-or-activity-compensation" => Situation::SjukEllerAktivitetsersattning,
            _ => Situation::Annan,
        })
    }

    fn inkomst_fore(&mut self) -> Fact<Kronor> {
        self.0.kronor(&INCOME_BEFORE)
    }

    fn inkomst_efter(&mut self) -> Fact<Kronor> {
        self.0.kronor(&INCOME_NOW)
    }

    fn varaktighet_manader(&mut self) -> Fact<Option<u32>> {
        self.0.if_yes(&KNOWS_DURATION, |a| a.count(&DURATION))
    }

    fn sa_ae_per_manad(&mut self) -> Fact<Option<Kronor>> {
        self.0.if_yes(&KNOWS_SA_AE, |a| a.kronor(&SA_AE_AMOUNT))
    }

    fn sa_eller_ae(&mut self) -> Fact<SaAe> {
        Ok(match self.0.choice(&WHICH_SA_AE)? {
            "aktivitetsersattning" => SaAe::Aktivitetsersattning,
            _ => SaAe::Sjukersattning,
        })
    }

    fn fodelsedatum(&mut self) -> Fact<Date> {
        self.0.date(&BIRTH_DATE)
    }
}

fn run(ask: &mut Ask) -> Fact<Outcome> {
    let today = ask.today();
    Ok(present(regler::bedom(&mut Svar(ask), today)?))
}

fn handelse_code(h: Handelse) -> &'static str {
    match h {
        Handelse::Arbetsolycksfall => "work-accident",
        Handelse::Fardolycksfall => "commuting-accident",
        Handelse::Arbetssjukdom => "illness-from-work",
        Handelse::Smitta => "infection",
        Handelse::Annat => "none-of-these",
    }
}

/// The decision and amounts as an [`Outcome`].
fn present(b: Beslut) -> Outcome {
    let not_yet_known = "not-yet-known";
    let mut rows = Vec::new();
    if let Some(h) = b.handelse {
        rows.push(Row::new(
            "injury-type",
            text::lr_row_injury_type(),
            i18n::livranta::injury_type(h),
            handelse_code(h),
        ));
    }
    if let Some(d) = b.skadedag {
        rows.push(Row::new("injury-date", text::lr_row_injury_date(), i18n::date(d), d.to_string()));
    }
    if let Some(n) = b.nedsattning {
        let shown = text::lr_reduction_value(Arg::PercentRounded(n.grad));
        rows.push(Row::new("reduction", text::lr_row_reduction(), shown, n.grad.to_string()));
        rows.push(Row::kronor("income-loss", text::lr_row_income_loss(), n.forlust));
    }
    if let Some(k) = b.ej_ersatt_under_en_femtondel {
        rows.push(Row::kronor("uncovered-below-one-fifteenth", text::lr_row_uncovered_below_one_fifteenth(), k));
    }
    match &b.belopp {
        Some(Ok(belopp)) => {
            rows.push(Row::kronor("underlag", text::lr_row_underlag(), belopp.underlag));
            rows.push(Row::yes_no("underlag-capped", text::lr_row_underlag_capped(), belopp.takad).hidden());
            // With sjuk- or aktivitetsersättning, `livranta-per-*` is what is paid after
            // coordination (42 kap. 2 §); the amount before it has its own rows.
            let (per_year_key, per_month_key, per_year_label, per_month_label) = match b.samordning {
                Some(_) => (
                    "livranta-before-coordination-per-year",
                    "livranta-before-coordination-per-month",
                    text::lr_row_before_coordination_per_year(),
                    text::lr_row_before_coordination_per_month(),
                ),
                None => ("livranta-per-year", "livranta-per-month", text::lr_row_per_year(), text::lr_row_per_month()),
            };
            for (key, label, value) in [
                (per_year_key, per_year_label, belopp.per_ar),
                (per_month_key, per_month_label, belopp.per_manad),
                ("uncovered-above-cap", text::lr_row_uncovered_above_cap(), belopp.ej_ersatt_over_taket),
            ] {
                let row = Row::kronor(key, label, value);
                // Below the cap nothing is left uncovered: keep the value for machines, do not
                // show a row of zeros.
                let nothing_uncovered = key == "uncovered-above-cap" && value == Kronor::ZERO;
                rows.push(if nothing_uncovered { row.hidden() } else { row });
            }
        }
        Some(Err(e)) => {
            for (key, label) in
                [("livranta-per-year", text::lr_row_per_year()), ("livranta-per-month", text::lr_row_per_month())]
            {
                rows.push(Row::new(key, label, i18n::rule_error(e), not_yet_known));
            }
        }
        None => {}
    }
    match &b.samordning {
        Some(Ok(s)) => {
            rows.push(Row::kronor("sa-ae-per-month", text::lr_row_sa_ae_per_month(), s.sa_ae_per_manad));
            rows.push(Row::yes_no("sa-ae-estimated", text::lr_row_sa_ae_estimated(), s.uppskattad));
            rows.push(Row::kronor("livranta-per-year", text::lr_row_per_year(), s.per_ar));
            rows.push(Row::kronor("livranta-per-month", text::lr_row_per_month(), s.per_manad));
        }
        Some(Err(e)) => {
            for (key, label) in
                [("livranta-per-year", text::lr_row_per_year()), ("livranta-per-month", text::lr_row_per_month())]
            {
                rows.push(Row::new(key, label, i18n::rule_error(e), not_yet_known));
            }
        }
        None => {}
    }
    if let Some((year, omraknad)) = &b.omrakning {
        rows.push(
            Row::new("omrakning-year", text::lr_row_next_year(*year), text::years(*year), year.to_string()).hidden(),
        );
        // The omräkning is of the livränta itself; coordination follows from the ersättning of
        // that year, which we do not know yet.
        let label = match b.samordning {
            Some(_) => text::lr_row_next_year_before_coordination(*year),
            None => text::lr_row_next_year(*year),
        };
        match omraknad {
            Ok(o) => rows.push(Row::kronor("livranta-next-year", label, o.belopp)),
            Err(e) => rows.push(Row::new("livranta-next-year", label, i18n::rule_error(e), not_yet_known)),
        }
    }
    match &b.sjukpenning {
        Some(Ok(s)) => {
            let (shown, machine) = match s.level {
                Some(level) => (UiMsg::LevelName(level).msg(), level.code()),
                None => (text::lr_sick_pay_none(), "none"),
            };
            rows.push(Row::new("sjukpenning-level", text::lr_row_sick_pay_level(), shown, machine));
            rows.push(Row::kronor("sjukpenning-per-day", text::lr_row_sick_pay_per_day(), s.per_dag));
            rows.push(Row::kronor("sjukpenning-per-month", text::lr_row_sick_pay_per_month(), s.per_manad));
        }
        Some(Err(e)) => rows.push(Row::new(
            "sjukpenning-per-day",
            text::lr_row_sick_pay_per_day(),
            i18n::rule_error(e),
            not_yet_known,
        )),
        None => {}
    }
    let mut notes: Vec<Msg> = b.notes.iter().map(i18n::livranta::not).collect();
    if b.belopp.is_some() {
        notes.push(UiMsg::EstimateNote.msg());
    }
    if b.handelse.is_some_and(|h| h != Handelse::Annat) {
        notes.push(text::lr_note_not_considered());
    }
    let next_steps = next_steps(&b.verdict, b.anmalan, b.belopp.is_some(), b.ej_ersatt_under_en_femtondel.is_some());
    let changes =
        regler::andringar(b.failed.as_ref()).iter().map(|a| Change::new(a, i18n::livranta::andring(a))).collect();
    // What moves the livränta itself; with sjuk- or aktivitetsersättning the amount paid is the
    // coordinated one, which these steps do not show, so none then.
    let moves = match (&b.nedsattning, &b.belopp, &b.samordning, b.verdict) {
        (Some(n), Some(Ok(belopp)), None, Verdict::MayBeEligible) => crate::domain::YearMonth::new(belopp.ar, 1)
            .map(|m| regler::paverkan(n, m))
            .unwrap_or_default()
            .iter()
            .map(|p| Change::new(p, i18n::livranta::paverkan(p)))
            .collect(),
        _ => Vec::new(),
    };
    Outcome {
        verdict: b.verdict,
        headline: match (b.verdict, &b.samordning) {
            (Verdict::MayBeEligible, Some(Ok(s))) if s.per_manad == Kronor::ZERO => text::lr_head_coordinated_nothing(),
            (Verdict::MayBeEligible, Some(Ok(s))) => text::lr_head_coordinated(s.per_manad),
            (Verdict::MayBeEligible, _) => text::lr_head_worth_applying(),
            (Verdict::ProbablyNot, _) => text::lr_head_probably_not(),
            (Verdict::CannotTell, _) => text::lr_head_cannot_tell(),
        },
        rows,
        failed: b.failed,
        reasons: b.trace.steps,
        params: b.trace.params,
        notes,
        next_steps,
        changes,
        timeline: b
            .omrakning
            .as_ref()
            .and_then(|(ar, _)| {
                regler::omrakning_fran(*ar).map(|d| Event {
                    date: d,
                    key: "omrakning",
                    text: text::lr_when_omrakning(*ar),
                })
            })
            .into_iter()
            .collect(),
        moves,
        to_ask: to_ask(&b.verdict, b.anmalan),
    }
}

/// What to do next: report the injury, get the medical statement, apply, and AFA for what
/// the livränta does not cover.
/// The questions for the meeting sheet: whether the injury is reported, how the income is
/// counted, what the certificate needs to say; after a "probably not", where else to turn.
fn to_ask(verdict: &Verdict, anmalan: Option<Anmalan>) -> Vec<ToAsk> {
    use Whom::{Arbetsgivaren, Forsakringskassan, Varden};
    let mut out = Vec::new();
    if matches!(anmalan, Some(Anmalan::Nej | Anmalan::VetEj)) {
        out.push(ToAsk::new(Arbetsgivaren, text::lr_ask_employer_report()));
    }
    match verdict {
        Verdict::MayBeEligible => out.extend([
            ToAsk::new(Forsakringskassan, text::lr_ask_income_before()),
            ToAsk::new(Forsakringskassan, text::lr_ask_decision_status()),
            ToAsk::new(Varden, text::lr_ask_doctor_link()),
        ]),
        Verdict::CannotTell => out.extend([
            ToAsk::new(Forsakringskassan, text::lr_ask_decision_status()),
            ToAsk::new(Varden, text::lr_ask_doctor_link()),
        ]),
        Verdict::ProbablyNot => out.push(ToAsk::new(Forsakringskassan, text::ask_other_support())),
    }
    out
}

fn next_steps(verdict: &Verdict, anmalan: Option<Anmalan>, has_amount: bool, below_fifteenth: bool) -> Vec<Msg> {
    let report = match anmalan {
        Some(Anmalan::Nej | Anmalan::VetEj) => Some(text::lr_next_report()),
        _ => None,
    };
    match verdict {
        Verdict::MayBeEligible => report
            .into_iter()
            .chain([text::lr_next_medical_statement(), text::lr_next_apply(), text::lr_next_afa()])
            .collect(),
        // Only the duration is open: the amount is known.
        Verdict::CannotTell if has_amount => {
            report.into_iter().chain([text::lr_next_ask_doctor(), text::lr_next_afa()]).collect()
        }
        Verdict::CannotTell => vec![text::lr_next_cannot_tell()],
        Verdict::ProbablyNot if below_fifteenth => vec![text::lr_next_afa(), text::lr_next_probably_not()],
        Verdict::ProbablyNot => vec![text::lr_next_probably_not()],
    }
}

#[cfg(test)]
mod tests {
    use crate::api::{self, View};
    use crate::i18n::Lang;
    use crate::scenario::{self, Scenario};

    /// Answers whatever the self-test asks from `answers` and returns the outcome in `lang`.
    fn check(as_of: &str, answers: &[(&str, &str)], lang: Lang) -> api::OutcomeView {
        scenario::outcome(&Scenario::new("livranta", as_of, answers), lang).unwrap()
    }

    fn row<'a>(o: &'a api::OutcomeView, key: &str) -> &'a api::RowView {
        o.rows.iter().find(|r| r.key == key).unwrap_or_else(|| panic!("no row {key}"))
    }

    /// The meeting sheet asks the employer first when the injury is not reported (the employer
    /// files the arbetsskadeanmälan, RULES.md "Livränta"), then Försäkringskassan and the doctor.
    #[test]
    fn meeting_sheet_asks_the_employer_to_report_an_unreported_injury() {
        use crate::flow::Whom;
        let o = check("2023-06-15", E11, Lang::Sv);
        let whom: Vec<Whom> = o.to_ask.iter().map(|a| a.whom).collect();
        assert_eq!(whom, [Whom::Arbetsgivaren, Whom::Forsakringskassan, Whom::Forsakringskassan, Whom::Varden]);
        assert!(o.to_ask[0].text.contains("anmält min arbetsskada"), "{}", o.to_ask[0].text);
        assert_eq!(o.to_ask[0].who, "Till din arbetsgivare");
    }

    const E11: &[(&str, &str)] = &[
        ("what-happened", "work-accident"),
        ("accident-date", "2022-03-14"),
        ("injury-reported", "no"),
        ("fk-decision", "approved"),
        ("situation", "on-sick-pay"),
        ("income-before-injury", "420 000"),
        ("income-now", "300 000"),
        ("knows-duration", "yes"),
        ("duration-months", "24"),
    ];

    #[test]
    fn e11_reads_in_swedish_with_amounts_notes_and_next_steps() {
        let o = check("2023-06-15", E11, Lang::Sv);
        assert_eq!(o.headline, "Det kan vara värt att ansöka om livränta");
        assert_eq!(row(&o, "livranta-per-month").machine, "9375");
        assert_eq!(row(&o, "livranta-per-year").value, "112\u{a0}500\u{a0}kr");
        assert_eq!(row(&o, "reduction").value, "28,57\u{a0}%");
        assert!(o.notes.iter().any(|n| n.contains("AFA")), "{:?}", o.notes);
        assert!(o.notes.iter().any(|n| n.starts_with("Sjukpenningen ersätter ungefär")), "{:?}", o.notes);
        assert!(o.next_steps[0].contains("arbetsskadeanmälan"), "not reported, so reporting comes first");
        assert!(o.next_steps.iter().any(|n| n.contains("minst ett år framåt")));
        assert!(o.next_steps.iter().any(|n| n.contains("Mina sidor")));
    }

    #[test]
    fn with_sjukersattning_the_headline_is_the_livranta_after_coordination() {
        // LO-TCO Rättsskydd's example: 25 000 kr a month, sjukersättning 16 200 kr → 8 800 kr.
        let mut answers = E11.to_vec();
        answers[4] = ("situation", "sickness-or-activity-compensation");
        answers[5] = ("income-before-injury", "300 000");
        answers[6] = ("income-now", "0");
        answers.extend([("knows-sa-ae-amount", "yes"), ("sa-ae-per-month", "16 200")]);
        let o = check("2024-05-15", &answers, Lang::Sv);
        assert!(o.headline.contains("8\u{a0}800\u{a0}kr"), "{}", o.headline);
        assert_eq!(row(&o, "livranta-per-month").machine, "8800");
        assert_eq!(row(&o, "livranta-before-coordination-per-month").machine, "25000");
        assert!(o.notes.iter().any(|n| n.contains("annan sjukdom")), "{:?}", o.notes);
        let o = check("2024-05-15", &answers, Lang::SvLattlast);
        assert!(o.headline.contains("8\u{a0}800\u{a0}kr i månaden"), "{}", o.headline);
    }

    #[test]
    fn the_result_says_what_the_self_test_left_out() {
        for (lang, words) in [(Lang::Sv, "40 kap."), (Lang::En, "chapter 40"), (Lang::SvLattlast, "trafikförsäkring")]
        {
            let o = check("2023-06-15", E11, lang);
            assert!(o.notes.iter().any(|n| n.contains(words) && n.contains("AFA")), "{lang:?}: {:?}", o.notes);
        }
    }

    #[test]
    fn the_date_question_follows_what_happened() {
        let mut s = api::start("livranta", "2024-05-01").unwrap();
        s.answer("what-happened", "illness-from-work").unwrap();
        let View::Question(q) = api::view(&s, Lang::En) else { panic!("expected a question") };
        assert_eq!(q.id, "illness-first-showed");
        s.answer("what-happened", "commuting-accident").unwrap();
        let View::Question(q) = api::view(&s, Lang::En) else { panic!("expected a question") };
        assert_eq!(q.id, "accident-date");
        assert_eq!(s.answer("accident-date", "2099-01-01").map_err(|e| e.code()), Err("date-in-future"));
    }

    #[test]
    fn hostile_answers_are_refused_or_computed_never_a_panic() {
        let mut huge = E11.to_vec();
        huge[5] = ("income-before-injury", "1 000 000 000 000");
        huge[6] = ("income-now", "0");
        huge[8] = ("duration-months", "1200");
        for lang in Lang::ALL {
            let o = check("2023-06-15", &huge, lang);
            assert_eq!(row(&o, "livranta-per-year").machine, "393750");
        }
        let mut s = api::start("livranta", "2023-06-15").unwrap();
        for (q, raw) in [("what-happened", "explode"), ("what-happened", ""), ("income-now", "5")] {
            assert!(s.answer(q, raw).is_err(), "{q}: {raw}");
        }
        for (q, raw) in E11.iter().take(7) {
            s.answer(q, raw).unwrap();
        }
        s.answer("knows-duration", "yes").unwrap();
        for raw in ["-1", "1201", "12.5", "tolv", "99999999999999"] {
            assert!(s.answer("duration-months", raw).is_err(), "{raw}");
        }
    }
}
