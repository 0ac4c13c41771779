<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccountProfile</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Trainer %1</source>
        <translation>Entraîneur %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityCheck</name>
    <message>
        <source>Mondays</source>
        <translation>lundis</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>mardis</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mercredis</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>jeudis</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>vendredis</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samedis</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>dimanches</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
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
        <translation>En dehors de vos disponibilités à %1 : congé le %2 (%3).</translation>
    </message>
    <message>
        <source>Outside your availability at %1: no hours on %2.</source>
        <translation>En dehors de vos disponibilités à %1 : aucune heure les %2.</translation>
    </message>
    <message>
        <source>Outside your availability at %1 on %2 (%3).</source>
        <translation>En dehors de vos disponibilités à %1 les %2 (%3).</translation>
    </message>
</context>
<context>
    <name>BillableSessions</name>
    <message>
        <source>Training session %1</source>
        <translation>Séance d&apos;entraînement %1</translation>
    </message>
</context>
<context>
    <name>CancellationNotice</name>
    <message>
        <source>This cancellation is in time: no fee applies.</source>
        <translation>Cette annulation est faite à temps : aucuns frais ne s&apos;appliquent.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Your policy sets no fee.</source>
        <translation>Il s&apos;agit d&apos;une annulation tardive. Votre politique ne prévoit aucuns frais.</translation>
    </message>
    <message>
        <source>This is a late cancellation: your policy charges a fee of %1. Cancelling creates a draft invoice of the fee for the client; choose Waive fee to cancel without it.</source>
        <translation>Il s&apos;agit d&apos;une annulation tardive : votre politique prévoit des frais de %1. L&apos;annulation crée un brouillon de facture des frais pour le client; choisissez Renoncer aux frais pour annuler sans frais.</translation>
    </message>
    <message>
        <source>Late cancellation fee — %1</source>
        <translation>Frais d&apos;annulation tardive — %1</translation>
    </message>
    <message>
        <source>Session cancelled. A draft invoice of %1 was created for %2: Invoices → Drafts.</source>
        <translation>Séance annulée. Un brouillon de facture de %1 a été créé pour %2 : Factures → Brouillons.</translation>
    </message>
    <message>
        <source>Session cancelled, but the fee invoice could not be created: %1</source>
        <translation>Séance annulée, mais la facture des frais n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Session cancelled. The late-cancellation fee was waived.</source>
        <translation>Séance annulée. Les frais d&apos;annulation tardive ont été annulés.</translation>
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
        <translation>Chevauche de %1 min la séance avec %2 à %3 (%4).</translation>
    </message>
    <message>
        <source>Only %1 min between this session and %2 at %3 (%4); travelling between locations needs %5 min.</source>
        <translation>Seulement %1 min entre cette séance et %2 à %3 (%4); le déplacement entre les lieux demande %5 min.</translation>
    </message>
</context>
<context>
    <name>ContractorInvoiceChoicesReader</name>
    <message>
        <source>Training session %1</source>
        <translation>Séance d&apos;entraînement %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That passphrase does not unlock this store. Check it and try again.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas ce coffre. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The store file could not be found.</source>
        <translation>Le fichier du coffre est introuvable.</translation>
    </message>
    <message>
        <source>A store already exists at this location.</source>
        <translation>Un coffre existe déjà à cet emplacement.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged, so the store cannot be opened.</source>
        <translation>Le fichier de clé du coffre est endommagé : le coffre ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The store is damaged or is not a FitFlow store.</source>
        <translation>Le coffre est endommagé ou n&apos;est pas un coffre FitFlow.</translation>
    </message>
    <message>
        <source>The store could not be read or written. Check the disk and its permissions.</source>
        <translation>Impossible de lire ou d&apos;écrire le coffre. Vérifiez le disque et ses autorisations.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Une erreur s&apos;est produite (%1).</translation>
    </message>
    <message>
        <source>Enter the server address starting with https://, for example https://sync.example.com.</source>
        <translation>Entrez l&apos;adresse du serveur en commençant par https://, par exemple https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Entrez l&apos;adresse courriel avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>The verification code has 6 digits.</source>
        <translation>Le code de vérification compte 6 chiffres.</translation>
    </message>
    <message>
        <source>The e-mail, password or verification code is not right.</source>
        <translation>Le courriel, le mot de passe ou le code de vérification est incorrect.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Entrez le code à 6 chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives. Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the CA file.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé. Vérifiez le fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>Sign in to the server (Settings) to sync.</source>
        <translation>Connectez-vous au serveur (Paramètres) pour synchroniser.</translation>
    </message>
    <message>
        <source>This device was removed from your account; its synced data was wiped.</source>
        <translation>Cet appareil a été retiré de votre compte; ses données synchronisées ont été effacées.</translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation>La nouvelle phrase de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match.</source>
        <translation>Les deux nouvelles phrases de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This is already on another invoice. Void that invoice first to bill it again.</source>
        <translation>Cet élément figure déjà sur une autre facture. Annulez d&apos;abord cette facture pour le facturer de nouveau.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, or leave it empty.</source>
        <translation>Entrez une adresse courriel comme nom@exemple.com, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>This session has not started yet. It can be completed or marked as a no-show once it has started; cancelling is possible now.</source>
        <translation>Cette séance n&apos;a pas encore commencé. Elle pourra être marquée terminée ou comme une absence une fois commencée; l&apos;annuler est possible dès maintenant.</translation>
    </message>
</context>
<context>
    <name>FinanceCsv</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Contractor invoices to %1</source>
        <translation>Factures de sous-traitant à %1</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Personal training</source>
        <translation>Entraînement personnel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FitFlow sessions</source>
        <translation>Séances FitFlow</translation>
    </message>
</context>
<context>
    <name>InvoiceDraftForm</name>
    <message>
        <source>Line %1: describe what is billed.</source>
        <translation>Ligne %1 : décrivez ce qui est facturé.</translation>
    </message>
    <message>
        <source>Line %1: type the unit price, for example 85.00.</source>
        <translation>Ligne %1 : tapez le prix unitaire, par exemple 85,00.</translation>
    </message>
    <message>
        <source>Line %1: the discount is not an amount.</source>
        <translation>Ligne %1 : le rabais n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Ligne %1 : la quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Line %1: the discount is more than the line.</source>
        <translation>Ligne %1 : le rabais dépasse le montant de la ligne.</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
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
        <translation>Île-du-Prince-Édouard</translation>
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
        <translation>Province de taxation : %1 (séance donnée à %2)</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Choose where the session is held: it decides the taxes.</source>
        <translation>Choisissez où la séance est donnée : cela détermine les taxes.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>This invoice cannot be computed: %1</source>
        <translation>Impossible de calculer cette facture : %1</translation>
    </message>
    <message>
        <source>Taxed in %1: services supplied at %2</source>
        <translation>Taxé en %1 : services fournis à %2</translation>
    </message>
    <message>
        <source>Choose the studio location where you supplied the services.</source>
        <translation>Choisissez le lieu du studio où vous avez fourni les services.</translation>
    </message>
</context>
<context>
    <name>InvoiceErrorText</name>
    <message>
        <source>No invoice numbers are left on this device: connect once to reserve invoice numbers.</source>
        <translation>Il ne reste aucun numéro de facture sur cet appareil : connectez-vous une fois pour réserver des numéros de facture.</translation>
    </message>
    <message>
        <source>This invoice has already been issued.</source>
        <translation>Cette facture a déjà été émise.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be paid or credited.</source>
        <translation>Seule une facture émise peut être payée ou créditée.</translation>
    </message>
    <message>
        <source>The payment is more than the invoice&apos;s balance.</source>
        <translation>Le paiement dépasse le solde de la facture.</translation>
    </message>
    <message>
        <source>The credit notes would credit more than the invoice.</source>
        <translation>Les notes de crédit créditeraient plus que le montant de la facture.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided: issue a credit note instead.</source>
        <translation>Une facture qui a reçu des paiements ne peut pas être annulée : émettez plutôt une note de crédit.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Choisissez au moins une ligne à créditer.</translation>
    </message>
    <message>
        <source>The refund is more than what is left of that payment.</source>
        <translation>Le remboursement dépasse ce qui reste de ce paiement.</translation>
    </message>
    <message>
        <source>The refund is more than the client&apos;s credit on this invoice.</source>
        <translation>Le remboursement dépasse le crédit du client sur cette facture.</translation>
    </message>
    <message>
        <source>A refund cannot be refunded.</source>
        <translation>Un remboursement ne peut pas être remboursé.</translation>
    </message>
</context>
<context>
    <name>InvoiceTotalsLabels</name>
    <message>
        <source>Subtotal:</source>
        <translation>Sous-total :</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Taxes :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>$%1%2%3</source>
        <translation>%1%2%3 $</translation>
    </message>
</context>
<context>
    <name>PackageBooking</name>
    <message>
        <source>%1 (%2 of %3 left)</source>
        <translation>%1 (reste %2 sur %3)</translation>
    </message>
    <message>
        <source>No credit is left in this package: this session goes beyond it and will not be covered. Sell a new package or book it without one.</source>
        <translation>Il ne reste aucun crédit dans ce forfait : cette séance le dépasse et ne sera pas couverte. Vendez un nouveau forfait ou réservez-la sans forfait.</translation>
    </message>
</context>
<context>
    <name>PackageInvoiceLine</name>
    <message>
        <source>%1 — 1 credit</source>
        <translation>%1 — 1 crédit</translation>
    </message>
    <message>
        <source>%1 — %2 credits</source>
        <translation>%1 — %2 crédits</translation>
    </message>
</context>
<context>
    <name>SoapTemplate</name>
    <message>
        <source>Subjective:</source>
        <translation>Subjectif :</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <source>No store yet</source>
        <translation>Aucun coffre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Encrypted store locked</source>
        <translation>Coffre chiffré verrouillé</translation>
    </message>
    <message>
        <source>Opening the encrypted store…</source>
        <translation>Ouverture du coffre chiffré…</translation>
    </message>
    <message>
        <source>Encrypted store unlocked</source>
        <translation>Coffre chiffré déverrouillé</translation>
    </message>
    <message>
        <source>Server: not configured, working offline</source>
        <translation>Serveur : non configuré, travail hors ligne</translation>
    </message>
    <message>
        <source>Server: offline, changes stay on this computer</source>
        <translation>Serveur : hors ligne, les modifications restent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Server: online</source>
        <translation>Serveur : en ligne</translation>
    </message>
    <message>
        <source>Server: certificate not trusted, not connecting</source>
        <translation>Serveur : certificat non approuvé, aucune connexion</translation>
    </message>
</context>
<context>
    <name>TaxDisplayName</name>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>HST</source>
        <translation>TVH</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>A tax and its rate, e.g. &quot;GST 5%&quot; (French: &quot;TPS 5 %&quot;)</extracomment>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>TaxRegistrationInput</name>
    <message>
        <source>A GST/HST number is 9 digits, RT and 4 digits, for example 123456789RT0001.</source>
        <translation>Un numéro de TPS/TVH compte 9 chiffres, RT et 4 chiffres, par exemple 123456789RT0001.</translation>
    </message>
    <message>
        <source>A QST number is 10 digits, TQ and 4 digits, for example 1234567890TQ0001.</source>
        <translation>Un numéro de TVQ compte 10 chiffres, TQ et 4 chiffres, par exemple 1234567890TQ0001.</translation>
    </message>
    <message>
        <source>Check this GST/HST number: its check digit or account number does not look right.</source>
        <translation>Vérifiez ce numéro de TPS/TVH : son chiffre de contrôle ou son numéro de compte semble incorrect.</translation>
    </message>
    <message>
        <source>Check this QST number: its check digit or serial does not look right.</source>
        <translation>Vérifiez ce numéro de TVQ : son chiffre de contrôle ou son numéro de série semble incorrect.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AppController</name>
    <message>
        <source>This device was removed</source>
        <translation>Cet appareil a été retiré</translation>
    </message>
    <message>
        <source>Your FitFlow account no longer trusts this computer, so the clients, sessions, notes and invoices synced to it have been wiped from this store.</source>
        <translation>Votre compte FitFlow ne fait plus confiance à cet ordinateur : les clients, séances, notes et factures qui y étaient synchronisés ont été effacés de ce coffre.</translation>
    </message>
    <message>
        <source>If this was a mistake, ask your organization&apos;s owner, then sign in again from Settings. Changes that had not been synced could not be kept.</source>
        <translation>S&apos;il s&apos;agit d&apos;une erreur, adressez-vous au propriétaire de votre organisation, puis reconnectez-vous depuis les Paramètres. Les modifications qui n&apos;avaient pas été synchronisées n&apos;ont pas pu être conservées.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityAction</name>
    <message>
        <source>A&amp;vailability…</source>
        <translation>&amp;Disponibilités…</translation>
    </message>
    <message>
        <source>Set your weekly hours and time off at each location</source>
        <translation>Indiquez vos heures de chaque semaine et vos congés à chaque lieu</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityDialog</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>&amp;Ajouter des heures</translation>
    </message>
    <message>
        <source>&amp;Remove hours</source>
        <translation>&amp;Retirer des heures</translation>
    </message>
    <message>
        <source>Add &amp;exception</source>
        <translation>Ajouter une &amp;exception</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Re&amp;tirer l&apos;exception</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Weekly hours (the location&apos;s local time):</source>
        <translation>&amp;Heures hebdomadaires (heure locale du lieu) :</translation>
    </message>
    <message>
        <source>E&amp;xceptions (time off or extra hours):</source>
        <translation>E&amp;xceptions (congés ou heures supplémentaires) :</translation>
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
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Exceptions, row %1: the end must be after the start.</source>
        <translation>Exceptions, ligne %1 : la fin doit être après le début.</translation>
    </message>
    <message>
        <source>Exceptions, row %1 overlaps another of the same date and kind.</source>
        <translation>Exceptions, ligne %1 : chevauche une autre exception de la même date et du même type.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::AvailabilityRulesModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Weekly hours, row %1: the end must be after the start.</source>
        <translation>Heures hebdomadaires, ligne %1 : la fin doit être après le début.</translation>
    </message>
    <message>
        <source>Weekly hours, row %1 overlaps another span of the same day.</source>
        <translation>Heures hebdomadaires, ligne %1 : chevauche une autre plage du même jour.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::BookingFlow</name>
    <message>
        <source>Booking needs at least one client and one location: sync with the server or add a client first.</source>
        <translation>Pour réserver, il faut au moins un client et un lieu : synchronisez avec le serveur ou ajoutez d&apos;abord un client.</translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation>Séance modifiée.</translation>
    </message>
    <message>
        <source>Sessions booked: %1.</source>
        <translation>Séances réservées : %1.</translation>
    </message>
    <message>
        <source>Conflicting move</source>
        <translation>Déplacement en conflit</translation>
    </message>
    <message>
        <source>Moving this session conflicts:
%1

Move it anyway?</source>
        <translation>Le déplacement de cette séance crée des conflits :
%1

La déplacer quand même?</translation>
    </message>
    <message>
        <source>The session was not moved.</source>
        <translation>La séance n&apos;a pas été déplacée.</translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Séance déplacée.</translation>
    </message>
    <message>
        <source>Recurring sessions booked: %1.</source>
        <translation>Séances récurrentes réservées : %1.</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete the session with %1 at %2?</source>
        <translation>Supprimer la séance avec %1 à %2?</translation>
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
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Show the previous day or week</source>
        <translation>Afficher le jour ou la semaine précédente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show the next day or week</source>
        <translation>Afficher le jour ou la semaine suivante</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Afficher un jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation>Afficher la semaine</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Réserver une séance</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Change the selected session</source>
        <translation>Modifier la séance sélectionnée</translation>
    </message>
    <message>
        <source>Open or start the note of the selected session</source>
        <translation>Ouvrir ou commencer la note de la séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Mark the selected session as done</source>
        <translation>Marquer la séance sélectionnée comme terminée</translation>
    </message>
    <message>
        <source>C&amp;ancel session…</source>
        <translation>Annu&amp;ler la séance…</translation>
    </message>
    <message>
        <source>Cancel the selected session (a late fee may apply)</source>
        <translation>Annuler la séance sélectionnée (des frais d&apos;annulation tardive peuvent s&apos;appliquer)</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>A&amp;bsence</translation>
    </message>
    <message>
        <source>Mark that the client did not come</source>
        <translation>Indiquer que le client ne s&apos;est pas présenté</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Make the selected session scheduled again</source>
        <translation>Remettre la séance sélectionnée à l&apos;horaire</translation>
    </message>
    <message>
        <source>Export the shown sessions as an iCalendar (.ics) file</source>
        <translation>Exporter les séances affichées dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export every session as an iCalendar (.ics) file</source>
        <translation>Exporter toutes les séances dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Calendar actions and shortcuts</source>
        <translation>Actions et raccourcis du calendrier</translation>
    </message>
    <message>
        <source>Times are shown in %1, this computer&apos;s time zone. Exported calendars keep each studio&apos;s own time zone.</source>
        <translation>Les heures sont affichées selon %1, le fuseau horaire de cet ordinateur. Les calendriers exportés gardent le fuseau horaire de chaque studio.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Session is now %1.</source>
        <translation>État de la séance : %1.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Cancel the session with %1?

%2</source>
        <translation>Annuler la séance avec %1?

%2</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Séance annulée.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Sessions exported to %1: %2.</source>
        <translation>Séances exportées dans %1 : %2.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>Delete the selected session (asks which, if it repeats)</source>
        <translation>Supprimer la séance sélectionnée (demande lesquelles si elle se répète)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Could not export the calendar to %1: %2</source>
        <translation>Impossible d&apos;exporter le calendrier dans %1 : %2</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exportation des séances…</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Sess&amp;ion note…</source>
        <translation>N&amp;ote de séance…</translation>
    </message>
    <message>
        <source>Export s&amp;hown…</source>
        <translation>E&amp;xporter l&apos;affichage…</translation>
    </message>
    <message>
        <source>Export a&amp;ll…</source>
        <translation>Exporter to&amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;Renoncer aux frais</translation>
    </message>
    <message>
        <source>Available once the session has started (%1).</source>
        <translation>Disponible une fois la séance commencée (%1).</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarSettingsGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Travel buffer between studios</source>
        <translation>Temps de déplacement entre les studios</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Late cancellation window in hours</source>
        <translation>Délai d&apos;annulation tardive en heures</translation>
    </message>
    <message>
        <source> h before the start</source>
        <translation> h avant le début</translation>
    </message>
    <message>
        <source>Never late</source>
        <translation>Jamais tardive</translation>
    </message>
    <message>
        <source>Late cancellation fee in dollars</source>
        <translation>Frais d&apos;annulation tardive en dollars</translation>
    </message>
    <message>
        <source>0.00 for no fee</source>
        <translation>0,00 pour aucuns frais</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The travel buffer is the time you need between sessions at two different locations; bookings closer than that are warned about. A cancellation within the window before the start is late and the fee is offered.</source>
        <translation>Le temps de déplacement est le temps qu&apos;il vous faut entre deux séances dans des lieux différents; un avertissement s&apos;affiche pour les réservations plus rapprochées. Une annulation faite pendant le délai qui précède le début est tardive et les frais sont proposés.</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>Te&amp;mps de déplacement :</translation>
    </message>
    <message>
        <source>Late cancellation &amp;window:</source>
        <translation>Délai d&apos;annulat&amp;ion tardive :</translation>
    </message>
    <message>
        <source>The fee can be at most %1.</source>
        <translation>Les frais peuvent être d&apos;au plus %1.</translation>
    </message>
    <message>
        <source>Enter the fee as an amount like 25 or 25.50 (0 for no fee).</source>
        <translation>Entrez les frais sous forme de montant, comme 25 ou 25,50 (0 pour aucuns frais).</translation>
    </message>
    <message>
        <source>Late cancellation fe&amp;e ($):</source>
        <translation>Frais d&apos;annulation tardi&amp;ve ($) :</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CalendarView</name>
    <message>
        <source>Sessions calendar</source>
        <translation>Calendrier des séances</translation>
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
        <translation>Les flèches choisissent une séance, Entrée la modifie, Maj+flèches la déplacent, Alt+Haut et Alt+Bas changent sa durée</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmer :</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientEditorDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Lieu habituel</translation>
    </message>
    <message>
        <source>&amp;Home location</source>
        <translation>&amp;Lieu habituel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Sync once first: this device knows no organization yet.</source>
        <translation>Synchronisez d&apos;abord une fois : cet appareil ne connaît encore aucune organisation.</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. knee, mornings</source>
        <translation>Séparées par des virgules, p. ex. genou, matins</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientHistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>Note SOAP</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (conflict): %2</source>
        <translation>%1 (conflit) : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Session %1 at %2 (%3)</source>
        <translation>Séance du %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(pas encore de numéro)</translation>
    </message>
    <message>
        <source>%1 %2 (draft): total %3</source>
        <translation>%1 %2 (brouillon) : total %3</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 %2 (%3): total %4, paid %5, due %6</source>
        <translation>%1 %2 (%3) : total %4, payé %5, dû %6</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 %2 (%3): total %4, paid %5, credit %6</source>
        <translation>%1 %2 (%3) : total %4, payé %5, crédit %6</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit : %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Dû : %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <source>%1 (%2 due, %3 credit)</source>
        <translation>%1 (%2 dû, %3 de crédit)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientProfilePanel</name>
    <message>
        <source>No client selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <source>Pick a client in the list to see their profile.</source>
        <translation>Choisissez un client dans la liste pour voir son profil.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Lieu habituel</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Entraîneurs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <source>New &amp;SOAP note</source>
        <translation>Nouvelle note &amp;SOAP</translation>
    </message>
    <message>
        <source>New free-text &amp;note</source>
        <translation>Nouvelle note en texte &amp;libre</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Factures et paiements</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aucune facture pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None assigned yet</source>
        <translation>Aucun attribué pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s)</source>
        <translation>
            <numerusform>%n entraîneur</numerusform>
            <numerusform>%n entraîneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsentements</translation>
    </message>
    <message>
        <source>P&amp;ackages and credits</source>
        <translation>Forfaits et &amp;crédits</translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation>Historique des consentements, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>&amp;Record consent...</source>
        <translation>&amp;Enregistrer un consentement...</translation>
    </message>
    <message>
        <source>Packages and remaining credits</source>
        <translation>Forfaits et crédits restants</translation>
    </message>
    <message>
        <source>Add &amp;package...</source>
        <translation>Ajouter un &amp;forfait...</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the history above. %1</source>
        <translation>
            <numerusform>%n facture dans l&apos;historique ci-dessus. %1</numerusform>
            <numerusform>%n factures dans l&apos;historique ci-dessus. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientsPage</name>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Chercher un client</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Edit client</source>
        <translation>&amp;Modifier le client</translation>
    </message>
    <message>
        <source>&amp;Delete client</source>
        <translation>&amp;Supprimer le client</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Chercher des clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
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
        <translation>Client non supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete %1 %2? Their sessions and notes stay in your records.</source>
        <translation>Supprimer %1 %2? Ses séances et ses notes restent dans vos dossiers.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Supprimé : %1.</translation>
    </message>
    <message>
        <source>Record &amp;consent...</source>
        <translation>Enregistrer un c&amp;onsentement...</translation>
    </message>
    <message>
        <source>Add &amp;package...</source>
        <translation>Ajouter un &amp;forfait...</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag (%1)</source>
        <translation>Chercher par nom, courriel, téléphone ou étiquette (%1)</translation>
    </message>
    <message>
        <source>Show only clients with tag</source>
        <translation>Afficher seulement les clients ayant cette étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Invoice package...</source>
        <translation>Facturer le forfa&amp;it...</translation>
    </message>
    <message>
        <source>No organization yet</source>
        <translation>Aucune organisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Clients belong to a studio or practice, and this computer does not know yours yet.</source>
        <translation>Les clients appartiennent à un studio ou à une pratique, et cet ordinateur ne connaît pas encore le vôtre.</translation>
    </message>
    <message>
        <source>Sign in from Settings (Account, Sign in...) while online: the first sync brings your organizations and their locations. After that you can add clients, even offline.</source>
        <translation>Connectez-vous dans Paramètres (Compte, Se connecter...) pendant que vous êtes en ligne : la première synchronisation apporte vos organisations et leurs lieux. Ensuite, vous pourrez ajouter des clients, même hors ligne.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ConsentDialog</name>
    <message>
        <source>Record consent for %1</source>
        <translation>Enregistrer un consentement pour %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>&amp;Granted</source>
        <translation>&amp;Accordé</translation>
    </message>
    <message>
        <source>&amp;Withdrawn or refused</source>
        <translation>&amp;Retiré ou refusé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>p. ex. 2026-01</translation>
    </message>
    <message>
        <source>&amp;Policy version</source>
        <translation>&amp;Version de la politique</translation>
    </message>
    <message>
        <source>Each decision is kept as a new version; earlier versions stay in the history.</source>
        <translation>Chaque décision est conservée comme une nouvelle version; les versions précédentes restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ConsentHistoryModel</name>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Granted (policy %1, %2)</source>
        <translation>Accordé (politique %1, %2)</translation>
    </message>
    <message>
        <source>Withdrawn (policy %1, %2)</source>
        <translation>Retiré (politique %1, %2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
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
        <translation>Nouvelle facture de sous-trai&amp;tant…</translation>
    </message>
    <message>
        <source>Invoice a studio for the sessions you ran there (%1)</source>
        <translation>Facturer à un studio les séances que vous y avez données (%1)</translation>
    </message>
    <message>
        <source>Invoice a studio for the sessions you ran there</source>
        <translation>Facturer à un studio les séances que vous y avez données</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ContractorInvoiceDialog</name>
    <message>
        <source>New contractor invoice</source>
        <translation>Nouvelle facture de sous-traitant</translation>
    </message>
    <message>
        <source>New contractor invoice to a studio</source>
        <translation>Nouvelle facture de sous-traitant à un studio</translation>
    </message>
    <message>
        <source>Studio you invoice</source>
        <translation>Studio que vous facturez</translation>
    </message>
    <message>
        <source>Location where you supplied the services</source>
        <translation>Lieu où vous avez fourni les services</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de la facture</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Studio:</source>
        <translation>&amp;Studio :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>&amp;Date de la facture :</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Contractor invoice lines</source>
        <translation>Lignes de la facture de sous-traitant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Li&amp;nes (sessions you ran there in the period):</source>
        <translation>Lig&amp;nes (séances que vous y avez données pendant la période) :</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <source>You. GST/HST: %1; QST: %2 (Settings ▸ Profile)</source>
        <translation>Vous. TPS/TVH : %1; TVQ : %2 (Paramètres ▸ Profil)</translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation>Quantité de la ligne %1</translation>
    </message>
    <message>
        <source>You are no studio&apos;s trainer on this computer: sign in and sync.</source>
        <translation>Vous n&apos;êtes l&apos;entraîneur d&apos;aucun studio sur cet ordinateur : connectez-vous et synchronisez.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CreateStorePage</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Weak: add more words or mix letters, digits and symbols.</source>
        <translation>Faible : ajoutez des mots ou mélangez lettres, chiffres et symboles.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Moyenne : quelques mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>Create your encrypted store</source>
        <translation>Créez votre coffre chiffré</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Choisissez une phrase de passe d&apos;au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The confirmation does not match yet.</source>
        <translation>La confirmation ne correspond pas encore.</translation>
    </message>
    <message>
        <source>Everything you record is encrypted on this computer. Without the passphrase nobody can open it, not even you: keep it somewhere safe.</source>
        <translation>Tout ce que vous enregistrez est chiffré sur cet ordinateur. Sans la phrase de passe, personne ne peut l&apos;ouvrir, pas même vous : conservez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Note de crédit pour %1</translation>
    </message>
    <message>
        <source>Choose how many units of each line to credit. The credit note takes the next invoice number and uses the invoice&apos;s date and tax rates.</source>
        <translation>Choisissez combien d&apos;unités de chaque ligne créditer. La note de crédit prend le prochain numéro de facture et reprend la date et les taux de taxes de la facture.</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Lignes à créditer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Units to credit</source>
        <translation>Unités à créditer</translation>
    </message>
    <message>
        <source>Units of %1 to credit</source>
        <translation>Unités de %1 à créditer</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>É&amp;mettre la note de crédit</translation>
    </message>
    <message>
        <source>Choose at least one unit to credit.</source>
        <translation>Choisissez au moins une unité à créditer.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited: %1</source>
        <translation>Impossible de créditer cette facture : %1</translation>
    </message>
    <message>
        <source>Together with the credit notes already issued (%1) this would credit more than the invoice.</source>
        <translation>Avec les notes de crédit déjà émises (%1), le crédit dépasserait le montant de la facture.</translation>
    </message>
    <message>
        <source>Credit note total, taxes included: %1</source>
        <translation>Total de la note de crédit, taxes comprises : %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No sessions today at any studio.</source>
        <translation>Aucune séance aujourd&apos;hui, dans aucun studio.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next seven days</source>
        <translation>Sept prochains jours</translation>
    </message>
    <message>
        <source>Sessions in the next seven days</source>
        <translation>Séances des sept prochains jours</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>%1: %2 outstanding, %3 overdue (over 30 days), %4 received this month</source>
        <translation>%1 : %2 à recevoir, %3 en retard (plus de 30 jours), %4 reçu ce mois-ci</translation>
    </message>
    <message>
        <source>No studios yet: sync with the server first.</source>
        <translation>Aucun studio pour l&apos;instant : synchronisez d&apos;abord avec le serveur.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Modifications en attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusées par le serveur : %1</translation>
    </message>
    <message>
        <source>Notes edited on two devices: %1</source>
        <translation>Notes modifiées sur deux appareils : %1</translation>
    </message>
    <message>
        <source>Not signed in to a server. %1</source>
        <translation>Non connecté à un serveur. %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinanceChart</name>
    <message>
        <source>Revenue chart</source>
        <translation>Graphique des revenus</translation>
    </message>
    <message>
        <source>Revenue by period and studio</source>
        <translation>Revenus par période et par studio</translation>
    </message>
    <message>
        <source>Payments received by period and studio</source>
        <translation>Paiements reçus par période et par studio</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s); the tallest bar is %1. The table below lists every amount.</source>
        <translation>
            <numerusform>%n période; la barre la plus haute est de %1. Le tableau ci-dessous donne tous les montants.</numerusform>
            <numerusform>%n périodes; la barre la plus haute est de %1. Le tableau ci-dessous donne tous les montants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chart for these filters.</source>
        <translation>Rien à afficher dans le graphique pour ces filtres.</translation>
    </message>
    <message>
        <source>Tax you collected as a supplier by period and studio billed</source>
        <translation>Taxes que vous avez perçues comme fournisseur, par période et par studio facturé</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinancePage</name>
    <message>
        <source>Financial overview</source>
        <translation>Aperçu financier</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file (%1)</source>
        <translation>Enregistrer le tableau dans un fichier CSV (%1)</translation>
    </message>
    <message>
        <source>Revenue and taxes by period and studio</source>
        <translation>Revenus et taxes par période et par studio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Revenue (invoices minus credit notes)</source>
        <translation>Revenus (factures moins notes de crédit)</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Export financial overview</source>
        <translation>Exporter l&apos;aperçu financier</translation>
    </message>
    <message>
        <source>financial-overview.csv</source>
        <translation>apercu-financier.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV : %1</translation>
    </message>
    <message>
        <source>Tax you collected on your contractor invoices (you file it, not the studio)</source>
        <translation>Taxes perçues sur vos factures de sous-traitant (c&apos;est vous qui les déclarez, pas le studio)</translation>
    </message>
    <message>
        <source>Tax you collected as a supplier by period and studio billed</source>
        <translation>Taxes que vous avez perçues comme fournisseur, par période et par studio facturé</translation>
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
        <translation>Période</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FinanceWindowAction</name>
    <message>
        <source>&amp;Financial overview</source>
        <translation>Aperçu &amp;financier</translation>
    </message>
    <message>
        <source>Revenue by studio, taxes collected and payments received (%1)</source>
        <translation>Revenus par studio, taxes perçues et paiements reçus (%1)</translation>
    </message>
    <message>
        <source>Revenue by studio, taxes collected and payments received</source>
        <translation>Revenus par studio, taxes perçues et paiements reçus</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::FirstRunWizard</name>
    <message>
        <source>Welcome to FitFlow</source>
        <translation>Bienvenue dans FitFlow</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(non émise)</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (note de crédit)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Crédit %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoicesPage</name>
    <message>
        <source>No invoices yet</source>
        <translation>Aucune facture pour l&apos;instant</translation>
    </message>
    <message>
        <source>Invoices you issue and the payments you receive are listed here.</source>
        <translation>Les factures que vous émettez et les paiements que vous recevez sont listés ici.</translation>
    </message>
    <message>
        <source>Show invoices by status</source>
        <translation>Afficher les factures selon leur état</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nouvelle facture…</translation>
    </message>
    <message>
        <source>Write a new invoice</source>
        <translation>Rédiger une nouvelle facture</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <source>Issue the selected draft with this device&apos;s next number</source>
        <translation>Émettre le brouillon sélectionné avec le prochain numéro de cet appareil</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Record a cash or e-transfer payment on the selected invoice</source>
        <translation>Enregistrer un paiement comptant ou par virement électronique sur la facture sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>Note de &amp;crédit…</translation>
    </message>
    <message>
        <source>Issue a credit note for the whole selected invoice</source>
        <translation>Émettre une note de crédit pour la totalité de la facture sélectionnée</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF</source>
        <translation>Enregistrer la facture sélectionnée en PDF</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>0–30 days:</source>
        <translation>0 à 30 jours :</translation>
    </message>
    <message>
        <source>31–60 days:</source>
        <translation>31 à 60 jours :</translation>
    </message>
    <message>
        <source>61–90 days:</source>
        <translation>61 à 90 jours :</translation>
    </message>
    <message>
        <source>Over 90 days:</source>
        <translation>Plus de 90 jours :</translation>
    </message>
    <message>
        <source>Total due:</source>
        <translation>Total dû :</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Enregistrer la facture en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler la facture…</translation>
    </message>
    <message>
        <source>Void the selected issued invoice (only without payments)</source>
        <translation>Annuler la facture émise sélectionnée (seulement si elle n&apos;a reçu aucun paiement)</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>Modifier le &amp;brouillon…</translation>
    </message>
    <message>
        <source>Change the selected draft before it is issued</source>
        <translation>Modifier le brouillon sélectionné avant de l&apos;émettre</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Void %1? It stays in the list as void, its number is not reused, and nothing is due on it any more.</source>
        <translation>Annuler %1? Elle reste dans la liste comme annulée, son numéro n&apos;est pas réutilisé et plus rien n&apos;est dû sur celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Void invoice</source>
        <translation>&amp;Annuler la facture</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Show invoices by recipient</source>
        <translation>Afficher les factures selon le destinataire</translation>
    </message>
    <message>
        <source>To clients and studios</source>
        <translation>Aux clients et aux studios</translation>
    </message>
    <message>
        <source>To clients</source>
        <translation>Aux clients</translation>
    </message>
    <message>
        <source>To studios (your contractor invoices)</source>
        <translation>Aux studios (vos factures de sous-traitant)</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Give the client&apos;s credit on the selected invoice back out of a cash or e-transfer payment</source>
        <translation>Rendre au client son crédit sur la facture sélectionnée, à partir d&apos;un paiement comptant ou par virement électronique</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::InvoicesService</name>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Impossible d&apos;écrire le PDF : %1</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Credit note issued.</source>
        <translation>Note de crédit émise.</translation>
    </message>
    <message>
        <source>Invoice voided.</source>
        <translation>Facture annulée.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>Remboursement enregistré.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::LateFeeFlow</name>
    <message>
        <source>Late cancellation fee</source>
        <translation>Frais d&apos;annulation tardive</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the encrypted store and ask for the passphrase again</source>
        <translation>Fermer le coffre chiffré et redemander la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fac&amp;tures</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send this computer&apos;s changes and fetch everyone else&apos;s</source>
        <translation>Envoyer les modifications de cet ordinateur et récupérer celles des autres</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerPage</name>
    <message>
        <source>Manager view</source>
        <translation>Vue gestionnaire</translation>
    </message>
    <message>
        <source>You do not run a studio yet: the Manager view shows the organizations where you are an owner, manager or trainer admin, once this computer has synced them.</source>
        <translation>Vous ne gérez encore aucun studio : la vue gestionnaire montre les organisations dont vous êtes propriétaire, gestionnaire ou entraîneur administrateur, une fois que cet ordinateur les a synchronisées.</translation>
    </message>
    <message>
        <source>Manager view sections</source>
        <translation>Sections de la vue gestionnaire</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horaire</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fac&amp;tures</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Trainer filter</source>
        <translation>Filtre par entraîneur</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>&amp;Entraîneur :</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semaine pré&amp;cédente</translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation>Semaine précédente (%1)</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>Cette sema&amp;ine</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>Semaine &amp;suivante</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Semaine suivante (%1)</translation>
    </message>
    <message>
        <source>Week schedule by trainer</source>
        <translation>Horaire de la semaine par entraîneur</translation>
    </message>
    <message>
        <source>Utilisation per trainer</source>
        <translation>Taux d&apos;occupation par entraîneur</translation>
    </message>
    <message>
        <source>Utilisation this week and month</source>
        <translation>Taux d&apos;occupation cette semaine et ce mois-ci</translation>
    </message>
    <message>
        <source>The organization&apos;s invoices</source>
        <translation>Factures de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Mark paid...</source>
        <translation>&amp;Marquer comme payée...</translation>
    </message>
    <message>
        <source>Record a payment of the selected invoice (%1)</source>
        <translation>Enregistrer un paiement pour la facture sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Offline: showing what this computer last synced.</source>
        <translation>Hors ligne : affichage des dernières données synchronisées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Tous les entraîneurs</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>À recevoir : %1</translation>
    </message>
    <message>
        <source>&amp;Contractor invoices</source>
        <translation>Factures de &amp;sous-traitants</translation>
    </message>
    <message>
        <source>Contractor invoices trainers sent the studio</source>
        <translation>Factures de sous-traitants envoyées au studio par les entraîneurs</translation>
    </message>
    <message>
        <source>The studio owes trainers: %1</source>
        <translation>Le studio doit aux entraîneurs : %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerService</name>
    <message>
        <source>The store is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Your role may not record payments for this organization.</source>
        <translation>Votre rôle ne permet pas d&apos;enregistrer des paiements pour cette organisation.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ManagerWindowAction</name>
    <message>
        <source>&amp;Manager view</source>
        <translation>Vue &amp;gestionnaire</translation>
    </message>
    <message>
        <source>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run (%1)</source>
        <translation>Horaire, taux d&apos;occupation, factures et paiements de chaque entraîneur des studios que vous gérez (%1)</translation>
    </message>
    <message>
        <source>Every trainer&apos;s schedule, utilisation, invoices and payments of the studios you run</source>
        <translation>Horaire, taux d&apos;occupation, factures et paiements de chaque entraîneur des studios que vous gérez</translation>
    </message>
    <message>
        <source>Manager view</source>
        <translation>Vue gestionnaire</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NavigationModel</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Where the session is held</source>
        <translation>Lieu où la séance est donnée</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de la facture</translation>
    </message>
    <message>
        <source>Registered for GST/HST</source>
        <translation>Inscrit à la TPS/TVH</translation>
    </message>
    <message>
        <source>Registered for QST</source>
        <translation>Inscrit à la TVQ</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;Held at:</source>
        <translation>&amp;Donnée à :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de la facture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Séance d&apos;entraînement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Completed sessions and packages not invoiced yet</source>
        <translation>Séances terminées et forfaits pas encore facturés</translation>
    </message>
    <message>
        <source>Add chec&amp;ked items</source>
        <translation>Ajouter les éléments co&amp;chés</translation>
    </message>
    <message>
        <source>Completed &amp;sessions and packages not invoiced yet:</source>
        <translation>&amp;Séances terminées et forfaits pas encore facturés :</translation>
    </message>
    <message>
        <source>This package is invoiced already.</source>
        <translation>Ce forfait est déjà facturé.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NewInvoiceService</name>
    <message>
        <source>The draft is saved, but it cannot be issued yet: connect once to reserve invoice numbers.</source>
        <translation>Le brouillon est enregistré, mais il ne peut pas encore être émis : connectez-vous une fois pour réserver des numéros de facture.</translation>
    </message>
    <message>
        <source>The draft is saved, but it could not be issued: %1</source>
        <translation>Le brouillon est enregistré, mais il n&apos;a pas pu être émis : %1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <source>Not issued: this organization has no GST/HST registration number, so it cannot charge GST/HST. Untick &quot;Registered for GST/HST&quot;, or ask the owner to add the number.</source>
        <translation>Non émise : cette organisation n&apos;a pas de numéro d&apos;inscription à la TPS/TVH, elle ne peut donc pas facturer la TPS/TVH. Décochez « Inscrit à la TPS/TVH » ou demandez au propriétaire d&apos;ajouter le numéro.</translation>
    </message>
    <message>
        <source>Not issued: this organization has no QST registration number, so it cannot charge QST. Untick &quot;Registered for QST&quot;, or ask the owner to add the number.</source>
        <translation>Non émise : cette organisation n&apos;a pas de numéro d&apos;inscription à la TVQ, elle ne peut donc pas facturer la TVQ. Décochez « Inscrit à la TVQ » ou demandez au propriétaire d&apos;ajouter le numéro.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NoteConflictDialog</name>
    <message>
        <source>Resolve conflicting versions</source>
        <translation>Résoudre les versions en conflit</translation>
    </message>
    <message>
        <source>This note was changed in two places at once. Keep one version, or combine them below and save.</source>
        <translation>Cette note a été modifiée à deux endroits en même temps. Gardez une version, ou combinez-les ci-dessous et enregistrez.</translation>
    </message>
    <message>
        <source>Version A (newest)</source>
        <translation>Version A (la plus récente)</translation>
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
        <translation>Utiliser la version &amp;A</translation>
    </message>
    <message>
        <source>Use version &amp;B</source>
        <translation>Utiliser la version &amp;B</translation>
    </message>
    <message>
        <source>Text to keep:</source>
        <translation>Texte à garder :</translation>
    </message>
    <message>
        <source>Text to keep</source>
        <translation>Texte à garder</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::NoteEditorDialog</name>
    <message>
        <source>Session note</source>
        <translation>Note de séance</translation>
    </message>
    <message>
        <source>This note is signed: add an amendment instead.</source>
        <translation>Cette note est signée : ajoutez plutôt un addenda.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>S&amp;hared with the client</source>
        <translation>&amp;Partagée avec le client</translation>
    </message>
    <message>
        <source>Si&amp;gn and lock</source>
        <translation>Si&amp;gner et verrouiller</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Addendas</translation>
    </message>
    <message>
        <source>Amendments so far</source>
        <translation>Addendas à ce jour</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouvel addenda</translation>
    </message>
    <message>
        <source>Write an amendment to the signed note</source>
        <translation>Rédiger un addenda à la note signée</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation>Ajouter un a&amp;ddenda</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>Note SOAP</translation>
    </message>
    <message>
        <source>Free-text note</source>
        <translation>Note en texte libre</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Signée et verrouillée</translation>
    </message>
    <message>
        <source>Two versions conflict: resolve them before signing</source>
        <translation>Deux versions sont en conflit : résolvez-les avant de signer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Amended %1 by %2:</source>
        <translation>Modifiée le %1 par %2 :</translation>
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
        <translation>Un entraîneur</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Billed by</source>
        <translation>Facturée par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Entraîneur</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::OwnTaxRegistrationsForm</name>
    <message>
        <source>Your GST/HST registration number</source>
        <translation>Votre numéro d&apos;inscription à la TPS/TVH</translation>
    </message>
    <message>
        <source>123456789RT0001, or empty when not registered</source>
        <translation>123456789RT0001, ou vide si vous n&apos;êtes pas inscrit</translation>
    </message>
    <message>
        <source>Your QST registration number</source>
        <translation>Votre numéro d&apos;inscription à la TVQ</translation>
    </message>
    <message>
        <source>1234567890TQ0001, or empty when not registered</source>
        <translation>1234567890TQ0001, ou vide si vous n&apos;êtes pas inscrit</translation>
    </message>
    <message>
        <source>Save registration num&amp;bers</source>
        <translation>Enregistrer les deu&amp;x numéros</translation>
    </message>
    <message>
        <source>Your numbers as a supplier, printed on your invoices to studios</source>
        <translation>Vos numéros de fournisseur, imprimés sur vos factures aux studios</translation>
    </message>
    <message>
        <source>&amp;Your GST/HST number:</source>
        <translation>Votre num&amp;éro de TPS/TVH :</translation>
    </message>
    <message>
        <source>Your &amp;QST number:</source>
        <translation>Votre numéro de TV&amp;Q :</translation>
    </message>
    <message>
        <source>Saving your registration numbers...</source>
        <translation>Enregistrement de vos numéros d&apos;inscription...</translation>
    </message>
    <message>
        <source>Saved. Your invoices to studios print these numbers.</source>
        <translation>Enregistré. Vos factures aux studios impriment ces numéros.</translation>
    </message>
    <message>
        <source>Not saved: you are offline or not signed in. Connect and save again; invoices use the numbers the server has.</source>
        <translation>Non enregistré : vous êtes hors ligne ou non connecté. Connectez-vous et enregistrez de nouveau; les factures utilisent les numéros que le serveur connaît.</translation>
    </message>
    <message>
        <source>Not saved: the server refused a number: %1.</source>
        <translation>Non enregistré : le serveur a refusé un numéro : %1.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PackageDialog</name>
    <message>
        <source>New package for %1</source>
        <translation>Nouveau forfait pour %1</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Nom du forfait</translation>
    </message>
    <message>
        <source>e.g. Ten sessions</source>
        <translation>p. ex. Dix séances</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>e.g. 750.00</source>
        <translation>p. ex. 750,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpire le</translation>
    </message>
    <message>
        <source>Last day of use</source>
        <translation>Dernier jour d&apos;utilisation</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>&amp;Add package</source>
        <translation>&amp;Ajouter le forfait</translation>
    </message>
    <message>
        <source>Give the package a name.</source>
        <translation>Donnez un nom au forfait.</translation>
    </message>
    <message>
        <source>Type the price as an amount, like 750 or 750.00.</source>
        <translation>Tapez le prix sous forme de montant, comme 750 ou 750,00.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like CAD.</source>
        <translation>La devise est un code de trois lettres, comme CAD.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PackageListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>0 (expired)</source>
        <translation>0 (expiré)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
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
        <translation>Enregistrer un paiement pour %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>Virement électronique</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Balance due:</source>
        <translation>Solde dû :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le :</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Type the amount received, for example 25.00.</source>
        <translation>Tapez le montant reçu, par exemple 25,00.</translation>
    </message>
    <message>
        <source>The payment is more than the balance due.</source>
        <translation>Le paiement dépasse le solde dû.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::PaymentListModel</name>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>Virement électronique</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ProfileGroup</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your roles by organization</source>
        <translation>Vos rôles par organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Vos rôles</translation>
    </message>
    <message>
        <source>Ask the server for your name and roles again</source>
        <translation>Redemander au serveur votre nom et vos rôles</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Asking the server...</source>
        <translation>Interrogation du serveur...</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Trainer admin</source>
        <translation>Entraîneur administrateur</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Entraîneur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not known yet: sign in and sync</source>
        <translation>Inconnu pour l&apos;instant : connectez-vous et synchronisez</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No profile on this computer yet.</source>
        <translation>Aucun profil sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Offline: showing your profile as of %1.</source>
        <translation>Hors ligne : affichage de votre profil en date du %1.</translation>
    </message>
    <message>
        <source>Up to date as of %1.</source>
        <translation>À jour en date du %1.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the last known profile.</source>
        <translation>Hors ligne : non connecté; affichage du dernier profil connu.</translation>
    </message>
    <message>
        <source>Offline: sign in to see your profile.</source>
        <translation>Hors ligne : connectez-vous pour voir votre profil.</translation>
    </message>
    <message>
        <source>The server did not give your profile (%1).</source>
        <translation>Le serveur n&apos;a pas fourni votre profil (%1).</translation>
    </message>
    <message>
        <source>Refresh pr&amp;ofile</source>
        <translation>Actualis&amp;er le profil</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::RefundDialog</name>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>E-transfer</source>
        <translation>Virement électronique</translation>
    </message>
    <message>
        <source>Refund a payment of %1</source>
        <translation>Rembourser un paiement de %1</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>Paiement remboursé</translation>
    </message>
    <message>
        <source>%1 of %2 received %3 (up to %4)</source>
        <translation>%1 de %2 reçu le %3 (jusqu&apos;à %4)</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <source>Client&apos;s credit:</source>
        <translation>Crédit du client :</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Paiement :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Refunded on:</source>
        <translation>&amp;Remboursé le :</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>No payment of this invoice can be refunded.</source>
        <translation>Aucun paiement de cette facture ne peut être remboursé.</translation>
    </message>
    <message>
        <source>Type the amount refunded, for example 25.00.</source>
        <translation>Tapez le montant remboursé, par exemple 25,00.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded from this payment.</source>
        <translation>Au plus %1 peut être remboursé à partir de ce paiement.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SeriesScopeDialog</name>
    <message>
        <source>Delete a recurring session</source>
        <translation>Supprimer une séance récurrente</translation>
    </message>
    <message>
        <source>Change a recurring session</source>
        <translation>Modifier une séance récurrente</translation>
    </message>
    <message>
        <source>This session repeats. Which sessions do you want to delete?</source>
        <translation>Cette séance se répète. Quelles séances voulez-vous supprimer?</translation>
    </message>
    <message>
        <source>This session repeats. Which sessions do you want to change?</source>
        <translation>Cette séance se répète. Quelles séances voulez-vous modifier?</translation>
    </message>
    <message>
        <source>Sessions in the past and completed ones are never changed.</source>
        <translation>Les séances passées et les séances terminées ne sont jamais modifiées.</translation>
    </message>
    <message>
        <source>&amp;This session only</source>
        <translation>&amp;Cette séance seulement</translation>
    </message>
    <message>
        <source>This and the &amp;following sessions</source>
        <translation>Cette séance et les &amp;suivantes</translation>
    </message>
    <message>
        <source>&amp;All sessions of the series</source>
        <translation>&amp;Toutes les séances de la série</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SessionDialog</name>
    <message>
        <source>Book a session</source>
        <translation>Réserver une séance</translation>
    </message>
    <message>
        <source>Studio and location</source>
        <translation>Studio et lieu</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation>&amp;Début (%1) :</translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation>Conflits :
%1</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Réserver quand même</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Aucun forfait</translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation>&amp;Forfait :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Current package (expired)</source>
        <translation>Forfait actuel (expiré)</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SessionListModel</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Encrypted store:</source>
        <translation>Coffre chiffré :</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Certificats du système seulement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Organizations and locations</source>
        <translation>Organisations et lieux</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Organizations, locations and invoice number blocks are managed on the server; this device issues invoices offline from the numbers it holds.</source>
        <translation>Les organisations, les lieux et les blocs de numéros de facture sont gérés sur le serveur; cet appareil émet des factures hors ligne à partir des numéros qu&apos;il détient.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Verrouiller après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Changer la &amp;phrase de passe...</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>Use the new passphrase from now on.</source>
        <translation>Utilisez dorénavant la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Default session length</source>
        <translation>Durée par défaut des séances</translation>
    </message>
    <message>
        <source>Default session price</source>
        <translation>Prix par défaut des séances</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Session p&amp;rice ($):</source>
        <translation>P&amp;rix des séances ($) :</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not signed in: working offline</source>
        <translation>Non connecté : travail hors ligne</translation>
    </message>
    <message>
        <source>None held</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n restant)</numerusform>
            <numerusform>%1 (%n restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: sign in and sync to see your studios</source>
        <translation>Aucune pour l&apos;instant : connectez-vous et synchronisez pour voir vos studios</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Vos rôles</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sign i&amp;n...</source>
        <translation>Se co&amp;nnecter...</translation>
    </message>
    <message>
        <source>Sign o&amp;ut...</source>
        <translation>Se &amp;déconnecter...</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Verr&amp;ouiller après :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>Fic&amp;hier CA :</translation>
    </message>
    <message>
        <source>Session lengt&amp;h:</source>
        <translation>D&amp;urée des séances :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignInPage</name>
    <message>
        <source>Sign in to your FitFlow server</source>
        <translation>Connectez-vous à votre serveur FitFlow</translation>
    </message>
    <message>
        <source>Signing in lets this computer sync with your studios. You can work offline and sign in later from Settings.</source>
        <translation>La connexion permet à cet ordinateur de se synchroniser avec vos studios. Vous pouvez travailler hors ligne et vous connecter plus tard depuis les Paramètres.</translation>
    </message>
    <message>
        <source>Continue &amp;offline; sign in later</source>
        <translation>Continuer &amp;hors ligne; se connecter plus tard</translation>
    </message>
    <message>
        <source>Offline, FitFlow opens with no studio or practice: you can add clients, sessions and invoices once you have signed in and synced once (Settings, Account, Sign in...). After that first sync everything works offline.</source>
        <translation>Hors ligne, FitFlow s&apos;ouvre sans studio ni pratique : vous pourrez ajouter des clients, des séances et des factures après vous être connecté et avoir synchronisé une fois (Paramètres, Compte, Se connecter...). Après cette première synchronisation, tout fonctionne hors ligne.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignInPanel</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Optional, for a self-hosted server</source>
        <translation>Facultatif, pour un serveur autohébergé</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier d&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Cod&amp;e :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>FitFlow on %1</source>
        <translation>FitFlow sur %1</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out %1 on this computer?</source>
        <translation>Déconnecter %1 sur cet ordinateur?</translation>
    </message>
    <message>
        <source>Keep the data to go on working offline and sign in again later. Wipe it if other people use this computer.</source>
        <translation>Gardez les données pour continuer à travailler hors ligne et vous reconnecter plus tard. Effacez-les si d&apos;autres personnes utilisent cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced would be lost on wipe.</source>
        <translation>
            <numerusform>%n modification pas encore synchronisée serait perdue à l&apos;effacement.</numerusform>
            <numerusform>%n modifications pas encore synchronisées seraient perdues à l&apos;effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out, &amp;keep data</source>
        <translation>Se déconnecter et &amp;garder les données</translation>
    </message>
    <message>
        <source>Sign out and &amp;wipe data</source>
        <translation>Se déconnecter et &amp;effacer les données</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::SyncStatusWidget</name>
    <message>
        <source>Conflicting versions: %1 %2</source>
        <translation>Versions en conflit : %1 %2</translation>
    </message>
    <message>
        <source>Rejected change (%1): %2 %3</source>
        <translation>Modification refusée (%1) : %2 %3</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Rejected change to %1 (%2): %3 %4</source>
        <translation>Modification refusée de %1 (%2) : %3 %4</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::TaxInvoicingGroup</name>
    <message>
        <source>Tax and invoicing</source>
        <translation>Taxes et facturation</translation>
    </message>
    <message>
        <source>Invoice numbering</source>
        <translation>Numérotation des factures</translation>
    </message>
    <message>
        <source>Invoices and credit notes share one sequence per organization. This computer issues numbers offline from blocks it reserves while connected.</source>
        <translation>Les factures et les notes de crédit partagent une même séquence par organisation. Cet ordinateur attribue les numéros hors ligne à partir de blocs qu&apos;il réserve lorsqu&apos;il est connecté.</translation>
    </message>
    <message>
        <source>%1: no invoice numbers left on this computer; connect once to reserve some.</source>
        <translation>%1 : il ne reste aucun numéro de facture sur cet ordinateur; connectez-vous une fois pour en réserver.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next %2 (block %3–%4), %n left</source>
        <translation>
            <numerusform>%1 : prochain %2 (bloc %3–%4), %n restant</numerusform>
            <numerusform>%1 : prochain %2 (bloc %3–%4), %n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization on this computer yet.</source>
        <translation>Aucune organisation sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Tax registration numbers</source>
        <translation>Numéros d&apos;inscription aux taxes</translation>
    </message>
    <message>
        <source>Registration numbers print on invoices. The organization&apos;s owner sets them on the server; they arrive here when this computer syncs.</source>
        <translation>Les numéros d&apos;inscription sont imprimés sur les factures. Le propriétaire de l&apos;organisation les saisit sur le serveur; ils arrivent ici quand cet ordinateur se synchronise.</translation>
    </message>
    <message>
        <source>GST/HST %1</source>
        <translation>TPS/TVH %1</translation>
    </message>
    <message>
        <source>QST %1</source>
        <translation>TVQ %1</translation>
    </message>
    <message>
        <source>%1: no GST/HST or QST registration number</source>
        <translation>%1 : aucun numéro d&apos;inscription à la TPS/TVH ni à la TVQ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::TrainerWeekModel</name>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absence</translation>
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
        <translation>Aucune séance</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::UnlockDialog</name>
    <message>
        <source>Create your encrypted store</source>
        <translation>Créez votre coffre chiffré</translation>
    </message>
    <message>
        <source>Unlock FitFlow</source>
        <translation>Déverrouiller FitFlow</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Content de vous revoir</translation>
    </message>
    <message>
        <source>Your clients, sessions and invoices are kept encrypted on this computer. Choose a passphrase of at least %1 characters. Without it nobody, including you, can open the store, so keep it somewhere safe.</source>
        <translation>Vos clients, séances et factures sont conservés chiffrés sur cet ordinateur. Choisissez une phrase de passe d&apos;au moins %1 caractères. Sans elle, personne, pas même vous, ne peut ouvrir le coffre : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your encrypted store.</source>
        <translation>Entrez votre phrase de passe pour ouvrir votre coffre chiffré.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Unlocking the store</source>
        <translation>Déverrouillage du coffre</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>C&amp;réer le coffre</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase de passe est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases de passe ne correspondent pas.</translation>
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
        <translation>Entraîneur</translation>
    </message>
    <message>
        <source>Booked (week)</source>
        <translation>Réservées (semaine)</translation>
    </message>
    <message>
        <source>Completed (week)</source>
        <translation>Terminées (semaine)</translation>
    </message>
    <message>
        <source>Cancelled (week)</source>
        <translation>Annulées (semaine)</translation>
    </message>
    <message>
        <source>No-shows (week)</source>
        <translation>Absences (semaine)</translation>
    </message>
    <message>
        <source>Booked (month)</source>
        <translation>Réservées (mois)</translation>
    </message>
    <message>
        <source>Completed (month)</source>
        <translation>Terminées (mois)</translation>
    </message>
    <message>
        <source>Cancelled (month)</source>
        <translation>Annulées (mois)</translation>
    </message>
    <message>
        <source>No-shows (month)</source>
        <translation>Absences (mois)</translation>
    </message>
</context>
</TS>
