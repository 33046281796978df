# The self-test.
ae-title = Aktivitetsersättning och sjukersättning
ae-intro = Svara på några frågor. Då får du veta om du kan få aktivitetsersättning eller sjukersättning. Du får också veta från när och ungefär hur mycket. Aktivitetsersättning är pengar till dig som är mellan 19 och 29 år. Du kan få den om du inte kan arbeta fullt. Det kan bero på en sjukdom eller en funktionsnedsättning. Sjukersättning är samma sak för dig som är 30 år eller äldre. Det är Försäkringskassan som bestämmer om du får pengarna.
ae-q-birth-date = När är du född?
ae-n-birth-date = Född
ae-q-insured = Bor du eller arbetar du i Sverige?
ae-n-insured = Bor eller arbetar i Sverige
ae-h-insured = Du måste vara försäkrad i Sverige för att få pengarna. Det är du oftast om du bor eller arbetar här.
ae-choice-lives-in-sweden = Jag bor i Sverige
ae-choice-works-in-sweden = Jag arbetar i Sverige men bor i ett annat land
ae-choice-neither = Nej, inget av det
ae-q-grund = Varför behöver du pengar?
ae-n-grund = Varför du behöver pengar
ae-choice-reduced-capacity = Jag kan inte arbeta fullt för att jag är sjuk, skadad eller har en funktionsnedsättning
ae-choice-schooling = Jag går kvar i skolan längre för att jag har en funktionsnedsättning
ae-h-choice-schooling = Det gäller grundskolan och gymnasiet. Det gäller också skolor som liknar dem.
ae-q-reduction = Hur mycket mindre än heltid kan du arbeta?
ae-n-reduction = Hur mycket du inte kan arbeta
ae-h-reduction = Tänk på alla sorters jobb, inte bara på ditt jobb nu. Minst en fjärdedel betyder att du kan arbeta högst 75 procent av en heltid. Helt betyder att du inte kan arbeta alls. Din läkare skriver om det i ett läkarutlåtande.
ae-q-duration = Hur länge tror du och din läkare att du inte kan arbeta som vanligt?
ae-n-duration = Hur länge du inte kan arbeta som vanligt
ae-choice-less-than-year = Kortare tid än ett år
ae-choice-at-least-year = Minst ett år, men det kan bli bättre
ae-choice-permanent = Det blir inte bättre
ae-h-choice-permanent = Inte heller om du får behandling eller rehabilitering. Rehabilitering är hjälp att bli bättre och kunna arbeta igen.
ae-choice-dont-know = Jag vet inte
ae-q-schooling-disability = Tar skolan längre tid för dig för att du har en funktionsnedsättning?
ae-n-schooling-disability = Skolan tar längre tid
ae-h-schooling-disability = Till exempel om du går om en årskurs. Eller om du läser långsammare för att du har en funktionsnedsättning.
ae-q-schooling-ends = Vilken månad tror du att du slutar skolan?
ae-n-schooling-ends = Månad när du slutar skolan
ae-q-lived-since-16 = Har du bott i Sverige hela tiden sedan du fyllde 16 år?
ae-n-lived-since-16 = Bott i Sverige sedan du var 16
ae-h-lived-since-16 = Hur mycket du kan få beror på hur länge du har bott i Sverige. Har du nyss fyllt 16 år och bott här sedan dess? Svara då ja.
ae-q-years-in-sweden = Hur många år har du bott i Sverige sedan du fyllde 16 år?
ae-n-years-in-sweden = År i Sverige sedan du var 16
ae-h-years-in-sweden = Skriv ett helt tal. Räkna åren då du bodde här. Börja med året då du fyllde 16. Sluta med förra året. Åren fram till att du fyller 64 räknar vi med själva.
ae-q-had-income = Har du tjänat pengar på arbete i Sverige i minst ett år?
ae-n-had-income = Tjänat pengar på arbete i minst ett år
ae-h-had-income = Till exempel lön eller pengar från ditt eget företag. Då kan du få en del som beror på din lön.
ae-q-income = Ungefär hur mycket tjänade du på ett år innan du blev sjuk?
ae-n-income = Inkomst på ett år
ae-h-income = Räkna före skatt. Ta ett genomsnitt av dina bästa år innan du blev sjuk. Står det en antagandeinkomst i ett beslut från Försäkringskassan? Skriv då den summan.
ae-q-income-basis = Hur vill du skriva din inkomst?
ae-n-income-basis = Hur du skriver din inkomst
ae-choice-yearly-incomes = Jag skriver vad jag tjänade varje år de senaste fem åren
ae-choice-antagandeinkomst = Jag vet min antagandeinkomst
ae-h-choice-antagandeinkomst = Det är den inkomst som Försäkringskassan räknar med. Den står i ett beslut eller en beräkning från Försäkringskassan.
ae-q-income-years-ago = { $n ->
    [1] Hur mycket tjänade du förra året, före skatt?
   *[other] Hur mycket tjänade du för { $n } år sedan, före skatt?
}
ae-n-income-years-ago = { $n ->
    [1] Inkomst förra året
   *[other] Inkomst för { $n } år sedan
}
ae-h-income-year = Räkna med lön och pengar från eget företag. Räkna före skatt och för hela året. Skriv 0 om du inte tjänade något. Summan finns i din deklaration.

# Rule steps (conditions read as the requirement; the check says met or not).
ae-insured-in-sweden = Du måste vara försäkrad i Sverige. Det är du oftast om du bor eller arbetar här.
ae-insured-cross-border = Du har svarat att du bor i ett annat land men arbetar i Sverige. Då bestämmer EU:s regler vilket land som ska betala. Det kan testet inte svara på.
ae-value-not-insured = Du bor inte och arbetar inte i Sverige
ae-limit-insured = Du bor eller arbetar i Sverige
ae-ae-window = Du kan få aktivitetsersättning från juli det år du fyller 19 år. Den sista månaden är månaden innan du fyller 30 år. För dig är det från { $from } till och med { $through }.
ae-assessed-against-whole-labour-market = Försäkringskassan tittar på alla sorters jobb. Inte bara på det jobb du har nu. Det gäller också jobb som är anpassade för dig.
ae-reduction-at-least-quarter = Ett krav är att du kan arbeta högst 75 procent av en heltid.
ae-lasts-at-least-a-year = Det måste vara så i minst ett år.
ae-duration-unknown = Du har svarat att du inte vet hur länge det varar. Därför kan vi inte svara.
ae-value-less-than-year = Kortare tid än ett år
ae-limit-at-least-year = Minst ett år
ae-permanent = Din förmåga att arbeta får inte kunna bli bättre. Inte heller med behandling eller rehabilitering.
ae-value-at-least-year-not-permanent = Minst ett år, men det kan bli bättre
ae-limit-permanent = Det blir inte bättre
ae-at-most-three-years = Du får aktivitetsersättning i högst tre år i taget. Sedan måste du söka igen.
ae-full-sa-before-30 = Kommer du aldrig att kunna arbeta? Då kan du få sjukersättning i stället. Det gäller även om du är yngre än 30 år.
ae-when-ae-ends-at-30 = Aktivitetsersättningen slutar när du fyller 30 år. Den sista månaden är { $month }. Sedan kan du kanske få andra pengar. Fråga Försäkringskassan.
ae-schooling-extended-by-disability = Skolan måste ta längre tid för att du har en funktionsnedsättning.
ae-schooling-not-finished-by-july-19 = Du måste gå kvar i skolan efter { $july }, det år du fyller 19 år.
ae-value-schooling-ends = Skolan slutar i { $month }
ae-limit-schooling-after = Skolan fortsätter efter { $month }
ae-schooling-goes-on = Du måste gå i skolan i { $from } eller senare.
ae-limit-schooling-from = Skolan fortsätter i { $month } eller senare
ae-schooling-always-full = Du får hel aktivitetsersättning så länge du går kvar i skolan.
ae-sa-age-limit = Sjukersättning finns bara fram till en viss ålder. För dig är sista månaden { $last }.
ae-sa-age-limit-undecided = Vi har räknat med att sjukersättningen slutar när du fyller { $age } år. Det säger lagen nu. Men åldern för { $year } är inte bestämd än. Den kan bli högre.
ae-limit-through = Till och med { $month }
ae-older-applicant-rule = Du är nära åldern för pension. Då jämför Försäkringskassan med arbeten som du har haft de senaste 15 åren.
ae-older-applicant-rule-unknown = Det finns en särskild regel för dig som snart ska gå i pension. Vi vet inte om den gäller dig. Det beror på en ålder som inte är bestämd än. Försäkringskassan tittar på det när du söker.
ae-age-limit-follows-riktalder = Sjukersättningen slutar när du når en viss ålder. Åldern bestäms några år i förväg.
ae-sick-pay-or-rehab-instead = Kan du bli bättre? Då kan sjukpenning eller rehabiliteringspenning passa dig bättre.
ae-back-pay-from = Du kan få pengar för tiden innan du söker. Men bara för tre månader bakåt. Söker du i { $applied } kan du få pengar tidigast från { $from }.
ae-row-back-pay-from = Söker du nu kan du få pengar från
ae-step-forsakringstid = Vi räknar med { $years } år av 40 möjliga. Därför blir den lägsta nivån { $amount } på ett år.
ae-step-framtida-forsakringstid = Du har bott i Sverige { $faktisk } år sedan du fyllde 16. Vi lägger till { $framtida } år fram till året du fyller 64. Men vi kan räkna med högst 40 år. För dig räknar vi med { $total } år.
ae-step-no-income = Du har svarat att du inte har tjänat pengar på arbete i minst ett år. Därför räknar vi inte med någon del som beror på din lön.
ae-step-antagandeinkomst = Vi tar de { $best } år då du tjänade mest. I genomsnitt blir det { $amount } på ett år. Försäkringskassan kan titta på upp till åtta år. Då kan summan bli högre.
ae-step-income-capped = Din inkomst är { $income }. Det är mer än gränsen. Vi räknar bara med { $cap }.
ae-step-inkomstrelaterad = Delen som beror på din lön är { $share } av { $income }. Det blir { $amount } på ett år.
ae-step-top-up = Delen som fyller upp till den lägsta nivån är { $garanti } på ett år. Tillsammans med delen som beror på din lön blir det { $total }. Det gäller om du får hel ersättning.
ae-step-level = Med { $level } ersättning blir det { $per-year } på ett år.
ae-step-per-month = Från { $month } blir det { $per-month } i månaden.

# The result.
ae-head-may-be-ae = Du kan få { $level } aktivitetsersättning
ae-head-may-be-sa = Du kan få { $level } sjukersättning
ae-head-probably-not-ae = Du kan troligen inte få aktivitetsersättning
ae-head-probably-not-sa = Du kan troligen inte få sjukersättning
ae-head-probably-not = Du kan troligen inte få aktivitetsersättning eller sjukersättning
ae-head-cannot-tell = Testet kan inte ge dig något svar
ae-row-benefit = Ersättning
ae-benefit-ae-nedsatt = Aktivitetsersättning, för att du inte kan arbeta fullt
ae-benefit-ae-skolgang = Aktivitetsersättning, för att skolan tar längre tid
ae-benefit-sa = Sjukersättning
ae-row-level = Hur mycket
ae-row-first-month = Från
ae-row-last-month = Som längst till och med
ae-last-month-not-yet-decided = Det är inte bestämt än
ae-row-per-month = Ungefär så här mycket i månaden
ae-row-per-year = Ungefär så här mycket på ett år
ae-row-garantiniva = Lägsta nivå på ett år
ae-row-inkomstrelaterad = Del som beror på din lön, på ett år
ae-row-garantiersattning = Del som fyller upp till lägsta nivån, på ett år
ae-row-from-month = Från { $month }, i månaden
ae-estimate-forsakringstid = Du har inte bott i Sverige hela tiden. Därför kan pengarna bli mindre. Har du bott i ett annat EU-land, eller kom du hit som flykting? Då kan du få mer än vi har räknat med.
ae-note-not-considered = Testet räknar inte med skatt. Det räknar inte med bostadstillägg. Det räknar inte med pengar från andra länder. Det räknar inte med livränta för en skada i arbetet. Sådana pengar kan göra att du får mindre. Testet tittar inte heller på försäkringar genom ditt jobb. Till exempel försäkringar hos AFA Försäkring.
ae-next-medical-certificate = Prata med din läkare. Be om ett läkarutlåtande. Det är ett papper om hur din sjukdom påverkar ditt arbete.
ae-next-school-certificate = Be skolan om ett intyg. Där ska det stå när du började skolan och när du slutar.
ae-next-apply = Sök på { -fk-web }. Logga in på Mina sidor. Du kan också ringa { -fk-phone }.
ae-next-older-applicant = När du söker får du frågor om vilka arbeten du har haft.
ae-next-bostadstillagg = Är ditt boende dyrt? Då kan du kanske också få bostadstillägg.
ae-next-cannot-tell = Ring Försäkringskassan på { -fk-phone }. Då får du hjälp.
ae-next-probably-not = Har något ändrats för dig? Gör testet igen. Du kan också ringa Försäkringskassan på { -fk-phone }.
ae-level-from-reduction = Enligt dina svar är din förmåga att arbeta nedsatt { $share }. Då kan du få { $level } ersättning.

# Amount steps.
ae-step-garantiniva = Den lägsta nivån för { $band ->
        [under21] dig under 21 år
        [fran21] dig som är 21 eller 22 år
        [fran23] dig som är 23 eller 24 år
        [fran25] dig som är 25 eller 26 år
        [fran27] dig som är 27 eller 28 år
        [fran29] dig som är 29 år
       *[fran30] sjukersättning från 30 år
    } är { $amount } på ett år.
ae-step-income-year-capped = År { $year } tjänade du { $income }. Det är mer än gränsen för det året. Vi räknar om det till dagens priser: { $counted }.
ae-step-income-year = År { $year } tjänade du { $income }. Vi räknar om det till dagens priser: { $counted }.
