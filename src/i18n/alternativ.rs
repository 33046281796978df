//! Texts of the alternatives: the self-test "Vad mer kan passa dig?" (questions, results, next
//! steps), each catalogue entry's name, reason and next step, and the handler screening's
//! error reasons, in Swedish (Klarspråk: short sentences, "du") and English.

use super::format as f;
use super::{Lang, Texts};
use crate::flow::AmountProblem;
use crate::rules::alternativ::{Formon, Steg};
use crate::screen::Problem;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AltMsg {
    // The self-test.
    Title,
    Intro,
    QInsured,
    NInsured,
    HInsured,
    QBirthDate,
    NBirthDate,
    QBenefitNow,
    NBenefitNow,
    ChoiceHasSa,
    ChoiceHasAe,
    ChoiceHadAe,
    ChoiceNeither,
    QCapacity,
    NCapacity,
    HCapacity,
    ChoiceDontKnow,
    QDurationMonths,
    ChoiceLessThanYear,
    ChoiceAtLeastYear,
    NDurationMonths,
    HDurationMonths,
    QSchooling,
    NSchooling,
    HSchooling,
    QPermanent,
    NPermanent,
    HPermanent,
    QAppliedBts,
    NAppliedBts,
    QInRehab,
    NInRehab,
    HInRehab,
    QOnSickPay,
    NOnSickPay,
    QSickDays,
    ChoiceUpTo180Days,
    Choice181DaysOrMore,
    NSickDays,
    HSickDays,
    QSickPayDenied,
    NSickPayDenied,
    HSickPayDenied,
    QUnemployed,
    NUnemployed,
    HUnemployed,
    QWorkRelated,
    NWorkRelated,
    HWorkRelated,
    QIncomeBefore,
    NIncomeBefore,
    QIncomeAfter,
    NIncomeAfter,
    HIncomeAfter,
    QInjuryReported,
    NInjuryReported,
    HInjuryReported,
    QPreventive,
    NPreventive,
    HPreventive,
    QPregnant,
    NPregnant,
    QDemandingJob,
    NDemandingJob,
    QDueDate,
    NDueDate,
    QFrequentSickness,
    NFrequentSickness,
    HFrequentSickness,
    QNeedsAids,
    NNeedsAids,
    HNeedsAids,

    // The catalogue.
    Benefit(Formon),
    Reason(Formon),
    Next(Formon),
    NotSuggested(Formon),
    NotAssessed(Formon),

    // The result.
    HeadSuggestions,
    HeadNothing,
    NotAssessedValue,
    NoteNotAssessed,
    NoteOutsideCatalogue,
    NoteLivrantaAndSa,
    NextReportInjury,
    NextNothingFound,
    NextHelp,

    // The handler screening.
    Problem(Problem),
}

impl Texts for AltMsg {
    /// Easy-to-read Swedish for what a result page says: the headline, each suggestion's name,
    /// why it may fit and what to do next, what is good to know (see `i18n/mod.rs`). A hard
    /// word is explained where it first shows in a row, since each row can show alone.
    fn lattlast(&self) -> Option<String> {
        use AltMsg::*;
        Some(match self {
            Benefit(b) => benefit_lattlast(*b).into(),
            Reason(b) => reason_lattlast(*b).into(),
            Next(b) => next_lattlast(*b).into(),

            HeadSuggestions => "Det här kan passa dig".into(),
            HeadNothing => "Vi hittade inget annat som kan passa dig".into(),
            NotAssessedValue => "Vi kan inte säga om det passar dig. Du svarade att du inte vet.".into(),

            // What is good to know.
            NoteNotAssessed => "Du svarade att du inte vet på en eller flera frågor. Därför kan vi inte säga om några av ersättningarna passar dig. Fråga din läkare eller Försäkringskassan. Gör sedan testet igen.".into(),
            NoteOutsideCatalogue => "Testet tittar inte på vanlig sjukpenning, sjuklön eller föräldrapenning. Det tittar inte heller på pengar från en arbetslöshetskassa. Och inte på ekonomiskt bistånd från kommunen. Ekonomiskt bistånd är pengar från kommunen till dig som inte har pengar till det du behöver. Testet tittar inte heller på försäkringar som du har genom ditt jobb. Till exempel försäkringar hos AFA Försäkring.".into(),
            NoteLivrantaAndSa => "Får du både livränta och sjukersättning för samma skada eller sjukdom? Då minskar Försäkringskassan livräntan. Du får alltså inte hela beloppet från båda.".into(),

            // What to do next.
            NextReportInjury => "Be din arbetsgivare att anmäla arbetsskadan till Försäkringskassan. En arbetsskada är en skada eller sjukdom som har med ditt jobb att göra. Har du ingen arbetsgivare? Då kan du anmäla skadan själv.".into(),
            NextNothingFound => "Ändras något för dig? Då kan du göra testet igen.".into(),
            NextHelp => "Vill du ha hjälp? Ring Försäkringskassan på 0771-524 524. Har du inte pengar till det du behöver? Då kan du också kontakta socialtjänsten i din kommun.".into(),
            _ => return None,
        })
    }

    fn sv(&self) -> String {
        use AltMsg::*;
        match self {
            Title => "Vad mer kan passa dig?".into(),
            Intro => "Är du sjuk, skadad eller på väg att lämna sjukpenningen? Svara på några frågor, så visar vi vilka andra ersättningar och former av stöd som kan passa dig, och vad du kan göra nu. Testet ger inget beslut. Det är Försäkringskassan som beslutar.".into(),
            QInsured => "Bor eller arbetar du i Sverige?".into(),
            NInsured => "Bor eller arbetar i Sverige".into(),
            HInsured => "De flesta ersättningar från Försäkringskassan kräver att du är försäkrad i Sverige. Det är du oftast om du bor eller arbetar här.".into(),
            QBirthDate => "När är du född?".into(),
            NBirthDate => "Födelsedatum".into(),
            QBenefitNow => "Har du sjukersättning eller aktivitetsersättning?".into(),
            NBenefitNow => "Sjukersättning eller aktivitetsersättning".into(),
            ChoiceHasSa => "Ja, jag har sjukersättning".into(),
            ChoiceHasAe => "Ja, jag har aktivitetsersättning".into(),
            ChoiceHadAe => "Jag hade aktivitetsersättning tills jag fyllde 30 år".into(),
            ChoiceNeither => "Nej".into(),
            QCapacity => "Hur mycket är din förmåga att arbeta nedsatt på grund av sjukdom, skada eller funktionsnedsättning?".into(),
            NCapacity => "Nedsatt arbetsförmåga".into(),
            HCapacity => "Tänk på alla slags arbeten, även anpassade arbeten. Inte bara ditt nuvarande arbete.".into(),
            ChoiceDontKnow => "Jag vet inte".into(),
            QDurationMonths => "Hur länge till tror du och din läkare att nedsättningen håller i sig?".into(),
            ChoiceLessThanYear => "Kortare tid än ett år".into(),
            ChoiceAtLeastYear => "Ett år eller längre".into(),
            NDurationMonths => "Hur länge nedsättningen håller i sig".into(),
            HDurationMonths => "Räkna från i dag. Har du en skada från arbetet: tänk på hur länge din inkomst är lägre.".into(),
            QSchooling => "Går du fortfarande i grundskolan eller gymnasiet, eftersom din funktionsnedsättning gör att skolan tar längre tid?".into(),
            NSchooling => "Skolgång som tar längre tid".into(),
            HSchooling => "Det gäller också en skola som motsvarar grundskolan eller gymnasiet.".into(),
            QPermanent => "Tror du och din läkare att nedsättningen är bestående?".into(),
            NPermanent => "Bestående nedsättning".into(),
            HPermanent => "Bestående betyder att den inte blir bättre, inte heller med behandling eller rehabilitering.".into(),
            QAppliedBts => "Har du ansökt om bostadstillägg?".into(),
            NAppliedBts => "Ansökt om bostadstillägg".into(),
            QInRehab => "Deltar du i arbetslivsinriktad rehabilitering, eller ska du börja med det?".into(),
            NInRehab => "Arbetslivsinriktad rehabilitering".into(),
            HInRehab => "Till exempel arbetsträning eller en kort utbildning som ska hjälpa dig tillbaka till arbete.".into(),
            QOnSickPay => "Är du sjukskriven nu, med sjuklön eller sjukpenning?".into(),
            NOnSickPay => "Sjukskriven nu".into(),
            QSickDays => "Hur länge har du varit sjukskriven i den här sjukperioden?".into(),
            ChoiceUpTo180Days => "Högst 180 dagar, ungefär ett halvår".into(),
            Choice181DaysOrMore => "181 dagar eller längre".into(),
            NSickDays => "Dagar i sjukperioden".into(),
            HSickDays => "Räkna från den första sjukdagen. Var du frisk kortare tid än 90 dagar mellan två sjukperioder, räknar du ihop dem.".into(),
            QSickPayDenied => "Har Försäkringskassan sagt nej till sjukpenning, eller sagt att den slutar, för att du kan arbeta i ett annat arbete som är vanligt på arbetsmarknaden?".into(),
            NSickPayDenied => "Nej till sjukpenning".into(),
            HSickPayDenied => "Från dag 181 i sjukperioden jämförs din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden.".into(),
            QUnemployed => "Är du arbetslös?".into(),
            NUnemployed => "Arbetslös".into(),
            HUnemployed => "Svara nej om du har en anställning eller ett eget företag.".into(),
            QWorkRelated => "Beror din skada eller sjukdom på ditt arbete?".into(),
            NWorkRelated => "Skada eller sjukdom från arbetet".into(),
            HWorkRelated => "Till exempel en olycka på arbetet eller på vägen till eller från arbetet, eller en sjukdom som arbetet har orsakat.".into(),
            QIncomeBefore => "Ungefär hur mycket tjänade du per år innan du blev skadad eller sjuk, före skatt?".into(),
            NIncomeBefore => "Inkomst per år före skadan".into(),
            QIncomeAfter => "Ungefär hur mycket kan du tjäna per år nu, före skatt?".into(),
            NIncomeAfter => "Inkomst per år efter skadan".into(),
            HIncomeAfter => "Räkna med det du kan tjäna i ett arbete som passar dig med skadan, även om du inte har det arbetet i dag.".into(),
            QInjuryReported => "Har skadan anmälts som arbetsskada till Försäkringskassan?".into(),
            NInjuryReported => "Anmäld arbetsskada".into(),
            HInjuryReported => "Det är oftast arbetsgivaren som anmäler en arbetsskada.".into(),
            QPreventive => "Behöver du vara borta från arbetet för behandling eller rehabilitering som ska förebygga sjukdom eller göra den kortare?".into(),
            NPreventive => "Förebyggande behandling".into(),
            HPreventive => "Det gäller behandling som en läkare har ordinerat, till exempel en behandlingsserie. Inte enstaka besök.".into(),
            QPregnant => "Är du gravid?".into(),
            NPregnant => "Gravid".into(),
            QDemandingJob => "Har du ett fysiskt ansträngande arbete som du har svårt att klara på grund av graviditeten?".into(),
            NDemandingJob => "Fysiskt ansträngande arbete".into(),
            QDueDate => "Vilket datum är beräknad förlossning?".into(),
            NDueDate => "Beräknad förlossning".into(),
            QFrequentSickness => "Har du en sjukdom som gör att du ofta är sjuk, eller sjuk länge?".into(),
            NFrequentSickness => "Ofta eller länge sjuk".into(),
            HFrequentSickness => "Ofta betyder mer än 10 gånger per år. Länge betyder mer än 28 dagar i sträck.".into(),
            QNeedsAids => "Behöver du hjälpmedel för att kunna arbeta, på grund av sjukdom eller funktionsnedsättning?".into(),
            NNeedsAids => "Hjälpmedel i arbetet".into(),
            HNeedsAids => "Till exempel ett särskilt tangentbord, en lyftanordning eller ett datorprogram. Inte vanlig utrustning som alla på arbetsplatsen har.".into(),

            Benefit(b) => benefit_sv(*b).into(),
            Reason(b) => reason_sv(*b).into(),
            Next(b) => next_sv(*b).into(),
            NotSuggested(b) => format!("{}: passar inte utifrån dina svar.", benefit_sv(*b)),
            NotAssessed(b) => format!("{}: kunde vi inte bedöma, eftersom du inte visste svaret på en fråga.", benefit_sv(*b)),

            HeadSuggestions => "Det här kan passa dig".into(),
            HeadNothing => "Vi hittade inget mer för din situation".into(),
            NotAssessedValue => "Inte bedömt. Du svarade att du inte vet.".into(),
            NoteNotAssessed => "Några ersättningar kunde vi inte bedöma, eftersom du svarade att du inte vet. Fråga din läkare eller Försäkringskassan, och gör testet igen.".into(),
            NoteOutsideCatalogue => "Testet bedömer inte vanlig sjukpenning, sjuklön, föräldrapenning, ersättning från arbetslöshetskassan eller ekonomiskt bistånd från kommunen. Det bedömer inte heller försäkringar genom ditt arbete, till exempel från AFA Försäkring.".into(),
            NoteLivrantaAndSa => "Om du får både livränta och sjukersättning för samma nedsättning, minskar Försäkringskassan livräntan. Ersättningarna läggs alltså inte ihop fullt ut.".into(),
            NextReportInjury => "Be din arbetsgivare anmäla arbetsskadan till Försäkringskassan. Har du ingen arbetsgivare kan du anmäla den själv.".into(),
            NextNothingFound => "Om din situation ändras kan du göra testet igen.".into(),
            NextHelp => "Vill du ha hjälp? Ring Försäkringskassan på 0771-524 524. Har du inte pengar till det du behöver kan du också kontakta socialtjänsten i din kommun.".into(),

            Problem(p) => problem_sv(*p),
        }
    }

    fn en(&self) -> String {
        use AltMsg::*;
        match self {
            Title => "What else may suit you?".into(),
            Intro => "Are you ill, injured or about to leave sickness benefit? Answer a few questions and we will show which other benefits and kinds of support may suit you, and what you can do now. The self-test is not a decision. Försäkringskassan decides.".into(),
            QInsured => "Do you live or work in Sweden?".into(),
            NInsured => "Living or working in Sweden".into(),
            HInsured => "Most benefits from Försäkringskassan require you to be insured in Sweden. You usually are if you live or work here.".into(),
            QBirthDate => "What is your date of birth?".into(),
            NBirthDate => "Date of birth".into(),
            QBenefitNow => "Do you have sickness compensation or activity compensation?".into(),
            NBenefitNow => "Sickness or activity compensation".into(),
            ChoiceHasSa => "Yes, I have sickness compensation".into(),
            ChoiceHasAe => "Yes, I have activity compensation".into(),
            ChoiceHadAe => "I had activity compensation until I turned 30".into(),
            ChoiceNeither => "No".into(),
            QCapacity => "How much is your ability to work reduced because of illness, injury or disability?".into(),
            NCapacity => "Reduced ability to work".into(),
            HCapacity => "Think of all kinds of work, including adapted work. Not only your current job.".into(),
            ChoiceDontKnow => "I don't know".into(),
            QDurationMonths => "How much longer do you and your doctor think the reduction will last?".into(),
            ChoiceLessThanYear => "Less than a year".into(),
            ChoiceAtLeastYear => "A year or longer".into(),
            NDurationMonths => "How long the reduction lasts".into(),
            HDurationMonths => "Count from today. If you have an injury from work: think of how long your income will be lower.".into(),
            QSchooling => "Are you still at compulsory or upper-secondary school, because your disability makes your schooling take longer?".into(),
            NSchooling => "Schooling that takes longer".into(),
            HSchooling => "This includes schools equivalent to compulsory or upper-secondary school.".into(),
            QPermanent => "Do you and your doctor think the reduction is permanent?".into(),
            NPermanent => "Permanent reduction".into(),
            HPermanent => "Permanent means it will not get better, not even with treatment or rehabilitation.".into(),
            QAppliedBts => "Have you applied for housing supplement (bostadstillägg)?".into(),
            NAppliedBts => "Applied for housing supplement".into(),
            QInRehab => "Are you taking part in vocational rehabilitation, or about to start?".into(),
            NInRehab => "Vocational rehabilitation".into(),
            HInRehab => "For example work training or a short course that will help you back to work.".into(),
            QOnSickPay => "Are you on sick leave now, with sick pay or sickness benefit?".into(),
            NOnSickPay => "On sick leave now".into(),
            QSickDays => "How long have you been on sick leave in this sick period?".into(),
            ChoiceUpTo180Days => "180 days or less, about half a year".into(),
            Choice181DaysOrMore => "181 days or longer".into(),
            NSickDays => "Days in the sick period".into(),
            HSickDays => "Count from the first day of illness. If you were well for less than 90 days between two sick periods, add them together.".into(),
            QSickPayDenied => "Has Försäkringskassan refused sickness benefit, or said it will stop, because you can do other work that is common on the labour market?".into(),
            NSickPayDenied => "Sickness benefit refused".into(),
            HSickPayDenied => "From day 181 of the sick period, your ability to work is compared with jobs that are common on the labour market.".into(),
            QUnemployed => "Are you unemployed?".into(),
            NUnemployed => "Unemployed".into(),
            HUnemployed => "Answer no if you have a job or your own business.".into(),
            QWorkRelated => "Is your injury or illness caused by your work?".into(),
            NWorkRelated => "Injury or illness from work".into(),
            HWorkRelated => "For example an accident at work or on the way to or from work, or an illness your work has caused.".into(),
            QIncomeBefore => "Roughly how much did you earn per year before you were injured or became ill, before tax?".into(),
            NIncomeBefore => "Income per year before the injury".into(),
            QIncomeAfter => "Roughly how much can you earn per year now, before tax?".into(),
            NIncomeAfter => "Income per year after the injury".into(),
            HIncomeAfter => "Count what you can earn in a job that suits you with the injury, even if you do not have that job today.".into(),
            QInjuryReported => "Has the injury been reported to Försäkringskassan as a work injury?".into(),
            NInjuryReported => "Work injury reported".into(),
            HInjuryReported => "Usually the employer reports a work injury.".into(),
            QPreventive => "Do you need to be away from work for treatment or rehabilitation that will prevent an illness or make it shorter?".into(),
            NPreventive => "Preventive treatment".into(),
            HPreventive => "This means treatment a doctor has prescribed, for example a course of treatment. Not single visits.".into(),
            QPregnant => "Are you pregnant?".into(),
            NPregnant => "Pregnant".into(),
            QDemandingJob => "Do you have physically demanding work that is hard for you to manage because of the pregnancy?".into(),
            NDemandingJob => "Physically demanding work".into(),
            QDueDate => "What is the expected date of birth?".into(),
            NDueDate => "Expected date of birth".into(),
            QFrequentSickness => "Do you have an illness that makes you ill often, or for a long time?".into(),
            NFrequentSickness => "Often or long ill".into(),
            HFrequentSickness => "Often means more than 10 times a year. A long time means more than 28 days in a row.".into(),
            QNeedsAids => "Do you need aids to be able to work, because of illness or disability?".into(),
            NNeedsAids => "Aids at work".into(),
            HNeedsAids => "For example a special keyboard, a lifting device or computer software. Not ordinary equipment everyone at the workplace has.".into(),

            Benefit(b) => benefit_en(*b).into(),
            Reason(b) => reason_en(*b).into(),
            Next(b) => next_en(*b).into(),
            NotSuggested(b) => format!("{}: does not fit your answers.", benefit_en(*b)),
            NotAssessed(b) => format!("{}: we could not assess this, because you did not know the answer to a question.", benefit_en(*b)),

            HeadSuggestions => "This may suit you".into(),
            HeadNothing => "We found nothing more for your situation".into(),
            NotAssessedValue => "Not assessed. You answered that you don't know.".into(),
            NoteNotAssessed => "We could not assess some benefits, because you answered that you don't know. Ask your doctor or Försäkringskassan, and take the self-test again.".into(),
            NoteOutsideCatalogue => "The self-test does not assess ordinary sickness benefit, sick pay, parental benefit, unemployment insurance or financial assistance from the municipality. Nor does it assess insurance through your work, for example from AFA Försäkring.".into(),
            NoteLivrantaAndSa => "If you get both a work-injury annuity and sickness compensation for the same reduction, Försäkringskassan reduces the annuity. So the two are not simply added together.".into(),
            NextReportInjury => "Ask your employer to report the work injury to Försäkringskassan. If you have no employer, you can report it yourself.".into(),
            NextNothingFound => "If your situation changes, you can take the self-test again.".into(),
            NextHelp => "Want help? Call Försäkringskassan on +46 771-524 524. If you do not have money for what you need, you can also contact the social services in your municipality.".into(),

            Problem(p) => problem_en(*p),
        }
    }
}

fn benefit_sv(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Aktivitetsersättning",
        Formon::Sjukersattning => "Sjukersättning",
        Formon::Bostadstillagg => "Bostadstillägg",
        Formon::SjukpenningSarskildaFall => "Sjukpenning i särskilda fall",
        Formon::RehabiliteringspenningSarskildaFall => "Rehabiliteringspenning i särskilda fall",
        Formon::Omstallningsmote => "Möte med Arbetsförmedlingen om nytt arbete",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Arbetsplatsinriktat rehabiliteringsstöd (för arbetsgivaren)",
        Formon::Arbetsskadelivranta => "Livränta vid arbetsskada",
        Formon::ForebyggandeSjukpenning => "Förebyggande sjukpenning",
        Formon::Rehabiliteringspenning => "Rehabiliteringspenning",
        Formon::SarskiltHogriskskydd => "Särskilt högriskskydd",
        Formon::Arbetshjalpmedel => "Bidrag till arbetshjälpmedel",
        Formon::Graviditetspenning => "Graviditetspenning",
    }
}

fn benefit_en(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Activity compensation (aktivitetsersättning)",
        Formon::Sjukersattning => "Sickness compensation (sjukersättning)",
        Formon::Bostadstillagg => "Housing supplement (bostadstillägg)",
        Formon::SjukpenningSarskildaFall => "Sickness benefit in special cases (sjukpenning i särskilda fall)",
        Formon::RehabiliteringspenningSarskildaFall => {
            "Rehabilitation benefit in special cases (rehabiliteringspenning i särskilda fall)"
        }
        Formon::Omstallningsmote => "A meeting with Arbetsförmedlingen about new work",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => {
            "Workplace-oriented rehabilitation support (for the employer)"
        }
        Formon::Arbetsskadelivranta => "Work-injury annuity (livränta)",
        Formon::ForebyggandeSjukpenning => "Preventive sickness benefit (förebyggande sjukpenning)",
        Formon::Rehabiliteringspenning => "Rehabilitation benefit (rehabiliteringspenning)",
        Formon::SarskiltHogriskskydd => "Special high-risk protection (särskilt högriskskydd)",
        Formon::Arbetshjalpmedel => "Grant for work aids (arbetshjälpmedel)",
        Formon::Graviditetspenning => "Pregnancy benefit (graviditetspenning)",
    }
}

/// A benefit's name on an easy-to-read result page: the name the person will meet at
/// Försäkringskassan, without brackets. The reason next to it says what it is.
fn benefit_lattlast(b: Formon) -> &'static str {
    match b {
        Formon::ArbetsplatsinriktatRehabiliteringsstod => {
            "Arbetsplatsinriktat rehabiliteringsstöd, ett stöd till din arbetsgivare"
        }
        Formon::Omstallningsmote => "Ett möte med Arbetsförmedlingen om ett nytt jobb",
        Formon::Arbetsskadelivranta => "Livränta efter en arbetsskada",
        _ => benefit_sv(b),
    }
}

fn reason_lattlast(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Aktivitetsersättning är pengar till unga som inte kan arbeta fullt. Du är mellan 19 och 29 år. Du kan arbeta minst en fjärdedel mindre på grund av sjukdom, skada eller funktionsnedsättning. Det gäller i minst ett år. Eller så tar skolan längre tid för dig för att du har en funktionsnedsättning.",
        Formon::Sjukersattning => "Sjukersättning är pengar till dig som inte kan arbeta fullt och inte kommer att bli bättre. Du kan arbeta minst en fjärdedel mindre på grund av sjukdom, skada eller funktionsnedsättning. Det blir inte bättre. Inte heller med behandling eller rehabilitering. Du har inte sjukersättning eller aktivitetsersättning i dag.",
        Formon::Bostadstillagg => "Bostadstillägg är pengar till dig som har höga kostnader för ditt boende. Du har sjukersättning eller aktivitetsersättning. Men du har inte sökt bostadstillägg.",
        Formon::SjukpenningSarskildaFall => "Sjukpenning i särskilda fall är pengar till dig som har haft aktivitetsersättning tills du fyllde 30 år. Din aktivitetsersättning slutar månaden innan du fyller 30 år. Eller så har den redan slutat. Du kan arbeta minst en fjärdedel mindre. Du kan få sjukpenning i särskilda fall från dagen efter att aktivitetsersättningen slutar.",
        Formon::RehabiliteringspenningSarskildaFall => "Rehabiliteringspenning i särskilda fall är pengar till dig som är med i rehabilitering. Den är för dig som har haft aktivitetsersättning tills du fyllde 30 år. Rehabilitering är till exempel att träna på ett jobb eller gå en kort utbildning. Det ska hjälpa dig att kunna arbeta. Din aktivitetsersättning slutar månaden innan du fyller 30 år. Eller så har den redan slutat. Du är med i rehabilitering, eller ska börja. Du kan få pengarna från dagen efter att aktivitetsersättningen slutar.",
        Formon::Omstallningsmote => "Din sjukpenning har slutat. Eller så kan den sluta. Det beror på att Försäkringskassan tittar på om du kan arbeta i ett annat jobb som är vanligt.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Du är sjukskriven. Och du har en arbetsgivare. Din arbetsgivare kan få pengar för ett stöd till dig. Stödet ska hjälpa dig tillbaka till jobbet.",
        Formon::Arbetsskadelivranta => "Livränta är pengar varje månad om du tjänar mindre efter en skada eller sjukdom från jobbet. Din skada eller sjukdom beror på ditt jobb. Därför kan du tjäna mindre än förut. Minst en femtondel mindre. Det är ungefär 6,67 procent. Du och din läkare tror att det håller i sig i minst ett år.",
        Formon::ForebyggandeSjukpenning => "Förebyggande sjukpenning är pengar till dig som måste vara borta från jobbet för behandling eller rehabilitering. Behandlingen ska göra att du inte blir sjuk. Eller att du är sjuk kortare tid. Du behöver vara borta från jobbet för en sådan behandling.",
        Formon::Rehabiliteringspenning => "Rehabiliteringspenning är pengar till dig som är med i rehabilitering. Rehabilitering är till exempel att träna på ett jobb eller gå en kort utbildning. Det ska hjälpa dig tillbaka till jobbet. Du är med i sådan rehabilitering, eller ska börja.",
        Formon::SarskiltHogriskskydd => "Särskilt högriskskydd är ett skydd för dig som kan bli sjuk ofta eller länge. Det gör att din arbetsgivare kan få tillbaka pengar för din sjuklön. Du har en sjukdom som gör att du kan bli sjuk ofta eller länge.",
        Formon::Arbetshjalpmedel => "Bidrag till arbetshjälpmedel är pengar till saker som du behöver för att kunna göra ditt jobb. Till exempel ett särskilt tangentbord eller ett datorprogram. Du behöver sådana hjälpmedel för att kunna arbeta. Och du har ett jobb.",
        Formon::Graviditetspenning => "Graviditetspenning är pengar till dig som är gravid och har ett jobb som är tungt för kroppen. Du är gravid. Ditt jobb är tungt för kroppen. Det är mellan 60 och 11 dagar kvar till dagen då barnet väntas födas.",
    }
}

fn next_lattlast(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Gör vårt test om aktivitetsersättning. Då får du veta från vilken månad du kan få pengar. Och ungefär hur mycket. Prata med din läkare om ett läkarutlåtande. Det är ett papper om hur din sjukdom påverkar ditt arbete. Sök aktivitetsersättning på forsakringskassan.se. Logga in på Mina sidor.",
        Formon::Sjukersattning => "Gör vårt test om sjukersättning. Då får du veta ungefär hur mycket du kan få. Prata med din läkare om ett läkarutlåtande. Det är ett papper om hur din sjukdom påverkar ditt arbete. Sök sjukersättning på forsakringskassan.se. Logga in på Mina sidor.",
        Formon::Bostadstillagg => "Sök bostadstillägg på forsakringskassan.se. Logga in på Mina sidor. På forsakringskassan.se kan du också räkna ut ungefär hur mycket du kan få.",
        Formon::SjukpenningSarskildaFall => "Sök sjukpenning i särskilda fall hos Försäkringskassan. Du behöver ett intyg från din läkare. Det kallas läkarintyg. Fråga samtidigt om boendetillägg. Boendetillägg är extra pengar varje månad som kan hjälpa dig att betala ditt boende.",
        Formon::RehabiliteringspenningSarskildaFall => "Prata med Försäkringskassan om rehabiliteringspenning i särskilda fall. Fråga samtidigt om boendetillägg. Boendetillägg är extra pengar varje månad som kan hjälpa dig att betala ditt boende.",
        Formon::Omstallningsmote => "Skriv in dig på Arbetsförmedlingen samma dag som sjukpenningen slutar. Då behåller du din SGI. SGI betyder sjukpenninggrundande inkomst. Det är inkomsten som sjukpenningen räknas från. Be Arbetsförmedlingen om ett möte. På mötet pratar ni om vilka jobb du kan ha.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Berätta för din arbetsgivare om arbetsplatsinriktat rehabiliteringsstöd. Arbetsgivaren köper stödet av någon som är godkänd för att ge det. Arbetsgivaren kan få tillbaka hälften av det som stödet kostar.",
        Formon::Arbetsskadelivranta => "Be din läkare om ett intyg. Där ska det stå att skadan påverkar hur mycket du kan arbeta. Och att det gäller i minst ett år framåt. Sök livränta på forsakringskassan.se. Logga in på Mina sidor.",
        Formon::ForebyggandeSjukpenning => "Be din läkare om ett läkarutlåtande. Det är ett papper som läkaren skriver. Där ska det finnas en plan för din behandling. Försäkringskassan måste säga ja till planen. Det måste ske innan behandlingen börjar.",
        Formon::Rehabiliteringspenning => "Prata med Försäkringskassan om en plan för din rehabilitering. Du behöver en sådan plan. Annars kan du inte få rehabiliteringspenning.",
        Formon::SarskiltHogriskskydd => "Be din läkare om ett läkarutlåtande. Det är ett papper där läkaren skriver om din sjukdom. Du eller din arbetsgivare kan söka särskilt högriskskydd hos Försäkringskassan.",
        Formon::Arbetshjalpmedel => "Prata med din arbetsgivare. Sök pengarna innan ni köper hjälpmedlet. Har du varit anställd kortare tid än 12 månader? Då söker du hos Arbetsförmedlingen.",
        Formon::Graviditetspenning => "Fråga din arbetsgivare om du kan få göra lättare saker på jobbet. Går det inte? Sök då graviditetspenning så snart du kan. Sök på forsakringskassan.se. Logga in på Mina sidor.",
    }
}

fn reason_sv(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Du är under 30 år och fyller minst 19 år i år. Din arbetsförmåga är nedsatt med minst en fjärdedel i minst ett år, eller din skolgång tar längre tid på grund av en funktionsnedsättning.",
        Formon::Sjukersattning => "Din arbetsförmåga är nedsatt med minst en fjärdedel, och nedsättningen är bestående. Du har inte sjukersättning eller aktivitetsersättning i dag.",
        Formon::Bostadstillagg => "Du har sjukersättning eller aktivitetsersättning men har inte ansökt om bostadstillägg.",
        Formon::SjukpenningSarskildaFall => "Din aktivitetsersättning slutar, eller har slutat, månaden innan du fyller 30 år. Din arbetsförmåga är nedsatt med minst en fjärdedel. Sjukpenning i särskilda fall kan betalas från dagen efter att aktivitetsersättningen slutar.",
        Formon::RehabiliteringspenningSarskildaFall => "Din aktivitetsersättning slutar, eller har slutat, månaden innan du fyller 30 år, och du deltar i rehabilitering eller ska börja med det. Rehabiliteringspenning i särskilda fall kan betalas från dagen efter att aktivitetsersättningen slutar.",
        Formon::Omstallningsmote => "Din sjukpenning har slutat, eller kan sluta, eftersom din arbetsförmåga jämförs med arbeten som är vanliga på arbetsmarknaden.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Du är sjukskriven och inte arbetslös. Om du är anställd kan din arbetsgivare få bidrag för stöd som hjälper dig tillbaka till arbetet.",
        Formon::Arbetsskadelivranta => "Din skada eller sjukdom beror på arbetet. Den minskar din inkomst med minst en femtondel, och det väntas hålla i sig i minst ett år.",
        Formon::ForebyggandeSjukpenning => "Du behöver vara borta från arbetet för behandling eller rehabilitering som ska förebygga sjukdom eller göra den kortare.",
        Formon::Rehabiliteringspenning => "Du deltar i arbetslivsinriktad rehabilitering, eller ska börja med det.",
        Formon::SarskiltHogriskskydd => "Du har en sjukdom som gör att du kan bli sjuk ofta eller länge.",
        Formon::Arbetshjalpmedel => "Du behöver hjälpmedel för att kunna arbeta, och du har ett arbete.",
        Formon::Graviditetspenning => "Du är gravid och har ett fysiskt ansträngande arbete. Det är mellan 60 och 11 dagar kvar till beräknad förlossning.",
    }
}

fn reason_en(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "You are under 30 and turn 19 this year or are older. Your ability to work is reduced by at least a quarter for at least a year, or your schooling takes longer because of a disability.",
        Formon::Sjukersattning => "Your ability to work is reduced by at least a quarter, and the reduction is permanent. You do not have sickness or activity compensation today.",
        Formon::Bostadstillagg => "You have sickness or activity compensation but have not applied for housing supplement.",
        Formon::SjukpenningSarskildaFall => "Your activity compensation ends, or has ended, the month before you turn 30. Your ability to work is reduced by at least a quarter. Sickness benefit in special cases can be paid from the day after the activity compensation ends.",
        Formon::RehabiliteringspenningSarskildaFall => "Your activity compensation ends, or has ended, the month before you turn 30, and you take part in rehabilitation or are about to. Rehabilitation benefit in special cases can be paid from the day after the activity compensation ends.",
        Formon::Omstallningsmote => "Your sickness benefit has stopped, or may stop, because your ability to work is compared with jobs that are common on the labour market.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "You are on sick leave and not unemployed. If you are employed, your employer can get a grant for support that helps you back to work.",
        Formon::Arbetsskadelivranta => "Your injury or illness is caused by your work. It reduces your income by at least one fifteenth, and this is expected to last at least a year.",
        Formon::ForebyggandeSjukpenning => "You need to be away from work for treatment or rehabilitation that will prevent an illness or make it shorter.",
        Formon::Rehabiliteringspenning => "You take part in vocational rehabilitation, or are about to.",
        Formon::SarskiltHogriskskydd => "You have an illness that may make you ill often or for a long time.",
        Formon::Arbetshjalpmedel => "You need aids to be able to work, and you have a job.",
        Formon::Graviditetspenning => "You are pregnant and have physically demanding work. There are between 60 and 11 days left to the expected date of birth.",
    }
}

fn next_sv(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Gör vårt test om aktivitetsersättning för att se från vilken månad och ungefär hur mycket. Prata med din läkare om ett läkarutlåtande och ansök på Mina sidor.",
        Formon::Sjukersattning => "Gör vårt test om sjukersättning för att se ungefär hur mycket. Prata med din läkare om ett läkarutlåtande och ansök på Mina sidor.",
        Formon::Bostadstillagg => "Ansök om bostadstillägg på Mina sidor. På forsakringskassan.se kan du räkna ut ungefär hur mycket du kan få.",
        Formon::SjukpenningSarskildaFall => "Ansök om sjukpenning i särskilda fall hos Försäkringskassan, med ett läkarintyg. Fråga samtidigt om boendetillägg.",
        Formon::RehabiliteringspenningSarskildaFall => "Prata med Försäkringskassan om rehabiliteringspenning i särskilda fall. Fråga samtidigt om boendetillägg.",
        Formon::Omstallningsmote => "Skriv in dig hos Arbetsförmedlingen samma dag som sjukpenningen slutar, så att du behåller din sjukpenninggrundande inkomst (SGI). Be om ett möte med Arbetsförmedlingen om vilka arbeten du kan ha.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Berätta för din arbetsgivare om arbetsplatsinriktat rehabiliteringsstöd. Arbetsgivaren köper stödet av en godkänd leverantör och kan få tillbaka hälften av kostnaden.",
        Formon::Arbetsskadelivranta => "Be din läkare om ett intyg som visar att skadan påverkar din arbetsförmåga minst ett år framåt. Ansök om livränta på Mina sidor.",
        Formon::ForebyggandeSjukpenning => "Be din läkare om ett utlåtande med en behandlingsplan. Försäkringskassan behöver godkänna planen innan behandlingen börjar.",
        Formon::Rehabiliteringspenning => "Prata med Försäkringskassan om en plan för din rehabilitering. Du behöver en plan för att få rehabiliteringspenning.",
        Formon::SarskiltHogriskskydd => "Be din läkare om ett utlåtande. Du eller din arbetsgivare ansöker om särskilt högriskskydd hos Försäkringskassan.",
        Formon::Arbetshjalpmedel => "Prata med din arbetsgivare och ansök innan hjälpmedlet köps. Har du varit anställd kortare tid än 12 månader ansöker du hos Arbetsförmedlingen.",
        Formon::Graviditetspenning => "Fråga din arbetsgivare om du kan få lättare arbetsuppgifter. Går det inte, ansök om graviditetspenning på Mina sidor så snart som möjligt.",
    }
}

fn next_en(b: Formon) -> &'static str {
    match b {
        Formon::Aktivitetsersattning => "Take our self-test on activity compensation to see from which month and roughly how much. Talk to your doctor about a medical statement and apply on Mina sidor.",
        Formon::Sjukersattning => "Take our self-test on sickness compensation to see roughly how much. Talk to your doctor about a medical statement and apply on Mina sidor.",
        Formon::Bostadstillagg => "Apply for housing supplement on Mina sidor. On forsakringskassan.se you can work out roughly how much you may get.",
        Formon::SjukpenningSarskildaFall => "Apply to Försäkringskassan for sickness benefit in special cases, with a medical certificate. Ask about the housing allowance (boendetillägg) at the same time.",
        Formon::RehabiliteringspenningSarskildaFall => "Talk to Försäkringskassan about rehabilitation benefit in special cases. Ask about the housing allowance (boendetillägg) at the same time.",
        Formon::Omstallningsmote => "Register with Arbetsförmedlingen on the day your sickness benefit ends, so you keep your sickness-benefit qualifying income (SGI). Ask for a meeting with Arbetsförmedlingen about which jobs you can do.",
        Formon::ArbetsplatsinriktatRehabiliteringsstod => "Tell your employer about workplace-oriented rehabilitation support. The employer buys the support from an approved provider and can get half of the cost back.",
        Formon::Arbetsskadelivranta => "Ask your doctor for a certificate showing that the injury affects your ability to work for at least a year ahead. Apply for the annuity on Mina sidor.",
        Formon::ForebyggandeSjukpenning => "Ask your doctor for a statement with a treatment plan. Försäkringskassan needs to approve the plan before the treatment starts.",
        Formon::Rehabiliteringspenning => "Talk to Försäkringskassan about a plan for your rehabilitation. You need a plan to get rehabilitation benefit.",
        Formon::SarskiltHogriskskydd => "Ask your doctor for a statement. You or your employer apply to Försäkringskassan for special high-risk protection.",
        Formon::Arbetshjalpmedel => "Talk to your employer and apply before the aid is bought. If you have been employed for less than 12 months, you apply to Arbetsförmedlingen.",
        Formon::Graviditetspenning => "Ask your employer whether you can get lighter tasks. If that is not possible, apply for pregnancy benefit on Mina sidor as soon as you can.",
    }
}

fn problem_sv(p: Problem) -> String {
    match p {
        Problem::IdMissing => "id saknas. Varje post behöver ett id.".into(),
        Problem::NotABoolean => "ska vara true/false, 1/0 eller ja/nej.".into(),
        Problem::NotADate => "ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 1990-03-15.".into(),
        Problem::NoSuchDate => "datumet finns inte. Kontrollera dag och månad.".into(),
        Problem::DateTooEarly => "datumet kan inte vara före år 1900.".into(),
        Problem::BirthAfterAsOf => "födelsedatumet är senare än datumet för bedömningen.".into(),
        Problem::NotACapacityLevel => "ska vara 0, 0.25, 0.5, 0.75 eller 1.".into(),
        Problem::NotAWholeNumber { max } => {
            format!("ska vara ett heltal från 0 till {}.", f::number(max.into(), Lang::Sv))
        }
        Problem::Amount(AmountProblem::NotANumber) => "ska vara ett belopp i hela kronor, till exempel 350000.".into(),
        Problem::Amount(AmountProblem::Negative) => "beloppet kan inte vara mindre än 0.".into(),
        Problem::Amount(AmountProblem::HasOre) => "beloppet ska vara i hela kronor, utan öre.".into(),
        Problem::Amount(AmountProblem::TooLarge { max }) => {
            format!("beloppet kan vara högst {} kr.", f::number(max, Lang::Sv))
        }
        Problem::FieldCount { header, row } => {
            format!("raden har {row} fält men rubrikraden har {header}. Posten har inte bedömts.")
        }
        Problem::NotUtf8 => "raden är inte kodad som UTF-8. Spara filen som UTF-8 och försök igen.".into(),
        Problem::TooLong { max } => format!(
            "posten är längre än {} byte och har inte lästs. Läsningen fortsätter efter posten.",
            f::number(max as i64, Lang::Sv)
        ),
        Problem::UnclosedQuote => "ett citattecken som börjar på den här raden stängs inte. \
            Raden har inte bedömts; läsningen fortsätter på nästa rad."
            .into(),
        Problem::DuplicateKey => "fältet finns två gånger i posten (stora och små bokstäver räknas lika).".into(),
        Problem::NotJson => "raden är inte giltig JSON.".into(),
        Problem::NotAnObject => "raden ska vara ett JSON-objekt, till exempel {\"id\": \"A1\"}.".into(),
        Problem::NotAPlainValue => {
            "värdet ska vara text, ett tal, true/false eller null, inte en lista eller ett objekt.".into()
        }
    }
}

fn problem_en(p: Problem) -> String {
    match p {
        Problem::IdMissing => "id is missing. Every record needs an id.".into(),
        Problem::NotABoolean => "must be true/false, 1/0 or ja/nej.".into(),
        Problem::NotADate => "must be a date YYYY-MM-DD, for example 1990-03-15.".into(),
        Problem::NoSuchDate => "the date does not exist. Check the day and the month.".into(),
        Problem::DateTooEarly => "the date cannot be before 1900.".into(),
        Problem::BirthAfterAsOf => "the date of birth is later than the assessment date.".into(),
        Problem::NotACapacityLevel => "must be 0, 0.25, 0.5, 0.75 or 1.".into(),
        Problem::NotAWholeNumber { max } => {
            format!("must be a whole number from 0 to {}.", f::number(max.into(), Lang::En))
        }
        Problem::Amount(AmountProblem::NotANumber) => "must be an amount in whole kronor, for example 350000.".into(),
        Problem::Amount(AmountProblem::Negative) => "the amount cannot be less than 0.".into(),
        Problem::Amount(AmountProblem::HasOre) => "the amount must be in whole kronor, without öre.".into(),
        Problem::Amount(AmountProblem::TooLarge { max }) => {
            format!("the amount can be at most SEK {}.", f::number(max, Lang::En))
        }
        Problem::FieldCount { header, row } => {
            format!("the row has {row} fields but the header has {header}. The record was not assessed.")
        }
        Problem::NotUtf8 => "the row is not encoded as UTF-8. Save the file as UTF-8 and try again.".into(),
        Problem::TooLong { max } => format!(
            "the record is longer than {} bytes and was not read. Reading goes on after the record.",
            f::number(max as i64, Lang::En)
        ),
        Problem::UnclosedQuote => {
            "a quote that opens on this line is not closed. The line was not assessed; reading goes on at the next line."
                .into()
        }
        Problem::DuplicateKey => "the field appears twice in the record (letter case does not count).".into(),
        Problem::NotJson => "the line is not valid JSON.".into(),
        Problem::NotAnObject => "the line must be a JSON object, for example {\"id\": \"A1\"}.".into(),
        Problem::NotAPlainValue => {
            "the value must be text, a number, true/false or null, not a list or an object.".into()
        }
    }
}

/// The words for a step of `rules::alternativ`: for a suggestion the entry's reason, else that
/// it does not fit or could not be assessed.
pub fn steg(s: &Steg) -> super::Msg {
    super::Msg::Alternativ(match *s {
        Steg::Foreslas { formon } => AltMsg::Reason(formon),
        Steg::ForeslasInte { formon } => AltMsg::NotSuggested(formon),
        Steg::InteBedomd { formon, .. } => AltMsg::NotAssessed(formon),
    })
}

/// The words for a failed step of `rules::alternativ`: the condition, the person's value, the
/// limit. The catalogue never fails a step (its outcome names no failed criterion: each entry
/// is suggested, not suggested or not assessed), so the step's own words stand for all three.
pub fn failed(s: &Steg) -> (super::Msg, super::Msg, super::Msg) {
    let words = steg(s);
    (words.clone(), words.clone(), words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::alternativ::KATALOG;

    #[test]
    fn each_step_is_worded_as_the_entry_it_is_about() {
        for p in KATALOG.iter() {
            let f = p.formon;
            let words = |s: Steg| steg(&s);
            assert_eq!(words(Steg::Foreslas { formon: f }), super::super::Msg::Alternativ(AltMsg::Reason(f)));
            assert_eq!(words(Steg::ForeslasInte { formon: f }), super::super::Msg::Alternativ(AltMsg::NotSuggested(f)));
            let not = Steg::InteBedomd { formon: f, saknas: "x" };
            assert_eq!(words(not.clone()), super::super::Msg::Alternativ(AltMsg::NotAssessed(f)));
            assert_eq!(failed(&not).0, steg(&not));
        }
        let reason = steg(&Steg::Foreslas { formon: Formon::Arbetshjalpmedel }).render(Lang::En);
        assert_eq!(reason, "You need aids to be able to work, and you have a job.");
    }
}
