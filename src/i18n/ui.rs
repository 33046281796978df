//! Texts of the widget itself (buttons, headings, notes), of input errors and of dated
//! parameters, in Swedish and English. Texts of a particular benefit live in its own file.

use super::format as f;
use super::{Base, Lang, Texts};
use crate::domain::{Check, Date, Kronor, YearMonth};
use crate::flow::InputError;
use crate::params::{Param, ParamError, ParamValue};
use crate::rules::{Level, Verdict};

#[derive(Clone, Debug, PartialEq)]
pub enum UiMsg {
    Continue,
    Back,
    Yes,
    No,
    StartAgain,
    Change,
    QuestionOf {
        n: usize,
        max: usize,
    },
    ErrorSummaryTitle,
    YourAnswers,
    Reasons,
    NextSteps,
    GoodToKnow,
    FailedTitle,
    FailedCriterion,
    FailedValue,
    FailedLimit,
    CheckLabel(Check),
    VerdictLabel(Verdict),
    LawLinkTitle,
    OpensInNewTab,
    TraceTitle,
    ParamsUsedTitle,
    ParamSource,
    ParamValue(ParamValue),
    ParamPeriod {
        from: YearMonth,
        until: YearMonth,
    },
    ParamName(Param),
    EstimateNote,
    PrivacyNote,
    RulesVersion {
        version: &'static str,
        as_of: Date,
    },
    LevelOption {
        level: Option<Level>,
    },
    LevelName(Level),
    DateExample,
    MonthExample,
    KronorUnit,
    YearsUnit,
    MonthsUnit,
    AmountNotYetKnown,
    AmountTooLargeToCompute,
    Loading,
    Apology,
    ApologyLink,
    HandlerMode,
    AsOfLabel,
    AsOfHint,
    Update,
    QuestionsTitle,
    ResultPending,
    TraceStep,
    TraceLaw,
    TraceCheck,
    ParamColumn,
    ParamValueColumn,
    ParamPeriodColumn,
    CopyLink,
    LinkLabel,
    LinkCopied,
    LinkPrivacy,
    Print,
    RulesChanged {
        then: String,
        now: &'static str,
    },
    /// A link that could not be read: the self-test starts from the beginning.
    LinkRefused,
    /// Handler mode: the top-of-page summary and the jump to the full result.
    ResultTitle,
    SkipToResult,
    /// Handler mode: the plain text for a case note, and the button that copies it.
    CaseNoteTitle,
    CaseNoteHint,
    CopyCaseNote,
    CaseNoteCopied,
    CaseNoteTest {
        title: String,
    },
    CaseNoteParamLine {
        name: String,
        value: String,
        period: String,
    },
    /// The result page's way back to the last question.
    BackToLastQuestion,
    /// A yearly amount so low it may be a monthly figure: asked once, never refused.
    YearlyAmountCheck {
        amount: Kronor,
        per_month: Kronor,
        times_twelve: Kronor,
    },
    ConfirmYearlyAmount,
    /// The start screen: what you need, about how long, nothing is sent.
    StartNeed,
    StartTime {
        questions: usize,
        minutes: usize,
    },
    StartButton,
}

impl Texts for UiMsg {
    /// Easy-to-read Swedish for what a result page says (see `i18n/mod.rs`).
    fn lattlast(&self) -> Option<String> {
        use UiMsg::*;
        Some(match self {
            VerdictLabel(Verdict::MayBeEligible) => "Du kan kanske få ersättning".into(),
            VerdictLabel(Verdict::ProbablyNot) => "Troligen inte".into(),
            VerdictLabel(Verdict::CannotTell) => "Vi vet inte".into(),
            FailedTitle => "Därför kan du troligen inte få ersättningen".into(),
            FailedCriterion => "Regel".into(),
            FailedValue => "Ditt svar".into(),
            FailedLimit => "Det som krävs".into(),
            GoodToKnow => "Bra att veta".into(),
            NextSteps => "Det här kan du göra nu".into(),
            Reasons => "Så har vi tänkt".into(),
            YourAnswers => "Dina svar".into(),
            EstimateNote => "Pengarna är räknade före skatt. Det är bara en gissning. Försäkringskassan bestämmer hur mycket du får.".into(),
            PrivacyNote => "Dina svar sparas inte. De stannar i din dator eller telefon.".into(),
            LevelName(Level::Full) => "Hel ersättning".into(),
            LevelName(Level::ThreeQuarters) => "Tre fjärdedelar av hel ersättning".into(),
            LevelName(Level::Half) => "Halv ersättning".into(),
            LevelName(Level::Quarter) => "En fjärdedel av hel ersättning".into(),
            LevelOption { .. } | Yes | No | Change | StartAgain | Print | Back | Continue => self.sv(),
            CopyLink => "Kopiera en länk till svaret".into(),
            AmountNotYetKnown => "Vi vet inte än".into(),
            BackToLastQuestion => "Gå tillbaka till den sista frågan".into(),
            LinkRefused => "Länken fungerar inte. Du får börja testet från början.".into(),
            StartNeed => "Testet kan fråga om det här:".into(),
            StartTime { questions, minutes } => format!("Det tar ungefär {minutes} minuter. Du svarar på högst {questions} frågor."),
            StartButton => "Börja".into(),
            _ => return None,
        })
    }

    fn sv(&self) -> String {
        use UiMsg::*;
        match self {
            Continue => "Fortsätt".into(),
            Back => "Tillbaka".into(),
            Yes => "Ja".into(),
            No => "Nej".into(),
            StartAgain => "Börja om".into(),
            Change => "Ändra".into(),
            QuestionOf { n, max } => format!("Fråga {n} av högst {max}"),
            ErrorSummaryTitle => "Det finns ett problem".into(),
            YourAnswers => "Dina svar".into(),
            Reasons => "Så har vi bedömt".into(),
            NextSteps => "Så går du vidare".into(),
            GoodToKnow => "Bra att veta".into(),
            FailedTitle => "Det här villkoret är inte uppfyllt".into(),
            FailedCriterion => "Villkor".into(),
            FailedValue => "Ditt svar".into(),
            FailedLimit => "Gränsen i lagen".into(),
            CheckLabel(Check::Yes) => "Uppfyllt".into(),
            CheckLabel(Check::No) => "Inte uppfyllt".into(),
            CheckLabel(Check::Info) => "Underlag".into(),
            VerdictLabel(Verdict::MayBeEligible) => "Du kan ha rätt".into(),
            VerdictLabel(Verdict::ProbablyNot) => "Troligen inte".into(),
            VerdictLabel(Verdict::CannotTell) => "Går inte att avgöra".into(),
            LawLinkTitle => "Läs paragrafen på lagen.nu".into(),
            OpensInNewTab => " (öppnas i en ny flik)".into(),
            TraceTitle => "Regelspår".into(),
            ParamsUsedTitle => "Värden vi har räknat med".into(),
            ParamSource => "Källa".into(),
            ParamValue(v) => param_value(v, Lang::Sv),
            ParamPeriod { from, until } => format!("{} till och med {}", f::month(*from, Lang::Sv), until_text(*until, Lang::Sv)),
            ParamName(p) => param_name(*p, Lang::Sv).into(),
            EstimateNote => "Beloppen är uppskattningar före skatt. Det är Försäkringskassan som beslutar om du får ersättning och hur mycket.".into(),
            PrivacyNote => "Dina svar stannar i din webbläsare. Inget skickas till Försäkringskassan eller någon annan.".into(),
            RulesVersion { version, as_of } => format!("Regler version {version}, bedömt för {}", f::date(*as_of, Lang::Sv)),
            LevelOption { level: None } => "Mindre än en fjärdedel".into(),
            LevelOption { level: Some(Level::Quarter) } => "Minst en fjärdedel".into(),
            LevelOption { level: Some(Level::Half) } => "Minst hälften".into(),
            LevelOption { level: Some(Level::ThreeQuarters) } => "Minst tre fjärdedelar".into(),
            LevelOption { level: Some(Level::Full) } => "Helt".into(),
            LevelName(l) => format!("{} ({})", capitalize(f::level(*l, Lang::Sv)), f::percent(l.fraction(), Lang::Sv)),
            DateExample => "Skriv som ÅÅÅÅ-MM-DD, till exempel 2004-03-15".into(),
            MonthExample => "Skriv som ÅÅÅÅ-MM, till exempel 2026-06".into(),
            KronorUnit => "kr".into(),
            YearsUnit => "år".into(),
            MonthsUnit => "månader".into(),
            AmountNotYetKnown => "Går inte att räkna ut ännu".into(),
            AmountTooLargeToCompute => "Beloppet är för stort för att räkna ut.".into(),
            Loading => "Testet laddas …".into(),
            Apology => "Något gick fel i testet. Vi ber om ursäkt. Dina svar finns kvar, så du kan försöka igen.".into(),
            ApologyLink => "Läs mer på forsakringskassan.se".into(),
            HandlerMode => "Handläggarläge".into(),
            AsOfLabel => "Bedöm per datum".into(),
            AsOfHint => "Reglerna och beloppen som gällde då används. Skriv datumet som ÅÅÅÅ-MM-DD.".into(),
            Update => "Uppdatera".into(),
            QuestionsTitle => "Uppgifter".into(),
            ResultPending => "Resultatet visas när alla frågor som behövs är besvarade.".into(),
            TraceStep => "Steg".into(),
            TraceLaw => "Lagrum".into(),
            TraceCheck => "Bedömning".into(),
            ParamColumn => "Värde".into(),
            ParamValueColumn => "Belopp eller tal".into(),
            ParamPeriodColumn => "Gäller".into(),
            CopyLink => "Kopiera länk till resultatet".into(),
            LinkLabel => "Länk till resultatet".into(),
            LinkCopied => "Länken är kopierad.".into(),
            LinkPrivacy => "Dina svar finns i själva länken, inte hos oss. Dela den bara med den du vill ska se dem.".into(),
            Print => "Skriv ut".into(),
            RulesChanged { then, now } => format!("Reglerna har ändrats sedan länken skapades (version {then}). Resultatet är räknat med dagens regler (version {now})."),
            LinkRefused => "Länken till resultatet gick inte att läsa. Testet börjar därför från början, utan svaren från länken.".into(),
            ResultTitle => "Resultat".into(),
            SkipToResult => "Gå till hela resultatet".into(),
            CaseNoteTitle => "Text till journalanteckning".into(),
            CaseNoteHint => "Svaren, resultatet och skälen med lagrum, som ren text.".into(),
            CopyCaseNote => "Kopiera texten".into(),
            CaseNoteCopied => "Texten är kopierad.".into(),
            CaseNoteTest { title } => format!("Självtest: {title}"),
            CaseNoteParamLine { name, value, period } => format!("{}: {value} ({period})", capitalize(name)),
            BackToLastQuestion => "Tillbaka till sista frågan".into(),
            YearlyAmountCheck { amount, per_month, times_twelve } => format!(
                "Frågan gäller ett helt år. {} på ett år är ungefär {} i månaden. Om {} är vad du får i månaden, skriv årsbeloppet i stället, ungefär {}. Om beloppet stämmer för ett helt år kan du gå vidare.",
                f::kronor(*amount, Lang::Sv), f::kronor(*per_month, Lang::Sv), f::kronor(*amount, Lang::Sv), f::kronor(*times_twelve, Lang::Sv)
            ),
            ConfirmYearlyAmount => "Beloppet stämmer, fortsätt".into(),
            StartNeed => "Testet kan fråga efter det här, så ha det gärna till hands:".into(),
            StartTime { questions, minutes } => format!("Det tar ungefär {minutes} minuter, med högst {questions} frågor."),
            StartButton => "Starta testet".into(),
        }
    }

    fn en(&self) -> String {
        use UiMsg::*;
        match self {
            Continue => "Continue".into(),
            Back => "Back".into(),
            Yes => "Yes".into(),
            No => "No".into(),
            StartAgain => "Start again".into(),
            Change => "Change".into(),
            QuestionOf { n, max } => format!("Question {n} of at most {max}"),
            ErrorSummaryTitle => "There is a problem".into(),
            YourAnswers => "Your answers".into(),
            Reasons => "How we assessed it".into(),
            NextSteps => "What to do next".into(),
            GoodToKnow => "Good to know".into(),
            FailedTitle => "This condition is not met".into(),
            FailedCriterion => "Condition".into(),
            FailedValue => "Your answer".into(),
            FailedLimit => "The legal limit".into(),
            CheckLabel(Check::Yes) => "Met".into(),
            CheckLabel(Check::No) => "Not met".into(),
            CheckLabel(Check::Info) => "Basis".into(),
            VerdictLabel(Verdict::MayBeEligible) => "You may be eligible".into(),
            VerdictLabel(Verdict::ProbablyNot) => "Probably not".into(),
            VerdictLabel(Verdict::CannotTell) => "Cannot tell".into(),
            LawLinkTitle => "Read the section on lagen.nu (in Swedish)".into(),
            OpensInNewTab => " (opens in a new tab)".into(),
            TraceTitle => "Rule trace".into(),
            ParamsUsedTitle => "Figures we used".into(),
            ParamSource => "Source".into(),
            ParamValue(v) => param_value(v, Lang::En),
            ParamPeriod { from, until } => format!("{} to {}", f::month(*from, Lang::En), until_text(*until, Lang::En)),
            ParamName(p) => param_name(*p, Lang::En).into(),
            EstimateNote => "The amounts are estimates before tax. Försäkringskassan decides whether you get a benefit and how much.".into(),
            PrivacyNote => "Your answers stay in your browser. Nothing is sent to Försäkringskassan or anyone else.".into(),
            RulesVersion { version, as_of } => format!("Rules version {version}, assessed for {}", f::date(*as_of, Lang::En)),
            LevelOption { level: None } => "Less than a quarter".into(),
            LevelOption { level: Some(Level::Quarter) } => "At least a quarter".into(),
            LevelOption { level: Some(Level::Half) } => "At least half".into(),
            LevelOption { level: Some(Level::ThreeQuarters) } => "At least three quarters".into(),
            LevelOption { level: Some(Level::Full) } => "Entirely".into(),
            LevelName(l) => format!("{} ({})", capitalize(f::level(*l, Lang::En)), f::percent(l.fraction(), Lang::En)),
            DateExample => "Enter it as YYYY-MM-DD, for example 2004-03-15".into(),
            MonthExample => "Enter it as YYYY-MM, for example 2026-06".into(),
            KronorUnit => "SEK".into(),
            YearsUnit => "years".into(),
            MonthsUnit => "months".into(),
            AmountNotYetKnown => "Cannot be calculated yet".into(),
            AmountTooLargeToCompute => "The amount is too large to calculate.".into(),
            Loading => "Loading the self-test …".into(),
            Apology => "Something went wrong in the self-test. We are sorry. Your answers are kept, so you can try again.".into(),
            ApologyLink => "Read more on forsakringskassan.se".into(),
            HandlerMode => "Case handler view".into(),
            AsOfLabel => "Assess as of".into(),
            AsOfHint => "The rules and amounts in force on that day are used. Enter the date as YYYY-MM-DD.".into(),
            Update => "Update".into(),
            QuestionsTitle => "Facts".into(),
            ResultPending => "The result is shown when every question needed has an answer.".into(),
            TraceStep => "Step".into(),
            TraceLaw => "Provision".into(),
            TraceCheck => "Assessment".into(),
            ParamColumn => "Figure".into(),
            ParamValueColumn => "Amount or factor".into(),
            ParamPeriodColumn => "In force".into(),
            CopyLink => "Copy a link to the result".into(),
            LinkLabel => "Link to the result".into(),
            LinkCopied => "The link is copied.".into(),
            LinkPrivacy => "Your answers are in the link itself, not with us. Share it only with people you want to see them.".into(),
            Print => "Print".into(),
            RulesChanged { then, now } => format!("The rules have changed since the link was made (version {then}). The result uses today's rules (version {now})."),
            LinkRefused => "The link to the result could not be read. So the self-test starts from the beginning, without the answers from the link.".into(),
            ResultTitle => "Result".into(),
            SkipToResult => "Go to the full result".into(),
            CaseNoteTitle => "Text for the case note".into(),
            CaseNoteHint => "The answers, the result and the reasons with their provisions, as plain text.".into(),
            CopyCaseNote => "Copy the text".into(),
            CaseNoteCopied => "The text is copied.".into(),
            CaseNoteTest { title } => format!("Self-test: {title}"),
            CaseNoteParamLine { name, value, period } => format!("{}: {value} ({period})", capitalize(name)),
            BackToLastQuestion => "Back to the last question".into(),
            YearlyAmountCheck { amount, per_month, times_twelve } => format!(
                "The question is about a whole year. {} a year is about {} a month. If {} is what you get per month, enter the yearly amount instead, about {}. If the amount is right for a whole year, you can go on.",
                f::kronor(*amount, Lang::En), f::kronor(*per_month, Lang::En), f::kronor(*amount, Lang::En), f::kronor(*times_twelve, Lang::En)
            ),
            ConfirmYearlyAmount => "The amount is right, continue".into(),
            StartNeed => "The self-test may ask for these, so have them at hand:".into(),
            StartTime { questions, minutes } => format!("It takes about {minutes} minutes, with at most {questions} questions."),
            StartButton => "Start the self-test".into(),
        }
    }
}

impl UiMsg {
    /// "Ja" or "Nej".
    pub fn from_bool(b: bool) -> UiMsg {
        if b {
            UiMsg::Yes
        } else {
            UiMsg::No
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A period's end is exclusive in the tables; people read the last month it covers.
fn until_text(until: YearMonth, lang: Lang) -> String {
    until.prev().map(|m| f::month(m, lang)).unwrap_or_default()
}

pub fn param_name(p: Param, lang: Lang) -> &'static str {
    use Param::*;
    match (lang.base(), p) {
        (Base::Sv, Prisbasbelopp) => "prisbasbeloppet",
        (Base::Sv, Inkomstbasbelopp) => "inkomstbasbeloppet",
        (Base::Sv, SgiGolv) => "lägsta sjukpenninggrundande inkomst (SGI)",
        (Base::Sv, SgiTak) => "taket för sjukpenninggrundande inkomst (SGI)",
        (Base::Sv, GraviditetspenningSgiTak) => "taket för SGI vid graviditetspenning",
        (Base::Sv, ArbetssokandeTak) => "högsta sjukpenning per dag för arbetssökande",
        (Base::Sv, SjukpenningSarskildaFall) => "sjukpenning i särskilda fall per dag",
        (Base::Sv, Garantinivaer) => "garantinivån",
        (Base::Sv, InkomstrelateradAndel) => "andelen för inkomstrelaterad ersättning",
        (Base::Sv, AntagandeinkomstTak) => "taket för antagandeinkomsten",
        (Base::Sv, LivranteunderlagTak) => "taket för livränteunderlaget",
        (Base::Sv, Indexeringstal) => "indexeringstalet för livränta",
        (Base::Sv, SjukersattningSlutalder) => "åldersgränsen för sjukersättning",
        (Base::Sv, BostadstillaggBand) => "gränserna för bostadskostnaden vid bostadstillägg",
        (Base::En, Prisbasbelopp) => "the price base amount (prisbasbelopp)",
        (Base::En, Inkomstbasbelopp) => "the income base amount (inkomstbasbelopp)",
        (Base::En, SgiGolv) => "the lowest sickness-benefit qualifying income (SGI)",
        (Base::En, SgiTak) => "the cap on sickness-benefit qualifying income (SGI)",
        (Base::En, GraviditetspenningSgiTak) => "the SGI cap for pregnancy benefit",
        (Base::En, ArbetssokandeTak) => "the highest daily sickness benefit for job seekers",
        (Base::En, SjukpenningSarskildaFall) => "the daily sickness benefit in special cases",
        (Base::En, Garantinivaer) => "the guarantee level (garantinivå)",
        (Base::En, InkomstrelateradAndel) => "the income-related share",
        (Base::En, AntagandeinkomstTak) => "the cap on assumed income (antagandeinkomst)",
        (Base::En, LivranteunderlagTak) => "the cap on the annuity base (livränteunderlag)",
        (Base::En, Indexeringstal) => "the annuity index figure (indexeringstal)",
        (Base::En, SjukersattningSlutalder) => "the age limit for sickness compensation",
        (Base::En, BostadstillaggBand) => "the limits on the housing cost for housing supplement",
    }
}

fn param_value(v: &ParamValue, lang: Lang) -> String {
    match (v, lang.base()) {
        (ParamValue::Kronor(k), _) => f::kronor(*k, lang),
        (ParamValue::TimesPbb(x), Base::Sv) => format!("{} × prisbasbeloppet", f::factor(*x, lang)),
        (ParamValue::TimesPbb(x), Base::En) => format!("{} × the price base amount", f::factor(*x, lang)),
        (ParamValue::Share(x), _) => f::percent(*x, lang),
        (ParamValue::Factor(x), _) => f::factor(*x, lang),
        (ParamValue::Age(a), Base::Sv) => format!("{a} år"),
        (ParamValue::Age(a), Base::En) => format!("{a} years"),
    }
}

pub fn param_missing(e: &ParamError, lang: Lang) -> String {
    match (e, lang.base()) {
        (ParamError::NotCovered { param, month }, Base::Sv) => {
            format!("Verktyget har inget värde för {} för {}.", param_name(*param, lang), f::month(*month, lang))
        }
        (ParamError::NotCovered { param, month }, Base::En) => {
            format!("This tool has no figure for {} for {}.", param_name(*param, lang), f::month(*month, lang))
        }
        (ParamError::NotYetKnown { param, year }, Base::Sv) => {
            format!("Vi känner inte till {} för {year} ännu.", param_name(*param, lang))
        }
        (ParamError::NotYetKnown { param, year }, Base::En) => {
            format!("We do not know {} for {year} yet.", param_name(*param, lang))
        }
    }
}

/// An input error as one sentence, starting with the field's name when there is one.
pub fn input_error(e: &InputError, field: Option<String>, lang: Lang) -> String {
    use crate::domain::CalendarError;
    use InputError::*;
    let text = match lang.base() {
        Base::Sv => match e {
            UnknownTest => "det finns inget sådant test.".to_string(),
            UnknownQuestion => "frågan finns inte i det här testet.".into(),
            NotAsked { .. } => "frågan hör inte till dina svar just nu.".into(),
            Empty { .. } => "svara på frågan för att gå vidare.".into(),
            NotAChoice { .. } => "välj ett av alternativen.".into(),
            BadDate { problem: CalendarError::NoSuchDay, .. } => {
                "det datumet finns inte. Kontrollera dag och månad.".into()
            }
            BadDate { problem: CalendarError::OutOfRange, .. } => "skriv ett år mellan 1900 och 9999.".into(),
            BadDate { .. } => "skriv datumet som ÅÅÅÅ-MM-DD (år, månad, dag), till exempel 2004-03-15.".into(),
            DateTooEarly { .. } => "datumet kan inte vara före år 1900.".into(),
            DateInFuture { .. } => "datumet kan inte vara senare än i dag.".into(),
            BadMonth { .. } => "skriv månaden som ÅÅÅÅ-MM (år, månad), till exempel 2026-06.".into(),
            NotAnAmount { .. } => "skriv beloppet med siffror, till exempel 350 000.".into(),
            NegativeAmount { .. } => "beloppet kan inte vara mindre än 0.".into(),
            AmountHasOre { .. } => "skriv beloppet i hela kronor, utan öre.".into(),
            AmountTooLarge { max, .. } => format!("beloppet kan vara högst {}.", f::kronor(*max, lang)),
            NotANumber { min, max, .. } => format!("skriv ett heltal från {min} till {max}."),
            NoPreviousQuestion => "det finns ingen tidigare fråga.".into(),
            NotFinished => "det finns frågor kvar att svara på innan resultatet kan visas.".into(),
            BadAsOf => "datumet för bedömningen går inte att använda med dina svar.".into(),
            BadSavedSession => "de sparade svaren gick inte att läsa. Gör testet igen.".into(),
            UnsupportedSavedVersion { version } => {
                format!("de sparade svaren har ett format (version {version}) som vi inte kan läsa. Gör testet igen.")
            }
        },
        Base::En => match e {
            UnknownTest => "there is no such self-test.".to_string(),
            UnknownQuestion => "the question is not part of this self-test.".into(),
            NotAsked { .. } => "the question does not apply to your answers now.".into(),
            Empty { .. } => "answer the question to continue.".into(),
            NotAChoice { .. } => "choose one of the options.".into(),
            BadDate { problem: CalendarError::NoSuchDay, .. } => {
                "that date does not exist. Check the day and the month.".into()
            }
            BadDate { problem: CalendarError::OutOfRange, .. } => "enter a year between 1900 and 9999.".into(),
            BadDate { .. } => "enter the date as YYYY-MM-DD (year, month, day), for example 2004-03-15.".into(),
            DateTooEarly { .. } => "the date cannot be before 1900.".into(),
            DateInFuture { .. } => "the date cannot be later than today.".into(),
            BadMonth { .. } => "enter the month as YYYY-MM (year, month), for example 2026-06.".into(),
            NotAnAmount { .. } => "enter the amount in figures, for example 350,000.".into(),
            NegativeAmount { .. } => "the amount cannot be less than 0.".into(),
            AmountHasOre { .. } => "enter the amount in whole kronor, without öre.".into(),
            AmountTooLarge { max, .. } => format!("the amount can be at most {}.", f::kronor(*max, lang)),
            NotANumber { min, max, .. } => format!("enter a whole number from {min} to {max}."),
            NoPreviousQuestion => "there is no earlier question.".into(),
            NotFinished => "there are questions left to answer before the result can be shown.".into(),
            BadAsOf => "the assessment date cannot be used with your answers.".into(),
            BadSavedSession => "the saved answers could not be read. Please take the self-test again.".into(),
            UnsupportedSavedVersion { version } => {
                format!("the saved answers use a format (version {version}) we can no longer read. Please take the self-test again.")
            }
        },
    };
    match field {
        Some(name) => format!("{name}: {text}"),
        None => capitalize(&text),
    }
}
