//! Bostadstillägg for people with sjuk- or aktivitetsersättning (SFB 101–102 kap.): the bands of
//! the monthly housing cost it covers, as the law fixes them. The amounts (the highest
//! bostadstillägg) are derived in `rules/bostadstillagg.rs`. Source: Försäkringskassan's page on
//! bostadstillägg and its news of 2021-12-20 (RULES.md §6.7, P5; docs/law-notes.md, issue 10).

use super::{Dated, Param, Table, HORIZON};
use crate::domain::{ym, Fraction, Kronor};

/// The share of the housing cost covered up to the first limit, and the share between the first
/// and the second limit; nothing above the second. Per month, for a person living alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BostadstillaggBand {
    pub andel_upp_till_forsta: Fraction,
    pub forsta_grans: Kronor,
    pub andel_upp_till_andra: Fraction,
    pub andra_grans: Kronor,
}

/// From 2022-01-01: 96 % of the cost up to 5 000 kr a month and 70 % of the part between 5 000
/// and 7 500 kr. Before 2022 the second limit was 5 600 kr (FK: "högst 5 220 kronor"), but the
/// month that band began was not found, so earlier years are not covered.
pub static BOSTADSTILLAGG_BAND: Table<BostadstillaggBand> = Table {
    param: Param::BostadstillaggBand,
    rows: &[Dated {
        from: ym(2022, 1),
        until: HORIZON,
        value: BostadstillaggBand {
            andel_upp_till_forsta: Fraction::new(96, 100),
            forsta_grans: Kronor(5_000),
            andel_upp_till_andra: Fraction::new(70, 100),
            andra_grans: Kronor(7_500),
        },
        source: "SFB 102 kap.; FK Bostadstillägg: 96 % up to 5 000 kr, 70 % of 5 000–7 500 kr, at most 6 550 kr (3 275 kr each for a couple); FK news 2021-12-20 (from 2022-01-01)",
    }],
};
