#pragma once
// Refund part of a client's credit (PaymentDialog's style): which cash or e-transfer payment of
// the invoice gives the money back, how much (up to what that payment can still give back and
// the client's credit on the invoice, both from shared/invoice/InvoiceBalance.h), and the day.

#include "desktop/core/invoices/InvoiceRow.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fitflow::desktop {

class RefundDialog : public QDialog {
    Q_OBJECT

public:
    // `invoice` must have a refundable payment (InvoiceRow::hasRefundablePayment).
    explicit RefundDialog(const InvoiceRow& invoice, QWidget* parent = nullptr);

    QString paymentId() const;
    std::optional<std::int64_t> amountCents() const;
    QDate refundedOn() const;

private:
    void choosePayment();
    void validate();
    std::int64_t chosenLimit() const;

    QComboBox* m_payment = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_refundedOn = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fitflow::desktop
