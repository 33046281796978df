//! What the `<sjalvtest-widget>` element does with each event, without a DOM: the state of one
//! mounted self-test and, after each event, a [`Frame`] (the screen to draw, where focus goes,
//! the events to dispatch) as data. `www/sjalvtest-widget.js` draws a frame into the shadow root
//! with `document.createElement` (so the wasm carries no DOM code and no web-sys shims), moves
//! focus and dispatches the events; `wasm.rs` serializes the frames.
//! Citizens get one question per page, an error summary linked to the field, a back button,
//! progress and a result page they can keep as a link, print or open as a meeting sheet.
//! Handler mode (`mode="handler"`) puts every question on one page with an as-of date, and the
//! result with the full trace and the parameters used as soon as the answers allow.
//! Not here: what a screen contains (`api`), drawing it (the element class).

use crate::api::{self, ErrorView, OutcomeView, QuestionView, StartView, View};
use crate::domain::Date;
use crate::flow::{InputError, Saved, Session};
use crate::i18n::{bundle, Lang, UiMsg};
use crate::text::{self, Msg};
use serde::Serialize;

/// A refused answer in handler mode, kept with the text that was typed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldError {
    pub question: String,
    pub error: ErrorView,
    pub raw: String,
}

/// What the element shows after an event. `draw` false: the screen stays as it is (only
/// `errors` go out). Exactly one of `start`, `question`, `questions` (handler mode, with
/// `outcome` once there is one), `outcome` and `failure` is set when `screen` says so.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Frame {
    pub draw: bool,
    /// `start`, `question`, `handler`, `outcome`, `failure`, or `none` (nothing to show).
    pub screen: &'static str,
    pub lang: &'static str,
    pub dir: &'static str,
    pub start: Option<StartView>,
    /// The start screen's "N questions, about M minutes".
    pub start_time: Option<String>,
    pub question: Option<QuestionView>,
    pub questions: Vec<QuestionView>,
    pub outcome: Option<OutcomeView>,
    pub failure: Option<ErrorView>,
    /// A refused answer on a question page, with the text typed (`raw`).
    pub error: Option<ErrorView>,
    pub raw: Option<String>,
    /// A valid answer worth a second look (a yearly amount that may be monthly), in words.
    pub doubt: Option<String>,
    /// Handler mode: the refused answers, each by its field, and the as-of date shown.
    pub field_errors: Vec<FieldError>,
    pub as_of: String,
    /// "The rules have changed since the link was made", when a restored link's version differs.
    pub rules_changed: Option<String>,
    /// A link in the address that could not be read, in words, until the person goes on.
    pub link_refused: Option<String>,
    /// The link to this result, once the person has asked for it.
    pub link: Option<String>,
    /// The meeting sheet is open on screen in place of the result.
    pub sheet_open: bool,
    /// The fragment (after `#`) of the link that restores this result, for the meeting sheet;
    /// the element puts the page's address before it.
    pub fragment: Option<String>,
    /// The result page's words with values: the rules version and date, the sheet's "made on".
    pub rules_version: Option<String>,
    pub sheet_made: Option<String>,
    /// The timeline as a calendar file (`data:` URL), when the result has dates.
    pub ics: Option<String>,
    /// Handler mode: the result as plain text for a case note.
    pub case_note: Option<String>,
    /// The selector of the element that takes focus after drawing, if any.
    pub focus: Option<&'static str>,
    /// `sjalvtest-error` events to dispatch, in order, after drawing.
    pub errors: Vec<ErrorView>,
    /// Whether to dispatch `sjalvtest-result` for `outcome` after drawing.
    pub announce: bool,
}

/// One mounted self-test.
pub struct Widget {
    session: Result<Session, InputError>,
    lang: Lang,
    handler: bool,
    /// The rules version of the link this session was restored from, when it is not today's.
    rules_changed: Option<String>,
    link: Option<String>,
    field_errors: Vec<FieldError>,
    /// A link in the page's address could not be read; said until the person goes on.
    link_refused: bool,
    /// Whether the start screen is behind the person (always in handler mode, with
    /// `start="skip"`, and for answers brought back from a link or after an error).
    started: bool,
    /// The answer the person was asked to look at again: (question, text typed). The same text
    /// submitted again goes on.
    doubt: Option<(String, String)>,
    sheet: bool,
}

/// Where focus goes: the new screen's heading (`data-focus`), a summary of errors, a second look.
const FOCUS_HEADING: &str = "[data-focus]";
const FOCUS_ERRORS: &str = ".error-summary";
const FOCUS_DOUBT: &str = ".doubt";

impl Widget {
    /// Mounts `test` at `as_of` (the page's today or a handler's date). `mode` is "citizen" or
    /// "handler"; `fragment` is the page's `location.hash`, which may hold a link to a saved
    /// result; `kept` is a session the element kept after an error. Returns the first frame.
    pub fn mount(
        test: &str,
        lang: &str,
        as_of: &str,
        mode: &str,
        fragment: &str,
        kept: Option<Saved>,
        start: &str,
    ) -> (Widget, Frame) {
        let mut session = api::start(test, as_of);
        let mut restored = false;
        let mut rules_changed = None;
        let mut link_error = None;
        if let Some(kept) = kept.filter(|k| k.test == test) {
            if let Ok(mut s) = api::restore(&kept) {
                // A changed `as-of` attribute wins over the date the answers were kept under.
                if let Ok(day) = Date::parse(as_of) {
                    let _ = s.set_today(day);
                }
                session = Ok(s);
                restored = true;
            }
        } else if fragment.contains(&format!("{}=", api::LINK_KEY)) && session.is_ok() {
            restored = true;
            match api::restore_link(fragment) {
                Ok((s, changed)) if s.flow().id == test => {
                    session = Ok(s);
                    rules_changed = changed;
                }
                // A link to another self-test on the same page is for another widget.
                Ok(_) => restored = false,
                Err(e) => link_error = Some(e),
            }
        }
        // Handler mode only in an engine built with it (the element loads that one for it).
        let handler = mode == "handler" && cfg!(feature = "handler");
        let w = Widget {
            session,
            lang: Lang::from_tag(lang),
            handler,
            rules_changed,
            link: None,
            field_errors: Vec::new(),
            link_refused: link_error.is_some(),
            started: handler || restored || start == "skip",
            doubt: None,
            sheet: false,
        };
        let mut f = w.frame(None, None, false);
        if let Err(e) = &w.session {
            f.errors.push(w.error_view(e));
        }
        if let Some(e) = link_error {
            f.errors.push(w.error_view(&e));
        }
        f.announce = true;
        (w, f)
    }

    fn error_view(&self, e: &InputError) -> ErrorView {
        api::error_view(self.session.as_ref().ok(), e, self.lang)
    }

    /// A citizen's answer to the question on screen (the form's Continue).
    pub fn submit(&mut self, question: &str, raw: &str) -> Frame {
        // A yearly amount that may be monthly is pointed out once; the same text again goes on.
        let asked = self.doubt.take().is_some_and(|(q, typed)| q == question && typed.trim() == raw.trim());
        let worth = self.session.as_ref().ok().and_then(|s| api::doubt(s, question, raw, self.lang)).is_some();
        if worth && !asked {
            self.doubt = Some((question.into(), raw.into()));
            return self.frame(None, None, true);
        }
        let result = match &mut self.session {
            Ok(s) => s.answer(question, raw),
            Err(e) => Err(*e),
        };
        match result {
            Ok(()) => {
                self.link_refused = false;
                let mut f = self.frame(None, None, true);
                f.announce = true;
                f
            }
            Err(e) => {
                let view = self.error_view(&e);
                self.frame(Some(view), Some(raw.into()), true)
            }
        }
    }

    #[cfg(feature = "handler")]
    /// Handler mode, Enter or "Update": the as-of date (when its field is there) and the fields'
    /// texts by question id, applied in path order; unchanged and empty fields are left alone.
    pub fn handler_submit(&mut self, as_of: Option<&str>, fields: &[(String, String)]) -> Frame {
        let mut changed = Vec::new();
        if let Ok(s) = &self.session {
            for q in &s.evaluation().path {
                if let Some((_, raw)) = fields.iter().find(|(id, _)| id == q.id) {
                    changed.push((q.id.to_string(), raw.clone(), s.answers().get(q.id).map(|a| a.canonical())));
                }
            }
        }
        self.field_errors.clear();
        if let Some(raw) = as_of {
            self.set_as_of(raw);
        }
        for (id, raw, before) in changed {
            if raw.trim().is_empty() || Some(raw.trim()) == before.as_deref() {
                continue;
            }
            self.apply_answer(&id, &raw);
        }
        let mut f = self.frame(None, None, true);
        f.announce = true;
        f
    }

    #[cfg(feature = "handler")]
    /// Handler mode: a radio or a committed text field (`name` is `<question>--answer`, or
    /// `as-of`) answers at once and the result follows. Not handler mode, or another field:
    /// nothing to draw.
    pub fn change(&mut self, name: &str, value: &str) -> Frame {
        if !self.handler {
            return Frame::default();
        }
        if name == "as-of" {
            self.field_errors.retain(|e| e.question != "as-of");
            self.set_as_of(value);
        } else if let Some(id) = name.strip_suffix("--answer") {
            self.field_errors.retain(|e| e.question != id);
            if !value.trim().is_empty() {
                self.apply_answer(id, value);
            }
        } else {
            return Frame::default();
        }
        let mut f = self.frame(None, None, false);
        f.announce = true;
        f
    }

    #[cfg(feature = "handler")]
    fn set_as_of(&mut self, raw: &str) {
        let Ok(s) = &mut self.session else { return };
        if raw.trim() == s.today().to_string() {
            return;
        }
        let result = crate::flow::parse_date(raw)
            .map_err(|problem| InputError::BadDate { question: "as-of", problem })
            .and_then(|d| s.set_today(d));
        if let Err(e) = result {
            let mut error = api::error_view(Some(s), &e, self.lang);
            error.message = crate::i18n::input_error(&e, Some(&UiMsg::AsOfLabel.msg()), self.lang);
            self.field_errors.push(FieldError { question: "as-of".into(), error, raw: raw.into() });
        }
    }

    #[cfg(feature = "handler")]
    /// Answers one question in handler mode, keeping a refusal next to its field. A question that
    /// left the path because of an earlier answer in the same update is skipped.
    fn apply_answer(&mut self, id: &str, raw: &str) {
        let Ok(s) = &mut self.session else { return };
        match s.answer(id, raw) {
            Ok(()) | Err(InputError::NotAsked { .. }) => {}
            Err(e) => {
                let error = api::error_view(Some(s), &e, self.lang);
                self.field_errors.push(FieldError { question: id.into(), error, raw: raw.into() });
            }
        }
    }

    /// A button's `data-action`: `begin`, `sheet`, `sheet-close`, `back`, `edit` (of `question`)
    /// or `restart`. Another action draws nothing.
    pub fn action(&mut self, action: &str, question: &str) -> Frame {
        match action {
            "begin" => {
                self.started = true;
                self.link_refused = false;
                return self.frame(None, None, true);
            }
            "sheet" | "sheet-close" => {
                self.sheet = action == "sheet";
                return self.frame(None, None, true);
            }
            _ => {}
        }
        let result = match &mut self.session {
            Ok(s) => match action {
                "back" => s.back(),
                "edit" => s.edit(question),
                "restart" => {
                    s.restart();
                    Ok(())
                }
                _ => return Frame::default(),
            },
            Err(_) => return Frame::default(),
        };
        self.link = None;
        self.sheet = false;
        self.doubt = None;
        self.link_refused = false;
        if action == "restart" {
            self.rules_changed = None;
            self.field_errors.clear();
        }
        match result {
            Ok(()) => self.frame(None, None, true),
            Err(e) => Frame { errors: vec![self.error_view(&e)], ..Frame::default() },
        }
    }

    /// A link pasted into the tab that already shows the widget (`hashchange`): a link to this
    /// self-test replaces the session, a refused one says so and keeps the answers, and a link
    /// to another self-test (another widget's) changes nothing.
    pub fn restore_link(&mut self, fragment: &str) -> Frame {
        let Some(test) = self.session.as_ref().ok().map(|s| s.flow().id) else { return Frame::default() };
        let refused = match api::restore_link(fragment) {
            Ok((s, changed)) if s.flow().id == test => {
                self.session = Ok(s);
                self.rules_changed = changed;
                self.link_refused = false;
                self.started = true;
                self.link = None;
                self.doubt = None;
                self.field_errors.clear();
                None
            }
            Ok(_) => return Frame::default(),
            Err(e) => {
                self.link_refused = true;
                Some(e)
            }
        };
        let mut f = self.frame(None, None, true);
        if let Some(e) = refused {
            f.errors.push(self.error_view(&e));
        }
        f.announce = true;
        f
    }

    /// The link to the result: `page` (the page's address; any fragment is dropped) with the
    /// answers in the fragment. Kept, so the result page shows it until the person goes on.
    /// Nothing is stored and nothing is sent: the person decides where it goes.
    pub fn copy_link(&mut self, page: &str) -> Option<String> {
        let s = self.session.as_ref().ok()?;
        let base = page.split('#').next().unwrap_or_default();
        let link = format!("{base}#{}", link_fragment(s));
        self.link = Some(link.clone());
        Some(link)
    }

    /// The screen as it is, drawn again without moving focus.
    pub fn current(&self) -> Frame {
        self.frame(None, None, false)
    }

    /// The session as plain data (kept by the element so an exception cannot lose the answers).
    pub fn save(&self) -> Option<Saved> {
        self.session.as_ref().ok().map(Session::save)
    }

    /// The current screen. `error` and `raw` show a refused answer with its message and the
    /// text typed; `focus` moves focus to the new heading or the error summary (never on first
    /// load, so the widget does not steal focus from the page). In handler mode focus stays
    /// where it was, unless there are errors to show.
    fn frame(&self, error: Option<ErrorView>, raw: Option<String>, focus: bool) -> Frame {
        let lang = self.lang;
        let view = self.session.as_ref().ok().map(|s| api::view(s, lang));
        let doubt = match (&self.session, &view, &self.doubt) {
            (Ok(s), Some(View::Question(q)), Some((id, typed))) if q.id == id => api::doubt(s, id, typed, lang),
            _ => None,
        };
        let mut f = Frame {
            draw: true,
            lang: lang.html_lang(),
            dir: if lang.rtl() { "rtl" } else { "ltr" },
            rules_changed: self
                .rules_changed
                .as_ref()
                .map(|then| UiMsg::RulesChanged { then: then.clone(), now: crate::RULES_VERSION }.render(lang)),
            link_refused: self.link_refused.then(|| UiMsg::LinkRefused.render(lang)),
            link: self.link.clone(),
            sheet_open: self.sheet,
            ..Frame::default()
        };
        f.focus = if self.handler {
            (!self.field_errors.is_empty() && focus).then_some(FOCUS_ERRORS)
        } else if !focus {
            None
        } else if error.is_some() {
            Some(FOCUS_ERRORS)
        } else if doubt.is_some() {
            Some(FOCUS_DOUBT)
        } else {
            Some(FOCUS_HEADING)
        };
        match (&self.session, view) {
            (Ok(s), _) if !self.started && !self.handler => {
                f.screen = "start";
                let v = api::start_view(s.flow(), lang);
                f.start_time = Some(UiMsg::StartTime { questions: v.questions, minutes: v.minutes }.render(lang));
                f.start = Some(v);
            }
            #[cfg(feature = "handler")]
            (Ok(s), Some(v)) if self.handler => {
                f.screen = "handler";
                f.questions = api::path_views(s, lang);
                f.field_errors = self.field_errors.clone();
                f.as_of = s.today().to_string();
                if let View::Outcome(o) = v {
                    f.case_note = Some(api::case_note(&o));
                    f.set_outcome(o);
                }
            }
            (_, Some(View::Question(q))) => {
                f.screen = "question";
                f.raw = raw.or_else(|| self.doubt.as_ref().map(|d| d.1.clone()));
                f.doubt = doubt.filter(|_| error.is_none());
                f.error = error;
                f.question = Some(q);
            }
            (Ok(s), Some(View::Outcome(o))) => {
                f.screen = "outcome";
                f.fragment = Some(link_fragment(s));
                f.set_outcome(o);
            }
            (Err(e), _) => {
                f.screen = "failure";
                f.failure = Some(api::error_view(None, e, lang));
            }
            (Ok(_), None) => f.screen = "none",
        }
        f
    }
}

impl Frame {
    fn set_outcome(&mut self, o: OutcomeView) {
        let lang = o.lang;
        self.rules_version = Some(UiMsg::RulesVersion { version: o.rules_version, as_of: o.as_of }.render(lang));
        self.sheet_made = Some(bundle::render(&text::sheet_made(o.as_of, o.rules_version), lang));
        self.ics = (!o.timeline.is_empty()).then(|| api::ics_data_url(&o));
        self.outcome = Some(o);
    }

    /// The `sjalvtest-result` event's detail, when this frame announces an outcome.
    pub fn result_detail(&self) -> Option<api::ResultDetail<'_>> {
        self.outcome.as_ref().filter(|_| self.announce).map(api::result_detail)
    }
}

/// `sjalvtest=…`: the answers in a link's fragment.
fn link_fragment(s: &Session) -> String {
    format!("{}={}", api::LINK_KEY, api::to_link(&s.save()))
}

/// The words the element draws around the views, by name, in one language: labels, headings,
/// buttons. Fetched once per mount; the words with values come in each [`Frame`].
pub fn words(lang: Lang) -> Vec<(&'static str, String)> {
    let list: [(&'static str, Msg); 63] = [
        ("back", text::ui_back()),
        ("continue", text::ui_continue()),
        ("confirmYearly", text::ui_confirm_yearly_amount()),
        ("errorSummaryTitle", text::ui_error_summary_title()),
        ("errorPrefix", text::ui_error_prefix()),
        ("handlerMode", text::ui_handler_mode()),
        ("resultTitle", text::ui_result_title()),
        ("skipToResult", text::ui_skip_to_result()),
        ("copyCaseNote", text::ui_copy_case_note()),
        ("caseNoteCopied", text::ui_case_note_copied()),
        ("caseNoteTitle", text::ui_case_note_title()),
        ("caseNoteHint", text::ui_case_note_hint()),
        ("resultPending", text::ui_result_pending()),
        ("asOfLabel", text::ui_as_of_label()),
        ("asOfHint", text::ui_as_of_hint()),
        ("questionsTitle", text::ui_questions_title()),
        ("update", text::ui_update()),
        ("startNeed", text::ui_start_need()),
        ("startButton", text::ui_start_button()),
        ("privacyNote", text::ui_privacy_note()),
        ("lawLinkTitle", text::ui_law_link_title()),
        ("opensInNewTab", text::ui_opens_in_new_tab()),
        ("backToLastQuestion", text::ui_back_to_last_question()),
        ("failedTitle", text::ui_failed_title()),
        ("failedCriterion", text::ui_failed_criterion()),
        ("failedValue", text::ui_failed_value()),
        ("failedLimit", text::ui_failed_limit()),
        ("goodToKnow", text::ui_good_to_know()),
        ("nextSteps", text::ui_next_steps()),
        ("reasons", text::ui_reasons()),
        ("yourAnswers", text::ui_your_answers()),
        ("change", text::ui_change()),
        ("traceTitle", text::ui_trace_title()),
        ("traceStep", text::ui_trace_step()),
        ("traceLaw", text::ui_trace_law()),
        ("traceCheck", text::ui_trace_check()),
        ("paramsUsedTitle", text::ui_params_used_title()),
        ("paramColumn", text::ui_param_column()),
        ("paramValueColumn", text::ui_param_value_column()),
        ("paramPeriodColumn", text::ui_param_period_column()),
        ("paramSource", text::ui_param_source()),
        ("copyLink", text::ui_copy_link()),
        ("linkLabel", text::ui_link_label()),
        ("linkPrivacy", text::ui_link_privacy()),
        ("linkCopied", text::ui_link_copied()),
        ("print", text::ui_print()),
        ("startAgain", text::ui_start_again()),
        ("apologyLink", text::ui_apology_link()),
        ("movesTitle", text::moves_title()),
        ("changesTitle", text::changes_title()),
        ("timelineTitle", text::timeline_title()),
        ("timelineDownload", text::timeline_download()),
        ("sheetOpen", text::sheet_open()),
        ("sheetTitle", text::sheet_title()),
        ("sheetIntro", text::sheet_intro()),
        ("sheetResult", text::sheet_result()),
        ("sheetReasons", text::sheet_reasons()),
        ("sheetToAsk", text::sheet_to_ask()),
        ("sheetAnswers", text::sheet_answers()),
        ("sheetLink", text::sheet_link()),
        ("sheetLinkHint", text::sheet_link_hint()),
        ("sheetPrint", text::sheet_print()),
        ("sheetClose", text::sheet_close()),
    ];
    list.into_iter().map(|(k, m)| (k, bundle::render(&m, lang))).collect()
}
