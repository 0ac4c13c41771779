#include "desktop/ui/invoices/CreditNoteDialog.h"

#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/CreditNotePreview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

CreditNoteDialog::CreditNoteDialog(const InvoiceRow& invoice, QWidget* parent)
    : QDialog(parent)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit note for %1").arg(invoice.number));

    auto* intro = new QLabel(tr("Choose how many units of each line to credit. The credit note "
                                "takes the next invoice number and uses the invoice's date and "
                                "tax rates."),
                             this);
    intro->setWordWrap(true);

    m_lines = new QTableWidget(static_cast<int>(invoice.lines.size()), ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("creditLinesTable"));
    m_lines->setAccessibleName(tr("Lines to credit"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Description"), tr("Invoiced"), tr("Amount"), tr("Units to credit")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const InvoiceRowLine& line = invoice.lines[std::size_t(row)];
        m_lines->setItem(row, Description, readOnlyItem(line.description));
        m_lines->setItem(row, Invoiced, readOnlyItem(QString::number(line.quantity)));
        m_lines->setItem(row, Net, readOnlyItem(MoneyText::fromCents(line.netCents)));
        auto* quantity = new QSpinBox(m_lines);
        quantity->setObjectName(QStringLiteral("creditQuantity%1").arg(row));
        quantity->setAccessibleName(tr("Units of %1 to credit").arg(line.description));
        quantity->setRange(0, static_cast<int>(line.quantity));
        quantity->setValue(static_cast<int>(line.quantity));
        m_lines->setCellWidget(row, ToCredit, quantity);
        connect(quantity, &QSpinBox::valueChanged, this, &CreditNoteDialog::recompute);
        m_quantities.push_back(quantity);
    }

    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("creditAmountLabel"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("creditProblemLabel"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Issue credit note"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("creditNoteConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_amount);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 360);
    recompute();
}

QSpinBox* CreditNoteDialog::quantityBox(int line) const
{
    return line >= 0 && line < static_cast<int>(m_quantities.size())
               ? m_quantities[std::size_t(line)]
               : nullptr;
}

std::vector<invoice::CreditedLine> CreditNoteDialog::chosenLines() const
{
    std::vector<invoice::CreditedLine> lines;
    for (std::size_t i = 0; i < m_quantities.size(); ++i) {
        if (m_quantities[i]->value() > 0) {
            lines.push_back({i, m_quantities[i]->value()});
        }
    }
    return lines;
}

std::optional<std::vector<invoice::CreditedLine>> CreditNoteDialog::creditedLines() const
{
    for (std::size_t i = 0; i < m_quantities.size(); ++i) {
        if (m_quantities[i]->value() != m_invoice.lines[i].quantity) {
            return chosenLines();
        }
    }
    return std::nullopt;
}

void CreditNoteDialog::recompute()
{
    const std::vector<invoice::CreditedLine> lines = chosenLines();
    QString problem;
    std::int64_t credited = 0;
    if (lines.empty()) {
        problem = tr("Choose at least one unit to credit.");
    } else if (auto amount = CreditNotePreview::creditedCents(m_invoice.draft, lines); !amount) {
        problem = tr("This invoice cannot be credited: %1")
                      .arg(QString::fromStdString(amount.error().message));
    } else if (*amount + m_invoice.creditedCents > m_invoice.totalCents) {
        credited = *amount;
        problem = tr("Together with the credit notes already issued (%1) this would credit more "
                     "than the invoice.")
                      .arg(MoneyText::fromCents(m_invoice.creditedCents));
    } else {
        credited = *amount;
    }
    m_amount->setText(
        tr("Credit note total, taxes included: %1").arg(MoneyText::fromCents(credited)));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_confirm->setEnabled(problem.isEmpty());
}

} // namespace fitflow::desktop
