//! The language-free one-line form of a typed value, such as a rule step:
//! `loss-at-least-one-fifteenth grad=2/7 krav=1/15`. Scenario files pin the trace in this form
//! (the words are pinned apart, per language, in tests/wording), and the handler's trace and the
//! JS API carry it beside the sentence. Written as a small `serde::Serializer`, so every rules
//! file's `Steg` (and `Andring`) gets it from `#[derive(Serialize)]`: an internally tagged enum's
//! tag comes first (its value alone; the tag is named `step` or `change`), then each field as
//! `name=value`; a nested struct's fields are `name.field=value`; a list is `[a,b]`; `None` is `-`.
//! Not here: the sentence a person reads (i18n).

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// The one-line form of `value`. Empty in a build without the feature `js-api` (a one-test
/// browser engine): no one can read it there (the element shows the sentence and the paragraph),
/// and leaving it out takes every rules file's serializer out of the wasm (about 20 KB).
#[cfg(not(feature = "js-api"))]
pub fn line<T: Serialize + ?Sized>(_: &T) -> String {
    String::new()
}

/// The one-line form of `value`.
#[cfg(feature = "js-api")]
pub fn line<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Line { out: String::new(), prefix: Vec::new(), key: None };
    if value.serialize(&mut out).is_err() {
        return "unserializable".into();
    }
    out.out
}

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Line {
    out: String,
    /// The names of the fields we are inside.
    prefix: Vec<String>,
    /// The key of a map entry, when its value comes next.
    key: Option<String>,
}

impl Line {
    fn scalar(&mut self, v: &str) {
        let key = self.prefix.join(".");
        if !self.out.is_empty() {
            self.out.push(' ');
        }
        // The tag of an internally tagged enum, and a bare value, stand alone.
        if !key.is_empty() && !matches!(key.as_str(), "step" | "change" | "indicator") {
            self.out.push_str(&key);
            self.out.push('=');
        }
        if v.is_empty() || v.contains(' ') {
            self.out.push('"');
            self.out.push_str(v);
            self.out.push('"');
        } else {
            self.out.push_str(v);
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.prefix.push(name.to_string());
        let r = value.serialize(&mut *self);
        self.prefix.pop();
        r
    }
}

type R = Result<(), Error>;

impl<'a> ser::Serializer for &'a mut Line {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        self.scalar(if v { "yes" } else { "no" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> R {
        self.scalar(&v.to_string());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.scalar(&v.to_string());
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(Error("no floats".into()))
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(Error("no floats".into()))
    }
    fn serialize_char(self, v: char) -> R {
        self.scalar(&v.to_string());
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        self.scalar(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(Error("no bytes".into()))
    }
    fn serialize_none(self) -> R {
        self.scalar("-");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.scalar("-");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> R {
        self.scalar(name);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.scalar(variant);
        Ok(())
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
        self.field(variant, v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        Ok(Seq { parent: self, items: Vec::new() })
    }
    fn serialize_tuple(self, n: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(n))
    }
    fn serialize_tuple_struct(self, _: &'static str, n: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(n))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, n: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(n))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Self, Error> {
        self.scalar(variant);
        Ok(self)
    }
}

impl ser::SerializeStruct for &mut Line {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Line {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Line {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        self.key = Some(line(key));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, v)
    }
    fn end(self) -> R {
        Ok(())
    }
}

/// A list, written as `[a,b]` when it ends.
pub struct Seq<'a> {
    parent: &'a mut Line,
    items: Vec<String>,
}

macro_rules! seq_impl {
    ($t:path, $f:ident) => {
        impl $t for Seq<'_> {
            type Ok = ();
            type Error = Error;
            fn $f<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                self.items.push(line(v));
                Ok(())
            }
            fn end(self) -> R {
                let list = format!("[{}]", self.items.join(","));
                self.parent.scalar(&list);
                Ok(())
            }
        }
    };
}
seq_impl!(ser::SerializeSeq, serialize_element);
seq_impl!(ser::SerializeTuple, serialize_element);
seq_impl!(ser::SerializeTupleStruct, serialize_field);
seq_impl!(ser::SerializeTupleVariant, serialize_field);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Fraction, Kronor};
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(tag = "step", rename_all = "kebab-case")]
    enum Steg {
        EnFemtondel { grad: Fraction, krav: Fraction },
        Inkomst { fore: Kronor, efter: Option<Kronor>, ar: Vec<i32> },
        Klar,
    }

    #[test]
    fn a_step_is_its_tag_then_its_fields() {
        let s = Steg::EnFemtondel { grad: Fraction::new(2, 7), krav: Fraction::new(1, 15) };
        assert_eq!(line(&s), "en-femtondel grad=2/7 krav=1/15");
        let s = Steg::Inkomst { fore: Kronor(420_000), efter: None, ar: vec![2023, 2024] };
        assert_eq!(line(&s), "inkomst fore=420000 efter=- ar=[2023,2024]");
        assert_eq!(line(&Steg::Klar), "klar");
    }
}
