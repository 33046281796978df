# What would turn a "probably not" (issue 13), computed by the rules from the failed condition's
# value and limit. Shown under "Det här skulle ändra resultatet".

changes-title = Det här skulle ändra resultatet

ae-change-reduced-quarter = Om din arbetsförmåga är nedsatt med minst en fjärdedel kan du ha rätt till ersättning.
ae-change-at-least-a-year = Om din nedsatta arbetsförmåga väntas hålla i sig minst ett år kan du ha rätt till ersättning.
ae-change-permanent = Om du inte väntas bli bättre, inte heller med behandling eller rehabilitering, kan du ha rätt till sjukersättning.

lr-change-loss-to-one-fifteenth = Din inkomstförlust är { $short } per år för liten. Livränta kräver att du förlorar minst { $least } per år, en femtondel av din inkomst före skadan.
lr-change-loss-to-quarter-pbb = Din inkomstförlust är { $short } per år för liten. Livränta kräver att du förlorar minst { $least } per år, en fjärdedel av prisbasbeloppet.
lr-change-longer-duration = Om din nedsatta förmåga att arbeta väntas hålla i sig minst { $months } månader, alltså { $short ->
        [one] en månad
       *[other] { $short } månader
    } till, kan du ha rätt till livränta. Ansök när din läkare kan bedöma det.
lr-change-approved = Om Försäkringskassan godkänner skadan som arbetsskada, till exempel efter en omprövning, kan du ha rätt till livränta.

sp-change-income-to-floor = Din inkomst är { $short } per år för låg. Med en inkomst av arbete på minst { $least } per år får du en SGI och kan få sjukpenning.

# What moves an amount most (issue 13): each answer moved by a round step, by the same rules.
# Shown under "Det här påverkar beloppet mest".

moves-title = Det här påverkar beloppet mest

lr-moves-income-before = Din inkomst före skadan: { $step } mer per år ger ungefär { $month } mer i livränta per månad.
lr-moves-income-before-capped = Din inkomst före skadan är över taket för livränteunderlaget, { $cap } per år. En högre inkomst ger inte mer livränta.
lr-moves-income-after = Det du kan tjäna nu: { $step } mer per år ger ungefär { $month } mindre i livränta per månad.
sp-moves-income = Din årsinkomst: { $step } mer per år ger ungefär { $month } mer i sjukpenning per månad.
sp-moves-income-capped = Din inkomst når taket för SGI, { $cap } per år. En högre inkomst ger inte mer sjukpenning.
sp-moves-job-seeker-cap = Sjukpenningen når taket för arbetssökande, { $cap } per dag. En högre inkomst ger inte mer.
ae-moves-income = Din antagandeinkomst: { $step } mer per år ger ungefär { $month } mer per månad.
ae-moves-income-over-cap = Din antagandeinkomst når taket, 7,5 prisbasbelopp per år. En högre inkomst ger inte mer.
ae-moves-income-below-garanti = Din antagandeinkomst påverkar inte beloppet nu: garantiersättningen fyller upp till garantinivån. Också { $step } mer per år ger samma belopp.
ae-moves-forsakringstid = Din försäkringstid: ett år till i Sverige ger ungefär { $month } mer per månad, tills du har { $years } år.

# The alternatives (issue 13 item 1): from the catalogue's reasons why an entry does not fit.
alt-change-omstallningsmote-from-day = Om du fortfarande är sjukskriven på dag { $from } i sjukperioden kan ett möte med Arbetsförmedlingen om nytt arbete bli aktuellt.
alt-change-duration-at-least = Om din nedsatta arbetsförmåga väntas hålla i sig minst { $months } månader kan aktivitetsersättning eller livränta bli aktuell.
alt-change-livranta-loss-to-one-fifteenth = Din inkomstförlust är { $short } per år för liten för livränta. Det krävs minst { $least } per år, en femtondel av din inkomst före skadan.
alt-change-livranta-loss-to-quarter-pbb = Din inkomstförlust är { $short } per år för liten för livränta. Det krävs minst { $least } per år, en fjärdedel av prisbasbeloppet.
alt-change-aktivitetsersattning-from = Från { $from } har du den ålder som aktivitetsersättning kräver. Då prövas de andra villkoren.
alt-change-sjukersattning-from = Från { $from } har du den ålder som sjukersättning kräver för dig. Då prövas de andra villkoren.
alt-change-sarskilda-fall-from = Din aktivitetsersättning slutar när du fyller 30 år. Från { $from } kan sjukpenning eller rehabiliteringspenning i särskilda fall bli aktuell.
alt-change-graviditetspenning-from = Från { $from }, 60 dagar före beräknad förlossning, kan graviditetspenning bli aktuell.
