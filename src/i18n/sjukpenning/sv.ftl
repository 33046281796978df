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
sp-assumes-reduced-capacity = För att du ska få sjukpenning måste sjukdom sätta ned din förmåga att arbeta med minst en fjärdedel. Vi räknar som om du är helt sjukskriven.
sp-step-income = Du har svarat att du räknar med att tjäna { $income } per år av arbete. Din sjukpenninggrundande inkomst (SGI) utgår från den inkomsten.
sp-income-at-least-floor = Inkomsten ska vara minst 24 procent av prisbasbeloppet, alltså minst { $floor } per år.
sp-value-per-year = { $amount } per år
sp-limit-at-least-per-year = Minst { $amount } per år
sp-step-capped = Din inkomst på { $income } är högre än taket. Försäkringskassan räknar inte med den del som är över { $cap }.
sp-step-sgi = Försäkringskassan avrundar SGI nedåt till hela hundratal kronor: { $sgi }.
sp-step-per-day = Sjukpenning per dag med { $level }: { $level } × { $share } × { $sgi } / 365 = { $amount }. Försäkringskassan räknar först ned SGI genom att gånga den med { $share }. Därför blir sjukpenningen knappt { $level } av SGI.
sp-job-seeker-cap-applied-true = Du har svarat att du är arbetslös. Då får du högst { $cap } per dag i sjukpenning. Det taket sänker din sjukpenning.
sp-job-seeker-cap-applied-false = Du har svarat att du är arbetslös. Då får du högst { $cap } per dag i sjukpenning. Din sjukpenning är lägre än taket.
sp-job-seeker-cap-not-yet-known = Du har svarat att du är arbetslös. Då finns ett tak för sjukpenningen per dag. Vi känner inte till taket för det här året än. Därför kan vi inte räkna ut beloppet.
sp-chain-days-1-to-90 = Dag 1–90 ({ $from }–{ $through }): Försäkringskassan jämför din arbetsförmåga med ditt vanliga arbete, eller med ett annat arbete som din arbetsgivare tillfälligt erbjuder dig.
sp-chain-days-91-to-180 = Dag 91–180 ({ $from }–{ $through }): Försäkringskassan jämför också din arbetsförmåga med alla arbeten som din arbetsgivare kan erbjuda dig.
sp-chain-from-day-181 = Från dag 181 ({ $from }) till dag 365 ({ $through }): Försäkringskassan jämför din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden. Det gäller inte om du troligen kan gå tillbaka till din arbetsgivare före dag 366, eller om det vore orimligt för dig.
sp-chain-from-day-366 = Från dag 366 ({ $from }): Försäkringskassan jämför din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden. Det gäller inte om det vore orimligt för dig.
sp-chain-job-seeker = Du har svarat att du är arbetslös. Då jämför Försäkringskassan din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden redan från första dagen, { $from }.
sp-chain-periods-joined = Datumen gäller en sammanhängande sjukperiod. Blir du sjuk igen inom 90 dagar, räknar Försäkringskassan med dagarna från den förra perioden också.
sp-level-drops-after-364-days = Efter 364 dagar med sjukpenning under en period på 450 dagar (ungefär 15 månader) sänker Försäkringskassan sjukpenningen till knappt 75 procent av SGI. Den räkningen är skild från dagarna i sjukperioden ovan.

# The result.
sp-head-per-day = Du kan få ungefär { $per-day } per dag i sjukpenning
sp-head-amount-not-yet-known = Du kan ha rätt till sjukpenning, men vi kan inte räkna ut beloppet för { $year }
sp-head-no-sgi = Du kan troligen inte få sjukpenning, eftersom din inkomst är för låg för en sjukpenninggrundande inkomst (SGI)
sp-head-cannot-tell = Vi kan inte räkna ut din sjukpenning
sp-row-year = Beräknat för år
sp-row-sgi = Sjukpenninggrundande inkomst (SGI)
sp-no-sgi = Ingen SGI
sp-row-per-day-80 = Sjukpenning per dag, före skatt (knappt 80 procent av SGI)
sp-row-per-day-75 = Sjukpenning per dag efter 364 dagar, före skatt (knappt 75 procent av SGI)
sp-row-per-month-80 = Sjukpenning ungefär per månad, före skatt (knappt 80 procent av SGI)
sp-row-job-seeker-cap = Högsta sjukpenning per dag för arbetslösa
sp-row-job-seeker-cap-applied = Taket för arbetslösa sänker beloppet
sp-row-sgi-capped = Din inkomst är över taket
sp-row-day = Dag { $n } i sjukperioden
sp-note-employee-first-14-days = Är du anställd får du oftast sjuklön från din arbetsgivare dag 1–14, minus ett karensavdrag. Från dag 15 kan du få sjukpenning från Försäkringskassan.
sp-note-levels = Är du sjukskriven på deltid kan du få en fjärdedels, halv eller tre fjärdedels sjukpenning.
sp-note-job-seeker = Fortsätt vara inskriven på Arbetsförmedlingen medan du är sjuk. Annars kan du förlora din SGI.
sp-note-not-considered = Vi har inte räknat med allt. Vi vet inte om din arbetsförmåga är så nedsatt att du har rätt till sjukpenning, utan räknar som om du är helt sjukskriven. Vi har inte räknat med karensavdraget, sjuklön från arbetsgivaren de första 14 dagarna eller sjukpenning som räknas efter din arbetstid (arbetstidsberäknad sjukpenning). Vi har inte heller räknat med hur många dagar du redan har haft sjukpenning på knappt 80 procent, tillägg från arbetsgivaren eller AFA Försäkring enligt kollektivavtal, eller skatt.
sp-next-report-sick = Sjukanmäl dig till din arbetsgivare. Är du arbetslös eller egen företagare sjukanmäler du dig till Försäkringskassan första dagen.
sp-next-certificate = Från dag 8 behöver du ett läkarintyg.
sp-next-apply = Ansök om sjukpenning på Mina sidor på { -fk-web }.
sp-next-day-180 = Kan du inte gå tillbaka till ditt arbete före dag 181? Prata med din arbetsgivare om en plan för hur du ska komma tillbaka till arbetet. Säger Försäkringskassan nej till sjukpenning, skriv in dig på Arbetsförmedlingen direkt. Då behåller du din SGI.
sp-next-no-sgi = Har du en inkomst som inte syns här, till exempel från flera arbeten? Räkna ihop dem och gör testet igen. Du kan också ringa Försäkringskassan på { -fk-phone }.
sp-next-cannot-tell = Ring Försäkringskassan på { -fk-phone }, så får du hjälp att se vad som gäller för dig.
