//! Builds the elements of one screen from `api` views. Pure construction: no listeners and no
//! state; `dom/mod.rs` swaps the result into the shadow root. Only text content and attributes
//! are set (never `innerHTML`), so nothing a person types can become markup.
//!
//! Screens: one question per page (citizens), all questions on one page with the trace and
//! the parameters (handler mode), the result page, and a failure message.

use crate::api::{self, ErrorView, OutcomeView, QuestionView, StartView};
use crate::domain::Date;
use crate::i18n::{Lang, UiMsg};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

pub struct Draw {
    pub doc: Document,
    pub lang: Lang,
}

/// What the result page shows beside the outcome itself.
#[derive(Default)]
pub struct Extras<'a> {
    /// Handler mode: the full trace and the parameters used, as tables.
    pub handler: bool,
    /// The rules version of a restored link, when it differs from today's.
    pub rules_changed: Option<&'a str>,
    /// The link to this result, once the person has asked for it.
    pub link: Option<&'a str>,
    /// A link in the address that could not be read, in words.
    pub link_refused: Option<&'a str>,
    /// A valid answer worth a second look (a yearly amount that may be monthly), in words.
    pub doubt: Option<&'a str>,
    /// The link that restores this result, for the meeting sheet (drawn with the result page,
    /// shown when asked for or printed).
    pub sheet_link: Option<&'a str>,
    /// The meeting sheet is open on screen in place of the result.
    pub sheet_open: bool,
}

/// A refused answer in handler mode, kept with the text that was typed.
pub struct FieldError {
    pub question: String,
    pub error: ErrorView,
    pub raw: String,
}

type R<T> = Result<T, JsValue>;

fn add(parent: &Element, child: &Element) -> R<()> {
    parent.append_child(child)?;
    Ok(())
}

fn attrs(e: &Element, pairs: &[(&str, &str)]) -> R<()> {
    for (k, v) in pairs {
        e.set_attribute(k, v)?;
    }
    Ok(())
}

impl Draw {
    fn el(&self, tag: &str, class: &str) -> R<Element> {
        let e = self.doc.create_element(tag)?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        Ok(e)
    }

    fn text(&self, tag: &str, class: &str, text: &str) -> R<Element> {
        let e = self.el(tag, class)?;
        e.set_text_content(Some(text));
        Ok(e)
    }

    fn ui(&self, m: UiMsg) -> String {
        m.render(self.lang)
    }

    /// "Fel: " before an error message, for screen readers.
    fn error_prefix(&self) -> String {
        crate::i18n::bundle::render(&crate::text::ui_error_prefix(), self.lang)
    }

    fn button(&self, class: &str, action: &str, label: &str) -> R<Element> {
        let b = self.text("button", class, label)?;
        attrs(&b, &[("type", "button"), ("data-action", action)])?;
        Ok(b)
    }

    fn container(&self, class: &str) -> R<Element> {
        let c = self.el("div", class)?;
        let dir = if self.lang.rtl() { "rtl" } else { "ltr" };
        attrs(&c, &[("part", "container"), ("lang", self.lang.html_lang()), ("dir", dir)])?;
        Ok(c)
    }

    /// One question page: back, progress, error summary, the field and Continue.
    pub fn question(
        &self,
        q: &QuestionView,
        error: Option<&ErrorView>,
        raw: Option<&str>,
        extras: &Extras,
    ) -> R<Element> {
        let c = self.container("sjt")?;
        self.link_refused(&c, extras)?;
        if let Some(then) = extras.rules_changed {
            let changed = UiMsg::RulesChanged { then: then.into(), now: q.rules_version };
            let p = self.text("p", "notice", &self.ui(changed))?;
            p.set_attribute("role", "status")?;
            add(&c, &p)?;
        }
        if q.can_go_back {
            let back = self.button("link back", "back", &self.ui(UiMsg::Back))?;
            back.set_attribute("part", "back")?;
            add(&c, &back)?;
        }
        let progress = self.text("p", "progress", &q.progress)?;
        progress.set_attribute("part", "progress")?;
        add(&c, &progress)?;
        if let Some(e) = error {
            add(&c, &self.error_summary(&[(e, first_control("", q))])?)?;
        }
        let form = self.el("form", "")?;
        attrs(&form, &[("novalidate", ""), ("data-question", q.id), ("data-input", q.input), ("part", "form")])?;
        let doubt = extras.doubt.filter(|_| error.is_none());
        add(&form, &self.field(q, error, raw, "", "h2", true, doubt)?)?;
        let label = if doubt.is_some() { UiMsg::ConfirmYearlyAmount } else { UiMsg::Continue };
        let submit = self.text("button", "primary", &self.ui(label))?;
        attrs(&submit, &[("type", "submit"), ("part", "button")])?;
        add(&form, &submit)?;
        add(&c, &form)?;
        Ok(c)
    }

    /// A question's field: heading (in a legend for options, around the label for text), hint,
    /// error, and the control. `prefix` keeps ids unique when several fields share a page.
    #[allow(clippy::too_many_arguments)]
    fn field(
        &self,
        q: &QuestionView,
        error: Option<&ErrorView>,
        raw: Option<&str>,
        prefix: &str,
        heading_tag: &str,
        focus_target: bool,
        doubt: Option<&str>,
    ) -> R<Element> {
        let field = self.el("div", if error.is_some() { "field has-error" } else { "field" })?;
        field.set_attribute("data-field", q.id)?;
        let id = |s: &str| format!("{prefix}{s}");
        let mut described = Vec::new();
        let hint = match &q.hint {
            Some(h) => {
                described.push(id("hint"));
                let p = self.text("p", "hint", h)?;
                p.set_attribute("id", &id("hint"))?;
                Some(p)
            }
            None => None,
        };
        let error_p = match error {
            Some(e) => {
                described.push(id("error"));
                let p = self.el("p", "field-error")?;
                p.set_attribute("id", &id("error"))?;
                add(&p, &self.text("span", "visually-hidden", &self.error_prefix())?)?;
                p.append_child(&self.doc.create_text_node(&e.message))?;
                Some(p)
            }
            None => None,
        };
        let heading = self.el(heading_tag, "question")?;
        heading.set_attribute("part", "question")?;
        if focus_target {
            attrs(&heading, &[("tabindex", "-1"), ("data-focus", "")])?;
        }
        let name = id("answer");
        if matches!(q.input, "yes-no" | "one-of" | "level") {
            let fieldset = self.el("fieldset", "")?;
            if !described.is_empty() {
                fieldset.set_attribute("aria-describedby", &described.join(" "))?;
            }
            let legend = self.el("legend", "")?;
            heading.set_text_content(Some(&q.label));
            add(&legend, &heading)?;
            add(&fieldset, &legend)?;
            for p in [&hint, &error_p].into_iter().flatten() {
                add(&fieldset, p)?;
            }
            let options = self.el("div", "options")?;
            let chosen = raw.map(str::to_string).or_else(|| q.value.clone());
            for (i, o) in q.options.iter().enumerate() {
                let oid = format!("{name}-{i}");
                let row = self.el("div", "option")?;
                let input = self.el("input", "")?;
                attrs(&input, &[("type", "radio"), ("name", &name), ("id", &oid), ("value", &o.value)])?;
                if chosen.as_deref() == Some(o.value.as_str()) {
                    input.set_attribute("checked", "")?;
                }
                let label = self.text("label", "", &o.label)?;
                label.set_attribute("for", &oid)?;
                add(&row, &input)?;
                add(&row, &label)?;
                if let Some(h) = &o.hint {
                    let hid = format!("{oid}-hint");
                    let p = self.text("p", "option-hint", h)?;
                    p.set_attribute("id", &hid)?;
                    input.set_attribute("aria-describedby", &hid)?;
                    add(&row, &p)?;
                }
                add(&options, &row)?;
            }
            add(&fieldset, &options)?;
            self.terms(&fieldset, &q.terms, "question")?;
            add(&field, &fieldset)?;
        } else {
            let label = self.text("label", "", &q.label)?;
            label.set_attribute("for", &name)?;
            add(&heading, &label)?;
            add(&field, &heading)?;
            for p in [&hint, &error_p].into_iter().flatten() {
                add(&field, p)?;
            }
            if let Some(text) = doubt {
                described.push(id("doubt"));
                let p = self.text("p", "doubt", text)?;
                attrs(&p, &[("id", &id("doubt")), ("role", "alert"), ("tabindex", "-1")])?;
                add(&field, &p)?;
            }
            let wrap = self.el("div", "text-field")?;
            let input = self.el("input", "")?;
            let value = raw.map(str::to_string).or_else(|| q.value.clone()).unwrap_or_default();
            // WCAG 1.3.5: the birth date says so (`bday`); other answers are not the person's
            // contact data and stay out of the browser's form history (`off`).
            attrs(
                &input,
                &[
                    ("type", "text"),
                    ("name", &name),
                    ("id", &name),
                    ("autocomplete", q.autocomplete.unwrap_or("off")),
                    ("spellcheck", "false"),
                    ("value", &value),
                    ("part", "input"),
                ],
            )?;
            if matches!(q.input, "kronor" | "count") {
                input.set_attribute("inputmode", "numeric")?;
            }
            if error.is_some() {
                input.set_attribute("aria-invalid", "true")?;
            }
            add(&wrap, &input)?;
            if let Some(unit) = &q.unit {
                described.push(id("unit"));
                let u = self.text("span", "unit", unit)?;
                u.set_attribute("id", &id("unit"))?;
                add(&wrap, &u)?;
            }
            if !described.is_empty() {
                input.set_attribute("aria-describedby", &described.join(" "))?;
            }
            add(&field, &wrap)?;
            // The explanation after the answer field, so Tab reaches the field first.
            self.terms(&field, &q.terms, "question")?;
        }
        Ok(field)
    }

    /// The error summary: a titled alert with one link per error, each moving focus to its field.
    fn error_summary(&self, errors: &[(&ErrorView, String)]) -> R<Element> {
        let summary = self.el("div", "error-summary")?;
        attrs(
            &summary,
            &[
                ("role", "alert"),
                ("tabindex", "-1"),
                ("aria-labelledby", "error-summary-title"),
                ("part", "error-summary"),
            ],
        )?;
        let title = self.text("h2", "", &self.ui(UiMsg::ErrorSummaryTitle))?;
        title.set_attribute("id", "error-summary-title")?;
        add(&summary, &title)?;
        let list = self.el("ul", "")?;
        for (e, target) in errors {
            let item = self.el("li", "")?;
            let link = self.text("a", "", &e.message)?;
            attrs(&link, &[("href", &format!("#{target}")), ("data-action", "focus"), ("data-target", target)])?;
            add(&item, &link)?;
            add(&list, &item)?;
        }
        add(&summary, &list)?;
        Ok(summary)
    }

    /// Handler mode: the as-of date, every question on the path on one page, and the result with
    /// the full trace and the parameters used as soon as the answers allow one.
    pub fn handler(
        &self,
        questions: &[QuestionView],
        errors: &[FieldError],
        outcome: Option<&OutcomeView>,
        as_of: Date,
        extras: &Extras,
    ) -> R<Element> {
        let c = self.container("sjt handler")?;
        add(&c, &self.text("p", "mode-label", &self.ui(UiMsg::HandlerMode))?)?;
        // The result near the top, updated in place and announced, with a jump to the whole of
        // it and the case note's copy button, so no one has to scroll past every question.
        let top = self.el("div", "handler-summary")?;
        attrs(&top, &[("role", "status"), ("id", "handler-summary")])?;
        match outcome {
            Some(o) => {
                let p = self.el("p", "")?;
                add(&p, &self.text("strong", "", &format!("{}: {}", self.ui(UiMsg::ResultTitle), o.verdict_label))?)?;
                p.append_child(&self.doc.create_text_node(&format!(" {}", o.headline)))?;
                add(&top, &p)?;
                let skip = self.text("a", "skip", &self.ui(UiMsg::SkipToResult))?;
                attrs(&skip, &[("href", "#headline"), ("data-action", "focus"), ("data-target", "headline")])?;
                add(&top, &skip)?;
                let copy = self.button("secondary", "copy-note", &self.ui(UiMsg::CopyCaseNote))?;
                copy.set_attribute("id", "copy-note-top")?;
                add(&top, &copy)?;
            }
            None => add(&top, &self.text("p", "pending", &self.ui(UiMsg::ResultPending))?)?,
        }
        add(&c, &top)?;
        if !errors.is_empty() {
            let list: Vec<(&ErrorView, String)> = errors
                .iter()
                .filter_map(|fe| {
                    if fe.question == "as-of" {
                        return Some((&fe.error, "as-of".to_string()));
                    }
                    let q = questions.iter().find(|q| q.id == fe.question)?;
                    Some((&fe.error, first_control(&format!("{}--", q.id), q)))
                })
                .collect();
            add(&c, &self.error_summary(&list)?)?;
        }
        let form = self.el("form", "handler-form")?;
        attrs(&form, &[("novalidate", ""), ("data-handler", ""), ("part", "form")])?;
        let as_of_field = self.el("div", "field as-of")?;
        let label = self.text("label", "", &self.ui(UiMsg::AsOfLabel))?;
        label.set_attribute("for", "as-of")?;
        let hint = self.text("p", "hint", &self.ui(UiMsg::AsOfHint))?;
        hint.set_attribute("id", "as-of-hint")?;
        let input = self.el("input", "")?;
        let refused = errors.iter().find(|e| e.question == "as-of");
        let date = refused.map(|e| e.raw.clone()).unwrap_or_else(|| as_of.to_string());
        attrs(
            &input,
            &[
                ("type", "text"),
                ("id", "as-of"),
                ("name", "as-of"),
                ("value", &date),
                ("spellcheck", "false"),
                ("autocomplete", "off"),
                ("aria-describedby", if refused.is_some() { "as-of-hint as-of-error" } else { "as-of-hint" }),
            ],
        )?;
        add(&as_of_field, &label)?;
        add(&as_of_field, &hint)?;
        if let Some(e) = refused {
            as_of_field.set_class_name("field as-of has-error");
            input.set_attribute("aria-invalid", "true")?;
            let p = self.el("p", "field-error")?;
            p.set_attribute("id", "as-of-error")?;
            add(&p, &self.text("span", "visually-hidden", &self.error_prefix())?)?;
            p.append_child(&self.doc.create_text_node(&e.error.message))?;
            add(&as_of_field, &p)?;
        }
        add(&as_of_field, &input)?;
        add(&form, &as_of_field)?;
        let h = self.text("h2", "", &self.ui(UiMsg::QuestionsTitle))?;
        attrs(&h, &[("tabindex", "-1"), ("data-focus", "")])?;
        add(&form, &h)?;
        for q in questions {
            let err = errors.iter().find(|e| e.question == q.id);
            let field = self.field(
                q,
                err.map(|e| &e.error),
                err.map(|e| e.raw.as_str()),
                &format!("{}--", q.id),
                "h3",
                false,
                None,
            )?;
            add(&form, &field)?;
        }
        let submit = self.text("button", "primary", &self.ui(UiMsg::Update))?;
        attrs(&submit, &[("type", "submit"), ("part", "button")])?;
        add(&form, &submit)?;
        add(&c, &form)?;
        match outcome {
            Some(o) => add(&c, &self.result(o, extras, "h2", false)?)?,
            None => add(&c, &self.text("p", "pending", &self.ui(UiMsg::ResultPending))?)?,
        }
        Ok(c)
    }

    /// The start screen: what the self-test is, what to have at hand, about how long it takes,
    /// that nothing typed is sent anywhere, and the button to begin.
    pub fn start(&self, v: &StartView, extras: &Extras) -> R<Element> {
        let c = self.container("sjt start")?;
        self.link_refused(&c, extras)?;
        let h = self.text("h2", "", &v.title)?;
        attrs(&h, &[("tabindex", "-1"), ("data-focus", "")])?;
        add(&c, &h)?;
        add(&c, &self.text("p", "", &v.intro)?)?;
        if !v.needs.is_empty() {
            add(&c, &self.text("p", "", &self.ui(UiMsg::StartNeed))?)?;
            add(&c, &self.list("ul", &v.needs)?)?;
        }
        add(&c, &self.text("p", "", &self.ui(UiMsg::StartTime { questions: v.questions, minutes: v.minutes }))?)?;
        add(&c, &self.text("p", "", &self.ui(UiMsg::PrivacyNote))?)?;
        let begin = self.button("primary", "begin", &self.ui(UiMsg::StartButton))?;
        begin.set_attribute("part", "button")?;
        add(&c, &begin)?;
        Ok(c)
    }

    /// A link in the address that could not be read: said where the person looks first.
    fn link_refused(&self, parent: &Element, extras: &Extras) -> R<()> {
        if let Some(text) = extras.link_refused {
            let p = self.text("p", "notice link-refused", text)?;
            p.set_attribute("role", "alert")?;
            add(parent, &p)?;
        }
        Ok(())
    }

    fn heading3(&self, parent: &Element, text: &str) -> R<()> {
        add(parent, &self.text("h3", "", text)?)
    }

    fn definition_list(&self, class: &str, rows: &[(&str, &str)]) -> R<Element> {
        let dl = self.el("dl", class)?;
        for (k, v) in rows {
            add(&dl, &self.text("dt", "", k)?)?;
            add(&dl, &self.text("dd", "", v)?)?;
        }
        Ok(dl)
    }

    /// The dates that matter, as a list, and a link that saves them as a calendar file made in
    /// the browser (a `data:` URL: nothing is sent).
    fn timeline(&self, parent: &Element, o: &OutcomeView) -> R<()> {
        let block = self.el("div", "timeline")?;
        let words = |m| crate::i18n::bundle::render(&m, self.lang);
        self.heading3(&block, &words(crate::text::timeline_title()))?;
        let list = self.el("ul", "")?;
        for e in &o.timeline {
            let li = self.el("li", "")?;
            let when = self.text("time", "", &e.when)?;
            when.set_attribute("datetime", &e.date.to_string())?;
            add(&li, &when)?;
            li.append_child(&self.doc.create_text_node(&format!(": {}", e.text)))?;
            add(&list, &li)?;
        }
        add(&block, &list)?;
        let a = self.text("a", "calendar", &words(crate::text::timeline_download()))?;
        attrs(&a, &[("href", &api::ics_data_url(o)), ("download", &format!("{}.ics", o.test))])?;
        let p = self.el("p", "")?;
        add(&p, &a)?;
        add(&block, &p)?;
        add(parent, &block)
    }

    /// The words of `terms` that first appear `at`, each as "Vad betyder …?" that opens its
    /// definition (a `<details>`: a button to keyboards and screen readers, nothing to load).
    fn terms(&self, parent: &Element, terms: &[api::TermView], at: &str) -> R<()> {
        for t in terms.iter().filter(|t| t.at == at) {
            let d = self.el("details", "term")?;
            d.set_attribute("data-term", t.key)?;
            add(&d, &self.text("summary", "", &t.question)?)?;
            add(&d, &self.text("p", "", &t.definition)?)?;
            add(parent, &d)?;
        }
        Ok(())
    }

    fn list(&self, tag: &str, items: &[String]) -> R<Element> {
        let l = self.el(tag, "")?;
        for i in items {
            add(&l, &self.text("li", "", i)?)?;
        }
        Ok(l)
    }

    fn law_link(&self, text: &str, url: &str) -> R<Element> {
        let a = self.text("a", "law", text)?;
        attrs(
            &a,
            &[
                ("href", url),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
                ("referrerpolicy", "no-referrer"),
                ("title", &self.ui(UiMsg::LawLinkTitle)),
                // Says that the link opens a new tab (WCAG 3.2.5 advice), through one hidden
                // description rather than words in every link, which copied text would carry.
                ("aria-describedby", "new-tab"),
            ],
        )?;
        Ok(a)
    }

    fn table(&self, caption: &str, head: &[String], rows: Vec<Vec<Element>>) -> R<Element> {
        let wrap = self.el("div", "table-wrap")?;
        attrs(&wrap, &[("tabindex", "0"), ("role", "region"), ("aria-label", caption)])?;
        let t = self.el("table", "")?;
        add(&t, &self.text("caption", "", caption)?)?;
        let thead = self.el("thead", "")?;
        let tr = self.el("tr", "")?;
        for h in head {
            let th = self.text("th", "", h)?;
            th.set_attribute("scope", "col")?;
            add(&tr, &th)?;
        }
        add(&thead, &tr)?;
        add(&t, &thead)?;
        let tbody = self.el("tbody", "")?;
        for cells in rows {
            let tr = self.el("tr", "")?;
            for cell in cells {
                add(&tr, &cell)?;
            }
            add(&tbody, &tr)?;
        }
        add(&t, &tbody)?;
        add(&wrap, &t)?;
        Ok(wrap)
    }

    fn td(&self, text: &str) -> R<Element> {
        self.text("td", "", text)
    }

    /// The result page for citizens.
    pub fn outcome(&self, o: &OutcomeView, extras: &Extras) -> R<Element> {
        let c = self.container("sjt")?;
        add(&c, &self.result(o, extras, "h2", true)?)?;
        Ok(c)
    }

    /// The result: verdict, key facts, the failed condition, notes, next steps, the reasons with
    /// their paragraphs (a table with the parameters in handler mode), the answers with
    /// "change" buttons, and the link and print buttons.
    fn result(&self, o: &OutcomeView, extras: &Extras, heading_tag: &str, focus: bool) -> R<Element> {
        let result = self.el("section", "result")?;
        attrs(&result, &[("part", "result"), ("aria-labelledby", "headline")])?;
        if !extras.handler {
            self.link_refused(&result, extras)?;
            let back = self.button("link back", "back", &self.ui(UiMsg::BackToLastQuestion))?;
            back.set_attribute("part", "back")?;
            add(&result, &back)?;
        }
        if let Some(then) = extras.rules_changed {
            let p =
                self.text("p", "notice", &self.ui(UiMsg::RulesChanged { then: then.into(), now: o.rules_version }))?;
            p.set_attribute("role", "status")?;
            add(&result, &p)?;
        }
        add(&result, &self.text("p", "verdict", &o.verdict_label)?)?;
        let h = self.text(heading_tag, "headline", &o.headline)?;
        attrs(&h, &[("id", "headline"), ("tabindex", "-1")])?;
        if focus && !extras.sheet_open {
            h.set_attribute("data-focus", "")?;
        }
        add(&result, &h)?;

        let shown = |group: Option<&str>| -> Vec<(&str, &str)> {
            o.rows
                .iter()
                .filter(|r| !r.hidden && r.group.as_deref() == group)
                .map(|r| (r.label.as_str(), r.value.as_str()))
                .collect()
        };
        let rows = shown(None);
        if !rows.is_empty() {
            add(&result, &self.definition_list("summary", &rows)?)?;
        }
        if !o.moves.is_empty() {
            let block = self.el("div", "moves")?;
            self.heading3(&block, &self.words(crate::text::moves_title()))?;
            let texts: Vec<String> = o.moves.iter().map(|c| c.text.clone()).collect();
            add(&block, &self.list("ul", &texts)?)?;
            add(&result, &block)?;
        }
        self.terms(&result, &o.terms, "facts")?;
        // Lists apart from the key facts, each under its heading, in the order they come.
        let mut groups: Vec<&str> = Vec::new();
        for g in o.rows.iter().filter(|r| !r.hidden).filter_map(|r| r.group.as_deref()) {
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        for g in groups {
            let block = self.el("div", "group")?;
            self.heading3(&block, g)?;
            add(&block, &self.definition_list("summary", &shown(Some(g)))?)?;
            add(&result, &block)?;
        }
        if let Some(f) = &o.failed {
            let block = self.el("div", "failed")?;
            self.heading3(&block, &self.ui(UiMsg::FailedTitle))?;
            let (a, b, c) = (self.ui(UiMsg::FailedCriterion), self.ui(UiMsg::FailedValue), self.ui(UiMsg::FailedLimit));
            add(&block, &self.definition_list("summary", &[(&a, &f.criterion), (&b, &f.value), (&c, &f.limit)])?)?;
            self.terms(&block, &o.terms, "failed")?;
            add(&result, &block)?;
        }
        if !o.changes.is_empty() {
            let block = self.el("div", "changes")?;
            self.heading3(&block, &crate::i18n::bundle::render(&crate::text::changes_title(), self.lang))?;
            let texts: Vec<String> = o.changes.iter().map(|c| c.text.clone()).collect();
            add(&block, &self.list("ul", &texts)?)?;
            add(&result, &block)?;
        }
        if !o.timeline.is_empty() {
            self.timeline(&result, o)?;
        }
        if !o.notes.is_empty() {
            self.heading3(&result, &self.ui(UiMsg::GoodToKnow))?;
            add(&result, &self.list("ul", &o.notes)?)?;
            self.terms(&result, &o.terms, "notes")?;
        }
        if !o.next_steps.is_empty() {
            self.heading3(&result, &self.ui(UiMsg::NextSteps))?;
            add(&result, &self.list("ol", &o.next_steps)?)?;
            self.terms(&result, &o.terms, "next-steps")?;
        }
        if extras.handler {
            self.trace_tables(&result, o)?;
            self.terms(&result, &o.terms, "reasons")?;
            self.case_note(&result, o)?;
        } else {
            self.heading3(&result, &self.ui(UiMsg::Reasons))?;
            let reasons = self.el("ol", "reasons")?;
            for s in &o.reasons {
                let li = self.el("li", "")?;
                add(&li, &self.text("span", "check", &format!("{}: ", s.check_label))?)?;
                li.append_child(&self.doc.create_text_node(&s.text))?;
                add(&li, &self.law_link(&s.law.text, &s.law.url)?)?;
                add(&reasons, &li)?;
            }
            add(&result, &reasons)?;
            self.terms(&result, &o.terms, "reasons")?;
            self.answers(&result, o)?;
        }
        add(&result, &self.text("p", "meta", &self.ui(UiMsg::PrivacyNote))?)?;
        let version = UiMsg::RulesVersion { version: o.rules_version, as_of: o.as_of };
        add(&result, &self.text("p", "meta", &self.ui(version))?)?;
        self.keep(&result, extras)?;
        let new_tab = self.text("span", "", &self.ui(UiMsg::OpensInNewTab))?;
        attrs(&new_tab, &[("id", "new-tab"), ("hidden", "")])?;
        add(&result, &new_tab)?;
        if !extras.handler {
            add(&result, &self.sheet(o, extras, focus)?)?;
            if extras.sheet_open {
                result.set_attribute("class", "result sheet-open")?;
            }
        }
        Ok(result)
    }

    fn words(&self, m: crate::text::Msg) -> String {
        crate::i18n::bundle::render(&m, self.lang)
    }

    /// Label–value pairs as a list, "label: value" per item: denser than a table on paper (two
    /// columns where there is room, widget.css).
    fn pairs(&self, class: &str, rows: &[(&str, &str)]) -> R<Element> {
        let ul = self.el("ul", class)?;
        for (label, value) in rows {
            let li = self.el("li", "")?;
            // "När är du född?: …" reads badly: a question keeps its own mark.
            let sep = if label.ends_with(['?', ':']) { " " } else { ": " };
            add(&li, &self.text("span", "label", &format!("{label}{sep}"))?)?;
            li.append_child(&self.doc.create_text_node(value))?;
            add(&ul, &li)?;
        }
        Ok(ul)
    }

    /// The meeting sheet: on one A4 page the result, the reasons with their paragraphs, the
    /// dates, the questions to ask and whom, the answers, the words explained and the link that
    /// restores the result. Drawn with every citizen result page; hidden on screen until asked
    /// for, and always what prints (widget.css).
    fn sheet(&self, o: &OutcomeView, extras: &Extras, focus: bool) -> R<Element> {
        use crate::text as t;
        let sheet = self.el("section", "sheet")?;
        attrs(&sheet, &[("aria-labelledby", "sheet-title"), ("part", "sheet")])?;
        if !extras.sheet_open {
            sheet.set_attribute("hidden", "")?;
        }
        let h = self.text("h2", "", &self.words(t::sheet_title()))?;
        attrs(&h, &[("id", "sheet-title"), ("tabindex", "-1")])?;
        if focus && extras.sheet_open {
            h.set_attribute("data-focus", "")?;
        }
        add(&sheet, &h)?;
        add(&sheet, &self.text("p", "sheet-intro", &self.words(t::sheet_intro()))?)?;
        let made = t::sheet_made(o.as_of, o.rules_version);
        add(&sheet, &self.text("p", "meta", &self.words(made))?)?;

        self.heading3(&sheet, &self.words(t::sheet_result()))?;
        add(&sheet, &self.text("p", "verdict", &o.verdict_label)?)?;
        add(&sheet, &self.text("p", "sheet-headline", &o.headline)?)?;
        // A row whose words are a reason below (the catalogue's suggestions, and what does not
        // fit and why) is not repeated.
        let rows: Vec<(&str, &str)> = o
            .rows
            .iter()
            .filter(|r| !r.hidden && r.key != "not-suggested" && !o.reasons.iter().any(|s| s.text == r.value))
            .map(|r| (r.label.as_str(), r.value.as_str()))
            .collect();
        if !rows.is_empty() {
            add(&sheet, &self.pairs("pairs", &rows)?)?;
        }
        if let Some(most) = o.moves.first() {
            add(&sheet, &self.text("p", "", &most.text)?)?;
        }
        if !o.changes.is_empty() {
            let texts: Vec<String> = o.changes.iter().map(|c| c.text.clone()).collect();
            add(&sheet, &self.list("ul", &texts)?)?;
        }

        self.heading3(&sheet, &self.words(t::sheet_reasons()))?;
        // The conditions met and not met; the steps of a calculation are in the figures above.
        // Many conditions not met (the catalogue's entries that do not fit) share one item.
        use crate::domain::Check;
        let met: Vec<&api::StepView> = o.reasons.iter().filter(|s| s.check == Check::Yes).collect();
        let not_met: Vec<&api::StepView> = o.reasons.iter().filter(|s| s.check == Check::No).collect();
        let not_met_count = not_met.len();
        let mut items: Vec<Vec<&api::StepView>> = match (met.len(), not_met.len()) {
            (0, 0) => o.reasons.iter().map(|s| vec![s]).collect(),
            (_, n) if n > 2 => met.into_iter().map(|s| vec![s]).chain([not_met]).collect(),
            _ => o.reasons.iter().filter(|s| s.check != Check::Info).map(|s| vec![s]).collect(),
        };
        items.retain(|i| !i.is_empty());
        // The catalogue's entries that do not fit are named with their law only (each one's reason
        // is on the result page and behind the link), so the sheet stays on one page.
        let names: Vec<&str> = o.rows.iter().filter(|r| r.key == "not-suggested").map(|r| r.label.as_str()).collect();
        let short = names.len() == not_met_count && names.len() > 2;
        let reasons = self.el("ol", "reasons")?;
        for item in items {
            let li = self.el("li", "")?;
            add(&li, &self.text("span", "check", &format!("{}: ", item[0].check_label))?)?;
            let texts: Vec<String> = if short && item.len() == names.len() && item[0].check == Check::No {
                item.iter().zip(&names).map(|(s, name)| format!("{name} ({})", s.law.text)).collect()
            } else {
                item.iter().map(|s| format!("{} ({})", s.text, s.law.text)).collect()
            };
            li.append_child(&self.doc.create_text_node(&texts.join(if short { "; " } else { " " })))?;
            add(&reasons, &li)?;
        }
        add(&sheet, &reasons)?;

        if !o.timeline.is_empty() {
            self.heading3(&sheet, &self.words(t::timeline_title()))?;
            let texts: Vec<String> = o.timeline.iter().map(|e| format!("{}: {}", e.when, e.text)).collect();
            add(&sheet, &self.list("ul", &texts)?)?;
        }

        if !o.to_ask.is_empty() {
            self.heading3(&sheet, &self.words(t::sheet_to_ask()))?;
            for whom in crate::flow::Whom::ALL {
                let texts: Vec<String> = o.to_ask.iter().filter(|a| a.whom == whom).map(|a| a.text.clone()).collect();
                if let Some(first) = o.to_ask.iter().find(|a| a.whom == whom) {
                    add(&sheet, &self.text("h4", "", &first.who)?)?;
                    add(&sheet, &self.list("ul", &texts)?)?;
                }
            }
        }

        self.heading3(&sheet, &self.words(t::sheet_answers()))?;
        let answers: Vec<(&str, &str)> = o.answers.iter().map(|a| (a.label.as_str(), a.answer.as_str())).collect();
        add(&sheet, &self.pairs("pairs answers", &answers)?)?;

        // The words explained that the sheet itself uses (not those of the notes and next steps).
        let terms: Vec<&api::TermView> =
            o.terms.iter().filter(|t| matches!(t.at, "facts" | "failed" | "reasons")).collect();
        if !terms.is_empty() {
            let words = self.el("dl", "sheet-terms")?;
            for term in terms {
                add(&words, &self.text("dt", "", &term.question)?)?;
                add(&words, &self.text("dd", "", &term.definition)?)?;
            }
            add(&sheet, &words)?;
        }

        if let Some(link) = extras.sheet_link {
            self.heading3(&sheet, &self.words(t::sheet_link()))?;
            let p = self.el("p", "restore")?;
            let a = self.text("a", "restore", link)?;
            a.set_attribute("href", link)?;
            add(&p, &a)?;
            add(&sheet, &p)?;
            add(&sheet, &self.text("p", "hint", &self.words(t::sheet_link_hint()))?)?;
        }

        let actions = self.el("div", "actions")?;
        add(&actions, &self.button("primary", "print", &self.words(t::sheet_print()))?)?;
        add(&actions, &self.button("secondary", "sheet-close", &self.words(t::sheet_close()))?)?;
        add(&sheet, &actions)?;
        Ok(sheet)
    }

    /// Handler mode: the result as plain text for a case note, to read and to copy.
    fn case_note(&self, parent: &Element, o: &OutcomeView) -> R<()> {
        let block = self.el("div", "case-note")?;
        let h = self.el("h3", "")?;
        let label = self.text("label", "", &self.ui(UiMsg::CaseNoteTitle))?;
        label.set_attribute("for", "case-note")?;
        add(&h, &label)?;
        add(&block, &h)?;
        let hint = self.text("p", "hint", &self.ui(UiMsg::CaseNoteHint))?;
        hint.set_attribute("id", "case-note-hint")?;
        add(&block, &hint)?;
        let text = self.text("textarea", "", &api::case_note(o))?;
        attrs(&text, &[("id", "case-note"), ("readonly", ""), ("rows", "12"), ("aria-describedby", "case-note-hint")])?;
        add(&block, &text)?;
        let copy = self.button("secondary", "copy-note", &self.ui(UiMsg::CopyCaseNote))?;
        add(&block, &copy)?;
        let status = self.el("p", "status")?;
        attrs(&status, &[("role", "status"), ("id", "note-status")])?;
        add(&block, &status)?;
        add(parent, &block)
    }

    fn answers(&self, parent: &Element, o: &OutcomeView) -> R<()> {
        self.heading3(parent, &self.ui(UiMsg::YourAnswers))?;
        let answers = self.el("dl", "summary answers")?;
        for a in &o.answers {
            add(&answers, &self.text("dt", "", &a.label)?)?;
            let dd = self.el("dd", "")?;
            add(&dd, &self.text("span", "", &a.answer)?)?;
            let change = self.button("link", "edit", &self.ui(UiMsg::Change))?;
            change.set_attribute("data-question", a.question)?;
            add(&change, &self.text("span", "visually-hidden", &format!(": {}", a.label))?)?;
            add(&dd, &change)?;
            add(&answers, &dd)?;
        }
        add(parent, &answers)
    }

    /// Handler mode: every rule step with its provision, and every parameter with its source.
    fn trace_tables(&self, parent: &Element, o: &OutcomeView) -> R<()> {
        let head = [UiMsg::TraceStep, UiMsg::TraceLaw, UiMsg::FailedCriterion, UiMsg::TraceCheck].map(|m| self.ui(m));
        let mut rows = Vec::new();
        for (i, s) in o.reasons.iter().enumerate() {
            let law = self.el("td", "")?;
            add(&law, &self.law_link(&s.law.text, &s.law.url)?)?;
            let check = self.td(&s.check_label)?;
            check.set_attribute("class", check_class(s.check))?;
            rows.push(vec![self.td(&(i + 1).to_string())?, law, self.td(&s.text)?, check]);
        }
        add(parent, &self.table(&self.ui(UiMsg::TraceTitle), &head, rows)?)?;
        let head = [UiMsg::ParamColumn, UiMsg::ParamValueColumn, UiMsg::ParamPeriodColumn, UiMsg::ParamSource]
            .map(|m| self.ui(m));
        let mut rows = Vec::new();
        for p in &o.params {
            rows.push(vec![self.td(&p.name)?, self.td(&p.value)?, self.td(&p.period)?, self.td(p.source)?]);
        }
        add(parent, &self.table(&self.ui(UiMsg::ParamsUsedTitle), &head, rows)?)
    }

    /// Keep the result: a link in the fragment (only when asked for), print, start again.
    fn keep(&self, parent: &Element, extras: &Extras) -> R<()> {
        let actions = self.el("div", "actions")?;
        add(&actions, &self.button("secondary", "copy-link", &self.ui(UiMsg::CopyLink))?)?;
        add(&actions, &self.button("secondary", "print", &self.ui(UiMsg::Print))?)?;
        if !extras.handler {
            add(&actions, &self.button("secondary", "sheet", &self.words(crate::text::sheet_open()))?)?;
        }
        let again = self.button("secondary", "restart", &self.ui(UiMsg::StartAgain))?;
        again.set_attribute("part", "button")?;
        add(&actions, &again)?;
        add(parent, &actions)?;
        if let Some(link) = extras.link {
            add(parent, &self.link_box(link)?)?;
        }
        Ok(())
    }

    /// The link to the result, to copy, with what it holds and where the copy's status shows.
    /// Drawn after the actions; `dom/mod.rs` also inserts it there alone, when the person asks
    /// for the link on a result page already drawn.
    pub fn link_box(&self, link: &str) -> R<Element> {
        let box_ = self.el("div", "link-box")?;
        let label = self.text("label", "", &self.ui(UiMsg::LinkLabel))?;
        label.set_attribute("for", "result-link")?;
        let input = self.el("input", "")?;
        attrs(
            &input,
            &[
                ("type", "text"),
                ("id", "result-link"),
                ("readonly", ""),
                ("value", link),
                ("aria-describedby", "link-privacy"),
            ],
        )?;
        let privacy = self.text("p", "hint", &self.ui(UiMsg::LinkPrivacy))?;
        privacy.set_attribute("id", "link-privacy")?;
        // Filled in when the clipboard has taken the link (dom/mod.rs).
        let status = self.el("p", "status")?;
        attrs(&status, &[("role", "status"), ("id", "link-status")])?;
        for e in [&label, &input, &privacy, &status] {
            add(&box_, e)?;
        }
        Ok(box_)
    }

    /// A self-test that could not start: the reason, and where to get help.
    pub fn failure(&self, e: &ErrorView) -> R<Element> {
        let c = self.container("sjt")?;
        let p = self.text("p", "field-error", &e.message)?;
        p.set_attribute("role", "alert")?;
        add(&c, &p)?;
        let a = self.text("a", "", &self.ui(UiMsg::ApologyLink))?;
        a.set_attribute("href", "https://www.forsakringskassan.se/")?;
        add(&c, &a)?;
        Ok(c)
    }
}

/// The id of a question's first control, for the error summary's link.
fn first_control(prefix: &str, q: &QuestionView) -> String {
    if matches!(q.input, "yes-no" | "one-of" | "level") {
        format!("{prefix}answer-0")
    } else {
        format!("{prefix}answer")
    }
}

fn check_class(check: crate::domain::Check) -> &'static str {
    match check {
        crate::domain::Check::Yes => "check-yes",
        crate::domain::Check::No => "check-no",
        crate::domain::Check::Info => "check-info",
    }
}
