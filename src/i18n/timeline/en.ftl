# The dates that matter for the person (issue 13): a list on the result page and a calendar file.

timeline-title = Dates to remember
timeline-download = Save the dates in your calendar (.ics file)
timeline-calendar-name = Self-test: dates to remember

ae-when-first-month = From this month at the earliest you can get { $benefit ->
        [sa] sickness compensation
       *[ae] activity compensation
    }.
ae-when-apply-by = The last month to apply if you want to be paid from { $first }. Försäkringskassan pays at most three months back from the month you apply.
ae-when-last-month = The last month of { $benefit ->
        [sa] sickness compensation
       *[ae] activity compensation
    } under the rules in force now.
ae-when-sa-from-30 = You turn 30 and activity compensation has ended. If your work capacity is not expected to get better, sickness compensation may apply instead.

lr-when-omrakning = From this day Försäkringskassan (the Swedish Social Insurance Agency) recalculates the annuity for { $year } with the year's index figure (indexeringstal).

sp-when-day-91 = Day 91 of the period of illness: Försäkringskassan also compares your work capacity with other work at your employer.
sp-when-day-181 = Day 181: Försäkringskassan compares your work capacity with jobs that are common on the labour market.
sp-when-day-366 = Day 366: Försäkringskassan compares your work capacity with jobs that are common on the labour market, unless that would be unreasonable for you.

alt-when-graviditetspenning-from = From this day you can get pregnancy benefit, 60 days before the expected birth.
alt-when-sjukpenning-efter-ae-from = Your activity compensation has ended. From this day you can get sickness benefit, if you have an SGI.
alt-when-graviditetspenning-until = The last day of pregnancy benefit, 11 days before the expected birth.
alt-head-later = Nothing fits you right now, but pregnancy benefit may apply from { $from }
