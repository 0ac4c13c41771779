#include "desktop/ui/invoices/PaymentDialog.h"

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

PaymentDialog::PaymentDialog(const QString& invoiceNumber, std::int64_t balanceCents,
                             QWidget* parent)
    : QDialog(parent)
    , m_balanceCents(balanceCents)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a payment for %1").arg(invoiceNumber));

    m_amount = new QLineEdit(MoneyText::fromCents(balanceCents), this);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_amount->setAccessibleName(tr("Amount"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_method->setAccessibleName(tr("Payment method"));
    m_method->addItem(tr("Cash"), static_cast<int>(InvoicesService::PaymentMethod::Cash));
    m_method->addItem(tr("E-transfer"),
                      static_cast<int>(InvoicesService::PaymentMethod::ETransfer));
    m_receivedOn = new QDateEdit(QDate::currentDate(), this);
    m_receivedOn->setObjectName(QStringLiteral("paymentDateEdit"));
    m_receivedOn->setAccessibleName(tr("Received on"));
    m_receivedOn->setCalendarPopup(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("paymentProblemLabel"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Balance due:"), new QLabel(MoneyText::fromCents(balanceCents), this));
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Received on:"), m_receivedOn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("paymentButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record payment"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("paymentRecordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

std::optional<std::int64_t> PaymentDialog::amountCents() const
{
    return MoneyInput::toCents(m_amount->text());
}

InvoicesService::PaymentMethod PaymentDialog::method() const
{
    return static_cast<InvoicesService::PaymentMethod>(m_method->currentData().toInt());
}

QDate PaymentDialog::receivedOn() const
{
    return m_receivedOn->date();
}

void PaymentDialog::validate()
{
    const auto cents = amountCents();
    QString problem;
    if (!cents || *cents <= 0) {
        problem = tr("Type the amount received, for example 25.00.");
    } else if (*cents > m_balanceCents) {
        problem = tr("The payment is more than the balance due.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fitflow::desktop
