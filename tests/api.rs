//! The session and the serialized API: refused answers change nothing, back and change keep
//! what still applies, saved sessions round-trip, and errors are localized and name the field.

use sjalvtest::api::{self, View};
use sjalvtest::flow::{InputError, Saved, Screen, Session};
use sjalvtest::i18n::Lang;

fn ae(today: &str) -> Session {
    api::start("aktivitetsersattning", today).unwrap()
}

fn answer_all(s: &mut Session, answers: &[(&str, &str)]) {
    for (q, a) in answers {
        s.answer(q, a).unwrap_or_else(|e| panic!("{q}: {a} refused: {e:?}"));
    }
}

fn current(s: &Session) -> String {
    match s.screen() {
        Screen::Question { question, .. } => question.id.to_string(),
        Screen::Outcome(o) => format!("outcome:{:?}", o.verdict),
    }
}

/// Answers that reach aktivitetsersättning's result (full, 12 152 kr a month in 2025).
pub(crate) const FULL_AE: &[(&str, &str)] = &[
    ("birth-date", "2004-03-15"),
    ("insured", "lives-in-sweden"),
    ("reason", "reduced-capacity"),
    ("capacity-reduction", "1"),
    ("duration", "at-least-a-year"),
    ("lived-in-sweden-since-16", "yes"),
    ("had-work-income", "no"),
];

#[test]
fn a_refused_answer_leaves_the_session_unchanged() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, &FULL_AE[..2]);
    let before = s.save();
    for (q, raw) in
        [("reason", "maybe"), ("reason", ""), ("birth-date", "2025-13-01"), ("nope", "1"), ("income-per-year", "5")]
    {
        assert!(s.answer(q, raw).is_err(), "{q}={raw} should be refused");
        assert_eq!(s.save(), before, "{q}={raw} changed the session");
    }
}

#[test]
fn asks_only_what_the_rules_still_need() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, &[("birth-date", "2004-03-15"), ("insured", "neither")]);
    assert_eq!(current(&s), "outcome:ProbablyNot", "not insured: no more questions");
    let mut s = ae("2025-01-15");
    answer_all(&mut s, &[("birth-date", "1980-01-01"), ("insured", "lives-in-sweden")]);
    assert_eq!(current(&s), "capacity-reduction", "30 or older: no question about the reason");
}

#[test]
fn back_shows_the_previous_answer_and_walks_forward_through_kept_answers() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, &FULL_AE[..3]);
    assert_eq!(current(&s), "capacity-reduction");
    s.back().unwrap();
    s.back().unwrap();
    assert_eq!(current(&s), "insured");
    s.answer("insured", "lives-in-sweden").unwrap();
    assert_eq!(current(&s), "reason", "the next kept answer is shown again");
    s.back().unwrap();
    s.back().unwrap();
    assert_eq!(s.back(), Err(InputError::NoPreviousQuestion));
}

#[test]
fn changing_an_earlier_answer_keeps_later_answers_that_still_apply() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    assert_eq!(current(&s), "outcome:MayBeEligible");
    // Change the level from the result page: everything else still applies.
    s.edit("capacity-reduction").unwrap();
    s.answer("capacity-reduction", "1/2").unwrap();
    assert_eq!(current(&s), "outcome:MayBeEligible");
    assert_eq!(s.answers().len(), FULL_AE.len());
    // Switch to extended schooling: the capacity answers no longer apply. They are dropped once
    // the new path reaches an outcome; the residence and income answers still apply and stay.
    s.edit("reason").unwrap();
    s.answer("reason", "extended-schooling").unwrap();
    // The reason says the schooling takes longer because of a disability: not asked again.
    assert_eq!(current(&s), "schooling-ends");
    s.answer("schooling-ends", "2025-06").unwrap();
    assert_eq!(current(&s), "outcome:MayBeEligible");
    assert!(!s.answers().contains_key("capacity-reduction"));
    assert!(!s.answers().contains_key("duration"));
    assert!(s.answers().contains_key("lived-in-sweden-since-16"));
    assert!(s.answers().contains_key("had-work-income"));
}

#[test]
fn a_saved_session_restores_to_the_same_screen() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    let saved = s.save();
    let json = serde_json::to_string(&saved).unwrap();
    let back: Saved = serde_json::from_str(&json).unwrap();
    let restored = api::restore(&back).unwrap();
    assert_eq!(api::view(&restored, Lang::Sv), api::view(&s, Lang::Sv));
}

#[test]
fn a_saved_session_from_another_format_or_with_bad_answers_is_refused_clearly() {
    let good = ae("2025-01-15").save();
    let future = Saved { format: 99, ..good.clone() };
    assert_eq!(api::restore(&future).err(), Some(InputError::UnsupportedSavedVersion { version: 99 }));
    let mut bad = good.clone();
    bad.answers.insert("birth-date".into(), "not a date".into());
    assert_eq!(api::restore(&bad).err().map(|e| e.code()), Some("bad-date"));
    let mut unknown = good;
    unknown.answers.insert("shoe-size".into(), "42".into());
    assert_eq!(api::restore(&unknown).err(), Some(InputError::BadSavedSession));
}

#[test]
fn errors_are_localized_and_name_the_field() {
    let mut s = ae("2025-01-15");
    let e = s.answer("birth-date", "2004-02-30").unwrap_err();
    let sv = api::reply(&s, Err(e), Lang::Sv);
    let en = api::reply(&s, Err(e), Lang::En);
    let (sv, en) = (sv.error.unwrap(), en.error.unwrap());
    assert_eq!(sv.code, "bad-date");
    assert_eq!(sv.question, Some("birth-date"));
    assert!(sv.message.starts_with("Födelsedatum:"), "{}", sv.message);
    assert!(en.message.starts_with("Date of birth:"), "{}", en.message);
    assert_ne!(sv.message, en.message);
}

#[test]
fn every_view_renders_in_both_languages() {
    let mut s = ae("2025-01-15");
    for (q, a) in FULL_AE {
        for lang in Lang::ALL {
            match api::view(&s, lang) {
                View::Question(v) => {
                    assert!(!v.label.is_empty() && !v.progress.is_empty());
                    assert!(v.options.iter().all(|o| !o.label.is_empty()));
                }
                View::Outcome(_) => panic!("outcome before the last answer"),
            }
        }
        s.answer(q, a).unwrap();
    }
    let sv = api::view(&s, Lang::Sv);
    let en = api::view(&s, Lang::En);
    let (View::Outcome(sv), View::Outcome(en)) = (sv, en) else { panic!("expected outcomes") };
    assert_ne!(sv.headline, en.headline);
    assert_eq!(sv.reasons.len(), en.reasons.len());
    assert!(sv.reasons.iter().zip(&en.reasons).all(|(a, b)| a.text != b.text && a.law == b.law));
}

#[test]
fn every_result_carries_the_rules_version_and_the_as_of_date() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    let View::Outcome(o) = api::view(&s, Lang::En) else { panic!() };
    assert_eq!(o.rules_version, sjalvtest::RULES_VERSION);
    assert_eq!(o.as_of.to_string(), "2025-01-15");
}

#[test]
fn an_unknown_test_or_date_is_an_error_not_a_panic() {
    assert_eq!(api::start("nope", "2025-01-01").err(), Some(InputError::UnknownTest));
    assert_eq!(api::start("aktivitetsersattning", "yesterday").err(), Some(InputError::BadAsOf));
    let reply = api::failure(&InputError::UnknownTest, Lang::Sv);
    assert!(!reply.ok && reply.view.is_none());
}

#[test]
fn a_link_round_trips_a_session_and_says_when_the_rules_changed() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    let link = api::to_link(&s.save());
    assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{link}");
    let (restored, changed) = api::restore_link(&format!("#sjalvtest={link}")).unwrap();
    assert_eq!(api::view(&restored, Lang::En), api::view(&s, Lang::En));
    assert_eq!(changed, None);

    let mut old = s.save();
    old.rules = "2025.1.1".into();
    let (_, changed) = api::restore_link(&api::to_link(&old)).unwrap();
    assert_eq!(changed.as_deref(), Some("2025.1.1"));

    for broken in ["", "#sjalvtest=", "#sjalvtest=%ZZ", "v=1", "#sjalvtest=v%3D1%26t%3Dnope", "x=%"] {
        assert!(api::restore_link(broken).is_err(), "{broken:?}");
    }
}

#[test]
fn easy_to_read_swedish_rewrites_the_result_and_its_reasons_and_keeps_the_paragraphs() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    let View::Outcome(easy) = api::view(&s, Lang::SvLattlast) else { panic!() };
    let View::Outcome(plain) = api::view(&s, Lang::Sv) else { panic!() };
    assert_eq!(easy.headline, "Du kan få hel aktivitetsersättning");
    assert_ne!(easy.next_steps, plain.next_steps);
    assert_eq!(easy.reasons.len(), plain.reasons.len());
    for (e, p) in easy.reasons.iter().zip(&plain.reasons) {
        assert_eq!((&e.law, &e.step, e.check), (&p.law, &p.step, p.check), "the same steps and paragraphs");
    }
    assert_ne!(easy.reasons, plain.reasons, "the reasoning in lättläst words (issue 15)");
    assert_eq!(easy.rows.iter().find(|r| r.key == "per-month").map(|r| r.machine.as_str()), Some("12152"));
    assert_eq!(Lang::from_tag("sv-lattlast"), Lang::SvLattlast);
    assert_eq!(Lang::from_tag("sv-x-lattlast"), Lang::SvLattlast);
    assert_eq!(Lang::SvLattlast.html_lang(), "sv");
}

#[test]
fn the_birth_date_field_names_its_input_purpose_and_no_other_field_does() {
    let mut s = ae("2025-01-15");
    let View::Question(q) = api::view(&s, Lang::Sv) else { panic!("a question first") };
    assert_eq!((q.id, q.autocomplete), ("birth-date", Some("bday")), "WCAG 1.3.5: autocomplete=bday");
    answer_all(&mut s, &FULL_AE[..1]);
    let View::Question(q) = api::view(&s, Lang::Sv) else { panic!("a second question") };
    assert_eq!(q.autocomplete, None);
}

// --- Issue 11: the widget as citizens and handlers meet it ------------------------------------

/// Issue 11's case: born 1992-08-20, half loss, permanent, 10 years in Sweden, 260 000 kr.
const HALF_SA: &[(&str, &str)] = &[
    ("birth-date", "1992-08-20"),
    ("insured", "lives-in-sweden"),
    ("capacity-reduction", "1/2"),
    ("duration", "permanent"),
    ("lived-in-sweden-since-16", "no"),
    ("years-in-sweden", "10"),
    ("had-work-income", "yes"),
    ("income-basis", "antagandeinkomst"),
    ("income-per-year", "260000"),
];

fn outcome(s: &Session, lang: Lang) -> api::OutcomeView {
    match api::view(s, lang) {
        View::Outcome(o) => o,
        other => panic!("no outcome: {other:?}"),
    }
}

fn machine(o: &api::OutcomeView, key: &str) -> i64 {
    let row = o.rows.iter().find(|r| r.key == key).unwrap_or_else(|| panic!("no row {key}"));
    row.machine.parse().unwrap_or_else(|_| panic!("{key}: {}", row.machine))
}

#[test]
fn the_yearly_breakdown_is_at_the_persons_level_and_adds_up() {
    for level in ["1/4", "1/2", "3/4", "1"] {
        let mut s = ae("2025-01-15");
        let answers: Vec<(&str, &str)> =
            HALF_SA.iter().map(|&(q, a)| if q == "capacity-reduction" { (q, level) } else { (q, a) }).collect();
        answer_all(&mut s, &answers);
        let o = outcome(&s, Lang::En);
        let (year, ir, garanti) =
            (machine(&o, "per-year"), machine(&o, "inkomstrelaterad"), machine(&o, "garantiersattning"));
        assert_eq!(ir + garanti, year, "{level}: {ir} + {garanti} ≠ {year}");
        assert!(ir <= year, "{level}: an 'of which' part above the total");
    }
}

#[test]
fn the_schooling_question_is_asked_once_and_old_links_with_the_second_one_restore() {
    let mut s = ae("2025-01-15");
    answer_all(
        &mut s,
        &[("birth-date", "2007-03-15"), ("insured", "lives-in-sweden"), ("reason", "extended-schooling")],
    );
    assert_eq!(current(&s), "schooling-ends");
    answer_all(
        &mut s,
        &[("schooling-ends", "2027-06"), ("lived-in-sweden-since-16", "yes"), ("had-work-income", "no")],
    );
    assert_eq!(current(&s), "outcome:MayBeEligible");
    // A link saved while the flow still asked `schooling-extended`.
    let mut old = s.save();
    old.answers.insert("schooling-extended".into(), "yes".into());
    let (restored, _) = api::restore_link(&api::to_link(&old)).unwrap();
    assert_eq!(api::view(&restored, Lang::Sv), api::view(&s, Lang::Sv));
}

#[test]
fn a_link_with_a_rules_version_that_is_not_one_is_refused() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, FULL_AE);
    for bad in ["Ring 070-123 45 67", "", "2025", "2025.1.1 ", "2025.1.1.1", "20251.1", "2025..1", "<b>2025.1</b>"] {
        let mut saved = s.save();
        saved.rules = bad.into();
        assert_eq!(api::restore_link(&api::to_link(&saved)).err(), Some(InputError::BadSavedSession), "{bad:?}");
    }
    for good in ["2025.1.1", "2026.11.1", "2024.3"] {
        assert!(api::is_rules_version(good), "{good}");
    }
}

#[test]
fn a_day_first_date_is_a_format_error_that_names_the_format() {
    let mut s = ae("2025-01-15");
    let format = s.answer("birth-date", "10/5/2002").unwrap_err();
    let missing = s.answer("birth-date", "2002-02-30").unwrap_err();
    let sv = api::error_view(Some(&s), &format, Lang::Sv).message;
    let en = api::error_view(Some(&s), &format, Lang::En).message;
    assert!(sv.contains("ÅÅÅÅ-MM-DD") && !sv.contains("finns inte"), "{sv}");
    assert!(en.contains("YYYY-MM-DD") && !en.contains("does not exist"), "{en}");
    let sv = api::error_view(Some(&s), &missing, Lang::Sv).message;
    assert!(sv.contains("finns inte"), "{sv}");
}

#[test]
fn a_low_yearly_income_is_questioned_never_refused() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, &HALF_SA[..8]);
    let doubt = api::doubt(&s, "income-per-year", "35 000", Lang::Sv).expect("35 000 kr a year is questioned");
    let doubt = doubt.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(doubt.contains("35 000 kr") && doubt.contains("420 000 kr"), "{doubt}");
    assert!(api::doubt(&s, "income-per-year", "35 000", Lang::En)
        .is_some_and(|t| t.replace('\u{a0}', " ").contains("SEK 420,000")));
    for fine in ["260000", "0", "80000", "nonsense"] {
        assert_eq!(api::doubt(&s, "income-per-year", fine, Lang::Sv), None, "{fine}");
    }
    assert_eq!(api::doubt(&s, "years-in-sweden", "10", Lang::Sv), None);
    // A monthly amount (the livränta self-test's sjuk- or aktivitetsersättning per month) never is.
    let lr = api::start("livranta", "2025-01-15").unwrap();
    assert!(lr.flow().question("sa-ae-per-month").is_some());
    assert_eq!(api::doubt(&lr, "sa-ae-per-month", "16 200", Lang::Sv), None);
    s.answer("income-per-year", "35000").unwrap();
    assert_eq!(current(&s), "outcome:MayBeEligible");
}

#[test]
fn the_case_note_has_answers_result_reasons_version_and_date_and_no_screen_words() {
    let mut s = ae("2025-01-15");
    answer_all(&mut s, HALF_SA);
    let sv = api::case_note(&outcome(&s, Lang::Sv)).replace(['\u{a0}', '\u{202f}'], " ");
    for want in [
        "Födelsedatum: 20 augusti 1992",
        "Resultat: ",
        "SFB 33 kap. 5 §",
        "Regler version ",
        "15 januari 2025",
        "260 000 kr",
    ] {
        assert!(sv.contains(want), "missing {want:?} in\n{sv}");
    }
    for noise in ["öppnas i en ny flik", "opens in a new tab", "Ändra", "Kopiera", "reproduces", "source"] {
        assert!(!sv.contains(noise), "{noise:?} in\n{sv}");
    }
    let en = api::case_note(&outcome(&s, Lang::En));
    assert!(en.contains("Rules version ") && en.contains("Result: "), "{en}");
}

#[test]
fn every_self_test_has_a_start_screen_with_what_to_have_at_hand() {
    for t in api::tests(Lang::Sv) {
        let flow = sjalvtest::flows::find(t.id).unwrap();
        for lang in [Lang::Sv, Lang::En] {
            let v = api::start_view(flow, lang);
            assert!(!v.title.is_empty() && v.minutes >= 2 && v.questions == flow.max_questions, "{}", t.id);
        }
    }
    let ae = api::start_view(sjalvtest::flows::find("aktivitetsersattning").unwrap(), Lang::Sv);
    assert!(ae.needs.iter().any(|n| n.to_lowercase().contains("inkomst")), "{:?}", ae.needs);
}

// --- Issue 15: words a person understands ----------------------------------------------------

/// A word that needs explaining comes with its definition where it first appears, the same in
/// every scenario, in the page's language; lättläst has its own definition.
#[test]
fn a_term_on_a_page_comes_with_its_definition() {
    let mut s = api::start("sjukpenning", "2026-03-02").unwrap();
    for (q, a) in [("income-per-year", "300000"), ("job-seeker", "no"), ("knows-first-sick-day", "no")] {
        s.answer(q, a).unwrap();
    }
    let terms = |lang| match api::view(&s, lang) {
        View::Outcome(o) => o.terms,
        View::Question(_) => panic!("a result"),
    };
    let sv = terms(Lang::Sv);
    let sgi = sv.iter().find(|t| t.key == "sgi").expect("SGI is explained");
    assert_eq!((sgi.at, sgi.question.as_str()), ("facts", "Vad betyder SGI?"));
    assert!(sgi.definition.starts_with("SGI, sjukpenninggrundande inkomst, är den årsinkomst"));
    assert_eq!(sv.iter().filter(|t| t.key == "sgi").count(), 1, "once per page");
    let en = terms(Lang::En);
    assert_eq!(en.iter().find(|t| t.key == "sgi").map(|t| t.question.as_str()), Some("What does SGI mean?"));
    let easy = terms(Lang::SvLattlast);
    let easy_sgi = easy.iter().find(|t| t.key == "sgi").map(|t| t.definition.clone()).unwrap_or_default();
    assert_ne!(easy_sgi, sgi.definition, "lättläst explains it in its own words");

    let s = ae("2025-01-15");
    let View::Question(q) = api::view(&s, Lang::Sv) else { panic!("a question") };
    assert!(q.terms.is_empty(), "the birth date needs no explaining");
}

/// The browser gets every reply and every widget frame as `domain::json` text through
/// `JSON.parse`: it must be what serde_json writes, byte for byte, for every step of every
/// scenario in every language (the TypeScript types are checked against serde_json's form).
#[test]
fn the_browsers_json_is_serde_jsons_for_every_reply_and_frame() {
    use sjalvtest::domain::json;
    use sjalvtest::widget::Widget;
    let mut count = 0;
    for (name, _, text) in crate::files::SCENARIOS {
        let s = sjalvtest::scenario::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for lang in sjalvtest::i18n::Lang::ALL {
            let mut session = api::start(&s.test, &s.as_of).unwrap();
            let (mut widget, first) = Widget::mount(&s.test, lang.tag(), &s.as_of, "citizen", "", None, "skip");
            let (mut handler, _) = Widget::mount(&s.test, lang.tag(), &s.as_of, "handler", "", None, "");
            let mut frames = vec![first];
            for (q, a) in &s.answers {
                let result = session.answer(q, a);
                let reply = api::reply(&session, result, lang);
                assert_eq!(json::to_string(&reply), Some(serde_json::to_string(&reply).unwrap()), "{name} {q}");
                frames.push(widget.submit(q, a));
                frames.push(handler.change(&format!("{q}--answer"), a));
                count += 1;
            }
            frames.push(widget.action("sheet", ""));
            for f in &frames {
                assert_eq!(json::to_string(f), Some(serde_json::to_string(f).unwrap()), "{name}: a frame");
                let detail = f.result_detail();
                assert_eq!(json::to_string(&detail), Some(serde_json::to_string(&detail).unwrap()), "{name}");
            }
        }
    }
    assert!(count > 500, "{count} replies");
}
