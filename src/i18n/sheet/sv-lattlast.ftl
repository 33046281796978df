# The meeting sheet in lättläst: short sentences, familiar words.

sheet-open = Sammanfattning till ett möte
sheet-title = Sammanfattning till mötet
sheet-intro = Ta med den här sidan till ditt möte. Det är ett test. Det är inte ett beslut.
sheet-made = Gjord { $date }. Reglerna är från { $version }.
sheet-result = Resultat
sheet-reasons = Därför
sheet-answers = Dina svar
sheet-to-ask = Frågor du kan ställa
sheet-link = Öppna resultatet igen
sheet-link-hint = Länken har dina svar. Ge den bara till den du vill.
sheet-print = Skriv ut eller spara som PDF
sheet-close = Tillbaka till resultatet

whom = { $whom ->
        [forsakringskassan] Till Försäkringskassan
        [arbetsformedlingen] Till Arbetsförmedlingen
        [arbetsgivaren] Till din chef
       *[varden] Till din läkare
    }

ask-other-support = Finns det andra pengar eller annan hjälp för mig?
ask-work-or-studies = Kan ni hjälpa mig att hitta ett arbete eller en utbildning?

ae-ask-certificate = Vad ska läkaren skriva i intyget?
ae-ask-from-month = Från vilken månad kan jag få pengar?
ae-ask-sa-instead = Kan jag få sjukersättning i stället?
ae-ask-school-certificate = Vilket intyg från skolan behöver ni?
ae-ask-doctor-duration = Hur länge tror du att jag inte kan arbeta som vanligt?

lr-ask-employer-report = Har ni anmält min arbetsskada? Kan ni göra det nu?
lr-ask-income-before = Vilken lön före skadan räknar ni med?
lr-ask-doctor-link = Kan du skriva hur skadan påverkar mitt arbete?
lr-ask-decision-status = När får jag beslut om min arbetsskada?

sp-ask-sick-pay = Hur mycket sjuklön får jag de första 14 dagarna?
sp-ask-sgi = Vilken SGI räknar ni med för mig?
sp-ask-adjustments = Kan ni ändra mitt arbete så att jag kan komma tillbaka?
sp-ask-day-181 = Vad händer från dag 181?
sp-ask-no-sgi = Vad ska jag göra för att få en SGI?

alt-ask-benefit = Kan jag få { $benefit ->
        [aktivitetsersattning] aktivitetsersättning
        [sjukersattning] sjukersättning
        [bostadstillagg] bostadstillägg
        [sjukpenning_sarskilda_fall] sjukpenning i särskilda fall
        [rehabiliteringspenning_sarskilda_fall] rehabiliteringspenning i särskilda fall
        [arbetsskadelivranta] livränta vid arbetsskada
        [forebyggande_sjukpenning] förebyggande sjukpenning
        [rehabiliteringspenning] rehabiliteringspenning
        [sarskilt_hogriskskydd] särskilt högriskskydd
        [arbetsresor] pengar för resor till jobbet
        [graviditetspenning_risk] graviditetspenning för att jobbet är farligt när du är gravid
        [sjukpenning_efter_ae] sjukpenning när aktivitetsersättningen slutar
       *[graviditetspenning] graviditetspenning
    }? Vad behöver ni från mig?
alt-ask-omstallningsmote = Kan vi ha ett möte om hjälp att komma tillbaka till arbete?
alt-ask-arbetsplatsinriktat-rehabiliteringsstod = Kan ni söka stöd för att jag ska komma tillbaka till arbetet?
alt-ask-arbetshjalpmedel = Vilka hjälpmedel kan ni ordna för mig?
alt-ask-graviditetspenning-employer = Kan jag få lättare arbete medan jag är gravid?
alt-ask-graviditetspenning-risk-employer = Kan jag få ett annat arbete som inte är farligt? Kan ni annars skriva ett intyg?
alt-ask-arbetsloshetsersattning = Hur skriver jag in mig? Kan jag få pengar från a-kassan?
alt-ask-af-mote-efter-avslag = Kan vi ha ett möte om vilket arbete som passar mig?
alt-ask-omprovning = Hur ber jag er titta på beslutet igen?
