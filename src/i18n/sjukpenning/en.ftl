# The self-test.
sp-title = Work out your sickness benefit
sp-intro = Answer a few questions to find out roughly how much sickness benefit (sjukpenning) you can get per day, and which dates matter if you are ill for a long time. Sickness benefit is money from Försäkringskassan when you cannot work because you are ill.
sp-q-income = How much do you expect to earn per year before tax?
sp-n-income = Income per year
sp-h-income = Count your salary and other income from work that you have now and that will continue. If you earn SEK 30,000 a month, that is SEK 360,000 a year.
sp-q-job-seeker = Are you unemployed and registered as a job seeker at Arbetsförmedlingen?
sp-n-job-seeker = Job seeker
sp-h-job-seeker = If you are unemployed, a lower cap applies to your sickness benefit.
sp-q-knows-first-day = Do you know the day you became ill?
sp-n-knows-first-day = Knows the day you became ill
sp-h-knows-first-day = Then we can work out when Försäkringskassan starts comparing your ability to work with other jobs.
sp-q-first-day = What was your first day of illness?
sp-n-first-day = First day of illness
sp-h-first-day = The first day you were ill counts as day 1. For example 2025-01-10.

# Rule steps.
sp-assumes-reduced-capacity = Sickness benefit requires that illness reduces your ability to work by at least a quarter. We calculate as if you are on full-time sick leave.
sp-step-income = Your sickness-benefit qualifying income (SGI) is based on the income from work you can expect per year: { $income }.
sp-income-at-least-floor = The income is at least 24 per cent of the price base amount, that is at least { $floor } per year.
sp-value-per-year = { $amount } per year
sp-limit-at-least-per-year = At least { $amount } per year
sp-step-capped = The income { $income } is above the cap. The part above { $cap } does not count.
sp-step-sgi = The SGI is rounded down to whole hundreds: { $sgi }.
sp-step-per-day = Sickness benefit per day at { $level }: { $level } × { $share } × { $sgi } / 365 = { $amount }.
sp-job-seeker-cap-applied-true = You are unemployed. Then you get at most { $cap } per day in sickness benefit. That cap applies to you.
sp-job-seeker-cap-applied-false = You are unemployed. Then you get at most { $cap } per day in sickness benefit. Your benefit is below the cap.
sp-job-seeker-cap-not-yet-known = You are unemployed. Then there is a cap on sickness benefit per day. We do not know the cap for this year, so we cannot work out the amount.
sp-chain-days-1-to-90 = Days 1–90 ({ $from } to { $through }): your ability to work is compared with your usual job, or other work your employer offers you for the time being.
sp-chain-days-91-to-180 = Days 91–180 ({ $from } to { $through }): your ability to work is also compared with any work your employer can offer you.
sp-chain-from-day-181 = From day 181 ({ $from }) to day 365 ({ $through }): your ability to work is compared with jobs that are common on the labour market, unless there are special reasons or it would be unreasonable.
sp-chain-from-day-366 = From day 366 ({ $from }): your ability to work is compared with jobs that are common on the labour market, unless it would be unreasonable.
sp-chain-job-seeker = You are unemployed. Your ability to work is then compared with jobs that are common on the labour market from the first day, { $from }.
sp-chain-periods-joined = The dates are for one unbroken period of illness. If you fall ill again within 90 days, the days of the earlier period count too.
sp-level-drops-after-364-days = Sickness benefit drops to 75 per cent once you have had it for 364 days within 450 days. That count is separate from the days above.

# The result.
sp-head-per-day = You can get about { $per-day } per day in sickness benefit
sp-head-amount-not-yet-known = You may be entitled to sickness benefit, but we cannot work out the amount for { $year }
sp-head-no-sgi = You probably have no sickness-benefit qualifying income, so you get no sickness benefit
sp-head-cannot-tell = We cannot work out your sickness benefit
sp-row-year = Calculated for the year
sp-row-sgi = Sickness-benefit qualifying income (SGI)
sp-no-sgi = No SGI
sp-row-per-day-80 = Sickness benefit per day at the normal level (just under 80 per cent of SGI), before tax
sp-row-per-day-75 = Sickness benefit per day after 364 days (just under 75 per cent of SGI), before tax
sp-row-per-month-80 = About per month at the normal level, before tax
sp-row-job-seeker-cap = Highest sickness benefit per day for the unemployed
sp-row-job-seeker-cap-applied = The cap for the unemployed lowers the amount
sp-row-sgi-capped = The income is above the cap
sp-row-day = Day { $n } of the period of illness
sp-note-employee-first-14-days = If you are employed, your employer pays sick pay for the first 14 days. Sickness benefit from Försäkringskassan starts on day 15.
sp-note-levels = If you are on part-time sick leave, you get a quarter, half or three-quarter sickness benefit.
sp-note-job-seeker = Stay registered at Arbetsförmedlingen while you are ill. Otherwise you may lose your SGI.
sp-note-not-considered = This calculator has not included: whether your ability to work is reduced enough for sickness benefit (we calculate as if you are on full-time sick leave), the qualifying deduction (karensavdrag), sick pay from your employer for the first 14 days and sickness benefit by working hours, how many days you have already had at the normal level, supplements from your employer or AFA Försäkring under a collective agreement, and tax.
sp-next-report-sick = Report sick to your employer. If you are unemployed or self-employed, report sick to Försäkringskassan on the first day.
sp-next-certificate = From day 8 you need a medical certificate.
sp-next-apply = Apply for sickness benefit on Mina sidor at { -fk-web }.
sp-next-day-180 = If you cannot go back to your job before day 181, talk to your employer about a plan for returning to work. If your sickness benefit is refused, register at Arbetsförmedlingen at once to keep your SGI.
sp-next-no-sgi = Do you have income that is not counted here, for example from several jobs? Add it up and take the test again. You can also call Försäkringskassan on { -fk-phone }.
sp-next-cannot-tell = Call Försäkringskassan on { -fk-phone } for help with what applies to you.
