# Facts many texts repeat: written once, referenced as { -fk-phone } and so on.
-fk-phone = +46 771-524 524
-fk-web = forsakringskassan.se

# A number of years ("12 years") and of months ("1 month", "5 months").
years = { $years } years
months = { $months ->
    [one] 1 month
   *[other] { $months } months
}

# A value shown on its own: a month, a date, an amount.
month = { $month }
date = { $date }
kronor = { $amount }
