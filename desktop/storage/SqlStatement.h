#pragma once
// A prepared statement with its bound values, run in one call, failing as a fitflow::Error
// ("io_error" with SQLite's words) instead of a bool the caller might ignore. Repositories use
// it so every query reports its failure the same way.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace fitflow::desktop {

// Prepares and executes `sql`; the query is positioned before the first row.
fitflow::Result<QSqlQuery> execSql(const QSqlDatabase& db, const QString& sql,
                                   const QVariantList& values = {});

// NULL for a null optional, else the text.
QVariant textOrNull(const std::string* text);

} // namespace fitflow::desktop
