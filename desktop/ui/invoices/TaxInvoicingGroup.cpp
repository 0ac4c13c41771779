#include "desktop/ui/invoices/TaxInvoicingGroup.h"

#include "shared/invoice/InvoiceNumberFormat.h"

#include <QDate>
#include <QLabel>
#include <QVBoxLayout>

namespace fitflow::desktop {

TaxInvoicingGroup::TaxInvoicingGroup(DesktopContext context, QWidget* parent)
    : QGroupBox(tr("Tax and invoicing"), parent)
    , m_service(new InvoiceNumberingService(context, this))
{
    setObjectName(QStringLiteral("taxInvoicingSection"));
    m_numbering = new QLabel(this);
    m_numbering->setObjectName(QStringLiteral("invoiceNumberingLabel"));
    m_numbering->setAccessibleName(tr("Invoice numbering"));
    m_numbering->setWordWrap(true);
    m_numbering->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_registrations = new QLabel(this);
    m_registrations->setObjectName(QStringLiteral("taxRegistrationsLabel"));
    m_registrations->setAccessibleName(tr("Tax registration numbers"));
    m_registrations->setWordWrap(true);
    m_registrations->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
    auto* registrationsNote =
        new QLabel(tr("Registration numbers print on invoices. The organization's owner sets "
                      "them on the server; they arrive here when this computer syncs."),
                   this);
    registrationsNote->setWordWrap(true);
    auto* note = new QLabel(tr("Invoices and credit notes share one sequence per organization. "
                               "This computer issues numbers offline from blocks it reserves "
                               "while connected."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_numbering);
    layout->addWidget(note);
    layout->addWidget(m_registrations);
    layout->addWidget(registrationsNote);
    connect(m_service, &InvoiceNumberingService::loaded, this, &TaxInvoicingGroup::showNumbering);
}

void TaxInvoicingGroup::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    m_service->reload();
}

QString TaxInvoicingGroup::numberingText(const OrganizationNumbering& organization, int year)
{
    if (organization.nextNumber <= 0) {
        return tr("%1: no invoice numbers left on this computer; connect once to reserve some.")
            .arg(organization.name);
    }
    const auto printed = invoice::formatInvoiceNumber(
        invoice::InvoiceNumberFormat{}, std::chrono::year{year}, organization.nextNumber);
    return tr("%1: next %2 (block %3–%4), %n left", nullptr,
              static_cast<int>(organization.remaining))
        .arg(organization.name,
             printed ? QString::fromStdString(*printed) : QString::number(organization.nextNumber),
             QString::number(organization.blockFirst), QString::number(organization.blockLast));
}

QString TaxInvoicingGroup::registrationText(const OrganizationNumbering& organization)
{
    QStringList numbers;
    if (!organization.gstHstNumber.isEmpty()) {
        numbers << tr("GST/HST %1").arg(organization.gstHstNumber);
    }
    if (!organization.qstNumber.isEmpty()) {
        numbers << tr("QST %1").arg(organization.qstNumber);
    }
    return numbers.isEmpty()
               ? tr("%1: no GST/HST or QST registration number").arg(organization.name)
               : tr("%1: %2").arg(organization.name, numbers.join(QStringLiteral(", ")));
}

void TaxInvoicingGroup::showNumbering(const std::vector<OrganizationNumbering>& organizations)
{
    QStringList lines;
    QStringList registrations;
    const int year = QDate::currentDate().year();
    for (const OrganizationNumbering& organization : organizations) {
        lines << numberingText(organization, year);
        registrations << registrationText(organization);
    }
    m_numbering->setText(lines.isEmpty() ? tr("No organization on this computer yet.")
                                         : lines.join(QLatin1Char('\n')));
    m_registrations->setText(registrations.join(QLatin1Char('\n')));
}

} // namespace fitflow::desktop
