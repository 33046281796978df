# What would turn a "probably not", in easy-to-read Swedish.

changes-title = Det här kan ändra svaret

ae-change-reduced-quarter = Du måste kunna arbeta minst en fjärdedel mindre än förut.
ae-change-at-least-a-year = Det måste vara så i minst ett år.
ae-change-permanent = Du ska inte kunna bli bättre. Då kan du kanske få sjukersättning.

lr-change-loss-to-one-fifteenth = Du behöver förlora { $short } mer på ett år. Gränsen är { $least } på ett år.
lr-change-loss-to-quarter-pbb = Du behöver förlora { $short } mer på ett år. Gränsen är { $least } på ett år.
lr-change-longer-duration = Skadan måste påverka ditt arbete i minst ett år. Sök när din läkare kan säga det.
lr-change-approved = Försäkringskassan kan ändra sitt beslut om arbetsskadan. Du kan be om det. Det kallas omprövning.

sp-change-income-to-floor = Du behöver tjäna { $short } mer på ett år. Gränsen är { $least } på ett år.

moves-title = Det här ändrar beloppet mest

lr-moves-income-before = Din lön före skadan: { $step } mer per år ger ungefär { $month } mer i månaden.
lr-moves-income-before-capped = Din lön före skadan är högre än taket. Högre lön ger inte mer livränta.
lr-moves-income-after = Det du kan tjäna nu: { $step } mer per år ger ungefär { $month } mindre i månaden.
sp-moves-income = Din lön: { $step } mer per år ger ungefär { $month } mer i månaden.
sp-moves-income-capped = Din lön når taket. Högre lön ger inte mer sjukpenning.
sp-moves-job-seeker-cap = Du får redan det mesta en arbetssökande kan få. Högre lön ger inte mer.
ae-moves-income = Din inkomst: { $step } mer per år ger ungefär { $month } mer i månaden.
ae-moves-income-over-cap = Din inkomst når taket. Högre inkomst ger inte mer.
ae-moves-income-below-garanti = Din inkomst ändrar inte beloppet nu. Du får den lägsta nivån ändå.
ae-moves-forsakringstid = Ett år till i Sverige ger ungefär { $month } mer i månaden.

# The alternatives, in easy-to-read Swedish.
alt-change-omstallningsmote-from-day = Är du sjukskriven på dag { $from }? Då kan du få ett möte med Arbetsförmedlingen om nytt arbete.
alt-change-duration-at-least = Din sjukdom ska påverka ditt arbete i minst { $months } månader. Då kan du kanske få pengar.
alt-change-livranta-loss-to-one-fifteenth = Du behöver förlora { $short } mer på ett år. Gränsen är { $least } på ett år.
alt-change-livranta-loss-to-quarter-pbb = Du behöver förlora { $short } mer på ett år. Gränsen är { $least } på ett år.
alt-change-aktivitetsersattning-from = Från { $from } är du så gammal att du kan få aktivitetsersättning. Då prövas resten.
alt-change-sjukersattning-from = Från { $from } är du så gammal att du kan få sjukersättning. Då prövas resten.
alt-change-sarskilda-fall-from = Du slutar få aktivitetsersättning när du fyller 30 år. Från { $from } kan du få andra pengar.
alt-change-graviditetspenning-from = Från { $from } kan du få graviditetspenning. Det är 60 dagar innan barnet ska födas.
