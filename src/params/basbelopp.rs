//! Prisbasbelopp and inkomstbasbelopp (SFB 2 kap. 6–8 §§, 58 kap. 26–27 §§), fixed per
//! calendar year by the government. Sources: RULES.md PARAMETERS P1.

use super::{Dated, Param, Table};
use crate::domain::{ym, Kronor};

const fn year<T>(y: i32, value: T, source: &'static str) -> Dated<T> {
    Dated { from: ym(y, 1), until: ym(y + 1, 1), value, source }
}

/// Prisbasbelopp (PBB), SFB 2 kap. 6–7 §§. Almost every amount here is a multiple of it. One row
/// per year through `KNOWN_THROUGH` (src/params/mod.rs), none after it: `tests/params.rs` checks.
pub static PRISBASBELOPP: Table<Kronor> = Table {
    param: Param::Prisbasbelopp,
    rows: &[
        year(2019, Kronor(46_500), "ikem.se, 2019 års prisbasbelopp; arbetsgivaralliansen.se"),
        year(2020, Kronor(47_300), "revisi.se, prisbasbelopp 2020; SCB"),
        year(2021, Kronor(47_600), "SFS 2020:764; FK Aktuella belopp historik"),
        year(2022, Kronor(48_300), "SFS 2021:866"),
        year(2023, Kronor(52_500), "FK Aktuella belopp 2023; FK livränta page (7,5 PBB = 393 750 kr)"),
        year(2024, Kronor(57_300), "mintrygghet.se 2024"),
        year(2025, Kronor(58_800), "foretagarna.se; AFA försäkringshandboken 2025"),
        year(2026, Kronor(59_200), "SFS 2025:872"),
    ],
};

/// Inkomstbasbelopp (IBB), SFB 58 kap. 26–27 §§. Caps pension-qualifying income; used here only
/// to show the handler the year's figure. One row per year through `KNOWN_THROUGH`, like the PBB.
pub static INKOMSTBASBELOPP: Table<Kronor> = Table {
    param: Param::Inkomstbasbelopp,
    rows: &[
        year(2019, Kronor(64_400), "ikem.se; arbetsgivaralliansen.se 2018"),
        year(2020, Kronor(66_800), "finfa.se 2020"),
        year(2021, Kronor(68_200), "finfa.se 2020"),
        year(2022, Kronor(71_000), "ekonomionline.se"),
        year(2023, Kronor(74_300), "SFS 2022:1437"),
        year(2024, Kronor(76_200), "sakra.se 2024"),
        year(2025, Kronor(80_600), "Företagarna; AFA 2025"),
        year(2026, Kronor(83_400), "avtalat.se 2026 (one secondary source says 81 300)"),
    ],
};
