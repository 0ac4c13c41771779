<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message>
        <source>That passphrase does not unlock this store. Check it and try again.</source>
        <translation>That passphrase does not unlock this store. Check it and try again.</translation>
    </message>
    <message>
        <source>The store file could not be found.</source>
        <translation>The store file could not be found.</translation>
    </message>
    <message>
        <source>A store already exists at this location.</source>
        <translation>A store already exists at this location.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged, so the store cannot be opened.</source>
        <translation>The store&apos;s key file is damaged, so the store cannot be opened.</translation>
    </message>
    <message>
        <source>The store is damaged or is not a FitFlow store.</source>
        <translation>The store is damaged or is not a FitFlow store.</translation>
    </message>
    <message>
        <source>The store could not be read or written. Check the disk and its permissions.</source>
        <translation>The store could not be read or written. Check the disk and its permissions.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>No store yet</source>
        <translation>No store yet</translation>
    </message>
    <message>
        <source>Encrypted store locked</source>
        <translation>Encrypted store locked</translation>
    </message>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Opening the encrypted store…</translation>
    </message>
    <message>
        <source>Encrypted store unlocked</source>
        <translation>Encrypted store unlocked</translation>
    </message>
    <message>
        <source>Server: not configured, working offline</source>
        <translation>Server: not configured, working offline</translation>
    </message>
    <message>
        <source>Server: offline, changes stay on this computer</source>
        <translation>Server: offline, changes stay on this computer</translation>
    </message>
    <message>
        <source>Server: online</source>
        <translation>Server: online</translation>
    </message>
    <message>
        <source>Server: certificate not trusted, not connecting</source>
        <translation>Server: certificate not trusted, not connecting</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarPage</name>
    <message>
        <source>No sessions yet</source>
        <translation>No sessions yet</translation>
    </message>
    <message>
        <source>Sessions you book at any of your studios appear together in one calendar.</source>
        <translation>Sessions you book at any of your studios appear together in one calendar.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientsPage</name>
    <message>
        <source>No clients yet</source>
        <translation>No clients yet</translation>
    </message>
    <message>
        <source>Clients you add, or that your studios share with you, are listed here.</source>
        <translation>Clients you add, or that your studios share with you, are listed here.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::DashboardPage</name>
    <message>
        <source>No sessions today</source>
        <translation>No sessions today</translation>
    </message>
    <message>
        <source>Your sessions at every studio, today and in the coming week, are listed here.</source>
        <translation>Your sessions at every studio, today and in the coming week, are listed here.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoicesPage</name>
    <message>
        <source>No invoices yet</source>
        <translation>No invoices yet</translation>
    </message>
    <message>
        <source>Invoices you issue and the payments you receive are listed here.</source>
        <translation>Invoices you issue and the payments you receive are listed here.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::MainWindow</name>
    <message>
        <source>FitFlow</source>
        <translation>FitFlow</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Close the encrypted store and ask for the passphrase again</source>
        <translation>Close the encrypted store and ask for the passphrase again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Encrypted store:</source>
        <translation>Encrypted store:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Trusted CA file:</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>System certificates only</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::UnlockDialog</name>
    <message>
        <source>Create your encrypted store</source>
        <translation>Create your encrypted store</translation>
    </message>
    <message>
        <source>Unlock FitFlow</source>
        <translation>Unlock FitFlow</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <source>Your clients, sessions and invoices are kept encrypted on this computer. Choose a passphrase of at least %1 characters. Without it nobody, including you, can open the store, so keep it somewhere safe.</source>
        <translation>Your clients, sessions and invoices are kept encrypted on this computer. Choose a passphrase of at least %1 characters. Without it nobody, including you, can open the store, so keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your encrypted store.</source>
        <translation>Enter your passphrase to open your encrypted store.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Creating the store</translation>
    </message>
    <message>
        <source>Unlocking the store</source>
        <translation>Unlocking the store</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Create store</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
</TS>
