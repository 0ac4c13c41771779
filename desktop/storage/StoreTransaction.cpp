#include "desktop/storage/StoreTransaction.h"

#include <QSqlError>

#include <utility>

namespace fitflow::desktop {

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_open(true)
{
}

StoreTransaction::StoreTransaction(StoreTransaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(std::exchange(other.m_open, false))
{
}

StoreTransaction::~StoreTransaction()
{
    if (m_open) {
        m_db.rollback();
    }
}

fitflow::Result<StoreTransaction> StoreTransaction::begin(QSqlDatabase db)
{
    if (!db.transaction()) {
        return makeError("io_error",
                         "cannot begin a transaction: " + db.lastError().text().toStdString());
    }
    return StoreTransaction(std::move(db));
}

fitflow::Status StoreTransaction::commit()
{
    if (!m_open) {
        return makeError("io_error", "the transaction is no longer open");
    }
    m_open = false;
    if (!m_db.commit()) {
        const std::string reason = m_db.lastError().text().toStdString();
        m_db.rollback();
        return makeError("io_error", "cannot commit: " + reason);
    }
    return {};
}

} // namespace fitflow::desktop
