//! The `informera` profile's part of a screening line (issue 14): `"flags":[…]`, one object per
//! benefit or route the person should be told about (`rules::informera`), with the indicator
//! that fired, how sure it is, the law, a note for the case file, a paragraph for a letter (plain
//! Swedish and lättläst) and a link into the citizen self-test with the record's facts filled in.
//!
//! ```text
//! {"benefit":"sjukersattning","indicator":"lang-sjukperiod","detail":"dag=420 fran=366 alder=57",
//!  "sure":"should-be-informed","reason":"…","law":"SFB 33 kap. 5–6 §§","note":"…","letter":"…",
//!  "letter_lattlast":"…","link":"https://…#sjalvtest=…"}
//! ```
//!
//! The link carries only what the record already holds, in the URL fragment as a share link
//! does (never sent to a server); it opens the alternatives self-test, which covers every entry.
//! Not here: the indicators (rules/informera.rs), the words (i18n/informera.rs).

use super::{json_str, Record};
use crate::domain::Date;
use crate::flow::{Saved, SAVED_FORMAT};
use crate::i18n::{informera as words, Lang, Render};
use crate::rules::alternativ as alt;
use crate::rules::informera::{informera, Flagga};

/// Which question the screening answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Profile {
    /// Does the catalogue's condition hold (the default): `suggestions` and `not_assessed`.
    #[default]
    Behorighet,
    /// Who should be told about what: also `flags`.
    Informera,
}

impl Profile {
    /// `behorighet` or `informera`, as `--profile` takes it.
    pub fn from_name(name: &str) -> Option<Profile> {
        match name {
            "behorighet" => Some(Profile::Behorighet),
            crate::rules::informera::PROFIL => Some(Profile::Informera),
            _ => None,
        }
    }
}

/// The self-test a flag's link opens.
pub const LINK_TEST: &str = "alternativ";

/// The link into the self-test with the record's facts filled in.
pub fn link(base: &str, record: &mut Record, as_of: Date) -> String {
    let answers = crate::flows::alternativ::answers_from(record);
    let saved = Saved {
        format: SAVED_FORMAT,
        test: LINK_TEST.to_string(),
        as_of: as_of.to_string(),
        rules: crate::RULES_VERSION.to_string(),
        answers: answers.into_iter().map(|(q, a)| (q.to_string(), a)).collect(),
        at: None,
    };
    // The page names its self-test in the query (`?test=…`, as the demo page and embed.html
    // do), unless the base already names one.
    let base = base.split('#').next().unwrap_or_default();
    let query = base.split_once('?').map_or("", |(_, q)| q);
    let test = if query.split('&').any(|p| p.starts_with("test=")) {
        String::new()
    } else {
        format!("{}test={LINK_TEST}", if base.contains('?') { "&" } else { "?" })
    };
    format!("{base}{test}#{}={}", crate::api::LINK_KEY, crate::api::to_link(&saved))
}

/// Writes `,"flags":[…]` for a record read without errors (an empty list for one with errors),
/// and puts the benefit ids it flags in `benefits` (for the report).
pub fn write(
    o: &mut Vec<u8>,
    record: Option<&mut Record>,
    as_of: Date,
    link_base: &str,
    benefits: &mut Vec<&'static str>,
) {
    o.extend_from_slice(b",\"flags\":[");
    benefits.clear();
    if let Some(record) = record {
        let flags = informera(record, as_of, record.sa_ae_granted);
        benefits.extend(flags.iter().map(|f| f.formon.id()));
        let link = if flags.is_empty() { String::new() } else { link(link_base, record, as_of) };
        for (i, f) in flags.iter().enumerate() {
            if i > 0 {
                o.push(b',');
            }
            flag(o, f, as_of, &link);
        }
    }
    o.push(b']');
}

fn flag(o: &mut Vec<u8>, f: &Flagga, as_of: Date, link: &str) {
    let machine = crate::domain::machine::line(&f.indikator);
    let (indicator, detail) = machine.split_once(' ').unwrap_or((&machine, ""));
    let fields: [(&str, String); 10] = [
        ("benefit", f.formon.id().to_string()),
        ("indicator", indicator.to_string()),
        ("detail", detail.to_string()),
        ("sure", words::sure_key(f.sakerhet).to_string()),
        ("reason", words::why(&f.indikator, as_of).render(Lang::Sv)),
        ("law", alt::post(f.formon).map(|p| p.lag.to_string()).unwrap_or_default()),
        ("note", words::note(f, as_of).render(Lang::Sv)),
        ("letter", words::letter(f.formon).render(Lang::Sv)),
        ("letter_lattlast", words::letter(f.formon).render(Lang::SvLattlast)),
        ("link", link.to_string()),
    ];
    o.push(b'{');
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        json_str(o, k);
        o.push(b':');
        json_str(o, v);
    }
    o.push(b'}');
}
