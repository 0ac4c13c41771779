#pragma once
// Runs the SQL of one local schema step (LocalMigrations and the per-area table files), stopping at
// the first statement that fails with its error in `failure`. LocalMigrations runs each step in
// one transaction, so a step is applied whole or not at all.

#include <QSqlDatabase>
#include <QString>

#include <initializer_list>

namespace fitflow::desktop {

bool runMigrationStatement(QSqlDatabase& db, const QString& sql, QString& failure);
bool runMigrationStatements(QSqlDatabase& db, std::initializer_list<QString> statements,
                            QString& failure);

} // namespace fitflow::desktop
