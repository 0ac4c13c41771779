#pragma once
// Invoices ▸ New contractor invoice…: a trainer bills a studio for the sessions they ran there.
// Choose the organization and the location (where the services were supplied: it decides the
// taxes) and a period; the completed sessions the user ran there in that period become lines
// (editable; free lines can be added). The supplier is the trainer, with their own registration
// numbers from Settings ▸ Profile, not the studio's. Totals come from the shared tax engine
// (InvoiceDraftForm); Save draft works offline, Issue takes this device's next number.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/ContractorInvoiceChoices.h"
#include "desktop/core/invoices/InvoiceDraftForm.h"
#include "desktop/ui/invoices/InvoiceTotalsLabels.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fitflow::desktop {

class ContractorInvoiceService;
class NewInvoiceService;

class ContractorInvoiceDialog : public QDialog {
    Q_OBJECT

public:
    enum LineColumn { Description, Quantity, UnitPrice, LineColumnCount };

    explicit ContractorInvoiceDialog(DesktopContext context, QWidget* parent = nullptr);

    // Adds an empty free line and puts the cursor in its description.
    void addLine();
    void removeCurrentLine();
    DraftFormInput formInput() const;
    const DraftPreview& preview() const { return m_preview; }
    bool choicesLoaded() const { return m_choicesLoaded; }

signals:
    // After a save (and issue, if asked) succeeded.
    void invoiceSaved(const QString& message);

private:
    void showChoices(const ContractorInvoiceChoices& choices);
    void fillLocations();
    void fillSessionLines();
    int appendLine(const QString& description, qint64 unitPriceCents, const QString& sessionId);
    void recompute();
    void save(bool issueNow);

    ContractorInvoiceService* m_choicesService = nullptr;
    NewInvoiceService* m_saveService = nullptr;
    ContractorInvoiceChoices m_choices;
    DraftPreview m_preview;
    qint64 m_defaultPriceCents = 0;
    QComboBox* m_organization = nullptr;
    QComboBox* m_location = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_supplier = nullptr;
    InvoiceTotalsLabels m_totals{QStringLiteral("contractor"), this};
    QTableWidget* m_lines = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_issue = nullptr;
    bool m_choicesLoaded = false;
    bool m_saved = false; // saved as a draft, but it could not be issued
};

} // namespace fitflow::desktop
