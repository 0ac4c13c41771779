<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountProfile</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Trainer %1</source>
        <translation>Trainer %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityCheck</name>
    <message>
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outside your availability at %1: time off on %2 (%3).</source>
        <translation>Outside your availability at %1: time off on %2 (%3).</translation>
    </message>
    <message>
        <source>Outside your availability at %1: no hours on %2.</source>
        <translation>Outside your availability at %1: no hours on %2.</translation>
    </message>
    <message>
        <source>Outside your availability at %1 on %2 (%3).</source>
        <translation>Outside your availability at %1 on %2 (%3).</translation>
    </message>
</context>
<context>
    <name>BillableSessions</name>
    <message>
        <source>Training session %1</source>
        <translation>Training session %1</translation>
    </message>
</context>
<context>
    <name>CancellationNotice</name>
    <message>
        <source>This cancellation is in time: no fee applies.</source>
        <translation>This cancellation is in time: no fee applies.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Your policy sets no fee.</source>
        <translation>This is a late cancellation. Your policy sets no fee.</translation>
    </message>
    <message>
        <source>This is a late cancellation: your policy charges a fee of %1. Cancelling creates a draft invoice of the fee for the client; choose Waive fee to cancel without it.</source>
        <translation>This is a late cancellation: your policy charges a fee of %1. Cancelling creates a draft invoice of the fee for the client; choose Waive fee to cancel without it.</translation>
    </message>
    <message>
        <source>Late cancellation fee — %1</source>
        <translation>Late cancellation fee — %1</translation>
    </message>
    <message>
        <source>Session cancelled. A draft invoice of %1 was created for %2: Invoices → Drafts.</source>
        <translation>Session cancelled. A draft invoice of %1 was created for %2: Invoices → Drafts.</translation>
    </message>
    <message>
        <source>Session cancelled, but the fee invoice could not be created: %1</source>
        <translation>Session cancelled, but the fee invoice could not be created: %1</translation>
    </message>
    <message>
        <source>Session cancelled. The late-cancellation fee was waived.</source>
        <translation>Session cancelled. The late-cancellation fee was waived.</translation>
    </message>
</context>
<context>
    <name>ConflictWarnings</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Overlaps by %1 min with %2 at %3 (%4).</source>
        <translation>Overlaps by %1 min with %2 at %3 (%4).</translation>
    </message>
    <message>
        <source>Only %1 min between this session and %2 at %3 (%4); travelling between locations needs %5 min.</source>
        <translation>Only %1 min between this session and %2 at %3 (%4); travelling between locations needs %5 min.</translation>
    </message>
</context>
<context>
    <name>ContractorInvoiceChoicesReader</name>
    <message>
        <source>Training session %1</source>
        <translation>Training session %1</translation>
    </message>
</context>
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
    <message>
        <source>Enter the server address starting with https://, for example https://sync.example.com.</source>
        <translation>Enter the server address starting with https://, for example https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Enter the e-mail address you sign in with.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The verification code has 6 digits.</source>
        <translation>The verification code has 6 digits.</translation>
    </message>
    <message>
        <source>The e-mail, password or verification code is not right.</source>
        <translation>The e-mail, password or verification code is not right.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>The server cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the CA file.</source>
        <translation>The server&apos;s certificate is not trusted. Check the CA file.</translation>
    </message>
    <message>
        <source>Sign in to the server (Settings) to sync.</source>
        <translation>Sign in to the server (Settings) to sync.</translation>
    </message>
    <message>
        <source>This device was removed from your account; its synced data was wiped.</source>
        <translation>This device was removed from your account; its synced data was wiped.</translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation>The new passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>The two new passphrases do not match.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>The store is locked.</translation>
    </message>
    <message>
        <source>This is already on another invoice. Void that invoice first to bill it again.</source>
        <translation>This is already on another invoice. Void that invoice first to bill it again.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, or leave it empty.</source>
        <translation>Enter an e-mail address such as name@example.com, or leave it empty.</translation>
    </message>
    <message>
        <source>This session has not started yet. It can be completed or marked as a no-show once it has started; cancelling is possible now.</source>
        <translation>This session has not started yet. It can be completed or marked as a no-show once it has started; cancelling is possible now.</translation>
    </message>
</context>
<context>
    <name>FinanceCsv</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Contractor invoices to %1</source>
        <translation>Contractor invoices to %1</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Personal training</source>
        <translation>Personal training</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FitFlow sessions</source>
        <translation>FitFlow sessions</translation>
    </message>
</context>
<context>
    <name>InvoiceDraftForm</name>
    <message>
        <source>Line %1: describe what is billed.</source>
        <translation>Line %1: describe what is billed.</translation>
    </message>
    <message>
        <source>Line %1: type the unit price, for example 85.00.</source>
        <translation>Line %1: type the unit price, for example 85.00.</translation>
    </message>
    <message>
        <source>Line %1: the discount is not an amount.</source>
        <translation>Line %1: the discount is not an amount.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Line %1: the quantity must be at least 1.</translation>
    </message>
    <message>
        <source>Line %1: the discount is more than the line.</source>
        <translation>Line %1: the discount is more than the line.</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>British Columbia</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>New Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Newfoundland and Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nova Scotia</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Northwest Territories</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Prince Edward Island</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>Taxed in %1: session held at %2</source>
        <translation>Taxed in %1: session held at %2</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choose the client.</translation>
    </message>
    <message>
        <source>Choose where the session is held: it decides the taxes.</source>
        <translation>Choose where the session is held: it decides the taxes.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Add at least one line.</translation>
    </message>
    <message>
        <source>This invoice cannot be computed: %1</source>
        <translation>This invoice cannot be computed: %1</translation>
    </message>
    <message>
        <source>Taxed in %1: services supplied at %2</source>
        <translation>Taxed in %1: services supplied at %2</translation>
    </message>
    <message>
        <source>Choose the studio location where you supplied the services.</source>
        <translation>Choose the studio location where you supplied the services.</translation>
    </message>
</context>
<context>
    <name>InvoiceErrorText</name>
    <message>
        <source>No invoice numbers are left on this device: connect once to reserve invoice numbers.</source>
        <translation>No invoice numbers are left on this device: connect once to reserve invoice numbers.</translation>
    </message>
    <message>
        <source>This invoice has already been issued.</source>
        <translation>This invoice has already been issued.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be paid or credited.</source>
        <translation>Only an issued invoice can be paid or credited.</translation>
    </message>
    <message>
        <source>The payment is more than the invoice&apos;s balance.</source>
        <translation>The payment is more than the invoice&apos;s balance.</translation>
    </message>
    <message>
        <source>The credit notes would credit more than the invoice.</source>
        <translation>The credit notes would credit more than the invoice.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided: issue a credit note instead.</source>
        <translation>An invoice with payments cannot be voided: issue a credit note instead.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Choose at least one line to credit.</translation>
    </message>
    <message>
        <source>The refund is more than what is left of that payment.</source>
        <translation>The refund is more than what is left of that payment.</translation>
    </message>
    <message>
        <source>The refund is more than the client&apos;s credit on this invoice.</source>
        <translation>The refund is more than the client&apos;s credit on this invoice.</translation>
    </message>
    <message>
        <source>A refund cannot be refunded.</source>
        <translation>A refund cannot be refunded.</translation>
    </message>
</context>
<context>
    <name>InvoiceTotalsLabels</name>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Taxes:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>$%1%2%3</source>
        <translation>$%1%2%3</translation>
    </message>
</context>
<context>
    <name>PackageBooking</name>
    <message>
        <source>%1 (%2 of %3 left)</source>
        <translation>%1 (%2 of %3 left)</translation>
    </message>
    <message>
        <source>No credit is left in this package: this session goes beyond it and will not be covered. Sell a new package or book it without one.</source>
        <translation>No credit is left in this package: this session goes beyond it and will not be covered. Sell a new package or book it without one.</translation>
    </message>
</context>
<context>
    <name>PackageInvoiceLine</name>
    <message>
        <source>%1 — 1 credit</source>
        <translation>%1 — 1 credit</translation>
    </message>
    <message>
        <source>%1 — %2 credits</source>
        <translation>%1 — %2 credits</translation>
    </message>
</context>
<context>
    <name>SoapTemplate</name>
    <message>
        <source>Subjective:</source>
        <translation>Subjective:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
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
    <name>TaxDisplayName</name>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>HST</source>
        <translation>HST</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>QST</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>A tax and its rate, e.g. &quot;GST 5%&quot; (French: &quot;TPS 5 %&quot;)</extracomment>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>TaxRegistrationInput</name>
    <message>
        <source>A GST/HST number is 9 digits, RT and 4 digits, for example 123456789RT0001.</source>
        <translation>A GST/HST number is 9 digits, RT and 4 digits, for example 123456789RT0001.</translation>
    </message>
    <message>
        <source>A QST number is 10 digits, TQ and 4 digits, for example 1234567890TQ0001.</source>
        <translation>A QST number is 10 digits, TQ and 4 digits, for example 1234567890TQ0001.</translation>
    </message>
    <message>
        <source>Check this GST/HST number: its check digit or account number does not look right.</source>
        <translation>Check this GST/HST number: its check digit or account number does not look right.</translation>
    </message>
    <message>
        <source>Check this QST number: its check digit or serial does not look right.</source>
        <translation>Check this QST number: its check digit or serial does not look right.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AppController</name>
    <message>
        <source>This device was removed</source>
        <translation>This device was removed</translation>
    </message>
    <message>
        <source>Your FitFlow account no longer trusts this computer, so the clients, sessions, notes and invoices synced to it have been wiped from this store.</source>
        <translation>Your FitFlow account no longer trusts this computer, so the clients, sessions, notes and invoices synced to it have been wiped from this store.</translation>
    </message>
    <message>
        <source>If this was a mistake, ask your organization&apos;s owner, then sign in again from Settings. Changes that had not been synced could not be kept.</source>
        <translation>If this was a mistake, ask your organization&apos;s owner, then sign in again from Settings. Changes that had not been synced could not be kept.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityAction</name>
    <message>
        <source>A&amp;vailability…</source>
        <translation>A&amp;vailability…</translation>
    </message>
    <message>
        <source>Set your weekly hours and time off at each location</source>
        <translation>Set your weekly hours and time off at each location</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityDialog</name>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>&amp;Add hours</translation>
    </message>
    <message>
        <source>&amp;Remove hours</source>
        <translation>&amp;Remove hours</translation>
    </message>
    <message>
        <source>Add &amp;exception</source>
        <translation>Add &amp;exception</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Remo&amp;ve exception</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Weekly hours (the location&apos;s local time):</source>
        <translation>&amp;Weekly hours (the location&apos;s local time):</translation>
    </message>
    <message>
        <source>E&amp;xceptions (time off or extra hours):</source>
        <translation>E&amp;xceptions (time off or extra hours):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityExceptionsModel</name>
    <message>
        <source>Extra hours</source>
        <translation>Extra hours</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Exceptions, row %1: the end must be after the start.</source>
        <translation>Exceptions, row %1: the end must be after the start.</translation>
    </message>
    <message>
        <source>Exceptions, row %1 overlaps another of the same date and kind.</source>
        <translation>Exceptions, row %1 overlaps another of the same date and kind.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityRulesModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Weekly hours, row %1: the end must be after the start.</source>
        <translation>Weekly hours, row %1: the end must be after the start.</translation>
    </message>
    <message>
        <source>Weekly hours, row %1 overlaps another span of the same day.</source>
        <translation>Weekly hours, row %1 overlaps another span of the same day.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::BookingFlow</name>
    <message>
        <source>Booking needs at least one client and one location: sync with the server or add a client first.</source>
        <translation>Booking needs at least one client and one location: sync with the server or add a client first.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>Session changed.</translation>
    </message>
    <message>
        <source>Sessions booked: %1.</source>
        <translation>Sessions booked: %1.</translation>
    </message>
    <message>
        <source>Conflicting move</source>
        <translation>Conflicting move</translation>
    </message>
    <message>
        <source>Moving this session conflicts:
%1

Move it anyway?</source>
        <translation>Moving this session conflicts:
%1

Move it anyway?</translation>
    </message>
    <message>
        <source>The session was not moved.</source>
        <translation>The session was not moved.</translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Session moved.</translation>
    </message>
    <message>
        <source>Recurring sessions booked: %1.</source>
        <translation>Recurring sessions booked: %1.</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Session deleted.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session with %1 at %2?</source>
        <translation>Delete the session with %1 at %2?</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Show the previous day or week</source>
        <translation>Show the previous day or week</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Show today</translation>
    </message>
    <message>
        <source>Show the next day or week</source>
        <translation>Show the next day or week</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation>Show the week</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Book a session</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the selected session</source>
        <translation>Change the selected session</translation>
    </message>
    <message>
        <source>Open or start the note of the selected session</source>
        <translation>Open or start the note of the selected session</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>Mark the selected session as done</source>
        <translation>Mark the selected session as done</translation>
    </message>
    <message>
        <source>C&amp;ancel session…</source>
        <translation>C&amp;ancel session…</translation>
    </message>
    <message>
        <source>Cancel the selected session (a late fee may apply)</source>
        <translation>Cancel the selected session (a late fee may apply)</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>No-&amp;show</translation>
    </message>
    <message>
        <source>Mark that the client did not come</source>
        <translation>Mark that the client did not come</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Make the selected session scheduled again</source>
        <translation>Make the selected session scheduled again</translation>
    </message>
    <message>
        <source>Export the shown sessions as an iCalendar (.ics) file</source>
        <translation>Export the shown sessions as an iCalendar (.ics) file</translation>
    </message>
    <message>
        <source>Export every session as an iCalendar (.ics) file</source>
        <translation>Export every session as an iCalendar (.ics) file</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>Calendar actions and shortcuts</source>
        <translation>Calendar actions and shortcuts</translation>
    </message>
    <message>
        <source>Times are shown in %1, this computer&apos;s time zone. Exported calendars keep each studio&apos;s own time zone.</source>
        <translation>Times are shown in %1, this computer&apos;s time zone. Exported calendars keep each studio&apos;s own time zone.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Session is now %1.</source>
        <translation>Session is now %1.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Cancel the session with %1?

%2</source>
        <translation>Cancel the session with %1?

%2</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Session cancelled.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Sessions exported to %1: %2.</source>
        <translation>Sessions exported to %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected session (asks which, if it repeats)</source>
        <translation>Delete the selected session (asks which, if it repeats)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>Could not export the calendar to %1: %2</source>
        <translation>Could not export the calendar to %1: %2</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exporting sessions…</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Sess&amp;ion note…</source>
        <translation>Sess&amp;ion note…</translation>
    </message>
    <message>
        <source>Export s&amp;hown…</source>
        <translation>Export s&amp;hown…</translation>
    </message>
    <message>
        <source>Export a&amp;ll…</source>
        <translation>Export a&amp;ll…</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;Waive fee</translation>
    </message>
    <message>
        <source>Available once the session has started (%1).</source>
        <translation>Available once the session has started (%1).</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarSettingsGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Travel buffer between studios</source>
        <translation>Travel buffer between studios</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Late cancellation window in hours</source>
        <translation>Late cancellation window in hours</translation>
    </message>
    <message>
        <source> h before the start</source>
        <translation> h before the start</translation>
    </message>
    <message>
        <source>Never late</source>
        <translation>Never late</translation>
    </message>
    <message>
        <source>Late cancellation fee in dollars</source>
        <translation>Late cancellation fee in dollars</translation>
    </message>
    <message>
        <source>0.00 for no fee</source>
        <translation>0.00 for no fee</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The travel buffer is the time you need between sessions at two different locations; bookings closer than that are warned about. A cancellation within the window before the start is late and the fee is offered.</source>
        <translation>The travel buffer is the time you need between sessions at two different locations; bookings closer than that are warned about. A cancellation within the window before the start is late and the fee is offered.</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>&amp;Travel buffer:</translation>
    </message>
    <message>
        <source>Late cancellation &amp;window:</source>
        <translation>Late cancellation &amp;window:</translation>
    </message>
    <message>
        <source>The fee can be at most %1.</source>
        <translation>The fee can be at most %1.</translation>
    </message>
    <message>
        <source>Enter the fee as an amount like 25 or 25.50 (0 for no fee).</source>
        <translation>Enter the fee as an amount like 25 or 25.50 (0 for no fee).</translation>
    </message>
    <message>
        <source>Late cancellation fe&amp;e ($):</source>
        <translation>Late cancellation fe&amp;e ($):</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarView</name>
    <message>
        <source>Sessions calendar</source>
        <translation>Sessions calendar</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4</source>
        <translation>%1
%2, %3
%4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Arrow keys select a session, Enter edits it, Shift+arrows move it, Alt+Up and Alt+Down change its length</source>
        <translation>Arrow keys select a session, Enter edits it, Shift+arrows move it, Alt+Up and Alt+Down change its length</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirm new passphrase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirm:</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientEditorDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Home location</translation>
    </message>
    <message>
        <source>&amp;Home location</source>
        <translation>&amp;Home location</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Sync once first: this device knows no organization yet.</source>
        <translation>Sync once first: this device knows no organization yet.</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. knee, mornings</source>
        <translation>Comma-separated, e.g. knee, mornings</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientHistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>SOAP note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (conflict): %2</source>
        <translation>%1 (conflict): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Session %1 at %2 (%3)</source>
        <translation>Session %1 at %2 (%3)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>%1 %2 (draft): total %3</source>
        <translation>%1 %2 (draft): total %3</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>%1 %2 (%3): total %4, paid %5, due %6</source>
        <translation>%1 %2 (%3): total %4, paid %5, due %6</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3): total %4, paid %5, credit %6</source>
        <translation>%1 %2 (%3): total %4, paid %5, credit %6</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Credit: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>%1 (%2 due, %3 credit)</source>
        <translation>%1 (%2 due, %3 credit)</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientProfilePanel</name>
    <message>
        <source>No client selected</source>
        <translation>No client selected</translation>
    </message>
    <message>
        <source>Pick a client in the list to see their profile.</source>
        <translation>Pick a client in the list to see their profile.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Home location</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Client history</translation>
    </message>
    <message>
        <source>New &amp;SOAP note</source>
        <translation>New &amp;SOAP note</translation>
    </message>
    <message>
        <source>New free-text &amp;note</source>
        <translation>New free-text &amp;note</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Invoices and payments</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>No invoices yet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None assigned yet</source>
        <translation>None assigned yet</translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s)</source>
        <translation>
            <numerusform>%n trainer</numerusform>
            <numerusform>%n trainers</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <source>P&amp;ackages and credits</source>
        <translation>P&amp;ackages and credits</translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation>Consent history, newest first</translation>
    </message>
    <message>
        <source>&amp;Record consent...</source>
        <translation>&amp;Record consent...</translation>
    </message>
    <message>
        <source>Packages and remaining credits</source>
        <translation>Packages and remaining credits</translation>
    </message>
    <message>
        <source>Add &amp;package...</source>
        <translation>Add &amp;package...</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the history above. %1</source>
        <translation>
            <numerusform>%n invoice in the history above. %1</numerusform>
            <numerusform>%n invoices in the history above. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientsPage</name>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>&amp;Edit client</source>
        <translation>&amp;Edit client</translation>
    </message>
    <message>
        <source>&amp;Delete client</source>
        <translation>&amp;Delete client</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation>Client not deleted</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>Delete %1 %2? Their sessions and notes stay in your records.</source>
        <translation>Delete %1 %2? Their sessions and notes stay in your records.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Record &amp;consent...</source>
        <translation>Record &amp;consent...</translation>
    </message>
    <message>
        <source>Add &amp;package...</source>
        <translation>Add &amp;package...</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag (%1)</source>
        <translation>Search by name, email, phone or tag (%1)</translation>
    </message>
    <message>
        <source>Show only clients with tag</source>
        <translation>Show only clients with tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Invoice package...</source>
        <translation>&amp;Invoice package...</translation>
    </message>
    <message>
        <source>No organization yet</source>
        <translation>No organization yet</translation>
    </message>
    <message>
        <source>Clients belong to a studio or practice, and this computer does not know yours yet.</source>
        <translation>Clients belong to a studio or practice, and this computer does not know yours yet.</translation>
    </message>
    <message>
        <source>Sign in from Settings (Account, Sign in...) while online: the first sync brings your organizations and their locations. After that you can add clients, even offline.</source>
        <translation>Sign in from Settings (Account, Sign in...) while online: the first sync brings your organizations and their locations. After that you can add clients, even offline.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ConsentDialog</name>
    <message>
        <source>Record consent for %1</source>
        <translation>Record consent for %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>&amp;Granted</source>
        <translation>&amp;Granted</translation>
    </message>
    <message>
        <source>&amp;Withdrawn or refused</source>
        <translation>&amp;Withdrawn or refused</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>e.g. 2026-01</translation>
    </message>
    <message>
        <source>&amp;Policy version</source>
        <translation>&amp;Policy version</translation>
    </message>
    <message>
        <source>Each decision is kept as a new version; earlier versions stay in the history.</source>
        <translation>Each decision is kept as a new version; earlier versions stay in the history.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ConsentHistoryModel</name>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Granted (policy %1, %2)</source>
        <translation>Granted (policy %1, %2)</translation>
    </message>
    <message>
        <source>Withdrawn (policy %1, %2)</source>
        <translation>Withdrawn (policy %1, %2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Data sharing</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ContractorInvoiceAction</name>
    <message>
        <source>New con&amp;tractor invoice…</source>
        <translation>New con&amp;tractor invoice…</translation>
    </message>
    <message>
        <source>Invoice a studio for the sessions you ran there (%1)</source>
        <translation>Invoice a studio for the sessions you ran there (%1)</translation>
    </message>
    <message>
        <source>Invoice a studio for the sessions you ran there</source>
        <translation>Invoice a studio for the sessions you ran there</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ContractorInvoiceDialog</name>
    <message>
        <source>New contractor invoice</source>
        <translation>New contractor invoice</translation>
    </message>
    <message>
        <source>New contractor invoice to a studio</source>
        <translation>New contractor invoice to a studio</translation>
    </message>
    <message>
        <source>Studio you invoice</source>
        <translation>Studio you invoice</translation>
    </message>
    <message>
        <source>Location where you supplied the services</source>
        <translation>Location where you supplied the services</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Studio:</source>
        <translation>&amp;Studio:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Invoice &amp;date:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <source>Contractor invoice lines</source>
        <translation>Contractor invoice lines</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Li&amp;nes (sessions you ran there in the period):</source>
        <translation>Li&amp;nes (sessions you ran there in the period):</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Sa&amp;ve draft</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>You. GST/HST: %1; QST: %2 (Settings ▸ Profile)</source>
        <translation>You. GST/HST: %1; QST: %2 (Settings ▸ Profile)</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Quantity of line %1</translation>
    </message>
    <message>
        <source>You are no studio&apos;s trainer on this computer: sign in and sync.</source>
        <translation>You are no studio&apos;s trainer on this computer: sign in and sync.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CreateStorePage</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: add more words or mix letters, digits and symbols.</source>
        <translation>Weak: add more words or mix letters, digits and symbols.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Fair: a few more words would make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Create your encrypted store</source>
        <translation>Create your encrypted store</translation>
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
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Creating the store</translation>
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
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Choose a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <source>The confirmation does not match yet.</source>
        <translation>The confirmation does not match yet.</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this computer. Without the passphrase nobody can open it, not even you: keep it somewhere safe.</source>
        <translation>Everything you record is encrypted on this computer. Without the passphrase nobody can open it, not even you: keep it somewhere safe.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Credit note for %1</translation>
    </message>
    <message>
        <source>Choose how many units of each line to credit. The credit note takes the next invoice number and uses the invoice&apos;s date and tax rates.</source>
        <translation>Choose how many units of each line to credit. The credit note takes the next invoice number and uses the invoice&apos;s date and tax rates.</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Lines to credit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Units to credit</source>
        <translation>Units to credit</translation>
    </message>
    <message>
        <source>Units of %1 to credit</source>
        <translation>Units of %1 to credit</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>&amp;Issue credit note</translation>
    </message>
    <message>
        <source>Choose at least one unit to credit.</source>
        <translation>Choose at least one unit to credit.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited: %1</source>
        <translation>This invoice cannot be credited: %1</translation>
    </message>
    <message>
        <source>Together with the credit notes already issued (%1) this would credit more than the invoice.</source>
        <translation>Together with the credit notes already issued (%1) this would credit more than the invoice.</translation>
    </message>
    <message>
        <source>Credit note total, taxes included: %1</source>
        <translation>Credit note total, taxes included: %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No sessions today at any studio.</source>
        <translation>No sessions today at any studio.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Today&apos;s sessions</translation>
    </message>
    <message>
        <source>Next seven days</source>
        <translation>Next seven days</translation>
    </message>
    <message>
        <source>Sessions in the next seven days</source>
        <translation>Sessions in the next seven days</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>%1: %2 outstanding, %3 overdue (over 30 days), %4 received this month</source>
        <translation>%1: %2 outstanding, %3 overdue (over 30 days), %4 received this month</translation>
    </message>
    <message>
        <source>No studios yet: sync with the server first.</source>
        <translation>No studios yet: sync with the server first.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Notes edited on two devices: %1</source>
        <translation>Notes edited on two devices: %1</translation>
    </message>
    <message>
        <source>Not signed in to a server. %1</source>
        <translation>Not signed in to a server. %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinanceChart</name>
    <message>
        <source>Revenue chart</source>
        <translation>Revenue chart</translation>
    </message>
    <message>
        <source>Revenue by period and studio</source>
        <translation>Revenue by period and studio</translation>
    </message>
    <message>
        <source>Payments received by period and studio</source>
        <translation>Payments received by period and studio</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s); the tallest bar is %1. The table below lists every amount.</source>
        <translation>
            <numerusform>%n period; the tallest bar is %1. The table below lists every amount.</numerusform>
            <numerusform>%n periods; the tallest bar is %1. The table below lists every amount.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chart for these filters.</source>
        <translation>Nothing to chart for these filters.</translation>
    </message>
    <message>
        <source>Tax you collected as a supplier by period and studio billed</source>
        <translation>Tax you collected as a supplier by period and studio billed</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinancePage</name>
    <message>
        <source>Financial overview</source>
        <translation>Financial overview</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file (%1)</source>
        <translation>Save the table as a CSV file (%1)</translation>
    </message>
    <message>
        <source>Revenue and taxes by period and studio</source>
        <translation>Revenue and taxes by period and studio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Revenue (invoices minus credit notes)</source>
        <translation>Revenue (invoices minus credit notes)</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Export financial overview</source>
        <translation>Export financial overview</translation>
    </message>
    <message>
        <source>financial-overview.csv</source>
        <translation>financial-overview.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>The CSV file could not be written: %1</translation>
    </message>
    <message>
        <source>Tax you collected on your contractor invoices (you file it, not the studio)</source>
        <translation>Tax you collected on your contractor invoices (you file it, not the studio)</translation>
    </message>
    <message>
        <source>Tax you collected as a supplier by period and studio billed</source>
        <translation>Tax you collected as a supplier by period and studio billed</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinanceTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinanceWindowAction</name>
    <message>
        <source>&amp;Financial overview</source>
        <translation>&amp;Financial overview</translation>
    </message>
    <message>
        <source>Revenue by studio, taxes collected and payments received (%1)</source>
        <translation>Revenue by studio, taxes collected and payments received (%1)</translation>
    </message>
    <message>
        <source>Revenue by studio, taxes collected and payments received</source>
        <translation>Revenue by studio, taxes collected and payments received</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FirstRunWizard</name>
    <message>
        <source>Welcome to FitFlow</source>
        <translation>Welcome to FitFlow</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(not issued)</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (credit note)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Credit %1</translation>
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
    <message>
        <source>Show invoices by status</source>
        <translation>Show invoices by status</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;New invoice…</translation>
    </message>
    <message>
        <source>Write a new invoice</source>
        <translation>Write a new invoice</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Issue the selected draft with this device&apos;s next number</source>
        <translation>Issue the selected draft with this device&apos;s next number</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Record a cash or e-transfer payment on the selected invoice</source>
        <translation>Record a cash or e-transfer payment on the selected invoice</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Credit note…</translation>
    </message>
    <message>
        <source>Issue a credit note for the whole selected invoice</source>
        <translation>Issue a credit note for the whole selected invoice</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF</source>
        <translation>Save the selected invoice as a PDF</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Accounts receivable</translation>
    </message>
    <message>
        <source>0–30 days:</source>
        <translation>0–30 days:</translation>
    </message>
    <message>
        <source>31–60 days:</source>
        <translation>31–60 days:</translation>
    </message>
    <message>
        <source>61–90 days:</source>
        <translation>61–90 days:</translation>
    </message>
    <message>
        <source>Over 90 days:</source>
        <translation>Over 90 days:</translation>
    </message>
    <message>
        <source>Total due:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Save invoice as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Void the selected issued invoice (only without payments)</source>
        <translation>Void the selected issued invoice (only without payments)</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Edit draft…</translation>
    </message>
    <message>
        <source>Change the selected draft before it is issued</source>
        <translation>Change the selected draft before it is issued</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Void invoice</translation>
    </message>
    <message>
        <source>Void %1? It stays in the list as void, its number is not reused, and nothing is due on it any more.</source>
        <translation>Void %1? It stays in the list as void, its number is not reused, and nothing is due on it any more.</translation>
    </message>
    <message>
        <source>&amp;Void invoice</source>
        <translation>&amp;Void invoice</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Show invoices by recipient</source>
        <translation>Show invoices by recipient</translation>
    </message>
    <message>
        <source>To clients and studios</source>
        <translation>To clients and studios</translation>
    </message>
    <message>
        <source>To clients</source>
        <translation>To clients</translation>
    </message>
    <message>
        <source>To studios (your contractor invoices)</source>
        <translation>To studios (your contractor invoices)</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refund…</translation>
    </message>
    <message>
        <source>Give the client&apos;s credit on the selected invoice back out of a cash or e-transfer payment</source>
        <translation>Give the client&apos;s credit on the selected invoice back out of a cash or e-transfer payment</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoicesService</name>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Issued invoice %1.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>Credit note issued.</translation>
    </message>
    <message>
        <source>Invoice voided.</source>
        <translation>Invoice voided.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>Refund recorded.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::LateFeeFlow</name>
    <message>
        <source>Late cancellation fee</source>
        <translation>Late cancellation fee</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Open draft</translation>
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
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send this computer&apos;s changes and fetch everyone else&apos;s</source>
        <translation>Send this computer&apos;s changes and fetch everyone else&apos;s</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendar</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerPage</name>
    <message>
        <source>Manager view</source>
        <translation>Manager view</translation>
    </message>
    <message>
        <source>You do not run a studio yet: the Manager view shows the organizations where you are an owner, manager or trainer admin, once this computer has synced them.</source>
        <translation>You do not run a studio yet: the Manager view shows the organizations where you are an owner, manager or trainer admin, once this computer has synced them.</translation>
    </message>
    <message>
        <source>Manager view sections</source>
        <translation>Manager view sections</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Trainer filter</source>
        <translation>Trainer filter</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Previous week</translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation>Previous week (%1)</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>T&amp;his week</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Next week</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Next week (%1)</translation>
    </message>
    <message>
        <source>Week schedule by trainer</source>
        <translation>Week schedule by trainer</translation>
    </message>
    <message>
        <source>Utilisation per trainer</source>
        <translation>Utilisation per trainer</translation>
    </message>
    <message>
        <source>Utilisation this week and month</source>
        <translation>Utilisation this week and month</translation>
    </message>
    <message>
        <source>The organization&apos;s invoices</source>
        <translation>The organization&apos;s invoices</translation>
    </message>
    <message>
        <source>&amp;Mark paid...</source>
        <translation>&amp;Mark paid...</translation>
    </message>
    <message>
        <source>Record a payment of the selected invoice (%1)</source>
        <translation>Record a payment of the selected invoice (%1)</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Offline: showing what this computer last synced.</source>
        <translation>Offline: showing what this computer last synced.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>All trainers</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Outstanding: %1</translation>
    </message>
    <message>
        <source>&amp;Contractor invoices</source>
        <translation>&amp;Contractor invoices</translation>
    </message>
    <message>
        <source>Contractor invoices trainers sent the studio</source>
        <translation>Contractor invoices trainers sent the studio</translation>
    </message>
    <message>
        <source>The studio owes trainers: %1</source>
        <translation>The studio owes trainers: %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerService</name>
    <message>
        <source>The store is locked.</source>
        <translation>The store is locked.</translation>
    </message>
    <message>
        <source>Your role may not record payments for this organization.</source>
        <translation>Your role may not record payments for this organization.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerWindowAction</name>
    <message>
        <source>&amp;Manager view</source>
        <translation>&amp;Manager view</translation>
    </message>
    <message>
        <source>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run (%1)</source>
        <translation>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run (%1)</translation>
    </message>
    <message>
        <source>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run</source>
        <translation>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run</translation>
    </message>
    <message>
        <source>Manager view</source>
        <translation>Manager view</translation>
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
    <name>fitflow::desktop::NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Where the session is held</source>
        <translation>Where the session is held</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Registered for GST/HST</source>
        <translation>Registered for GST/HST</translation>
    </message>
    <message>
        <source>Registered for QST</source>
        <translation>Registered for QST</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Held at:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Tax exempt</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Completed sessions and packages not invoiced yet</source>
        <translation>Completed sessions and packages not invoiced yet</translation>
    </message>
    <message>
        <source>Add chec&amp;ked items</source>
        <translation>Add chec&amp;ked items</translation>
    </message>
    <message>
        <source>Completed &amp;sessions and packages not invoiced yet:</source>
        <translation>Completed &amp;sessions and packages not invoiced yet:</translation>
    </message>
    <message>
        <source>This package is invoiced already.</source>
        <translation>This package is invoiced already.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NewInvoiceService</name>
    <message>
        <source>The draft is saved, but it cannot be issued yet: connect once to reserve invoice numbers.</source>
        <translation>The draft is saved, but it cannot be issued yet: connect once to reserve invoice numbers.</translation>
    </message>
    <message>
        <source>The draft is saved, but it could not be issued: %1</source>
        <translation>The draft is saved, but it could not be issued: %1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Issued invoice %1.</translation>
    </message>
    <message>
        <source>Not issued: this organization has no GST/HST registration number, so it cannot charge GST/HST. Untick &quot;Registered for GST/HST&quot;, or ask the owner to add the number.</source>
        <translation>Not issued: this organization has no GST/HST registration number, so it cannot charge GST/HST. Untick &quot;Registered for GST/HST&quot;, or ask the owner to add the number.</translation>
    </message>
    <message>
        <source>Not issued: this organization has no QST registration number, so it cannot charge QST. Untick &quot;Registered for QST&quot;, or ask the owner to add the number.</source>
        <translation>Not issued: this organization has no QST registration number, so it cannot charge QST. Untick &quot;Registered for QST&quot;, or ask the owner to add the number.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NoteConflictDialog</name>
    <message>
        <source>Resolve conflicting versions</source>
        <translation>Resolve conflicting versions</translation>
    </message>
    <message>
        <source>This note was changed in two places at once. Keep one version, or combine them below and save.</source>
        <translation>This note was changed in two places at once. Keep one version, or combine them below and save.</translation>
    </message>
    <message>
        <source>Version A (newest)</source>
        <translation>Version A (newest)</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Version B</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Version A</translation>
    </message>
    <message>
        <source>Use version &amp;A</source>
        <translation>Use version &amp;A</translation>
    </message>
    <message>
        <source>Use version &amp;B</source>
        <translation>Use version &amp;B</translation>
    </message>
    <message>
        <source>Text to keep:</source>
        <translation>Text to keep:</translation>
    </message>
    <message>
        <source>Text to keep</source>
        <translation>Text to keep</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NoteEditorDialog</name>
    <message>
        <source>Session note</source>
        <translation>Session note</translation>
    </message>
    <message>
        <source>This note is signed: add an amendment instead.</source>
        <translation>This note is signed: add an amendment instead.</translation>
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
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>S&amp;hared with the client</source>
        <translation>S&amp;hared with the client</translation>
    </message>
    <message>
        <source>Si&amp;gn and lock</source>
        <translation>Si&amp;gn and lock</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Amendments so far</source>
        <translation>Amendments so far</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>New amendment</translation>
    </message>
    <message>
        <source>Write an amendment to the signed note</source>
        <translation>Write an amendment to the signed note</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation>&amp;Add amendment</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>SOAP note</translation>
    </message>
    <message>
        <source>Free-text note</source>
        <translation>Free-text note</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Signed and locked</translation>
    </message>
    <message>
        <source>Two versions conflict: resolve them before signing</source>
        <translation>Two versions conflict: resolve them before signing</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Resolve &amp;conflict…</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>Amended %1 by %2:</source>
        <translation>Amended %1 by %2:</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::OrganizationInvoiceModel</name>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>A trainer</source>
        <translation>A trainer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Billed by</source>
        <translation>Billed by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::OwnTaxRegistrationsForm</name>
    <message>
        <source>Your GST/HST registration number</source>
        <translation>Your GST/HST registration number</translation>
    </message>
    <message>
        <source>123456789RT0001, or empty when not registered</source>
        <translation>123456789RT0001, or empty when not registered</translation>
    </message>
    <message>
        <source>Your QST registration number</source>
        <translation>Your QST registration number</translation>
    </message>
    <message>
        <source>1234567890TQ0001, or empty when not registered</source>
        <translation>1234567890TQ0001, or empty when not registered</translation>
    </message>
    <message>
        <source>Save registration num&amp;bers</source>
        <translation>Save registration num&amp;bers</translation>
    </message>
    <message>
        <source>Your numbers as a supplier, printed on your invoices to studios</source>
        <translation>Your numbers as a supplier, printed on your invoices to studios</translation>
    </message>
    <message>
        <source>&amp;Your GST/HST number:</source>
        <translation>&amp;Your GST/HST number:</translation>
    </message>
    <message>
        <source>Your &amp;QST number:</source>
        <translation>Your &amp;QST number:</translation>
    </message>
    <message>
        <source>Saving your registration numbers...</source>
        <translation>Saving your registration numbers...</translation>
    </message>
    <message>
        <source>Saved. Your invoices to studios print these numbers.</source>
        <translation>Saved. Your invoices to studios print these numbers.</translation>
    </message>
    <message>
        <source>Not saved: you are offline or not signed in. Connect and save again; invoices use the numbers the server has.</source>
        <translation>Not saved: you are offline or not signed in. Connect and save again; invoices use the numbers the server has.</translation>
    </message>
    <message>
        <source>Not saved: the server refused a number: %1.</source>
        <translation>Not saved: the server refused a number: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PackageDialog</name>
    <message>
        <source>New package for %1</source>
        <translation>New package for %1</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Package name</translation>
    </message>
    <message>
        <source>e.g. Ten sessions</source>
        <translation>e.g. Ten sessions</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>e.g. 750.00</source>
        <translation>e.g. 750.00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <source>Last day of use</source>
        <translation>Last day of use</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation>&amp;Add package</translation>
    </message>
    <message>
        <source>Give the package a name.</source>
        <translation>Give the package a name.</translation>
    </message>
    <message>
        <source>Type the price as an amount, like 750 or 750.00.</source>
        <translation>Type the price as an amount, like 750 or 750.00.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like CAD.</source>
        <translation>The currency is a three-letter code, like CAD.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PackageListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>0 (expired)</source>
        <translation>0 (expired)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PaymentDialog</name>
    <message>
        <source>Record a payment for %1</source>
        <translation>Record a payment for %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>E-transfer</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Balance due:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Type the amount received, for example 25.00.</source>
        <translation>Type the amount received, for example 25.00.</translation>
    </message>
    <message>
        <source>The payment is more than the balance due.</source>
        <translation>The payment is more than the balance due.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PaymentListModel</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>E-transfer</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ProfileGroup</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your roles by organization</source>
        <translation>Your roles by organization</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Your roles</translation>
    </message>
    <message>
        <source>Ask the server for your name and roles again</source>
        <translation>Ask the server for your name and roles again</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Asking the server...</source>
        <translation>Asking the server...</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Trainer admin</source>
        <translation>Trainer admin</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not known yet: sign in and sync</source>
        <translation>Not known yet: sign in and sync</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No profile on this computer yet.</source>
        <translation>No profile on this computer yet.</translation>
    </message>
    <message>
        <source>Offline: showing your profile as of %1.</source>
        <translation>Offline: showing your profile as of %1.</translation>
    </message>
    <message>
        <source>Up to date as of %1.</source>
        <translation>Up to date as of %1.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the last known profile.</source>
        <translation>Offline: not signed in; showing the last known profile.</translation>
    </message>
    <message>
        <source>Offline: sign in to see your profile.</source>
        <translation>Offline: sign in to see your profile.</translation>
    </message>
    <message>
        <source>The server did not give your profile (%1).</source>
        <translation>The server did not give your profile (%1).</translation>
    </message>
    <message>
        <source>Refresh pr&amp;ofile</source>
        <translation>Refresh pr&amp;ofile</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::RefundDialog</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>E-transfer</translation>
    </message>
    <message>
        <source>Refund a payment of %1</source>
        <translation>Refund a payment of %1</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Payment refunded</translation>
    </message>
    <message>
        <source>%1 of %2 received %3 (up to %4)</source>
        <translation>%1 of %2 received %3 (up to %4)</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Amount refunded</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Refunded on</translation>
    </message>
    <message>
        <source>Client&apos;s credit:</source>
        <translation>Client&apos;s credit:</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Refunded on:</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <source>No payment of this invoice can be refunded.</source>
        <translation>No payment of this invoice can be refunded.</translation>
    </message>
    <message>
        <source>Type the amount refunded, for example 25.00.</source>
        <translation>Type the amount refunded, for example 25.00.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded from this payment.</source>
        <translation>At most %1 can be refunded from this payment.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SeriesScopeDialog</name>
    <message>
        <source>Delete a recurring session</source>
        <translation>Delete a recurring session</translation>
    </message>
    <message>
        <source>Change a recurring session</source>
        <translation>Change a recurring session</translation>
    </message>
    <message>
        <source>This session repeats. Which sessions do you want to delete?</source>
        <translation>This session repeats. Which sessions do you want to delete?</translation>
    </message>
    <message>
        <source>This session repeats. Which sessions do you want to change?</source>
        <translation>This session repeats. Which sessions do you want to change?</translation>
    </message>
    <message>
        <source>Sessions in the past and completed ones are never changed.</source>
        <translation>Sessions in the past and completed ones are never changed.</translation>
    </message>
    <message>
        <source>&amp;This session only</source>
        <translation>&amp;This session only</translation>
    </message>
    <message>
        <source>This and the &amp;following sessions</source>
        <translation>This and the &amp;following sessions</translation>
    </message>
    <message>
        <source>&amp;All sessions of the series</source>
        <translation>&amp;All sessions of the series</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SessionDialog</name>
    <message>
        <source>Book a session</source>
        <translation>Book a session</translation>
    </message>
    <message>
        <source>Studio and location</source>
        <translation>Studio and location</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation>&amp;Start (%1):</translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation>L&amp;ength:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Change session</translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation>Conflicts:
%1</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Book anyway</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>No package</translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation>Pac&amp;kage:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Current package (expired)</source>
        <translation>Current package (expired)</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SessionListModel</name>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>System certificates only</source>
        <translation>System certificates only</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Organizations and locations</source>
        <translation>Organizations and locations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Invoice numbers</translation>
    </message>
    <message>
        <source>Organizations, locations and invoice number blocks are managed on the server; this device issues invoices offline from the numbers it holds.</source>
        <translation>Organizations, locations and invoice number blocks are managed on the server; this device issues invoices offline from the numbers it holds.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lock after minutes without activity</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Change &amp;passphrase...</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Use the new passphrase from now on.</source>
        <translation>Use the new passphrase from now on.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Default session length</source>
        <translation>Default session length</translation>
    </message>
    <message>
        <source>Default session price</source>
        <translation>Default session price</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Session p&amp;rice ($):</source>
        <translation>Session p&amp;rice ($):</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not signed in: working offline</source>
        <translation>Not signed in: working offline</translation>
    </message>
    <message>
        <source>None held</source>
        <translation>None held</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n left)</numerusform>
            <numerusform>%1 (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: sign in and sync to see your studios</source>
        <translation>None yet: sign in and sync to see your studios</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Your roles</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sign i&amp;n...</source>
        <translation>Sign i&amp;n...</translation>
    </message>
    <message>
        <source>Sign o&amp;ut...</source>
        <translation>Sign o&amp;ut...</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>CA fi&amp;le:</translation>
    </message>
    <message>
        <source>Session lengt&amp;h:</source>
        <translation>Session lengt&amp;h:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignInPage</name>
    <message>
        <source>Sign in to your FitFlow server</source>
        <translation>Sign in to your FitFlow server</translation>
    </message>
    <message>
        <source>Signing in lets this computer sync with your studios. You can work offline and sign in later from Settings.</source>
        <translation>Signing in lets this computer sync with your studios. You can work offline and sign in later from Settings.</translation>
    </message>
    <message>
        <source>Continue &amp;offline; sign in later</source>
        <translation>Continue &amp;offline; sign in later</translation>
    </message>
    <message>
        <source>Offline, FitFlow opens with no studio or practice: you can add clients, sessions and invoices once you have signed in and synced once (Settings, Account, Sign in...). After that first sync everything works offline.</source>
        <translation>Offline, FitFlow opens with no studio or practice: you can add clients, sessions and invoices once you have signed in and synced once (Settings, Account, Sign in...). After that first sync everything works offline.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignInPanel</name>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Optional, for a self-hosted server</source>
        <translation>Optional, for a self-hosted server</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A file:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>FitFlow on %1</source>
        <translation>FitFlow on %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out %1 on this computer?</source>
        <translation>Sign out %1 on this computer?</translation>
    </message>
    <message>
        <source>Keep the data to go on working offline and sign in again later. Wipe it if other people use this computer.</source>
        <translation>Keep the data to go on working offline and sign in again later. Wipe it if other people use this computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced would be lost on wipe.</source>
        <translation>
            <numerusform>%n change not yet synced would be lost on wipe.</numerusform>
            <numerusform>%n changes not yet synced would be lost on wipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out, &amp;keep data</source>
        <translation>Sign out, &amp;keep data</translation>
    </message>
    <message>
        <source>Sign out and &amp;wipe data</source>
        <translation>Sign out and &amp;wipe data</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SyncStatusWidget</name>
    <message>
        <source>Conflicting versions: %1 %2</source>
        <translation>Conflicting versions: %1 %2</translation>
    </message>
    <message>
        <source>Rejected change (%1): %2 %3</source>
        <translation>Rejected change (%1): %2 %3</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Syncing...</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Rejected change to %1 (%2): %3 %4</source>
        <translation>Rejected change to %1 (%2): %3 %4</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::TaxInvoicingGroup</name>
    <message>
        <source>Tax and invoicing</source>
        <translation>Tax and invoicing</translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation>Invoice numbering</translation>
    </message>
    <message>
        <source>Invoices and credit notes share one sequence per organization. This computer issues numbers offline from blocks it reserves while connected.</source>
        <translation>Invoices and credit notes share one sequence per organization. This computer issues numbers offline from blocks it reserves while connected.</translation>
    </message>
    <message>
        <source>%1: no invoice numbers left on this computer; connect once to reserve some.</source>
        <translation>%1: no invoice numbers left on this computer; connect once to reserve some.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next %2 (block %3–%4), %n left</source>
        <translation>
            <numerusform>%1: next %2 (block %3–%4), %n left</numerusform>
            <numerusform>%1: next %2 (block %3–%4), %n left</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization on this computer yet.</source>
        <translation>No organization on this computer yet.</translation>
    </message>
    <message>
        <source>Tax registration numbers</source>
        <translation>Tax registration numbers</translation>
    </message>
    <message>
        <source>Registration numbers print on invoices. The organization&apos;s owner sets them on the server; they arrive here when this computer syncs.</source>
        <translation>Registration numbers print on invoices. The organization&apos;s owner sets them on the server; they arrive here when this computer syncs.</translation>
    </message>
    <message>
        <source>GST/HST %1</source>
        <translation>GST/HST %1</translation>
    </message>
    <message>
        <source>QST %1</source>
        <translation>QST %1</translation>
    </message>
    <message>
        <source>%1: no GST/HST or QST registration number</source>
        <translation>%1: no GST/HST or QST registration number</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::TrainerWeekModel</name>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>%1–%2 %3 · %4</source>
        <translation>%1–%2 %3 · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>No sessions</translation>
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
<context>
    <name>fitflow::desktop::UtilisationModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Booked (week)</source>
        <translation>Booked (week)</translation>
    </message>
    <message>
        <source>Completed (week)</source>
        <translation>Completed (week)</translation>
    </message>
    <message>
        <source>Cancelled (week)</source>
        <translation>Cancelled (week)</translation>
    </message>
    <message>
        <source>No-shows (week)</source>
        <translation>No-shows (week)</translation>
    </message>
    <message>
        <source>Booked (month)</source>
        <translation>Booked (month)</translation>
    </message>
    <message>
        <source>Completed (month)</source>
        <translation>Completed (month)</translation>
    </message>
    <message>
        <source>Cancelled (month)</source>
        <translation>Cancelled (month)</translation>
    </message>
    <message>
        <source>No-shows (month)</source>
        <translation>No-shows (month)</translation>
    </message>
</context>
</TS>
