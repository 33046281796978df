# The self-test.
ae-title = Activity compensation and sickness compensation
ae-intro = Answer a few questions to find out whether you may be entitled to activity compensation (aktivitetsersättning) or sickness compensation (sjukersättning). You will also see from which month and roughly how much. Activity compensation is money for people aged 19 to 29 who cannot work full time because of illness or disability. Sickness compensation is the same for people aged 30 or older. Försäkringskassan (the Swedish Social Insurance Agency) decides whether you get it.
ae-q-birth-date = What is your date of birth?
ae-n-birth-date = Date of birth
ae-q-insured = Do you live or work in Sweden?
ae-n-insured = Living or working in Sweden
ae-h-insured = To get the benefit you need to be insured in Sweden. You usually are if you live or work here.
ae-choice-lives-in-sweden = I live in Sweden
ae-choice-works-in-sweden = I work in Sweden but live in another country
ae-choice-neither = No, neither
ae-q-grund = Why do you need compensation?
ae-n-grund = Why you need compensation
ae-choice-reduced-capacity = I cannot work full time because of illness, injury or disability
ae-choice-schooling = I am still at school, because my disability makes my schooling take longer
ae-h-choice-schooling = This means compulsory or upper-secondary school, or a school equivalent to them.
ae-q-reduction = How much less than full time can you work?
ae-n-reduction = How much your work capacity is reduced
ae-h-reduction = Think of all kinds of work, including adapted work, not only your current job. At least a quarter means that you can work at most 75 per cent of full time. Entirely means that you cannot work at all. In the end, Försäkringskassan assesses this, based on your doctor's statement.
ae-q-duration = How long do you and your doctor think you will be unable to work as usual?
ae-n-duration = How long you cannot work as usual
ae-choice-less-than-year = Less than a year
ae-choice-at-least-year = At least a year, but it may get better
ae-choice-permanent = It will not get better
ae-h-choice-permanent = Not even with treatment or rehabilitation.
ae-choice-dont-know = I don't know
ae-q-schooling-disability = Does your schooling take longer because of a disability?
ae-n-schooling-disability = Schooling that takes longer
ae-h-schooling-disability = For example if you repeat a year or study at a slower pace because of your disability.
ae-q-schooling-ends = In which month do you expect your schooling to end?
ae-n-schooling-ends = Month your schooling ends
ae-q-lived-since-16 = Have you lived in Sweden all the time since you turned 16?
ae-n-lived-since-16 = Lived in Sweden since age 16
ae-h-lived-since-16 = The guarantee compensation depends on how long you have lived in Sweden. Answer yes if you turned 16 recently and have lived here since.
ae-q-years-in-sweden = How many years have you lived in Sweden since you turned 16?
ae-n-years-in-sweden = Years in Sweden since age 16
ae-h-years-in-sweden = Enter a whole number. Count the years you lived here, from the year you turned 16 up to and including last year. We add the years up to the year you turn 64 ourselves.
ae-q-had-income = Have you had income from work in Sweden for at least one year?
ae-n-had-income = Income from work for at least a year
ae-h-had-income = For example a salary or income from your own business. It can give you income-related compensation.
ae-q-income = Roughly how much did you earn per year before tax, before you became ill?
ae-n-income = Income per year
ae-h-income = Use an average of your best years before you became ill. Have you had a decision from Försäkringskassan that gives an assumed income (antagandeinkomst)? Then enter that amount.
ae-q-income-basis = How do you want to give your income?
ae-n-income-basis = Way of giving the income
ae-choice-yearly-incomes = Work it out from my yearly incomes in the last five years
ae-choice-antagandeinkomst = I know my assumed income (antagandeinkomst)
ae-h-choice-antagandeinkomst = The assumed income is in Försäkringskassan's decision or calculation.
ae-q-income-years-ago = { $n ->
    [1] How much did you earn last year, before tax?
   *[other] How much did you earn { $n } years ago, before tax?
}
ae-n-income-years-ago = { $n ->
    [1] Income last year
   *[other] Income { $n } years ago
}
ae-h-income-year = Salary and income from your own business, before tax, for the whole year. Enter 0 if you had no income. The amounts are in your tax return.

# Rule steps (conditions read as the requirement; the check says met or not).
ae-insured-in-sweden = You need to be insured in Sweden. You usually are if you live or work here.
ae-insured-cross-border = You have answered that you work in Sweden but live in another country. EU rules then decide which country pays. We cannot assess that here.
ae-value-not-insured = You neither live nor work in Sweden
ae-limit-insured = You live or work in Sweden
ae-ae-window = You can get activity compensation from July of the year you turn 19 up to and including the month before you turn 30. For you, that is from { $from } to { $through }.
ae-assessed-against-whole-labour-market = Försäkringskassan compares your work capacity with all work on the labour market, including adapted work. Not only with your current job.
ae-reduction-at-least-quarter = Your work capacity must be reduced by at least a quarter. This means that you can work at most 75 per cent of full time.
ae-lasts-at-least-a-year = Your work capacity must be reduced for at least one year.
ae-duration-unknown = You have answered that you do not know how long you will be unable to work as usual. So we cannot assess whether you are entitled.
ae-value-less-than-year = Less than a year
ae-limit-at-least-year = At least one year
ae-permanent = For sickness compensation, your work capacity must be reduced for as far ahead as can be foreseen. It must not get better, not even with treatment or rehabilitation.
ae-value-at-least-year-not-permanent = At least a year, but it may get better
ae-limit-permanent = It will not get better, not even with treatment or rehabilitation
ae-at-most-three-years = A decision on activity compensation lasts at most three years. After that you need to apply again.
ae-full-sa-before-30 = If you cannot work at all and this will not get better, you can get full sickness compensation before you turn 30. You then get it instead of activity compensation.
ae-when-ae-ends-at-30 = Activity compensation ends in { $month } at the latest, the month before you turn 30. After that, you may be able to get sickness compensation, or sickness or rehabilitation benefit in special cases.
ae-schooling-extended-by-disability = Your schooling must take longer because of a disability.
ae-schooling-not-finished-by-july-19 = Your schooling must go on after July of the year you turn 19 ({ $july }).
ae-value-schooling-ends = The schooling ends in { $month }
ae-limit-schooling-after = The schooling goes on after { $month }
ae-schooling-goes-on = You get the compensation only while your schooling goes on. It must go on in { $from } or later.
ae-limit-schooling-from = The schooling goes on in { $month } or later
ae-schooling-always-full = With extended schooling you always get full activity compensation, for as long as the schooling lasts.
ae-sa-age-limit = You can get sickness compensation up to and including { $last }, the month before you reach the age limit.
ae-sa-age-limit-undecided = Under the law in force, the age limit follows the target retirement age (riktålder). The latest one decided is { $age }. The target retirement age for { $year }, the year you turn { $age }, is not decided yet. If it is higher, you can get sickness compensation for longer.
ae-limit-through = Up to and including { $month }
ae-older-applicant-rule = According to your date of birth, you have at most five years left to the age limit. Försäkringskassan then compares your work capacity with ordinary jobs you have had in the last 15 years. Försäkringskassan can also compare it with other suitable work that is available to you.
ae-older-applicant-rule-unknown = There is a special rule for people with at most five years left to the age limit. Whether it applies to you depends on an age limit that is not decided yet. Försäkringskassan assesses it when you apply.
ae-age-limit-follows-riktalder = Sickness compensation ends the month before you reach the age limit. The limit follows the target retirement age and is set six years in advance.
ae-sick-pay-or-rehab-instead = If your work capacity may get better, sickness benefit or rehabilitation benefit may suit you better.
ae-back-pay-from = You can get the benefit for at most three months before the month you apply. If you apply in { $applied }, you can get it from { $from } at the earliest, if you were already entitled then.
ae-row-back-pay-from = If you apply now, at the earliest from
ae-step-forsakringstid = The insurance period is { $years } of 40 years. The guarantee level is then { $amount } per year.
ae-step-framtida-forsakringstid = The insurance period is the time that counts for the guarantee compensation. According to your answers, you have lived in Sweden for { $faktisk } years from the year you turned 16. We add { $framtida } years up to the year you turn 64 (future insurance period). In total { $total } years count. No more than 40 years ever count.
ae-step-no-income = You have answered that you have not had income from work for at least one year. So we do not count any income-related compensation.
ae-step-antagandeinkomst = Assumed income (antagandeinkomst): the average of the { $best } highest years = { $amount } per year. Försäkringskassan can look at up to eight years, so it may be higher.
ae-step-income-capped = The income { $income } is above the cap of 7.5 price base amounts. We use { $cap }.
ae-step-inkomstrelaterad = Income-related compensation: { $share } of { $income } = { $amount } per year.
ae-step-top-up = The guarantee compensation tops up to the guarantee level: { $ir } + { $garanti } = { $total } per year at full level.
ae-step-level = At { $level } level that is { $per-year } per year.
ae-step-per-month = Per month from { $month }: { $per-month }.

# The result.
ae-head-may-be-ae = You may be entitled to { $level } activity compensation
ae-head-may-be-sa = You may be entitled to { $level } sickness compensation
ae-head-probably-not-ae = You are probably not entitled to activity compensation
ae-head-probably-not-sa = You are probably not entitled to sickness compensation
ae-head-probably-not = You are probably not entitled to activity or sickness compensation
ae-head-cannot-tell = We cannot tell from your answers
ae-row-benefit = Benefit
ae-benefit-ae-nedsatt = Activity compensation for reduced work capacity
ae-benefit-ae-skolgang = Activity compensation for extended schooling
ae-benefit-sa = Sickness compensation
ae-row-level = Level
ae-row-first-month = From
ae-row-last-month = Up to and including
ae-last-month-not-yet-decided = Not decided yet (depends on the target retirement age)
ae-row-per-month = About per month, before tax
ae-row-per-year = About per year, before tax
ae-row-garantiniva = Lowest level per year (guarantee level)
ae-row-inkomstrelaterad = Part based on your earlier income (income-related compensation), per year
ae-row-garantiersattning = Part that tops up to the guarantee level (guarantee compensation), per year
ae-row-from-month = From { $month }, per month
ae-estimate-forsakringstid = We counted the insurance period as if your work capacity was reduced this year. Have you lived or worked in another EU country, or did you come here as a refugee? Then Försäkringskassan may count more time. The guarantee compensation here is then the lowest you can get.
ae-note-not-considered = The self-test does not count tax or housing supplement. Nor does it count that the compensation can be lower if you get an occupational injury annuity or benefits from other countries. It does not count special rules for time in other EU countries or for refugees. It does not assess work or studies with the compensation on hold (vilande). Nor does it assess insurance through your work, for example from AFA Försäkring.
ae-next-medical-certificate = Talk to your doctor about a medical statement (läkarutlåtande). It should describe how the illness or disability affects your work capacity.
ae-next-school-certificate = Ask your school for a certificate of when your schooling started and when it will end. If you attend an ordinary school, you also need a medical statement on how your disability affects your schooling.
ae-next-apply = Apply on My pages (Mina sidor) at { -fk-web }. You can also call Försäkringskassan (the Swedish Social Insurance Agency) on { -fk-phone }.
ae-next-older-applicant = When you apply, you will answer questions about the jobs you have had in the last 15 years.
ae-next-bostadstillagg = Are your housing costs high? You may also be entitled to housing supplement (bostadstillägg).
ae-next-cannot-tell = Call Försäkringskassan (the Swedish Social Insurance Agency) on { -fk-phone } for help with what applies to you.
ae-next-probably-not = If your situation changes, you can take the self-test again. If you are unsure, call Försäkringskassan (the Swedish Social Insurance Agency) on { -fk-phone }.
ae-level-from-reduction = According to your answers, your work capacity is reduced { $share }. That can give { $level } compensation.

# Amount steps.
ae-step-garantiniva = Guarantee level for { $band ->
        [under21] people under 21
        [fran21] people aged 21 or 22
        [fran23] people aged 23 or 24
        [fran25] people aged 25 or 26
        [fran27] people aged 27 or 28
        [fran29] people aged 29
       *[fran30] sickness compensation from age 30
    }: { $factor } × the price base amount { $pbb } = { $amount } per year.
ae-step-income-year-capped = Income { $year }: { $income }, above that year's cap of 7.5 price base amounts. We recalculate it to this year's price level: { $counted }.
ae-step-income-year = Income { $year }: { $income }. We recalculate it to this year's price level by the price base amount: { $counted }.
