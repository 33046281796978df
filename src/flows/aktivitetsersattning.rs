//! The aktivitetsersättning and sjukersättning self-test: its questions, and how each answers a
//! fact of `rules::aktivitetsersattning`. The rules decide which questions are asked and in which
//! order; this file only maps answers to facts and the decision to an [`Outcome`].

use crate::domain::{Date, Kronor, YearMonth};
use crate::flow::{
    in_order, Ask, Change, Choice, CountUnit, Event, Flow, Kind, Outcome, Per, Question, Row, ToAsk, Whom, MAX_KRONOR,
};
use crate::i18n::{self, ae_not, UiMsg};
use crate::rules::aktivitetsersattning::{
    self as regler, Belopp, Berakning, Beslut, Fakta, Formon, Forsakrad, Forsakringstid, Grund, Inkomstuppgift, Not,
    Varaktighet, Variant,
};
use crate::rules::{Fact, Level, RuleError, Verdict};
use crate::text::{self, Arg, Msg};

pub static BIRTH_DATE: Question = Question {
    id: "birth-date",
    kind: Kind::Date { not_after_today: true },
    label: text::ae_q_birth_date(),
    name: text::ae_n_birth_date(),
    hint: Some(text::ui_date_example()),
    law: Some(regler::AE_ALDER),
};

pub static INSURED: Question = Question {
    id: "insured",
    kind: Kind::OneOf(&[
        Choice { value: "lives-in-sweden", label: text::ae_choice_lives_in_sweden(), hint: None },
        Choice { value: "works-in-sweden", label: text::ae_choice_works_in_sweden(), hint: None },
        Choice { value: "neither", label: text::ae_choice_neither(), hint: None },
    ]),
    label: text::ae_q_insured(),
    name: text::ae_n_insured(),
    hint: Some(text::ae_h_insured()),
    law: Some(regler::FORSAKRAD),
};

pub static REASON: Question = Question {
    id: "reason",
    kind: Kind::OneOf(&[
        Choice { value: "reduced-capacity", label: text::ae_choice_reduced_capacity(), hint: None },
        Choice {
            value: "extended-schooling",
            label: text::ae_choice_schooling(),
            hint: Some(text::ae_h_choice_schooling()),
        },
    ]),
    label: text::ae_q_grund(),
    name: text::ae_n_grund(),
    hint: None,
    law: Some(regler::RATT_TILL_AE_NEDSATT),
};

pub static REDUCTION: Question = Question {
    id: "capacity-reduction",
    kind: Kind::Level { below_quarter: true },
    label: text::ae_q_reduction(),
    name: text::ae_n_reduction(),
    hint: Some(text::ae_h_reduction()),
    law: Some(regler::ARBETSFORMAGA_BEDOMS),
};

pub static DURATION: Question = Question {
    id: "duration",
    kind: Kind::OneOf(&[
        Choice { value: "less-than-a-year", label: text::ae_choice_less_than_year(), hint: None },
        Choice { value: "at-least-a-year", label: text::ae_choice_at_least_year(), hint: None },
        Choice { value: "permanent", label: text::ae_choice_permanent(), hint: Some(text::ae_h_choice_permanent()) },
        Choice { value: "dont-know", label: text::ae_choice_dont_know(), hint: None },
    ]),
    label: text::ae_q_duration(),
    name: text::ae_n_duration(),
    hint: None,
    law: Some(regler::STADIGVARANDE),
};

pub static SCHOOLING_ENDS: Question = Question {
    id: "schooling-ends",
    kind: Kind::Month,
    label: text::ae_q_schooling_ends(),
    name: text::ae_n_schooling_ends(),
    hint: Some(text::ui_month_example()),
    law: Some(regler::SKOLGANG_TID),
};

pub static LIVED_SINCE_16: Question = Question {
    id: "lived-in-sweden-since-16",
    kind: Kind::YesNo,
    label: text::ae_q_lived_since_16(),
    name: text::ae_n_lived_since_16(),
    hint: Some(text::ae_h_lived_since_16()),
    law: Some(regler::FORSAKRINGSTID),
};

pub static YEARS_IN_SWEDEN: Question = Question {
    id: "years-in-sweden",
    kind: Kind::Count { min: 0, max: 60, unit: CountUnit::Years },
    label: text::ae_q_years_in_sweden(),
    name: text::ae_n_years_in_sweden(),
    hint: Some(text::ae_h_years_in_sweden()),
    law: Some(regler::FORSAKRINGSTID),
};

pub static HAD_INCOME: Question = Question {
    id: "had-work-income",
    kind: Kind::YesNo,
    label: text::ae_q_had_income(),
    name: text::ae_n_had_income(),
    hint: Some(text::ae_h_had_income()),
    law: Some(regler::INKOMSTRELATERAD),
};

pub static INCOME: Question = Question {
    id: "income-per-year",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::ae_q_income(),
    name: text::ae_n_income(),
    hint: Some(text::ae_h_income()),
    law: Some(regler::INKOMSTRELATERAD_BELOPP),
};

pub static INCOME_BASIS: Question = Question {
    id: "income-basis",
    kind: Kind::OneOf(&[
        Choice { value: "yearly-incomes", label: text::ae_choice_yearly_incomes(), hint: None },
        Choice {
            value: "antagandeinkomst",
            label: text::ae_choice_antagandeinkomst(),
            hint: Some(text::ae_h_choice_antagandeinkomst()),
        },
    ]),
    label: text::ae_q_income_basis(),
    name: text::ae_n_income_basis(),
    hint: None,
    law: Some(regler::ANTAGANDEINKOMST),
};

/// One question per year before the försäkringsfall, the year before first.
const fn income_year(id: &'static str, label: Msg, name: Msg) -> Question {
    Question {
        id,
        kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
        label,
        name,
        hint: Some(text::ae_h_income_year()),
        law: Some(regler::ANTAGANDEINKOMST),
    }
}

/// The question and the field name for the income `$n` years ago, as `static`s can hold them.
macro_rules! income_year {
    ($id:literal, $n:literal) => {
        income_year(
            $id,
            Msg::fixed(text::id::AE_Q_INCOME_YEARS_AGO, &[Arg::Number($n)]),
            Msg::fixed(text::id::AE_N_INCOME_YEARS_AGO, &[Arg::Number($n)]),
        )
    };
}

pub static INCOME_YEAR_1: Question = income_year!("income-year-1", 1);
pub static INCOME_YEAR_2: Question = income_year!("income-year-2", 2);
pub static INCOME_YEAR_3: Question = income_year!("income-year-3", 3);
pub static INCOME_YEAR_4: Question = income_year!("income-year-4", 4);
pub static INCOME_YEAR_5: Question = income_year!("income-year-5", 5);
static INCOME_YEARS: [&Question; regler::ARSINKOMSTER_AR] =
    [&INCOME_YEAR_1, &INCOME_YEAR_2, &INCOME_YEAR_3, &INCOME_YEAR_4, &INCOME_YEAR_5];

pub static FLOW: Flow = Flow {
    id: "aktivitetsersattning",
    title: text::ae_title(),
    intro: text::ae_intro(),
    questions: &[
        &BIRTH_DATE,
        &INSURED,
        &REASON,
        &REDUCTION,
        &DURATION,
        &SCHOOLING_ENDS,
        &LIVED_SINCE_16,
        &YEARS_IN_SWEDEN,
        &HAD_INCOME,
        &INCOME_BASIS,
        &INCOME,
        &INCOME_YEAR_1,
        &INCOME_YEAR_2,
        &INCOME_YEAR_3,
        &INCOME_YEAR_4,
        &INCOME_YEAR_5,
    ],
    run,
    max_questions: 14,
};

/// The answers, read as the facts the rules ask for.
struct Svar<'a, 'b>(&'b mut Ask<'a>);

impl Fakta for Svar<'_, '_> {
    fn fodelsedatum(&mut self) -> Fact<Date> {
        self.0.date(&BIRTH_DATE)
    }

    fn forsakrad(&mut self) -> Fact<Forsakrad> {
        Ok(match self.0.choice(&INSURED)? {
            "lives-in-sweden" => Forsakrad::BorISverige,
            "works-in-sweden" => Forsakrad::ArbetarISverige,
            _ => Forsakrad::Nej,
        })
    }

    fn grund(&mut self) -> Fact<Grund> {
        Ok(match self.0.choice(&REASON)? {
            "extended-schooling" => Grund::ForlangdSkolgang,
            _ => Grund::NedsattArbetsformaga,
        })
    }

    fn nedsattning(&mut self) -> Fact<Option<Level>> {
        self.0.level(&REDUCTION)
    }

    fn varaktighet(&mut self) -> Fact<Varaktighet> {
        Ok(match self.0.choice(&DURATION)? {
            "less-than-a-year" => Varaktighet::KortareAnEttAr,
            "at-least-a-year" => Varaktighet::MinstEttAr,
            "permanent" => Varaktighet::Stadigvarande,
            _ => Varaktighet::VetEj,
        })
    }

    /// The reason "extended-schooling" already says that the schooling takes longer because of
    /// a disability, so it is not asked again. The question that asked it in other words
    /// (`schooling-extended`) is retired; saved links that carry it still restore
    /// (`flow::RETIRED_QUESTIONS`).
    fn skolgang_forlangd_av_funktionsnedsattning(&mut self) -> Fact<bool> {
        Ok(self.0.choice(&REASON)? == "extended-schooling")
    }

    fn skolgang_slutar(&mut self) -> Fact<YearMonth> {
        self.0.month(&SCHOOLING_ENDS)
    }

    fn forsakringstid(&mut self) -> Fact<Forsakringstid> {
        if self.0.yes_no(&LIVED_SINCE_16)? {
            Ok(Forsakringstid::Full)
        } else {
            Ok(Forsakringstid::Bosatt(self.0.count(&YEARS_IN_SWEDEN)?))
        }
    }

    fn inkomst(&mut self) -> Fact<Option<Inkomstuppgift>> {
        self.0.if_yes(&HAD_INCOME, |a| {
            if a.choice(&INCOME_BASIS)? == "antagandeinkomst" {
                return Ok(Inkomstuppgift::Antagandeinkomst(a.kronor(&INCOME)?));
            }
            let mut ar = [Kronor::ZERO; regler::ARSINKOMSTER_AR];
            for (slot, q) in ar.iter_mut().zip(INCOME_YEARS) {
                *slot = a.kronor(q)?;
            }
            Ok(Inkomstuppgift::Arsinkomster(ar))
        })
    }
}

fn run(ask: &mut Ask) -> Fact<Outcome> {
    let today = ask.today();
    let mut svar = Svar(ask);
    let beslut = regler::bedom(&mut svar, today)?;
    let berakning = regler::berakna(&mut svar, &beslut)?;
    let forsakringstid = berakning.as_ref().map(|b| b.forsakringstid);
    let timeline = timeline(&beslut, today);
    let mut o = present(beslut, berakning, forsakringstid);
    o.timeline = timeline;
    Ok(o)
}

/// The dates that matter (issue 13): the first month, the last month to apply in to be paid from
/// it, the last month, and for aktivitetsersättning the month of the 30th birthday, when
/// sjukersättning may take over. All from the decision's own months.
fn timeline(b: &Beslut, today: Date) -> Vec<Event> {
    let mut out = Vec::new();
    if b.verdict != Verdict::MayBeEligible {
        return out;
    }
    let benefit = if b.formon == Some(Formon::Sjukersattning) { "sa" } else { "ae" };
    if let Some(first) = b.first_month {
        out.push(Event { date: first.first_day(), key: "first-month", text: text::ae_when_first_month(benefit) });
        if let Some(by) = regler::ansok_senast(first).filter(|by| *by >= today.year_month()) {
            out.push(Event { date: by.last_day(), key: "apply-by", text: text::ae_when_apply_by(i18n::month(first)) });
        }
    }
    if let Some(last) = b.last_month {
        out.push(Event { date: last.first_day(), key: "last-month", text: text::ae_when_last_month(benefit) });
        if b.formon == Some(Formon::Aktivitetsersattning) {
            if let Some(at_30) = last.plus_months(1) {
                out.push(Event { date: at_30.first_day(), key: "sa-from-30", text: text::ae_when_sa_from_30() });
            }
        }
    }
    in_order(out)
}

/// The decision and amounts as an [`Outcome`].
fn present(beslut: Beslut, berakning: Option<Berakning>, forsakringstid: Option<Forsakringstid>) -> Outcome {
    let mut rows = Vec::new();
    let benefit = match (beslut.formon, beslut.variant) {
        (Some(Formon::Sjukersattning), _) => Some((text::ae_benefit_sa(), "sjukersattning", "nedsatt-arbetsformaga")),
        (Some(Formon::Aktivitetsersattning), Some(Variant::ForlangdSkolgang)) => {
            Some((text::ae_benefit_ae_skolgang(), "aktivitetsersattning", "forlangd-skolgang"))
        }
        (Some(Formon::Aktivitetsersattning), Some(Variant::NedsattArbetsformaga)) => {
            Some((text::ae_benefit_ae_nedsatt(), "aktivitetsersattning", "nedsatt-arbetsformaga"))
        }
        _ => None,
    };
    if let Some((name, id, variant)) = benefit {
        rows.push(Row::new("benefit", text::ae_row_benefit(), name.clone(), id));
        rows.push(Row::new("variant", text::ae_row_benefit(), name, variant).hidden());
    }
    if beslut.verdict == Verdict::MayBeEligible {
        if let Some(level) = beslut.level {
            rows.push(Row::new("level", text::ae_row_level(), UiMsg::LevelName(level).msg(), level.code()));
        }
        if let Some(first) = beslut.first_month {
            rows.push(Row::new("first-month", text::ae_row_first_month(), i18n::month(first), first.to_string()));
        }
        if let Some(fran) = beslut.back_pay_from {
            rows.push(Row::new("back-pay-from", text::ae_row_back_pay_from(), i18n::month(fran), fran.to_string()));
        }
        match beslut.last_month {
            Some(last) => {
                rows.push(Row::new("last-month", text::ae_row_last_month(), i18n::month(last), last.to_string()));
                if let Some((year, age)) = beslut.last_month_undecided {
                    let text = text::ae_sa_age_limit_undecided(age, year);
                    rows.push(
                        Row::new("last-month-undecided-year", text::ae_row_last_month(), text, year.to_string())
                            .hidden(),
                    );
                }
            }
            None => rows.push(Row::new(
                "last-month",
                text::ae_row_last_month(),
                text::ae_last_month_not_yet_decided(),
                "not-yet-decided",
            )),
        }
    }
    let mut reasons = beslut.trace.steps;
    let mut params = beslut.trace.params;
    let mut moves = Vec::new();
    if let Some(b) = berakning {
        let level = beslut.level.unwrap_or(Level::Full);
        moves = b.paverkan.iter().map(|p| Change::new(p, i18n::aktivitet::paverkan(p))).collect();
        amount_rows(&mut rows, &b.forsta, None, level);
        for (m, belopp) in &b.bandbyten {
            amount_rows(&mut rows, belopp, Some(*m), level);
        }
        reasons.extend(b.trace.steps);
        params.extend(b.trace.params.into_iter().filter(|p| !params.contains(p)).collect::<Vec<_>>());
    }
    // The self-test chooses from the typed notes; the words come from i18n.
    let older = beslut.notes.contains(&Not::AldreForsakrad);
    let mut notes: Vec<Msg> = beslut.notes.iter().map(ae_not).collect();
    let full = crate::domain::Fraction::whole(regler::FULL_FORSAKRINGSTID as i64);
    let kortare = match forsakringstid {
        Some(Forsakringstid::Ar(ar) | Forsakringstid::Bosatt(ar)) => ar < regler::FULL_FORSAKRINGSTID,
        Some(Forsakringstid::Raknad(ar)) => ar < full,
        Some(Forsakringstid::Full) | None => false,
    };
    if kortare {
        notes.push(text::ae_estimate_forsakringstid());
    }
    if beslut.verdict == Verdict::MayBeEligible {
        notes.push(UiMsg::EstimateNote.msg());
    }
    notes.push(text::ae_note_not_considered());
    let next_steps = match (beslut.verdict, beslut.variant) {
        (Verdict::MayBeEligible, Some(Variant::ForlangdSkolgang)) => {
            vec![text::ae_next_school_certificate(), text::ae_next_apply(), text::ae_next_bostadstillagg()]
        }
        (Verdict::MayBeEligible, _) => {
            let mut steps = vec![text::ae_next_medical_certificate()];
            if older {
                steps.push(text::ae_next_older_applicant());
            }
            steps.extend([text::ae_next_apply(), text::ae_next_bostadstillagg()]);
            steps
        }
        (Verdict::ProbablyNot, _) => vec![text::ae_next_probably_not()],
        (Verdict::CannotTell, _) => vec![text::ae_next_cannot_tell()],
    };
    let changes =
        regler::andringar(beslut.failed.as_ref()).iter().map(|a| Change::new(a, i18n::aktivitet::andring(a))).collect();
    Outcome {
        verdict: beslut.verdict,
        headline: headline(beslut.verdict, beslut.formon, beslut.level),
        rows,
        failed: beslut.failed,
        reasons,
        params,
        notes,
        next_steps,
        changes,
        timeline: Vec::new(),
        moves,
        to_ask: to_ask(beslut.verdict, beslut.variant, older),
    }
}

/// The questions for the meeting sheet, from the verdict: what the person needs to know to apply,
/// or where else to turn.
fn to_ask(verdict: Verdict, variant: Option<Variant>, older: bool) -> Vec<ToAsk> {
    use Whom::{Arbetsformedlingen, Forsakringskassan, Varden};
    match (verdict, variant) {
        (Verdict::MayBeEligible, Some(Variant::ForlangdSkolgang)) => vec![
            ToAsk::new(Forsakringskassan, text::ae_ask_school_certificate()),
            ToAsk::new(Forsakringskassan, text::ae_ask_from_month()),
        ],
        (Verdict::MayBeEligible, _) => {
            let mut out = vec![
                ToAsk::new(Forsakringskassan, text::ae_ask_certificate()),
                ToAsk::new(Forsakringskassan, text::ae_ask_from_month()),
            ];
            if older {
                out.push(ToAsk::new(Forsakringskassan, text::ae_ask_sa_instead()));
            }
            out.push(ToAsk::new(Varden, text::ae_ask_doctor_duration()));
            out
        }
        (Verdict::ProbablyNot, _) => vec![
            ToAsk::new(Forsakringskassan, text::ask_other_support()),
            ToAsk::new(Arbetsformedlingen, text::ask_work_or_studies()),
        ],
        (Verdict::CannotTell, _) => vec![ToAsk::new(Forsakringskassan, text::ask_other_support())],
    }
}

fn headline(verdict: Verdict, formon: Option<Formon>, level: Option<Level>) -> Msg {
    match (verdict, formon, level) {
        (Verdict::MayBeEligible, Some(Formon::Sjukersattning), Some(level)) => {
            text::ae_head_may_be_sa(i18n::ui::level_adjective(level))
        }
        (Verdict::MayBeEligible, _, Some(level)) => text::ae_head_may_be_ae(i18n::ui::level_adjective(level)),
        (Verdict::ProbablyNot, Some(Formon::Aktivitetsersattning), _) => text::ae_head_probably_not_ae(),
        (Verdict::ProbablyNot, Some(Formon::Sjukersattning), _) => text::ae_head_probably_not_sa(),
        (Verdict::ProbablyNot, None, _) => text::ae_head_probably_not(),
        _ => text::ae_head_cannot_tell(),
    }
}

/// The "of which" parts at the person's level, so that they add up to the yearly amount: the
/// rules give them at full level, and `per_year` is the full yearly amount times the level,
/// rounded once. The inkomstrelaterad part is scaled and rounded; the garantiersättning is the rest.
fn parts_at_level(b: &Belopp, level: Level) -> Option<(Kronor, Kronor)> {
    if level == Level::Full {
        return Some((b.inkomstrelaterad, b.garantiersattning));
    }
    let ir = crate::domain::round_half_up_krona(b.inkomstrelaterad.exact().times(level.fraction()).ok()?).ok()?;
    Some((ir, Kronor(b.per_year.0.checked_sub(ir.0)?)))
}

/// The amount rows for the first month (`band_switch` = `None`) or a later band switch.
fn amount_rows(rows: &mut Vec<Row>, belopp: &Result<Belopp, RuleError>, band_switch: Option<YearMonth>, level: Level) {
    match (belopp, band_switch) {
        (Ok(b), None) => {
            rows.push(Row::kronor("per-month", text::ae_row_per_month(), b.per_month));
            rows.push(Row::kronor("per-year", text::ae_row_per_year(), b.per_year));
            rows.push(Row::kronor("garantiniva", text::ae_row_garantiniva(), b.garantiniva));
            match parts_at_level(b, level) {
                Some((ir, garanti)) => {
                    rows.push(Row::kronor("inkomstrelaterad", text::ae_row_inkomstrelaterad(), ir));
                    rows.push(Row::kronor("garantiersattning", text::ae_row_garantiersattning(), garanti));
                }
                None => rows.push(Row::new(
                    "inkomstrelaterad",
                    text::ae_row_inkomstrelaterad(),
                    i18n::rule_error(&RuleError::Overflow),
                    "not-yet-known",
                )),
            }
        }
        (Err(e), None) => {
            rows.push(Row::new("per-month", text::ae_row_per_month(), i18n::rule_error(e), "not-yet-known"))
        }
        (Ok(b), Some(m)) => {
            rows.push(Row::kronor(format!("per-month-from-{m}"), text::ae_row_from_month(m), b.per_month));
        }
        (Err(e), Some(m)) => rows.push(Row::new(
            format!("per-month-from-{m}"),
            text::ae_row_from_month(m),
            i18n::rule_error(e),
            "not-yet-known",
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, Render};
    use crate::scenario::{self, Scenario};
    use crate::text;

    const NOT_PERMANENT_AT_40: &[(&str, &str)] = &[
        ("birth-date", "1985-01-01"),
        ("insured", "lives-in-sweden"),
        ("capacity-reduction", "1"),
        ("duration", "at-least-a-year"),
    ];

    #[test]
    fn every_result_says_what_it_did_not_consider_in_each_language() {
        for lang in [Lang::Sv, Lang::En, Lang::SvLattlast] {
            let o = scenario::outcome(&Scenario::new("aktivitetsersattning", "2025-05-02", NOT_PERMANENT_AT_40), lang)
                .unwrap();
            let expected = text::ae_note_not_considered().render(lang);
            assert!(o.notes.contains(&expected), "{lang:?}: {:?}", o.notes);
            assert!(expected.contains("AFA"), "{lang:?}: names the occupational insurance");
        }
        assert_ne!(
            text::ae_note_not_considered().render(Lang::SvLattlast),
            text::ae_note_not_considered().render(Lang::Sv)
        );
    }

    #[test]
    fn a_link_saved_before_income_basis_still_opens_and_keeps_the_income() {
        let answers = [
            ("birth-date", "1978-01-01"),
            ("insured", "lives-in-sweden"),
            ("capacity-reduction", "1"),
            ("duration", "permanent"),
            ("lived-in-sweden-since-16", "yes"),
            ("had-work-income", "yes"),
            ("income-per-year", "200000"),
        ];
        let saved = crate::flow::Saved {
            format: 1,
            test: "aktivitetsersattning".into(),
            as_of: "2023-06-01".into(),
            rules: "2026.11.1".into(),
            answers: answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            at: None,
        };
        let mut session = crate::api::restore(&saved).unwrap();
        match crate::api::view(&session, Lang::Sv) {
            crate::api::View::Question(q) => assert_eq!(q.id, "income-basis"),
            crate::api::View::Outcome(_) => panic!("the new question is asked"),
        }
        session.answer("income-basis", "antagandeinkomst").unwrap();
        let crate::api::View::Outcome(o) = crate::api::view(&session, Lang::En) else { panic!("an outcome") };
        let row = o.rows.iter().find(|r| r.key == "inkomstrelaterad").unwrap();
        assert_eq!(row.machine, "129400", "the saved income is kept: 64,7 % of 200 000");
    }
}
