//! Builds the elements of one screen from an `api::View`. Pure construction: no listeners and
//! no state; `dom/mod.rs` swaps the result into the shadow root. Only text content and
//! attributes are set (never `innerHTML`), so nothing a person types can become markup.

use crate::api::{ErrorView, OutcomeView, QuestionView};
use crate::i18n::{Lang, UiMsg};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

pub struct Draw {
    pub doc: Document,
    pub lang: Lang,
}

type R<T> = Result<T, JsValue>;

fn add(parent: &Element, child: &Element) -> R<()> {
    parent.append_child(child)?;
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

    fn container(&self) -> R<Element> {
        let c = self.el("div", "sjt")?;
        c.set_attribute("part", "container")?;
        c.set_attribute("lang", self.lang.tag())?;
        Ok(c)
    }

    /// One question, with an error summary and the typed text when an answer was refused.
    pub fn question(&self, q: &QuestionView, error: Option<&ErrorView>, raw: Option<&str>) -> R<Element> {
        let c = self.container()?;
        if q.can_go_back {
            let back = self.text("button", "link back", &self.ui(UiMsg::Back))?;
            back.set_attribute("type", "button")?;
            back.set_attribute("data-action", "back")?;
            back.set_attribute("part", "back")?;
            c.append_child(&back)?;
        }
        let progress = self.text("p", "progress", &q.progress)?;
        progress.set_attribute("part", "progress")?;
        c.append_child(&progress)?;

        let radios = matches!(q.input, "yes-no" | "one-of" | "level");
        let first_control = if radios { "answer-0" } else { "answer" };
        if let Some(e) = error {
            add(&c, &self.error_summary(e, first_control)?)?;
        }

        let form = self.el("form", "")?;
        form.set_attribute("novalidate", "")?;
        form.set_attribute("data-question", q.id)?;
        form.set_attribute("data-input", q.input)?;
        form.set_attribute("part", "form")?;
        let field = self.el("div", if error.is_some() { "field has-error" } else { "field" })?;

        let mut described = Vec::new();
        let hint = match &q.hint {
            Some(h) => {
                described.push("hint");
                let p = self.text("p", "hint", h)?;
                p.set_attribute("id", "hint")?;
                Some(p)
            }
            None => None,
        };
        let error_p = match error {
            Some(e) => {
                described.push("error");
                let p = self.el("p", "field-error")?;
                p.set_attribute("id", "error")?;
                let prefix =
                    self.text("span", "visually-hidden", if self.lang == Lang::Sv { "Fel: " } else { "Error: " })?;
                p.append_child(&prefix)?;
                p.append_child(&self.doc.create_text_node(&e.message))?;
                Some(p)
            }
            None => None,
        };

        let heading = self.el("h2", "question")?;
        heading.set_attribute("tabindex", "-1")?;
        heading.set_attribute("data-focus", "")?;
        heading.set_attribute("part", "question")?;
        if radios {
            let fieldset = self.el("fieldset", "")?;
            if !described.is_empty() {
                fieldset.set_attribute("aria-describedby", &described.join(" "))?;
            }
            let legend = self.el("legend", "")?;
            heading.set_text_content(Some(&q.label));
            legend.append_child(&heading)?;
            fieldset.append_child(&legend)?;
            for p in [&hint, &error_p].into_iter().flatten() {
                fieldset.append_child(p)?;
            }
            let options = self.el("div", "options")?;
            let chosen = raw.map(str::to_string).or_else(|| q.value.clone());
            for (i, o) in q.options.iter().enumerate() {
                let id = format!("answer-{i}");
                let row = self.el("div", "option")?;
                let input = self.el("input", "")?;
                for (k, v) in [("type", "radio"), ("name", "answer"), ("id", id.as_str()), ("value", o.value.as_str())]
                {
                    input.set_attribute(k, v)?;
                }
                if chosen.as_deref() == Some(o.value.as_str()) {
                    input.set_attribute("checked", "")?;
                }
                let label = self.text("label", "", &o.label)?;
                label.set_attribute("for", &id)?;
                row.append_child(&input)?;
                row.append_child(&label)?;
                if let Some(h) = &o.hint {
                    let hid = format!("{id}-hint");
                    let p = self.text("p", "option-hint", h)?;
                    p.set_attribute("id", &hid)?;
                    input.set_attribute("aria-describedby", &hid)?;
                    row.append_child(&p)?;
                }
                options.append_child(&row)?;
            }
            fieldset.append_child(&options)?;
            field.append_child(&fieldset)?;
        } else {
            let label = self.text("label", "", &q.label)?;
            label.set_attribute("for", "answer")?;
            heading.append_child(&label)?;
            field.append_child(&heading)?;
            for p in [&hint, &error_p].into_iter().flatten() {
                field.append_child(p)?;
            }
            let wrap = self.el("div", "text-field")?;
            let input = self.el("input", "")?;
            let value = raw.map(str::to_string).or_else(|| q.value.clone()).unwrap_or_default();
            // WCAG 1.3.5: the birth date says so (`bday`); other answers are not the person's
            // contact data and stay out of the browser's form history (`off`).
            for (k, v) in [
                ("type", "text"),
                ("name", "answer"),
                ("id", "answer"),
                ("autocomplete", q.autocomplete.unwrap_or("off")),
                ("spellcheck", "false"),
            ] {
                input.set_attribute(k, v)?;
            }
            input.set_attribute("value", &value)?;
            input.set_attribute("part", "input")?;
            if matches!(q.input, "kronor" | "count") {
                input.set_attribute("inputmode", "numeric")?;
            }
            if error.is_some() {
                input.set_attribute("aria-invalid", "true")?;
            }
            if let Some(unit) = &q.unit {
                described.push("unit");
                let u = self.text("span", "unit", unit)?;
                u.set_attribute("id", "unit")?;
                wrap.append_child(&input)?;
                wrap.append_child(&u)?;
            } else {
                wrap.append_child(&input)?;
            }
            if !described.is_empty() {
                input.set_attribute("aria-describedby", &described.join(" "))?;
            }
            field.append_child(&wrap)?;
        }
        form.append_child(&field)?;
        let submit = self.text("button", "primary", &self.ui(UiMsg::Continue))?;
        submit.set_attribute("type", "submit")?;
        submit.set_attribute("part", "button")?;
        form.append_child(&submit)?;
        c.append_child(&form)?;
        Ok(c)
    }

    fn error_summary(&self, e: &ErrorView, target: &str) -> R<Element> {
        let summary = self.el("div", "error-summary")?;
        summary.set_attribute("role", "alert")?;
        summary.set_attribute("tabindex", "-1")?;
        summary.set_attribute("aria-labelledby", "error-summary-title")?;
        summary.set_attribute("part", "error-summary")?;
        let title = self.text("h2", "", &self.ui(UiMsg::ErrorSummaryTitle))?;
        title.set_attribute("id", "error-summary-title")?;
        summary.append_child(&title)?;
        let list = self.el("ul", "")?;
        let item = self.el("li", "")?;
        let link = self.text("a", "", &e.message)?;
        link.set_attribute("href", &format!("#{target}"))?;
        link.set_attribute("data-action", "focus")?;
        link.set_attribute("data-target", target)?;
        item.append_child(&link)?;
        list.append_child(&item)?;
        summary.append_child(&list)?;
        Ok(summary)
    }

    fn heading3(&self, parent: &Element, text: &str) -> R<()> {
        add(parent, &self.text("h3", "", text)?)?;
        Ok(())
    }

    fn definition_list(&self, class: &str, rows: &[(&str, &str)]) -> R<Element> {
        let dl = self.el("dl", class)?;
        for (k, v) in rows {
            add(&dl, &self.text("dt", "", k)?)?;
            add(&dl, &self.text("dd", "", v)?)?;
        }
        Ok(dl)
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
        a.set_attribute("href", url)?;
        a.set_attribute("target", "_blank")?;
        a.set_attribute("rel", "noopener noreferrer")?;
        a.set_attribute("referrerpolicy", "no-referrer")?;
        a.set_attribute("title", &self.ui(UiMsg::LawLinkTitle))?;
        Ok(a)
    }

    /// The result page: verdict, key facts, the failed condition, notes, next steps, the
    /// reasons with their paragraphs, and the answers with "change" buttons.
    pub fn outcome(&self, o: &OutcomeView) -> R<Element> {
        let c = self.container()?;
        let result = self.el("section", "result")?;
        result.set_attribute("part", "result")?;
        result.set_attribute("aria-labelledby", "headline")?;
        add(&result, &self.text("p", "verdict", &o.verdict_label)?)?;
        let h = self.text("h2", "headline", &o.headline)?;
        for (k, v) in [("id", "headline"), ("tabindex", "-1"), ("data-focus", "")] {
            h.set_attribute(k, v)?;
        }
        result.append_child(&h)?;

        let rows: Vec<(&str, &str)> =
            o.rows.iter().filter(|r| !r.hidden).map(|r| (r.label.as_str(), r.value.as_str())).collect();
        if !rows.is_empty() {
            add(&result, &self.definition_list("summary", &rows)?)?;
        }
        if let Some(f) = &o.failed {
            let block = self.el("div", "failed")?;
            self.heading3(&block, &self.ui(UiMsg::FailedTitle))?;
            let (a, b, cc) =
                (self.ui(UiMsg::FailedCriterion), self.ui(UiMsg::FailedValue), self.ui(UiMsg::FailedLimit));
            add(&block, &self.definition_list("summary", &[(&a, &f.criterion), (&b, &f.value), (&cc, &f.limit)])?)?;
            result.append_child(&block)?;
        }
        if !o.notes.is_empty() {
            self.heading3(&result, &self.ui(UiMsg::GoodToKnow))?;
            add(&result, &self.list("ul", &o.notes)?)?;
        }
        if !o.next_steps.is_empty() {
            self.heading3(&result, &self.ui(UiMsg::NextSteps))?;
            add(&result, &self.list("ol", &o.next_steps)?)?;
        }
        self.heading3(&result, &self.ui(UiMsg::Reasons))?;
        let reasons = self.el("ol", "reasons")?;
        for s in &o.reasons {
            let li = self.el("li", "")?;
            add(&li, &self.text("span", "check", &format!("{}: ", s.check_label))?)?;
            li.append_child(&self.doc.create_text_node(&s.text))?;
            add(&li, &self.law_link(&s.law.text, &s.law.url)?)?;
            reasons.append_child(&li)?;
        }
        result.append_child(&reasons)?;

        self.heading3(&result, &self.ui(UiMsg::YourAnswers))?;
        let answers = self.el("dl", "summary answers")?;
        for a in &o.answers {
            add(&answers, &self.text("dt", "", &a.label)?)?;
            let dd = self.el("dd", "")?;
            add(&dd, &self.text("span", "", &a.answer)?)?;
            let change = self.text("button", "link", &self.ui(UiMsg::Change))?;
            change.set_attribute("type", "button")?;
            change.set_attribute("data-action", "edit")?;
            change.set_attribute("data-question", a.question)?;
            add(&change, &self.text("span", "visually-hidden", &format!(": {}", a.label))?)?;
            dd.append_child(&change)?;
            answers.append_child(&dd)?;
        }
        result.append_child(&answers)?;
        add(&result, &self.text("p", "meta", &self.ui(UiMsg::PrivacyNote))?)?;
        let version = UiMsg::RulesVersion { version: o.rules_version, as_of: o.as_of };
        add(&result, &self.text("p", "meta", &self.ui(version))?)?;
        let again = self.text("button", "secondary", &self.ui(UiMsg::StartAgain))?;
        again.set_attribute("type", "button")?;
        again.set_attribute("data-action", "restart")?;
        again.set_attribute("part", "button")?;
        result.append_child(&again)?;
        c.append_child(&result)?;
        Ok(c)
    }

    /// A self-test that could not start: the reason, and where to get help.
    pub fn failure(&self, e: &ErrorView) -> R<Element> {
        let c = self.container()?;
        let p = self.text("p", "field-error", &e.message)?;
        p.set_attribute("role", "alert")?;
        c.append_child(&p)?;
        let a = self.text("a", "", &self.ui(UiMsg::ApologyLink))?;
        a.set_attribute("href", "https://www.forsakringskassan.se/")?;
        c.append_child(&a)?;
        Ok(c)
    }
}
