<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
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
        <source>Unexpected error: {error}. Details are in {log}.</source>
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
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
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
        <source>The sample size must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard error must be zero or more.</source>
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
        <source>The folder of {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <source>Goals and indicators of the integration policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
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
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every second year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Goals and indicators</source>
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
    <name>Undo</name>
    <message>
        <source>Undo not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
