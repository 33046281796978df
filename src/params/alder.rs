//! Pension-linked age limits (RULES.md §0.3, notes on SFB 2 kap. 10 a–10 c §§). They moved by
//! a year on 2023-01-01 and follow the riktålder for pension from 2026. The riktålder is fixed
//! per calendar year, six years ahead.

use super::{Dated, Param, Table};
use crate::domain::ym;

/// The age limit of SFB 33 kap. 16 § in force for a month: sjukersättning is paid through the
/// month before the month the person turns this age, and the older-applicant rule of 33 kap.
/// 10 a § applies from five years before it. Rows are the law in force for each calendar month
/// (RULES.md corrections 3.2 and 3.3): 65 through 2022, 66 for 2023–2025 (in force 2022-12-01,
/// applied to benefit for time from 2023), the riktålder from 2026, decided per calendar year.
/// Years after the last row have no decided riktålder; the rules then answer what the law in
/// force gives (the latest decided riktålder) and name the open year.
// LEGAL-QUESTION: the limit for the end month is the one in force in the month of the birthday
// that reaches it, so a person who turns 66 in 2026 keeps sjukersättning to the month before 67
// (RULES.md 3.2: "Born 1960 → until the month before 67"). The 2026 wording of 33 kap. 16 § and
// the transition rule in 2 kap. 10 c § were not read in full. Pinned by
// `sjukersattning_limit_is_the_one_in_force_when_the_person_reaches_it`.
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
