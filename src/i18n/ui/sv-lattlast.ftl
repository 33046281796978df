# Lättläst for what a result page says; everything else is plain Swedish.
ui-yes = Ja
ui-no = Nej
ui-change = Ändra
ui-start-again = Börja om
ui-print = Skriv ut
ui-back = Tillbaka
ui-continue = Fortsätt
ui-verdict-may-be-eligible = Kanske – det är Försäkringskassan som bestämmer
ui-verdict-probably-not = Troligen inte
ui-verdict-cannot-tell = Vi vet inte
ui-failed-title = Därför kan du troligen inte få ersättningen
ui-failed-criterion = Regel
ui-failed-value = Ditt svar
ui-check-yes = Stämmer med dina svar
ui-check-no = Stämmer inte med dina svar
ui-check-info = Förklaring
ui-failed-limit = Det som krävs
ui-good-to-know = Bra att veta
ui-next-steps = Det här kan du göra nu
ui-reasons = Så har vi tänkt
ui-your-answers = Dina svar
ui-estimate-note = Pengarna är räknade före skatt. Det är en ungefärlig summa. Försäkringskassan bestämmer om du får pengar och hur mycket.
ui-privacy-note = Dina svar sparas inte. De stannar i din dator eller telefon.
ui-level-option = { $level ->
    [none] Mindre än en fjärdedel
    [quarter] Minst en fjärdedel
    [half] Minst hälften
    [three-quarters] Minst tre fjärdedelar
   *[full] Helt, jag kan inte arbeta alls
}
ui-level-name = { $level ->
    [quarter] En fjärdedel av hel ersättning
    [half] Halv ersättning
    [three-quarters] Tre fjärdedelar av hel ersättning
   *[full] Hel ersättning
}
ui-copy-link = Kopiera en länk till svaret
ui-amount-not-yet-known = Vi vet inte än
ui-back-to-last-question = Gå tillbaka till den sista frågan
ui-link-refused = Länken fungerar inte. Du får börja testet från början.

# The start screen.
ui-start-need = Testet kan fråga om det här:
ui-start-time = Det tar ungefär { $minutes } minuter. Du svarar på högst { $questions } frågor.
ui-start-button = Börja

# Errors on the page.
ui-error-summary-title = Något är fel
ui-error-prefix = Fel:{ " " }
ui-question-of = Fråga { $n } av högst { $max }
ui-law-link-title = Läs lagen på lagen.nu
ui-amount-too-large-to-compute = Summan är för stor. Vi kan inte räkna ut den.
ui-params-used-title = Siffror vi har räknat med
ui-param-not-covered = Vi har ingen siffra för { $param } för { $month }.
ui-param-not-yet-known = Vi vet inte än vad { $param } är för år { $year }.
ui-apology = Något gick fel i testet. Förlåt. Dina svar finns kvar. Du kan försöka igen.
ui-loading = Testet startar …

# Inputs: examples and units.
ui-date-example = Skriv år, månad och dag med siffror, till exempel 2004-03-15
ui-month-example = Skriv år och månad med siffror, till exempel 2026-06

# A yearly amount that may be a monthly one.
ui-yearly-amount-check = Frågan gäller ett helt år. { $amount } på ett år är ungefär { $per-month } i månaden. Får du { $amount } i månaden? Skriv då hur mycket du får på ett år. Det är ungefär { $times-twelve }. Stämmer summan för ett helt år? Då kan du gå vidare.
ui-confirm-yearly-amount = Summan stämmer, gå vidare

# Input errors: the sentence after the field's name.
ui-input-with-field = { $field }: { $error }
ui-input-unknown-test = det testet finns inte.
ui-input-unknown-question = frågan finns inte i det här testet.
ui-input-not-asked = du behöver inte svara på den frågan nu.
ui-input-empty = svara på frågan. Sedan kan du gå vidare.
ui-input-not-a-choice = välj ett av svaren.
ui-input-no-such-day = det datumet finns inte. Titta på dagen och månaden igen.
ui-input-year-out-of-range = skriv ett år mellan 1900 och 9999.
ui-input-bad-date = skriv år, månad och dag med siffror, till exempel 2004-03-15.
ui-input-date-too-early = datumet kan inte vara före år 1900.
ui-input-date-in-future = datumet kan inte vara efter i dag.
ui-input-bad-month = skriv år och månad med siffror, till exempel 2026-06.
ui-input-not-an-amount = skriv summan med siffror, till exempel 350 000.
ui-input-negative-amount = summan kan inte vara mindre än 0.
ui-input-amount-has-ore = skriv bara hela kronor, utan öre.
ui-input-amount-too-large = summan kan vara högst { $max }.
ui-input-not-a-number = skriv ett helt tal från { $min } till { $max }.
ui-input-no-previous-question = det finns ingen fråga före den här.
ui-input-not-finished = du har frågor kvar. Svara på dem först. Sedan kan du se resultatet.
ui-input-bad-as-of = vi kan inte använda datumet med dina svar.
ui-input-bad-saved-session = vi kan inte läsa dina sparade svar. Gör testet igen.
ui-input-unsupported-saved-version = vi kan inte läsa dina sparade svar. De är sparade på ett gammalt sätt. Gör testet igen.

# The names of the figures, where a plain description can replace the term.
ui-param-sgi-golv = lägsta inkomst som ger sjukpenning
ui-param-sgi-tak = högsta inkomst som sjukpenningen räknas från
ui-param-graviditetspenning-sgi-tak = högsta inkomst som graviditetspenningen räknas från
ui-param-arbetssokande-tak = mest sjukpenning om dagen för arbetslösa
ui-param-sjukpenning-sarskilda-fall = sjukpenning i särskilda fall om dagen
