#pragma once
// The Clients page: instant search over the trainer's clients (Ctrl+F), a tag filter, the list,
// and the selected client's profile. New (Ctrl+N), edit and delete go through ClientsService;
// session notes open in NoteEditorDialog from the client's history.

#include "desktop/core/DesktopContext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fitflow::desktop {

class ClientExtrasService;
class ClientProfilePanel;
class ClientsService;
struct ClientDraft;

class ClientsPage : public QWidget {
    Q_OBJECT

public:
    explicit ClientsPage(DesktopContext context, QWidget* parent = nullptr);

    // The page's main actions (find, new, edit, delete, record consent, add package, invoice
    // package) with their shortcuts, for a menu.
    QList<QAction*> clientActions() const;
    ClientsService& service() { return *m_service; }
    ClientExtrasService& extras() { return *m_extras; }

public slots:
    // Reloads the list and the selected client's profile (after a sync or another page's write).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* makeAction(const QString& objectName, const QString& text, const QKeySequence& keys);
    void openEditor(const ClientDraft& draft);
    void explainNoOrganization();
    void editSelected();
    void confirmDelete();
    void openConsentDialog();
    void openPackageDialog();
    // Opens a new invoice of the profile's selected package (NewInvoiceDialog::invoicePackage).
    void invoicePackage();
    void openNote(const QString& noteId);
    void startNote(const QString& clientId, const QString& format);
    void openSessionNote(const QString& clientId, const QString& sessionId);
    QString selectedClientId() const;
    void updateActions();
    void showTags(const QStringList& tags);

    DesktopContext m_context;
    ClientsService* m_service = nullptr;
    ClientExtrasService* m_extras = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_tagFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_undoBar = nullptr; // "Deleted X. Undo" after a deletion
    QLabel* m_undoLabel = nullptr;
    QString m_lastDeletedId;
    ClientProfilePanel* m_profile = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_consentAction = nullptr;
    QAction* m_packageAction = nullptr;
    QAction* m_invoicePackageAction = nullptr;
    QString m_wantedSelection;   // selected again once the list reloads
    bool m_columnsSized = false; // name, email and phone sized to the first clients shown
};

} // namespace fitflow::desktop
