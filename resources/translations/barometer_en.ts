<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="13"/>
        <source>create, upgrade, check or back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="16"/>
        <source>create the database and seed the 2011 policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="17"/>
        <source>also load the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="20"/>
        <source>migrate to the newest schema (a backup is made first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="23"/>
        <source>check integrity and schema; exit 0 when sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="26"/>
        <source>write a consistent copy, also while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="46"/>
        <source>Created {path} with the 2011 policy and the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="48"/>
        <source>Created {path} with the 2011 policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="68"/>
        <source>{path} already has the newest schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="71"/>
        <source>Upgraded {path}; the previous version is kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="87"/>
        <source>{path}: the database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="103"/>
        <source>Backup written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/main.py" line="30"/>
        <source>Integrationsbarometer: the committee secretariat&apos;s barometer tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/main.py" line="36"/>
        <source>database file or server URL (default: $BAROMETER_DB or the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/main.py" line="39"/>
        <source>open the built-in demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/main.py" line="41"/>
        <source>language (da or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/cli/main.py" line="88"/>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../barometer_desktop/ui/crash_dialog.py" line="27"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/crash_dialog.py" line="29"/>
        <source>Something went wrong that the program did not expect. Your data are safe: nothing half-done was stored.

The details below are also in the log file {log}. Copy them into an e-mail to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../barometer_desktop/cli/db_commands.py" line="99"/>
        <source>Use the server&apos;s own backup tools for a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/backup.py" line="25"/>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/backup.py" line="29"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/backup.py" line="35"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/backup.py" line="53"/>
        <source>The backup to {target} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="68"/>
        <source>The database is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="77"/>
        <source>Someone else changed this in the meantime; your change was not stored. Reload to see the newer value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="86"/>
        <source>The database refused the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="139"/>
        <source>The database {path} is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="146"/>
        <location filename="../../barometer_desktop/storage/engine.py" line="87"/>
        <source>The database file {path} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="151"/>
        <location filename="../../barometer_desktop/storage/database.py" line="172"/>
        <source>{path} is damaged or not a barometer database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="155"/>
        <source>The database {path} could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="201"/>
        <source>{path} is empty. Create a barometer database with &apos;db init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="209"/>
        <source>{path} has an older schema. Run &apos;db upgrade&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/database.py" line="235"/>
        <source>{path} already holds a barometer database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/engine.py" line="56"/>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/engine.py" line="61"/>
        <source>Cannot create a database in the folder {folder}: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/engine.py" line="67"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/engine.py" line="74"/>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/engine.py" line="80"/>
        <source>{path} is not a barometer database (not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/migrations.py" line="83"/>
        <source>{path} was written by a newer version of Integrationsbarometer (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/migrations.py" line="93"/>
        <source>{path} is a SQLite database, but not a barometer database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="69"/>
        <source>The value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="74"/>
        <source>The value must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="80"/>
        <source>The value must be at least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="85"/>
        <source>A count must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="94"/>
        <source>The sample size must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="99"/>
        <source>The standard error must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="171"/>
        <source>Someone else changed this value in the meantime: it is now {newer_value} (changed by {changed_by}). Your change was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/observations.py" line="193"/>
        <source>Unknown indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/seed.py" line="228"/>
        <source>Demo data line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/settings_store.py" line="48"/>
        <source>The deadline must be a day of the year as MM-DD, e.g. 03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/settings_store.py" line="74"/>
        <source>Unknown comparison basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/settings_store.py" line="76"/>
        <source>The baseline year must be a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="16"/>
        <source>Goals and indicators of the integration policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="22"/>
        <source>Goal / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="22"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="22"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="22"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="35"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="36"/>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="37"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="38"/>
        <source>every second year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="41"/>
        <source>Goal {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="46"/>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="46"/>
        <source>supplementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/screens/goals.py" line="48"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../barometer_desktop/storage/health.py" line="34"/>
        <source>The database is empty: run &apos;db init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/health.py" line="38"/>
        <source>The schema is version {revision}; run &apos;db upgrade&apos; to reach {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/storage/health.py" line="46"/>
        <source>Schema differs from version {head}: {difference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../barometer_desktop/ui/launch.py" line="46"/>
        <source>Welcome to Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/launch.py" line="48"/>
        <source>There is no barometer database on this computer yet.

Create an empty database with the 2011 policy&apos;s goals and indicators, or open the demo database with made-up values to try the program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/launch.py" line="55"/>
        <source>Create empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/launch.py" line="56"/>
        <source>Open demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/launch.py" line="94"/>
        <source>Integrationsbarometer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="61"/>
        <source>Goals and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="80"/>
        <source>Report year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="83"/>
        <source>Report year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="88"/>
        <source>Every screen shows this report year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="107"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="112"/>
        <source>The demo database is open: the values are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../barometer_desktop/ui/main_window.py" line="121"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../barometer_desktop/ui/undo.py" line="86"/>
        <source>Undo not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
