//! Dated parameters: every table walked month by month (exactly one row, no gap, no overlap),
//! and the derived yearly amounts checked against Försäkringskassan's published figures.

use sjalvtest::domain::{ym, YearMonth};
use sjalvtest::params::{all_tables, Param};
use sjalvtest::rules::aktuella_belopp::for_year;

/// Tables that do not cover every month 2019–2026, and why.
const PARTIAL: &[(Param, &str)] = &[
    (Param::Indexeringstal, "only 2021 and 2022 found"),
    (Param::BostadstillaggBand, "the bands are dated from 2022-01-01; when the earlier band began was not found"),
];

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
fn every_full_table_covers_2019_through_2026() {
    for table in all_tables() {
        if PARTIAL.iter().any(|(p, _)| *p == table.param()) {
            continue;
        }
        let spans = table.spans();
        let covers = |m: YearMonth| spans.iter().any(|(f, u, _)| *f <= m && m < *u);
        assert!(covers(ym(2019, 1)) && covers(ym(2026, 12)), "{:?} does not cover 2019–2026", table.param());
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
    assert!(for_year(2027).is_err());
}

#[test]
fn belopp_derives_the_new_figures_for_each_year() {
    // The job-seeker cap (543 kr, fixed in law since September 2015), sjukpenning i särskilda fall
    // (160 kr, 230 kr from 2025-01-01) and the highest bostadstillägg (FK: 6 550 kr alone, 3 275 kr
    // each for a couple, from 2022) by year; the years without a figure say so.
    for year in 2019..=2026 {
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
