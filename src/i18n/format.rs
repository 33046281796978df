//! How values look in each language: kronor, months, dates and fractions.
//! Swedish uses a no-break space between thousands and a decimal comma; English uses commas
//! and a decimal point.

use super::{Base, Lang};
use crate::domain::{Date, Fraction, Kronor, YearMonth};
use crate::rules::Level;

const NBSP: char = '\u{a0}';

fn group(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '−');
    }
    out
}

/// "12 152 kr" / "SEK 12,152".
pub fn kronor(k: Kronor, lang: Lang) -> String {
    match lang.base() {
        Base::Sv => format!("{}{NBSP}kr", group(k.0, NBSP)),
        Base::En => format!("SEK{NBSP}{}", group(k.0, ',')),
    }
}

/// A plain number with thousands grouped: "145 824" / "145,824".
pub fn number(n: i64, lang: Lang) -> String {
    match lang.base() {
        Base::Sv => group(n, NBSP),
        Base::En => group(n, ','),
    }
}

const SV_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: u8, lang: Lang) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    match lang.base() {
        Base::Sv => SV_MONTHS[i],
        Base::En => EN_MONTHS[i],
    }
}

/// "juli 2025" / "July 2025".
pub fn month(m: YearMonth, lang: Lang) -> String {
    format!("{} {}", month_name(m.month(), lang), m.year())
}

/// "15 mars 2004" / "15 March 2004".
pub fn date(d: Date, lang: Lang) -> String {
    format!("{} {} {}", d.day(), month_name(d.month(), lang), d.year())
}

/// A factor as the law writes it: "2,48", "7,5" or "1,027" when it has a short decimal form,
/// otherwise "1/15".
pub fn factor(f: Fraction, lang: Lang) -> String {
    let point = if lang.base() == Base::Sv { ',' } else { '.' };
    for decimals in 0..=6u32 {
        let scale = 10_i64.pow(decimals);
        let Some(scaled) = f.num().checked_mul(scale) else { break };
        if scaled % f.den() != 0 {
            continue;
        }
        let n = scaled / f.den();
        if decimals == 0 {
            return n.to_string();
        }
        let sign = if n < 0 { "-" } else { "" };
        let n = n.abs();
        return format!("{sign}{}{point}{:0width$}", n / scale, n % scale, width = decimals as usize);
    }
    format!("{}/{}", f.num(), f.den())
}

/// A share as a percentage: "64,7 %" / "64.7%".
pub fn percent(f: Fraction, lang: Lang) -> String {
    let as_percent = f.checked_mul(Fraction::whole(100)).unwrap_or(f);
    match lang.base() {
        // Lättläst writes the word, as for a rounded share ("80 procent").
        Base::Sv if lang == Lang::SvLattlast => format!("{}{NBSP}procent", factor(as_percent, lang)),
        Base::Sv => format!("{}{NBSP}%", factor(as_percent, lang)),
        Base::En => format!("{}%", factor(as_percent, lang)),
    }
}

/// A share rounded to hundredths of a per cent: "28,57 %" / "28.57%"; lättläst writes the word,
/// "28,57 procent". Fractions here are between 0 and 1.
pub fn percent_rounded(share: Fraction, lang: Lang) -> String {
    let num = i128::from(share.num()) * 10_000;
    let den = i128::from(share.den());
    let h = (2 * num + den).div_euclid(2 * den);
    let (whole, frac) = (h.div_euclid(100), h.rem_euclid(100));
    match lang {
        // Lättläst writes a familiar, rounded number ("29 procent"; the text says "ungefär").
        Lang::SvLattlast => {
            let whole = (2 * i128::from(share.num()) * 100 + den).div_euclid(2 * den);
            format!("{whole}{NBSP}procent")
        }
        _ => match lang.base() {
            Base::Sv => format!("{whole},{frac:02}{NBSP}%"),
            Base::En => format!("{whole}.{frac:02}%"),
        },
    }
}

/// "hel", "tre fjärdedels" … as an adjective before the benefit's name (words in ui/*.ftl).
pub fn level(l: Level, lang: Lang) -> String {
    super::bundle::render(&super::ui::level_adjective(l), lang)
}

/// "en fjärdedel", "hälften" … as a share of work capacity (words in ui/*.ftl).
pub fn share(l: Level, lang: Lang) -> String {
    super::bundle::render(&super::ui::level_share(l), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_look_right_in_each_language() {
        assert_eq!(kronor(Kronor(12_152), Lang::Sv), "12\u{a0}152\u{a0}kr");
        assert_eq!(kronor(Kronor(1_234_567), Lang::En), "SEK\u{a0}1,234,567");
        assert_eq!(kronor(Kronor(543), Lang::Sv), "543\u{a0}kr");
        assert_eq!(factor(Fraction::new(248, 100), Lang::Sv), "2,48");
        assert_eq!(factor(Fraction::new(15, 2), Lang::Sv), "7,5");
        assert_eq!(factor(Fraction::new(10, 1), Lang::En), "10");
        assert_eq!(factor(Fraction::new(1, 15), Lang::En), "1/15");
        assert_eq!(factor(Fraction::new(10_270, 10_000), Lang::En), "1.027");
        assert_eq!(percent(Fraction::new(647, 1000), Lang::Sv), "64,7\u{a0}%");
        assert_eq!(percent(Fraction::new(24, 100), Lang::En), "24%");
        assert_eq!(month(YearMonth::new(2025, 7).unwrap(), Lang::Sv), "juli 2025");
    }
}
