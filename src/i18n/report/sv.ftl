# The screening's report (issue 14 item 3): one HTML file with counts per benefit, to look at
# and to share. Read by case handlers and analysts; only the command line writes it.

report-title = Sammanställning av screeningen
report-doc-title = Sammanställning av screeningen { $date }
report-intro = Filen sammanställer en screening av sjukfall. { $n ->
        [one] En post lästes.
       *[other] { $records } poster lästes.
    } Screeningen gällde läget den { $date } och använde profilen ”{ $profile }”.
report-flagged-means = En flaggad post betyder att personen bör informeras om en förmån eller en väg. Det är inte ett beslut.
report-shareable = Filen innehåller bara antal. Den innehåller inga id, inga personnummer och inga värden från posterna. Små antal är dolda, så att ingen person kan pekas ut. Därför kan filen delas.

report-legend = Så läser du siffrorna
report-legend-suppressed = .. betyder att antalet är dolt. Vi döljer antal från 1 till 4, som officiell statistik gör.
report-legend-secondary = Om bara ett antal i en rad var dolt skulle det gå att räkna ut från radens totalsumma. Då döljer vi också det minsta av de andra antalen i raden, ibland en nolla. Därför kan .. också stå för 0 eller för 5 eller fler.
report-legend-zero = 0 betyder att ingen post finns.
report-legend-once = En post räknas en gång per förmån, även om den flaggades för förmånen av flera skäl. En post kan flaggas för flera förmåner. Därför kan förmånerna tillsammans bli fler än de flaggade posterna.
report-legend-chart = Diagrammen visar samma siffror som tabellerna under dem. Ett dolt antal har ingen stapel.

report-totals = Totalt
report-totals-caption = Antal poster i screeningen
report-row-read = Poster som lästes
report-row-flagged = Poster som flaggades för minst en förmån
report-row-not-flagged = Poster som inte flaggades
report-row-unread = Poster som inte gick att läsa
report-col-what = Vad
report-col-count = Antal

report-by-benefit = Per förmån
report-by-benefit-caption = Antal poster som flaggades per förmån eller väg
report-by-benefit-chart = Stapeldiagram: antal poster som flaggades per förmån eller väg
report-by = Per förmån och { $dim ->
        [length] sjukperiodens längd
        [age] ålder
        [sex] kön
       *[region] region
    }
report-by-caption = Antal poster som flaggades per förmån och { $dim ->
        [length] sjukperiodens längd
        [age] ålder
        [sex] kön
       *[region] region
    }
report-by-chart = Stapeldiagram: antal poster som flaggades per förmån och { $dim ->
        [length] sjukperiodens längd
        [age] ålder
        [sex] kön
       *[region] region
    }
report-by-chart-only-flagged = Diagrammet visar bara förmåner med minst en flaggad post.
report-by-chart-too-many = Med { $n } klasser blir diagrammet för stort. Siffrorna finns i tabellen.
report-col-benefit = Förmån eller väg
report-col-flagged = Flaggade poster
report-col-total = Totalt
report-col-missing = Uppgift saknas
report-col-other = Övriga
report-row-all = Alla lästa poster
report-class-days = { $class } dagar
report-class-years = { $class } år
report-no-flags = Ingen post flaggades.

report-unread = Poster som inte gick att läsa
report-unread-none = Alla poster gick att läsa.
report-unread-count = { $n ->
        [one] En post gick inte att läsa.
       *[other] { $count } poster gick inte att läsa.
    } Listan visar raden i filen och vad som var fel.
report-unread-shown = Listan visar de första { $shown }. Resten räknas men visas inte.
report-unread-caption = Poster som inte gick att läsa
report-col-line = Rad
report-col-problem = Vad som var fel
