//! Texts of the aktivitetsersättning and sjukersättning self-test: questions, rule steps,
//! results and next steps, in Swedish (Klarspråk: short sentences, "du") and English.

use super::format as f;
use super::{Lang, Msg, Texts, UiMsg};
use crate::domain::{Fraction, Kronor, YearMonth};
use crate::params::Aldersband;
use crate::rules::aktivitetsersattning::{Not, Steg, Varaktighet};
use crate::rules::Level;

#[derive(Clone, Debug, PartialEq)]
pub enum AeMsg {
    // The self-test.
    Title,
    Intro,
    QBirthDate,
    NBirthDate,
    QInsured,
    NInsured,
    HInsured,
    ChoiceLivesInSweden,
    ChoiceWorksInSweden,
    ChoiceNeither,
    QGrund,
    NGrund,
    ChoiceReducedCapacity,
    ChoiceSchooling,
    HChoiceSchooling,
    QReduction,
    NReduction,
    HReduction,
    QDuration,
    NDuration,
    ChoiceLessThanYear,
    ChoiceAtLeastYear,
    ChoicePermanent,
    HChoicePermanent,
    ChoiceDontKnow,
    QSchoolingDisability,
    NSchoolingDisability,
    HSchoolingDisability,
    QSchoolingEnds,
    NSchoolingEnds,
    QLivedSince16,
    NLivedSince16,
    HLivedSince16,
    QYearsInSweden,
    NYearsInSweden,
    HYearsInSweden,
    QHadIncome,
    NHadIncome,
    HHadIncome,
    QIncome,
    NIncome,
    HIncome,
    QIncomeBasis,
    NIncomeBasis,
    ChoiceYearlyIncomes,
    ChoiceAntagandeinkomst,
    HChoiceAntagandeinkomst,
    QIncomeYearsAgo { n: u8 },
    NIncomeYearsAgo { n: u8 },
    HIncomeYear,

    // Rule steps (conditions read as the requirement; the check says met or not).
    InsuredInSweden,
    InsuredCrossBorder,
    ValueNotInsured,
    LimitInsured,
    AeWindow { from: YearMonth, through: YearMonth },
    AssessedAgainstWholeLabourMarket,
    ReductionAtLeastQuarter,
    LevelFromReduction { level: Level },
    LastsAtLeastAYear,
    DurationUnknown,
    ValueLessThanYear,
    LimitAtLeastYear,
    Permanent,
    ValueAtLeastYearNotPermanent,
    LimitPermanent,
    AtMostThreeYears,
    FullSaBefore30,
    WhenAeEndsAt30 { month: YearMonth },
    SchoolingExtendedByDisability,
    SchoolingNotFinishedByJuly19 { july: YearMonth },
    ValueSchoolingEnds { month: YearMonth },
    LimitSchoolingAfter { month: YearMonth },
    SchoolingGoesOn { from: YearMonth },
    LimitSchoolingFrom { month: YearMonth },
    SchoolingAlwaysFull,
    SaAgeLimit { last: YearMonth },
    SaAgeLimitUndecided { year: i32, age: i32 },
    LimitThrough { month: YearMonth },
    OlderApplicantRule,
    OlderApplicantRuleUnknown,
    AgeLimitFollowsRiktalder,
    SickPayOrRehabInstead,
    BackPayFrom { applied: YearMonth, from: YearMonth },

    // Amount steps.
    StepGarantiniva { band: Aldersband, factor: Fraction, pbb: Kronor, amount: Kronor },
    StepForsakringstid { years: Fraction, amount: Kronor },
    StepFramtidaForsakringstid { faktisk: u32, framtida: Fraction, total: Fraction },
    StepNoIncome,
    StepIncomeYear { year: i32, income: Kronor, capped: bool, counted: Kronor },
    StepAntagandeinkomst { best: u32, amount: Kronor },
    StepIncomeCapped { income: Kronor, cap: Kronor },
    StepInkomstrelaterad { share: Fraction, income: Kronor, amount: Kronor },
    StepTopUp { ir: Kronor, garanti: Kronor, total: Kronor },
    StepLevel { level: Level, per_year: Kronor },
    StepPerMonth { month: YearMonth, per_month: Kronor },

    // The result.
    HeadMayBeAe { level: Level },
    HeadMayBeSa { level: Level },
    HeadProbablyNotAe,
    HeadProbablyNotSa,
    HeadProbablyNot,
    HeadCannotTell,
    RowBenefit,
    BenefitAeNedsatt,
    BenefitAeSkolgang,
    BenefitSa,
    RowLevel,
    RowFirstMonth,
    RowLastMonth,
    RowBackPayFrom,
    LastMonthNotYetDecided,
    RowPerMonth,
    RowPerYear,
    RowGarantiniva,
    RowInkomstrelaterad,
    RowGarantiersattning,
    RowFromMonth { month: YearMonth },
    EstimateForsakringstid,
    NoteNotConsidered,
    NextMedicalCertificate,
    NextSchoolCertificate,
    NextApply,
    NextOlderApplicant,
    NextBostadstillagg,
    NextCannotTell,
    NextProbablyNot,
}

impl Texts for AeMsg {
    /// Easy-to-read Swedish for what a result page says: short sentences, everyday words, one
    /// thing at a time (see `i18n/mod.rs`).
    fn lattlast(&self) -> Option<String> {
        use AeMsg::*;
        let l = Lang::Sv;
        let level = |lv: &Level| match lv {
            Level::Full => "hel",
            Level::ThreeQuarters => "tre fjärdedels",
            Level::Half => "halv",
            Level::Quarter => "en fjärdedels",
        };
        Some(match self {
            HeadMayBeAe { level: lv } => format!("Du kan kanske få {} aktivitetsersättning", level(lv)),
            HeadMayBeSa { level: lv } => format!("Du kan kanske få {} sjukersättning", level(lv)),
            HeadProbablyNotAe => "Du kan troligen inte få aktivitetsersättning".into(),
            HeadProbablyNotSa => "Du kan troligen inte få sjukersättning".into(),
            HeadProbablyNot => "Du kan troligen inte få aktivitetsersättning eller sjukersättning".into(),
            HeadCannotTell => "Vi kan inte svara utifrån dina svar".into(),
            RowBenefit => "Ersättning".into(),
            BenefitAeNedsatt => "Aktivitetsersättning, för att du inte kan arbeta fullt".into(),
            BenefitAeSkolgang => "Aktivitetsersättning, för att skolan tar längre tid".into(),
            BenefitSa => "Sjukersättning".into(),
            RowLevel => "Hur mycket".into(),
            RowFirstMonth => "Från".into(),
            RowLastMonth => "Som längst till och med".into(),
            LastMonthNotYetDecided => "Det är inte bestämt än".into(),
            RowPerMonth => "Ungefär så här mycket i månaden".into(),
            RowPerYear => "Ungefär så här mycket på ett år".into(),
            RowGarantiniva => "Lägsta nivå på ett år".into(),
            RowInkomstrelaterad => "Del som beror på din lön, på ett år".into(),
            RowGarantiersattning => "Del som fyller upp till lägsta nivån, på ett år".into(),
            RowFromMonth { month } => format!("Från {}, i månaden", f::month(*month, l)),
            AtMostThreeYears => "Du får aktivitetsersättning i högst tre år i taget. Sedan måste du söka igen.".into(),
            FullSaBefore30 => "Kommer du aldrig att kunna arbeta? Då kan du få sjukersättning i stället. Det gäller även om du är yngre än 30 år.".into(),
            WhenAeEndsAt30 { month } => format!("Aktivitetsersättningen slutar när du fyller 30 år. Den sista månaden är {}. Sedan kan du kanske få andra pengar. Fråga Försäkringskassan.", f::month(*month, l)),
            OlderApplicantRule => "Du är nära åldern för pension. Då jämför Försäkringskassan med arbeten som du har haft de senaste 15 åren.".into(),
            AgeLimitFollowsRiktalder => "Sjukersättningen slutar när du når en viss ålder. Åldern bestäms några år i förväg.".into(),
            SaAgeLimitUndecided { year, age } => format!("Vi har räknat med att sjukersättningen slutar när du fyller {age} år. Det säger lagen nu. Men åldern för {year} är inte bestämd än. Den kan bli högre."),
            SickPayOrRehabInstead => "Kan du bli bättre? Då kan sjukpenning eller rehabiliteringspenning passa dig bättre.".into(),
            BackPayFrom { applied, from } => format!("Du kan få pengar för tiden innan du söker. Men bara för tre månader bakåt. Söker du i {} kan du få pengar från {}.", f::month(*applied, l), f::month(*from, l)),
            RowBackPayFrom => "Söker du nu kan du få pengar från".into(),
            EstimateForsakringstid => "Du har inte bott i Sverige hela tiden. Därför kan pengarna bli mindre. Har du bott i ett annat EU-land, eller kom du hit som flykting? Då kan du få mer än vi har räknat med.".into(),
            NoteNotConsidered => "Testet räknar inte med skatt. Det räknar inte med bostadstillägg. Det räknar inte med pengar från andra länder. Det räknar inte med livränta för en skada i arbetet. Sådana pengar kan göra att du får mindre. Testet tittar inte heller på försäkringar genom ditt jobb. Till exempel försäkringar hos AFA Försäkring.".into(),
            NextMedicalCertificate => "Prata med din läkare. Be om ett läkarutlåtande. Det är ett papper om hur din sjukdom påverkar ditt arbete.".into(),
            NextSchoolCertificate => "Be skolan om ett intyg. Där ska det stå när du började skolan och när du slutar.".into(),
            NextApply => "Sök på forsakringskassan.se. Logga in på Mina sidor. Du kan också ringa 0771-524 524.".into(),
            NextOlderApplicant => "När du söker får du frågor om vilka arbeten du har haft.".into(),
            NextBostadstillagg => "Är ditt boende dyrt? Då kan du kanske också få bostadstillägg.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524. Då får du hjälp.".into(),
            NextProbablyNot => "Har något ändrats för dig? Gör testet igen. Du kan också ringa Försäkringskassan på 0771-524 524.".into(),
            InsuredInSweden => "Du måste bo eller arbeta i Sverige.".into(),
            ValueNotInsured => "Du bor inte och arbetar inte i Sverige".into(),
            LimitInsured => "Du bor eller arbetar i Sverige".into(),
            ReductionAtLeastQuarter => "Du måste kunna arbeta mindre än förut. Minst en fjärdedel mindre.".into(),
            LastsAtLeastAYear => "Det måste vara så i minst ett år.".into(),
            ValueLessThanYear => "Kortare tid än ett år".into(),
            LimitAtLeastYear => "Minst ett år".into(),
            Permanent => "Du ska inte kunna bli bättre. Inte heller med behandling.".into(),
            ValueAtLeastYearNotPermanent => "Minst ett år, men du kan bli bättre".into(),
            LimitPermanent => "Du blir inte bättre".into(),
            SchoolingExtendedByDisability => "Skolan måste ta längre tid för att du har en funktionsnedsättning.".into(),
            SchoolingNotFinishedByJuly19 { july } => format!("Du måste gå kvar i skolan efter {}, det år du fyller 19 år.", f::month(*july, l)),
            ValueSchoolingEnds { month } => format!("Skolan slutar i {}", f::month(*month, l)),
            LimitSchoolingAfter { month } => format!("Skolan fortsätter efter {}", f::month(*month, l)),
            SchoolingGoesOn { from } => format!("Du måste gå i skolan i {} eller senare.", f::month(*from, l)),
            LimitSchoolingFrom { month } => format!("Skolan fortsätter i {} eller senare", f::month(*month, l)),
            SaAgeLimit { last } => format!("Sjukersättning finns bara fram till en viss ålder. För dig är sista månaden {}.", f::month(*last, l)),
            LimitThrough { month } => format!("Till och med {}", f::month(*month, l)),
            _ => return None,
        })
    }

    fn sv(&self) -> String {
        use AeMsg::*;
        let l = Lang::Sv;
        match self {
            Title => "Aktivitetsersättning och sjukersättning".into(),
            Intro => "Svara på några frågor. Då får du veta om du kan ha rätt till aktivitetsersättning eller sjukersättning, från vilken månad och ungefär hur mycket. Aktivitetsersättning är pengar till dig mellan 19 och 29 år som inte kan arbeta fullt på grund av sjukdom eller funktionsnedsättning. Sjukersättning är samma sak för dig som är 30 år eller äldre.".into(),
            QBirthDate => "När är du född?".into(),
            NBirthDate => "Födelsedatum".into(),
            QInsured => "Bor eller arbetar du i Sverige?".into(),
            NInsured => "Bor eller arbetar i Sverige".into(),
            HInsured => "För att få ersättningen behöver du vara försäkrad i Sverige.".into(),
            ChoiceLivesInSweden => "Jag bor i Sverige".into(),
            ChoiceWorksInSweden => "Jag arbetar i Sverige men bor i ett annat land".into(),
            ChoiceNeither => "Nej, inget av det".into(),
            QGrund => "Varför behöver du ersättning?".into(),
            NGrund => "Varför du behöver ersättning".into(),
            ChoiceReducedCapacity => "Jag kan inte arbeta fullt på grund av sjukdom, skada eller funktionsnedsättning".into(),
            ChoiceSchooling => "Jag går fortfarande i skolan, eftersom min funktionsnedsättning gör att skolan tar längre tid".into(),
            HChoiceSchooling => "Det gäller grundskola eller gymnasieskola, eller en skola som motsvarar dem.".into(),
            QReduction => "Hur mycket är din förmåga att arbeta nedsatt?".into(),
            NReduction => "Nedsatt arbetsförmåga".into(),
            HReduction => "Tänk på alla slags arbeten, även anpassade arbeten. Inte bara ditt nuvarande arbete. Det är din läkares utlåtande som visar det till slut.".into(),
            QDuration => "Hur länge tror du och din läkare att nedsättningen håller i sig?".into(),
            NDuration => "Hur länge nedsättningen håller i sig".into(),
            ChoiceLessThanYear => "Kortare tid än ett år".into(),
            ChoiceAtLeastYear => "Minst ett år, men den kan bli bättre".into(),
            ChoicePermanent => "Den är stadigvarande".into(),
            HChoicePermanent => "Den blir inte bättre, inte heller med behandling eller rehabilitering.".into(),
            ChoiceDontKnow => "Jag vet inte".into(),
            QSchoolingDisability => "Tar din skolgång längre tid på grund av en funktionsnedsättning?".into(),
            NSchoolingDisability => "Skolgång som tar längre tid".into(),
            HSchoolingDisability => "Till exempel om du går om en årskurs eller läser i långsammare takt på grund av din funktionsnedsättning.".into(),
            QSchoolingEnds => "Vilken månad räknar du med att skolgången slutar?".into(),
            NSchoolingEnds => "Månad då skolgången slutar".into(),
            QLivedSince16 => "Har du bott i Sverige hela tiden sedan du fyllde 16 år?".into(),
            NLivedSince16 => "Bott i Sverige sedan 16 år".into(),
            HLivedSince16 => "Garantiersättningen beror på hur länge du har bott i Sverige. Svara ja om du har fyllt 16 år nyligen och har bott här sedan dess.".into(),
            QYearsInSweden => "Hur många år har du bott i Sverige sedan du fyllde 16 år?".into(),
            NYearsInSweden => "År i Sverige sedan 16 år".into(),
            HYearsInSweden => "Skriv ett heltal. Räkna åren då du bodde här, från det år du fyllde 16 till och med förra året. Vi lägger själva till åren fram till 64.".into(),
            QHadIncome => "Har du haft inkomst av arbete i Sverige under minst ett år?".into(),
            NHadIncome => "Inkomst av arbete i minst ett år".into(),
            HHadIncome => "Till exempel lön eller inkomst från eget företag. Då kan du få inkomstrelaterad ersättning.".into(),
            QIncome => "Ungefär hur mycket tjänade du per år före skatt, innan du blev sjuk?".into(),
            NIncome => "Inkomst per år".into(),
            HIncome => "Räkna med ett genomsnitt av dina bästa år. Om Försäkringskassan har räknat ut din antagandeinkomst kan du skriva den.".into(),
            QIncomeBasis => "Hur vill du ange din inkomst?".into(),
            NIncomeBasis => "Sätt att ange inkomst".into(),
            ChoiceYearlyIncomes => "Räkna ut den från mina årsinkomster de senaste fem åren".into(),
            ChoiceAntagandeinkomst => "Jag vet min antagandeinkomst".into(),
            HChoiceAntagandeinkomst => "Antagandeinkomsten står i Försäkringskassans beslut eller beräkning.".into(),
            QIncomeYearsAgo { n: 1 } => "Hur mycket tjänade du förra året, före skatt?".into(),
            QIncomeYearsAgo { n } => format!("Hur mycket tjänade du för {n} år sedan, före skatt?"),
            NIncomeYearsAgo { n: 1 } => "Inkomst förra året".into(),
            NIncomeYearsAgo { n } => format!("Inkomst för {n} år sedan"),
            HIncomeYear => "Lön och inkomst från eget företag, före skatt, för hela året. Skriv 0 om du inte hade någon inkomst. Beloppen finns i din deklaration.".into(),

            InsuredInSweden => "Du är försäkrad i Sverige.".into(),
            InsuredCrossBorder => "Du arbetar i Sverige men bor i ett annat land. Då avgör EU-regler vilket land som ska betala. Det kan vi inte bedöma här.".into(),
            ValueNotInsured => "Du varken bor eller arbetar i Sverige".into(),
            LimitInsured => "Du bor eller arbetar i Sverige".into(),
            AeWindow { from, through } => format!("Aktivitetsersättning kan betalas från juli det år du fyller 19 år till och med månaden innan du fyller 30 år. För dig är det från {} till och med {}.", f::month(*from, l), f::month(*through, l)),
            AssessedAgainstWholeLabourMarket => "Din arbetsförmåga bedöms mot alla arbeten på arbetsmarknaden, även anpassade arbeten. Inte bara mot ditt nuvarande arbete.".into(),
            ReductionAtLeastQuarter => "Arbetsförmågan är nedsatt med minst en fjärdedel.".into(),
            LevelFromReduction { level } => format!("Din arbetsförmåga är nedsatt {}. Det ger {} ersättning.", f::share(*level, l), f::level(*level, l)),
            LastsAtLeastAYear => "Nedsättningen håller i sig i minst ett år.".into(),
            DurationUnknown => "Du vet inte hur länge nedsättningen håller i sig. Därför kan vi inte bedöma om du har rätt.".into(),
            ValueLessThanYear => "Kortare tid än ett år".into(),
            LimitAtLeastYear => "Minst ett år".into(),
            Permanent => "Nedsättningen är stadigvarande. Behandling eller rehabilitering väntas inte ge dig tillbaka någon arbetsförmåga.".into(),
            ValueAtLeastYearNotPermanent => "Minst ett år, men den kan bli bättre".into(),
            LimitPermanent => "Stadigvarande, alltså inte väntad att bli bättre".into(),
            AtMostThreeYears => "Ett beslut om aktivitetsersättning gäller i högst tre år. Sedan behöver du ansöka igen.".into(),
            FullSaBefore30 => "Om din arbetsförmåga är helt och stadigvarande nedsatt kan du få hel sjukersättning redan före 30 år, i stället för aktivitetsersättning.".into(),
            WhenAeEndsAt30 { month } => format!("Aktivitetsersättningen slutar senast i {}, månaden innan du fyller 30 år. Efter det kan sjukersättning, sjukpenning i särskilda fall eller rehabiliteringspenning i särskilda fall bli aktuella.", f::month(*month, l)),
            SchoolingExtendedByDisability => "Skolgången tar längre tid på grund av en funktionsnedsättning.".into(),
            SchoolingNotFinishedByJuly19 { july } => format!("Skolgången är inte klar i slutet av juli det år du fyller 19 år ({}).", f::month(*july, l)),
            ValueSchoolingEnds { month } => format!("Skolgången slutar i {}", f::month(*month, l)),
            LimitSchoolingAfter { month } => format!("Skolgången pågår efter {}", f::month(*month, l)),
            SchoolingGoesOn { from } => format!("Skolgången pågår i {} eller senare.", f::month(*from, l)),
            LimitSchoolingFrom { month } => format!("Skolgången pågår i {} eller senare", f::month(*month, l)),
            SchoolingAlwaysFull => "Vid förlängd skolgång får du alltid hel aktivitetsersättning, så länge skolgången pågår.".into(),
            SaAgeLimit { last } => format!("Sjukersättning kan betalas längst till och med {}, månaden innan du når åldersgränsen.", f::month(*last, l)),
            SaAgeLimitUndecided { year, age } => format!("Enligt lagen som gäller nu följer åldersgränsen riktåldern för pension, och den senast beslutade riktåldern är {age} år. Riktåldern för {year}, det år du fyller {age}, är inte beslutad ännu. Blir den högre kan sjukersättningen betalas längre."),
            LimitThrough { month } => format!("Till och med {}", f::month(*month, l)),
            OlderApplicantRule => "Du har högst fem år kvar till åldersgränsen. Då jämförs din arbetsförmåga med vanliga arbeten som du har haft de senaste 15 åren, eller med annat lämpligt arbete som finns för dig.".into(),
            OlderApplicantRuleUnknown => "Det finns en särskild regel för dig som har högst fem år kvar till åldersgränsen. Om den gäller dig beror på en åldersgräns som inte är bestämd ännu. Försäkringskassan bedömer det när du ansöker.".into(),
            AgeLimitFollowsRiktalder => "Sjukersättningen slutar månaden innan du når åldersgränsen. Gränsen följer riktåldern för pension och bestäms sex år i förväg.".into(),
            SickPayOrRehabInstead => "Om din arbetsförmåga kan bli bättre kan sjukpenning eller rehabiliteringspenning passa bättre.".into(),
            BackPayFrom { applied, from } => format!("Ersättningen kan betalas för högst tre månader före den månad du ansöker. Ansöker du i {} kan du få den tidigast från {}, om du hade rätt till den redan då.", f::month(*applied, l), f::month(*from, l)),
            RowBackPayFrom => "Om du ansöker nu, tidigast från".into(),

            StepGarantiniva { band, factor, pbb, amount } => format!("Garantinivå för {}: {} × prisbasbeloppet {} = {} per år.", band_sv(*band), f::factor(*factor, l), f::kronor(*pbb, l), f::kronor(*amount, l)),
            StepForsakringstid { years, amount } => format!("Försäkringstiden är {} av 40 år. Garantinivån blir då {} per år.", f::factor(*years, l), f::kronor(*amount, l)),
            StepFramtidaForsakringstid { faktisk, framtida, total } => format!("Försäkringstid: {faktisk} år som du har bott i Sverige från det år du fyllde 16, plus {} år framtida försäkringstid fram till det år du fyller 64. Sammanlagt {} år, högst 40.", f::factor(*framtida, l), f::factor(*total, l)),
            StepNoIncome => "Ingen inkomstrelaterad ersättning, eftersom du inte har haft inkomst av arbete under minst ett år.".into(),
            StepIncomeYear { year, income, capped, counted } => if *capped {
                format!("Inkomst {year}: {}, högre än taket 7,5 prisbasbelopp det året. Räknad till dagens prisnivå: {}.", f::kronor(*income, l), f::kronor(*counted, l))
            } else {
                format!("Inkomst {year}: {}. Räknad till dagens prisnivå med prisbasbeloppet: {}.", f::kronor(*income, l), f::kronor(*counted, l))
            },
            StepAntagandeinkomst { best, amount } => format!("Antagandeinkomst: genomsnittet av de {best} högsta åren = {} per år. Försäkringskassan kan titta på upp till åtta år, så den kan bli högre.", f::kronor(*amount, l)),
            StepIncomeCapped { income, cap } => format!("Inkomsten {} är högre än taket 7,5 prisbasbelopp. Vi räknar med {}.", f::kronor(*income, l), f::kronor(*cap, l)),
            StepInkomstrelaterad { share, income, amount } => format!("Inkomstrelaterad ersättning: {} av {} = {} per år.", f::percent(*share, l), f::kronor(*income, l), f::kronor(*amount, l)),
            StepTopUp { ir, garanti, total } => format!("Garantiersättningen fyller ut upp till garantinivån: {} + {} = {} per år vid hel ersättning.", f::kronor(*ir, l), f::kronor(*garanti, l), f::kronor(*total, l)),
            StepLevel { level, per_year } => format!("Med {} ersättning blir det {} per år.", f::level(*level, l), f::kronor(*per_year, l)),
            StepPerMonth { month, per_month } => format!("Per månad från {}: {}.", f::month(*month, l), f::kronor(*per_month, l)),

            HeadMayBeAe { level } => format!("Du kan ha rätt till {} aktivitetsersättning", f::level(*level, l)),
            HeadMayBeSa { level } => format!("Du kan ha rätt till {} sjukersättning", f::level(*level, l)),
            HeadProbablyNotAe => "Du har troligen inte rätt till aktivitetsersättning".into(),
            HeadProbablyNotSa => "Du har troligen inte rätt till sjukersättning".into(),
            HeadProbablyNot => "Du har troligen inte rätt till aktivitetsersättning eller sjukersättning".into(),
            HeadCannotTell => "Vi kan inte bedöma det utifrån dina svar".into(),
            RowBenefit => "Ersättning".into(),
            BenefitAeNedsatt => "Aktivitetsersättning vid nedsatt arbetsförmåga".into(),
            BenefitAeSkolgang => "Aktivitetsersättning vid förlängd skolgång".into(),
            BenefitSa => "Sjukersättning".into(),
            RowLevel => "Nivå".into(),
            RowFirstMonth => "Tidigast från".into(),
            RowLastMonth => "Längst till och med".into(),
            LastMonthNotYetDecided => "Inte bestämt ännu (följer riktåldern för pension)".into(),
            RowPerMonth => "Ungefär per månad, före skatt".into(),
            RowPerYear => "Ungefär per år, före skatt".into(),
            RowGarantiniva => "Garantinivå per år".into(),
            RowInkomstrelaterad => "Varav inkomstrelaterad ersättning per år".into(),
            RowGarantiersattning => "Varav garantiersättning per år".into(),
            RowFromMonth { month } => format!("Från {}, per månad", f::month(*month, l)),
            EstimateForsakringstid => "Vi har räknat försäkringstiden som om din arbetsförmåga blev nedsatt i år. Har du bott eller arbetat i ett annat EU-land, eller kom du hit som flykting, kan mer tid räknas. Då är garantiersättningen här den lägsta du kan få.".into(),
            NoteNotConsidered => "Testet räknar inte med skatt eller bostadstillägg. Det räknar inte med att ersättningen kan minskas för arbetsskadelivränta eller för ersättning från andra länder, och inte med särskilda regler för tid i andra EU-länder eller för flyktingar. Det bedömer inte arbete eller studier med vilande ersättning, och inte försäkringar genom ditt arbete, till exempel från AFA Försäkring.".into(),
            NextMedicalCertificate => "Prata med din läkare om ett läkarutlåtande. Det ska beskriva hur sjukdomen eller funktionsnedsättningen påverkar din förmåga att arbeta.".into(),
            NextSchoolCertificate => "Be skolan om ett intyg om när skolgången började och när den ska sluta. Går du i en vanlig skolform behövs också ett läkarutlåtande om hur funktionsnedsättningen påverkar skolgången.".into(),
            NextApply => "Ansök på Mina sidor på forsakringskassan.se. Du kan också ringa Försäkringskassan på 0771-524 524.".into(),
            NextOlderApplicant => "När du ansöker får du svara på frågor om vilka arbeten du har haft de senaste 15 åren.".into(),
            NextBostadstillagg => "Har du höga kostnader för din bostad? Då kan du också ha rätt till bostadstillägg.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524, så får du hjälp att se vad som gäller för dig.".into(),
            NextProbablyNot => "Om din situation ändras kan du göra testet igen. Är du osäker kan du ringa Försäkringskassan på 0771-524 524.".into(),
        }
    }

    fn en(&self) -> String {
        use AeMsg::*;
        let l = Lang::En;
        match self {
            Title => "Activity compensation and sickness compensation".into(),
            Intro => "Answer a few questions to find out whether you may be entitled to activity compensation (aktivitetsersättning) or sickness compensation (sjukersättning), from which month and roughly how much. Activity compensation is money for people aged 19 to 29 who cannot work full time because of illness or disability. Sickness compensation is the same for people aged 30 or older.".into(),
            QBirthDate => "What is your date of birth?".into(),
            NBirthDate => "Date of birth".into(),
            QInsured => "Do you live or work in Sweden?".into(),
            NInsured => "Living or working in Sweden".into(),
            HInsured => "To get the benefit you need to be insured in Sweden.".into(),
            ChoiceLivesInSweden => "I live in Sweden".into(),
            ChoiceWorksInSweden => "I work in Sweden but live in another country".into(),
            ChoiceNeither => "No, neither".into(),
            QGrund => "Why do you need compensation?".into(),
            NGrund => "Why you need compensation".into(),
            ChoiceReducedCapacity => "I cannot work full time because of illness, injury or disability".into(),
            ChoiceSchooling => "I am still at school, because my disability makes my schooling take longer".into(),
            HChoiceSchooling => "This means compulsory or upper-secondary school, or a school equivalent to them.".into(),
            QReduction => "How much is your ability to work reduced?".into(),
            NReduction => "Reduced ability to work".into(),
            HReduction => "Think of all kinds of work, including adapted work, not only your current job. In the end, your doctor's statement shows this.".into(),
            QDuration => "How long do you and your doctor think the reduction will last?".into(),
            NDuration => "How long the reduction lasts".into(),
            ChoiceLessThanYear => "Less than a year".into(),
            ChoiceAtLeastYear => "At least a year, but it may get better".into(),
            ChoicePermanent => "It is permanent".into(),
            HChoicePermanent => "It will not get better, not even with treatment or rehabilitation.".into(),
            ChoiceDontKnow => "I don't know".into(),
            QSchoolingDisability => "Does your schooling take longer because of a disability?".into(),
            NSchoolingDisability => "Schooling that takes longer".into(),
            HSchoolingDisability => "For example if you repeat a year or study at a slower pace because of your disability.".into(),
            QSchoolingEnds => "In which month do you expect your schooling to end?".into(),
            NSchoolingEnds => "Month your schooling ends".into(),
            QLivedSince16 => "Have you lived in Sweden all the time since you turned 16?".into(),
            NLivedSince16 => "Lived in Sweden since age 16".into(),
            HLivedSince16 => "The guarantee compensation depends on how long you have lived in Sweden. Answer yes if you turned 16 recently and have lived here since.".into(),
            QYearsInSweden => "How many years have you lived in Sweden since you turned 16?".into(),
            NYearsInSweden => "Years in Sweden since age 16".into(),
            HYearsInSweden => "Enter a whole number. Count the years you lived here, from the year you turned 16 up to and including last year. We add the years up to 64 ourselves.".into(),
            QHadIncome => "Have you had income from work in Sweden for at least one year?".into(),
            NHadIncome => "Income from work for at least a year".into(),
            HHadIncome => "For example a salary or income from your own business. It can give you income-related compensation.".into(),
            QIncome => "Roughly how much did you earn per year before tax, before you became ill?".into(),
            NIncome => "Income per year".into(),
            HIncome => "Use an average of your best years. If Försäkringskassan has worked out your assumed income (antagandeinkomst), you can enter it.".into(),
            QIncomeBasis => "How do you want to give your income?".into(),
            NIncomeBasis => "Way of giving the income".into(),
            ChoiceYearlyIncomes => "Work it out from my yearly incomes in the last five years".into(),
            ChoiceAntagandeinkomst => "I know my assumed income (antagandeinkomst)".into(),
            HChoiceAntagandeinkomst => "The assumed income is in Försäkringskassan's decision or calculation.".into(),
            QIncomeYearsAgo { n: 1 } => "How much did you earn last year, before tax?".into(),
            QIncomeYearsAgo { n } => format!("How much did you earn {n} years ago, before tax?"),
            NIncomeYearsAgo { n: 1 } => "Income last year".into(),
            NIncomeYearsAgo { n } => format!("Income {n} years ago"),
            HIncomeYear => "Salary and income from your own business, before tax, for the whole year. Enter 0 if you had no income. The amounts are in your tax return.".into(),

            InsuredInSweden => "You are insured in Sweden.".into(),
            InsuredCrossBorder => "You work in Sweden but live in another country. EU rules then decide which country pays. We cannot assess that here.".into(),
            ValueNotInsured => "You neither live nor work in Sweden".into(),
            LimitInsured => "You live or work in Sweden".into(),
            AeWindow { from, through } => format!("Activity compensation can be paid from July of the year you turn 19 up to and including the month before you turn 30. For you, that is from {} to {}.", f::month(*from, l), f::month(*through, l)),
            AssessedAgainstWholeLabourMarket => "Your ability to work is assessed against all work on the labour market, including adapted work. Not only against your current job.".into(),
            ReductionAtLeastQuarter => "The ability to work is reduced by at least a quarter.".into(),
            LevelFromReduction { level } => format!("Your ability to work is reduced {}. That gives {} compensation.", f::share(*level, l), f::level(*level, l)),
            LastsAtLeastAYear => "The reduction lasts at least one year.".into(),
            DurationUnknown => "You do not know how long the reduction will last. So we cannot assess whether you are entitled.".into(),
            ValueLessThanYear => "Less than a year".into(),
            LimitAtLeastYear => "At least one year".into(),
            Permanent => "The reduction is permanent. Treatment or rehabilitation is not expected to give you back any ability to work.".into(),
            ValueAtLeastYearNotPermanent => "At least a year, but it may get better".into(),
            LimitPermanent => "Permanent, that is, not expected to get better".into(),
            AtMostThreeYears => "A decision on activity compensation lasts at most three years. After that you need to apply again.".into(),
            FullSaBefore30 => "If your ability to work is entirely and permanently reduced, you can get full sickness compensation before you turn 30, instead of activity compensation.".into(),
            WhenAeEndsAt30 { month } => format!("Activity compensation ends in {} at the latest, the month before you turn 30. After that, sickness compensation or sickness or rehabilitation benefit in special cases may apply.", f::month(*month, l)),
            SchoolingExtendedByDisability => "The schooling takes longer because of a disability.".into(),
            SchoolingNotFinishedByJuly19 { july } => format!("The schooling is not finished at the end of July of the year you turn 19 ({}).", f::month(*july, l)),
            ValueSchoolingEnds { month } => format!("The schooling ends in {}", f::month(*month, l)),
            LimitSchoolingAfter { month } => format!("The schooling goes on after {}", f::month(*month, l)),
            SchoolingGoesOn { from } => format!("The schooling goes on in {} or later.", f::month(*from, l)),
            LimitSchoolingFrom { month } => format!("The schooling goes on in {} or later", f::month(*month, l)),
            SchoolingAlwaysFull => "With extended schooling you always get full activity compensation, for as long as the schooling lasts.".into(),
            SaAgeLimit { last } => format!("Sickness compensation can be paid up to and including {}, the month before you reach the age limit.", f::month(*last, l)),
            SaAgeLimitUndecided { year, age } => format!("Under the law in force the age limit follows the target retirement age (riktålder), and the latest one decided is {age}. The target retirement age for {year}, the year you turn {age}, is not decided yet. If it is higher, sickness compensation can be paid for longer."),
            LimitThrough { month } => format!("Up to and including {}", f::month(*month, l)),
            OlderApplicantRule => "You have at most five years left to the age limit. Your ability to work is then compared with ordinary jobs you have had in the last 15 years, or with other suitable work that is available to you.".into(),
            OlderApplicantRuleUnknown => "There is a special rule for people with at most five years left to the age limit. Whether it applies to you depends on an age limit that is not decided yet. Försäkringskassan assesses it when you apply.".into(),
            AgeLimitFollowsRiktalder => "Sickness compensation ends the month before you reach the age limit. The limit follows the target retirement age and is set six years in advance.".into(),
            SickPayOrRehabInstead => "If your ability to work may get better, sickness benefit or rehabilitation benefit may suit you better.".into(),
            BackPayFrom { applied, from } => format!("The benefit can be paid for at most three months before the month you apply. If you apply in {}, you can get it from {} at the earliest, if you were already entitled then.", f::month(*applied, l), f::month(*from, l)),
            RowBackPayFrom => "If you apply now, at the earliest from".into(),

            StepGarantiniva { band, factor, pbb, amount } => format!("Guarantee level for {}: {} × the price base amount {} = {} per year.", band_en(*band), f::factor(*factor, l), f::kronor(*pbb, l), f::kronor(*amount, l)),
            StepForsakringstid { years, amount } => format!("The insurance period is {} of 40 years. The guarantee level is then {} per year.", f::factor(*years, l), f::kronor(*amount, l)),
            StepFramtidaForsakringstid { faktisk, framtida, total } => format!("Insurance period: {faktisk} years you have lived in Sweden from the year you turned 16, plus {} years of future insurance period up to the year you turn 64. In total {} years, at most 40.", f::factor(*framtida, l), f::factor(*total, l)),
            StepNoIncome => "No income-related compensation, because you have not had income from work for at least one year.".into(),
            StepIncomeYear { year, income, capped, counted } => if *capped {
                format!("Income {year}: {}, above that year's cap of 7.5 price base amounts. Recalculated to this year's price level: {}.", f::kronor(*income, l), f::kronor(*counted, l))
            } else {
                format!("Income {year}: {}. Recalculated to this year's price level by the price base amount: {}.", f::kronor(*income, l), f::kronor(*counted, l))
            },
            StepAntagandeinkomst { best, amount } => format!("Assumed income (antagandeinkomst): the average of the {best} highest years = {} per year. Försäkringskassan can look at up to eight years, so it may be higher.", f::kronor(*amount, l)),
            StepIncomeCapped { income, cap } => format!("The income {} is above the cap of 7.5 price base amounts. We use {}.", f::kronor(*income, l), f::kronor(*cap, l)),
            StepInkomstrelaterad { share, income, amount } => format!("Income-related compensation: {} of {} = {} per year.", f::percent(*share, l), f::kronor(*income, l), f::kronor(*amount, l)),
            StepTopUp { ir, garanti, total } => format!("The guarantee compensation tops up to the guarantee level: {} + {} = {} per year at full level.", f::kronor(*ir, l), f::kronor(*garanti, l), f::kronor(*total, l)),
            StepLevel { level, per_year } => format!("At {} level that is {} per year.", f::level(*level, l), f::kronor(*per_year, l)),
            StepPerMonth { month, per_month } => format!("Per month from {}: {}.", f::month(*month, l), f::kronor(*per_month, l)),

            HeadMayBeAe { level } => format!("You may be entitled to {} activity compensation", f::level(*level, l)),
            HeadMayBeSa { level } => format!("You may be entitled to {} sickness compensation", f::level(*level, l)),
            HeadProbablyNotAe => "You are probably not entitled to activity compensation".into(),
            HeadProbablyNotSa => "You are probably not entitled to sickness compensation".into(),
            HeadProbablyNot => "You are probably not entitled to activity or sickness compensation".into(),
            HeadCannotTell => "We cannot tell from your answers".into(),
            RowBenefit => "Benefit".into(),
            BenefitAeNedsatt => "Activity compensation for reduced ability to work".into(),
            BenefitAeSkolgang => "Activity compensation for extended schooling".into(),
            BenefitSa => "Sickness compensation".into(),
            RowLevel => "Level".into(),
            RowFirstMonth => "From".into(),
            RowLastMonth => "Up to and including".into(),
            LastMonthNotYetDecided => "Not decided yet (follows the target retirement age)".into(),
            RowPerMonth => "About per month, before tax".into(),
            RowPerYear => "About per year, before tax".into(),
            RowGarantiniva => "Guarantee level per year".into(),
            RowInkomstrelaterad => "Of which income-related compensation per year".into(),
            RowGarantiersattning => "Of which guarantee compensation per year".into(),
            RowFromMonth { month } => format!("From {}, per month", f::month(*month, l)),
            EstimateForsakringstid => "We counted the insurance period as if your ability to work was reduced this year. If you have lived or worked in another EU country, or came here as a refugee, more time can count. The guarantee compensation here is then the lowest you can get.".into(),
            NoteNotConsidered => "The self-test does not count tax or housing supplement. It does not count reductions for a work injury annuity or for benefits from other countries, nor special rules for time in other EU countries or for refugees. It does not assess work or studies with the compensation on hold (vilande), nor insurance through your work, for example from AFA Försäkring.".into(),
            NextMedicalCertificate => "Talk to your doctor about a medical statement (läkarutlåtande). It should describe how the illness or disability affects your ability to work.".into(),
            NextSchoolCertificate => "Ask your school for a certificate of when your schooling started and when it will end. If you attend an ordinary school, you also need a medical statement on how your disability affects your schooling.".into(),
            NextApply => "Apply on Mina sidor at forsakringskassan.se. You can also call Försäkringskassan on +46 771-524 524.".into(),
            NextOlderApplicant => "When you apply, you will answer questions about the jobs you have had in the last 15 years.".into(),
            NextBostadstillagg => "Are your housing costs high? You may also be entitled to housing supplement (bostadstillägg).".into(),
            NextCannotTell => "Call Försäkringskassan on +46 771-524 524 for help with what applies to you.".into(),
            NextProbablyNot => "If your situation changes, you can take the self-test again. If you are unsure, call Försäkringskassan on +46 771-524 524.".into(),
        }
    }
}

fn band_sv(b: Aldersband) -> &'static str {
    match b {
        Aldersband::Under21 => "dig under 21 år",
        Aldersband::Fran21 => "dig som är 21 eller 22 år",
        Aldersband::Fran23 => "dig som är 23 eller 24 år",
        Aldersband::Fran25 => "dig som är 25 eller 26 år",
        Aldersband::Fran27 => "dig som är 27 eller 28 år",
        Aldersband::Fran29 => "dig som är 29 år",
        Aldersband::Fran30 => "sjukersättning från 30 år",
    }
}

fn band_en(b: Aldersband) -> &'static str {
    match b {
        Aldersband::Under21 => "people under 21",
        Aldersband::Fran21 => "people aged 21 or 22",
        Aldersband::Fran23 => "people aged 23 or 24",
        Aldersband::Fran25 => "people aged 25 or 26",
        Aldersband::Fran27 => "people aged 27 or 28",
        Aldersband::Fran29 => "people aged 29",
        Aldersband::Fran30 => "sickness compensation from age 30",
    }
}

/// The words for a step of `rules::aktivitetsersattning`.
pub fn steg(s: &Steg) -> Msg {
    use AeMsg::*;
    Msg::Ae(match *s {
        Steg::ForsakradISverige => InsuredInSweden,
        Steg::ArbetarISverige => InsuredCrossBorder,
        Steg::AePeriod { fran, till_och_med } => AeWindow { from: fran, through: till_och_med },
        Steg::HelaArbetsmarknaden => AssessedAgainstWholeLabourMarket,
        Steg::NedsattMinstEnFjardedel { .. } => ReductionAtLeastQuarter,
        Steg::Formansniva { niva } => LevelFromReduction { level: niva },
        Steg::MinstEttAr { .. } => LastsAtLeastAYear,
        Steg::Stadigvarande { .. } => Permanent,
        Steg::VaraktighetOkand => DurationUnknown,
        Steg::HogstTreAr => AtMostThreeYears,
        Steg::HelSjukersattningFore30 => FullSaBefore30,
        Steg::SkolgangForlangd { .. } => SchoolingExtendedByDisability,
        Steg::SkolgangEfterJuli19 { juli, .. } => SchoolingNotFinishedByJuly19 { july: juli },
        Steg::SkolgangPagar { fran, .. } => SchoolingGoesOn { from: fran },
        Steg::SkolgangHelNiva => SchoolingAlwaysFull,
        Steg::SjukersattningAlder { sista, .. } => SaAgeLimit { last: sista },
        Steg::SlutalderObestamd { ar, alder } => SaAgeLimitUndecided { year: ar, age: alder },
        Steg::ParameterOkand { fel } => return Msg::ParamMissing(fel),
        Steg::AldreForsakrad => OlderApplicantRule,
        Steg::AldreForsakradOkand => OlderApplicantRuleUnknown,
        Steg::Retroaktivt { ansokningsmanad, fran } => BackPayFrom { applied: ansokningsmanad, from: fran },
        Steg::Garantiniva { band, faktor, pbb, belopp } => {
            StepGarantiniva { band, factor: faktor, pbb, amount: belopp }
        }
        Steg::GarantinivaForsakringstid { ar, belopp } => StepForsakringstid { years: ar, amount: belopp },
        Steg::Forsakringstid { faktisk, framtida, summa } => {
            StepFramtidaForsakringstid { faktisk, framtida, total: summa }
        }
        Steg::IngenInkomst => StepNoIncome,
        Steg::Arsinkomst { ar, inkomst, over_tak, raknad } => {
            StepIncomeYear { year: ar, income: inkomst, capped: over_tak, counted: raknad }
        }
        Steg::Antagandeinkomst { basta_ar, belopp } => StepAntagandeinkomst { best: basta_ar, amount: belopp },
        Steg::AntagandeinkomstTak { inkomst, tak } => StepIncomeCapped { income: inkomst, cap: tak },
        Steg::Inkomstrelaterad { andel, inkomst, belopp } => {
            StepInkomstrelaterad { share: andel, income: inkomst, amount: belopp }
        }
        Steg::Garantiersattning { inkomstrelaterad, garantiersattning, summa } => {
            StepTopUp { ir: inkomstrelaterad, garanti: garantiersattning, total: summa }
        }
        Steg::Niva { niva, per_ar } => StepLevel { level: niva, per_year: per_ar },
        Steg::PerManad { manad, belopp } => StepPerMonth { month: manad, per_month: belopp },
    })
}

/// The words for a failed step of `rules::aktivitetsersattning`: the condition, the person's value, the limit.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use AeMsg::*;
    let ae = Msg::Ae;
    let criterion = steg(s);
    let (value, limit) = match *s {
        Steg::ForsakradISverige => (ae(ValueNotInsured), ae(LimitInsured)),
        Steg::NedsattMinstEnFjardedel { nedsattning, krav } => {
            (Msg::Ui(UiMsg::LevelOption { level: nedsattning }), Msg::Ui(UiMsg::LevelOption { level: Some(krav) }))
        }
        Steg::MinstEttAr { .. } => (ae(ValueLessThanYear), ae(LimitAtLeastYear)),
        Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr } => (ae(ValueLessThanYear), ae(LimitPermanent)),
        Steg::Stadigvarande { .. } => (ae(ValueAtLeastYearNotPermanent), ae(LimitPermanent)),
        Steg::SkolgangForlangd { forlangd } => (yes_no(forlangd), yes_no(true)),
        Steg::SkolgangEfterJuli19 { slutar, juli } => {
            (ae(ValueSchoolingEnds { month: slutar }), ae(LimitSchoolingAfter { month: juli }))
        }
        Steg::SkolgangPagar { slutar, fran } => {
            (ae(ValueSchoolingEnds { month: slutar }), ae(LimitSchoolingFrom { month: fran }))
        }
        Steg::SjukersattningAlder { alder, sista } => (Msg::Years(alder), ae(LimitThrough { month: sista })),
        // Steps that are facts or amounts, never a failed condition: the step itself.
        Steg::ArbetarISverige
        | Steg::AePeriod { .. }
        | Steg::HelaArbetsmarknaden
        | Steg::Formansniva { .. }
        | Steg::VaraktighetOkand
        | Steg::HogstTreAr
        | Steg::HelSjukersattningFore30
        | Steg::SkolgangHelNiva
        | Steg::SlutalderObestamd { .. }
        | Steg::ParameterOkand { .. }
        | Steg::AldreForsakrad
        | Steg::AldreForsakradOkand
        | Steg::Retroaktivt { .. }
        | Steg::Garantiniva { .. }
        | Steg::GarantinivaForsakringstid { .. }
        | Steg::Forsakringstid { .. }
        | Steg::IngenInkomst
        | Steg::Arsinkomst { .. }
        | Steg::Antagandeinkomst { .. }
        | Steg::AntagandeinkomstTak { .. }
        | Steg::Inkomstrelaterad { .. }
        | Steg::Garantiersattning { .. }
        | Steg::Niva { .. }
        | Steg::PerManad { .. } => (criterion.clone(), criterion.clone()),
    };
    (criterion, value, limit)
}

fn yes_no(b: bool) -> Msg {
    Msg::Ui(if b { UiMsg::Yes } else { UiMsg::No })
}

/// The words for a note of `rules::aktivitetsersattning`.
pub fn not(n: &Not) -> Msg {
    use AeMsg::*;
    Msg::Ae(match *n {
        Not::HogstTreAr => AtMostThreeYears,
        Not::HelSjukersattningFore30 => FullSaBefore30,
        Not::AeSlutarVid30 { sista } => WhenAeEndsAt30 { month: sista },
        Not::SlutalderObestamd { ar, alder } => SaAgeLimitUndecided { year: ar, age: alder },
        Not::AldreForsakrad => OlderApplicantRule,
        Not::SlutalderFoljerRiktalder => AgeLimitFollowsRiktalder,
        Not::SjukpenningEllerRehabilitering => SickPayOrRehabInstead,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ym;

    #[test]
    fn a_failed_step_gives_the_condition_the_value_and_the_limit() {
        let words = |s: Steg| failed(&s);
        assert_eq!(
            words(Steg::SkolgangForlangd { forlangd: false }),
            (Msg::Ae(AeMsg::SchoolingExtendedByDisability), Msg::Ui(UiMsg::No), Msg::Ui(UiMsg::Yes))
        );
        assert_eq!(
            words(Steg::NedsattMinstEnFjardedel { nedsattning: None, krav: Level::Quarter }),
            (
                Msg::Ae(AeMsg::ReductionAtLeastQuarter),
                Msg::Ui(UiMsg::LevelOption { level: None }),
                Msg::Ui(UiMsg::LevelOption { level: Some(Level::Quarter) })
            )
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::KortareAnEttAr }).1,
            Msg::Ae(AeMsg::ValueLessThanYear)
        );
        assert_eq!(
            words(Steg::Stadigvarande { varaktighet: Varaktighet::MinstEttAr }).1,
            Msg::Ae(AeMsg::ValueAtLeastYearNotPermanent)
        );
        assert_eq!(
            words(Steg::SjukersattningAlder { alder: 66, sista: ym(2024, 5) }),
            (
                Msg::Ae(AeMsg::SaAgeLimit { last: ym(2024, 5) }),
                Msg::Years(66),
                Msg::Ae(AeMsg::LimitThrough { month: ym(2024, 5) })
            )
        );
    }

    #[test]
    fn a_note_and_its_trace_step_say_the_same() {
        let pairs = [
            (Not::HogstTreAr, Steg::HogstTreAr),
            (Not::HelSjukersattningFore30, Steg::HelSjukersattningFore30),
            (Not::AldreForsakrad, Steg::AldreForsakrad),
            (Not::SlutalderObestamd { ar: 2030, alder: 67 }, Steg::SlutalderObestamd { ar: 2030, alder: 67 }),
        ];
        for (n, s) in pairs {
            assert_eq!(not(&n), steg(&s), "{n:?}");
        }
    }
}
