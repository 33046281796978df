# The meeting sheet (issue 13): a one-page summary to print or save as PDF and bring to a
# meeting, with the questions the person may ask there.

sheet-open = Sammanfattning inför ett möte
sheet-title = Sammanfattning inför mötet
sheet-intro = Ta med den här sidan när du träffar Försäkringskassan, Arbetsförmedlingen, din arbetsgivare eller vården. Det är ett självtest, inte ett beslut.
sheet-made = Gjord { $date } med reglerna från { $version }.
sheet-result = Resultat
sheet-reasons = Därför
sheet-answers = Dina svar
sheet-to-ask = Frågor du kan ställa
sheet-link = Öppna resultatet igen
sheet-link-hint = Länken innehåller dina svar. Dela den bara med den du vill.
sheet-print = Skriv ut eller spara som PDF
sheet-close = Tillbaka till resultatet

# Whom a question is for.
whom = { $whom ->
        [forsakringskassan] Till Försäkringskassan
        [arbetsformedlingen] Till Arbetsförmedlingen
        [arbetsgivaren] Till din arbetsgivare
       *[varden] Till din läkare eller vården
    }

# Questions shared by the self-tests.
ask-other-support = Finns det någon annan ersättning eller något annat stöd som passar mig?
ask-work-or-studies = Kan ni hjälpa mig att hitta ett arbete eller en utbildning som passar mig?

# Aktivitetsersättning and sjukersättning.
ae-ask-certificate = Vad behöver läkarutlåtandet innehålla för att ni ska kunna bedöma min arbetsförmåga?
ae-ask-from-month = Från vilken månad kan jag få pengar om jag ansöker nu?
ae-ask-sa-instead = Kan jag få sjukersättning i stället för aktivitetsersättning?
ae-ask-school-certificate = Vilket intyg från skolan behöver ni?
ae-ask-doctor-duration = Kan du skriva hur länge du tror att min arbetsförmåga är nedsatt, och varför?

# Livränta vid arbetsskada.
lr-ask-employer-report = Har ni anmält min arbetsskada till Försäkringskassan? Om inte, kan ni göra det nu?
lr-ask-income-before = Vilken inkomst före skadan räknar ni med, och vilka år tittar ni på?
lr-ask-doctor-link = Kan du skriva i intyget hur skadan eller sjukdomen påverkar min förmåga att arbeta?
lr-ask-decision-status = När kan jag få ett beslut om min arbetsskada?

# Sjukpenning.
sp-ask-sick-pay = Hur mycket sjuklön får jag de första 14 dagarna, och hur stort blir karensavdraget?
sp-ask-sgi = Vilken sjukpenninggrundande inkomst (SGI) räknar ni med för mig?
sp-ask-adjustments = Vilka ändringar i mitt arbete kan ni göra så att jag kan komma tillbaka?
sp-ask-day-181 = Hur jämför ni min arbetsförmåga från dag 181, och vad händer om ni säger nej?
sp-ask-no-sgi = Vad behöver jag göra för att få en SGI?

# Other benefits and support: one question per entry that may fit.
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
        [arbetsresor] ersättning för arbetsresor i stället för sjukpenning
        [graviditetspenning_risk] graviditetspenning för att arbetsmiljön är en risk
        [sjukpenning_efter_ae] sjukpenning när aktivitetsersättningen slutar
       *[graviditetspenning] graviditetspenning
    }? Vad behöver ni från mig för att bedöma det?
alt-ask-omstallningsmote = Kan vi ha ett möte om vilket stöd jag kan få för att komma tillbaka till arbete?
alt-ask-arbetsplatsinriktat-rehabiliteringsstod = Kan ni ansöka om arbetsplatsinriktat rehabiliteringsstöd för mig?
alt-ask-arbetshjalpmedel = Vilka arbetshjälpmedel kan ni ordna för mig, och kan ni få bidrag för dem?
alt-ask-graviditetspenning-employer = Kan jag få andra arbetsuppgifter som är mindre tunga medan jag är gravid?
alt-ask-graviditetspenning-risk-employer = Kan jag flyttas till ett annat arbete utan risk medan jag är gravid? Om inte, kan ni ge mig ett intyg om förbudet?
alt-ask-arbetsloshetsersattning = Hur skriver jag in mig som arbetssökande, och kan jag få ersättning från a-kassan eller aktivitetsstöd?
alt-ask-af-mote-efter-avslag = Kan vi ha ett möte om vilket arbete och vilket stöd som passar mig, nu när jag har fått avslag?
alt-ask-omprovning = Hur begär jag omprövning av beslutet, och vad behöver ni för att ändra det?
