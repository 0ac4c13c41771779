#pragma once
// The Clients page: instant search over the trainer's clients (Ctrl+F), the list, and the
// selected client's profile. New (Ctrl+N), edit and delete go through ClientsService; session
// notes open in NoteEditorDialog from the client's history.

#include "desktop/core/DesktopContext.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fitflow::desktop {

class ClientProfilePanel;
class ClientsService;
struct ClientDraft;

class ClientsPage : public QWidget {
    Q_OBJECT

public:
    explicit ClientsPage(DesktopContext context, QWidget* parent = nullptr);

    // The page's main actions (find, new, edit, delete) with their shortcuts, for a menu.
    QList<QAction*> clientActions() const;
    ClientsService& service() { return *m_service; }

public slots:
    // Reloads the list and the selected client's profile (after a sync or another page's write).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* makeAction(const QString& objectName, const QString& text, const QKeySequence& keys);
    void openEditor(const ClientDraft& draft);
    void editSelected();
    void confirmDelete();
    void openNote(const QString& noteId);
    void startNote(const QString& clientId, const QString& format);
    void openSessionNote(const QString& clientId, const QString& sessionId);
    QString selectedClientId() const;
    void updateActions();

    DesktopContext m_context;
    ClientsService* m_service = nullptr;
    QLineEdit* m_search = nullptr;
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
    QString m_wantedSelection; // selected again once the list reloads
};

} // namespace fitflow::desktop
