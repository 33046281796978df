//! Questions and answers: the typed question kinds a self-test can declare, and how a raw
//! answer (from a form field, a saved session or a scenario file) is validated into an
//! [`Answer`]. Validation is total: every input gives an `Answer` or an [`InputError`].

use super::InputError;
use crate::domain::{CalendarError, Date, Kronor, LawRef, YearMonth};
use crate::rules::Level;
use crate::text::Msg;

/// One question of a self-test.
#[derive(Debug)]
pub struct Question {
    /// Stable kebab-case id: in saved sessions, links, scenario files and the DOM.
    pub id: &'static str,
    pub kind: Kind,
    /// The question as a person reads it.
    pub label: Msg,
    /// A short name for the field, used in error messages ("Födelsedatum").
    pub name: Msg,
    pub hint: Option<Msg>,
    /// The paragraph that makes the question matter, for the handler view.
    pub law: Option<LawRef>,
}

/// Questions are the same question when their ids are.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// What kind of answer a question takes.
#[derive(Debug)]
pub enum Kind {
    YesNo,
    OneOf(&'static [Choice]),
    /// A calendar day; `not_after_today` for birth dates and other past events.
    Date {
        not_after_today: bool,
    },
    Month,
    /// Whole kronor from 0 to `max`.
    Kronor {
        max: i64,
        /// What the amount is counted per: a yearly amount that looks like a month's gets a
        /// second look ([`Question::doubt`]); a monthly one never does.
        per: Per,
    },
    /// A förmånsnivå 1/4–1/1; `below_quarter` adds "less than a quarter".
    Level {
        below_quarter: bool,
    },
    /// A whole number in `min..=max`, counted in `unit`.
    Count {
        min: u32,
        max: u32,
        unit: CountUnit,
    },
}

/// What a [`Kind::Count`] counts: the unit shown after the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountUnit {
    Years,
    Months,
}

/// One option of a [`Kind::OneOf`] question.
#[derive(Debug)]
pub struct Choice {
    pub value: &'static str,
    pub label: Msg,
    pub hint: Option<Msg>,
}

/// A validated answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    YesNo(bool),
    Choice(&'static str),
    Date(Date),
    Month(YearMonth),
    Kronor(Kronor),
    /// `None` is "less than a quarter".
    Level(Option<Level>),
    Count(u32),
}

impl Answer {
    /// The canonical text form, which [`Question::parse`] reads back unchanged.
    pub fn canonical(&self) -> String {
        match self {
            Answer::YesNo(true) => "yes".into(),
            Answer::YesNo(false) => "no".into(),
            Answer::Choice(v) => (*v).into(),
            Answer::Date(d) => d.to_string(),
            Answer::Month(m) => m.to_string(),
            Answer::Kronor(k) => k.0.to_string(),
            Answer::Level(None) => "0".into(),
            Answer::Level(Some(l)) => l.code().into(),
            Answer::Count(n) => n.to_string(),
        }
    }
}

/// The largest amount any question accepts: far above any income, far below overflow.
pub const MAX_KRONOR: i64 = 1_000_000_000_000;

impl Question {
    /// Validates a raw answer. `today` bounds dates that cannot lie in the future.
    pub fn parse(&'static self, raw: &str, today: Date) -> Result<Answer, InputError> {
        let q = self.id;
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(InputError::Empty { question: q });
        }
        match &self.kind {
            Kind::YesNo => match raw.to_ascii_lowercase().as_str() {
                "yes" | "ja" | "true" | "1" => Ok(Answer::YesNo(true)),
                "no" | "nej" | "false" | "0" => Ok(Answer::YesNo(false)),
                _ => Err(InputError::NotAChoice { question: q }),
            },
            Kind::OneOf(choices) => choices
                .iter()
                .find(|c| c.value == raw)
                .map(|c| Answer::Choice(c.value))
                .ok_or(InputError::NotAChoice { question: q }),
            Kind::Date { not_after_today } => {
                let d = parse_date(raw).map_err(|problem| InputError::BadDate { question: q, problem })?;
                if d.year() < 1900 {
                    return Err(InputError::DateTooEarly { question: q });
                }
                if *not_after_today && d > today {
                    return Err(InputError::DateInFuture { question: q });
                }
                Ok(Answer::Date(d))
            }
            Kind::Month => YearMonth::parse(raw)
                .map(Answer::Month)
                .map_err(|problem| InputError::BadMonth { question: q, problem }),
            Kind::Kronor { max, .. } => parse_kronor(raw, *max).map(Answer::Kronor).map_err(|p| p.at(q)),
            Kind::Level { below_quarter } => match raw {
                "0" if *below_quarter => Ok(Answer::Level(None)),
                _ => {
                    Level::from_code(raw).map(|l| Answer::Level(Some(l))).ok_or(InputError::NotAChoice { question: q })
                }
            },
            Kind::Count { min, max, .. } => {
                let n = parse_whole(raw).ok_or(InputError::NotANumber { question: q, min: *min, max: *max })?;
                match u32::try_from(n) {
                    Ok(n) if (*min..=*max).contains(&n) => Ok(Answer::Count(n)),
                    _ => Err(InputError::NotANumber { question: q, min: *min, max: *max }),
                }
            }
        }
    }
}

/// Reads a date as the questions ask for it: ÅÅÅÅ-MM-DD, also with spaces, slashes or dots
/// between the parts, or as eight digits. A date written with the day or the month first
/// ("10/5/2002", "31/12/2024") is a format error, not a day that does not exist: the person
/// needs to hear that the year comes first, in four digits.
pub fn parse_date(raw: &str) -> Result<Date, CalendarError> {
    let raw = raw.trim();
    let mut parts = raw.split(['-', ' ', '/', '.']);
    let first = parts.next().unwrap_or_default();
    if parts.next().is_some() && first.len() < 4 {
        return Err(CalendarError::Malformed);
    }
    Date::parse(raw)
}

/// Every amount our questions ask for is per year (the questions say so). Below this a typed
/// figure may be a month's pay: a full-time monthly wage is well under it, a full-time yearly
/// wage far above it. A true yearly income this low is possible (part time, part of a year),
/// so it is never refused: the widget points it out once and goes on when the person confirms.
pub const YEARLY_AMOUNT_CHECK_BELOW: Kronor = Kronor(80_000);

/// The period an amount question asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Year,
    Month,
}

/// A valid answer that may not be what the person meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doubt {
    /// A yearly amount that looks like a monthly one.
    MaybeMonthly { amount: Kronor },
}

impl Question {
    /// Whether a valid answer is worth a second look before the widget goes on. Never a refusal:
    /// [`crate::flow::Session::answer`] accepts the answer either way.
    pub fn doubt(&self, a: &Answer) -> Option<Doubt> {
        match (&self.kind, a) {
            (Kind::Kronor { per: Per::Year, .. }, Answer::Kronor(k)) if k.0 > 0 && *k < YEARLY_AMOUNT_CHECK_BELOW => {
                Some(Doubt::MaybeMonthly { amount: *k })
            }
            _ => None,
        }
    }
}

/// What is wrong with a typed amount, before we know which question it answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountProblem {
    NotANumber,
    Negative,
    HasOre,
    TooLarge { max: i64 },
}

impl AmountProblem {
    fn at(self, question: &'static str) -> InputError {
        match self {
            AmountProblem::NotANumber => InputError::NotAnAmount { question },
            AmountProblem::Negative => InputError::NegativeAmount { question },
            AmountProblem::HasOre => InputError::AmountHasOre { question },
            AmountProblem::TooLarge { max } => InputError::AmountTooLarge { question, max: Kronor(max) },
        }
    }
}

/// Reads whole kronor as people type them: "35000", "35 000", "35 000 kr", "35,000",
/// "SEK 35,000". Spaces (also no-break and thin) and `,`/`.` followed by three digits group
/// thousands. A decimal part ("35,5", "35.50") is refused rather than rounded, because we cannot
/// tell whether the person meant öre or forgot digits; ",00" is accepted.
pub fn parse_kronor(raw: &str, max: i64) -> Result<Kronor, AmountProblem> {
    let mut s = raw.trim().to_ascii_lowercase();
    for affix in ["kronor", "kr", "sek", ":-"] {
        if let Some(rest) = s.strip_suffix(affix) {
            s = rest.trim_end().to_string();
        }
        if let Some(rest) = s.strip_prefix(affix) {
            s = rest.trim_start().to_string();
        }
    }
    let s: String = s.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')).collect();
    let (negative, s) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return Err(AmountProblem::NotANumber);
    }
    // Split on separators: groups after the first must be three digits (thousands),
    // except a last group of one or two digits, which is öre.
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let mut digits = String::new();
    for (i, g) in groups.iter().enumerate() {
        let last = i + 1 == groups.len();
        if i == 0 {
            if g.is_empty() {
                return Err(AmountProblem::NotANumber);
            }
            digits.push_str(g);
        } else if g.len() == 3 {
            digits.push_str(g);
        } else if last && (g.len() == 1 || g.len() == 2) {
            if g.bytes().any(|b| b != b'0') {
                return Err(AmountProblem::HasOre);
            }
        } else {
            return Err(AmountProblem::NotANumber);
        }
    }
    if negative {
        return Err(AmountProblem::Negative);
    }
    let digits = digits.trim_start_matches('0');
    if digits.len() > 15 {
        return Err(AmountProblem::TooLarge { max });
    }
    let n: i64 = if digits.is_empty() { 0 } else { digits.parse().map_err(|_| AmountProblem::NotANumber)? };
    if n > max {
        return Err(AmountProblem::TooLarge { max });
    }
    Ok(Kronor(n))
}

fn parse_whole(raw: &str) -> Option<u64> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 12 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expected: Result<i64, AmountProblem>) {
        assert_eq!(parse_kronor(raw, MAX_KRONOR), expected.map(Kronor), "{raw:?}");
    }

    #[test]
    fn kronor_are_read_as_people_type_them() {
        check("35000", Ok(35_000));
        check("35 000", Ok(35_000));
        check("35\u{a0}000 kr", Ok(35_000));
        check("SEK 35,000", Ok(35_000));
        check("1.234.567", Ok(1_234_567));
        check("35 000,00", Ok(35_000));
        check("0", Ok(0));
    }

    #[test]
    fn a_date_written_day_first_is_a_format_error_not_a_missing_day() {
        assert_eq!(parse_date("10/5/2002"), Err(CalendarError::Malformed));
        assert_eq!(parse_date("31/12/2024"), Err(CalendarError::Malformed));
        assert_eq!(parse_date("04-03-15"), Err(CalendarError::Malformed));
        assert_eq!(parse_date("2004-02-30"), Err(CalendarError::NoSuchDay));
        assert_eq!(parse_date("2002/05/10").map(|d| d.to_string()), Ok("2002-05-10".to_string()));
        assert_eq!(parse_date("20020510").map(|d| d.to_string()), Ok("2002-05-10".to_string()));
    }

    #[test]
    fn kronor_refuse_what_they_cannot_read() {
        check("35,5", Err(AmountProblem::HasOre));
        check("35.50", Err(AmountProblem::HasOre));
        check("-5", Err(AmountProblem::Negative));
        check("1e308", Err(AmountProblem::NotANumber));
        check("NaN", Err(AmountProblem::NotANumber));
        check("Infinity", Err(AmountProblem::NotANumber));
        check("", Err(AmountProblem::NotANumber));
        check("12,34,567", Err(AmountProblem::NotANumber));
        check("99999999999999999999999", Err(AmountProblem::TooLarge { max: MAX_KRONOR }));
        check("1000000000001", Err(AmountProblem::TooLarge { max: MAX_KRONOR }));
    }
}
