# The self-test.
sp-title = Räkna ut din sjukpenning
sp-intro = Svara på några frågor. Då får du veta ungefär hur mycket sjukpenning du kan få per dag, och vilka datum som är viktiga om du är sjuk länge. Sjukpenning är pengar från Försäkringskassan när du inte kan arbeta för att du är sjuk.
sp-q-income = Hur mycket räknar du med att tjäna per år före skatt?
sp-n-income = Inkomst per år
sp-h-income = Räkna med lön och annan inkomst av arbete som du har nu och som fortsätter. Tjänar du 30 000 kr i månaden blir det 360 000 kr per år.
sp-q-job-seeker = Är du arbetslös och inskriven som arbetssökande på Arbetsförmedlingen?
sp-n-job-seeker = Arbetssökande
sp-h-job-seeker = För dig som är arbetslös finns ett lägre tak för sjukpenningen.
sp-q-knows-first-day = Vet du vilken dag du blev sjuk?
sp-n-knows-first-day = Vet vilken dag du blev sjuk
sp-h-knows-first-day = Då kan vi räkna ut när Försäkringskassan börjar jämföra din arbetsförmåga med andra arbeten.
sp-q-first-day = Vilken var din första sjukdag?
sp-n-first-day = Första sjukdagen
sp-h-first-day = Den första dagen du var sjuk räknas som dag 1. Till exempel 2025-01-10.

# Rule steps.
sp-assumes-reduced-capacity = Sjukpenning förutsätter att sjukdom sätter ned din förmåga att arbeta med minst en fjärdedel. Vi räknar som om du är helt sjukskriven.
sp-step-income = Din sjukpenninggrundande inkomst (SGI) utgår från den inkomst av arbete som du kan räkna med per år: { $income }.
sp-income-at-least-floor = Inkomsten är minst 24 procent av prisbasbeloppet, alltså minst { $floor } per år.
sp-value-per-year = { $amount } per år
sp-limit-at-least-per-year = Minst { $amount } per år
sp-step-capped = Inkomsten { $income } är högre än taket. Den del som är över { $cap } räknas inte.
sp-step-sgi = SGI avrundas nedåt till hela hundratal kronor: { $sgi }.
sp-step-per-day = Sjukpenning per dag med { $level }: { $level } × { $share } × { $sgi } / 365 = { $amount }.
sp-job-seeker-cap-applied-true = Du är arbetslös. Då får du högst { $cap } per dag i sjukpenning. Det taket gäller för dig.
sp-job-seeker-cap-applied-false = Du är arbetslös. Då får du högst { $cap } per dag i sjukpenning. Din sjukpenning är lägre än taket.
sp-job-seeker-cap-not-yet-known = Du är arbetslös. Då finns ett tak för sjukpenningen per dag. Vi känner inte till taket för det här året. Därför kan vi inte räkna ut beloppet.
sp-chain-days-1-to-90 = Dag 1–90 ({ $from }–{ $through }): din arbetsförmåga jämförs med ditt vanliga arbete, eller ett annat arbete som arbetsgivaren tillfälligt erbjuder dig.
sp-chain-days-91-to-180 = Dag 91–180 ({ $from }–{ $through }): din arbetsförmåga jämförs också med alla arbeten som din arbetsgivare kan erbjuda dig.
sp-chain-from-day-181 = Från dag 181 ({ $from }) till dag 365 ({ $through }): din arbetsförmåga jämförs med arbeten som är vanliga på arbetsmarknaden. Det gäller inte om det finns särskilda skäl, eller om det är oskäligt.
sp-chain-from-day-366 = Från dag 366 ({ $from }): din arbetsförmåga jämförs med arbeten som är vanliga på arbetsmarknaden, om det inte är oskäligt.
sp-chain-job-seeker = Du är arbetslös. Då jämförs din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden redan från första dagen, { $from }.
sp-chain-periods-joined = Datumen gäller en sammanhängande sjukperiod. Om du blir sjuk igen inom 90 dagar räknas dagarna från den förra perioden med.
sp-level-drops-after-364-days = Sjukpenningen sänks till 75 procent när du har fått sjukpenning i 364 dagar under 450 dagar. Den räkningen är skild från dagarna ovan.

# The result.
sp-head-per-day = Du kan få ungefär { $per-day } per dag i sjukpenning
sp-head-amount-not-yet-known = Du kan ha rätt till sjukpenning, men vi kan inte räkna ut beloppet för { $year }
sp-head-no-sgi = Du har troligen ingen sjukpenninggrundande inkomst, och då får du ingen sjukpenning
sp-head-cannot-tell = Vi kan inte räkna ut din sjukpenning
sp-row-year = Beräknat för år
sp-row-sgi = Sjukpenninggrundande inkomst (SGI)
sp-no-sgi = Ingen SGI
sp-row-per-day-80 = Sjukpenning per dag på normalnivå (knappt 80 procent av SGI), före skatt
sp-row-per-day-75 = Sjukpenning per dag efter 364 dagar (knappt 75 procent av SGI), före skatt
sp-row-per-month-80 = Ungefär per månad på normalnivå, före skatt
sp-row-job-seeker-cap = Högsta sjukpenning per dag för arbetslösa
sp-row-job-seeker-cap-applied = Taket för arbetslösa sänker beloppet
sp-row-sgi-capped = Inkomsten är över taket
sp-row-day = Dag { $n } i sjukperioden
sp-note-employee-first-14-days = Är du anställd får du sjuklön från din arbetsgivare de första 14 dagarna. Sjukpenning från Försäkringskassan får du från dag 15.
sp-note-levels = Är du sjukskriven på deltid får du en fjärdedels, halv eller tre fjärdedels sjukpenning.
sp-note-job-seeker = Fortsätt vara inskriven på Arbetsförmedlingen medan du är sjuk. Annars kan du förlora din SGI.
sp-note-not-considered = Det här har kalkylen inte räknat med: om din arbetsförmåga är nedsatt så mycket att du har rätt till sjukpenning (vi räknar som om du är helt sjukskriven), karensavdraget, sjuklön från arbetsgivaren de första 14 dagarna och arbetstidsberäknad sjukpenning, hur många dagar du redan har haft sjukpenning på normalnivån, tillägg från arbetsgivaren eller AFA Försäkring enligt kollektivavtal, och skatt.
sp-next-report-sick = Sjukanmäl dig till din arbetsgivare. Är du arbetslös eller egen företagare sjukanmäler du dig till Försäkringskassan första dagen.
sp-next-certificate = Från dag 8 behöver du ett läkarintyg.
sp-next-apply = Ansök om sjukpenning på Mina sidor på { -fk-web }.
sp-next-day-180 = Kan du inte gå tillbaka till ditt arbete före dag 181? Prata med din arbetsgivare om en plan för återgång i arbete. Får du avslag på sjukpenning, skriv in dig på Arbetsförmedlingen direkt för att behålla din SGI.
sp-next-no-sgi = Har du en inkomst som inte syns här, till exempel från flera arbeten? Räkna ihop dem och gör testet igen. Du kan också ringa Försäkringskassan på { -fk-phone }.
sp-next-cannot-tell = Ring Försäkringskassan på { -fk-phone }, så får du hjälp att se vad som gäller för dig.
