# Lättläst for what a result page says; everything else is plain Swedish.
ui-yes = Ja
ui-no = Nej
ui-change = Ändra
ui-start-again = Börja om
ui-print = Skriv ut
ui-back = Tillbaka
ui-continue = Fortsätt
ui-verdict-may-be-eligible = Du kan kanske få ersättning
ui-verdict-probably-not = Troligen inte
ui-verdict-cannot-tell = Vi vet inte
ui-failed-title = Därför kan du troligen inte få ersättningen
ui-failed-criterion = Regel
ui-failed-value = Ditt svar
ui-failed-limit = Det som krävs
ui-good-to-know = Bra att veta
ui-next-steps = Det här kan du göra nu
ui-reasons = Så har vi tänkt
ui-your-answers = Dina svar
ui-estimate-note = Pengarna är räknade före skatt. Det är bara en gissning. Försäkringskassan bestämmer hur mycket du får.
ui-privacy-note = Dina svar sparas inte. De stannar i din dator eller telefon.
ui-level-option = { $level ->
    [none] Mindre än en fjärdedel
    [quarter] Minst en fjärdedel
    [half] Minst hälften
    [three-quarters] Minst tre fjärdedelar
   *[full] Helt
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
