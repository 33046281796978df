//! Texts of the arbetsskadelivränta self-test: questions, rule steps, results and next steps, in
//! Swedish (Klarspråk: short sentences, "du") and English. Shares (the degree of reduction) are
//! shown as percentages with two decimals; the exact fraction stays in the machine rows.

use super::format as f;
use super::{Lang, Msg, Texts};
use crate::domain::{Date, Fraction, Kronor};
use crate::rules::livranta::{Anmalan, Handelse, Not, Provning, SaAe, Steg};
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
    QKnowsSaAe,
    NKnowsSaAe,
    HKnowsSaAe,
    QSaAeAmount,
    NSaAeAmount,
    HSaAeAmount,
    QWhichSaAe,
    NWhichSaAe,
    ChoiceSa,
    ChoiceAe,
    QBirthDate,
    NBirthDate,

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
    LossAtLeastQuarterPbb { loss: Kronor, least: Kronor, pbb: Kronor },
    LimitQuarterPbb { least: Kronor },
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
    StepSaAeGiven { per_month: Kronor, per_year: Kronor },
    StepSaAeEstimated { formon: SaAe, level: Level, income: Kronor },
    NoSaAeBelowQuarter,
    StepCoordination { livranta: Kronor, sa_ae: Kronor, result: Kronor },
    NoteCoordinationShare,
    NoteSaAeEstimated { per_month: Kronor },
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
    HeadCoordinated { per_month: Kronor },
    HeadCoordinatedNothing,
    NoteNotConsidered,
    RowBeforeCoordinationPerYear,
    RowBeforeCoordinationPerMonth,
    RowSaAePerMonth,
    RowSaAeEstimated,
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
    RowNextYearBeforeCoordination { year: i32 },
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

fn sa_ae_sv(formon: SaAe) -> &'static str {
    match formon {
        SaAe::Sjukersattning => "sjukersättning",
        SaAe::Aktivitetsersattning => "aktivitetsersättning",
    }
}

fn sa_ae_en(formon: SaAe) -> &'static str {
    match formon {
        SaAe::Sjukersattning => "sickness compensation",
        SaAe::Aktivitetsersattning => "activity compensation",
    }
}

impl Texts for LivrantaMsg {
    /// Easy-to-read Swedish for what a result page says (see `i18n/mod.rs`).
    fn lattlast(&self) -> Option<String> {
        use LivrantaMsg::*;
        let l = Lang::Sv;
        let kr = |k: &Kronor| f::kronor(*k, l);
        // "28,57 procent": lättläst writes the word, not the sign.
        let p = |g: &Fraction| f::percent_rounded(*g, Lang::SvLattlast);
        const LIVRANTA_IS: &str =
            "Livränta är pengar varje månad om du tjänar mindre efter en skada eller sjukdom från jobbet.";
        const AFA_INSURANCE: &str = "Försäkringen heter trygghetsförsäkring vid arbetsskada.";
        Some(match self {
            HeadWorthApplying => format!("Du kan kanske få livränta. {LIVRANTA_IS}"),
            HeadProbablyNot => format!("Du kan troligen inte få livränta. {LIVRANTA_IS}"),
            HeadCannotTell => format!("Vi vet inte om du kan få livränta. {LIVRANTA_IS}"),
            HeadCoordinated { per_month } => format!("Du kan kanske få livränta. Du får då ungefär {} i månaden, före skatt. Det är det som blir kvar när din sjukersättning eller aktivitetsersättning är borträknad. {LIVRANTA_IS}", kr(per_month)),
            HeadCoordinatedNothing => format!("Du får troligen ingen livränta just nu. Din sjukersättning eller aktivitetsersättning är lika stor som livräntan, eller större. {LIVRANTA_IS}"),
            RowBeforeCoordinationPerYear => "Livränta på ett år, innan sjukersättningen eller aktivitetsersättningen är borträknad".into(),
            RowBeforeCoordinationPerMonth => "Livränta i månaden, innan sjukersättningen eller aktivitetsersättningen är borträknad".into(),
            RowSaAePerMonth => "Din sjukersättning eller aktivitetsersättning i månaden, före skatt".into(),
            RowSaAeEstimated => "Har vi räknat ut sjukersättningen eller aktivitetsersättningen själva?".into(),
            NoteCoordinationShare => "Får du sjukersättning eller aktivitetsersättning också för en annan sjukdom? Då räknar Försäkringskassan bort bara en del av den. Då kan du få mer livränta än vi har räknat ut här.".into(),
            NoteSaAeEstimated { per_month } => format!("Du vet inte hur mycket sjukersättning eller aktivitetsersättning du får. Vi har räknat ut ungefär {} i månaden. Vi har räknat som om du har bott i Sverige hela livet. Beloppet står i beslutet från Försäkringskassan. Gör testet igen med det beloppet.", kr(per_month)),
            NoteNotConsidered => "Det här har vi inte räknat med: Pengar från AFA Försäkring, från din arbetsgivare eller från en trafikförsäkring. Pengar för kostnader efter skadan, till exempel för tandvård. Skatt. Särskilda regler för den som var ung eller studerade när skadan hände.".into(),

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
            RowNextYearBeforeCoordination { year } => format!("Livränta på ett år från januari {year}, innan sjukersättningen eller aktivitetsersättningen är borträknad"),
            NoSaAeBelowQuarter => "Du förlorar mindre än en fjärdedel av din inkomst. Då får du ingen sjukersättning eller aktivitetsersättning för samma förlust. Därför räknar vi inte bort något från livräntan.".into(),
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
            LossAtLeastQuarterPbb { least, .. } => format!("Du måste förlora minst {} på ett år. Det är en fjärdedel av prisbasbeloppet. Prisbasbeloppet är ett belopp som bestäms varje år.", kr(least)),
            LimitQuarterPbb { least } => format!("Minst {} på ett år", kr(least)),
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
        let p = |g: &Fraction| f::percent_rounded(*g, l);
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
            QKnowsSaAe => "Vet du hur mycket sjukersättning eller aktivitetsersättning du får i månaden?".into(),
            NKnowsSaAe => "Vet beloppet för sjuk- eller aktivitetsersättningen".into(),
            HKnowsSaAe => "Livräntan minskas med den ersättning du får för samma förlorade inkomst. Vet du inte beloppet räknar vi fram ett ungefärligt.".into(),
            QSaAeAmount => "Hur mycket sjukersättning eller aktivitetsersättning får du i månaden, före skatt?".into(),
            NSaAeAmount => "Sjuk- eller aktivitetsersättning per månad".into(),
            HSaAeAmount => "Beloppet står i beslutet från Försäkringskassan och på Mina sidor. Räkna inte med bostadstillägg.".into(),
            QWhichSaAe => "Vilken ersättning har du?".into(),
            NWhichSaAe => "Sjukersättning eller aktivitetsersättning".into(),
            ChoiceSa => "Sjukersättning".into(),
            ChoiceAe => "Aktivitetsersättning".into(),
            QBirthDate => "När är du född?".into(),
            NBirthDate => "Födelsedatum".into(),

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
            LossAtLeastQuarterPbb { loss, least, pbb } => format!("Inkomstförlusten ska vara minst en fjärdedel av prisbasbeloppet {} för året då livräntan börjar, alltså minst {} per år. Din förlust är {} per år.", kr(pbb), kr(least), kr(loss)),
            LimitQuarterPbb { least } => format!("Minst en fjärdedel av prisbasbeloppet, {} per år", kr(least)),
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

            StepSaAeGiven { per_month, per_year } => format!("Du får {} i månaden i sjukersättning eller aktivitetsersättning, {} per år.", kr(per_month), kr(per_year)),
            StepSaAeEstimated { formon, level, income } => format!("Vi uppskattar din {} enligt reglerna för ersättningen: {} ersättning, eftersom du förlorar den andelen av din inkomst, med inkomsten före skadan, {}, som antagandeinkomst och full försäkringstid.", sa_ae_sv(*formon), f::level(*level, l), kr(income)),
            NoSaAeBelowQuarter => "Du förlorar mindre än en fjärdedel av din inkomst. Det ger ingen sjuk- eller aktivitetsersättning för samma förlust, så vi räknar inte bort något från livräntan.".into(),
            StepCoordination { livranta, sa_ae, result } => format!("Livräntan lämnas bara till den del den är större än sjuk- eller aktivitetsersättningen för samma förlorade inkomst: {} − {} = {} per år.", kr(livranta), kr(sa_ae), kr(result)),
            NoteCoordinationShare => "Vi har räknat bort hela din sjuk- eller aktivitetsersättning från livräntan. Beror ersättningen delvis på en annan sjukdom än arbetsskadan räknar Försäkringskassan bara bort den del som beror på arbetsskadan. Då blir livräntan högre.".into(),
            NoteSaAeEstimated { per_month } => format!("Du vet inte hur mycket sjuk- eller aktivitetsersättning du får. Vi har uppskattat den till {} i månaden, med full försäkringstid (som om du bott i Sverige hela livet). Beloppet står i ditt beslut. Gör testet igen med det, så blir svaret säkrare.", kr(per_month)),
            SickPayRefused => "Du har fått avslag på sjukpenning, eftersom du anses kunna ta ett arbete som är vanligt på arbetsmarknaden. Livränta kan ändå ersätta den inkomst du förlorar på grund av arbetsskadan.".into(),
            NoteChangedJob => "Du har bytt till ett arbete med lägre lön. Skillnaden mellan inkomsten före skadan och den du kan tjäna nu är det som livräntan kan ersätta.".into(),
            NoSickPayBelowQuarter => "Som jämförelse: din förlust är mindre än en fjärdedel. Då ger den ingen sjukpenning, men den kan ge livränta.".into(),
            NoSickPayNoSgi => "Som jämförelse: din inkomst före skadan är lägre än 24 procent av prisbasbeloppet. Då ger den ingen sjukpenning.".into(),
            StepSickPay { sgi, level, per_day, per_month } => format!("Som jämförelse: {} sjukpenning på en SGI på {} är {} per dag, ungefär {} i månaden.", f::level(*level, l), kr(sgi), kr(per_day), kr(per_month)),
            NoteSickPayVsLivranta { sick_pay_per_month, livranta_per_month } => format!("Sjukpenningen ersätter ungefär {} i månaden av din förlust. Livräntan skulle ersätta ungefär {} i månaden. Du kan få livränta och sjukpenning för samma tid, men Försäkringskassan räknar ut hur de påverkar varandra. Lägg inte ihop beloppen.", kr(sick_pay_per_month), kr(livranta_per_month)),

            HeadWorthApplying => "Det kan vara värt att ansöka om livränta".into(),
            HeadProbablyNot => "Du har troligen inte rätt till livränta".into(),
            HeadCannotTell => "Vi kan inte avgöra om du har rätt till livränta".into(),
            HeadCoordinated { per_month } => format!("Det kan vara värt att ansöka om livränta: ungefär {} i månaden efter samordning med din sjuk- eller aktivitetsersättning", kr(per_month)),
            HeadCoordinatedNothing => "Livräntan blir troligen 0 kr just nu, eftersom din sjuk- eller aktivitetsersättning är minst lika stor".into(),
            NoteNotConsidered => "Det här har självtestet inte räknat med: ersättning från AFA Försäkring, från din arbetsgivare eller från en trafikförsäkring, ersättning för kostnader efter en arbetsskada (40 kap. socialförsäkringsbalken, till exempel tandvård), särskilda regler för livränteunderlaget för unga och studerande, livränta för tid bakåt, och skatt.".into(),
            RowBeforeCoordinationPerYear => "Livränta per år före samordning".into(),
            RowBeforeCoordinationPerMonth => "Livränta per månad före samordning".into(),
            RowSaAePerMonth => "Sjuk- eller aktivitetsersättning per månad, före skatt".into(),
            RowSaAeEstimated => "Ersättningen är uppskattad".into(),
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
            RowNextYearBeforeCoordination { year } => format!("Livränta per år från januari {year}, före samordning"),
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
        let p = |g: &Fraction| f::percent_rounded(*g, l);
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
            QKnowsSaAe => "Do you know how much sickness or activity compensation you get per month?".into(),
            NKnowsSaAe => "Knows the amount of sickness or activity compensation".into(),
            HKnowsSaAe => "The annuity is reduced by the compensation you get for the same lost income. If you do not know the amount, we estimate it.".into(),
            QSaAeAmount => "How much sickness or activity compensation do you get per month, before tax?".into(),
            NSaAeAmount => "Sickness or activity compensation per month".into(),
            HSaAeAmount => "The amount is in Försäkringskassan's decision and on Mina sidor. Do not count housing supplement.".into(),
            QWhichSaAe => "Which compensation do you have?".into(),
            NWhichSaAe => "Sickness or activity compensation".into(),
            ChoiceSa => "Sickness compensation (sjukersättning)".into(),
            ChoiceAe => "Activity compensation (aktivitetsersättning)".into(),
            QBirthDate => "What is your date of birth?".into(),
            NBirthDate => "Date of birth".into(),

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
            LossAtLeastQuarterPbb { loss, least, pbb } => format!("The loss of income must be at least a quarter of the price base amount {} for the year the annuity begins, that is at least {} per year. Your loss is {} per year.", kr(pbb), kr(least), kr(loss)),
            LimitQuarterPbb { least } => format!("At least a quarter of the price base amount, {} per year", kr(least)),
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

            StepSaAeGiven { per_month, per_year } => format!("You get {} a month in sickness or activity compensation, {} per year.", kr(per_month), kr(per_year)),
            StepSaAeEstimated { formon, level, income } => format!("We estimate your {} by its rules: {} compensation, because you lose that share of your income, with your income before the injury, {}, as the assumed income (antagandeinkomst) and full insurance period.", sa_ae_en(*formon), f::level(*level, l), kr(income)),
            NoSaAeBelowQuarter => "You lose less than a quarter of your income. That gives no sickness or activity compensation for the same loss, so we deduct nothing from the annuity.".into(),
            StepCoordination { livranta, sa_ae, result } => format!("The annuity is paid only to the extent it exceeds the sickness or activity compensation for the same lost income: {} − {} = {} per year.", kr(livranta), kr(sa_ae), kr(result)),
            NoteCoordinationShare => "We have deducted all of your sickness or activity compensation from the annuity. If the compensation is partly due to an illness other than the work injury, Försäkringskassan deducts only the part due to the work injury, and the annuity is higher.".into(),
            NoteSaAeEstimated { per_month } => format!("You do not know how much sickness or activity compensation you get. We have estimated it at {} a month, with a full insurance period (as if you had lived in Sweden all your life). The amount is in your decision. Take the test again with it for a surer answer.", kr(per_month)),
            SickPayRefused => "Your sickness benefit was refused because you are considered able to take a job that is common on the labour market. The annuity can still replace income you lose because of the work injury.".into(),
            NoteChangedJob => "You have moved to a job with lower pay. The difference between your income before the injury and what you can earn now is what the annuity can replace.".into(),
            NoSickPayBelowQuarter => "For comparison: your loss is less than a quarter. That gives no sickness benefit, but it can give an annuity.".into(),
            NoSickPayNoSgi => "For comparison: your income before the injury is below 24 per cent of the price base amount. That gives no sickness benefit.".into(),
            StepSickPay { sgi, level, per_day, per_month } => format!("For comparison: {} sickness benefit on an SGI of {} is {} per day, about {} a month.", f::level(*level, l), kr(sgi), kr(per_day), kr(per_month)),
            NoteSickPayVsLivranta { sick_pay_per_month, livranta_per_month } => format!("Sickness benefit covers about {} a month of your loss. The annuity would cover about {} a month. You can get the annuity and sickness benefit for the same time, but Försäkringskassan works out how they affect each other. Do not add the amounts together.", kr(sick_pay_per_month), kr(livranta_per_month)),

            HeadWorthApplying => "It may be worth applying for a work-injury annuity".into(),
            HeadProbablyNot => "You are probably not entitled to a work-injury annuity".into(),
            HeadCannotTell => "We cannot tell whether you are entitled to a work-injury annuity".into(),
            HeadCoordinated { per_month } => format!("It may be worth applying for a work-injury annuity: about {} a month after coordination with your sickness or activity compensation", kr(per_month)),
            HeadCoordinatedNothing => "The annuity is probably SEK 0 for now, because your sickness or activity compensation is at least as large".into(),
            NoteNotConsidered => "This self-test has not included: compensation from AFA Försäkring, your employer or a traffic insurance; compensation for costs after a work injury (chapter 40 of the Social Insurance Code, for example dental care); the special rules on the annuity base for the young and for students; annuity for past time; and tax.".into(),
            RowBeforeCoordinationPerYear => "Annuity per year before coordination".into(),
            RowBeforeCoordinationPerMonth => "Annuity per month before coordination".into(),
            RowSaAePerMonth => "Sickness or activity compensation per month, before tax".into(),
            RowSaAeEstimated => "The compensation is estimated".into(),
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
            RowNextYearBeforeCoordination { year } => format!("Annuity per year from January {year}, before coordination"),
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

const fn msg(m: LivrantaMsg) -> Msg {
    Msg::Livranta(m)
}

/// The words for a step of `rules::livranta`.
pub fn steg(s: &Steg) -> Msg {
    use LivrantaMsg::*;
    msg(match *s {
        Steg::Arbetsskada { handelse } => match handelse {
            Handelse::Arbetsolycksfall => WorkAccident,
            Handelse::Fardolycksfall => CommutingAccident,
            Handelse::Arbetssjukdom => IllnessFromWork,
            Handelse::Smitta => InfectionAtWork,
            Handelse::Annat => InjuryLinkedToWork,
        },
        Steg::Olycksdag { dag } => InjuryDateAccident { date: dag },
        Steg::Visandedag { dag } => InjuryDateFirstShowed { date: dag },
        Steg::ForeBevisregeln2002 => OlderEvidenceRule,
        Steg::Arbetsskadeanmalan { anmalan } => match anmalan {
            Anmalan::Ja => ReportMade,
            Anmalan::Nej => ReportNotMade,
            Anmalan::VetEj => ReportUnknown,
        },
        Steg::GodkandArbetsskada { provning: Provning::InteBeslutad } => NotYetDecided,
        Steg::GodkandArbetsskada { provning: Provning::Godkand | Provning::Avslagen } => ApprovedAsWorkInjury,
        Steg::IngenInkomstFore => NoIncomeBefore,
        Steg::Nedsattning { fore, efter, forlust, grad } => {
            StepReduction { before: fore, after: efter, loss: forlust, grad }
        }
        Steg::EnFemtondel { grad, .. } => LossAtLeastOneFifteenth { grad },
        Steg::FjardedelPrisbasbelopp { forlust, pbb, minst, .. } => {
            LossAtLeastQuarterPbb { loss: forlust, least: minst, pbb }
        }
        Steg::FjardedelPrisbasbeloppOkand { fel } => return Msg::ParamMissing(fel),
        Steg::VaraktighetOkand => DurationUnknown,
        Steg::MinstEttAr { .. } => LastsAtLeastOneYear,
        Steg::Livranteunderlag { inkomst, faktor, pbb, tak, underlag, takad } => {
            StepUnderlag { income: inkomst, factor: faktor, pbb, cap: tak, underlag, capped: takad }
        }
        Steg::LivrantaPerAr { grad, underlag, per_ar } => StepLivranta { grad, underlag, per_year: per_ar },
        Steg::PerManad { per_ar, per_manad } => StepPerMonth { per_year: per_ar, per_month: per_manad },
        Steg::EjErsattOverTaket { forlust, livranta, ej_ersatt } => {
            StepUncoveredAboveCap { loss: forlust, livranta, uncovered: ej_ersatt }
        }
        Steg::Omrakning { ar, indexeringstal, fore, indexerad, hogst, belopp } => StepOmrakning {
            year: ar,
            index: indexeringstal,
            before: fore,
            indexed: indexerad,
            ceiling: hogst,
            result: belopp,
        },
        Steg::OmrakningOkand { ar } => OmrakningNotYetKnown { year: ar },
        Steg::KanInteBeraknas { fel } => return Msg::RuleError(fel),
        Steg::SjukpenningNekad => SickPayRefused,
        Steg::SaAeUppgiven { per_manad, per_ar } => StepSaAeGiven { per_month: per_manad, per_year: per_ar },
        Steg::SaAeUppskattad { formon, niva, antagandeinkomst } => {
            StepSaAeEstimated { formon, level: niva, income: antagandeinkomst }
        }
        Steg::IngenSaAeUnderEnFjardedel { .. } => NoSaAeBelowQuarter,
        Steg::SamordnadLivranta { livranta, sa_ae, per_ar } => StepCoordination { livranta, sa_ae, result: per_ar },
        Steg::IngenSjukpenningUnderEnFjardedel { .. } => NoSickPayBelowQuarter,
        Steg::IngenSjukpenningUtanSgi { .. } => NoSickPayNoSgi,
        Steg::SjukpenningForForlusten { sgi, niva, per_dag, per_manad } => {
            StepSickPay { sgi, level: niva, per_day: per_dag, per_month: per_manad }
        }
    })
}

/// The words for a failed step of `rules::livranta`: the condition, the person's value, the limit.
/// A step that is never a failed condition has only its own words.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use LivrantaMsg::*;
    let (criterion, value, limit) = match *s {
        Steg::Arbetsskada { .. } => (InjuryLinkedToWork, ValueSomethingElse, LimitLinkedToWork),
        Steg::GodkandArbetsskada { .. } => (ApprovedAsWorkInjury, ValueRefused, LimitApproved),
        Steg::EnFemtondel { grad, forlust, minsta_forlust, .. } => (
            LossAtLeastOneFifteenth { grad },
            ValueLoss { loss: forlust, grad },
            LimitOneFifteenth { least: minsta_forlust },
        ),
        Steg::FjardedelPrisbasbelopp { forlust, grad, pbb, minst } => (
            LossAtLeastQuarterPbb { loss: forlust, least: minst, pbb },
            ValueLoss { loss: forlust, grad },
            LimitQuarterPbb { least: minst },
        ),
        Steg::MinstEttAr { manader, .. } => (LastsAtLeastOneYear, ValueMonths { months: manader }, LimitTwelveMonths),
        Steg::Olycksdag { .. }
        | Steg::Visandedag { .. }
        | Steg::ForeBevisregeln2002
        | Steg::Arbetsskadeanmalan { .. }
        | Steg::IngenInkomstFore
        | Steg::Nedsattning { .. }
        | Steg::FjardedelPrisbasbeloppOkand { .. }
        | Steg::VaraktighetOkand
        | Steg::Livranteunderlag { .. }
        | Steg::LivrantaPerAr { .. }
        | Steg::PerManad { .. }
        | Steg::EjErsattOverTaket { .. }
        | Steg::Omrakning { .. }
        | Steg::OmrakningOkand { .. }
        | Steg::KanInteBeraknas { .. }
        | Steg::SjukpenningNekad
        | Steg::SaAeUppgiven { .. }
        | Steg::SaAeUppskattad { .. }
        | Steg::IngenSaAeUnderEnFjardedel { .. }
        | Steg::SamordnadLivranta { .. }
        | Steg::IngenSjukpenningUnderEnFjardedel { .. }
        | Steg::IngenSjukpenningUtanSgi { .. }
        | Steg::SjukpenningForForlusten { .. } => {
            let m = steg(s);
            return (m.clone(), m.clone(), m);
        }
    };
    (msg(criterion), msg(value), msg(limit))
}

/// The words for a note of `rules::livranta`.
pub fn not(n: &Not) -> Msg {
    use LivrantaMsg::*;
    msg(match *n {
        Not::Trafikforsakring => NoteTrafficInsurance,
        Not::OvervagandeSkal => NoteIllnessEvidence,
        Not::ForeBevisregeln2002 => OlderEvidenceRule,
        Not::InteProvad => NotYetDecided,
        Not::Omprovning => NoteReconsideration,
        Not::IngenInkomstFore => NoIncomeBefore,
        Not::EjErsattUnderEnFemtondel { belopp } => NoteUncoveredBelowOneFifteenth { amount: belopp },
        Not::AnsokOmDenVararLangre => NoteApplyWhenLonger,
        Not::Omrakning => NoteOmrakning,
        Not::EjErsattOverTaket { belopp } => NoteUncoveredAboveCap { amount: belopp },
        Not::SjukpenningOchLivranta { sjukpenning_per_manad, livranta_per_manad } => {
            NoteSickPayVsLivranta { sick_pay_per_month: sjukpenning_per_manad, livranta_per_month: livranta_per_manad }
        }
        Not::SjukpenningNekad => SickPayRefused,
        Not::NyttArbete => NoteChangedJob,
        Not::IngenSaAeUnderEnFjardedel => NoSaAeBelowQuarter,
        Not::HelaErsattningenAvraknad => NoteCoordinationShare,
        Not::SaAeUppskattad { per_manad } => NoteSaAeEstimated { per_month: per_manad },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_show_as_percentages_with_two_decimals() {
        assert_eq!(f::percent_rounded(Fraction::new(2, 7), Lang::Sv), "28,57\u{a0}%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 15), Lang::En), "6.67%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 3), Lang::En), "33.33%");
        assert_eq!(f::percent_rounded(Fraction::new(1, 20), Lang::Sv), "5,00\u{a0}%");
        assert_eq!(f::percent_rounded(Fraction::ZERO, Lang::En), "0.00%");
    }

    #[test]
    fn a_failed_step_gives_the_condition_the_persons_value_and_the_limit() {
        use LivrantaMsg::*;
        let (criterion, value, limit) = failed(&Steg::MinstEttAr { manader: 11, krav: 12 });
        assert_eq!(
            (criterion, value, limit),
            (msg(LastsAtLeastOneYear), msg(ValueMonths { months: 11 }), msg(LimitTwelveMonths))
        );
        let grad = Fraction::new(1, 20);
        let femtondel = Steg::EnFemtondel {
            grad,
            krav: Fraction::new(1, 15),
            forlust: Kronor(15_000),
            minsta_forlust: Kronor(20_000),
        };
        assert_eq!(steg(&femtondel), msg(LossAtLeastOneFifteenth { grad }));
        assert_eq!(failed(&femtondel).1.render(Lang::En), "5.00%, that is SEK\u{a0}15,000 per year");
        assert_eq!(failed(&femtondel).2, msg(LimitOneFifteenth { least: Kronor(20_000) }));
    }

    #[test]
    fn what_happened_picks_the_words_of_the_arbetsskada_step() {
        let words = |handelse| steg(&Steg::Arbetsskada { handelse }).render(Lang::Sv);
        assert!(words(Handelse::Fardolycksfall).contains("färdolycksfall"));
        assert_eq!(words(Handelse::Annat), LivrantaMsg::InjuryLinkedToWork.render(Lang::Sv));
        assert_eq!(
            not(&Not::EjErsattOverTaket { belopp: Kronor(7_500) }),
            msg(LivrantaMsg::NoteUncoveredAboveCap { amount: Kronor(7_500) })
        );
    }
}
