//! Pension-linked age limits (RULES.md §0.3, notes on SFB 2 kap. 10 a–10 c §§). They moved by
//! a year on 2023-01-01 and follow the riktålder for pension from 2026. The riktålder is fixed
//! per calendar year, six years ahead.

use super::{Dated, Param, Table};
use crate::domain::ym;

/// The age at which sjukersättning stops, by the calendar year in which the person would reach
/// it: paid through the month before the month the person turns this age (SFB 33 kap. 16 §).
// LEGAL-QUESTION: the limit is read for the year in which the birthday falls (as
// Pensionsmyndigheten applies the riktålder), so a person who turns 66 in 2026 keeps
// sjukersättning to the month before 67. The 2026 wording of 33 kap. 16 § and the transition
// rule in 2 kap. 10 c § were not found in full. Pinned by
// `sjukersattning_limit_follows_the_year_of_the_birthday`.
pub static SJUKERSATTNING_SLUTALDER: Table<i32> = Table {
    param: Param::SjukersattningSlutalder,
    rows: &[
        Dated {
            from: ym(2019, 1),
            until: ym(2023, 1),
            value: 65,
            source: "SFB 33 kap. 16 § before 2023 (Dagens PS: 65 for birthdays in 2022)",
        },
        Dated {
            from: ym(2023, 1),
            until: ym(2026, 1),
            value: 66,
            source: "SFB 33 kap. 16 § in force 2022-12-01 (Vägledning 2013:1 ch. 3)",
        },
        Dated {
            from: ym(2026, 1),
            until: ym(2030, 1),
            value: 67,
            source: "riktålder 67: förordning 2019:780 (2026), 2022:1441 (2028); Pensionsmyndigheten (2027, 2029)",
        },
    ],
};
