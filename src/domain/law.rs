//! References to the law: "SFB 41 kap. 2 §", with a link to the paragraph on lagen.nu.
//!
//! Every rule step carries one, so a lawyer can check the code against the statute and a case
//! handler can see why a result came out as it did. Not here: the wording of the rules (i18n).

use serde::{Serialize, Serializer};
use std::fmt;

/// Which statute a reference points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Law {
    /// Socialförsäkringsbalken (2010:110).
    Sfb,
    /// Another statute or ordinance, by its short name and SFS number.
    Other { name: &'static str, sfs: &'static str },
}

/// A chapter and one section (or a range, "8–10") of a statute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LawRef {
    pub law: Law,
    /// "33", "28 a"; empty for statutes without chapters.
    pub chapter: &'static str,
    /// "16", "49 a", "8–10".
    pub sections: &'static str,
}

/// SFB chapter and section(s): `sfb("41", "2")` is "SFB 41 kap. 2 §".
pub const fn sfb(chapter: &'static str, sections: &'static str) -> LawRef {
    LawRef { law: Law::Sfb, chapter, sections }
}

/// A section of a statute outside SFB, e.g. `other("sjuklönelagen", "1991:1047", "", "17")`.
pub const fn other(name: &'static str, sfs: &'static str, chapter: &'static str, sections: &'static str) -> LawRef {
    LawRef { law: Law::Other { name, sfs }, chapter, sections }
}

impl LawRef {
    fn plural(&self) -> bool {
        self.sections.contains(['–', ',', '-'])
    }

    /// A link to the paragraph on lagen.nu. Following it is the person's own navigation;
    /// the widget never fetches it.
    pub fn url(&self) -> String {
        let sfs = match self.law {
            Law::Sfb => "2010:110",
            Law::Other { sfs, .. } => sfs,
        };
        let first = self.sections.split(['–', ',', '-']).next().unwrap_or("").replace(' ', "");
        let chapter = self.chapter.split(['–', ',', '-']).next().unwrap_or("").replace(' ', "");
        if first.is_empty() && chapter.is_empty() {
            format!("https://lagen.nu/{sfs}")
        } else if first.is_empty() {
            format!("https://lagen.nu/{sfs}#K{chapter}")
        } else if self.chapter.is_empty() {
            format!("https://lagen.nu/{sfs}#P{first}")
        } else {
            format!("https://lagen.nu/{sfs}#K{chapter}P{first}")
        }
    }
}

impl fmt::Display for LawRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.plural() { "§§" } else { "§" };
        let name = match self.law {
            Law::Sfb => "SFB",
            Law::Other { name, .. } => name,
        };
        // A whole chapter or statute, when the section was not found: "SFB 31 kap.".
        match (self.chapter.is_empty(), self.sections.is_empty()) {
            (true, true) => write!(f, "{name}"),
            (false, true) => write!(f, "{name} {} kap.", self.chapter),
            (true, false) => write!(f, "{name} {} {mark}", self.sections),
            (false, false) => write!(f, "{name} {} kap. {} {mark}", self.chapter, self.sections),
        }
    }
}

impl Serialize for LawRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_like_the_law_and_link_to_lagen_nu() {
        assert_eq!(sfb("41", "2").to_string(), "SFB 41 kap. 2 §");
        assert_eq!(sfb("41", "8–10").to_string(), "SFB 41 kap. 8–10 §§");
        assert_eq!(sfb("28 a", "3").url(), "https://lagen.nu/2010:110#K28aP3");
        assert_eq!(sfb("34", "").to_string(), "SFB 34 kap.");
        assert_eq!(sfb("34", "").url(), "https://lagen.nu/2010:110#K34");
        let l = other("sjuklönelagen", "1991:1047", "", "17");
        assert_eq!(l.to_string(), "sjuklönelagen 17 §");
        assert_eq!(l.url(), "https://lagen.nu/1991:1047#P17");
    }

    #[test]
    fn a_reference_without_a_section_names_the_chapter_or_the_statute() {
        assert_eq!(sfb("31", "").to_string(), "SFB 31 kap.");
        assert_eq!(sfb("31", "").url(), "https://lagen.nu/2010:110#K31");
        assert_eq!(sfb("101–102", "").to_string(), "SFB 101–102 kap.");
        assert_eq!(sfb("101–102", "").url(), "https://lagen.nu/2010:110#K101");
        let f = other("förordning (1991:1046)", "1991:1046", "", "");
        assert_eq!(f.to_string(), "förordning (1991:1046)");
        assert_eq!(f.url(), "https://lagen.nu/1991:1046");
        assert_eq!(sfb("28 a", "3, 5").to_string(), "SFB 28 a kap. 3, 5 §§");
    }
}
