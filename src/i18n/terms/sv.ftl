# Words the self-tests use that need explaining, each written once. A page shows the question and
# the definition (an expandable "Vad betyder …?") beside the text where the word first appears.
# `-match`: how the word starts in the texts, forms separated by " | " (letter case does not matter).

term-sgi-match = SGI | sjukpenninggrundande inkomst
term-sgi-question = Vad betyder SGI?
term-sgi = SGI, sjukpenninggrundande inkomst, är den årsinkomst som sjukpenningen räknas från. Den bygger på den inkomst av arbete som du kan räkna med att få under minst sex månader i följd, eller varje år.

term-prisbasbelopp-match = prisbasbelopp
term-prisbasbelopp-question = Vad betyder prisbasbelopp?
term-prisbasbelopp = Prisbasbeloppet är ett belopp som regeringen bestämmer för varje år efter hur priserna har ändrats. Många ersättningar och gränser räknas från det.

term-antagandeinkomst-match = antagandeinkomst
term-antagandeinkomst-question = Vad betyder antagandeinkomst?
term-antagandeinkomst = Antagandeinkomsten är den inkomst som du antas ha haft om du inte hade blivit sjuk. Försäkringskassan räknar ut den som ett genomsnitt av dina högsta årsinkomster av arbete under åren innan du blev sjuk. Den inkomstrelaterade ersättningen räknas från den.

term-livranteunderlag-match = livränteunderlag
term-livranteunderlag-question = Vad betyder livränteunderlag?
term-livranteunderlag = Livränteunderlaget är den årsinkomst som livräntan räknas från: den inkomst av arbete som du kan antas ha haft om skadan inte hade hänt, men högst 7,5 prisbasbelopp.

term-indexeringstal-match = indexeringstal
term-indexeringstal-question = Vad betyder indexeringstal?
term-indexeringstal = Indexeringstalet är det tal som livräntan räknas om med varje januari. Det följer hur priserna och inkomsterna i Sverige har ändrats.

term-garantiniva-match = garantinivå
term-garantiniva-question = Vad betyder garantinivå?
term-garantiniva = Garantinivån är den lägsta sjuk- eller aktivitetsersättning du kan få på ett år vid hel ersättning. Den beror på din ålder och på hur länge du har bott i Sverige.

term-garantiersattning-match = garantiersättning
term-garantiersattning-question = Vad betyder garantiersättning?
term-garantiersattning = Garantiersättningen är den del av sjuk- eller aktivitetsersättningen som fyller upp till garantinivån, när den inkomstrelaterade ersättningen är lägre än den eller saknas.

term-inkomstrelaterad-match = inkomstrelaterad ersättning | inkomstrelaterade ersättning
term-inkomstrelaterad-question = Vad betyder inkomstrelaterad ersättning?
term-inkomstrelaterad = Den inkomstrelaterade ersättningen är den del av sjuk- eller aktivitetsersättningen som räknas från dina tidigare inkomster av arbete, antagandeinkomsten.

term-riktalder-match = riktålder
term-riktalder-question = Vad betyder riktålder?
term-riktalder = Riktåldern för pension är en ålder som bestäms i förväg efter hur länge människor i Sverige lever. Flera åldersgränser följer den, till exempel när sjukersättningen slutar.
