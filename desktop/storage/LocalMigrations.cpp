#include "desktop/storage/LocalMigrations.h"

#include "desktop/storage/LocationAddressColumns.h"
#include "desktop/storage/MigrationStatements.h"
#include "desktop/storage/SnapshotSeenTable.h"
#include "desktop/storage/UuidV7.h"
#include "desktop/storage/calendar/AvailabilityTables.h"
#include "desktop/storage/calendar/SeriesExceptionTables.h"
#include "desktop/storage/calendar/SeriesTables.h"
#include "desktop/storage/clients/ClientExtrasTables.h"
#include "desktop/storage/invoices/TaxRegistrationColumns.h"
#include "desktop/storage/money/ContractorInvoiceColumns.h"
#include "desktop/storage/money/InvoiceLineLinkColumns.h"
#include "desktop/storage/money/MoneyTables.h"
#include "desktop/storage/money/PaymentRefundColumns.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <string>

namespace fitflow::desktop {

namespace {

using MigrationStep = bool (*)(QSqlDatabase&, QString& failure);

struct Migration {
    int version;
    const char* description;
    MigrationStep apply;
};

// Version 1: per-store settings and this device's identity (its id tags every local change).
bool createSettingsAndDevice(QSqlDatabase& db, QString& failure)
{
    if (!runMigrationStatement(db,
                               QStringLiteral("CREATE TABLE settings ("
                                              " key TEXT PRIMARY KEY NOT NULL,"
                                              " value)"),
                               failure) ||
        !runMigrationStatement(db,
                               QStringLiteral("CREATE TABLE device ("
                                              " id TEXT PRIMARY KEY NOT NULL,"
                                              " created_at TEXT NOT NULL)"),
                               failure)) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO device (id, created_at) VALUES (?, ?)"));
    insert.addBindValue(generateUuidV7());
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        failure = insert.lastError().text();
        return false;
    }
    return true;
}

// Version 2: the synced entities. LWW rows keep every field's value and stamp (field_state, JSON
// {"name": {"value", "stamp"}}) and their tombstone stamps, so a pulled record merges with
// LwwRecord; a note's text is its history (one row per NoteHistory mutation), `text` is the derived
// view.
bool createSyncedEntities(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {QStringLiteral("CREATE TABLE organizations ("
                        " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " name TEXT, kind TEXT, province TEXT)"),
         QStringLiteral("CREATE TABLE locations ("
                        " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " name TEXT, province TEXT, time_zone TEXT)"),
         QStringLiteral("CREATE TABLE clients ("
                        " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " first_name TEXT, last_name TEXT, email TEXT, phone TEXT,"
                        " home_location_id TEXT, trainer_ids TEXT NOT NULL DEFAULT '[]',"
                        " field_state TEXT NOT NULL DEFAULT '{}',"
                        " deleted_stamp TEXT, undeleted_stamp TEXT,"
                        " is_deleted INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE sessions ("
                        " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " client_id TEXT, location_id TEXT, trainer_id TEXT,"
                        " starts_at TEXT, ends_at TEXT, status TEXT,"
                        " field_state TEXT NOT NULL DEFAULT '{}',"
                        " deleted_stamp TEXT, undeleted_stamp TEXT,"
                        " is_deleted INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE notes ("
                        " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " client_id TEXT, session_id TEXT, format TEXT, shared_with_client TEXT,"
                        " text TEXT NOT NULL DEFAULT '', has_conflict INTEGER NOT NULL DEFAULT 0,"
                        " field_state TEXT NOT NULL DEFAULT '{}',"
                        " deleted_stamp TEXT, undeleted_stamp TEXT,"
                        " is_deleted INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE note_history ("
                        " note_id TEXT NOT NULL, mutation TEXT NOT NULL,"
                        " PRIMARY KEY (note_id, mutation))"),
         QStringLiteral("CREATE INDEX clients_org ON clients (org_id)"),
         QStringLiteral("CREATE INDEX sessions_org ON sessions (org_id)"),
         QStringLiteral("CREATE INDEX notes_org ON notes (org_id)"),
         QStringLiteral("CREATE INDEX locations_org ON locations (org_id)")},
        failure);
}

// Version 3: sync bookkeeping. AUTOINCREMENT keeps mutation ids unique for the life of the
// store, even after acknowledged entries are deleted (the server refuses reused ids as gaps).
bool createSyncBookkeeping(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {QStringLiteral("CREATE TABLE sync_outbox ("
                        " mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " org_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                        " payload TEXT NOT NULL, created_at TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX sync_outbox_entity ON sync_outbox (entity, entity_id)"),
         QStringLiteral("CREATE TABLE sync_cursors ("
                        " org_id TEXT PRIMARY KEY NOT NULL, cursor TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE sync_rejections ("
                        " mutation_id INTEGER PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                        " entity TEXT NOT NULL, entity_id TEXT NOT NULL, code TEXT NOT NULL,"
                        " message TEXT NOT NULL, received_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE sync_conflicts ("
                        " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                        " detected_at TEXT NOT NULL, PRIMARY KEY (entity, entity_id))"),
         QStringLiteral("CREATE TABLE sync_account ("
                        " singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),"
                        " server_url TEXT NOT NULL, ca_cert_path TEXT, email TEXT NOT NULL,"
                        " user_id TEXT, refresh_token TEXT)"),
         QStringLiteral("CREATE TABLE sync_clock ("
                        " singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),"
                        " last_stamp TEXT NOT NULL)")},
        failure);
}

// Version 4: whether a cursor is in the middle of a snapshot, so a sync interrupted there does
// not later mistake the snapshot's remaining pages for a complete one.
bool addSnapshotProgress(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatement(
        db,
        QStringLiteral("ALTER TABLE sync_cursors"
                       " ADD COLUMN mid_snapshot INTEGER NOT NULL DEFAULT 0"),
        failure);
}

// Version 14: the field a push rejection names (its domain JSON name), so the user sees which
// value the server refused.
bool addRejectionField(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatement(
        db, QStringLiteral("ALTER TABLE sync_rejections ADD COLUMN field TEXT NOT NULL DEFAULT ''"),
        failure);
}

constexpr std::array kMigrations{
    Migration{1, "settings and device tables", &createSettingsAndDevice},
    Migration{2, "synced entity tables", &createSyncedEntities},
    Migration{3, "sync outbox, cursors, rejections, conflicts, account, clock",
              &createSyncBookkeeping},
    Migration{4, "snapshot progress of pull cursors", &addSnapshotProgress},
    Migration{5, "money: invoices, lines, payments, number blocks", &money::createMoneyTables},
    Migration{6, "rows sent by the pull snapshot in progress", &createSnapshotSeenTable},
    Migration{7, "client tags, consents, packages", &clients::createClientExtrasTables},
    Migration{8, "recurring series, sessions.series_id", &createSeriesTables},
    Migration{9, "organizations: GST/HST and QST registration numbers", &addTaxRegistrationColumns},
    Migration{10, "availability: weekly rules and exceptions", &createAvailabilityTables},
    Migration{11, "money: what invoice lines bill (session, package)",
              &money::addInvoiceLineLinkColumns},
    Migration{12, "recurring series: exceptions as records", &createSeriesExceptionTables},
    Migration{13, "money: contractor invoices to a studio (recipient, supplier numbers)",
              &money::addContractorInvoiceColumns},
    Migration{14, "sync rejections: the field at fault", &addRejectionField},
    Migration{15, "locations: street address", &addLocationAddressColumns},
    Migration{16, "money: refunds (payments.refunds_payment_id, invoices.refunded_cents)",
              &money::addPaymentRefundColumns},
};

fitflow::Status applyOne(QSqlDatabase& db, const Migration& migration)
{
    if (!db.transaction()) {
        return makeError("migration_failed",
                         "cannot begin migration: " + db.lastError().text().toStdString());
    }
    QString failure;
    const bool applied =
        migration.apply(db, failure) &&
        runMigrationStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                              failure);
    if (!applied || !db.commit()) {
        if (failure.isEmpty()) {
            failure = db.lastError().text();
        }
        db.rollback();
        return makeError("migration_failed", "migration " + std::to_string(migration.version) +
                                                 " (" + migration.description +
                                                 ") failed: " + failure.toStdString());
    }
    return {};
}

} // namespace

int LocalMigrations::latestVersion()
{
    return kMigrations.back().version;
}

fitflow::Result<int> LocalMigrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return makeError("store_corrupt",
                         "cannot read schema version: " + query.lastError().text().toStdString());
    }
    return static_cast<int>(query.value(0).toLongLong());
}

fitflow::Result<int> LocalMigrations::apply(QSqlDatabase& db)
{
    auto version = currentVersion(db);
    if (!version) {
        return version.error();
    }
    if (*version > latestVersion()) {
        return makeError("store_too_new", "store schema version " + std::to_string(*version) +
                                              " is newer than this program supports (" +
                                              std::to_string(latestVersion()) + ")");
    }
    for (const Migration& migration : kMigrations) {
        if (migration.version <= *version) {
            continue;
        }
        if (auto status = applyOne(db, migration); !status) {
            return status.error();
        }
        *version = migration.version;
    }
    return *version;
}

} // namespace fitflow::desktop
