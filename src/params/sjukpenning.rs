//! Sjukpenning figures (SFB 25–28 kap., 10 kap. for graviditetspenning, 28 a kap.).
//! The SGI floor and caps are stored as shares or multiples of the prisbasbelopp, as the law
//! writes them; the yearly maxima and minima are derived in `rules/sjukpenning.rs`.
//! Sources: RULES.md P2 and P5.

use super::{Dated, Param, Table};
use crate::domain::{ym, Fraction, Kronor};

/// An income below this share of the prisbasbelopp gives no SGI (SFB 26 kap. 3 §: "24 procent";
/// docs/law-notes.md Q9 corrects the 25 kap. 3 § this file first cited).
pub static SGI_GOLV: Table<Fraction> = Table {
    param: Param::SgiGolv,
    rows: &[Dated {
        from: ym(2019, 1),
        until: ym(2027, 1),
        value: Fraction::new(24, 100),
        source: "SFB 26 kap. 3 §; FK Aktuella belopp 2021–2023 reproduce it",
    }],
};

/// The highest SGI for sjukpenning, rehabiliteringspenning and others, × PBB
/// (SFB 25 kap. 5 §).
pub static SGI_TAK: Table<Fraction> = Table {
    param: Param::SgiTak,
    rows: &[
        Dated {
            from: ym(2018, 7),
            until: ym(2022, 1),
            value: Fraction::whole(8),
            source: "SFB 25 kap. 5 § (8 PBB from 2018-07-01); FK Aktuella belopp historik 2021",
        },
        Dated {
            from: ym(2022, 1),
            until: ym(2027, 1),
            value: Fraction::whole(10),
            source: "SFS 2021:1240 (10 PBB from 2022-01-01); FK Aktuella belopp 2022",
        },
    ],
};

/// The highest SGI for graviditetspenning, × PBB: it stayed at 7,5 when the sjukpenning cap
/// rose (SFB 10 kap. 11 § as amended by SFS 2021:1240).
pub static GRAVIDITETSPENNING_SGI_TAK: Table<Fraction> = Table {
    param: Param::GraviditetspenningSgiTak,
    rows: &[Dated {
        from: ym(2019, 1),
        until: ym(2027, 1),
        value: Fraction::new(15, 2),
        source: "SFB 10 kap. 11 §; SFS 2021:1240",
    }],
};

/// The highest full sjukpenning per day for an unemployed job seeker (SFB 28 kap. 7 a §).
/// Seen 2021–2023 only; later years are "not yet known" until a source is found.
pub static ARBETSSOKANDE_TAK: Table<Kronor> = Table {
    param: Param::ArbetssokandeTak,
    rows: &[Dated {
        from: ym(2021, 1),
        until: ym(2024, 1),
        value: Kronor(543),
        source: "FK Aktuella belopp 2021, 2022, 2023; FK Sjukpenning för arbetssökande",
    }],
};

/// Sjukpenning i särskilda fall, full level, per day: a fixed amount in law, not tied to PBB
/// (SFB 28 a kap.).
pub static SJUKPENNING_SARSKILDA_FALL: Table<Kronor> = Table {
    param: Param::SjukpenningSarskildaFall,
    rows: &[
        Dated {
            from: ym(2019, 1),
            until: ym(2025, 1),
            value: Kronor(160),
            source: "SFB 28 a kap.; FK Sjukpenning i särskilda fall",
        },
        Dated {
            from: ym(2025, 1),
            until: ym(2027, 1),
            value: Kronor(230),
            source: "AFA Aktuellt sjukdom 2025 (raised from 2025-01-01)",
        },
    ],
};
