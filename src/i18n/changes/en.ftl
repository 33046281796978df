# What would turn a "probably not" (issue 13), computed by the rules from the failed condition's
# value and limit. Shown under "What would change the result".

changes-title = What would change the result

ae-change-reduced-quarter = If your work capacity is reduced by at least a quarter, you may be entitled to compensation.
ae-change-at-least-a-year = If your reduced work capacity is expected to last at least a year, you may be entitled to compensation.
ae-change-permanent = If you are not expected to get better, not even with treatment or rehabilitation, you may be entitled to sickness compensation.

lr-change-loss-to-one-fifteenth = Your loss of income is { $short } a year too small. The annuity needs a loss of at least { $least } a year, one fifteenth of your income before the injury.
lr-change-loss-to-quarter-pbb = Your loss of income is { $short } a year too small. The annuity needs a loss of at least { $least } a year, a quarter of the price base amount.
lr-change-longer-duration = If your reduced ability to work is expected to last at least { $months } months, that is { $short ->
        [one] one month
       *[other] { $short } months
    } more, you may be entitled to the annuity. Apply when your doctor can assess it.
lr-change-approved = If Försäkringskassan approves the injury as an occupational injury, for example after a reconsideration, you may be entitled to the annuity.

sp-change-income-to-floor = Your income is { $short } a year too low. With an income from work of at least { $least } a year you have an SGI and can get sickness benefit.

# What moves an amount most (issue 13): each answer moved by a round step, by the same rules.

moves-title = What moves the amount most

lr-moves-income-before = Your income before the injury: { $step } more a year gives about { $month } more annuity a month.
lr-moves-income-before-capped = Your income before the injury is above the cap of the annuity basis (livränteunderlag), { $cap } a year. A higher income does not give a higher annuity.
lr-moves-income-after = What you can earn now: { $step } more a year gives about { $month } less annuity a month.
sp-moves-income = Your yearly income: { $step } more a year gives about { $month } more sickness benefit a month.
sp-moves-income-capped = Your income reaches the cap for the SGI, { $cap } a year. A higher income does not give more sickness benefit.
sp-moves-job-seeker-cap = Your sickness benefit reaches the cap for job seekers, { $cap } a day. A higher income does not give more.
ae-moves-income = Your assumed income (antagandeinkomst): { $step } more a year gives about { $month } more a month.
ae-moves-income-over-cap = Your assumed income reaches the cap, 7.5 price base amounts a year. A higher income does not give more.
ae-moves-income-below-garanti = Your assumed income does not change the amount now: the guarantee compensation tops it up to the guarantee level. { $step } more a year gives the same amount.
ae-moves-forsakringstid = Your insurance period: one more year in Sweden gives about { $month } more a month, until you have { $years } years.

# The alternatives (issue 13 item 1): from the catalogue's reasons why an entry does not fit.
alt-change-omstallningsmote-from-day = If you are still on sick leave on day { $from } of your sick period, a meeting with Arbetsförmedlingen about new work may apply.
alt-change-duration-at-least = If your reduced work capacity is expected to last at least { $months } months, aktivitetsersättning or the annuity may apply.
alt-change-livranta-loss-to-one-fifteenth = Your loss of income is { $short } a year too small for the annuity. It needs at least { $least } a year, one fifteenth of your income before the injury.
alt-change-livranta-loss-to-quarter-pbb = Your loss of income is { $short } a year too small for the annuity. It needs at least { $least } a year, a quarter of the price base amount.
alt-change-aktivitetsersattning-from = From { $from } you have the age aktivitetsersättning requires. The other conditions are tested then.
alt-change-sjukersattning-from = From { $from } you have the age sjukersättning requires for you. The other conditions are tested then.
alt-change-sarskilda-fall-from = Your aktivitetsersättning ends when you turn 30. From { $from }, sjukpenning or rehabiliteringspenning i särskilda fall may apply.
alt-change-graviditetspenning-from = From { $from }, 60 days before the expected birth, graviditetspenning may apply.
