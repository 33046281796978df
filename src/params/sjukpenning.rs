//! Sjukpenning figures (SFB 25–28 kap., 10 kap. for graviditetspenning, 28 a kap.).
//! The SGI floor and caps are stored as shares or multiples of the prisbasbelopp, as the law
//! writes them; the yearly maxima and minima are derived in `rules/sjukpenning.rs`.
//! Sources: RULES.md P2 and P5.

use super::{Dated, Param, Table, HORIZON};
use crate::domain::{ym, Fraction, Kronor};

/// An income below this share of the prisbasbelopp gives no SGI: one of the conditions for SGI in
/// SFB 25 kap. 3 § ("Inkomsten måste kunna antas uppgå till minst 24 procent av prisbasbeloppet",
/// Vägledning 2004:5 ch. 2; docs/law-notes.md, issue 10, says why not 26 kap. 3 §).
pub static SGI_GOLV: Table<Fraction> = Table {
    param: Param::SgiGolv,
    rows: &[Dated {
        from: ym(2019, 1),
        until: HORIZON,
        value: Fraction::new(24, 100),
        source: "SFB 25 kap. 3 §; Vägledning 2004:5 ch. 2; FK Aktuella belopp 2021–2023 reproduce it",
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
            until: HORIZON,
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
        until: HORIZON,
        value: Fraction::new(15, 2),
        source: "SFB 10 kap. 11 §; SFS 2021:1240",
    }],
};

/// The highest full sjukpenning per day for an unemployed job seeker (SFB 28 kap.): a fixed
/// amount written in the law, not tied to the prisbasbelopp or to the a-kassa. Raised from 486
/// to 543 kr from 2015-09-07 (the government, May 2015: "höjs det högsta beloppet för sjukpenning
/// från 486 till 543 kronor per dag", 760 kr of a-kassa a day × 5/7) and unchanged since (FK via
/// Arbetet 2023-04-11: "fastslaget i lagtext och ändrades senast i september 2015"). No change
/// was found for 2024–2026, so the row runs to the end of our data; a later change is a new row.
pub static ARBETSSOKANDE_TAK: Table<Kronor> = Table {
    param: Param::ArbetssokandeTak,
    rows: &[Dated {
        from: ym(2019, 1),
        until: HORIZON,
        value: Kronor(543),
        source: "SFB 28 kap. (543 kr from 2015-09-07, regeringen.se 2015-05); FK via Arbetet 2023-04-11: unchanged since September 2015; FK Aktuella belopp 2021–2023",
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
            until: HORIZON,
            value: Kronor(230),
            source: "AFA Aktuellt sjukdom 2025 (raised from 2025-01-01)",
        },
    ],
};
