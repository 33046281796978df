//! The screening's report (issue 14 item 3): counts of the records screened and of the records
//! flagged per benefit, by sick-period length class, age band, sex and region, written as one
//! self-contained HTML file (tables, and bar charts drawn in inline SVG) that a handler or an
//! analyst opens from disk and may share.
//!
//! [`Tally`] counts while the records stream past, in bounded memory: a fixed number of counters
//! per benefit and class, at most [`MAX_CLASSES`] classes per classification (further values
//! count under "Övriga"), and at most [`MAX_UNREAD`] unread records listed (the rest counted).
//! [`write_html`] renders it in Swedish; the words are in `i18n/report/*.ftl`.
//!
//! The file is meant to be shared, so it holds no id and no value from a record, only counts,
//! the classes as the records name them (escaped), and the problems of unread records as the
//! caller words them. Small counts are suppressed as official statistics do (see
//! [`hidden_in_row`]). The page makes no request of any kind: inline CSS, no script, no font or
//! image from elsewhere, and a Content-Security-Policy that forbids them.
//!
//! ```
//! use sjalvtest::screen::report::{write_html, Classes, Tally};
//! let mut tally = Tally::new();
//! let classes = Classes { length: Some("366–"), age: Some("55–64"), sex: Some("K"), region: None };
//! tally.add(&["sjukersattning"], &classes);
//! tally.unread(3, "datumet finns inte. Kontrollera dag och månad.");
//! let mut html = Vec::new();
//! write_html(&tally, &mut html, sjalvtest::domain::Date::new(2026, 12, 1).unwrap(), "informera").unwrap();
//! assert!(String::from_utf8(html).unwrap().contains("<td>..</td>")); // one record: hidden
//! ```
//!
//! Not here: reading records, the profiles that flag them (`screen/`), the file (`sjalvtest
//! screen --summary`).

use crate::domain::Date;
use crate::i18n::{self, Lang, Render};
use crate::rules::alternativ::{Formon, KATALOG};
use crate::text::{self, Arg};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;

/// The classes a record is counted in. `None` when the record does not carry the field.
pub struct Classes<'a> {
    /// Sick-period length class, e.g. "1–14", "15–90", "91–180", "181–365", "366–".
    pub length: Option<&'static str>,
    /// Age band, e.g. "16–29", "30–44", "45–54", "55–64", "65–".
    pub age: Option<&'static str>,
    /// As the record writes it (e.g. "K", "M"); counted as given, trimmed.
    pub sex: Option<&'a str>,
    /// E.g. a län code or name, as given.
    pub region: Option<&'a str>,
}

/// Distinct classes kept per classification (Sweden has 21 län and 290 kommuner); a further
/// value, or one longer than [`MAX_CLASS_LEN`] bytes, counts under "Övriga".
pub const MAX_CLASSES: usize = 400;
/// The longest class name kept, in bytes.
pub const MAX_CLASS_LEN: usize = 64;
/// Distinct benefit ids kept (the catalogue has 18); further ids count under "Övriga".
pub const MAX_BENEFITS: usize = 64;
/// Unread records listed; the rest are counted.
pub const MAX_UNREAD: usize = 1_000;
/// The longest problem text kept, in characters; a longer one is cut with "…".
pub const MAX_PROBLEM_CHARS: usize = 300;

/// The benefit id of the "Övriga" row (ids beyond [`MAX_BENEFITS`]).
const OTHER_BENEFIT: &str = "";
/// Slot of a record without the field.
const MISSING: usize = 0;
/// Slot of the values beyond [`MAX_CLASSES`].
const OTHER: usize = 1;

/// The classifications, in the report's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dim {
    Length,
    Age,
    Sex,
    Region,
}

impl Dim {
    const ALL: [Dim; 4] = [Dim::Length, Dim::Age, Dim::Sex, Dim::Region];

    /// The select key of `report-by` and the ids in the page.
    fn key(self) -> &'static str {
        match self {
            Dim::Length => "length",
            Dim::Age => "age",
            Dim::Sex => "sex",
            Dim::Region => "region",
        }
    }

    fn index(self) -> usize {
        match self {
            Dim::Length => 0,
            Dim::Age => 1,
            Dim::Sex => 2,
            Dim::Region => 3,
        }
    }
}

/// One classification: slot 0 is "not given", slot 1 "Övriga", then each class in the order
/// first seen. Per slot the records, and per benefit and slot the flagged records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Dimension {
    index: HashMap<Box<str>, usize>,
    labels: Vec<Box<str>>,
    records: Vec<u64>,
    flags: Vec<Vec<u64>>,
}

impl Dimension {
    fn new(benefits: usize) -> Dimension {
        Dimension {
            index: HashMap::new(),
            labels: vec![Box::from(""), Box::from("")],
            records: vec![0, 0],
            flags: vec![vec![0, 0]; benefits],
        }
    }

    /// The slot of a value, adding it as a class while there is room.
    fn slot(&mut self, value: Option<&str>) -> usize {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else { return MISSING };
        if let Some(&i) = self.index.get(v) {
            return i;
        }
        if v.len() > MAX_CLASS_LEN || self.labels.len() >= MAX_CLASSES + 2 {
            return OTHER;
        }
        let i = self.labels.len();
        self.index.insert(Box::from(v), i);
        self.labels.push(Box::from(v));
        self.records.push(0);
        for row in &mut self.flags {
            row.push(0);
        }
        i
    }

    fn add_benefit(&mut self) {
        self.flags.push(vec![0; self.labels.len()]);
    }

    /// Whether some record carries the field.
    fn carried(&self) -> bool {
        self.records.iter().skip(1).any(|&n| n > 0)
    }

    /// The slots to show as columns: the classes in their order (a leading number first, so
    /// "15–90" comes after "1–14" and "366–" last), then "Övriga" and "not given" when used.
    fn columns(&self) -> Vec<usize> {
        let mut classes: Vec<usize> = (2..self.labels.len()).collect();
        classes.sort_by(|&a, &b| {
            let (la, lb) = (self.label(a), self.label(b));
            (leading_number(la), la).cmp(&(leading_number(lb), lb))
        });
        for s in [OTHER, MISSING] {
            if self.records.get(s).is_some_and(|&n| n > 0) {
                classes.push(s);
            }
        }
        classes
    }

    fn label(&self, slot: usize) -> &str {
        self.labels.get(slot).map_or("", |l| l)
    }

    fn records_in(&self, slot: usize) -> u64 {
        self.records.get(slot).copied().unwrap_or(0)
    }

    fn flags_in(&self, benefit: usize, slot: usize) -> u64 {
        self.flags.get(benefit).and_then(|r| r.get(slot)).copied().unwrap_or(0)
    }
}

/// The number a class name starts with ("15–90" → 15), for ordering; none sorts last.
fn leading_number(s: &str) -> u64 {
    let digits: String = s.chars().take_while(char::is_ascii_digit).take(18).collect();
    digits.parse().unwrap_or(u64::MAX)
}

/// Counts for the report, in bounded memory whatever the number of records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Benefit ids, the catalogue's first in its order, then others as first seen.
    benefits: Vec<&'static str>,
    /// Records flagged per benefit.
    flagged_for: Vec<u64>,
    /// Records read, and those flagged for at least one benefit.
    records: u64,
    flagged: u64,
    dims: [Dimension; 4],
    /// The first [`MAX_UNREAD`] unread records (line, problem), and how many there were.
    unread: Vec<(u64, Box<str>)>,
    unread_total: u64,
}

impl Default for Tally {
    fn default() -> Self {
        Tally::new()
    }
}

impl Tally {
    pub fn new() -> Tally {
        let benefits: Vec<&'static str> = KATALOG.iter().map(|p| p.formon.id()).collect();
        let n = benefits.len();
        Tally {
            flagged_for: vec![0; n],
            benefits,
            records: 0,
            flagged: 0,
            dims: [Dimension::new(n), Dimension::new(n), Dimension::new(n), Dimension::new(n)],
            unread: Vec::new(),
            unread_total: 0,
        }
    }

    /// The row of a benefit id, adding it while there is room (then "Övriga").
    fn benefit_row(&mut self, id: &'static str) -> usize {
        if let Some(i) = self.benefits.iter().position(|&b| b == id) {
            return i;
        }
        let id = if self.benefits.len() >= MAX_BENEFITS { OTHER_BENEFIT } else { id };
        if let Some(i) = self.benefits.iter().position(|&b| b == id) {
            return i;
        }
        self.benefits.push(id);
        self.flagged_for.push(0);
        for d in &mut self.dims {
            d.add_benefit();
        }
        self.benefits.len() - 1
    }

    /// One record read; `benefits` are the catalogue ids it was flagged for (may be empty). A
    /// benefit named twice (two indicators for one benefit) counts once: the report counts
    /// records, not flags.
    pub fn add(&mut self, benefits: &[&'static str], classes: &Classes) {
        self.records += 1;
        let slots = [
            self.dims[0].slot(classes.length),
            self.dims[1].slot(classes.age),
            self.dims[2].slot(classes.sex),
            self.dims[3].slot(classes.region),
        ];
        for (d, &s) in self.dims.iter_mut().zip(&slots) {
            if let Some(n) = d.records.get_mut(s) {
                *n += 1;
            }
        }
        let mut any = false;
        let mut other_counted = false;
        for (i, &b) in benefits.iter().enumerate() {
            if benefits.iter().take(i).any(|&a| a == b) {
                continue;
            }
            any = true;
            let row = self.benefit_row(b);
            // Two ids beyond the room share the "Övriga" row: it too counts the record once.
            if self.benefits.get(row) == Some(&OTHER_BENEFIT) {
                if other_counted {
                    continue;
                }
                other_counted = true;
            }
            if let Some(n) = self.flagged_for.get_mut(row) {
                *n += 1;
            }
            for (d, &s) in self.dims.iter_mut().zip(&slots) {
                if let Some(n) = d.flags.get_mut(row).and_then(|r| r.get_mut(s)) {
                    *n += 1;
                }
            }
        }
        if any {
            self.flagged += 1;
        }
    }

    /// One record that could not be read: its line and what was wrong, in Swedish (no id, no
    /// value: the report is meant to be shared). Keeps at most [`MAX_UNREAD`], counts the rest.
    pub fn unread(&mut self, line: u64, problem: &str) {
        self.unread_total += 1;
        if self.unread.len() < MAX_UNREAD {
            let kept: Box<str> = match problem.char_indices().nth(MAX_PROBLEM_CHARS) {
                Some((cut, _)) => format!("{}…", problem.get(..cut).unwrap_or("")).into(),
                None => problem.into(),
            };
            self.unread.push((line, kept));
        }
    }

    /// Adds the counts of `other` (a tally of other records, as a worker thread keeps one), as
    /// if its records had been added here after this tally's own. A class `other` saw that no
    /// longer has room here counts under "Övriga"; the unread records stay in line order, the
    /// first [`MAX_UNREAD`] of both.
    pub fn merge(&mut self, other: &Tally) {
        self.records += other.records;
        self.flagged += other.flagged;
        let rows: Vec<usize> = other.benefits.iter().map(|&b| self.benefit_row(b)).collect();
        for (j, &row) in rows.iter().enumerate() {
            if let (Some(n), Some(m)) = (self.flagged_for.get_mut(row), other.flagged_for.get(j)) {
                *n += m;
            }
        }
        for (mine, theirs) in self.dims.iter_mut().zip(&other.dims) {
            for (slot, label) in theirs.labels.iter().enumerate() {
                let to = match slot {
                    MISSING | OTHER => slot,
                    _ => mine.slot(Some(label)),
                };
                if let Some(n) = mine.records.get_mut(to) {
                    *n += theirs.records_in(slot);
                }
                for (j, &row) in rows.iter().enumerate() {
                    if let Some(n) = mine.flags.get_mut(row).and_then(|r| r.get_mut(to)) {
                        *n += theirs.flags_in(j, slot);
                    }
                }
            }
        }
        self.unread_total += other.unread_total;
        self.unread.extend(other.unread.iter().cloned());
        self.unread.sort_by_key(|(line, _)| *line);
        self.unread.truncate(MAX_UNREAD);
    }

    /// Records read.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Records flagged for at least one benefit.
    pub fn flagged(&self) -> u64 {
        self.flagged
    }

    /// Records flagged for one benefit id.
    pub fn flagged_for(&self, id: &str) -> u64 {
        self.benefits.iter().position(|&b| b == id).and_then(|i| self.flagged_for.get(i)).copied().unwrap_or(0)
    }

    /// Records that could not be read.
    pub fn unread_total(&self) -> u64 {
        self.unread_total
    }
}

// ------------------------------------------------------------------------------------------
// Suppression.

/// A count official statistics would not show: 1 to 4 (0 is shown, it singles out no one).
fn small(n: u64) -> bool {
    (1..=4).contains(&n)
}

/// Which counts of one row of a table to hide, the row's total being shown beside them (or
/// elsewhere: a benefit's total is the same in every table), hidden itself when `total_hidden`.
///
/// Primary suppression hides every count of 1 to 4. Secondary suppression: where the total is
/// shown and exactly one count of the row is hidden, that count would be the total minus the
/// others, so the smallest other count is hidden too (a non-zero one when there is one, else a
/// zero: a row of a total under 5, such as a file of three records none of them flagged). We
/// chose this over rounding or hiding totals because the totals are what the report is for;
/// rows are the only sums shown (the benefits of one column are not added up, since a record
/// can be flagged for several), so the columns need no protection. The legend says the same.
/// Not protected: a figure that can be worked out only across tables, as when a single benefit
/// is flagged and its total is then also the flagged records of the totals table.
fn hidden_in_row(counts: &[u64], total_hidden: bool) -> Vec<bool> {
    let mut hide: Vec<bool> = counts.iter().map(|&n| small(n)).collect();
    if !total_hidden && hide.iter().filter(|&&h| h).count() == 1 {
        let other = counts
            .iter()
            .zip(&hide)
            .enumerate()
            .filter(|(_, (_, &h))| !h)
            .min_by_key(|(_, (&n, _))| (n == 0, n))
            .map(|(i, _)| i);
        if let Some(h) = other.and_then(|i| hide.get_mut(i)) {
            *h = true;
        }
    }
    hide
}

/// The sign of a hidden count, as the legend explains it.
const HIDDEN: &str = "..";

// ------------------------------------------------------------------------------------------
// The page.

fn sv(m: text::Msg) -> String {
    m.render(Lang::Sv)
}

/// Appends `s` with HTML's special characters escaped (also quotes, for attributes).
fn esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc(&mut out, s);
    out
}

/// A message rendered in Swedish and escaped.
fn t(m: text::Msg) -> String {
    escaped(&sv(m))
}

fn count_text(n: u64, hidden: bool) -> String {
    if hidden {
        HIDDEN.to_string()
    } else {
        i18n::format::number(i64::try_from(n).unwrap_or(i64::MAX), Lang::Sv)
    }
}

/// A benefit's name: the catalogue's, or the id itself for one the catalogue does not have.
fn benefit_name(id: &str) -> String {
    if id == OTHER_BENEFIT {
        return sv(text::report_col_other());
    }
    KATALOG
        .iter()
        .map(|p| p.formon)
        .find(|f: &Formon| f.id() == id)
        .map_or_else(|| id.to_string(), |f| sv(i18n::alternativ::benefit(f)))
}

/// A name cut to `max` characters with "…", for a label in a chart (the table has it whole).
fn shortened(name: &str, max: usize) -> String {
    if name.chars().count() > max {
        name.chars().take(max.saturating_sub(1)).chain(['…']).collect()
    } else {
        name.to_string()
    }
}

/// Characters of a benefit's name that fit across a chart in bold 14 px text.
const NAME_CHARS: usize = 70;
/// Classes a chart draws bars for: more (say, every kommun) would make a chart no one can
/// read, so the table alone shows them.
const MAX_CHART_CLASSES: usize = 25;
/// Characters of a class's name in a chart's label column.
const CLASS_CHARS: usize = 28;

/// A column's heading for a slot of a classification.
fn class_name(dim: Dim, d: &Dimension, slot: usize) -> String {
    match slot {
        MISSING => sv(text::report_col_missing()),
        OTHER => sv(text::report_col_other()),
        _ => {
            let label = Arg::Verbatim(d.label(slot).to_string());
            match dim {
                Dim::Length => sv(text::report_class_days(label)),
                Dim::Age => sv(text::report_class_years(label)),
                Dim::Sex | Dim::Region => d.label(slot).to_string(),
            }
        }
    }
}

const CSS: &str = "\
body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5}\
main{max-width:64rem;margin:0 auto;padding:1rem}\
h1{font-size:1.75rem;margin:0.5rem 0 1rem}h2{font-size:1.35rem;margin:2rem 0 0.5rem}\
p{max-width:45rem}\
.scroll{overflow-x:auto;max-width:100%}\
table{border-collapse:collapse;margin:0.5rem 0 1.5rem}\
caption{text-align:left;font-weight:600;padding:0.25rem 0}\
th,td{border:1px solid #6b6b6b;padding:0.25rem 0.6rem;vertical-align:top}\
thead th{background:#e8eef4;text-align:left}\
tbody th{text-align:left;font-weight:normal}\
td{text-align:right;font-variant-numeric:tabular-nums}\
td.text{text-align:left}\
tr.all th,tr.all td{font-weight:600}\
svg{display:block;max-width:100%;height:auto;margin:0.5rem 0}\
svg text{font-size:14px;fill:#1a1a1a}\
svg .name{font-weight:600}\
svg rect{fill:#1d5a8c}\
@media (forced-colors:active){svg rect{fill:CanvasText}svg text{fill:CanvasText}}\
@media print{.scroll{overflow:visible}}";

/// The whole report as one self-contained HTML file.
pub fn write_html<W: io::Write>(t: &Tally, out: &mut W, as_of: Date, profile: &str) -> io::Result<()> {
    out.write_all(html(t, as_of, profile).as_bytes())
}

fn html(tally: &Tally, as_of: Date, profile: &str) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let records = i64::try_from(tally.records).unwrap_or(i64::MAX);
    h.push_str("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(h, "<title>{}</title>", t(text::report_doc_title(as_of)));
    let _ = writeln!(h, "<style>{CSS}</style>\n</head>\n<body>\n<main>");
    let _ = writeln!(h, "<h1>{}</h1>", t(text::report_title()));
    let intro = text::report_intro(as_of, records, Arg::Verbatim(profile.to_string()), Arg::Grouped(records));
    let _ = writeln!(h, "<p>{}</p>", t(intro));
    let _ = writeln!(h, "<p>{}</p>", t(text::report_flagged_means()));
    let _ = writeln!(h, "<p>{}</p>", t(text::report_shareable()));

    let _ = writeln!(h, "<h2>{}</h2>", t(text::report_legend()));
    h.push_str("<ul>\n");
    for m in [
        text::report_legend_suppressed(),
        text::report_legend_secondary(),
        text::report_legend_zero(),
        text::report_legend_once(),
        text::report_legend_chart(),
    ] {
        let _ = writeln!(h, "<li>{}</li>", t(m));
    }
    h.push_str("</ul>\n");

    totals(&mut h, tally);
    by_benefit(&mut h, tally);
    for dim in Dim::ALL {
        let d = &tally.dims[dim.index()];
        if matches!(dim, Dim::Length | Dim::Age) || d.carried() {
            by_class(&mut h, tally, dim);
        }
    }
    unread(&mut h, tally);
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// Opens a table in a container that scrolls sideways when the table is wider than the page
/// (focusable, named by the caption, so a keyboard can scroll it).
fn table_open(h: &mut String, id: &str, caption: &str) {
    let _ = writeln!(
        h,
        "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}-caption\">\n<table id=\"{id}\">\n<caption id=\"{id}-caption\">{caption}</caption>"
    );
}

fn table_close(h: &mut String) {
    h.push_str("</tbody>\n</table>\n</div>\n");
}

fn totals(h: &mut String, tally: &Tally) {
    let _ =
        writeln!(h, "<section aria-labelledby=\"h-totals\">\n<h2 id=\"h-totals\">{}</h2>", t(text::report_totals()));
    table_open(h, "t-totals", &t(text::report_totals_caption()));
    let _ = writeln!(
        h,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        t(text::report_col_what()),
        t(text::report_col_count())
    );
    // The records read are the file's size, a property of no one, and always shown; flagged
    // and not flagged add up to it, so they are one row of the suppression.
    let parts = [tally.flagged, tally.records.saturating_sub(tally.flagged)];
    let hide = hidden_in_row(&parts, false);
    let rows = [
        (text::report_row_read(), tally.records, false),
        (text::report_row_flagged(), parts[0], hide.first().copied().unwrap_or(true)),
        (text::report_row_not_flagged(), parts[1], hide.get(1).copied().unwrap_or(true)),
        (text::report_row_unread(), tally.unread_total, false),
    ];
    for (label, n, hidden) in rows {
        let _ = writeln!(h, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", t(label), escaped(&count_text(n, hidden)));
    }
    table_close(h);
    h.push_str("</section>\n");
}

/// Geometry of the charts, in SVG user units (CSS pixels at full width).
const CHART_WIDTH: u64 = 640;
const BAR_HEIGHT: u64 = 18;

/// The length of a bar: proportional to `n` of `max`, at least a pixel when `n` is not 0.
fn bar_length(n: u64, max: u64, room: u64) -> u64 {
    if n == 0 || max == 0 {
        return 0;
    }
    let len = u128::from(n) * u128::from(room) / u128::from(max);
    u64::try_from(len).unwrap_or(room).clamp(1, room)
}

fn by_benefit(h: &mut String, tally: &Tally) {
    let _ = writeln!(
        h,
        "<section aria-labelledby=\"h-benefit\">\n<h2 id=\"h-benefit\">{}</h2>",
        t(text::report_by_benefit())
    );
    let hidden: Vec<bool> = tally.flagged_for.iter().map(|&n| small(n)).collect();
    let shown_max =
        tally.flagged_for.iter().zip(&hidden).filter(|(_, &hide)| !hide).map(|(&n, _)| n).max().unwrap_or(0);

    // The chart: per benefit its name, then the bar and the count beside it.
    let row = 48;
    let height = row * tally.benefits.len() as u64 + 8;
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"c-benefit\" role=\"img\" aria-labelledby=\"c-benefit-title\" aria-describedby=\"t-benefit-caption\" viewBox=\"0 0 {CHART_WIDTH} {height}\" width=\"{CHART_WIDTH}\" height=\"{height}\">\n<title id=\"c-benefit-title\">{}</title>",
        t(text::report_by_benefit_chart())
    );
    let room = CHART_WIDTH - 80;
    for (i, ((&id, &n), &hide)) in tally.benefits.iter().zip(&tally.flagged_for).zip(&hidden).enumerate() {
        let y = row * i as u64;
        let len = if hide { 0 } else { bar_length(n, shown_max, room) };
        let _ = write!(
            h,
            "<g class=\"bar\" data-benefit=\"{}\"><text class=\"name\" x=\"0\" y=\"{}\">{}</text>",
            escaped(id),
            y + 16,
            escaped(&shortened(&benefit_name(id), NAME_CHARS))
        );
        if len > 0 {
            let _ = write!(h, "<rect x=\"0\" y=\"{}\" width=\"{len}\" height=\"{BAR_HEIGHT}\"/>", y + 22);
        }
        let _ = writeln!(h, "<text x=\"{}\" y=\"{}\">{}</text></g>", len + 6, y + 36, escaped(&count_text(n, hide)));
    }
    h.push_str("</svg>\n");

    table_open(h, "t-benefit", &t(text::report_by_benefit_caption()));
    let _ = writeln!(
        h,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        t(text::report_col_benefit()),
        t(text::report_col_flagged())
    );
    for ((&id, &n), &hide) in tally.benefits.iter().zip(&tally.flagged_for).zip(&hidden) {
        let _ = writeln!(
            h,
            "<tr data-benefit=\"{}\"><th scope=\"row\">{}</th><td>{}</td></tr>",
            escaped(id),
            escaped(&benefit_name(id)),
            escaped(&count_text(n, hide))
        );
    }
    table_close(h);
    h.push_str("</section>\n");
}

/// A table's row: its counts per column, which are hidden, and its total.
struct Row {
    counts: Vec<u64>,
    hidden: Vec<bool>,
    total: u64,
    total_hidden: bool,
}

fn row(counts: Vec<u64>, total: u64, total_hidden: bool) -> Row {
    let hidden = hidden_in_row(&counts, total_hidden);
    Row { counts, hidden, total, total_hidden }
}

fn by_class(h: &mut String, tally: &Tally, dim: Dim) {
    let d = &tally.dims[dim.index()];
    let key = dim.key();
    let cols = d.columns();
    let names: Vec<String> = cols.iter().map(|&s| class_name(dim, d, s)).collect();
    let benefit_rows: Vec<Row> = (0..tally.benefits.len())
        .map(|b| {
            let total = tally.flagged_for.get(b).copied().unwrap_or(0);
            row(cols.iter().map(|&s| d.flags_in(b, s)).collect(), total, small(total))
        })
        .collect();
    // All records read: its total is the file's size, always shown.
    let all = row(cols.iter().map(|&s| d.records_in(s)).collect(), tally.records, false);

    let _ = writeln!(
        h,
        "<section aria-labelledby=\"h-{key}\">\n<h2 id=\"h-{key}\">{}</h2>",
        t(text::report_by(Arg::Key(key)))
    );

    // The chart: per benefit with a flagged record, its name, then a bar per class.
    let flagged: Vec<usize> =
        (0..tally.benefits.len()).filter(|&b| tally.flagged_for.get(b).is_some_and(|&n| n > 0)).collect();
    if flagged.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t(text::report_no_flags()));
    } else if cols.len() > MAX_CHART_CLASSES {
        let _ = writeln!(h, "<p>{}</p>", t(text::report_by_chart_too_many(cols.len())));
    } else {
        let _ = writeln!(h, "<p>{}</p>", t(text::report_by_chart_only_flagged()));
        let label_chars = names.iter().map(|n| n.chars().count().min(CLASS_CHARS)).max().unwrap_or(0) as u64;
        let label_width = (label_chars * 8 + 8).max(48);
        let line = BAR_HEIGHT + 6;
        let height: u64 = flagged.len() as u64 * (28 + line * cols.len() as u64) + 8;
        let max = benefit_rows
            .iter()
            .flat_map(|r| r.counts.iter().zip(&r.hidden).filter(|(_, &hide)| !hide).map(|(&n, _)| n))
            .max()
            .unwrap_or(0);
        let room = CHART_WIDTH.saturating_sub(label_width + 16 + 70).max(80);
        let _ = writeln!(
            h,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"c-{key}\" role=\"img\" aria-labelledby=\"c-{key}-title\" aria-describedby=\"t-{key}-caption\" viewBox=\"0 0 {CHART_WIDTH} {height}\" width=\"{CHART_WIDTH}\" height=\"{height}\">\n<title id=\"c-{key}-title\">{}</title>",
            t(text::report_by_chart(Arg::Key(key)))
        );
        let mut y = 0;
        for &b in &flagged {
            let (Some(&id), Some(r)) = (tally.benefits.get(b), benefit_rows.get(b)) else { continue };
            let _ = writeln!(
                h,
                "<g class=\"group\" data-benefit=\"{}\"><text class=\"name\" x=\"0\" y=\"{}\">{}</text>",
                escaped(id),
                y + 18,
                escaped(&shortened(&benefit_name(id), NAME_CHARS))
            );
            y += 28;
            for ((name, &n), &hide) in names.iter().zip(&r.counts).zip(&r.hidden) {
                let len = if hide { 0 } else { bar_length(n, max, room) };
                let short = shortened(name, CLASS_CHARS);
                let _ = write!(
                    h,
                    "<g class=\"bar\"><text x=\"{label_width}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                    y + 14,
                    escaped(&short)
                );
                let x = label_width + 8;
                if len > 0 {
                    let _ = write!(h, "<rect x=\"{x}\" y=\"{y}\" width=\"{len}\" height=\"{BAR_HEIGHT}\"/>");
                }
                let _ = writeln!(
                    h,
                    "<text x=\"{}\" y=\"{}\">{}</text></g>",
                    x + len + 6,
                    y + 14,
                    escaped(&count_text(n, hide))
                );
                y += line;
            }
            h.push_str("</g>\n");
        }
        h.push_str("</svg>\n");
    }

    table_open(h, &format!("t-{key}"), &t(text::report_by_caption(Arg::Key(key))));
    let _ = write!(h, "<thead><tr><th scope=\"col\">{}</th>", t(text::report_col_benefit()));
    for n in &names {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escaped(n));
    }
    let _ = writeln!(h, "<th scope=\"col\">{}</th></tr></thead>\n<tbody>", t(text::report_col_total()));
    let write_row = |h: &mut String, class: &str, attr: &str, head: &str, r: &Row| {
        let _ = write!(h, "<tr{class}{attr}><th scope=\"row\">{}</th>", escaped(head));
        for (&n, &hide) in r.counts.iter().zip(&r.hidden) {
            let _ = write!(h, "<td>{}</td>", escaped(&count_text(n, hide)));
        }
        let _ = writeln!(h, "<td>{}</td></tr>", escaped(&count_text(r.total, r.total_hidden)));
    };
    for (&id, r) in tally.benefits.iter().zip(&benefit_rows) {
        write_row(h, "", &format!(" data-benefit=\"{}\"", escaped(id)), &benefit_name(id), r);
    }
    write_row(h, " class=\"all\"", "", &sv(text::report_row_all()), &all);
    table_close(h);
    h.push_str("</section>\n");
}

fn unread(h: &mut String, tally: &Tally) {
    let _ =
        writeln!(h, "<section aria-labelledby=\"h-unread\">\n<h2 id=\"h-unread\">{}</h2>", t(text::report_unread()));
    if tally.unread_total == 0 {
        let _ = writeln!(h, "<p>{}</p>", t(text::report_unread_none()));
        h.push_str("</section>\n");
        return;
    }
    let n = i64::try_from(tally.unread_total).unwrap_or(i64::MAX);
    let _ = writeln!(h, "<p id=\"unread-count\">{}</p>", t(text::report_unread_count(Arg::Grouped(n), n)));
    if tally.unread_total > tally.unread.len() as u64 {
        let shown = Arg::Grouped(i64::try_from(tally.unread.len()).unwrap_or(i64::MAX));
        let _ = writeln!(h, "<p>{}</p>", t(text::report_unread_shown(shown)));
    }
    table_open(h, "t-unread", &t(text::report_unread_caption()));
    let _ = writeln!(
        h,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        t(text::report_col_line()),
        t(text::report_col_problem())
    );
    for (line, problem) in &tally.unread {
        let _ = writeln!(h, "<tr><th scope=\"row\">{line}</th><td class=\"text\">{}</td></tr>", escaped(problem));
    }
    table_close(h);
    h.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    const LENGTHS: [&str; 5] = ["1–14", "15–90", "91–180", "181–365", "366–"];
    const AGES: [&str; 5] = ["16–29", "30–44", "45–54", "55–64", "65–"];

    fn as_of() -> Date {
        Date::new(2026, 12, 1).unwrap()
    }

    fn page(t: &Tally) -> String {
        let mut out = Vec::new();
        write_html(t, &mut out, as_of(), "informera").unwrap();
        String::from_utf8(out).unwrap()
    }

    fn plain(length: &'static str, age: &'static str) -> Classes<'static> {
        Classes { length: Some(length), age: Some(age), sex: None, region: None }
    }

    /// The part of the page from the table with `id` to its end.
    fn table<'a>(html: &'a str, id: &str) -> &'a str {
        let start = html.find(&format!("<table id=\"{id}\">")).unwrap_or_else(|| panic!("no table {id}"));
        let rest = &html[start..];
        &rest[..rest.find("</table>").unwrap()]
    }

    /// The cells (`<td>` texts) of a benefit's row in a table.
    fn cells(html: &str, id: &str, benefit: &str) -> Vec<String> {
        let t = table(html, id);
        let start = t.find(&format!("<tr data-benefit=\"{benefit}\">")).unwrap_or_else(|| panic!("no row {benefit}"));
        let row = &t[start..start + t[start..].find("</tr>").unwrap()];
        row.split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap().to_string()).collect()
    }

    /// The records: `n` records in the length class and age band given, flagged for `benefits`.
    fn check(t: &mut Tally, n: usize, benefits: &[&'static str], classes: &Classes) {
        for _ in 0..n {
            t.add(benefits, classes);
        }
    }

    #[test]
    fn counts_equal_the_records_added() {
        let mut t = Tally::new();
        let mut flagged = 0;
        for i in 0..1234usize {
            let benefits: &[&'static str] = match i % 3 {
                0 => &[],
                1 => &["arbetsskadelivranta"],
                _ => &["sjukersattning", "bostadstillagg"],
            };
            flagged += usize::from(!benefits.is_empty());
            t.add(benefits, &plain(LENGTHS[i % 5], AGES[i % 4]));
        }
        assert_eq!(t.records(), 1234);
        assert_eq!(t.flagged(), flagged as u64);
        let html = page(&t);
        let totals = table(&html, "t-totals");
        assert!(totals.contains("<td>1\u{a0}234</td>"), "{totals}");
        assert!(totals.contains(&format!("<td>{}</td>", flagged)), "{totals}");
        assert!(totals.contains(&format!("<td>{}</td>", 1234 - flagged)), "{totals}");
        // Every record once in each classification: the records per class add up to all.
        for dim in Dim::ALL {
            let d = &t.dims[dim.index()];
            assert_eq!(d.records.iter().sum::<u64>(), 1234, "{dim:?}");
        }
        // The length classes in their order, each with its records; age has no "65–".
        let length = table(&html, "t-length");
        let order: Vec<usize> = LENGTHS.iter().map(|l| length.find(&format!(">{l} dagar<")).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{length}");
        assert!(!table(&html, "t-age").contains("65–"));
        assert!(html.contains("1\u{a0}234 poster lästes"));
    }

    #[test]
    fn each_benefit_counts_its_records_once_and_its_rows_add_up() {
        let mut t = Tally::new();
        check(&mut t, 7, &["sjukersattning", "sjukersattning"], &plain("366–", "55–64"));
        check(&mut t, 9, &["sjukersattning", "arbetsskadelivranta"], &plain("181–365", "45–54"));
        check(&mut t, 6, &[], &plain("1–14", "16–29"));
        assert_eq!(t.flagged_for("sjukersattning"), 16);
        assert_eq!(t.flagged_for("arbetsskadelivranta"), 9);
        assert_eq!(t.flagged_for("graviditetspenning"), 0);
        assert_eq!(t.flagged(), 16);
        for dim in Dim::ALL {
            let d = &t.dims[dim.index()];
            for (b, &total) in t.flagged_for.iter().enumerate() {
                assert_eq!(d.flags.get(b).unwrap().iter().sum::<u64>(), total, "{dim:?} {b}");
            }
        }
        let html = page(&t);
        assert_eq!(cells(&html, "t-benefit", "sjukersattning"), ["16"]);
        // 1–14, 181–365, 366–, total.
        assert_eq!(cells(&html, "t-length", "sjukersattning"), ["0", "9", "7", "16"]);
        assert_eq!(cells(&html, "t-length", "arbetsskadelivranta"), ["0", "9", "0", "9"]);
        // An id the catalogue does not have gets a row of its own, named by its id.
        t.add(&["ny_vag"], &plain("1–14", "16–29"));
        assert_eq!(t.flagged_for("ny_vag"), 1);
        assert!(page(&t).contains("<tr data-benefit=\"ny_vag\"><th scope=\"row\">ny_vag</th>"));
        // Beyond the room, ids share an "Övriga" row, which counts a record once.
        let ids: Vec<&'static str> =
            (0..MAX_BENEFITS + 3).map(|i| &*Box::leak(format!("vag_{i}").into_boxed_str())).collect();
        t.add(&ids, &plain("1–14", "16–29"));
        assert_eq!(t.benefits.len(), MAX_BENEFITS + 1);
        assert_eq!(t.flagged_for(OTHER_BENEFIT), 1);
        assert!(table(&page(&t), "t-benefit").contains("<th scope=\"row\">Övriga</th><td>..</td>"));
    }

    #[test]
    fn counts_of_one_to_four_are_hidden_and_five_is_shown() {
        assert_eq!(hidden_in_row(&[0, 5, 6], false), [false, false, false]);
        assert_eq!(hidden_in_row(&[4, 0, 0], true), [true, false, false]);
        assert_eq!(hidden_in_row(&[1, 2, 3, 4, 5], false), [true, true, true, true, false]);
        for n in 0..=6u64 {
            let mut t = Tally::new();
            check(&mut t, n as usize, &["omstallningsmote"], &plain("91–180", "30–44"));
            check(&mut t, 20, &[], &plain("91–180", "30–44"));
            let shown = if (1..=4).contains(&n) { HIDDEN.to_string() } else { n.to_string() };
            assert_eq!(cells(&page(&t), "t-benefit", "omstallningsmote"), [shown], "{n}");
        }
    }

    #[test]
    fn a_lone_hidden_count_takes_the_smallest_other_with_it() {
        // Shown total 19: 3 alone would be 19 - 7 - 9.
        assert_eq!(hidden_in_row(&[3, 9, 7], false), [true, false, true]);
        assert_eq!(hidden_in_row(&[3, 0, 7, 5], false), [true, false, false, true]);
        // Two hidden already: nothing more to hide.
        assert_eq!(hidden_in_row(&[3, 2, 9], false), [true, true, false]);
        // A hidden total (1–4): its counts are all 0 or hidden already.
        assert_eq!(hidden_in_row(&[3, 0], true), [true, false]);
        // A shown total under 5 (the records of a small file): a zero goes with it.
        assert_eq!(hidden_in_row(&[0, 3], false), [true, true]);

        let mut t = Tally::new();
        check(&mut t, 4, &["rehabiliteringspenning"], &plain("1–14", "16–29"));
        check(&mut t, 5, &["rehabiliteringspenning"], &plain("15–90", "16–29"));
        check(&mut t, 6, &["rehabiliteringspenning"], &plain("91–180", "16–29"));
        let html = page(&t);
        assert_eq!(cells(&html, "t-length", "rehabiliteringspenning"), ["..", "..", "6", "15"]);
        // Age: all 15 in one band, nothing to hide.
        assert_eq!(cells(&html, "t-age", "rehabiliteringspenning"), ["15", "15"]);
        // Flagged 15, not flagged 0: shown.
        assert!(table(&html, "t-totals").contains("<td>0</td>"));

        // Three records, none flagged: flagged 0 and not flagged 3 are both hidden.
        let mut small_file = Tally::new();
        check(&mut small_file, 3, &[], &plain("1–14", "16–29"));
        let totals = page(&small_file);
        let totals = table(&totals, "t-totals");
        assert_eq!(totals.matches("<td>..</td>").count(), 2, "{totals}");
        assert!(totals.contains("<td>3</td>"));
    }

    #[test]
    fn text_from_the_records_is_escaped() {
        let mut t = Tally::new();
        let region = "<script>alert('x')</script>";
        let classes =
            Classes { length: Some("1–14"), age: Some("16–29"), sex: Some(" K&M "), region: Some(region) };
        check(&mut t, 6, &["arbetshjalpmedel"], &classes);
        t.unread(12, "fältet <b>\"sex\"</b> & mer");
        let mut out = Vec::new();
        write_html(&t, &mut out, as_of(), "<i>x</i>").unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<i>"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains(">K&amp;M<"), "trimmed and escaped");
        assert!(html.contains("fältet &lt;b&gt;&quot;sex&quot;&lt;/b&gt; &amp; mer"));
        assert!(html.contains("profilen ”&lt;i&gt;x&lt;/i&gt;”"));
    }

    #[test]
    fn sex_and_region_are_shown_only_when_a_record_carries_them() {
        let mut t = Tally::new();
        check(&mut t, 10, &["sjukersattning"], &plain("366–", "55–64"));
        check(&mut t, 3, &[], &Classes { length: None, age: None, sex: Some("  "), region: None });
        let html = page(&t);
        assert!(html.contains("<table id=\"t-length\">") && html.contains("<table id=\"t-age\">"));
        assert!(!html.contains("t-sex") && !html.contains("t-region"), "a blank sex is not given");
        // The records without a length class have a column of their own.
        assert_eq!(cells(&html, "t-length", "sjukersattning"), ["10", "0", "10"]);
        assert!(table(&html, "t-length").contains(">Uppgift saknas<"));

        t.add(&[], &Classes { length: None, age: None, sex: Some("K"), region: Some("Skåne län") });
        let html = page(&t);
        assert!(html.contains("<table id=\"t-sex\">") && html.contains("<table id=\"t-region\">"));
        assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"c-region\""));
        assert_eq!(cells(&html, "t-region", "sjukersattning"), ["0", "10", "10"]);
    }

    #[test]
    fn the_unread_list_keeps_a_thousand_and_counts_the_rest() {
        let mut t = Tally::new();
        assert!(page(&t).contains("Alla poster gick att läsa."));
        for line in 2..=1006 {
            t.unread(line, "datumet finns inte. Kontrollera dag och månad.");
        }
        t.unread(1007, &"x".repeat(5_000));
        assert_eq!(t.unread_total(), 1006);
        assert_eq!(t.unread.len(), MAX_UNREAD);
        let html = page(&t);
        assert!(html.contains("1\u{a0}006 poster gick inte att läsa."));
        assert!(html.contains("Listan visar de första 1\u{a0}000."));
        assert_eq!(table(&html, "t-unread").matches("<tr><th scope=\"row\">").count(), MAX_UNREAD);
        assert!(!html.contains("<th scope=\"row\">1002</th>"));
        // A long problem is cut.
        let mut one = Tally::new();
        one.unread(3, &"x".repeat(5_000));
        let html = page(&one);
        assert!(html.contains(&format!("{}…", "x".repeat(MAX_PROBLEM_CHARS))));
        assert!(html.contains("En post gick inte att läsa."));
    }

    #[test]
    fn classes_are_bounded_and_the_rest_count_as_other() {
        let mut t = Tally::new();
        let names: Vec<String> = (0..1000).map(|i| format!("kommun {i}")).collect();
        for n in &names {
            t.add(&["sjukersattning"], &Classes { length: None, age: None, sex: None, region: Some(n) });
        }
        t.add(&[], &Classes { length: None, age: None, sex: None, region: Some(&"å".repeat(40)) });
        let d = &t.dims[Dim::Region.index()];
        assert_eq!(d.labels.len(), MAX_CLASSES + 2);
        assert_eq!(d.records[OTHER], 601);
        assert_eq!(d.records.iter().sum::<u64>(), 1001);
        let html = page(&t);
        assert!(table(&html, "t-region").contains(">Övriga<"));
        assert!(!html.contains("id=\"c-region\""), "no chart of 401 classes");
        assert!(html.contains("Med 401 klasser blir diagrammet för stort."));
    }

    #[test]
    fn the_page_asks_for_nothing_from_elsewhere() {
        let html = example_html();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assert!(html.contains("default-src 'none'"));
        for bad in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object"] {
            assert!(!html.contains(bad), "{bad}");
        }
        // The one URL is the SVG namespace, which is a name, never fetched.
        assert_eq!(html.matches("http:").count(), html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count());
        assert!(!html.contains("https:"));
        // A bar per benefit in the benefit chart, a table with a caption for each chart.
        let chart = &html[html.find("id=\"c-benefit\"").unwrap()..];
        let chart = &chart[..chart.find("</svg>").unwrap()];
        assert_eq!(chart.matches("<g class=\"bar\"").count(), KATALOG.len());
        for key in ["benefit", "length", "age", "sex", "region"] {
            assert!(html.contains(&format!("aria-describedby=\"t-{key}-caption\"")), "{key}");
            assert!(html.contains(&format!("<caption id=\"t-{key}-caption\">")), "{key}");
        }
    }

    /// A report of 600 made-up records (some flagged benefits with small counts, classes with
    /// and without values, hostile region names, unread records), for the browser test.
    /// Two tallies of halves of the records, merged (as `--threads` does), give the page of one
    /// tally of all of them; the unread records come out in line order.
    #[test]
    fn merged_halves_give_the_page_of_the_whole() {
        let ids: Vec<&'static str> = KATALOG.iter().map(|p| p.formon.id()).collect();
        let regions = ["Skåne län", "Gotlands län", "Norrbottens län"];
        let record = |i: usize| -> (Vec<&'static str>, Classes<'static>) {
            let benefits = ids.iter().enumerate().filter(|(k, _)| (i + k) % (k + 2) == 0).map(|(_, b)| *b).collect();
            let classes = Classes {
                length: (i % 7 != 0).then_some(LENGTHS[i % 5]),
                age: Some(AGES[(i / 3) % 5]),
                sex: (i % 4 != 0).then_some(if i % 2 == 0 { "K" } else { "M" }),
                region: Some(regions[(i * 7) % 3]),
            };
            (benefits, classes)
        };
        let (mut whole, mut first, mut second) = (Tally::new(), Tally::new(), Tally::new());
        for i in 0..400 {
            let (b, c) = record(i);
            whole.add(&b, &c);
            if i % 3 == 0 { &mut first } else { &mut second }.add(&b, &c);
        }
        for line in [3_u64, 90, 91, 250] {
            whole.unread(line, "fel");
            if line % 2 == 0 { &mut second } else { &mut first }.unread(line, "fel");
        }
        first.merge(&second);
        assert_eq!(first.records(), 400);
        assert_eq!(first.unread_total(), 4);
        assert_eq!(page(&first), page(&whole));
    }

    fn example_html() -> String {
        const REGIONS: [&str; 6] = [
            "Stockholms län",
            "Skåne län",
            "Västra Götalands län",
            "Norrbottens län",
            "<script>alert(1)</script>",
            "Gävle & Dala",
        ];
        let mut t = Tally::new();
        let mut seed: u64 = 14;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for i in 0..600u64 {
            let mut benefits: Vec<&'static str> = Vec::new();
            for (k, post) in KATALOG.iter().enumerate() {
                // Entry k is flagged about once in 3 + 4k records, the last one in 3 records of
                // all, so its count is hidden.
                let flagged = if k + 1 == KATALOG.len() { i % 200 == 7 } else { next(3 + 4 * k as u64) == 0 };
                if flagged {
                    benefits.push(post.formon.id());
                }
            }
            let sex = match next(10) {
                0 => None,
                1..=5 => Some("K"),
                _ => Some("M"),
            };
            let region = usize::try_from(next(7)).ok().and_then(|r| REGIONS.get(r)).copied();
            let classes = Classes {
                length: (i % 50 != 0).then(|| LENGTHS[next(5) as usize]),
                age: Some(AGES[next(5) as usize]),
                sex,
                region,
            };
            t.add(&benefits, &classes);
        }
        for line in [17, 230, 231, 588] {
            t.unread(line, "datumet finns inte. Kontrollera dag och månad.");
        }
        t.unread(602, "fältet sick_days: ska vara ett heltal <= 100 000 & inte tomt.");
        page(&t)
    }

    /// Writes the example to test-output/report-example.html, where tests/e2e/report.test.mjs
    /// opens it in Chromium (it runs this test first).
    #[test]
    fn write_example() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-output");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("report-example.html"), example_html()).unwrap();
    }
}
