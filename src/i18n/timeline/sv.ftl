# The dates that matter for the person (issue 13): a list on the result page and a calendar file.

timeline-title = Datum att komma ihåg
timeline-download = Spara datumen i din kalender (.ics-fil)
timeline-calendar-name = Självtest: datum att komma ihåg

ae-when-first-month = Från den här månaden kan du tidigast få { $benefit ->
        [sa] sjukersättning
       *[ae] aktivitetsersättning
    }.
ae-when-apply-by = Sista månaden att ansöka om du vill få pengar redan från { $first }. Försäkringskassan betalar högst tre månader bakåt från månaden du ansöker.
ae-when-last-month = Sista månaden med { $benefit ->
        [sa] sjukersättning
       *[ae] aktivitetsersättning
    } enligt reglerna som gäller nu.
ae-when-sa-from-30 = Du fyller 30 år och aktivitetsersättningen har slutat. Om din arbetsförmåga inte väntas bli bättre kan sjukersättning bli aktuell i stället.

lr-when-omrakning = Från den här dagen räknar Försäkringskassan om livräntan för { $year } med årets indexeringstal.

sp-when-day-91 = Dag 91 i sjukperioden: Försäkringskassan jämför din arbetsförmåga också med andra arbeten hos din arbetsgivare.
sp-when-day-181 = Dag 181: Försäkringskassan jämför din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden.
sp-when-day-366 = Dag 366: Försäkringskassan jämför din arbetsförmåga med arbeten som är vanliga på arbetsmarknaden, om det inte vore orimligt för dig.

alt-when-graviditetspenning-from = Från den här dagen kan du få graviditetspenning, 60 dagar före beräknad förlossning.
alt-when-sjukpenning-efter-ae-from = Din aktivitetsersättning har slutat. Från den här dagen kan du få sjukpenning, om du har en SGI.
alt-when-graviditetspenning-until = Sista dagen med graviditetspenning, 11 dagar före beräknad förlossning.
alt-head-later = Inget passar dig just nu, men graviditetspenning kan bli aktuell från { $from }
