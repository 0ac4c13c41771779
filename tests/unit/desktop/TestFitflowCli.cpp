// fitflow-cli as a user runs it: the built binary under QProcess, with the default (production)
// Argon2id settings. Covers exit codes, where the passphrase may come from, and that a
// passphrase on the command line is refused.

#include "tests/support/desktop/StoreFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(FITFLOW_CLI_PATH);
const QString kPassphrase = QStringLiteral("cli test passphrase");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestFitflowCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;

    // Runs the CLI; `passphrase` (when not null) goes into FITFLOW_PASSPHRASE; `input` is
    // written to its standard input, which is then closed.
    static CliRun run(const QStringList& arguments, const QString& passphrase = QString(),
                      const QByteArray& input = QByteArray())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FITFLOW_PASSPHRASE"));
        if (!passphrase.isNull()) {
            environment.insert(QStringLiteral("FITFLOW_PASSPHRASE"), passphrase);
        }
        process.setProcessEnvironment(environment);
        process.start(kCli, arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

    QStringList storeCommand(const QString& verb) const
    {
        return {QStringLiteral("store"), verb, QStringLiteral("--store"), m_store};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = m_dir->filePath(QStringLiteral("cli.fitflow"));
    }

    void cleanup() { m_dir.reset(); }

    void helpAndVersion()
    {
        const CliRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("store init")));
        QVERIFY(help.out.contains(QStringLiteral("store check")));
        QVERIFY(help.err.isEmpty());

        const CliRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("fitflow-cli " FITFLOW_VERSION));
    }

    void initThenCheck()
    {
        const CliRun init = run(storeCommand(QStringLiteral("init")), kPassphrase);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(QFile::exists(m_store));
        QVERIFY(QFile::exists(m_store + QStringLiteral(".key")));
        QVERIFY(!fitflow::test::readFileBytes(m_store).startsWith("SQLite format 3"));

        const CliRun check = run(storeCommand(QStringLiteral("check")), kPassphrase);
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QStringLiteral("integrity: ok")));
        QVERIFY(check.out.contains(QStringLiteral("schema version: ")));
    }

    void passphraseFileFirstLine()
    {
        const QString file = m_dir->filePath(QStringLiteral("passphrase.txt"));
        QVERIFY(fitflow::test::writeFileBytes(file, kPassphrase.toUtf8() + "\nignored line\n"));
        QCOMPARE(
            run(storeCommand(QStringLiteral("init")) << QStringLiteral("--passphrase-file") << file)
                .exitCode,
            0);
        // Same passphrase through the environment opens it: only the first line counted.
        QCOMPARE(run(storeCommand(QStringLiteral("check")), kPassphrase).exitCode, 0);
        QCOMPARE(run(storeCommand(QStringLiteral("check")),
                     kPassphrase + QStringLiteral("\nignored line"))
                     .exitCode,
                 1);
    }

    void wrongPassphraseExitsOneAndChangesNothing()
    {
        QCOMPARE(run(storeCommand(QStringLiteral("init")), kPassphrase).exitCode, 0);
        const auto before = fitflow::test::snapshotStoreFiles(m_store);
        const CliRun check = run(storeCommand(QStringLiteral("check")), QStringLiteral("wrong"));
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.err.contains(QStringLiteral("wrong_passphrase")));
        QCOMPARE(check.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QCOMPARE(fitflow::test::snapshotStoreFiles(m_store), before);
    }

    void missingPassphraseExitsTwo()
    {
        const CliRun init = run(storeCommand(QStringLiteral("init")));
        QCOMPARE(init.exitCode, 2);
        QVERIFY(init.err.contains(QStringLiteral("FITFLOW_PASSPHRASE")));
        QVERIFY(!QFile::exists(m_store));
    }

    void passphraseInArgvIsRefused()
    {
        const QString secret = QStringLiteral("argv-secret-9d1c");
        const CliRun init =
            run(storeCommand(QStringLiteral("init")) << QStringLiteral("--passphrase") << secret,
                kPassphrase);
        QCOMPARE(init.exitCode, 2);
        QVERIFY(init.err.contains(QStringLiteral("--passphrase")));
        QVERIFY(init.err.contains(QStringLiteral("Usage:")));
        QVERIFY(!init.err.contains(secret));
        QVERIFY(!QFile::exists(m_store));
        QCOMPARE(
            run(storeCommand(QStringLiteral("init")) << (QStringLiteral("--passphrase=") + secret),
                kPassphrase)
                .exitCode,
            2);
    }

    void usageErrorsExitTwo()
    {
        const CliRun unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
        QVERIFY(unknown.err.contains(QStringLiteral("Usage:")));
        QVERIFY(unknown.out.isEmpty());

        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("init")}, kPassphrase).exitCode, 2);
        QCOMPARE(run(storeCommand(QStringLiteral("init")) << QStringLiteral("extra"), kPassphrase)
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--store")},
                     kPassphrase)
                     .exitCode,
                 2);
    }

    void storeErrorsExitOne()
    {
        const CliRun missing = run(storeCommand(QStringLiteral("check")), kPassphrase);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("store_missing")));

        QCOMPARE(run(storeCommand(QStringLiteral("init")), kPassphrase).exitCode, 0);
        const CliRun again = run(storeCommand(QStringLiteral("init")), kPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("store_exists")));
    }

    void checkReportsDamagedStore()
    {
        QCOMPARE(run(storeCommand(QStringLiteral("init")), kPassphrase).exitCode, 0);
        QVERIFY(fitflow::test::flipByte(m_store, 200));
        const CliRun check = run(storeCommand(QStringLiteral("check")), kPassphrase);
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("store_corrupt")), qPrintable(check.err));
    }

    static CliRun invoiceTotals(const QByteArray& draft)
    {
        return run({QStringLiteral("invoice-totals")}, QString(), draft);
    }

    static QJsonObject parseObject(const QString& text)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

    void invoiceTotalsOfTheIssueExample()
    {
        const CliRun result = invoiceTotals(R"({"tax_point_date": "2026-03-15",
            "supplier": {"gst_hst_registered": true, "qst_registered": true,
                         "pst_registered": ["BC"]},
            "place": {"kind": "in_person", "province": "ON"},
            "lines": [{"description": "Personal training, 60 min", "quantity": 2,
                       "unit_price_cents": 8500, "discount_cents": 0,
                       "category": "service", "tax_included": false}]})");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject totals = parseObject(result.out);
        QCOMPARE(totals.value(QStringLiteral("subtotal_cents")).toInt(), 17000);
        QCOMPARE(totals.value(QStringLiteral("tax_total_cents")).toInt(), 2210);
        QCOMPARE(totals.value(QStringLiteral("total_cents")).toInt(), 19210);
        const QJsonArray taxes = totals.value(QStringLiteral("taxes")).toArray();
        QCOMPARE(taxes.size(), 1);
        const QJsonObject hst = taxes.at(0).toObject();
        QCOMPARE(hst.value(QStringLiteral("code")).toString(), QStringLiteral("HST"));
        QCOMPARE(hst.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("ON"));
        QCOMPARE(hst.value(QStringLiteral("rate_percent")).toString(), QStringLiteral("13"));
        QCOMPARE(hst.value(QStringLiteral("base_cents")).toInt(), 17000);
        QCOMPARE(hst.value(QStringLiteral("amount_cents")).toInt(), 2210);
    }

    void invoiceTotalsExtractsTaxFromAQuebecNoShowFee()
    {
        const CliRun result = invoiceTotals(R"({"tax_point_date": "2026-06-01",
            "supplier": {"gst_hst_registered": true, "qst_registered": true, "pst_registered": []},
            "place": {"kind": "in_person", "province": "QC"},
            "lines": [{"description": "No-show fee", "quantity": 1, "unit_price_cents": 4000,
                       "discount_cents": 0, "category": "service", "tax_included": true}]})");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject totals = parseObject(result.out);
        const QJsonArray taxes = totals.value(QStringLiteral("taxes")).toArray();
        QCOMPARE(taxes.size(), 2);
        QCOMPARE(taxes.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("GST"));
        QCOMPARE(taxes.at(0).toObject().value(QStringLiteral("amount_cents")).toInt(), 174);
        QCOMPARE(taxes.at(1).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("QST"));
        QCOMPARE(taxes.at(1).toObject().value(QStringLiteral("rate_percent")).toString(),
                 QStringLiteral("9.975"));
        QCOMPARE(taxes.at(1).toObject().value(QStringLiteral("amount_cents")).toInt(), 347);
        QCOMPARE(totals.value(QStringLiteral("total_cents")).toInt(), 4000);
    }

    void invoiceTotalsRejectsBadInputWithAJsonError()
    {
        const CliRun wrongType = invoiceTotals(R"({"tax_point_date": "2026-03-15",
            "supplier": {"gst_hst_registered": true, "qst_registered": false, "pst_registered": []},
            "place": {"kind": "in_person", "province": "ON"},
            "lines": [{"description": "x", "quantity": "two", "unit_price_cents": 8500,
                       "discount_cents": 0, "category": "service", "tax_included": false}]})");
        QCOMPARE(wrongType.exitCode, 2);
        const QJsonObject error =
            parseObject(wrongType.out).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_type"));
        QCOMPARE(error.value(QStringLiteral("path")).toString(),
                 QStringLiteral("lines[0].quantity"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

        const CliRun notJson = invoiceTotals("{\"tax_point_date\": ");
        QCOMPARE(notJson.exitCode, 2);
        QCOMPARE(parseObject(notJson.out)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_json"));

        const CliRun badProvince = invoiceTotals(R"({"tax_point_date": "2026-03-15",
            "supplier": {"gst_hst_registered": true, "qst_registered": false, "pst_registered": []},
            "place": {"kind": "in_person", "province": "ZZ"}, "lines": []})");
        QCOMPARE(badProvince.exitCode, 2);
        QVERIFY2(badProvince.out.contains(QStringLiteral("place.province")),
                 qPrintable(badProvince.out));
    }
};

QTEST_GUILESS_MAIN(TestFitflowCli)
#include "TestFitflowCli.moc"
