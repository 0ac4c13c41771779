#pragma once
// The preview part of an invoice form, shared by the New invoice and New contractor invoice
// dialogs: where the supply is taxed, subtotal, taxes, total and the line saying what is wrong.
// Object names are "<prefix>PlaceLabel", "<prefix>SubtotalLabel", "<prefix>TaxesLabel",
// "<prefix>TotalLabel" and "<prefix>ProblemLabel", so GUI tests find each dialog's own.

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace fitflow::desktop {

struct DraftPreview;

class InvoiceTotalsLabels {
    Q_DECLARE_TR_FUNCTIONS(InvoiceTotalsLabels)

public:
    // The labels are children of `parent`; the dialog places them.
    InvoiceTotalsLabels(const QString& objectNamePrefix, QWidget* parent);

    QLabel* place() const { return m_place; }
    QLabel* problem() const { return m_problem; }
    // Subtotal, Taxes and Total, one row each, in a new layout for the dialog to add.
    QFormLayout* makeTotalsForm() const;

    void show(const DraftPreview& preview);

private:
    QLabel* m_place = nullptr;
    QLabel* m_subtotal = nullptr;
    QLabel* m_taxes = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace fitflow::desktop
