//! JSON text for any `Serialize` value, as `serde_json::to_string` writes it (compact, fields in
//! order, `None` as `null`, maps as objects, strings escaped the same way), for the wasm boundary:
//! the browser build hands each reply and frame to JavaScript as one string for `JSON.parse`,
//! which is faster than building the object property by property and keeps serde_json and
//! serde-wasm-bindgen out of the wasm. Integers only: the core has no floats, so a float is an
//! error. `tests/api.rs` checks the output against serde_json for every reply of every scenario.
//! Not here: reading JSON (the command line's serde_json; the browser reads saved sessions by hand).

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// The JSON text of `value`, or `None` for what JSON cannot hold (a float, a map key that is
/// not a string).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    let mut out = String::new();
    value.serialize(Json { out: &mut out }).ok()?;
    Some(out)
}

#[derive(Debug)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not JSON")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(_: T) -> Self {
        Error
    }
}

struct Json<'a> {
    out: &'a mut String,
}

/// A sequence, map or struct being written: `first` until its first element.
pub struct Compound<'a> {
    out: &'a mut String,
    first: bool,
    /// The closing bracket, and a second one for a variant's `{"name":…}` around it.
    close: &'static str,
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn unsigned(out: &mut String, mut v: u128) {
    let mut digits = [0u8; 40];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for d in &digits[i..] {
        out.push(char::from(*d));
    }
}

fn signed(out: &mut String, v: i128) {
    if v < 0 {
        out.push('-');
    }
    unsigned(out, v.unsigned_abs());
}

impl<'a> Json<'a> {
    fn compound(self, open: &'static str, close: &'static str) -> Compound<'a> {
        self.out.push_str(open);
        Compound { out: self.out, first: true, close }
    }

    /// `{"variant":` before a variant's content.
    fn variant(self, variant: &str) -> Json<'a> {
        self.out.push('{');
        string(self.out, variant);
        self.out.push(':');
        self
    }
}

type R = Result<(), Error>;

impl<'a> ser::Serializer for Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> R {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i128(i128::from(v))
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i128(i128::from(v))
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i128(i128::from(v))
    }
    fn serialize_i64(self, v: i64) -> R {
        self.serialize_i128(i128::from(v))
    }
    fn serialize_i128(self, v: i128) -> R {
        signed(self.out, v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u128(u128::from(v))
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u128(u128::from(v))
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u128(u128::from(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.serialize_u128(u128::from(v))
    }
    fn serialize_u128(self, v: u128) -> R {
        unsigned(self.out, v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(Error)
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(Error)
    }
    fn serialize_char(self, v: char) -> R {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> R {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        let mut seq = self.compound("[", "]");
        for b in v {
            ser::SerializeSeq::serialize_element(&mut seq, b)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> R {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        let out = self.variant(variant).out;
        v.serialize(Json { out: &mut *out })?;
        out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound("[", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.compound("[", "]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.compound("[", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).compound("[", "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound("{", "}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.compound("{", "}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).compound("{", "}}"))
    }
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.comma();
        v.serialize(Json { out: &mut *self.out })
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> R {
        self.comma();
        string(self.out, key);
        self.out.push(':');
        v.serialize(Json { out: &mut *self.out })
    }

    fn close(self) -> R {
        self.out.push_str(self.close);
        Ok(())
    }
}

/// The sequences (a list, a tuple, a tuple struct, a tuple variant): each element after a comma.
macro_rules! sequence {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                self.element(v)
            }
            fn end(self) -> R {
                self.close()
            }
        }
    )*};
}

sequence!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    /// A key must be a string, as in JSON.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        self.comma();
        let mut k = String::new();
        key.serialize(Json { out: &mut k })?;
        if !k.starts_with('"') {
            return Err(Error);
        }
        self.out.push_str(&k);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.out.push(':');
        v.serialize(Json { out: &mut *self.out })
    }
    fn end(self) -> R {
        self.close()
    }
}

/// The structs (a struct, a struct variant): each field as `"name":value` after a comma.
macro_rules! structure {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
                self.field(key, v)
            }
            fn end(self) -> R {
                self.close()
            }
        }
    )*};
}

structure!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::to_string;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(tag = "kind", rename_all = "kebab-case")]
    enum E {
        Unit,
        Named { a: i64, b: Option<String> },
    }

    #[derive(Serialize)]
    enum Plain {
        New(u8),
        Tuple(u8, bool),
        Struct { x: char },
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let s = "quote \" back \\ nl \n tab \t \u{1} \u{1f} \u{7f} å ✓ \u{8} \u{c} /";
        let values = (
            s,
            [E::Unit, E::Named { a: -12, b: None }, E::Named { a: i64::MAX, b: Some("x".into()) }],
            vec![Plain::New(7), Plain::Tuple(1, false), Plain::Struct { x: '"' }],
            (u64::MAX, i64::MIN, (), Some(()), [0u8; 0]),
        );
        assert_eq!(to_string(&values).unwrap(), serde_json::to_string(&values).unwrap());
        let map: std::collections::BTreeMap<&str, u32> = [("a\"b", 1), ("c", 2)].into_iter().collect();
        assert_eq!(to_string(&map).unwrap(), serde_json::to_string(&map).unwrap());
    }

    #[test]
    fn refuses_what_json_cannot_hold() {
        let floats: f64 = 0.5;
        assert_eq!(to_string(&floats), None);
        let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into_iter().collect();
        assert_eq!(to_string(&map), None);
    }
}
