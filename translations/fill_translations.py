#!/usr/bin/env python3
"""Fills translations/fitflow_*.ts after lupdate: English entries repeat their source, French
(Canada) entries come from FRENCH below. Run after `cmake --build <dir> --target update_translations`;
it fails, naming the strings, when a French translation is missing, so none stays unfinished."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH = {
    "That passphrase does not unlock this store. Check it and try again.":
        "Cette phrase de passe n'ouvre pas ce coffre. Vérifiez-la et réessayez.",
    "The store file could not be found.": "Le fichier du coffre est introuvable.",
    "A store already exists at this location.": "Un coffre existe déjà à cet emplacement.",
    "The store's key file is damaged, so the store cannot be opened.":
        "Le fichier de clé du coffre est endommagé : le coffre ne peut pas être ouvert.",
    "The store is damaged or is not a FitFlow store.":
        "Le coffre est endommagé ou n'est pas un coffre FitFlow.",
    "The store could not be read or written. Check the disk and its permissions.":
        "Impossible de lire ou d'écrire le coffre. Vérifiez le disque et ses autorisations.",
    "Something went wrong (%1).": "Une erreur s'est produite (%1).",
    "No store yet": "Aucun coffre pour l'instant",
    "Encrypted store locked": "Coffre chiffré verrouillé",
    "Opening the encrypted store…": "Ouverture du coffre chiffré…",
    "Encrypted store unlocked": "Coffre chiffré déverrouillé",
    "Server: not configured, working offline": "Serveur : non configuré, travail hors ligne",
    "Server: offline, changes stay on this computer":
        "Serveur : hors ligne, les modifications restent sur cet ordinateur",
    "Server: online": "Serveur : en ligne",
    "Server: certificate not trusted, not connecting":
        "Serveur : certificat non approuvé, aucune connexion",
    "No sessions yet": "Aucune séance pour l'instant",
    "Sessions you book at any of your studios appear together in one calendar.":
        "Les séances que vous réservez dans tous vos studios s'affichent ensemble dans un seul calendrier.",
    "No clients yet": "Aucun client pour l'instant",
    "Clients you add, or that your studios share with you, are listed here.":
        "Les clients que vous ajoutez, ou que vos studios partagent avec vous, sont listés ici.",
    "No sessions today": "Aucune séance aujourd'hui",
    "Your sessions at every studio, today and in the coming week, are listed here.":
        "Vos séances dans tous vos studios, aujourd'hui et la semaine prochaine, sont listées ici.",
    "No invoices yet": "Aucune facture pour l'instant",
    "Invoices you issue and the payments you receive are listed here.":
        "Les factures que vous émettez et les paiements que vous recevez sont listés ici.",
    "FitFlow": "FitFlow",
    "Sections": "Sections",
    "&File": "&Fichier",
    "&Lock": "&Verrouiller",
    "Close the encrypted store and ask for the passphrase again":
        "Fermer le coffre chiffré et redemander la phrase de passe",
    "&Quit": "&Quitter",
    "&View": "&Affichage",
    "%1 · %2": "%1 · %2",
    "Dashboard": "Tableau de bord",
    "Calendar": "Calendrier",
    "Clients": "Clients",
    "Invoices": "Factures",
    "Settings": "Paramètres",
    "%1 (%2)": "%1 (%2)",
    "Encrypted store:": "Coffre chiffré :",
    "Server:": "Serveur :",
    "Not configured": "Non configuré",
    "Trusted CA file:": "Fichier d'AC approuvée :",
    "System certificates only": "Certificats du système seulement",
    "Language:": "Langue :",
    "Create your encrypted store": "Créez votre coffre chiffré",
    "Unlock FitFlow": "Déverrouiller FitFlow",
    "Welcome back": "Content de vous revoir",
    "Your clients, sessions and invoices are kept encrypted on this computer. Choose a passphrase "
    "of at least %1 characters. Without it nobody, including you, can open the store, so keep it "
    "somewhere safe.":
        "Vos clients, séances et factures sont conservés chiffrés sur cet ordinateur. Choisissez "
        "une phrase de passe d'au moins %1 caractères. Sans elle, personne, pas même vous, ne peut "
        "ouvrir le coffre : gardez-la en lieu sûr.",
    "Enter your passphrase to open your encrypted store.":
        "Entrez votre phrase de passe pour ouvrir votre coffre chiffré.",
    "Passphrase": "Phrase de passe",
    "Confirm passphrase": "Confirmer la phrase de passe",
    "&Passphrase:": "&Phrase de passe :",
    "&Confirm:": "&Confirmer :",
    "Problem": "Problème",
    "Creating the store": "Création du coffre",
    "Unlocking the store": "Déverrouillage du coffre",
    "&Create store": "C&réer le coffre",
    "&Unlock": "&Déverrouiller",
    "The passphrase is too short: use at least %1 characters.":
        "La phrase de passe est trop courte : utilisez au moins %1 caractères.",
    "The two passphrases do not match.": "Les deux phrases de passe ne correspondent pas.",
}


def fill(path: Path, translate) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep lupdate's DOCTYPE line so lupdate and Linguist rewrite the file with small diffs.
    content = path.read_text(encoding="utf-8").replace("?>\n<TS", "?>\n<!DOCTYPE TS>\n<TS", 1)
    content = content.replace("<?xml version='1.0' encoding='utf-8'?>",
                              '<?xml version="1.0" encoding="utf-8"?>', 1)
    # lupdate writes apostrophes as entities; do the same so the two tools agree byte for byte.
    content = content.replace("'", "&apos;")
    path.write_text(content + ("" if content.endswith("\n") else "\n"), encoding="utf-8")
    return missing


def main() -> int:
    folder = Path(__file__).resolve().parent
    fill(folder / "fitflow_en.ts", lambda source: source)
    missing = fill(folder / "fitflow_fr_CA.ts", FRENCH.get)
    for source in missing:
        print(f"fitflow_fr_CA.ts: no French for: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
