#pragma once
// An issued invoice as a PDF (QPdfWriter, A4), with what CRA requires of a $500+ invoice:
// supplier name and address, GST/HST and QST registration numbers, date, client name, description
// of each line, each tax with its rate and amount, and the total. Supplies in Québec are written in
// French (Charter of the French language s.57), others in English: the document's language
// follows the place of supply, not the app's language, so its words are not tr()'d.
// write() touches no widget or store: InvoicePdfExport runs it on a worker thread.

#include "desktop/core/invoices/InvoiceDraftForm.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct InvoicePdfLine {
    QString description;
    std::int64_t quantity = 1;
    std::int64_t amountCents = 0; // quantity × unit price − discount
};

struct InvoicePdfContent {
    bool french = false;
    QString supplierName; // the studio; for a contractor invoice the trainer ("Name, email")
    // Printed under supplierName, one line each: the studio's location's street address (see
    // InvoicePdfAddress.h); empty when unknown and for a contractor invoice.
    QStringList supplierAddress;
    QString gstHstNumber; // the supplier's
    QString qstNumber;
    QString number;
    QString date; // YYYY-MM-DD
    QString clientName;
    // A contractor invoice is addressed to the studio: clientName is the organization's name,
    // with the location where the services were supplied and the studio's own numbers.
    bool toOrganization = false;
    QString recipientAddress;         // "Northside Plateau, Québec"
    QStringList recipientStreetLines; // that location's street address, under it
    QString recipientGstHstNumber;
    QString recipientQstNumber;
    std::vector<InvoicePdfLine> lines;
    std::int64_t subtotalCents = 0;
    std::vector<TaxPreview> taxes; // "GST 5%" / "TPS 5 %"
    std::int64_t totalCents = 0;
};

class InvoicePdf {
public:
    // Writes `content` to `path`; false with `error` set when the file cannot be written.
    static bool write(const InvoicePdfContent& content, const QString& path, QString* error);
    // "$1,234.56" in English, "1 234,56 $" in French, from integer cents.
    static QString amount(std::int64_t cents, bool french);
};

// Runs InvoicePdf::write on a worker thread and reports on the GUI thread.
class InvoicePdfExport : public QObject {
    Q_OBJECT

public:
    explicit InvoicePdfExport(QObject* parent = nullptr);
    ~InvoicePdfExport() override;

    void start(InvoicePdfContent content, QString path);
    bool running() const;

signals:
    void finished(bool ok, const QString& pathOrError);

private:
    class QThread* m_worker = nullptr;
};

} // namespace fitflow::desktop
