# The screening's profile "informera" (issue 14): why a record was flagged, a note for the case
# file (third person, for handlers) and a paragraph for a letter to the person.

# How sure a flag is.
inf-sure = { $sure ->
        [may-be-eligible] Kan ha rätt till
       *[should-be-informed] Bör informeras om
    }

# A benefit's name inside a sentence.
inf-benefit = { $benefit ->
        [aktivitetsersattning] aktivitetsersättning
        [sjukersattning] sjukersättning
        [bostadstillagg] bostadstillägg
        [sjukpenning_sarskilda_fall] sjukpenning i särskilda fall
        [rehabiliteringspenning_sarskilda_fall] rehabiliteringspenning i särskilda fall
        [omstallningsmote] ett möte med Arbetsförmedlingen om nytt arbete (omställningsmöte)
        [arbetsplatsinriktat_rehabiliteringsstod] arbetsplatsinriktat rehabiliteringsstöd
        [arbetsskadelivranta] livränta vid arbetsskada
        [forebyggande_sjukpenning] förebyggande sjukpenning
        [rehabiliteringspenning] rehabiliteringspenning
        [sarskilt_hogriskskydd] särskilt högriskskydd
        [arbetshjalpmedel] bidrag till arbetshjälpmedel
        [arbetsresor] ersättning för arbetsresor
        [graviditetspenning_risk] graviditetspenning vid risk i arbetsmiljön
        [sjukpenning_efter_ae] sjukpenning när aktivitetsersättningen slutar
        [arbetsloshetsersattning] ersättning från a-kassan
        [af_mote_efter_avslag] ett möte med Arbetsförmedlingen efter avslag
       *[graviditetspenning] graviditetspenning
    }

# Why: the indicator that fired, with the record's values.
inf-why-arbetsskada-nekad-dag-181 = Sjukpenningen nekades eller drogs in vid prövningen mot normalt förekommande arbete, och personen har en anmäld eller godkänd arbetsskada.
inf-why-arbetsskada-lang-sjukperiod = Personen har en anmäld eller godkänd arbetsskada och är på dag { $dag } i sjukperioden (profilen gäller från dag { $fran }).
inf-why-lang-sjukperiod = Personen är { $alder } år och på dag { $dag } i sjukperioden (profilen gäller från dag { $fran }).
inf-why-nekad-normalt-arbete = Sjukpenningen nekades eller drogs in vid prövningen mot normalt förekommande arbete.
inf-why-nara-dag-181 = Personen är på dag { $dag } i sjukperioden. Från dag 181 prövas arbetsförmågan mot normalt förekommande arbete.
inf-why-ae-slutar = { $ended ->
        [yes] Aktivitetsersättningen har upphört eftersom personen har fyllt 30 år.
       *[no] Aktivitetsersättningen upphör när personen fyller 30 år, om { $manader } månader.
    }
inf-why-beviljad-utan-bts = { $known ->
        [yes] Personen fick sjuk- eller aktivitetsersättning för { $manader } månader sedan och har inte ansökt om bostadstillägg.
       *[no] Personen har sjuk- eller aktivitetsersättning och har inte ansökt om bostadstillägg.
    }
inf-why-graviditet = Personen är gravid. Graviditetspenning kan gälla från { $from }.
inf-why-upprepade-sjukperioder = Personen har en sjukdom som ger många eller långa sjukperioder.
inf-why-sjukskriven-med-arbetsgivare = Personen är på dag { $dag } i sjukperioden och har en arbetsgivare. Arbetsgivaren ska ha en plan för återgång i arbete.

# The note for the case file.
inf-note = { inf-sure } { inf-benefit }. { $why } Lagrum: { $law }.

# A paragraph for a letter to the person, by benefit.
inf-letter-aktivitetsersattning = Du har varit sjukskriven länge. Om du inte kan arbeta fullt under minst ett år på grund av sjukdom eller funktionsnedsättning kan du ha rätt till aktivitetsersättning. Den är till för dig som är mellan 19 och 29 år. Du ansöker hos Försäkringskassan.
inf-letter-sjukersattning = Du har varit sjukskriven länge. Om din arbetsförmåga är nedsatt för all framtid kan du ha rätt till sjukersättning. Du ansöker hos Försäkringskassan, och din läkare behöver skriva ett läkarutlåtande.
inf-letter-bostadstillagg = Du har sjukersättning eller aktivitetsersättning. Då kan du också ha rätt till bostadstillägg, ett bidrag till din boendekostnad. Du ansöker hos Försäkringskassan.
inf-letter-sjukpenning-sarskilda-fall = Din aktivitetsersättning slutar när du fyller 30 år. Om du fortfarande inte kan arbeta fullt kan du ha rätt till sjukpenning i särskilda fall från dagen efter. Ansök i god tid hos Försäkringskassan.
inf-letter-rehabiliteringspenning-sarskilda-fall = Din aktivitetsersättning slutar när du fyller 30 år. Om du är med i en rehabilitering mot arbete kan du ha rätt till rehabiliteringspenning i särskilda fall från dagen efter. Ansök i god tid hos Försäkringskassan.
inf-letter-omstallningsmote = Från dag 181 i sjukperioden jämför Försäkringskassan din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden. Om du inte kan gå tillbaka till ditt arbete kan du få ett möte med Arbetsförmedlingen och Försäkringskassan om ett nytt arbete. Skriv in dig på Arbetsförmedlingen direkt om du får nej till sjukpenning, så behåller du din SGI.
inf-letter-arbetsplatsinriktat-rehabiliteringsstod = Din arbetsgivare ska hjälpa dig tillbaka till arbetet. Arbetsgivaren kan få bidrag för stöd på arbetsplatsen, till exempel en arbetsterapeut eller en anpassning av ditt arbete. Prata med din arbetsgivare.
inf-letter-arbetsskadelivranta = Du har en arbetsskada. Om skadan gör att du tjänar mindre under minst ett år kan du ha rätt till livränta vid arbetsskada. Den ersätter en del av inkomsten du förlorar. Du ansöker hos Försäkringskassan.
inf-letter-forebyggande-sjukpenning = Om du behöver vara borta från arbetet för en behandling som ska förebygga eller korta en sjukdom kan du ha rätt till förebyggande sjukpenning. Du ansöker hos Försäkringskassan.
inf-letter-rehabiliteringspenning = Om du är med i en rehabilitering för att komma tillbaka till arbete kan du ha rätt till rehabiliteringspenning. Du ansöker hos Försäkringskassan.
inf-letter-sarskilt-hogriskskydd = Om du har en sjukdom som gör att du ofta blir sjuk, eller sjuk länge, kan du ha rätt till särskilt högriskskydd. Då kan du slippa karensavdraget, och din arbetsgivare kan få tillbaka kostnaden för sjuklönen. Du ansöker hos Försäkringskassan.
inf-letter-arbetshjalpmedel = Om du behöver hjälpmedel för att kunna arbeta kan din arbetsgivare få bidrag till dem. Prata med din arbetsgivare.
inf-letter-graviditetspenning = Du är gravid. Om ditt arbete är fysiskt tungt och du inte kan få lättare uppgifter kan du ha rätt till graviditetspenning, tidigast 60 dagar före beräknad förlossning. Prata först med din arbetsgivare och ansök sedan hos Försäkringskassan.
inf-letter-arbetsresor = Om du kan arbeta men inte ta dig till arbetet på vanligt sätt på grund av din sjukdom, kan Försäkringskassan betala resor till och från arbetet i stället för sjukpenning. Prata med din läkare och med Försäkringskassan.
inf-letter-graviditetspenning-risk = Du är gravid. Om din arbetsmiljö är en risk för graviditeten och du inte kan flyttas till ett annat arbete, kan du ha rätt till graviditetspenning från den dag du inte får arbeta. Prata med din arbetsgivare och ansök hos Försäkringskassan.
inf-letter-sjukpenning-efter-ae = Din aktivitetsersättning slutar när du fyller 30 år. Om du har en inkomst av arbete som ger en sjukpenninggrundande inkomst (SGI) kan du ha rätt till vanlig sjukpenning från dagen efter. Annars kan sjukpenning i särskilda fall passa. Ansök i god tid hos Försäkringskassan.
inf-letter-arbetsloshetsersattning = Din sjukpenning har slutat. Skriv in dig hos Arbetsförmedlingen samma dag, så att du behåller din sjukpenninggrundande inkomst (SGI). Har du inget arbete kan du ha rätt till ersättning från a-kassan, eller aktivitetsstöd om du är med i ett program.
inf-letter-af-mote-efter-avslag = Du har fått avslag på sjukersättning eller aktivitetsersättning. Du kan begära omprövning hos Försäkringskassan inom två månader från den dag du fick beslutet. Arbetsförmedlingen kan hjälpa dig med arbete och stöd.
