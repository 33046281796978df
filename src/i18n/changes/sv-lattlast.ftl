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
