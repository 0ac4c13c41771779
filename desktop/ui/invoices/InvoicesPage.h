#pragma once
// The Invoices page: invoices and payments. Empty until an invoice is issued.

#include <QWidget>

namespace fitflow::desktop {

class InvoicesPage : public QWidget {
    Q_OBJECT

public:
    explicit InvoicesPage(QWidget* parent = nullptr);
};

} // namespace fitflow::desktop
