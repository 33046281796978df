//! The hand-written TypeScript types against what the Rust types serialize: `src/api.d.ts` (the
//! JavaScript API's replies) and `www/sjalvtest.d.ts` (the element's event details). Every reply
//! of every scenario in every language, every error code, every verdict, check and language is
//! serialized as the browser gets it and checked against the declarations, read by a small parser
//! for the part of TypeScript those files use: each object must have exactly the declared keys,
//! each value the declared type, and every member of every declared union (each literal, each
//! `| null`) must turn up at least once, so a type that promises what Rust never sends fails too.
//! `tsc --strict` over tests/types/usage.ts (scripts/test.sh) checks the same files as TypeScript.
//! Not here: the widget's DOM (tests/web.rs and tests/e2e/).

use crate::files::SCENARIOS;
use serde::Serialize;
use serde_json::Value;
use sjalvtest::api::{self, ErrorView, Reply, View};
use sjalvtest::domain::{Check, Kronor};
use sjalvtest::flow::InputError;
use sjalvtest::i18n::Lang;
use sjalvtest::rules::Verdict;
use sjalvtest::{flows, scenario};
use std::collections::{BTreeMap, BTreeSet};

// --- A parser for the TypeScript the .d.ts files use --------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Ty {
    Str,
    Num,
    Bool,
    Null,
    Lit(String),
    Array(Box<Ty>),
    /// `Record<string, T>`.
    Record(Box<Ty>),
    Object(Vec<Field>),
    Union(Vec<Ty>),
    Ref(String),
}

#[derive(Clone, Debug, PartialEq)]
struct Field {
    name: String,
    optional: bool,
    ty: Ty,
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ty::Str => write!(f, "string"),
            Ty::Num => write!(f, "number"),
            Ty::Bool => write!(f, "boolean"),
            Ty::Null => write!(f, "null"),
            Ty::Lit(s) => write!(f, "{s:?}"),
            Ty::Array(t) => write!(f, "{t}[]"),
            Ty::Record(t) => write!(f, "Record<string, {t}>"),
            Ty::Object(_) => write!(f, "{{ … }}"),
            Ty::Union(ts) => write!(f, "{}", ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" | ")),
            Ty::Ref(n) => write!(f, "{n}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

fn tokens(src: &str) -> Vec<Tok> {
    let cs: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && cs.get(i + 1) == Some(&'/') {
            while i < cs.len() && cs[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && cs.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < cs.len() && !(cs[i] == '*' && cs[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' || c == '\'' {
            let start = i + 1;
            i = start;
            while i < cs.len() && cs[i] != c {
                assert!(cs[i] != '\\', "escapes in string literals are not supported here");
                i += 1;
            }
            out.push(Tok::Str(cs[start..i].iter().collect()));
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let start = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '$') {
                i += 1;
            }
            out.push(Tok::Ident(cs[start..i].iter().collect()));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

struct Parser {
    toks: Vec<Tok>,
    at: usize,
}

impl Parser {
    fn new(src: &str) -> Parser {
        Parser { toks: tokens(src), at: 0 }
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn next(&mut self) -> Result<Tok, String> {
        let t = self.toks.get(self.at).cloned().ok_or("unexpected end of the declarations")?;
        self.at += 1;
        Ok(t)
    }

    fn eat(&mut self, p: char) -> bool {
        if self.peek() == Some(&Tok::Punct(p)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, w: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Ident(i)) if i == w) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, p: char) -> Result<(), String> {
        match self.next()? {
            Tok::Punct(c) if c == p => Ok(()),
            t => Err(format!("expected `{p}`, found {t:?} (token {})", self.at)),
        }
    }

    fn ident(&mut self) -> Result<String, String> {
        match self.next()? {
            Tok::Ident(i) => Ok(i),
            t => Err(format!("expected a name, found {t:?} (token {})", self.at)),
        }
    }

    /// Every `export type` and `export interface`; anything else (a class, a function, a
    /// `declare global` block) is skipped to its end.
    fn declarations(&mut self) -> Result<BTreeMap<String, Ty>, String> {
        let mut out = BTreeMap::new();
        while self.peek().is_some() {
            let start = self.at;
            self.eat_word("export");
            if self.eat_word("type") {
                let name = self.ident()?;
                self.expect('=')?;
                let ty = self.ty()?;
                self.expect(';')?;
                out.insert(name, ty);
            } else if self.eat_word("interface") {
                let name = self.ident()?;
                self.expect('{')?;
                let fields = self.members()?;
                out.insert(name, Ty::Object(fields));
            } else {
                self.at = start;
                self.skip_statement()?;
            }
        }
        Ok(out)
    }

    fn skip_statement(&mut self) -> Result<(), String> {
        let mut depth = 0usize;
        loop {
            match self.next()? {
                Tok::Punct('{' | '(' | '[') => depth += 1,
                Tok::Punct('}' | ')' | ']') => {
                    depth = depth.checked_sub(1).ok_or("unbalanced brackets")?;
                    if depth == 0 && self.toks.get(self.at - 1) == Some(&Tok::Punct('}')) {
                        self.eat(';');
                        return Ok(());
                    }
                }
                Tok::Punct(';') if depth == 0 => return Ok(()),
                _ => {}
            }
        }
    }

    /// The members of an object type, after its `{`, through its `}`.
    fn members(&mut self) -> Result<Vec<Field>, String> {
        let mut fields = Vec::new();
        while !self.eat('}') {
            let name = match self.next()? {
                Tok::Ident(i) | Tok::Str(i) => i,
                t => return Err(format!("expected a member name, found {t:?} (token {})", self.at)),
            };
            let optional = self.eat('?');
            self.expect(':')?;
            let ty = self.ty()?;
            if fields.iter().any(|f: &Field| f.name == name) {
                return Err(format!("member `{name}` declared twice"));
            }
            fields.push(Field { name, optional, ty });
            if !self.eat(';') {
                self.eat(',');
            }
        }
        Ok(fields)
    }

    fn ty(&mut self) -> Result<Ty, String> {
        self.eat('|');
        let mut alts = vec![self.postfix()?];
        while self.eat('|') {
            alts.push(self.postfix()?);
        }
        let mut flat = Vec::new();
        for a in alts {
            match a {
                Ty::Union(inner) => flat.extend(inner),
                a => flat.push(a),
            }
        }
        Ok(if flat.len() == 1 { flat.remove(0) } else { Ty::Union(flat) })
    }

    fn postfix(&mut self) -> Result<Ty, String> {
        let mut t = self.atom()?;
        while self.peek() == Some(&Tok::Punct('[')) && self.toks.get(self.at + 1) == Some(&Tok::Punct(']')) {
            self.at += 2;
            t = Ty::Array(Box::new(t));
        }
        Ok(t)
    }

    fn atom(&mut self) -> Result<Ty, String> {
        match self.next()? {
            Tok::Str(s) => Ok(Ty::Lit(s)),
            Tok::Punct('{') => Ok(Ty::Object(self.members()?)),
            Tok::Punct('(') => {
                let t = self.ty()?;
                self.expect(')')?;
                Ok(t)
            }
            Tok::Ident(i) => match i.as_str() {
                "string" => Ok(Ty::Str),
                "number" => Ok(Ty::Num),
                "boolean" => Ok(Ty::Bool),
                "null" => Ok(Ty::Null),
                "Record" => {
                    self.expect('<')?;
                    let key = self.ident()?;
                    if key != "string" {
                        return Err(format!("Record<{key}, …>: only string keys are supported"));
                    }
                    self.expect(',')?;
                    let t = self.ty()?;
                    self.expect('>')?;
                    Ok(Ty::Record(Box::new(t)))
                }
                "any" | "unknown" | "undefined" | "object" | "never" => {
                    Err(format!("`{i}` says nothing a test can check; name the type"))
                }
                _ if self.peek() == Some(&Tok::Punct('<')) => Err(format!("generic `{i}<…>` is not supported here")),
                _ => Ok(Ty::Ref(i)),
            },
            t => Err(format!("expected a type, found {t:?} (token {})", self.at)),
        }
    }
}

fn parse_decls(path: &str) -> BTreeMap<String, Ty> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Parser::new(&text).declarations().unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse_ty(src: &str) -> Ty {
    let mut p = Parser::new(src);
    let t = p.ty().unwrap_or_else(|e| panic!("type `{src}`: {e}"));
    assert!(p.peek().is_none(), "type `{src}`: text after the type");
    t
}

// --- Checking serialized values against the declarations --------------------------------------

/// One .d.ts file's declarations, and what the values checked against them have covered.
struct Types {
    file: &'static str,
    decls: BTreeMap<String, Ty>,
    /// (site, alternative): each union member some value matched. A site is where the union is
    /// declared: `Verdict`, `QuestionView.hint`, `SjalvtestErrorDetail.code`.
    seen: BTreeSet<(String, usize)>,
    used: BTreeSet<String>,
    /// The first few mismatches, and how many there were.
    failures: Vec<String>,
    failed: usize,
    checked: usize,
}

impl Types {
    fn new(file: &'static str) -> Types {
        Types {
            file,
            decls: parse_decls(file),
            seen: BTreeSet::new(),
            used: BTreeSet::new(),
            failures: Vec::new(),
            failed: 0,
            checked: 0,
        }
    }

    /// Checks `value`, serialized as JSON (as `serde_wasm_bindgen`'s json-compatible serializer
    /// gives it to JavaScript), against the type expression `ty` ("Reply", "TestInfo[]").
    fn check(&mut self, ty: &str, what: &str, value: &impl Serialize) {
        let v = serde_json::to_value(value).unwrap();
        self.check_json(ty, what, &v);
    }

    fn check_json(&mut self, ty: &str, what: &str, v: &Value) {
        let t = parse_ty(ty);
        let mut seen = Vec::new();
        let mut used = Vec::new();
        self.checked += 1;
        match self.matches(&t, v, ty, "$", &mut seen, &mut used) {
            Ok(()) => {
                self.seen.extend(seen);
                self.used.extend(used);
            }
            Err(e) => {
                self.failed += 1;
                if self.failures.len() < 10 {
                    self.failures.push(format!("{what}: not a `{ty}`: {e}"));
                }
            }
        }
    }

    /// Whether `v` is a `t`. `site` names the declaration (for coverage), `at` the place in the
    /// value (for the message). What a match covered is added to `seen` and `used` only on success.
    fn matches(
        &self,
        t: &Ty,
        v: &Value,
        site: &str,
        at: &str,
        seen: &mut Vec<(String, usize)>,
        used: &mut Vec<String>,
    ) -> Result<(), String> {
        let wrong = || Err(format!("{at}: expected {t}, got {}", short(v)));
        let is = |ok: bool| if ok { Ok(()) } else { wrong() };
        match t {
            Ty::Str => is(v.is_string()),
            Ty::Num => is(v.is_number()),
            Ty::Bool => is(v.is_boolean()),
            Ty::Null => is(v.is_null()),
            Ty::Lit(s) => is(v.as_str() == Some(s.as_str())),
            Ty::Array(inner) => {
                let Some(items) = v.as_array() else { return wrong() };
                for (i, item) in items.iter().enumerate() {
                    self.matches(inner, item, &format!("{site}[]"), &format!("{at}[{i}]"), seen, used)?;
                }
                Ok(())
            }
            Ty::Record(inner) => {
                let Some(map) = v.as_object() else { return wrong() };
                for (k, item) in map {
                    self.matches(inner, item, &format!("{site}{{}}"), &format!("{at}.{k}"), seen, used)?;
                }
                Ok(())
            }
            Ty::Object(fields) => {
                let Some(map) = v.as_object() else { return wrong() };
                if let Some(k) = map.keys().find(|k| !fields.iter().any(|f| &f.name == *k)) {
                    return Err(format!("{at}: key `{k}` is not declared in {site}"));
                }
                for f in fields {
                    match map.get(&f.name) {
                        Some(item) => self.matches(
                            &f.ty,
                            item,
                            &format!("{site}.{}", f.name),
                            &format!("{at}.{}", f.name),
                            seen,
                            used,
                        )?,
                        None if f.optional => {}
                        None => return Err(format!("{at}: declared key `{}` of {site} is missing", f.name)),
                    }
                }
                Ok(())
            }
            Ty::Union(alts) => {
                let mut errors = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    let (mut s, mut u) = (Vec::new(), Vec::new());
                    match self.matches(alt, v, site, at, &mut s, &mut u) {
                        Ok(()) => {
                            seen.extend(s);
                            seen.push((site.to_string(), i));
                            used.extend(u);
                            return Ok(());
                        }
                        Err(e) => errors.push((self.fits(alt, v), self.tagged(alt, v), e)),
                    }
                }
                // Only the members of the value's JSON kind are of interest (not `null` for an
                // object), and of a tagged union (`kind: "question"`) only the one its tag names.
                let fitting: Vec<&(bool, bool, String)> = errors.iter().filter(|e| e.0).collect();
                let tagged: Vec<&(bool, bool, String)> = fitting.iter().copied().filter(|e| e.1).collect();
                match (&fitting[..], &tagged[..]) {
                    _ if alts.iter().all(|a| matches!(a, Ty::Lit(_) | Ty::Null)) => wrong(),
                    (_, [one]) | ([one], _) => Err(one.2.clone()),
                    _ => Err(format!(
                        "{at}: matches no member of {t}:\n      {}",
                        errors.iter().map(|e| e.2.as_str()).collect::<Vec<_>>().join("\n      ")
                    )),
                }
            }
            Ty::Ref(name) => {
                let Some(decl) = self.decls.get(name) else { return Err(format!("{at}: `{name}` is not declared")) };
                used.push(name.clone());
                self.matches(decl, v, name, at, seen, used)
            }
        }
    }

    /// Whether `v` is of the JSON kind `t` needs (an object for an interface, a string for a
    /// literal), whatever its contents.
    fn fits(&self, t: &Ty, v: &Value) -> bool {
        match t {
            Ty::Str | Ty::Lit(_) => v.is_string(),
            Ty::Num => v.is_number(),
            Ty::Bool => v.is_boolean(),
            Ty::Null => v.is_null(),
            Ty::Array(_) => v.is_array(),
            Ty::Record(_) | Ty::Object(_) => v.is_object(),
            Ty::Union(alts) => alts.iter().any(|a| self.fits(a, v)),
            Ty::Ref(n) => self.decls.get(n).is_some_and(|d| self.fits(d, v)),
        }
    }

    /// Whether `v` carries the tag of the object type `t`: a key whose declared type is a
    /// literal, with that literal as its value.
    fn tagged(&self, t: &Ty, v: &Value) -> bool {
        let t = match t {
            Ty::Ref(n) => self.decls.get(n),
            t => Some(t),
        };
        let Some(Ty::Object(fields)) = t else { return false };
        fields.iter().any(|f| matches!(&f.ty, Ty::Lit(l) if v.get(&f.name).and_then(Value::as_str) == Some(l)))
    }

    /// Every union member each declaration promises, by site: what `seen` must hold in the end.
    fn promised(&self) -> Vec<(String, usize, String)> {
        fn walk(t: &Ty, site: &str, out: &mut Vec<(String, usize, String)>) {
            match t {
                Ty::Array(inner) => walk(inner, &format!("{site}[]"), out),
                Ty::Record(inner) => walk(inner, &format!("{site}{{}}"), out),
                Ty::Object(fields) => {
                    for f in fields {
                        walk(&f.ty, &format!("{site}.{}", f.name), out);
                    }
                }
                Ty::Union(alts) => {
                    for (i, alt) in alts.iter().enumerate() {
                        out.push((site.to_string(), i, alt.to_string()));
                        walk(alt, site, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        for (name, t) in &self.decls {
            walk(t, name, &mut out);
        }
        out
    }

    /// Fails on any value that did not match, any declaration no value used, and any union
    /// member no value ever was.
    fn finish(&self, min_checked: usize) {
        assert!(
            self.failures.is_empty(),
            "{}: {} of {} values do not match; the first:\n\n{}",
            self.file,
            self.failed,
            self.checked,
            self.failures.join("\n\n")
        );
        assert!(self.checked >= min_checked, "{}: only {} values checked", self.file, self.checked);
        let unused: Vec<&String> = self.decls.keys().filter(|n| !self.used.contains(*n)).collect();
        assert!(unused.is_empty(), "{}: no value checked was of type {unused:?}; drop it or check it", self.file);
        let never: Vec<String> = self
            .promised()
            .into_iter()
            .filter(|(site, i, _)| !self.seen.contains(&(site.clone(), *i)))
            .map(|(site, _, alt)| format!("{site}: {alt}"))
            .collect();
        assert!(
            never.is_empty(),
            "{}: these union members are declared, but Rust never sent one (drop them, or add a case that does):\n  {}",
            self.file,
            never.join("\n  ")
        );
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s
    }
}

// --- What Rust sends ---------------------------------------------------------------------------

/// Every `InputError`, one of each variant. The match fails to compile when a variant is added,
/// so a new error code cannot miss its place in the types.
fn every_input_error() -> Vec<InputError> {
    let q = "birth-date";
    let all = vec![
        InputError::UnknownTest,
        InputError::UnknownQuestion,
        InputError::NotAsked { question: q },
        InputError::Empty { question: q },
        InputError::NotAChoice { question: q },
        InputError::BadDate { question: q, problem: date_problem() },
        InputError::DateTooEarly { question: q },
        InputError::DateInFuture { question: q },
        InputError::BadMonth { question: q, problem: date_problem() },
        InputError::NotAnAmount { question: q },
        InputError::NegativeAmount { question: q },
        InputError::AmountHasOre { question: q },
        InputError::AmountTooLarge { question: q, max: Kronor(1_000_000_000) },
        InputError::NotANumber { question: q, min: 0, max: 50 },
        InputError::NoPreviousQuestion,
        InputError::NotFinished,
        InputError::BadAsOf,
        InputError::BadSavedSession,
        InputError::UnsupportedSavedVersion { version: 99 },
    ];
    for e in &all {
        match e {
            InputError::UnknownTest
            | InputError::UnknownQuestion
            | InputError::NotAsked { .. }
            | InputError::Empty { .. }
            | InputError::NotAChoice { .. }
            | InputError::BadDate { .. }
            | InputError::DateTooEarly { .. }
            | InputError::DateInFuture { .. }
            | InputError::BadMonth { .. }
            | InputError::NotAnAmount { .. }
            | InputError::NegativeAmount { .. }
            | InputError::AmountHasOre { .. }
            | InputError::AmountTooLarge { .. }
            | InputError::NotANumber { .. }
            | InputError::NoPreviousQuestion
            | InputError::NotFinished
            | InputError::BadAsOf
            | InputError::BadSavedSession
            | InputError::UnsupportedSavedVersion { .. } => {}
        }
    }
    all
}

fn date_problem() -> sjalvtest::domain::CalendarError {
    sjalvtest::domain::Date::parse("2025-02-30").unwrap_err()
}

fn every_verdict() -> [Verdict; 3] {
    let all = [Verdict::MayBeEligible, Verdict::ProbablyNot, Verdict::CannotTell];
    for v in all {
        match v {
            Verdict::MayBeEligible | Verdict::ProbablyNot | Verdict::CannotTell => {}
        }
    }
    all
}

fn every_check() -> [Check; 3] {
    let all = [Check::Yes, Check::No, Check::Info];
    for c in all {
        match c {
            Check::Yes | Check::No | Check::Info => {}
        }
    }
    all
}

fn every_lang() -> [Lang; 5] {
    for l in Lang::EVERY {
        match l {
            Lang::Sv | Lang::En | Lang::SvLattlast | Lang::EnXa | Lang::ArXb => {}
        }
    }
    Lang::EVERY
}

/// What the browser gets, gathered by walking every scenario in every language: each screen's
/// reply, a refused answer on each question, the saved session, going back from the result, and
/// the result event.
struct Sent {
    replies: Vec<(String, Reply)>,
    saved: Vec<(String, sjalvtest::flow::Saved)>,
    errors: Vec<(String, ErrorView)>,
    outcomes: Vec<(String, api::OutcomeView)>,
    /// (test, question id) of every question view sent.
    questions: BTreeSet<(String, String)>,
}

/// Gathered once for the tests that need it.
fn sent() -> &'static Sent {
    static SENT: std::sync::OnceLock<Sent> = std::sync::OnceLock::new();
    SENT.get_or_init(gather)
}

fn gather() -> Sent {
    let mut sent = Sent {
        replies: Vec::new(),
        saved: Vec::new(),
        errors: Vec::new(),
        outcomes: Vec::new(),
        questions: BTreeSet::new(),
    };
    for (name, _, text) in SCENARIOS {
        let sc = scenario::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for lang in every_lang() {
            let at = |step: &str| format!("{name} ({lang:?}) {step}");
            let mut s = api::start(&sc.test, &sc.as_of).unwrap();
            let mut reply = api::reply(&s, Ok(()), lang);
            for _ in 0..=sc.answers.len() {
                let id = match &reply.view {
                    Some(View::Question(q)) => q.id,
                    _ => break,
                };
                sent.questions.insert((sc.test.clone(), id.to_string()));
                sent.saved.push((at(id), s.save()));
                // A refused answer, on a copy: should "" ever be a valid answer, the walk goes on unchanged.
                let mut probe = s.clone();
                let refused = probe.answer(id, "");
                sent.replies.push((at(&format!("{id} refused")), api::reply(&probe, refused, lang)));
                if let Err(e) = refused {
                    sent.errors.push((at(id), api::error_view(Some(&s), &e, lang)));
                }
                let raw = &sc.answers.iter().find(|(k, _)| k == id).unwrap_or_else(|| panic!("{}", at(id))).1;
                let result = s.answer(id, raw);
                reply = api::reply(&s, result, lang);
                sent.replies.push((at(id), reply.clone()));
            }
            let Some(View::Outcome(o)) = &reply.view else { panic!("{}: no outcome", at("end")) };
            sent.outcomes.push((at("outcome"), o.clone()));
            sent.saved.push((at("outcome"), s.save()));
            let back = s.back();
            sent.replies.push((at("back from the outcome"), api::reply(&s, back, lang)));
            sent.saved.push((at("back from the outcome"), s.save()));
        }
    }
    reach_the_rest(&mut sent);
    sent
}

/// The questions no scenario asks, reached by seeded random walks over tests/flows.rs's sample
/// answers (as that file's graph walk does), so that every question's view is checked in every
/// language.
fn reach_the_rest(sent: &mut Sent) {
    let mut rng = crate::hostile::Lcg(12);
    for flow in flows::ALL {
        let key = |id: &str| (flow.id.to_string(), id.to_string());
        let start = api::start(flow.id, "2025-06-15").unwrap();
        for _ in 0..20_000 {
            if flow.questions.iter().all(|q| sent.questions.contains(&key(q.id))) {
                break;
            }
            let mut s = start.clone();
            while let Some(View::Question(q)) = api::reply(&s, Ok(()), Lang::Sv).view {
                if sent.questions.insert(key(q.id)) {
                    for lang in every_lang() {
                        let at = format!("{}/{} ({lang:?}), reached by a walk", flow.id, q.id);
                        sent.replies.push((at.clone(), api::reply(&s, Ok(()), lang)));
                        sent.saved.push((at.clone(), s.save()));
                        let mut probe = s.clone();
                        let refused = probe.answer(q.id, "");
                        sent.replies.push((format!("{at}, refused"), api::reply(&probe, refused, lang)));
                    }
                }
                let options = crate::flows::samples(flow.question(q.id).unwrap());
                let first = rng.next(options.len());
                let accepted =
                    (0..options.len()).any(|i| s.answer(q.id, &options[(first + i) % options.len()]).is_ok());
                assert!(accepted, "{}: no sample answer accepted for {}", flow.id, q.id);
            }
        }
    }
}

// --- The tests ---------------------------------------------------------------------------------

#[test]
fn the_javascript_apis_types_match_what_rust_sends() {
    let mut ts = Types::new("src/api.d.ts");
    let sent = sent();

    for lang in every_lang() {
        ts.check("TestInfo[]", &format!("listTests({lang:?})"), &api::tests(lang));
        ts.check("Lang", "a language", &lang);
    }
    for v in every_verdict() {
        ts.check("Verdict", "a verdict", &v);
    }
    for c in every_check() {
        ts.check("Check", "a check", &c);
    }
    for (what, r) in &sent.replies {
        ts.check("Reply", what, r);
    }
    for (what, saved) in &sent.saved {
        ts.check("Saved", what, saved);
    }
    // Every error, with and without a session, in every language.
    let mut s = api::start("aktivitetsersattning", "2025-06-15").unwrap();
    s.answer("birth-date", "2004-03-15").unwrap();
    for e in every_input_error() {
        for lang in every_lang() {
            ts.check("Reply", &format!("failure {e:?}"), &api::failure(&e, lang));
            ts.check("Reply", &format!("refusal {e:?}"), &api::reply(&s, Err(e), lang));
        }
    }
    // Codes src/wasm.rs writes itself (the reply when serializing fails).
    for code in literal_codes("src/wasm.rs") {
        let internal = Reply {
            ok: false,
            view: None,
            error: Some(ErrorView { code, question: None, message: "internal error".into() }),
        };
        ts.check("Reply", &format!("src/wasm.rs's `{code}` reply"), &internal);
    }

    // Every question of every self-test has been sent at least once, so every kind of input is.
    let never: Vec<String> = flows::ALL
        .iter()
        .flat_map(|f| f.questions.iter().map(move |q| (f.id.to_string(), q.id.to_string())))
        .filter(|k| !sent.questions.contains(k))
        .map(|(t, q)| format!("{t}/{q}"))
        .collect();
    assert!(never.is_empty(), "no scenario asks {never:?}; add a scenario that does, so its view is checked");
    ts.finish(1000);
}

#[test]
fn the_events_types_match_what_the_widget_sends() {
    let mut ts = Types::new("www/sjalvtest.d.ts");
    let sent = sent();
    for (what, o) in &sent.outcomes {
        ts.check("SjalvtestResultDetail", what, &api::result_detail(o));
    }
    // Every verdict in every language, also those no scenario reaches in that language.
    let (_, sample) = &sent.outcomes[0];
    for verdict in every_verdict() {
        for lang in every_lang() {
            let o = api::OutcomeView { verdict, lang, ..sample.clone() };
            ts.check("SjalvtestResultDetail", &format!("{verdict:?} in {lang:?}"), &api::result_detail(&o));
        }
    }
    for (what, e) in &sent.errors {
        ts.check("SjalvtestErrorDetail", what, e);
    }
    let mut s = api::start("aktivitetsersattning", "2025-06-15").unwrap();
    s.answer("birth-date", "2004-03-15").unwrap();
    for e in every_input_error() {
        ts.check("SjalvtestErrorDetail", &format!("{e:?}"), &api::error_view(Some(&s), &e, Lang::Sv));
        ts.check("SjalvtestErrorDetail", &format!("{e:?} without a session"), &api::error_view(None, &e, Lang::En));
    }
    // The element class dispatches `sjalvtest-error` itself when the engine cannot load or throws.
    let widget = std::fs::read_to_string("www/sjalvtest-widget.js").unwrap();
    let js_codes: Vec<&str> = widget.split("this.#error('").skip(1).filter_map(|s| s.split('\'').next()).collect();
    assert!(js_codes.len() >= 2, "expected the widget's own error codes, found {js_codes:?}");
    assert!(
        widget.contains("detail: { code, question: null, message: String("),
        "the widget's error detail changed shape"
    );
    for code in js_codes {
        let detail = serde_json::json!({ "code": code, "question": null, "message": "Failed to fetch" });
        ts.check_json("SjalvtestErrorDetail", &format!("sjalvtest-widget.js's `{code}`"), &detail);
    }
    ts.finish(100);
}

/// `code: "…"` literals in a source file.
fn literal_codes(path: &str) -> Vec<&'static str> {
    let text = std::fs::read_to_string(path).unwrap();
    let codes: Vec<&'static str> = text
        .split("code: \"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|c| &*Box::leak(c.to_string().into_boxed_str()))
        .collect();
    assert!(!codes.is_empty(), "{path}: expected a `code: \"…\"` literal");
    codes
}

/// Every function src/wasm.rs exports that hands JavaScript a value names its TypeScript type,
/// and each type named is one the test above checks values of. A new export with a new type
/// fails here until the test checks what it returns.
#[test]
fn every_export_names_a_type_the_test_checks() {
    const CHECKED: &[(&str, &str)] = &[
        ("listTests", "TestInfo[]"),
        ("view", "Reply"),
        ("outcome", "Reply"),
        ("answer", "Reply"),
        ("back", "Reply"),
        ("edit", "Reply"),
        ("restart", "Reply"),
        ("setAsOf", "Reply"),
        ("setLang", "Reply"),
        ("save", "Saved | null"),
        ("restore(saved)", "Saved"),
    ];
    let text = std::fs::read_to_string("src/wasm.rs").unwrap();
    let decls = parse_decls("src/api.d.ts");
    let mut found = Vec::new();
    let mut attr = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.starts_with("#[wasm_bindgen(") {
            attr = line.to_string();
        }
        let Some(rest) = line.strip_prefix("pub fn ") else {
            if !line.starts_with("#[") && !line.starts_with("///") {
                attr.clear();
            }
            continue;
        };
        let name = rest.split('(').next().unwrap();
        let mut sig = line.to_string();
        while !sig.contains('{') {
            sig.push_str(lines.next().unwrap_or("{").trim());
        }
        // The element's own surface (src/widget.rs through wasm.rs's `Widget`) is left out of
        // the types; tests/widget.rs and tests/e2e check it.
        if attr.contains("skip_typescript") {
            attr.clear();
            continue;
        }
        let js = attr.split("js_name = ").nth(1).map(|s| s.split([',', ')']).next().unwrap().trim()).unwrap_or(name);
        if let Some(ty) = attr.split("unchecked_return_type = \"").nth(1).and_then(|s| s.split('"').next()) {
            found.push((js.to_string(), ty.to_string()));
        } else {
            assert!(
                !sig.contains("-> JsValue"),
                "src/wasm.rs: `{name}` returns a JsValue without unchecked_return_type"
            );
        }
        for param in sig.split("unchecked_param_type = \"").skip(1) {
            let ty = param.split('"').next().unwrap();
            let arg = param.split(")] ").nth(1).and_then(|s| s.split(':').next()).unwrap_or("?");
            found.push((format!("{js}({arg})"), ty.to_string()));
        }
        attr.clear();
    }
    let expected: Vec<(String, String)> = CHECKED.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    found.sort();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(found, expected_sorted, "src/wasm.rs's typed exports differ from those this file checks values of");
    fn refs(t: &Ty, out: &mut Vec<String>) {
        match t {
            Ty::Ref(n) => out.push(n.clone()),
            Ty::Array(i) | Ty::Record(i) => refs(i, out),
            Ty::Union(ts) => ts.iter().for_each(|t| refs(t, out)),
            Ty::Object(fs) => fs.iter().for_each(|f| refs(&f.ty, out)),
            _ => {}
        }
    }
    for (js, ty) in &found {
        let mut names = Vec::new();
        refs(&parse_ty(ty), &mut names);
        for n in names {
            assert!(decls.contains_key(&n), "src/wasm.rs: {js} names `{n}`, which src/api.d.ts does not declare");
        }
    }
}

/// The parser reads what it must and refuses what it cannot check, so the tests above never
/// pass by skipping a declaration.
#[test]
fn the_declaration_parser_reads_the_subset_and_refuses_the_rest() {
    let d = Parser::new(
        "// c\nexport type A = \"x\" | 'y' | null;\n/** doc */ export interface B { a: A; b?: string[]; 'c-d': Record<string, number>, e: { f: boolean } }\n\
         export declare class C extends HTMLElement { static readonly x: string[]; }\n\
         export declare function f(n?: string): typeof C;\ndeclare global { interface M { 'x': C } }\n",
    )
    .declarations()
    .unwrap();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d["A"], Ty::Union(vec![Ty::Lit("x".into()), Ty::Lit("y".into()), Ty::Null]));
    let Ty::Object(b) = &d["B"] else { panic!("{d:?}") };
    assert_eq!(
        b.iter().map(|f| (f.name.as_str(), f.optional)).collect::<Vec<_>>(),
        [("a", false), ("b", true), ("c-d", false), ("e", false)]
    );
    assert_eq!(b[1].ty, Ty::Array(Box::new(Ty::Str)));
    for bad in [
        "export type X = any;",
        "export type X = Map<string, string>;",
        "export interface X { a: string",
        "export type X = string",
    ] {
        assert!(Parser::new(bad).declarations().is_err(), "{bad} should be refused");
    }

    let mut t = Types {
        file: "test",
        decls: d,
        seen: BTreeSet::new(),
        used: BTreeSet::new(),
        failures: Vec::new(),
        failed: 0,
        checked: 0,
    };
    let good = serde_json::json!({ "a": "x", "c-d": { "n": 1 }, "e": { "f": true } });
    t.check_json("B", "good", &good);
    assert!(t.failures.is_empty(), "{:?}", t.failures);
    for (what, bad) in [
        ("an undeclared key", serde_json::json!({ "a": "x", "c-d": {}, "e": { "f": true }, "z": 1 })),
        ("a missing key", serde_json::json!({ "a": "x", "e": { "f": true } })),
        ("a literal not in the union", serde_json::json!({ "a": "z", "c-d": {}, "e": { "f": true } })),
        ("a wrong type inside", serde_json::json!({ "a": null, "c-d": { "n": "1" }, "e": { "f": true } })),
        ("an optional key of the wrong type", serde_json::json!({ "a": "y", "b": [1], "c-d": {}, "e": { "f": true } })),
    ] {
        let before = t.failures.len();
        t.check_json("B", what, &bad);
        assert_eq!(t.failures.len(), before + 1, "{what} passed");
    }
    let never: Vec<String> =
        t.promised().into_iter().filter(|(s, i, _)| !t.seen.contains(&(s.clone(), *i))).map(|p| p.2).collect();
    assert_eq!(never, ["\"y\"", "null"], "coverage: only \"x\" was sent");
}
