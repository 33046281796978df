//! Words that need explaining (SGI, prisbasbelopp, antagandeinkomst …), each defined once in
//! `terms/*.ftl`: how the word starts in the texts (its forms), the question a person opens ("Vad
//! betyder SGI?") and the definition. [`find`] says which of them a page's texts use, so the
//! page can show the definition beside the text where the word first appears; the same
//! definition wherever it appears, in the person's language.

use super::{Lang, Render};
use crate::text::{self, Msg};

/// One word and its explanation.
pub struct Term {
    /// A stable id ("sgi"), for the page and the tests.
    pub key: &'static str,
    /// How the word starts in the texts, forms separated by " | ".
    pub forms: fn() -> Msg,
    pub question: fn() -> Msg,
    pub definition: fn() -> Msg,
}

/// Every word the self-tests explain, in the order a page lists them.
pub static TERMS: [Term; 9] = [
    Term { key: "sgi", forms: text::term_sgi_match, question: text::term_sgi_question, definition: text::term_sgi },
    Term {
        key: "prisbasbelopp",
        forms: text::term_prisbasbelopp_match,
        question: text::term_prisbasbelopp_question,
        definition: text::term_prisbasbelopp,
    },
    Term {
        key: "antagandeinkomst",
        forms: text::term_antagandeinkomst_match,
        question: text::term_antagandeinkomst_question,
        definition: text::term_antagandeinkomst,
    },
    Term {
        key: "livranteunderlag",
        forms: text::term_livranteunderlag_match,
        question: text::term_livranteunderlag_question,
        definition: text::term_livranteunderlag,
    },
    Term {
        key: "indexeringstal",
        forms: text::term_indexeringstal_match,
        question: text::term_indexeringstal_question,
        definition: text::term_indexeringstal,
    },
    Term {
        key: "garantiniva",
        forms: text::term_garantiniva_match,
        question: text::term_garantiniva_question,
        definition: text::term_garantiniva,
    },
    Term {
        key: "garantiersattning",
        forms: text::term_garantiersattning_match,
        question: text::term_garantiersattning_question,
        definition: text::term_garantiersattning,
    },
    Term {
        key: "inkomstrelaterad",
        forms: text::term_inkomstrelaterad_match,
        question: text::term_inkomstrelaterad_question,
        definition: text::term_inkomstrelaterad,
    },
    Term {
        key: "riktalder",
        forms: text::term_riktalder_match,
        question: text::term_riktalder_question,
        definition: text::term_riktalder,
    },
];

/// The terms `text` uses in `lang`: a word that starts with one of a term's forms, at the start
/// of a word (letter case does not matter: "SGI", "sgi:n", "Prisbasbeloppet").
pub fn find(text: &str, lang: Lang) -> impl Iterator<Item = &'static Term> + '_ {
    let hay: Vec<char> = text.chars().map(lower).collect();
    TERMS.iter().filter(move |t| {
        let forms = (t.forms)().render(lang);
        forms.split('|').map(str::trim).filter(|f| !f.is_empty()).any(|form| starts_a_word(&hay, form))
    })
}

fn starts_a_word(hay: &[char], form: &str) -> bool {
    let form: Vec<char> = form.chars().map(lower).collect();
    if form.is_empty() || form.len() > hay.len() {
        return false;
    }
    (0..=hay.len() - form.len()).any(|i| (i == 0 || !letter(hay[i - 1])) && hay[i..i + form.len()] == form[..])
}

/// A letter or digit: ASCII, or any character from À on (no Unicode tables in the wasm).
fn letter(c: char) -> bool {
    c.is_ascii_alphanumeric() || (u32::from(c) >= 0xC0 && c != '×' && c != '÷')
}

/// A letter of the Latin alphabets our languages use in lower case (A–Z, À–Þ); any other
/// character as it is. Not `char::to_lowercase`, whose Unicode tables would weigh on the wasm.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<&'static str> {
        find(text, lang).map(|t| t.key).collect()
    }

    #[test]
    fn a_term_is_found_at_the_start_of_a_word_in_any_letter_case() {
        assert_eq!(keys("Din SGI är 300 000 kr.", Lang::Sv), ["sgi"]);
        assert_eq!(keys("Prisbasbeloppet 58 800 kr och garantinivån", Lang::Sv), ["prisbasbelopp", "garantiniva"]);
        assert_eq!(keys("en inkomstrelaterade ersättningen", Lang::Sv), ["inkomstrelaterad"]);
        assert_eq!(keys("ÅSGI", Lang::Sv), Vec::<&str>::new(), "not inside a word");
        assert_eq!(keys("the price base amount", Lang::En), ["prisbasbelopp"]);
        assert!(keys("Sjukpenning per dag", Lang::Sv).is_empty());
    }

    #[test]
    fn every_term_has_its_words_in_every_language() {
        for t in &TERMS {
            for lang in Lang::EVERY {
                for m in [(t.forms)(), (t.question)(), (t.definition)()] {
                    assert!(!m.render(lang).trim().is_empty(), "{} in {}", t.key, lang.tag());
                }
            }
            assert!((t.definition)().lattlast().is_some(), "{}: a lättläst definition", t.key);
        }
    }

    #[test]
    fn lower_case_is_what_char_to_lowercase_makes_it() {
        for c in ('A'..='Z').chain('À'..='Þ').filter(|c| *c != '×') {
            assert_eq!(lower(c).to_string(), c.to_lowercase().collect::<String>(), "{c}");
        }
    }
}
