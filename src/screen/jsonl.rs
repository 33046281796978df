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
    ObjectReader::default().read(line, record, problems, unknown);
}

/// Reads JSON Lines objects, keeping its buffers from line to line: where each key and value of
/// the line are, and the fields the keys of the last line named (the lines of a file usually
/// have the same keys in the same order, so a key is looked up only when it changes).
#[derive(Default)]
pub struct ObjectReader {
    /// Per entry: the key's and the value's byte ranges in the line.
    spans: Vec<Span>,
    /// Keys seen (at most [`MAX_KNOWN_KEYS`]) and the fields they name, in the order first seen.
    keys: Vec<(String, Option<Field>)>,
    /// Where the key after the last one looked up is likely to be in `keys`.
    next: usize,
}

/// The most keys an [`ObjectReader`] remembers; others are looked up each time.
const MAX_KNOWN_KEYS: usize = 64;

#[derive(Clone, Copy)]
struct Span {
    key: (usize, usize),
    value: (usize, usize),
}

impl ObjectReader {
    /// As [`read_object`].
    pub fn read(
        &mut self,
        line: &str,
        record: &mut Record,
        problems: &mut Vec<FieldProblem>,
        unknown: &mut UnknownNames,
    ) {
        let mut seen = [false; Field::ALL.len()];
        if scan_flat_object(line.as_bytes(), &mut self.spans) {
            let spans = std::mem::take(&mut self.spans);
            for span in &spans {
                let (Some(key), Some(raw)) = (line.get(span.key.0..span.key.1), line.get(span.value.0..span.value.1))
                else {
                    continue;
                };
                let field = self.field(key);
                entry((key, field), raw, false, &mut seen, record, problems, unknown);
            }
            self.spans = spans;
            return;
        }
        // Anything else (escapes, nested values, not JSON at all): serde_json decides.
        read_with_serde(line, &mut seen, record, problems, unknown);
    }
}

/// The object read through serde_json, for every line [`scan_flat_object`] does not take.
fn read_with_serde(
    line: &str,
    seen: &mut [bool; Field::ALL.len()],
    record: &mut Record,
    problems: &mut Vec<FieldProblem>,
    unknown: &mut UnknownNames,
) {
    {
        let Ok(Entries(entries)) = serde_json::from_str::<Entries>(line) else {
            let problem = match serde_json::from_str::<&RawValue>(line) {
                Ok(_) => Problem::NotAnObject,
                Err(_) => Problem::NotJson,
            };
            problems.push((None, String::new(), problem));
            return;
        };
        for (key, value) in entries {
            entry((&key, Field::from_name(&key)), value.get(), true, seen, record, problems, unknown);
        }
    }
}

impl ObjectReader {
    /// The field `key` names: the key after the last one is tried first, then the others seen.
    fn field(&mut self, key: &str) -> Option<Field> {
        let at = match self.keys.get(self.next) {
            Some((k, _)) if k == key => Some(self.next),
            _ => self.keys.iter().position(|(k, _)| k == key),
        };
        if let Some((at, (_, field))) = at.and_then(|at| Some((at, self.keys.get(at)?))) {
            self.next = at + 1;
            return *field;
        }
        let field = Field::from_name(key);
        if self.keys.len() < MAX_KNOWN_KEYS {
            self.keys.push((key.to_string(), field));
            self.next = self.keys.len();
        }
        field
    }
}

/// One key and its value as written (`raw`: a JSON value's text; `escaped`: a string value
/// that may hold escapes).
fn entry(
    (key, field): (&str, Option<Field>),
    raw: &str,
    escaped: bool,
    seen: &mut [bool; Field::ALL.len()],
    record: &mut Record,
    problems: &mut Vec<FieldProblem>,
    unknown: &mut UnknownNames,
) {
    let Some(field) = field else {
        unknown.add(key);
        return;
    };
    if seen.get_mut(field as usize).is_some_and(|s| std::mem::replace(s, true)) {
        problems.push((Some(field), key.to_string(), Problem::DuplicateKey));
        return;
    }
    let text: Cow<str> = match raw.as_bytes().first() {
        Some(b'n') => return, // null: unknown
        Some(b'{' | b'[') => {
            problems.push((Some(field), raw.to_string(), Problem::NotAPlainValue));
            return;
        }
        // A string without escapes is its text between the quotes.
        Some(b'"') if !escaped || !raw.contains('\\') => Cow::Borrowed(raw.get(1..raw.len() - 1).unwrap_or("")),
        Some(b'"') => match serde_json::from_str::<String>(raw) {
            Ok(s) => Cow::Owned(s),
            Err(_) => {
                problems.push((Some(field), raw.to_string(), Problem::NotJson));
                return;
            }
        },
        _ => Cow::Borrowed(raw),
    };
    if let Err(p) = record.set(field, &text) {
        problems.push((Some(field), text.into_owned(), p));
    }
}

/// The usual line, read without serde_json: one object whose keys are strings without escapes
/// and whose values are such strings, numbers, `true`, `false` or `null`, with JSON's
/// whitespace around them. Fills `spans` and returns `true` only for a line that is exactly
/// that, as JSON (RFC 8259) writes it, so serde_json would read the same keys and raw values;
/// `false` for anything else, which serde_json then reads (or refuses).
fn scan_flat_object(b: &[u8], spans: &mut Vec<Span>) -> bool {
    spans.clear();
    let ws = |i: &mut usize| {
        while matches!(b.get(*i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            *i += 1;
        }
    };
    let mut i = 0;
    ws(&mut i);
    if b.get(i) != Some(&b'{') {
        return false;
    }
    i += 1;
    ws(&mut i);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            let Some(key) = plain_string(b, i) else { return false };
            i = key.1 + 1;
            ws(&mut i);
            if b.get(i) != Some(&b':') {
                return false;
            }
            i += 1;
            ws(&mut i);
            let start = i;
            let end = match b.get(i) {
                Some(b'"') => match plain_string(b, i) {
                    Some((_, close)) => close + 1,
                    None => return false,
                },
                Some(b't') if b.get(i..i + 4) == Some(b"true") => i + 4,
                Some(b'f') if b.get(i..i + 5) == Some(b"false") => i + 5,
                Some(b'n') if b.get(i..i + 4) == Some(b"null") => i + 4,
                Some(b'-' | b'0'..=b'9') => match number_end(b, i) {
                    Some(end) => end,
                    None => return false,
                },
                _ => return false,
            };
            spans.push(Span { key: (key.0, key.1), value: (start, end) });
            i = end;
            ws(&mut i);
            match b.get(i) {
                Some(b',') => {
                    i += 1;
                    ws(&mut i);
                }
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return false,
            }
        }
    }
    ws(&mut i);
    i == b.len()
}

/// A string starting at `b[open]` without escapes or control characters: the range of its
/// text (after the opening quote, up to the closing one).
fn plain_string(b: &[u8], open: usize) -> Option<(usize, usize)> {
    if b.get(open) != Some(&b'"') {
        return None;
    }
    let rest = b.get(open + 1..)?;
    let len = rest.iter().position(|&c| STOPS_PLAIN_STRING[c as usize])?;
    (rest.get(len) == Some(&b'"')).then_some((open + 1, open + 1 + len))
}

/// The bytes that end a string without escapes: its closing quote, or a backslash or a control
/// character, which the fast reader leaves to serde_json.
static STOPS_PLAIN_STRING: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        t[c] = true;
        c += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// The end of a JSON number starting at `b[i]`: `-`? (`0` | [1-9][0-9]*) (`.`[0-9]+)?
/// ([eE][+-]?[0-9]+)?.
fn number_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |i: &mut usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > from
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return None;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    Some(i)
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

    /// Lines the fast reader takes, and lines it must leave to serde_json, give what serde_json
    /// alone gives.
    #[test]
    fn the_fast_reader_reads_as_serde_json_does() {
        let lines = [
            r#"{"id":"A","pregnant":"ja","sick_days":12,"capacity_reduction":0.25,"due_date":null}"#,
            " \t{ \"id\" : \"A\" , \"on_sick_pay\" : true , \"x\": false }\r\n",
            "{}",
            " { } \n",
            r#"{"id":"B","sick_days":-0,"income_before":1e5,"income_after":2E+3,"expected_duration_months":1.5e-2}"#,
            r#"{"id":"C","sick_days":01}"#,
            r#"{"id":"C","sick_days":1.}"#,
            r#"{"id":"C","sick_days":-}"#,
            r#"{"id":"C","sick_days":1e}"#,
            r#"{"id":"C","pregnant":truex}"#,
            r#"{"id":"C","pregnant":tru}"#,
            r#"{"id":"C","pregnant":nul}"#,
            r#"{"id":"C",}"#,
            r#"{"id":"C""pregnant":true}"#,
            r#"{"id":"C"} x"#,
            r#"{"id":"C"}}"#,
            r#"{"id":"C\u0041","pregnant":"j\u0061"}"#,
            "{\"id\":\"C\tD\"}",
            r#"{"id":"C","sick_days":[1],"x":{"a":1}}"#,
            r#"{"id":"C","Pregnant":true,"pregnant":false,"x":1,"x":2}"#,
            r#"{"id":"Å","pregnant":"Ja"}"#,
            "{\"id\":\"ABCDEFGH\u{1}IJKLMNOPQRSTUVWXYZ\"}",
            r#"{"id" "C"}"#,
            r#"{id:"C"}"#,
            r#"["id"]"#,
            r#""id""#,
            "{\"id\":\"C\"",
            "",
        ];
        for (i, line) in lines.iter().enumerate() {
            // The first five and the two with duplicate keys and a letter beyond ASCII are the
            // fast reader's; the rest are serde_json's.
            assert_eq!(scan_flat_object(line.as_bytes(), &mut Vec::new()), i < 5 || i == 19 || i == 20, "{line}");
            let fast = read(line);
            let (mut r, mut p, mut u) = (Record::default(), Vec::new(), UnknownNames::default());
            read_with_serde(line, &mut [false; Field::ALL.len()], &mut r, &mut p, &mut u);
            assert_eq!(fast, (r, p, u.names), "{line}");
        }
        // The same reader over lines whose keys change from line to line.
        let mut reader = ObjectReader::default();
        for (line, id, pregnant) in [
            (r#"{"id":"A","pregnant":true}"#, "A", Some(true)),
            (r#"{"pregnant":false,"id":"B"}"#, "B", Some(false)),
            (r#"{"id":"C","x":true}"#, "C", None),
        ] {
            let (mut r, mut p, mut u) = (Record::default(), Vec::new(), UnknownNames::default());
            reader.read(line, &mut r, &mut p, &mut u);
            assert_eq!((r.id.as_str(), r.pregnant, p.len()), (id, pregnant, 0), "{line}");
        }
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
