//! Texts of the arbetsskadelivränta self-test: questions, rule steps, results and next steps, in
//! Swedish (Klarspråk: short sentences, "du") and English. Shares (the degree of reduction) are
//! shown as percentages with two decimals; the exact fraction stays in the machine rows.

use super::format as f;
use super::{Base, Lang};
use crate::domain::{Date, Fraction, Kronor};
use crate::rules::livranta::Handelse;
use crate::rules::Level;

#[derive(Clone, Debug, PartialEq)]
pub enum LivrantaMsg {
    // The self-test.
    Title,
    Intro,
    QWhatHappened,
    NWhatHappened,
    ChoiceWorkAccident,
    HChoiceWorkAccident,
    ChoiceCommuting,
    ChoiceIllness,
    HChoiceIllness,
    ChoiceInfection,
    HChoiceInfection,
    ChoiceOther,
    QAccidentDate,
    NAccidentDate,
    QIllnessDate,
    NIllnessDate,
    HIllnessDate,
    QReported,
    NReported,
    HReported,
    ChoiceYes,
    ChoiceNo,
    ChoiceDontKnow,
    QDecision,
    NDecision,
    ChoiceApproved,
    ChoiceRefused,
    ChoiceNotYet,
    HChoiceNotYet,
    QSituation,
    NSituation,
    ChoiceOnSickPay,
    ChoiceSickPayRefused,
    HChoiceSickPayRefused,
    ChoiceReducedHours,
    ChoiceChangedJob,
    ChoiceSaAe,
    ChoiceOtherSituation,
    QIncomeBefore,
    NIncomeBefore,
    HIncomeBefore,
    QIncomeNow,
    NIncomeNow,
    HIncomeNow,
    QKnowsDuration,
    NKnowsDuration,
    HKnowsDuration,
    QDuration,
    NDuration,
    HDuration,

    // Rule steps: 39 and 42 kap.
    WorkAccident,
    CommutingAccident,
    IllnessFromWork,
    InfectionAtWork,
    InjuryLinkedToWork,
    ValueSomethingElse,
    LimitLinkedToWork,
    NoteTrafficInsurance,
    NoteIllnessEvidence,
    InjuryDateAccident { date: Date },
    InjuryDateFirstShowed { date: Date },
    OlderEvidenceRule,
    ReportMade,
    ReportNotMade,
    ReportUnknown,
    ApprovedAsWorkInjury,
    NotYetDecided,
    ValueRefused,
    LimitApproved,
    NoteReconsideration,

    // Rule steps: 41 kap.
    NoIncomeBefore,
    StepReduction { before: Kronor, after: Kronor, loss: Kronor, grad: Fraction },
    LossAtLeastOneFifteenth { grad: Fraction },
    ValueLoss { loss: Kronor, grad: Fraction },
    LimitOneFifteenth { least: Kronor },
    NoteUncoveredBelowOneFifteenth { amount: Kronor },
    DurationUnknown,
    LastsAtLeastOneYear,
    ValueMonths { months: u32 },
    LimitTwelveMonths,
    NoteApplyWhenLonger,
    StepUnderlag { income: Kronor, factor: Fraction, pbb: Kronor, cap: Kronor, underlag: Kronor, capped: bool },
    StepLivranta { grad: Fraction, underlag: Kronor, per_year: Kronor },
    StepPerMonth { per_year: Kronor, per_month: Kronor },
    StepUncoveredAboveCap { loss: Kronor, livranta: Kronor, uncovered: Kronor },
    NoteUncoveredAboveCap { amount: Kronor },
    StepOmrakning { year: i32, index: Fraction, before: Kronor, indexed: Kronor, ceiling: Kronor, result: Kronor },
    OmrakningNotYetKnown { year: i32 },
    NoteOmrakning,

    // Other benefits.
    CoordinatedWithSaAe,
    SickPayRefused,
    NoteChangedJob,
    NoSickPayBelowQuarter,
    NoSickPayNoSgi,
    StepSickPay { sgi: Kronor, level: Level, per_day: Kronor, per_month: Kronor },
    NoteSickPayVsLivranta { sick_pay_per_month: Kronor, livranta_per_month: Kronor },

    // The result.
    HeadWorthApplying,
    HeadProbablyNot,
    HeadCannotTell,
    RowInjuryType,
    InjuryTypeName(Handelse),
    RowInjuryDate,
    RowReduction,
    ReductionValue { grad: Fraction },
    RowIncomeLoss,
    RowUnderlag,
    RowUnderlagCapped,
    RowPerYear,
    RowPerMonth,
    RowUncoveredAboveCap,
    RowUncoveredBelowOneFifteenth,
    RowNextYear { year: i32 },
    RowSickPayLevel,
    SickPayNone,
    RowSickPayPerDay,
    RowSickPayPerMonth,
    NextReport,
    NextMedicalStatement,
    NextApply,
    NextAfa,
    NextAskDoctor,
    NextProbablyNot,
    NextCannotTell,
}

/// A share as a percentage with two decimals, a half rounded up: 2/7 → "28,57 %" / "28.57%".
pub fn procent(grad: Fraction, lang: Lang) -> String {
    // Hundredths of a per cent: round(num × 10 000 / den). Fractions here are between 0 and 1.
    let num = i128::from(grad.num()) * 10_000;
    let den = i128::from(grad.den());
    let h = (2 * num + den).div_euclid(2 * den);
    let (whole, frac) = (h.div_euclid(100), h.rem_euclid(100));
    match lang.base() {
        Base::Sv => format!("{whole},{frac:02}\u{a0}%"),
        Base::En => format!("{whole}.{frac:02}%"),
    }
}

impl LivrantaMsg {
    pub fn render(&self, lang: Lang) -> String {
        if lang == Lang::SvLattlast {
            if let Some(text) = self.lattlast() {
                return text;
            }
        }
        match lang.base() {
            Base::Sv => self.sv(),
            Base::En => self.en(),
        }
    }

    /// Easy-to-read Swedish for what a result page says (see `i18n/mod.rs`).
    pub fn lattlast(&self) -> Option<String> {
        use LivrantaMsg::*;
        let l = Lang::Sv;
        let kr = |k: &Kronor| f::kronor(*k, l);
        // "28,57 procent": lättläst writes the word, not the sign.
        let p = |g: &Fraction| procent(*g, l).replace('%', "procent");
        const LIVRANTA_IS: &str =
            "Livränta är pengar varje månad om du tjänar mindre efter en skada eller sjukdom från jobbet.";
        const AFA_INSURANCE: &str = "Försäkringen heter trygghetsförsäkring vid arbetsskada.";
        Some(match self {
            HeadWorthApplying => format!("Du kan kanske få livränta. {LIVRANTA_IS}"),
            HeadProbablyNot => format!("Du kan troligen inte få livränta. {LIVRANTA_IS}"),
            HeadCannotTell => format!("Vi vet inte om du kan få livränta. {LIVRANTA_IS}"),

            RowInjuryType => "Det här hände".into(),
            InjuryTypeName(h) => match h {
                Handelse::Arbetsolycksfall => "En olycka på jobbet",
                Handelse::Fardolycksfall => "En olycka på väg till eller från jobbet",
                Handelse::Arbetssjukdom => "Du blev sjuk av något på jobbet",
                Handelse::Smitta => "Du blev smittad på jobbet",
                Handelse::Annat => "Något annat",
            }
            .into(),
            RowInjuryDate => "Dagen då skadan eller sjukdomen började".into(),
            RowReduction => "Så mycket mindre kan du tjäna".into(),
            ReductionValue { grad } => p(grad),
            RowIncomeLoss => "Så mycket mindre kan du tjäna på ett år".into(),
            RowUnderlag => "Inkomsten som livräntan räknas från".into(),
            RowPerYear => "Livränta på ett år, före skatt".into(),
            RowPerMonth => "Livränta i månaden, före skatt".into(),
            RowUncoveredAboveCap => "Det som livräntan inte betalar på ett år, för inkomst över gränsen".into(),
            RowUncoveredBelowOneFifteenth => {
                "Det som livräntan inte betalar på ett år, för att förlusten är för liten".into()
            }
            RowNextYear { year } => format!("Livränta på ett år från januari {year}"),
            RowSickPayLevel => "Sjukpenning för samma förlust".into(),
            SickPayNone => "Ingen sjukpenning".into(),
            RowSickPayPerDay => "Sjukpenning om dagen, före skatt".into(),
            RowSickPayPerMonth => "Sjukpenning på en månad, ungefär, före skatt".into(),

            // The failed condition: the rule, the answer, what the rule asks for.
            InjuryLinkedToWork => "Skadan måste bero på ditt jobb. Eller så måste den ha hänt på jobbet eller på väg till eller från jobbet.".into(),
            ValueSomethingElse => "Något annat hände".into(),
            LimitLinkedToWork => "En olycka på jobbet eller på väg till eller från jobbet. Eller en sjukdom eller smitta som du fick av jobbet.".into(),
            ApprovedAsWorkInjury => "Försäkringskassan måste säga ja till att skadan är en arbetsskada. En arbetsskada är en skada eller sjukdom som har med ditt jobb att göra.".into(),
            ValueRefused => "Försäkringskassan har sagt nej".into(),
            LimitApproved => "Försäkringskassan har sagt ja till att det är en arbetsskada".into(),
            LossAtLeastOneFifteenth { grad } => format!("Det du kan tjäna på jobb måste ha minskat med minst en femtondel. Det är ungefär 6,67 procent. För dig har det minskat med {}.", p(grad)),
            ValueLoss { loss, grad } => format!("Du kan tjäna {} mindre på ett år. Det är {}.", kr(loss), p(grad)),
            LimitOneFifteenth { least } => format!("Minst en femtondel mindre. För dig är det minst {} på ett år.", kr(least)),
            LastsAtLeastOneYear => "Skadan måste göra att du inte kan arbeta som förut i minst ett år.".into(),
            ValueMonths { months: 1 } => "1 månad".into(),
            ValueMonths { months } => format!("{months} månader"),
            LimitTwelveMonths => "Minst 12 månader".into(),

            // What is good to know.
            NoteTrafficInsurance => "Var det en trafikolycka med ett fordon med motor, till exempel en bil? Då kan trafikförsäkringen betala pengar till dig i stället.".into(),
            NoteIllnessEvidence => "Blev du sjuk av något på jobbet? Då måste mer tala för än emot att jobbet gjorde dig sjuk. Eller att jobbet gjorde dig sjukare. Det är Försäkringskassan som bestämmer det.".into(),
            OlderEvidenceRule => "Skadan hände före den 1 juli 2002. Då gäller delvis äldre regler. Reglerna handlar om hur Försäkringskassan bestämmer om det är en arbetsskada.".into(),
            NotYetDecided => "Försäkringskassan har inte bestämt än om skadan är en arbetsskada. Det gör de när du söker livränta.".into(),
            NoteReconsideration => "Tycker du att beslutet är fel? Då kan du be Försäkringskassan att titta på beslutet igen. Det kallas omprövning. I beslutet står det hur du gör. Där står det också hur lång tid du har på dig.".into(),
            NoIncomeBefore => "Du tjänade inga pengar på jobb före skadan. Då räknar Försäkringskassan på ett annat sätt. Det gäller till exempel om du studerade. Det kan vi inte räkna ut här.".into(),
            NoteUncoveredBelowOneFifteenth { amount } => format!("Du förlorar {} på ett år. Det är mindre än en femtondel. Då får du ingen livränta för det. Har ditt jobb kollektivavtal? Då kan en försäkring hos AFA Försäkring betala för det. {AFA_INSURANCE}", kr(amount)),
            NoteApplyWhenLonger => "Visar det sig senare att du inte kan arbeta som förut i minst ett år? Då kan du söka livränta då. Fram till dess kan du få sjukpenning.".into(),
            NoteUncoveredAboveCap { amount } => format!("Livräntan betalar inte för inkomst över en gräns. Gränsen är 7,5 prisbasbelopp. Prisbasbeloppet är ett belopp som bestäms varje år. Därför får du ingen livränta för {} av det du förlorar på ett år. Har ditt jobb kollektivavtal? Då kan en försäkring hos AFA Försäkring betala en del av det. {AFA_INSURANCE}", kr(amount)),
            NoteOmrakning => "Försäkringskassan räknar om livräntan varje år i januari. Då ändras hur mycket du får.".into(),
            CoordinatedWithSaAe => "Du har sjukersättning eller aktivitetsersättning. Då får du inte hela beloppet från både den och livräntan. Försäkringskassan räknar ut hur mycket du får tillsammans. Det har vi inte räknat med här.".into(),
            SickPayRefused => "Du har fått nej till sjukpenning. Försäkringskassan tycker att du kan ta ett jobb som är vanligt. Livränta kan ändå ge dig pengar för det du förlorar på grund av arbetsskadan.".into(),
            NoteChangedJob => "Du har bytt till ett jobb med lägre lön. Livräntan kan betala för skillnaden. Skillnaden är det du tjänade före skadan minus det du kan tjäna nu.".into(),
            NoteSickPayVsLivranta { sick_pay_per_month, livranta_per_month } => format!("Sjukpenningen ger dig ungefär {} i månaden för det du förlorar. Livräntan skulle ge dig ungefär {} i månaden. Du kan få både livränta och sjukpenning för samma tid. Men de påverkar varandra. Försäkringskassan räknar ut hur. Lägg inte ihop beloppen.", kr(sick_pay_per_month), kr(livranta_per_month)),

            // What to do next.
            NextReport => "Be din arbetsgivare att anmäla skadan till Försäkringskassan. Det kallas arbetsskadeanmälan. Har du ett eget företag? Då gör du anmälan själv på anmalarbetsskada.se.".into(),
            NextMedicalStatement => "Prata med din läkare. Be om ett läkarutlåtande. Det är ett papper där läkaren skriver om din skada. Där ska det stå att du inte kan arbeta som förut. Och att det gäller i minst ett år framåt.".into(),
            NextApply => "Sök livränta på forsakringskassan.se. Logga in på Mina sidor. Men vänta tills läkaren kan säga att du inte kan arbeta som förut i minst ett år. Söker du för tidigt kan du få nej.".into(),
            NextAfa => "Ett kollektivavtal är ett avtal om lön och andra villkor på jobbet. Har ditt jobb kollektivavtal? Anmäl då skadan till AFA Försäkring också. Då kan du kanske få pengar därifrån.".into(),
            NextAskDoctor => "Fråga din läkare hur länge du inte kan arbeta som förut. Gör sedan testet igen.".into(),
            NextProbablyNot => "Har något ändrats för dig? Gör testet igen. Du kan också ringa Försäkringskassan på 0771-524 524.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524. Då får du hjälp.".into(),
            _ => return None,
        })
    }

    fn sv(&self) -> String {
        use LivrantaMsg::*;
        let l = Lang::Sv;
        let kr = |k: &Kronor| f::kronor(*k, l);
        let p = |g: &Fraction| procent(*g, l);
        match self {
            Title => "Livränta efter en arbetsskada".into(),
            Intro => "Har du skadats eller blivit sjuk av ditt arbete och tjänar mindre på grund av det? Svara på några frågor. Då får du veta om det kan vara värt att ansöka om livränta, ungefär hur mycket den kan bli och vad du gör sedan. Livränta är pengar från Försäkringskassan som ersätter inkomst du förlorar på grund av en arbetsskada.".into(),
            QWhatHappened => "Vad hände?".into(),
            NWhatHappened => "Vad som hände".into(),
            ChoiceWorkAccident => "Jag skadade mig i en olycka i arbetet".into(),
            HChoiceWorkAccident => "Till exempel ett fall eller ett överfall. Det gäller också på tjänsteresor och utbildningar i arbetet.".into(),
            ChoiceCommuting => "Jag skadade mig i en olycka på väg till eller från arbetet".into(),
            ChoiceIllness => "Jag blev sjuk av något i arbetet".into(),
            HChoiceIllness => "Till exempel av tunga lyft, buller, kemikalier eller stress under lång tid.".into(),
            ChoiceInfection => "Jag blev smittad i arbetet".into(),
            HChoiceInfection => "Till exempel i vården, där du tar hand om personer som är smittade.".into(),
            ChoiceOther => "Inget av det här".into(),
            QAccidentDate => "Vilken dag hände olyckan?".into(),
            NAccidentDate => "Dag för olyckan".into(),
            QIllnessDate => "Vilken dag märkte du sjukdomen första gången?".into(),
            NIllnessDate => "Dag då sjukdomen visade sig".into(),
            HIllnessDate => "Till exempel den dag du först sökte vård för den. Skriv ett ungefärligt datum om du inte vet exakt.".into(),
            QReported => "Har din arbetsgivare anmält arbetsskadan till Försäkringskassan?".into(),
            NReported => "Arbetsskadeanmälan".into(),
            HReported => "Anmälan heter arbetsskadeanmälan. Är du egen företagare gör du den själv.".into(),
            ChoiceYes => "Ja".into(),
            ChoiceNo => "Nej".into(),
            ChoiceDontKnow => "Jag vet inte".into(),
            QDecision => "Har Försäkringskassan beslutat om skadan är en arbetsskada?".into(),
            NDecision => "Beslut om arbetsskada".into(),
            ChoiceApproved => "Ja, den är godkänd som arbetsskada".into(),
            ChoiceRefused => "Ja, de har sagt nej".into(),
            ChoiceNotYet => "Nej, inte än".into(),
            HChoiceNotYet => "Det är vanligt. Försäkringskassan prövar det när du ansöker om ersättning.".into(),
            QSituation => "Hur ser det ut för dig nu?".into(),
            NSituation => "Din situation nu".into(),
            ChoiceOnSickPay => "Jag får sjukpenning".into(),
            ChoiceSickPayRefused => "Jag har fått avslag på sjukpenning, för att jag anses kunna ta ett annat arbete".into(),
            HChoiceSickPayRefused => "Försäkringskassan säger att du kan arbeta i ett arbete som är vanligt på arbetsmarknaden.".into(),
            ChoiceReducedHours => "Jag arbetar mindre än före skadan".into(),
            ChoiceChangedJob => "Jag har bytt till ett arbete med lägre lön".into(),
            ChoiceSaAe => "Jag har sjukersättning eller aktivitetsersättning".into(),
            ChoiceOtherSituation => "Något annat".into(),
            QIncomeBefore => "Hur mycket tjänade du per år före skadan, före skatt?".into(),
            NIncomeBefore => "Inkomst per år före skadan".into(),
            HIncomeBefore => "Räkna med den lön du skulle ha haft i dag utan skadan. Tjänade du 35 000 kr i månaden blir det 420 000 kr per år.".into(),
            QIncomeNow => "Hur mycket kan du tjäna per år nu, före skatt?".into(),
            NIncomeNow => "Inkomst per år nu".into(),
            HIncomeNow => "Räkna med det du kan tjäna med den förmåga att arbeta som du har kvar, även om du inte har ett sådant arbete just nu. Räkna inte med sjukpenning eller annan ersättning.".into(),
            QKnowsDuration => "Vet du ungefär hur länge din förmåga att arbeta kommer att vara nedsatt?".into(),
            NKnowsDuration => "Vet hur länge nedsättningen håller i sig".into(),
            HKnowsDuration => "Fråga din läkare. Läkaren skriver det i sitt utlåtande.".into(),
            QDuration => "Hur många månader framåt räknar din läkare med att nedsättningen håller i sig?".into(),
            NDuration => "Antal månader".into(),
            HDuration => "Räkna från i dag. Ett år är 12 månader. Skriv 120 om nedsättningen inte väntas gå över.".into(),

            WorkAccident => "Du har skadats i en olycka i arbetet. Det kan vara en arbetsskada.".into(),
            CommutingAccident => "Du har skadats i en olycka på väg till eller från arbetet. Det kan vara en arbetsskada, ett så kallat färdolycksfall.".into(),
            IllnessFromWork => "Du har blivit sjuk av något i arbetet. Det kan vara en arbetsskada, en så kallad arbetssjukdom.".into(),
            InfectionAtWork => "Du har blivit smittad i arbetet. Det kan i vissa arbeten och för vissa sjukdomar vara en arbetsskada.".into(),
            InjuryLinkedToWork => "Skadan beror på arbetet, eller har hänt i arbetet eller på väg till eller från arbetet.".into(),
            ValueSomethingElse => "Något annat".into(),
            LimitLinkedToWork => "En olycka i arbetet eller på väg till eller från arbetet, en sjukdom av arbetet eller smitta i arbetet".into(),
            NoteTrafficInsurance => "Var det en trafikolycka med ett motorfordon? Då kan trafikförsäkringen betala ersättning i stället.".into(),
            NoteIllnessEvidence => "För en arbetssjukdom ska det finnas övervägande skäl för att något i arbetet har orsakat sjukdomen eller gjort den värre. Det bedömer Försäkringskassan.".into(),
            InjuryDateAccident { date } => format!("En skada efter en olycka räknas från dagen för olyckan: {}.", f::date(*date, l)),
            InjuryDateFirstShowed { date } => format!("En sjukdom räknas från den dag den först visade sig: {}.", f::date(*date, l)),
            OlderEvidenceRule => "Skadan hände före den 1 juli 2002. Då gäller delvis äldre regler för hur Försäkringskassan bedömer om det är en arbetsskada.".into(),
            ReportMade => "Din arbetsgivare har anmält arbetsskadan till Försäkringskassan. Anmälan är inte en ansökan. Du behöver ansöka om livränta själv.".into(),
            ReportNotMade => "Arbetsskadan är inte anmäld. Din arbetsgivare ska anmäla den till Försäkringskassan så fort arbetsgivaren får veta om den.".into(),
            ReportUnknown => "Du vet inte om arbetsskadan är anmäld. Fråga din arbetsgivare.".into(),
            ApprovedAsWorkInjury => "Försäkringskassan ska ha godkänt skadan som arbetsskada.".into(),
            NotYetDecided => "Försäkringskassan har inte prövat om skadan är en arbetsskada. Det gör de när du ansöker om livränta.".into(),
            ValueRefused => "Försäkringskassan har sagt nej".into(),
            LimitApproved => "Skadan är godkänd som arbetsskada".into(),
            NoteReconsideration => "Tycker du att beslutet är fel kan du begära omprövning. I beslutet står hur du gör och hur lång tid du har på dig.".into(),

            NoIncomeBefore => "Du hade ingen inkomst av arbete före skadan. Då räknar Försäkringskassan fram underlaget på ett annat sätt, till exempel om du studerade. Det kan vi inte räkna ut här.".into(),
            StepReduction { before, after, loss, grad } => format!("Du tjänade {} per år före skadan och kan tjäna {} nu. Du förlorar {} per år. Det är {} av inkomsten före skadan.", kr(before), kr(after), kr(loss), p(grad)),
            LossAtLeastOneFifteenth { grad } => format!("Din förmåga att tjäna pengar genom arbete ska vara nedsatt med minst en femtondel, ungefär 6,67\u{a0}%. Din nedsättning är {}.", p(grad)),
            ValueLoss { loss, grad } => format!("{}, det vill säga {} per år", p(grad), kr(loss)),
            LimitOneFifteenth { least } => format!("Minst en femtondel, för dig minst {} per år", kr(least)),
            NoteUncoveredBelowOneFifteenth { amount } => format!("Din förlust på {} per år är mindre än en femtondel av din inkomst före skadan. Den ersätts inte med livränta. Har du kollektivavtal kan trygghetsförsäkringen vid arbetsskada (TFA) hos AFA Försäkring ersätta den.", kr(amount)),
            DurationUnknown => "Du vet inte hur länge nedsättningen håller i sig. Livränta kräver att den väntas hålla i sig minst ett år. Därför kan vi inte avgöra om du har rätt till livränta.".into(),
            LastsAtLeastOneYear => "Nedsättningen väntas hålla i sig minst ett år.".into(),
            ValueMonths { months: 1 } => "1 månad".into(),
            ValueMonths { months } => format!("{months} månader"),
            LimitTwelveMonths => "Minst 12 månader".into(),
            NoteApplyWhenLonger => "Om det senare visar sig att nedsättningen håller i sig minst ett år kan du ansöka då. Till dess kan sjukpenning ersätta dig.".into(),
            StepUnderlag { income, factor, pbb, cap, underlag, capped: true } => format!("Livränteunderlaget är din inkomst före skadan, men högst {} × prisbasbeloppet {} = {}. Din inkomst {} är högre. Underlaget blir {}.", f::factor(*factor, l), kr(pbb), kr(cap), kr(income), kr(underlag)),
            StepUnderlag { factor, pbb, cap, underlag, capped: false, .. } => format!("Livränteunderlaget är din inkomst före skadan: {}. Den är inte högre än taket, {} × prisbasbeloppet {} = {}.", kr(underlag), f::factor(*factor, l), kr(pbb), kr(cap)),
            StepLivranta { grad, underlag, per_year } => format!("Livräntan är nedsättningen gånger underlaget: {} × {} = {} per år.", p(grad), kr(underlag), kr(per_year)),
            StepPerMonth { per_year, per_month } => format!("Per månad: {} / 12 = {}.", kr(per_year), kr(per_month)),
            StepUncoveredAboveCap { loss, livranta, uncovered } => format!("Livräntan ersätter inte inkomst över taket. Av din förlust på {} per år täcker livräntan {}. {} per år ersätts inte.", kr(loss), kr(livranta), kr(uncovered)),
            NoteUncoveredAboveCap { amount } => format!("Livräntan ersätter inte inkomst över 7,5 prisbasbelopp. {} av din förlust per år täcks inte. Har du kollektivavtal kan trygghetsförsäkringen vid arbetsskada (TFA) hos AFA Försäkring ersätta en del av den.", kr(amount)),
            StepOmrakning { year, index, before, indexed, ceiling, result } => format!("I januari {year} räknas livräntan om med indexeringstalet {}: {} × {} = {}. Den får vara högst samma andel av 7,5 prisbasbelopp som nedsättningen, {}. Livräntan blir {} per år.", f::factor(*index, l), kr(before), f::factor(*index, l), kr(indexed), kr(ceiling), kr(result)),
            OmrakningNotYetKnown { year } => format!("Livräntan räknas om i januari {year} med indexeringstalet för {year}."),
            NoteOmrakning => "Livräntan räknas om varje år i januari. Då ändras beloppet.".into(),

            CoordinatedWithSaAe => "Du har sjukersättning eller aktivitetsersättning. Den samordnas med livräntan, så du får inte båda beloppen fullt ut. Försäkringskassan räknar ut hur mycket du får sammanlagt. Det har vi inte räknat med här.".into(),
            SickPayRefused => "Du har fått avslag på sjukpenning, eftersom du anses kunna ta ett arbete som är vanligt på arbetsmarknaden. Livränta kan ändå ersätta den inkomst du förlorar på grund av arbetsskadan.".into(),
            NoteChangedJob => "Du har bytt till ett arbete med lägre lön. Skillnaden mellan inkomsten före skadan och den du kan tjäna nu är det som livräntan kan ersätta.".into(),
            NoSickPayBelowQuarter => "Som jämförelse: din förlust är mindre än en fjärdedel. Då ger den ingen sjukpenning, men den kan ge livränta.".into(),
            NoSickPayNoSgi => "Som jämförelse: din inkomst före skadan är lägre än 24 procent av prisbasbeloppet. Då ger den ingen sjukpenning.".into(),
            StepSickPay { sgi, level, per_day, per_month } => format!("Som jämförelse: {} sjukpenning på en SGI på {} är {} per dag, ungefär {} i månaden.", f::level(*level, l), kr(sgi), kr(per_day), kr(per_month)),
            NoteSickPayVsLivranta { sick_pay_per_month, livranta_per_month } => format!("Sjukpenningen ersätter ungefär {} i månaden av din förlust. Livräntan skulle ersätta ungefär {} i månaden. Du kan få livränta och sjukpenning för samma tid, men Försäkringskassan räknar ut hur de påverkar varandra. Lägg inte ihop beloppen.", kr(sick_pay_per_month), kr(livranta_per_month)),

            HeadWorthApplying => "Det kan vara värt att ansöka om livränta".into(),
            HeadProbablyNot => "Du har troligen inte rätt till livränta".into(),
            HeadCannotTell => "Vi kan inte avgöra om du har rätt till livränta".into(),
            RowInjuryType => "Vad som hände".into(),
            InjuryTypeName(h) => match h {
                Handelse::Arbetsolycksfall => "Olycka i arbetet",
                Handelse::Fardolycksfall => "Olycka på väg till eller från arbetet",
                Handelse::Arbetssjukdom => "Sjukdom av arbetet",
                Handelse::Smitta => "Smitta i arbetet",
                Handelse::Annat => "Något annat",
            }
            .into(),
            RowInjuryDate => "Skadedag".into(),
            RowReduction => "Nedsättning av förmågan att tjäna pengar".into(),
            ReductionValue { grad } => p(grad),
            RowIncomeLoss => "Inkomstförlust per år".into(),
            RowUnderlag => "Livränteunderlag".into(),
            RowUnderlagCapped => "Underlaget begränsas av taket".into(),
            RowPerYear => "Livränta per år, före skatt".into(),
            RowPerMonth => "Livränta per månad, före skatt".into(),
            RowUncoveredAboveCap => "Förlust per år som livräntan inte täcker (över taket)".into(),
            RowUncoveredBelowOneFifteenth => "Förlust per år som livräntan inte täcker (under en femtondel)".into(),
            RowNextYear { year } => format!("Livränta per år från januari {year}"),
            RowSickPayLevel => "Sjukpenning för samma förlust".into(),
            SickPayNone => "Ingen sjukpenning".into(),
            RowSickPayPerDay => "Sjukpenning per dag, före skatt".into(),
            RowSickPayPerMonth => "Sjukpenning ungefär per månad, före skatt".into(),
            NextReport => "Be din arbetsgivare att göra en arbetsskadeanmälan till Försäkringskassan. Är du egen företagare gör du den själv på anmalarbetsskada.se.".into(),
            NextMedicalStatement => "Be din läkare om ett utlåtande som visar att skadan sätter ned din förmåga att arbeta i minst ett år framåt.".into(),
            NextApply => "Ansök om livränta på Mina sidor på forsakringskassan.se. Vänta tills läkaren kan säga att nedsättningen håller i sig minst ett år. Ansöker du för tidigt kan du få avslag.".into(),
            NextAfa => "Har du kollektivavtal? Anmäl då skadan till AFA Försäkring också. Du kan ha rätt till ersättning därifrån.".into(),
            NextAskDoctor => "Fråga din läkare hur länge nedsättningen väntas hålla i sig. Gör sedan testet igen.".into(),
            NextProbablyNot => "Om din situation ändras kan du göra testet igen. Är du osäker kan du ringa Försäkringskassan på 0771-524 524.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524, så får du hjälp att se vad som gäller för dig.".into(),
        }
    }

    fn en(&self) -> String {
        use LivrantaMsg::*;
        let l = Lang::En;
        let kr = |k: &Kronor| f::kronor(*k, l);
        let p = |g: &Fraction| procent(*g, l);
        match self {
            Title => "Annuity after a work injury".into(),
            Intro => "Have you been injured or made ill by your work, and do you earn less because of it? Answer a few questions to find out whether it may be worth applying for a work-injury annuity (livränta), roughly how much it could be, and what to do next. The annuity is money from Försäkringskassan that replaces income you lose because of a work injury.".into(),
            QWhatHappened => "What happened?".into(),
            NWhatHappened => "What happened".into(),
            ChoiceWorkAccident => "I was injured in an accident at work".into(),
            HChoiceWorkAccident => "For example a fall or an assault. This also covers business trips and training for work.".into(),
            ChoiceCommuting => "I was injured in an accident on the way to or from work".into(),
            ChoiceIllness => "I became ill from something at work".into(),
            HChoiceIllness => "For example from heavy lifting, noise, chemicals or stress over a long time.".into(),
            ChoiceInfection => "I was infected at work".into(),
            HChoiceInfection => "For example in health care, looking after people who are infected.".into(),
            ChoiceOther => "None of these".into(),
            QAccidentDate => "On which day did the accident happen?".into(),
            NAccidentDate => "Day of the accident".into(),
            QIllnessDate => "On which day did you first notice the illness?".into(),
            NIllnessDate => "Day the illness showed".into(),
            HIllnessDate => "For example the day you first sought care for it. Give an approximate date if you do not know exactly.".into(),
            QReported => "Has your employer reported the work injury to Försäkringskassan?".into(),
            NReported => "Work injury report".into(),
            HReported => "The report is called arbetsskadeanmälan. If you are self-employed, you make it yourself.".into(),
            ChoiceYes => "Yes".into(),
            ChoiceNo => "No".into(),
            ChoiceDontKnow => "I don't know".into(),
            QDecision => "Has Försäkringskassan decided whether the injury is a work injury?".into(),
            NDecision => "Decision on the work injury".into(),
            ChoiceApproved => "Yes, it is approved as a work injury".into(),
            ChoiceRefused => "Yes, they said no".into(),
            ChoiceNotYet => "No, not yet".into(),
            HChoiceNotYet => "That is common. Försäkringskassan decides it when you apply for compensation.".into(),
            QSituation => "What is your situation now?".into(),
            NSituation => "Your situation now".into(),
            ChoiceOnSickPay => "I get sickness benefit".into(),
            ChoiceSickPayRefused => "My sickness benefit was refused, because I am considered able to take another job".into(),
            HChoiceSickPayRefused => "Försäkringskassan says you can work in a job that is common on the labour market.".into(),
            ChoiceReducedHours => "I work fewer hours than before the injury".into(),
            ChoiceChangedJob => "I have moved to a job with lower pay".into(),
            ChoiceSaAe => "I have sickness compensation or activity compensation".into(),
            ChoiceOtherSituation => "Something else".into(),
            QIncomeBefore => "How much did you earn per year before the injury, before tax?".into(),
            NIncomeBefore => "Income per year before the injury".into(),
            HIncomeBefore => "Use the pay you would have had today without the injury. If you earned SEK 35,000 a month, that is SEK 420,000 a year.".into(),
            QIncomeNow => "How much can you earn per year now, before tax?".into(),
            NIncomeNow => "Income per year now".into(),
            HIncomeNow => "Use what you can earn with the ability to work you have left, even if you do not have such a job right now. Do not count sickness benefit or other benefits.".into(),
            QKnowsDuration => "Do you know roughly how long your ability to work will be reduced?".into(),
            NKnowsDuration => "Knows how long the reduction lasts".into(),
            HKnowsDuration => "Ask your doctor. The doctor writes it in the medical statement.".into(),
            QDuration => "For how many months ahead does your doctor expect the reduction to last?".into(),
            NDuration => "Number of months".into(),
            HDuration => "Count from today. A year is 12 months. Enter 120 if the reduction is not expected to go away.".into(),

            WorkAccident => "You were injured in an accident at work. That can be a work injury.".into(),
            CommutingAccident => "You were injured in an accident on the way to or from work. That can be a work injury (a commuting accident, färdolycksfall).".into(),
            IllnessFromWork => "You became ill from something at work. That can be a work injury (an occupational illness, arbetssjukdom).".into(),
            InfectionAtWork => "You were infected at work. In some jobs and for some diseases that can be a work injury.".into(),
            InjuryLinkedToWork => "The injury is caused by the work, or happened at work or on the way to or from work.".into(),
            ValueSomethingElse => "Something else".into(),
            LimitLinkedToWork => "An accident at work or on the way to or from work, an illness from work, or an infection at work".into(),
            NoteTrafficInsurance => "Was it a traffic accident with a motor vehicle? Then the traffic insurance may pay compensation instead.".into(),
            NoteIllnessEvidence => "For an occupational illness there must be predominant reasons (övervägande skäl) to believe that something at work caused or worsened it. Försäkringskassan assesses that.".into(),
            InjuryDateAccident { date } => format!("An injury from an accident counts from the day of the accident: {}.", f::date(*date, l)),
            InjuryDateFirstShowed { date } => format!("An illness counts from the day it first showed: {}.", f::date(*date, l)),
            OlderEvidenceRule => "The injury happened before 1 July 2002. Partly older rules then apply to how Försäkringskassan assesses whether it is a work injury.".into(),
            ReportMade => "Your employer has reported the work injury to Försäkringskassan. The report is not an application. You need to apply for the annuity yourself.".into(),
            ReportNotMade => "The work injury has not been reported. Your employer must report it to Försäkringskassan as soon as the employer learns of it.".into(),
            ReportUnknown => "You do not know whether the work injury has been reported. Ask your employer.".into(),
            ApprovedAsWorkInjury => "Försäkringskassan must have approved the injury as a work injury.".into(),
            NotYetDecided => "Försäkringskassan has not yet decided whether the injury is a work injury. It does so when you apply for the annuity.".into(),
            ValueRefused => "Försäkringskassan said no".into(),
            LimitApproved => "The injury is approved as a work injury".into(),
            NoteReconsideration => "If you think the decision is wrong, you can ask for it to be reconsidered (omprövning). The decision says how and by when.".into(),

            NoIncomeBefore => "You had no income from work before the injury. Försäkringskassan then works out the basis in another way, for example if you were studying. We cannot calculate that here.".into(),
            StepReduction { before, after, loss, grad } => format!("You earned {} per year before the injury and can earn {} now. You lose {} per year. That is {} of your income before the injury.", kr(before), kr(after), kr(loss), p(grad)),
            LossAtLeastOneFifteenth { grad } => format!("Your ability to earn money by working must be reduced by at least one fifteenth, about 6.67%. Your reduction is {}.", p(grad)),
            ValueLoss { loss, grad } => format!("{}, that is {} per year", p(grad), kr(loss)),
            LimitOneFifteenth { least } => format!("At least one fifteenth, for you at least {} per year", kr(least)),
            NoteUncoveredBelowOneFifteenth { amount } => format!("Your loss of {} per year is less than one fifteenth of your income before the injury. The annuity does not cover it. If you are covered by a collective agreement, the work injury insurance TFA at AFA Försäkring may cover it.", kr(amount)),
            DurationUnknown => "You do not know how long the reduction will last. The annuity requires that it is expected to last at least one year. So we cannot tell whether you are entitled.".into(),
            LastsAtLeastOneYear => "The reduction is expected to last at least one year.".into(),
            ValueMonths { months: 1 } => "1 month".into(),
            ValueMonths { months } => format!("{months} months"),
            LimitTwelveMonths => "At least 12 months".into(),
            NoteApplyWhenLonger => "If it later turns out that the reduction lasts at least one year, you can apply then. Until then, sickness benefit may cover you.".into(),
            StepUnderlag { income, factor, pbb, cap, underlag, capped: true } => format!("The annuity base (livränteunderlag) is your income before the injury, but at most {} × the price base amount {} = {}. Your income {} is higher. The base is {}.", f::factor(*factor, l), kr(pbb), kr(cap), kr(income), kr(underlag)),
            StepUnderlag { factor, pbb, cap, underlag, capped: false, .. } => format!("The annuity base (livränteunderlag) is your income before the injury: {}. It is not above the cap, {} × the price base amount {} = {}.", kr(underlag), f::factor(*factor, l), kr(pbb), kr(cap)),
            StepLivranta { grad, underlag, per_year } => format!("The annuity is the reduction times the base: {} × {} = {} per year.", p(grad), kr(underlag), kr(per_year)),
            StepPerMonth { per_year, per_month } => format!("Per month: {} / 12 = {}.", kr(per_year), kr(per_month)),
            StepUncoveredAboveCap { loss, livranta, uncovered } => format!("The annuity does not replace income above the cap. Of your loss of {} per year, the annuity covers {}. {} per year is not covered.", kr(loss), kr(livranta), kr(uncovered)),
            NoteUncoveredAboveCap { amount } => format!("The annuity does not replace income above 7.5 price base amounts. {} of your loss per year is not covered. If you are covered by a collective agreement, the work injury insurance TFA at AFA Försäkring may cover part of it.", kr(amount)),
            StepOmrakning { year, index, before, indexed, ceiling, result } => format!("In January {year} the annuity is recalculated with the index figure {}: {} × {} = {}. It may be at most the same share of 7.5 price base amounts as the reduction, {}. The annuity becomes {} per year.", f::factor(*index, l), kr(before), f::factor(*index, l), kr(indexed), kr(ceiling), kr(result)),
            OmrakningNotYetKnown { year } => format!("The annuity is recalculated in January {year} with the index figure for {year}."),
            NoteOmrakning => "The annuity is recalculated every January, so the amount changes.".into(),

            CoordinatedWithSaAe => "You have sickness or activity compensation. It is coordinated with the annuity, so you do not get both amounts in full. Försäkringskassan works out how much you get in total. We have not included that here.".into(),
            SickPayRefused => "Your sickness benefit was refused because you are considered able to take a job that is common on the labour market. The annuity can still replace income you lose because of the work injury.".into(),
            NoteChangedJob => "You have moved to a job with lower pay. The difference between your income before the injury and what you can earn now is what the annuity can replace.".into(),
            NoSickPayBelowQuarter => "For comparison: your loss is less than a quarter. That gives no sickness benefit, but it can give an annuity.".into(),
            NoSickPayNoSgi => "For comparison: your income before the injury is below 24 per cent of the price base amount. That gives no sickness benefit.".into(),
            StepSickPay { sgi, level, per_day, per_month } => format!("For comparison: {} sickness benefit on an SGI of {} is {} per day, about {} a month.", f::level(*level, l), kr(sgi), kr(per_day), kr(per_month)),
            NoteSickPayVsLivranta { sick_pay_per_month, livranta_per_month } => format!("Sickness benefit covers about {} a month of your loss. The annuity would cover about {} a month. You can get the annuity and sickness benefit for the same time, but Försäkringskassan works out how they affect each other. Do not add the amounts together.", kr(sick_pay_per_month), kr(livranta_per_month)),

            HeadWorthApplying => "It may be worth applying for a work-injury annuity".into(),
            HeadProbablyNot => "You are probably not entitled to a work-injury annuity".into(),
            HeadCannotTell => "We cannot tell whether you are entitled to a work-injury annuity".into(),
            RowInjuryType => "What happened".into(),
            InjuryTypeName(h) => match h {
                Handelse::Arbetsolycksfall => "Accident at work",
                Handelse::Fardolycksfall => "Accident on the way to or from work",
                Handelse::Arbetssjukdom => "Illness from work",
                Handelse::Smitta => "Infection at work",
                Handelse::Annat => "Something else",
            }
            .into(),
            RowInjuryDate => "Date of injury".into(),
            RowReduction => "Reduction of earning capacity".into(),
            ReductionValue { grad } => p(grad),
            RowIncomeLoss => "Income lost per year".into(),
            RowUnderlag => "Annuity base (livränteunderlag)".into(),
            RowUnderlagCapped => "The base is limited by the cap".into(),
            RowPerYear => "Annuity per year, before tax".into(),
            RowPerMonth => "Annuity per month, before tax".into(),
            RowUncoveredAboveCap => "Loss per year the annuity does not cover (above the cap)".into(),
            RowUncoveredBelowOneFifteenth => "Loss per year the annuity does not cover (below one fifteenth)".into(),
            RowNextYear { year } => format!("Annuity per year from January {year}"),
            RowSickPayLevel => "Sickness benefit for the same loss".into(),
            SickPayNone => "No sickness benefit".into(),
            RowSickPayPerDay => "Sickness benefit per day, before tax".into(),
            RowSickPayPerMonth => "Sickness benefit about per month, before tax".into(),
            NextReport => "Ask your employer to report the work injury to Försäkringskassan (arbetsskadeanmälan). If you are self-employed, report it yourself at anmalarbetsskada.se.".into(),
            NextMedicalStatement => "Ask your doctor for a statement showing that the injury reduces your ability to work for at least one year ahead.".into(),
            NextApply => "Apply for the annuity on Mina sidor at forsakringskassan.se. Wait until your doctor can say that the reduction will last at least one year. If you apply too early, you may be refused.".into(),
            NextAfa => "Are you covered by a collective agreement? Then report the injury to AFA Försäkring too. You may be entitled to compensation from them.".into(),
            NextAskDoctor => "Ask your doctor how long the reduction is expected to last. Then take the test again.".into(),
            NextProbablyNot => "If your situation changes, you can take the test again. If you are unsure, call Försäkringskassan on +46 771-524 524.".into(),
            NextCannotTell => "Call Försäkringskassan on +46 771-524 524 for help with what applies to you.".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_show_as_percentages_with_two_decimals() {
        assert_eq!(procent(Fraction::new(2, 7), Lang::Sv), "28,57\u{a0}%");
        assert_eq!(procent(Fraction::new(1, 15), Lang::En), "6.67%");
        assert_eq!(procent(Fraction::new(1, 3), Lang::En), "33.33%");
        assert_eq!(procent(Fraction::new(1, 20), Lang::Sv), "5,00\u{a0}%");
        assert_eq!(procent(Fraction::ZERO, Lang::En), "0.00%");
    }
}
