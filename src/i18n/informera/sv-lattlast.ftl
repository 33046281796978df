# The letter paragraphs in lättläst: short sentences, one message each.

inf-letter-aktivitetsersattning = Du har varit sjukskriven länge. Du kanske inte kan arbeta som vanligt på ett år eller mer. Då kan du kanske få aktivitetsersättning. Den är för dig som är 19 till 29 år. Du söker hos Försäkringskassan.
inf-letter-sjukersattning = Du har varit sjukskriven länge. Du kanske aldrig kan arbeta som vanligt igen. Då kan du kanske få sjukersättning. Du söker hos Försäkringskassan. Din läkare skriver ett intyg.
inf-letter-bostadstillagg = Du har sjukersättning eller aktivitetsersättning. Då kan du kanske få bostadstillägg. Det är pengar till din hyra. Du söker hos Försäkringskassan.
inf-letter-sjukpenning-sarskilda-fall = Din aktivitetsersättning slutar när du fyller 30 år. Du kanske fortfarande inte kan arbeta som vanligt. Då kan du kanske få sjukpenning i särskilda fall. Sök i god tid hos Försäkringskassan.
inf-letter-rehabiliteringspenning-sarskilda-fall = Din aktivitetsersättning slutar när du fyller 30 år. Är du med i en rehabilitering? Då kan du kanske få rehabiliteringspenning i särskilda fall. Sök i god tid hos Försäkringskassan.
inf-letter-omstallningsmote = Du har varit sjukskriven i snart ett halvt år eller mer. Då jämför Försäkringskassan med andra arbeten. Du kan få ett möte med Arbetsförmedlingen om ett nytt arbete. Får du nej till sjukpenning? Skriv in dig på Arbetsförmedlingen samma dag.
inf-letter-arbetsplatsinriktat-rehabiliteringsstod = Din chef ska hjälpa dig tillbaka till arbetet. Din chef kan få pengar för hjälp på arbetsplatsen. Prata med din chef.
inf-letter-arbetsskadelivranta = Du har en arbetsskada. Tjänar du mindre på grund av skadan? Och gäller det i minst ett år? Då kan du kanske få livränta vid arbetsskada. Du söker hos Försäkringskassan.
inf-letter-forebyggande-sjukpenning = Behöver du vara borta från jobbet för en behandling? Behandlingen ska hindra att du blir sjuk. Då kan du kanske få förebyggande sjukpenning. Du söker hos Försäkringskassan.
inf-letter-rehabiliteringspenning = Är du med i en rehabilitering för att komma tillbaka till arbete? Då kan du kanske få rehabiliteringspenning. Du söker hos Försäkringskassan.
inf-letter-sarskilt-hogriskskydd = Blir du ofta sjuk, eller sjuk länge? Då kan du kanske få särskilt högriskskydd. Då får du inget karensavdrag. Du söker hos Försäkringskassan.
inf-letter-arbetshjalpmedel = Behöver du hjälpmedel för att kunna arbeta? Din chef kan få pengar till dem. Prata med din chef.
inf-letter-graviditetspenning = Du är gravid. Är ditt arbete tungt? Och kan du inte få lättare arbete? Då kan du kanske få graviditetspenning. Prata först med din chef. Sök sedan hos Försäkringskassan.
inf-letter-arbetsresor = Kan du arbeta men inte ta dig till jobbet som vanligt? Då kan Försäkringskassan betala resor till jobbet. Du får det i stället för sjukpenning. Prata med din läkare.
inf-letter-graviditetspenning-risk = Du är gravid. Är ditt jobb farligt för graviditeten? Och kan du inte få ett annat arbete? Då kan du kanske få graviditetspenning. Prata med din chef.
inf-letter-sjukpenning-efter-ae = Din aktivitetsersättning slutar när du fyller 30 år. Har du en lön som ger SGI? Då kan du kanske få vanlig sjukpenning. Sök i god tid hos Försäkringskassan.
inf-letter-arbetsloshetsersattning = Din sjukpenning har slutat. Skriv in dig hos Arbetsförmedlingen samma dag. Har du inget jobb? Då kan du kanske få pengar från a-kassan.
inf-letter-af-mote-efter-avslag = Du har fått nej till sjukersättning eller aktivitetsersättning. Du kan be Försäkringskassan titta på beslutet igen. Gör det inom två månader.
