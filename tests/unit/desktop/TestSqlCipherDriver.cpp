// The FITFLOW_SQLCIPHER driver through Qt's public SQL API only: binding, value types,
// transactions, error texts, catalogue queries and the Qt SQL models on an encrypted file.

#include "desktop/storage/crypto/SecretBytes.h"
#include "desktop/storage/sqlcipher/SqlCipherDriver.h"
#include "tests/support/desktop/StoreFiles.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using fitflow::desktop::SecretBytes;
using fitflow::desktop::sqlcipher::SqlCipherDriver;

namespace {

const QString kConnection = QStringLiteral("driver-test");

SecretBytes keyFrom(const QByteArray& bytes)
{
    SecretBytes key(static_cast<std::size_t>(bytes.size()));
    std::memcpy(key.data(), bytes.constData(), key.size());
    return key;
}

} // namespace

class TestSqlCipherDriver : public QObject {
    Q_OBJECT

private:
    // Opens kConnection on m_path with `key` (a fresh database the first time).
    bool openWithKey(const QByteArray& key)
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::kDriverName, kConnection);
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        if (driver == nullptr) {
            return false;
        }
        driver->setRawKey(keyFrom(key));
        db.setDatabaseName(m_path);
        return db.open();
    }
    static QSqlDatabase db() { return QSqlDatabase::database(kConnection, false); }
    static void closeConnection()
    {
        {
            QSqlDatabase connection = db();
            connection.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
    }
    static bool exec(const QString& sql)
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("driver.db"));
        m_key = QByteArray(32, '\0');
        for (int i = 0; i < m_key.size(); ++i) {
            m_key[i] = static_cast<char>(i * 7 + 3);
        }
        QVERIFY(openWithKey(m_key));
        QVERIFY(exec(
            QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "quantity INTEGER, price REAL, payload BLOB)")));
    }

    void cleanup()
    {
        closeConnection();
        m_dir.reset();
    }

    void driverNameAndFeatures()
    {
        QCOMPARE(db().driverName(), QStringLiteral("FITFLOW_SQLCIPHER"));
        QVERIFY(db().driver()->hasFeature(QSqlDriver::PreparedQueries));
        QVERIFY(db().driver()->hasFeature(QSqlDriver::Transactions));
        QVERIFY(db().driver()->hasFeature(QSqlDriver::LastInsertId));
    }

    void fileOnDiskIsEncrypted()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('plainly-visible-name')")));
        closeConnection();
        const QByteArray bytes = fitflow::test::readFileBytes(m_path);
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("plainly-visible-name"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(openWithKey(m_key)); // cleanup() closes it again
    }

    void positionalBinding()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name, quantity) VALUES (?, ?)")));
        insert.addBindValue(QStringLiteral("rope"));
        insert.addBindValue(3);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), 1);
        const qlonglong firstId = insert.lastInsertId().toLongLong();
        QVERIFY(firstId > 0);

        insert.addBindValue(QStringLiteral("kettlebell"));
        insert.addBindValue(7);
        QVERIFY(insert.exec());
        QCOMPARE(insert.lastInsertId().toLongLong(), firstId + 1);

        QSqlQuery select(db());
        QVERIFY(select.prepare(QStringLiteral("SELECT quantity FROM item WHERE name = ?")));
        select.addBindValue(QStringLiteral("kettlebell"));
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toLongLong(), 7);
        QVERIFY(!select.next());
    }

    void namedBindingIncludingRepeatedNames()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(
            QStringLiteral("INSERT INTO item (name, quantity, price) VALUES (:name, :qty, :qty)")));
        insert.bindValue(QStringLiteral(":qty"), 12);
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("mat"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery select(db());
        QVERIFY(select.exec(QStringLiteral("SELECT name, quantity, price FROM item")));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), QStringLiteral("mat"));
        QCOMPARE(select.value(1).toLongLong(), 12);
        QCOMPARE(select.value(2).toDouble(), 12.0);
    }

    void valueTypesRoundTrip()
    {
        const QString text = QStringLiteral("Montr\u00e9al \u2014 \u65e5\u672c");
        const QByteArray blob("\x00\x01\xff\x00zz", 6);
        const qlonglong big = 1LL << 52;
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO item (name, quantity, price, payload) VALUES (?, ?, ?, ?)")));
        insert.addBindValue(text);
        insert.addBindValue(big);
        insert.addBindValue(2.5);
        insert.addBindValue(blob);
        QVERIFY(insert.exec());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO item (name, quantity, price, payload) VALUES (?, ?, ?, ?)")));
        insert.addBindValue(QStringLiteral("nulls"));
        insert.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
        insert.addBindValue(QVariant());
        insert.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery select(db());
        QVERIFY(select.exec(
            QStringLiteral("SELECT name, quantity, price, payload FROM item ORDER BY id")));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).typeId(), QMetaType::QString);
        QCOMPARE(select.value(0).toString(), text);
        QCOMPARE(select.value(1).typeId(), QMetaType::LongLong);
        QCOMPARE(select.value(1).toLongLong(), big);
        QCOMPARE(select.value(2).typeId(), QMetaType::Double);
        QCOMPARE(select.value(2).toDouble(), 2.5);
        QCOMPARE(select.value(3).typeId(), QMetaType::QByteArray);
        QCOMPARE(select.value(3).toByteArray(), blob);
        QVERIFY(select.next());
        QVERIFY(select.isNull(1));
        QVERIFY(select.isNull(2));
        QVERIFY(select.isNull(3));
        QVERIFY(!select.isNull(0));
    }

    void unbindableValueIsAnError()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name) VALUES (?)")));
        insert.addBindValue(QVariant::fromValue(QStringList{QStringLiteral("a")}));
        QVERIFY(!insert.exec());
        QVERIFY(insert.lastError().driverText().contains(QStringLiteral("Cannot bind")));
    }

    void recordAndCatalogue()
    {
        QSqlQuery select(db());
        QVERIFY(select.exec(QStringLiteral("SELECT id, name AS label FROM item")));
        const QSqlRecord columns = select.record();
        QCOMPARE(columns.count(), 2);
        QCOMPARE(columns.fieldName(1), QStringLiteral("label"));

        const QSqlRecord table = db().record(QStringLiteral("item"));
        QCOMPARE(table.count(), 5);
        QCOMPARE(table.field(QStringLiteral("quantity")).metaType(),
                 QMetaType::fromType<qlonglong>());
        QCOMPARE(table.field(QStringLiteral("price")).metaType(), QMetaType::fromType<double>());
        QCOMPARE(table.field(QStringLiteral("name")).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(table.field(QStringLiteral("payload")).metaType(),
                 QMetaType::fromType<QByteArray>());
        QCOMPARE(table.field(QStringLiteral("name")).requiredStatus(), QSqlField::Required);
        QVERIFY(table.field(QStringLiteral("id")).isAutoValue());

        const QSqlIndex key = db().primaryIndex(QStringLiteral("item"));
        QCOMPARE(key.count(), 1);
        QCOMPARE(key.fieldName(0), QStringLiteral("id"));

        QVERIFY(exec(QStringLiteral("CREATE VIEW cheap AS SELECT * FROM item WHERE price < 5")));
        QCOMPARE(db().tables(QSql::Tables), QStringList{QStringLiteral("item")});
        QCOMPARE(db().tables(QSql::Views), QStringList{QStringLiteral("cheap")});
    }

    void transactionsCommitAndRollBack()
    {
        QVERIFY(db().transaction());
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('kept')")));
        QVERIFY(db().commit());
        QVERIFY(db().transaction());
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('discarded')")));
        QVERIFY(db().rollback());

        QSqlQuery select(db());
        QVERIFY(select.exec(QStringLiteral("SELECT group_concat(name) FROM item")));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(!db().commit()); // no transaction open: SQLite's error surfaces
        QVERIFY(db().lastError().databaseText().contains(QStringLiteral("no transaction")));
    }

    void errorsCarrySqliteMessages()
    {
        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("SELEC nonsense")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);

        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('twice')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('twice')")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("UNIQUE constraint")));

        QVERIFY(query.prepare(QStringLiteral("INSERT INTO item (name, quantity) VALUES (?, ?)")));
        query.addBindValue(QStringLiteral("only one value"));
        QVERIFY(!query.exec());
        QVERIFY(query.lastError().driverText().contains(QStringLiteral("Parameter count")));

        QVERIFY(!query.exec(QStringLiteral("SELECT 1; SELECT 2")));
        QVERIFY(query.lastError().driverText().contains(QStringLiteral("one SQL statement")));
    }

    void wrongKeyCannotRead()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('secret')")));
        closeConnection();
        QByteArray otherKey = m_key;
        otherKey[0] = static_cast<char>(otherKey[0] ^ 1);
        QVERIFY(openWithKey(otherKey)); // SQLCipher only notices on the first read
        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        QVERIFY2(query.lastError().databaseText().contains(
                     QStringLiteral("file is encrypted or is not a database")),
                 qPrintable(query.lastError().text()));
    }

    void openWithoutKeyOrWithPasswordIsRefused()
    {
        closeConnection();
        {
            QSqlDatabase noKey =
                QSqlDatabase::addDatabase(SqlCipherDriver::kDriverName, kConnection);
            noKey.setDatabaseName(m_path);
            QVERIFY(!noKey.open());
            QVERIFY(noKey.lastError().driverText().contains(QStringLiteral("raw key")));
            QVERIFY(!noKey.open(QString(), QStringLiteral("a password")));
        }
        QSqlDatabase::removeDatabase(kConnection);
        QVERIFY(openWithKey(m_key));
    }

    void forwardOnlyQueryVisitsEveryRow()
    {
        QVERIFY(db().transaction());
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name, quantity) VALUES (?, ?)")));
        for (int i = 0; i < 100; ++i) {
            insert.addBindValue(QStringLiteral("n%1").arg(i));
            insert.addBindValue(i);
            QVERIFY(insert.exec());
        }
        QVERIFY(db().commit());
        QSqlQuery select(db());
        select.setForwardOnly(true);
        QVERIFY(select.exec(QStringLiteral("SELECT quantity FROM item ORDER BY quantity")));
        qlonglong sum = 0;
        int rows = 0;
        while (select.next()) {
            sum += select.value(0).toLongLong();
            ++rows;
        }
        QCOMPARE(rows, 100);
        QCOMPARE(sum, 4950);
        QVERIFY(!select.previous()); // forward-only keeps no earlier rows
    }

    void scrollableQuerySeeksBackwards()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name, quantity) VALUES ('a', 1)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name, quantity) VALUES ('b', 2)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name, quantity) VALUES ('c', 3)")));
        QSqlQuery select(db());
        QVERIFY(select.exec(QStringLiteral("SELECT quantity FROM item ORDER BY quantity")));
        QVERIFY(select.last());
        QCOMPARE(select.value(0).toLongLong(), 3);
        QCOMPARE(select.at(), 2);
        QVERIFY(select.first());
        QCOMPARE(select.value(0).toLongLong(), 1);
        QVERIFY(select.seek(1));
        QCOMPARE(select.value(0).toLongLong(), 2);
        QVERIFY(!select.seek(3));
    }

    void queryModelPagesThroughLargeResult()
    {
        constexpr int kRows = 700; // more than QSqlQueryModel's 255-row fetch step
        QVERIFY(db().transaction());
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (name, quantity) VALUES (?, ?)")));
        for (int i = 0; i < kRows; ++i) {
            insert.addBindValue(QStringLiteral("row-%1").arg(i, 4, 10, QLatin1Char('0')));
            insert.addBindValue(i);
            QVERIFY(insert.exec());
        }
        QVERIFY(db().commit());

        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT name, quantity FROM item ORDER BY quantity"), db());
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < kRows); // paged, not all at once
        // Attached after setQuery: for drivers without QuerySize (QSQLITE too) Qt's
        // QSqlQueryModel::setQuery emits rowsInserted inside its own model reset, which the
        // tester rightly flags; everything after that is ordinary incremental fetching.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore()) {
            model.fetchMore();
        }
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.data(model.index(kRows - 1, 0)).toString(), QStringLiteral("row-0699"));
        QCOMPARE(model.data(model.index(3, 1)).toLongLong(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("name"));
    }

    void tableModelEditsRows()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name, quantity) VALUES ('band', 1)")));
        QSqlTableModel model(nullptr, db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(QStringLiteral("item"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 1);
        const int quantityColumn = model.fieldIndex(QStringLiteral("quantity"));
        QVERIFY(model.setData(model.index(0, quantityColumn), 42));

        QSqlRecord row = model.record();
        row.setValue(QStringLiteral("name"), QStringLiteral("ball"));
        row.setValue(QStringLiteral("quantity"), 5);
        row.setGenerated(QStringLiteral("id"), false);
        QVERIFY(model.insertRecord(-1, row));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

        QSqlQuery check(db());
        QVERIFY(check.exec(QStringLiteral("SELECT name, quantity FROM item ORDER BY name")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ball"));
        QCOMPARE(check.value(1).toLongLong(), 5);
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("band"));
        QCOMPARE(check.value(1).toLongLong(), 42);

        QVERIFY(model.removeRows(0, 1));
        QVERIFY(model.submitAll());
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM item")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toLongLong(), 1);
    }

    void closeFinalizesOpenQueries()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('x')")));
        QSqlQuery pending(db());
        QVERIFY(pending.exec(QStringLiteral("SELECT * FROM item")));
        QVERIFY(pending.next());
        db().close(); // must not leave the file locked or crash when `pending` dies later
        QVERIFY(!pending.isActive());
        QVERIFY(!pending.next());
        closeConnection();
        QVERIFY(openWithKey(m_key));
        QVERIFY(exec(QStringLiteral("INSERT INTO item (name) VALUES ('y')")));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
