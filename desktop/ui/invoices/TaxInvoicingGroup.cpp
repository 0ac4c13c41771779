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
    auto* note = new QLabel(tr("Invoices and credit notes share one sequence per organization. "
                               "This computer issues numbers offline from blocks it reserves "
                               "while connected."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_numbering);
    layout->addWidget(note);
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

void TaxInvoicingGroup::showNumbering(const std::vector<OrganizationNumbering>& organizations)
{
    QStringList lines;
    const int year = QDate::currentDate().year();
    for (const OrganizationNumbering& organization : organizations) {
        lines << numberingText(organization, year);
    }
    m_numbering->setText(lines.isEmpty() ? tr("No organization on this computer yet.")
                                         : lines.join(QLatin1Char('\n')));
}

} // namespace fitflow::desktop
