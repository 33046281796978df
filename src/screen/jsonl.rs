//! Reading one JSON Lines record: a JSON object per line, whose values are text, numbers,
//! true/false or null (unknown). Each value is handed to the record as its text, so a number
//! such as `0.25` is matched as written and never passes through a float. Native only:
//! serde_json stays out of the browser build.

use super::record::{Field, Problem, Record};
use super::UnknownNames;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// The longest line kept in memory, in bytes. A longer line is rejected and skipped.
pub const MAX_LINE_BYTES: usize = 4 << 20;

/// A field that could not be read: the field's name (or `None` for the whole line), the raw
/// value and the problem.
pub type FieldProblem = (Option<Field>, String, Problem);

/// An object's keys and values in the order written, duplicates kept (serde_json's maps keep
/// only one of them).
struct Entries<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'de>, A::Error> {
                let mut entries = Vec::new();
                while let Some(Key(key)) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Keys)
    }
}

/// A key, borrowed from the line when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(Text)
    }
}

/// Reads the object on `line` into `record`. Returns the problems, and notes the names of keys
/// that are not fields (they are ignored). A field given twice, in any letter case, is a
/// problem, as a CSV header naming a column twice is.
pub fn read_object(line: &str, record: &mut Record, problems: &mut Vec<FieldProblem>, unknown: &mut UnknownNames) {
    let Ok(Entries(entries)) = serde_json::from_str::<Entries>(line) else {
        let problem = match serde_json::from_str::<&RawValue>(line) {
            Ok(_) => Problem::NotAnObject,
            Err(_) => Problem::NotJson,
        };
        problems.push((None, String::new(), problem));
        return;
    };
    let mut seen = [false; Field::ALL.len()];
    for (key, value) in entries {
        let Some(field) = Field::from_name(&key) else {
            unknown.add(&key);
            continue;
        };
        if seen.get_mut(field as usize).is_some_and(|s| std::mem::replace(s, true)) {
            problems.push((Some(field), key.into_owned(), Problem::DuplicateKey));
            continue;
        }
        let raw = value.get();
        let text = match raw.as_bytes().first() {
            Some(b'n') => continue, // null: unknown
            Some(b'{' | b'[') => {
                problems.push((Some(field), raw.to_string(), Problem::NotAPlainValue));
                continue;
            }
            // A string without escapes is its text between the quotes.
            Some(b'"') if !raw.contains('\\') => raw.get(1..raw.len() - 1).unwrap_or("").to_string(),
            Some(b'"') => match serde_json::from_str::<String>(raw) {
                Ok(s) => s,
                Err(_) => {
                    problems.push((Some(field), raw.to_string(), Problem::NotJson));
                    continue;
                }
            },
            _ => raw.to_string(),
        };
        if let Err(p) = record.set(field, &text) {
            problems.push((Some(field), text, p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Level;

    fn read(line: &str) -> (Record, Vec<FieldProblem>, Vec<String>) {
        let (mut r, mut p, mut u) = (Record::default(), Vec::new(), UnknownNames::default());
        read_object(line, &mut r, &mut p, &mut u);
        (r, p, u.names)
    }

    #[test]
    fn values_are_read_as_written() {
        let (r, p, u) = read(
            r#"{"id": 17, "capacity_reduction": 0.25, "pregnant": "Ja", "on_sick_pay": true, "due_date": null, "name": "x"}"#,
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(r.id, "17");
        assert_eq!(r.capacity_reduction, Some(Some(Level::Quarter)));
        assert_eq!(r.pregnant, Some(true));
        assert_eq!(r.on_sick_pay, Some(true));
        assert_eq!(r.due_date, None);
        assert_eq!(u, ["name"]);
    }

    #[test]
    fn bad_lines_and_values_are_problems() {
        assert_eq!(read("{\"id\": ").1, [(None, String::new(), Problem::NotJson)]);
        assert_eq!(read("[1, 2]").1, [(None, String::new(), Problem::NotAnObject)]);
        let (_, p, _) = read(r#"{"id": "A", "capacity_reduction": 0.3, "sick_days": [1]}"#);
        assert_eq!(
            p,
            [
                (Some(Field::CapacityReduction), "0.3".to_string(), Problem::NotACapacityLevel),
                (Some(Field::SickDays), "[1]".to_string(), Problem::NotAPlainValue),
            ]
        );
    }

    #[test]
    fn a_field_given_twice_in_any_letter_case_is_a_problem() {
        let (_, p, u) = read(r#"{"id": "A", "Pregnant": true, "pregnant": false, "x": 1, "x": 2, "I\u0044": "B"}"#);
        assert_eq!(
            p,
            [
                (Some(Field::Pregnant), "pregnant".to_string(), Problem::DuplicateKey),
                (Some(Field::Id), "ID".to_string(), Problem::DuplicateKey),
            ]
        );
        assert_eq!(u, ["x"]);
    }
}
