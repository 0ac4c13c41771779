#pragma once
// Record a payment on an issued invoice: amount (typed money, parsed to cents), cash or
// e-transfer, and the day it was received. It offers the invoice's balance as the amount.

#include "desktop/core/invoices/InvoicesService.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fitflow::desktop {

class PaymentDialog : public QDialog {
    Q_OBJECT

public:
    PaymentDialog(const QString& invoiceNumber, std::int64_t balanceCents,
                  QWidget* parent = nullptr);

    std::optional<std::int64_t> amountCents() const;
    InvoicesService::PaymentMethod method() const;
    QDate receivedOn() const;

private:
    void validate();

    std::int64_t m_balanceCents = 0;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_receivedOn = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fitflow::desktop
