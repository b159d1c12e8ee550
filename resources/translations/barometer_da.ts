<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee secretariat&apos;s tool for Copenhagen&apos;s integration barometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>The secretariat&apos;s assessment of the development; shown in the status report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (shown in the web export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: the text is only for the committee&apos;s status report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the text as one action (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of {code} for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create, upgrade, check or back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database and seed the 2011 policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also load the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate to the newest schema (a backup is made first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and schema; exit 0 when sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy, also while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy and the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path} with the 2011 policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already has the newest schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded {path}; the previous version is kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationsbarometer: the committee secretariat&apos;s barometer tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or server URL (default: $BAROMETER_DB or the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the built-in demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language (da or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a password on the command line can be seen by others; use the PostgreSQL password file (pgpass) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import values from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the good rows even when some rows are rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column mapping saved in the Import screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export values to a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the public web barometer as a folder of web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the pages (default: the program&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the PDF status report for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report year (default: the latest year with values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final edition: stored for re-issue; re-issued unchanged if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new final edition from today&apos;s data, replacing the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report language (da or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison municipalities, comma-separated (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issued the final edition of {year} as {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the final edition of {year} to {file} ({pages} pages); it is stored for re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the {year} status report (draft) to {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the file differs byte for byte from the stored checksum of the final edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation on a temporary copy of the demo database; prints one JSON line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the test&apos;s files to FOLDER and keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <source>Missing follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator going the wrong way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://... or the full path of a pdf, docx, doc, xlsx, odt or html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document with the program the computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteesScreen</name>
    <message>
        <source>Yearly follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees and action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your data are safe: nothing half-done was stored.

The details below are also in the log file {log}. Copy them into an e-mail to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataEntryScreen</name>
    <message>
        <source>Type to overwrite a cell; Tab and Enter move on. Paste a block copied from Excel with Ctrl+V, clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fff4d6&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; still missing &amp;nbsp; &lt;span style=&apos;background:#fbd5d5&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; rejected input &amp;nbsp; &lt;i&gt;italic&lt;/i&gt; provisional figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry for {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open barometer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New barometer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened as a barometer database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database is still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>BIU&apos;s decision: {committee} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary report requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action-plan revision requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goals {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation to the city council:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: committees with missing follow-up, and committees whose action plan serves policy goals with an indicator going the wrong way in the report year. Confirm BIU&apos;s decision or dismiss the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation to the city council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU&apos;s decisions after the status report for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(policy goals {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Proposal dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Confirmed: {requests}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a committee with a confirmed decision to see its recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the note publicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size (n):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value in the grid first; then its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey indicator: enter the sample size, so the report can say whether a change is significant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal keeps its follow-ups from earlier years; it is not asked for after this date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: -3 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: any number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {code} {name}, column {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing for the report year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size not entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error: {se}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} (area code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored — {cell}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value first, then its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {code} {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared {code} {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {code} {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {code} {area}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {count} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared {count} values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {count} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {count} values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid now shows the stored values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block has {rows} rows and {columns} columns; from {cell} there is room for {free_rows} rows and {free_columns} columns. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Use the server&apos;s own backup tools for a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to {target} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this ({table}) in the meantime (deleted by {changed_by}). Your change was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this ({table}) in the meantime: now {newer_value} (changed by {changed_by}). Your change was not stored; reload to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; your change was not stored. Reload to see the newer value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {path} refused the login. Put the password in the PostgreSQL password file (pgpass) or ask IT to check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server {path}. Is it running, and is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server has no database named in {path}. Ask IT to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a barometer database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty. Create a barometer database with &apos;db init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has an older schema. Run &apos;db upgrade&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds a barometer database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved database address {path} contains a password. Remove it and put the password in the PostgreSQL password file (pgpass) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database this program can use: give a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a valid database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address {url} names no database (…/dbname at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in the folder {folder}: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a barometer database (not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Integrationsbarometer (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a barometer database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading {path} failed and was undone; the database is as it was. A copy from before the upgrade is kept as {backup}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator &quot;{text}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area &quot;{text}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period (e.g. 2011, 2011K1 or 2011M03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column heading is not a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample size must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard error must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not yes or no (use ja/nej or 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this value in the meantime: it is now {newer_value} (changed by {changed_by}). Your change was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must be a day of the year as MM-DD, e.g. 03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo {path} is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comparison basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline year must be a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no values to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area: {names}. Known areas: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s columns were not recognised: say which column holds {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same value is also given in row {first_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else stored values meanwhile; nothing was imported. Import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping called &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of {file} were not recognised (missing: {roles}). Map them once in the Import screen, or pass --mapping NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read; save the file as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 or Windows-1252 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file (CSV) or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} mixes character encodings near row {row}; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file (row {row}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be laid out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be replaced: it is open in another program or write-protected. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored final edition of {year} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan cannot end before it was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal can only serve goals of the plan&apos;s own policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action-plan goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee already has an action plan for this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal cannot end before its plan was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee needs a short name, e.g. BUU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name can be at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another committee is already called {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another committee already has the short name {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed this in the meantime. Your change was not stored; reload to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime (changed by {changed_by}). Your change was not stored; reload to see the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {year} report already has a final edition; it can be re-issued or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the final edition of {year} in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report about {year} cannot have been received before {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: unknown follow-up status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: choose whether the goal was followed up before adding a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the goal is not in this committee&apos;s action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what BIU asks for: a supplementary report, a revision of the action plan, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of BIU&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not allowed: only web addresses (http or https) and local documents can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; must be a full web address (https://...) or the full path of a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;{link}&quot; does not point to a document and will not be opened. Allowed are pdf, docx, doc, xlsx, odt and html files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;{link}&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty, not a barometer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} failed the database check and was not restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the open database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web barometer could not be written to {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this assessment in the meantime; your text was not stored. Copy your text, reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal already has the headline indicator {code}; a goal has one headline indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code can have at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release delay must be 0, 1 or 2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider can have at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source can have at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by another indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this indicator in the meantime; your change was not stored. Reload to see the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish web barometer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database with {file}? The current database is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from {file}. The previous database is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the values of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} values written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish web barometer: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web barometer for {year} is in {folder}. Upload the whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee has no action-plan goals in force in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;next committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on the goals of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{committee}: follow-up in the integration report for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ended {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up for this committee has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal, as the action plan states it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the integration policy it serves:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The database is empty: run &apos;db init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is version {revision}; run &apos;db upgrade&apos; to reach {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema differs from version {head}: {difference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this indicator&apos;s values, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet. Values loaded with the database (seed or import) have no history here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The mapping is remembered as &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of {file}: {count} rows would be rejected; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of {file}: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read: {new} new, {changed} changed and {unchanged} unchanged values; {missing} missing values skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {indicator} {area} {period} = {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {indicator} {area} {period}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel files in the long format (indicator, area, period, value) are read directly. For a statistics-bank table, say which column holds what; the mapping is remembered for the next file of the same shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns with a period as heading are periods (one value each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed values for what the file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Statistikbanken AUL01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the check or import appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the mapping &quot;{name}&quot; saved for files of this shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One headline indicator per goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal already has the headline indicator {code}. Make {code} a supplementary indicator and this one the headline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal now has the headline indicator {code}. Make {code} supplementary and reactivate this one as the headline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>95 % confidence interval: {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG file could not be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Percent (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (7-point scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction (context indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline indicator of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey-based (values have a margin of error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National and municipal figures exist for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code, e.g. 1.2 (goal number, then a running number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of the integration policy that the indicator measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s name as shown in the barometer and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what is measured, for whom and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the values; it decides the allowed range (e.g. 0-100 for percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals the value is published with; changes smaller than this count as unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way the indicator should move to count as progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each goal has one headline indicator; the others are supplementary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey values get 95 % confidence intervals and a significance test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from, e.g. a statistics bank table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivers the data, e.g. BUF or Danmarks Statistik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often new values arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month new values usually arrive (for the Missing data list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years after the measured year the values arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is counted, and any break in the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether figures for the whole country or other municipalities exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years until release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsScreen</name>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an indicator to the selected goal (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the indicator out of the barometer. Its values and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick municipalities to compare with København and the whole country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: 95 % confidence interval (survey values). Open circles: provisional values. Large dots: yearly values beside monthly or quarterly ones. Shaded: the report year. Hover a point for the exact value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value and press Enter; decimal comma is fine. * marks a provisional value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the definition (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(supplementary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development {year}: {trend}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Welcome to Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no barometer database on this computer yet.

Create an empty database with the 2011 policy&apos;s goals and indicators, or open the demo database with made-up values to try the program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest automatic backup is {backup}. Open a copy of it? The file that could not be opened is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a copy of the backup {backup} as {copy}. The file {original} was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>No link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer could open {link}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Barometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen shows this report year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is open: the values are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingDataScreen</name>
    <message>
        <source>Values expected for the municipality and the whole country, grouped by the provider who delivers them. A delivery is overdue after the end of its agreed release month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to enter the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every value due for {year} is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} values still missing for {year}, {overdue} of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} missing, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreed month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
    <message>
        <source>Save deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for integration reports (in the year after the report year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to BIU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send to the Employment and Integration Committee, as the policy requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing follow-up for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ {count} missing: integration reports not received by {deadline}, and goals of the action plans without follow-up, by committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Nothing is missing for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration report not received by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (policy goals {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee has followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice to BIU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against the baseline year (a setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against the previous measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national figure (Hele landet) for the same year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supplementary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change lies within the survey&apos;s margin of error (95 %): it is not statistically significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}
since {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s overall status, combined from its indicators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Show supplementary indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every active indicator of each goal, not only the headline indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to open the indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline indicators: {improved} improved, {worsened} worsened, {unchanged} unchanged, {other} without direction or data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@kk.dk, other@kk.dk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members&apos; or the committee secretary&apos;s addresses, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no action plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action plan for the current policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Final edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the integration policy&apos;s goals and indicators for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration barometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration barometer — status report {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear committee members,

Attached is the status report of the integration barometer for {year}. It shows how the goals of the integration policy developed, and how the committees followed up on their action plans.

Kind regards
{organisation}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action-plan revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU decided not to ask for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU asks for: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: supplementary report or action-plan revision ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— goals {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees&apos; follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every standing committee reports each year on the integration goals of its action plan. The integration reports for {year} were due on {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration report {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIU&apos;s decision or proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration report missing: {committees}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action-plan goals without follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action-plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All action-plan goals were followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: indicators and data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator and definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next expected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: survey-based. Values carry sampling uncertainty; the charts show 95 % confidence intervals (latest sample: {n} respondents in {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: survey-based; values carry sampling uncertainty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: provisional figures for {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: no value yet for {year} for {area} (from {provider}, expected {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remarks on data quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development is judged on the published, rounded figures: a change smaller than the precision a value is published with counts as unchanged. For survey indicators, a change is called statistically significant at the 5 % level (two-sided z-test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL EDITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the goals of the integration policy developed in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — made-up values for trying the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is statistically significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are measured against the baseline year {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are measured against the previous measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barometer follows {goals} goals of the integration policy through their headline indicators. There are no numeric targets: an indicator develops well when it moves in its desired direction. {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {improved} goals improved, {worsened} worsened and {unchanged} were unchanged (judged by the headline indicator); {other} have no comparable data or no direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ improved, ▼ worsened, ● unchanged (the published, rounded figures are equal), ◐ mixed, ◆ context indicator without a desired direction, – no comparable data. The goal status combines all of the goal&apos;s indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area: {area}. Goal status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat has not recorded an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no value for the report year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is {value}; there is no earlier value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is {value} in {year} against {reference} in {reference_year}: a change of {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development: {mark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national figure is {value} ({mark}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % confidence interval, {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Provisional figure; the provider may still revise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (7-point scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction (context indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator went the wrong way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final edition (stored for re-issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 2014-0012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new final edition from today&apos;s data (replaces the stored one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (the committees&apos; contact addresses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an e-mail draft with the exported PDF attached and opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {year} report has no final edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final edition made {date} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data have changed since; exporting the final edition re-issues it unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data have not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: value {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: new value {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: value {old} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: assessment text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: development now {new} (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: indicator added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status-report-{year}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the status report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final edition was re-issued unchanged as {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final edition was written to {file} ({pages} pages) and stored for re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was written to {file} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {error}. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report first; the e-mail carries the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one committee with a contact address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft {file} was opened in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard location in your user folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barometer database the program opens when it starts. Leave empty for the standard file in your user folder. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (last complete year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report year the program shows when it starts. Automatic means the last calendar year with values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, screens, the status report and the web export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: stored in the database, for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation named on the status report and the web pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG file shown on the status report&apos;s front page. Leave empty for no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day in the year after the report year by which each committee&apos;s integration report must have followed up on its action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each indicator&apos;s latest value is compared with to judge its development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose values every later year is compared with, when comparing with a baseline year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used for new windows now and everywhere after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the barometer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barometer database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedUse</name>
    <message>
        <source>The database cannot be written from here (the folder is read-only) – opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open on {host} by {user} – opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>Entered by {user} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional value (marked *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {period}, column {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;{text}&quot; is not a number. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value {code} {area} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message} Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context indicator (no desired direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: the values on these pages are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration barometer {year}. Only final figures are shown; the development is judged against the previous measurement, compared as published (rounded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the published figures (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development of the headline indicators in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration barometer {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the city&apos;s integration policy is moving: one headline indicator per goal, with the development since the previous measurement and the national figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators are published for this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since previous measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is within the statistical uncertainty of the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final figures are published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{indicator}, development by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (context indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
