#pragma once
// SqlCipherDriver: a QSqlDriver over the SQLCipher C API, registered as "FITFLOW_SQLCIPHER", so
// QSqlQuery, QSqlDatabase transactions and the Qt SQL models work on encrypted files (Qt's own
// QSQLITE driver links plain SQLite and cannot read them). The raw key is handed over as
// SecretBytes before open() and wiped once used; it never travels as a QString password.

#include "desktop/storage/crypto/SecretBytes.h"

#include <QLatin1String>
#include <QList>
#include <QSqlDriver>

#include <optional>

struct sqlite3;

namespace fitflow::desktop::sqlcipher {

class SqlCipherResult;

class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    static constexpr QLatin1String kDriverName{"FITFLOW_SQLCIPHER"};
    static constexpr int kRawKeyBytes = 32;
    static constexpr int kCipherPageSize = 4096;
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    // Registers the driver with QSqlDatabase under kDriverName; safe to call repeatedly.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The 32-byte raw key for the next open(). open() fails without one: this driver never
    // creates or reads an unencrypted database.
    void setRawKey(SecretBytes key);
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    // Opens `db` (a file path), keys it and sets the cipher page size. The key is not checked
    // here: SQLCipher only notices a wrong key on the first read.
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connectOptions) override;
    void close() override;

    bool hasFeature(DriverFeature feature) const override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    // The open connection, or nullptr. For storage code that needs the C API directly.
    sqlite3* connection() const { return m_connection; }

private:
    friend class SqlCipherResult;
    void registerResult(SqlCipherResult* result) const;
    void unregisterResult(SqlCipherResult* result) const;

    bool applyKey(const QString& path);
    // PRAGMA table_info rows (cid, name, type, notnull, dflt_value, pk) of `tableName`, which may
    // be quoted; `unquotedName` receives the plain name. nullopt when closed or on error.
    std::optional<QList<QVariantList>> tableInfo(const QString& tableName,
                                                 QString& unquotedName) const;
    bool execInternal(const QString& sql, const QString& failureText);

    sqlite3* m_connection = nullptr;
    SecretBytes m_pendingKey;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    // Live results, finalized on close() so sqlite3_close never meets an open statement.
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace fitflow::desktop::sqlcipher
