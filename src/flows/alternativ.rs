//! The self-test "Vad mer kan passa dig?": its questions, and how each answers a fact of the
//! alternatives catalogue (`rules::alternativ`). Every entry is evaluated in the catalogue's
//! order; the first fact an entry needs and does not have is the next question, so the person
//! is asked only what the catalogue still needs. An answer "Jag vet inte" leaves the entries
//! that need it not assessed, as a missing field does in the handler screening.
//! Not here: the conditions (rules/alternativ.rs), the words (i18n/alternativ.rs).

use crate::domain::{Check, Date, Kronor};
use crate::flow::{Ask, Change, Choice, Event, Flow, Kind, Outcome, Per, Question, Row, ToAsk, Whom, MAX_KRONOR};
use crate::i18n;
use crate::i18n::alternativ::{benefit, next, reason, varfor};
use crate::rules::aktivitetsersattning as ae;
#[cfg(test)]
use crate::rules::alternativ::Varfor;
use crate::rules::alternativ::{
    self as alt, AlternativFakta, Formon, Forslag, Katalog, Status, Steg, ANTAL, DAG_NORMALT_FOREKOMMANDE_ARBETE,
    ETT_AR_I_MANADER,
};
use crate::rules::Step;
use crate::rules::{Fact, Level, Missing, Verdict};
use crate::text::{self, Arg, Msg};

const YES: Choice = Choice { value: "yes", label: text::ui_yes(), hint: None };
const NO: Choice = Choice { value: "no", label: text::ui_no(), hint: None };
const DONT_KNOW: Choice = Choice { value: "dont-know", label: text::alt_choice_dont_know(), hint: None };
const YES_NO_DONT_KNOW: &[Choice] = &[YES, NO, DONT_KNOW];

/// A level as a choice; `$key` is the level's key (`Level::key`), "none" for less than a quarter.
macro_rules! level_choice {
    ($value:literal, $key:literal) => {
        Choice { value: $value, label: Msg::fixed(text::id::UI_LEVEL_OPTION, &[Arg::Key($key)]), hint: None }
    };
}

pub static INSURED: Question = Question {
    id: "insured",
    kind: Kind::YesNo,
    label: text::alt_q_insured(),
    name: text::alt_n_insured(),
    hint: Some(text::alt_h_insured()),
    law: Some(ae::FORSAKRAD),
};

pub static BIRTH_DATE: Question = Question {
    id: "birth-date",
    kind: Kind::Date { not_after_today: true },
    label: text::alt_q_birth_date(),
    name: text::alt_n_birth_date(),
    hint: Some(text::ui_date_example()),
    law: Some(ae::AE_ALDER),
};

pub static BENEFIT_NOW: Question = Question {
    id: "benefit-now",
    kind: Kind::OneOf(&[
        Choice { value: "sjukersattning", label: text::alt_choice_has_sa(), hint: None },
        Choice { value: "aktivitetsersattning", label: text::alt_choice_has_ae(), hint: None },
        Choice { value: "had-aktivitetsersattning", label: text::alt_choice_had_ae(), hint: None },
        Choice { value: "neither", label: text::alt_choice_neither(), hint: None },
    ]),
    label: text::alt_q_benefit_now(),
    name: text::alt_n_benefit_now(),
    hint: None,
    law: None,
};

pub static CAPACITY: Question = Question {
    id: "capacity-reduction",
    kind: Kind::OneOf(&[
        level_choice!("0", "none"),
        level_choice!("1/4", "quarter"),
        level_choice!("1/2", "half"),
        level_choice!("3/4", "three-quarters"),
        level_choice!("1", "full"),
        DONT_KNOW,
    ]),
    label: text::alt_q_capacity(),
    name: text::alt_n_capacity(),
    hint: Some(text::alt_h_capacity()),
    law: Some(ae::ARBETSFORMAGA_BEDOMS),
};

pub static DURATION: Question = Question {
    id: "duration",
    kind: Kind::OneOf(&[
        Choice { value: "less-than-a-year", label: text::alt_choice_less_than_year(), hint: None },
        Choice { value: "at-least-a-year", label: text::alt_choice_at_least_year(), hint: None },
        DONT_KNOW,
    ]),
    label: text::alt_q_duration_months(),
    name: text::alt_n_duration_months(),
    hint: Some(text::alt_h_duration_months()),
    law: Some(alt::LIVRANTA),
};

pub static SCHOOLING: Question = Question {
    id: "schooling-extended",
    kind: Kind::YesNo,
    label: text::alt_q_schooling(),
    name: text::alt_n_schooling(),
    hint: Some(text::alt_h_schooling()),
    law: Some(ae::RATT_TILL_AE_SKOLGANG),
};

pub static PERMANENT: Question = Question {
    id: "permanent",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_permanent(),
    name: text::alt_n_permanent(),
    hint: Some(text::alt_h_permanent()),
    law: Some(ae::STADIGVARANDE),
};

pub static APPLIED_BTS: Question = Question {
    id: "applied-housing-supplement",
    kind: Kind::YesNo,
    label: text::alt_q_applied_bts(),
    name: text::alt_n_applied_bts(),
    hint: None,
    law: Some(alt::BOSTADSTILLAGG),
};

pub static IN_REHAB: Question = Question {
    id: "in-rehabilitation",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_in_rehab(),
    name: text::alt_n_in_rehab(),
    hint: Some(text::alt_h_in_rehab()),
    law: Some(alt::REHABILITERINGSPENNING),
};

pub static ON_SICK_PAY: Question = Question {
    id: "on-sick-pay",
    kind: Kind::YesNo,
    label: text::alt_q_on_sick_pay(),
    name: text::alt_n_on_sick_pay(),
    hint: None,
    law: None,
};

pub static SICK_DAYS: Question = Question {
    id: "sick-days",
    kind: Kind::OneOf(&[
        Choice { value: "up-to-180", label: text::alt_choice_up_to_180_days(), hint: None },
        Choice { value: "181-or-more", label: text::alt_choice_181_days_or_more(), hint: None },
    ]),
    label: text::alt_q_sick_days(),
    name: text::alt_n_sick_days(),
    hint: Some(text::alt_h_sick_days()),
    law: Some(alt::NORMALT_FOREKOMMANDE_ARBETE),
};

pub static SICK_PAY_DENIED: Question = Question {
    id: "sick-pay-denied",
    kind: Kind::YesNo,
    label: text::alt_q_sick_pay_denied(),
    name: text::alt_n_sick_pay_denied(),
    hint: Some(text::alt_h_sick_pay_denied()),
    law: Some(alt::NORMALT_FOREKOMMANDE_ARBETE),
};

pub static UNEMPLOYED: Question = Question {
    id: "unemployed",
    kind: Kind::YesNo,
    label: text::alt_q_unemployed(),
    name: text::alt_n_unemployed(),
    hint: Some(text::alt_h_unemployed()),
    law: None,
};

pub static WORK_RELATED: Question = Question {
    id: "work-related",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_work_related(),
    name: text::alt_n_work_related(),
    hint: Some(text::alt_h_work_related()),
    law: Some(alt::LIVRANTA),
};

pub static INCOME_BEFORE: Question = Question {
    id: "income-before",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::alt_q_income_before(),
    name: text::alt_n_income_before(),
    hint: None,
    law: Some(alt::LIVRANTA),
};

pub static INCOME_AFTER: Question = Question {
    id: "income-after",
    kind: Kind::Kronor { max: MAX_KRONOR, per: Per::Year },
    label: text::alt_q_income_after(),
    name: text::alt_n_income_after(),
    hint: Some(text::alt_h_income_after()),
    law: Some(alt::LIVRANTA),
};

pub static INJURY_REPORTED: Question = Question {
    id: "injury-reported",
    kind: Kind::YesNo,
    label: text::alt_q_injury_reported(),
    name: text::alt_n_injury_reported(),
    hint: Some(text::alt_h_injury_reported()),
    law: None,
};

pub static PREVENTIVE: Question = Question {
    id: "preventive-treatment",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_preventive(),
    name: text::alt_n_preventive(),
    hint: Some(text::alt_h_preventive()),
    law: Some(alt::FOREBYGGANDE_SJUKPENNING),
};

pub static PREGNANT: Question = Question {
    id: "pregnant",
    kind: Kind::YesNo,
    label: text::alt_q_pregnant(),
    name: text::alt_n_pregnant(),
    hint: None,
    law: Some(alt::GRAVIDITETSPENNING),
};

pub static DEMANDING_JOB: Question = Question {
    id: "physically-demanding-job",
    kind: Kind::YesNo,
    label: text::alt_q_demanding_job(),
    name: text::alt_n_demanding_job(),
    hint: None,
    law: Some(alt::GRAVIDITETSPENNING),
};

pub static DUE_DATE: Question = Question {
    id: "due-date",
    kind: Kind::Date { not_after_today: false },
    label: text::alt_q_due_date(),
    name: text::alt_n_due_date(),
    hint: Some(text::ui_date_example()),
    law: Some(alt::GRAVIDITETSPENNING),
};

pub static FREQUENT_SICKNESS: Question = Question {
    id: "frequent-or-long-sickness",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_frequent_sickness(),
    name: text::alt_n_frequent_sickness(),
    hint: Some(text::alt_h_frequent_sickness()),
    law: Some(alt::SARSKILT_HOGRISKSKYDD),
};

pub static NEEDS_AIDS: Question = Question {
    id: "needs-work-aids",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_needs_aids(),
    name: text::alt_n_needs_aids(),
    hint: Some(text::alt_h_needs_aids()),
    law: Some(alt::ARBETSHJALPMEDEL),
};

pub static TRAVEL_HINDERED: Question = Question {
    id: "travel-to-work-hindered",
    kind: Kind::YesNo,
    label: text::alt_q_travel(),
    name: text::alt_n_travel(),
    hint: Some(text::alt_h_travel()),
    law: Some(alt::ARBETSRESOR),
};

pub static WORK_RISK: Question = Question {
    id: "work-environment-risk",
    kind: Kind::YesNo,
    label: text::alt_q_work_risk(),
    name: text::alt_n_work_risk(),
    hint: Some(text::alt_h_work_risk()),
    law: Some(alt::GRAVIDITETSPENNING_RISK),
};

pub static HAS_SGI: Question = Question {
    id: "has-sgi",
    kind: Kind::OneOf(YES_NO_DONT_KNOW),
    label: text::alt_q_has_sgi(),
    name: text::alt_n_has_sgi(),
    hint: Some(text::alt_h_has_sgi()),
    law: Some(alt::SJUKPENNING),
};

pub static SICK_PAY_ENDED: Question = Question {
    id: "sick-pay-ended",
    kind: Kind::YesNo,
    label: text::alt_q_sick_pay_ended(),
    name: text::alt_n_sick_pay_ended(),
    hint: Some(text::alt_h_sick_pay_ended()),
    law: Some(alt::ARBETSLOSHETSFORSAKRING),
};

pub static SA_AE_REFUSED: Question = Question {
    id: "sa-ae-refused",
    kind: Kind::YesNo,
    label: text::alt_q_sa_ae_refused(),
    name: text::alt_n_sa_ae_refused(),
    hint: Some(text::alt_h_sa_ae_refused()),
    law: Some(alt::OMPROVNING),
};

pub static FLOW: Flow = Flow {
    id: "alternativ",
    title: text::alt_title(),
    intro: text::alt_intro(),
    questions: &[
        &INSURED,
        &BIRTH_DATE,
        &BENEFIT_NOW,
        &CAPACITY,
        &DURATION,
        &SCHOOLING,
        &PERMANENT,
        &APPLIED_BTS,
        &SA_AE_REFUSED,
        &IN_REHAB,
        &HAS_SGI,
        &ON_SICK_PAY,
        &SICK_DAYS,
        &SICK_PAY_DENIED,
        &SICK_PAY_ENDED,
        &UNEMPLOYED,
        &TRAVEL_HINDERED,
        &WORK_RELATED,
        &INCOME_BEFORE,
        &INCOME_AFTER,
        &INJURY_REPORTED,
        &PREVENTIVE,
        &PREGNANT,
        &DEMANDING_JOB,
        &WORK_RISK,
        &DUE_DATE,
        &FREQUENT_SICKNESS,
        &NEEDS_AIDS,
    ],
    run,
    // Schooling is asked only without a year-long reduction, the injury report only with one,
    // and "permanent" only with a reduction of at least a quarter: at most two of the three.
    max_questions: 24,
};

/// The answers, read as the facts the catalogue asks for. Records which questions were
/// answered "Jag vet inte", so the entries that need them are not assessed rather than asked
/// again.
struct Svar<'a, 'b> {
    ask: &'b mut Ask<'a>,
    vet_ej: Vec<&'static str>,
}

impl Svar<'_, '_> {
    fn yes_no_dont_know(&mut self, q: &'static Question) -> Fact<bool> {
        match self.ask.choice(q)? {
            "yes" => Ok(true),
            "no" => Ok(false),
            _ => self.dont_know(q),
        }
    }

    fn dont_know<T>(&mut self, q: &'static Question) -> Fact<T> {
        if !self.vet_ej.contains(&q.id) {
            self.vet_ej.push(q.id);
        }
        Err(Missing(q.id))
    }

    fn benefit_now(&mut self) -> Fact<&'static str> {
        self.ask.choice(&BENEFIT_NOW)
    }
}

/// A month count for a duration answered in words. The catalogue compares durations only with
/// one year ([`ETT_AR_I_MANADER`]), so each answer stands for the months on its side of it;
/// `duration_answers_agree_with_any_month_count_on_their_side` pins that.
fn months_for(choice: &str) -> Option<u32> {
    match choice {
        "less-than-a-year" => Some(ETT_AR_I_MANADER - 1),
        "at-least-a-year" => Some(ETT_AR_I_MANADER),
        _ => None,
    }
}

/// A day count for a sick period answered in words, on either side of day 181
/// ([`DAG_NORMALT_FOREKOMMANDE_ARBETE`]), the only day the catalogue compares with.
fn days_for(choice: &str) -> u32 {
    match choice {
        "181-or-more" => DAG_NORMALT_FOREKOMMANDE_ARBETE,
        _ => DAG_NORMALT_FOREKOMMANDE_ARBETE - 1,
    }
}

impl AlternativFakta for Svar<'_, '_> {
    fn forsakrad(&mut self) -> Fact<bool> {
        self.ask.yes_no(&INSURED)
    }
    fn fodelsedatum(&mut self) -> Fact<Date> {
        self.ask.date(&BIRTH_DATE)
    }
    fn har_sa_eller_ae(&mut self) -> Fact<bool> {
        Ok(matches!(self.benefit_now()?, "sjukersattning" | "aktivitetsersattning"))
    }
    fn har_ae(&mut self) -> Fact<bool> {
        Ok(matches!(self.benefit_now()?, "aktivitetsersattning" | "had-aktivitetsersattning"))
    }
    fn nedsattning(&mut self) -> Fact<Option<Level>> {
        match self.ask.choice(&CAPACITY)? {
            "0" => Ok(None),
            code => match Level::from_code(code) {
                Some(level) => Ok(Some(level)),
                None => self.dont_know(&CAPACITY),
            },
        }
    }
    fn varaktighet_manader(&mut self) -> Fact<u32> {
        match months_for(self.ask.choice(&DURATION)?) {
            Some(months) => Ok(months),
            None => self.dont_know(&DURATION),
        }
    }
    fn stadigvarande(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&PERMANENT)
    }
    fn skolgang_forlangd(&mut self) -> Fact<bool> {
        self.ask.yes_no(&SCHOOLING)
    }
    fn sokt_bostadstillagg(&mut self) -> Fact<bool> {
        self.ask.yes_no(&APPLIED_BTS)
    }
    fn i_rehabilitering(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&IN_REHAB)
    }
    fn sjukpenning(&mut self) -> Fact<bool> {
        self.ask.yes_no(&ON_SICK_PAY)
    }
    fn sjukdagar(&mut self) -> Fact<u32> {
        Ok(days_for(self.ask.choice(&SICK_DAYS)?))
    }
    fn sjukpenning_nekad_normalt_arbete(&mut self) -> Fact<bool> {
        self.ask.yes_no(&SICK_PAY_DENIED)
    }
    fn arbetslos(&mut self) -> Fact<bool> {
        self.ask.yes_no(&UNEMPLOYED)
    }
    fn arbetsrelaterad(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&WORK_RELATED)
    }
    fn skada_anmald(&mut self) -> Fact<bool> {
        self.ask.yes_no(&INJURY_REPORTED)
    }
    fn inkomst_fore(&mut self) -> Fact<Kronor> {
        self.ask.kronor(&INCOME_BEFORE)
    }
    fn inkomst_efter(&mut self) -> Fact<Kronor> {
        self.ask.kronor(&INCOME_AFTER)
    }
    fn forebyggande_behandling(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&PREVENTIVE)
    }
    fn gravid(&mut self) -> Fact<bool> {
        self.ask.yes_no(&PREGNANT)
    }
    fn fysiskt_anstrangande_arbete(&mut self) -> Fact<bool> {
        self.ask.yes_no(&DEMANDING_JOB)
    }
    fn beraknad_forlossning(&mut self) -> Fact<Date> {
        self.ask.date(&DUE_DATE)
    }
    fn ofta_eller_lange_sjuk(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&FREQUENT_SICKNESS)
    }
    fn behover_arbetshjalpmedel(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&NEEDS_AIDS)
    }
    fn resor_hindrade(&mut self) -> Fact<bool> {
        self.ask.yes_no(&TRAVEL_HINDERED)
    }
    fn sjukpenning_upphort(&mut self) -> Fact<bool> {
        self.ask.yes_no(&SICK_PAY_ENDED)
    }
    fn sa_ae_avslag(&mut self) -> Fact<bool> {
        self.ask.yes_no(&SA_AE_REFUSED)
    }
    fn har_sgi(&mut self) -> Fact<bool> {
        self.yes_no_dont_know(&HAS_SGI)
    }
    fn risk_i_arbetsmiljon(&mut self) -> Fact<bool> {
        self.ask.yes_no(&WORK_RISK)
    }
}

/// The answers this self-test would take for facts a case record already holds: the inverse of
/// [`Svar`], for the screening's link into the self-test (the facts filled in, in the URL
/// fragment). A fact the record lacks is left for the person to answer; so is one the
/// questions cannot say (`has_ae` without `has_sa_or_ae`).
pub fn answers_from<F: AlternativFakta + ?Sized>(f: &mut F) -> Vec<(&'static str, String)> {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let mut out = Vec::new();
    let mut put = |q: &'static Question, v: Option<String>| {
        if let Some(v) = v {
            out.push((q.id, v));
        }
    };
    put(&INSURED, f.forsakrad().ok().map(yes_no));
    put(&BIRTH_DATE, f.fodelsedatum().ok().map(|d| d.to_string()));
    let now = match (f.har_sa_eller_ae().ok(), f.har_ae().ok()) {
        (Some(true), Some(true)) => Some("aktivitetsersattning"),
        (Some(true), Some(false)) => Some("sjukersattning"),
        (Some(false), Some(true)) => Some("had-aktivitetsersattning"),
        (Some(false), Some(false)) => Some("neither"),
        _ => None,
    };
    put(&BENEFIT_NOW, now.map(String::from));
    put(&CAPACITY, f.nedsattning().ok().map(|l| l.map_or("0", Level::code).to_string()));
    put(
        &DURATION,
        f.varaktighet_manader()
            .ok()
            .map(|m| if m >= ETT_AR_I_MANADER { "at-least-a-year" } else { "less-than-a-year" }.to_string()),
    );
    put(&SCHOOLING, f.skolgang_forlangd().ok().map(yes_no));
    put(&PERMANENT, f.stadigvarande().ok().map(yes_no));
    put(&APPLIED_BTS, f.sokt_bostadstillagg().ok().map(yes_no));
    put(&IN_REHAB, f.i_rehabilitering().ok().map(yes_no));
    put(&ON_SICK_PAY, f.sjukpenning().ok().map(yes_no));
    put(
        &SICK_DAYS,
        f.sjukdagar()
            .ok()
            .map(|d| if d >= DAG_NORMALT_FOREKOMMANDE_ARBETE { "181-or-more" } else { "up-to-180" }.to_string()),
    );
    put(&SICK_PAY_DENIED, f.sjukpenning_nekad_normalt_arbete().ok().map(yes_no));
    put(&UNEMPLOYED, f.arbetslos().ok().map(yes_no));
    put(&WORK_RELATED, f.arbetsrelaterad().ok().map(yes_no));
    put(&INCOME_BEFORE, f.inkomst_fore().ok().map(|k| k.0.to_string()));
    put(&INCOME_AFTER, f.inkomst_efter().ok().map(|k| k.0.to_string()));
    put(&INJURY_REPORTED, f.skada_anmald().ok().map(yes_no));
    put(&PREVENTIVE, f.forebyggande_behandling().ok().map(yes_no));
    put(&PREGNANT, f.gravid().ok().map(yes_no));
    put(&DEMANDING_JOB, f.fysiskt_anstrangande_arbete().ok().map(yes_no));
    put(&DUE_DATE, f.beraknad_forlossning().ok().map(|d| d.to_string()));
    put(&FREQUENT_SICKNESS, f.ofta_eller_lange_sjuk().ok().map(yes_no));
    put(&NEEDS_AIDS, f.behover_arbetshjalpmedel().ok().map(yes_no));
    put(&TRAVEL_HINDERED, f.resor_hindrade().ok().map(yes_no));
    put(&WORK_RISK, f.risk_i_arbetsmiljon().ok().map(yes_no));
    put(&HAS_SGI, f.har_sgi().ok().map(yes_no));
    put(&SICK_PAY_ENDED, f.sjukpenning_upphort().ok().map(yes_no));
    put(&SA_AE_REFUSED, f.sa_ae_avslag().ok().map(yes_no));
    out
}

fn run(ask: &mut Ask) -> Fact<Outcome> {
    let today = ask.today();
    let mut svar = Svar { ask, vet_ej: Vec::new() };
    let mut status = [Status::Suggest; ANTAL];
    for (s, post) in status.iter_mut().zip(Katalog::<Svar>::POSTER.iter()) {
        *s = match (post.villkor)(&mut svar, today) {
            Ok(Forslag::Suggest) => Status::Suggest,
            Ok(Forslag::NotSuggested(varfor)) => Status::NotSuggested(varfor),
            Err(Missing(id)) if svar.vet_ej.contains(&id) => Status::NotAssessed(id),
            Err(missing) => return Err(missing),
        };
    }
    let livranta = suggested(&status, Formon::Arbetsskadelivranta);
    let anmald = if livranta { Some(svar.skada_anmald()?) } else { None };
    let mut o = present(&status, anmald, today);
    o.timeline = timeline(&mut svar, today)?;
    // Ordinary sjukpenning after aktivitetsersättning: the day it may start.
    if suggested(&status, Formon::SjukpenningEfterAe) {
        if let Some(from) = alt::sarskilda_fall_fran(svar.fodelsedatum()?).filter(|d| *d >= today) {
            o.timeline.push(Event {
                date: from,
                key: "sjukpenning-efter-ae-from",
                text: text::alt_when_sjukpenning_efter_ae_from(),
            });
            o.timeline = crate::flow::in_order(std::mem::take(&mut o.timeline));
        }
    }
    // Nothing fits today, but graviditetspenning opens later: say from which day, not "nothing".
    if let Some(from) = o.timeline.iter().find(|e| e.key == "graviditetspenning-from" && e.date > today) {
        if o.verdict == Verdict::ProbablyNot {
            o.headline = text::alt_head_later(i18n::date(from.date));
            let nothing = text::alt_next_nothing_found();
            o.next_steps.retain(|m| *m != nothing);
        }
    }
    Ok(o)
}

/// The dates that matter (issue 13): the graviditetspenning window, from the expected birth the
/// person gave, while it has not passed. Also before the window opens, so a pregnant person months
/// ahead is told from which day it may apply. Reads only what was already asked.
fn timeline(svar: &mut Svar, today: Date) -> Fact<Vec<Event>> {
    let mut out = Vec::new();
    let asked = |svar: &Svar, q: &Question| svar.ask.path().iter().any(|p| p.id == q.id);
    // Graviditetspenning for physically demanding work (SFB 10 kap. 3 §): insured, pregnant,
    // with such work, as the catalogue's condition reads them.
    let fits = asked(svar, &DUE_DATE)
        && asked(svar, &DEMANDING_JOB)
        && svar.forsakrad()?
        && svar.fysiskt_anstrangande_arbete()?;
    if fits {
        if let Some((from, until)) = alt::graviditetspenning_fonster(svar.beraknad_forlossning()?) {
            if until >= today {
                out.push(Event {
                    date: from,
                    key: "graviditetspenning-from",
                    text: text::alt_when_graviditetspenning_from(),
                });
                out.push(Event {
                    date: until,
                    key: "graviditetspenning-until",
                    text: text::alt_when_graviditetspenning_until(),
                });
            }
        }
    }
    Ok(out)
}

fn suggested(status: &[Status; ANTAL], formon: Formon) -> bool {
    alt::KATALOG.iter().zip(status).any(|(p, s)| p.formon == formon && *s == Status::Suggest)
}

/// The catalogue's results as an [`Outcome`]: what may fit and why (the key facts, under the
/// headline), then apart what does not fit and why not, then apart again what was not assessed;
/// and what to do next.
fn present(status: &[Status; ANTAL], skada_anmald: Option<bool>, idag: Date) -> Outcome {
    let mut rows = Vec::new();
    let mut not_suggested = Vec::new();
    let mut not_assessed = Vec::new();
    let mut reasons = Vec::new();
    let mut next_steps = Vec::new();
    if skada_anmald == Some(false) {
        next_steps.push(text::alt_next_report_injury());
    }
    for (post, s) in alt::KATALOG.iter().zip(status) {
        let f = post.formon;
        let check = match s {
            Status::Suggest => {
                rows.push(Row::new("suggested", benefit(f), reason(f), f.id()));
                next_steps.push(next(f));
                Check::Yes
            }
            Status::NotSuggested(why) => {
                let row = Row::new("not-suggested", benefit(f), varfor(*why), f.id());
                not_suggested.push(row.in_group(text::alt_group_not_suggested()));
                Check::No
            }
            Status::NotAssessed(_) => {
                let row = Row::new("not-assessed", benefit(f), text::alt_not_assessed_value(), f.id());
                not_assessed.push(row.in_group(text::alt_group_not_assessed()));
                Check::Info
            }
        };
        reasons.push(Step { law: post.lag, what: Steg::for_status(f, *s).into(), check });
    }
    rows.append(&mut not_suggested);
    rows.append(&mut not_assessed);
    let any = status.contains(&Status::Suggest);
    let mut notes = Vec::new();
    if status.iter().any(|s| matches!(s, Status::NotAssessed(_))) {
        notes.push(text::alt_note_not_assessed());
    }
    if suggested(status, Formon::Arbetsskadelivranta) && suggested(status, Formon::Sjukersattning) {
        notes.push(text::alt_note_livranta_and_sa());
    }
    notes.push(text::alt_note_outside_catalogue());
    if !any {
        next_steps.push(text::alt_next_nothing_found());
    }
    next_steps.push(text::alt_next_help());
    Outcome {
        verdict: if any { Verdict::MayBeEligible } else { Verdict::ProbablyNot },
        headline: if any { text::alt_head_suggestions() } else { text::alt_head_nothing() },
        rows,
        failed: None,
        reasons,
        params: Vec::new(),
        notes,
        next_steps,
        // What would turn "nothing found", from the entries' own reasons (issue 13 item 1).
        changes: if any {
            Vec::new()
        } else {
            alt::andringar(status, idag).into_iter().map(|a| Change::new(&a, i18n::alternativ::andring(a))).collect()
        },
        timeline: Vec::new(),
        moves: Vec::new(),
        to_ask: to_ask(status),
    }
}

/// The questions for the meeting sheet: one for each entry that may fit, to whoever handles it
/// (the employer for its own measures, Arbetsförmedlingen for the meeting about work); when
/// nothing fits, where else to turn.
fn to_ask(status: &[Status; ANTAL]) -> Vec<ToAsk> {
    use Whom::{Arbetsformedlingen, Arbetsgivaren, Forsakringskassan};
    let mut out = Vec::new();
    for (post, s) in alt::KATALOG.iter().zip(status) {
        if *s != Status::Suggest {
            continue;
        }
        out.push(match post.formon {
            Formon::Omstallningsmote => ToAsk::new(Arbetsformedlingen, text::alt_ask_omstallningsmote()),
            Formon::ArbetsplatsinriktatRehabiliteringsstod => {
                ToAsk::new(Arbetsgivaren, text::alt_ask_arbetsplatsinriktat_rehabiliteringsstod())
            }
            Formon::Arbetshjalpmedel => ToAsk::new(Arbetsgivaren, text::alt_ask_arbetshjalpmedel()),
            Formon::Arbetsloshetsersattning => ToAsk::new(Arbetsformedlingen, text::alt_ask_arbetsloshetsersattning()),
            Formon::AfMoteEfterAvslag => ToAsk::new(Arbetsformedlingen, text::alt_ask_af_mote_efter_avslag()),
            f => ToAsk::new(Forsakringskassan, text::alt_ask_benefit(f.id())),
        });
        if post.formon == Formon::AfMoteEfterAvslag {
            out.push(ToAsk::new(Forsakringskassan, text::alt_ask_omprovning()));
        }
        if post.formon == Formon::GraviditetspenningRisk {
            out.push(ToAsk::new(Arbetsgivaren, text::alt_ask_graviditetspenning_risk_employer()));
        }
        if post.formon == Formon::Graviditetspenning {
            out.push(ToAsk::new(Arbetsgivaren, text::alt_ask_graviditetspenning_employer()));
        }
    }
    if out.is_empty() {
        out.push(ToAsk::new(Forsakringskassan, text::ask_other_support()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{Screen, Session};
    use crate::rules::alternativ::bedom;
    use crate::screen::Record;

    /// Answers whatever the self-test asks, from `answers`, until the outcome; every answer
    /// must be asked.
    fn session(answers: &[(&str, &str)], today: &str) -> Session {
        let mut s = Session::new(&FLOW, Date::parse(today).unwrap());
        let mut used = 0;
        while let Screen::Question { question, .. } = s.screen() {
            let (q, a) =
                answers.iter().find(|(q, _)| *q == question.id).unwrap_or_else(|| panic!("asks {}", question.id));
            s.answer(q, a).unwrap_or_else(|e| panic!("{q}: {a}: {e:?}"));
            used += 1;
        }
        assert_eq!(used, answers.len(), "some answers were never asked");
        s
    }

    fn outcome(s: &Session) -> Outcome {
        match s.screen() {
            Screen::Outcome(o) => *o,
            Screen::Question { question, .. } => panic!("still asks {}", question.id),
        }
    }

    fn ids(o: &Outcome, key: &str) -> Vec<String> {
        o.rows.iter().filter(|r| r.key == key).map(|r| r.machine.clone()).collect()
    }

    const NOTHING: &[(&str, &str)] = &[
        ("insured", "yes"),
        ("birth-date", "1980-05-01"),
        ("benefit-now", "neither"),
        ("sa-ae-refused", "no"),
        ("capacity-reduction", "0"),
        ("in-rehabilitation", "no"),
        ("on-sick-pay", "no"),
        ("sick-pay-denied", "no"),
        ("sick-pay-ended", "no"),
        ("work-related", "no"),
        ("preventive-treatment", "no"),
        ("pregnant", "no"),
        ("frequent-or-long-sickness", "no"),
        ("needs-work-aids", "no"),
    ];

    #[test]
    fn nothing_found_is_said_plainly_with_where_to_get_help() {
        let s = session(NOTHING, "2026-01-15");
        let o = outcome(&s);
        assert_eq!(o.verdict, Verdict::ProbablyNot);
        assert_eq!(o.headline, text::alt_head_nothing());
        assert!(o.next_steps.contains(&text::alt_next_help()));
        assert!(o.notes.contains(&text::alt_note_outside_catalogue()));
        assert_eq!(s.evaluate().path.len(), NOTHING.len());
    }

    #[test]
    fn dont_know_leaves_only_the_entries_that_need_it_unassessed() {
        let mut answers = NOTHING.to_vec();
        answers.retain(|(q, _)| *q != "work-related");
        answers.push(("work-related", "dont-know"));
        let o = outcome(&session(&answers, "2026-01-15"));
        assert_eq!(ids(&o, "not-assessed"), ["arbetsskadelivranta"]);
        assert!(o.notes.contains(&text::alt_note_not_assessed()));
        let step = Steg::InteBedomd { formon: Formon::Arbetsskadelivranta, saknas: "work-related" };
        assert!(o.reasons.iter().any(|s| s.what == step.clone().into() && s.check == Check::Info));
    }

    #[test]
    fn an_entry_that_does_not_fit_says_why_and_one_not_assessed_is_listed_apart() {
        let mut answers = NOTHING.to_vec();
        answers.retain(|(q, _)| *q != "preventive-treatment");
        answers.push(("preventive-treatment", "dont-know"));
        answers.retain(|(q, _)| *q != "work-related");
        answers.extend([
            ("work-related", "yes"),
            ("income-before", "420000"),
            ("income-after", "300000"),
            ("duration", "at-least-a-year"),
            ("injury-reported", "yes"),
        ]);
        let o = outcome(&session(&answers, "2026-01-15"));
        assert_eq!(o.headline, text::alt_head_suggestions());
        // Under the headline only what may fit; then apart what does not and why, then apart
        // again what was not assessed.
        let keys: Vec<(&str, Option<Msg>)> = o.rows.iter().map(|r| (r.key.as_str(), r.group.clone())).collect();
        let first_not = keys.iter().position(|(k, _)| *k != "suggested").unwrap();
        assert!(keys[..first_not].iter().all(|(k, g)| *k == "suggested" && g.is_none()));
        let not_suggested = Some(text::alt_group_not_suggested());
        let not_assessed = Some(text::alt_group_not_assessed());
        let first_assessed = keys.iter().position(|(k, _)| *k == "not-assessed").unwrap();
        assert!(keys[first_not..first_assessed].iter().all(|(k, g)| *k == "not-suggested" && *g == not_suggested));
        assert!(keys[first_assessed..].iter().all(|(k, g)| *k == "not-assessed" && *g == not_assessed));
        let row = |id: &str| o.rows.iter().find(|r| r.machine == id).unwrap();
        assert_eq!(row("arbetsskadelivranta").key, "suggested");
        assert_eq!(row("forebyggande_sjukpenning").key, "not-assessed");
        // Not on sick pay and not refused: the meeting with Arbetsförmedlingen says so.
        let mote = row("omstallningsmote");
        assert_eq!((mote.key.as_str(), &mote.value), ("not-suggested", &varfor(Varfor::InteNekadSjukpenning)));
        let ae = row("aktivitetsersattning");
        let age = Varfor::AlderAktivitetsersattning {
            fran: crate::domain::YearMonth::new(1999, 7).unwrap(),
            till: crate::domain::YearMonth::new(2010, 4).unwrap(),
        };
        assert_eq!(ae.value, varfor(age));
        // The trace carries the same reason, typed.
        let step = Steg::ForeslasInte { formon: Formon::Omstallningsmote, varfor: Varfor::InteNekadSjukpenning };
        assert!(o.reasons.iter().any(|s| s.what == step.clone().into() && s.check == Check::No));
        // On the page and in the case note, each list apart under its heading.
        let view = match crate::api::view(&session(&answers, "2026-01-15"), crate::i18n::Lang::Sv) {
            crate::api::View::Outcome(v) => v,
            crate::api::View::Question(_) => panic!("still asks"),
        };
        let note = crate::api::case_note(&view);
        let (head_no, head_na) = ("Det här passar troligen inte dig", "Det här kunde vi inte bedöma");
        let (at_no, at_na) = (note.find(head_no).unwrap(), note.find(head_na).unwrap());
        assert!(at_no < at_na);
        assert!(note[at_no..at_na].contains("Omställningsmöte"), "{note}");
        assert!(note[at_na..].contains("Förebyggande sjukpenning: Inte bedömt"), "{note}");
    }

    #[test]
    fn a_work_injury_asks_whether_it_was_reported() {
        let mut answers = NOTHING.to_vec();
        answers.retain(|(q, _)| *q != "work-related");
        answers.extend([
            ("work-related", "yes"),
            ("income-before", "420000"),
            ("income-after", "300000"),
            ("duration", "at-least-a-year"),
            ("injury-reported", "no"),
        ]);
        let o = outcome(&session(&answers, "2026-01-15"));
        assert_eq!(ids(&o, "suggested"), ["arbetsskadelivranta"]);
        assert_eq!(o.next_steps.first(), Some(&text::alt_next_report_injury()));
        assert_eq!(o.next_steps.get(1), Some(&next(Formon::Arbetsskadelivranta)));
        // One typed step per entry, in the catalogue's order, with the entry's law.
        let steps: Vec<_> = o.reasons.iter().map(|s| (s.law, s.what.clone(), s.check)).collect();
        assert_eq!(steps.len(), ANTAL);
        let livranta = Formon::Arbetsskadelivranta;
        assert!(steps.contains(&(alt::LIVRANTA, Steg::Foreslas { formon: livranta }.into(), Check::Yes)));
        let sa = Steg::ForeslasInte { formon: Formon::Sjukersattning, varfor: Varfor::NedsattningUnderEnFjardedel };
        assert_eq!(steps[1], (alt::SA_RATT, sa.into(), Check::No));
    }

    #[test]
    fn duration_answers_agree_with_any_month_count_on_their_side() {
        // The flow answers a duration in words; a record gives months. For every entry, each
        // word answer must give the same result as any month count on its side of a year.
        for (choice, months) in [("less-than-a-year", [0, 1, 11]), ("at-least-a-year", [12, 13, 600])] {
            for m in months {
                for days in [("up-to-180", [1, 90, 180]), ("181-or-more", [181, 365, 1000])] {
                    for d in days.1 {
                        let mut r = Record {
                            insured_in_sweden: Some(true),
                            birth_date: Date::parse("2000-05-01").ok(),
                            has_sa_or_ae: Some(false),
                            has_ae: Some(false),
                            capacity_reduction: Some(Some(Level::Half)),
                            expected_duration_months: Some(m),
                            permanent: Some(false),
                            school_incomplete_due_to_disability: Some(false),
                            in_rehabilitation: Some(false),
                            on_sick_pay: Some(true),
                            sick_days: Some(d),
                            unemployed: Some(false),
                            work_related: Some(true),
                            income_before: Some(Kronor(300_000)),
                            income_after: Some(Kronor(200_000)),
                            ..Record::default()
                        };
                        let mut words = r.clone();
                        words.expected_duration_months = months_for(choice);
                        words.sick_days = Some(days_for(days.0));
                        let today = Date::parse("2026-01-15").unwrap();
                        // The same result for every entry; a reason carries the count it was given.
                        let kinds = |s: [Status; ANTAL]| s.map(|s| std::mem::discriminant(&s));
                        let (exact, worded) = (bedom(&mut r, today), bedom(&mut words, today));
                        assert_eq!(kinds(exact), kinds(worded), "{choice} {m}, {} {d}", days.0);
                    }
                }
            }
        }
    }

    /// The screening's link fills in what a record holds: the self-test, answered from
    /// [`answers_from`], reaches the same suggestions as the catalogue on the record, and asks
    /// nothing the record already told.
    #[test]
    fn answers_from_a_record_give_the_records_suggestions() {
        let today = Date::parse("2026-01-15").unwrap();
        for (sick_days, denied, pregnant) in [(30, false, false), (200, true, false), (400, false, true)] {
            let mut r = Record {
                insured_in_sweden: Some(true),
                birth_date: Date::parse("1990-05-01").ok(),
                has_sa_or_ae: Some(false),
                has_ae: Some(false),
                capacity_reduction: Some(Some(Level::Half)),
                expected_duration_months: Some(14),
                permanent: Some(false),
                school_incomplete_due_to_disability: Some(false),
                in_rehabilitation: Some(false),
                on_sick_pay: Some(!denied),
                sick_days: Some(sick_days),
                sick_pay_denied_normal_work: Some(denied),
                unemployed: Some(false),
                work_related: Some(true),
                injury_reported: Some(true),
                income_before: Some(Kronor(300_000)),
                income_after: Some(Kronor(200_000)),
                preventive_treatment: Some(false),
                pregnant: Some(pregnant),
                physically_demanding_job: Some(true),
                due_date: today.plus_days(40),
                frequent_or_long_sickness: Some(false),
                needs_work_aids: Some(false),
                applied_housing_supplement: Some(false),
                travel_to_work_hindered: Some(false),
                work_environment_risk: Some(false),
                has_sgi: Some(false),
                sick_pay_ended: Some(false),
                sa_ae_refused: Some(false),
                ..Record::default()
            };
            let answers = answers_from(&mut r);
            let mut s = Session::new(&FLOW, today);
            while let Screen::Question { question, .. } = s.screen() {
                let (_, a) =
                    answers.iter().find(|(q, _)| *q == question.id).unwrap_or_else(|| panic!("asks {}", question.id));
                s.answer(question.id, a).unwrap_or_else(|e| panic!("{}: {a}: {e:?}", question.id));
            }
            let want: Vec<&str> = alt::KATALOG
                .iter()
                .zip(bedom(&mut r, today))
                .filter(|(_, st)| *st == Status::Suggest)
                .map(|(p, _)| p.formon.id())
                .collect();
            assert_eq!(ids(&outcome(&s), "suggested"), want, "sick day {sick_days}");
        }
    }

    #[test]
    fn no_path_is_longer_than_max_questions() {
        // The long path: under 30, full reduction for less than a year (schooling and permanent
        // asked), on sick leave, a work injury, pregnant.
        let answers = [
            ("insured", "yes"),
            ("birth-date", "2000-05-01"),
            ("benefit-now", "neither"),
            ("sa-ae-refused", "no"),
            ("capacity-reduction", "1"),
            ("duration", "less-than-a-year"),
            ("schooling-extended", "no"),
            ("permanent", "yes"),
            ("in-rehabilitation", "no"),
            ("on-sick-pay", "yes"),
            ("sick-days", "181-or-more"),
            ("unemployed", "no"),
            ("travel-to-work-hindered", "no"),
            ("work-related", "yes"),
            ("income-before", "300000"),
            ("income-after", "100000"),
            ("preventive-treatment", "no"),
            ("pregnant", "yes"),
            ("physically-demanding-job", "yes"),
            ("work-environment-risk", "no"),
            ("due-date", "2026-03-01"),
            ("frequent-or-long-sickness", "no"),
            ("needs-work-aids", "yes"),
        ];
        let s = session(&answers, "2026-01-15");
        let o = outcome(&s);
        assert!(s.evaluate().path.len() <= FLOW.max_questions);
        assert_eq!(
            ids(&o, "suggested"),
            [
                "sjukersattning",
                "omstallningsmote",
                "arbetsplatsinriktat_rehabiliteringsstod",
                "arbetshjalpmedel",
                "graviditetspenning"
            ]
        );
    }
}
