// An invoice PDF written on a worker thread (QPdfWriter) and read back with pdftotext: a $500+
// Québec supply shows, in French, the supplier, both registration numbers, the date, the client,
// the description, each tax with its rate and the total; an Ontario one is in English.

#include "desktop/core/invoices/InvoicePdf.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::InvoicePdf;
using fitflow::desktop::InvoicePdfContent;
using fitflow::desktop::InvoicePdfExport;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

InvoicePdfContent quebecInvoice()
{
    InvoicePdfContent content;
    content.french = true;
    content.supplierName = QStringLiteral("Northside Studios");
    content.gstHstNumber = QStringLiteral("123456789RT0001");
    content.qstNumber = QStringLiteral("1234567890TQ0001");
    content.number = QStringLiteral("INV-2026-000041");
    content.date = QStringLiteral("2026-11-20");
    content.clientName = QStringLiteral("Élodie Tremblay");
    content.lines = {{QStringLiteral("Séance d'entraînement"), 5, 50000}};
    content.subtotalCents = 50000;
    content.taxes = {{QStringLiteral("TPS 5 %"), 2500}, {QStringLiteral("TVQ 9,975 %"), 4988}};
    content.totalCents = 57488;
    return content;
}

} // namespace

class TestInvoicePdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is required");
        }
    }

    void amountsFollowTheDocumentLanguage()
    {
        QCOMPARE(InvoicePdf::amount(123456789, false), QStringLiteral("$1,234,567.89"));
        QCOMPARE(InvoicePdf::amount(57488, true), QStringLiteral("574,88\u00A0$"));
        QCOMPARE(InvoicePdf::amount(-5, false), QStringLiteral("-$0.05"));
    }

    void aQuebecInvoiceOver500IsInFrenchWithEverythingCraAsksFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("INV-2026-000041.pdf"));
        InvoicePdfExport exporter;
        QSignalSpy finished(&exporter, &InvoicePdfExport::finished);
        exporter.start(quebecInvoice(), path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).toBool(), true);
        QCOMPARE(finished.front().at(1).toString(), path);

        const QString text = pdfText(path).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString& expected :
             {QStringLiteral("Facture INV-2026-000041"), QStringLiteral("Fournisseur: Northside Studios"),
              QStringLiteral("N° d'inscription TPS/TVH: 123456789RT0001"),
              QStringLiteral("N° d'inscription TVQ: 1234567890TQ0001"),
              QStringLiteral("Date: 2026-11-20"), QStringLiteral("Client: Élodie Tremblay"),
              QStringLiteral("Séance d'entraînement (5) 500,00 $"),
              QStringLiteral("TPS 5 % 25,00 $"), QStringLiteral("TVQ 9,975 % 49,88 $"),
              QStringLiteral("Total 574,88 $")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
    }

    void anOntarioInvoiceIsInEnglish()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("on.pdf"));
        InvoicePdfContent content = quebecInvoice();
        content.french = false;
        content.qstNumber.clear();
        content.lines = {{QStringLiteral("Training session"), 5, 50000}};
        content.taxes = {{QStringLiteral("HST 13%"), 6500}};
        content.totalCents = 56500;
        QString error;
        QVERIFY(InvoicePdf::write(content, path, &error));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("GST/HST registration number: 123456789RT0001")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("HST 13% $65.00")));
        QVERIFY(text.contains(QStringLiteral("Total $565.00")));
        QVERIFY(!text.contains(QStringLiteral("QST")));
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "TestInvoicePdf.moc"
