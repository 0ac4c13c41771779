#pragma once
// The right-hand side of the Clients page: the selected client's contacts, organization, home
// location, assigned trainers and history (notes and sessions; invoices once money sync lands).
// It renders what ClientsService loaded and asks to open or start notes.

#include "desktop/core/clients/ClientRecords.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace fitflow::desktop {

class ClientsService;

class ClientProfilePanel : public QWidget {
    Q_OBJECT

public:
    explicit ClientProfilePanel(ClientsService& service, QWidget* parent = nullptr);

    void showProfile(const ClientProfile& profile);
    void showNothing();
    QString clientId() const { return m_clientId; }

signals:
    void noteRequested(const QString& noteId);
    void sessionNoteRequested(const QString& clientId, const QString& sessionId);
    // `format` is "soap" or "free".
    void newNoteRequested(const QString& clientId, const QString& format);

private:
    QLabel* addValueRow(QFormLayout* form, const QString& objectName, const QString& label);

    ClientsService& m_service;
    QString m_clientId;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_organization = nullptr;
    QLabel* m_homeLocation = nullptr;
    QLabel* m_trainers = nullptr;
    QLabel* m_noInvoices = nullptr;
    QLabel* m_invoiceSummary = nullptr;
    QListView* m_history = nullptr;
    QPushButton* m_newSoapNote = nullptr;
    QPushButton* m_newFreeNote = nullptr;
};

} // namespace fitflow::desktop
