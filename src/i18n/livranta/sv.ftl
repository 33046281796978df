# The self-test.
lr-title = Livränta vid arbetsskada
lr-intro = Har du skadats eller blivit sjuk av ditt arbete och tjänar mindre på grund av det? Då kan du ha rätt till livränta vid arbetsskada. Det är pengar från Försäkringskassan som ersätter inkomst du förlorar på grund av en arbetsskada. Svara på några frågor. Då får du veta om det kan vara värt att ansöka, ungefär hur mycket livräntan kan bli och vad du gör sedan.
lr-q-what-happened = Vad hände?
lr-n-what-happened = Vad som hände
lr-choice-work-accident = Jag skadade mig i en olycka i arbetet
lr-h-choice-work-accident = Till exempel ett fall eller ett överfall. Det gäller också på tjänsteresor och utbildningar i arbetet.
lr-choice-commuting = Jag skadade mig i en olycka på väg till eller från arbetet
lr-choice-illness = Jag blev sjuk av något i arbetet
lr-h-choice-illness = Till exempel av tunga lyft, buller, kemikalier eller stress under lång tid.
lr-choice-infection = Jag blev smittad i arbetet
lr-h-choice-infection = Till exempel i vården, där du tar hand om personer som är smittade.
lr-choice-other = Inget av det här
lr-q-accident-date = Vilken dag hände olyckan?
lr-n-accident-date = Dag för olyckan
lr-q-illness-date = Vilken dag märkte du sjukdomen första gången?
lr-n-illness-date = Dag då sjukdomen visade sig
lr-h-illness-date = Till exempel den dag du först sökte vård för den. Skriv ett ungefärligt datum om du inte vet exakt.
lr-q-reported = Har din arbetsgivare anmält arbetsskadan till Försäkringskassan?
lr-n-reported = Arbetsskadeanmälan
lr-h-reported = Anmälan heter arbetsskadeanmälan. Är du egen företagare gör du den själv.
lr-choice-yes = Ja
lr-choice-no = Nej
lr-choice-dont-know = Jag vet inte
lr-q-decision = Har Försäkringskassan beslutat om skadan är en arbetsskada?
lr-n-decision = Beslut om arbetsskada
lr-choice-approved = Ja, den är godkänd som arbetsskada
lr-choice-refused = Ja, de har sagt nej
lr-choice-not-yet = Nej, inte än
lr-h-choice-not-yet = Det är vanligt. Försäkringskassan prövar det när du ansöker om ersättning.
lr-q-situation = Hur ser det ut för dig nu?
lr-n-situation = Din situation nu
lr-choice-on-sick-pay = Jag får sjukpenning
lr-choice-sick-pay-refused = Jag har fått avslag på sjukpenning, eftersom Försäkringskassan anser att jag kan ta ett annat arbete
lr-h-choice-sick-pay-refused = Försäkringskassan har sagt att du kan ta ett arbete som är vanligt på arbetsmarknaden.
lr-choice-reduced-hours = Jag arbetar mindre än före skadan
lr-choice-changed-job = Jag har bytt till ett arbete med lägre lön
lr-choice-sa-ae = Jag har sjukersättning eller aktivitetsersättning
lr-choice-other-situation = Något annat
lr-q-income-before = Hur mycket tjänade du per år före skadan, före skatt?
lr-n-income-before = Inkomst per år före skadan
lr-h-income-before = Räkna med den lön du skulle ha haft i dag utan skadan. Tjänade du 35 000 kr i månaden blir det 420 000 kr per år.
lr-q-income-now = Hur mycket kan du tjäna per år nu, före skatt?
lr-n-income-now = Inkomst per år nu
lr-h-income-now = Räkna med det du kan tjäna med den arbetsförmåga du har kvar. Det gäller även om du inte har ett sådant arbete just nu. Räkna inte med sjukpenning eller annan ersättning.
lr-q-knows-duration = Vet du ungefär hur länge din arbetsförmåga kommer att vara nedsatt?
lr-n-knows-duration = Vet hur länge arbetsförmågan är nedsatt
lr-h-knows-duration = Fråga din läkare. Läkaren skriver det i sitt utlåtande.
lr-q-duration = Hur många månader framåt tror din läkare att din arbetsförmåga är nedsatt?
lr-n-duration = Antal månader
lr-h-duration = Räkna från i dag. Ett år är 12 månader. Skriv 120 om läkaren tror att det inte går över.
lr-q-knows-sa-ae = Vet du hur mycket sjukersättning eller aktivitetsersättning du får i månaden?
lr-n-knows-sa-ae = Vet beloppet för sjuk- eller aktivitetsersättningen
lr-h-knows-sa-ae = Försäkringskassan räknar bort den ersättning du får för samma förlorade inkomst från livräntan. Vet du inte beloppet räknar vi fram ett ungefärligt.
lr-q-sa-ae-amount = Hur mycket sjukersättning eller aktivitetsersättning får du i månaden, före skatt?
lr-n-sa-ae-amount = Sjuk- eller aktivitetsersättning per månad
lr-h-sa-ae-amount = Beloppet står i beslutet från Försäkringskassan och på Mina sidor. Räkna inte med bostadstillägg.
lr-q-which-sa-ae = Vilken ersättning har du?
lr-n-which-sa-ae = Sjukersättning eller aktivitetsersättning
lr-choice-sa = Sjukersättning
lr-choice-ae = Aktivitetsersättning
lr-q-birth-date = När är du född?
lr-n-birth-date = Födelsedatum

# Rule steps: 39 and 42 kap.
lr-work-accident = Du har svarat att du skadades i en olycka i arbetet. Det kan vara en arbetsskada.
lr-commuting-accident = Du har svarat att du skadades i en olycka på väg till eller från arbetet. Det kan vara en arbetsskada, ett så kallat färdolycksfall.
lr-illness-from-work = Du har svarat att du blev sjuk av något i arbetet. Det kan vara en arbetsskada, en så kallad arbetssjukdom.
lr-infection-at-work = Du har svarat att du blev smittad i arbetet. I vissa arbeten och för vissa sjukdomar kan det vara en arbetsskada.
lr-injury-linked-to-work = För livränta ska skadan bero på arbetet, eller ha hänt i arbetet eller på väg till eller från arbetet.
lr-value-something-else = Något annat
lr-limit-linked-to-work = En olycka i arbetet eller på väg till eller från arbetet, en sjukdom av arbetet eller smitta i arbetet
lr-note-traffic-insurance = Var det en trafikolycka med ett motorfordon? Då kan trafikförsäkringen betala ersättning i stället.
lr-note-illness-evidence = För en arbetssjukdom ska det finnas övervägande skäl för att något i arbetet har orsakat sjukdomen eller gjort den värre. Det betyder att mer talar för det än emot. Det är Försäkringskassan som bedömer det.
lr-injury-date-accident = En skada efter en olycka räknas från dagen för olyckan. Enligt dina svar är det { $date }.
lr-injury-date-first-showed = En sjukdom räknas från den dag den först visade sig. Enligt dina svar är det { $date }.
lr-older-evidence-rule = Enligt dina svar hände skadan före den 1 juli 2002. Då gäller delvis äldre regler för hur Försäkringskassan bedömer om det är en arbetsskada.
lr-report-made = Du har svarat att din arbetsgivare har anmält arbetsskadan till Försäkringskassan. Anmälan är inte en ansökan. Du behöver själv ansöka om livränta.
lr-report-not-made = Du har svarat att arbetsskadan inte är anmäld. Din arbetsgivare ska anmäla den till Försäkringskassan så fort arbetsgivaren får veta om den.
lr-report-unknown = Du har svarat att du inte vet om arbetsskadan är anmäld. Fråga din arbetsgivare.
lr-approved-as-work-injury = För livränta ska Försäkringskassan ha godkänt skadan som arbetsskada.
lr-not-yet-decided = Du har svarat att Försäkringskassan inte har prövat om skadan är en arbetsskada. Det gör Försäkringskassan när du ansöker om livränta.
lr-value-refused = Försäkringskassan har sagt nej
lr-limit-approved = Skadan är godkänd som arbetsskada
lr-note-reconsideration = Tycker du att beslutet är fel kan du be Försäkringskassan att pröva beslutet igen (omprövning). I beslutet står hur du gör och hur lång tid du har på dig.

# Rule steps: 41 kap.
lr-no-income-before = Du har svarat att du inte hade någon inkomst av arbete före skadan. Då räknar Försäkringskassan fram inkomsten som livräntan räknas från på ett annat sätt, till exempel om du studerade. Det kan vi inte räkna ut här.
lr-step-reduction = Enligt dina svar tjänade du { $before } per år före skadan och kan tjäna { $after } nu. Du förlorar alltså { $loss } per år. Det är { $grad } av inkomsten före skadan.
lr-loss-at-least-one-fifteenth = Det du kan tjäna på arbete ska ha minskat med minst en femtondel, ungefär 6,67 %, jämfört med före skadan. Enligt dina svar har det minskat med { $grad }.
lr-value-loss = { $grad }, det vill säga { $loss } per år
lr-limit-one-fifteenth = Minst en femtondel, för dig minst { $least } per år
lr-loss-at-least-quarter-pbb = Inkomstförlusten ska vara minst en fjärdedel av prisbasbeloppet för året då livräntan börjar. Prisbasbeloppet är { $pbb }, så förlusten ska vara minst { $least } per år. Enligt dina svar förlorar du { $loss } per år.
lr-limit-quarter-pbb = Minst en fjärdedel av prisbasbeloppet, { $least } per år
lr-note-uncovered-below-one-fifteenth = Din förlust på { $amount } per år är mindre än en femtondel av din inkomst före skadan. Livräntan ersätter inte den förlusten. Har du kollektivavtal kan trygghetsförsäkringen vid arbetsskada (TFA) hos AFA Försäkring ersätta den.
lr-duration-unknown = Du har svarat att du inte vet hur länge din arbetsförmåga är nedsatt. För livränta ska nedsättningen väntas hålla i sig minst ett år. Därför kan vi inte avgöra om du har rätt till livränta.
lr-lasts-at-least-one-year = För livränta ska nedsättningen väntas hålla i sig minst ett år.
lr-value-months = { $months ->
    [one] 1 månad
   *[other] { $months } månader
}
lr-limit-twelve-months = Minst 12 månader
lr-note-apply-when-longer = Visar det sig senare att nedsättningen håller i sig minst ett år kan du ansöka då. Till dess kan du få sjukpenning.
lr-step-underlag-capped-true = Livräntan räknas från din inkomst före skadan, men bara upp till ett tak: { $factor } × prisbasbeloppet { $pbb } = { $cap }. Din inkomst { $income } är högre. Inkomsten som livräntan räknas från (livränteunderlaget) blir därför { $underlag }.
lr-step-underlag-capped-false = Livräntan räknas från din inkomst före skadan, { $underlag } (livränteunderlaget). Inkomsten är inte högre än taket, { $factor } × prisbasbeloppet { $pbb } = { $cap }.
lr-step-livranta = Livräntan per år är den andel av inkomsten som du förlorar gånger livränteunderlaget: { $grad } × { $underlag } = { $per-year } per år.
lr-step-per-month = Per månad: { $per-year } / 12 = { $per-month }.
lr-step-uncovered-above-cap = Livräntan ersätter inte inkomst över taket. Av din förlust på { $loss } per år täcker livräntan { $livranta }. Livräntan täcker inte resten, { $uncovered } per år.
lr-note-uncovered-above-cap = Livräntan ersätter inte inkomst över 7,5 prisbasbelopp. Därför täcker livräntan inte { $amount } av din förlust per år. Har du kollektivavtal kan trygghetsförsäkringen vid arbetsskada (TFA) hos AFA Försäkring ersätta en del av den.
lr-step-omrakning = I januari { $year } räknar Försäkringskassan om livräntan med indexeringstalet { $index }: { $before } × { $index } = { $indexed }. Livräntan får vara högst samma andel av 7,5 prisbasbelopp som din nedsättning, { $ceiling }. Livräntan blir { $result } per år.
lr-omrakning-not-yet-known = I januari { $year } räknar Försäkringskassan om livräntan med indexeringstalet för { $year }.
lr-note-omrakning = Försäkringskassan räknar om livräntan varje år i januari. Då ändras beloppet.

# Other benefits.
lr-step-sa-ae-given = Du har svarat att du får { $per-month } i månaden i sjukersättning eller aktivitetsersättning. Det är { $per-year } per år.
lr-no-sa-ae-below-quarter = Du förlorar mindre än en fjärdedel av din inkomst. Då ger förlusten ingen sjukersättning eller aktivitetsersättning, så vi räknar inte bort något från livräntan.
lr-step-coordination = Du får inte både livränta och sjuk- eller aktivitetsersättning fullt ut för samma förlorade inkomst. Det kallas samordning. Försäkringskassan betalar bara den del av livräntan som är större än sjuk- eller aktivitetsersättningen. Livräntan blir { $livranta } − { $sa-ae }, men aldrig under 0 kr: { $result } per år.
lr-note-coordination-share = Vi har räknat bort hela din sjuk- eller aktivitetsersättning från livräntan. Beror ersättningen delvis på en annan sjukdom än arbetsskadan? Då räknar Försäkringskassan bara bort den del som beror på arbetsskadan, och livräntan blir högre.
lr-note-sa-ae-estimated = Du har svarat att du inte vet hur mycket sjuk- eller aktivitetsersättning du får. Vi har uppskattat den till { $per-month } i månaden, med full försäkringstid (som om du bott i Sverige hela livet). Beloppet står i beslutet från Försäkringskassan. Gör testet igen med det beloppet, så blir svaret säkrare.
lr-sick-pay-refused = Du har svarat att du har fått avslag på sjukpenning. Försäkringskassan anser att du kan ta ett arbete som är vanligt på arbetsmarknaden. Livränta kan ändå ersätta den inkomst du förlorar på grund av arbetsskadan.
lr-note-changed-job = Du har svarat att du har bytt till ett arbete med lägre lön. Livräntan kan ersätta skillnaden mellan inkomsten före skadan och den du kan tjäna nu.
lr-no-sick-pay-below-quarter = Vi jämför med sjukpenning. Du förlorar mindre än en fjärdedel av din inkomst. Då ger förlusten ingen sjukpenning, men den kan ge livränta.
lr-no-sick-pay-no-sgi = Vi jämför med sjukpenning. Din inkomst före skadan är lägre än 24 procent av prisbasbeloppet. Då ger den ingen sjukpenning.
lr-step-sick-pay = Vi jämför med sjukpenning. För samma förlust kan du få { $level } sjukpenning. Med en SGI på { $sgi } blir det { $per-day } per dag, ungefär { $per-month } i månaden.
lr-note-sick-pay-vs-livranta = Sjukpenningen ersätter ungefär { $sick-pay-per-month } i månaden av din förlust. Livräntan skulle ersätta ungefär { $livranta-per-month } i månaden. Du kan få livränta och sjukpenning för samma tid, men Försäkringskassan räknar ut hur de påverkar varandra. Lägg inte ihop beloppen.

# The result.
lr-head-worth-applying = Det kan vara värt att ansöka om livränta
lr-head-probably-not = Du har troligen inte rätt till livränta
lr-head-cannot-tell = Vi kan inte avgöra om du har rätt till livränta
lr-head-coordinated = Det kan vara värt att ansöka om livränta: ungefär { $per-month } i månaden när din sjuk- eller aktivitetsersättning är borträknad
lr-head-coordinated-nothing = Livräntan blir troligen 0 kr just nu, eftersom din sjuk- eller aktivitetsersättning är minst lika stor
lr-note-not-considered = Det här har självtestet inte räknat med: Ersättning från AFA Försäkring, från din arbetsgivare eller från en trafikförsäkring. Ersättning för kostnader efter en arbetsskada, till exempel tandvård (40 kap. socialförsäkringsbalken). Särskilda regler för unga och studerande. Livränta för tid bakåt. Skatt.
lr-row-before-coordination-per-year = Livränta per år innan sjuk- eller aktivitetsersättningen är borträknad
lr-row-before-coordination-per-month = Livränta per månad innan sjuk- eller aktivitetsersättningen är borträknad
lr-row-sa-ae-per-month = Sjuk- eller aktivitetsersättning per månad, före skatt
lr-row-sa-ae-estimated = Ersättningen är uppskattad
lr-row-injury-type = Vad som hände
lr-row-injury-date = Skadedag
lr-row-reduction = Så mycket mindre du kan tjäna
lr-row-income-loss = Inkomstförlust per år
lr-row-underlag = Inkomsten som livräntan räknas från (livränteunderlag)
lr-row-underlag-capped = Inkomsten är begränsad av taket
lr-row-per-year = Livränta per år, före skatt
lr-row-per-month = Livränta per månad, före skatt
lr-row-uncovered-above-cap = Förlust per år som livräntan inte täcker (över taket)
lr-row-uncovered-below-one-fifteenth = Förlust per år som livräntan inte täcker (under en femtondel)
lr-row-next-year = Livränta per år från januari { $year }
lr-row-next-year-before-coordination = Livränta per år från januari { $year }, innan sjuk- eller aktivitetsersättningen är borträknad
lr-row-sick-pay-level = Sjukpenning för samma förlust
lr-sick-pay-none = Ingen sjukpenning
lr-row-sick-pay-per-day = Sjukpenning per dag, före skatt
lr-row-sick-pay-per-month = Sjukpenning per månad, ungefär, före skatt
lr-next-report = Be din arbetsgivare att göra en arbetsskadeanmälan till Försäkringskassan. Är du egen företagare gör du den själv på anmalarbetsskada.se.
lr-next-medical-statement = Be din läkare om ett läkarutlåtande som visar att skadan sätter ned din arbetsförmåga i minst ett år framåt.
lr-next-apply = Ansök om livränta på Mina sidor på { -fk-web }. Vänta tills läkaren kan säga att din arbetsförmåga är nedsatt i minst ett år. Ansöker du för tidigt kan du få avslag.
lr-next-afa = Har du kollektivavtal? Anmäl då skadan till AFA Försäkring också. Du kan ha rätt till ersättning därifrån.
lr-next-ask-doctor = Fråga din läkare hur länge din arbetsförmåga väntas vara nedsatt. Gör sedan testet igen.
lr-next-probably-not = Om din situation ändras kan du göra testet igen. Är du osäker kan du ringa Försäkringskassan på { -fk-phone }.
lr-next-cannot-tell = Ring Försäkringskassan på { -fk-phone }, så får du hjälp att se vad som gäller för dig.
lr-step-sa-ae-estimated = Vi uppskattar din { $formon ->
        [sjukersattning] sjukersättning
       *[aktivitetsersattning] aktivitetsersättning
    } enligt reglerna för den ersättningen. Du får { $level } ersättning, eftersom du förlorar den andelen av din inkomst. Som antagandeinkomst räknar vi med din inkomst före skadan, { $income }, och vi räknar med full försäkringstid.
lr-injury-type-arbetsolycksfall = Olycka i arbetet
lr-injury-type-fardolycksfall = Olycka på väg till eller från arbetet
lr-injury-type-arbetssjukdom = Sjukdom av arbetet
lr-injury-type-smitta = Smitta i arbetet
lr-injury-type-annat = Något annat
lr-reduction-value = { $grad }
