//! Calendar dates and months, and the month arithmetic the law uses for ages
//! (RULES.md §0.3): "from the month the person turns N", "through the month before the month
//! the person turns N", "from July of the year the person turns 19".
//!
//! Dates are proleptic Gregorian, years 1–9999. No clock: "today" is always an argument.
//! Not here: which age limit applies when (that is a dated parameter in `params/`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A calendar month, the unit most benefit rules are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u8,
}

/// Why a date or month could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarError {
    Malformed,
    NoSuchDay,
    OutOfRange,
}

pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

/// `const` month constructor for the parameter tables. Only for literals written in code.
pub const fn ym(year: i32, month: u8) -> YearMonth {
    assert!(month >= 1 && month <= 12, "month must be 1..=12");
    YearMonth { year, month }
}

impl YearMonth {
    pub fn new(year: i32, month: u8) -> Result<YearMonth, CalendarError> {
        if !(1..=12).contains(&month) {
            return Err(CalendarError::NoSuchDay);
        }
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(CalendarError::OutOfRange);
        }
        Ok(YearMonth { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since January of year 0; used for distances and ordering.
    pub fn ordinal(self) -> i64 {
        self.year as i64 * 12 + (self.month as i64 - 1)
    }

    fn from_ordinal(o: i64) -> Option<YearMonth> {
        let year = i32::try_from(o.div_euclid(12)).ok()?;
        let month = (o.rem_euclid(12) + 1) as u8;
        YearMonth::new(year, month).ok()
    }

    /// `n` months later (or earlier for negative `n`); `None` outside years 1–9999.
    pub fn plus_months(self, n: i64) -> Option<YearMonth> {
        YearMonth::from_ordinal(self.ordinal().checked_add(n)?)
    }

    pub fn next(self) -> Option<YearMonth> {
        self.plus_months(1)
    }

    pub fn prev(self) -> Option<YearMonth> {
        self.plus_months(-1)
    }

    /// Months from `self` to `later`, counting neither end: Jan → Mar is 2.
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.ordinal() - self.ordinal()
    }

    pub fn first_day(self) -> Date {
        Date { year: self.year, month: self.month, day: 1 }
    }

    pub fn last_day(self) -> Date {
        Date { year: self.year, month: self.month, day: days_in_month(self.year, self.month) }
    }

    /// Parses `YYYY-MM` (also `YYYYMM` and `YYYY MM`).
    pub fn parse(s: &str) -> Result<YearMonth, CalendarError> {
        let digits: Vec<u32> = split_numbers(s).ok_or(CalendarError::Malformed)?;
        let (y, m) = match digits.as_slice() {
            [y, m] => (*y, *m),
            [ym] if s.trim().len() == 6 => (ym / 100, ym % 100),
            _ => return Err(CalendarError::Malformed),
        };
        let year = i32::try_from(y).map_err(|_| CalendarError::OutOfRange)?;
        let month = u8::try_from(m).map_err(|_| CalendarError::NoSuchDay)?;
        YearMonth::new(year, month)
    }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, CalendarError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(CalendarError::OutOfRange);
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(CalendarError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    pub fn year_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn day_number(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_day_number(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        Date::new(i32::try_from(year).ok()?, month, day).ok()
    }

    /// `n` days later (earlier for negative `n`); `None` outside years 1–9999.
    pub fn plus_days(self, n: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(n)?)
    }

    /// Whole days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Parses `YYYY-MM-DD` (also `YYYYMMDD` and `YYYY MM DD`).
    pub fn parse(s: &str) -> Result<Date, CalendarError> {
        let parts: Vec<u32> = split_numbers(s).ok_or(CalendarError::Malformed)?;
        let (y, m, d) = match parts.as_slice() {
            [y, m, d] => (*y, *m, *d),
            [ymd] if s.trim().len() == 8 => (ymd / 10_000, ymd / 100 % 100, ymd % 100),
            _ => return Err(CalendarError::Malformed),
        };
        let year = i32::try_from(y).map_err(|_| CalendarError::OutOfRange)?;
        let month = u8::try_from(m).map_err(|_| CalendarError::NoSuchDay)?;
        let day = u8::try_from(d).map_err(|_| CalendarError::NoSuchDay)?;
        Date::new(year, month, day)
    }
}

/// Splits "2004-03-15", "2004 03 15" or "20040315" into numbers. `None` for anything else:
/// letters, signs, empty parts, or more than nine digits in a part.
fn split_numbers(s: &str) -> Option<Vec<u32>> {
    let s = s.trim();
    if s.is_empty() || s.len() > 16 {
        return None;
    }
    let mut out = Vec::new();
    for part in s.split(['-', ' ', '/', '.']) {
        if part.is_empty() || part.len() > 9 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push(part.parse().ok()?);
    }
    Some(out)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(|_| serde::de::Error::custom("expected a date YYYY-MM-DD"))
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<YearMonth, D::Error> {
        let s = String::deserialize(d)?;
        YearMonth::parse(&s).map_err(|_| serde::de::Error::custom("expected a month YYYY-MM"))
    }
}

// --- Ages, in the law's month terms -------------------------------------------------------------

/// The calendar month in which a person born on `birth` turns `n`.
/// Used for "from the month the person turns N" and band switches (RULES.md §0.3).
pub fn month_turning(birth: Date, n: i32) -> Option<YearMonth> {
    YearMonth::new(birth.year.checked_add(n)?, birth.month).ok()
}

/// The month before the month the person turns `n`: the last month of a right that ends
/// "the month before the month the person turns N".
pub fn month_before_turning(birth: Date, n: i32) -> Option<YearMonth> {
    month_turning(birth, n)?.prev()
}

/// July of the calendar year the person turns `n`, whatever the birth month
/// (SFB 33 kap.: aktivitetsersättning and sjukersättning from July of the year of the 19th birthday).
pub fn july_of_year_turning(birth: Date, n: i32) -> Option<YearMonth> {
    YearMonth::new(birth.year.checked_add(n)?, 7).ok()
}

/// The age a person has reached in month `m`, counting the birthday month as reached.
/// This is how age bands switch: the band "from 21" applies from the month of the 21st birthday.
pub fn age_in_month(birth: Date, m: YearMonth) -> i32 {
    let years = m.year - birth.year;
    if m.month < birth.month {
        years - 1
    } else {
        years
    }
}

/// Completed years on a given day. A person born on 29 February is treated as turning a year
/// older on 1 March in a year without that day.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let years = on.year - birth.year;
    if (on.month, on.day) < (birth.month, birth.day) {
        years - 1
    } else {
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn day_numbers_round_trip_over_leap_days_and_centuries() {
        for s in ["1970-01-01", "2000-02-29", "1900-03-01", "2024-02-29", "0001-01-01", "9999-12-31"] {
            let date = d(s);
            assert_eq!(Date::from_day_number(date.day_number()), Some(date), "{s}");
        }
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2024-02-28").plus_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2023-02-28").plus_days(1), Some(d("2023-03-01")));
        assert_eq!(d("9999-12-31").plus_days(1), None);
    }

    #[test]
    fn parse_accepts_common_forms_and_rejects_the_rest() {
        assert_eq!(d("20040315"), d("2004-03-15"));
        assert_eq!(d(" 2004 03 15 "), d("2004-03-15"));
        assert_eq!(Date::parse("2023-02-29"), Err(CalendarError::NoSuchDay));
        assert_eq!(Date::parse("0000-01-01"), Err(CalendarError::OutOfRange));
        assert_eq!(Date::parse("2004-3"), Err(CalendarError::Malformed));
        assert_eq!(Date::parse("-2004-03-15"), Err(CalendarError::Malformed));
        assert_eq!(Date::parse("2004-03-15x"), Err(CalendarError::Malformed));
        assert_eq!(Date::parse(""), Err(CalendarError::Malformed));
        assert_eq!(YearMonth::parse("2025-07"), Ok(ym(2025, 7)));
        assert_eq!(YearMonth::parse("202507"), Ok(ym(2025, 7)));
        assert_eq!(YearMonth::parse("2025-13"), Err(CalendarError::NoSuchDay));
    }

    #[test]
    fn law_months_follow_the_birthday_month() {
        let born = d("2006-11-10");
        assert_eq!(july_of_year_turning(born, 19), Some(ym(2025, 7)));
        assert_eq!(month_before_turning(born, 30), Some(ym(2036, 10)));
        assert_eq!(month_turning(born, 21), Some(ym(2027, 11)));
        assert_eq!(age_in_month(born, ym(2027, 10)), 20);
        assert_eq!(age_in_month(born, ym(2027, 11)), 21);
        let january = d("2000-01-01");
        assert_eq!(month_before_turning(january, 30), Some(ym(2029, 12)));
    }

    #[test]
    fn age_on_a_day_counts_completed_years() {
        assert_eq!(age_on(d("2004-03-15"), d("2025-03-14")), 20);
        assert_eq!(age_on(d("2004-03-15"), d("2025-03-15")), 21);
        assert_eq!(age_on(d("2004-02-29"), d("2025-02-28")), 20);
        assert_eq!(age_on(d("2004-02-29"), d("2025-03-01")), 21);
    }
}
