# The screening's profile "informera" (issue 14): why a record was flagged, a note for the case
# file (third person, for handlers) and a paragraph for a letter to the person.

inf-sure = { $sure ->
        [may-be-eligible] May be eligible for
       *[should-be-informed] Should be told about
    }

inf-benefit = { $benefit ->
        [aktivitetsersattning] activity compensation (aktivitetsersättning)
        [sjukersattning] sickness compensation (sjukersättning)
        [bostadstillagg] housing supplement (bostadstillägg)
        [sjukpenning_sarskilda_fall] sickness benefit in special cases
        [rehabiliteringspenning_sarskilda_fall] rehabilitation benefit in special cases
        [omstallningsmote] a meeting with Arbetsförmedlingen about new work (omställningsmöte)
        [arbetsplatsinriktat_rehabiliteringsstod] workplace rehabilitation support
        [arbetsskadelivranta] work injury annuity (livränta)
        [forebyggande_sjukpenning] preventive sickness benefit
        [rehabiliteringspenning] rehabilitation benefit
        [sarskilt_hogriskskydd] special high-risk protection
        [arbetshjalpmedel] a grant for work aids
        [arbetsresor] compensation for travel to work
        [graviditetspenning_risk] pregnancy benefit for a risk in the work environment
        [sjukpenning_efter_ae] sickness benefit when activity compensation ends
        [arbetsloshetsersattning] unemployment insurance (a-kassa)
        [af_mote_efter_avslag] a meeting with Arbetsförmedlingen after a refusal
       *[graviditetspenning] pregnancy benefit
    }

inf-why-arbetsskada-nekad-dag-181 = Sickness benefit was refused or stopped at the test against normally occurring work, and the person has a reported or approved work injury.
inf-why-arbetsskada-lang-sjukperiod = The person has a reported or approved work injury and is on day { $dag } of the sick period (the profile applies from day { $fran }).
inf-why-lang-sjukperiod = The person is { $alder } and on day { $dag } of the sick period (the profile applies from day { $fran }).
inf-why-nekad-normalt-arbete = Sickness benefit was refused or stopped at the test against normally occurring work.
inf-why-nara-dag-181 = The person is on day { $dag } of the sick period. From day 181 work capacity is tested against normally occurring work.
inf-why-ae-slutar = { $ended ->
        [yes] Activity compensation has ended because the person has turned 30.
       *[no] Activity compensation ends when the person turns 30, in { $manader } months.
    }
inf-why-beviljad-utan-bts = { $known ->
        [yes] The person was granted sickness or activity compensation { $manader } months ago and has not applied for a housing supplement.
       *[no] The person has sickness or activity compensation and has not applied for a housing supplement.
    }
inf-why-graviditet = The person is pregnant. Pregnancy benefit may apply from { $from }.
inf-why-upprepade-sjukperioder = The person has an illness that causes many or long sick periods.
inf-why-sjukskriven-med-arbetsgivare = The person is on day { $dag } of the sick period and has an employer. The employer must have a plan for the return to work.

inf-note = { inf-sure } { inf-benefit }. { $why } Law: { $law }.

inf-letter-aktivitetsersattning = You have been on sick leave for a long time. If you cannot work full time for at least a year because of illness or disability, you may be entitled to activity compensation. It is for people aged 19 to 29. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-sjukersattning = You have been on sick leave for a long time. If your work capacity is reduced for good, you may be entitled to sickness compensation. You apply to Försäkringskassan (the Swedish Social Insurance Agency), and your doctor needs to write a medical statement.
inf-letter-bostadstillagg = You have sickness or activity compensation. You may then also be entitled to a housing supplement, help with your housing costs. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-sjukpenning-sarskilda-fall = Your activity compensation ends when you turn 30. If you still cannot work full time, you may be entitled to sickness benefit in special cases from the day after. Apply to Försäkringskassan (the Swedish Social Insurance Agency) in good time.
inf-letter-rehabiliteringspenning-sarskilda-fall = Your activity compensation ends when you turn 30. If you take part in rehabilitation towards work, you may be entitled to rehabilitation benefit in special cases from the day after. Apply to Försäkringskassan (the Swedish Social Insurance Agency) in good time.
inf-letter-omstallningsmote = From day 181 of the sick period, Försäkringskassan (the Swedish Social Insurance Agency) compares your work capacity with jobs that are common on the labour market. If you cannot go back to your job, you can have a meeting with Arbetsförmedlingen (the Swedish Public Employment Service) and Försäkringskassan about new work. Register at Arbetsförmedlingen at once if you are refused sickness benefit, so that you keep your SGI.
inf-letter-arbetsplatsinriktat-rehabiliteringsstod = Your employer must help you back to work. The employer can get a grant for support at the workplace, for example an occupational therapist or changes to your work. Talk to your employer.
inf-letter-arbetsskadelivranta = You have a work injury. If the injury means you earn less for at least a year, you may be entitled to a work injury annuity (livränta). It replaces part of the income you lose. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-forebyggande-sjukpenning = If you need to be away from work for treatment that prevents or shortens an illness, you may be entitled to preventive sickness benefit. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-rehabiliteringspenning = If you take part in rehabilitation to get back to work, you may be entitled to rehabilitation benefit. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-sarskilt-hogriskskydd = If you have an illness that makes you ill often, or for a long time, you may be entitled to special high-risk protection. You then avoid the deduction for the first day, and your employer can get the cost of sick pay back. You apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-arbetshjalpmedel = If you need aids to be able to work, your employer can get a grant for them. Talk to your employer.
inf-letter-graviditetspenning = You are pregnant. If your work is physically heavy and you cannot get lighter tasks, you may be entitled to pregnancy benefit, at the earliest 60 days before the expected birth. Talk to your employer first, then apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-arbetsresor = If you can work but cannot get to work the usual way because of your illness, Försäkringskassan (the Swedish Social Insurance Agency) can pay for journeys to and from work instead of sickness benefit. Talk to your doctor and to Försäkringskassan.
inf-letter-graviditetspenning-risk = You are pregnant. If your work environment is a risk for the pregnancy and you cannot be moved to other work, you may be entitled to pregnancy benefit from the day you may not work. Talk to your employer and apply to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-sjukpenning-efter-ae = Your activity compensation ends when you turn 30. If you have an income from work that gives an SGI (sickness benefit qualifying income), you may be entitled to ordinary sickness benefit from the day after. Otherwise sickness benefit in special cases may suit you. Apply in good time to Försäkringskassan (the Swedish Social Insurance Agency).
inf-letter-arbetsloshetsersattning = Your sickness benefit has ended. Register at Arbetsförmedlingen (the Swedish Public Employment Service) the same day, so that you keep your SGI. If you have no job you may be entitled to unemployment insurance (a-kassa), or to activity support if you take part in a programme.
inf-letter-af-mote-efter-avslag = Your application for sickness or activity compensation was refused. You can ask Försäkringskassan for a reconsideration within two months of the day you received the decision. Arbetsförmedlingen can help you with work and support.
