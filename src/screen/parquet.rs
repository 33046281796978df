//! Apache Parquet for the screening (command line only; never in the browser build): records
//! in, with the same fields as CSV columns, and the JSON lines' keys out as columns.
//!
//! In: each top-level column named after a field is read as the CSV cell would be: a string
//! (UTF8/STRING or plain BYTE_ARRAY), a whole number (INT32/INT64, any width or sign), a
//! BOOLEAN, a DATE, or a DECIMAL (as its exact text, so `0.25` is a capacity level); null is
//! unknown. A field's column of another type (FLOAT/DOUBLE, which would pass through a float,
//! timestamps, lists, groups) stops the run before any record ([`RunError::ParquetColumn`]);
//! columns that are not fields are ignored and listed, as in CSV. The row's number in the file
//! (1 for the first) is its `line`. Rows are read one at a time, row group by row group, by the
//! `parquet` crate's row reader, so memory stays bounded by a row group's column chunks.
//!
//! Out: [`ParquetLines`] takes the JSON lines the screening writes (so `--threads` works the
//! same) and stores each line's keys as columns: `id` (a string, null without one) and
//! `suggestions`, `not_assessed` and `errors`, each the JSON text of the list as the JSON line
//! has it (a string column each: lossless, and any tool reads it with its JSON functions, where
//! nested Parquet lists would need a second schema for the same data); with the `informera`
//! profile a fifth, `flags`, the same way. Row groups of at most
//! [`ROW_GROUP_ROWS`] rows, Snappy-compressed.

use super::{Field, Problem, RunError, Screener, Summary};
use crate::domain::Date;
use parquet::basic::{Compression, ConvertedType, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{ByteArray, ByteArrayType};
use parquet::file::properties::WriterProperties;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::file::writer::SerializedFileWriter;
use parquet::record::Field as Value;
use parquet::schema::types::Type;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::Arc;

/// Rows per row group in the output.
pub const ROW_GROUP_ROWS: usize = 16_384;

fn read_error(e: parquet::errors::ParquetError) -> RunError {
    RunError::Read(io::Error::other(e.to_string()))
}

/// Why a field's column cannot be read, or `None` when it can.
fn unreadable(column: &Type) -> Option<&'static str> {
    if column.is_group() {
        return Some("a group or a list");
    }
    let info = column.get_basic_info();
    if info.has_repetition() && info.repetition() == Repetition::REPEATED {
        return Some("a repeated column");
    }
    match column.get_physical_type() {
        Physical::FLOAT | Physical::DOUBLE => return Some("a floating-point number"),
        Physical::INT96 => return Some("a timestamp"),
        _ => {}
    }
    match info.logical_type_ref() {
        Some(LogicalType::Timestamp { .. } | LogicalType::Time { .. }) => return Some("a time or a timestamp"),
        Some(LogicalType::Float16) => return Some("a floating-point number"),
        _ => {}
    }
    match info.converted_type() {
        ConvertedType::TIME_MILLIS
        | ConvertedType::TIME_MICROS
        | ConvertedType::TIMESTAMP_MILLIS
        | ConvertedType::TIMESTAMP_MICROS
        | ConvertedType::INTERVAL => Some("a time or an interval"),
        _ => None,
    }
}

impl Screener {
    /// Screens every row of a Parquet file and writes one JSON line per record to `out` (or,
    /// through [`ParquetLines`], one Parquet row).
    pub fn run_parquet<W: Write>(mut self, file: std::fs::File, out: &mut W) -> Result<Summary, RunError> {
        let reader = SerializedFileReader::new(file).map_err(read_error)?;
        let schema = reader.metadata().file_metadata().schema_descr().root_schema().clone();
        let mut columns = Vec::new();
        let mut seen = [false; Field::ALL.len()];
        for column in schema.get_fields() {
            let field = Field::from_name(column.name());
            match field {
                Some(f) => {
                    if seen.get_mut(f as usize).is_some_and(|s| std::mem::replace(s, true)) {
                        return Err(RunError::DuplicateColumn(f.name().to_string()));
                    }
                    if let Some(kind) = unreadable(column) {
                        return Err(RunError::ParquetColumn { column: column.name().to_string(), kind });
                    }
                }
                None => self.unknown.add(column.name().trim()),
            }
            columns.push(field);
        }
        if !columns.contains(&Some(Field::Id)) {
            return Err(RunError::NoIdColumn);
        }
        let rows = reader.get_row_iter(None).map_err(read_error)?;
        let epoch = Date::new(1970, 1, 1).map_err(|_| RunError::Read(io::Error::other("no epoch")))?;
        let mut line = 0u64;
        for row in rows {
            let row = row.map_err(read_error)?;
            line += 1;
            self.record.clear();
            self.errors.clear();
            for (field, (_, value)) in columns.iter().zip(row.get_column_iter()) {
                let Some(field) = *field else { continue };
                let text: Cow<str> = match value {
                    Value::Null => continue,
                    Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
                    Value::Byte(n) => n.to_string().into(),
                    Value::Short(n) => n.to_string().into(),
                    Value::Int(n) => n.to_string().into(),
                    Value::Long(n) => n.to_string().into(),
                    Value::UByte(n) => n.to_string().into(),
                    Value::UShort(n) => n.to_string().into(),
                    Value::UInt(n) => n.to_string().into(),
                    Value::ULong(n) => n.to_string().into(),
                    Value::Decimal(_) => value.to_string().into(),
                    Value::Str(s) => Cow::Borrowed(s.as_str()),
                    Value::Bytes(b) => match std::str::from_utf8(b.data()) {
                        Ok(s) => Cow::Borrowed(s),
                        Err(_) => {
                            self.error(Some(field), "", Problem::NotUtf8, line);
                            continue;
                        }
                    },
                    Value::Date(days) => match epoch.plus_days(i64::from(*days)) {
                        Some(d) => d.to_string().into(),
                        None => {
                            self.error(Some(field), &days.to_string(), Problem::NotADate, line);
                            continue;
                        }
                    },
                    // Ruled out by the schema check above.
                    _ => {
                        self.error(Some(field), "", Problem::NotAPlainValue, line);
                        continue;
                    }
                };
                if let Err(p) = self.record.set(field, &text) {
                    self.error(Some(field), &text, p, line);
                }
            }
            self.finish(line, out).map_err(RunError::Write)?;
        }
        self.finish_run(out)
    }
}

/// The keys of one JSON line as the screening writes it.
#[derive(serde::Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    suggestions: &'a RawValue,
    #[serde(borrow)]
    not_assessed: &'a RawValue,
    #[serde(borrow)]
    errors: &'a RawValue,
    /// Only with the `informera` profile.
    #[serde(borrow)]
    flags: Option<&'a RawValue>,
}

/// The output columns, in the order of the JSON lines' keys; with the `informera` profile
/// [`FLAGS`] comes last, as it does in the lines.
pub const COLUMNS: [&str; 4] = ["id", "suggestions", "not_assessed", "errors"];

/// The column the `informera` profile adds.
pub const FLAGS: &str = "flags";

/// Writes the screening's JSON lines as a Parquet file: see the module's comment. Call
/// [`ParquetLines::close`] at the end, which writes the file's footer; without it the file is
/// not complete.
pub struct ParquetLines<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    /// Bytes of a line not yet ended.
    pending: Vec<u8>,
    ids: Vec<ByteArray>,
    id_levels: Vec<i16>,
    /// One per list column: `suggestions`, `not_assessed`, `errors` and, with flags, `flags`.
    lists: Vec<Vec<ByteArray>>,
}

impl<W: Write + Send> ParquetLines<W> {
    /// A writer of the lines' columns; `flags`: the lines carry the `informera` profile's
    /// `flags` (a line without them is then an error).
    pub fn new(out: W, flags: bool) -> io::Result<ParquetLines<W>> {
        let flags_column = if flags { "required binary flags (STRING);" } else { "" };
        let schema = format!(
            "message screening {{
            optional binary id (STRING);
            required binary suggestions (STRING);
            required binary not_assessed (STRING);
            required binary errors (STRING);
            {flags_column}
        }}"
        );
        let schema = parquet::schema::parser::parse_message_type(&schema).map_err(io::Error::other)?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .build();
        let writer = SerializedFileWriter::new(out, Arc::new(schema), Arc::new(props)).map_err(io::Error::other)?;
        Ok(ParquetLines {
            writer,
            pending: Vec::new(),
            ids: Vec::new(),
            id_levels: Vec::new(),
            lists: vec![Vec::new(); if flags { 4 } else { 3 }],
        })
    }

    fn line(&mut self, line: &[u8]) -> io::Result<()> {
        let parts: Line = serde_json::from_slice(line).map_err(io::Error::other)?;
        match parts.id {
            Some(id) => {
                self.ids.push(ByteArray::from(id.as_bytes().to_vec()));
                self.id_levels.push(1);
            }
            None => self.id_levels.push(0),
        }
        let flags = match (self.lists.len(), parts.flags) {
            (4, None) => return Err(io::Error::other("a line without its flags")),
            (4, flags) => flags,
            _ => None,
        };
        let raws = [Some(parts.suggestions), Some(parts.not_assessed), Some(parts.errors), flags];
        for (list, raw) in self.lists.iter_mut().zip(raws.into_iter().flatten()) {
            list.push(ByteArray::from(raw.get().as_bytes().to_vec()));
        }
        if self.id_levels.len() >= ROW_GROUP_ROWS {
            self.row_group()?;
        }
        Ok(())
    }

    /// Writes the rows held as one row group.
    fn row_group(&mut self) -> io::Result<()> {
        if self.id_levels.is_empty() {
            return Ok(());
        }
        let mut group = self.writer.next_row_group().map_err(io::Error::other)?;
        let mut index = 0;
        while let Some(mut column) = group.next_column().map_err(io::Error::other)? {
            let written = match index {
                0 => column.typed::<ByteArrayType>().write_batch(&self.ids, Some(&self.id_levels), None),
                i => {
                    let values = self.lists.get(i - 1).map(Vec::as_slice).unwrap_or(&[]);
                    column.typed::<ByteArrayType>().write_batch(values, None, None)
                }
            };
            written.map_err(io::Error::other)?;
            column.close().map_err(io::Error::other)?;
            index += 1;
        }
        group.close().map_err(io::Error::other)?;
        self.ids.clear();
        self.id_levels.clear();
        for list in &mut self.lists {
            list.clear();
        }
        Ok(())
    }

    /// Writes the last row group and the footer, and hands back the output.
    pub fn close(mut self) -> io::Result<W> {
        if !self.pending.is_empty() {
            return Err(io::Error::other("the last JSON line has no line end"));
        }
        self.row_group()?;
        self.writer.into_inner().map_err(io::Error::other)
    }
}

impl<W: Write + Send> Write for ParquetLines<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            let (line, after) = rest.split_at(end);
            if self.pending.is_empty() {
                self.line(line)?;
            } else {
                let mut whole = std::mem::take(&mut self.pending);
                whole.extend_from_slice(line);
                self.line(&whole)?;
                whole.clear();
                self.pending = whole;
            }
            rest = after.get(1..).unwrap_or(&[]);
        }
        self.pending.extend_from_slice(rest);
        Ok(buf.len())
    }

    /// Nothing: the rows are written a row group at a time, and the rest by `close`.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn lines_become_rows_in_row_groups_of_bounded_size() {
        let mut out = ParquetLines::new(Vec::new(), false).unwrap();
        let n = 2 * ROW_GROUP_ROWS + 10;
        for i in 0..n {
            let id = if i % 3 == 0 { "null".to_string() } else { format!("\"R{i}\"") };
            let line = format!("{{\"id\":{id},\"suggestions\":[],\"not_assessed\":[{{\"benefit\":\"x\",\"missing\":\"y\"}}],\"errors\":[]}}\n");
            // Written in pieces that cut lines anywhere, as a buffered writer would.
            let (a, b) = line.as_bytes().split_at(i % line.len());
            out.write_all(a).unwrap();
            out.write_all(b).unwrap();
        }
        let bytes = out.close().unwrap();
        let path = std::env::temp_dir().join(format!("sjalvtest-row-groups-{}.parquet", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        let _ = std::fs::remove_file(&path);
        assert_eq!(reader.metadata().num_row_groups(), 3);
        let rows: Vec<_> = reader.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), n);
        let first: Vec<String> = rows[1].get_column_iter().map(|(_, v)| v.to_string()).collect();
        assert_eq!(first, ["\"R1\"", "\"[]\"", r#""[{"benefit":"x","missing":"y"}]""#, "\"[]\""]);
        assert_eq!(rows[0].get_column_iter().next().map(|(_, v)| v.to_string()), Some("null".to_string()));
    }

    #[test]
    fn a_line_cut_off_at_the_end_is_an_error() {
        let mut out = ParquetLines::new(Vec::new(), false).unwrap();
        out.write_all(b"{\"id\":\"A\"").unwrap();
        assert!(out.close().is_err());
    }
}
