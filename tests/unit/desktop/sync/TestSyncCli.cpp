// The fitflow-cli record and sync commands through the real binary: ids printed, only given
// fields changed, bad input refused with nothing written, dump/status output, and sync/login
// refusing clearly when they cannot work (not logged in, unreachable server).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(FITFLOW_CLI_PATH);
const QString kOrg = QStringLiteral("01900000-0000-7000-8000-0000000000a1");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;

    // `clockOffsetSeconds` (when set) shifts the CLI's clock (FITFLOW_CLOCK_OFFSET_SECONDS).
    CliRun run(QStringList arguments, const QByteArray& input = {},
               const QString& clockOffsetSeconds = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FITFLOW_PASSPHRASE"), QStringLiteral("sync cli pass"));
        environment.remove(QStringLiteral("FITFLOW_PASSWORD"));
        environment.remove(QStringLiteral("FITFLOW_CLOCK_OFFSET_SECONDS"));
        if (!clockOffsetSeconds.isEmpty()) {
            environment.insert(QStringLiteral("FITFLOW_CLOCK_OFFSET_SECONDS"), clockOffsetSeconds);
        }
        process.setProcessEnvironment(environment);
        arguments << QStringLiteral("--store") << m_store;
        process.start(kCli, arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QJsonObject json(const CliRun& result) const
    {
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QString addClient(const QString& fields)
    {
        const CliRun added = run({QStringLiteral("add"), QStringLiteral("client"),
                                  QStringLiteral("--org"), kOrg, QStringLiteral("--json"), fields});
        return added.exitCode == 0 ? added.out.trimmed() : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = m_dir->filePath(QStringLiteral("cli.fitflow"));
        const CliRun created = run({QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void cleanup() { m_dir.reset(); }

    void addUpdateDeleteAndDump()
    {
        const QString id = addClient(QStringLiteral(R"({"first_name":"Ana","last_name":"Lima"})"));
        QCOMPARE(id.size(), 36);
        const CliRun updated =
            run({QStringLiteral("update"), QStringLiteral("client"), id, QStringLiteral("--json"),
                 QStringLiteral(R"({"email":"ana@example.test"})")});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));

        const CliRun dumped = run({QStringLiteral("dump")});
        QCOMPARE(dumped.exitCode, 0);
        const QJsonObject client = json(dumped)[QLatin1String("client")].toArray().at(0).toObject();
        QCOMPARE(client[QLatin1String("id")].toString(), id);
        QCOMPARE(client[QLatin1String("first_name")].toString(), QStringLiteral("Ana"));
        QCOMPARE(client[QLatin1String("email")].toString(), QStringLiteral("ana@example.test"));
        QVERIFY(!dumped.out.contains(QLatin1String("stamp")));

        const CliRun status = run({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(json(status)[QLatin1String("pending")].toInt(), 2);

        const CliRun deleted = run({QStringLiteral("delete"), QStringLiteral("client"), id});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(json(run({QStringLiteral("dump")}))[QLatin1String("client")].toArray().isEmpty());
        QCOMPARE(json(run({QStringLiteral("status")}))[QLatin1String("pending")].toInt(), 3);
    }

    void badInputIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString json = QStringLiteral("--json");
        QTest::newRow("unknown field")
            << QStringList{QStringLiteral("add"),
                           QStringLiteral("client"),
                           QStringLiteral("--org"),
                           kOrg,
                           json,
                           QStringLiteral(R"({"first_name":"A","last_name":"B","x":1})")}
            << QStringLiteral("unknown_field");
        QTest::newRow("wrong type")
            << QStringList{QStringLiteral("add"),
                           QStringLiteral("client"),
                           QStringLiteral("--org"),
                           kOrg,
                           json,
                           QStringLiteral(R"({"first_name":true,"last_name":"B"})")}
            << QStringLiteral("wrong_type");
        QTest::newRow("bad org id")
            << QStringList{QStringLiteral("add"),
                           QStringLiteral("client"),
                           QStringLiteral("--org"),
                           QStringLiteral("42"),
                           json,
                           QStringLiteral(R"({"first_name":"A","last_name":"B"})")}
            << QStringLiteral("invalid_value");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("update"), QStringLiteral("client"), kOrg, json,
                           QStringLiteral(R"({"first_name":"A"})")}
            << QStringLiteral("not_found");
        QTest::newRow("unknown entity")
            << QStringList{QStringLiteral("delete"), QStringLiteral("invoice"), kOrg}
            << QStringLiteral("unknown_entity");
        QTest::newRow("not json") << QStringList{QStringLiteral("add"),
                                                 QStringLiteral("client"),
                                                 QStringLiteral("--org"),
                                                 kOrg,
                                                 json,
                                                 QStringLiteral("{first_name")}
                                  << QStringLiteral("invalid_json");
    }

    void badInputIsRefusedAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRun refused = run(arguments);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QCOMPARE(json(run({QStringLiteral("status")}))[QLatin1String("pending")].toInt(), 0);
        QVERIFY(json(run({QStringLiteral("dump")}))[QLatin1String("client")].toArray().isEmpty());
    }

    // A session tomorrow cannot be completed or marked no-show yet (clear message, exit 1,
    // nothing written); once the CLI's clock is past the start, it can.
    void sessionThatHasNotStartedCannotBeCompleted()
    {
        const QString client =
            addClient(QStringLiteral(R"({"first_name":"Ana","last_name":"Lima"})"));
        QVERIFY(!client.isEmpty());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        const QJsonObject fields{
            {QStringLiteral("client_id"), client},
            {QStringLiteral("location_id"), QStringLiteral("01900000-0000-7000-8000-0000000000a2")},
            {QStringLiteral("trainer_id"), QStringLiteral("01900000-0000-7000-8000-0000000000e1")},
            {QStringLiteral("starts_at"), start.toString(Qt::ISODate)},
            {QStringLiteral("ends_at"), start.addSecs(3600).toString(Qt::ISODate)}};
        const auto toJson = [](const QJsonObject& object) {
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        };
        const CliRun added =
            run({QStringLiteral("add"), QStringLiteral("session"), QStringLiteral("--org"), kOrg,
                 QStringLiteral("--json"), toJson(fields)});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString session = added.out.trimmed();
        const int pending = json(run({QStringLiteral("status")}))[QLatin1String("pending")].toInt();

        for (const char* outcome : {R"({"status":"completed"})", R"({"status":"no_show"})"}) {
            const CliRun refused =
                run({QStringLiteral("update"), QStringLiteral("session"), session,
                     QStringLiteral("--json"), QString::fromLatin1(outcome)});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QLatin1String("session_not_started")) &&
                         refused.err.contains(QLatin1String("has not started")),
                     qPrintable(refused.err));
        }
        // Nor can a new session be added already completed before its start.
        QJsonObject completed = fields;
        completed[QStringLiteral("status")] = QStringLiteral("completed");
        const CliRun addedDone =
            run({QStringLiteral("add"), QStringLiteral("session"), QStringLiteral("--org"), kOrg,
                 QStringLiteral("--json"), toJson(completed)});
        QCOMPARE(addedDone.exitCode, 1);
        QVERIFY2(addedDone.err.contains(QLatin1String("session_not_started")),
                 qPrintable(addedDone.err));
        // Nothing was written: no change waits to be pushed.
        QCOMPARE(json(run({QStringLiteral("status")}))[QLatin1String("pending")].toInt(), pending);

        // Two days later by the CLI's clock the session has started.
        const CliRun done =
            run({QStringLiteral("update"), QStringLiteral("session"), session,
                 QStringLiteral("--json"), QStringLiteral(R"({"status":"completed"})")},
                {}, QString::number(2 * 24 * 60 * 60));
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(json(run({QStringLiteral("status")}))[QLatin1String("pending")].toInt(),
                 pending + 1);
    }

    void syncNeedsALogin()
    {
        const CliRun synced = run({QStringLiteral("sync")});
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.err.contains(QLatin1String("not logged in")), qPrintable(synced.err));
    }

    void loginRefusesPlainHttpAndUnreachableServers()
    {
        const CliRun plain = run({QStringLiteral("login"), QStringLiteral("--server"),
                                  QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--email"),
                                  QStringLiteral("a@example.test")},
                                 "secret\n");
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains(QLatin1String("https")), qPrintable(plain.err));
        const CliRun unreachable =
            run({QStringLiteral("login"), QStringLiteral("--server"),
                 QStringLiteral("https://127.0.0.1:9"), QStringLiteral("--email"),
                 QStringLiteral("a@example.test")},
                "secret\n");
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains(QLatin1String("network_error")),
                 qPrintable(unreachable.err));
        QCOMPARE(json(run({QStringLiteral("status")}))[QLatin1String("logged_in")].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
