//! Dated parameters: every table walked month by month (exactly one row, no gap, no overlap),
//! each table's end checked against `KNOWN_THROUGH`, and the derived yearly amounts checked
//! against Försäkringskassan's published figures.

use sjalvtest::domain::{ym, YearMonth};
use sjalvtest::params::{all_tables, Param, HORIZON, KNOWN_THROUGH};
use sjalvtest::rules::aktuella_belopp::for_year;

/// Tables that do not cover every month from 2019 through `KNOWN_THROUGH`, and why.
const PARTIAL: &[(Param, &str)] = &[
    (Param::Indexeringstal, "only 2021 and 2022 found"),
    (Param::BostadstillaggBand, "the bands are dated from 2022-01-01; when the earlier band began was not found"),
];

/// How a table's last row ends, measured against `KNOWN_THROUGH`.
enum Ends {
    /// A figure decided per calendar year: one row per year, the last for `KNOWN_THROUGH`.
    Yearly,
    /// Decided per calendar year, but only the years named here were found; none after
    /// `KNOWN_THROUGH`.
    YearlyAsFound(&'static str),
    /// Fixed in law with no end: the last row runs to `HORIZON`, so a bump of `KNOWN_THROUGH`
    /// carries it into the new year (check first that the law did not change it).
    AtHorizon,
    /// An end of its own that the law or a decision gives, with the reason. Not moved by
    /// `KNOWN_THROUGH`.
    Own(&'static str),
}

/// Every table's end. No catch-all, so a new table does not compile here until it says which.
fn ends(param: Param) -> Ends {
    match param {
        Param::Prisbasbelopp | Param::Inkomstbasbelopp => Ends::Yearly,
        Param::Indexeringstal => Ends::YearlyAsFound("2021 and 2022; RULES.md P4: others not found"),
        Param::SgiGolv
        | Param::SgiTak
        | Param::GraviditetspenningSgiTak
        | Param::ArbetssokandeTak
        | Param::SjukpenningSarskildaFall
        | Param::Garantinivaer
        | Param::InkomstrelateradAndel
        | Param::AntagandeinkomstTak
        | Param::LivranteunderlagTak
        | Param::BostadstillaggBand => Ends::AtHorizon,
        Param::SjukersattningSlutalder => Ends::Own(
            "the riktålder is decided per calendar year six years ahead: 67 is decided through 2029, \
             and the rules answer later years by the law in force (params/alder.rs)",
        ),
    }
}

fn is_one_calendar_year(from: YearMonth, until: YearMonth) -> bool {
    from.month() == 1 && Some(until) == YearMonth::new(from.year() + 1, 1).ok()
}

#[test]
fn every_table_has_exactly_one_row_per_month() {
    for table in all_tables() {
        let spans = table.spans();
        assert!(!spans.is_empty(), "{:?} has no rows", table.param());
        let first = spans.iter().map(|s| s.0).min().unwrap();
        let last = spans.iter().map(|s| s.1).max().unwrap();
        let mut m = first;
        while m < last {
            let rows = spans.iter().filter(|(from, until, _)| *from <= m && m < *until).count();
            assert_eq!(rows, 1, "{:?}: {rows} rows apply in {m}", table.param());
            m = m.next().unwrap();
        }
        for (from, until, source) in &spans {
            assert!(from < until, "{:?}: empty period {from}..{until}", table.param());
            assert!(!source.trim().is_empty(), "{:?}: a row without a source", table.param());
        }
    }
}

#[test]
fn every_full_table_covers_2019_through_known_through() {
    for table in all_tables() {
        if PARTIAL.iter().any(|(p, _)| *p == table.param()) {
            continue;
        }
        let spans = table.spans();
        let covers = |m: YearMonth| spans.iter().any(|(f, u, _)| *f <= m && m < *u);
        assert!(
            covers(ym(2019, 1)) && covers(ym(KNOWN_THROUGH, 12)),
            "{:?} does not cover 2019–{KNOWN_THROUGH}",
            table.param()
        );
    }
}

#[test]
fn every_table_ends_where_known_through_says() {
    assert_eq!(HORIZON, ym(KNOWN_THROUGH + 1, 1));
    for table in all_tables() {
        let p = table.param();
        let spans = table.spans();
        let last_until = spans.iter().map(|s| s.1).max().unwrap();
        match ends(p) {
            Ends::Yearly => {
                one_row_per_calendar_year(p, &spans, "");
                assert_eq!(
                    last_until, HORIZON,
                    "{p:?}: the last row ends {last_until}, but KNOWN_THROUGH is {KNOWN_THROUGH}: add the row for \
                     {KNOWN_THROUGH} (ARCHITECTURE.md, \"A new year's figures\")"
                );
            }
            Ends::YearlyAsFound(found) => one_row_per_calendar_year(p, &spans, &format!(" (the years found: {found})")),
            Ends::AtHorizon => assert_eq!(
                last_until, HORIZON,
                "{p:?}: fixed in law with no end, so its last row runs `until: HORIZON`, not to {last_until}"
            ),
            // Not moved by KNOWN_THROUGH, but it must still reach the end of the known years.
            Ends::Own(why) => assert!(
                last_until > ym(KNOWN_THROUGH, 12),
                "{p:?} ends {last_until}, inside the known years (through {KNOWN_THROUGH}); its own end: {why}"
            ),
        }
    }
}

/// Every row is one calendar year, and none is after `KNOWN_THROUGH`. `found` says which years
/// a table has when it is not every year.
fn one_row_per_calendar_year(p: Param, spans: &[(YearMonth, YearMonth, &str)], found: &str) {
    for (from, until, _) in spans {
        assert!(is_one_calendar_year(*from, *until), "{p:?}: the row {from}..{until} is not one calendar year");
        assert!(
            from.year() <= KNOWN_THROUGH,
            "{p:?}: a row for {}, after KNOWN_THROUGH = {KNOWN_THROUGH}: bump KNOWN_THROUGH in src/params/mod.rs{found}",
            from.year()
        );
    }
}

fn check(year: i32, key: &str, expected: i64) {
    let amounts = for_year(year).unwrap();
    let value = amounts.rows().into_iter().find(|(k, _)| *k == key).map(|(_, v)| v.0);
    assert_eq!(value, Some(expected), "{key} for {year}");
}

#[test]
fn belopp_reproduces_fk_aktuella_belopp_2021() {
    check(2021, "prisbasbelopp", 47_600);
    check(2021, "sgi_max_sjukpenning", 380_800);
    check(2021, "sgi_min", 11_400);
    check(2021, "sjukpenning_max_per_day_80pct", 810);
}

#[test]
fn belopp_reproduces_fk_aktuella_belopp_2022() {
    check(2022, "sgi_min", 11_500);
    check(2022, "garanti_full_lt21_per_year", 119_784);
    check(2022, "garanti_full_lt21_per_month", 9_982);
    check(2022, "garanti_full_21to23_per_month", 10_183);
    check(2022, "garanti_full_23to25_per_month", 10_385);
    check(2022, "garanti_full_25to27_per_month", 10_586);
    check(2022, "garanti_full_27to29_per_month", 10_787);
    check(2022, "garanti_full_29to30_per_month", 10_988);
    check(2022, "garanti_full_30plus_per_year", 134_274);
    check(2022, "garanti_full_30plus_per_month", 11_190);
    check(2022, "ir_max_full_per_year", 234_376);
    check(2022, "ir_max_full_per_month", 19_531);
}

#[test]
fn belopp_reproduces_fk_aktuella_belopp_2023() {
    check(2023, "sgi_min", 12_600);
    check(2023, "sjukpenning_min_per_day_80pct", 27);
    check(2023, "ir_max_full_per_year", 254_756);
    check(2023, "ir_max_full_per_month", 21_230);
    check(2023, "livranta_max_per_year", 393_750);
}

#[test]
fn belopp_reproduces_the_worked_examples_2024_and_2025() {
    check(2024, "garanti_full_30plus_per_month", 13_275); // RULES.md §0.2
    check(2024, "graviditetspenning_max_per_day", 914); // E12
    check(2025, "sjukpenning_max_per_day_80pct", 1_250); // E2
    check(2025, "sjukpenning_max_per_day_75pct", 1_172); // E2
    check(2025, "garanti_full_lt21_per_month", 12_152); // E5
    check(2025, "garanti_full_21to23_per_month", 12_397); // E5
}

#[test]
fn a_year_without_figures_is_not_guessed() {
    assert!(for_year(2018).is_err());
    assert!(for_year(KNOWN_THROUGH).is_ok());
    assert!(for_year(KNOWN_THROUGH + 1).is_err());
}

#[test]
fn belopp_derives_the_new_figures_for_each_year() {
    // The job-seeker cap (543 kr, fixed in law since September 2015), sjukpenning i särskilda fall
    // (160 kr, 230 kr from 2025-01-01) and the highest bostadstillägg (FK: 6 550 kr alone, 3 275 kr
    // each for a couple, from 2022) by year; the years without a figure say so.
    for year in 2019..=KNOWN_THROUGH {
        check(year, "sjukpenning_max_per_day_unemployed", 543);
        check(year, "sjukpenning_sarskilda_fall_max_per_day", if year >= 2025 { 230 } else { 160 });
        let b = for_year(year).unwrap();
        let bts = (b.bostadstillagg_max_single_per_month, b.bostadstillagg_max_couple_each_per_month);
        if year >= 2022 {
            assert_eq!(bts, (Some(sjalvtest::domain::Kronor(6_550)), Some(sjalvtest::domain::Kronor(3_275))), "{year}");
        } else {
            assert_eq!(bts, (None, None), "{year}");
            assert!(b.not_known.iter().any(|(k, _)| *k == "bostadstillagg_max_single_per_month"), "{year}");
        }
        let index = b.livranta_indexeringstal.map(|f| (f.num(), f.den()));
        let expected = match year {
            2021 => Some((10_143, 10_000)),
            2022 => Some((10_270, 10_000)),
            _ => None,
        };
        assert_eq!(index.map(|(n, d)| n * 10_000 / d), expected.map(|(n, d)| n * 10_000 / d), "{year}");
        assert_eq!(b.not_known.iter().any(|(k, _)| *k == "livranta_indexeringstal"), expected.is_none(), "{year}");
    }
}
