# The self-test.
lr-title = Occupational injury annuity
lr-intro = Have you been injured or made ill by your work, and do you earn less because of it? Then you may be entitled to an occupational injury annuity (livränta vid arbetsskada). It is money from Försäkringskassan (the Swedish Social Insurance Agency) that replaces income you lose because of an occupational injury. Answer a few questions. You will find out whether it may be worth applying, roughly how much the annuity could be, and what to do next.
lr-q-what-happened = What happened?
lr-n-what-happened = What happened
lr-choice-work-accident = I was injured in an accident at work
lr-h-choice-work-accident = For example a fall or an assault. This also covers business trips and training for work.
lr-choice-commuting = I was injured in an accident on the way to or from work
lr-choice-illness = I became ill from something at work
lr-h-choice-illness = For example from heavy lifting, noise, chemicals or stress over a long time.
lr-choice-infection = I was infected at work
lr-h-choice-infection = For example in health care, looking after people who are infected.
lr-choice-other = None of these
lr-q-accident-date = On which day did the accident happen?
lr-n-accident-date = Day of the accident
lr-q-illness-date = On which day did you first notice the illness?
lr-n-illness-date = Day the illness showed
lr-h-illness-date = For example the day you first sought care for it. Give an approximate date if you do not know exactly.
lr-q-reported = Has your employer reported the occupational injury to Försäkringskassan?
lr-n-reported = Occupational injury report
lr-h-reported = The report is called arbetsskadeanmälan. If you are self-employed, you make it yourself.
lr-choice-yes = Yes
lr-choice-no = No
lr-choice-dont-know = I don't know
lr-q-decision = Has Försäkringskassan decided whether the injury is an occupational injury?
lr-n-decision = Decision on the occupational injury
lr-choice-approved = Yes, it is approved as an occupational injury
lr-choice-refused = Yes, they said no
lr-choice-not-yet = No, not yet
lr-h-choice-not-yet = That is common. Försäkringskassan decides it when you apply for compensation.
lr-q-situation = What is your situation now?
lr-n-situation = Your situation now
lr-choice-on-sick-pay = I get sickness benefit
lr-choice-sick-pay-refused = My sickness benefit was refused, because Försäkringskassan considers that I can take another job
lr-h-choice-sick-pay-refused = Försäkringskassan has said that you can work in a job that is common on the labour market.
lr-choice-reduced-hours = I work fewer hours than before the injury
lr-choice-changed-job = I have moved to a job with lower pay
lr-choice-sa-ae = I have sickness compensation or activity compensation
lr-choice-other-situation = Something else
lr-q-income-before = How much did you earn per year before the injury, before tax?
lr-n-income-before = Income per year before the injury
lr-h-income-before = Use the pay you would have had today without the injury. If you earned SEK 35,000 a month, that is SEK 420,000 a year.
lr-q-income-now = How much can you earn per year now, before tax?
lr-n-income-now = Income per year now
lr-h-income-now = Use what you can earn with the work capacity you have left. This applies even if you do not have such a job right now. Do not count sickness benefit or other benefits.
lr-q-knows-duration = Do you know roughly how long your work capacity will be reduced?
lr-n-knows-duration = Knows how long the work capacity is reduced
lr-h-knows-duration = Ask your doctor. The doctor writes it in the medical statement.
lr-q-duration = For how many months ahead does your doctor think your work capacity will be reduced?
lr-n-duration = Number of months
lr-h-duration = Count from today. A year is 12 months. Enter 120 if your doctor thinks it will not go away.
lr-q-knows-sa-ae = Do you know how much sickness or activity compensation you get per month?
lr-n-knows-sa-ae = Knows the amount of sickness or activity compensation
lr-h-knows-sa-ae = Försäkringskassan deducts the compensation you get for the same lost income from the annuity. If you do not know the amount, we estimate it.
lr-q-sa-ae-amount = How much sickness or activity compensation do you get per month, before tax?
lr-n-sa-ae-amount = Sickness or activity compensation per month
lr-h-sa-ae-amount = The amount is in Försäkringskassan's decision and on My pages (Mina sidor). Do not count housing supplement.
lr-q-which-sa-ae = Which compensation do you have?
lr-n-which-sa-ae = Sickness or activity compensation
lr-choice-sa = Sickness compensation (sjukersättning)
lr-choice-ae = Activity compensation (aktivitetsersättning)
lr-q-birth-date = What is your date of birth?
lr-n-birth-date = Date of birth

# Rule steps: 39 and 42 kap.
lr-work-accident = You have answered that you were injured in an accident at work. That can be an occupational injury.
lr-commuting-accident = You have answered that you were injured in an accident on the way to or from work. That can be an occupational injury (a commuting accident, färdolycksfall).
lr-illness-from-work = You have answered that you became ill from something at work. That can be an occupational injury (an occupational illness, arbetssjukdom).
lr-infection-at-work = You have answered that you were infected at work. In some jobs and for some diseases, that can be an occupational injury.
lr-injury-linked-to-work = For an annuity, the injury must be caused by the work, or have happened at work or on the way to or from work.
lr-value-something-else = Something else
lr-limit-linked-to-work = An accident at work or on the way to or from work, an illness from work, or an infection at work
lr-note-traffic-insurance = Was it a traffic accident with a motor vehicle? Then the traffic insurance may pay compensation instead.
lr-note-illness-evidence = For an occupational illness there must be predominant reasons (övervägande skäl) to believe that something at work caused or worsened it. This means that more speaks for it than against it. Försäkringskassan assesses that.
lr-injury-date-accident = An injury from an accident counts from the day of the accident. According to your answers, that is { $date }.
lr-injury-date-first-showed = An illness counts from the day it first showed. According to your answers, that is { $date }.
lr-older-evidence-rule = According to your answers, the injury happened before 1 July 2002. Partly older rules then apply to how Försäkringskassan assesses whether it is an occupational injury.
lr-report-made = You have answered that your employer has reported the occupational injury to Försäkringskassan. The report is not an application. You need to apply for the annuity yourself.
lr-report-not-made = You have answered that the occupational injury has not been reported. Your employer must report it to Försäkringskassan as soon as the employer learns of it.
lr-report-unknown = You have answered that you do not know whether the occupational injury has been reported. Ask your employer.
lr-approved-as-work-injury = For an annuity, Försäkringskassan must have approved the injury as an occupational injury.
lr-not-yet-decided = You have answered that Försäkringskassan has not yet decided whether the injury is an occupational injury. It does so when you apply for the annuity.
lr-value-refused = Försäkringskassan said no
lr-limit-approved = The injury is approved as an occupational injury
lr-note-reconsideration = If you think the decision is wrong, you can ask Försäkringskassan to look at it again. This is called reconsideration (omprövning). The decision says how to ask and by when.

# Rule steps: 41 kap.
lr-no-income-before = You have answered that you had no income from work before the injury. Försäkringskassan then works out the income the annuity is based on in another way, for example if you were studying. We cannot calculate that here.
lr-step-reduction = According to your answers, you earned { $before } per year before the injury and can earn { $after } now. So you lose { $loss } per year. That is { $grad } of your income before the injury.
lr-loss-at-least-one-fifteenth = What you can earn by working must have fallen by at least one fifteenth, about 6.67%, compared with before the injury. According to your answers, it has fallen by { $grad }.
lr-value-loss = { $grad }, that is { $loss } per year
lr-limit-one-fifteenth = At least one fifteenth, for you at least { $least } per year
lr-loss-at-least-quarter-pbb = The loss of income must be at least a quarter of the price base amount for the year the annuity begins. The price base amount is { $pbb }, so the loss must be at least { $least } per year. According to your answers, you lose { $loss } per year.
lr-limit-quarter-pbb = At least a quarter of the price base amount, { $least } per year
lr-note-uncovered-below-one-fifteenth = Your loss of { $amount } per year is less than one fifteenth of your income before the injury. The annuity does not cover that loss. If you are covered by a collective agreement, AFA Försäkring's occupational injury insurance (TFA, trygghetsförsäkring vid arbetsskada) may cover it.
lr-duration-unknown = You have answered that you do not know how long your work capacity will be reduced. For an annuity, the reduction must be expected to last at least one year. So we cannot tell whether you are entitled.
lr-lasts-at-least-one-year = For an annuity, the reduction must be expected to last at least one year.
lr-value-months = { $months ->
    [one] 1 month
   *[other] { $months } months
}
lr-limit-twelve-months = At least 12 months
lr-note-apply-when-longer = If it later turns out that the reduction lasts at least one year, you can apply then. Until then, you may get sickness benefit.
lr-step-underlag-capped-true = The annuity is based on your income before the injury, but only up to a cap: { $factor } × the price base amount { $pbb } = { $cap }. Your income { $income } is higher. So the income the annuity is based on (livränteunderlag) is { $underlag }.
lr-step-underlag-capped-false = The annuity is based on your income before the injury, { $underlag } (livränteunderlag). It is not above the cap, { $factor } × the price base amount { $pbb } = { $cap }.
lr-step-livranta = The annuity per year is the share of your income that you lose, times the income the annuity is based on: { $grad } × { $underlag } = { $per-year } per year.
lr-step-per-month = Per month: { $per-year } / 12 = { $per-month }.
lr-step-uncovered-above-cap = The annuity does not replace income above the cap. Of your loss of { $loss } per year, the annuity covers { $livranta }. It does not cover the rest, { $uncovered } per year.
lr-note-uncovered-above-cap = The annuity does not replace income above 7.5 price base amounts. So the annuity does not cover { $amount } of your loss per year. If you are covered by a collective agreement, AFA Försäkring's occupational injury insurance (TFA, trygghetsförsäkring vid arbetsskada) may cover part of it.
lr-step-omrakning = In January { $year }, Försäkringskassan recalculates the annuity with the index figure (indexeringstal) { $index }: { $before } × { $index } = { $indexed }. It may be at most the same share of 7.5 price base amounts as your reduction, { $ceiling }. The annuity becomes { $result } per year.
lr-omrakning-not-yet-known = In January { $year }, Försäkringskassan recalculates the annuity with the index figure (indexeringstal) for { $year }.
lr-note-omrakning = Försäkringskassan recalculates the annuity every January, so the amount changes.

# Other benefits.
lr-step-sa-ae-given = You have answered that you get { $per-month } a month in sickness or activity compensation. That is { $per-year } per year.
lr-no-sa-ae-below-quarter = You lose less than a quarter of your income. That gives no sickness or activity compensation for the same loss, so we deduct nothing from the annuity.
lr-step-coordination = You cannot get both the annuity and sickness or activity compensation in full for the same lost income. This is called coordination (samordning). Försäkringskassan pays only the part of the annuity that exceeds the sickness or activity compensation. The annuity is { $livranta } − { $sa-ae }, but never below SEK 0: { $result } per year.
lr-note-coordination-share = We have deducted all of your sickness or activity compensation from the annuity. Is the compensation partly due to an illness other than the occupational injury? Then Försäkringskassan deducts only the part due to the occupational injury, and the annuity is higher.
lr-note-sa-ae-estimated = You have answered that you do not know how much sickness or activity compensation you get. We have estimated it at { $per-month } a month, with a full insurance period (as if you had lived in Sweden all your life). The amount is in Försäkringskassan's decision. Take the test again with it for a surer answer.
lr-sick-pay-refused = You have answered that your sickness benefit was refused. Försäkringskassan considers that you can take a job that is common on the labour market. The annuity can still replace income you lose because of the occupational injury.
lr-note-changed-job = You have answered that you have moved to a job with lower pay. The annuity can replace the difference between your income before the injury and what you can earn now.
lr-no-sick-pay-below-quarter = We compare with sickness benefit. You lose less than a quarter of your income. That gives no sickness benefit, but it can give an annuity.
lr-no-sick-pay-no-sgi = We compare with sickness benefit. Your income before the injury is below 24 per cent of the price base amount. That gives no sickness benefit.
lr-step-sick-pay = We compare with sickness benefit. For the same loss you may get { $level } sickness benefit. With a sickness benefit qualifying income (SGI) of { $sgi }, that is { $per-day } per day, about { $per-month } a month.
lr-note-sick-pay-vs-livranta = Sickness benefit covers about { $sick-pay-per-month } a month of your loss. The annuity would cover about { $livranta-per-month } a month. You can get the annuity and sickness benefit for the same time, but Försäkringskassan works out how they affect each other. Do not add the amounts together.

# The result.
lr-head-worth-applying = It may be worth applying for an occupational injury annuity
lr-head-probably-not = You are probably not entitled to an occupational injury annuity
lr-head-cannot-tell = We cannot tell whether you are entitled to an occupational injury annuity
lr-head-coordinated = It may be worth applying for an occupational injury annuity: about { $per-month } a month once your sickness or activity compensation is deducted
lr-head-coordinated-nothing = The annuity is probably SEK 0 for now, because your sickness or activity compensation is at least as large
lr-note-not-considered = This self-test has not included: Compensation from AFA Försäkring, your employer or a traffic insurance. Compensation for costs after an occupational injury, for example dental care (chapter 40 of the Social Insurance Code). Special rules for the young and for students. Annuity for past time. Tax.
lr-row-before-coordination-per-year = Annuity per year before sickness or activity compensation is deducted
lr-row-before-coordination-per-month = Annuity per month before sickness or activity compensation is deducted
lr-row-sa-ae-per-month = Sickness or activity compensation per month, before tax
lr-row-sa-ae-estimated = The compensation is estimated
lr-row-injury-type = What happened
lr-row-injury-date = Date of injury
lr-row-reduction = How much less you can earn
lr-row-income-loss = Income lost per year
lr-row-underlag = Income the annuity is based on (livränteunderlag)
lr-row-underlag-capped = The income is limited by the cap
lr-row-per-year = Annuity per year, before tax
lr-row-per-month = Annuity per month, before tax
lr-row-uncovered-above-cap = Loss per year the annuity does not cover (above the cap)
lr-row-uncovered-below-one-fifteenth = Loss per year the annuity does not cover (below one fifteenth)
lr-row-next-year = Annuity per year from January { $year }
lr-row-next-year-before-coordination = Annuity per year from January { $year }, before sickness or activity compensation is deducted
lr-row-sick-pay-level = Sickness benefit for the same loss
lr-sick-pay-none = No sickness benefit
lr-row-sick-pay-per-day = Sickness benefit per day, before tax
lr-row-sick-pay-per-month = Sickness benefit per month, roughly, before tax
lr-next-report = Ask your employer to report the occupational injury to Försäkringskassan (the Swedish Social Insurance Agency). The report is called arbetsskadeanmälan. If you are self-employed, report it yourself at anmalarbetsskada.se.
lr-next-medical-statement = Ask your doctor for a medical statement showing that the injury reduces your work capacity for at least one year ahead.
lr-next-apply = Apply for the annuity on My pages (Mina sidor) at { -fk-web }, the website of the Swedish Social Insurance Agency. Wait until your doctor can say that your work capacity will be reduced for at least one year. If you apply too early, you may be refused.
lr-next-afa = Are you covered by a collective agreement? Then report the injury to AFA Försäkring too. You may be entitled to compensation from them.
lr-next-ask-doctor = Ask your doctor how long your work capacity is expected to be reduced. Then take the test again.
lr-next-probably-not = If your situation changes, you can take the test again. If you are unsure, call Försäkringskassan (the Swedish Social Insurance Agency) on { -fk-phone }.
lr-next-cannot-tell = Call Försäkringskassan (the Swedish Social Insurance Agency) on { -fk-phone } for help with what applies to you.
lr-step-sa-ae-estimated = We estimate your { $formon ->
        [sjukersattning] sickness compensation
       *[aktivitetsersattning] activity compensation
    } by its rules. You get { $level } compensation, because you lose that share of your income. As the assumed income (antagandeinkomst) we use your income before the injury, { $income }, and we count a full insurance period.
lr-injury-type-arbetsolycksfall = Accident at work
lr-injury-type-fardolycksfall = Accident on the way to or from work
lr-injury-type-arbetssjukdom = Illness from work
lr-injury-type-smitta = Infection at work
lr-injury-type-annat = Something else
lr-reduction-value = { $grad }
