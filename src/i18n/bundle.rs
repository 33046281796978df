//! The words at run time: one compiled bundle per language (build/ftl.rs writes them), and the
//! small interpreter that renders a [`text::Msg`] with it. Native builds embed every bundle; the
//! browser build is handed the one bundle its page needs (`set`), so a page downloads only its
//! language. A bundle is checked against the build's fingerprint before it is used, and every
//! read is bounds-checked: a damaged bundle renders less, never panics.
//! Not here: formatting one value (`format.rs`).

use super::{format as f, Lang};
use crate::text::{self, Arg, Msg};
use std::cell::RefCell;

/// Why a bundle was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not a bundle, or from a build with other messages.
    WrongBuild,
    /// A language tag we do not have.
    UnknownLanguage,
}

/// Where a language's bundle is kept, in `Lang::EVERY` order.
fn slot(lang: Lang) -> usize {
    Lang::EVERY.iter().position(|l| *l == lang).unwrap_or(0)
}

thread_local! {
    static LOADED: RefCell<Vec<Option<Box<[u8]>>>> = RefCell::new(vec![None; Lang::EVERY.len()]);
}

/// Hands the bundle for `tag` to the renderer (the browser build; native builds embed them).
pub fn set(tag: &str, bytes: Vec<u8>) -> Result<Lang, BundleError> {
    let lang = Lang::EVERY.into_iter().find(|l| l.tag() == tag).ok_or(BundleError::UnknownLanguage)?;
    let bytes = if bytes.get(0..4) == Some(b"SJTV".as_slice()) {
        unpack(&bytes).ok_or(BundleError::WrongBuild)?
    } else {
        bytes
    };
    if !valid(&bytes) {
        return Err(BundleError::WrongBuild);
    }
    LOADED.with(|l| {
        if let Some(s) = l.borrow_mut().get_mut(slot(lang)) {
            *s = Some(bytes.into_boxed_slice());
        }
    });
    Ok(lang)
}

/// Whether the words for `lang` are there to render with.
pub fn has(lang: Lang) -> bool {
    embedded(lang).is_some() || LOADED.with(|l| l.borrow().get(slot(lang)).is_some_and(Option::is_some))
}

#[cfg(any(not(target_arch = "wasm32"), feature = "embed-texts"))]
fn embedded(lang: Lang) -> Option<&'static [u8]> {
    text::BUNDLES.iter().find(|(tag, _)| *tag == lang.tag()).map(|(_, b)| *b)
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "embed-texts")))]
fn embedded(_: Lang) -> Option<&'static [u8]> {
    None
}

/// A downloaded bundle (`SJTV`: each message's length as a LEB128 varint, build/ftl.rs `pack`)
/// back in the form [`pattern`] reads (`SJTX`: u32 offsets); `None` when it is cut short.
fn unpack(b: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(read_u16(b, 8)?);
    let mut out = Vec::with_capacity(b.len() + 3 * count);
    out.extend_from_slice(b"SJTX");
    out.extend_from_slice(b.get(4..10)?);
    let (mut at, mut offset) = (10, 0u32);
    out.extend_from_slice(&offset.to_le_bytes());
    for _ in 0..count {
        let (mut len, mut shift) = (0u32, 0);
        loop {
            let byte = *b.get(at)?;
            at += 1;
            len |= u32::from(byte & 0x7f).checked_shl(shift)?;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        offset = offset.checked_add(len)?;
        out.extend_from_slice(&offset.to_le_bytes());
    }
    let body = b.get(at..)?;
    (usize::try_from(offset).ok()? == body.len()).then_some(())?;
    out.extend_from_slice(body);
    Some(out)
}

fn valid(b: &[u8]) -> bool {
    b.get(0..4) == Some(b"SJTX".as_slice())
        && read_u32(b, 4) == Some(text::FINGERPRINT)
        && read_u16(b, 8).map(usize::from) == Some(text::COUNT)
}

fn read_u16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn read_u32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes([*b.get(at)?, *b.get(at + 1)?, *b.get(at + 2)?, *b.get(at + 3)?]))
}

/// The ops of message `id` in bundle `b`.
fn pattern(b: &[u8], id: u16) -> Option<&[u8]> {
    let count = usize::from(read_u16(b, 8)?);
    let i = usize::from(id);
    if i >= count {
        return None;
    }
    let base = 10 + 4 * (count + 1);
    let start = usize::try_from(read_u32(b, 10 + 4 * i)?).ok()?;
    let end = usize::try_from(read_u32(b, 10 + 4 * (i + 1))?).ok()?;
    b.get(base.checked_add(start)?..base.checked_add(end)?)
}

/// Renders `m` in `lang` into `out`: with the bundle handed over by [`set`] when there is one,
/// else with the embedded one.
pub fn render_into(m: &Msg, lang: Lang, out: &mut String) {
    let done = LOADED.with(|l| match l.borrow().get(slot(lang)) {
        Some(Some(b)) => {
            run(b, m, lang, out, 0);
            true
        }
        _ => false,
    });
    if !done {
        if let Some(b) = embedded(lang) {
            run(b, m, lang, out, 0);
        }
    }
}

pub fn render(m: &Msg, lang: Lang) -> String {
    let mut out = String::new();
    render_into(m, lang, &mut out);
    out
}

/// Nested messages deeper than this are not rendered (a guard; ours nest two deep).
const MAX_DEPTH: u8 = 8;

fn run(b: &[u8], m: &Msg, lang: Lang, out: &mut String, depth: u8) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(p) = pattern(b, m.id) {
        ops(b, p, &m.args, lang, out, depth);
    }
}

fn ops(b: &[u8], mut p: &[u8], args: &[Arg], lang: Lang, out: &mut String, depth: u8) {
    while let Some((&op, rest)) = p.split_first() {
        p = rest;
        match op {
            0 => {
                let Some(len) = read_u16(p, 0).map(usize::from) else { return };
                let Some(bytes) = p.get(2..2 + len) else { return };
                out.push_str(std::str::from_utf8(bytes).unwrap_or(""));
                p = p.get(2 + len..).unwrap_or(&[]);
            }
            1 => {
                let Some(&i) = p.first() else { return };
                if let Some(a) = args.get(usize::from(i)) {
                    arg(b, a, lang, out, depth);
                }
                p = p.get(1..).unwrap_or(&[]);
            }
            2 => {
                let (Some(&i), Some(&n)) = (p.first(), p.get(1)) else { return };
                p = p.get(2..).unwrap_or(&[]);
                let value = args.get(usize::from(i));
                let mut chosen: Option<&[u8]> = None;
                let mut fallback: Option<&[u8]> = None;
                for _ in 0..n {
                    let (Some(&flags), Some(&klen)) = (p.first(), p.get(1)) else { return };
                    let klen = usize::from(klen);
                    let Some(key) = p.get(2..2 + klen) else { return };
                    let Some(blen) = read_u16(p, 2 + klen).map(usize::from) else { return };
                    let Some(body) = p.get(4 + klen..4 + klen + blen) else { return };
                    p = p.get(4 + klen + blen..).unwrap_or(&[]);
                    if flags & 1 != 0 {
                        fallback = Some(body);
                    }
                    if chosen.is_none() && matches(value, flags, key) {
                        chosen = Some(body);
                    }
                }
                if let Some(body) = chosen.or(fallback) {
                    ops(b, body, args, lang, out, depth);
                }
            }
            _ => return,
        }
    }
}

/// Whether a variant key matches a value: a number key the same number, `one` the number 1
/// (Swedish and English plurals), a name key the same code.
fn matches(value: Option<&Arg>, flags: u8, key: &[u8]) -> bool {
    let key = std::str::from_utf8(key).unwrap_or("");
    match value {
        Some(Arg::Number(n)) if flags & 2 != 0 => key.parse::<i64>().ok() == Some(*n),
        Some(Arg::Number(n)) => key == "one" && *n == 1 || key == "other" && *n != 1,
        Some(Arg::Key(k)) => *k == key,
        _ => false,
    }
}

fn arg(b: &[u8], a: &Arg, lang: Lang, out: &mut String, depth: u8) {
    match a {
        Arg::Kronor(k) => out.push_str(&f::kronor(*k, lang)),
        Arg::Number(n) => out.push_str(&n.to_string()),
        Arg::Grouped(n) => out.push_str(&f::number(*n, lang)),
        Arg::Percent(p) => out.push_str(&f::percent(*p, lang)),
        Arg::PercentRounded(p) => out.push_str(&f::percent_rounded(*p, lang)),
        Arg::Factor(x) => out.push_str(&f::factor(*x, lang)),
        Arg::Month(m) => out.push_str(&f::month(*m, lang)),
        Arg::Date(d) => out.push_str(&f::date(*d, lang)),
        Arg::Key(k) => out.push_str(k),
        Arg::Msg(m) => run(b, m, lang, out, depth + 1),
        Arg::Verbatim(s) => out.push_str(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_its_placeholders_and_selects_by_plural() {
        assert_eq!(render(&text::years(12), Lang::Sv), "12 år");
        assert_eq!(render(&text::years(12), Lang::En), "12 years");
        assert_eq!(render(&text::months(1), Lang::Sv), "1 månad");
        assert_eq!(render(&text::months(5), Lang::Sv), "5 månader");
        assert_eq!(render(&text::months(1), Lang::En), "1 month");
        assert_eq!(render(&text::months(0), Lang::En), "0 months");
        // Lättläst without its own text is plain Swedish.
        assert_eq!(render(&text::months(5), Lang::SvLattlast), "5 månader");
    }

    #[test]
    fn the_pseudo_locales_are_longer_or_right_to_left() {
        let xa = render(&text::months(5), Lang::EnXa);
        assert!(xa.starts_with('[') && xa.ends_with(']'), "{xa}");
        assert!(xa.chars().count() > "5 months".len(), "{xa}");
        let xb = render(&text::months(5), Lang::ArXb);
        assert!(xb.contains('\u{202b}'), "{xb}");
    }

    /// The browser's bundles lack the command line's words (the screening's flags and report,
    /// build/ftl.rs `CLI_ONLY`) and keep every other word, so a page renders the same.
    #[test]
    fn the_browsers_bundles_leave_out_only_the_command_lines_words() {
        for ((tag, full), (web_tag, packed)) in text::BUNDLES.iter().zip(text::WEB_BUNDLES) {
            assert_eq!(tag, web_tag);
            let web = &unpack(packed).unwrap_or_default()[..];
            assert!(valid(web), "{tag}");
            let lang = Lang::EVERY.into_iter().find(|l| l.tag() == *tag).unwrap();
            let words = |b: &[u8], m: &Msg| {
                let mut out = String::new();
                run(b, m, lang, &mut out, 0);
                out
            };
            for m in [text::report_title(), text::report_legend()] {
                assert!(!words(full, &m).is_empty() && words(web, &m).is_empty(), "{tag}");
            }
            for m in [text::months(5), text::ui_continue()] {
                assert_eq!(words(web, &m), words(full, &m), "{tag}");
                assert!(!words(web, &m).is_empty());
            }
            assert!(web.len() + 2_000 < full.len(), "{tag}: {} of {}", web.len(), full.len());
        }
    }

    /// What the browser downloads unpacks to the bundle it was packed from, and a packed bundle
    /// cut short anywhere is refused, never read past its end.
    #[test]
    fn a_packed_bundle_unpacks_and_a_cut_one_is_refused() {
        let (_, packed) = text::WEB_BUNDLES.iter().find(|(t, _)| *t == "sv").unwrap();
        assert!(packed.starts_with(b"SJTV"));
        let full = unpack(packed).unwrap();
        assert!(valid(&full) && full.len() > packed.len());
        for cut in [5, 10, 11, packed.len() / 2, packed.len() - 1] {
            assert_eq!(unpack(&packed[..cut]), None, "cut at {cut}");
            assert_eq!(set("sv", packed[..cut].to_vec()), Err(BundleError::WrongBuild));
        }
        assert_eq!(set("sv", packed.to_vec()), Ok(Lang::Sv));
    }

    #[test]
    fn a_bundle_from_another_build_is_refused() {
        assert_eq!(set("sv", b"SJTX\0\0\0\0\0\0".to_vec()), Err(BundleError::WrongBuild));
        assert_eq!(set("xx", Vec::new()), Err(BundleError::UnknownLanguage));
        let good = text::BUNDLES.iter().find(|(t, _)| *t == "en").map(|(_, b)| b.to_vec()).unwrap_or_default();
        assert_eq!(set("en", good), Ok(Lang::En));
    }
}
