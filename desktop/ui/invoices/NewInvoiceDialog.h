#pragma once
// New invoice: organization, client, where the session is held (which decides the taxes), the
// tax point date, the supplier's registrations, the client's completed sessions and packages not
// invoiced yet (each becomes a line linked to it: a session at the default session price, a
// package at its price) and free lines (description, quantity, unit price, discount, category).
// Totals and each tax line are recomputed on every change by the shared engine (InvoiceDraftForm).
// Save as draft, or Issue with this device's next number. The same dialog edits an existing draft
// (redraft).

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceChoices.h"
#include "desktop/core/invoices/InvoiceDraftForm.h"
#include "desktop/core/invoices/InvoiceRow.h"
#include "desktop/ui/invoices/InvoiceTotalsLabels.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace fitflow::desktop {

class NewInvoiceService;

class NewInvoiceDialog : public QDialog {
    Q_OBJECT

public:
    enum LineColumn { Description, Quantity, UnitPrice, Discount, Category, LineColumnCount };

    explicit NewInvoiceDialog(DesktopContext context, QWidget* parent = nullptr);

    void addLine();
    // Adds a line for each checked session of the list (the default session price as unit
    // price); those sessions leave the list. Lines with no unit price yet are replaced.
    void addCheckedSessions();
    // Edits an existing draft instead (redraft): its organization, client, location, date,
    // registrations and lines fill the form once the choices are loaded; saving replaces it.
    void editDraft(const InvoiceRow& draft);
    // A new invoice of one package ("Invoice package…"): its organization and client chosen and
    // its line ("<name> — N credits" at the package price, linked) added once choices load.
    void invoicePackage(const QString& packageId);
    QString editedDraftId() const { return m_editing.id; }
    DraftFormInput formInput() const;
    const DraftPreview& preview() const { return m_preview; }

signals:
    // After a save (and issue, if asked) succeeded.
    void invoiceSaved(const QString& message);

private:
    // Lines the table shows whole at the dialog's default (and minimum) size.
    static constexpr int kVisibleLines = 5;

    // The height of the lines table that shows `rows` rows whole, header and scroll bar included.
    int linesTableHeight(int rows) const;
    void showChoices(const InvoiceChoices& choices);
    void fillFromDraft();
    void fillSessions();
    void fillForPackage();
    void fillForOrganization();
    void recompute();
    void save(bool issueNow);

    NewInvoiceService* m_service = nullptr;
    InvoiceChoices m_choices;
    DraftPreview m_preview;
    QComboBox* m_organization = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_location = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_gstHst = nullptr;
    QCheckBox* m_qst = nullptr;
    QTableWidget* m_lines = nullptr;
    QListWidget* m_sessions = nullptr;
    QPushButton* m_addSessions = nullptr;
    qint64 m_defaultPriceCents = 0;
    QStringList m_addedSessionIds; // sessions and packages already made into lines
    QString m_packageToInvoice;
    InvoiceTotalsLabels m_totals{QStringLiteral("invoice"), this};
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_issue = nullptr;
    bool m_saved = false; // saved as a draft, but it could not be issued
    InvoiceRow m_editing; // the draft being edited; empty id for a new invoice
    bool m_choicesLoaded = false;
};

} // namespace fitflow::desktop
