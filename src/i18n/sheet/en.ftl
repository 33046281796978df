# The meeting sheet (issue 13): a one-page summary to print or save as PDF and bring to a
# meeting, with the questions the person may ask there.

sheet-open = Summary for a meeting
sheet-title = Summary for the meeting
sheet-intro = Bring this page when you meet Försäkringskassan (the Swedish Social Insurance Agency), Arbetsförmedlingen (the Swedish Public Employment Service), your employer or your health care. It is a self-test, not a decision.
sheet-made = Made on { $date } with the rules of { $version }.
sheet-result = Result
sheet-reasons = Why
sheet-answers = Your answers
sheet-to-ask = Questions you can ask
sheet-link = Open the result again
sheet-link-hint = The link holds your answers. Share it only with people you choose.
sheet-print = Print or save as PDF
sheet-close = Back to the result

# Whom a question is for.
whom = { $whom ->
        [forsakringskassan] To Försäkringskassan
        [arbetsformedlingen] To Arbetsförmedlingen
        [arbetsgivaren] To your employer
       *[varden] To your doctor or health care
    }

# Questions shared by the self-tests.
ask-other-support = Is there another benefit or other support that suits me?
ask-work-or-studies = Can you help me find a job or a course of study that suits me?

# Activity compensation and sickness compensation.
ae-ask-certificate = What must the medical statement (läkarutlåtande) say for you to assess my work capacity?
ae-ask-from-month = From which month can I be paid if I apply now?
ae-ask-sa-instead = Can I get sickness compensation instead of activity compensation?
ae-ask-school-certificate = Which certificate from my school do you need?
ae-ask-doctor-duration = Can you write how long you think my work capacity will be reduced, and why?

# Work injury annuity.
lr-ask-employer-report = Have you reported my work injury to Försäkringskassan? If not, can you do it now?
lr-ask-income-before = Which income before the injury do you count on, and which years do you look at?
lr-ask-doctor-link = Can you write in the certificate how the injury or illness affects my capacity to work?
lr-ask-decision-status = When can I get a decision on my work injury?

# Sickness benefit.
sp-ask-sick-pay = How much sick pay (sjuklön) do I get for the first 14 days, and how large is the deduction for the first day (karensavdrag)?
sp-ask-sgi = Which sickness benefit qualifying income (SGI) do you count on for me?
sp-ask-adjustments = Which changes to my work can you make so that I can come back?
sp-ask-day-181 = How do you assess my work capacity from day 181, and what happens if you say no?
sp-ask-no-sgi = What do I need to do to get an SGI?

# Other benefits and support: one question per entry that may fit.
alt-ask-benefit = Can I get { $benefit ->
        [aktivitetsersattning] activity compensation
        [sjukersattning] sickness compensation
        [bostadstillagg] housing supplement (bostadstillägg)
        [sjukpenning_sarskilda_fall] sickness benefit in special cases
        [rehabiliteringspenning_sarskilda_fall] rehabilitation benefit in special cases
        [arbetsskadelivranta] work injury annuity (livränta)
        [forebyggande_sjukpenning] preventive sickness benefit
        [rehabiliteringspenning] rehabilitation benefit
        [sarskilt_hogriskskydd] special high-risk protection
        [arbetsresor] compensation for travel to work instead of sickness benefit
        [graviditetspenning_risk] pregnancy benefit because of a risk in the work environment
        [sjukpenning_efter_ae] sickness benefit when activity compensation ends
       *[graviditetspenning] pregnancy benefit
    }? What do you need from me to assess it?
alt-ask-omstallningsmote = Can we have a meeting about the support I can get to return to work?
alt-ask-arbetsplatsinriktat-rehabiliteringsstod = Can you apply for workplace rehabilitation support (arbetsplatsinriktat rehabiliteringsstöd) for me?
alt-ask-arbetshjalpmedel = Which work aids can you arrange for me, and can you get a grant for them?
alt-ask-graviditetspenning-employer = Can I have other, less heavy tasks while I am pregnant?
alt-ask-graviditetspenning-risk-employer = Can I be moved to other work without the risk while I am pregnant? If not, can you give me a statement about the ban?
alt-ask-arbetsloshetsersattning = How do I register as a job seeker, and can I get unemployment insurance (a-kassa) or activity support?
alt-ask-af-mote-efter-avslag = Can we have a meeting about which work and which support suit me, now that my application was refused?
alt-ask-omprovning = How do I ask for a reconsideration (omprövning) of the decision, and what do you need to change it?
