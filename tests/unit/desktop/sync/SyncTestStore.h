#pragma once
// A real encrypted store in a temporary directory for sync tests (cheap Argon2id settings),
// plus a controllable physical clock and small query helpers.

#include "desktop/storage/LocalStore.h"
#include "desktop/sync/LocalClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <memory>

// QCOMPARE cannot print nlohmann::json (and trips over its conversions); compare the dumps.
#define QCOMPARE_JSON(actual, expected)                                                            \
    QCOMPARE(QString::fromStdString(nlohmann::json(actual).dump()),                                \
             QString::fromStdString(nlohmann::json(expected).dump()))

namespace fitflow::test {

inline const QByteArray kSyncTestPassphrase = "sync test passphrase";
inline const std::string kOrgA = "01900000-0000-7000-8000-0000000000a1";

class SyncTestStore {
public:
    SyncTestStore()
    {
        m_path = m_dir.filePath(QStringLiteral("sync.fitflow"));
        auto created = desktop::LocalStore::create(m_path, kSyncTestPassphrase,
                                                   desktop::KdfSettings::fastForTests());
        if (created) {
            m_store = std::move(*created);
        }
    }

    bool ok() const { return m_store != nullptr; }
    QSqlDatabase db() const { return m_store->database(); }

    // Closes and opens the store again (a restart of the program).
    bool reopen()
    {
        m_store.reset();
        auto opened = desktop::LocalStore::open(m_path, kSyncTestPassphrase);
        if (!opened) {
            return false;
        }
        m_store = std::move(*opened);
        return true;
    }

    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }

    // The physical clock the code under test reads; tests move `now`.
    desktop::PhysicalClock clock()
    {
        return [this] { return now; };
    }

    Instant now = Instant{std::chrono::milliseconds{1'780'000'000'000}};

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<desktop::LocalStore> m_store;
};

} // namespace fitflow::test
