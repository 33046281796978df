//! The Fluent compiler, run by build.rs: reads every `<lang>.ftl` under `src/`, checks the
//! languages against each other and writes (1) Rust constructors, one per message, whose
//! parameters are the message's placeholders, and (2) one compact text bundle per language,
//! which the wasm is handed at run time (the browser) or embeds (native builds).
//!
//! A message missing in a language, a file missing for a language, a placeholder that differs
//! between Swedish and English, a reference to an unknown message or term, or Fluent syntax we do
//! not compile fails the build with the file and the message named.
//!
//! Supported Fluent: text, `{ $variable }`, message references `{ other-message }` and terms
//! `{ -term }` (both inlined here), string and number literals, and select expressions on a
//! variable (`{ $n -> [one] … *[other] … }`, number keys, plural categories `one`/`other`, or
//! identifiers matched against a string argument). Not supported (a build error): attributes,
//! functions, parametrized terms. The bundle format is read by `src/i18n/bundle.rs`.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The languages with their own files. `sv` and `en` are complete; `sv-lattlast` overrides
/// some Swedish messages (the rest falls back to `sv`).
pub const FILE_LANGS: [&str; 3] = ["sv", "en", "sv-lattlast"];

/// The bundles written: the three languages and two pseudo-locales made from English.
pub const BUNDLES: [&str; 5] = ["sv", "en", "sv-lattlast", "en-XA", "ar-XB"];

/// Folders (under `src/`) whose words only the command line uses: the screening's flags and its
/// report. The browser's bundles keep their messages' numbers but not their words, so a page
/// does not download them; native builds (and `embed-texts`) have every word.
pub const CLI_ONLY: [&str; 2] = ["i18n/informera", "i18n/report"];

/// The self-tests' own folders of words, and which of them each test reads (livränta also
/// estimates sjuk- or aktivitetsersättning with that test's rules, and shows their steps). The
/// browser's per-test wasm gets a bundle per language without the words of the folders here
/// its test does not read (message numbers kept, words left out); every other folder (the
/// widget, the sheet, the explained words, …) is in every bundle. tests/wording.rs renders every
/// scenario with its test's bundle and fails on a word left out that the test needs.
pub const FLOW_FOLDERS: [&str; 4] = ["i18n/aktivitet", "i18n/livranta", "i18n/sjukpenning", "i18n/alternativ"];
/// The prefix of each test folder's message ids: a message with it in a shared folder (what
/// would change a result, the timeline, the meeting sheet's questions) is that test's too.
pub const FLOW_PREFIXES: [&str; 4] = ["ae-", "lr-", "sp-", "alt-"];
pub const FLOW_READS: [(&str, &[&str]); 4] = [
    ("aktivitetsersattning", &["i18n/aktivitet"]),
    ("livranta", &["i18n/livranta"]),
    ("sjukpenning", &["i18n/sjukpenning"]),
    ("alternativ", &["i18n/alternativ"]),
];
/// Words a test borrows from another test's folder: (test, folder, Rust file under `src/`, its
/// functions): only the messages whose constructor those functions name (`text::ae_step_level`).
/// Livränta shows sjuk- or aktivitetsersättning's steps and failed conditions, whose words
/// `steg` and `failed` in `i18n/aktivitet.rs` choose; the questions, notes and next steps of that
/// self-test stay out of livränta's bundle. Without the file (the test trees of tests/ftl.rs),
/// the whole folder.
pub const FLOW_BORROWS: [(&str, &str, &str, &[&str]); 1] =
    [("livranta", "i18n/aktivitet", "i18n/aktivitet.rs", &["steg", "failed"])];

#[derive(Clone, Debug)]
enum Node {
    Text(String),
    Var(String),
    /// A message or term reference (terms keep their '-'); gone once resolved.
    Ref(String),
    Select {
        var: String,
        variants: Vec<(Key, bool, Vec<Node>)>,
    },
}

#[derive(Clone, Debug)]
enum Key {
    Number(i64),
    Name(String),
}

struct Entry {
    file: PathBuf,
    nodes: Vec<Node>,
}

/// One bundle per language: the language's tag and the bundle's bytes.
pub type Bundles = Vec<(&'static str, Vec<u8>)>;

pub struct Output {
    pub rust: String,
    /// Every word, per language: embedded in native builds.
    pub bundles: Bundles,
    /// The same without the [`CLI_ONLY`] words: what the browser's wasm with every self-test
    /// fetches.
    pub web_bundles: Bundles,
    /// Per self-test ([`FLOW_READS`]): its web bundles without the other tests' words, what
    /// the wasm made for that test fetches.
    pub flow_bundles: Vec<(&'static str, Bundles)>,
}

/// The text of `fn name(` in Rust `code` up to the end of its body (a `}` at the start of a
/// line); empty when there is no such function.
fn function_body<'a>(code: &'a str, name: &str) -> &'a str {
    let Some(start) = code.find(&format!("fn {name}(")) else { return "" };
    let rest = &code[start..];
    &rest[..rest.find("\n}").unwrap_or(rest.len())]
}

/// Whether Rust `code` names the constructor `text::<name>` (the whole name, not a longer one).
fn names_constructor(code: &str, name: &str) -> bool {
    let path = format!("text::{name}");
    code.match_indices(&path)
        .any(|(i, _)| !code[i + path.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
}

pub fn compile(src: &Path) -> Result<(Output, Vec<PathBuf>), String> {
    let mut files = Vec::new();
    find_ftl(src, &mut files);
    files.sort();
    let mut dirs: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let lang = f.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        if !FILE_LANGS.contains(&lang.as_str()) {
            return Err(format!("{}: a Fluent file is named after its language, one of {:?}", f.display(), FILE_LANGS));
        }
        dirs.entry(f.parent().map(Path::to_path_buf).unwrap_or_default()).or_default().insert(lang);
    }
    for (dir, langs) in &dirs {
        for need in ["sv", "en"] {
            if !langs.contains(need) {
                return Err(format!(
                    "{}: {need}.ftl is missing (every folder of texts has sv.ftl and en.ftl)",
                    dir.display()
                ));
            }
        }
    }
    // lang -> id -> entry (messages and terms; terms keep their leading '-')
    let mut by_lang: BTreeMap<&str, BTreeMap<String, Entry>> = BTreeMap::new();
    for f in &files {
        let lang = FILE_LANGS
            .iter()
            .copied()
            .find(|l| f.file_stem().and_then(|s| s.to_str()) == Some(*l))
            .ok_or_else(|| format!("{}: unknown language", f.display()))?;
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let res = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errs)| {
            let e = &errs[0];
            let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
            format!("{}:{line}: Fluent syntax error: {:?}", f.display(), e.kind)
        })?;
        let map = by_lang.entry(lang).or_default();
        for entry in res.body {
            let (id, value, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes.len()),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes.len()),
                _ => continue,
            };
            let at = format!("{}: {id}", f.display());
            if attrs > 0 {
                return Err(format!("{at}: attributes are not compiled; write a message of its own"));
            }
            let value = value.ok_or_else(|| format!("{at}: a message without a value"))?;
            let nodes = pattern(&value).map_err(|e| format!("{at}: {e}"))?;
            if map.contains_key(&id) {
                return Err(format!("{at}: written twice in {lang}"));
            }
            map.insert(id, Entry { file: f.clone(), nodes });
        }
    }
    let empty = BTreeMap::new();
    let sv = by_lang.get("sv").unwrap_or(&empty);
    let en = by_lang.get("en").unwrap_or(&empty);
    let ll = by_lang.get("sv-lattlast").unwrap_or(&empty);
    // Terms (`-name`) are private to a language, as in Fluent; messages must exist in both.
    for (id, e) in sv.iter().filter(|(id, _)| !id.starts_with('-')) {
        if !en.contains_key(id) {
            return Err(format!("{}: {id} has no English text (en.ftl)", e.file.display()));
        }
    }
    for (id, e) in en.iter().filter(|(id, _)| !id.starts_with('-')) {
        if !sv.contains_key(id) {
            return Err(format!("{}: {id} has no Swedish text (sv.ftl)", e.file.display()));
        }
    }
    for (id, e) in ll.iter().filter(|(id, _)| !id.starts_with('-')) {
        if !sv.contains_key(id) {
            return Err(format!("{}: {id} is lättläst for a message sv.ftl does not have", e.file.display()));
        }
    }
    // Inline references, per language (lättläst falls back to Swedish for what it references).
    let resolve_all = |primary: &BTreeMap<String, Entry>, fallback: Option<&BTreeMap<String, Entry>>| {
        let mut out: BTreeMap<String, Vec<Node>> = BTreeMap::new();
        for id in primary.keys().filter(|id| !id.starts_with('-')) {
            let mut stack = Vec::new();
            out.insert(id.clone(), resolve(id, primary, fallback, &mut stack)?);
        }
        Ok::<_, String>(out)
    };
    let sv_r = resolve_all(sv, None)?;
    let en_r = resolve_all(en, None)?;
    let ll_r = resolve_all(ll, Some(sv))?;
    let ids: Vec<&String> = sv_r.keys().collect();
    let mut placeholders: Vec<Vec<String>> = Vec::new();
    for id in &ids {
        let vs = vars(&sv_r[*id]);
        let ve = vars(&en_r[*id]);
        let file = sv.get(*id).map(|e| e.file.display().to_string()).unwrap_or_default();
        if vs != ve {
            return Err(format!("{file}: {id}: the placeholders differ: Swedish {vs:?}, English {ve:?}"));
        }
        if let Some(l) = ll_r.get(*id) {
            let vl = vars(l);
            if !vl.is_subset(&vs) {
                return Err(format!(
                    "{file}: {id}: lättläst uses placeholders Swedish does not have: {:?}",
                    vl.difference(&vs).collect::<Vec<_>>()
                ));
            }
        }
        placeholders.push(vs.into_iter().collect());
    }
    let fingerprint = {
        let mut h: u32 = 0x811c_9dc5;
        for (id, ps) in ids.iter().zip(&placeholders) {
            for b in id.bytes().chain([0]).chain(ps.iter().flat_map(|p| p.bytes().chain([1]))) {
                h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
            }
        }
        h
    };
    let rust = rust_code(&ids, &placeholders, fingerprint, &ll_r);
    let in_folder = |id: &str, folder: &str| {
        let file = sv.get(id).map(|e| e.file.as_path()).unwrap_or(Path::new(""));
        file.parent().is_some_and(|p| p.ends_with(folder))
    };
    let cli_only: Vec<bool> = ids.iter().map(|id| CLI_ONLY.iter().any(|d| in_folder(id, d))).collect();
    // For each test: whether a message is in a test's folder this test does not read.
    // A test folder's message: in the folder, or with its prefix in a shared folder.
    let of_test = |id: &str, folder: &str| {
        let prefix = FLOW_FOLDERS.iter().zip(FLOW_PREFIXES).find(|(d, _)| **d == folder).map(|(_, p)| p);
        in_folder(id, folder) || prefix.is_some_and(|p| id.starts_with(p))
    };
    // Each borrow's functions, read once: `None` without the file (the whole folder is borrowed).
    let borrow_code: Vec<Option<String>> = FLOW_BORROWS
        .iter()
        .map(|(_, _, file, fns)| {
            let code = std::fs::read_to_string(src.join(file)).ok()?;
            Some(fns.iter().map(|f| function_body(&code, f)).collect::<Vec<_>>().join("\n"))
        })
        .collect();
    let borrowed = |test: &str, id: &str| {
        FLOW_BORROWS
            .iter()
            .zip(&borrow_code)
            .filter(|((t, d, _, _), _)| *t == test && of_test(id, d))
            .any(|(_, code)| code.as_deref().is_none_or(|code| names_constructor(code, &id.replace('-', "_"))))
    };
    let others: Vec<Vec<bool>> = FLOW_READS
        .iter()
        .map(|(test, reads)| {
            ids.iter()
                .map(|id| FLOW_FOLDERS.iter().any(|d| !reads.contains(d) && of_test(id, d)) && !borrowed(test, id))
                .collect()
        })
        .collect();
    let mut bundles = Vec::new();
    let mut web_bundles = Vec::new();
    let mut flow_bundles: Vec<(&'static str, Bundles)> =
        FLOW_READS.iter().map(|(test, _)| (*test, Vec::new())).collect();
    for lang in BUNDLES {
        let patterns: Vec<Vec<Node>> = ids
            .iter()
            .map(|id| match lang {
                "sv" => sv_r[*id].clone(),
                "en" => en_r[*id].clone(),
                "sv-lattlast" => ll_r.get(*id).unwrap_or(&sv_r[*id]).clone(),
                "en-XA" => pseudo(&en_r[*id], Pseudo::Accented),
                _ => pseudo(&en_r[*id], Pseudo::RightToLeft),
            })
            .collect();
        bundles.push((lang, bundle(fingerprint, &patterns, &placeholders)?));
        let web: Vec<Vec<Node>> =
            patterns.into_iter().zip(&cli_only).map(|(p, &cli)| if cli { Vec::new() } else { p }).collect();
        for ((_, out), other) in flow_bundles.iter_mut().zip(&others) {
            let own: Vec<Vec<Node>> =
                web.iter().zip(other).map(|(p, &o)| if o { Vec::new() } else { p.clone() }).collect();
            out.push((lang, pack(&bundle(fingerprint, &own, &placeholders)?)));
        }
        web_bundles.push((lang, pack(&bundle(fingerprint, &web, &placeholders)?)));
    }
    Ok((Output { rust, bundles, web_bundles, flow_bundles }, files))
}

fn find_ftl(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            find_ftl(&p, out);
        } else if p.extension().is_some_and(|x| x == "ftl") {
            out.push(p);
        }
    }
}

fn pattern(p: &ast::Pattern<&str>) -> Result<Vec<Node>, String> {
    let mut out = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => expression_nodes(expression, &mut out)?,
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Node>, s: &str) {
    if let Some(Node::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else if !s.is_empty() {
        out.push(Node::Text(s.to_string()));
    }
}

fn expression_nodes(e: &ast::Expression<&str>, out: &mut Vec<Node>) -> Result<(), String> {
    match e {
        ast::Expression::Inline(i) => inline_nodes(i, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a select expression selects on a $variable only".into());
            };
            let mut vs = Vec::new();
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => Key::Name(name.to_string()),
                    ast::VariantKey::NumberLiteral { value } => {
                        Key::Number(value.parse().map_err(|_| format!("variant key {value} is not a whole number"))?)
                    }
                };
                vs.push((key, v.default, pattern(&v.value)?));
            }
            out.push(Node::Select { var: id.name.to_string(), variants: vs });
            Ok(())
        }
    }
}

fn inline_nodes(i: &ast::InlineExpression<&str>, out: &mut Vec<Node>) -> Result<(), String> {
    match i {
        ast::InlineExpression::StringLiteral { value } => {
            push_text(out, &unescape(value));
            Ok(())
        }
        ast::InlineExpression::NumberLiteral { value } => {
            push_text(out, value);
            Ok(())
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(Node::Var(id.name.to_string()));
            Ok(())
        }
        ast::InlineExpression::MessageReference { id, attribute: None } => {
            out.push(Node::Ref(id.name.to_string()));
            Ok(())
        }
        ast::InlineExpression::TermReference { id, attribute: None, arguments: None } => {
            out.push(Node::Ref(format!("-{}", id.name)));
            Ok(())
        }
        ast::InlineExpression::Placeable { expression } => expression_nodes(expression, out),
        ast::InlineExpression::FunctionReference { id, .. } => Err(format!("function {} is not compiled", id.name)),
        _ => Err("attributes and parametrized terms are not compiled".into()),
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = it.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

fn resolve(
    id: &str,
    map: &BTreeMap<String, Entry>,
    fallback: Option<&BTreeMap<String, Entry>>,
    stack: &mut Vec<String>,
) -> Result<Vec<Node>, String> {
    if stack.iter().any(|s| s == id) {
        return Err(format!("{id}: references itself through {stack:?}"));
    }
    let e = map.get(id).or_else(|| fallback.and_then(|f| f.get(id))).ok_or_else(|| {
        let from = stack.last().cloned().unwrap_or_default();
        format!("{from} references {id}, which does not exist")
    })?;
    stack.push(id.to_string());
    let mut out = Vec::new();
    for n in &e.nodes {
        resolve_node(n, map, fallback, stack, &mut out)?;
    }
    stack.pop();
    Ok(out)
}

fn resolve_node(
    n: &Node,
    map: &BTreeMap<String, Entry>,
    fallback: Option<&BTreeMap<String, Entry>>,
    stack: &mut Vec<String>,
    out: &mut Vec<Node>,
) -> Result<(), String> {
    match n {
        Node::Ref(target) => {
            for m in resolve(target, map, fallback, stack)? {
                match m {
                    Node::Text(s) => push_text(out, &s),
                    other => out.push(other),
                }
            }
        }
        Node::Text(t) => push_text(out, t),
        Node::Var(_) => out.push(n.clone()),
        Node::Select { var, variants } => {
            let mut vs = Vec::new();
            for (k, d, body) in variants {
                let mut b = Vec::new();
                for x in body {
                    resolve_node(x, map, fallback, stack, &mut b)?;
                }
                vs.push((k.clone(), *d, b));
            }
            out.push(Node::Select { var: var.clone(), variants: vs });
        }
    }
    Ok(())
}

fn vars(nodes: &[Node]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    fn walk(nodes: &[Node], out: &mut BTreeSet<String>) {
        for n in nodes {
            match n {
                Node::Text(_) | Node::Ref(_) => {}
                Node::Var(v) => {
                    out.insert(v.clone());
                }
                Node::Select { var, variants } => {
                    out.insert(var.clone());
                    for (_, _, b) in variants {
                        walk(b, out);
                    }
                }
            }
        }
    }
    walk(nodes, &mut out);
    out
}

#[derive(Clone, Copy)]
enum Pseudo {
    Accented,
    RightToLeft,
}

/// en-XA: every letter accented and the text about 40 % longer, inside brackets, so a layout that
/// breaks on longer words or a string that is not translated shows. ar-XB: the English text as
/// right-to-left runs (each text piece inside RLE … PDF), so a layout that assumes left-to-right shows.
fn pseudo(nodes: &[Node], how: Pseudo) -> Vec<Node> {
    fn text(s: &str, how: Pseudo) -> String {
        match how {
            Pseudo::Accented => {
                let mut out = String::new();
                let mut letters = 0;
                for c in s.chars() {
                    out.push(accent(c));
                    if c.is_alphabetic() {
                        letters += 1;
                    }
                }
                // About 40 % more: one extra character per two and a half letters.
                for i in 0..(letters * 2 / 5) {
                    out.push(if i % 5 == 4 { ' ' } else { '~' });
                }
                out
            }
            Pseudo::RightToLeft => format!("\u{202b}{s}\u{202c}"),
        }
    }
    let mut out: Vec<Node> = nodes
        .iter()
        .map(|n| match n {
            Node::Text(s) => Node::Text(text(s, how)),
            Node::Var(_) | Node::Ref(_) => n.clone(),
            Node::Select { var, variants } => Node::Select {
                var: var.clone(),
                variants: variants.iter().map(|(k, d, b)| (k.clone(), *d, pseudo(b, how))).collect(),
            },
        })
        .collect();
    if matches!(how, Pseudo::Accented) {
        out.insert(0, Node::Text("[".into()));
        out.push(Node::Text("]".into()));
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "aceginorsuwyzACEGINORSUWYZ";
    const TO: &str = "áçéğíñöŕšûŵýžÁÇÉĞÍÑÖŔŠÛŴÝŽ";
    FROM.chars().position(|x| x == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

// The bundle: b"SJTX", fingerprint (u32 LE), count (u16 LE), count + 1 offsets (u32 LE, from
// the start of the patterns), then the patterns. A pattern is a list of ops:
//   0x00 len:u16 bytes   text
//   0x01 i:u8            placeholder i (the message's placeholders in alphabetical order)
//   0x02 i:u8 n:u8 then n variants, each: flags:u8 (1 default, 2 number key, 4 name key)
//        keylen:u8 key bytes bodylen:u16 body ops
fn bundle(fingerprint: u32, patterns: &[Vec<Node>], placeholders: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    let mut offsets = Vec::new();
    for (p, ps) in patterns.iter().zip(placeholders) {
        offsets.push(body.len() as u32);
        ops(p, ps, &mut body)?;
    }
    offsets.push(body.len() as u32);
    let mut out = b"SJTX".to_vec();
    out.extend(fingerprint.to_le_bytes());
    out.extend((patterns.len() as u16).to_le_bytes());
    for o in offsets {
        out.extend(o.to_le_bytes());
    }
    out.extend(body);
    Ok(out)
}

/// A bundle as the browser downloads it: magic `SJTV` and each message's length as a LEB128
/// varint instead of the u32 offsets (most are zero or small, so it gzips about 5 % smaller);
/// `i18n::bundle::set` turns it back into the offsets.
fn pack(bundle: &[u8]) -> Vec<u8> {
    let count = usize::from(u16::from_le_bytes([bundle[8], bundle[9]]));
    let offset =
        |i: usize| u32::from_le_bytes([bundle[10 + 4 * i], bundle[11 + 4 * i], bundle[12 + 4 * i], bundle[13 + 4 * i]]);
    let mut out = b"SJTV".to_vec();
    out.extend(&bundle[4..10]);
    for i in 0..count {
        let mut len = offset(i + 1) - offset(i);
        loop {
            let low = (len & 0x7f) as u8;
            len >>= 7;
            out.push(if len == 0 { low } else { low | 0x80 });
            if len == 0 {
                break;
            }
        }
    }
    out.extend(&bundle[10 + 4 * (count + 1)..]);
    out
}

fn ops(nodes: &[Node], ps: &[String], out: &mut Vec<u8>) -> Result<(), String> {
    let index =
        |v: &str| ps.iter().position(|p| p == v).map(|i| i as u8).ok_or_else(|| format!("placeholder ${v} unknown"));
    for n in nodes {
        match n {
            Node::Text(t) => {
                for chunk in chunks(t, 60_000) {
                    out.push(0);
                    out.extend((chunk.len() as u16).to_le_bytes());
                    out.extend(chunk.as_bytes());
                }
            }
            Node::Ref(r) => return Err(format!("unresolved reference {r}")),
            Node::Var(v) => {
                out.push(1);
                out.push(index(v)?);
            }
            Node::Select { var, variants } => {
                out.push(2);
                out.push(index(var)?);
                out.push(variants.len() as u8);
                for (k, d, b) in variants {
                    let (flag, key) = match k {
                        Key::Number(n) => (2u8, n.to_string()),
                        Key::Name(s) => (4u8, s.clone()),
                    };
                    out.push(flag | u8::from(*d));
                    out.push(key.len() as u8);
                    out.extend(key.as_bytes());
                    let mut inner = Vec::new();
                    ops(b, ps, &mut inner)?;
                    out.extend((inner.len() as u16).to_le_bytes());
                    out.extend(inner);
                }
            }
        }
    }
    Ok(())
}

fn chunks(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while rest.len() > max {
        let mut cut = max;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn rust_code(
    ids: &[&String],
    placeholders: &[Vec<String>],
    fingerprint: u32,
    ll: &BTreeMap<String, Vec<Node>>,
) -> String {
    let mut r = String::new();
    let _ = writeln!(r, "// Generated by build.rs from the .ftl files under src/. Do not edit.");
    let _ = writeln!(r, "/// How many messages the bundles hold.");
    let _ = writeln!(r, "pub const COUNT: usize = {};", ids.len());
    let _ =
        writeln!(r, "/// A hash of the message ids and their placeholders: a bundle from another build is refused.");
    let _ = writeln!(r, "pub const FINGERPRINT: u32 = {fingerprint:#x};");
    let _ = writeln!(r, "/// The message ids, by number (native builds only: tests and the command line).");
    let _ = writeln!(r, "#[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(r, "pub static NAMES: [&str; {}] = [", ids.len());
    for id in ids {
        let _ = writeln!(r, "    {id:?},");
    }
    let _ = writeln!(r, "];");
    let _ = writeln!(r, "/// Whether a message has its own lättläst text.");
    let _ = writeln!(r, "pub static HAS_LATTLAST: [bool; {}] = [", ids.len());
    for id in ids {
        let _ = writeln!(r, "    {},", ll.contains_key(*id));
    }
    let _ = writeln!(r, "];");
    for (i, (id, ps)) in ids.iter().zip(placeholders).enumerate() {
        let name = id.replace('-', "_");
        if ps.is_empty() {
            let _ = writeln!(r, "pub const fn {name}() -> Msg {{ Msg::plain({i}) }}");
        } else {
            let params: Vec<String> = ps.iter().map(|p| format!("{}: impl Into<Arg>", p.replace('-', "_"))).collect();
            let args: Vec<String> = ps.iter().map(|p| format!("{}.into()", p.replace('-', "_"))).collect();
            let _ =
                writeln!(r, "pub fn {name}({}) -> Msg {{ Msg::of({i}, [{}]) }}", params.join(", "), args.join(", "));
        }
    }
    let _ = writeln!(r, "/// Each message's number, for a message with values in a `static` ([`Msg::fixed`]).");
    let _ = writeln!(r, "pub mod id {{");
    for (i, id) in ids.iter().enumerate() {
        let _ = writeln!(r, "    pub const {}: u16 = {i};", id.replace('-', "_").to_uppercase());
    }
    let _ = writeln!(r, "}}");
    r
}
