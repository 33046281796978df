# The self-test.
sp-title = Work out your sickness benefit
sp-intro = Answer a few questions to find out roughly how much sickness benefit (sjukpenning) you can get per day. You also find out which dates matter if you are ill for a long time. Sickness benefit is money from Försäkringskassan (the Swedish Social Insurance Agency) when you cannot work because you are ill.
sp-q-income = How much do you expect to earn per year before tax?
sp-n-income = Income per year
sp-h-income = Count your salary and other income from work that you have now and that will continue. If you earn SEK 30,000 a month, that is SEK 360,000 a year.
sp-q-job-seeker = Are you unemployed and registered as a job seeker at Arbetsförmedlingen (the Swedish Public Employment Service)?
sp-n-job-seeker = Job seeker
sp-h-job-seeker = If you are unemployed, a lower cap applies to your sickness benefit.
sp-q-knows-first-day = Do you know the day you became ill?
sp-n-knows-first-day = Knows the day you became ill
sp-h-knows-first-day = Then we can work out when Försäkringskassan starts comparing your work capacity with other jobs.
sp-q-first-day = What was your first day of illness?
sp-n-first-day = First day of illness
sp-h-first-day = The first day you were ill counts as day 1. For example 2025-01-10.

# Rule steps.
sp-assumes-reduced-capacity = To get sickness benefit, illness must reduce your work capacity by at least a quarter. We calculate as if you are on full-time sick leave.
sp-step-income = You have said that you expect to earn { $income } a year from work. Your sickness-benefit qualifying income (SGI) is based on that income.
sp-income-at-least-floor = The income must be at least 24 per cent of the price base amount, that is at least { $floor } per year.
sp-value-per-year = { $amount } per year
sp-limit-at-least-per-year = At least { $amount } per year
sp-step-capped = Your income of { $income } is above the cap. Försäkringskassan does not count the part above { $cap }.
sp-step-sgi = Försäkringskassan rounds the SGI down to whole hundreds: { $sgi }.
sp-step-per-day = Sickness benefit per day at { $level }: { $level } × { $share } × { $sgi } / 365 = { $amount }. Försäkringskassan first reduces the SGI by multiplying it by { $share }. That is why the benefit is just under { $level } of the SGI.
sp-job-seeker-cap-applied-true = You have said that you are unemployed. Then you get at most { $cap } per day in sickness benefit. That cap lowers your benefit.
sp-job-seeker-cap-applied-false = You have said that you are unemployed. Then you get at most { $cap } per day in sickness benefit. Your benefit is below the cap.
sp-job-seeker-cap-not-yet-known = You have said that you are unemployed. Then there is a cap on sickness benefit per day. We do not know the cap for this year yet, so we cannot work out the amount.
sp-chain-days-1-to-90 = Days 1–90 ({ $from } to { $through }). Försäkringskassan compares your work capacity with your usual job, or with other work your employer offers you for the time being.
sp-chain-days-91-to-180 = Days 91–180 ({ $from } to { $through }). Försäkringskassan also compares your work capacity with any work your employer can offer you.
sp-chain-from-day-181 = From day 181 ({ $from }) to day 365 ({ $through }). Försäkringskassan compares your work capacity with jobs that are common on the labour market. This does not apply if you can probably return to your employer before day 366. Nor does it apply if it would be unreasonable for you.
sp-chain-from-day-366 = From day 366 ({ $from }). Försäkringskassan compares your work capacity with jobs that are common on the labour market. This does not apply if it would be unreasonable for you.
sp-chain-job-seeker = You have said that you are unemployed. Försäkringskassan then compares your work capacity with jobs that are common on the labour market from the first day, { $from }.
sp-chain-periods-joined = The dates are for one unbroken period of illness. If you fall ill again within 90 days, Försäkringskassan counts the days of the earlier period too.
sp-level-drops-after-364-days = After 364 days of sickness benefit within 450 days (about 15 months), Försäkringskassan lowers it to just under 75 per cent of the SGI. That count is separate from the days of the period of illness above.

# The result.
sp-head-per-day = You can get about { $per-day } per day in sickness benefit
sp-head-amount-not-yet-known = You may be entitled to sickness benefit, but we cannot work out the amount for { $year }
sp-head-no-sgi = You probably cannot get sickness benefit, because your income is too low for a sickness-benefit qualifying income (SGI)
sp-head-cannot-tell = We cannot work out your sickness benefit
sp-row-year = Calculated for the year
sp-row-sgi = Sickness-benefit qualifying income (SGI)
sp-no-sgi = No SGI
sp-row-per-day-80 = Sickness benefit per day, before tax (just under 80 per cent of SGI)
sp-row-per-day-75 = Sickness benefit per day after 364 days, before tax (just under 75 per cent of SGI)
sp-row-per-month-80 = Sickness benefit, about per month, before tax (just under 80 per cent of SGI)
sp-row-job-seeker-cap = Highest sickness benefit per day for the unemployed
sp-row-job-seeker-cap-applied = The cap for the unemployed lowers the amount
sp-row-sgi-capped = Your income is above the cap
sp-row-day = Day { $n } of the period of illness
sp-note-employee-first-14-days = If you are employed, your employer usually pays sick pay for days 1–14, minus a qualifying deduction (karensavdrag). From day 15 you can get sickness benefit from Försäkringskassan.
sp-note-levels = If you are on part-time sick leave, you can get a quarter, half or three-quarter sickness benefit.
sp-note-job-seeker = Stay registered at Arbetsförmedlingen (the Swedish Public Employment Service) while you are ill. Otherwise you may lose your SGI.
sp-note-not-considered = We have not included everything. We do not know whether your work capacity is reduced enough for sickness benefit, so we calculate as if you are on full-time sick leave. We have not included the qualifying deduction (karensavdrag), sick pay from your employer for the first 14 days, or sickness benefit based on your working hours. Nor have we included how many days you have already had at just under 80 per cent. Supplements from your employer or AFA Försäkring under a collective agreement, and tax, are not included either.
sp-next-report-sick = Report sick to your employer. If you are unemployed or self-employed, report sick to Försäkringskassan (the Swedish Social Insurance Agency) on the first day.
sp-next-certificate = From day 8 you need a medical certificate.
sp-next-apply = Apply for sickness benefit on My pages (Mina sidor) at { -fk-web }.
sp-next-day-180 = If you cannot go back to your job before day 181, talk to your employer about a plan for returning to work. If Försäkringskassan says no to sickness benefit, register at Arbetsförmedlingen (the Swedish Public Employment Service) at once. That way you keep your SGI.
sp-next-no-sgi = Do you have income that is not counted here, for example from several jobs? Add it up and take the test again. You can also call Försäkringskassan on { -fk-phone }.
sp-next-cannot-tell = Call Försäkringskassan on { -fk-phone } for help with what applies to you.
