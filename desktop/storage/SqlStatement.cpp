#include "desktop/storage/SqlStatement.h"

#include <QSqlError>

namespace fitflow::desktop {

fitflow::Result<QSqlQuery> execSql(const QSqlDatabase& db, const QString& sql,
                                   const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return makeError("io_error", "cannot prepare '" + sql.left(60).toStdString() +
                                         "': " + query.lastError().text().toStdString());
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return makeError("io_error", "'" + sql.left(60).toStdString() +
                                         "' failed: " + query.lastError().text().toStdString());
    }
    return query;
}

QVariant textOrNull(const std::string* text)
{
    return text == nullptr ? QVariant() : QVariant(QString::fromStdString(*text));
}

} // namespace fitflow::desktop
