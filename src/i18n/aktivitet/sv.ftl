# The self-test.
ae-title = Aktivitetsersättning och sjukersättning
ae-intro = Svara på några frågor. Då får du veta om du kan ha rätt till aktivitetsersättning eller sjukersättning, från vilken månad och ungefär hur mycket. Aktivitetsersättning är pengar till dig mellan 19 och 29 år som inte kan arbeta fullt på grund av sjukdom eller funktionsnedsättning. Sjukersättning är samma sak för dig som är 30 år eller äldre. Det är Försäkringskassan som beslutar om du får ersättningen.
ae-q-birth-date = När är du född?
ae-n-birth-date = Födelsedatum
ae-q-insured = Bor eller arbetar du i Sverige?
ae-n-insured = Bor eller arbetar i Sverige
ae-h-insured = För att få ersättningen behöver du vara försäkrad i Sverige. Det är du oftast om du bor eller arbetar här.
ae-choice-lives-in-sweden = Jag bor i Sverige
ae-choice-works-in-sweden = Jag arbetar i Sverige men bor i ett annat land
ae-choice-neither = Nej, inget av det
ae-q-grund = Varför behöver du ersättning?
ae-n-grund = Varför du behöver ersättning
ae-choice-reduced-capacity = Jag kan inte arbeta fullt på grund av sjukdom, skada eller funktionsnedsättning
ae-choice-schooling = Jag går fortfarande i skolan, eftersom min funktionsnedsättning gör att skolan tar längre tid
ae-h-choice-schooling = Det gäller grundskola eller gymnasieskola, eller en skola som motsvarar dem.
ae-q-reduction = Hur mycket mindre än heltid kan du arbeta?
ae-n-reduction = Hur mycket din arbetsförmåga är nedsatt
ae-h-reduction = Tänk på alla slags arbeten, även anpassade arbeten, inte bara ditt nuvarande arbete. Minst en fjärdedel betyder att du kan arbeta högst 75 procent av en heltid. Helt betyder att du inte kan arbeta alls. Försäkringskassan bedömer det till slut, utifrån din läkares utlåtande.
ae-q-duration = Hur länge tror du och din läkare att du inte kan arbeta som vanligt?
ae-n-duration = Hur länge du inte kan arbeta som vanligt
ae-choice-less-than-year = Kortare tid än ett år
ae-choice-at-least-year = Minst ett år, men det kan bli bättre
ae-choice-permanent = Det blir inte bättre
ae-h-choice-permanent = Inte heller med behandling eller rehabilitering.
ae-choice-dont-know = Jag vet inte
ae-q-schooling-disability = Tar din skolgång längre tid på grund av en funktionsnedsättning?
ae-n-schooling-disability = Skolgång som tar längre tid
ae-h-schooling-disability = Till exempel om du går om en årskurs eller läser i långsammare takt på grund av din funktionsnedsättning.
ae-q-schooling-ends = Vilken månad räknar du med att skolgången slutar?
ae-n-schooling-ends = Månad då skolgången slutar
ae-q-lived-since-16 = Har du bott i Sverige hela tiden sedan du fyllde 16 år?
ae-n-lived-since-16 = Bott i Sverige sedan 16 år
ae-h-lived-since-16 = Garantiersättningen beror på hur länge du har bott i Sverige. Svara ja om du har fyllt 16 år nyligen och har bott här sedan dess.
ae-q-years-in-sweden = Hur många år har du bott i Sverige sedan du fyllde 16 år?
ae-n-years-in-sweden = År i Sverige sedan 16 år
ae-h-years-in-sweden = Skriv ett heltal. Räkna åren då du bodde här, från det år du fyllde 16 till och med förra året. Åren fram till det år du fyller 64 lägger vi till själva.
ae-q-had-income = Har du haft inkomst av arbete i Sverige under minst ett år?
ae-n-had-income = Inkomst av arbete i minst ett år
ae-h-had-income = Till exempel lön eller inkomst från eget företag. Då kan du få inkomstrelaterad ersättning.
ae-q-income = Ungefär hur mycket tjänade du per år före skatt, innan du blev sjuk?
ae-n-income = Inkomst per år
ae-h-income = Räkna med ett genomsnitt av dina bästa år innan du blev sjuk. Har du fått ett beslut från Försäkringskassan där det står en antagandeinkomst? Skriv då den summan.
ae-q-income-basis = Hur vill du ange din inkomst?
ae-n-income-basis = Sätt att ange inkomst
ae-choice-yearly-incomes = Räkna ut den från mina årsinkomster de senaste fem åren
ae-choice-antagandeinkomst = Jag vet min antagandeinkomst
ae-h-choice-antagandeinkomst = Antagandeinkomsten står i Försäkringskassans beslut eller beräkning.
ae-q-income-years-ago = { $n ->
    [1] Hur mycket tjänade du förra året, före skatt?
   *[other] Hur mycket tjänade du för { $n } år sedan, före skatt?
}
ae-n-income-years-ago = { $n ->
    [1] Inkomst förra året
   *[other] Inkomst för { $n } år sedan
}
ae-h-income-year = Lön och inkomst från eget företag, före skatt, för hela året. Skriv 0 om du inte hade någon inkomst. Beloppen finns i din deklaration.

# Rule steps (conditions read as the requirement; the check says met or not).
ae-insured-in-sweden = Du behöver vara försäkrad i Sverige. Det är du oftast om du bor eller arbetar här.
ae-insured-cross-border = Du har svarat att du arbetar i Sverige men bor i ett annat land. Då avgör EU:s regler vilket land som ska betala. Det kan vi inte bedöma här.
ae-value-not-insured = Du varken bor eller arbetar i Sverige
ae-limit-insured = Du bor eller arbetar i Sverige
ae-ae-window = Du kan få aktivitetsersättning från juli det år du fyller 19 år till och med månaden innan du fyller 30 år. För dig är det från { $from } till och med { $through }.
ae-assessed-against-whole-labour-market = Försäkringskassan jämför din arbetsförmåga med alla arbeten på arbetsmarknaden, även anpassade arbeten. Inte bara med ditt nuvarande arbete.
ae-reduction-at-least-quarter = Din arbetsförmåga ska vara nedsatt med minst en fjärdedel. Det betyder att du kan arbeta högst 75 procent av en heltid.
ae-lasts-at-least-a-year = Din arbetsförmåga ska vara nedsatt i minst ett år.
ae-duration-unknown = Du har svarat att du inte vet hur länge du inte kan arbeta som vanligt. Därför kan vi inte bedöma om du har rätt till ersättningen.
ae-value-less-than-year = Kortare tid än ett år
ae-limit-at-least-year = Minst ett år
ae-permanent = För sjukersättning ska din arbetsförmåga vara nedsatt så långt fram i tiden som går att se. Den ska inte bli bättre, inte heller med behandling eller rehabilitering.
ae-value-at-least-year-not-permanent = Minst ett år, men det kan bli bättre
ae-limit-permanent = Det blir inte bättre, inte heller med behandling eller rehabilitering
ae-at-most-three-years = Ett beslut om aktivitetsersättning gäller i högst tre år. Sedan behöver du ansöka igen.
ae-full-sa-before-30 = Kan du inte arbeta alls, och blir det inte bättre? Då kan du få hel sjukersättning redan före 30 år, i stället för aktivitetsersättning.
ae-when-ae-ends-at-30 = Aktivitetsersättningen slutar senast i { $month }, månaden innan du fyller 30 år. Efter det kan du kanske få sjukersättning, sjukpenning i särskilda fall eller rehabiliteringspenning i särskilda fall.
ae-schooling-extended-by-disability = Din skolgång ska ta längre tid på grund av en funktionsnedsättning.
ae-schooling-not-finished-by-july-19 = Din skolgång ska fortsätta efter juli det år du fyller 19 år ({ $july }).
ae-value-schooling-ends = Skolgången slutar i { $month }
ae-limit-schooling-after = Skolgången pågår efter { $month }
ae-schooling-goes-on = Du får ersättningen bara medan skolgången pågår. Den ska pågå i { $from } eller senare.
ae-limit-schooling-from = Skolgången pågår i { $month } eller senare
ae-schooling-always-full = Vid förlängd skolgång får du alltid hel aktivitetsersättning, så länge skolgången pågår.
ae-sa-age-limit = Du kan få sjukersättning längst till och med { $last }, månaden innan du når åldersgränsen.
ae-sa-age-limit-undecided = Enligt lagen som gäller nu följer åldersgränsen riktåldern för pension. Den senast beslutade riktåldern är { $age } år. Riktåldern för { $year }, det år du fyller { $age }, är inte beslutad ännu. Blir den högre kan du få sjukersättning längre.
ae-limit-through = Till och med { $month }
ae-older-applicant-rule = Enligt ditt födelsedatum har du högst fem år kvar till åldersgränsen. Då jämför Försäkringskassan din arbetsförmåga med vanliga arbeten som du har haft de senaste 15 åren. Försäkringskassan kan också jämföra med annat lämpligt arbete som finns för dig.
ae-older-applicant-rule-unknown = Det finns en särskild regel för dig som har högst fem år kvar till åldersgränsen. Om den gäller dig beror på en åldersgräns som inte är bestämd ännu. Försäkringskassan bedömer det när du ansöker.
ae-age-limit-follows-riktalder = Sjukersättningen slutar månaden innan du når åldersgränsen. Gränsen följer riktåldern för pension och bestäms sex år i förväg.
ae-sick-pay-or-rehab-instead = Om din arbetsförmåga kan bli bättre kan sjukpenning eller rehabiliteringspenning passa dig bättre.
ae-back-pay-from = Du kan få ersättning för högst tre månader före den månad du ansöker. Ansöker du i { $applied } kan du få den tidigast från { $from }, om du hade rätt till den redan då.
ae-row-back-pay-from = Om du ansöker nu, tidigast från
ae-step-forsakringstid = Försäkringstiden är { $years } av 40 år. Då blir garantinivån { $amount } per år.
ae-step-framtida-forsakringstid = Försäkringstiden är den tid som räknas för garantiersättningen. Enligt dina svar har du bott i Sverige { $faktisk } år från det år du fyllde 16. Till det lägger vi { $framtida } år fram till det år du fyller 64 (framtida försäkringstid). Sammanlagt räknas { $total } år. Mer än 40 år räknas aldrig.
ae-step-no-income = Du har svarat att du inte har haft inkomst av arbete under minst ett år. Då räknar vi inte med någon inkomstrelaterad ersättning.
ae-step-antagandeinkomst = Antagandeinkomst: genomsnittet av de { $best } högsta åren = { $amount } per år. Försäkringskassan kan titta på upp till åtta år, så den kan bli högre.
ae-step-income-capped = Inkomsten { $income } är högre än taket 7,5 prisbasbelopp. Vi räknar med { $cap }.
ae-step-inkomstrelaterad = Inkomstrelaterad ersättning: { $share } av { $income } = { $amount } per år.
ae-step-top-up = Garantiersättningen fyller ut upp till garantinivån: { $ir } + { $garanti } = { $total } per år vid hel ersättning.
ae-step-level = Med { $level } ersättning blir det { $per-year } per år.
ae-step-per-month = Per månad från { $month }: { $per-month }.

# The result.
ae-head-may-be-ae = Du kan ha rätt till { $level } aktivitetsersättning
ae-head-may-be-sa = Du kan ha rätt till { $level } sjukersättning
ae-head-probably-not-ae = Du har troligen inte rätt till aktivitetsersättning
ae-head-probably-not-sa = Du har troligen inte rätt till sjukersättning
ae-head-probably-not = Du har troligen inte rätt till aktivitetsersättning eller sjukersättning
ae-head-cannot-tell = Vi kan inte bedöma det utifrån dina svar
ae-row-benefit = Ersättning
ae-benefit-ae-nedsatt = Aktivitetsersättning vid nedsatt arbetsförmåga
ae-benefit-ae-skolgang = Aktivitetsersättning vid förlängd skolgång
ae-benefit-sa = Sjukersättning
ae-row-level = Nivå
ae-row-first-month = Tidigast från
ae-row-last-month = Längst till och med
ae-last-month-not-yet-decided = Inte bestämt ännu (beror på riktåldern för pension)
ae-row-per-month = Ungefär per månad, före skatt
ae-row-per-year = Ungefär per år, före skatt
ae-row-garantiniva = Lägsta nivå per år (garantinivå)
ae-row-inkomstrelaterad = Del som beror på din tidigare inkomst (inkomstrelaterad ersättning), per år
ae-row-garantiersattning = Del som fyller upp till garantinivån (garantiersättning), per år
ae-row-from-month = Från { $month }, per månad
ae-estimate-forsakringstid = Vi har räknat försäkringstiden som om din arbetsförmåga blev nedsatt i år. Har du bott eller arbetat i ett annat EU-land, eller kom du hit som flykting? Då kan Försäkringskassan räkna med mer tid. Garantiersättningen här är då den lägsta du kan få.
ae-note-not-considered = Testet räknar inte med skatt eller bostadstillägg. Det räknar inte heller med att ersättningen kan bli lägre om du får livränta vid arbetsskada. Detsamma gäller om du får ersättning från andra länder. Testet räknar inte med särskilda regler för tid i andra EU-länder eller för flyktingar. Det bedömer inte arbete eller studier med vilande ersättning. Det bedömer inte heller försäkringar genom ditt arbete, till exempel från AFA Försäkring.
ae-next-medical-certificate = Prata med din läkare om ett läkarutlåtande. Det ska beskriva hur sjukdomen eller funktionsnedsättningen påverkar din förmåga att arbeta.
ae-next-school-certificate = Be skolan om ett intyg om när skolgången började och när den ska sluta. Går du i en vanlig skolform behöver du också ett läkarutlåtande om hur funktionsnedsättningen påverkar skolgången.
ae-next-apply = Ansök på Mina sidor på { -fk-web }. Du kan också ringa Försäkringskassan på { -fk-phone }.
ae-next-older-applicant = När du ansöker får du svara på frågor om vilka arbeten du har haft de senaste 15 åren.
ae-next-bostadstillagg = Har du höga kostnader för din bostad? Då kan du också ha rätt till bostadstillägg.
ae-next-cannot-tell = Ring Försäkringskassan på { -fk-phone }, så får du hjälp att se vad som gäller för dig.
ae-next-probably-not = Om din situation ändras kan du göra testet igen. Är du osäker kan du ringa Försäkringskassan på { -fk-phone }.
ae-level-from-reduction = Enligt dina svar är din arbetsförmåga nedsatt { $share }. Det kan ge { $level } ersättning.

# Amount steps.
ae-step-garantiniva = Garantinivå för { $band ->
        [under21] dig under 21 år
        [fran21] dig som är 21 eller 22 år
        [fran23] dig som är 23 eller 24 år
        [fran25] dig som är 25 eller 26 år
        [fran27] dig som är 27 eller 28 år
        [fran29] dig som är 29 år
       *[fran30] sjukersättning från 30 år
    }: { $factor } × prisbasbeloppet { $pbb } = { $amount } per år.
ae-step-income-year-capped = Inkomst { $year }: { $income }, högre än taket 7,5 prisbasbelopp det året. Vi räknar om den till dagens prisnivå: { $counted }.
ae-step-income-year = Inkomst { $year }: { $income }. Vi räknar om den till dagens prisnivå med prisbasbeloppet: { $counted }.
