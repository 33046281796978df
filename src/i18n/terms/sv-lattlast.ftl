# Words the self-tests use, explained in easy-to-read Swedish.

term-sgi = SGI är den inkomst som sjukpenningen räknas från. Det är pengarna du tjänar på ditt arbete under ett år.
term-prisbasbelopp = Prisbasbeloppet är ett belopp som bestäms varje år. Många ersättningar räknas från det.
term-antagandeinkomst = Antagandeinkomst är den inkomst du hade haft om du inte hade blivit sjuk. Försäkringskassan räknar ut den från vad du tjänade åren innan.
term-livranteunderlag = Livränteunderlag är den inkomst som livräntan räknas från. Oftast är det din inkomst före skadan.
term-indexeringstal = Indexeringstalet är ett tal som livräntan räknas om med. Det händer varje januari.
term-garantiniva = Garantinivån är det minsta du kan få på ett år. Den beror på din ålder. Den beror också på hur länge du har bott i Sverige.
term-garantiersattning = Garantiersättning är pengar som fyller upp till garantinivån. Du får den om din lön var låg eller om du inte hade någon lön.
term-inkomstrelaterad = Inkomstrelaterad ersättning är den del av pengarna som beror på din lön förut.
term-riktalder = Riktåldern är en ålder som bestäms några år i förväg. Den följer hur länge människor lever. Sjukersättningen slutar när du når en ålder som följer den.
