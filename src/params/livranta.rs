//! Arbetsskadelivränta figures (SFB 41 kap.): the cap on the livränteunderlag and the yearly
//! indexeringstal for omräkning. Sources: RULES.md §1.4–1.5 and P4.

use super::{Dated, Param, Table, HORIZON};
use crate::domain::{ym, Fraction};

/// The livränteunderlag is capped at 7,5 × PBB (SFB 41 kap. 8 §; FK: 393 750 kr in 2023).
pub static LIVRANTEUNDERLAG_TAK: Table<Fraction> = Table {
    param: Param::LivranteunderlagTak,
    rows: &[Dated {
        from: ym(2019, 1),
        until: HORIZON,
        value: Fraction::new(15, 2),
        source: "SFB 41 kap. 8 §; FK livränta page (393 750 kr for 2023)",
    }],
};

/// Indexeringstal for the yearly omräkning of a livränta, applied in January of the year
/// (SFB 41 kap. 21 §). Only the years we have a source for; any other year is "not yet known".
pub static INDEXERINGSTAL: Table<Fraction> = Table {
    param: Param::Indexeringstal,
    rows: &[
        Dated {
            from: ym(2021, 1),
            until: ym(2022, 1),
            value: Fraction::new(10_143, 10_000),
            source: "FK Aktuella belopp historik 2021",
        },
        Dated {
            from: ym(2022, 1),
            until: ym(2023, 1),
            value: Fraction::new(10_270, 10_000),
            source: "FK Aktuella belopp 2022",
        },
    ],
};
