//! A case record for screening: its fields, how each raw text value is read into a typed fact,
//! and how the record answers the catalogue's facts ([`AlternativFakta`]). Every field but `id`
//! is optional; an empty or absent field is unknown, and the entries that need it are "not
//! assessed". A value that cannot be read is a [`Problem`], never a guess.
//! Not here: the file formats (csv.rs, jsonl.rs), the output (mod.rs), the words (i18n).

use crate::domain::{CalendarError, Date, Kronor};
use crate::flow::{parse_kronor, AmountProblem, MAX_KRONOR};
use crate::rules::alternativ::AlternativFakta;
use crate::rules::fakta::{alternativ_fakta, fakta_typ};
use crate::rules::{Fact, Level, Missing};

/// Reads a raw value by its fact's kind (see `rules::fakta`).
macro_rules! las {
    (bool, $raw:expr) => {
        boolean($raw)
    };
    (date, $raw:expr) => {
        date($raw)
    };
    (kronor, $raw:expr) => {
        kronor($raw)
    };
    (whole, $raw:expr, $max:expr) => {
        whole($raw, $max)
    };
    (level, $raw:expr) => {
        capacity($raw)
    };
}

/// A known value as a record writes it, so that reading it back gives the same value.
macro_rules! cell {
    (bool, $v:expr) => {
        String::from(if $v { "ja" } else { "nej" })
    };
    (kronor, $v:expr) => {
        $v.0.to_string()
    };
    (level, $v:expr) => {
        String::from(match $v {
            None => "0",
            Some(Level::Quarter) => "0.25",
            Some(Level::Half) => "0.5",
            Some(Level::ThreeQuarters) => "0.75",
            Some(Level::Full) => "1",
        })
    };
    ($kind:ident, $v:expr) => {
        $v.to_string()
    };
}

/// The record's side of the declaration in `rules::fakta`: the field list, the storage, the
/// reading by kind and the answers to the trait. `id` and `as_of` are the extra fields, read
/// here by hand.
macro_rules! record {
    (
        extra { $(
            #[doc = $extra_meaning:literal]
            $extra_variant:ident $extra_field:ident = $extra_values:literal;
        )* }
        facts { $(
            #[doc = $meaning:literal] $(#[doc = $more:literal])*
            $variant:ident $field:ident => $reader:ident : $kind:ident $(($max:expr))? = $values:literal;
        )* }
    ) => {
        /// Every field of a record, by its name in the CSV header or the JSON object.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $( #[doc = $extra_meaning] $extra_variant, )*
            $( #[doc = $meaning] $variant, )*
        }

        impl Field {
            /// Every field, in the order of the declaration (and of `README.md`'s table); a field's
            /// index here is `field as usize`.
            pub const ALL: [Field; [$(stringify!($extra_field),)* $(stringify!($field),)*].len()] =
                [$(Field::$extra_variant,)* $(Field::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $( Field::$extra_variant => stringify!($extra_field), )*
                    $( Field::$variant => stringify!($field), )*
                }
            }

            /// The values the field takes, as `README.md`'s field table says them.
            pub fn values(self) -> &'static str {
                match self {
                    $( Field::$extra_variant => $extra_values, )*
                    $( Field::$variant => $values, )*
                }
            }

            /// What the field means, as `README.md`'s field table says it.
            pub fn meaning(self) -> &'static str {
                let doc = match self {
                    $( Field::$extra_variant => $extra_meaning, )*
                    $( Field::$variant => $meaning, )*
                };
                doc.strip_prefix(' ').unwrap_or(doc)
            }

            /// The field with this name; surrounding spaces and letter case do not matter.
            pub fn from_name(name: &str) -> Option<Field> {
                let name = name.trim();
                // The exact names first, as a `match` the compiler turns into a few comparisons
                // (JSON Lines looks up every key of every record); `field_names_read_back_and_ignore_case`
                // pins that they are the names of `name`.
                let exact = match name {
                    $( stringify!($extra_field) => Field::$extra_variant, )*
                    $( stringify!($field) => Field::$variant, )*
                    _ => return Field::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name)),
                };
                Some(exact)
            }
        }

        /// One case record. Reused from record to record: [`Record::clear`] keeps the id's buffer.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Record {
            pub id: String,
            pub has_id: bool,
            pub as_of: Option<Date>,
            pub sa_ae_granted: Option<Date>,
            pub sex: Option<String>,
            pub region: Option<String>,
            $( #[doc = $meaning] pub $field: Option<fakta_typ!($kind)>, )*
        }

        impl Record {
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
                    Field::SaAeGranted => self.sa_ae_granted = Some(date(raw)?),
                    Field::Sex => self.sex = Some(short_text(raw)?),
                    Field::Region => self.region = Some(short_text(raw)?),
                    $( Field::$variant => self.$field = Some(las!($kind, raw $(, $max)?)?), )*
                }
                Ok(())
            }

            /// The field's value as a record would write it (booleans as `ja`/`nej`), or `None`
            /// when it is unknown: [`Record::set`] reads it back to the same value.
            pub fn cell(&self, field: Field) -> Option<String> {
                match field {
                    Field::Id => self.has_id.then(|| self.id.clone()),
                    Field::AsOf => self.as_of.map(|v| v.to_string()),
                    Field::SaAeGranted => self.sa_ae_granted.map(|v| v.to_string()),
                    Field::Sex => self.sex.clone(),
                    Field::Region => self.region.clone(),
                    $( Field::$variant => self.$field.map(|v| cell!($kind, v)), )*
                }
            }
        }

        /// A record answers the catalogue's facts from its fields; a missing fact is named by its
        /// field, so "not assessed" says which field would have helped.
        impl AlternativFakta for Record {
            $(
                fn $reader(&mut self) -> Fact<fakta_typ!($kind)> {
                    known(self.$field, Field::$variant)
                }
            )*
        }
    };
}

alternativ_fakta!(record);

/// The most characters of a free-text class (sex, region): a register's code or name, never a
/// note.
pub const MAX_CLASS_CHARS: usize = 40;

/// A class as given, at most [`MAX_CLASS_CHARS`] characters.
fn short_text(raw: &str) -> Result<String, Problem> {
    if raw.chars().count() > MAX_CLASS_CHARS {
        return Err(Problem::TextTooLong { max: MAX_CLASS_CHARS });
    }
    Ok(raw.to_string())
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
    /// A text value (sex, region) longer than `max` characters.
    TextTooLong {
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

pub use crate::rules::fakta::{MAX_DURATION_MONTHS, MAX_SICK_DAYS};

impl Record {
    /// Forgets every value, keeping the id's buffer for the next record.
    pub fn clear(&mut self) {
        let mut id = std::mem::take(&mut self.id);
        id.clear();
        *self = Record { id, ..Record::default() };
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

    /// README.md's field table, as the declaration in `rules::fakta` gives it.
    fn declared_table() -> String {
        let mut t = String::from("| Field | Values | Meaning |\n|---|---|---|\n");
        for f in Field::ALL {
            t.push_str(&format!("| `{}` | {} | {} |\n", f.name(), f.values(), f.meaning()));
        }
        t
    }

    #[test]
    fn the_readme_field_table_is_the_declaration() {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
        let start = readme.find("| Field | Values | Meaning |").expect("README.md has a field table");
        let table: String =
            readme[start..].lines().take_while(|l| l.starts_with('|')).map(|l| format!("{l}\n")).collect();
        let declared = declared_table();
        let rows = |t: &str| t.lines().skip(2).map(String::from).collect::<Vec<_>>();
        let (readme_rows, declared_rows) = (rows(&table), rows(&declared));
        let differ: Vec<String> = readme_rows
            .iter()
            .filter(|r| !declared_rows.contains(r))
            .map(|r| format!("  README:   {r}"))
            .chain(declared_rows.iter().filter(|r| !readme_rows.contains(r)).map(|r| format!("  declared: {r}")))
            .collect();
        assert!(
            table == declared,
            "README.md's field table differs from the facts declared in src/rules/fakta.rs \
             (`alternativ_fakta!`; `id` and `as_of` are its `extra`):\n{}\n\
             Change the declaration (a fact's first doc line is its Meaning, the string after `=` \
             its Values, the order is the table's), or replace the table in README.md with:\n\n{declared}",
            if differ.is_empty() { "  the same rows in another order".to_string() } else { differ.join("\n") }
        );
    }

    #[test]
    fn every_field_reads_back_the_value_it_writes() {
        let day = Date::parse("2024-02-29").unwrap();
        let known = Record {
            id: "A1".into(),
            has_id: true,
            as_of: Some(day),
            birth_date: Some(day),
            sick_days: Some(MAX_SICK_DAYS),
            income_before: Some(Kronor(350_000)),
            capacity_reduction: Some(Some(Level::ThreeQuarters)),
            expected_duration_months: Some(0),
            pregnant: Some(false),
            in_rehabilitation: Some(true),
            ..Record::default()
        };
        for levels in [None, Some(Level::Quarter), Some(Level::Half), Some(Level::Full)] {
            let r = Record { capacity_reduction: Some(levels), ..known.clone() };
            let mut back = Record::default();
            for f in Field::ALL {
                if let Some(cell) = r.cell(f) {
                    back.set(f, &cell).unwrap();
                }
            }
            assert_eq!(back, r);
        }
        assert_eq!(Record::default().cell(Field::Id), None);
        assert_eq!(known.cell(Field::Pregnant).as_deref(), Some("nej"));
    }
}
