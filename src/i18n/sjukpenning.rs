//! Texts of the sjukpenning calculator: questions, rule steps, results and next steps, in
//! Swedish (Klarspråk: short sentences, "du") and English. The livränta self-test has its own
//! file and reuses none of these.

use super::format as f;
use super::{Lang, Msg, Texts};
use crate::domain::{Date, Fraction, Kronor};
use crate::rules::sjukpenning::Steg;

#[derive(Clone, Debug, PartialEq)]
pub enum SjukpenningMsg {
    // The self-test.
    Title,
    Intro,
    QIncome,
    NIncome,
    HIncome,
    QJobSeeker,
    NJobSeeker,
    HJobSeeker,
    QKnowsFirstDay,
    NKnowsFirstDay,
    HKnowsFirstDay,
    QFirstDay,
    NFirstDay,
    HFirstDay,

    // Rule steps.
    AssumesReducedCapacity,
    StepIncome { income: Kronor },
    IncomeAtLeastFloor { floor: Kronor },
    ValuePerYear { amount: Kronor },
    LimitAtLeastPerYear { amount: Kronor },
    StepCapped { income: Kronor, cap: Kronor },
    StepSgi { sgi: Kronor },
    StepPerDay { level: Fraction, share: Fraction, sgi: Kronor, amount: Kronor },
    JobSeekerCap { cap: Kronor, applied: bool },
    JobSeekerCapNotYetKnown,
    ChainDays1To90 { from: Date, through: Date },
    ChainDays91To180 { from: Date, through: Date },
    ChainFromDay181 { from: Date, through: Date },
    ChainFromDay366 { from: Date },
    ChainJobSeeker { from: Date },
    ChainPeriodsJoined,
    LevelDropsAfter364Days,

    // The result.
    HeadPerDay { per_day: Kronor },
    HeadAmountNotYetKnown { year: i32 },
    HeadNoSgi,
    HeadCannotTell,
    RowYear,
    RowSgi,
    NoSgi,
    RowPerDay80,
    RowPerDay75,
    RowPerMonth80,
    RowJobSeekerCap,
    RowJobSeekerCapApplied,
    RowSgiCapped,
    RowDay { n: u32 },
    NoteEmployeeFirst14Days,
    NoteLevels,
    NoteJobSeeker,
    NoteNotConsidered,
    NextReportSick,
    NextCertificate,
    NextApply,
    NextDay180,
    NextNoSgi,
    NextCannotTell,
}

impl Texts for SjukpenningMsg {
    /// Easy-to-read Swedish for what a result page says (see `i18n/mod.rs`).
    fn lattlast(&self) -> Option<String> {
        use SjukpenningMsg::*;
        let l = Lang::Sv;
        let kr = |k: &Kronor| f::kronor(*k, l);
        Some(match self {
            HeadPerDay { per_day } => format!("Du kan få ungefär {} om dagen i sjukpenning", kr(per_day)),
            HeadAmountNotYetKnown { year } => {
                format!("Du kan kanske få sjukpenning. Men vi kan inte räkna ut hur mycket du får för år {year}")
            }
            HeadNoSgi => "Du kan troligen inte få sjukpenning. Din inkomst är för låg".into(),
            HeadCannotTell => "Vi kan inte räkna ut hur mycket sjukpenning du kan få".into(),

            RowSgi => "Din SGI, alltså inkomsten som sjukpenningen räknas från".into(),
            NoSgi => "Du har ingen SGI".into(),
            RowPerDay80 => "Sjukpenning om dagen, 80 procent, före skatt".into(),
            RowPerDay75 => "Sjukpenning om dagen efter 364 dagar, 75 procent, före skatt".into(),
            RowPerMonth80 => "Sjukpenning ungefär i månaden, 80 procent, före skatt".into(),
            RowJobSeekerCap => "Mest sjukpenning du kan få om dagen när du är arbetslös".into(),
            RowDay { n } => format!("Dag {n} som du är sjuk"),

            // The failed condition: the rule, the answer, what the rule asks for.
            IncomeAtLeastFloor { floor } => format!("Din inkomst måste vara minst {} på ett år. Det är 24 procent av prisbasbeloppet. Prisbasbeloppet är ett belopp som bestäms varje år.", kr(floor)),
            ValuePerYear { amount } => format!("{} på ett år", kr(amount)),
            LimitAtLeastPerYear { amount } => format!("Minst {} på ett år", kr(amount)),

            // What is good to know.
            NoteEmployeeFirst14Days => "Är du anställd? Då får du pengar från din arbetsgivare de första 14 dagarna. Det kallas sjuklön. Från dag 15 får du sjukpenning från Försäkringskassan.".into(),
            NoteLevels => "Är du sjukskriven bara en del av tiden? Då får du en del av sjukpenningen. Det kan vara en fjärdedel, hälften eller tre fjärdedelar.".into(),
            NoteJobSeeker => "Fortsätt att vara inskriven på Arbetsförmedlingen när du är sjuk. Annars kan du förlora din SGI.".into(),
            NoteNotConsidered => "Det här har vi inte räknat med: Om du är så sjuk att du har rätt till sjukpenning. Avdrag för den första dagen, som kallas karensavdrag. Sjuklön från din arbetsgivare. Pengar från din arbetsgivare eller AFA Försäkring utöver sjukpenningen. Skatt.".into(),

            // What to do next.
            NextReportSick => "Säg till din arbetsgivare att du är sjuk. Är du arbetslös eller har du ett eget företag? Då säger du till Försäkringskassan att du är sjuk. Gör det första dagen.".into(),
            NextCertificate => "Från dag 8 behöver du ett intyg från en läkare. Det kallas läkarintyg.".into(),
            NextApply => "Sök sjukpenning på forsakringskassan.se. Logga in på Mina sidor.".into(),
            NextDay180 => "Kan du inte gå tillbaka till ditt jobb före dag 181? Prata med din arbetsgivare. Gör en plan tillsammans för hur du ska komma tillbaka till jobbet. Får du nej till sjukpenning? Skriv in dig på Arbetsförmedlingen direkt. Annars kan du förlora din SGI.".into(),
            NextNoSgi => "Har du fler inkomster, till exempel från flera jobb? Räkna ihop alla och gör testet igen. Du kan också ringa Försäkringskassan på 0771-524 524.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524. Då får du hjälp.".into(),
            _ => return None,
        })
    }

    fn sv(&self) -> String {
        use SjukpenningMsg::*;
        let l = Lang::Sv;
        match self {
            Title => "Räkna ut din sjukpenning".into(),
            Intro => "Svara på några frågor. Då får du veta ungefär hur mycket sjukpenning du kan få per dag, och vilka datum som är viktiga om du är sjuk länge. Sjukpenning är pengar från Försäkringskassan när du inte kan arbeta för att du är sjuk.".into(),
            QIncome => "Hur mycket räknar du med att tjäna per år före skatt?".into(),
            NIncome => "Inkomst per år".into(),
            HIncome => "Räkna med lön och annan inkomst av arbete som du har nu och som fortsätter. Tjänar du 30 000 kr i månaden blir det 360 000 kr per år.".into(),
            QJobSeeker => "Är du arbetslös och inskriven som arbetssökande på Arbetsförmedlingen?".into(),
            NJobSeeker => "Arbetssökande".into(),
            HJobSeeker => "För dig som är arbetslös finns ett lägre tak för sjukpenningen.".into(),
            QKnowsFirstDay => "Vet du vilken dag du blev sjuk?".into(),
            NKnowsFirstDay => "Vet vilken dag du blev sjuk".into(),
            HKnowsFirstDay => "Då kan vi räkna ut när Försäkringskassan börjar jämföra din arbetsförmåga med andra arbeten.".into(),
            QFirstDay => "Vilken var din första sjukdag?".into(),
            NFirstDay => "Första sjukdagen".into(),
            HFirstDay => "Den första dagen du var sjuk räknas som dag 1. Till exempel 2025-01-10.".into(),

            AssumesReducedCapacity => "Sjukpenning förutsätter att sjukdom sätter ned din förmåga att arbeta med minst en fjärdedel. Vi räknar som om du är helt sjukskriven.".into(),
            StepIncome { income } => format!("Din sjukpenninggrundande inkomst (SGI) utgår från den inkomst av arbete som du kan räkna med per år: {}.", f::kronor(*income, l)),
            IncomeAtLeastFloor { floor } => format!("Inkomsten är minst 24 procent av prisbasbeloppet, alltså minst {} per år.", f::kronor(*floor, l)),
            ValuePerYear { amount } => format!("{} per år", f::kronor(*amount, l)),
            LimitAtLeastPerYear { amount } => format!("Minst {} per år", f::kronor(*amount, l)),
            StepCapped { income, cap } => format!("Inkomsten {} är högre än taket. Den del som är över {} räknas inte.", f::kronor(*income, l), f::kronor(*cap, l)),
            StepSgi { sgi } => format!("SGI avrundas nedåt till hela hundratal kronor: {}.", f::kronor(*sgi, l)),
            StepPerDay { level, share, sgi, amount } => format!("Sjukpenning per dag med {}: {} × {} × {} / 365 = {}.", f::percent(*level, l), f::percent(*level, l), f::factor(*share, l), f::kronor(*sgi, l), f::kronor(*amount, l)),
            JobSeekerCap { cap, applied: true } => format!("Du är arbetslös. Då får du högst {} per dag i sjukpenning. Det taket gäller för dig.", f::kronor(*cap, l)),
            JobSeekerCap { cap, applied: false } => format!("Du är arbetslös. Då får du högst {} per dag i sjukpenning. Din sjukpenning är lägre än taket.", f::kronor(*cap, l)),
            JobSeekerCapNotYetKnown => "Du är arbetslös. Då finns ett tak för sjukpenningen per dag. Vi känner inte till taket för det här året. Därför kan vi inte räkna ut beloppet.".into(),
            ChainDays1To90 { from, through } => format!("Dag 1–90 ({}–{}): din arbetsförmåga jämförs med ditt vanliga arbete, eller ett annat arbete som arbetsgivaren tillfälligt erbjuder dig.", f::date(*from, l), f::date(*through, l)),
            ChainDays91To180 { from, through } => format!("Dag 91–180 ({}–{}): din arbetsförmåga jämförs också med alla arbeten som din arbetsgivare kan erbjuda dig.", f::date(*from, l), f::date(*through, l)),
            ChainFromDay181 { from, through } => format!("Från dag 181 ({}) till dag 365 ({}): din arbetsförmåga jämförs med arbeten som är vanliga på arbetsmarknaden. Det gäller inte om det finns särskilda skäl, eller om det är oskäligt.", f::date(*from, l), f::date(*through, l)),
            ChainFromDay366 { from } => format!("Från dag 366 ({}): din arbetsförmåga jämförs med arbeten som är vanliga på arbetsmarknaden, om det inte är oskäligt.", f::date(*from, l)),
            ChainJobSeeker { from } => format!("Du är arbetslös. Då jämförs din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden redan från första dagen, {}.", f::date(*from, l)),
            ChainPeriodsJoined => "Datumen gäller en sammanhängande sjukperiod. Om du blir sjuk igen inom 90 dagar räknas dagarna från den förra perioden med.".into(),
            LevelDropsAfter364Days => "Sjukpenningen sänks till 75 procent när du har fått sjukpenning i 364 dagar under 450 dagar. Den räkningen är skild från dagarna ovan.".into(),

            HeadPerDay { per_day } => format!("Du kan få ungefär {} per dag i sjukpenning", f::kronor(*per_day, l)),
            HeadAmountNotYetKnown { year } => format!("Du kan ha rätt till sjukpenning, men vi kan inte räkna ut beloppet för {year}"),
            HeadNoSgi => "Du har troligen ingen sjukpenninggrundande inkomst, och då får du ingen sjukpenning".into(),
            HeadCannotTell => "Vi kan inte räkna ut din sjukpenning".into(),
            RowYear => "Beräknat för år".into(),
            RowSgi => "Sjukpenninggrundande inkomst (SGI)".into(),
            NoSgi => "Ingen SGI".into(),
            RowPerDay80 => "Sjukpenning per dag på normalnivå (knappt 80 procent av SGI), före skatt".into(),
            RowPerDay75 => "Sjukpenning per dag efter 364 dagar (knappt 75 procent av SGI), före skatt".into(),
            RowPerMonth80 => "Ungefär per månad på normalnivå, före skatt".into(),
            RowJobSeekerCap => "Högsta sjukpenning per dag för arbetslösa".into(),
            RowJobSeekerCapApplied => "Taket för arbetslösa sänker beloppet".into(),
            RowSgiCapped => "Inkomsten är över taket".into(),
            RowDay { n } => format!("Dag {n} i sjukperioden"),
            NoteEmployeeFirst14Days => "Är du anställd får du sjuklön från din arbetsgivare de första 14 dagarna. Sjukpenning från Försäkringskassan får du från dag 15.".into(),
            NoteLevels => "Är du sjukskriven på deltid får du en fjärdedels, halv eller tre fjärdedels sjukpenning.".into(),
            NoteJobSeeker => "Fortsätt vara inskriven på Arbetsförmedlingen medan du är sjuk. Annars kan du förlora din SGI.".into(),
            NoteNotConsidered => "Det här har kalkylen inte räknat med: om din arbetsförmåga är nedsatt så mycket att du har rätt till sjukpenning (vi räknar som om du är helt sjukskriven), karensavdraget, sjuklön från arbetsgivaren de första 14 dagarna och arbetstidsberäknad sjukpenning, hur många dagar du redan har haft sjukpenning på normalnivån, tillägg från arbetsgivaren eller AFA Försäkring enligt kollektivavtal, och skatt.".into(),
            NextReportSick => "Sjukanmäl dig till din arbetsgivare. Är du arbetslös eller egen företagare sjukanmäler du dig till Försäkringskassan första dagen.".into(),
            NextCertificate => "Från dag 8 behöver du ett läkarintyg.".into(),
            NextApply => "Ansök om sjukpenning på Mina sidor på forsakringskassan.se.".into(),
            NextDay180 => "Kan du inte gå tillbaka till ditt arbete före dag 181? Prata med din arbetsgivare om en plan för återgång i arbete. Får du avslag på sjukpenning, skriv in dig på Arbetsförmedlingen direkt för att behålla din SGI.".into(),
            NextNoSgi => "Har du en inkomst som inte syns här, till exempel från flera arbeten? Räkna ihop dem och gör testet igen. Du kan också ringa Försäkringskassan på 0771-524 524.".into(),
            NextCannotTell => "Ring Försäkringskassan på 0771-524 524, så får du hjälp att se vad som gäller för dig.".into(),
        }
    }

    fn en(&self) -> String {
        use SjukpenningMsg::*;
        let l = Lang::En;
        match self {
            Title => "Work out your sickness benefit".into(),
            Intro => "Answer a few questions to find out roughly how much sickness benefit (sjukpenning) you can get per day, and which dates matter if you are ill for a long time. Sickness benefit is money from Försäkringskassan when you cannot work because you are ill.".into(),
            QIncome => "How much do you expect to earn per year before tax?".into(),
            NIncome => "Income per year".into(),
            HIncome => "Count your salary and other income from work that you have now and that will continue. If you earn SEK 30,000 a month, that is SEK 360,000 a year.".into(),
            QJobSeeker => "Are you unemployed and registered as a job seeker at Arbetsförmedlingen?".into(),
            NJobSeeker => "Job seeker".into(),
            HJobSeeker => "If you are unemployed, a lower cap applies to your sickness benefit.".into(),
            QKnowsFirstDay => "Do you know the day you became ill?".into(),
            NKnowsFirstDay => "Knows the day you became ill".into(),
            HKnowsFirstDay => "Then we can work out when Försäkringskassan starts comparing your ability to work with other jobs.".into(),
            QFirstDay => "What was your first day of illness?".into(),
            NFirstDay => "First day of illness".into(),
            HFirstDay => "The first day you were ill counts as day 1. For example 2025-01-10.".into(),

            AssumesReducedCapacity => "Sickness benefit requires that illness reduces your ability to work by at least a quarter. We calculate as if you are on full-time sick leave.".into(),
            StepIncome { income } => format!("Your sickness-benefit qualifying income (SGI) is based on the income from work you can expect per year: {}.", f::kronor(*income, l)),
            IncomeAtLeastFloor { floor } => format!("The income is at least 24 per cent of the price base amount, that is at least {} per year.", f::kronor(*floor, l)),
            ValuePerYear { amount } => format!("{} per year", f::kronor(*amount, l)),
            LimitAtLeastPerYear { amount } => format!("At least {} per year", f::kronor(*amount, l)),
            StepCapped { income, cap } => format!("The income {} is above the cap. The part above {} does not count.", f::kronor(*income, l), f::kronor(*cap, l)),
            StepSgi { sgi } => format!("The SGI is rounded down to whole hundreds: {}.", f::kronor(*sgi, l)),
            StepPerDay { level, share, sgi, amount } => format!("Sickness benefit per day at {}: {} × {} × {} / 365 = {}.", f::percent(*level, l), f::percent(*level, l), f::factor(*share, l), f::kronor(*sgi, l), f::kronor(*amount, l)),
            JobSeekerCap { cap, applied: true } => format!("You are unemployed. Then you get at most {} per day in sickness benefit. That cap applies to you.", f::kronor(*cap, l)),
            JobSeekerCap { cap, applied: false } => format!("You are unemployed. Then you get at most {} per day in sickness benefit. Your benefit is below the cap.", f::kronor(*cap, l)),
            JobSeekerCapNotYetKnown => "You are unemployed. Then there is a cap on sickness benefit per day. We do not know the cap for this year, so we cannot work out the amount.".into(),
            ChainDays1To90 { from, through } => format!("Days 1–90 ({} to {}): your ability to work is compared with your usual job, or other work your employer offers you for the time being.", f::date(*from, l), f::date(*through, l)),
            ChainDays91To180 { from, through } => format!("Days 91–180 ({} to {}): your ability to work is also compared with any work your employer can offer you.", f::date(*from, l), f::date(*through, l)),
            ChainFromDay181 { from, through } => format!("From day 181 ({}) to day 365 ({}): your ability to work is compared with jobs that are common on the labour market, unless there are special reasons or it would be unreasonable.", f::date(*from, l), f::date(*through, l)),
            ChainFromDay366 { from } => format!("From day 366 ({}): your ability to work is compared with jobs that are common on the labour market, unless it would be unreasonable.", f::date(*from, l)),
            ChainJobSeeker { from } => format!("You are unemployed. Your ability to work is then compared with jobs that are common on the labour market from the first day, {}.", f::date(*from, l)),
            ChainPeriodsJoined => "The dates are for one unbroken period of illness. If you fall ill again within 90 days, the days of the earlier period count too.".into(),
            LevelDropsAfter364Days => "Sickness benefit drops to 75 per cent once you have had it for 364 days within 450 days. That count is separate from the days above.".into(),

            HeadPerDay { per_day } => format!("You can get about {} per day in sickness benefit", f::kronor(*per_day, l)),
            HeadAmountNotYetKnown { year } => format!("You may be entitled to sickness benefit, but we cannot work out the amount for {year}"),
            HeadNoSgi => "You probably have no sickness-benefit qualifying income, so you get no sickness benefit".into(),
            HeadCannotTell => "We cannot work out your sickness benefit".into(),
            RowYear => "Calculated for the year".into(),
            RowSgi => "Sickness-benefit qualifying income (SGI)".into(),
            NoSgi => "No SGI".into(),
            RowPerDay80 => "Sickness benefit per day at the normal level (just under 80 per cent of SGI), before tax".into(),
            RowPerDay75 => "Sickness benefit per day after 364 days (just under 75 per cent of SGI), before tax".into(),
            RowPerMonth80 => "About per month at the normal level, before tax".into(),
            RowJobSeekerCap => "Highest sickness benefit per day for the unemployed".into(),
            RowJobSeekerCapApplied => "The cap for the unemployed lowers the amount".into(),
            RowSgiCapped => "The income is above the cap".into(),
            RowDay { n } => format!("Day {n} of the period of illness"),
            NoteEmployeeFirst14Days => "If you are employed, your employer pays sick pay for the first 14 days. Sickness benefit from Försäkringskassan starts on day 15.".into(),
            NoteLevels => "If you are on part-time sick leave, you get a quarter, half or three-quarter sickness benefit.".into(),
            NoteJobSeeker => "Stay registered at Arbetsförmedlingen while you are ill. Otherwise you may lose your SGI.".into(),
            NoteNotConsidered => "This calculator has not included: whether your ability to work is reduced enough for sickness benefit (we calculate as if you are on full-time sick leave), the qualifying deduction (karensavdrag), sick pay from your employer for the first 14 days and sickness benefit by working hours, how many days you have already had at the normal level, supplements from your employer or AFA Försäkring under a collective agreement, and tax.".into(),
            NextReportSick => "Report sick to your employer. If you are unemployed or self-employed, report sick to Försäkringskassan on the first day.".into(),
            NextCertificate => "From day 8 you need a medical certificate.".into(),
            NextApply => "Apply for sickness benefit on Mina sidor at forsakringskassan.se.".into(),
            NextDay180 => "If you cannot go back to your job before day 181, talk to your employer about a plan for returning to work. If your sickness benefit is refused, register at Arbetsförmedlingen at once to keep your SGI.".into(),
            NextNoSgi => "Do you have income that is not counted here, for example from several jobs? Add it up and take the test again. You can also call Försäkringskassan on +46 771-524 524.".into(),
            NextCannotTell => "Call Försäkringskassan on +46 771-524 524 for help with what applies to you.".into(),
        }
    }
}

/// The words for a step of `rules::sjukpenning`.
pub fn steg(s: &Steg) -> Msg {
    use SjukpenningMsg as M;
    Msg::Sjukpenning(match *s {
        Steg::NedsattArbetsformagaAntas => M::AssumesReducedCapacity,
        Steg::SgiKanInteBeraknas { fel } => return Msg::RuleError(fel),
        Steg::Inkomst { inkomst } => M::StepIncome { income: inkomst },
        Steg::InkomstMinstGolvet { golv, .. } => M::IncomeAtLeastFloor { floor: golv },
        Steg::OverTaket { inkomst, tak } => M::StepCapped { income: inkomst, cap: tak },
        Steg::SgiAvrundad { sgi } => M::StepSgi { sgi },
        Steg::PerDag { niva, andel, sgi, belopp } => M::StepPerDay { level: niva, share: andel, sgi, amount: belopp },
        Steg::ArbetssokandeTak { tak, tillampat } => M::JobSeekerCap { cap: tak, applied: tillampat },
        Steg::ArbetssokandeTakInteKant => M::JobSeekerCapNotYetKnown,
        Steg::ParameterSaknas { fel } => return Msg::ParamMissing(fel),
        Steg::KedjanArbetssokande { fran } => M::ChainJobSeeker { from: fran },
        Steg::Dag1Till90 { fran, till } => M::ChainDays1To90 { from: fran, through: till },
        Steg::Dag91Till180 { fran, till } => M::ChainDays91To180 { from: fran, through: till },
        Steg::FranDag181 { fran, till } => M::ChainFromDay181 { from: fran, through: till },
        Steg::FranDag366 { fran } => M::ChainFromDay366 { from: fran },
        Steg::SjukperioderLaggsSamman => M::ChainPeriodsJoined,
        Steg::NormalnivaI364Dagar => M::LevelDropsAfter364Days,
    })
}

/// The words for a failed step of `rules::sjukpenning`: the condition, the person's value, the limit.
/// Only the floor can fail; any other step is shown as itself.
pub fn failed(s: &Steg) -> (Msg, Msg, Msg) {
    use SjukpenningMsg as M;
    match *s {
        Steg::InkomstMinstGolvet { inkomst, golv } => (
            Msg::Sjukpenning(M::IncomeAtLeastFloor { floor: golv }),
            Msg::Sjukpenning(M::ValuePerYear { amount: inkomst }),
            Msg::Sjukpenning(M::LimitAtLeastPerYear { amount: golv }),
        ),
        _ => {
            let m = steg(s);
            (m.clone(), m.clone(), m)
        }
    }
}
