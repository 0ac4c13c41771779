// StoreTransaction on a real encrypted store: a transaction begun inside another is a savepoint,
// so its rollback undoes only its own writes, its commit keeps them for the outer commit, and
// the outer rollback undoes everything (what SeriesWriter relies on for one action = one
// transaction).

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/StoreTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::KdfSettings;
using fitflow::desktop::LocalStore;
using fitflow::desktop::StoreTransaction;

namespace {

const QByteArray kPassphrase = "store transaction test passphrase";

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

QStringList values(QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList rows;
    if (query.exec(QStringLiteral("SELECT v FROM probe ORDER BY v"))) {
        while (query.next()) {
            rows << query.value(0).toString();
        }
    }
    return rows;
}

} // namespace

class TestStoreTransaction : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        auto store = LocalStore::create(m_dir.filePath(QStringLiteral("tx-%1.db").arg(++counter)),
                                        kPassphrase, KdfSettings::fastForTests());
        QVERIFY(store);
        m_store = std::move(*store);
        m_db = m_store->database();
        QVERIFY(exec(m_db, QStringLiteral("CREATE TABLE probe (v TEXT)")));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    void innerRollbackUndoesOnlyItsOwnWrites()
    {
        auto outer = StoreTransaction::begin(m_db);
        QVERIFY(outer);
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO probe VALUES ('outer')")));
        {
            auto inner = StoreTransaction::begin(m_db);
            QVERIFY(inner);
            QVERIFY(exec(m_db, QStringLiteral("INSERT INTO probe VALUES ('inner')")));
        } // not committed: rolled back to its savepoint
        QVERIFY(outer->commit());
        QCOMPARE(values(m_db), QStringList{QStringLiteral("outer")});
    }

    void outerRollbackUndoesCommittedInnerWrites()
    {
        {
            auto outer = StoreTransaction::begin(m_db);
            QVERIFY(outer);
            auto inner = StoreTransaction::begin(m_db);
            QVERIFY(inner);
            QVERIFY(exec(m_db, QStringLiteral("INSERT INTO probe VALUES ('inner')")));
            QVERIFY(inner->commit());
        } // the outer one is not committed
        QCOMPARE(values(m_db), QStringList());
        // The connection is usable again for a new outer transaction.
        auto again = StoreTransaction::begin(m_db);
        QVERIFY(again);
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO probe VALUES ('later')")));
        QVERIFY(again->commit());
        QCOMPARE(values(m_db), QStringList{QStringLiteral("later")});
    }

    void nestedCommitsKeepEverything()
    {
        auto outer = StoreTransaction::begin(m_db);
        QVERIFY(outer);
        for (const char* value : {"a", "b"}) {
            auto inner = StoreTransaction::begin(m_db);
            QVERIFY(inner);
            QVERIFY(exec(
                m_db, QStringLiteral("INSERT INTO probe VALUES ('%1')").arg(QLatin1String(value))));
            QVERIFY(inner->commit());
        }
        QVERIFY(outer->commit());
        QCOMPARE(values(m_db), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;
};

QTEST_MAIN(TestStoreTransaction)
#include "TestStoreTransaction.moc"
