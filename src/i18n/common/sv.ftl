# Facts many texts repeat: written once, referenced as { -fk-phone } and so on.
-fk-phone = 0771-524 524
-fk-web = forsakringskassan.se

# A number of years ("12 år") and of months ("1 månad", "5 månader").
years = { $years } år
months = { $months ->
    [one] 1 månad
   *[other] { $months } månader
}

# A value shown on its own: a month, a date, an amount.
month = { $month }
date = { $date }
kronor = { $amount }
