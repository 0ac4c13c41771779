// Declared column types map to Qt types by SQLite's affinity rules, so QSqlRecord and
// QSqlTableModel report what a column will actually hold.

#include "desktop/storage/sqlcipher/SqlCipherValues.h"

#include <QTest>

using fitflow::desktop::sqlcipher::metaTypeForDeclaredType;

class TestSqlCipherValues : public QObject {
    Q_OBJECT

private slots:
    void affinity_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QMetaType>("expected");
        const QMetaType integer = QMetaType::fromType<qlonglong>();
        const QMetaType text = QMetaType::fromType<QString>();
        const QMetaType blob = QMetaType::fromType<QByteArray>();
        const QMetaType real = QMetaType::fromType<double>();
        QTest::newRow("INTEGER") << QStringLiteral("INTEGER") << integer;
        QTest::newRow("bigint") << QStringLiteral("bigint") << integer;
        QTest::newRow("POINT (contains INT)") << QStringLiteral("POINT") << integer;
        QTest::newRow("TEXT") << QStringLiteral("TEXT") << text;
        QTest::newRow("VARCHAR(20)") << QStringLiteral("VARCHAR(20)") << text;
        QTest::newRow("CLOB") << QStringLiteral("CLOB") << text;
        QTest::newRow("BLOB") << QStringLiteral("BLOB") << blob;
        QTest::newRow("no type") << QString() << blob;
        QTest::newRow("REAL") << QStringLiteral("REAL") << real;
        QTest::newRow("DOUBLE PRECISION") << QStringLiteral("DOUBLE PRECISION") << real;
        QTest::newRow("FLOAT") << QStringLiteral("float") << real;
        QTest::newRow("NUMERIC") << QStringLiteral("NUMERIC") << text;
        QTest::newRow("DATE") << QStringLiteral("DATE") << text;
    }

    void affinity()
    {
        QFETCH(QString, declared);
        QFETCH(QMetaType, expected);
        QCOMPARE(metaTypeForDeclaredType(declared), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherValues)
#include "TestSqlCipherValues.moc"
