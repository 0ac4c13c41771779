#include "desktop/ui/invoices/InvoiceTotalsLabels.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/InvoiceDraftForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QStringList>

namespace fitflow::desktop {

namespace {

QLabel* namedLabel(const QString& name, bool wrap, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(wrap);
    return label;
}

} // namespace

InvoiceTotalsLabels::InvoiceTotalsLabels(const QString& objectNamePrefix, QWidget* parent)
    : m_place(namedLabel(objectNamePrefix + QLatin1String("PlaceLabel"), true, parent))
    , m_subtotal(namedLabel(objectNamePrefix + QLatin1String("SubtotalLabel"), false, parent))
    , m_taxes(namedLabel(objectNamePrefix + QLatin1String("TaxesLabel"), false, parent))
    , m_total(namedLabel(objectNamePrefix + QLatin1String("TotalLabel"), false, parent))
    , m_problem(namedLabel(objectNamePrefix + QLatin1String("ProblemLabel"), true, parent))
{
}

QFormLayout* InvoiceTotalsLabels::makeTotalsForm() const
{
    auto* totals = new QFormLayout;
    totals->addRow(tr("Subtotal:"), m_subtotal);
    totals->addRow(tr("Taxes:"), m_taxes);
    totals->addRow(tr("Total:"), m_total);
    return totals;
}

void InvoiceTotalsLabels::show(const DraftPreview& preview)
{
    m_place->setText(preview.placeSentence);
    m_subtotal->setText(MoneyText::fromCents(preview.subtotalCents));
    QStringList taxes;
    for (const TaxPreview& tax : preview.taxes) {
        taxes << tr("%1: %2").arg(tax.label, MoneyText::fromCents(tax.cents));
    }
    m_taxes->setText(taxes.isEmpty() ? tr("None") : taxes.join(QLatin1Char('\n')));
    m_total->setText(MoneyText::fromCents(preview.totalCents));
    m_problem->setText(preview.problem);
}

} // namespace fitflow::desktop
