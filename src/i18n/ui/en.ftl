# Buttons and navigation.
ui-continue = Continue
ui-back = Back
ui-yes = Yes
ui-no = No
ui-start-again = Start again
ui-change = Change
ui-question-of = Question { $n } of at most { $max }
ui-back-to-last-question = Back to the last question
ui-print = Print
ui-update = Update

# Errors on the page.
ui-error-summary-title = There is a problem
ui-error-prefix = Error:{ " " }

# The result page.
ui-your-answers = Your answers
ui-reasons = How we assessed it
ui-next-steps = What to do next
ui-good-to-know = Good to know
ui-failed-title = That is why you probably cannot get the benefit
ui-failed-criterion = Condition
ui-failed-value = Your answer
ui-failed-limit = What is required
ui-check-yes = Matches your answers
ui-check-no = Does not match your answers
ui-check-info = Explanation
ui-verdict-may-be-eligible = You may be eligible
ui-verdict-probably-not = Probably not
ui-verdict-cannot-tell = Cannot tell
ui-law-link-title = Read the section on lagen.nu (in Swedish)
ui-opens-in-new-tab = { " " }(opens in a new tab)
ui-trace-title = Rule trace
ui-estimate-note = The amounts are estimates before tax. Försäkringskassan decides whether you get a benefit and how much.
ui-privacy-note = Your answers stay in your browser. Nothing is sent to Försäkringskassan or anyone else.
ui-rules-version = Rules version { $version }, assessed for { $as-of }
ui-amount-not-yet-known = Cannot be calculated yet
ui-amount-too-large-to-compute = The amount is too large to calculate.

# The figures used: the table, a figure's value and period.
ui-params-used-title = Figures we used
ui-param-source = Source
ui-param-column = Figure
ui-param-value-column = Amount or factor
ui-param-period-column = In force
ui-param-plain = { $value }
ui-param-times-pbb = { $factor } × the price base amount
ui-param-period = { $from } to { $until }

# The names of the figures.
ui-param-prisbasbelopp = the price base amount (prisbasbelopp)
ui-param-inkomstbasbelopp = the income base amount (inkomstbasbelopp)
ui-param-sgi-golv = the lowest sickness-benefit qualifying income (SGI)
ui-param-sgi-tak = the cap on sickness-benefit qualifying income (SGI)
ui-param-graviditetspenning-sgi-tak = the SGI cap for pregnancy benefit
ui-param-arbetssokande-tak = the highest daily sickness benefit for job seekers
ui-param-sjukpenning-sarskilda-fall = the daily sickness benefit in special cases
ui-param-garantinivaer = the guarantee level (garantinivå)
ui-param-inkomstrelaterad-andel = the income-related share
ui-param-antagandeinkomst-tak = the cap on assumed income (antagandeinkomst)
ui-param-livranteunderlag-tak = the cap on the annuity base (livränteunderlag)
ui-param-indexeringstal = the annuity index figure (indexeringstal)
ui-param-sjukersattning-slutalder = the age limit for sickness compensation
ui-param-bostadstillagg-band = the limits on the housing cost for housing supplement

# A figure that is missing.
ui-param-not-covered = This tool has no figure for { $param } for { $month }.
ui-param-not-yet-known = We do not know { $param } for { $year } yet.

# Levels: the answer options, the level's name, and the words used inside other texts.
ui-level-option = { $level ->
    [none] Less than a quarter
    [quarter] At least a quarter
    [half] At least half
    [three-quarters] At least three quarters
   *[full] Entirely
}
ui-level-name = { $level ->
    [quarter] Quarter ({ $percent })
    [half] Half ({ $percent })
    [three-quarters] Three-quarter ({ $percent })
   *[full] Full ({ $percent })
}
# "full", "three-quarter" … as an adjective before the benefit's name.
ui-level-adjective = { $level ->
    [quarter] quarter
    [half] half
    [three-quarters] three-quarter
   *[full] full
}
# "by a quarter", "by half" … as a share of work capacity.
ui-level-share = { $level ->
    [quarter] by a quarter
    [half] by half
    [three-quarters] by three quarters
   *[full] entirely
}

# Inputs: examples and units.
ui-date-example = Enter it as YYYY-MM-DD, for example 2004-03-15
ui-month-example = Enter it as YYYY-MM, for example 2026-06
ui-kronor-unit = SEK
ui-years-unit = years
ui-months-unit = months

# Loading and failure.
ui-loading = Loading the self-test …
ui-apology = Something went wrong in the self-test. We are sorry. Your answers are kept, so you can try again.
ui-apology-link = Read more on { -fk-web }

# Handler mode.
ui-handler-mode = Case handler view
ui-as-of-label = Assess as of
ui-as-of-hint = The rules and amounts in force on that day are used. Enter the date as YYYY-MM-DD.
ui-questions-title = Facts
ui-result-pending = The result is shown when every question needed has an answer.
ui-trace-step = Step
ui-trace-law = Provision
ui-trace-check = Assessment
ui-result-title = Result
ui-skip-to-result = Go to the full result
ui-case-note-title = Text for the case note
ui-case-note-hint = The answers, the result and the reasons with their provisions, as plain text.
ui-copy-case-note = Copy the text
ui-case-note-copied = The text is copied.
ui-case-note-test = Self-test: { $title }
ui-case-note-param-line = { $name }: { $value } ({ $period })

# Links to a result.
ui-copy-link = Copy a link to the result
ui-link-label = Link to the result
ui-link-copied = The link is copied.
ui-link-privacy = Your answers are in the link itself, not with us. Share it only with people you want to see them.
ui-rules-changed = The rules have changed since the link was made (version { $then }). The result uses today's rules (version { $now }).
ui-link-refused = The link to the result could not be read. So the self-test starts from the beginning, without the answers from the link.

# A yearly amount that may be a monthly one.
ui-yearly-amount-check = The question is about a whole year. { $amount } a year is about { $per-month } a month. If { $amount } is what you get per month, enter the yearly amount instead, about { $times-twelve }. If the amount is right for a whole year, you can go on.
ui-confirm-yearly-amount = The amount is right, continue

# The start screen.
ui-start-need = The self-test may ask for these, so have them at hand:
ui-start-time = It takes about { $minutes } minutes, with at most { $questions } questions.
ui-start-button = Start the self-test

# Input errors: the sentence after the field's name ("Date of birth: enter …").
ui-input-with-field = { $field }: { $error }
ui-input-unknown-test = there is no such self-test.
ui-input-unknown-question = the question is not part of this self-test.
ui-input-not-asked = the question does not apply to your answers now.
ui-input-empty = answer the question to continue.
ui-input-not-a-choice = choose one of the options.
ui-input-no-such-day = that date does not exist. Check the day and the month.
ui-input-year-out-of-range = enter a year between 1900 and 9999.
ui-input-bad-date = enter the date as YYYY-MM-DD (year, month, day), for example 2004-03-15.
ui-input-date-too-early = the date cannot be before 1900.
ui-input-date-in-future = the date cannot be later than today.
ui-input-bad-month = enter the month as YYYY-MM (year, month), for example 2026-06.
ui-input-not-an-amount = enter the amount in figures, for example 350,000.
ui-input-negative-amount = the amount cannot be less than 0.
ui-input-amount-has-ore = enter the amount in whole kronor, without öre.
ui-input-amount-too-large = the amount can be at most { $max }.
ui-input-not-a-number = enter a whole number from { $min } to { $max }.
ui-input-no-previous-question = there is no earlier question.
ui-input-not-finished = there are questions left to answer before the result can be shown.
ui-input-bad-as-of = the assessment date cannot be used with your answers.
ui-input-bad-saved-session = the saved answers could not be read. Please take the self-test again.
ui-input-unsupported-saved-version = the saved answers use a format (version { $version }) we can no longer read. Please take the self-test again.
