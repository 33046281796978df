//! Sjukersättning and aktivitetsersättning figures (SFB 34–35 kap.): the garantinivå multipliers
//! by age band, the inkomstrelaterad share and the cap on the antagandeinkomst.
//! Sources: RULES.md §2.4 and P3.

use super::{Dated, Param, Table, HORIZON};
use crate::domain::{ym, Fraction};
use serde::Serialize;

/// The age bands of the garantinivå (SFB 35 kap. 18–19 §§). A band applies from and including
/// the month of the birthday that opens it until the month before the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aldersband {
    Under21,
    Fran21,
    Fran23,
    Fran25,
    Fran27,
    Fran29,
    /// Sjukersättning from the month of the 30th birthday.
    Fran30,
}

impl Aldersband {
    pub const ALL: [Aldersband; 7] = [
        Aldersband::Under21,
        Aldersband::Fran21,
        Aldersband::Fran23,
        Aldersband::Fran25,
        Aldersband::Fran27,
        Aldersband::Fran29,
        Aldersband::Fran30,
    ];

    /// The band for a person who has reached `age` (counting the birthday month as reached).
    pub fn for_age(age: i32) -> Aldersband {
        match age {
            i32::MIN..=20 => Aldersband::Under21,
            21..=22 => Aldersband::Fran21,
            23..=24 => Aldersband::Fran23,
            25..=26 => Aldersband::Fran25,
            27..=28 => Aldersband::Fran27,
            29 => Aldersband::Fran29,
            _ => Aldersband::Fran30,
        }
    }

    /// The birthday that opens the band; `None` for the first band.
    pub fn opens_at(self) -> Option<i32> {
        match self {
            Aldersband::Under21 => None,
            Aldersband::Fran21 => Some(21),
            Aldersband::Fran23 => Some(23),
            Aldersband::Fran25 => Some(25),
            Aldersband::Fran27 => Some(27),
            Aldersband::Fran29 => Some(29),
            Aldersband::Fran30 => Some(30),
        }
    }

    fn index(self) -> usize {
        match self {
            Aldersband::Under21 => 0,
            Aldersband::Fran21 => 1,
            Aldersband::Fran23 => 2,
            Aldersband::Fran25 => 3,
            Aldersband::Fran27 => 4,
            Aldersband::Fran29 => 5,
            Aldersband::Fran30 => 6,
        }
    }
}

/// Garantinivå for full ersättning and full försäkringstid, × PBB per year, one per band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Garantinivaer([Fraction; 7]);

impl Garantinivaer {
    pub fn for_band(&self, band: Aldersband) -> Fraction {
        self.0[band.index()]
    }
}

const fn hundredths(values: [i64; 7]) -> Garantinivaer {
    let mut out = [Fraction::ZERO; 7];
    let mut i = 0;
    while i < 7 {
        out[i] = Fraction::new(values[i], 100);
        i += 1;
    }
    Garantinivaer(out)
}

/// Garantinivåer (SFB 35 kap. 18–19 §§). The 2017 wording (2,15–2,45) was raised by 0,08 from
/// 2018-07-01 and by 0,25 from 2022-01-01.
pub static GARANTINIVAER: Table<Garantinivaer> = Table {
    param: Param::Garantinivaer,
    rows: &[
        Dated {
            from: ym(2018, 7),
            until: ym(2022, 1),
            value: hundredths([223, 228, 233, 238, 243, 248, 253]),
            source: "SFS 2016:1293 plus 0,08 from 2018-07-01; reproduces FK Aktuella belopp 2021",
        },
        Dated {
            from: ym(2022, 1),
            until: HORIZON,
            value: hundredths([248, 253, 258, 263, 268, 273, 278]),
            source: "SFS 2021:1240; reproduces FK Aktuella belopp 2022–2024; no later change found",
        },
    ],
};

/// Full inkomstrelaterad ersättning as a share of the antagandeinkomst (SFB 34 kap.; not 2 §,
/// which is the condition of one year with pensionsgrundande inkomst): 64,7 % since 2015-10-01.
pub static INKOMSTRELATERAD_ANDEL: Table<Fraction> = Table {
    param: Param::InkomstrelateradAndel,
    rows: &[Dated {
        from: ym(2015, 10),
        until: HORIZON,
        value: Fraction::new(647, 1000),
        source: "SFB 34 kap. (64,7 % from 2015-10-01); reproduces FK's maximum 2021–2024",
    }],
};

/// Each year's income in the antagandeinkomst counts up to 7,5 × PBB of that year, so the
/// antagandeinkomst is at most 7,5 × PBB (SFB 34 kap. 8–13 §§, as FK describes them; the single
/// section was not read).
pub static ANTAGANDEINKOMST_TAK: Table<Fraction> = Table {
    param: Param::AntagandeinkomstTak,
    rows: &[Dated {
        from: ym(2019, 1),
        until: HORIZON,
        value: Fraction::new(15, 2),
        source: "SFB 34 kap. 8–13 §§; 0,647 × 7,5 × PBB reproduces FK's published maximum 2021–2024",
    }],
};
