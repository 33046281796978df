# Buttons and navigation.
ui-continue = Fortsätt
ui-back = Tillbaka
ui-yes = Ja
ui-no = Nej
ui-start-again = Börja om
ui-change = Ändra
ui-question-of = Fråga { $n } av högst { $max }
ui-back-to-last-question = Tillbaka till sista frågan
ui-print = Skriv ut
ui-update = Uppdatera

# Errors on the page.
ui-error-summary-title = Det finns ett problem
ui-error-prefix = Fel:{ " " }

# The result page.
ui-your-answers = Dina svar
ui-reasons = Så har vi bedömt
ui-next-steps = Så går du vidare
ui-good-to-know = Bra att veta
ui-failed-title = Därför kan du troligen inte få ersättningen
ui-failed-criterion = Villkor
ui-failed-value = Ditt svar
ui-failed-limit = Det som krävs
ui-check-yes = Stämmer med dina svar
ui-check-no = Stämmer inte med dina svar
ui-check-info = Förklaring
ui-verdict-may-be-eligible = Du kan ha rätt
ui-verdict-probably-not = Troligen inte
ui-verdict-cannot-tell = Går inte att avgöra
ui-law-link-title = Läs paragrafen på lagen.nu
ui-opens-in-new-tab = { " " }(öppnas i en ny flik)
ui-trace-title = Regelspår
ui-estimate-note = Beloppen är uppskattningar före skatt. Det är Försäkringskassan som beslutar om du får ersättning och hur mycket.
ui-privacy-note = Dina svar stannar i din webbläsare. Inget skickas till Försäkringskassan eller någon annan.
ui-rules-version = Regler version { $version }, bedömt för { $as-of }
ui-amount-not-yet-known = Går inte att räkna ut ännu
ui-amount-too-large-to-compute = Beloppet är för stort för att räkna ut.

# The figures used: the table, a figure's value and period.
ui-params-used-title = Värden vi har räknat med
ui-param-source = Källa
ui-param-column = Värde
ui-param-value-column = Belopp eller tal
ui-param-period-column = Gäller
ui-param-plain = { $value }
ui-param-times-pbb = { $factor } × prisbasbeloppet
ui-param-period = { $from } till och med { $until }

# The names of the figures.
ui-param-prisbasbelopp = prisbasbeloppet
ui-param-inkomstbasbelopp = inkomstbasbeloppet
ui-param-sgi-golv = lägsta sjukpenninggrundande inkomst (SGI)
ui-param-sgi-tak = taket för sjukpenninggrundande inkomst (SGI)
ui-param-graviditetspenning-sgi-tak = taket för SGI vid graviditetspenning
ui-param-arbetssokande-tak = högsta sjukpenning per dag för arbetssökande
ui-param-sjukpenning-sarskilda-fall = sjukpenning i särskilda fall per dag
ui-param-garantinivaer = garantinivån
ui-param-inkomstrelaterad-andel = andelen för inkomstrelaterad ersättning
ui-param-antagandeinkomst-tak = taket för antagandeinkomsten
ui-param-livranteunderlag-tak = taket för livränteunderlaget
ui-param-indexeringstal = indexeringstalet för livränta
ui-param-sjukersattning-slutalder = åldersgränsen för sjukersättning
ui-param-bostadstillagg-band = gränserna för bostadskostnaden vid bostadstillägg

# A figure that is missing.
ui-param-not-covered = Verktyget har inget värde för { $param } för { $month }.
ui-param-not-yet-known = Vi känner inte till { $param } för { $year } ännu.

# Levels: the answer options, the level's name, and the words used inside other texts.
ui-level-option = { $level ->
    [none] Mindre än en fjärdedel
    [quarter] Minst en fjärdedel
    [half] Minst hälften
    [three-quarters] Minst tre fjärdedelar
   *[full] Helt
}
ui-level-name = { $level ->
    [quarter] En fjärdedels ({ $percent })
    [half] Halv ({ $percent })
    [three-quarters] Tre fjärdedels ({ $percent })
   *[full] Hel ({ $percent })
}
# "hel", "tre fjärdedels" … as an adjective before the benefit's name.
ui-level-adjective = { $level ->
    [quarter] en fjärdedels
    [half] halv
    [three-quarters] tre fjärdedels
   *[full] hel
}
# "en fjärdedel", "hälften" … as a share of work capacity.
ui-level-share = { $level ->
    [quarter] med en fjärdedel
    [half] med hälften
    [three-quarters] med tre fjärdedelar
   *[full] helt
}

# Inputs: examples and units.
ui-date-example = Skriv som ÅÅÅÅ-MM-DD, till exempel 2004-03-15
ui-month-example = Skriv som ÅÅÅÅ-MM, till exempel 2026-06
ui-kronor-unit = kr
ui-years-unit = år
ui-months-unit = månader

# Loading and failure.
ui-loading = Testet laddas …
ui-apology = Något gick fel i testet. Vi ber om ursäkt. Dina svar finns kvar, så du kan försöka igen.
ui-apology-link = Läs mer på { -fk-web }

# Handler mode.
ui-handler-mode = Handläggarläge
ui-as-of-label = Bedöm per datum
ui-as-of-hint = Reglerna och beloppen som gällde då används. Skriv datumet som ÅÅÅÅ-MM-DD.
ui-questions-title = Uppgifter
ui-result-pending = Resultatet visas när alla frågor som behövs är besvarade.
ui-trace-step = Steg
ui-trace-law = Lagrum
ui-trace-check = Bedömning
ui-result-title = Resultat
ui-skip-to-result = Gå till hela resultatet
ui-case-note-title = Text till journalanteckning
ui-case-note-hint = Svaren, resultatet och skälen med lagrum, som ren text.
ui-copy-case-note = Kopiera texten
ui-case-note-copied = Texten är kopierad.
ui-case-note-test = Självtest: { $title }
ui-case-note-param-line = { $name }: { $value } ({ $period })

# Links to a result.
ui-copy-link = Kopiera länk till resultatet
ui-link-label = Länk till resultatet
ui-link-copied = Länken är kopierad.
ui-link-privacy = Dina svar finns i själva länken, inte hos oss. Dela den bara med den du vill ska se dem.
ui-rules-changed = Reglerna har ändrats sedan länken skapades (version { $then }). Resultatet är räknat med dagens regler (version { $now }).
ui-link-refused = Länken till resultatet gick inte att läsa. Testet börjar därför från början, utan svaren från länken.

# A yearly amount that may be a monthly one.
ui-yearly-amount-check = Frågan gäller ett helt år. { $amount } på ett år är ungefär { $per-month } i månaden. Om { $amount } är vad du får i månaden, skriv årsbeloppet i stället, ungefär { $times-twelve }. Om beloppet stämmer för ett helt år kan du gå vidare.
ui-confirm-yearly-amount = Beloppet stämmer, fortsätt

# The start screen.
ui-start-need = Testet kan fråga efter det här, så ha det gärna till hands:
ui-start-time = Det tar ungefär { $minutes } minuter, med högst { $questions } frågor.
ui-start-button = Starta testet

# Input errors: the sentence after the field's name ("Födelsedatum: skriv …").
ui-input-with-field = { $field }: { $error }
ui-input-unknown-test = det finns inget sådant test.
ui-input-unknown-question = frågan finns inte i det här testet.
ui-input-not-asked = frågan hör inte till dina svar just nu.
ui-input-empty = svara på frågan för att gå vidare.
ui-input-not-a-choice = välj ett av alternativen.
ui-input-no-such-day = det datumet finns inte. Kontrollera dag och månad.
ui-input-year-out-of-range = skriv ett år mellan 1900 och 9999.
ui-input-bad-date = skriv datumet som ÅÅÅÅ-MM-DD (år, månad, dag), till exempel 2004-03-15.
ui-input-date-too-early = datumet kan inte vara före år 1900.
ui-input-date-in-future = datumet kan inte vara senare än i dag.
ui-input-bad-month = skriv månaden som ÅÅÅÅ-MM (år, månad), till exempel 2026-06.
ui-input-not-an-amount = skriv beloppet med siffror, till exempel 350 000.
ui-input-negative-amount = beloppet kan inte vara mindre än 0.
ui-input-amount-has-ore = skriv beloppet i hela kronor, utan öre.
ui-input-amount-too-large = beloppet kan vara högst { $max }.
ui-input-not-a-number = skriv ett heltal från { $min } till { $max }.
ui-input-no-previous-question = det finns ingen tidigare fråga.
ui-input-not-finished = det finns frågor kvar att svara på innan resultatet kan visas.
ui-input-bad-as-of = datumet för bedömningen går inte att använda med dina svar.
ui-input-bad-saved-session = de sparade svaren gick inte att läsa. Gör testet igen.
ui-input-unsupported-saved-version = de sparade svaren har ett format (version { $version }) som vi inte kan läsa. Gör testet igen.
