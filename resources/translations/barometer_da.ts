<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>The committee secretariat&apos;s tool for Copenhagen&apos;s integration barometer.</source>
        <translation>Udvalgssekretariatets værktøj til Københavns integrationsbarometer.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Logmappe:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;About Integrationsbarometer</source>
        <translation>&amp;Om Integrationsbarometer</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Comparison municipalities</source>
        <translation>Sammenligningskommuner</translation>
    </message>
    <message>
        <source>Add a comparison municipality</source>
        <translation>Tilføj en sammenligningskommune</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name or code and press Enter</source>
        <translation>Skriv en kommunes navn eller kode, og tryk Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Always shown: {areas}. Compared with:</source>
        <translation>Vises altid: {areas}. Sammenlignes med:</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>The secretariat&apos;s assessment of the development; shown in the status report.</source>
        <translation>Sekretariatets vurdering af udviklingen; vises i statusrapporten.</translation>
    </message>
    <message>
        <source>Public (shown in the web export)</source>
        <translation>Offentlig (vises i webeksporten)</translation>
    </message>
    <message>
        <source>Unticked: the text is only for the committee&apos;s status report.</source>
        <translation>Ikke markeret: Teksten er kun til udvalgets statusrapport.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Gem vurdering</translation>
    </message>
    <message>
        <source>Store the text as one action (Ctrl+S).</source>
        <translation>Gem teksten som én handling (Ctrl+S).</translation>
    </message>
    <message>
        <source>Someone else changed this assessment while you were writing. Your text is kept here, but it cannot be saved over theirs: copy what you want to keep, then load the stored version.</source>
        <translation>Vurderingen er ændret af en anden, mens du skrev. Din tekst står her stadig, men kan ikke gemmes oven i den andens: kopiér det, du vil beholde, og hent så den gemte version.</translation>
    </message>
    <message>
        <source>Assessment of {code} for {year}</source>
        <translation>Vurdering af {code} for {year}</translation>
    </message>
    <message>
        <source>The assessment was saved.</source>
        <translation>Vurderingen blev gemt.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Values missing for the report year: {count}</source>
        <translation>Manglende værdier for rapportåret: {count}</translation>
    </message>
    <message>
        <source>Provisional values: {count}</source>
        <translation>Foreløbige værdier: {count}</translation>
    </message>
    <message>
        <source>Survey values without a sample size: {count}</source>
        <translation>Surveyværdier uden stikprøvestørrelse: {count}</translation>
    </message>
    <message>
        <source>Integration reports not received: {count}</source>
        <translation>Integrationsredegørelser ikke modtaget: {count}</translation>
    </message>
    <message>
        <source>Action-plan goals with no follow-up recorded: {count}</source>
        <translation>Handleplansmål uden registreret opfølgning: {count}</translation>
    </message>
    <message>
        <source>Indicators without a written assessment: {count}</source>
        <translation>Indikatorer uden skrevet vurdering: {count}</translation>
    </message>
    <message>
        <source>Goals without data: {count}</source>
        <translation>Mål uden data: {count}</translation>
    </message>
    <message>
        <source>Complete: nothing was missing when the final edition was made.</source>
        <translation>Fuldstændig: intet manglede, da den endelige udgave blev lavet.</translation>
    </message>
    <message>
        <source>Incomplete when the final edition was made: {items}.</source>
        <translation>Ufuldstændig, da den endelige udgave blev lavet: {items}.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Final edition {year}: data are incomplete</source>
        <translation>Endelig udgave {year}: data er ufuldstændige</translation>
    </message>
    <message>
        <source>A final edition is frozen as it is made. These data for {year} are still incomplete; the list is stored with the edition and printed in it as its data status.</source>
        <translation>En endelig udgave fastfryses, som den laves. Disse data for {year} er stadig ufuldstændige; listen gemmes med udgaven og trykkes i den som dens datastatus.</translation>
    </message>
    <message>
        <source>I know the data are incomplete and want to make the final edition now</source>
        <translation>Jeg ved, at data er ufuldstændige, og vil lave den endelige udgave nu</translation>
    </message>
    <message>
        <source>Make the final edition</source>
        <translation>Lav den endelige udgave</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create, upgrade, check or back up the database</source>
        <translation>opret, opgrader, kontrollér eller tag sikkerhedskopi af databasen</translation>
    </message>
    <message>
        <source>create the database from a policy file (default: Copenhagen&apos;s 2011 policy)</source>
        <translation>opret databasen ud fra en politikfil (standard: Københavns politik fra 2011)</translation>
    </message>
    <message>
        <source>also load the demo data</source>
        <translation>indlæs også demodata</translation>
    </message>
    <message>
        <source>the policy file to start from</source>
        <translation>politikfilen, der startes fra</translation>
    </message>
    <message>
        <source>the barometer&apos;s own municipality (name or code)</source>
        <translation>barometrets egen kommune (navn eller kode)</translation>
    </message>
    <message>
        <source>migrate to the newest schema (a backup is made first)</source>
        <translation>migrér til det nyeste skema (der tages først en sikkerhedskopi)</translation>
    </message>
    <message>
        <source>check integrity and schema; exit 0 when sound</source>
        <translation>kontrollér integritet og skema; afslut med 0, når alt er i orden</translation>
    </message>
    <message>
        <source>write a consistent copy, also while the app is open</source>
        <translation>skriv en konsistent kopi, også mens programmet er åbent</translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy and the demo data.</source>
        <translation>{path} er oprettet med integrationspolitikken fra 2011 og demodata.</translation>
    </message>
    <message>
        <source>Created {path} with the policy in {file}.</source>
        <translation>{path} er oprettet med politikken i {file}.</translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy.</source>
        <translation>{path} er oprettet med integrationspolitikken fra 2011.</translation>
    </message>
    <message>
        <source>{path} already has the newest schema.</source>
        <translation>{path} har allerede det nyeste skema.</translation>
    </message>
    <message>
        <source>Upgraded {path}; the previous version is kept as {backup}.</source>
        <translation>{path} er opgraderet; den tidligere version er gemt som {backup}.</translation>
    </message>
    <message>
        <source>{path}: the database is sound.</source>
        <translation>{path}: databasen er i orden.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Sikkerhedskopi skrevet til {file}.</translation>
    </message>
    <message>
        <source>Integrationsbarometer: the committee secretariat&apos;s barometer tool.</source>
        <translation>Integrationsbarometer: udvalgssekretariatets barometerværktøj.</translation>
    </message>
    <message>
        <source>database file or server URL (default: $BAROMETER_DB or the user&apos;s data folder)</source>
        <translation>databasefil eller server-URL (standard: $BAROMETER_DB eller brugerens datamappe)</translation>
    </message>
    <message>
        <source>open the built-in demo database</source>
        <translation>åbn den indbyggede demodatabase</translation>
    </message>
    <message>
        <source>language (da or en)</source>
        <translation>sprog (da eller en)</translation>
    </message>
    <message>
        <source>Warning: a password on the command line can be seen by others; use the PostgreSQL password file (pgpass) instead.</source>
        <translation>Advarsel: En adgangskode på kommandolinjen kan ses af andre; brug i stedet PostgreSQL-adgangskodefilen (pgpass).</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation>Uventet fejl: {error}. Detaljer findes i {log}.</translation>
    </message>
    <message>
        <source>import values from a CSV or XLSX file</source>
        <translation>importér værdier fra en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>vis, hvad der ville blive ændret; skriv intet</translation>
    </message>
    <message>
        <source>import the good rows even when some rows are rejected</source>
        <translation>importér de gyldige rækker, også når nogle rækker afvises</translation>
    </message>
    <message>
        <source>a column mapping saved in the Import screen</source>
        <translation>en kolonnetilknytning gemt i skærmbilledet Import</translation>
    </message>
    <message>
        <source>the file&apos;s decimal mark, when its numbers can be read two ways</source>
        <translation>filens decimaltegn, når dens tal kan læses på to måder</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read (default: the first sheet with data)</source>
        <translation>arket i projektmappen, der skal læses (standard: det første ark med data)</translation>
    </message>
    <message>
        <source>export values to a CSV or XLSX file</source>
        <translation>eksportér værdier til en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <source>only this indicator</source>
        <translation>kun denne indikator</translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation>{count} værdier skrevet til {file}.</translation>
    </message>
    <message>
        <source>write the public web barometer as a folder of web pages</source>
        <translation>skriv det offentlige webbarometer som en mappe med websider</translation>
    </message>
    <message>
        <source>the report year</source>
        <translation>rapportåret</translation>
    </message>
    <message>
        <source>language of the pages (default: the program&apos;s language)</source>
        <translation>sidernes sprog (standard: programmets sprog)</translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}.</source>
        <translation>Webbarometeret for {year} ligger i {folder}.</translation>
    </message>
    <message>
        <source>write the PDF status report for a year</source>
        <translation>skriv PDF-statusrapporten for et år</translation>
    </message>
    <message>
        <source>report year (default: the latest year with values)</source>
        <translation>rapportår (standard: det seneste år med værdier)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>den PDF-fil, der skal skrives</translation>
    </message>
    <message>
        <source>the final edition: stored for re-issue; re-issued unchanged if it exists</source>
        <translation>den endelige udgave: gemmes til genudgivelse; genudgives uændret, hvis den findes</translation>
    </message>
    <message>
        <source>make a new final edition from today&apos;s data, replacing the stored one</source>
        <translation>lav en ny endelig udgave ud fra dagens data, og erstat den gemte</translation>
    </message>
    <message>
        <source>report language (da or en)</source>
        <translation>rapportens sprog (da eller en)</translation>
    </message>
    <message>
        <source>case number printed on the report</source>
        <translation>sagsnummer, der trykkes på rapporten</translation>
    </message>
    <message>
        <source>comparison municipalities by name or code, comma-separated (default: all)</source>
        <translation>sammenligningskommuner med navn eller kode, adskilt med komma (standard: alle)</translation>
    </message>
    <message>
        <source>Re-issued the final edition of {year} as {file} ({pages} pages).</source>
        <translation>Den endelige udgave for {year} er genudgivet som {file} ({pages} sider).</translation>
    </message>
    <message>
        <source>Note: the final edition keeps its own case number, comparison areas and data; --case-number and --areas apply to a new one (--replace-final).</source>
        <translation>Bemærk: Den endelige udgave beholder sit eget sagsnummer, sine sammenligningsområder og sine data; --case-number og --areas gælder for en ny (--replace-final).</translation>
    </message>
    <message>
        <source>Wrote the final edition of {year} to {file} ({pages} pages); it is stored for re-issue.</source>
        <translation>Den endelige udgave for {year} er skrevet til {file} ({pages} sider); den er gemt til genudgivelse.</translation>
    </message>
    <message>
        <source>Wrote the {year} status report (draft) to {file} ({pages} pages).</source>
        <translation>Statusrapporten for {year} (udkast) er skrevet til {file} ({pages} sider).</translation>
    </message>
    <message>
        <source>Note: the content is the final edition&apos;s (its stored values and texts), but this version of the program lays it out in other bytes than the stored checksum. The file can be used as the final edition.</source>
        <translation>Bemærk: Indholdet er den endelige udgaves (dens gemte værdier og tekster), men denne version af programmet sætter det op med andre bytes end den gemte kontrolsum. Filen kan bruges som den endelige udgave.</translation>
    </message>
    <message>
        <source>check this installation on a temporary copy of the demo database; prints one JSON line</source>
        <translation>kontrollér denne installation på en midlertidig kopi af demodatabasen; udskriver én JSON-linje</translation>
    </message>
    <message>
        <source>write the test&apos;s files to FOLDER and keep them</source>
        <translation>skriv testens filer til FOLDER, og behold dem</translation>
    </message>
    <message>
        <source>write or check a policy file (goals, indicators, areas, committees)</source>
        <translation>skriv eller kontrollér en politikfil (mål, indikatorer, områder, udvalg)</translation>
    </message>
    <message>
        <source>write the current definition to a policy file</source>
        <translation>skriv den nuværende definition til en politikfil</translation>
    </message>
    <message>
        <source>check a policy file without changing anything</source>
        <translation>kontrollér en politikfil uden at ændre noget</translation>
    </message>
    <message>
        <source>Policy file written to {file}.</source>
        <translation>Politikfilen er skrevet til {file}.</translation>
    </message>
    <message>
        <source>{file}: the policy file is sound ({goals} goals, {indicators} indicators).</source>
        <translation>{file}: politikfilen er i orden ({goals} mål, {indicators} indikatorer).</translation>
    </message>
    <message>
        <source>fetch figures from Statistics Denmark&apos;s StatBank</source>
        <translation>hent tal fra Danmarks Statistiks Statistikbank</translation>
    </message>
    <message>
        <source>only this year</source>
        <translation>kun dette år</translation>
    </message>
    <message>
        <source>No indicator has a StatBank source; nothing was fetched.</source>
        <translation>Ingen indikator har en kilde i Statistikbanken; intet blev hentet.</translation>
    </message>
    <message>
        <source>{indicator}: {message}</source>
        <translation>{indicator}: {message}</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved with a warning</source>
        <translation>Gemt med en advarsel</translation>
    </message>
    <message>
        <source>Document link</source>
        <translation>Link til dokument</translation>
    </message>
    <message>
        <source>https://... or the full path of a pdf, docx, doc, xlsx, odt or html file</source>
        <translation>https://... eller den fulde sti til en pdf-, docx-, doc-, xlsx-, odt- eller html-fil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Open the document with the program the computer uses for it</source>
        <translation>Åbn dokumentet med det program, computeren bruger til filtypen</translation>
    </message>
</context>
<context>
    <name>CommitteesScreen</name>
    <message>
        <source>Yearly follow-up</source>
        <translation>Årlig opfølgning</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Manglende opfølgning</translation>
    </message>
    <message>
        <source>BIU&apos;s decisions</source>
        <translation>BIU&apos;s beslutninger</translation>
    </message>
    <message>
        <source>Committees and action plans</source>
        <translation>Udvalg og handleplaner</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Udvalg</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your data are safe: nothing half-done was stored.

The details below are also in the log file {log}. Copy them into an e-mail to IT support.</source>
        <translation>Der opstod en fejl, som programmet ikke havde forventet. Data er i sikkerhed: Intet halvfærdigt blev gemt.

Oplysningerne nedenfor står også i logfilen {log}. Kopiér dem ind i en e-mail til IT-support.</translation>
    </message>
</context>
<context>
    <name>DataEntryScreen</name>
    <message>
        <source>Values of the report year</source>
        <translation>Rapportårets værdier</translation>
    </message>
    <message>
        <source>Indicators in rows, areas in columns. Arrow keys move; type to enter a value, Enter or Tab stores it.</source>
        <translation>Indikatorer i rækker, områder i kolonner. Piletasterne flytter; skriv for at indtaste en værdi, Enter eller Tab gemmer den.</translation>
    </message>
    <message>
        <source>Type to overwrite a cell; Enter and Tab store it and move on, arrow keys move without storing. Tab without typing leaves the grid for the details beside it. Paste a block copied from Excel with Ctrl+V, clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point.</source>
        <translation>Skriv for at overskrive en celle; Enter og Tab gemmer og går videre, piletasterne flytter uden at gemme. Tab uden at skrive forlader tabellen og går til detaljerne ved siden af. Indsæt en blok kopieret fra Excel med Ctrl+V, ryd markeringen med Delete, fortryd med Ctrl+Z. Decimalkomma eller -punktum.</translation>
    </message>
    <message>
        <source>Marks in the cells: “missing” = still missing · ✘ = rejected input (the reason is below the grid) · * = provisional figure · n? and an amber frame = sample size missing</source>
        <translation>Mærker i cellerne: »mangler« = mangler stadig · ✘ = afvist indtastning (årsagen står under tabellen) · * = foreløbigt tal · n? og en gul ramme = stikprøvestørrelse mangler</translation>
    </message>
    <message>
        <source>Data entry for {year}</source>
        <translation>Indtastning for {year}</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Seneste filer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Open barometer database</source>
        <translation>Åbn barometerdatabase</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometerdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New barometer database</source>
        <translation>Ny barometerdatabase</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation>Barometerdatabase (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} findes allerede. Vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>{path} could not be opened as a barometer database: {reason}</source>
        <translation>{path} kunne ikke åbnes som barometerdatabase: {reason}</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Databasen blev ikke åbnet</translation>
    </message>
    <message>
        <source>The current database is still open.</source>
        <translation>Den nuværende database er stadig åben.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Type the date, e.g. 01.03.2016; leave empty if none</source>
        <translation>Skriv datoen, fx 01.03.2016; lad feltet stå tomt, hvis der ingen er</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>BIU&apos;s decision: {committee} {year}</source>
        <translation>BIU&apos;s beslutning: {committee} {year}</translation>
    </message>
    <message>
        <source>Supplementary report requested</source>
        <translation>Anmodning om supplerende redegørelse</translation>
    </message>
    <message>
        <source>Action-plan revision requested</source>
        <translation>Anmodning om revision af handleplan</translation>
    </message>
    <message>
        <source>Draft the text</source>
        <translation>Lav udkast til teksten</translation>
    </message>
    <message>
        <source>Policy goal {numbers}</source>
        <translation>Politikmål {numbers}</translation>
    </message>
    <message>
        <source>Policy goals {numbers}</source>
        <translation>Politikmål {numbers}</translation>
    </message>
    <message>
        <source>BIU asks for:</source>
        <translation>BIU beder om:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detaljer:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Besluttet den:</translation>
    </message>
    <message>
        <source>Recommendation to the city council:</source>
        <translation>Indstilling til Borgerrepræsentationen:</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Committees proposed for a decision</source>
        <translation>Udvalg foreslået til en beslutning</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation>Begrundelse for forslag</translation>
    </message>
    <message>
        <source>BIU&apos;s decision</source>
        <translation>BIU&apos;s beslutning</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluttet den</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Registrér beslutning…</translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation>Afvis forslag</translation>
    </message>
    <message>
        <source>Proposed: committees with missing follow-up, and committees whose action plan serves policy goals with an indicator going the wrong way in the report year. Confirm BIU&apos;s decision or dismiss the proposal.</source>
        <translation>Forslag: udvalg med manglende opfølgning samt udvalg, hvis handleplan understøtter politikmål med en indikator, der har udviklet sig i den forkerte retning i rapportåret. Bekræft BIU&apos;s beslutning, eller afvis forslaget.</translation>
    </message>
    <message>
        <source>Recommendation to the city council</source>
        <translation>Indstilling til Borgerrepræsentationen</translation>
    </message>
    <message>
        <source>BIU&apos;s decisions after the status report for {year}</source>
        <translation>BIU&apos;s beslutninger efter statusrapporten for {year}</translation>
    </message>
    <message>
        <source>(policy goal {numbers})</source>
        <translation>(politikmål {numbers})</translation>
    </message>
    <message>
        <source>(policy goals {numbers})</source>
        <translation>(politikmål {numbers})</translation>
    </message>
    <message>
        <source>({count} goals not yet recorded by the secretariat; not a reason)</source>
        <translation>({count} mål endnu ikke registreret af sekretariatet; ikke en begrundelse)</translation>
    </message>
    <message>
        <source>? Awaiting decision</source>
        <translation>? Afventer beslutning</translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation>supplerende redegørelse</translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation>revision af handleplan</translation>
    </message>
    <message>
        <source>(no text recorded)</source>
        <translation>(ingen tekst registreret)</translation>
    </message>
    <message>
        <source>Select a committee with a confirmed decision to see its recommendation.</source>
        <translation>Vælg et udvalg med en bekræftet beslutning for at se indstillingen.</translation>
    </message>
    <message>
        <source>BIU asks for</source>
        <translation>BIU anmoder om</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Selected value</source>
        <translation>Valgt værdi</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Foreløbigt tal</translation>
    </message>
    <message>
        <source>Show the note publicly</source>
        <translation>Vis noten offentligt</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Gem detaljer</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Værdi:</translation>
    </message>
    <message>
        <source>Sample size (n):</source>
        <translation>Stikprøvestørrelse (n):</translation>
    </message>
    <message>
        <source>Standard error:</source>
        <translation>Standardfejl:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Select a cell in the grid.</source>
        <translation>Vælg en celle i tabellen.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(ingen værdi)</translation>
    </message>
    <message>
        <source>Enter the value in the grid first; then its details here.</source>
        <translation>Indtast først værdien i tabellen; derefter dens detaljer her.</translation>
    </message>
    <message>
        <source>Sample size missing: enter it (or the standard error), or the report cannot say whether a change is significant.</source>
        <translation>Stikprøvestørrelse mangler: indtast den (eller standardfejlen), ellers kan rapporten ikke sige, om en ændring er signifikant.</translation>
    </message>
    <message>
        <source>Survey indicator: enter the sample size, so the report can say whether a change is significant.</source>
        <translation>Surveybaseret indikator: Indtast stikprøvestørrelsen, så rapporten kan angive, om en ændring er signifikant.</translation>
    </message>
    <message>
        <source>Development in {year}: {verdict}</source>
        <translation>Udvikling i {year}: {verdict}</translation>
    </message>
    <message>
        <source>Unsaved details</source>
        <translation>Detaljer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The details of {cell} have unsaved changes. Save them?</source>
        <translation>Detaljerne for {cell} har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
</context>
<context>
    <name>EditionStatusBox</name>
    <message>
        <source>Final edition</source>
        <translation>Endelig udgave</translation>
    </message>
    <message>
        <source>Changes since the final edition</source>
        <translation>Ændringer siden den endelige udgave</translation>
    </message>
    <message>
        <source>Make a new final edition from today&apos;s data</source>
        <translation>Lav en ny endelig udgave ud fra dagens data</translation>
    </message>
    <message>
        <source>It replaces the stored final edition.</source>
        <translation>Den erstatter den gemte endelige udgave.</translation>
    </message>
    <message>
        <source>The {year} report has no final edition yet.</source>
        <translation>Rapporten for {year} har endnu ingen endelig udgave.</translation>
    </message>
    <message>
        <source>Final edition made {date} by {user}.</source>
        <translation>Endelig udgave oprettet {date} af {user}.</translation>
    </message>
    <message>
        <source>Case number {number}.</source>
        <translation>Sagsnummer {number}.</translation>
    </message>
    <message>
        <source>The data have changed since; exporting the final edition re-issues it unchanged:</source>
        <translation>Data er ændret siden; eksport af den endelige udgave genudgiver den uændret:</translation>
    </message>
    <message>
        <source>The data have not changed since.</source>
        <translation>Data er ikke ændret siden.</translation>
    </message>
    <message>
        <source>{language}: made {date} by {user}</source>
        <translation>{language}: lavet {date} af {user}</translation>
    </message>
    <message>
        <source>Final editions of {year}: {list}.</source>
        <translation>Endelige udgaver af {year}: {list}.</translation>
    </message>
    <message>
        <source>⚠ The final editions were made from different data: the languages&apos; reports disagree. Make a new final edition in the older language.</source>
        <translation>⚠ De endelige udgaver er lavet på forskellige data: sprogenes rapporter er ikke ens. Lav en ny endelig udgave på det ældste sprog.</translation>
    </message>
    <message>
        <source>{where}: value {old} → {new}</source>
        <translation>{where}: værdi {old} → {new}</translation>
    </message>
    <message>
        <source>{where}: new value {new}</source>
        <translation>{where}: ny værdi {new}</translation>
    </message>
    <message>
        <source>{where}: value {old} removed</source>
        <translation>{where}: værdi {old} fjernet</translation>
    </message>
    <message>
        <source>{where}: assessment text changed</source>
        <translation>{where}: vurderingstekst ændret</translation>
    </message>
    <message>
        <source>{where}: development was {old}, now {new}</source>
        <translation>{where}: udviklingen var {old}, nu {new}</translation>
    </message>
    <message>
        <source>Setting changed: {old} → {new}</source>
        <translation>Indstilling ændret: {old} → {new}</translation>
    </message>
    <message>
        <source>{where}: indicator added or removed</source>
        <translation>{where}: indikator tilføjet eller fjernet</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End goal</source>
        <translation>Afslut mål</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>Af&amp;sluttet den:</translation>
    </message>
    <message>
        <source>Type the date the goal ended, e.g. 31.12.2014.</source>
        <translation>Skriv datoen, målet blev afsluttet, fx 31.12.2014.</translation>
    </message>
    <message>
        <source>The goal keeps its follow-ups from earlier years; it is not asked for after this date.</source>
        <translation>Målets opfølgninger fra tidligere år bevares; målet indgår ikke i opfølgningen efter denne dato.</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>procentpoint</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>Accepted: a whole number, {low} or more.</source>
        <translation>Tilladt: et helt tal, {low} eller derover.</translation>
    </message>
    <message>
        <source>Accepted: {low} to {high}.</source>
        <translation>Tilladt: {low} til {high}.</translation>
    </message>
    <message>
        <source>Accepted: {low} or more.</source>
        <translation>Tilladt: {low} eller derover.</translation>
    </message>
    <message>
        <source>Accepted: {high} or less.</source>
        <translation>Tilladt: {high} eller derunder.</translation>
    </message>
    <message>
        <source>Accepted: any number.</source>
        <translation>Tilladt: ethvert tal.</translation>
    </message>
    <message>
        <source>row {code} {name}, column {area}</source>
        <translation>række {code} {name}, kolonne {area}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>afvist: {reason}</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>foreløbig</translation>
    </message>
    <message>
        <source>sample size missing</source>
        <translation>stikprøvestørrelse mangler</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Afvist: {reason}</translation>
    </message>
    <message>
        <source>Still missing for the report year.</source>
        <translation>Mangler stadig for rapportåret.</translation>
    </message>
    <message>
        <source>Stored value: {value} ({published_note})</source>
        <translation>Gemt værdi: {value} ({published_note})</translation>
    </message>
    <message>
        <source>Stored value: {value}</source>
        <translation>Gemt værdi: {value}</translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation>Stikprøvestørrelse: {n}</translation>
    </message>
    <message>
        <source>Sample size missing: whether a change is significant cannot be tested.</source>
        <translation>Stikprøvestørrelse mangler: det kan ikke afgøres, om en ændring er signifikant.</translation>
    </message>
    <message>
        <source>Standard error: {se}</source>
        <translation>Standardfejl: {se}</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Foreløbigt tal</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Bemærkning: {note}</translation>
    </message>
    <message>
        <source>{area} (area code {code})</source>
        <translation>{area} (områdekode {code})</translation>
    </message>
    <message>
        <source>Not due this year.</source>
        <translation>Skal ikke indberettes i år.</translation>
    </message>
    <message>
        <source>Not stored — {cell}: {reason}</source>
        <translation>Ikke gemt — {cell}: {reason}</translation>
    </message>
    <message>
        <source>Your value was {value}.</source>
        <translation>Din værdi var {value}.</translation>
    </message>
    <message>
        <source>⚠ {cell}: {text} was read as {value}; if you meant {other}, type {other_text}.</source>
        <translation>⚠ {cell}: {text} blev læst som {value}; mente du {other}, så skriv {other_text}.</translation>
    </message>
    <message>
        <source>⚠ Check {cell}: {value} is far from the previous value {previous}; a change up to ±{threshold} would fit this series. It was stored.</source>
        <translation>⚠ Kontrollér {cell}: {value} ligger langt fra den forrige værdi {previous}; en ændring på op til ±{threshold} ville passe til serien. Værdien er gemt.</translation>
    </message>
    <message>
        <source>{count} more values are far from their series.</source>
        <translation>{count} værdier mere ligger langt fra deres serie.</translation>
    </message>
    <message>
        <source>Enter the value first, then its details.</source>
        <translation>Indtast først værdien og derefter oplysningerne om den.</translation>
    </message>
    <message>
        <source>Clear {code} {area}</source>
        <translation>Ryd {code} {area}</translation>
    </message>
    <message>
        <source>Cleared {code} {area}.</source>
        <translation>{code} {area} er ryddet.</translation>
    </message>
    <message>
        <source>Enter {code} {area}</source>
        <translation>Indtast {code} {area}</translation>
    </message>
    <message>
        <source>Stored {code} {area}: {value} ({published_note}).</source>
        <translation>{code} {area} er gemt: {value} ({published_note}).</translation>
    </message>
    <message>
        <source>Stored {code} {area}: {value}.</source>
        <translation>{code} {area} er gemt: {value}.</translation>
    </message>
    <message>
        <source>Clear {count} values</source>
        <translation>Ryd {count} værdier</translation>
    </message>
    <message>
        <source>Cleared {count} values.</source>
        <translation>{count} værdier er ryddet.</translation>
    </message>
    <message>
        <source>Enter {count} values</source>
        <translation>Indtast {count} værdier</translation>
    </message>
    <message>
        <source>Stored {count} values.</source>
        <translation>{count} værdier er gemt.</translation>
    </message>
    <message>
        <source>Undone: {action}.</source>
        <translation>Fortrudt: {action}.</translation>
    </message>
    <message>
        <source>Redone: {action}.</source>
        <translation>Gentaget: {action}.</translation>
    </message>
    <message>
        <source>Undone in {year}: {action}. The grid shows {shown_year}.</source>
        <translation>Fortrudt i {year}: {action}. Tabellen viser {shown_year}.</translation>
    </message>
    <message>
        <source>Redone in {year}: {action}. The grid shows {shown_year}.</source>
        <translation>Gentaget i {year}: {action}. Tabellen viser {shown_year}.</translation>
    </message>
    <message>
        <source>The grid now shows the stored values.</source>
        <translation>Tabellen viser nu de gemte værdier.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Ikke gemt: {reason}</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Kan fortrydes med Ctrl+Z.</translation>
    </message>
    <message>
        <source>The pasted block has {rows} rows and {columns} columns; from {cell} there is room for {free_rows} rows and {free_columns} columns. Nothing was stored.</source>
        <translation>Den indsatte blok har {rows} rækker og {columns} kolonner; fra {cell} er der plads til {free_rows} rækker og {free_columns} kolonner. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The copied cells are empty: nothing was pasted.</source>
        <translation>De kopierede celler er tomme: intet blev indsat.</translation>
    </message>
    <message>
        <source>published without decimals: {published}</source>
        <translation>offentliggøres uden decimaler: {published}</translation>
    </message>
    <message>
        <source>published with 1 decimal: {published}</source>
        <translation>offentliggøres med 1 decimal: {published}</translation>
    </message>
    <message>
        <source>published with {decimals} decimals: {published}</source>
        <translation>offentliggøres med {decimals} decimaler: {published}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Paste sample sizes (n)</source>
        <translation>Indsæt stikprøvestørrelser (n)</translation>
    </message>
    <message>
        <source>Paste standard errors</source>
        <translation>Indsæt standardfejl</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The demo data belong to the 2011 policy: use --demo without --policy and --municipality.</source>
        <translation>Demodata hører til politikken fra 2011: brug --demo uden --policy og --municipality.</translation>
    </message>
    <message>
        <source>Use the server&apos;s own backup tools for a server database.</source>
        <translation>Brug serverens egne værktøjer til sikkerhedskopiering af en serverdatabase.</translation>
    </message>
    <message>
        <source>There is no indicator {code}.</source>
        <translation>Der findes ingen indikator {code}.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>Eksportér til en .csv- eller .xlsx-fil.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an earlier export of values, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en tidligere eksport af værdier, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>The note of {indicator} {area} {period} holds a control character that an Excel file cannot hold. Export to CSV, or remove the character from the note.</source>
        <translation>Noten til {indicator} {area} {period} indeholder et kontroltegn, som en Excel-fil ikke kan rumme. Eksportér til CSV, eller fjern tegnet fra noten.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>The export to {target} failed: {reason}</source>
        <translation>Eksporten til {target} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>{file} is another barometer database, or has changes this one does not have, so it was not replaced. Choose another file name for the backup.</source>
        <translation>{file} er en anden barometerdatabase eller har ændringer, som denne ikke har, så den blev ikke erstattet. Vælg et andet filnavn til sikkerhedskopien.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>Sikkerhedskopieringen til {target} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation>Databasen er åbnet skrivebeskyttet; intet blev ændret.</translation>
    </message>
    <message>
        <source>this policy</source>
        <translation>denne politik</translation>
    </message>
    <message>
        <source>this focus area</source>
        <translation>dette indsatsområde</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>dette mål</translation>
    </message>
    <message>
        <source>this indicator</source>
        <translation>denne indikator</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>dette område</translation>
    </message>
    <message>
        <source>this assessment</source>
        <translation>denne vurdering</translation>
    </message>
    <message>
        <source>this committee</source>
        <translation>dette udvalg</translation>
    </message>
    <message>
        <source>this action plan</source>
        <translation>denne handleplan</translation>
    </message>
    <message>
        <source>this action-plan goal</source>
        <translation>dette handleplansmål</translation>
    </message>
    <message>
        <source>this integration report</source>
        <translation>denne integrationsredegørelse</translation>
    </message>
    <message>
        <source>this follow-up</source>
        <translation>denne opfølgning</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>denne beslutning</translation>
    </message>
    <message>
        <source>this setting</source>
        <translation>denne indstilling</translation>
    </message>
    <message>
        <source>this report edition</source>
        <translation>denne rapportudgave</translation>
    </message>
    <message>
        <source>this import mapping</source>
        <translation>denne importopsætning</translation>
    </message>
    <message>
        <source>this</source>
        <translation>dette</translation>
    </message>
    <message>
        <source>Someone else cleared the value of indicator {indicator}, {area}, {period} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>En anden har slettet værdien for indikator {indicator}, {area}, {period} i mellemtiden ({changed_by}, {changed_at}). Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Someone else changed the value of indicator {indicator}, {area}, {period} in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>En anden har ændret værdien for indikator {indicator}, {area}, {period} i mellemtiden: den er nu {newer_value} ({changed_by}, {changed_at}). Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; your change was not stored. Reload to see the newer value.</source>
        <translation>En anden har ændret dette i mellemtiden; din ændring blev ikke gemt. Genindlæs for at se den nyere værdi.</translation>
    </message>
    <message>
        <source>Someone else deleted {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>En anden har slettet {thing} i mellemtiden ({changed_by}, {changed_at}). Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Someone else changed {thing} in the meantime: now {newer_value} ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</source>
        <translation>En anden har ændret {thing} i mellemtiden: nu {newer_value} ({changed_by}, {changed_at}). Din ændring blev ikke gemt; genindlæs for at se den.</translation>
    </message>
    <message>
        <source>Someone else changed {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</source>
        <translation>En anden har ændret {thing} i mellemtiden ({changed_by}, {changed_at}). Din ændring blev ikke gemt; genindlæs for at se den.</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation>Databasen afviste ændringen: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Try again in a moment.</source>
        <translation>Databasen {path} er låst af et andet program. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only.</source>
        <translation>Databasefilen {path} er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The database server {path} refused the login. Put the password in the PostgreSQL password file (pgpass) or ask IT to check the user name.</source>
        <translation>Databaseserveren {path} afviste login. Angiv adgangskoden i PostgreSQL-adgangskodefilen (pgpass), eller bed IT om at kontrollere brugernavnet.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {path}. Is it running, and is the address right?</source>
        <translation>Der er ingen forbindelse til databaseserveren {path}. Kører den, og er adressen korrekt?</translation>
    </message>
    <message>
        <source>The database server has no database named in {path}. Ask IT to create it.</source>
        <translation>Databaseserveren har ikke den database, der er angivet i {path}. Bed IT om at oprette den.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a barometer database. If it is your barometer, restore the newest backup (File &gt; Restore from backup).</source>
        <translation>{path} er beskadiget eller ikke en barometerdatabase. Er det jeres barometer, så gendan den nyeste sikkerhedskopi (Filer &gt; Gendan fra sikkerhedskopi).</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened or made: check that its folder exists and that you may write there.</source>
        <translation>Databasefilen {path} kan ikke åbnes eller oprettes: kontrollér, at dens mappe findes, og at du må skrive i den.</translation>
    </message>
    <message>
        <source>The database {path} could not be used: {reason}</source>
        <translation>Databasen {path} kunne ikke bruges: {reason}</translation>
    </message>
    <message>
        <source>The database server {path} is restarting. Nothing was stored; try again in a moment.</source>
        <translation>Databaseserveren {path} genstarter. Intet blev gemt; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database server {path} has no free connections. Nothing was stored. Ask IT to allow more connections: each open window of this app uses up to {connections}.</source>
        <translation>Databaseserveren {path} har ingen ledige forbindelser. Intet blev gemt. Bed IT om at tillade flere forbindelser: hvert åbent vindue i programmet bruger op til {connections}.</translation>
    </message>
    <message>
        <source>Your change met another user&apos;s change at the same moment; nothing was stored. Try again.</source>
        <translation>Din ændring ramte en anden brugers ændring i samme øjeblik; intet blev gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the database server {path} was cut while your change was being stored: it may or may not have arrived. The next action connects again; reload to see what is stored.</source>
        <translation>Forbindelsen til databaseserveren {path} blev afbrudt, mens din ændring blev gemt: den er måske nået frem, måske ikke. Næste handling forbinder igen; genindlæs for at se, hvad der er gemt.</translation>
    </message>
    <message>
        <source>The connection to the database server {path} was cut (the server may have restarted). Nothing was stored; the next action connects again.</source>
        <translation>Forbindelsen til databaseserveren {path} blev afbrudt (serveren er måske genstartet). Intet blev gemt; næste handling forbinder igen.</translation>
    </message>
    <message>
        <source>{path} is empty. Create a barometer database with &apos;db init&apos;.</source>
        <translation>{path} er tom. Opret en barometerdatabase med &apos;db init&apos;.</translation>
    </message>
    <message>
        <source>{path} has an older schema. Run &apos;db upgrade&apos; first.</source>
        <translation>{path} har et ældre skema. Kør &apos;db upgrade&apos; først.</translation>
    </message>
    <message>
        <source>{path} already holds a barometer database; nothing was changed.</source>
        <translation>{path} indeholder allerede en barometerdatabase; intet blev ændret.</translation>
    </message>
    <message>
        <source>The saved database address {path} contains a password. Remove it and put the password in the PostgreSQL password file (pgpass) instead.</source>
        <translation>Den gemte databaseadresse {path} indeholder en adgangskode. Fjern den, og angiv i stedet adgangskoden i PostgreSQL-adgangskodefilen (pgpass).</translation>
    </message>
    <message>
        <source>{url} is not a database this program can use: give a file or a postgresql:// address.</source>
        <translation>{url} er ikke en database, som programmet kan bruge: angiv en fil eller en postgresql://-adresse.</translation>
    </message>
    <message>
        <source>{url} is not a valid database address.</source>
        <translation>{url} er ikke en gyldig databaseadresse.</translation>
    </message>
    <message>
        <source>The address {url} names no database (…/dbname at the end).</source>
        <translation>Adressen {url} angiver ingen database (…/dbname i slutningen).</translation>
    </message>
    <message>
        <source>{path} is the -wal, -shm or -journal file of a database, not a database. Give the database file itself (without -wal, -shm or -journal).</source>
        <translation>{path} er en databases -wal-, -shm- eller -journal-fil, ikke en database. Angiv selve databasefilen (uden -wal, -shm eller -journal).</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>Databasefilen {path} findes ikke.</translation>
    </message>
    <message>
        <source>Cannot create a database in the folder {folder}: it is read-only.</source>
        <translation>Der kan ikke oprettes en database i mappen {folder}: den er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Databasefilen {path} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a barometer database (not a SQLite file).</source>
        <translation>{path} er ikke en barometerdatabase (ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Integrationsbarometer (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} er skrevet af en nyere version af Integrationsbarometer (skema {revision}). Installér den nyere version for at åbne den; filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a barometer database. It was not changed.</source>
        <translation>{path} er en SQLite-database, men ikke en barometerdatabase. Den blev ikke ændret.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed and was undone; the database is as it was. A copy from before the upgrade is kept as {backup}. Reason: {reason}</source>
        <translation>Opgraderingen af {path} mislykkedes og blev rullet tilbage; databasen er uændret. En kopi fra før opgraderingen er gemt som {backup}. Årsag: {reason}</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>Værdien skal være et tal.</translation>
    </message>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation>Værdien skal være mellem {low} og {high}.</translation>
    </message>
    <message>
        <source>The value is too large for a barometer figure: at most {limit} either way.</source>
        <translation>Værdien er for stor til et barometertal: højst {limit} i begge retninger.</translation>
    </message>
    <message>
        <source>The value must be at least {low}.</source>
        <translation>Værdien skal være mindst {low}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {limit} characters, this one has {length}.</source>
        <translation>Noten er for lang: højst {limit} tegn, denne har {length}.</translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation>Et antal skal være et helt tal.</translation>
    </message>
    <message>
        <source>The value must be at most {high}.</source>
        <translation>Værdien må højst være {high}.</translation>
    </message>
    <message>
        <source>The sample size must be a whole number from 1 to {high}.</source>
        <translation>Stikprøvestørrelsen skal være et helt tal fra 1 til {high}.</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header {columns} columns; is a decimal comma splitting a number in a comma-separated file?</source>
        <translation>Rækken har {cells} celler, men overskriften {columns} kolonner; deler et decimalkomma et tal i en kommasepareret fil?</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;{text}&quot;.</source>
        <translation>Ukendt indikator &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Unknown area &quot;{text}&quot;.</source>
        <translation>Ukendt område &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period (e.g. 2011, 2011K1 or 2011M03).</source>
        <translation>&quot;{text}&quot; er ikke en periode (f.eks. 2011, 2011K1 eller 2011M03).</translation>
    </message>
    <message>
        <source>The column heading is not a period.</source>
        <translation>Kolonneoverskriften er ikke en periode.</translation>
    </message>
    <message>
        <source>The standard error must be zero or more.</source>
        <translation>Standardfejlen skal være nul eller derover.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not yes or no (use ja/nej or 1/0).</source>
        <translation>&quot;{text}&quot; er ikke ja eller nej (brug ja/nej eller 1/0).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number with a decimal comma (the format chosen).</source>
        <translation>&quot;{text}&quot; er ikke et tal med decimalkomma (det valgte format).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number with a decimal point (the format chosen).</source>
        <translation>&quot;{text}&quot; er ikke et tal med decimalpunktum (det valgte format).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation>&quot;{text}&quot; er ikke et tal.</translation>
    </message>
    <message>
        <source>Unknown indicator.</source>
        <translation>Ukendt indikator.</translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} er ikke en fil.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; a policy file is a few kilobytes.</source>
        <translation>{file} er større end {size} MB; en politikfil fylder nogle få kilobyte.</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8.</source>
        <translation>{file} er ikke en tekstfil i UTF-8.</translation>
    </message>
    <message>
        <source>The policy names no area as the barometer&apos;s own: give the municipality (--municipality NAME), or write main = true on its area in the file.</source>
        <translation>Politikken angiver ikke barometrets egen kommune: angiv kommunen (--municipality NAVN), eller skriv main = true ved dens område i filen.</translation>
    </message>
    <message>
        <source>Demo data line {line}: {reason}</source>
        <translation>Demodata, linje {line}: {reason}</translation>
    </message>
    <message>
        <source>The deadline must be a day of the year as MM-DD, e.g. 03-01.</source>
        <translation>Fristen skal være en dag i året angivet som MM-DD, f.eks. 03-01.</translation>
    </message>
    <message>
        <source>The logo file {path} cannot be read.</source>
        <translation>Logofilen {path} kan ikke læses.</translation>
    </message>
    <message>
        <source>The logo {path} is not a PNG or JPEG image.</source>
        <translation>Logoet {path} er ikke et PNG- eller JPEG-billede.</translation>
    </message>
    <message>
        <source>The logo {path} is damaged or larger than {limit} × {limit} pixels; save a smaller copy of it.</source>
        <translation>Logoet {path} er beskadiget eller større end {limit} × {limit} pixel; gem en mindre kopi af det.</translation>
    </message>
    <message>
        <source>Unknown comparison basis.</source>
        <translation>Ukendt sammenligningsgrundlag.</translation>
    </message>
    <message>
        <source>The baseline year must be a year.</source>
        <translation>Basisåret skal være et årstal.</translation>
    </message>
    <message>
        <source>Someone else changed this setting in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>En anden har ændret denne indstilling i mellemtiden: den er nu {newer_value} ({changed_by}, {changed_at}). Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Unknown significance policy.</source>
        <translation>Ukendt regel for ikke-signifikante ændringer.</translation>
    </message>
    <message>
        <source>The status window must be a whole number of years from 0 to {most}.</source>
        <translation>Statusvinduet skal være et helt antal år fra 0 til {most}.</translation>
    </message>
    <message>
        <source>There is no area with the code {code}.</source>
        <translation>Der er intet område med koden {code}.</translation>
    </message>
    <message>
        <source>The database holds no values to report on.</source>
        <translation>Databasen indeholder ingen værdier at rapportere om.</translation>
    </message>
    <message>
        <source>Unknown area: {names}. Known areas: {known}.</source>
        <translation>Ukendt område: {names}. Kendte områder: {known}.</translation>
    </message>
    <message>
        <source>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it under Sheet; else say which column holds {roles}.</source>
        <translation>Kolonnerne i arket {sheet} i {file} blev ikke genkendt (mangler: {roles}). Står værdierne på et andet ark ({others}), så vælg det under Ark; ellers angiv, hvilken kolonne der indeholder {roles}.</translation>
    </message>
    <message>
        <source>The file&apos;s columns were not recognised: say which column holds {roles}.</source>
        <translation>Filens kolonner blev ikke genkendt: angiv, hvilken kolonne der indeholder {roles}.</translation>
    </message>
    <message>
        <source>The same value is also given in row {first_row}.</source>
        <translation>Den samme værdi er også angivet i række {first_row}.</translation>
    </message>
    <message>
        <source>The saved mapping &quot;{name}&quot; is damaged and cannot be used. Map the columns again in the Import screen and save the mapping under the same name.</source>
        <translation>Den gemte kolonnetilknytning &quot;{name}&quot; er beskadiget og kan ikke bruges. Tilknyt kolonnerne igen på skærmbilledet Import, og gem tilknytningen under samme navn.</translation>
    </message>
    <message>
        <source>There is no saved mapping called &quot;{name}&quot;.</source>
        <translation>Der findes ingen gemt kolonnetilknytning med navnet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it (--sheet NAME); else map the columns once in the Import screen, or pass --mapping NAME.</source>
        <translation>Kolonnerne i arket {sheet} i {file} blev ikke genkendt (mangler: {roles}). Står værdierne på et andet ark ({others}), så vælg det (--sheet NAVN); ellers tilknyt kolonnerne én gang på skærmbilledet Import, eller angiv --mapping NAVN.</translation>
    </message>
    <message>
        <source>The columns of {file} were not recognised (missing: {roles}). Map them once in the Import screen, or pass --mapping NAME.</source>
        <translation>Kolonnerne i {file} blev ikke genkendt (mangler: {roles}). Tilknyt dem én gang på skærmbilledet Import, eller angiv --mapping NAVN.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Filen {file} findes ikke.</translation>
    </message>
    <message>
        <source>{file} is not a text file (CSV) or an Excel workbook (.xlsx).</source>
        <translation>{file} er hverken en tekstfil (CSV) eller en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a CSV or Excel file.</source>
        <translation>{file} er en mappe; vælg en CSV- eller Excel-fil.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a device or another special file); choose a CSV or Excel file.</source>
        <translation>{file} er ikke en almindelig fil (men en enhed eller en anden særlig fil); vælg en CSV- eller Excel-fil.</translation>
    </message>
    <message>
        <source>{file} is a database, not a table of values; import reads CSV and Excel files. A barometer database is opened with File &gt; Open database.</source>
        <translation>{file} er en database, ikke en tabel med værdier; import læser CSV- og Excel-filer. En barometerdatabase åbnes med Filer &gt; Åbn database.</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls) or another Office 97 document, which cannot be read; save it from Excel as .xlsx or CSV.</source>
        <translation>{file} er en gammel Excel-fil (.xls) eller et andet Office 97-dokument, som ikke kan læses; gem den fra Excel som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, which has no sheets; leave out the sheet.</source>
        <translation>{file} er en tekstfil (CSV), som ikke har ark; udelad arket.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} har mere end {limit} rækker; del den op i mindre filer.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has more than {limit} columns; no barometer table is that wide. Check the file or save only the table as a new file.</source>
        <translation>Række {row} i {file} har mere end {limit} kolonner; ingen barometertabel er så bred. Kontrollér filen, eller gem kun tabellen som en ny fil.</translation>
    </message>
    <message>
        <source>{file} mixes character encodings: line {line} is not in the same encoding (UTF-8 or Windows-1252) as the rest of the file. Save the whole file as UTF-8 and try again.</source>
        <translation>{file} blander tegnkodninger: linje {line} har ikke samme tegnkodning (UTF-8 eller Windows-1252) som resten af filen. Gem hele filen som UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text; save it as UTF-8 or Windows-1252 CSV.</source>
        <translation>{file} er UTF-16-tekst; gem den som CSV i UTF-8 eller Windows-1252.</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file (row {row}): {reason}</source>
        <translation>{file} er ikke en læsbar CSV-fil (række {row}): {reason}</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} er tom.</translation>
    </message>
    <message>
        <source>{file} is not a valid XLSX file: its XML declares entities, which Excel never writes and which are not read for safety.</source>
        <translation>{file} er ikke en gyldig XLSX-fil: dens XML erklærer entiteter, som Excel aldrig skriver, og som af sikkerhedshensyn ikke læses.</translation>
    </message>
    <message>
        <source>{file} is damaged or not an Excel workbook; open it in Excel, save it again as .xlsx, and try again.</source>
        <translation>{file} er beskadiget eller ikke en Excel-projektmappe; åbn den i Excel, gem den igen som .xlsx, og prøv igen.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not an Excel workbook; unpack it and import the CSV or Excel file inside.</source>
        <translation>{file} er et zip-arkiv, ikke en Excel-projektmappe; pak det ud, og importér CSV- eller Excel-filen i det.</translation>
    </message>
    <message>
        <source>The visible sheets of {file} are empty; a hidden sheet ({hidden}) is read only when chosen by name (the Sheet list, or --sheet NAME).</source>
        <translation>De synlige ark i {file} er tomme; et skjult ark ({hidden}) læses kun, når det vælges ved navn (listen Ark eller --sheet NAVN).</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} is empty; choose another sheet ({others}).</source>
        <translation>Arket {sheet} i {file} er tomt; vælg et andet ark ({others}).</translation>
    </message>
    <message>
        <source>{file} has no sheet called &quot;{sheet}&quot;; its sheets are: {sheets}.</source>
        <translation>{file} har intet ark med navnet &quot;{sheet}&quot;; dens ark er: {sheets}.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than an import reads ({limit} MB, of which at most {strings_limit} MB texts). Save only the table in a new workbook, or as CSV.</source>
        <translation>{file} fylder {size} MB udpakket, mere end en import læser ({limit} MB, heraf højst {strings_limit} MB tekster). Gem kun tabellen i en ny projektmappe eller som CSV.</translation>
    </message>
    <message>
        <source>{file} belongs to a database in use (its -wal, -shm or -journal file); nothing was written. Choose another file name.</source>
        <translation>{file} hører til en database i brug (dens -wal-, -shm- eller -journal-fil); intet blev skrevet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a PDF file, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en PDF-fil, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a CSV file, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en CSV-fil, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an Excel workbook, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en Excel-projektmappe, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an e-mail draft (.eml), so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en e-mailkladde (.eml), så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a text file, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en tekstfil, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a policy file, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en politikfil, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a PNG image, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke et PNG-billede, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an SVG image, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en SVG-tegning, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a barometer database, so it was not replaced. Choose another file name.</source>
        <translation>{file} findes allerede og er ikke en barometerdatabase, så den blev ikke erstattet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}), so it was not replaced.</source>
        <translation>{file} kan ikke læses ({reason}), så den blev ikke erstattet.</translation>
    </message>
    <message>
        <source>{file} is a folder. Give the name of the file to write, e.g. {example}.</source>
        <translation>{file} er en mappe. Angiv navnet på den fil, der skal skrives, fx {example}.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a device, pipe or reserved name); nothing was written. Choose another file name.</source>
        <translation>{file} er ikke en almindelig fil (men en enhed, en pipe eller et reserveret navn); intet blev skrevet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} is the open database; nothing was written. Choose another file name.</source>
        <translation>{file} er den åbne database; intet blev skrevet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} is a database in use (it has a -wal, -shm or -journal file beside it); nothing was written. Choose another file name.</source>
        <translation>{file} er en database i brug (der ligger en -wal-, -shm- eller -journal-fil ved siden af); intet blev skrevet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} is a database; nothing was written. Choose another file name.</source>
        <translation>{file} er en database; intet blev skrevet. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{file} is the current folder (or holds it); the web barometer needs a folder of its own, e.g. {example}. Nothing was written.</source>
        <translation>{file} er den aktuelle mappe (eller indeholder den); webbarometeret skal have sin egen mappe, fx {example}. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} holds the open database; the web barometer needs a folder of its own. Nothing was written.</source>
        <translation>{file} indeholder den åbne database; webbarometeret skal have sin egen mappe. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} is a file, not a folder; nothing was written.</source>
        <translation>{file} er en fil, ikke en mappe; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} holds files this program did not write (e.g. {name}), so it was not replaced. Move them elsewhere, or choose an empty folder or a new folder name.</source>
        <translation>{file} indeholder filer, som programmet ikke har skrevet (fx {name}), så mappen blev ikke erstattet. Flyt dem et andet sted hen, eller vælg en tom mappe eller et nyt mappenavn.</translation>
    </message>
    <message>
        <source>{file} holds files this program did not write, so it was not replaced. Choose an empty folder or a new folder name.</source>
        <translation>{file} indeholder filer, som dette program ikke har skrevet, så den blev ikke erstattet. Vælg en tom mappe eller et nyt mappenavn.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: {reason}</source>
        <translation>Der kan ikke skrives i mappen {folder}: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be replaced: it is open in another program or write-protected. Close it and try again.</source>
        <translation>{file} kunne ikke erstattes: filen er åben i et andet program eller skrivebeskyttet. Luk den, og prøv igen.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>The stored final edition of {year} cannot be read: {reason}</source>
        <translation>Den gemte endelige udgave for {year} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{year} is not a report year: write a year from {first} to {last}.</source>
        <translation>{year} er ikke et rapportår: skriv et år fra {first} til {last}.</translation>
    </message>
    <message>
        <source>No goal has a value for {area} from {first} to {year}, so the report would be empty. Choose a report year with data.</source>
        <translation>Intet mål har en værdi for {area} fra {first} til {year}, så rapporten ville være tom. Vælg et rapportår med data.</translation>
    </message>
    <message>
        <source>A plan cannot end before it was adopted.</source>
        <translation>En plan kan ikke afsluttes, før den er vedtaget.</translation>
    </message>
    <message>
        <source>The goal needs a text.</source>
        <translation>Målet skal have en tekst.</translation>
    </message>
    <message>
        <source>A goal can only serve goals of the plan&apos;s own policy.</source>
        <translation>Et mål kan kun knyttes til mål i planens egen integrationspolitik.</translation>
    </message>
    <message>
        <source>Unknown action plan.</source>
        <translation>Ukendt handleplan.</translation>
    </message>
    <message>
        <source>Unknown action-plan goal.</source>
        <translation>Ukendt mål i handleplanen.</translation>
    </message>
    <message>
        <source>Unknown committee.</source>
        <translation>Ukendt udvalg.</translation>
    </message>
    <message>
        <source>Unknown policy.</source>
        <translation>Ukendt integrationspolitik.</translation>
    </message>
    <message>
        <source>The committee already has an action plan for this policy.</source>
        <translation>Udvalget har allerede en handleplan for denne integrationspolitik.</translation>
    </message>
    <message>
        <source>A goal cannot end before its plan was adopted.</source>
        <translation>Et mål kan ikke afsluttes, før planen er vedtaget.</translation>
    </message>
    <message>
        <source>The committee needs a name.</source>
        <translation>Udvalget skal have et navn.</translation>
    </message>
    <message>
        <source>The committee needs a short name, e.g. BUU.</source>
        <translation>Udvalget skal have en forkortelse, f.eks. BUU.</translation>
    </message>
    <message>
        <source>The short name can be at most 20 characters.</source>
        <translation>Forkortelsen må højst være på 20 tegn.</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not a valid e-mail address.</source>
        <translation>&quot;{address}&quot; er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>Another committee is already called {value}.</source>
        <translation>Et andet udvalg hedder allerede {value}.</translation>
    </message>
    <message>
        <source>Another committee already has the short name {value}.</source>
        <translation>Et andet udvalg har allerede forkortelsen {value}.</translation>
    </message>
    <message>
        <source>Someone else removed this in the meantime. Your change was not stored; reload to see the current state.</source>
        <translation>En anden har fjernet dette i mellemtiden. Din ændring blev ikke gemt; genindlæs for at se den aktuelle tilstand.</translation>
    </message>
    <message>
        <source>The {year} report already has a final edition; it can be re-issued or replaced.</source>
        <translation>Rapporten for {year} har allerede en endelig udgave; den kan genudgives eller erstattes.</translation>
    </message>
    <message>
        <source>Someone else changed the final edition of {year} in the meantime.</source>
        <translation>En anden har ændret den endelige udgave for {year} i mellemtiden.</translation>
    </message>
    <message>
        <source>A report about {year} cannot have been received before {year}.</source>
        <translation>En redegørelse for {year} kan ikke være modtaget før {year}.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Modtagelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Row {row}: unknown follow-up status.</source>
        <translation>Række {row}: ukendt opfølgningsstatus.</translation>
    </message>
    <message>
        <source>Row {row}: choose whether the goal was followed up before adding a note.</source>
        <translation>Række {row}: angiv, om målet er fulgt op, før der tilføjes en note.</translation>
    </message>
    <message>
        <source>Row {row}: the goal is not in this committee&apos;s action plan.</source>
        <translation>Række {row}: målet indgår ikke i dette udvalgs handleplan.</translation>
    </message>
    <message>
        <source>Unknown decision status.</source>
        <translation>Ukendt beslutningsstatus.</translation>
    </message>
    <message>
        <source>Choose the reason for the decision.</source>
        <translation>Vælg begrundelsen for beslutningen.</translation>
    </message>
    <message>
        <source>Choose what BIU asks for: a supplementary report, a revision of the action plan, or both.</source>
        <translation>Vælg, hvad BIU beder om: en supplerende redegørelse, en revision af handleplanen eller begge dele.</translation>
    </message>
    <message>
        <source>Enter the date of BIU&apos;s decision.</source>
        <translation>Angiv datoen for BIU&apos;s beslutning.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not allowed: only web addresses (http or https) and local documents can be linked.</source>
        <translation>Linket &quot;{link}&quot; er ikke tilladt: der kan kun linkes til webadresser (http eller https) og lokale dokumenter.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not a valid web address.</source>
        <translation>Linket &quot;{link}&quot; er ikke en gyldig webadresse.</translation>
    </message>
    <message>
        <source>The link is {length} characters long; a link may have at most {limit}. Link to the document instead of pasting its text.</source>
        <translation>Linket er {length} tegn langt; et link må højst have {limit}. Link til dokumentet i stedet for at indsætte dets tekst.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; must be a full web address (https://...) or the full path of a document.</source>
        <translation>Linket &quot;{link}&quot; skal være en fuld webadresse (https://...) eller den fulde sti til et dokument.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; does not point to a document and will not be opened. Allowed are pdf, docx, doc, xlsx, odt and html files.</source>
        <translation>Linket &quot;{link}&quot; peger ikke på et dokument og vil ikke blive åbnet. Tilladte filtyper er pdf, docx, doc, xlsx, odt og html.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; contains percent codes (such as %20) or hidden characters that make the file name look like something else. Give the document&apos;s plain path.</source>
        <translation>Linket &quot;{link}&quot; indeholder procentkoder (som %20) eller skjulte tegn, der får filnavnet til at ligne noget andet. Angiv dokumentets almindelige sti.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; points to a folder or a device, not to a document.</source>
        <translation>Linket &quot;{link}&quot; peger på en mappe eller en enhed, ikke på et dokument.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; points to a file marked as a program (executable), so it will not be opened.</source>
        <translation>Linket &quot;{link}&quot; peger på en fil, der er markeret som et program (eksekverbar), så den bliver ikke åbnet.</translation>
    </message>
    <message>
        <source>The document &quot;{link}&quot; does not exist, or the drive or server it is on cannot be reached now.</source>
        <translation>Dokumentet &quot;{link}&quot; findes ikke, eller drevet eller serveren, det ligger på, kan ikke nås lige nu.</translation>
    </message>
    <message>
        <source>The document &quot;{link}&quot; cannot be reached right now (the drive or server may be offline). The link was saved and will be checked again before it is opened.</source>
        <translation>Dokumentet &quot;{link}&quot; kan ikke nås lige nu (drevet eller serveren er måske ikke tilgængelig). Linket er gemt og kontrolleres igen, før det åbnes.</translation>
    </message>
    <message>
        <source>{path} is empty, not a barometer backup.</source>
        <translation>{path} er tom og ikke en sikkerhedskopi af barometeret.</translation>
    </message>
    <message>
        <source>{path} failed the database check and was not restored: {problem}</source>
        <translation>{path} bestod ikke databasekontrollen og blev ikke gendannet: {problem}</translation>
    </message>
    <message>
        <source>{file} is the open database or one of its side files; choose a backup to restore from.</source>
        <translation>{file} er den åbne database eller en af dens hjælpefiler; vælg en sikkerhedskopi at gendanne fra.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Mappen for {path} findes ikke.</translation>
    </message>
    <message>
        <source>The web barometer could not be written to {target}: {reason}</source>
        <translation>Webbarometeret kunne ikke skrives til {target}: {reason}</translation>
    </message>
    <message>
        <source>Goal already has the headline indicator {code}; a goal has one headline indicator.</source>
        <translation>Målet har allerede hovedindikatoren {code}; et mål har én hovedindikator.</translation>
    </message>
    <message>
        <source>The code must not be empty.</source>
        <translation>Koden må ikke være tom.</translation>
    </message>
    <message>
        <source>The code can have at most 20 characters.</source>
        <translation>Koden må højst være på 20 tegn.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Navnet må ikke være tomt.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>Navnet må højst være på 200 tegn.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Vælg en enhed.</translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation>Vælg en retning.</translation>
    </message>
    <message>
        <source>Choose a frequency.</source>
        <translation>Vælg en hyppighed.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 4.</source>
        <translation>Antal decimaler skal være mellem 0 og 4.</translation>
    </message>
    <message>
        <source>The release month must be between 1 and 12.</source>
        <translation>Udgivelsesmåneden skal være mellem 1 og 12.</translation>
    </message>
    <message>
        <source>The release delay must be 0, 1 or 2 years.</source>
        <translation>Udgivelsesforsinkelsen skal være 0, 1 eller 2 år.</translation>
    </message>
    <message>
        <source>The provider can have at most 50 characters.</source>
        <translation>Dataleverandøren må højst være på 50 tegn.</translation>
    </message>
    <message>
        <source>The data source can have at most 300 characters.</source>
        <translation>Datakilden må højst være på 300 tegn.</translation>
    </message>
    <message>
        <source>{label} can have at most {limit} characters.</source>
        <translation>{label} må højst være på {limit} tegn.</translation>
    </message>
    <message>
        <source>The code {code} belongs to the retired indicator {name}.</source>
        <translation>Koden {code} tilhører den udgåede indikator {name}.</translation>
    </message>
    <message>
        <source>Choose a goal.</source>
        <translation>Vælg et mål.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another indicator.</source>
        <translation>Koden {code} bruges allerede af en anden indikator.</translation>
    </message>
    <message>
        <source>Someone else changed this indicator in the meantime; your change was not stored. Reload to see the newer version.</source>
        <translation>En anden har ændret denne indikator i mellemtiden; din ændring blev ikke gemt. Genindlæs for at se den nyere version.</translation>
    </message>
    <message>
        <source>The indicator {code} has {count} values and cannot be deleted; retire it instead, which keeps its values and history.</source>
        <translation>Indikatoren {code} har {count} værdier og kan ikke slettes; tag den ud af brug i stedet, så dens værdier og historik bevares.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation>Gem grafen som .png eller .svg.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>Grafen kunne ikke gemmes i {path}: {reason}</translation>
    </message>
    <message>
        <source>The database is open read-only because another copy of the program uses it; restore from a backup there, or close that copy first. Nothing was changed.</source>
        <translation>Databasen er åbnet skrivebeskyttet, fordi en anden kopi af programmet bruger den. Gendan fra sikkerhedskopien dér, eller luk den anden kopi først. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a text in quotes.</source>
        <translation>Linje {line}, felt {key}: her skal stå en tekst i anførselstegn.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a whole number.</source>
        <translation>Linje {line}, felt {key}: her skal stå et helt tal.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected true or false.</source>
        <translation>Linje {line}, felt {key}: her skal stå true eller false.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a date such as 2011-06-20.</source>
        <translation>Linje {line}, felt {key}: her skal stå en dato som 2011-06-20.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a list of texts.</source>
        <translation>Linje {line}, felt {key}: her skal stå en liste af tekster.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a list of whole numbers.</source>
        <translation>Linje {line}, felt {key}: her skal stå en liste af hele tal.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a table of fields.</source>
        <translation>Linje {line}, felt {key}: her skal stå en tabel med felter.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: unknown field (a typing error?).</source>
        <translation>Linje {line}, felt {key}: ukendt felt (en tastefejl?).</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: a value is required.</source>
        <translation>Linje {line}, felt {key}: feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected a table of fields ([indicators.statbank]).</source>
        <translation>Linje {line}, indikator {code}, felt {key}: her skal stå en tabel af felter ([indicators.statbank]).</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: unknown field (a typing error?).</source>
        <translation>Linje {line}, indikator {code}, felt {key}: ukendt felt (en tastefejl?).</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: a value is required.</source>
        <translation>Linje {line}, indikator {code}, felt {key}: skal udfyldes.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected a text in quotes, e.g. &quot;FOLK1E&quot;.</source>
        <translation>Linje {line}, indikator {code}, felt {key}: her skal stå en tekst i anførselstegn, fx &quot;FOLK1E&quot;.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: at most {limit} characters.</source>
        <translation>Linje {line}, indikator {code}, felt {key}: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected variables with lists of value codes, e.g. {{ &quot;HERKOMST&quot; = [&quot;5&quot;] }}.</source>
        <translation>Linje {line}, indikator {code}, felt {key}: her skal stå variabler med lister af værdikoder, fx {{ &quot;HERKOMST&quot; = [&quot;5&quot;] }}.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: {value} is not one of {choices}.</source>
        <translation>Linje {line}, indikator {code}, felt {key}: {value} er ikke en af {choices}.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: {value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</source>
        <translation>Linje {line}, indikator {code}, felt {key}: {value} er ikke et tabel-id i Statistikbanken (bogstaver og tal, fx FOLK1E).</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: contains a control character (e.g. a NUL byte); write plain text.</source>
        <translation>Linje {line}, felt {key}: indeholder et kontroltegn (fx en NUL-byte); skriv almindelig tekst.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: {value} is not one of {choices}.</source>
        <translation>Linje {line}, felt {key}: {value} er ikke en af {choices}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: {value} appears twice.</source>
        <translation>Linje {line}, felt {key}: {value} forekommer to gange.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: must be between {low} and {high}.</source>
        <translation>Linje {line}, felt {key}: skal være mellem {low} og {high}.</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>en tekst i anførselstegn er ikke lukket</translation>
    </message>
    <message>
        <source>a character that is not allowed (e.g. a control character)</source>
        <translation>et tegn, der ikke er tilladt (fx et kontroltegn)</translation>
    </message>
    <message>
        <source>a value that is not a text in quotes, a number, true/false, a date or a list</source>
        <translation>en værdi, der hverken er en tekst i anførselstegn, et tal, true/false, en dato eller en liste</translation>
    </message>
    <message>
        <source>a field name without = and a value</source>
        <translation>et feltnavn uden = og en værdi</translation>
    </message>
    <message>
        <source>a field given twice</source>
        <translation>et felt, der står to gange</translation>
    </message>
    <message>
        <source>a section given twice</source>
        <translation>et afsnit, der står to gange</translation>
    </message>
    <message>
        <source>a line that is neither a field nor a section</source>
        <translation>en linje, der hverken er et felt eller et afsnit</translation>
    </message>
    <message>
        <source>something after the value on the same line (one field per line; a date as 2015-03-01)</source>
        <translation>noget efter værdien på samme linje (ét felt pr. linje; en dato som 2015-03-01)</translation>
    </message>
    <message>
        <source>a field name with a character that is not allowed</source>
        <translation>et feltnavn med et tegn, der ikke er tilladt</translation>
    </message>
    <message>
        <source>Line {line}: the file is not a valid policy file: {reason}.</source>
        <translation>Linje {line}: filen er ikke en gyldig politikfil: {reason}.</translation>
    </message>
    <message>
        <source>The file is not a policy file: its values are nested too deeply.</source>
        <translation>Filen er ikke en politikfil: dens værdier er indlejret for dybt.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the file&apos;s format version is missing; write schema = 1 at the top.</source>
        <translation>Linje {line}, felt {key}: filens formatversion mangler; skriv schema = 1 øverst.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the file has format version {found}; this program reads version {supported}. Use a newer program.</source>
        <translation>Linje {line}, felt {key}: filen har formatversion {found}; dette program læser version {supported}. Brug et nyere program.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: only one area can be the barometer&apos;s own.</source>
        <translation>Linje {line}, felt {key}: kun ét område kan være barometrets eget.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: there is no {what} number {value}.</source>
        <translation>Linje {line}, felt {key}: der er ingen {what} med nummer {value}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: at most {limit} characters.</source>
        <translation>Linje {line}, felt {key}: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the format version is a whole number without quotes, e.g. schema = 1.</source>
        <translation>Linje {line}, felt {key}: formatversionen er et helt tal uden anførselstegn, fx schema = 1.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: goal {goal} already has the headline indicator {code}.</source>
        <translation>Linje {line}, felt {key}: mål {goal} har allerede hovedindikatoren {code}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: there is no committee {value}.</source>
        <translation>Linje {line}, felt {key}: der er intet udvalg {value}.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s name or its code, e.g. 751 or Aarhus.</source>
        <translation>Skriv kommunens navn eller kode, fx 751 eller Aarhus.</translation>
    </message>
    <message>
        <source>{name} is not a Danish municipality; write its name or its code, e.g. 751 or Aarhus.</source>
        <translation>{name} er ikke en dansk kommune; skriv kommunens navn eller kode, fx 751 eller Aarhus.</translation>
    </message>
    <message>
        <source>The database has no policy yet.</source>
        <translation>Databasen har endnu ingen politik.</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>Titlen skal udfyldes.</translation>
    </message>
    <message>
        <source>The title can have at most {limit} characters.</source>
        <translation>Titlen kan højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>A new policy period must start after {year}, when the current one started.</source>
        <translation>En ny politikperiode skal begynde efter {year}, hvor den nuværende begyndte.</translation>
    </message>
    <message>
        <source>There is already a policy named {name}.</source>
        <translation>Der findes allerede en politik med navnet {name}.</translation>
    </message>
    <message>
        <source>The last year cannot be before the first year.</source>
        <translation>Det sidste år kan ikke ligge før det første.</translation>
    </message>
    <message>
        <source>Only the goals of the newest policy can be changed; earlier reports keep theirs.</source>
        <translation>Kun den nyeste politiks mål kan ændres; tidligere rapporter beholder deres.</translation>
    </message>
    <message>
        <source>Goal {number} still has the indicator {code}: move it to another goal first.</source>
        <translation>Mål {number} har stadig indikatoren {code}: flyt den først til et andet mål.</translation>
    </message>
    <message>
        <source>Choose a focus area of the same policy.</source>
        <translation>Vælg et indsatsområde i samme politik.</translation>
    </message>
    <message>
        <source>Committees, line {line}: write the short name, a comma and the name.</source>
        <translation>Udvalg, linje {line}: skriv forkortelsen, et komma og navnet.</translation>
    </message>
    <message>
        <source>Choose the policy file.</source>
        <translation>Vælg politikfilen.</translation>
    </message>
    <message>
        <source>{name} is already one of the barometer&apos;s areas.</source>
        <translation>{name} er allerede et af barometrets områder.</translation>
    </message>
    <message>
        <source>{name} is always shown and cannot be removed.</source>
        <translation>{name} vises altid og kan ikke fjernes.</translation>
    </message>
    <message>
        <source>{name} has {count} values and cannot be removed.</source>
        <translation>{name} har {count} værdier og kan ikke fjernes.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive. A SQLite file must not be shared that way: two computers writing to it can damage it. For a team, ask IT for a shared PostgreSQL database.</source>
        <translation>Databasen {path} ligger på et netværksdrev. En SQLite-fil må ikke deles på den måde: den kan blive beskadiget, når to computere skriver i den. Bed IT om en fælles PostgreSQL-database, hvis I er flere.</translation>
    </message>
    <message>
        <source>The database file {path} does not exist. Create it with: barometer-desktop --db &quot;{path}&quot; db init (--policy FILE starts from a policy file).</source>
        <translation>Databasefilen {path} findes ikke. Opret den med: barometer-desktop --db &quot;{path}&quot; db init (--policy FIL starter fra en politikfil).</translation>
    </message>
    <message>
        <source>There are no values for {area} in {year}, so the web barometer would be empty. Choose a year with data.</source>
        <translation>Der er ingen værdier for {area} i {year}, så webbarometeret ville være tomt. Vælg et år med data.</translation>
    </message>
    <message>
        <source>Someone else changed this assessment in the meantime ({changed_by}, {changed_at}); your text was not stored. Copy your text, reload and try again.</source>
        <translation>En anden har ændret denne vurdering i mellemtiden ({changed_by}, {changed_at}); din tekst blev ikke gemt. Kopiér din tekst, genindlæs og prøv igen.</translation>
    </message>
    <message>
        <source>Nothing was imported: while the import ran, someone else changed {count} of the values the file changes. Import the file again to compare it with the values stored now.</source>
        <translation>Intet blev importeret: mens importen kørte, ændrede en anden {count} af de værdier, filen ændrer. Importér filen igen for at sammenligne den med de værdier, der er gemt nu.</translation>
    </message>
    <message>
        <source>Row {row}: indicator {indicator}, {area}, {period}: {seen} when the file was read, now {newer_value} ({changed_by}, {changed_at})</source>
        <translation>Række {row}: indikator {indicator}, {area}, {period}: {seen} da filen blev læst, nu {newer_value} ({changed_by}, {changed_at})</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
    <message>
        <source>{file} mixes two number formats: &quot;{comma}&quot; (row {comma_row}, column {comma_column}) has a decimal comma and &quot;{point}&quot; (row {point_row}, column {point_column}) a decimal point. Correct the file, or choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point) to reject the cells that do not fit it.</source>
        <translation>{file} blander to talformater: &quot;{comma}&quot; (række {comma_row}, kolonne {comma_column}) har decimalkomma og &quot;{point}&quot; (række {point_row}, kolonne {point_column}) decimalpunktum. Ret filen, eller vælg decimaltegnet (&quot;Decimaltegn&quot; på skærmbilledet Import eller --decimal comma|point) for at afvise de celler, der ikke passer til det.</translation>
    </message>
    <message>
        <source>The numbers in column {column} of {file} can be read in two ways: in &quot;{text}&quot; (row {row}) the dot or comma may separate thousands or be the decimal mark, and no cell in the file shows which. Choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point).</source>
        <translation>Tallene i kolonne {column} i {file} kan læses på to måder: i &quot;{text}&quot; (række {row}) kan punktummet eller kommaet adskille tusinder eller være decimaltegnet, og ingen celle i filen viser hvilket. Vælg decimaltegnet (&quot;Decimaltegn&quot; på skærmbilledet Import eller --decimal comma|point).</translation>
    </message>
    <message>
        <source>Statistikbanken gave an answer that could not be read ({reason}).</source>
        <translation>Statistikbanken gav et svar, der ikke kunne læses ({reason}).</translation>
    </message>
    <message>
        <source>No connection to Statistikbanken: this computer cannot reach api.statbank.dk (no network, or a proxy is needed).</source>
        <translation>Ingen forbindelse til Statistikbanken: denne computer kan ikke nå api.statbank.dk (intet netværk, eller der skal bruges en proxy).</translation>
    </message>
    <message>
        <source>No connection to Statistikbanken ({reason}); nothing was changed.</source>
        <translation>Ingen forbindelse til Statistikbanken ({reason}); intet blev ændret.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer is larger than {size} MB, more than a barometer needs; nothing was changed. Choose fewer values.</source>
        <translation>Statistikbankens svar er større end {size} MB, mere end et barometer har brug for; intet er ændret. Vælg færre værdier.</translation>
    </message>
    <message>
        <source>Statistikbanken did not answer within {seconds} seconds; nothing was changed. Try again later.</source>
        <translation>Statistikbanken svarede ikke inden for {seconds} sekunder; intet blev ændret. Prøv igen senere.</translation>
    </message>
    <message>
        <source>Statistikbanken has no table &quot;{table}&quot;.</source>
        <translation>Statistikbanken har ingen tabel &quot;{table}&quot;.</translation>
    </message>
    <message>
        <source>Statistikbanken refused the selection for table {table}: {message}</source>
        <translation>Statistikbanken afviste udvalget for tabel {table}: {message}</translation>
    </message>
    <message>
        <source>Statistikbanken answered with an error (HTTP {status}): {message}</source>
        <translation>Statistikbanken svarede med en fejl (HTTP {status}): {message}</translation>
    </message>
    <message>
        <source>Statistikbanken sent no figures for this selection.</source>
        <translation>Statistikbanken sendte ingen tal for dette udvalg.</translation>
    </message>
    <message>
        <source>Table {table} has no time variable &quot;{variable}&quot;.</source>
        <translation>Tabel {table} har ingen tidsvariabel &quot;{variable}&quot;.</translation>
    </message>
    <message>
        <source>Table {table} has no figures for {year} yet.</source>
        <translation>Tabel {table} har endnu ingen tal for {year}.</translation>
    </message>
    <message>
        <source>Table {table} has no variable &quot;{variable}&quot;.</source>
        <translation>Tabel {table} har ingen variabel &quot;{variable}&quot;.</translation>
    </message>
    <message>
        <source>Table {table}, variable {variable} has no value {values}.</source>
        <translation>Tabel {table}, variabel {variable} har ingen værdi {values}.</translation>
    </message>
    <message>
        <source>Table {table}: choose the value(s) of variable {variable} ({text}); Statistikbanken needs a value for every variable (the total is usually &quot;I alt&quot;).</source>
        <translation>Tabel {table}: vælg værdi(er) for variablen {variable} ({text}); Statistikbanken skal have en værdi for hver variabel (totalen hedder som regel &quot;I alt&quot;).</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer for table {table} mixes decimal marks: &quot;{comma}&quot; ({comma_cell}) and &quot;{point}&quot; ({point_cell}); nothing was changed.</source>
        <translation>Statistikbankens svar for tabel {table} blander decimaltegn: &quot;{comma}&quot; ({comma_cell}) og &quot;{point}&quot; ({point_cell}); intet er ændret.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} can be read in two ways (the dot may separate thousands or be the decimal mark) and no figure shows which; nothing was changed.</source>
        <translation>Statistikbankens tal &quot;{text}&quot; for {cell} i tabel {table} kan læses på to måder (punktummet kan adskille tusinder eller være decimaltegn), og intet tal viser hvilken; intet er ændret.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} is not a number; nothing was changed.</source>
        <translation>Statistikbankens tal &quot;{text}&quot; for {cell} i tabel {table} er ikke et tal; intet er ændret.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer for table {table} gives the cell {cell} twice; nothing was changed.</source>
        <translation>Statistikbankens svar for tabel {table} giver cellen {cell} to gange; intet er ændret.</translation>
    </message>
    <message>
        <source>No area has an official municipality code to fetch for.</source>
        <translation>Intet område har en officiel kommunekode at hente for.</translation>
    </message>
    <message>
        <source>Indicator {code} has no StatBank source.</source>
        <translation>Indikator {code} har ingen kilde i Statistikbanken.</translation>
    </message>
    <message>
        <source>Give the StatBank table id (e.g. FOLK1A).</source>
        <translation>Angiv tabellens id i Statistikbanken (fx FOLK1A).</translation>
    </message>
    <message>
        <source>{value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</source>
        <translation>{value} er ikke et tabel-id i Statistikbanken (bogstaver og tal, fx FOLK1E).</translation>
    </message>
    <message>
        <source>{path} contains something the barometer&apos;s own schema does not make, so it was not used and not changed. {difference}{more} It may have been altered outside the program: use a backup you trust.</source>
        <translation>{path} indeholder noget, som barometerets eget skema ikke laver, så databasen blev hverken brugt eller ændret. {difference}{more} Den kan være ændret uden for programmet: brug en sikkerhedskopi, du stoler på.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as dd.mm.yyyy, e.g. 01.03.2016.</source>
        <translation>“{text}” er ikke en dato. Skriv den som dd.mm.åååå, fx 01.03.2016.</translation>
    </message>
    <message>
        <source>{text} was read as {value}.</source>
        <translation>{text} blev læst som {value}.</translation>
    </message>
    <message>
        <source>There is no value here yet; enter the value first.</source>
        <translation>Der er endnu ingen værdi her; indtast værdien først.</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Printeren kunne ikke startes; intet blev udskrevet.</translation>
    </message>
    <message>
        <source>The PDF {file} could not be read for printing: {reason}</source>
        <translation>PDF-filen {file} kunne ikke læses til udskrivning: {reason}</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>drevet er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brugt op</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>den findes allerede</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>den bruges af et andet program</translation>
    </message>
    <message>
        <source>the drive reported a read or write error</source>
        <translation>drevet meldte en læse- eller skrivefejl</translation>
    </message>
    <message>
        <source>the name is not allowed here</source>
        <translation>navnet er ikke tilladt her</translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation>stien går i ring gennem genveje</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>for mange filer er åbne</translation>
    </message>
    <message>
        <source>the file would have to move to another drive</source>
        <translation>filen skulle flyttes til et andet drev</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The report could not be laid out: a name or text is too long to fit on one page. Shorten long names, notes or assessments and try again.</source>
        <translation>Rapporten kunne ikke sættes op: et navn eller en tekst er for lang til at stå på én side. Forkort lange navne, noter eller vurderinger, og prøv igen.</translation>
    </message>
    <message>
        <source>The case number can be at most {limit} characters of plain text.</source>
        <translation>Sagsnummeret kan højst være {limit} tegn almindelig tekst.</translation>
    </message>
    <message>
        <source>The database holds no integration policy yet, and an action plan belongs to one.</source>
        <translation>Databasen har endnu ingen integrationspolitik, og en handleplan hører til en politik.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportér…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Publish web barometer…</source>
        <translation>&amp;Publicér webbarometer…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Tag sikkerhedskopi af databasen…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Print the status report…</source>
        <translation>&amp;Udskriv statusrapporten…</translation>
    </message>
    <message>
        <source>Integrationsbarometer</source>
        <translation>Integrationsbarometer</translation>
    </message>
    <message>
        <source>The status report ({pages} pages) was sent to the printer {printer}.</source>
        <translation>Statusrapporten ({pages} sider) blev sendt til printeren {printer}.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Tag sikkerhedskopi af databasen</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation>Barometerdatabase (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Sikkerhedskopi skrevet til {file}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometerdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace the open database with {file}? The current database is kept as a backup first.</source>
        <translation>Vil du erstatte den åbne database med {file}? Den nuværende database gemmes først som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The database was restored from {file}. The previous database is kept as {kept}.</source>
        <translation>Databasen blev gendannet fra {file}. Den tidligere database er gemt som {kept}.</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Alle indikatorer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export the values of:</source>
        <translation>Eksportér værdierne for:</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV til Excel (*.csv);;Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation>{count} værdier skrevet til {file}.</translation>
    </message>
    <message>
        <source>Publish web barometer: choose a folder</source>
        <translation>Publicér webbarometer: vælg en mappe</translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}. Upload the whole folder.</source>
        <translation>Webbarometeret for {year} ligger i {folder}. Upload hele mappen.</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Preview of the file</source>
        <translation>Forhåndsvisning af filen</translation>
    </message>
    <message>
        <source>The first rows of the file; under each heading, what the mapping reads from the column.</source>
        <translation>Filens første rækker; under hver overskrift, hvad opsætningen læser fra kolonnen.</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>bruges ikke</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Search…</source>
        <translation>Søg…</translation>
    </message>
    <message>
        <source>Show only the lines that contain this text</source>
        <translation>Vis kun de linjer, der indeholder denne tekst</translation>
    </message>
    <message>
        <source>Search in {list}</source>
        <translation>Søg i {list}</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Søg i listen</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Integrationsbarometer</source>
        <translation>Velkommen til Integrationsbarometer</translation>
    </message>
    <message>
        <source>There is no barometer database at {path}. Set up a new barometer for your municipality, open an existing database file, or try the program on the demo database with made-up values.</source>
        <translation>Der er ingen barometerdatabase i {path}. Opret et nyt barometer for din kommune, åbn en eksisterende databasefil, eller prøv programmet på demodatabasen med opdigtede værdier.</translation>
    </message>
    <message>
        <source>Set up a new barometer…</source>
        <translation>Opret et nyt barometer…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Åbn en eksisterende database…</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Åbn demodatabasen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Quit without a barometer? Nothing has been set up; the program closes and asks again at the next start.</source>
        <translation>Afslut uden et barometer? Intet er sat op endnu; programmet lukker og spørger igen ved næste start.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometerdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Name or code, e.g. 751 Aarhus</source>
        <translation>Navn eller kode, fx 751 Aarhus</translation>
    </message>
    <message>
        <source>Copenhagen&apos;s 2011 policy, as an example to adapt</source>
        <translation>Københavns politik fra 2011 som eksempel, der kan tilpasses</translation>
    </message>
    <message>
        <source>A policy file from another municipality or an export</source>
        <translation>En politikfil fra en anden kommune eller en eksport</translation>
    </message>
    <message>
        <source>An empty policy: add goals and indicators yourself</source>
        <translation>En tom politik: tilføj selv mål og indikatorer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Type a municipality and press Enter</source>
        <translation>Skriv en kommune, og tryk Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Optional, one a line: short name, name (e.g. BU, Beskæftigelsesudvalget)</source>
        <translation>Valgfrit, ét pr. linje: forkortelse, navn (fx BU, Beskæftigelsesudvalget)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Create the barometer</source>
        <translation>Opret barometret</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start fra:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Sammenlign med:</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Udvalg:</translation>
    </message>
    <message>
        <source>The new database: {path}</source>
        <translation>Den nye database: {path}</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Politikfil</translation>
    </message>
    <message>
        <source>Policy file (*.toml);;All files (*)</source>
        <translation>Politikfil (*.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{name} is not a Danish municipality.</source>
        <translation>{name} er ikke en dansk kommune.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Missing follow-up on integration action plans {year}</source>
        <translation>Manglende opfølgning på handleplaner for integration {year}</translation>
    </message>
    <message>
        <source>To the Employment and Integration Committee (BIU)</source>
        <translation>Til Beskæftigelses- og Integrationsudvalget (BIU)</translation>
    </message>
    <message>
        <source>In their integration report for {year}, the following committees did not follow up on these goals of their action plan:</source>
        <translation>Følgende udvalg har i deres integrationsredegørelse for {year} ikke fulgt op på disse mål i deres handleplan:</translation>
    </message>
    <message>
        <source>The following committees have not yet submitted their integration report for {year}:</source>
        <translation>Følgende udvalg har endnu ikke indsendt deres integrationsredegørelse for {year}:</translation>
    </message>
    <message>
        <source>The secretariat has not yet recorded the follow-up on these goals. They are not counted as missing follow-up by the committee:</source>
        <translation>Sekretariatet har endnu ikke registreret opfølgningen på disse mål. De regnes ikke som manglende opfølgning fra udvalget:</translation>
    </message>
    <message>
        <source>All committees have submitted their integration report for {year} and followed up on the goals of their action plan.</source>
        <translation>Alle udvalg har indsendt deres integrationsredegørelse for {year} og fulgt op på målene i deres handleplan.</translation>
    </message>
    <message>
        <source>The Employment and Integration Committee recommends to the City Council that {committee} be asked for {requests} because of {reasons} in {year}.</source>
        <translation>Beskæftigelses- og Integrationsudvalget indstiller til Borgerrepræsentationen, at {committee} anmodes om {requests} på grund af {reasons} i {year}.</translation>
    </message>
    <message>
        <source>a supplementary report</source>
        <translation>en supplerende redegørelse</translation>
    </message>
    <message>
        <source>a revision of its integration action plan</source>
        <translation>en revision af udvalgets handleplan for integration</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>missing follow-up on the goals of its action plan</source>
        <translation>manglende opfølgning på handleplanens mål</translation>
    </message>
    <message>
        <source>indicators going the wrong way for the policy goals its action plan serves</source>
        <translation>en udvikling i den forkerte retning for de mål i integrationspolitikken, som handleplanen understøtter</translation>
    </message>
    <message>
        <source>the secretariat&apos;s assessment of the development</source>
        <translation>sekretariatets vurdering af udviklingen</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Udvalg:</translation>
    </message>
    <message>
        <source>Integration report</source>
        <translation>Integrationsredegørelse</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Modtaget den</translation>
    </message>
    <message>
        <source>Integration report document</source>
        <translation>Integrationsredegørelsens dokument</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Goal of the action plan</source>
        <translation>Mål i handleplanen</translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation>Politikmål</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This committee has no action-plan goals in force in this year.</source>
        <translation>Udvalget har ingen gældende mål i handleplanen i dette år.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save and &amp;next committee</source>
        <translation>Gem og &amp;næste udvalg</translation>
    </message>
    <message>
        <source>Follow-up on the goals of the action plan</source>
        <translation>Opfølgning på handleplanens mål</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Modtaget den:</translation>
    </message>
    <message>
        <source>{committee}: follow-up in the integration report for {year}</source>
        <translation>{committee}: opfølgning i integrationsredegørelsen for {year}</translation>
    </message>
    <message>
        <source>(ended {date})</source>
        <translation>(afsluttet {date})</translation>
    </message>
    <message>
        <source>Follow-up: {goal}</source>
        <translation>Opfølgning: {goal}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (valgfri)</translation>
    </message>
    <message>
        <source>Note: {goal}</source>
        <translation>Note: {goal}</translation>
    </message>
    <message>
        <source>▼ Late: received after the deadline {deadline}</source>
        <translation>▼ For sent: modtaget efter fristen {deadline}</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Correct the link, or leave the field empty and add the link later. Nothing was saved.</source>
        <translation>Ret linket, eller lad feltet stå tomt og tilføj linket senere. Intet blev gemt.</translation>
    </message>
    <message>
        <source>Unsaved follow-up</source>
        <translation>Ikke-gemt opfølgning</translation>
    </message>
    <message>
        <source>The follow-up for this committee has unsaved changes. Save them?</source>
        <translation>Opfølgningen for dette udvalg har ændringer, der ikke er gemt. Skal de gemmes?</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>pct.-point</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{number}. kvt. {year}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Rediger mål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation>Mål {number}: {title}</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <source>Policy goals it serves</source>
        <translation>Politikmål, det understøtter</translation>
    </message>
    <message>
        <source>Space ticks or unticks a goal.</source>
        <translation>Mellemrum sætter eller fjerner flueben ved et mål.</translation>
    </message>
    <message>
        <source>The goal, as the action plan states it:</source>
        <translation>Målet, som det er formuleret i handleplanen:</translation>
    </message>
    <message>
        <source>Goals of the integration policy it serves:</source>
        <translation>Integrationspolitikkens mål, som det understøtter:</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals of the integration policy</source>
        <translation>Integrationspolitikkens mål</translation>
    </message>
    <message>
        <source>Goals of the policy</source>
        <translation>Politikkens mål</translation>
    </message>
    <message>
        <source>Title of the goal</source>
        <translation>Målets titel</translation>
    </message>
    <message>
        <source>Add as new goal</source>
        <translation>Tilføj som nyt mål</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>End goal…</source>
        <translation>Afslut mål…</translation>
    </message>
    <message>
        <source>Take the goal out of the current policy. Reports of earlier years keep it.</source>
        <translation>Tag målet ud af den nuværende politik. Rapporter for tidligere år beholder det.</translation>
    </message>
    <message>
        <source>Set focus area</source>
        <translation>Vælg indsatsområde</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Indsatsområde:</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Indsatsområder</translation>
    </message>
    <message>
        <source>Title of the focus area</source>
        <translation>Indsatsområdets titel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>New policy period</source>
        <translation>Ny politikperiode</translation>
    </message>
    <message>
        <source>e.g. Integrationspolitik 2015-2018</source>
        <translation>fx Integrationspolitik 2015-2018</translation>
    </message>
    <message>
        <source>Start new period</source>
        <translation>Start ny periode</translation>
    </message>
    <message>
        <source>Copies the current goals into a new policy from the first year; indicators keep their values.</source>
        <translation>Kopierer de nuværende mål til en ny politik fra det første år; indikatorerne beholder deres værdier.</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>Første år:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>{name}. Changes apply to this policy; earlier years keep their goals.</source>
        <translation>{name}. Ændringer gælder denne politik; tidligere år beholder deres mål.</translation>
    </message>
    <message>
        <source>{name}, {first}–{last}. Changes apply to this policy; earlier years keep their goals.</source>
        <translation>{name}, {first}–{last}. Ændringer gælder denne politik; tidligere år beholder deres mål.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>{number}. {title}  (1 indicator)</source>
        <translation>{number}. {title}  (1 indikator)</translation>
    </message>
    <message>
        <source>{number}. {title}  ({count} indicators)</source>
        <translation>{number}. {title}  ({count} indikatorer)</translation>
    </message>
    <message>
        <source>End focus area</source>
        <translation>Afslut indsatsområde</translation>
    </message>
    <message>
        <source>End focus area {number}, {title}? Its goals stay, without a focus area.</source>
        <translation>Afslut indsatsområde {number}, {title}? Dets mål bliver, uden indsatsområde.</translation>
    </message>
    <message>
        <source>End goal</source>
        <translation>Afslut mål</translation>
    </message>
    <message>
        <source>End goal {number}, {title}? It leaves the current policy; the reports of earlier years keep it, and its indicators stay with the policy they came from.</source>
        <translation>Afslut mål {number}, {title}? Det udgår af den nuværende politik; rapporterne for tidligere år beholder det, og dets indikatorer bliver hos den politik, de kom fra.</translation>
    </message>
    <message>
        <source>Start the new policy period {name} from {year}? The current goals are copied into it, and the current policy ends in {last}.</source>
        <translation>Start den nye politikperiode {name} fra {year}? De nuværende mål kopieres over i den, og den nuværende politik slutter i {last}.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The database is empty: run &apos;db init&apos;.</source>
        <translation>Databasen er tom: Kør &apos;db init&apos;.</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read all of it. Restore the newest backup (File &gt; Restore from backup) or ask IT for one.</source>
        <translation>Filen er beskadiget: SQLite kan ikke læse hele den. Gendan den nyeste sikkerhedskopi (Filer &gt; Gendan fra sikkerhedskopi), eller bed IT om en.</translation>
    </message>
    <message>
        <source>The schema is version {revision}; run &apos;db upgrade&apos; to reach {head}.</source>
        <translation>Skemaet er version {revision}; kør &apos;db upgrade&apos; for at opdatere til {head}.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How development is judged with the current settings</source>
        <translation>Sådan vurderes udviklingen med de nuværende indstillinger</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Brugervejledningen mangler i denne installation.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Change history of the values</source>
        <translation>Ændringshistorik for værdierne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Gammel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Changes to this indicator&apos;s values, newest first.</source>
        <translation>Ændringer af indikatorens værdier, nyeste først.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Values that came with the database (seed or demo data) have no history here.</source>
        <translation>Der er endnu ikke registreret ændringer. Værdier, der fulgte med databasen (startdata eller demodata), har ingen historik her.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <source>The mapping is remembered as &quot;{name}&quot;.</source>
        <translation>Kolonnetilknytningen huskes som &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>1 row read</source>
        <translation>1 række indlæst</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} rækker indlæst</translation>
    </message>
    <message>
        <source>1 new value</source>
        <translation>1 ny værdi</translation>
    </message>
    <message>
        <source>{count} new values</source>
        <translation>{count} nye værdier</translation>
    </message>
    <message>
        <source>1 changed value</source>
        <translation>1 ændret værdi</translation>
    </message>
    <message>
        <source>{count} changed values</source>
        <translation>{count} ændrede værdier</translation>
    </message>
    <message>
        <source>1 unchanged value</source>
        <translation>1 uændret værdi</translation>
    </message>
    <message>
        <source>{count} unchanged values</source>
        <translation>{count} uændrede værdier</translation>
    </message>
    <message>
        <source>1 missing value skipped</source>
        <translation>1 manglende værdi sprunget over</translation>
    </message>
    <message>
        <source>{count} missing values skipped</source>
        <translation>{count} manglende værdier sprunget over</translation>
    </message>
    <message>
        <source>… and 1 more rejected row.</source>
        <translation>… og yderligere 1 afvist række.</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>stikprøve</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>standardfejl</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>foreløbig</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>public note</source>
        <translation>offentlig note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} er importeret.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: 1 row was rejected.</source>
        <translation>Intet blev importeret fra {file}: 1 række blev afvist.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} rows were rejected.</source>
        <translation>Intet blev importeret fra {file}: {count} rækker blev afvist.</translation>
    </message>
    <message>
        <source>Dry run of {file}: 1 row would be rejected; nothing was written.</source>
        <translation>Prøvekørsel af {file}: 1 række ville blive afvist; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Dry run of {file}: {count} rows would be rejected; nothing was written.</source>
        <translation>Prøvekørsel af {file}: {count} rækker ville blive afvist; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Dry run of {file}: nothing was written.</source>
        <translation>Prøvekørsel af {file}: intet blev skrevet.</translation>
    </message>
    <message>
        <source>{rows}. The good rows would give {new}, {changed} and {unchanged}; {missing}.</source>
        <translation>{rows}. De gyldige rækker ville give {new}, {changed} og {unchanged}; {missing}.</translation>
    </message>
    <message>
        <source>To import the good rows and leave out the rejected ones, tick &quot;Import the good rows even if some rows are rejected&quot; and click Import.</source>
        <translation>For at importere de gyldige rækker og udelade de afviste: sæt flueben ved &quot;Importér de gyldige rækker, selv om nogle rækker afvises&quot;, og klik på Importér.</translation>
    </message>
    <message>
        <source>To import the good rows and leave out the rejected ones, run the command again with --good-rows-only.</source>
        <translation>For at importere de gyldige rækker og udelade de afviste: kør kommandoen igen med --good-rows-only.</translation>
    </message>
    <message>
        <source>{rows}: {new}, {changed} and {unchanged}; {missing}.</source>
        <translation>{rows}: {new}, {changed} og {unchanged}; {missing}.</translation>
    </message>
    <message>
        <source>Read the sheet &quot;{sheet}&quot;; the workbook&apos;s other sheets ({others}) were not read.</source>
        <translation>Læste arket &quot;{sheet}&quot;; projektmappens andre ark ({others}) blev ikke læst.</translation>
    </message>
    <message>
        <source>Not read: {columns}. Their headings are neither a period nor a known column name, and the mapping does not use them; map them in the Import screen if they hold values.</source>
        <translation>Ikke læst: {columns}. Deres overskrifter er hverken en periode eller et kendt kolonnenavn, og tilknytningen bruger dem ikke; tilknyt dem på skærmbilledet Import, hvis de indeholder værdier.</translation>
    </message>
    <message>
        <source>{count} cells formatted as percent in Excel were read as the percentages they show (0.125 shown as 12.5 % is read as 12.5); the first is row {row}, column {column}.</source>
        <translation>{count} celler formateret som procent i Excel blev læst som de procenttal, de viser (0,125 vist som 12,5 % læses som 12,5); den første er række {row}, kolonne {column}.</translation>
    </message>
    <message>
        <source>⚠ Check row {row}: {indicator} {area} {period} = {new} is far from the previous value {previous}; a change up to ±{threshold} would fit this series.</source>
        <translation>⚠ Kontrollér række {row}: {indicator} {area} {period} = {new} ligger langt fra den forrige værdi {previous}; en ændring på op til ±{threshold} ville passe til serien.</translation>
    </message>
    <message>
        <source>{count} more values are far from their series.</source>
        <translation>{count} værdier mere ligger langt fra deres serie.</translation>
    </message>
    <message>
        <source>Revised at the source: {indicator} {area} {period}: {changes}</source>
        <translation>Revideret hos kilden: {indicator} {area} {period}: {changes}</translation>
    </message>
    <message>
        <source>Changed: {indicator} {area} {period}: {changes}</source>
        <translation>Ændret: {indicator} {area} {period}: {changes}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Række {row}, kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more rejected rows.</source>
        <translation>… og yderligere {count} afviste rækker.</translation>
    </message>
    <message>
        <source>New: {indicator} {area} {period} = {new}</source>
        <translation>Ny: {indicator} {area} {period} = {new}</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stikprøvestørrelse</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfejl</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <source>Import values from a file</source>
        <translation>Importér værdier fra en fil</translation>
    </message>
    <message>
        <source>CSV or Excel files in the long format (indicator, area, period, value) are read directly. For a statistics-bank table, say which column holds what; the mapping is remembered for the next file of the same shape.</source>
        <translation>CSV- eller Excel-filer i langt format (indikator, område, periode, værdi) indlæses direkte. For en tabel fra en statistikbank skal det angives, hvilken kolonne der indeholder hvad; kolonnetilknytningen huskes til næste fil med samme opbygning.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>Save an import template…</source>
        <translation>Gem en importskabelon…</translation>
    </message>
    <message>
        <source>A file in the format import reads: one row per indicator and area for the report year, values empty. Fill it in (e.g. in Excel) and import it here.</source>
        <translation>En fil i det format, importen læser: én række pr. indikator og område for rapportåret, uden værdier. Udfyld den (fx i Excel), og importér den her.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <source>Fetch data from Statistikbanken…</source>
        <translation>Hent data fra Statistikbanken…</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Ark, der skal importeres</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet that is shown and imported; the first sheet with data is chosen.</source>
        <translation>Det ark i projektmappen, der vises og importeres; det første ark med data er valgt.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>The columns with a period as heading are periods (one value each)</source>
        <translation>Kolonnerne med en periode som overskrift er perioder (én værdi hver)</translation>
    </message>
    <message>
        <source>Fixed values for what the file does not hold</source>
        <translation>Faste værdier for det, filen ikke indeholder</translation>
    </message>
    <message>
        <source>e.g. 2013</source>
        <translation>fx 2013</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Fra filen</translation>
    </message>
    <message>
        <source>Decimal comma (12,5)</source>
        <translation>Decimalkomma (12,5)</translation>
    </message>
    <message>
        <source>Decimal point (12.5)</source>
        <translation>Decimalpunktum (12.5)</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Decimaltegn:</translation>
    </message>
    <message>
        <source>e.g. Statistikbanken AUL01</source>
        <translation>fx Statistikbanken AUL01</translation>
    </message>
    <message>
        <source>Remember mapping as:</source>
        <translation>Husk kolonnetilknytning som:</translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are rejected</source>
        <translation>Importér de gyldige rækker, selv om nogle rækker afvises</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Kontrollér (prøvekørsel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Result of the check or import</source>
        <translation>Resultat af kontrol eller import</translation>
    </message>
    <message>
        <source>The result of the check or import appears here.</source>
        <translation>Resultatet af kontrollen eller importen vises her.</translation>
    </message>
    <message>
        <source>import-template-{year}.xlsx</source>
        <translation>importskabelon-{year}.xlsx</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Gem en importskabelon</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template with {rows} rows for {year} saved as {file}.</source>
        <translation>Skabelon med {rows} rækker for {year} er gemt som {file}.</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>Importér værdier</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Datafiler (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Using the mapping &quot;{name}&quot; saved for files of this shape.</source>
        <translation>Bruger kolonnetilknytningen &quot;{name}&quot;, der er gemt for filer med denne opbygning.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (skjult)</translation>
    </message>
    <message>
        <source>Column {column}: {reason}</source>
        <translation>Kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>Period value</source>
        <translation>Periodeværdi</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonne {number}</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(fra filen)</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} rækker indlæst…</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The indicator {code} has unsaved changes to its definition or assessment. Save them?</source>
        <translation>Indikatoren {code} har ændringer i definitionen eller vurderingen, der ikke er gemt. Skal de gemmes?</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Reuse a retired code</source>
        <translation>Genbrug en udgået kode</translation>
    </message>
    <message>
        <source>The code {code} belongs to the retired indicator {name}. Use it for this indicator? The retired indicator keeps its values and history under the code {new_code}.</source>
        <translation>Koden {code} tilhører den udgåede indikator {name}. Skal denne indikator have koden? Den udgåede indikator beholder sine værdier og sin historik under koden {new_code}.</translation>
    </message>
    <message>
        <source>One headline indicator per goal</source>
        <translation>Én hovedindikator pr. mål</translation>
    </message>
    <message>
        <source>The goal already has the headline indicator {code}. Make {code} a supplementary indicator and this one the headline?</source>
        <translation>Målet har allerede hovedindikatoren {code}. Skal {code} gøres til supplerende indikator og denne til hovedindikator?</translation>
    </message>
    <message>
        <source>The goal now has the headline indicator {code}. Make {code} supplementary and reactivate this one as the headline?</source>
        <translation>Målet har nu hovedindikatoren {code}. Skal {code} gøres til supplerende indikator og denne genaktiveres som hovedindikator?</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Slet indikator</translation>
    </message>
    <message>
        <source>Delete the indicator {code} {name}? This cannot be undone.</source>
        <translation>Slet indikatoren {code} {name}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Gem graf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-billede (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Grafen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>95 % confidence interval: {low} to {high}</source>
        <translation>95 %-konfidensinterval: {low} til {high}</translation>
    </message>
    <message>
        <source>Provisional value</source>
        <translation>Foreløbig værdi</translation>
    </message>
    <message>
        <source>(95 % CI {low} to {high})</source>
        <translation>(95 %-konfidensinterval {low} til {high})</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(foreløbig)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Tab to the chart and use the arrow keys to read each value.</source>
        <translation>Gå til diagrammet med Tab, og brug piletasterne til at læse hver værdi.</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagram: {title}</translation>
    </message>
    <message>
        <source>Baseline {year}</source>
        <translation>Basisår {year}</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>intet blev skrevet</translation>
    </message>
    <message>
        <source>the SVG file could not be opened for writing</source>
        <translation>SVG-filen kunne ikke åbnes til skrivning</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Headline indicator of the goal</source>
        <translation>Målets hovedindikator</translation>
    </message>
    <message>
        <source>Survey-based (values have a margin of error)</source>
        <translation>Surveybaseret (værdierne er behæftet med usikkerhed)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke fastsat</translation>
    </message>
    <message>
        <source>Decimals the value is published with; development is judged on the published, rounded figures (50.6 to 50.2 with no decimals is 51 to 50: worsened).</source>
        <translation>Antal decimaler, værdien offentliggøres med; udviklingen vurderes på de offentliggjorte, afrundede tal (50,6 til 50,2 uden decimaler er 51 til 50: forværret).</translation>
    </message>
    <message>
        <source>0: the same year (e.g. grades in the autumn); 1: the year after; 2: two years after.</source>
        <translation>0: samme år (fx karakterer om efteråret); 1: året efter; 2: to år efter.</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>Dec&amp;imaler:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>H&amp;yppighed:</translation>
    </message>
    <message>
        <source>Data for year X are released in year X +</source>
        <translation>Data for år X udkommer i år X +</translation>
    </message>
    <message>
        <source>National and municipal figures exist for comparison</source>
        <translation>Der findes landstal og kommunetal til sammenligning</translation>
    </message>
    <message>
        <source>Someone else changed this indicator while you were editing. Your changes are kept here, but they cannot be saved over theirs: note what you want to keep, then load the stored version.</source>
        <translation>Indikatoren er ændret af en anden, mens du redigerede. Dine ændringer står her stadig, men kan ikke gemmes oven i den andens: notér det, du vil beholde, og hent så den gemte version.</translation>
    </message>
    <message>
        <source>A short unique code, e.g. 1.2 (goal number, then a running number).</source>
        <translation>En kort, entydig kode, f.eks. 1.2 (målnummer og derefter et løbenummer).</translation>
    </message>
    <message>
        <source>The goal of the integration policy that the indicator measures.</source>
        <translation>Det mål i integrationspolitikken, som indikatoren måler.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name as shown in the barometer and the report.</source>
        <translation>Indikatorens navn, som det vises i barometret og rapporten.</translation>
    </message>
    <message>
        <source>Exactly what is measured, for whom and how.</source>
        <translation>Præcis hvad der måles, for hvem og hvordan.</translation>
    </message>
    <message>
        <source>The unit of the values; it decides the allowed range (e.g. 0-100 for percent).</source>
        <translation>Værdiernes enhed; den bestemmer det tilladte interval (f.eks. 0-100 for procent).</translation>
    </message>
    <message>
        <source>Which way the indicator should move to count as progress.</source>
        <translation>Den retning, indikatoren skal bevæge sig i for at tælle som fremgang.</translation>
    </message>
    <message>
        <source>Each goal has one headline indicator; the others are supplementary.</source>
        <translation>Hvert mål har én hovedindikator; de øvrige er supplerende.</translation>
    </message>
    <message>
        <source>Survey values get 95 % confidence intervals and a significance test.</source>
        <translation>Værdier fra spørgeskemaundersøgelser får 95 %-konfidensintervaller og en signifikanstest.</translation>
    </message>
    <message>
        <source>Where the figures come from, e.g. a statistics bank table.</source>
        <translation>Hvor tallene kommer fra, f.eks. en tabel i en statistikbank.</translation>
    </message>
    <message>
        <source>Who delivers the data, e.g. BUF or Danmarks Statistik.</source>
        <translation>Hvem der leverer data, f.eks. BUF eller Danmarks Statistik.</translation>
    </message>
    <message>
        <source>How often new values arrive.</source>
        <translation>Hvor ofte der kommer nye værdier.</translation>
    </message>
    <message>
        <source>The month new values usually arrive (for the Missing data list).</source>
        <translation>Den måned, hvor nye værdier normalt kommer (til listen Mangler data).</translation>
    </message>
    <message>
        <source>Who is counted, and any break in the series.</source>
        <translation>Hvem der indgår i opgørelsen, og eventuelle brud i serien.</translation>
    </message>
    <message>
        <source>Whether figures for the whole country or other municipalities exist.</source>
        <translation>Om der findes tal for hele landet eller andre kommuner.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Retnin&amp;g:</translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation>Datakilde:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Dataleverandør:</translation>
    </message>
    <message>
        <source>Release month:</source>
        <translation>Udgivelsesmåned:</translation>
    </message>
    <message>
        <source>Population note:</source>
        <translation>Note om population:</translation>
    </message>
</context>
<context>
    <name>IndicatorsScreen</name>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <source>Add an indicator to the selected goal (Ctrl+Shift+N).</source>
        <translation>Tilføj en indikator til det valgte mål (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udfas</translation>
    </message>
    <message>
        <source>Take the indicator out of the barometer. Its values and history are kept.</source>
        <translation>Tag indikatoren ud af barometret. Dens værdier og historik bevares.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete an indicator that has no values (asks first).</source>
        <translation>Slet en indikator, der ikke har værdier (spørger først).</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Mål…</translation>
    </message>
    <message>
        <source>Add, rename, reorder and end the policy&apos;s goals, or start a new policy period.</source>
        <translation>Tilføj, omdøb, omordn og afslut politikkens mål, eller start en ny politikperiode.</translation>
    </message>
    <message>
        <source>Indicators by goal</source>
        <translation>Indikatorer pr. mål</translation>
    </message>
    <message>
        <source>Tick municipalities to compare with the barometer&apos;s own and the whole country.</source>
        <translation>Sæt flueben ved de kommuner, der skal sammenlignes med barometrets egen kommune og hele landet.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Sammenlign med</translation>
    </message>
    <message>
        <source>Tick municipalities (Space) to compare with the barometer&apos;s own and the whole country.</source>
        <translation>Sæt flueben (mellemrum) ved kommuner, der skal sammenlignes med barometerets egen og hele landet.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Gem diagram…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file.</source>
        <translation>Gem diagrammet som en PNG- eller SVG-fil.</translation>
    </message>
    <message>
        <source>Municipalities…</source>
        <translation>Kommuner…</translation>
    </message>
    <message>
        <source>Choose the municipalities to compare with, from the official list.</source>
        <translation>Vælg de kommuner, der sammenlignes med, fra den officielle liste.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Sammenlign med:</translation>
    </message>
    <message>
        <source>Bars: 95 % confidence interval (survey values). Open circles: provisional values. Large dots: yearly values beside monthly or quarterly ones. Shaded: the report year. Hover a point, or Tab to the chart and use the arrow keys, for the exact value.</source>
        <translation>Streger: 95 %-konfidensinterval (surveyværdier). Åbne cirkler: foreløbige værdier. Store prikker: årsværdier ved siden af måneds- eller kvartalsværdier. Skraveret: rapportåret. Hold musen over et punkt, eller gå til diagrammet med Tab og brug piletasterne, for at se den præcise værdi.</translation>
    </message>
    <message>
        <source>Values by period and area</source>
        <translation>Værdier efter periode og område</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; type a value and press Enter to store it.</source>
        <translation>Piletasterne flytter mellem cellerne; skriv en værdi, og tryk Enter for at gemme den.</translation>
    </message>
    <message>
        <source>Type a value and press Enter; decimal comma is fine. * marks a provisional value.</source>
        <translation>Skriv en værdi, og tryk på Enter; decimalkomma er i orden. * markerer en foreløbig værdi.</translation>
    </message>
    <message>
        <source>Save indicator</source>
        <translation>Gem indikator</translation>
    </message>
    <message>
        <source>Store the definition (Ctrl+S).</source>
        <translation>Gem definitionen (Ctrl+S).</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(udgået)</translation>
    </message>
    <message>
        <source>(supplementary)</source>
        <translation>(supplerende)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <source>No indicator selected</source>
        <translation>Ingen indikator valgt</translation>
    </message>
    <message>
        <source> — retired</source>
        <translation> — udgået</translation>
    </message>
    <message>
        <source>Development {year}: {trend}</source>
        <translation>Udvikling {year}: {trend}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Improved</source>
        <translation>Forbedret</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Forværret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <source>No direction (context indicator)</source>
        <translation>Ingen retning (kontekstindikator)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>Not measured in {year}</source>
        <translation>Ikke målt i {year}</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>ikke signifikant</translation>
    </message>
    <message>
        <source>significance unknown</source>
        <translation>signifikans ukendt</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>foreløbig</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>Procentpoint</translation>
    </message>
    <message>
        <source>Grade (7-point scale)</source>
        <translation>Karakter (7-trinsskala)</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Højere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation>Hvert andet år</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hele landet</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukendt bruger</translation>
    </message>
    <message>
        <source>Counts as unchanged</source>
        <translation>Regnes som uændret</translation>
    </message>
    <message>
        <source>Keeps its direction, marked not significant</source>
        <translation>Beholder sin retning, markeret ikke signifikant</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Fulgt op</translation>
    </message>
    <message>
        <source>Partly followed up</source>
        <translation>Delvist fulgt op</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Ikke fulgt op</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Manglende opfølgning</translation>
    </message>
    <message>
        <source>An indicator going the wrong way</source>
        <translation>En indikator i den forkerte retning</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Proposal dismissed</source>
        <translation>Forslag afvist</translation>
    </message>
    <message>
        <source>Each indicator&apos;s status value is compared with its value in the baseline year {year}.</source>
        <translation>Hver indikators statusværdi sammenlignes med dens værdi i basisåret {year}.</translation>
    </message>
    <message>
        <source>Each indicator&apos;s status value is compared with the previous measurement.</source>
        <translation>Hver indikators statusværdi sammenlignes med den forrige måling.</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Ændring siden {year}</translation>
    </message>
    <message>
        <source>Change since the previous measurement</source>
        <translation>Ændring siden forrige måling</translation>
    </message>
    <message>
        <source>Each indicator is judged on its value for the report year.</source>
        <translation>Hver indikator vurderes på sin værdi for rapportåret.</translation>
    </message>
    <message>
        <source>Each indicator is judged on its latest yearly value up to the report year, at most 1 year old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</source>
        <translation>Hver indikator vurderes på sin seneste årsværdi op til rapportåret, højst 1 år gammel: dens statusår, som står ved værdien, fordi registerdata kommer et eller to år forsinket. Er der ingen så ny værdi, er indikatoren ikke målt.</translation>
    </message>
    <message>
        <source>Each indicator is judged on its latest yearly value up to the report year, at most {years} years old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</source>
        <translation>Hver indikator vurderes på sin seneste årsværdi op til rapportåret, højst {years} år gammel: dens statusår, som står ved værdien, fordi registerdata kommer et eller to år forsinket. Er der ingen så ny værdi, er indikatoren ikke målt.</translation>
    </message>
    <message>
        <source>Changes are computed on the published, rounded figures (half away from zero): a value published without decimals that goes from 50.6 to 50.2 is 51 to 50, worsened; from 50.2 to 49.8 it is 50 to 50, unchanged.</source>
        <translation>Ændringer beregnes på de offentliggjorte, afrundede tal (5 rundes væk fra nul): en værdi, der offentliggøres uden decimaler og går fra 50,6 til 50,2, er 51 til 50, forværret; fra 50,2 til 49,8 er den 50 til 50, uændret.</translation>
    </message>
    <message>
        <source>For survey indicators, a change within the 95 % margin of error keeps its direction and is marked not significant.</source>
        <translation>For spørgeskemabaserede indikatorer beholder en ændring inden for den statistiske usikkerhed (95 %) sin retning og markeres ikke signifikant.</translation>
    </message>
    <message>
        <source>For survey indicators, a change within the 95 % margin of error is not statistically significant and counts as unchanged.</source>
        <translation>For spørgeskemabaserede indikatorer er en ændring inden for den statistiske usikkerhed (95 %) ikke statistisk signifikant og regnes som uændret.</translation>
    </message>
    <message>
        <source>When a survey value lacks its sample size, significance cannot be tested: the change is marked significance unknown.</source>
        <translation>Mangler en spørgeskemaværdi sin stikprøvestørrelse, kan signifikansen ikke testes: ændringen markeres signifikans ukendt.</translation>
    </message>
    <message>
        <source>A goal&apos;s status combines its indicators that have a desired direction and data: a strict majority decides; otherwise the status is mixed. Context indicators and indicators without data do not vote.</source>
        <translation>Et måls status samler dets indikatorer med ønsket retning og data: et flertal (over halvdelen) afgør; ellers er status blandet. Kontekstindikatorer og indikatorer uden data tæller ikke med.</translation>
    </message>
    <message>
        <source>The same rule gives the verdicts of the municipality, the whole country and each comparison municipality. A verdict on a provisional figure is marked provisional.</source>
        <translation>Samme regel giver vurderingen for kommunen, hele landet og hver sammenligningskommune. En vurdering af et foreløbigt tal markeres foreløbig.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Who answers for the indicator&apos;s figures: a person or an administration&apos;s unit.</source>
        <translation>Hvem der står inde for indikatorens tal: en person eller en enhed i en forvaltning.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Integrationsbarometer</source>
        <translation>Integrationsbarometer</translation>
    </message>
    <message>
        <source>The newest automatic backup is {backup}. Open a copy of it? The file that could not be opened is left as it is.</source>
        <translation>Den nyeste automatiske sikkerhedskopi er {backup}. Vil du åbne en kopi af den? Filen, der ikke kunne åbnes, forbliver uændret.</translation>
    </message>
    <message>
        <source>Open newest backup</source>
        <translation>Åbn nyeste sikkerhedskopi</translation>
    </message>
    <message>
        <source>Opened a copy of the backup {backup} as {copy}. The file {original} was not changed.</source>
        <translation>En kopi af sikkerhedskopien {backup} er åbnet som {copy}. Filen {original} blev ikke ændret.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>No link</source>
        <translation>Intet link</translation>
    </message>
    <message>
        <source>There is no link to open.</source>
        <translation>Der er intet link at åbne.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Linket blev ikke åbnet</translation>
    </message>
    <message>
        <source>No program on this computer could open {link}.</source>
        <translation>Intet program på denne computer kunne åbne {link}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Skærmbilleder</translation>
    </message>
    <message>
        <source>Arrow keys choose a screen; Ctrl+1 to Ctrl+8 jump to one.</source>
        <translation>Piletasterne vælger et skærmbillede; Ctrl+1 til Ctrl+8 springer til et.</translation>
    </message>
    <message>
        <source>The year&apos;s cycle</source>
        <translation>Årshjulet</translation>
    </message>
    <message>
        <source>Barometer</source>
        <translation>Barometer</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Indtastning</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Mangler data</translation>
    </message>
    <message>
        <source>Missing data ({count})</source>
        <translation>Mangler data ({count})</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>Committees ({count})</source>
        <translation>Udvalg ({count})</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>Rapportår</translation>
    </message>
    <message>
        <source>Report year:</source>
        <translation>Rapportår:</translation>
    </message>
    <message>
        <source>Every screen shows this report year.</source>
        <translation>Alle skærmbilleder viser dette rapportår.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>The demo database is open: the values are made up.</source>
        <translation>Demodatabasen er åben: værdierne er fiktive.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
</context>
<context>
    <name>MissingDataScreen</name>
    <message>
        <source>Values expected for the municipality and the whole country, grouped by the provider who delivers them. A delivery is overdue after the end of its agreed release month.</source>
        <translation>Værdier, der forventes for kommunen og hele landet, grupperet efter den dataleverandør, der leverer dem. En levering er forsinket, når den aftalte udgivelsesmåned er udløbet.</translation>
    </message>
    <message>
        <source>Press Enter on a line, or double-click it, to enter the value.</source>
        <translation>Tryk Enter på en linje, eller dobbeltklik på den, for at indtaste værdien.</translation>
    </message>
    <message>
        <source>Provider / indicator</source>
        <translation>Dataleverandør / indikator</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a line to enter the value.</source>
        <translation>Dobbeltklik på en linje for at indtaste værdien.</translation>
    </message>
    <message>
        <source>Missing values by provider</source>
        <translation>Manglende værdier efter leverandør</translation>
    </message>
    <message>
        <source>Enter on a line opens the value in Data entry.</source>
        <translation>Enter på en linje åbner værdien i Indtastning.</translation>
    </message>
    <message>
        <source>Fetch data from Statistikbanken…</source>
        <translation>Hent data fra Statistikbanken…</translation>
    </message>
    <message>
        <source>When were the sources last updated?</source>
        <translation>Hvornår er kilderne sidst opdateret?</translation>
    </message>
    <message>
        <source>Missing data for {year}</source>
        <translation>Mangler data for {year}</translation>
    </message>
    <message>
        <source>Every value due for {year} is entered, but one survey value lacks its sample size (n).</source>
        <translation>Alle værdier for {year} er indtastet, men én surveyværdi mangler sin stikprøvestørrelse (n).</translation>
    </message>
    <message>
        <source>Every value due for {year} is entered, but {count} survey values lack their sample size (n).</source>
        <translation>Alle værdier for {year} er indtastet, men {count} surveyværdier mangler deres stikprøvestørrelse (n).</translation>
    </message>
    <message>
        <source>Nothing is missing: every value due for {year} is entered.</source>
        <translation>Intet mangler: alle værdier for {year} er indtastet.</translation>
    </message>
    <message>
        <source>1 value still missing for {year}; it is overdue.</source>
        <translation>1 værdi mangler stadig for {year}; den er forsinket.</translation>
    </message>
    <message>
        <source>1 value still missing for {year}.</source>
        <translation>1 værdi mangler stadig for {year}.</translation>
    </message>
    <message>
        <source>{count} values still missing for {year}, {overdue} of them overdue.</source>
        <translation>{count} værdier mangler stadig for {year}; {overdue} af dem er forsinket.</translation>
    </message>
    <message>
        <source>Survey values without a sample size (n)</source>
        <translation>Surveyværdier uden stikprøvestørrelse (n)</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>{count} mangler</translation>
    </message>
    <message>
        <source>Sample size missing</source>
        <translation>Stikprøvestørrelse mangler</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Spørger Statistikbanken…</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(ingen dataleverandør)</translation>
    </message>
    <message>
        <source>{count} missing, {overdue} overdue</source>
        <translation>{count} mangler, {overdue} forsinket</translation>
    </message>
    <message>
        <source>no agreed month</source>
        <translation>ingen aftalt måned</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
    <message>
        <source>Save deadline</source>
        <translation>Gem frist</translation>
    </message>
    <message>
        <source>Deadline for integration reports (in the year after the report year):</source>
        <translation>Frist for integrationsredegørelser (i året efter rapportåret):</translation>
    </message>
    <message>
        <source>Missing follow-up by committee</source>
        <translation>Manglende opfølgning efter udvalg</translation>
    </message>
    <message>
        <source>Notice to BIU</source>
        <translation>Orientering til BIU</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiér til udklipsholder</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Gem som &amp;tekstfil…</translation>
    </message>
    <message>
        <source>Ready to send to the Employment and Integration Committee, as the policy requires.</source>
        <translation>Klar til at sende til Beskæftigelses- og Integrationsudvalget, som politikken kræver.</translation>
    </message>
    <message>
        <source>Missing follow-up for {year}</source>
        <translation>Manglende opfølgning for {year}</translation>
    </message>
    <message>
        <source>✔ Nothing is missing for {year}.</source>
        <translation>✔ Intet mangler for {year}.</translation>
    </message>
    <message>
        <source>Integration report not received by {deadline}</source>
        <translation>Integrationsredegørelse ikke modtaget senest {deadline}</translation>
    </message>
    <message>
        <source> (policy goal {numbers})</source>
        <translation> (politikkens mål {numbers})</translation>
    </message>
    <message>
        <source> (policy goals {numbers})</source>
        <translation> (politikkens mål {numbers})</translation>
    </message>
    <message>
        <source>Every committee has followed up.</source>
        <translation>Alle udvalg har fulgt op.</translation>
    </message>
    <message>
        <source>✘ {count} missing: integration reports not received by {deadline}, goals of the action plans not followed up, and goals whose follow-up is not yet recorded, by committee.</source>
        <translation>✘ {count} mangler: integrationsredegørelser ikke modtaget senest {deadline}, handleplanmål uden opfølgning og mål, hvis opfølgning endnu ikke er registreret, pr. udvalg.</translation>
    </message>
    <message>
        <source>Not yet recorded (the report has arrived)</source>
        <translation>Endnu ikke registreret (redegørelsen er modtaget)</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Intet matcher søgningen.</translation>
    </message>
    <message>
        <source>✔ Copied to the clipboard.</source>
        <translation>✔ Kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>Save the notice to BIU</source>
        <translation>Gem orienteringen til BIU</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>✔ Saved as {path}.</source>
        <translation>✔ Gemt som {path}.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Seneste værdi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hele landet</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendens</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Målstatus</translation>
    </message>
    <message>
        <source>Change against the baseline year (a setting).</source>
        <translation>Ændring i forhold til basisåret (en indstilling).</translation>
    </message>
    <message>
        <source>Change against the previous measurement.</source>
        <translation>Ændring i forhold til forrige måling.</translation>
    </message>
    <message>
        <source>No active indicator</source>
        <translation>Ingen aktiv indikator</translation>
    </message>
    <message>
        <source> (supplementary)</source>
        <translation> (supplerende)</translation>
    </message>
    <message>
        <source>No value recent enough to be judged in {year}; the latest value is from {period}.</source>
        <translation>Ingen værdi ny nok til at blive vurderet i {year}; den seneste værdi er fra {period}.</translation>
    </message>
    <message>
        <source>The national figure (Hele landet) for its status year; its development: {verdict}.</source>
        <translation>Landstallet (Hele landet) for dets statusår; dets udvikling: {verdict}.</translation>
    </message>
    <message>
        <source>The goal&apos;s overall status, combined from its indicators: a strict majority of those with a direction and data decides, otherwise mixed.</source>
        <translation>Målets samlede status ud fra dets indikatorer: et flertal (over halvdelen) af dem med retning og data afgør, ellers blandet.</translation>
    </message>
    <message>
        <source>No trend line: fewer than two yearly values.</source>
        <translation>Ingen tendenslinje: færre end to årsværdier.</translation>
    </message>
    <message>
        <source>Trend line from {first_year} ({first}) to {last_year} ({last})</source>
        <translation>Tendenslinje fra {first_year} ({first}) til {last_year} ({last})</translation>
    </message>
    <message>
        <source>The change lies within the survey&apos;s margin of error (95 %): it is not statistically significant.</source>
        <translation>Ændringen ligger inden for undersøgelsens fejlmargin (95 %): den er ikke statistisk signifikant.</translation>
    </message>
    <message>
        <source>The national figure (Hele landet) for its status year, with the country&apos;s own development by the same rule.</source>
        <translation>Landstallet (Hele landet) for dets statusår, med landets egen udvikling efter samme regel.</translation>
    </message>
    <message>
        <source>A sample size (or standard error) is missing, so whether this survey change is statistically significant cannot be tested.</source>
        <translation>Stikprøvestørrelse (eller standardfejl) mangler, så det kan ikke afgøres, om ændringen i denne survey er statistisk signifikant.</translation>
    </message>
    <message>
        <source>Value for {period}</source>
        <translation>Værdi for {period}</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{change}
since {period}</source>
        <translation>{change}
siden {period}</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Show supplementary indicators</source>
        <translation>Vis supplerende indikatorer</translation>
    </message>
    <message>
        <source>Show every active indicator of each goal, not only the headline indicator.</source>
        <translation>Vis alle aktive indikatorer for hvert mål, ikke kun hovedindikatoren.</translation>
    </message>
    <message>
        <source>Barometer: goals and headline indicators</source>
        <translation>Barometer: mål og hovedindikatorer</translation>
    </message>
    <message>
        <source>One row per indicator; Enter opens the indicator.</source>
        <translation>Én række pr. indikator; Enter åbner indikatoren.</translation>
    </message>
    <message>
        <source>Click a row, or press Enter on it, to open the indicator.</source>
        <translation>Klik på en række, eller tryk Enter på den, for at åbne indikatoren.</translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation>Integrationsbarometer {year}</translation>
    </message>
    <message>
        <source>Goal status: {counts}.</source>
        <translation>Målstatus: {counts}.</translation>
    </message>
    <message>
        <source>{count} rest on provisional figures.</source>
        <translation>{count} bygger på foreløbige tal.</translation>
    </message>
</context>
<context>
    <name>PlanDates</name>
    <message>
        <source>Not adopted yet</source>
        <translation>Ikke vedtaget endnu</translation>
    </message>
    <message>
        <source>The adoption date {date} is removed: the action plan will show as not adopted.</source>
        <translation>Vedtagelsesdatoen {date} slettes: handleplanen vises som ikke vedtaget.</translation>
    </message>
    <message>
        <source>The end date {date} is removed: the action plan will show as in force again.</source>
        <translation>Slutdatoen {date} slettes: handleplanen vises som gældende igen.</translation>
    </message>
    <message>
        <source>Remove a date?</source>
        <translation>Slet en dato?</translation>
    </message>
    <message>
        <source>Save the action plan without it?</source>
        <translation>Gem handleplanen uden den?</translation>
    </message>
    <message>
        <source>&amp;Remove and save</source>
        <translation>&amp;Slet og gem</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Committees</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>name@kk.dk, other@kk.dk</source>
        <translation>navn@kk.dk, anden@kk.dk</translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation>Gem udvalg</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Forkortelse:</translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation>Forvaltning:</translation>
    </message>
    <message>
        <source>Contact e-mail addresses:</source>
        <translation>E-mailadresser til kontakt:</translation>
    </message>
    <message>
        <source>The members&apos; or the committee secretary&apos;s addresses, separated by commas.</source>
        <translation>Medlemmernes eller udvalgssekretærens adresser, adskilt med komma.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>The committee has no action plan yet.</source>
        <translation>Udvalget har endnu ingen handleplan.</translation>
    </message>
    <message>
        <source>New action plan for the current policy</source>
        <translation>Ny handleplan for den gældende integrationspolitik</translation>
    </message>
    <message>
        <source>Action plan document</source>
        <translation>Handleplanens dokument</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Vedtaget den</translation>
    </message>
    <message>
        <source>Action plan to show</source>
        <translation>Handleplan der vises</translation>
    </message>
    <message>
        <source>Save action plan</source>
        <translation>Gem handleplan</translation>
    </message>
    <message>
        <source>Policy period:</source>
        <translation>Politikperiode:</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Vedtaget den:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Afsluttet den:</translation>
    </message>
    <message>
        <source>Goals of the action plan</source>
        <translation>Handleplanens mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation>Politikmål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Tilføj mål…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Rediger mål…</translation>
    </message>
    <message>
        <source>End goal…</source>
        <translation>Afslut mål…</translation>
    </message>
    <message>
        <source>Reopen goal</source>
        <translation>Genåbn mål</translation>
    </message>
    <message>
        <source>The committee has no action plan for the current policy yet.</source>
        <translation>Udvalget har endnu ingen handleplan for den nuværende politik.</translation>
    </message>
    <message>
        <source>{title} (earlier period)</source>
        <translation>{title} (tidligere periode)</translation>
    </message>
    <message>
        <source>■ Ended {date}</source>
        <translation>■ Afsluttet {date}</translation>
    </message>
    <message>
        <source>● In force</source>
        <translation>● Gældende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Forkortelse</translation>
    </message>
    <message>
        <source>Contact e-mail addresses</source>
        <translation>E-mailadresser til kontakt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Integrationspolitik</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afsluttet den</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Print the status report</source>
        <translation>Udskriv statusrapporten</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Kig &amp;i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Send to the committee</source>
        <translation>Send til udvalget</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Space ticks or unticks a committee.</source>
        <translation>Mellemrum sætter eller fjerner flueben ved et udvalg.</translation>
    </message>
    <message>
        <source>Recipients (the committees&apos; contact addresses):</source>
        <translation>Modtagere (udvalgenes kontaktadresser):</translation>
    </message>
    <message>
        <source>&amp;Send to the committee…</source>
        <translation>&amp;Send til udvalget…</translation>
    </message>
    <message>
        <source>Writes an e-mail draft with the exported PDF attached and opens it.</source>
        <translation>Opretter en e-mailkladde med den eksporterede PDF vedhæftet og åbner den.</translation>
    </message>
    <message>
        <source>Attachment: none yet — export the report first.</source>
        <translation>Vedhæftning: ingen endnu — eksportér rapporten først.</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>ingen adresse registreret</translation>
    </message>
    <message>
        <source>final edition</source>
        <translation>endelig udgave</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <source>Attachment: {file} ({edition} {year}, {language}).</source>
        <translation>Vedhæftning: {file} ({edition} {year}, {language}).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Final edition</source>
        <translation>Endelig udgave</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Case no. {number}</source>
        <translation>Sagsnr. {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Status of the integration policy&apos;s goals and indicators for {year}</source>
        <translation>Status for integrationspolitikkens mål og indikatorer for {year}</translation>
    </message>
    <message>
        <source>integration barometer</source>
        <translation>integrationsbarometer</translation>
    </message>
    <message>
        <source>status report</source>
        <translation>statusrapport</translation>
    </message>
    <message>
        <source>Line chart of {indicator} by year.</source>
        <translation>Kurvediagram over {indicator} år for år.</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Endnu ingen værdier.</translation>
    </message>
    <message>
        <source>{area}: {value} in {year}.</source>
        <translation>{area}: {value} i {year}.</translation>
    </message>
    <message>
        <source>{area}: {first} in {first_year}, {last} in {last_year}.</source>
        <translation>{area}: {first} i {first_year}, {last} i {last_year}.</translation>
    </message>
    <message>
        <source>Change from {previous_year} to {year}: {change}.</source>
        <translation>Ændring fra {previous_year} til {year}: {change}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Integration barometer — status report {year}</source>
        <translation>Integrationsbarometret — statusrapport {year}</translation>
    </message>
    <message>
        <source>final edition</source>
        <translation>endelig udgave</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(udkast)</translation>
    </message>
    <message>
        <source>The attached file {file} is the final edition of the report.</source>
        <translation>Den vedhæftede fil {file} er rapportens endelige udgave.</translation>
    </message>
    <message>
        <source>The attached file {file} is a draft, not the final edition.</source>
        <translation>Den vedhæftede fil {file} er et udkast, ikke den endelige udgave.</translation>
    </message>
    <message>
        <source>Dear committee members,

Attached is the status report of the integration barometer for {year}. It shows how the goals of the integration policy developed, and how the committees followed up on their action plans.

Kind regards
{organisation}
</source>
        <translation>Kære udvalgsmedlemmer

Vedhæftet er Integrationsbarometrets statusrapport for {year}. Den viser, hvordan integrationspolitikkens mål har udviklet sig, og hvordan udvalgene har fulgt op på deres handleplaner.

Med venlig hilsen
{organisation}
</translation>
    </message>
    <message>
        <source>Received late, {date}</source>
        <translation>Modtaget for sent, {date}</translation>
    </message>
    <message>
        <source>Received {date}</source>
        <translation>Modtaget {date}</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Frist endnu ikke nået</translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation>supplerende redegørelse</translation>
    </message>
    <message>
        <source>action-plan revision</source>
        <translation>revision af handleplan</translation>
    </message>
    <message>
        <source>BIU decided not to ask for more</source>
        <translation>BIU besluttede ikke at anmode om yderligere</translation>
    </message>
    <message>
        <source>BIU asks for: {what}</source>
        <translation>BIU anmoder om: {what}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>Proposed: supplementary report or action-plan revision ({reasons})</source>
        <translation>Foreslået: supplerende redegørelse eller revision af handleplan ({reasons})</translation>
    </message>
    <message>
        <source>— goal {numbers}</source>
        <translation>— mål {numbers}</translation>
    </message>
    <message>
        <source>— goals {numbers}</source>
        <translation>— mål {numbers}</translation>
    </message>
    <message>
        <source>Committees&apos; follow-up</source>
        <translation>Udvalgenes opfølgning</translation>
    </message>
    <message>
        <source>Every standing committee reports each year on the integration goals of its action plan. The integration reports for {year} were due on {deadline}.</source>
        <translation>Alle stående udvalg redegør hvert år for integrationsmålene i deres handleplan. Fristen for integrationsredegørelserne for {year} var {deadline}.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>Integration report {year}</source>
        <translation>Integrationsredegørelse {year}</translation>
    </message>
    <message>
        <source>Goals not followed up</source>
        <translation>Mål, der ikke er fulgt op</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Endnu ikke registreret</translation>
    </message>
    <message>
        <source>BIU&apos;s decision or proposal</source>
        <translation>BIU&apos;s beslutning eller forslag</translation>
    </message>
    <message>
        <source>Integration report missing: {committees}.</source>
        <translation>Integrationsredegørelse mangler: {committees}.</translation>
    </message>
    <message>
        <source>Action-plan goals without full follow-up</source>
        <translation>Handleplansmål uden fuld opfølgning</translation>
    </message>
    <message>
        <source>Not yet recorded by the secretariat</source>
        <translation>Endnu ikke registreret af sekretariatet</translation>
    </message>
    <message>
        <source>Action-plan goal</source>
        <translation>Handleplansmål</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>No follow-up is recorded yet for the committees whose integration report has not arrived ({count} of {total}).</source>
        <translation>Der er endnu ikke registreret opfølgning for de udvalg, hvis integrationsredegørelse ikke er modtaget ({count} af {total}).</translation>
    </message>
    <message>
        <source>All action-plan goals were followed up.</source>
        <translation>Der er fulgt op på alle handleplansmål.</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Ikke aftalt</translation>
    </message>
    <message>
        <source>Appendix: indicators and data quality</source>
        <translation>Bilag: indikatorer og datakvalitet</translation>
    </message>
    <message>
        <source>How development is judged</source>
        <translation>Sådan vurderes udviklingen</translation>
    </message>
    <message>
        <source>Indicator metadata</source>
        <translation>Metadata for indikatorer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Indicator and definition</source>
        <translation>Indikator og definition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <source>Next expected data</source>
        <translation>Næste forventede data</translation>
    </message>
    <message>
        <source>Notes on data quality</source>
        <translation>Bemærkninger om datakvalitet</translation>
    </message>
    <message>
        <source>{code}: survey-based. Values carry sampling uncertainty; the charts show 95 % confidence intervals (latest sample: {n} respondents in {year}).</source>
        <translation>{code}: bygger på en spørgeskemaundersøgelse. Værdierne er behæftet med stikprøveusikkerhed; graferne viser 95 %-konfidensintervaller (seneste stikprøve: {n} besvarelser i {year}).</translation>
    </message>
    <message>
        <source>{code}: survey-based; values carry sampling uncertainty.</source>
        <translation>{code}: bygger på en spørgeskemaundersøgelse; værdierne er behæftet med stikprøveusikkerhed.</translation>
    </message>
    <message>
        <source>{code}: provisional figures for {periods}.</source>
        <translation>{code}: foreløbige tal for {periods}.</translation>
    </message>
    <message>
        <source>no agreed date</source>
        <translation>ingen aftalt dato</translation>
    </message>
    <message>
        <source>{code}: no value yet for {year} for {area} (from {provider}, expected {expected}).</source>
        <translation>{code}: endnu ingen værdi for {year} for {area} (fra {provider}, forventes {expected}).</translation>
    </message>
    <message>
        <source>No remarks on data quality.</source>
        <translation>Ingen bemærkninger om datakvalitet.</translation>
    </message>
    <message>
        <source>Statistical significance of survey changes: two-sided z-test at the 5 % level (the 95 % margin of error), on the unrounded values.</source>
        <translation>Statistisk signifikans af ændringer i spørgeskemaindikatorer: tosidet z-test på 5 %-niveau (den statistiske usikkerhed på 95 %), på de uafrundede værdier.</translation>
    </message>
    <message>
        <source>FINAL EDITION</source>
        <translation>ENDELIG UDGAVE</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UDKAST</translation>
    </message>
    <message>
        <source>How the goals of the integration policy developed in {year}</source>
        <translation>Sådan udviklede integrationspolitikkens mål sig i {year}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Udgave</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endelig</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Datastatus</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>DEMO — made-up values for trying the program</source>
        <translation>DEMO — opdigtede værdier til afprøvning af programmet</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty.</source>
        <translation>Ændringen ligger inden for den statistiske usikkerhed.</translation>
    </message>
    <message>
        <source>Whether the change is statistically significant cannot be tested: a sample size is missing.</source>
        <translation>Om ændringen er statistisk signifikant, kan ikke testes: en stikprøvestørrelse mangler.</translation>
    </message>
    <message>
        <source>The change is statistically significant.</source>
        <translation>Ændringen er statistisk signifikant.</translation>
    </message>
    <message>
        <source>In {year}, {improved} goals improved, {worsened} worsened, {unchanged} were unchanged and {mixed} were mixed (the goal status, from all of a goal&apos;s indicators); {other} have no comparable data or no direction.</source>
        <translation>I {year} blev {improved} mål forbedret, {worsened} forværret, {unchanged} var uændrede og {mixed} blandede (målstatus, ud fra alle målets indikatorer); {other} har ingen sammenlignelige data eller ingen retning.</translation>
    </message>
    <message>
        <source>{count} of these goal statuses rest on provisional figures.</source>
        <translation>{count} af disse målstatusser bygger på foreløbige tal.</translation>
    </message>
    <message>
        <source>The barometer follows {goals} goals of the integration policy through their indicators. There are no numeric targets: an indicator develops well when it moves in its desired direction. {basis}</source>
        <translation>Barometret følger {goals} af integrationspolitikkens mål gennem deres indikatorer. Der er ingen faste måltal: en indikator udvikler sig godt, når den bevæger sig i den ønskede retning. {basis}</translation>
    </message>
    <message>
        <source>Value (year)</source>
        <translation>Værdi (år)</translation>
    </message>
    <message>
        <source>{legend}. The goal status combines all of the goal&apos;s indicators; the counts above are of the goal status. A year in brackets is the value&apos;s status year; * provisional figure. National: the country&apos;s value and its own development.</source>
        <translation>{legend}. Målstatus samler alle målets indikatorer; tallene ovenfor tæller målstatus. Et år i parentes er værdiens statusår; * foreløbigt tal. Landstal: hele landets værdi og dets egen udvikling.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation>Hovedindikator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Hele landet</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Målstatus</translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation>Mål {number}: {title}</translation>
    </message>
    <message>
        <source>Focus area: {area}. Goal status: {status}.</source>
        <translation>Indsatsområde: {area}. Målstatus: {status}.</translation>
    </message>
    <message>
        <source>Goal status by the same rule: {statuses}.</source>
        <translation>Målstatus efter samme regel: {statuses}.</translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation>Supplerende indikator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>The secretariat has not recorded an assessment.</source>
        <translation>Sekretariatet har ikke registreret en vurdering.</translation>
    </message>
    <message>
        <source>The indicator has no value recent enough to be judged in {year}. The latest value is {value}.</source>
        <translation>Indikatoren har ingen værdi, der er ny nok til at blive vurderet i {year}. Den seneste værdi er {value}.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Development by area</source>
        <translation>Udvikling efter område</translation>
    </message>
    <message>
        <source>There is no value for the report year yet.</source>
        <translation>Der er endnu ingen værdi for rapportåret.</translation>
    </message>
    <message>
        <source>The value is {value}; there is no earlier value to compare with.</source>
        <translation>Værdien er {value}; der er ingen tidligere værdi at sammenligne med.</translation>
    </message>
    <message>
        <source>The value is {value} in {year} against {reference} in {reference_year}: a change of {change}.</source>
        <translation>Værdien er {value} i {year} mod {reference} i {reference_year}: en ændring på {change}.</translation>
    </message>
    <message>
        <source>Development: {mark}.</source>
        <translation>Udvikling: {mark}.</translation>
    </message>
    <message>
        <source>95 % confidence interval, {area}</source>
        <translation>95 %-konfidensinterval, {area}</translation>
    </message>
    <message>
        <source>* Provisional figure; the provider may still revise it.</source>
        <translation>* Foreløbigt tal; dataleverandøren kan stadig revidere det.</translation>
    </message>
    <message>
        <source>Unit: {unit}.</source>
        <translation>Enhed: {unit}.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsBox</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Udkast</translation>
    </message>
    <message>
        <source>Fi&amp;nal edition (stored for re-issue)</source>
        <translation>E&amp;ndelig udgave (gemmes til genudgivelse)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Udgave:</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>optional, e.g. 2014-0012345</source>
        <translation>valgfrit, fx 2014-0012345</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>Sa&amp;gsnummer:</translation>
    </message>
    <message>
        <source>Comparison areas</source>
        <translation>Sammenligningsområder</translation>
    </message>
    <message>
        <source>Space ticks or unticks an area.</source>
        <translation>Mellemrum sætter eller fjerner flueben ved et område.</translation>
    </message>
    <message>
        <source>Comparison areas:</source>
        <translation>Sammenligningsområder:</translation>
    </message>
    <message>
        <source>Report year: {year} (chosen in the toolbar)</source>
        <translation>Rapportår: {year} (vælges i værktøjslinjen)</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>Open the PDF when it is written</source>
        <translation>Åbn PDF-filen, når den er oprettet</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <source>No final edition was made; nothing was written.</source>
        <translation>Der blev ikke lavet nogen endelig udgave; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Export the status report</source>
        <translation>Eksportér statusrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the status report…</source>
        <translation>Danner statusrapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>status-report-{year}-final</source>
        <translation>statusrapport-{year}-endelig</translation>
    </message>
    <message>
        <source>status-report-{year}-draft</source>
        <translation>statusrapport-{year}-udkast</translation>
    </message>
    <message>
        <source>The final edition was re-issued unchanged as {file} ({pages} pages), with its own case number, comparison areas and data. To change them, tick &quot;Make a new final edition&quot;.</source>
        <translation>Den endelige udgave blev genudgivet uændret som {file} ({pages} sider), med sit eget sagsnummer, sine sammenligningsområder og sine data. Sæt flueben ved &quot;Lav en ny endelig udgave&quot; for at ændre dem.</translation>
    </message>
    <message>
        <source>The final edition was written to {file} ({pages} pages) and stored for re-issue.</source>
        <translation>Den endelige udgave blev skrevet til {file} ({pages} sider) og gemt til genudgivelse.</translation>
    </message>
    <message>
        <source>The draft was written to {file} ({pages} pages).</source>
        <translation>Udkastet blev skrevet til {file} ({pages} sider).</translation>
    </message>
    <message>
        <source>No program opened it; open the file from its folder.</source>
        <translation>Intet program åbnede den; åbn filen fra dens mappe.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>The report could not be made: {error}. Details are in {log}.</source>
        <translation>Rapporten kunne ikke dannes: {error}. Detaljer findes i {log}.</translation>
    </message>
    <message>
        <source>Export the report first; the e-mail carries the PDF.</source>
        <translation>Eksportér rapporten først; e-mailen skal have PDF-filen vedhæftet.</translation>
    </message>
    <message>
        <source>Choose at least one committee with a contact address.</source>
        <translation>Vælg mindst ét udvalg med en kontaktadresse.</translation>
    </message>
    <message>
        <source>The e-mail draft {file} was written, but no mail program opened it. Open the file from your mail program (Outlook and Thunderbird read .eml drafts).</source>
        <translation>E-mail-udkastet {file} er skrevet, men intet mailprogram åbnede det. Åbn filen fra dit mailprogram (Outlook og Thunderbird kan læse .eml-udkast).</translation>
    </message>
    <message>
        <source>The e-mail draft {file} was opened in your mail program.</source>
        <translation>E-mailkladden {file} blev åbnet i dit mailprogram.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the table</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <source>the column</source>
        <translation>kolonnen</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>indekset</translation>
    </message>
    <message>
        <source>the constraint</source>
        <translation>betingelsen</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>triggeren</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>visningen (view)</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>reglen</translation>
    </message>
    <message>
        <source>the row security policy</source>
        <translation>rækkesikkerhedspolitikken</translation>
    </message>
    <message>
        <source>{kind} {name} is not part of the barometer schema (version {revision}).</source>
        <translation>{kind} {name} er ikke en del af barometerets skema (version {revision}).</translation>
    </message>
    <message>
        <source>{kind} {name} of the barometer schema (version {revision}) is missing.</source>
        <translation>{kind} {name} fra barometerets skema (version {revision}) mangler.</translation>
    </message>
    <message>
        <source>{kind} {name} differs from the barometer schema (version {revision}): found &quot;{found}&quot;, expected &quot;{expected}&quot;.</source>
        <translation>{kind} {name} afviger fra barometerets skema (version {revision}): fundet &quot;{found}&quot;, forventet &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>Further differences: {count} (&apos;db check&apos; lists them all).</source>
        <translation>Flere afvigelser: {count} (&apos;db check&apos; viser dem alle).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>For you on this computer</source>
        <translation>For dig på denne computer</translation>
    </message>
    <message>
        <source>Standard location in your user folder</source>
        <translation>Standardplacering i din brugermappe</translation>
    </message>
    <message>
        <source>The barometer database the program opens when it starts. Leave empty for the standard file in your user folder. Takes effect at the next start.</source>
        <translation>Den barometerdatabase, programmet åbner ved start. Lad feltet være tomt for at bruge standardfilen i din brugermappe. Træder i kraft ved næste start.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Automatic (last complete year)</source>
        <translation>Automatisk (seneste hele år)</translation>
    </message>
    <message>
        <source>The report year the program shows when it starts. Automatic means the last calendar year with values.</source>
        <translation>Det rapportår, programmet viser ved start. Automatisk betyder det seneste kalenderår med værdier.</translation>
    </message>
    <message>
        <source>Report &amp;year at start:</source>
        <translation>Rapport&amp;år ved start:</translation>
    </message>
    <message>
        <source>The language of menus, screens, the status report and the web export.</source>
        <translation>Sproget i menuer, skærmbilleder, statusrapporten og webeksporten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Shared: stored in the database, for everyone</source>
        <translation>Fælles: gemt i databasen, for alle</translation>
    </message>
    <message>
        <source>The organisation named on the status report and the web pages.</source>
        <translation>Den organisation, der står på statusrapporten og websiderne.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG file shown on the status report&apos;s front page. Leave empty for no logo.</source>
        <translation>En PNG- eller JPEG-fil, der vises på statusrapportens forside. Lad feltet være tomt, hvis der ikke skal være logo.</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>The day in the year after the report year by which each committee&apos;s integration report must have followed up on its action plan.</source>
        <translation>Den dag i året efter rapportåret, hvor hvert udvalgs integrationsredegørelse senest skal have fulgt op på udvalgets handleplan.</translation>
    </message>
    <message>
        <source>Follow-&amp;up deadline:</source>
        <translation>Opfølgnings&amp;frist:</translation>
    </message>
    <message>
        <source>Previous measurement</source>
        <translation>Forrige måling</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Basisår</translation>
    </message>
    <message>
        <source>What each indicator&apos;s latest value is compared with to judge its development.</source>
        <translation>Det, som hver indikators seneste værdi sammenlignes med for at vurdere udviklingen.</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>Sammen&amp;lign med:</translation>
    </message>
    <message>
        <source>The year whose values every later year is compared with, when comparing with a baseline year.</source>
        <translation>Det år, som alle senere års værdier sammenlignes med, når der sammenlignes med et basisår.</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Basisår:</translation>
    </message>
    <message>
        <source>The municipality (or the whole country) whose barometer this is: its values are the barometer&apos;s, the others are comparisons.</source>
        <translation>Den kommune (eller hele landet), som barometeret handler om: dens værdier er barometerets, de andre er sammenligninger.</translation>
    </message>
    <message>
        <source>Barometer &amp;area:</source>
        <translation>Barometerets o&amp;mråde:</translation>
    </message>
    <message>
        <source>What a survey change inside the 95 % margin of error counts as, in every screen, the report and the web.</source>
        <translation>Hvad en ændring i en spørgeskemaindikator inden for den statistiske usikkerhed (95 %) regnes som – i alle skærmbilleder, rapporten og webudgaven.</translation>
    </message>
    <message>
        <source>Change not &amp;significant:</source>
        <translation>Ændring ikke sig&amp;nifikant:</translation>
    </message>
    <message>
        <source>How old an indicator&apos;s latest value may be and still be judged in the report year (register data arrive a year or two late). 0: only the report year&apos;s own value.</source>
        <translation>Hvor gammel en indikators seneste værdi må være og stadig vurderes i rapportåret (registerdata kommer et eller to år forsinket). 0: kun rapportårets egen værdi.</translation>
    </message>
    <message>
        <source>Status &amp;window:</source>
        <translation>Status&amp;vindue:</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Databasen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source> year</source>
        <translation> år</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The screens already open keep their language until the program is restarted. Restart now? Unsaved edits are asked about first.</source>
        <translation>De skærme, der allerede er åbne, beholder deres sprog, indtil programmet genstartes. Genstart nu? Du bliver først spurgt om ikke-gemte ændringer.</translation>
    </message>
    <message>
        <source>Choose the barometer database</source>
        <translation>Vælg barometerdatabasen</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometerdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Vælg logoet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedUse</name>
    <message>
        <source>The database cannot be written from here (the folder is read-only) – opened read-only.</source>
        <translation>Databasen kan ikke skrives herfra (mappen er skrivebeskyttet) – åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The database is open on {host} by {user} – opened read-only.</source>
        <translation>Databasen er åben på {host} af {user} – åbnet skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>StaleHint</name>
    <message>
        <source>Load stored version</source>
        <translation>Hent gemt version</translation>
    </message>
    <message>
        <source>Throw away your changes here and show what is stored now.</source>
        <translation>Kassér dine ændringer her og vis det, der er gemt nu.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The year&apos;s cycle: what is due now for {year}</source>
        <translation>Årshjulet: hvad der skal gøres nu for {year}</translation>
    </message>
    <message>
        <source>The database has no values yet. Start here:</source>
        <translation>Databasen har endnu ingen værdier. Begynd her:</translation>
    </message>
    <message>
        <source>Import the values you have (a file from a spreadsheet)</source>
        <translation>Importér de værdier, du har (en fil fra et regneark)</translation>
    </message>
    <message>
        <source>or type them into the data-entry grid</source>
        <translation>eller skriv dem ind i indtastningsgitteret</translation>
    </message>
    <message>
        <source>Record the committees and their action plans</source>
        <translation>Registrér udvalgene og deres handleplaner</translation>
    </message>
    <message>
        <source>✘ 1 value overdue for {year}</source>
        <translation>✘ 1 værdi for {year} er forsinket</translation>
    </message>
    <message>
        <source>✘ {count} values overdue for {year}</source>
        <translation>✘ {count} værdier for {year} er forsinkede</translation>
    </message>
    <message>
        <source>{count} values expected this month</source>
        <translation>{count} værdier ventes i denne måned</translation>
    </message>
    <message>
        <source>1 value expected this month</source>
        <translation>1 værdi ventes i denne måned</translation>
    </message>
    <message>
        <source>✔ No values are overdue or expected this month.</source>
        <translation>✔ Ingen værdier er forsinkede eller ventes i denne måned.</translation>
    </message>
    <message>
        <source>✘ Integration reports not received by {deadline}: {committees}</source>
        <translation>✘ Integrationsredegørelser ikke modtaget senest {deadline}: {committees}</translation>
    </message>
    <message>
        <source>Integration reports awaited by {deadline}: {committees}</source>
        <translation>Integrationsredegørelser, der ventes senest {deadline}: {committees}</translation>
    </message>
    <message>
        <source>1 follow-up on an action-plan goal not yet recorded</source>
        <translation>1 opfølgning på et handleplansmål er endnu ikke registreret</translation>
    </message>
    <message>
        <source>{count} follow-ups on action-plan goals not yet recorded</source>
        <translation>{count} opfølgninger på handleplansmål er endnu ikke registreret</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>The {year} report has a final edition ({languages}).</source>
        <translation>Rapporten for {year} har en endelig udgave ({languages}).</translation>
    </message>
    <message>
        <source>The {year} report has no final edition yet.</source>
        <translation>Rapporten for {year} har endnu ingen endelig udgave.</translation>
    </message>
</context>
<context>
    <name>StatBank</name>
    <message>
        <source>{indicator}: table {table} updated {updated}; it has figures for {year}.</source>
        <translation>{indicator}: tabel {table} opdateret {updated}; den har tal for {year}.</translation>
    </message>
    <message>
        <source>{indicator}: table {table} updated {updated}; no figures for {year} yet.</source>
        <translation>{indicator}: tabel {table} opdateret {updated}; endnu ingen tal for {year}.</translation>
    </message>
</context>
<context>
    <name>StatBankFetchDialog</name>
    <message>
        <source>Fetch data from Statistikbanken</source>
        <translation>Hent data fra Statistikbanken</translation>
    </message>
    <message>
        <source>The figures of indicators with a source in Statistikbanken are fetched for the barometer&apos;s areas and go through the same checks as a file import. Check first: nothing is stored until you click Import.</source>
        <translation>Tallene for indikatorer med en kilde i Statistikbanken hentes for barometerets områder og kontrolleres som ved import af en fil. Kontrollér først: intet gemmes, før du klikker Importér.</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle år</translation>
    </message>
    <message>
        <source>Only the year</source>
        <translation>Kun året</translation>
    </message>
    <message>
        <source>Leave empty to fetch all years</source>
        <translation>Lad feltet stå tomt for at hente alle år</translation>
    </message>
    <message>
        <source>Only the &amp;year:</source>
        <translation>Kun å&amp;ret:</translation>
    </message>
    <message>
        <source>Result of the check or import</source>
        <translation>Resultatet af kontrollen eller importen</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Kontrollér (prøvekørsel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>The year must be a number, e.g. 2024.</source>
        <translation>Året skal være et tal, fx 2024.</translation>
    </message>
    <message>
        <source>No indicator has a source in Statistikbanken.</source>
        <translation>Ingen indikator har en kilde i Statistikbanken.</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Spørger Statistikbanken…</translation>
    </message>
    <message>
        <source>{indicator}: table {table}, updated {updated}</source>
        <translation>{indicator}: tabel {table}, opdateret {updated}</translation>
    </message>
</context>
<context>
    <name>StatBankSourceSection</name>
    <message>
        <source>Source in Statistikbanken (optional)</source>
        <translation>Kilde i Statistikbanken (valgfri)</translation>
    </message>
    <message>
        <source>e.g. befolkning herkomst</source>
        <translation>fx befolkning herkomst</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Søg tabeller</translation>
    </message>
    <message>
        <source>Words from the table&apos;s title or its id</source>
        <translation>Ord fra tabellens titel eller dens id</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search Statistikbanken&apos;s list of tables by words from the title.</source>
        <translation>Søg i Statistikbankens liste over tabeller efter ord fra titlen.</translation>
    </message>
    <message>
        <source>Tables found</source>
        <translation>Fundne tabeller</translation>
    </message>
    <message>
        <source>Choose a table to read its variables</source>
        <translation>Vælg en tabel for at læse dens variabler</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop med at vente</translation>
    </message>
    <message>
        <source>Stop waiting for Statistikbanken&apos;s answer; nothing is changed.</source>
        <translation>Stop med at vente på Statistikbankens svar; intet ændres.</translation>
    </message>
    <message>
        <source>e.g. FOLK1E</source>
        <translation>fx FOLK1E</translation>
    </message>
    <message>
        <source>Read table</source>
        <translation>Læs tabel</translation>
    </message>
    <message>
        <source>Ask Statistikbanken for the table&apos;s variables and values.</source>
        <translation>Hent tabellens variable og værdier fra Statistikbanken.</translation>
    </message>
    <message>
        <source>The indicator is a share: figure / denominator × 100</source>
        <translation>Indikatoren er en andel: tal / nævner × 100</translation>
    </message>
    <message>
        <source>As the table writes it (2021, 2021K1, 2021M03)</source>
        <translation>Som tabellen skriver dem (2021, 2021K1, 2021M03)</translation>
    </message>
    <message>
        <source>School year 2020/2021 is 2020</source>
        <translation>Skoleåret 2020/2021 er 2020</translation>
    </message>
    <message>
        <source>School year 2020/2021 is 2021</source>
        <translation>Skoleåret 2020/2021 er 2021</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>Vis tallene</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Gem kilde</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Fjern kilde</translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation>Find tabel:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Tal:</translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation>Nævner:</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Perioder:</translation>
    </message>
    <message>
        <source>Variable / value</source>
        <translation>Variabel / værdi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Stored selection: {selection}</source>
        <translation>Gemt udvalg: {selection}</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Spørger Statistikbanken…</translation>
    </message>
    <message>
        <source>Stopped waiting for Statistikbanken; nothing was changed.</source>
        <translation>Stoppede med at vente på Statistikbanken; intet er ændret.</translation>
    </message>
    <message>
        <source>Type words from the table&apos;s title, e.g. befolkning herkomst.</source>
        <translation>Skriv ord fra tabellens titel, fx befolkning herkomst.</translation>
    </message>
    <message>
        <source>{count} tables found; choose one to read its variables.</source>
        <translation>{count} tabeller fundet; vælg én for at læse dens variabler.</translation>
    </message>
    <message>
        <source>No table has &quot;{words}&quot; in its title.</source>
        <translation>Ingen tabel har &quot;{words}&quot; i titlen.</translation>
    </message>
    <message>
        <source>Give the table id first, e.g. FOLK1E.</source>
        <translation>Angiv først tabellens id, fx FOLK1E.</translation>
    </message>
    <message>
        <source>{text} (updated {updated})</source>
        <translation>{text} (opdateret {updated})</translation>
    </message>
    <message>
        <source>Tick the values that give the figure, at least one for every variable (the total is usually &quot;I alt&quot;). The area ({area}) and time ({time}) are filled in when fetching: the barometer&apos;s areas by municipality code, and every year.</source>
        <translation>Sæt flueben ved de værdier, der giver tallet, mindst én for hver variabel (totalen hedder som regel &quot;I alt&quot;). Område ({area}) og tid ({time}) udfyldes ved hentning: barometerets områder efter kommunekode og alle år.</translation>
    </message>
    <message>
        <source>Preview (not stored):</source>
        <translation>Forhåndsvisning (ikke gemt):</translation>
    </message>
    <message>
        <source>The source is saved.</source>
        <translation>Kilden er gemt.</translation>
    </message>
    <message>
        <source>The source is removed; figures are entered or imported by hand.</source>
        <translation>Kilden er fjernet; tallene indtastes eller importeres manuelt.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo not possible</source>
        <translation>Kan ikke fortrydes</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>Entered by {user} on {date}</source>
        <translation>Indtastet af {user} den {date}</translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation>Stikprøvestørrelse: {n}</translation>
    </message>
    <message>
        <source>Provisional value (marked *)</source>
        <translation>Foreløbig værdi (markeret med *)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Bemærkning: {note}</translation>
    </message>
    <message>
        <source>Row {period}, column {area}</source>
        <translation>Række {period}, kolonne {area}</translation>
    </message>
    <message>
        <source>{where}: &quot;{text}&quot; is not a number. Nothing was stored.</source>
        <translation>{where}: &quot;{text}&quot; er ikke et tal. Intet blev gemt.</translation>
    </message>
    <message>
        <source>Value {code} {area} {period}</source>
        <translation>Værdi {code} {area} {period}</translation>
    </message>
    <message>
        <source>{where}: {message} Nothing was stored.</source>
        <translation>{where}: {message} Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>DEMO: the values on these pages are made up.</source>
        <translation>DEMO: Tallene på disse sider er opdigtede.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Spring til indholdet</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Offentliggjort {date}</translation>
    </message>
    <message>
        <source>Download the published figures (CSV)</source>
        <translation>Hent de offentliggjorte tal (CSV)</translation>
    </message>
    <message>
        <source>The goals</source>
        <translation>Målene</translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation>Integrationsbarometer {year}</translation>
    </message>
    <message>
        <source>National: {value}</source>
        <translation>Hele landet: {value}</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <source>No indicators are published for this goal.</source>
        <translation>Der er ikke offentliggjort nogen indikatorer for dette mål.</translation>
    </message>
    <message>
        <source>Focus area: {title}</source>
        <translation>Indsatsområde: {title}</translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation>Hovedindikator</translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation>Supplerende indikator</translation>
    </message>
    <message>
        <source>Latest value ({year})</source>
        <translation>Seneste værdi ({year})</translation>
    </message>
    <message>
        <source>Integration barometer {year}. Only final figures are shown, compared as published (rounded).</source>
        <translation>Integrationsbarometer {year}. Kun endelige tal vises, sammenlignet som offentliggjort (afrundet).</translation>
    </message>
    <message>
        <source>About the barometer</source>
        <translation>Om barometret</translation>
    </message>
    <message>
        <source>The CSV files are in Danish format: semicolons between the columns and decimal commas, as Danish Excel opens them.</source>
        <translation>CSV-filerne er i dansk format: semikolon mellem kolonnerne og decimalkomma, sådan som dansk Excel åbner dem.</translation>
    </message>
    <message>
        <source>The CSV files are comma-separated with a full stop as the decimal mark; the Danish site&apos;s files use semicolons and decimal commas.</source>
        <translation>CSV-filerne er kommasepareret med punktum som decimaltegn; den danske sides filer bruger semikolon og decimalkomma.</translation>
    </message>
    <message>
        <source>{count} goals await final figures for {year}; they are shown on the latest final figures.</source>
        <translation>{count} mål afventer endelige tal for {year}; de vises på de seneste endelige tal.</translation>
    </message>
    <message>
        <source>Status of the goals in {year}</source>
        <translation>Målenes status i {year}</translation>
    </message>
    <message>
        <source>How the city&apos;s integration policy is moving: each goal&apos;s status, its headline indicator and the national figure.</source>
        <translation>Hvordan byens integrationspolitik bevæger sig: hvert måls status, dets hovedindikator og landstallet.</translation>
    </message>
    <message>
        <source>How development is judged</source>
        <translation>Sådan vurderes udviklingen</translation>
    </message>
    <message>
        <source>The figures as CSV files</source>
        <translation>Tallene som CSV-filer</translation>
    </message>
    <message>
        <source>Each indicator&apos;s section links to a CSV file with its published figures per area and year: the value, the lower and upper end of the 95 % confidence interval and the sample size (survey indicators), whether the value is provisional (only final values are published) and the source. The file with all figures is linked at the bottom of every page.</source>
        <translation>Hver indikators afsnit linker til en CSV-fil med dens offentliggjorte tal pr. område og år: værdien, den nedre og øvre grænse af 95 %-konfidensintervallet og stikprøvestørrelsen (survey-indikatorer), om værdien er foreløbig (kun endelige værdier offentliggøres) og kilden. Filen med alle tal er linket nederst på hver side.</translation>
    </message>
    <message>
        <source>There are no numeric targets: an indicator develops well when it moves in its desired direction.</source>
        <translation>Der er ingen faste måltal: en indikator udvikler sig godt, når den bevæger sig i den ønskede retning.</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Målstatus</translation>
    </message>
    <message>
        <source>National ({year})</source>
        <translation>Hele landet ({year})</translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty of the survey.</source>
        <translation>Ændringen ligger inden for undersøgelsens statistiske usikkerhed.</translation>
    </message>
    <message>
        <source>Whether the change is statistically significant cannot be tested: a sample size is missing.</source>
        <translation>Om ændringen er statistisk signifikant, kan ikke testes: en stikprøvestørrelse mangler.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>The indicator&apos;s figures (CSV)</source>
        <translation>Indikatorens tal (CSV)</translation>
    </message>
    <message>
        <source>Last updated {date}</source>
        <translation>Senest opdateret {date}</translation>
    </message>
    <message>
        <source>No final figures are published yet.</source>
        <translation>Der er endnu ikke offentliggjort endelige tal.</translation>
    </message>
    <message>
        <source>{indicator}, development by year</source>
        <translation>{indicator}, udvikling år for år</translation>
    </message>
    <message>
        <source>The figures as a table</source>
        <translation>Tallene i en tabel</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95 %-konfidensinterval</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>95 % confidence interval, {area}</source>
        <translation>95 %-konfidensinterval, {area}</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>Dataleverandør</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Ønsket retning</translation>
    </message>
    <message>
        <source>About the indicator</source>
        <translation>Om indikatoren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <source>development</source>
        <translation>udvikling</translation>
    </message>
    <message>
        <source>ci_95_lower</source>
        <translation>ki_95_nedre</translation>
    </message>
    <message>
        <source>ci_95_upper</source>
        <translation>ki_95_øvre</translation>
    </message>
    <message>
        <source>sample_size</source>
        <translation>stikprøve</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>foreløbig</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>underkommandoer</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: fejl: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukendt kommando %(parser_name)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument &quot;-&quot; med tilstanden %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan ikke åbne &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>den angivne værdi %r blev ignoreret</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter skal angives: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede én værdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventede højst én værdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventede mindst én værdi</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>forventede %s værdi</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>forventede %s værdier</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan betyde %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>uventet tilvalg: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versionsnummer og afslut</translation>
    </message>
</context>
</TS>
