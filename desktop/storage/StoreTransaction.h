#pragma once
// One local transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeds, so an early
// return on any error leaves the store as it was: a local change and its outbox entry, or a
// pulled page and its cursor, are written together or not at all.
// A transaction begun while another StoreTransaction is open on the same connection is a
// SAVEPOINT inside it: its commit keeps its writes for the outer commit, its rollback undoes only
// them. So a user action made of several LocalChanges calls is one transaction when the caller
// opens one around them (SeriesWriter).

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
    StoreTransaction(QSqlDatabase db, int depth);

    QSqlDatabase m_db;
    bool m_open = false;
    int m_depth = 0; // 0: the outer BEGIN; n > 0: SAVEPOINT number n
};

} // namespace fitflow::desktop
