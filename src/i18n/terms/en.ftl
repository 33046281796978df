# Words the self-tests use that need explaining, each written once. A page shows the question and
# the definition (an expandable "What does … mean?") beside the text where the word first appears.
# `-match`: how the word starts in the texts, forms separated by " | " (letter case does not matter).

term-sgi-match = SGI | sickness-benefit qualifying income
term-sgi-question = What does SGI mean?
term-sgi = SGI, sickness-benefit qualifying income (sjukpenninggrundande inkomst), is the yearly income your sickness benefit is calculated from. It is based on the income from work you can expect to have for at least six months in a row, or every year.

term-prisbasbelopp-match = price base amount
term-prisbasbelopp-question = What does price base amount mean?
term-prisbasbelopp = The price base amount (prisbasbelopp) is an amount the government sets for each year from how prices have changed. Many benefits and limits are calculated from it.

term-antagandeinkomst-match = assumed income | antagandeinkomst
term-antagandeinkomst-question = What does assumed income mean?
term-antagandeinkomst = The assumed income (antagandeinkomst) is the income you are assumed to have had if you had not become ill. Försäkringskassan works it out as an average of your highest yearly incomes from work in the years before you became ill. The income-related compensation is calculated from it.

term-livranteunderlag-match = annuity basis | livränteunderlag
term-livranteunderlag-question = What does annuity basis mean?
term-livranteunderlag = The annuity basis (livränteunderlag) is the yearly income the annuity is calculated from: the income from work you can be assumed to have had if the injury had not happened, but at most 7.5 price base amounts.

term-indexeringstal-match = index figure | indexeringstal
term-indexeringstal-question = What does index figure mean?
term-indexeringstal = The index figure (indexeringstal) is the number the annuity is recalculated with every January. It follows how prices and incomes in Sweden have changed.

term-garantiniva-match = guarantee level
term-garantiniva-question = What does guarantee level mean?
term-garantiniva = The guarantee level (garantinivå) is the lowest sickness or activity compensation you can get in a year at the full level. It depends on your age and on how long you have lived in Sweden.

term-garantiersattning-match = guarantee compensation
term-garantiersattning-question = What does guarantee compensation mean?
term-garantiersattning = The guarantee compensation (garantiersättning) is the part of sickness or activity compensation that tops up to the guarantee level when the income-related compensation is lower or missing.

term-inkomstrelaterad-match = income-related compensation
term-inkomstrelaterad-question = What does income-related compensation mean?
term-inkomstrelaterad = The income-related compensation (inkomstrelaterad ersättning) is the part of sickness or activity compensation that is calculated from your earlier income from work, the assumed income.

term-riktalder-match = target retirement age | riktålder
term-riktalder-question = What does target retirement age mean?
term-riktalder = The target retirement age (riktålder för pension) is an age set in advance from how long people in Sweden live. Several age limits follow it, for example when sickness compensation ends.
