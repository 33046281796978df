//! The words of the screening profile `informera` (`rules::informera`): why a record was
//! flagged, the note for the case file and the paragraph for a letter. The texts are in
//! `src/i18n/informera/`.

use crate::domain::Date;
use crate::rules::alternativ::{self as alt, Formon};
use crate::rules::informera::{Flagga, Indikator, Sakerhet};
use crate::text::{self, Msg};

/// Why the flag fired, from the indicator's values; `idag` is the day the record is assessed for.
pub fn why(i: &Indikator, idag: Date) -> Msg {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    match *i {
        Indikator::ArbetsskadaNekadDag181 => text::inf_why_arbetsskada_nekad_dag_181(),
        Indikator::ArbetsskadaLangSjukperiod { dag, fran } => text::inf_why_arbetsskada_lang_sjukperiod(dag, fran),
        Indikator::LangSjukperiod { dag, fran, alder } => text::inf_why_lang_sjukperiod(alder, dag, fran),
        Indikator::NekadNormaltArbete => text::inf_why_nekad_normalt_arbete(),
        Indikator::NaraDag181 { dag, .. } => text::inf_why_nara_dag_181(dag),
        Indikator::AeSlutarVid30 { manader, .. } => text::inf_why_ae_slutar(yes_no(manader <= 0), manader),
        Indikator::BeviljadUtanBostadstillagg { manader, .. } => {
            text::inf_why_beviljad_utan_bts(yes_no(manader.is_some()), manader.unwrap_or(0))
        }
        Indikator::Graviditet { dagar, .. } => match idag.plus_days(dagar) {
            Some(from) => text::inf_why_graviditet(from),
            None => text::inf_why_graviditet(idag),
        },
        Indikator::UpprepadeSjukperioder => text::inf_why_upprepade_sjukperioder(),
        Indikator::SjukskrivenMedArbetsgivare { dag, .. } => text::inf_why_sjukskriven_med_arbetsgivare(dag),
    }
}

/// The select key of [`text::inf_sure`].
pub fn sure_key(s: Sakerhet) -> &'static str {
    match s {
        Sakerhet::MayBeEligible => "may-be-eligible",
        Sakerhet::ShouldBeInformed => "should-be-informed",
    }
}

/// The note for the case file: how sure, the benefit and its law, and why.
pub fn note(f: &Flagga, idag: Date) -> Msg {
    let law = alt::post(f.formon).map(|p| p.lag.to_string()).unwrap_or_default();
    text::inf_note(f.formon.id(), text::Arg::Verbatim(law), sure_key(f.sakerhet), why(&f.indikator, idag))
}

/// The paragraph for a letter to the person (it has a lättläst text).
pub fn letter(formon: Formon) -> Msg {
    match formon {
        Formon::Aktivitetsersattning => text::inf_letter_aktivitetsersattning(),
        Formon::Sjukersattning => text::inf_letter_sjukersattning(),
        Formon::Bostadstillagg => text::inf_letter_bostadstillagg(),
        Formon::SjukpenningSarskildaFall => text::inf_letter_sjukpenning_sarskilda_fall(),
        Formon::RehabiliteringspenningSarskildaFall => text::inf_letter_rehabiliteringspenning_sarskilda_fall(),
        Formon::Omstallningsmote => text::inf_letter_omstallningsmote(),
        Formon::ArbetsplatsinriktatRehabiliteringsstod => text::inf_letter_arbetsplatsinriktat_rehabiliteringsstod(),
        Formon::Arbetsskadelivranta => text::inf_letter_arbetsskadelivranta(),
        Formon::ForebyggandeSjukpenning => text::inf_letter_forebyggande_sjukpenning(),
        Formon::Rehabiliteringspenning => text::inf_letter_rehabiliteringspenning(),
        Formon::SarskiltHogriskskydd => text::inf_letter_sarskilt_hogriskskydd(),
        Formon::Arbetshjalpmedel => text::inf_letter_arbetshjalpmedel(),
        Formon::Graviditetspenning => text::inf_letter_graviditetspenning(),
        Formon::Arbetsresor => text::inf_letter_arbetsresor(),
        Formon::GraviditetspenningRisk => text::inf_letter_graviditetspenning_risk(),
        Formon::SjukpenningEfterAe => text::inf_letter_sjukpenning_efter_ae(),
        Formon::Arbetsloshetsersattning => text::inf_letter_arbetsloshetsersattning(),
        Formon::AfMoteEfterAvslag => text::inf_letter_af_mote_efter_avslag(),
    }
}
