//! The facts of the alternatives catalogue, each declared once (issue 12 item 5): its record
//! field, its reader in [`AlternativFakta`], its kind, what it means and the values a case
//! record may give. Everything else is generated from [`alternativ_fakta!`]: the trait, the test
//! fake [`KandaFakta`], and in `screen/record.rs` the `Field` list, the `Record`'s storage, how
//! each value is read and how a record answers the trait; `README.md`'s field table is checked
//! against it (`screen::record` tests). A new fact is one entry here, and the compiler then asks
//! for its question in `flows/alternativ.rs` (the self-test's `Svar`).
//! Not here: the conditions that read the facts (alternativ.rs), the parsing of a value
//! (screen/record.rs), the questions (flows/alternativ.rs).

use super::{Fact, Missing};

/// The most days a sick period can have in a record (a hundred years).
pub const MAX_SICK_DAYS: u32 = 36_500;
/// The most months a duration can have in a record (a hundred years).
pub const MAX_DURATION_MONTHS: u32 = 1_200;

/// The declaration: hands the table to the macro `$then`, which generates what it needs from
/// it.
///
/// `extra` are record fields that are not facts (the `Field` list has them, the trait does not).
/// Each fact is, in the order of the record's field list and the README's table:
///
/// ```text
/// /// what it means (the README's "Meaning", the first doc line everywhere)
/// /// more lines for the trait's reader only, if any
/// Variant record_field => reader: kind = "the README's Values";
/// ```
///
/// The kinds: `bool`, `date`, `kronor` (whole kronor), `whole(MAX)` (a whole number 0–MAX) and
/// `level` (a reduction as a [`super::Level`], `None` below a quarter). [`fakta_typ!`] gives a
/// kind's Rust type; the record reads a value by its kind.
macro_rules! alternativ_fakta {
    ($then:ident) => {
        $then! {
            extra {
                /// the case's id, copied to the output
                Id id = "any text (required)";
                /// the day this record is assessed for (overrides `--as-of`)
                AsOf as_of = "`YYYY-MM-DD`";
                /// the day sjukersättning or aktivitetsersättning was granted (read by `--profile informera`)
                SaAeGranted sa_ae_granted = "`YYYY-MM-DD`";
                /// sex as the register writes it, counted in the `--summary` report only
                Sex sex = "any text (at most 40 characters)";
                /// region (for example a län) as the register writes it, counted in the `--summary` report only
                Region region = "any text (at most 40 characters)";
            }
            facts {
                /// date of birth; must not be after the as-of day
                BirthDate birth_date => fodelsedatum: date = "`YYYY-MM-DD`";
                /// insured in Sweden (lives or works here); needed by every SFB benefit
                ///
                /// SFB 4–6 kap.
                InsuredInSweden insured_in_sweden => forsakrad: bool = "boolean";
                /// on sick leave now, with sjuklön or sjukpenning
                OnSickPay on_sick_pay => sjukpenning: bool = "boolean";
                /// days in the current sick period (day 1 is the first)
                SickDays sick_days => sjukdagar: whole($crate::rules::fakta::MAX_SICK_DAYS)
                    = "whole number 0–36 500";
                /// sjukpenning refused or stopped because the person can do normally occurring work
                SickPayDeniedNormalWork sick_pay_denied_normal_work => sjukpenning_nekad_normalt_arbete: bool
                    = "boolean";
                /// the injury or illness was caused by the work
                ///
                /// Arbetsskada, SFB 39 kap.
                WorkRelated work_related => arbetsrelaterad: bool = "boolean";
                /// reported as an arbetsskada (read, not used by any condition yet; the self-test uses it for next steps)
                InjuryReported injury_reported => skada_anmald: bool = "boolean";
                /// income from work before the injury (`350000`, `350 000`, `350 000 kr`)
                ///
                /// Per year.
                IncomeBefore income_before => inkomst_fore: kronor = "whole kronor per year";
                /// income the person can earn after the injury
                ///
                /// Per year.
                IncomeAfter income_after => inkomst_efter: kronor = "whole kronor per year";
                /// reduction of work capacity (also `0,25` or `1/4`); `0` is less than a quarter
                ///
                /// `None` for less than a quarter.
                CapacityReduction capacity_reduction => nedsattning: level = "`0`, `0.25`, `0.5`, `0.75`, `1`";
                /// months, from the as-of day, the reduction or income loss is expected to last
                ExpectedDurationMonths expected_duration_months => varaktighet_manader:
                    whole($crate::rules::fakta::MAX_DURATION_MONTHS) = "whole number 0–1 200";
                /// the reduction is stadigvarande (no treatment or rehabilitation expected to help)
                Permanent permanent => stadigvarande: bool = "boolean";
                /// has not finished compulsory or upper-secondary school because of a disability
                SchoolIncompleteDueToDisability school_incomplete_due_to_disability => skolgang_forlangd: bool
                    = "boolean";
                /// pregnant
                Pregnant pregnant => gravid: bool = "boolean";
                /// expected date of birth
                DueDate due_date => beraknad_forlossning: date = "`YYYY-MM-DD`";
                /// physically demanding work that is hard to do because of the pregnancy
                PhysicallyDemandingJob physically_demanding_job => fysiskt_anstrangande_arbete: bool = "boolean";
                /// must stay away from work for treatment that prevents or shortens illness
                PreventiveTreatment preventive_treatment => forebyggande_behandling: bool = "boolean";
                /// an illness likely to cause more than 10 sick periods a year or periods longer than 28 days
                FrequentOrLongSickness frequent_or_long_sickness => ofta_eller_lange_sjuk: bool = "boolean";
                /// needs aids at work because of illness or disability
                NeedsWorkAids needs_work_aids => behover_arbetshjalpmedel: bool = "boolean";
                /// has sjukersättning or aktivitetsersättning now
                HasSaOrAe has_sa_or_ae => har_sa_eller_ae: bool = "boolean";
                /// has aktivitetsersättning now, or had it until it ended the month before the 30th birthday
                HasAe has_ae => har_ae: bool = "boolean";
                /// has applied for bostadstillägg
                AppliedHousingSupplement applied_housing_supplement => sokt_bostadstillagg: bool = "boolean";
                /// unemployed (no job and no business of one's own)
                Unemployed unemployed => arbetslos: bool = "boolean";
                /// takes part in vocational (arbetslivsinriktad) rehabilitation
                InRehabilitation in_rehabilitation => i_rehabilitering: bool = "boolean";
                /// can do the work, but the illness stops the usual way of travelling to and from it
                ///
                /// SFB 27 kap. 5 §: arbetsresor instead of sjukpenning.
                TravelToWorkHindered travel_to_work_hindered => resor_hindrade: bool = "boolean";
                /// the work environment carries a risk for the pregnancy and the employer cannot move the person to other work
                ///
                /// SFB 10 kap. 3 §: a ban on the work (arbetsmiljölagen) gives graviditetspenning.
                WorkEnvironmentRisk work_environment_risk => risk_i_arbetsmiljon: bool = "boolean";
                /// has a sjukpenninggrundande inkomst (SGI): an income from work expected for at least six months
                ///
                /// SFB 25 kap. 3 §: at least 24 % of the prisbasbelopp a year.
                HasSgi has_sgi => har_sgi: bool = "boolean";
                /// sjukpenning or sjuklön has ended: the sick period is over, or sjukpenning was stopped or refused
                SickPayEnded sick_pay_ended => sjukpenning_upphort: bool = "boolean";
                /// an application for sjukersättning or aktivitetsersättning was refused (avslag)
                ///
                /// SFB 113 kap. 7, 19 §§: omprövning may be asked within two months.
                SaAeRefused sa_ae_refused => sa_ae_avslag: bool = "boolean";
            }
        }
    };
}
pub(crate) use alternativ_fakta;

/// The Rust type of a fact's kind (see [`alternativ_fakta!`]).
macro_rules! fakta_typ {
    (bool) => {
        bool
    };
    (date) => {
        $crate::domain::Date
    };
    (kronor) => {
        $crate::domain::Kronor
    };
    (whole) => {
        u32
    };
    (level) => {
        Option<$crate::rules::Level>
    };
}
pub(crate) use fakta_typ;

/// Generates the trait and the test fake from the declaration.
macro_rules! trait_och_fake {
    (
        extra { $($extra:tt)* }
        facts { $(
            #[doc = $meaning:literal] $(#[doc = $more:literal])*
            $variant:ident $field:ident => $reader:ident : $kind:ident $(($max:expr))? = $values:literal;
        )* }
    ) => {
        /// The facts the catalogue reads. A self-test answers them from questions; a case record
        /// from fields. Each returns [`Missing`] when the fact is not known. Declared in
        /// [`alternativ_fakta!`].
        pub trait AlternativFakta {
            $(
                #[doc = $meaning] $(#[doc = $more])*
                fn $reader(&mut self) -> Fact<fakta_typ!($kind)>;
            )*
        }

        /// Facts set by hand, each unknown (`None`) until set: the test fake of the catalogue
        /// (its unit tests, `tests/agreement_rules.rs`). A missing fact is named by its record
        /// field, as a case record names it.
        #[derive(Clone, Copy, Debug, Default, PartialEq)]
        pub struct KandaFakta {
            $(
                #[doc = $meaning]
                pub $reader: Option<fakta_typ!($kind)>,
            )*
        }

        impl AlternativFakta for KandaFakta {
            $(
                fn $reader(&mut self) -> Fact<fakta_typ!($kind)> {
                    self.$reader.ok_or(Missing(stringify!($field)))
                }
            )*
        }
    };
}

alternativ_fakta!(trait_och_fake);
