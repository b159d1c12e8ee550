<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>The committee secretariat&apos;s tool for Copenhagen&apos;s integration barometer.</source>
        <translation>The committee secretariat&apos;s tool for Copenhagen&apos;s integration barometer.</translation>
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
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
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
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Integrationsbarometer</source>
        <translation>&amp;About Integrationsbarometer</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Comparison municipalities</source>
        <translation>Comparison municipalities</translation>
    </message>
    <message>
        <source>Add a comparison municipality</source>
        <translation>Add a comparison municipality</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name or code and press Enter</source>
        <translation>Type a municipality&apos;s name or code and press Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Always shown: {areas}. Compared with:</source>
        <translation>Always shown: {areas}. Compared with:</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The secretariat&apos;s assessment of the development; shown in the status report.</source>
        <translation>The secretariat&apos;s assessment of the development; shown in the status report.</translation>
    </message>
    <message>
        <source>Public (shown in the web export)</source>
        <translation>Public (shown in the web export)</translation>
    </message>
    <message>
        <source>Unticked: the text is only for the committee&apos;s status report.</source>
        <translation>Unticked: the text is only for the committee&apos;s status report.</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Store the text as one action (Ctrl+S).</source>
        <translation>Store the text as one action (Ctrl+S).</translation>
    </message>
    <message>
        <source>Someone else changed this assessment while you were writing. Your text is kept here, but it cannot be saved over theirs: copy what you want to keep, then load the stored version.</source>
        <translation>Someone else changed this assessment while you were writing. Your text is kept here, but it cannot be saved over theirs: copy what you want to keep, then load the stored version.</translation>
    </message>
    <message>
        <source>Assessment of {code} for {year}</source>
        <translation>Assessment of {code} for {year}</translation>
    </message>
    <message>
        <source>The assessment was saved.</source>
        <translation>The assessment was saved.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Values missing for the report year: {count}</source>
        <translation>Values missing for the report year: {count}</translation>
    </message>
    <message>
        <source>Provisional values: {count}</source>
        <translation>Provisional values: {count}</translation>
    </message>
    <message>
        <source>Survey values without a sample size: {count}</source>
        <translation>Survey values without a sample size: {count}</translation>
    </message>
    <message>
        <source>Integration reports not received: {count}</source>
        <translation>Integration reports not received: {count}</translation>
    </message>
    <message>
        <source>Action-plan goals with no follow-up recorded: {count}</source>
        <translation>Action-plan goals with no follow-up recorded: {count}</translation>
    </message>
    <message>
        <source>Indicators without a written assessment: {count}</source>
        <translation>Indicators without a written assessment: {count}</translation>
    </message>
    <message>
        <source>Goals without data: {count}</source>
        <translation>Goals without data: {count}</translation>
    </message>
    <message>
        <source>Complete: nothing was missing when the final edition was made.</source>
        <translation>Complete: nothing was missing when the final edition was made.</translation>
    </message>
    <message>
        <source>Incomplete when the final edition was made: {items}.</source>
        <translation>Incomplete when the final edition was made: {items}.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Final edition {year}: data are incomplete</source>
        <translation>Final edition {year}: data are incomplete</translation>
    </message>
    <message>
        <source>A final edition is frozen as it is made. These data for {year} are still incomplete; the list is stored with the edition and printed in it as its data status.</source>
        <translation>A final edition is frozen as it is made. These data for {year} are still incomplete; the list is stored with the edition and printed in it as its data status.</translation>
    </message>
    <message>
        <source>I know the data are incomplete and want to make the final edition now</source>
        <translation>I know the data are incomplete and want to make the final edition now</translation>
    </message>
    <message>
        <source>Make the final edition</source>
        <translation>Make the final edition</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create, upgrade, check or back up the database</source>
        <translation>create, upgrade, check or back up the database</translation>
    </message>
    <message>
        <source>create the database from a policy file (default: Copenhagen&apos;s 2011 policy)</source>
        <translation>create the database from a policy file (default: Copenhagen&apos;s 2011 policy)</translation>
    </message>
    <message>
        <source>also load the demo data</source>
        <translation>also load the demo data</translation>
    </message>
    <message>
        <source>the policy file to start from</source>
        <translation>the policy file to start from</translation>
    </message>
    <message>
        <source>the barometer&apos;s own municipality (name or code)</source>
        <translation>the barometer&apos;s own municipality (name or code)</translation>
    </message>
    <message>
        <source>migrate to the newest schema (a backup is made first)</source>
        <translation>migrate to the newest schema (a backup is made first)</translation>
    </message>
    <message>
        <source>check integrity and schema; exit 0 when sound</source>
        <translation>check integrity and schema; exit 0 when sound</translation>
    </message>
    <message>
        <source>write a consistent copy, also while the app is open</source>
        <translation>write a consistent copy, also while the app is open</translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy and the demo data.</source>
        <translation>Created {path} with the 2011 policy and the demo data.</translation>
    </message>
    <message>
        <source>Created {path} with the policy in {file}.</source>
        <translation>Created {path} with the policy in {file}.</translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy.</source>
        <translation>Created {path} with the 2011 policy.</translation>
    </message>
    <message>
        <source>{path} already has the newest schema.</source>
        <translation>{path} already has the newest schema.</translation>
    </message>
    <message>
        <source>Upgraded {path}; the previous version is kept as {backup}.</source>
        <translation>Upgraded {path}; the previous version is kept as {backup}.</translation>
    </message>
    <message>
        <source>{path}: the database is sound.</source>
        <translation>{path}: the database is sound.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Backup written to {file}.</translation>
    </message>
    <message>
        <source>Integrationsbarometer: the committee secretariat&apos;s barometer tool.</source>
        <translation>Integrationsbarometer: the committee secretariat&apos;s barometer tool.</translation>
    </message>
    <message>
        <source>database file or server URL (default: $BAROMETER_DB or the user&apos;s data folder)</source>
        <translation>database file or server URL (default: $BAROMETER_DB or the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>open the built-in demo database</source>
        <translation>open the built-in demo database</translation>
    </message>
    <message>
        <source>language (da or en)</source>
        <translation>language (da or en)</translation>
    </message>
    <message>
        <source>Warning: a password on the command line can be seen by others; use the PostgreSQL password file (pgpass) instead.</source>
        <translation>Warning: a password on the command line can be seen by others; use the PostgreSQL password file (pgpass) instead.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation>Unexpected error: {error}. Details are in {log}.</translation>
    </message>
    <message>
        <source>import values from a CSV or XLSX file</source>
        <translation>import values from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>show what would change; write nothing</translation>
    </message>
    <message>
        <source>import the good rows even when some rows are rejected</source>
        <translation>import the good rows even when some rows are rejected</translation>
    </message>
    <message>
        <source>a column mapping saved in the Import screen</source>
        <translation>a column mapping saved in the Import screen</translation>
    </message>
    <message>
        <source>the file&apos;s decimal mark, when its numbers can be read two ways</source>
        <translation>the file&apos;s decimal mark, when its numbers can be read two ways</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read (default: the first sheet with data)</source>
        <translation>the workbook&apos;s sheet to read (default: the first sheet with data)</translation>
    </message>
    <message>
        <source>export values to a CSV or XLSX file</source>
        <translation>export values to a CSV or XLSX file</translation>
    </message>
    <message>
        <source>only this indicator</source>
        <translation>only this indicator</translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation>{count} values written to {file}.</translation>
    </message>
    <message>
        <source>write the public web barometer as a folder of web pages</source>
        <translation>write the public web barometer as a folder of web pages</translation>
    </message>
    <message>
        <source>the report year</source>
        <translation>the report year</translation>
    </message>
    <message>
        <source>language of the pages (default: the program&apos;s language)</source>
        <translation>language of the pages (default: the program&apos;s language)</translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}.</source>
        <translation>The web barometer for {year} is in {folder}.</translation>
    </message>
    <message>
        <source>write the PDF status report for a year</source>
        <translation>write the PDF status report for a year</translation>
    </message>
    <message>
        <source>report year (default: the latest year with values)</source>
        <translation>report year (default: the latest year with values)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>the final edition: stored for re-issue; re-issued unchanged if it exists</source>
        <translation>the final edition: stored for re-issue; re-issued unchanged if it exists</translation>
    </message>
    <message>
        <source>make a new final edition from today&apos;s data, replacing the stored one</source>
        <translation>make a new final edition from today&apos;s data, replacing the stored one</translation>
    </message>
    <message>
        <source>report language (da or en)</source>
        <translation>report language (da or en)</translation>
    </message>
    <message>
        <source>case number printed on the report</source>
        <translation>case number printed on the report</translation>
    </message>
    <message>
        <source>comparison municipalities by name or code, comma-separated (default: all)</source>
        <translation>comparison municipalities by name or code, comma-separated (default: all)</translation>
    </message>
    <message>
        <source>Re-issued the final edition of {year} as {file} ({pages} pages).</source>
        <translation>Re-issued the final edition of {year} as {file} ({pages} pages).</translation>
    </message>
    <message>
        <source>Note: the final edition keeps its own case number, comparison areas and data; --case-number and --areas apply to a new one (--replace-final).</source>
        <translation>Note: the final edition keeps its own case number, comparison areas and data; --case-number and --areas apply to a new one (--replace-final).</translation>
    </message>
    <message>
        <source>Wrote the final edition of {year} to {file} ({pages} pages); it is stored for re-issue.</source>
        <translation>Wrote the final edition of {year} to {file} ({pages} pages); it is stored for re-issue.</translation>
    </message>
    <message>
        <source>Wrote the {year} status report (draft) to {file} ({pages} pages).</source>
        <translation>Wrote the {year} status report (draft) to {file} ({pages} pages).</translation>
    </message>
    <message>
        <source>Note: the content is the final edition&apos;s (its stored values and texts), but this version of the program lays it out in other bytes than the stored checksum. The file can be used as the final edition.</source>
        <translation>Note: the content is the final edition&apos;s (its stored values and texts), but this version of the program lays it out in other bytes than the stored checksum. The file can be used as the final edition.</translation>
    </message>
    <message>
        <source>check this installation on a temporary copy of the demo database; prints one JSON line</source>
        <translation>check this installation on a temporary copy of the demo database; prints one JSON line</translation>
    </message>
    <message>
        <source>write the test&apos;s files to FOLDER and keep them</source>
        <translation>write the test&apos;s files to FOLDER and keep them</translation>
    </message>
    <message>
        <source>write or check a policy file (goals, indicators, areas, committees)</source>
        <translation>write or check a policy file (goals, indicators, areas, committees)</translation>
    </message>
    <message>
        <source>write the current definition to a policy file</source>
        <translation>write the current definition to a policy file</translation>
    </message>
    <message>
        <source>check a policy file without changing anything</source>
        <translation>check a policy file without changing anything</translation>
    </message>
    <message>
        <source>Policy file written to {file}.</source>
        <translation>Policy file written to {file}.</translation>
    </message>
    <message>
        <source>{file}: the policy file is sound ({goals} goals, {indicators} indicators).</source>
        <translation>{file}: the policy file is sound ({goals} goals, {indicators} indicators).</translation>
    </message>
    <message>
        <source>fetch figures from Statistics Denmark&apos;s StatBank</source>
        <translation>fetch figures from Statistics Denmark&apos;s StatBank</translation>
    </message>
    <message>
        <source>only this year</source>
        <translation>only this year</translation>
    </message>
    <message>
        <source>No indicator has a StatBank source; nothing was fetched.</source>
        <translation>No indicator has a StatBank source; nothing was fetched.</translation>
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
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved with a warning</source>
        <translation>Saved with a warning</translation>
    </message>
    <message>
        <source>Document link</source>
        <translation>Document link</translation>
    </message>
    <message>
        <source>https://... or the full path of a pdf, docx, doc, xlsx, odt or html file</source>
        <translation>https://... or the full path of a pdf, docx, doc, xlsx, odt or html file</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the document with the program the computer uses for it</source>
        <translation>Open the document with the program the computer uses for it</translation>
    </message>
</context>
<context>
    <name>CommitteesScreen</name>
    <message>
        <source>Yearly follow-up</source>
        <translation>Yearly follow-up</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Missing follow-up</translation>
    </message>
    <message>
        <source>BIU&apos;s decisions</source>
        <translation>BIU&apos;s decisions</translation>
    </message>
    <message>
        <source>Committees and action plans</source>
        <translation>Committees and action plans</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your data are safe: nothing half-done was stored.

The details below are also in the log file {log}. Copy them into an e-mail to IT support.</source>
        <translation>Something went wrong that the program did not expect. Your data are safe: nothing half-done was stored.

The details below are also in the log file {log}. Copy them into an e-mail to IT support.</translation>
    </message>
</context>
<context>
    <name>DataEntryScreen</name>
    <message>
        <source>Values of the report year</source>
        <translation>Values of the report year</translation>
    </message>
    <message>
        <source>Indicators in rows, areas in columns. Arrow keys move; type to enter a value, Enter or Tab stores it.</source>
        <translation>Indicators in rows, areas in columns. Arrow keys move; type to enter a value, Enter or Tab stores it.</translation>
    </message>
    <message>
        <source>Type to overwrite a cell; Enter and Tab store it and move on, arrow keys move without storing. Tab without typing leaves the grid for the details beside it. Paste a block copied from Excel with Ctrl+V, clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point.</source>
        <translation>Type to overwrite a cell; Enter and Tab store it and move on, arrow keys move without storing. Tab without typing leaves the grid for the details beside it. Paste a block copied from Excel with Ctrl+V, clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point.</translation>
    </message>
    <message>
        <source>Marks in the cells: “missing” = still missing · ✘ = rejected input (the reason is below the grid) · * = provisional figure · n? and an amber frame = sample size missing</source>
        <translation>Marks in the cells: “missing” = still missing · ✘ = rejected input (the reason is below the grid) · * = provisional figure · n? and an amber frame = sample size missing</translation>
    </message>
    <message>
        <source>Data entry for {year}</source>
        <translation>Data entry for {year}</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Open barometer database</source>
        <translation>Open barometer database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometer database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New barometer database</source>
        <translation>New barometer database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation>Barometer database (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>{path} could not be opened as a barometer database: {reason}</source>
        <translation>{path} could not be opened as a barometer database: {reason}</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>The current database is still open.</source>
        <translation>The current database is still open.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>d Mmm yyyy</translation>
    </message>
    <message>
        <source>Type the date, e.g. 01.03.2016; leave empty if none</source>
        <translation>Type the date, e.g. 1 Mar 2016; leave empty if none</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>BIU&apos;s decision: {committee} {year}</source>
        <translation>BIU&apos;s decision: {committee} {year}</translation>
    </message>
    <message>
        <source>Supplementary report requested</source>
        <translation>Supplementary report requested</translation>
    </message>
    <message>
        <source>Action-plan revision requested</source>
        <translation>Action-plan revision requested</translation>
    </message>
    <message>
        <source>Draft the text</source>
        <translation>Draft the text</translation>
    </message>
    <message>
        <source>Policy goal {numbers}</source>
        <translation>Policy goal {numbers}</translation>
    </message>
    <message>
        <source>Policy goals {numbers}</source>
        <translation>Policy goals {numbers}</translation>
    </message>
    <message>
        <source>BIU asks for:</source>
        <translation>BIU asks for:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>Recommendation to the city council:</source>
        <translation>Recommendation to the city council:</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Committees proposed for a decision</source>
        <translation>Committees proposed for a decision</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation>Proposed because</translation>
    </message>
    <message>
        <source>BIU&apos;s decision</source>
        <translation>BIU&apos;s decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation>Dismiss proposal</translation>
    </message>
    <message>
        <source>Proposed: committees with missing follow-up, and committees whose action plan serves policy goals with an indicator going the wrong way in the report year. Confirm BIU&apos;s decision or dismiss the proposal.</source>
        <translation>Proposed: committees with missing follow-up, and committees whose action plan serves policy goals with an indicator going the wrong way in the report year. Confirm BIU&apos;s decision or dismiss the proposal.</translation>
    </message>
    <message>
        <source>Recommendation to the city council</source>
        <translation>Recommendation to the city council</translation>
    </message>
    <message>
        <source>BIU&apos;s decisions after the status report for {year}</source>
        <translation>BIU&apos;s decisions after the status report for {year}</translation>
    </message>
    <message>
        <source>(policy goal {numbers})</source>
        <translation>(policy goal {numbers})</translation>
    </message>
    <message>
        <source>(policy goals {numbers})</source>
        <translation>(policy goals {numbers})</translation>
    </message>
    <message>
        <source>({count} goals not yet recorded by the secretariat; not a reason)</source>
        <translation>({count} goals not yet recorded by the secretariat; not a reason)</translation>
    </message>
    <message>
        <source>? Awaiting decision</source>
        <translation>? Awaiting decision</translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation>supplementary report</translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation>plan revision</translation>
    </message>
    <message>
        <source>(no text recorded)</source>
        <translation>(no text recorded)</translation>
    </message>
    <message>
        <source>Select a committee with a confirmed decision to see its recommendation.</source>
        <translation>Select a committee with a confirmed decision to see its recommendation.</translation>
    </message>
    <message>
        <source>BIU asks for</source>
        <translation>BIU asks for</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Selected value</source>
        <translation>Selected value</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Provisional figure</translation>
    </message>
    <message>
        <source>Show the note publicly</source>
        <translation>Show the note publicly</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Sample size (n):</source>
        <translation>Sample size (n):</translation>
    </message>
    <message>
        <source>Standard error:</source>
        <translation>Standard error:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Select a cell in the grid.</source>
        <translation>Select a cell in the grid.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>Enter the value in the grid first; then its details here.</source>
        <translation>Enter the value in the grid first; then its details here.</translation>
    </message>
    <message>
        <source>Sample size missing: enter it (or the standard error), or the report cannot say whether a change is significant.</source>
        <translation>Sample size missing: enter it (or the standard error), or the report cannot say whether a change is significant.</translation>
    </message>
    <message>
        <source>Survey indicator: enter the sample size, so the report can say whether a change is significant.</source>
        <translation>Survey indicator: enter the sample size, so the report can say whether a change is significant.</translation>
    </message>
    <message>
        <source>Development in {year}: {verdict}</source>
        <translation>Development in {year}: {verdict}</translation>
    </message>
    <message>
        <source>Unsaved details</source>
        <translation>Unsaved details</translation>
    </message>
    <message>
        <source>The details of {cell} have unsaved changes. Save them?</source>
        <translation>The details of {cell} have unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>EditionStatusBox</name>
    <message>
        <source>Final edition</source>
        <translation>Final edition</translation>
    </message>
    <message>
        <source>Changes since the final edition</source>
        <translation>Changes since the final edition</translation>
    </message>
    <message>
        <source>Make a new final edition from today&apos;s data</source>
        <translation>Make a new final edition from today&apos;s data</translation>
    </message>
    <message>
        <source>It replaces the stored final edition.</source>
        <translation>It replaces the stored final edition.</translation>
    </message>
    <message>
        <source>The {year} report has no final edition yet.</source>
        <translation>The {year} report has no final edition yet.</translation>
    </message>
    <message>
        <source>Final edition made {date} by {user}.</source>
        <translation>Final edition made {date} by {user}.</translation>
    </message>
    <message>
        <source>Case number {number}.</source>
        <translation>Case number {number}.</translation>
    </message>
    <message>
        <source>The data have changed since; exporting the final edition re-issues it unchanged:</source>
        <translation>The data have changed since; exporting the final edition re-issues it unchanged:</translation>
    </message>
    <message>
        <source>The data have not changed since.</source>
        <translation>The data have not changed since.</translation>
    </message>
    <message>
        <source>{language}: made {date} by {user}</source>
        <translation>{language}: made {date} by {user}</translation>
    </message>
    <message>
        <source>Final editions of {year}: {list}.</source>
        <translation>Final editions of {year}: {list}.</translation>
    </message>
    <message>
        <source>⚠ The final editions were made from different data: the languages&apos; reports disagree. Make a new final edition in the older language.</source>
        <translation>⚠ The final editions were made from different data: the languages&apos; reports disagree. Make a new final edition in the older language.</translation>
    </message>
    <message>
        <source>{where}: value {old} → {new}</source>
        <translation>{where}: value {old} → {new}</translation>
    </message>
    <message>
        <source>{where}: new value {new}</source>
        <translation>{where}: new value {new}</translation>
    </message>
    <message>
        <source>{where}: value {old} removed</source>
        <translation>{where}: value {old} removed</translation>
    </message>
    <message>
        <source>{where}: assessment text changed</source>
        <translation>{where}: assessment text changed</translation>
    </message>
    <message>
        <source>{where}: development was {old}, now {new}</source>
        <translation>{where}: development was {old}, now {new}</translation>
    </message>
    <message>
        <source>Setting changed: {old} → {new}</source>
        <translation>Setting changed: {old} → {new}</translation>
    </message>
    <message>
        <source>{where}: indicator added or removed</source>
        <translation>{where}: indicator added or removed</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End goal</source>
        <translation>End goal</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Ended on:</translation>
    </message>
    <message>
        <source>Type the date the goal ended, e.g. 31.12.2014.</source>
        <translation>Type the date the goal ended, e.g. 31.12.2014.</translation>
    </message>
    <message>
        <source>The goal keeps its follow-ups from earlier years; it is not asked for after this date.</source>
        <translation>The goal keeps its follow-ups from earlier years; it is not asked for after this date.</translation>
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
        <translation>percentage points</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Accepted: a whole number, {low} or more.</source>
        <translation>Accepted: a whole number, {low} or more.</translation>
    </message>
    <message>
        <source>Accepted: {low} to {high}.</source>
        <translation>Accepted: {low} to {high}.</translation>
    </message>
    <message>
        <source>Accepted: {low} or more.</source>
        <translation>Accepted: {low} or more.</translation>
    </message>
    <message>
        <source>Accepted: {high} or less.</source>
        <translation>Accepted: {high} or less.</translation>
    </message>
    <message>
        <source>Accepted: any number.</source>
        <translation>Accepted: any number.</translation>
    </message>
    <message>
        <source>row {code} {name}, column {area}</source>
        <translation>row {code} {name}, column {area}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>rejected: {reason}</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>sample size missing</source>
        <translation>sample size missing</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Still missing for the report year.</source>
        <translation>Still missing for the report year.</translation>
    </message>
    <message>
        <source>Stored value: {value} ({published_note})</source>
        <translation>Stored value: {value} ({published_note})</translation>
    </message>
    <message>
        <source>Stored value: {value}</source>
        <translation>Stored value: {value}</translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation>Sample size: {n}</translation>
    </message>
    <message>
        <source>Sample size missing: whether a change is significant cannot be tested.</source>
        <translation>Sample size missing: whether a change is significant cannot be tested.</translation>
    </message>
    <message>
        <source>Standard error: {se}</source>
        <translation>Standard error: {se}</translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation>Provisional figure</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>{area} (area code {code})</source>
        <translation>{area} (area code {code})</translation>
    </message>
    <message>
        <source>Not due this year.</source>
        <translation>Not due this year.</translation>
    </message>
    <message>
        <source>Not stored — {cell}: {reason}</source>
        <translation>Not stored — {cell}: {reason}</translation>
    </message>
    <message>
        <source>Your value was {value}.</source>
        <translation>Your value was {value}.</translation>
    </message>
    <message>
        <source>⚠ {cell}: {text} was read as {value}; if you meant {other}, type {other_text}.</source>
        <translation>⚠ {cell}: {text} was read as {value}; if you meant {other}, type {other_text}.</translation>
    </message>
    <message>
        <source>⚠ Check {cell}: {value} is far from the previous value {previous}; a change up to ±{threshold} would fit this series. It was stored.</source>
        <translation>⚠ Check {cell}: {value} is far from the previous value {previous}; a change up to ±{threshold} would fit this series. It was stored.</translation>
    </message>
    <message>
        <source>{count} more values are far from their series.</source>
        <translation>{count} more values are far from their series.</translation>
    </message>
    <message>
        <source>Enter the value first, then its details.</source>
        <translation>Enter the value first, then its details.</translation>
    </message>
    <message>
        <source>Clear {code} {area}</source>
        <translation>Clear {code} {area}</translation>
    </message>
    <message>
        <source>Cleared {code} {area}.</source>
        <translation>Cleared {code} {area}.</translation>
    </message>
    <message>
        <source>Enter {code} {area}</source>
        <translation>Enter {code} {area}</translation>
    </message>
    <message>
        <source>Stored {code} {area}: {value} ({published_note}).</source>
        <translation>Stored {code} {area}: {value} ({published_note}).</translation>
    </message>
    <message>
        <source>Stored {code} {area}: {value}.</source>
        <translation>Stored {code} {area}: {value}.</translation>
    </message>
    <message>
        <source>Clear {count} values</source>
        <translation>Clear {count} values</translation>
    </message>
    <message>
        <source>Cleared {count} values.</source>
        <translation>Cleared {count} values.</translation>
    </message>
    <message>
        <source>Enter {count} values</source>
        <translation>Enter {count} values</translation>
    </message>
    <message>
        <source>Stored {count} values.</source>
        <translation>Stored {count} values.</translation>
    </message>
    <message>
        <source>Undone: {action}.</source>
        <translation>Undone: {action}.</translation>
    </message>
    <message>
        <source>Redone: {action}.</source>
        <translation>Redone: {action}.</translation>
    </message>
    <message>
        <source>Undone in {year}: {action}. The grid shows {shown_year}.</source>
        <translation>Undone in {year}: {action}. The grid shows {shown_year}.</translation>
    </message>
    <message>
        <source>Redone in {year}: {action}. The grid shows {shown_year}.</source>
        <translation>Redone in {year}: {action}. The grid shows {shown_year}.</translation>
    </message>
    <message>
        <source>The grid now shows the stored values.</source>
        <translation>The grid now shows the stored values.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Not stored: {reason}</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>The pasted block has {rows} rows and {columns} columns; from {cell} there is room for {free_rows} rows and {free_columns} columns. Nothing was stored.</source>
        <translation>The pasted block has {rows} rows and {columns} columns; from {cell} there is room for {free_rows} rows and {free_columns} columns. Nothing was stored.</translation>
    </message>
    <message>
        <source>The copied cells are empty: nothing was pasted.</source>
        <translation>The copied cells are empty: nothing was pasted.</translation>
    </message>
    <message>
        <source>published without decimals: {published}</source>
        <translation>published without decimals: {published}</translation>
    </message>
    <message>
        <source>published with 1 decimal: {published}</source>
        <translation>published with 1 decimal: {published}</translation>
    </message>
    <message>
        <source>published with {decimals} decimals: {published}</source>
        <translation>published with {decimals} decimals: {published}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Paste sample sizes (n)</source>
        <translation>Paste sample sizes (n)</translation>
    </message>
    <message>
        <source>Paste standard errors</source>
        <translation>Paste standard errors</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The demo data belong to the 2011 policy: use --demo without --policy and --municipality.</source>
        <translation>The demo data belong to the 2011 policy: use --demo without --policy and --municipality.</translation>
    </message>
    <message>
        <source>Use the server&apos;s own backup tools for a server database.</source>
        <translation>Use the server&apos;s own backup tools for a server database.</translation>
    </message>
    <message>
        <source>There is no indicator {code}.</source>
        <translation>There is no indicator {code}.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>Export to a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an earlier export of values, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not an earlier export of values, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>The note of {indicator} {area} {period} holds a control character that an Excel file cannot hold. Export to CSV, or remove the character from the note.</source>
        <translation>The note of {indicator} {area} {period} holds a control character that an Excel file cannot hold. Export to CSV, or remove the character from the note.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The export to {target} failed: {reason}</source>
        <translation>The export to {target} failed: {reason}</translation>
    </message>
    <message>
        <source>{file} is another barometer database, or has changes this one does not have, so it was not replaced. Choose another file name for the backup.</source>
        <translation>{file} is another barometer database, or has changes this one does not have, so it was not replaced. Choose another file name for the backup.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>The backup to {target} failed: {reason}</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation>The database is open read-only; nothing was changed.</translation>
    </message>
    <message>
        <source>this policy</source>
        <translation>this policy</translation>
    </message>
    <message>
        <source>this focus area</source>
        <translation>this focus area</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>this goal</translation>
    </message>
    <message>
        <source>this indicator</source>
        <translation>this indicator</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>this area</translation>
    </message>
    <message>
        <source>this assessment</source>
        <translation>this assessment</translation>
    </message>
    <message>
        <source>this committee</source>
        <translation>this committee</translation>
    </message>
    <message>
        <source>this action plan</source>
        <translation>this action plan</translation>
    </message>
    <message>
        <source>this action-plan goal</source>
        <translation>this action-plan goal</translation>
    </message>
    <message>
        <source>this integration report</source>
        <translation>this integration report</translation>
    </message>
    <message>
        <source>this follow-up</source>
        <translation>this follow-up</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>this decision</translation>
    </message>
    <message>
        <source>this setting</source>
        <translation>this setting</translation>
    </message>
    <message>
        <source>this report edition</source>
        <translation>this report edition</translation>
    </message>
    <message>
        <source>this import mapping</source>
        <translation>this import mapping</translation>
    </message>
    <message>
        <source>this</source>
        <translation>this</translation>
    </message>
    <message>
        <source>Someone else cleared the value of indicator {indicator}, {area}, {period} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>Someone else cleared the value of indicator {indicator}, {area}, {period} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</translation>
    </message>
    <message>
        <source>Someone else changed the value of indicator {indicator}, {area}, {period} in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>Someone else changed the value of indicator {indicator}, {area}, {period} in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; your change was not stored. Reload to see the newer value.</source>
        <translation>Someone else changed this in the meantime; your change was not stored. Reload to see the newer value.</translation>
    </message>
    <message>
        <source>Someone else deleted {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>Someone else deleted {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored.</translation>
    </message>
    <message>
        <source>Someone else changed {thing} in the meantime: now {newer_value} ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</source>
        <translation>Someone else changed {thing} in the meantime: now {newer_value} ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</translation>
    </message>
    <message>
        <source>Someone else changed {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</source>
        <translation>Someone else changed {thing} in the meantime ({changed_by}, {changed_at}). Your change was not stored; reload to see it.</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation>The database refused the change: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Try again in a moment.</source>
        <translation>The database {path} is locked by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only.</source>
        <translation>The database file {path} is read-only.</translation>
    </message>
    <message>
        <source>The database server {path} refused the login. Put the password in the PostgreSQL password file (pgpass) or ask IT to check the user name.</source>
        <translation>The database server {path} refused the login. Put the password in the PostgreSQL password file (pgpass) or ask IT to check the user name.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {path}. Is it running, and is the address right?</source>
        <translation>Cannot reach the database server {path}. Is it running, and is the address right?</translation>
    </message>
    <message>
        <source>The database server has no database named in {path}. Ask IT to create it.</source>
        <translation>The database server has no database named in {path}. Ask IT to create it.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a barometer database. If it is your barometer, restore the newest backup (File &gt; Restore from backup).</source>
        <translation>{path} is damaged or not a barometer database. If it is your barometer, restore the newest backup (File &gt; Restore from backup).</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened or made: check that its folder exists and that you may write there.</source>
        <translation>The database file {path} cannot be opened or made: check that its folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>The database {path} could not be used: {reason}</source>
        <translation>The database {path} could not be used: {reason}</translation>
    </message>
    <message>
        <source>The database server {path} is restarting. Nothing was stored; try again in a moment.</source>
        <translation>The database server {path} is restarting. Nothing was stored; try again in a moment.</translation>
    </message>
    <message>
        <source>The database server {path} has no free connections. Nothing was stored. Ask IT to allow more connections: each open window of this app uses up to {connections}.</source>
        <translation>The database server {path} has no free connections. Nothing was stored. Ask IT to allow more connections: each open window of this app uses up to {connections}.</translation>
    </message>
    <message>
        <source>Your change met another user&apos;s change at the same moment; nothing was stored. Try again.</source>
        <translation>Your change met another user&apos;s change at the same moment; nothing was stored. Try again.</translation>
    </message>
    <message>
        <source>The connection to the database server {path} was cut while your change was being stored: it may or may not have arrived. The next action connects again; reload to see what is stored.</source>
        <translation>The connection to the database server {path} was cut while your change was being stored: it may or may not have arrived. The next action connects again; reload to see what is stored.</translation>
    </message>
    <message>
        <source>The connection to the database server {path} was cut (the server may have restarted). Nothing was stored; the next action connects again.</source>
        <translation>The connection to the database server {path} was cut (the server may have restarted). Nothing was stored; the next action connects again.</translation>
    </message>
    <message>
        <source>{path} is empty. Create a barometer database with &apos;db init&apos;.</source>
        <translation>{path} is empty. Create a barometer database with &apos;db init&apos;.</translation>
    </message>
    <message>
        <source>{path} has an older schema. Run &apos;db upgrade&apos; first.</source>
        <translation>{path} has an older schema. Run &apos;db upgrade&apos; first.</translation>
    </message>
    <message>
        <source>{path} already holds a barometer database; nothing was changed.</source>
        <translation>{path} already holds a barometer database; nothing was changed.</translation>
    </message>
    <message>
        <source>The saved database address {path} contains a password. Remove it and put the password in the PostgreSQL password file (pgpass) instead.</source>
        <translation>The saved database address {path} contains a password. Remove it and put the password in the PostgreSQL password file (pgpass) instead.</translation>
    </message>
    <message>
        <source>{url} is not a database this program can use: give a file or a postgresql:// address.</source>
        <translation>{url} is not a database this program can use: give a file or a postgresql:// address.</translation>
    </message>
    <message>
        <source>{url} is not a valid database address.</source>
        <translation>{url} is not a valid database address.</translation>
    </message>
    <message>
        <source>The address {url} names no database (…/dbname at the end).</source>
        <translation>The address {url} names no database (…/dbname at the end).</translation>
    </message>
    <message>
        <source>{path} is the -wal, -shm or -journal file of a database, not a database. Give the database file itself (without -wal, -shm or -journal).</source>
        <translation>{path} is the -wal, -shm or -journal file of a database, not a database. Give the database file itself (without -wal, -shm or -journal).</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a database in the folder {folder}: it is read-only.</source>
        <translation>Cannot create a database in the folder {folder}: it is read-only.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Cannot read the database file {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a barometer database (not a SQLite file).</source>
        <translation>{path} is not a barometer database (not a SQLite file).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Integrationsbarometer (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} was written by a newer version of Integrationsbarometer (schema {revision}). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a barometer database. It was not changed.</source>
        <translation>{path} is a SQLite database, but not a barometer database. It was not changed.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed and was undone; the database is as it was. A copy from before the upgrade is kept as {backup}. Reason: {reason}</source>
        <translation>Upgrading {path} failed and was undone; the database is as it was. A copy from before the upgrade is kept as {backup}. Reason: {reason}</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation>The value must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>The value is too large for a barometer figure: at most {limit} either way.</source>
        <translation>The value is too large for a barometer figure: at most {limit} either way.</translation>
    </message>
    <message>
        <source>The value must be at least {low}.</source>
        <translation>The value must be at least {low}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {limit} characters, this one has {length}.</source>
        <translation>The note is too long: at most {limit} characters, this one has {length}.</translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation>A count must be a whole number.</translation>
    </message>
    <message>
        <source>The value must be at most {high}.</source>
        <translation>The value must be at most {high}.</translation>
    </message>
    <message>
        <source>The sample size must be a whole number from 1 to {high}.</source>
        <translation>The sample size must be a whole number from 1 to {high}.</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header {columns} columns; is a decimal comma splitting a number in a comma-separated file?</source>
        <translation>The row has {cells} cells but the header {columns} columns; is a decimal comma splitting a number in a comma-separated file?</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;{text}&quot;.</source>
        <translation>Unknown indicator &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Unknown area &quot;{text}&quot;.</source>
        <translation>Unknown area &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period (e.g. 2011, 2011K1 or 2011M03).</source>
        <translation>&quot;{text}&quot; is not a period (e.g. 2011, 2011K1 or 2011M03).</translation>
    </message>
    <message>
        <source>The column heading is not a period.</source>
        <translation>The column heading is not a period.</translation>
    </message>
    <message>
        <source>The standard error must be zero or more.</source>
        <translation>The standard error must be zero or more.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not yes or no (use ja/nej or 1/0).</source>
        <translation>&quot;{text}&quot; is not yes or no (use ja/nej or 1/0).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number with a decimal comma (the format chosen).</source>
        <translation>&quot;{text}&quot; is not a number with a decimal comma (the format chosen).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number with a decimal point (the format chosen).</source>
        <translation>&quot;{text}&quot; is not a number with a decimal point (the format chosen).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation>&quot;{text}&quot; is not a number.</translation>
    </message>
    <message>
        <source>Unknown indicator.</source>
        <translation>Unknown indicator.</translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} is not a file.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; a policy file is a few kilobytes.</source>
        <translation>{file} is larger than {size} MB; a policy file is a few kilobytes.</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8.</source>
        <translation>{file} is not a text file in UTF-8.</translation>
    </message>
    <message>
        <source>The policy names no area as the barometer&apos;s own: give the municipality (--municipality NAME), or write main = true on its area in the file.</source>
        <translation>The policy names no area as the barometer&apos;s own: give the municipality (--municipality NAME), or write main = true on its area in the file.</translation>
    </message>
    <message>
        <source>Demo data line {line}: {reason}</source>
        <translation>Demo data line {line}: {reason}</translation>
    </message>
    <message>
        <source>The deadline must be a day of the year as MM-DD, e.g. 03-01.</source>
        <translation>The deadline must be a day of the year as MM-DD, e.g. 03-01.</translation>
    </message>
    <message>
        <source>The logo file {path} cannot be read.</source>
        <translation>The logo file {path} cannot be read.</translation>
    </message>
    <message>
        <source>The logo {path} is not a PNG or JPEG image.</source>
        <translation>The logo {path} is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The logo {path} is damaged or larger than {limit} × {limit} pixels; save a smaller copy of it.</source>
        <translation>The logo {path} is damaged or larger than {limit} × {limit} pixels; save a smaller copy of it.</translation>
    </message>
    <message>
        <source>Unknown comparison basis.</source>
        <translation>Unknown comparison basis.</translation>
    </message>
    <message>
        <source>The baseline year must be a year.</source>
        <translation>The baseline year must be a year.</translation>
    </message>
    <message>
        <source>Someone else changed this setting in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</source>
        <translation>Someone else changed this setting in the meantime: it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.</translation>
    </message>
    <message>
        <source>Unknown significance policy.</source>
        <translation>Unknown significance policy.</translation>
    </message>
    <message>
        <source>The status window must be a whole number of years from 0 to {most}.</source>
        <translation>The status window must be a whole number of years from 0 to {most}.</translation>
    </message>
    <message>
        <source>There is no area with the code {code}.</source>
        <translation>There is no area with the code {code}.</translation>
    </message>
    <message>
        <source>The database holds no values to report on.</source>
        <translation>The database holds no values to report on.</translation>
    </message>
    <message>
        <source>Unknown area: {names}. Known areas: {known}.</source>
        <translation>Unknown area: {names}. Known areas: {known}.</translation>
    </message>
    <message>
        <source>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it under Sheet; else say which column holds {roles}.</source>
        <translation>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it under Sheet; else say which column holds {roles}.</translation>
    </message>
    <message>
        <source>The file&apos;s columns were not recognised: say which column holds {roles}.</source>
        <translation>The file&apos;s columns were not recognised: say which column holds {roles}.</translation>
    </message>
    <message>
        <source>The same value is also given in row {first_row}.</source>
        <translation>The same value is also given in row {first_row}.</translation>
    </message>
    <message>
        <source>The saved mapping &quot;{name}&quot; is damaged and cannot be used. Map the columns again in the Import screen and save the mapping under the same name.</source>
        <translation>The saved mapping &quot;{name}&quot; is damaged and cannot be used. Map the columns again in the Import screen and save the mapping under the same name.</translation>
    </message>
    <message>
        <source>There is no saved mapping called &quot;{name}&quot;.</source>
        <translation>There is no saved mapping called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it (--sheet NAME); else map the columns once in the Import screen, or pass --mapping NAME.</source>
        <translation>The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values are on another sheet ({others}), choose it (--sheet NAME); else map the columns once in the Import screen, or pass --mapping NAME.</translation>
    </message>
    <message>
        <source>The columns of {file} were not recognised (missing: {roles}). Map them once in the Import screen, or pass --mapping NAME.</source>
        <translation>The columns of {file} were not recognised (missing: {roles}). Map them once in the Import screen, or pass --mapping NAME.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is not a text file (CSV) or an Excel workbook (.xlsx).</source>
        <translation>{file} is not a text file (CSV) or an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a CSV or Excel file.</source>
        <translation>{file} is a folder; choose a CSV or Excel file.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a device or another special file); choose a CSV or Excel file.</source>
        <translation>{file} is not an ordinary file (a device or another special file); choose a CSV or Excel file.</translation>
    </message>
    <message>
        <source>{file} is a database, not a table of values; import reads CSV and Excel files. A barometer database is opened with File &gt; Open database.</source>
        <translation>{file} is a database, not a table of values; import reads CSV and Excel files. A barometer database is opened with File &gt; Open database.</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls) or another Office 97 document, which cannot be read; save it from Excel as .xlsx or CSV.</source>
        <translation>{file} is an old Excel file (.xls) or another Office 97 document, which cannot be read; save it from Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, which has no sheets; leave out the sheet.</source>
        <translation>{file} is a text (CSV) file, which has no sheets; leave out the sheet.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has more than {limit} columns; no barometer table is that wide. Check the file or save only the table as a new file.</source>
        <translation>Row {row} of {file} has more than {limit} columns; no barometer table is that wide. Check the file or save only the table as a new file.</translation>
    </message>
    <message>
        <source>{file} mixes character encodings: line {line} is not in the same encoding (UTF-8 or Windows-1252) as the rest of the file. Save the whole file as UTF-8 and try again.</source>
        <translation>{file} mixes character encodings: line {line} is not in the same encoding (UTF-8 or Windows-1252) as the rest of the file. Save the whole file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text; save it as UTF-8 or Windows-1252 CSV.</source>
        <translation>{file} is UTF-16 text; save it as UTF-8 or Windows-1252 CSV.</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file (row {row}): {reason}</source>
        <translation>{file} is not a readable CSV file (row {row}): {reason}</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} is not a valid XLSX file: its XML declares entities, which Excel never writes and which are not read for safety.</source>
        <translation>{file} is not a valid XLSX file: its XML declares entities, which Excel never writes and which are not read for safety.</translation>
    </message>
    <message>
        <source>{file} is damaged or not an Excel workbook; open it in Excel, save it again as .xlsx, and try again.</source>
        <translation>{file} is damaged or not an Excel workbook; open it in Excel, save it again as .xlsx, and try again.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not an Excel workbook; unpack it and import the CSV or Excel file inside.</source>
        <translation>{file} is a zip archive, not an Excel workbook; unpack it and import the CSV or Excel file inside.</translation>
    </message>
    <message>
        <source>The visible sheets of {file} are empty; a hidden sheet ({hidden}) is read only when chosen by name (the Sheet list, or --sheet NAME).</source>
        <translation>The visible sheets of {file} are empty; a hidden sheet ({hidden}) is read only when chosen by name (the Sheet list, or --sheet NAME).</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} is empty; choose another sheet ({others}).</source>
        <translation>The sheet {sheet} of {file} is empty; choose another sheet ({others}).</translation>
    </message>
    <message>
        <source>{file} has no sheet called &quot;{sheet}&quot;; its sheets are: {sheets}.</source>
        <translation>{file} has no sheet called &quot;{sheet}&quot;; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than an import reads ({limit} MB, of which at most {strings_limit} MB texts). Save only the table in a new workbook, or as CSV.</source>
        <translation>{file} unpacks to {size} MB, more than an import reads ({limit} MB, of which at most {strings_limit} MB texts). Save only the table in a new workbook, or as CSV.</translation>
    </message>
    <message>
        <source>{file} belongs to a database in use (its -wal, -shm or -journal file); nothing was written. Choose another file name.</source>
        <translation>{file} belongs to a database in use (its -wal, -shm or -journal file); nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a PDF file, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a PDF file, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a CSV file, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a CSV file, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an Excel workbook, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not an Excel workbook, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an e-mail draft (.eml), so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not an e-mail draft (.eml), so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a text file, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a text file, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a policy file, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a policy file, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a PNG image, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a PNG image, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not an SVG image, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not an SVG image, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} already exists and is not a barometer database, so it was not replaced. Choose another file name.</source>
        <translation>{file} already exists and is not a barometer database, so it was not replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}), so it was not replaced.</source>
        <translation>{file} cannot be read ({reason}), so it was not replaced.</translation>
    </message>
    <message>
        <source>{file} is a folder. Give the name of the file to write, e.g. {example}.</source>
        <translation>{file} is a folder. Give the name of the file to write, e.g. {example}.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a device, pipe or reserved name); nothing was written. Choose another file name.</source>
        <translation>{file} is not an ordinary file (a device, pipe or reserved name); nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is the open database; nothing was written. Choose another file name.</source>
        <translation>{file} is the open database; nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is a database in use (it has a -wal, -shm or -journal file beside it); nothing was written. Choose another file name.</source>
        <translation>{file} is a database in use (it has a -wal, -shm or -journal file beside it); nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is a database; nothing was written. Choose another file name.</source>
        <translation>{file} is a database; nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>{file} is the current folder (or holds it); the web barometer needs a folder of its own, e.g. {example}. Nothing was written.</source>
        <translation>{file} is the current folder (or holds it); the web barometer needs a folder of its own, e.g. {example}. Nothing was written.</translation>
    </message>
    <message>
        <source>{file} holds the open database; the web barometer needs a folder of its own. Nothing was written.</source>
        <translation>{file} holds the open database; the web barometer needs a folder of its own. Nothing was written.</translation>
    </message>
    <message>
        <source>{file} is a file, not a folder; nothing was written.</source>
        <translation>{file} is a file, not a folder; nothing was written.</translation>
    </message>
    <message>
        <source>{file} holds files this program did not write (e.g. {name}), so it was not replaced. Move them elsewhere, or choose an empty folder or a new folder name.</source>
        <translation>{file} holds files this program did not write (e.g. {name}), so it was not replaced. Move them elsewhere, or choose an empty folder or a new folder name.</translation>
    </message>
    <message>
        <source>{file} holds files this program did not write, so it was not replaced. Choose an empty folder or a new folder name.</source>
        <translation>{file} holds files this program did not write, so it was not replaced. Choose an empty folder or a new folder name.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: {reason}</source>
        <translation>Cannot write in the folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be replaced: it is open in another program or write-protected. Close it and try again.</source>
        <translation>{file} could not be replaced: it is open in another program or write-protected. Close it and try again.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <source>The stored final edition of {year} cannot be read: {reason}</source>
        <translation>The stored final edition of {year} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{year} is not a report year: write a year from {first} to {last}.</source>
        <translation>{year} is not a report year: write a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>No goal has a value for {area} from {first} to {year}, so the report would be empty. Choose a report year with data.</source>
        <translation>No goal has a value for {area} from {first} to {year}, so the report would be empty. Choose a report year with data.</translation>
    </message>
    <message>
        <source>A plan cannot end before it was adopted.</source>
        <translation>A plan cannot end before it was adopted.</translation>
    </message>
    <message>
        <source>The goal needs a text.</source>
        <translation>The goal needs a text.</translation>
    </message>
    <message>
        <source>A goal can only serve goals of the plan&apos;s own policy.</source>
        <translation>A goal can only serve goals of the plan&apos;s own policy.</translation>
    </message>
    <message>
        <source>Unknown action plan.</source>
        <translation>Unknown action plan.</translation>
    </message>
    <message>
        <source>Unknown action-plan goal.</source>
        <translation>Unknown action-plan goal.</translation>
    </message>
    <message>
        <source>Unknown committee.</source>
        <translation>Unknown committee.</translation>
    </message>
    <message>
        <source>Unknown policy.</source>
        <translation>Unknown policy.</translation>
    </message>
    <message>
        <source>The committee already has an action plan for this policy.</source>
        <translation>The committee already has an action plan for this policy.</translation>
    </message>
    <message>
        <source>A goal cannot end before its plan was adopted.</source>
        <translation>A goal cannot end before its plan was adopted.</translation>
    </message>
    <message>
        <source>The committee needs a name.</source>
        <translation>The committee needs a name.</translation>
    </message>
    <message>
        <source>The committee needs a short name, e.g. BUU.</source>
        <translation>The committee needs a short name, e.g. BUU.</translation>
    </message>
    <message>
        <source>The short name can be at most 20 characters.</source>
        <translation>The short name can be at most 20 characters.</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not a valid e-mail address.</source>
        <translation>&quot;{address}&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Another committee is already called {value}.</source>
        <translation>Another committee is already called {value}.</translation>
    </message>
    <message>
        <source>Another committee already has the short name {value}.</source>
        <translation>Another committee already has the short name {value}.</translation>
    </message>
    <message>
        <source>Someone else removed this in the meantime. Your change was not stored; reload to see the current state.</source>
        <translation>Someone else removed this in the meantime. Your change was not stored; reload to see the current state.</translation>
    </message>
    <message>
        <source>The {year} report already has a final edition; it can be re-issued or replaced.</source>
        <translation>The {year} report already has a final edition; it can be re-issued or replaced.</translation>
    </message>
    <message>
        <source>Someone else changed the final edition of {year} in the meantime.</source>
        <translation>Someone else changed the final edition of {year} in the meantime.</translation>
    </message>
    <message>
        <source>A report about {year} cannot have been received before {year}.</source>
        <translation>A report about {year} cannot have been received before {year}.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>The received date cannot be in the future.</translation>
    </message>
    <message>
        <source>Row {row}: unknown follow-up status.</source>
        <translation>Row {row}: unknown follow-up status.</translation>
    </message>
    <message>
        <source>Row {row}: choose whether the goal was followed up before adding a note.</source>
        <translation>Row {row}: choose whether the goal was followed up before adding a note.</translation>
    </message>
    <message>
        <source>Row {row}: the goal is not in this committee&apos;s action plan.</source>
        <translation>Row {row}: the goal is not in this committee&apos;s action plan.</translation>
    </message>
    <message>
        <source>Unknown decision status.</source>
        <translation>Unknown decision status.</translation>
    </message>
    <message>
        <source>Choose the reason for the decision.</source>
        <translation>Choose the reason for the decision.</translation>
    </message>
    <message>
        <source>Choose what BIU asks for: a supplementary report, a revision of the action plan, or both.</source>
        <translation>Choose what BIU asks for: a supplementary report, a revision of the action plan, or both.</translation>
    </message>
    <message>
        <source>Enter the date of BIU&apos;s decision.</source>
        <translation>Enter the date of BIU&apos;s decision.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not allowed: only web addresses (http or https) and local documents can be linked.</source>
        <translation>The link &quot;{link}&quot; is not allowed: only web addresses (http or https) and local documents can be linked.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not a valid web address.</source>
        <translation>The link &quot;{link}&quot; is not a valid web address.</translation>
    </message>
    <message>
        <source>The link is {length} characters long; a link may have at most {limit}. Link to the document instead of pasting its text.</source>
        <translation>The link is {length} characters long; a link may have at most {limit}. Link to the document instead of pasting its text.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; must be a full web address (https://...) or the full path of a document.</source>
        <translation>The link &quot;{link}&quot; must be a full web address (https://...) or the full path of a document.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; does not point to a document and will not be opened. Allowed are pdf, docx, doc, xlsx, odt and html files.</source>
        <translation>The link &quot;{link}&quot; does not point to a document and will not be opened. Allowed are pdf, docx, doc, xlsx, odt and html files.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; contains percent codes (such as %20) or hidden characters that make the file name look like something else. Give the document&apos;s plain path.</source>
        <translation>The link &quot;{link}&quot; contains percent codes (such as %20) or hidden characters that make the file name look like something else. Give the document&apos;s plain path.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; points to a folder or a device, not to a document.</source>
        <translation>The link &quot;{link}&quot; points to a folder or a device, not to a document.</translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; points to a file marked as a program (executable), so it will not be opened.</source>
        <translation>The link &quot;{link}&quot; points to a file marked as a program (executable), so it will not be opened.</translation>
    </message>
    <message>
        <source>The document &quot;{link}&quot; does not exist, or the drive or server it is on cannot be reached now.</source>
        <translation>The document &quot;{link}&quot; does not exist, or the drive or server it is on cannot be reached now.</translation>
    </message>
    <message>
        <source>The document &quot;{link}&quot; cannot be reached right now (the drive or server may be offline). The link was saved and will be checked again before it is opened.</source>
        <translation>The document &quot;{link}&quot; cannot be reached right now (the drive or server may be offline). The link was saved and will be checked again before it is opened.</translation>
    </message>
    <message>
        <source>{path} is empty, not a barometer backup.</source>
        <translation>{path} is empty, not a barometer backup.</translation>
    </message>
    <message>
        <source>{path} failed the database check and was not restored: {problem}</source>
        <translation>{path} failed the database check and was not restored: {problem}</translation>
    </message>
    <message>
        <source>{file} is the open database or one of its side files; choose a backup to restore from.</source>
        <translation>{file} is the open database or one of its side files; choose a backup to restore from.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>The folder of {path} does not exist.</translation>
    </message>
    <message>
        <source>The web barometer could not be written to {target}: {reason}</source>
        <translation>The web barometer could not be written to {target}: {reason}</translation>
    </message>
    <message>
        <source>Goal already has the headline indicator {code}; a goal has one headline indicator.</source>
        <translation>Goal already has the headline indicator {code}; a goal has one headline indicator.</translation>
    </message>
    <message>
        <source>The code must not be empty.</source>
        <translation>The code must not be empty.</translation>
    </message>
    <message>
        <source>The code can have at most 20 characters.</source>
        <translation>The code can have at most 20 characters.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>The name can have at most 200 characters.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation>Choose a direction.</translation>
    </message>
    <message>
        <source>Choose a frequency.</source>
        <translation>Choose a frequency.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 4.</source>
        <translation>Decimals must be between 0 and 4.</translation>
    </message>
    <message>
        <source>The release month must be between 1 and 12.</source>
        <translation>The release month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The release delay must be 0, 1 or 2 years.</source>
        <translation>The release delay must be 0, 1 or 2 years.</translation>
    </message>
    <message>
        <source>The provider can have at most 50 characters.</source>
        <translation>The provider can have at most 50 characters.</translation>
    </message>
    <message>
        <source>The data source can have at most 300 characters.</source>
        <translation>The data source can have at most 300 characters.</translation>
    </message>
    <message>
        <source>{label} can have at most {limit} characters.</source>
        <translation>{label} can have at most {limit} characters.</translation>
    </message>
    <message>
        <source>The code {code} belongs to the retired indicator {name}.</source>
        <translation>The code {code} belongs to the retired indicator {name}.</translation>
    </message>
    <message>
        <source>Choose a goal.</source>
        <translation>Choose a goal.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another indicator.</source>
        <translation>The code {code} is already used by another indicator.</translation>
    </message>
    <message>
        <source>Someone else changed this indicator in the meantime; your change was not stored. Reload to see the newer version.</source>
        <translation>Someone else changed this indicator in the meantime; your change was not stored. Reload to see the newer version.</translation>
    </message>
    <message>
        <source>The indicator {code} has {count} values and cannot be deleted; retire it instead, which keeps its values and history.</source>
        <translation>The indicator {code} has {count} values and cannot be deleted; retire it instead, which keeps its values and history.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation>Save the chart as .png or .svg.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>The chart could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>The database is open read-only because another copy of the program uses it; restore from a backup there, or close that copy first. Nothing was changed.</source>
        <translation>The database is open read-only because another copy of the program uses it; restore from a backup there, or close that copy first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a text in quotes.</source>
        <translation>Line {line}, field {key}: expected a text in quotes.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a whole number.</source>
        <translation>Line {line}, field {key}: expected a whole number.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected true or false.</source>
        <translation>Line {line}, field {key}: expected true or false.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a date such as 2011-06-20.</source>
        <translation>Line {line}, field {key}: expected a date such as 2011-06-20.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a list of texts.</source>
        <translation>Line {line}, field {key}: expected a list of texts.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a list of whole numbers.</source>
        <translation>Line {line}, field {key}: expected a list of whole numbers.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: expected a table of fields.</source>
        <translation>Line {line}, field {key}: expected a table of fields.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: unknown field (a typing error?).</source>
        <translation>Line {line}, field {key}: unknown field (a typing error?).</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: a value is required.</source>
        <translation>Line {line}, field {key}: a value is required.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected a table of fields ([indicators.statbank]).</source>
        <translation>Line {line}, indicator {code}, field {key}: expected a table of fields ([indicators.statbank]).</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: unknown field (a typing error?).</source>
        <translation>Line {line}, indicator {code}, field {key}: unknown field (a typing error?).</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: a value is required.</source>
        <translation>Line {line}, indicator {code}, field {key}: a value is required.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected a text in quotes, e.g. &quot;FOLK1E&quot;.</source>
        <translation>Line {line}, indicator {code}, field {key}: expected a text in quotes, e.g. &quot;FOLK1E&quot;.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: at most {limit} characters.</source>
        <translation>Line {line}, indicator {code}, field {key}: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: expected variables with lists of value codes, e.g. {{ &quot;HERKOMST&quot; = [&quot;5&quot;] }}.</source>
        <translation>Line {line}, indicator {code}, field {key}: expected variables with lists of value codes, e.g. {{ &quot;HERKOMST&quot; = [&quot;5&quot;] }}.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: {value} is not one of {choices}.</source>
        <translation>Line {line}, indicator {code}, field {key}: {value} is not one of {choices}.</translation>
    </message>
    <message>
        <source>Line {line}, indicator {code}, field {key}: {value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</source>
        <translation>Line {line}, indicator {code}, field {key}: {value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: contains a control character (e.g. a NUL byte); write plain text.</source>
        <translation>Line {line}, field {key}: contains a control character (e.g. a NUL byte); write plain text.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: {value} is not one of {choices}.</source>
        <translation>Line {line}, field {key}: {value} is not one of {choices}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: {value} appears twice.</source>
        <translation>Line {line}, field {key}: {value} appears twice.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: must be between {low} and {high}.</source>
        <translation>Line {line}, field {key}: must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>a text in quotes is not closed</translation>
    </message>
    <message>
        <source>a character that is not allowed (e.g. a control character)</source>
        <translation>a character that is not allowed (e.g. a control character)</translation>
    </message>
    <message>
        <source>a value that is not a text in quotes, a number, true/false, a date or a list</source>
        <translation>a value that is not a text in quotes, a number, true/false, a date or a list</translation>
    </message>
    <message>
        <source>a field name without = and a value</source>
        <translation>a field name without = and a value</translation>
    </message>
    <message>
        <source>a field given twice</source>
        <translation>a field given twice</translation>
    </message>
    <message>
        <source>a section given twice</source>
        <translation>a section given twice</translation>
    </message>
    <message>
        <source>a line that is neither a field nor a section</source>
        <translation>a line that is neither a field nor a section</translation>
    </message>
    <message>
        <source>something after the value on the same line (one field per line; a date as 2015-03-01)</source>
        <translation>something after the value on the same line (one field per line; a date as 2015-03-01)</translation>
    </message>
    <message>
        <source>a field name with a character that is not allowed</source>
        <translation>a field name with a character that is not allowed</translation>
    </message>
    <message>
        <source>Line {line}: the file is not a valid policy file: {reason}.</source>
        <translation>Line {line}: the file is not a valid policy file: {reason}.</translation>
    </message>
    <message>
        <source>The file is not a policy file: its values are nested too deeply.</source>
        <translation>The file is not a policy file: its values are nested too deeply.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the file&apos;s format version is missing; write schema = 1 at the top.</source>
        <translation>Line {line}, field {key}: the file&apos;s format version is missing; write schema = 1 at the top.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the file has format version {found}; this program reads version {supported}. Use a newer program.</source>
        <translation>Line {line}, field {key}: the file has format version {found}; this program reads version {supported}. Use a newer program.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: only one area can be the barometer&apos;s own.</source>
        <translation>Line {line}, field {key}: only one area can be the barometer&apos;s own.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: there is no {what} number {value}.</source>
        <translation>Line {line}, field {key}: there is no {what} number {value}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: at most {limit} characters.</source>
        <translation>Line {line}, field {key}: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: the format version is a whole number without quotes, e.g. schema = 1.</source>
        <translation>Line {line}, field {key}: the format version is a whole number without quotes, e.g. schema = 1.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: goal {goal} already has the headline indicator {code}.</source>
        <translation>Line {line}, field {key}: goal {goal} already has the headline indicator {code}.</translation>
    </message>
    <message>
        <source>Line {line}, field {key}: there is no committee {value}.</source>
        <translation>Line {line}, field {key}: there is no committee {value}.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s name or its code, e.g. 751 or Aarhus.</source>
        <translation>Write the municipality&apos;s name or its code, e.g. 751 or Aarhus.</translation>
    </message>
    <message>
        <source>{name} is not a Danish municipality; write its name or its code, e.g. 751 or Aarhus.</source>
        <translation>{name} is not a Danish municipality; write its name or its code, e.g. 751 or Aarhus.</translation>
    </message>
    <message>
        <source>The database has no policy yet.</source>
        <translation>The database has no policy yet.</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>The title must not be empty.</translation>
    </message>
    <message>
        <source>The title can have at most {limit} characters.</source>
        <translation>The title can have at most {limit} characters.</translation>
    </message>
    <message>
        <source>A new policy period must start after {year}, when the current one started.</source>
        <translation>A new policy period must start after {year}, when the current one started.</translation>
    </message>
    <message>
        <source>There is already a policy named {name}.</source>
        <translation>There is already a policy named {name}.</translation>
    </message>
    <message>
        <source>The last year cannot be before the first year.</source>
        <translation>The last year cannot be before the first year.</translation>
    </message>
    <message>
        <source>Only the goals of the newest policy can be changed; earlier reports keep theirs.</source>
        <translation>Only the goals of the newest policy can be changed; earlier reports keep theirs.</translation>
    </message>
    <message>
        <source>Goal {number} still has the indicator {code}: move it to another goal first.</source>
        <translation>Goal {number} still has the indicator {code}: move it to another goal first.</translation>
    </message>
    <message>
        <source>Choose a focus area of the same policy.</source>
        <translation>Choose a focus area of the same policy.</translation>
    </message>
    <message>
        <source>Committees, line {line}: write the short name, a comma and the name.</source>
        <translation>Committees, line {line}: write the short name, a comma and the name.</translation>
    </message>
    <message>
        <source>Choose the policy file.</source>
        <translation>Choose the policy file.</translation>
    </message>
    <message>
        <source>{name} is already one of the barometer&apos;s areas.</source>
        <translation>{name} is already one of the barometer&apos;s areas.</translation>
    </message>
    <message>
        <source>{name} is always shown and cannot be removed.</source>
        <translation>{name} is always shown and cannot be removed.</translation>
    </message>
    <message>
        <source>{name} has {count} values and cannot be removed.</source>
        <translation>{name} has {count} values and cannot be removed.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive. A SQLite file must not be shared that way: two computers writing to it can damage it. For a team, ask IT for a shared PostgreSQL database.</source>
        <translation>The database {path} is on a network drive. A SQLite file must not be shared that way: two computers writing to it can damage it. For a team, ask IT for a shared PostgreSQL database.</translation>
    </message>
    <message>
        <source>The database file {path} does not exist. Create it with: barometer-desktop --db &quot;{path}&quot; db init (--policy FILE starts from a policy file).</source>
        <translation>The database file {path} does not exist. Create it with: barometer-desktop --db &quot;{path}&quot; db init (--policy FILE starts from a policy file).</translation>
    </message>
    <message>
        <source>There are no values for {area} in {year}, so the web barometer would be empty. Choose a year with data.</source>
        <translation>There are no values for {area} in {year}, so the web barometer would be empty. Choose a year with data.</translation>
    </message>
    <message>
        <source>Someone else changed this assessment in the meantime ({changed_by}, {changed_at}); your text was not stored. Copy your text, reload and try again.</source>
        <translation>Someone else changed this assessment in the meantime ({changed_by}, {changed_at}); your text was not stored. Copy your text, reload and try again.</translation>
    </message>
    <message>
        <source>Nothing was imported: while the import ran, someone else changed {count} of the values the file changes. Import the file again to compare it with the values stored now.</source>
        <translation>Nothing was imported: while the import ran, someone else changed {count} of the values the file changes. Import the file again to compare it with the values stored now.</translation>
    </message>
    <message>
        <source>Row {row}: indicator {indicator}, {area}, {period}: {seen} when the file was read, now {newer_value} ({changed_by}, {changed_at})</source>
        <translation>Row {row}: indicator {indicator}, {area}, {period}: {seen} when the file was read, now {newer_value} ({changed_by}, {changed_at})</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>{file} mixes two number formats: &quot;{comma}&quot; (row {comma_row}, column {comma_column}) has a decimal comma and &quot;{point}&quot; (row {point_row}, column {point_column}) a decimal point. Correct the file, or choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point) to reject the cells that do not fit it.</source>
        <translation>{file} mixes two number formats: &quot;{comma}&quot; (row {comma_row}, column {comma_column}) has a decimal comma and &quot;{point}&quot; (row {point_row}, column {point_column}) a decimal point. Correct the file, or choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point) to reject the cells that do not fit it.</translation>
    </message>
    <message>
        <source>The numbers in column {column} of {file} can be read in two ways: in &quot;{text}&quot; (row {row}) the dot or comma may separate thousands or be the decimal mark, and no cell in the file shows which. Choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point).</source>
        <translation>The numbers in column {column} of {file} can be read in two ways: in &quot;{text}&quot; (row {row}) the dot or comma may separate thousands or be the decimal mark, and no cell in the file shows which. Choose the decimal mark (&quot;Decimal mark&quot; in the Import screen, or --decimal comma|point).</translation>
    </message>
    <message>
        <source>Statistikbanken gave an answer that could not be read ({reason}).</source>
        <translation>Statistikbanken gave an answer that could not be read ({reason}).</translation>
    </message>
    <message>
        <source>No connection to Statistikbanken: this computer cannot reach api.statbank.dk (no network, or a proxy is needed).</source>
        <translation>No connection to Statistikbanken: this computer cannot reach api.statbank.dk (no network, or a proxy is needed).</translation>
    </message>
    <message>
        <source>No connection to Statistikbanken ({reason}); nothing was changed.</source>
        <translation>No connection to Statistikbanken ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer is larger than {size} MB, more than a barometer needs; nothing was changed. Choose fewer values.</source>
        <translation>Statistikbanken&apos;s answer is larger than {size} MB, more than a barometer needs; nothing was changed. Choose fewer values.</translation>
    </message>
    <message>
        <source>Statistikbanken did not answer within {seconds} seconds; nothing was changed. Try again later.</source>
        <translation>Statistikbanken did not answer within {seconds} seconds; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <source>Statistikbanken has no table &quot;{table}&quot;.</source>
        <translation>Statistikbanken has no table &quot;{table}&quot;.</translation>
    </message>
    <message>
        <source>Statistikbanken refused the selection for table {table}: {message}</source>
        <translation>Statistikbanken refused the selection for table {table}: {message}</translation>
    </message>
    <message>
        <source>Statistikbanken answered with an error (HTTP {status}): {message}</source>
        <translation>Statistikbanken answered with an error (HTTP {status}): {message}</translation>
    </message>
    <message>
        <source>Statistikbanken sent no figures for this selection.</source>
        <translation>Statistikbanken sent no figures for this selection.</translation>
    </message>
    <message>
        <source>Table {table} has no time variable &quot;{variable}&quot;.</source>
        <translation>Table {table} has no time variable &quot;{variable}&quot;.</translation>
    </message>
    <message>
        <source>Table {table} has no figures for {year} yet.</source>
        <translation>Table {table} has no figures for {year} yet.</translation>
    </message>
    <message>
        <source>Table {table} has no variable &quot;{variable}&quot;.</source>
        <translation>Table {table} has no variable &quot;{variable}&quot;.</translation>
    </message>
    <message>
        <source>Table {table}, variable {variable} has no value {values}.</source>
        <translation>Table {table}, variable {variable} has no value {values}.</translation>
    </message>
    <message>
        <source>Table {table}: choose the value(s) of variable {variable} ({text}); Statistikbanken needs a value for every variable (the total is usually &quot;I alt&quot;).</source>
        <translation>Table {table}: choose the value(s) of variable {variable} ({text}); Statistikbanken needs a value for every variable (the total is usually &quot;I alt&quot;).</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer for table {table} mixes decimal marks: &quot;{comma}&quot; ({comma_cell}) and &quot;{point}&quot; ({point_cell}); nothing was changed.</source>
        <translation>Statistikbanken&apos;s answer for table {table} mixes decimal marks: &quot;{comma}&quot; ({comma_cell}) and &quot;{point}&quot; ({point_cell}); nothing was changed.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} can be read in two ways (the dot may separate thousands or be the decimal mark) and no figure shows which; nothing was changed.</source>
        <translation>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} can be read in two ways (the dot may separate thousands or be the decimal mark) and no figure shows which; nothing was changed.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} is not a number; nothing was changed.</source>
        <translation>Statistikbanken&apos;s figure &quot;{text}&quot; for {cell} in table {table} is not a number; nothing was changed.</translation>
    </message>
    <message>
        <source>Statistikbanken&apos;s answer for table {table} gives the cell {cell} twice; nothing was changed.</source>
        <translation>Statistikbanken&apos;s answer for table {table} gives the cell {cell} twice; nothing was changed.</translation>
    </message>
    <message>
        <source>No area has an official municipality code to fetch for.</source>
        <translation>No area has an official municipality code to fetch for.</translation>
    </message>
    <message>
        <source>Indicator {code} has no StatBank source.</source>
        <translation>Indicator {code} has no StatBank source.</translation>
    </message>
    <message>
        <source>Give the StatBank table id (e.g. FOLK1A).</source>
        <translation>Give the StatBank table id (e.g. FOLK1A).</translation>
    </message>
    <message>
        <source>{value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</source>
        <translation>{value} is not a StatBank table id (letters and digits, e.g. FOLK1E).</translation>
    </message>
    <message>
        <source>{path} contains something the barometer&apos;s own schema does not make, so it was not used and not changed. {difference}{more} It may have been altered outside the program: use a backup you trust.</source>
        <translation>{path} contains something the barometer&apos;s own schema does not make, so it was not used and not changed. {difference}{more} It may have been altered outside the program: use a backup you trust.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as dd.mm.yyyy, e.g. 01.03.2016.</source>
        <translation>“{text}” is not a date. Type it as, e.g., 1 Mar 2016.</translation>
    </message>
    <message>
        <source>{text} was read as {value}.</source>
        <translation>{text} was read as {value}.</translation>
    </message>
    <message>
        <source>There is no value here yet; enter the value first.</source>
        <translation>There is no value here yet; enter the value first.</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>The printer could not be started; nothing was printed.</translation>
    </message>
    <message>
        <source>The PDF {file} could not be read for printing: {reason}</source>
        <translation>The PDF {file} could not be read for printing: {reason}</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>it exists already</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>it is in use by another program</translation>
    </message>
    <message>
        <source>the drive reported a read or write error</source>
        <translation>the drive reported a read or write error</translation>
    </message>
    <message>
        <source>the name is not allowed here</source>
        <translation>the name is not allowed here</translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation>the path loops through links</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <source>the file would have to move to another drive</source>
        <translation>the file would have to move to another drive</translation>
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
        <translation>The report could not be laid out: a name or text is too long to fit on one page. Shorten long names, notes or assessments and try again.</translation>
    </message>
    <message>
        <source>The case number can be at most {limit} characters of plain text.</source>
        <translation>The case number can be at most {limit} characters of plain text.</translation>
    </message>
    <message>
        <source>The database holds no integration policy yet, and an action plan belongs to one.</source>
        <translation>The database holds no integration policy yet, and an action plan belongs to one.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Publish web barometer…</source>
        <translation>&amp;Publish web barometer…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Print the status report…</source>
        <translation>&amp;Print the status report…</translation>
    </message>
    <message>
        <source>Integrationsbarometer</source>
        <translation>Integrationsbarometer</translation>
    </message>
    <message>
        <source>The status report ({pages} pages) was sent to the printer {printer}.</source>
        <translation>The status report ({pages} pages) was sent to the printer {printer}.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation>Barometer database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Backup written to {file}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometer database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the open database with {file}? The current database is kept as a backup first.</source>
        <translation>Replace the open database with {file}? The current database is kept as a backup first.</translation>
    </message>
    <message>
        <source>The database was restored from {file}. The previous database is kept as {kept}.</source>
        <translation>The database was restored from {file}. The previous database is kept as {kept}.</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the values of:</source>
        <translation>Export the values of:</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation>{count} values written to {file}.</translation>
    </message>
    <message>
        <source>Publish web barometer: choose a folder</source>
        <translation>Publish web barometer: choose a folder</translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}. Upload the whole folder.</source>
        <translation>The web barometer for {year} is in {folder}. Upload the whole folder.</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Preview of the file</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <source>The first rows of the file; under each heading, what the mapping reads from the column.</source>
        <translation>The first rows of the file; under each heading, what the mapping reads from the column.</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Show only the lines that contain this text</source>
        <translation>Show only the lines that contain this text</translation>
    </message>
    <message>
        <source>Search in {list}</source>
        <translation>Search in {list}</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Integrationsbarometer</source>
        <translation>Welcome to Integrationsbarometer</translation>
    </message>
    <message>
        <source>There is no barometer database at {path}. Set up a new barometer for your municipality, open an existing database file, or try the program on the demo database with made-up values.</source>
        <translation>There is no barometer database at {path}. Set up a new barometer for your municipality, open an existing database file, or try the program on the demo database with made-up values.</translation>
    </message>
    <message>
        <source>Set up a new barometer…</source>
        <translation>Set up a new barometer…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Open the demo database</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quit without a barometer? Nothing has been set up; the program closes and asks again at the next start.</source>
        <translation>Quit without a barometer? Nothing has been set up; the program closes and asks again at the next start.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometer database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Name or code, e.g. 751 Aarhus</source>
        <translation>Name or code, e.g. 751 Aarhus</translation>
    </message>
    <message>
        <source>Copenhagen&apos;s 2011 policy, as an example to adapt</source>
        <translation>Copenhagen&apos;s 2011 policy, as an example to adapt</translation>
    </message>
    <message>
        <source>A policy file from another municipality or an export</source>
        <translation>A policy file from another municipality or an export</translation>
    </message>
    <message>
        <source>An empty policy: add goals and indicators yourself</source>
        <translation>An empty policy: add goals and indicators yourself</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Type a municipality and press Enter</source>
        <translation>Type a municipality and press Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Optional, one a line: short name, name (e.g. BU, Beskæftigelsesudvalget)</source>
        <translation>Optional, one a line: short name, name (e.g. BU, Beskæftigelsesudvalget)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create the barometer</source>
        <translation>Create the barometer</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Committees:</translation>
    </message>
    <message>
        <source>The new database: {path}</source>
        <translation>The new database: {path}</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Policy file</translation>
    </message>
    <message>
        <source>Policy file (*.toml);;All files (*)</source>
        <translation>Policy file (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>{name} is not a Danish municipality.</source>
        <translation>{name} is not a Danish municipality.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Missing follow-up on integration action plans {year}</source>
        <translation>Missing follow-up on integration action plans {year}</translation>
    </message>
    <message>
        <source>To the Employment and Integration Committee (BIU)</source>
        <translation>To the Employment and Integration Committee (BIU)</translation>
    </message>
    <message>
        <source>In their integration report for {year}, the following committees did not follow up on these goals of their action plan:</source>
        <translation>In their integration report for {year}, the following committees did not follow up on these goals of their action plan:</translation>
    </message>
    <message>
        <source>The following committees have not yet submitted their integration report for {year}:</source>
        <translation>The following committees have not yet submitted their integration report for {year}:</translation>
    </message>
    <message>
        <source>The secretariat has not yet recorded the follow-up on these goals. They are not counted as missing follow-up by the committee:</source>
        <translation>The secretariat has not yet recorded the follow-up on these goals. They are not counted as missing follow-up by the committee:</translation>
    </message>
    <message>
        <source>All committees have submitted their integration report for {year} and followed up on the goals of their action plan.</source>
        <translation>All committees have submitted their integration report for {year} and followed up on the goals of their action plan.</translation>
    </message>
    <message>
        <source>The Employment and Integration Committee recommends to the City Council that {committee} be asked for {requests} because of {reasons} in {year}.</source>
        <translation>The Employment and Integration Committee recommends to the City Council that {committee} be asked for {requests} because of {reasons} in {year}.</translation>
    </message>
    <message>
        <source>a supplementary report</source>
        <translation>a supplementary report</translation>
    </message>
    <message>
        <source>a revision of its integration action plan</source>
        <translation>a revision of its integration action plan</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>missing follow-up on the goals of its action plan</source>
        <translation>missing follow-up on the goals of its action plan</translation>
    </message>
    <message>
        <source>indicators going the wrong way for the policy goals its action plan serves</source>
        <translation>indicators going the wrong way for the policy goals its action plan serves</translation>
    </message>
    <message>
        <source>the secretariat&apos;s assessment of the development</source>
        <translation>the secretariat&apos;s assessment of the development</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>Integration report</source>
        <translation>Integration report</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Integration report document</source>
        <translation>Integration report document</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Goal of the action plan</source>
        <translation>Goal of the action plan</translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation>Policy goals</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This committee has no action-plan goals in force in this year.</source>
        <translation>This committee has no action-plan goals in force in this year.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save and &amp;next committee</source>
        <translation>Save and &amp;next committee</translation>
    </message>
    <message>
        <source>Follow-up on the goals of the action plan</source>
        <translation>Follow-up on the goals of the action plan</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>{committee}: follow-up in the integration report for {year}</source>
        <translation>{committee}: follow-up in the integration report for {year}</translation>
    </message>
    <message>
        <source>(ended {date})</source>
        <translation>(ended {date})</translation>
    </message>
    <message>
        <source>Follow-up: {goal}</source>
        <translation>Follow-up: {goal}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note: {goal}</source>
        <translation>Note: {goal}</translation>
    </message>
    <message>
        <source>▼ Late: received after the deadline {deadline}</source>
        <translation>▼ Late: received after the deadline {deadline}</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Correct the link, or leave the field empty and add the link later. Nothing was saved.</source>
        <translation>Correct the link, or leave the field empty and add the link later. Nothing was saved.</translation>
    </message>
    <message>
        <source>Unsaved follow-up</source>
        <translation>Unsaved follow-up</translation>
    </message>
    <message>
        <source>The follow-up for this committee has unsaved changes. Save them?</source>
        <translation>The follow-up for this committee has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation>Goal {number}: {title}</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>The goal</translation>
    </message>
    <message>
        <source>Policy goals it serves</source>
        <translation>Policy goals it serves</translation>
    </message>
    <message>
        <source>Space ticks or unticks a goal.</source>
        <translation>Space ticks or unticks a goal.</translation>
    </message>
    <message>
        <source>The goal, as the action plan states it:</source>
        <translation>The goal, as the action plan states it:</translation>
    </message>
    <message>
        <source>Goals of the integration policy it serves:</source>
        <translation>Goals of the integration policy it serves:</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals of the integration policy</source>
        <translation>Goals of the integration policy</translation>
    </message>
    <message>
        <source>Goals of the policy</source>
        <translation>Goals of the policy</translation>
    </message>
    <message>
        <source>Title of the goal</source>
        <translation>Title of the goal</translation>
    </message>
    <message>
        <source>Add as new goal</source>
        <translation>Add as new goal</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>End goal…</source>
        <translation>End goal…</translation>
    </message>
    <message>
        <source>Take the goal out of the current policy. Reports of earlier years keep it.</source>
        <translation>Take the goal out of the current policy. Reports of earlier years keep it.</translation>
    </message>
    <message>
        <source>Set focus area</source>
        <translation>Set focus area</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Title of the focus area</source>
        <translation>Title of the focus area</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>New policy period</source>
        <translation>New policy period</translation>
    </message>
    <message>
        <source>e.g. Integrationspolitik 2015-2018</source>
        <translation>e.g. Integrationspolitik 2015-2018</translation>
    </message>
    <message>
        <source>Start new period</source>
        <translation>Start new period</translation>
    </message>
    <message>
        <source>Copies the current goals into a new policy from the first year; indicators keep their values.</source>
        <translation>Copies the current goals into a new policy from the first year; indicators keep their values.</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>First year:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>{name}. Changes apply to this policy; earlier years keep their goals.</source>
        <translation>{name}. Changes apply to this policy; earlier years keep their goals.</translation>
    </message>
    <message>
        <source>{name}, {first}–{last}. Changes apply to this policy; earlier years keep their goals.</source>
        <translation>{name}, {first}–{last}. Changes apply to this policy; earlier years keep their goals.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{number}. {title}  (1 indicator)</source>
        <translation>{number}. {title}  (1 indicator)</translation>
    </message>
    <message>
        <source>{number}. {title}  ({count} indicators)</source>
        <translation>{number}. {title}  ({count} indicators)</translation>
    </message>
    <message>
        <source>End focus area</source>
        <translation>End focus area</translation>
    </message>
    <message>
        <source>End focus area {number}, {title}? Its goals stay, without a focus area.</source>
        <translation>End focus area {number}, {title}? Its goals stay, without a focus area.</translation>
    </message>
    <message>
        <source>End goal</source>
        <translation>End goal</translation>
    </message>
    <message>
        <source>End goal {number}, {title}? It leaves the current policy; the reports of earlier years keep it, and its indicators stay with the policy they came from.</source>
        <translation>End goal {number}, {title}? It leaves the current policy; the reports of earlier years keep it, and its indicators stay with the policy they came from.</translation>
    </message>
    <message>
        <source>Start the new policy period {name} from {year}? The current goals are copied into it, and the current policy ends in {last}.</source>
        <translation>Start the new policy period {name} from {year}? The current goals are copied into it, and the current policy ends in {last}.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The database is empty: run &apos;db init&apos;.</source>
        <translation>The database is empty: run &apos;db init&apos;.</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read all of it. Restore the newest backup (File &gt; Restore from backup) or ask IT for one.</source>
        <translation>The file is damaged: SQLite cannot read all of it. Restore the newest backup (File &gt; Restore from backup) or ask IT for one.</translation>
    </message>
    <message>
        <source>The schema is version {revision}; run &apos;db upgrade&apos; to reach {head}.</source>
        <translation>The schema is version {revision}; run &apos;db upgrade&apos; to reach {head}.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How development is judged with the current settings</source>
        <translation>How development is judged with the current settings</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Change history of the values</source>
        <translation>Change history of the values</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Changes to this indicator&apos;s values, newest first.</source>
        <translation>Changes to this indicator&apos;s values, newest first.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Values that came with the database (seed or demo data) have no history here.</source>
        <translation>No changes recorded yet. Values that came with the database (seed or demo data) have no history here.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>The mapping is remembered as &quot;{name}&quot;.</source>
        <translation>The mapping is remembered as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>1 row read</source>
        <translation>1 row read</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} rows read</translation>
    </message>
    <message>
        <source>1 new value</source>
        <translation>1 new value</translation>
    </message>
    <message>
        <source>{count} new values</source>
        <translation>{count} new values</translation>
    </message>
    <message>
        <source>1 changed value</source>
        <translation>1 changed value</translation>
    </message>
    <message>
        <source>{count} changed values</source>
        <translation>{count} changed values</translation>
    </message>
    <message>
        <source>1 unchanged value</source>
        <translation>1 unchanged value</translation>
    </message>
    <message>
        <source>{count} unchanged values</source>
        <translation>{count} unchanged values</translation>
    </message>
    <message>
        <source>1 missing value skipped</source>
        <translation>1 missing value skipped</translation>
    </message>
    <message>
        <source>{count} missing values skipped</source>
        <translation>{count} missing values skipped</translation>
    </message>
    <message>
        <source>… and 1 more rejected row.</source>
        <translation>… and 1 more rejected row.</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>sample size</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>standard error</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>public note</source>
        <translation>public note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Imported {file}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: 1 row was rejected.</source>
        <translation>Nothing was imported from {file}: 1 row was rejected.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} rows were rejected.</source>
        <translation>Nothing was imported from {file}: {count} rows were rejected.</translation>
    </message>
    <message>
        <source>Dry run of {file}: 1 row would be rejected; nothing was written.</source>
        <translation>Dry run of {file}: 1 row would be rejected; nothing was written.</translation>
    </message>
    <message>
        <source>Dry run of {file}: {count} rows would be rejected; nothing was written.</source>
        <translation>Dry run of {file}: {count} rows would be rejected; nothing was written.</translation>
    </message>
    <message>
        <source>Dry run of {file}: nothing was written.</source>
        <translation>Dry run of {file}: nothing was written.</translation>
    </message>
    <message>
        <source>{rows}. The good rows would give {new}, {changed} and {unchanged}; {missing}.</source>
        <translation>{rows}. The good rows would give {new}, {changed} and {unchanged}; {missing}.</translation>
    </message>
    <message>
        <source>To import the good rows and leave out the rejected ones, tick &quot;Import the good rows even if some rows are rejected&quot; and click Import.</source>
        <translation>To import the good rows and leave out the rejected ones, tick &quot;Import the good rows even if some rows are rejected&quot; and click Import.</translation>
    </message>
    <message>
        <source>To import the good rows and leave out the rejected ones, run the command again with --good-rows-only.</source>
        <translation>To import the good rows and leave out the rejected ones, run the command again with --good-rows-only.</translation>
    </message>
    <message>
        <source>{rows}: {new}, {changed} and {unchanged}; {missing}.</source>
        <translation>{rows}: {new}, {changed} and {unchanged}; {missing}.</translation>
    </message>
    <message>
        <source>Read the sheet &quot;{sheet}&quot;; the workbook&apos;s other sheets ({others}) were not read.</source>
        <translation>Read the sheet &quot;{sheet}&quot;; the workbook&apos;s other sheets ({others}) were not read.</translation>
    </message>
    <message>
        <source>Not read: {columns}. Their headings are neither a period nor a known column name, and the mapping does not use them; map them in the Import screen if they hold values.</source>
        <translation>Not read: {columns}. Their headings are neither a period nor a known column name, and the mapping does not use them; map them in the Import screen if they hold values.</translation>
    </message>
    <message>
        <source>{count} cells formatted as percent in Excel were read as the percentages they show (0.125 shown as 12.5 % is read as 12.5); the first is row {row}, column {column}.</source>
        <translation>{count} cells formatted as percent in Excel were read as the percentages they show (0.125 shown as 12.5 % is read as 12.5); the first is row {row}, column {column}.</translation>
    </message>
    <message>
        <source>⚠ Check row {row}: {indicator} {area} {period} = {new} is far from the previous value {previous}; a change up to ±{threshold} would fit this series.</source>
        <translation>⚠ Check row {row}: {indicator} {area} {period} = {new} is far from the previous value {previous}; a change up to ±{threshold} would fit this series.</translation>
    </message>
    <message>
        <source>{count} more values are far from their series.</source>
        <translation>{count} more values are far from their series.</translation>
    </message>
    <message>
        <source>Revised at the source: {indicator} {area} {period}: {changes}</source>
        <translation>Revised at the source: {indicator} {area} {period}: {changes}</translation>
    </message>
    <message>
        <source>Changed: {indicator} {area} {period}: {changes}</source>
        <translation>Changed: {indicator} {area} {period}: {changes}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more rejected rows.</source>
        <translation>… and {count} more rejected rows.</translation>
    </message>
    <message>
        <source>New: {indicator} {area} {period} = {new}</source>
        <translation>New: {indicator} {area} {period} = {new}</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standard error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Import values from a file</source>
        <translation>Import values from a file</translation>
    </message>
    <message>
        <source>CSV or Excel files in the long format (indicator, area, period, value) are read directly. For a statistics-bank table, say which column holds what; the mapping is remembered for the next file of the same shape.</source>
        <translation>CSV or Excel files in the long format (indicator, area, period, value) are read directly. For a statistics-bank table, say which column holds what; the mapping is remembered for the next file of the same shape.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Save an import template…</source>
        <translation>Save an import template…</translation>
    </message>
    <message>
        <source>A file in the format import reads: one row per indicator and area for the report year, values empty. Fill it in (e.g. in Excel) and import it here.</source>
        <translation>A file in the format import reads: one row per indicator and area for the report year, values empty. Fill it in (e.g. in Excel) and import it here.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Fetch data from Statistikbanken…</source>
        <translation>Fetch data from Statistikbanken…</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Sheet to import</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet that is shown and imported; the first sheet with data is chosen.</source>
        <translation>The workbook&apos;s sheet that is shown and imported; the first sheet with data is chosen.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>The columns with a period as heading are periods (one value each)</source>
        <translation>The columns with a period as heading are periods (one value each)</translation>
    </message>
    <message>
        <source>Fixed values for what the file does not hold</source>
        <translation>Fixed values for what the file does not hold</translation>
    </message>
    <message>
        <source>e.g. 2013</source>
        <translation>e.g. 2013</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Decimal comma (12,5)</source>
        <translation>Decimal comma (12,5)</translation>
    </message>
    <message>
        <source>Decimal point (12.5)</source>
        <translation>Decimal point (12.5)</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Decimal mark:</translation>
    </message>
    <message>
        <source>e.g. Statistikbanken AUL01</source>
        <translation>e.g. Statistikbanken AUL01</translation>
    </message>
    <message>
        <source>Remember mapping as:</source>
        <translation>Remember mapping as:</translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are rejected</source>
        <translation>Import the good rows even if some rows are rejected</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Result of the check or import</source>
        <translation>Result of the check or import</translation>
    </message>
    <message>
        <source>The result of the check or import appears here.</source>
        <translation>The result of the check or import appears here.</translation>
    </message>
    <message>
        <source>import-template-{year}.xlsx</source>
        <translation>import-template-{year}.xlsx</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>Save an import template</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template with {rows} rows for {year} saved as {file}.</source>
        <translation>Template with {rows} rows for {year} saved as {file}.</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>Import values</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Data files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Using the mapping &quot;{name}&quot; saved for files of this shape.</source>
        <translation>Using the mapping &quot;{name}&quot; saved for files of this shape.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (hidden)</translation>
    </message>
    <message>
        <source>Column {column}: {reason}</source>
        <translation>Column {column}: {reason}</translation>
    </message>
    <message>
        <source>Period value</source>
        <translation>Period value</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(from the file)</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} rows read…</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The indicator {code} has unsaved changes to its definition or assessment. Save them?</source>
        <translation>The indicator {code} has unsaved changes to its definition or assessment. Save them?</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Reuse a retired code</source>
        <translation>Reuse a retired code</translation>
    </message>
    <message>
        <source>The code {code} belongs to the retired indicator {name}. Use it for this indicator? The retired indicator keeps its values and history under the code {new_code}.</source>
        <translation>The code {code} belongs to the retired indicator {name}. Use it for this indicator? The retired indicator keeps its values and history under the code {new_code}.</translation>
    </message>
    <message>
        <source>One headline indicator per goal</source>
        <translation>One headline indicator per goal</translation>
    </message>
    <message>
        <source>The goal already has the headline indicator {code}. Make {code} a supplementary indicator and this one the headline?</source>
        <translation>The goal already has the headline indicator {code}. Make {code} a supplementary indicator and this one the headline?</translation>
    </message>
    <message>
        <source>The goal now has the headline indicator {code}. Make {code} supplementary and reactivate this one as the headline?</source>
        <translation>The goal now has the headline indicator {code}. Make {code} supplementary and reactivate this one as the headline?</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Delete the indicator {code} {name}? This cannot be undone.</source>
        <translation>Delete the indicator {code} {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Chart not saved</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>95 % confidence interval: {low} to {high}</source>
        <translation>95 % confidence interval: {low} to {high}</translation>
    </message>
    <message>
        <source>Provisional value</source>
        <translation>Provisional value</translation>
    </message>
    <message>
        <source>(95 % CI {low} to {high})</source>
        <translation>(95 % CI {low} to {high})</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tab to the chart and use the arrow keys to read each value.</source>
        <translation>Tab to the chart and use the arrow keys to read each value.</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Chart: {title}</translation>
    </message>
    <message>
        <source>Baseline {year}</source>
        <translation>Baseline {year}</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nothing written</translation>
    </message>
    <message>
        <source>the SVG file could not be opened for writing</source>
        <translation>the SVG file could not be opened for writing</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Headline indicator of the goal</source>
        <translation>Headline indicator of the goal</translation>
    </message>
    <message>
        <source>Survey-based (values have a margin of error)</source>
        <translation>Survey-based (values have a margin of error)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Decimals the value is published with; development is judged on the published, rounded figures (50.6 to 50.2 with no decimals is 51 to 50: worsened).</source>
        <translation>Decimals the value is published with; development is judged on the published, rounded figures (50.6 to 50.2 with no decimals is 51 to 50: worsened).</translation>
    </message>
    <message>
        <source>0: the same year (e.g. grades in the autumn); 1: the year after; 2: two years after.</source>
        <translation>0: the same year (e.g. grades in the autumn); 1: the year after; 2: two years after.</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>Deci&amp;mals:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>Data for year X are released in year X +</source>
        <translation>Data for year X are released in year X +</translation>
    </message>
    <message>
        <source>National and municipal figures exist for comparison</source>
        <translation>National and municipal figures exist for comparison</translation>
    </message>
    <message>
        <source>Someone else changed this indicator while you were editing. Your changes are kept here, but they cannot be saved over theirs: note what you want to keep, then load the stored version.</source>
        <translation>Someone else changed this indicator while you were editing. Your changes are kept here, but they cannot be saved over theirs: note what you want to keep, then load the stored version.</translation>
    </message>
    <message>
        <source>A short unique code, e.g. 1.2 (goal number, then a running number).</source>
        <translation>A short unique code, e.g. 1.2 (goal number, then a running number).</translation>
    </message>
    <message>
        <source>The goal of the integration policy that the indicator measures.</source>
        <translation>The goal of the integration policy that the indicator measures.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name as shown in the barometer and the report.</source>
        <translation>The indicator&apos;s name as shown in the barometer and the report.</translation>
    </message>
    <message>
        <source>Exactly what is measured, for whom and how.</source>
        <translation>Exactly what is measured, for whom and how.</translation>
    </message>
    <message>
        <source>The unit of the values; it decides the allowed range (e.g. 0-100 for percent).</source>
        <translation>The unit of the values; it decides the allowed range (e.g. 0-100 for percent).</translation>
    </message>
    <message>
        <source>Which way the indicator should move to count as progress.</source>
        <translation>Which way the indicator should move to count as progress.</translation>
    </message>
    <message>
        <source>Each goal has one headline indicator; the others are supplementary.</source>
        <translation>Each goal has one headline indicator; the others are supplementary.</translation>
    </message>
    <message>
        <source>Survey values get 95 % confidence intervals and a significance test.</source>
        <translation>Survey values get 95 % confidence intervals and a significance test.</translation>
    </message>
    <message>
        <source>Where the figures come from, e.g. a statistics bank table.</source>
        <translation>Where the figures come from, e.g. a statistics bank table.</translation>
    </message>
    <message>
        <source>Who delivers the data, e.g. BUF or Danmarks Statistik.</source>
        <translation>Who delivers the data, e.g. BUF or Danmarks Statistik.</translation>
    </message>
    <message>
        <source>How often new values arrive.</source>
        <translation>How often new values arrive.</translation>
    </message>
    <message>
        <source>The month new values usually arrive (for the Missing data list).</source>
        <translation>The month new values usually arrive (for the Missing data list).</translation>
    </message>
    <message>
        <source>Who is counted, and any break in the series.</source>
        <translation>Who is counted, and any break in the series.</translation>
    </message>
    <message>
        <source>Whether figures for the whole country or other municipalities exist.</source>
        <translation>Whether figures for the whole country or other municipalities exist.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Release month:</source>
        <translation>Release month:</translation>
    </message>
    <message>
        <source>Population note:</source>
        <translation>Population note:</translation>
    </message>
</context>
<context>
    <name>IndicatorsScreen</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Add an indicator to the selected goal (Ctrl+Shift+N).</source>
        <translation>Add an indicator to the selected goal (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Take the indicator out of the barometer. Its values and history are kept.</source>
        <translation>Take the indicator out of the barometer. Its values and history are kept.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete an indicator that has no values (asks first).</source>
        <translation>Delete an indicator that has no values (asks first).</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Goals…</translation>
    </message>
    <message>
        <source>Add, rename, reorder and end the policy&apos;s goals, or start a new policy period.</source>
        <translation>Add, rename, reorder and end the policy&apos;s goals, or start a new policy period.</translation>
    </message>
    <message>
        <source>Indicators by goal</source>
        <translation>Indicators by goal</translation>
    </message>
    <message>
        <source>Tick municipalities to compare with the barometer&apos;s own and the whole country.</source>
        <translation>Tick municipalities to compare with the barometer&apos;s own and the whole country.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Tick municipalities (Space) to compare with the barometer&apos;s own and the whole country.</source>
        <translation>Tick municipalities (Space) to compare with the barometer&apos;s own and the whole country.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file.</source>
        <translation>Save the chart as a PNG or SVG file.</translation>
    </message>
    <message>
        <source>Municipalities…</source>
        <translation>Municipalities…</translation>
    </message>
    <message>
        <source>Choose the municipalities to compare with, from the official list.</source>
        <translation>Choose the municipalities to compare with, from the official list.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Bars: 95 % confidence interval (survey values). Open circles: provisional values. Large dots: yearly values beside monthly or quarterly ones. Shaded: the report year. Hover a point, or Tab to the chart and use the arrow keys, for the exact value.</source>
        <translation>Bars: 95 % confidence interval (survey values). Open circles: provisional values. Large dots: yearly values beside monthly or quarterly ones. Shaded: the report year. Hover a point, or Tab to the chart and use the arrow keys, for the exact value.</translation>
    </message>
    <message>
        <source>Values by period and area</source>
        <translation>Values by period and area</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; type a value and press Enter to store it.</source>
        <translation>Arrow keys move between cells; type a value and press Enter to store it.</translation>
    </message>
    <message>
        <source>Type a value and press Enter; decimal comma is fine. * marks a provisional value.</source>
        <translation>Type a value and press Enter; decimal comma is fine. * marks a provisional value.</translation>
    </message>
    <message>
        <source>Save indicator</source>
        <translation>Save indicator</translation>
    </message>
    <message>
        <source>Store the definition (Ctrl+S).</source>
        <translation>Store the definition (Ctrl+S).</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>(supplementary)</source>
        <translation>(supplementary)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>No indicator selected</source>
        <translation>No indicator selected</translation>
    </message>
    <message>
        <source> — retired</source>
        <translation> — retired</translation>
    </message>
    <message>
        <source>Development {year}: {trend}</source>
        <translation>Development {year}: {trend}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>No direction (context indicator)</source>
        <translation>No direction (context indicator)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Not measured in {year}</source>
        <translation>Not measured in {year}</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <source>significance unknown</source>
        <translation>significance unknown</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>Percentage points</translation>
    </message>
    <message>
        <source>Grade (7-point scale)</source>
        <translation>Grade (7-point scale)</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation>Every second year</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>Counts as unchanged</source>
        <translation>Counts as unchanged</translation>
    </message>
    <message>
        <source>Keeps its direction, marked not significant</source>
        <translation>Keeps its direction, marked not significant</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Partly followed up</source>
        <translation>Partly followed up</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Not followed up</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Missing follow-up</translation>
    </message>
    <message>
        <source>An indicator going the wrong way</source>
        <translation>An indicator going the wrong way</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Proposal dismissed</source>
        <translation>Proposal dismissed</translation>
    </message>
    <message>
        <source>Each indicator&apos;s status value is compared with its value in the baseline year {year}.</source>
        <translation>Each indicator&apos;s status value is compared with its value in the baseline year {year}.</translation>
    </message>
    <message>
        <source>Each indicator&apos;s status value is compared with the previous measurement.</source>
        <translation>Each indicator&apos;s status value is compared with the previous measurement.</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Change since {year}</translation>
    </message>
    <message>
        <source>Change since the previous measurement</source>
        <translation>Change since the previous value</translation>
    </message>
    <message>
        <source>Each indicator is judged on its value for the report year.</source>
        <translation>Each indicator is judged on its value for the report year.</translation>
    </message>
    <message>
        <source>Each indicator is judged on its latest yearly value up to the report year, at most 1 year old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</source>
        <translation>Each indicator is judged on its latest yearly value up to the report year, at most 1 year old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</translation>
    </message>
    <message>
        <source>Each indicator is judged on its latest yearly value up to the report year, at most {years} years old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</source>
        <translation>Each indicator is judged on its latest yearly value up to the report year, at most {years} years old: its status year, shown beside the value, since register data arrive a year or two late. With no value that recent it is not measured.</translation>
    </message>
    <message>
        <source>Changes are computed on the published, rounded figures (half away from zero): a value published without decimals that goes from 50.6 to 50.2 is 51 to 50, worsened; from 50.2 to 49.8 it is 50 to 50, unchanged.</source>
        <translation>Changes are computed on the published, rounded figures (half away from zero): a value published without decimals that goes from 50.6 to 50.2 is 51 to 50, worsened; from 50.2 to 49.8 it is 50 to 50, unchanged.</translation>
    </message>
    <message>
        <source>For survey indicators, a change within the 95 % margin of error keeps its direction and is marked not significant.</source>
        <translation>For survey indicators, a change within the 95 % margin of error keeps its direction and is marked not significant.</translation>
    </message>
    <message>
        <source>For survey indicators, a change within the 95 % margin of error is not statistically significant and counts as unchanged.</source>
        <translation>For survey indicators, a change within the 95 % margin of error is not statistically significant and counts as unchanged.</translation>
    </message>
    <message>
        <source>When a survey value lacks its sample size, significance cannot be tested: the change is marked significance unknown.</source>
        <translation>When a survey value lacks its sample size, significance cannot be tested: the change is marked significance unknown.</translation>
    </message>
    <message>
        <source>A goal&apos;s status combines its indicators that have a desired direction and data: a strict majority decides; otherwise the status is mixed. Context indicators and indicators without data do not vote.</source>
        <translation>A goal&apos;s status combines its indicators that have a desired direction and data: a strict majority decides; otherwise the status is mixed. Context indicators and indicators without data do not vote.</translation>
    </message>
    <message>
        <source>The same rule gives the verdicts of the municipality, the whole country and each comparison municipality. A verdict on a provisional figure is marked provisional.</source>
        <translation>The same rule gives the verdicts of the municipality, the whole country and each comparison municipality. A verdict on a provisional figure is marked provisional.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Who answers for the indicator&apos;s figures: a person or an administration&apos;s unit.</source>
        <translation>Who answers for the indicator&apos;s figures: a person or an administration&apos;s unit.</translation>
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
        <translation>The newest automatic backup is {backup}. Open a copy of it? The file that could not be opened is left as it is.</translation>
    </message>
    <message>
        <source>Open newest backup</source>
        <translation>Open newest backup</translation>
    </message>
    <message>
        <source>Opened a copy of the backup {backup} as {copy}. The file {original} was not changed.</source>
        <translation>Opened a copy of the backup {backup} as {copy}. The file {original} was not changed.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>No link</source>
        <translation>No link</translation>
    </message>
    <message>
        <source>There is no link to open.</source>
        <translation>There is no link to open.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <source>No program on this computer could open {link}.</source>
        <translation>No program on this computer could open {link}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Arrow keys choose a screen; Ctrl+1 to Ctrl+8 jump to one.</source>
        <translation>Arrow keys choose a screen; Ctrl+1 to Ctrl+8 jump to one.</translation>
    </message>
    <message>
        <source>The year&apos;s cycle</source>
        <translation>The year&apos;s cycle</translation>
    </message>
    <message>
        <source>Barometer</source>
        <translation>Barometer</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Missing data ({count})</source>
        <translation>Missing data ({count})</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Committees ({count})</source>
        <translation>Committees ({count})</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>Report year:</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <source>Every screen shows this report year.</source>
        <translation>Every screen shows this report year.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>The demo database is open: the values are made up.</source>
        <translation>The demo database is open: the values are made up.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
</context>
<context>
    <name>MissingDataScreen</name>
    <message>
        <source>Values expected for the municipality and the whole country, grouped by the provider who delivers them. A delivery is overdue after the end of its agreed release month.</source>
        <translation>Values expected for the municipality and the whole country, grouped by the provider who delivers them. A delivery is overdue after the end of its agreed release month.</translation>
    </message>
    <message>
        <source>Press Enter on a line, or double-click it, to enter the value.</source>
        <translation>Press Enter on a line, or double-click it, to enter the value.</translation>
    </message>
    <message>
        <source>Provider / indicator</source>
        <translation>Provider / indicator</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a line to enter the value.</source>
        <translation>Double-click a line to enter the value.</translation>
    </message>
    <message>
        <source>Missing values by provider</source>
        <translation>Missing values by provider</translation>
    </message>
    <message>
        <source>Enter on a line opens the value in Data entry.</source>
        <translation>Enter on a line opens the value in Data entry.</translation>
    </message>
    <message>
        <source>Fetch data from Statistikbanken…</source>
        <translation>Fetch data from Statistikbanken…</translation>
    </message>
    <message>
        <source>When were the sources last updated?</source>
        <translation>When were the sources last updated?</translation>
    </message>
    <message>
        <source>Missing data for {year}</source>
        <translation>Missing data for {year}</translation>
    </message>
    <message>
        <source>Every value due for {year} is entered, but one survey value lacks its sample size (n).</source>
        <translation>Every value due for {year} is entered, but one survey value lacks its sample size (n).</translation>
    </message>
    <message>
        <source>Every value due for {year} is entered, but {count} survey values lack their sample size (n).</source>
        <translation>Every value due for {year} is entered, but {count} survey values lack their sample size (n).</translation>
    </message>
    <message>
        <source>Nothing is missing: every value due for {year} is entered.</source>
        <translation>Nothing is missing: every value due for {year} is entered.</translation>
    </message>
    <message>
        <source>1 value still missing for {year}; it is overdue.</source>
        <translation>1 value still missing for {year}; it is overdue.</translation>
    </message>
    <message>
        <source>1 value still missing for {year}.</source>
        <translation>1 value still missing for {year}.</translation>
    </message>
    <message>
        <source>{count} values still missing for {year}, {overdue} of them overdue.</source>
        <translation>{count} values still missing for {year}, {overdue} of them overdue.</translation>
    </message>
    <message>
        <source>Survey values without a sample size (n)</source>
        <translation>Survey values without a sample size (n)</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>{count} missing</translation>
    </message>
    <message>
        <source>Sample size missing</source>
        <translation>Sample size missing</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Asking Statistikbanken…</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(no provider)</translation>
    </message>
    <message>
        <source>{count} missing, {overdue} overdue</source>
        <translation>{count} missing, {overdue} overdue</translation>
    </message>
    <message>
        <source>no agreed month</source>
        <translation>no agreed month</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
    <message>
        <source>Save deadline</source>
        <translation>Save deadline</translation>
    </message>
    <message>
        <source>Deadline for integration reports (in the year after the report year):</source>
        <translation>Deadline for integration reports (in the year after the report year):</translation>
    </message>
    <message>
        <source>Missing follow-up by committee</source>
        <translation>Missing follow-up by committee</translation>
    </message>
    <message>
        <source>Notice to BIU</source>
        <translation>Notice to BIU</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Save as &amp;text file…</translation>
    </message>
    <message>
        <source>Ready to send to the Employment and Integration Committee, as the policy requires.</source>
        <translation>Ready to send to the Employment and Integration Committee, as the policy requires.</translation>
    </message>
    <message>
        <source>Missing follow-up for {year}</source>
        <translation>Missing follow-up for {year}</translation>
    </message>
    <message>
        <source>✔ Nothing is missing for {year}.</source>
        <translation>✔ Nothing is missing for {year}.</translation>
    </message>
    <message>
        <source>Integration report not received by {deadline}</source>
        <translation>Integration report not received by {deadline}</translation>
    </message>
    <message>
        <source> (policy goal {numbers})</source>
        <translation> (policy goal {numbers})</translation>
    </message>
    <message>
        <source> (policy goals {numbers})</source>
        <translation> (policy goals {numbers})</translation>
    </message>
    <message>
        <source>Every committee has followed up.</source>
        <translation>Every committee has followed up.</translation>
    </message>
    <message>
        <source>✘ {count} missing: integration reports not received by {deadline}, goals of the action plans not followed up, and goals whose follow-up is not yet recorded, by committee.</source>
        <translation>✘ {count} missing: integration reports not received by {deadline}, goals of the action plans not followed up, and goals whose follow-up is not yet recorded, by committee.</translation>
    </message>
    <message>
        <source>Not yet recorded (the report has arrived)</source>
        <translation>Not yet recorded (the report has arrived)</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nothing matches the search.</translation>
    </message>
    <message>
        <source>✔ Copied to the clipboard.</source>
        <translation>✔ Copied to the clipboard.</translation>
    </message>
    <message>
        <source>Save the notice to BIU</source>
        <translation>Save the notice to BIU</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>✔ Saved as {path}.</source>
        <translation>✔ Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <source>Change against the baseline year (a setting).</source>
        <translation>Change against the baseline year (a setting).</translation>
    </message>
    <message>
        <source>Change against the previous measurement.</source>
        <translation>Change against the previous measurement.</translation>
    </message>
    <message>
        <source>No active indicator</source>
        <translation>No active indicator</translation>
    </message>
    <message>
        <source> (supplementary)</source>
        <translation> (supplementary)</translation>
    </message>
    <message>
        <source>No value recent enough to be judged in {year}; the latest value is from {period}.</source>
        <translation>No value recent enough to be judged in {year}; the latest value is from {period}.</translation>
    </message>
    <message>
        <source>The national figure (Hele landet) for its status year; its development: {verdict}.</source>
        <translation>The national figure (Hele landet) for its status year; its development: {verdict}.</translation>
    </message>
    <message>
        <source>The goal&apos;s overall status, combined from its indicators: a strict majority of those with a direction and data decides, otherwise mixed.</source>
        <translation>The goal&apos;s overall status, combined from its indicators: a strict majority of those with a direction and data decides, otherwise mixed.</translation>
    </message>
    <message>
        <source>No trend line: fewer than two yearly values.</source>
        <translation>No trend line: fewer than two yearly values.</translation>
    </message>
    <message>
        <source>Trend line from {first_year} ({first}) to {last_year} ({last})</source>
        <translation>Trend line from {first_year} ({first}) to {last_year} ({last})</translation>
    </message>
    <message>
        <source>The change lies within the survey&apos;s margin of error (95 %): it is not statistically significant.</source>
        <translation>The change lies within the survey&apos;s margin of error (95 %): it is not statistically significant.</translation>
    </message>
    <message>
        <source>The national figure (Hele landet) for its status year, with the country&apos;s own development by the same rule.</source>
        <translation>The national figure (Hele landet) for its status year, with the country&apos;s own development by the same rule.</translation>
    </message>
    <message>
        <source>A sample size (or standard error) is missing, so whether this survey change is statistically significant cannot be tested.</source>
        <translation>A sample size (or standard error) is missing, so whether this survey change is statistically significant cannot be tested.</translation>
    </message>
    <message>
        <source>Value for {period}</source>
        <translation>Value for {period}</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{change}
since {period}</source>
        <translation>{change}
since {period}</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Show supplementary indicators</source>
        <translation>Show supplementary indicators</translation>
    </message>
    <message>
        <source>Show every active indicator of each goal, not only the headline indicator.</source>
        <translation>Show every active indicator of each goal, not only the headline indicator.</translation>
    </message>
    <message>
        <source>Barometer: goals and headline indicators</source>
        <translation>Barometer: goals and headline indicators</translation>
    </message>
    <message>
        <source>One row per indicator; Enter opens the indicator.</source>
        <translation>One row per indicator; Enter opens the indicator.</translation>
    </message>
    <message>
        <source>Click a row, or press Enter on it, to open the indicator.</source>
        <translation>Click a row, or press Enter on it, to open the indicator.</translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation>Integration barometer {year}</translation>
    </message>
    <message>
        <source>Goal status: {counts}.</source>
        <translation>Goal status: {counts}.</translation>
    </message>
    <message>
        <source>{count} rest on provisional figures.</source>
        <translation>{count} rest on provisional figures.</translation>
    </message>
</context>
<context>
    <name>PlanDates</name>
    <message>
        <source>Not adopted yet</source>
        <translation>Not adopted yet</translation>
    </message>
    <message>
        <source>The adoption date {date} is removed: the action plan will show as not adopted.</source>
        <translation>The adoption date {date} is removed: the action plan will show as not adopted.</translation>
    </message>
    <message>
        <source>The end date {date} is removed: the action plan will show as in force again.</source>
        <translation>The end date {date} is removed: the action plan will show as in force again.</translation>
    </message>
    <message>
        <source>Remove a date?</source>
        <translation>Remove a date?</translation>
    </message>
    <message>
        <source>Save the action plan without it?</source>
        <translation>Save the action plan without it?</translation>
    </message>
    <message>
        <source>&amp;Remove and save</source>
        <translation>&amp;Remove and save</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>name@kk.dk, other@kk.dk</source>
        <translation>name@kk.dk, other@kk.dk</translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation>Save committee</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <source>Contact e-mail addresses:</source>
        <translation>Contact e-mail addresses:</translation>
    </message>
    <message>
        <source>The members&apos; or the committee secretary&apos;s addresses, separated by commas.</source>
        <translation>The members&apos; or the committee secretary&apos;s addresses, separated by commas.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>The committee has no action plan yet.</source>
        <translation>The committee has no action plan yet.</translation>
    </message>
    <message>
        <source>New action plan for the current policy</source>
        <translation>New action plan for the current policy</translation>
    </message>
    <message>
        <source>Action plan document</source>
        <translation>Action plan document</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Action plan to show</source>
        <translation>Action plan to show</translation>
    </message>
    <message>
        <source>Save action plan</source>
        <translation>Save action plan</translation>
    </message>
    <message>
        <source>Policy period:</source>
        <translation>Policy period:</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Adopted on:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Ended on:</translation>
    </message>
    <message>
        <source>Goals of the action plan</source>
        <translation>Goals of the action plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation>Policy goals</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <source>End goal…</source>
        <translation>End goal…</translation>
    </message>
    <message>
        <source>Reopen goal</source>
        <translation>Reopen goal</translation>
    </message>
    <message>
        <source>The committee has no action plan for the current policy yet.</source>
        <translation>The committee has no action plan for the current policy yet.</translation>
    </message>
    <message>
        <source>{title} (earlier period)</source>
        <translation>{title} (earlier period)</translation>
    </message>
    <message>
        <source>■ Ended {date}</source>
        <translation>■ Ended {date}</translation>
    </message>
    <message>
        <source>● In force</source>
        <translation>● In force</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Contact e-mail addresses</source>
        <translation>Contact e-mail addresses</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Print the status report</source>
        <translation>Print the status report</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Send to the committee</source>
        <translation>Send to the committee</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Space ticks or unticks a committee.</source>
        <translation>Space ticks or unticks a committee.</translation>
    </message>
    <message>
        <source>Recipients (the committees&apos; contact addresses):</source>
        <translation>Recipients (the committees&apos; contact addresses):</translation>
    </message>
    <message>
        <source>&amp;Send to the committee…</source>
        <translation>&amp;Send to the committee…</translation>
    </message>
    <message>
        <source>Writes an e-mail draft with the exported PDF attached and opens it.</source>
        <translation>Writes an e-mail draft with the exported PDF attached and opens it.</translation>
    </message>
    <message>
        <source>Attachment: none yet — export the report first.</source>
        <translation>Attachment: none yet — export the report first.</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>no address recorded</translation>
    </message>
    <message>
        <source>final edition</source>
        <translation>final edition</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Attachment: {file} ({edition} {year}, {language}).</source>
        <translation>Attachment: {file} ({edition} {year}, {language}).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Final edition</source>
        <translation>Final edition</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Case no. {number}</source>
        <translation>Case no. {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Status of the integration policy&apos;s goals and indicators for {year}</source>
        <translation>Status of the integration policy&apos;s goals and indicators for {year}</translation>
    </message>
    <message>
        <source>integration barometer</source>
        <translation>integration barometer</translation>
    </message>
    <message>
        <source>status report</source>
        <translation>status report</translation>
    </message>
    <message>
        <source>Line chart of {indicator} by year.</source>
        <translation>Line chart of {indicator} by year.</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>No values yet.</translation>
    </message>
    <message>
        <source>{area}: {value} in {year}.</source>
        <translation>{area}: {value} in {year}.</translation>
    </message>
    <message>
        <source>{area}: {first} in {first_year}, {last} in {last_year}.</source>
        <translation>{area}: {first} in {first_year}, {last} in {last_year}.</translation>
    </message>
    <message>
        <source>Change from {previous_year} to {year}: {change}.</source>
        <translation>Change from {previous_year} to {year}: {change}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Integration barometer — status report {year}</source>
        <translation>Integration barometer — status report {year}</translation>
    </message>
    <message>
        <source>final edition</source>
        <translation>final edition</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>The attached file {file} is the final edition of the report.</source>
        <translation>The attached file {file} is the final edition of the report.</translation>
    </message>
    <message>
        <source>The attached file {file} is a draft, not the final edition.</source>
        <translation>The attached file {file} is a draft, not the final edition.</translation>
    </message>
    <message>
        <source>Dear committee members,

Attached is the status report of the integration barometer for {year}. It shows how the goals of the integration policy developed, and how the committees followed up on their action plans.

Kind regards
{organisation}
</source>
        <translation>Dear committee members,

Attached is the status report of the integration barometer for {year}. It shows how the goals of the integration policy developed, and how the committees followed up on their action plans.

Kind regards
{organisation}
</translation>
    </message>
    <message>
        <source>Received late, {date}</source>
        <translation>Received late, {date}</translation>
    </message>
    <message>
        <source>Received {date}</source>
        <translation>Received {date}</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation>supplementary report</translation>
    </message>
    <message>
        <source>action-plan revision</source>
        <translation>action-plan revision</translation>
    </message>
    <message>
        <source>BIU decided not to ask for more</source>
        <translation>BIU decided not to ask for more</translation>
    </message>
    <message>
        <source>BIU asks for: {what}</source>
        <translation>BIU asks for: {what}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Proposed: supplementary report or action-plan revision ({reasons})</source>
        <translation>Proposed: supplementary report or action-plan revision ({reasons})</translation>
    </message>
    <message>
        <source>— goal {numbers}</source>
        <translation>— goal {numbers}</translation>
    </message>
    <message>
        <source>— goals {numbers}</source>
        <translation>— goals {numbers}</translation>
    </message>
    <message>
        <source>Committees&apos; follow-up</source>
        <translation>Committees&apos; follow-up</translation>
    </message>
    <message>
        <source>Every standing committee reports each year on the integration goals of its action plan. The integration reports for {year} were due on {deadline}.</source>
        <translation>Every standing committee reports each year on the integration goals of its action plan. The integration reports for {year} were due on {deadline}.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Integration report {year}</source>
        <translation>Integration report {year}</translation>
    </message>
    <message>
        <source>Goals not followed up</source>
        <translation>Goals not followed up</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <source>BIU&apos;s decision or proposal</source>
        <translation>BIU&apos;s decision or proposal</translation>
    </message>
    <message>
        <source>Integration report missing: {committees}.</source>
        <translation>Integration report missing: {committees}.</translation>
    </message>
    <message>
        <source>Action-plan goals without full follow-up</source>
        <translation>Action-plan goals without full follow-up</translation>
    </message>
    <message>
        <source>Not yet recorded by the secretariat</source>
        <translation>Not yet recorded by the secretariat</translation>
    </message>
    <message>
        <source>Action-plan goal</source>
        <translation>Action-plan goal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No follow-up is recorded yet for the committees whose integration report has not arrived ({count} of {total}).</source>
        <translation>No follow-up is recorded yet for the committees whose integration report has not arrived ({count} of {total}).</translation>
    </message>
    <message>
        <source>All action-plan goals were followed up.</source>
        <translation>All action-plan goals were followed up.</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Appendix: indicators and data quality</source>
        <translation>Appendix: indicators and data quality</translation>
    </message>
    <message>
        <source>How development is judged</source>
        <translation>How development is judged</translation>
    </message>
    <message>
        <source>Indicator metadata</source>
        <translation>Indicator metadata</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator and definition</source>
        <translation>Indicator and definition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Next expected data</source>
        <translation>Next expected data</translation>
    </message>
    <message>
        <source>Notes on data quality</source>
        <translation>Notes on data quality</translation>
    </message>
    <message>
        <source>{code}: survey-based. Values carry sampling uncertainty; the charts show 95 % confidence intervals (latest sample: {n} respondents in {year}).</source>
        <translation>{code}: survey-based. Values carry sampling uncertainty; the charts show 95 % confidence intervals (latest sample: {n} respondents in {year}).</translation>
    </message>
    <message>
        <source>{code}: survey-based; values carry sampling uncertainty.</source>
        <translation>{code}: survey-based; values carry sampling uncertainty.</translation>
    </message>
    <message>
        <source>{code}: provisional figures for {periods}.</source>
        <translation>{code}: provisional figures for {periods}.</translation>
    </message>
    <message>
        <source>no agreed date</source>
        <translation>no agreed date</translation>
    </message>
    <message>
        <source>{code}: no value yet for {year} for {area} (from {provider}, expected {expected}).</source>
        <translation>{code}: no value yet for {year} for {area} (from {provider}, expected {expected}).</translation>
    </message>
    <message>
        <source>No remarks on data quality.</source>
        <translation>No remarks on data quality.</translation>
    </message>
    <message>
        <source>Statistical significance of survey changes: two-sided z-test at the 5 % level (the 95 % margin of error), on the unrounded values.</source>
        <translation>Statistical significance of survey changes: two-sided z-test at the 5 % level (the 95 % margin of error), on the unrounded values.</translation>
    </message>
    <message>
        <source>FINAL EDITION</source>
        <translation>FINAL EDITION</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>How the goals of the integration policy developed in {year}</source>
        <translation>How the goals of the integration policy developed in {year}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Data status</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>DEMO — made-up values for trying the program</source>
        <translation>DEMO — made-up values for trying the program</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty.</source>
        <translation>The change is within the statistical uncertainty.</translation>
    </message>
    <message>
        <source>Whether the change is statistically significant cannot be tested: a sample size is missing.</source>
        <translation>Whether the change is statistically significant cannot be tested: a sample size is missing.</translation>
    </message>
    <message>
        <source>The change is statistically significant.</source>
        <translation>The change is statistically significant.</translation>
    </message>
    <message>
        <source>In {year}, {improved} goals improved, {worsened} worsened, {unchanged} were unchanged and {mixed} were mixed (the goal status, from all of a goal&apos;s indicators); {other} have no comparable data or no direction.</source>
        <translation>In {year}, {improved} goals improved, {worsened} worsened, {unchanged} were unchanged and {mixed} were mixed (the goal status, from all of a goal&apos;s indicators); {other} have no comparable data or no direction.</translation>
    </message>
    <message>
        <source>{count} of these goal statuses rest on provisional figures.</source>
        <translation>{count} of these goal statuses rest on provisional figures.</translation>
    </message>
    <message>
        <source>The barometer follows {goals} goals of the integration policy through their indicators. There are no numeric targets: an indicator develops well when it moves in its desired direction. {basis}</source>
        <translation>The barometer follows {goals} goals of the integration policy through their indicators. There are no numeric targets: an indicator develops well when it moves in its desired direction. {basis}</translation>
    </message>
    <message>
        <source>Value (year)</source>
        <translation>Value (year)</translation>
    </message>
    <message>
        <source>{legend}. The goal status combines all of the goal&apos;s indicators; the counts above are of the goal status. A year in brackets is the value&apos;s status year; * provisional figure. National: the country&apos;s value and its own development.</source>
        <translation>{legend}. The goal status combines all of the goal&apos;s indicators; the counts above are of the goal status. A year in brackets is the value&apos;s status year; * provisional figure. National: the country&apos;s value and its own development.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation>Headline indicator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation>Goal {number}: {title}</translation>
    </message>
    <message>
        <source>Focus area: {area}. Goal status: {status}.</source>
        <translation>Focus area: {area}. Goal status: {status}.</translation>
    </message>
    <message>
        <source>Goal status by the same rule: {statuses}.</source>
        <translation>Goal status by the same rule: {statuses}.</translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation>Supplementary indicator</translation>
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
        <translation>Values</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The secretariat has not recorded an assessment.</source>
        <translation>The secretariat has not recorded an assessment.</translation>
    </message>
    <message>
        <source>The indicator has no value recent enough to be judged in {year}. The latest value is {value}.</source>
        <translation>The indicator has no value recent enough to be judged in {year}. The latest value is {value}.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Development by area</source>
        <translation>Development by area</translation>
    </message>
    <message>
        <source>There is no value for the report year yet.</source>
        <translation>There is no value for the report year yet.</translation>
    </message>
    <message>
        <source>The value is {value}; there is no earlier value to compare with.</source>
        <translation>The value is {value}; there is no earlier value to compare with.</translation>
    </message>
    <message>
        <source>The value is {value} in {year} against {reference} in {reference_year}: a change of {change}.</source>
        <translation>The value is {value} in {year} against {reference} in {reference_year}: a change of {change}.</translation>
    </message>
    <message>
        <source>Development: {mark}.</source>
        <translation>Development: {mark}.</translation>
    </message>
    <message>
        <source>95 % confidence interval, {area}</source>
        <translation>95 % confidence interval, {area}</translation>
    </message>
    <message>
        <source>* Provisional figure; the provider may still revise it.</source>
        <translation>* Provisional figure; the provider may still revise it.</translation>
    </message>
    <message>
        <source>Unit: {unit}.</source>
        <translation>Unit: {unit}.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsBox</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>Fi&amp;nal edition (stored for re-issue)</source>
        <translation>Fi&amp;nal edition (stored for re-issue)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>optional, e.g. 2014-0012345</source>
        <translation>optional, e.g. 2014-0012345</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Comparison areas</source>
        <translation>Comparison areas</translation>
    </message>
    <message>
        <source>Space ticks or unticks an area.</source>
        <translation>Space ticks or unticks an area.</translation>
    </message>
    <message>
        <source>Comparison areas:</source>
        <translation>Comparison areas:</translation>
    </message>
    <message>
        <source>Report year: {year} (chosen in the toolbar)</source>
        <translation>Report year: {year} (chosen in the toolbar)</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Status report</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>Open the PDF when it is written</source>
        <translation>Open the PDF when it is written</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>No final edition was made; nothing was written.</source>
        <translation>No final edition was made; nothing was written.</translation>
    </message>
    <message>
        <source>Export the status report</source>
        <translation>Export the status report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the status report…</source>
        <translation>Writing the status report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>status-report-{year}-final</source>
        <translation>status-report-{year}-final</translation>
    </message>
    <message>
        <source>status-report-{year}-draft</source>
        <translation>status-report-{year}-draft</translation>
    </message>
    <message>
        <source>The final edition was re-issued unchanged as {file} ({pages} pages), with its own case number, comparison areas and data. To change them, tick &quot;Make a new final edition&quot;.</source>
        <translation>The final edition was re-issued unchanged as {file} ({pages} pages), with its own case number, comparison areas and data. To change them, tick &quot;Make a new final edition&quot;.</translation>
    </message>
    <message>
        <source>The final edition was written to {file} ({pages} pages) and stored for re-issue.</source>
        <translation>The final edition was written to {file} ({pages} pages) and stored for re-issue.</translation>
    </message>
    <message>
        <source>The draft was written to {file} ({pages} pages).</source>
        <translation>The draft was written to {file} ({pages} pages).</translation>
    </message>
    <message>
        <source>No program opened it; open the file from its folder.</source>
        <translation>No program opened it; open the file from its folder.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The report could not be made: {error}. Details are in {log}.</source>
        <translation>The report could not be made: {error}. Details are in {log}.</translation>
    </message>
    <message>
        <source>Export the report first; the e-mail carries the PDF.</source>
        <translation>Export the report first; the e-mail carries the PDF.</translation>
    </message>
    <message>
        <source>Choose at least one committee with a contact address.</source>
        <translation>Choose at least one committee with a contact address.</translation>
    </message>
    <message>
        <source>The e-mail draft {file} was written, but no mail program opened it. Open the file from your mail program (Outlook and Thunderbird read .eml drafts).</source>
        <translation>The e-mail draft {file} was written, but no mail program opened it. Open the file from your mail program (Outlook and Thunderbird read .eml drafts).</translation>
    </message>
    <message>
        <source>The e-mail draft {file} was opened in your mail program.</source>
        <translation>The e-mail draft {file} was opened in your mail program.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the table</source>
        <translation>the table</translation>
    </message>
    <message>
        <source>the column</source>
        <translation>the column</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>the index</translation>
    </message>
    <message>
        <source>the constraint</source>
        <translation>the constraint</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>the trigger</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>the view</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>the rule</translation>
    </message>
    <message>
        <source>the row security policy</source>
        <translation>the row security policy</translation>
    </message>
    <message>
        <source>{kind} {name} is not part of the barometer schema (version {revision}).</source>
        <translation>{kind} {name} is not part of the barometer schema (version {revision}).</translation>
    </message>
    <message>
        <source>{kind} {name} of the barometer schema (version {revision}) is missing.</source>
        <translation>{kind} {name} of the barometer schema (version {revision}) is missing.</translation>
    </message>
    <message>
        <source>{kind} {name} differs from the barometer schema (version {revision}): found &quot;{found}&quot;, expected &quot;{expected}&quot;.</source>
        <translation>{kind} {name} differs from the barometer schema (version {revision}): found &quot;{found}&quot;, expected &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <source>Further differences: {count} (&apos;db check&apos; lists them all).</source>
        <translation>Further differences: {count} (&apos;db check&apos; lists them all).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>For you on this computer</source>
        <translation>For you on this computer</translation>
    </message>
    <message>
        <source>Standard location in your user folder</source>
        <translation>Standard location in your user folder</translation>
    </message>
    <message>
        <source>The barometer database the program opens when it starts. Leave empty for the standard file in your user folder. Takes effect at the next start.</source>
        <translation>The barometer database the program opens when it starts. Leave empty for the standard file in your user folder. Takes effect at the next start.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Automatic (last complete year)</source>
        <translation>Automatic (last complete year)</translation>
    </message>
    <message>
        <source>The report year the program shows when it starts. Automatic means the last calendar year with values.</source>
        <translation>The report year the program shows when it starts. Automatic means the last calendar year with values.</translation>
    </message>
    <message>
        <source>Report &amp;year at start:</source>
        <translation>Report &amp;year at start:</translation>
    </message>
    <message>
        <source>The language of menus, screens, the status report and the web export.</source>
        <translation>The language of menus, screens, the status report and the web export.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Shared: stored in the database, for everyone</source>
        <translation>Shared: stored in the database, for everyone</translation>
    </message>
    <message>
        <source>The organisation named on the status report and the web pages.</source>
        <translation>The organisation named on the status report and the web pages.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG file shown on the status report&apos;s front page. Leave empty for no logo.</source>
        <translation>A PNG or JPEG file shown on the status report&apos;s front page. Leave empty for no logo.</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>The day in the year after the report year by which each committee&apos;s integration report must have followed up on its action plan.</source>
        <translation>The day in the year after the report year by which each committee&apos;s integration report must have followed up on its action plan.</translation>
    </message>
    <message>
        <source>Follow-&amp;up deadline:</source>
        <translation>Follow-&amp;up deadline:</translation>
    </message>
    <message>
        <source>Previous measurement</source>
        <translation>Previous measurement</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>What each indicator&apos;s latest value is compared with to judge its development.</source>
        <translation>What each indicator&apos;s latest value is compared with to judge its development.</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>The year whose values every later year is compared with, when comparing with a baseline year.</source>
        <translation>The year whose values every later year is compared with, when comparing with a baseline year.</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Baseline year:</translation>
    </message>
    <message>
        <source>The municipality (or the whole country) whose barometer this is: its values are the barometer&apos;s, the others are comparisons.</source>
        <translation>The municipality (or the whole country) whose barometer this is: its values are the barometer&apos;s, the others are comparisons.</translation>
    </message>
    <message>
        <source>Barometer &amp;area:</source>
        <translation>Barometer &amp;area:</translation>
    </message>
    <message>
        <source>What a survey change inside the 95 % margin of error counts as, in every screen, the report and the web.</source>
        <translation>What a survey change inside the 95 % margin of error counts as, in every screen, the report and the web.</translation>
    </message>
    <message>
        <source>Change not &amp;significant:</source>
        <translation>Change not &amp;significant:</translation>
    </message>
    <message>
        <source>How old an indicator&apos;s latest value may be and still be judged in the report year (register data arrive a year or two late). 0: only the report year&apos;s own value.</source>
        <translation>How old an indicator&apos;s latest value may be and still be judged in the report year (register data arrive a year or two late). 0: only the report year&apos;s own value.</translation>
    </message>
    <message>
        <source>Status &amp;window:</source>
        <translation>Status &amp;window:</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source> year</source>
        <translation> year</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The screens already open keep their language until the program is restarted. Restart now? Unsaved edits are asked about first.</source>
        <translation>The screens already open keep their language until the program is restarted. Restart now? Unsaved edits are asked about first.</translation>
    </message>
    <message>
        <source>Choose the barometer database</source>
        <translation>Choose the barometer database</translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation>Barometer database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedUse</name>
    <message>
        <source>The database cannot be written from here (the folder is read-only) – opened read-only.</source>
        <translation>The database cannot be written from here (the folder is read-only) – opened read-only.</translation>
    </message>
    <message>
        <source>The database is open on {host} by {user} – opened read-only.</source>
        <translation>The database is open on {host} by {user} – opened read-only.</translation>
    </message>
</context>
<context>
    <name>StaleHint</name>
    <message>
        <source>Load stored version</source>
        <translation>Load stored version</translation>
    </message>
    <message>
        <source>Throw away your changes here and show what is stored now.</source>
        <translation>Throw away your changes here and show what is stored now.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The year&apos;s cycle: what is due now for {year}</source>
        <translation>The year&apos;s cycle: what is due now for {year}</translation>
    </message>
    <message>
        <source>The database has no values yet. Start here:</source>
        <translation>The database has no values yet. Start here:</translation>
    </message>
    <message>
        <source>Import the values you have (a file from a spreadsheet)</source>
        <translation>Import the values you have (a file from a spreadsheet)</translation>
    </message>
    <message>
        <source>or type them into the data-entry grid</source>
        <translation>or type them into the data-entry grid</translation>
    </message>
    <message>
        <source>Record the committees and their action plans</source>
        <translation>Record the committees and their action plans</translation>
    </message>
    <message>
        <source>✘ 1 value overdue for {year}</source>
        <translation>✘ 1 value overdue for {year}</translation>
    </message>
    <message>
        <source>✘ {count} values overdue for {year}</source>
        <translation>✘ {count} values overdue for {year}</translation>
    </message>
    <message>
        <source>{count} values expected this month</source>
        <translation>{count} values expected this month</translation>
    </message>
    <message>
        <source>1 value expected this month</source>
        <translation>1 value expected this month</translation>
    </message>
    <message>
        <source>✔ No values are overdue or expected this month.</source>
        <translation>✔ No values are overdue or expected this month.</translation>
    </message>
    <message>
        <source>✘ Integration reports not received by {deadline}: {committees}</source>
        <translation>✘ Integration reports not received by {deadline}: {committees}</translation>
    </message>
    <message>
        <source>Integration reports awaited by {deadline}: {committees}</source>
        <translation>Integration reports awaited by {deadline}: {committees}</translation>
    </message>
    <message>
        <source>1 follow-up on an action-plan goal not yet recorded</source>
        <translation>1 follow-up on an action-plan goal not yet recorded</translation>
    </message>
    <message>
        <source>{count} follow-ups on action-plan goals not yet recorded</source>
        <translation>{count} follow-ups on action-plan goals not yet recorded</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The {year} report has a final edition ({languages}).</source>
        <translation>The {year} report has a final edition ({languages}).</translation>
    </message>
    <message>
        <source>The {year} report has no final edition yet.</source>
        <translation>The {year} report has no final edition yet.</translation>
    </message>
</context>
<context>
    <name>StatBank</name>
    <message>
        <source>{indicator}: table {table} updated {updated}; it has figures for {year}.</source>
        <translation>{indicator}: table {table} updated {updated}; it has figures for {year}.</translation>
    </message>
    <message>
        <source>{indicator}: table {table} updated {updated}; no figures for {year} yet.</source>
        <translation>{indicator}: table {table} updated {updated}; no figures for {year} yet.</translation>
    </message>
</context>
<context>
    <name>StatBankFetchDialog</name>
    <message>
        <source>Fetch data from Statistikbanken</source>
        <translation>Fetch data from Statistikbanken</translation>
    </message>
    <message>
        <source>The figures of indicators with a source in Statistikbanken are fetched for the barometer&apos;s areas and go through the same checks as a file import. Check first: nothing is stored until you click Import.</source>
        <translation>The figures of indicators with a source in Statistikbanken are fetched for the barometer&apos;s areas and go through the same checks as a file import. Check first: nothing is stored until you click Import.</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Only the year</source>
        <translation>Only the year</translation>
    </message>
    <message>
        <source>Leave empty to fetch all years</source>
        <translation>Leave empty to fetch all years</translation>
    </message>
    <message>
        <source>Only the &amp;year:</source>
        <translation>Only the &amp;year:</translation>
    </message>
    <message>
        <source>Result of the check or import</source>
        <translation>Result of the check or import</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The year must be a number, e.g. 2024.</source>
        <translation>The year must be a number, e.g. 2024.</translation>
    </message>
    <message>
        <source>No indicator has a source in Statistikbanken.</source>
        <translation>No indicator has a source in Statistikbanken.</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Asking Statistikbanken…</translation>
    </message>
    <message>
        <source>{indicator}: table {table}, updated {updated}</source>
        <translation>{indicator}: table {table}, updated {updated}</translation>
    </message>
</context>
<context>
    <name>StatBankSourceSection</name>
    <message>
        <source>Source in Statistikbanken (optional)</source>
        <translation>Source in Statistikbanken (optional)</translation>
    </message>
    <message>
        <source>e.g. befolkning herkomst</source>
        <translation>e.g. befolkning herkomst</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Search tables</translation>
    </message>
    <message>
        <source>Words from the table&apos;s title or its id</source>
        <translation>Words from the table&apos;s title or its id</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search Statistikbanken&apos;s list of tables by words from the title.</source>
        <translation>Search Statistikbanken&apos;s list of tables by words from the title.</translation>
    </message>
    <message>
        <source>Tables found</source>
        <translation>Tables found</translation>
    </message>
    <message>
        <source>Choose a table to read its variables</source>
        <translation>Choose a table to read its variables</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Stop waiting for Statistikbanken&apos;s answer; nothing is changed.</source>
        <translation>Stop waiting for Statistikbanken&apos;s answer; nothing is changed.</translation>
    </message>
    <message>
        <source>e.g. FOLK1E</source>
        <translation>e.g. FOLK1E</translation>
    </message>
    <message>
        <source>Read table</source>
        <translation>Read table</translation>
    </message>
    <message>
        <source>Ask Statistikbanken for the table&apos;s variables and values.</source>
        <translation>Ask Statistikbanken for the table&apos;s variables and values.</translation>
    </message>
    <message>
        <source>The indicator is a share: figure / denominator × 100</source>
        <translation>The indicator is a share: figure / denominator × 100</translation>
    </message>
    <message>
        <source>As the table writes it (2021, 2021K1, 2021M03)</source>
        <translation>As the table writes it (2021, 2021K1, 2021M03)</translation>
    </message>
    <message>
        <source>School year 2020/2021 is 2020</source>
        <translation>School year 2020/2021 is 2020</translation>
    </message>
    <message>
        <source>School year 2020/2021 is 2021</source>
        <translation>School year 2020/2021 is 2021</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>Preview figures</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Save source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation>Find table:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation>Denominator:</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>Variable / value</source>
        <translation>Variable / value</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stored selection: {selection}</source>
        <translation>Stored selection: {selection}</translation>
    </message>
    <message>
        <source>Asking Statistikbanken…</source>
        <translation>Asking Statistikbanken…</translation>
    </message>
    <message>
        <source>Stopped waiting for Statistikbanken; nothing was changed.</source>
        <translation>Stopped waiting for Statistikbanken; nothing was changed.</translation>
    </message>
    <message>
        <source>Type words from the table&apos;s title, e.g. befolkning herkomst.</source>
        <translation>Type words from the table&apos;s title, e.g. befolkning herkomst.</translation>
    </message>
    <message>
        <source>{count} tables found; choose one to read its variables.</source>
        <translation>{count} tables found; choose one to read its variables.</translation>
    </message>
    <message>
        <source>No table has &quot;{words}&quot; in its title.</source>
        <translation>No table has &quot;{words}&quot; in its title.</translation>
    </message>
    <message>
        <source>Give the table id first, e.g. FOLK1E.</source>
        <translation>Give the table id first, e.g. FOLK1E.</translation>
    </message>
    <message>
        <source>{text} (updated {updated})</source>
        <translation>{text} (updated {updated})</translation>
    </message>
    <message>
        <source>Tick the values that give the figure, at least one for every variable (the total is usually &quot;I alt&quot;). The area ({area}) and time ({time}) are filled in when fetching: the barometer&apos;s areas by municipality code, and every year.</source>
        <translation>Tick the values that give the figure, at least one for every variable (the total is usually &quot;I alt&quot;). The area ({area}) and time ({time}) are filled in when fetching: the barometer&apos;s areas by municipality code, and every year.</translation>
    </message>
    <message>
        <source>Preview (not stored):</source>
        <translation>Preview (not stored):</translation>
    </message>
    <message>
        <source>The source is saved.</source>
        <translation>The source is saved.</translation>
    </message>
    <message>
        <source>The source is removed; figures are entered or imported by hand.</source>
        <translation>The source is removed; figures are entered or imported by hand.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo not possible</source>
        <translation>Undo not possible</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>Entered by {user} on {date}</source>
        <translation>Entered by {user} on {date}</translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation>Sample size: {n}</translation>
    </message>
    <message>
        <source>Provisional value (marked *)</source>
        <translation>Provisional value (marked *)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Row {period}, column {area}</source>
        <translation>Row {period}, column {area}</translation>
    </message>
    <message>
        <source>{where}: &quot;{text}&quot; is not a number. Nothing was stored.</source>
        <translation>{where}: &quot;{text}&quot; is not a number. Nothing was stored.</translation>
    </message>
    <message>
        <source>Value {code} {area} {period}</source>
        <translation>Value {code} {area} {period}</translation>
    </message>
    <message>
        <source>{where}: {message} Nothing was stored.</source>
        <translation>{where}: {message} Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>DEMO: the values on these pages are made up.</source>
        <translation>DEMO: the values on these pages are made up.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Skip to content</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Published {date}</translation>
    </message>
    <message>
        <source>Download the published figures (CSV)</source>
        <translation>Download the published figures (CSV)</translation>
    </message>
    <message>
        <source>The goals</source>
        <translation>The goals</translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation>Integration barometer {year}</translation>
    </message>
    <message>
        <source>National: {value}</source>
        <translation>National: {value}</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>No indicators are published for this goal.</source>
        <translation>No indicators are published for this goal.</translation>
    </message>
    <message>
        <source>Focus area: {title}</source>
        <translation>Focus area: {title}</translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation>Headline indicator</translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation>Supplementary indicator</translation>
    </message>
    <message>
        <source>Latest value ({year})</source>
        <translation>Latest value ({year})</translation>
    </message>
    <message>
        <source>Integration barometer {year}. Only final figures are shown, compared as published (rounded).</source>
        <translation>Integration barometer {year}. Only final figures are shown, compared as published (rounded).</translation>
    </message>
    <message>
        <source>About the barometer</source>
        <translation>About the barometer</translation>
    </message>
    <message>
        <source>The CSV files are in Danish format: semicolons between the columns and decimal commas, as Danish Excel opens them.</source>
        <translation>The CSV files are in Danish format: semicolons between the columns and decimal commas, as Danish Excel opens them.</translation>
    </message>
    <message>
        <source>The CSV files are comma-separated with a full stop as the decimal mark; the Danish site&apos;s files use semicolons and decimal commas.</source>
        <translation>The CSV files are comma-separated with a full stop as the decimal mark; the Danish site&apos;s files use semicolons and decimal commas.</translation>
    </message>
    <message>
        <source>{count} goals await final figures for {year}; they are shown on the latest final figures.</source>
        <translation>{count} goals await final figures for {year}; they are shown on the latest final figures.</translation>
    </message>
    <message>
        <source>Status of the goals in {year}</source>
        <translation>Status of the goals in {year}</translation>
    </message>
    <message>
        <source>How the city&apos;s integration policy is moving: each goal&apos;s status, its headline indicator and the national figure.</source>
        <translation>How the city&apos;s integration policy is moving: each goal&apos;s status, its headline indicator and the national figure.</translation>
    </message>
    <message>
        <source>How development is judged</source>
        <translation>How development is judged</translation>
    </message>
    <message>
        <source>The figures as CSV files</source>
        <translation>The figures as CSV files</translation>
    </message>
    <message>
        <source>Each indicator&apos;s section links to a CSV file with its published figures per area and year: the value, the lower and upper end of the 95 % confidence interval and the sample size (survey indicators), whether the value is provisional (only final values are published) and the source. The file with all figures is linked at the bottom of every page.</source>
        <translation>Each indicator&apos;s section links to a CSV file with its published figures per area and year: the value, the lower and upper end of the 95% confidence interval and the sample size (survey indicators), whether the value is provisional (only final values are published) and the source. The file with all figures is linked at the bottom of every page.</translation>
    </message>
    <message>
        <source>There are no numeric targets: an indicator develops well when it moves in its desired direction.</source>
        <translation>There are no numeric targets: an indicator develops well when it moves in its desired direction.</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <source>National ({year})</source>
        <translation>National ({year})</translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty of the survey.</source>
        <translation>The change is within the statistical uncertainty of the survey.</translation>
    </message>
    <message>
        <source>Whether the change is statistically significant cannot be tested: a sample size is missing.</source>
        <translation>Whether the change is statistically significant cannot be tested: a sample size is missing.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The indicator&apos;s figures (CSV)</source>
        <translation>The indicator&apos;s figures (CSV)</translation>
    </message>
    <message>
        <source>Last updated {date}</source>
        <translation>Last updated {date}</translation>
    </message>
    <message>
        <source>No final figures are published yet.</source>
        <translation>No final figures are published yet.</translation>
    </message>
    <message>
        <source>{indicator}, development by year</source>
        <translation>{indicator}, development by year</translation>
    </message>
    <message>
        <source>The figures as a table</source>
        <translation>The figures as a table</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95% confidence interval</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>95 % confidence interval, {area}</source>
        <translation>95% confidence interval, {area}</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>Data provider</translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation>Desired direction</translation>
    </message>
    <message>
        <source>About the indicator</source>
        <translation>About the indicator</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>development</source>
        <translation>development</translation>
    </message>
    <message>
        <source>ci_95_lower</source>
        <translation>ci_95_lower</translation>
    </message>
    <message>
        <source>ci_95_upper</source>
        <translation>ci_95_upper</translation>
    </message>
    <message>
        <source>sample_size</source>
        <translation>sample_size</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subcommands</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument &quot;-&quot; with mode %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
</context>
</TS>
