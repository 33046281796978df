//! A case record for screening: its fields, how each raw text value is read into a typed fact,
//! and how the record answers the catalogue's facts ([`AlternativFakta`]). Every field but `id`
//! is optional; an empty or absent field is unknown, and the entries that need it are "not
//! assessed". A value that cannot be read is a [`Problem`], never a guess.
//! Not here: the file formats (csv.rs, jsonl.rs), the output (mod.rs), the words (i18n).

use crate::domain::{CalendarError, Date, Kronor};
use crate::flow::{parse_kronor, AmountProblem, MAX_KRONOR};
use crate::rules::alternativ::AlternativFakta;
use crate::rules::{Fact, Level, Missing};

/// Every field of a record, by its name in the CSV header or the JSON object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    AsOf,
    BirthDate,
    InsuredInSweden,
    OnSickPay,
    SickDays,
    SickPayDeniedNormalWork,
    WorkRelated,
    InjuryReported,
    IncomeBefore,
    IncomeAfter,
    CapacityReduction,
    ExpectedDurationMonths,
    Permanent,
    SchoolIncompleteDueToDisability,
    Pregnant,
    DueDate,
    PhysicallyDemandingJob,
    PreventiveTreatment,
    FrequentOrLongSickness,
    NeedsWorkAids,
    HasSaOrAe,
    HasAe,
    AppliedHousingSupplement,
    Unemployed,
    InRehabilitation,
}

impl Field {
    pub const ALL: [Field; 26] = [
        Field::Id,
        Field::AsOf,
        Field::BirthDate,
        Field::InsuredInSweden,
        Field::OnSickPay,
        Field::SickDays,
        Field::SickPayDeniedNormalWork,
        Field::WorkRelated,
        Field::InjuryReported,
        Field::IncomeBefore,
        Field::IncomeAfter,
        Field::CapacityReduction,
        Field::ExpectedDurationMonths,
        Field::Permanent,
        Field::SchoolIncompleteDueToDisability,
        Field::Pregnant,
        Field::DueDate,
        Field::PhysicallyDemandingJob,
        Field::PreventiveTreatment,
        Field::FrequentOrLongSickness,
        Field::NeedsWorkAids,
        Field::HasSaOrAe,
        Field::HasAe,
        Field::AppliedHousingSupplement,
        Field::Unemployed,
        Field::InRehabilitation,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::AsOf => "as_of",
            Field::BirthDate => "birth_date",
            Field::InsuredInSweden => "insured_in_sweden",
            Field::OnSickPay => "on_sick_pay",
            Field::SickDays => "sick_days",
            Field::SickPayDeniedNormalWork => "sick_pay_denied_normal_work",
            Field::WorkRelated => "work_related",
            Field::InjuryReported => "injury_reported",
            Field::IncomeBefore => "income_before",
            Field::IncomeAfter => "income_after",
            Field::CapacityReduction => "capacity_reduction",
            Field::ExpectedDurationMonths => "expected_duration_months",
            Field::Permanent => "permanent",
            Field::SchoolIncompleteDueToDisability => "school_incomplete_due_to_disability",
            Field::Pregnant => "pregnant",
            Field::DueDate => "due_date",
            Field::PhysicallyDemandingJob => "physically_demanding_job",
            Field::PreventiveTreatment => "preventive_treatment",
            Field::FrequentOrLongSickness => "frequent_or_long_sickness",
            Field::NeedsWorkAids => "needs_work_aids",
            Field::HasSaOrAe => "has_sa_or_ae",
            Field::HasAe => "has_ae",
            Field::AppliedHousingSupplement => "applied_housing_supplement",
            Field::Unemployed => "unemployed",
            Field::InRehabilitation => "in_rehabilitation",
        }
    }

    /// The field with this name; surrounding spaces and letter case do not matter.
    pub fn from_name(name: &str) -> Option<Field> {
        let name = name.trim();
        // The exact names first, as a `match` the compiler turns into a few comparisons (JSON
        // Lines looks up every key of every record); `field_names_read_back_and_ignore_case`
        // pins that they are the names of `name`.
        let exact = match name {
            "id" => Field::Id,
            "as_of" => Field::AsOf,
            "birth_date" => Field::BirthDate,
            "insured_in_sweden" => Field::InsuredInSweden,
            "on_sick_pay" => Field::OnSickPay,
            "sick_days" => Field::SickDays,
            "sick_pay_denied_normal_work" => Field::SickPayDeniedNormalWork,
            "work_related" => Field::WorkRelated,
            "injury_reported" => Field::InjuryReported,
            "income_before" => Field::IncomeBefore,
            "income_after" => Field::IncomeAfter,
            "capacity_reduction" => Field::CapacityReduction,
            "expected_duration_months" => Field::ExpectedDurationMonths,
            "permanent" => Field::Permanent,
            "school_incomplete_due_to_disability" => Field::SchoolIncompleteDueToDisability,
            "pregnant" => Field::Pregnant,
            "due_date" => Field::DueDate,
            "physically_demanding_job" => Field::PhysicallyDemandingJob,
            "preventive_treatment" => Field::PreventiveTreatment,
            "frequent_or_long_sickness" => Field::FrequentOrLongSickness,
            "needs_work_aids" => Field::NeedsWorkAids,
            "has_sa_or_ae" => Field::HasSaOrAe,
            "has_ae" => Field::HasAe,
            "applied_housing_supplement" => Field::AppliedHousingSupplement,
            "unemployed" => Field::Unemployed,
            "in_rehabilitation" => Field::InRehabilitation,
            _ => return Field::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name)),
        };
        Some(exact)
    }
}

/// `str::trim`, with a fast way out for the usual value that starts and ends with a visible
/// ASCII character (never whitespace), since trimming is a good part of the reading time.
fn trim(raw: &str) -> &str {
    let b = raw.as_bytes();
    if b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic) {
        raw
    } else {
        raw.trim()
    }
}

/// Why a value or a record could not be read. Carries data; the words come from i18n
/// (`AltMsg::Problem`), in Swedish for the handlers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The record has no id.
    IdMissing,
    NotABoolean,
    NotADate,
    NoSuchDate,
    DateTooEarly,
    BirthAfterAsOf,
    NotACapacityLevel,
    NotAWholeNumber {
        max: u32,
    },
    Amount(AmountProblem),
    /// A CSV row with another number of fields than the header.
    FieldCount {
        header: usize,
        row: usize,
    },
    NotUtf8,
    /// A record longer than the limit; it was skipped to its end.
    TooLong {
        max: usize,
    },
    /// A CSV quote that opens on the record's line and does not close properly.
    UnclosedQuote,
    /// A JSON Lines key that names a field already given (in any letter case).
    DuplicateKey,
    NotJson,
    NotAnObject,
    /// A JSON value that is an array or an object.
    NotAPlainValue,
}

/// The most days a sick period can have in a record (a hundred years).
pub const MAX_SICK_DAYS: u32 = 36_500;
/// The most months a duration can have in a record (a hundred years).
pub const MAX_DURATION_MONTHS: u32 = 1_200;

/// One case record. Reused from record to record: [`Record::clear`] keeps the id's buffer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub id: String,
    pub has_id: bool,
    pub as_of: Option<Date>,
    pub birth_date: Option<Date>,
    pub insured_in_sweden: Option<bool>,
    pub on_sick_pay: Option<bool>,
    pub sick_days: Option<u32>,
    pub sick_pay_denied_normal_work: Option<bool>,
    pub work_related: Option<bool>,
    pub injury_reported: Option<bool>,
    pub income_before: Option<Kronor>,
    pub income_after: Option<Kronor>,
    /// `Some(None)`: reduced by less than a quarter.
    pub capacity_reduction: Option<Option<Level>>,
    pub expected_duration_months: Option<u32>,
    pub permanent: Option<bool>,
    pub school_incomplete_due_to_disability: Option<bool>,
    pub pregnant: Option<bool>,
    pub due_date: Option<Date>,
    pub physically_demanding_job: Option<bool>,
    pub preventive_treatment: Option<bool>,
    pub frequent_or_long_sickness: Option<bool>,
    pub needs_work_aids: Option<bool>,
    pub has_sa_or_ae: Option<bool>,
    pub has_ae: Option<bool>,
    pub applied_housing_supplement: Option<bool>,
    pub unemployed: Option<bool>,
    pub in_rehabilitation: Option<bool>,
}

impl Record {
    /// Forgets every value, keeping the id's buffer for the next record.
    pub fn clear(&mut self) {
        let mut id = std::mem::take(&mut self.id);
        id.clear();
        *self = Record { id, ..Record::default() };
    }

    /// Reads one raw value into its field. An empty value (after trimming) leaves the field
    /// unknown. On error the field is left unknown.
    pub fn set(&mut self, field: Field, raw: &str) -> Result<(), Problem> {
        let raw = trim(raw);
        if raw.is_empty() {
            return Ok(());
        }
        match field {
            Field::Id => {
                self.id.clear();
                self.id.push_str(raw);
                self.has_id = true;
            }
            Field::AsOf => self.as_of = Some(date(raw)?),
            Field::BirthDate => self.birth_date = Some(date(raw)?),
            Field::InsuredInSweden => self.insured_in_sweden = Some(boolean(raw)?),
            Field::OnSickPay => self.on_sick_pay = Some(boolean(raw)?),
            Field::SickDays => self.sick_days = Some(whole(raw, MAX_SICK_DAYS)?),
            Field::SickPayDeniedNormalWork => self.sick_pay_denied_normal_work = Some(boolean(raw)?),
            Field::WorkRelated => self.work_related = Some(boolean(raw)?),
            Field::InjuryReported => self.injury_reported = Some(boolean(raw)?),
            Field::IncomeBefore => self.income_before = Some(kronor(raw)?),
            Field::IncomeAfter => self.income_after = Some(kronor(raw)?),
            Field::CapacityReduction => self.capacity_reduction = Some(capacity(raw)?),
            Field::ExpectedDurationMonths => self.expected_duration_months = Some(whole(raw, MAX_DURATION_MONTHS)?),
            Field::Permanent => self.permanent = Some(boolean(raw)?),
            Field::SchoolIncompleteDueToDisability => self.school_incomplete_due_to_disability = Some(boolean(raw)?),
            Field::Pregnant => self.pregnant = Some(boolean(raw)?),
            Field::DueDate => self.due_date = Some(date(raw)?),
            Field::PhysicallyDemandingJob => self.physically_demanding_job = Some(boolean(raw)?),
            Field::PreventiveTreatment => self.preventive_treatment = Some(boolean(raw)?),
            Field::FrequentOrLongSickness => self.frequent_or_long_sickness = Some(boolean(raw)?),
            Field::NeedsWorkAids => self.needs_work_aids = Some(boolean(raw)?),
            Field::HasSaOrAe => self.has_sa_or_ae = Some(boolean(raw)?),
            Field::HasAe => self.has_ae = Some(boolean(raw)?),
            Field::AppliedHousingSupplement => self.applied_housing_supplement = Some(boolean(raw)?),
            Field::Unemployed => self.unemployed = Some(boolean(raw)?),
            Field::InRehabilitation => self.in_rehabilitation = Some(boolean(raw)?),
        }
        Ok(())
    }

    /// The checks across fields, once every field is read: an id, and a birth date no later
    /// than the day the record is assessed for.
    pub fn check(&self, as_of: Date) -> Result<(), (Field, Problem)> {
        if !self.has_id {
            return Err((Field::Id, Problem::IdMissing));
        }
        if self.birth_date.is_some_and(|b| b > as_of) {
            return Err((Field::BirthDate, Problem::BirthAfterAsOf));
        }
        Ok(())
    }
}

/// true/false, 1/0, ja/nej (also yes/no), in any letter case.
pub fn boolean(raw: &str) -> Result<bool, Problem> {
    const TRUE: [&str; 4] = ["true", "1", "ja", "yes"];
    const FALSE: [&str; 4] = ["false", "0", "nej", "no"];
    if TRUE.iter().any(|t| t.eq_ignore_ascii_case(raw)) {
        Ok(true)
    } else if FALSE.iter().any(|t| t.eq_ignore_ascii_case(raw)) {
        Ok(false)
    } else {
        Err(Problem::NotABoolean)
    }
}

/// A date YYYY-MM-DD (also the other forms `Date::parse` reads), not before 1900.
pub fn date(raw: &str) -> Result<Date, Problem> {
    let d = canonical_date(raw).unwrap_or_else(|| Date::parse(raw)).map_err(|e| match e {
        CalendarError::NoSuchDay => Problem::NoSuchDate,
        CalendarError::Malformed | CalendarError::OutOfRange => Problem::NotADate,
    })?;
    if d.year() < 1900 {
        return Err(Problem::DateTooEarly);
    }
    Ok(d)
}

/// A whole number from 0 to `max`, digits only.
pub fn whole(raw: &str, max: u32) -> Result<u32, Problem> {
    let wrong = Problem::NotAWholeNumber { max };
    if raw.is_empty() || raw.len() > 9 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(wrong);
    }
    raw.parse::<u32>().ok().filter(|n| *n <= max).ok_or(wrong)
}

/// Exactly `YYYY-MM-DD` read without allocating, as most records write dates; `None` for any
/// other form, which [`Date::parse`] reads. Same result as `Date::parse` for this form.
fn canonical_date(raw: &str) -> Option<Result<Date, CalendarError>> {
    let b = raw.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (y, m, d) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    Some(Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?))
}

/// Whole kronor, as the self-tests read them ("350000", "350 000", "350 000 kr").
pub fn kronor(raw: &str) -> Result<Kronor, Problem> {
    // Plain digits, as most records write amounts, without allocating; the same result as
    // `parse_kronor` for them.
    if !raw.is_empty() && raw.len() <= 12 && raw.bytes().all(|c| c.is_ascii_digit()) {
        let n: i64 = raw.parse().map_err(|_| Problem::Amount(AmountProblem::NotANumber))?;
        return if n <= MAX_KRONOR {
            Ok(Kronor(n))
        } else {
            Err(Problem::Amount(AmountProblem::TooLarge { max: MAX_KRONOR }))
        };
    }
    parse_kronor(raw, MAX_KRONOR).map_err(Problem::Amount)
}

/// The reduction of work capacity: 0, 0.25, 0.5, 0.75 or 1, matched as text (also with a
/// decimal comma, or as 1/4, 1/2, 3/4). `None` is "less than a quarter".
pub fn capacity(raw: &str) -> Result<Option<Level>, Problem> {
    Ok(match raw {
        "0" | "0.0" | "0,0" => None,
        "0.25" | "0,25" | "1/4" => Some(Level::Quarter),
        "0.5" | "0,5" | "0.50" | "0,50" | "1/2" => Some(Level::Half),
        "0.75" | "0,75" | "3/4" => Some(Level::ThreeQuarters),
        "1" | "1.0" | "1,0" | "1.00" | "1,00" => Some(Level::Full),
        _ => return Err(Problem::NotACapacityLevel),
    })
}

fn known<T: Copy>(value: Option<T>, field: Field) -> Fact<T> {
    value.ok_or(Missing(field.name()))
}

/// A record answers the catalogue's facts from its fields; a missing fact is named by its
/// field, so "not assessed" says which field would have helped.
impl AlternativFakta for Record {
    fn forsakrad(&mut self) -> Fact<bool> {
        known(self.insured_in_sweden, Field::InsuredInSweden)
    }
    fn fodelsedatum(&mut self) -> Fact<Date> {
        known(self.birth_date, Field::BirthDate)
    }
    fn har_sa_eller_ae(&mut self) -> Fact<bool> {
        known(self.has_sa_or_ae, Field::HasSaOrAe)
    }
    fn har_ae(&mut self) -> Fact<bool> {
        known(self.has_ae, Field::HasAe)
    }
    fn nedsattning(&mut self) -> Fact<Option<Level>> {
        known(self.capacity_reduction, Field::CapacityReduction)
    }
    fn varaktighet_manader(&mut self) -> Fact<u32> {
        known(self.expected_duration_months, Field::ExpectedDurationMonths)
    }
    fn stadigvarande(&mut self) -> Fact<bool> {
        known(self.permanent, Field::Permanent)
    }
    fn skolgang_forlangd(&mut self) -> Fact<bool> {
        known(self.school_incomplete_due_to_disability, Field::SchoolIncompleteDueToDisability)
    }
    fn sokt_bostadstillagg(&mut self) -> Fact<bool> {
        known(self.applied_housing_supplement, Field::AppliedHousingSupplement)
    }
    fn i_rehabilitering(&mut self) -> Fact<bool> {
        known(self.in_rehabilitation, Field::InRehabilitation)
    }
    fn sjukpenning(&mut self) -> Fact<bool> {
        known(self.on_sick_pay, Field::OnSickPay)
    }
    fn sjukdagar(&mut self) -> Fact<u32> {
        known(self.sick_days, Field::SickDays)
    }
    fn sjukpenning_nekad_normalt_arbete(&mut self) -> Fact<bool> {
        known(self.sick_pay_denied_normal_work, Field::SickPayDeniedNormalWork)
    }
    fn arbetslos(&mut self) -> Fact<bool> {
        known(self.unemployed, Field::Unemployed)
    }
    fn arbetsrelaterad(&mut self) -> Fact<bool> {
        known(self.work_related, Field::WorkRelated)
    }
    fn skada_anmald(&mut self) -> Fact<bool> {
        known(self.injury_reported, Field::InjuryReported)
    }
    fn inkomst_fore(&mut self) -> Fact<Kronor> {
        known(self.income_before, Field::IncomeBefore)
    }
    fn inkomst_efter(&mut self) -> Fact<Kronor> {
        known(self.income_after, Field::IncomeAfter)
    }
    fn forebyggande_behandling(&mut self) -> Fact<bool> {
        known(self.preventive_treatment, Field::PreventiveTreatment)
    }
    fn gravid(&mut self) -> Fact<bool> {
        known(self.pregnant, Field::Pregnant)
    }
    fn fysiskt_anstrangande_arbete(&mut self) -> Fact<bool> {
        known(self.physically_demanding_job, Field::PhysicallyDemandingJob)
    }
    fn beraknad_forlossning(&mut self) -> Fact<Date> {
        known(self.due_date, Field::DueDate)
    }
    fn ofta_eller_lange_sjuk(&mut self) -> Fact<bool> {
        known(self.frequent_or_long_sickness, Field::FrequentOrLongSickness)
    }
    fn behover_arbetshjalpmedel(&mut self) -> Fact<bool> {
        known(self.needs_work_aids, Field::NeedsWorkAids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(field: Field, raw: &str, expected: Result<(), Problem>) {
        let mut r = Record::default();
        assert_eq!(r.set(field, raw), expected, "{} = {raw:?}", field.name());
    }

    #[test]
    fn booleans_read_true_false_one_zero_ja_nej_in_any_case() {
        for raw in ["true", "TRUE", "1", "ja", "Ja", "JA", "yes"] {
            assert_eq!(boolean(raw), Ok(true), "{raw}");
        }
        for raw in ["false", "False", "0", "nej", "NEJ", "no"] {
            assert_eq!(boolean(raw), Ok(false), "{raw}");
        }
        for raw in ["j", "2", "sant", "-1", "truee"] {
            assert_eq!(boolean(raw), Err(Problem::NotABoolean), "{raw}");
        }
    }

    #[test]
    fn capacity_is_matched_as_text_never_as_a_float() {
        assert_eq!(capacity("0"), Ok(None));
        assert_eq!(capacity("0.25"), Ok(Some(Level::Quarter)));
        assert_eq!(capacity("0,5"), Ok(Some(Level::Half)));
        assert_eq!(capacity("3/4"), Ok(Some(Level::ThreeQuarters)));
        assert_eq!(capacity("1"), Ok(Some(Level::Full)));
        for raw in ["0.3", "0.250000001", "25%", "1e0", "NaN", "-0.25", ".25"] {
            assert_eq!(capacity(raw), Err(Problem::NotACapacityLevel), "{raw}");
        }
    }

    #[test]
    fn values_are_checked_and_empty_means_unknown() {
        check(Field::BirthDate, "1990-02-30", Err(Problem::NoSuchDate));
        check(Field::BirthDate, "15 mars 1990", Err(Problem::NotADate));
        check(Field::DueDate, "1899-12-31", Err(Problem::DateTooEarly));
        check(Field::SickDays, "181", Ok(()));
        check(Field::SickDays, "-1", Err(Problem::NotAWholeNumber { max: MAX_SICK_DAYS }));
        check(Field::SickDays, "99999999999", Err(Problem::NotAWholeNumber { max: MAX_SICK_DAYS }));
        check(Field::ExpectedDurationMonths, "1201", Err(Problem::NotAWholeNumber { max: MAX_DURATION_MONTHS }));
        check(Field::IncomeBefore, "350 000", Ok(()));
        check(Field::IncomeBefore, "35,5", Err(Problem::Amount(AmountProblem::HasOre)));
        check(Field::IncomeBefore, "-5", Err(Problem::Amount(AmountProblem::Negative)));
        check(Field::Pregnant, "   ", Ok(()));
        let mut r = Record::default();
        r.set(Field::Pregnant, "  ").unwrap();
        assert_eq!(r.pregnant, None);
    }

    #[test]
    fn fast_paths_read_as_the_shared_parsers_do() {
        for raw in ["2024-06-30", "2024-02-29", "2023-02-29", "0000-01-01", "2024-13-01", "2024-6-30", "2024/06/30"] {
            let shared = Date::parse(raw);
            assert_eq!(canonical_date(raw).unwrap_or(shared), shared, "{raw}");
        }
        for raw in ["0", "350000", "007", "999999999999", "1000000000000", "35 000", "35,5"] {
            assert_eq!(kronor(raw), parse_kronor(raw, MAX_KRONOR).map_err(Problem::Amount), "{raw}");
        }
    }

    #[test]
    fn a_record_needs_an_id_and_a_birth_date_not_after_the_as_of_date() {
        let day = Date::parse("2026-01-15").unwrap();
        let mut r = Record::default();
        assert_eq!(r.check(day), Err((Field::Id, Problem::IdMissing)));
        r.set(Field::Id, " A1 ").unwrap();
        assert_eq!(r.id, "A1");
        r.set(Field::BirthDate, "2026-01-16").unwrap();
        assert_eq!(r.check(day), Err((Field::BirthDate, Problem::BirthAfterAsOf)));
        r.clear();
        assert_eq!(r, Record::default());
    }

    #[test]
    fn field_names_read_back_and_ignore_case() {
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(f));
            assert_eq!(Field::from_name(&f.name().to_uppercase()), Some(f));
        }
        assert_eq!(Field::from_name(" Birth_Date "), Some(Field::BirthDate));
        assert_eq!(Field::from_name("birthdate"), None);
    }
}
