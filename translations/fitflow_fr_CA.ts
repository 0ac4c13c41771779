<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
    <name>fitflow::desktop::CalendarPage</name>
    <message>
        <source>No sessions yet</source>
        <translation>Aucune séance pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sessions you book at any of your studios appear together in one calendar.</source>
        <translation>Les séances que vous réservez dans tous vos studios s&apos;affichent ensemble dans un seul calendrier.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::ClientsPage</name>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l&apos;instant</translation>
    </message>
    <message>
        <source>Clients you add, or that your studios share with you, are listed here.</source>
        <translation>Les clients que vous ajoutez, ou que vos studios partagent avec vous, sont listés ici.</translation>
    </message>
</context>
<context>
    <name>fitflow::desktop::DashboardPage</name>
    <message>
        <source>No sessions today</source>
        <translation>Aucune séance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your sessions at every studio, today and in the coming week, are listed here.</source>
        <translation>Vos séances dans tous vos studios, aujourd&apos;hui et la semaine prochaine, sont listées ici.</translation>
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
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Fichier d&apos;AC approuvée :</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Certificats du système seulement</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
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
</TS>
