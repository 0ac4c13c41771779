#pragma once
// One local transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeds, so an early
// return on any error leaves the store as it was: a local change and its outbox entry, or a
// pulled page and its cursor, are written together or not at all.

#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class StoreTransaction {
public:
    // Error "io_error" when the transaction cannot start (e.g. the store is busy).
    static fitflow::Result<StoreTransaction> begin(QSqlDatabase db);

    StoreTransaction(StoreTransaction&& other) noexcept;
    StoreTransaction& operator=(StoreTransaction&&) = delete;
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;
    ~StoreTransaction();

    fitflow::Status commit();

private:
    explicit StoreTransaction(QSqlDatabase db);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace fitflow::desktop
