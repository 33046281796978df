//! The aktivitetsersättning and sjukersättning self-test: its questions, and how each answers a
//! fact of `rules::aktivitetsersattning`. The rules decide which questions are asked and in which
//! order; this file only maps answers to facts and the decision to an [`Outcome`].

use crate::domain::{Date, Kronor, YearMonth};
use crate::flow::{Ask, Choice, CountUnit, Flow, Kind, Outcome, Per, Question, Row, MAX_KRONOR};
use crate::i18n::{ae_not, AeMsg, Msg, UiMsg};
use crate::rules::aktivitetsersattning::{
    self as regler, Belopp, Berakning, Beslut, Fakta, Formon, Forsakrad, Forsakringstid, Grund, Inkomstuppgift, Not,
    Varaktighet, Variant,
};
use crate::rules::{Fact, Level, RuleError, Verdict};

const fn msg(m: AeMsg) -> Msg {
    Msg::Ae(m)
}

pub static BIRTH_DATE: Question = Question {
    id: "birth-date",
    kind: Kind::Date { not_after_today: true },
    label: msg(AeMsg::QBirthDate),
    name: msg(AeMsg::NBirthDate),
    hint: Some(Msg::Ui(UiMsg::DateExample)),
    law: Some(regler::AE_ALDER),
};

pub static INSURED: Question = Question {
    id: "insured",
    kind: Kind::OneOf(&[
        Choice { value: "lives-in-sweden", label: msg(AeMsg::ChoiceLivesInSweden), hint: None },
        Choice { value: "works-in-sweden", label: msg(AeMsg::ChoiceWorksInSweden), hint: None },
        Choice { value: "neither", label: msg(AeMsg::ChoiceNeither), hint: None },
    ]),
    label: msg(AeMsg::QInsured),
    name: msg(AeMsg::NInsured),
    hint: Some(msg(AeMsg::HInsured)),
    law: Some(regler::FORSAKRAD),
};

pub static REASON: Question = Question {
    id: "reason",
    kind: Kind::OneOf(&[
        Choice { value: "reduced-capacity", label: msg(AeMsg::ChoiceReducedCapacity), hint: None },
        Choice {
            value: "extended-schooling",
            label: msg(AeMsg::ChoiceSchooling),
            hint: Some(msg(AeMsg::HChoiceSchooling)),
        },
    ]),
    label: msg(AeMsg::QGrund),
    name: msg(AeMsg::NGrund),
    hint: None,
    law: Some(regler::RATT_TILL_AE_NEDSATT),
};

pub static REDUCTION: Question = Question {
    id: "capacity-reduction",
    kind: Kind::Level { below_quarter: true },
    label: msg(AeMsg::QReduction),
    name: msg(AeMsg::NReduction),
    hint: Some(msg(AeMsg::HReduction)),
    law: Some(regler::ARBETSFORMAGA_BEDOMS),
};

pub static DURATION: Question = Question {
    id: "duration",
    kind: Kind::OneOf(&[
        Choice { value: "less-than-a-year", label: msg(AeMsg::ChoiceLessThanYear), hint: None },
        Choice { value: "at-least-a-year", label: msg(AeMsg::ChoiceAtLeastYear), hint: None },
        Choice { value: "permanent", label: msg(AeMsg::ChoicePermanent), hint: Some(msg(AeMsg::HChoicePermanent)) },
        Choice { value: "dont-know", label: msg(AeMsg::ChoiceDontKnow), hint: None },
    ]),
    label: msg(AeMsg::QDuration),
    name: msg(AeMsg::NDuration),
    hint: None,
    law: Some(regler::STADIGVARANDE),
};

pub static SCHOOLING_ENDS: Question = Question {
    id: "schooling-ends",
    kind: Kind::Month,
    label: msg(AeMsg::QSchoolingEnds),
    name: msg(AeMsg::NSchoolingEnds),
    hint: Some(Msg::Ui(UiMsg::MonthExample)),
    law: Some(regler::SKOLGANG_TID),
};

pub static LIVED_SINCE_16: Question = Question {
    id: "lived-in-sweden-since-16",
    kind: Kind::YesNo,
    label: msg(AeMsg::QLivedSince16),
    name: msg(AeMsg::NLivedSince16),
    hint: Some(msg(AeMsg::HLivedSince16)),
    law: Some(regler::FORSAKRINGSTID),
};

pub static YEARS_IN_SWEDEN: Question = Question {
    id: "years-in-sweden",
    kind: Kind::Count { min: 0, max: 60, unit: CountUnit::Years },
    label: msg(AeMsg::QYearsInSweden),
    name: msg(AeMsg::NYearsInSweden),
    hint: Some(msg(AeMsg::HYearsInSweden)),
    law: Some(regler::FORSAKRINGSTID),
};

pub static HAD_INCOME: Question = Question {
    id: "had-work-income",
    kind: Kind::YesNo,
    label: msg(AeMsg::QHadIncome),
    name: msg(AeMsg::NHadIncome),
    hint: Some(msg(AeMsg::HHadIncome)),
    law: Some(regler::INKOMSTRELATERAD),
};

pub static INCOME: Question = Question {
    id: "income-per-year",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: msg(AeMsg::QIncome),
    name: msg(AeMsg::NIncome),
    hint: Some(msg(AeMsg::HIncome)),
    law: Some(regler::INKOMSTRELATERAD_BELOPP),
};

pub static INCOME_BASIS: Question = Question {
    id: "income-basis",
    kind: Kind::OneOf(&[
        Choice { value: "yearly-incomes", label: msg(AeMsg::ChoiceYearlyIncomes), hint: None },
        Choice {
            value: "antagandeinkomst",
            label: msg(AeMsg::ChoiceAntagandeinkomst),
            hint: Some(msg(AeMsg::HChoiceAntagandeinkomst)),
        },
    ]),
    label: msg(AeMsg::QIncomeBasis),
    name: msg(AeMsg::NIncomeBasis),
    hint: None,
    law: Some(regler::ANTAGANDEINKOMST),
};

/// One question per year before the försäkringsfall, the year before first.
const fn income_year(id: &'static str, n: u8) -> Question {
    Question {
        id,
        kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
        label: msg(AeMsg::QIncomeYearsAgo { n }),
        name: msg(AeMsg::NIncomeYearsAgo { n }),
        hint: Some(msg(AeMsg::HIncomeYear)),
        law: Some(regler::ANTAGANDEINKOMST),
    }
}

pub static INCOME_YEAR_1: Question = income_year("income-year-1", 1);
pub static INCOME_YEAR_2: Question = income_year("income-year-2", 2);
pub static INCOME_YEAR_3: Question = income_year("income-year-3", 3);
pub static INCOME_YEAR_4: Question = income_year("income-year-4", 4);
pub static INCOME_YEAR_5: Question = income_year("income-year-5", 5);
static INCOME_YEARS: [&Question; regler::ARSINKOMSTER_AR] =
    [&INCOME_YEAR_1, &INCOME_YEAR_2, &INCOME_YEAR_3, &INCOME_YEAR_4, &INCOME_YEAR_5];

pub static FLOW: Flow = Flow {
    id: "aktivitetsersattning",
    title: msg(AeMsg::Title),
    intro: msg(AeMsg::Intro),
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
    Ok(present(beslut, berakning, forsakringstid))
}

/// The decision and amounts as an [`Outcome`].
fn present(beslut: Beslut, berakning: Option<Berakning>, forsakringstid: Option<Forsakringstid>) -> Outcome {
    let mut rows = Vec::new();
    let benefit = match (beslut.formon, beslut.variant) {
        (Some(Formon::Sjukersattning), _) => Some((AeMsg::BenefitSa, "sjukersattning", "nedsatt-arbetsformaga")),
        (Some(Formon::Aktivitetsersattning), Some(Variant::ForlangdSkolgang)) => {
            Some((AeMsg::BenefitAeSkolgang, "aktivitetsersattning", "forlangd-skolgang"))
        }
        (Some(Formon::Aktivitetsersattning), Some(Variant::NedsattArbetsformaga)) => {
            Some((AeMsg::BenefitAeNedsatt, "aktivitetsersattning", "nedsatt-arbetsformaga"))
        }
        _ => None,
    };
    if let Some((name, id, variant)) = benefit {
        rows.push(Row::new("benefit", msg(AeMsg::RowBenefit), msg(name.clone()), id));
        rows.push(Row::new("variant", msg(AeMsg::RowBenefit), msg(name), variant).hidden());
    }
    if beslut.verdict == Verdict::MayBeEligible {
        if let Some(level) = beslut.level {
            rows.push(Row::new("level", msg(AeMsg::RowLevel), Msg::Ui(UiMsg::LevelName(level)), level.code()));
        }
        if let Some(first) = beslut.first_month {
            rows.push(Row::new("first-month", msg(AeMsg::RowFirstMonth), Msg::Month(first), first.to_string()));
        }
        if let Some(fran) = beslut.back_pay_from {
            rows.push(Row::new("back-pay-from", msg(AeMsg::RowBackPayFrom), Msg::Month(fran), fran.to_string()));
        }
        match beslut.last_month {
            Some(last) => {
                rows.push(Row::new("last-month", msg(AeMsg::RowLastMonth), Msg::Month(last), last.to_string()));
                if let Some((year, age)) = beslut.last_month_undecided {
                    let text = msg(AeMsg::SaAgeLimitUndecided { year, age });
                    rows.push(
                        Row::new("last-month-undecided-year", msg(AeMsg::RowLastMonth), text, year.to_string())
                            .hidden(),
                    );
                }
            }
            None => rows.push(Row::new(
                "last-month",
                msg(AeMsg::RowLastMonth),
                msg(AeMsg::LastMonthNotYetDecided),
                "not-yet-decided",
            )),
        }
    }
    let mut reasons = beslut.trace.steps;
    let mut params = beslut.trace.params;
    if let Some(b) = berakning {
        let level = beslut.level.unwrap_or(Level::Full);
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
        notes.push(msg(AeMsg::EstimateForsakringstid));
    }
    if beslut.verdict == Verdict::MayBeEligible {
        notes.push(Msg::Ui(UiMsg::EstimateNote));
    }
    notes.push(msg(AeMsg::NoteNotConsidered));
    let next_steps = match (beslut.verdict, beslut.variant) {
        (Verdict::MayBeEligible, Some(Variant::ForlangdSkolgang)) => {
            vec![msg(AeMsg::NextSchoolCertificate), msg(AeMsg::NextApply), msg(AeMsg::NextBostadstillagg)]
        }
        (Verdict::MayBeEligible, _) => {
            let mut steps = vec![msg(AeMsg::NextMedicalCertificate)];
            if older {
                steps.push(msg(AeMsg::NextOlderApplicant));
            }
            steps.extend([msg(AeMsg::NextApply), msg(AeMsg::NextBostadstillagg)]);
            steps
        }
        (Verdict::ProbablyNot, _) => vec![msg(AeMsg::NextProbablyNot)],
        (Verdict::CannotTell, _) => vec![msg(AeMsg::NextCannotTell)],
    };
    Outcome {
        verdict: beslut.verdict,
        headline: headline(beslut.verdict, beslut.formon, beslut.level),
        rows,
        failed: beslut.failed,
        reasons,
        params,
        notes,
        next_steps,
    }
}

fn headline(verdict: Verdict, formon: Option<Formon>, level: Option<Level>) -> Msg {
    msg(match (verdict, formon, level) {
        (Verdict::MayBeEligible, Some(Formon::Sjukersattning), Some(level)) => AeMsg::HeadMayBeSa { level },
        (Verdict::MayBeEligible, _, Some(level)) => AeMsg::HeadMayBeAe { level },
        (Verdict::ProbablyNot, Some(Formon::Aktivitetsersattning), _) => AeMsg::HeadProbablyNotAe,
        (Verdict::ProbablyNot, Some(Formon::Sjukersattning), _) => AeMsg::HeadProbablyNotSa,
        (Verdict::ProbablyNot, None, _) => AeMsg::HeadProbablyNot,
        _ => AeMsg::HeadCannotTell,
    })
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
            rows.push(Row::kronor("per-month", msg(AeMsg::RowPerMonth), b.per_month));
            rows.push(Row::kronor("per-year", msg(AeMsg::RowPerYear), b.per_year));
            rows.push(Row::kronor("garantiniva", msg(AeMsg::RowGarantiniva), b.garantiniva));
            match parts_at_level(b, level) {
                Some((ir, garanti)) => {
                    rows.push(Row::kronor("inkomstrelaterad", msg(AeMsg::RowInkomstrelaterad), ir));
                    rows.push(Row::kronor("garantiersattning", msg(AeMsg::RowGarantiersattning), garanti));
                }
                None => rows.push(Row::new(
                    "inkomstrelaterad",
                    msg(AeMsg::RowInkomstrelaterad),
                    Msg::RuleError(RuleError::Overflow),
                    "not-yet-known",
                )),
            }
        }
        (Err(e), None) => {
            rows.push(Row::new("per-month", msg(AeMsg::RowPerMonth), Msg::RuleError(*e), "not-yet-known"))
        }
        (Ok(b), Some(m)) => {
            rows.push(Row::kronor(format!("per-month-from-{m}"), msg(AeMsg::RowFromMonth { month: m }), b.per_month));
        }
        (Err(e), Some(m)) => rows.push(Row::new(
            format!("per-month-from-{m}"),
            msg(AeMsg::RowFromMonth { month: m }),
            Msg::RuleError(*e),
            "not-yet-known",
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{AeMsg, Lang};
    use crate::scenario::{self, Scenario};

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
            let expected = crate::i18n::Msg::Ae(AeMsg::NoteNotConsidered).render(lang);
            assert!(o.notes.contains(&expected), "{lang:?}: {:?}", o.notes);
            assert!(expected.contains("AFA"), "{lang:?}: names the occupational insurance");
        }
        assert_ne!(
            crate::i18n::Msg::Ae(AeMsg::NoteNotConsidered).render(Lang::SvLattlast),
            crate::i18n::Msg::Ae(AeMsg::NoteNotConsidered).render(Lang::Sv)
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
