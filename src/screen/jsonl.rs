//! Reading one JSON Lines record: a JSON object per line, whose values are text, numbers,
//! true/false or null (unknown). Each value is handed to the record as its text, so a number
//! such as `0.25` is matched as written and never passes through a float. Native only:
//! serde_json stays out of the browser build.

use super::record::{Field, Problem, Record};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// A field that could not be read: the field's name (or `None` for the whole line), the raw
/// value and the problem.
pub type FieldProblem = (Option<Field>, String, Problem);

/// Reads the object on `line` into `record`. Returns the problems, and the names of keys that
/// are not fields (they are ignored).
pub fn read_object(line: &str, record: &mut Record, problems: &mut Vec<FieldProblem>, unknown: &mut Vec<String>) {
    let Ok(object) = serde_json::from_str::<BTreeMap<String, &RawValue>>(line) else {
        let problem = match serde_json::from_str::<&RawValue>(line) {
            Ok(_) => Problem::NotAnObject,
            Err(_) => Problem::NotJson,
        };
        problems.push((None, String::new(), problem));
        return;
    };
    for (key, value) in object {
        let Some(field) = Field::from_name(&key) else {
            if !unknown.contains(&key) {
                unknown.push(key);
            }
            continue;
        };
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
        let (mut r, mut p, mut u) = (Record::default(), Vec::new(), Vec::new());
        read_object(line, &mut r, &mut p, &mut u);
        (r, p, u)
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
}
