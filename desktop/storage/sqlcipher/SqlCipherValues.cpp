#include "desktop/storage/sqlcipher/SqlCipherValues.h"

#include <sqlcipher/sqlite3.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <limits>

namespace fitflow::desktop::sqlcipher {

QMetaType metaTypeForDeclaredType(const QString& declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT"))) {
        return QMetaType::fromType<QString>();
    }
    if (type.isEmpty() || type.contains(QLatin1String("BLOB"))) {
        return QMetaType::fromType<QByteArray>();
    }
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB"))) {
        return QMetaType::fromType<double>();
    }
    // NUMERIC affinity (DECIMAL, BOOLEAN, DATE, ...): values keep their stored storage class;
    // report text, which every storage class converts to.
    return QMetaType::fromType<QString>();
}

namespace {

int bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                             SQLITE_TRANSIENT);
}

} // namespace

QString bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong unsignedValue = value.toULongLong();
            if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                return QStringLiteral("unsigned value %1 does not fit a signed 64-bit INTEGER")
                    .arg(unsignedValue);
            }
            rc = sqlite3_bind_int64(statement, index, static_cast<qint64>(unsignedValue));
            break;
        }
        case QMetaType::Float:
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(statement, index, bytes.constData(),
                                   static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QString:
            rc = bindText(statement, index, value.toString());
            break;
        case QMetaType::QDateTime:
            rc = bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(statement, index, value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(statement, index, value.toTime().toString(Qt::ISODateWithMs));
            break;
        default:
            return QStringLiteral("cannot bind a value of type %1")
                .arg(QString::fromLatin1(value.metaType().name()));
        }
    }
    if (rc != SQLITE_OK) {
        return QString::fromUtf8(sqlite3_errstr(rc));
    }
    return {};
}

QVariant columnValue(sqlite3_stmt* statement, int column, QMetaType nullType)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(statement, column)));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return QVariant(QByteArray(blob, sqlite3_column_bytes(statement, column)));
    }
    default:
        return QVariant(nullType);
    }
}

} // namespace fitflow::desktop::sqlcipher
