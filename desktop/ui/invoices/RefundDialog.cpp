#include "desktop/ui/invoices/RefundDialog.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/MoneyInput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

constexpr int kLimitRole = Qt::UserRole + 1;

QString methodText(const QString& method)
{
    if (method == QLatin1String("cash")) {
        return RefundDialog::tr("Cash");
    }
    if (method == QLatin1String("e_transfer")) {
        return RefundDialog::tr("E-transfer");
    }
    return method;
}

} // namespace

RefundDialog::RefundDialog(const InvoiceRow& invoice, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund a payment of %1").arg(invoice.number));

    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("refundPaymentCombo"));
    m_payment->setAccessibleName(tr("Payment refunded"));
    for (const InvoicePaymentRow& payment : invoice.payments) {
        if (payment.refundableCents <= 0) {
            continue;
        }
        m_payment->addItem(tr("%1 of %2 received %3 (up to %4)")
                               .arg(methodText(payment.method),
                                    MoneyText::fromCents(payment.amountCents), payment.receivedOn,
                                    MoneyText::fromCents(payment.refundableCents)),
                           payment.id);
        m_payment->setItemData(m_payment->count() - 1,
                               QVariant::fromValue<qint64>(payment.refundableCents), kLimitRole);
    }
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amount->setAccessibleName(tr("Amount refunded"));
    m_refundedOn = new QDateEdit(QDate::currentDate(), this);
    m_refundedOn->setObjectName(QStringLiteral("refundDateEdit"));
    m_refundedOn->setAccessibleName(tr("Refunded on"));
    m_refundedOn->setCalendarPopup(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("refundProblemLabel"));
    m_problem->setWordWrap(true);

    auto* credit = new QLabel(MoneyText::fromCents(invoice.creditCents), this);
    credit->setObjectName(QStringLiteral("refundCreditLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Client's credit:"), credit);
    form->addRow(tr("&Payment:"), m_payment);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Refunded on:"), m_refundedOn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("refundButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record refund"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("refundRecordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &RefundDialog::choosePayment);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    choosePayment();
}

QString RefundDialog::paymentId() const
{
    return m_payment->currentData().toString();
}

std::optional<std::int64_t> RefundDialog::amountCents() const
{
    return MoneyInput::toCents(m_amount->text());
}

QDate RefundDialog::refundedOn() const
{
    return m_refundedOn->date();
}

std::int64_t RefundDialog::chosenLimit() const
{
    return m_payment->currentData(kLimitRole).toLongLong();
}

void RefundDialog::choosePayment()
{
    // The most this payment can give back is offered, as PaymentDialog offers the balance.
    m_amount->setText(MoneyText::fromCents(chosenLimit()));
    validate();
}

void RefundDialog::validate()
{
    const auto cents = amountCents();
    QString problem;
    if (m_payment->count() == 0) {
        problem = tr("No payment of this invoice can be refunded.");
    } else if (!cents || *cents <= 0) {
        problem = tr("Type the amount refunded, for example 25.00.");
    } else if (*cents > chosenLimit()) {
        problem = tr("At most %1 can be refunded from this payment.")
                      .arg(MoneyText::fromCents(chosenLimit()));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fitflow::desktop
