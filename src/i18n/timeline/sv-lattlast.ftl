# The dates that matter, in easy-to-read Swedish.

timeline-title = Datum som är bra att veta
timeline-download = Spara datumen i din kalender

ae-when-first-month = Från den här månaden kan du tidigast få pengar.
ae-when-apply-by = Sök senast den här månaden. Då kan du få pengar från { $first }.
ae-when-last-month = Den här månaden får du pengar för sista gången.
ae-when-sa-from-30 = Du fyller 30 år. Kan du inte bli bättre? Då kan du kanske få sjukersättning i stället.

lr-when-omrakning = Från den här dagen ändras din livränta. Den räknas om varje år.

sp-when-day-91 = Dag 91: Försäkringskassan tittar på om du kan göra ett annat arbete hos din arbetsgivare.
sp-when-day-181 = Dag 181: Försäkringskassan tittar på om du kan göra ett annat vanligt arbete.
sp-when-day-366 = Dag 366: Försäkringskassan tittar på om du kan göra ett annat vanligt arbete.

alt-when-graviditetspenning-from = Från den här dagen kan du få graviditetspenning.
alt-when-sjukpenning-efter-ae-from = Från den här dagen kan du få sjukpenning.
alt-when-graviditetspenning-until = Sista dagen du kan få graviditetspenning.
alt-head-later = Inget passar dig nu. Men du kan kanske få graviditetspenning från { $from }
