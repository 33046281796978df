//! Money in whole kronor, exact fractions, and Försäkringskassan's rounding conventions
//! (RULES.md §0.2).
//!
//! Money is never a float. A computation runs on [`Exact`] (a fraction of kronor held in `i128`)
//! and becomes [`Kronor`] only through a named rounding function that says which convention it
//! follows. Not here: which rule uses which rounding (that is in `rules/`).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// Whole Swedish kronor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Kronor(pub i64);

/// A computation left the range of `i128`. Inputs are validated long before this can happen,
/// but the core still refuses to wrap around silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

/// An exact ratio such as 1/15, 64,7 % (`647/1000`) or 2,48 (`248/100`).
/// The denominator is always positive and the ratio is kept reduced.
#[derive(Clone, Copy, Debug)]
pub struct Fraction {
    num: i64,
    den: i64,
}

/// An exact amount of kronor before rounding, `num / den` kronor.
#[derive(Clone, Copy, Debug)]
pub struct Exact {
    num: i128,
    den: i128,
}

impl Kronor {
    pub const ZERO: Kronor = Kronor(0);

    pub fn exact(self) -> Exact {
        Exact { num: self.0 as i128, den: 1 }
    }

    pub fn max(self, other: Kronor) -> Kronor {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn min(self, other: Kronor) -> Kronor {
        if self <= other {
            self
        } else {
            other
        }
    }

    pub fn checked_sub(self, other: Kronor) -> Option<Kronor> {
        self.0.checked_sub(other.0).map(Kronor)
    }

    pub fn checked_add(self, other: Kronor) -> Option<Kronor> {
        self.0.checked_add(other.0).map(Kronor)
    }
}

impl fmt::Display for Kronor {
    /// Plain digits, for machine-readable output. People see `i18n::format::kronor`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

const fn gcd(mut a: i128, mut b: i128) -> i128 {
    if a < 0 {
        a = -a;
    }
    if b < 0 {
        b = -b;
    }
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    if a == 0 {
        1
    } else {
        a
    }
}

impl Fraction {
    /// `num / den`. The denominator must be positive; constants are checked at compile time
    /// because every `Fraction` in the law tables is a `const`.
    pub const fn new(num: i64, den: i64) -> Fraction {
        assert!(den > 0, "a Fraction needs a positive denominator");
        let g = gcd(num as i128, den as i128) as i64;
        Fraction { num: num / g, den: den / g }
    }

    pub const fn whole(n: i64) -> Fraction {
        Fraction { num: n, den: 1 }
    }

    pub const ZERO: Fraction = Fraction { num: 0, den: 1 };
    pub const ONE: Fraction = Fraction { num: 1, den: 1 };

    pub const fn num(self) -> i64 {
        self.num
    }

    pub const fn den(self) -> i64 {
        self.den
    }

    /// `(a - b) / a` for incomes: the share of `a` that is lost. `None` when `a` is not positive.
    pub fn share_lost(before: Kronor, after: Kronor) -> Option<Fraction> {
        if before.0 <= 0 {
            return None;
        }
        let lost = before.0.checked_sub(after.0)?;
        Some(Fraction::new(lost, before.0))
    }

    pub fn checked_mul(self, other: Fraction) -> Option<Fraction> {
        let num = (self.num as i128).checked_mul(other.num as i128)?;
        let den = (self.den as i128).checked_mul(other.den as i128)?;
        let g = gcd(num, den);
        Some(Fraction { num: i64::try_from(num / g).ok()?, den: i64::try_from(den / g).ok()? })
    }
}

impl PartialEq for Fraction {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Fraction {}
impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        // Denominators are positive and both products fit in i128.
        (self.num as i128 * other.den as i128).cmp(&(other.num as i128 * self.den as i128))
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl Exact {
    fn reduced(num: i128, den: i128) -> Exact {
        let g = gcd(num, den);
        Exact { num: num / g, den: den / g }
    }

    /// `self × f`, exactly.
    pub fn times(self, f: Fraction) -> Result<Exact, Overflow> {
        let num = self.num.checked_mul(f.num as i128).ok_or(Overflow)?;
        let den = self.den.checked_mul(f.den as i128).ok_or(Overflow)?;
        Ok(Exact::reduced(num, den))
    }

    /// `self / n` for a positive whole `n` (12 months, 365 days).
    pub fn per(self, n: i64) -> Result<Exact, Overflow> {
        if n <= 0 {
            return Err(Overflow);
        }
        let den = self.den.checked_mul(n as i128).ok_or(Overflow)?;
        Ok(Exact::reduced(self.num, den))
    }

    pub fn minus(self, other: Exact) -> Result<Exact, Overflow> {
        let a = self.num.checked_mul(other.den).ok_or(Overflow)?;
        let b = other.num.checked_mul(self.den).ok_or(Overflow)?;
        let den = self.den.checked_mul(other.den).ok_or(Overflow)?;
        Ok(Exact::reduced(a.checked_sub(b).ok_or(Overflow)?, den))
    }

    pub fn plus(self, other: Exact) -> Result<Exact, Overflow> {
        let a = self.num.checked_mul(other.den).ok_or(Overflow)?;
        let b = other.num.checked_mul(self.den).ok_or(Overflow)?;
        let den = self.den.checked_mul(other.den).ok_or(Overflow)?;
        Ok(Exact::reduced(a.checked_add(b).ok_or(Overflow)?, den))
    }

    pub fn min(self, other: Exact) -> Exact {
        if self <= other {
            self
        } else {
            other
        }
    }

    pub fn max(self, other: Exact) -> Exact {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn is_negative(self) -> bool {
        self.num < 0
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        self.partial_cmp(other) == Some(Ordering::Equal)
    }
}
impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        let a = self.num.checked_mul(other.den)?;
        let b = other.num.checked_mul(self.den)?;
        Some(a.cmp(&b))
    }
}

impl fmt::Display for Exact {
    /// Two decimals, for traces that show the unrounded figure ("113 024,25").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hundredths = (self.num * 100).div_euclid(self.den);
        write!(f, "{}.{:02}", hundredths.div_euclid(100), hundredths.rem_euclid(100))
    }
}

fn to_kronor(v: i128) -> Result<Kronor, Overflow> {
    i64::try_from(v).map(Kronor).map_err(|_| Overflow)
}

/// Nearest whole krona, a half rounded up.
/// FK uses it for monthly garantiersättning (2,58 × 48 300 / 12 = 10 384,5 → 10 385),
/// for the yearly and monthly inkomstrelaterad ersättning, and for daily sjukpenning
/// (old AFL wording "avrundas till närmaste hela krontal", RULES.md §0.2).
pub fn round_half_up_krona(e: Exact) -> Result<Kronor, Overflow> {
    // floor((2·num + den) / (2·den))
    let twice = e.num.checked_mul(2).ok_or(Overflow)?;
    let n = twice.checked_add(e.den).ok_or(Overflow)?;
    let d = e.den.checked_mul(2).ok_or(Overflow)?;
    to_kronor(n.div_euclid(d))
}

/// Whole kronor, the part below a krona dropped (toward zero for the positive amounts we use).
pub fn truncate_krona(e: Exact) -> Result<Kronor, Overflow> {
    to_kronor(e.num.div_euclid(e.den))
}

/// Down to a whole hundred kronor. FK truncates the SGI this way
/// (0,24 × 48 300 = 11 592 gives the published 2022 floor 11 500; RULES.md §0.2).
pub fn truncate_to_hundred(e: Exact) -> Result<Kronor, Overflow> {
    let k = truncate_krona(e)?;
    Ok(Kronor(k.0.div_euclid(100) * 100))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(e: Result<Exact, Overflow>, half_up: i64) {
        assert_eq!(round_half_up_krona(e.unwrap()).unwrap(), Kronor(half_up));
    }

    #[test]
    fn garanti_monthly_rounds_a_half_up() {
        let yearly = Kronor(48_300).exact().times(Fraction::new(258, 100)).unwrap();
        check(yearly.per(12), 10_385);
        let yearly = Kronor(57_300).exact().times(Fraction::new(278, 100)).unwrap();
        check(yearly.per(12), 13_275);
    }

    #[test]
    fn sjukpenning_daily_rounds_to_nearest() {
        // 2021: 0,8 × 0,97 × 380 800 / 365 = 809,6 → 810
        let e = Kronor(380_800).exact().times(Fraction::new(80, 100)).unwrap();
        let e = e.times(Fraction::new(97, 100)).unwrap();
        check(e.per(365), 810);
    }

    #[test]
    fn sgi_is_truncated_to_hundreds() {
        let e = Kronor(48_300).exact().times(Fraction::new(24, 100)).unwrap();
        assert_eq!(truncate_to_hundred(e).unwrap(), Kronor(11_500));
    }

    #[test]
    fn fractions_compare_exactly() {
        assert!(Fraction::new(1, 15) == Fraction::new(2, 30));
        assert!(Fraction::share_lost(Kronor(15_000), Kronor(14_000)).unwrap() >= Fraction::new(1, 15));
        assert!(Fraction::share_lost(Kronor(15_000), Kronor(14_001)).unwrap() < Fraction::new(1, 15));
        assert_eq!(Fraction::share_lost(Kronor(0), Kronor(0)), None);
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        let big = Kronor(i64::MAX).exact();
        let r = big.times(Fraction::new(i64::MAX, 1)).and_then(|e| e.times(Fraction::new(i64::MAX, 1)));
        assert!(r.is_err() || round_half_up_krona(r.unwrap()).is_err());
    }
}
