#include "desktop/storage/StoreTransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace fitflow::desktop {

namespace {

// How many StoreTransactions are open on a connection, kept on its driver (one per connection,
// shared by every QSqlDatabase copy of it).
const char* const kDepthProperty = "fitflowTransactionDepth";

int openDepth(const QSqlDatabase& db)
{
    return db.driver()->property(kDepthProperty).toInt();
}

void setOpenDepth(const QSqlDatabase& db, int depth)
{
    db.driver()->setProperty(kDepthProperty, depth);
}

QString savepointName(int depth)
{
    return QStringLiteral("store_transaction_%1").arg(depth);
}

bool exec(QSqlDatabase& db, const QString& sql, QString& failure)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        failure = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

StoreTransaction::StoreTransaction(QSqlDatabase db, int depth)
    : m_db(std::move(db))
    , m_open(true)
    , m_depth(depth)
{
    setOpenDepth(m_db, m_depth + 1);
}

StoreTransaction::StoreTransaction(StoreTransaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(std::exchange(other.m_open, false))
    , m_depth(other.m_depth)
{
}

StoreTransaction::~StoreTransaction()
{
    if (!m_open) {
        return;
    }
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        QString ignored;
        exec(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth), ignored);
        exec(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth), ignored);
    }
    setOpenDepth(m_db, m_depth);
}

fitflow::Result<StoreTransaction> StoreTransaction::begin(QSqlDatabase db)
{
    const int depth = openDepth(db);
    if (depth > 0) {
        QString failure;
        if (!exec(db, QStringLiteral("SAVEPOINT ") + savepointName(depth), failure)) {
            return makeError("io_error",
                             "cannot begin a nested transaction: " + failure.toStdString());
        }
        return StoreTransaction(std::move(db), depth);
    }
    if (!db.transaction()) {
        return makeError("io_error",
                         "cannot begin a transaction: " + db.lastError().text().toStdString());
    }
    return StoreTransaction(std::move(db), 0);
}

fitflow::Status StoreTransaction::commit()
{
    if (!m_open) {
        return makeError("io_error", "the transaction is no longer open");
    }
    if (m_depth > 0) {
        QString failure;
        if (!exec(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth), failure)) {
            return makeError("io_error", "cannot release a savepoint: " + failure.toStdString());
        }
        m_open = false;
        setOpenDepth(m_db, m_depth);
        return {};
    }
    m_open = false;
    setOpenDepth(m_db, 0);
    if (!m_db.commit()) {
        const std::string reason = m_db.lastError().text().toStdString();
        m_db.rollback();
        return makeError("io_error", "cannot commit: " + reason);
    }
    return {};
}

} // namespace fitflow::desktop
