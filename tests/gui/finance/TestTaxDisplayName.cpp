// Tax names a person reads come from one place (TaxDisplayName): on screen in the app's language
// (the new-invoice preview and the financial overview say TPS/TVQ in French, not the engine's
// GST/QST codes), and on a printed document in that document's own language.

#include "desktop/core/finance/FinanceTableModel.h"
#include "desktop/core/finance/TaxDisplayName.h"
#include "desktop/core/invoices/InvoiceDraftForm.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace fitflow::desktop;

namespace {

// Stands in for the French catalogue: translates exactly the TaxDisplayName context, so the test
// shows which screen texts go through it (and does not depend on translations/ being current).
class FrenchTaxNames : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "TaxDisplayName") != 0) {
            return {};
        }
        const QString source = QString::fromUtf8(sourceText);
        if (source == QLatin1String("GST")) {
            return QStringLiteral("TPS");
        }
        if (source == QLatin1String("HST")) {
            return QStringLiteral("TVH");
        }
        if (source == QLatin1String("QST")) {
            return QStringLiteral("TVQ");
        }
        return source == QLatin1String("%1 %2%") ? QStringLiteral("%1 %2 %") : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestTaxDisplayName : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void screenNamesFollowTheAppLanguage();
    void documentNamesFollowTheDocument();
    void newInvoicePreviewNamesTaxesInFrench();
    void financeColumnsNameTaxesInFrench();

private:
    FrenchTaxNames m_french;
    QLocale m_previousLocale;
};

void TestTaxDisplayName::init()
{
    m_previousLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    QVERIFY(QCoreApplication::installTranslator(&m_french));
}

void TestTaxDisplayName::cleanup()
{
    QCoreApplication::removeTranslator(&m_french);
    QLocale::setDefault(m_previousLocale);
}

void TestTaxDisplayName::screenNamesFollowTheAppLanguage()
{
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("GST")), QStringLiteral("TPS"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("HST")), QStringLiteral("TVH"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("QST")), QStringLiteral("TVQ"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("PST")), QStringLiteral("PST"));
    QCOMPARE(TaxDisplayName::withRate(QStringLiteral("QST"), QStringLiteral("9.975")),
             QStringLiteral("TVQ 9,975 %"));
    QCoreApplication::removeTranslator(&m_french);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("QST")), QStringLiteral("QST"));
    QCOMPARE(TaxDisplayName::withRate(QStringLiteral("GST"), QStringLiteral("5")),
             QStringLiteral("GST 5%"));
}

void TestTaxDisplayName::documentNamesFollowTheDocument()
{
    using Document = TaxDisplayName::Document;
    // The app speaks French here; an English document still says GST, a French one TPS.
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("GST"), Document::English),
             QStringLiteral("GST"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("GST"), Document::French),
             QStringLiteral("TPS"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("QST"), Document::French),
             QStringLiteral("TVQ"));
    QCOMPARE(TaxDisplayName::forCode(QStringLiteral("HST"), Document::French),
             QStringLiteral("TVH"));
    QCOMPARE(TaxDisplayName::forCode(QString(), Document::French), QString());
}

void TestTaxDisplayName::newInvoicePreviewNamesTaxesInFrench()
{
    DraftFormInput input;
    input.clientId = QStringLiteral("01900000-0000-7000-8000-0000000000c1");
    input.locationId = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    input.locationName = QStringLiteral("Montréal");
    input.province = QStringLiteral("QC");
    input.taxPointDate = QDate(2026, 11, 2);
    DraftLineInput line;
    line.description = QStringLiteral("Séance");
    line.unitPrice = QStringLiteral("100,00");
    input.lines.push_back(line);

    const DraftPreview preview = InvoiceDraftForm::preview(input);
    QVERIFY2(preview.valid(), qPrintable(preview.problem));
    QStringList labels;
    for (const TaxPreview& tax : preview.taxes) {
        labels.append(tax.label);
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("TPS 5 %"), QStringLiteral("TVQ 9,975 %")}));
}

void TestTaxDisplayName::financeColumnsNameTaxesInFrench()
{
    FinanceTableModel model;
    QCOMPARE(model.headerData(FinanceTableModel::Gst, Qt::Horizontal).toString(),
             QStringLiteral("TPS"));
    QCOMPARE(model.headerData(FinanceTableModel::Hst, Qt::Horizontal).toString(),
             QStringLiteral("TVH"));
    QCOMPARE(model.headerData(FinanceTableModel::Qst, Qt::Horizontal).toString(),
             QStringLiteral("TVQ"));
}

QTEST_MAIN(TestTaxDisplayName)
#include "TestTaxDisplayName.moc"
