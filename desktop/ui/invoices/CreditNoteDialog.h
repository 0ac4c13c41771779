#pragma once
// Credit chosen lines of an issued invoice: one row per line with how many of its units to
// credit (all of them to begin with), and the exact amount the credit note will carry, taxes
// included (CreditNotePreview). Accepting it is the confirmation; nothing is written before.

#include "desktop/core/invoices/InvoiceRow.h"
#include "shared/invoice/CreditNote.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fitflow::desktop {

class CreditNoteDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Description, Invoiced, Net, ToCredit, ColumnCount };

    explicit CreditNoteDialog(const InvoiceRow& invoice, QWidget* parent = nullptr);

    // The lines to credit; nullopt when every line is credited in full (the whole invoice).
    std::optional<std::vector<invoice::CreditedLine>> creditedLines() const;
    QSpinBox* quantityBox(int line) const;

private:
    std::vector<invoice::CreditedLine> chosenLines() const;
    void recompute();

    InvoiceRow m_invoice;
    QTableWidget* m_lines = nullptr;
    QLabel* m_amount = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::vector<QSpinBox*> m_quantities;
};

} // namespace fitflow::desktop
