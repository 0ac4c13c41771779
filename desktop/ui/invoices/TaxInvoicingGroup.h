#pragma once
// The "Tax and invoicing" group of Settings: for each organization, where this device's invoice
// numbering stands (the next number, the reserved block it comes from, how many are left for
// issuing offline), from InvoiceNumberingService; and its GST/HST and QST registration numbers,
// read-only here (the owner sets them on the server; they arrive by sync and print on invoices).

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceNumberingService.h"

#include <QGroupBox>

class QLabel;

namespace fitflow::desktop {

class TaxInvoicingGroup : public QGroupBox {
    Q_OBJECT

public:
    explicit TaxInvoicingGroup(DesktopContext context, QWidget* parent = nullptr);

    InvoiceNumberingService& service() { return *m_service; }

    // "Northside Studios: next INV-2026-000042 (block 41–50), 9 left", for `year`.
    static QString numberingText(const OrganizationNumbering& organization, int year);
    // "Northside Studios: GST/HST 123456789RT0001, QST 1234567890TQ0001" (or "not registered").
    static QString registrationText(const OrganizationNumbering& organization);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showNumbering(const std::vector<OrganizationNumbering>& organizations);

    InvoiceNumberingService* m_service = nullptr;
    QLabel* m_numbering = nullptr;
    QLabel* m_registrations = nullptr;
};

} // namespace fitflow::desktop
