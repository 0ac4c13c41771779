#pragma once
// The right-hand side of the Clients page: the selected client's contacts, organization, home
// location, assigned trainers, tags, history (notes, sessions, invoices), consents (current
// decision per kind and every version) and packages with their remaining credits. It renders
// what ClientsService and ClientExtrasService loaded and asks to open notes or record extras.

#include "desktop/core/clients/ClientRecords.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fitflow::desktop {

class ClientExtrasService;
class ClientsService;

class ClientProfilePanel : public QWidget {
    Q_OBJECT

public:
    ClientProfilePanel(ClientsService& service, ClientExtrasService& extras,
                       QWidget* parent = nullptr);

    void showProfile(const ClientProfile& profile);
    void showNothing();
    QString clientId() const { return m_clientId; }

signals:
    void noteRequested(const QString& noteId);
    void sessionNoteRequested(const QString& clientId, const QString& sessionId);
    // `format` is "soap" or "free".
    void newNoteRequested(const QString& clientId, const QString& format);
    void consentRequested();
    void packageRequested();

private:
    QLabel* addValueRow(QFormLayout* form, const QString& objectName, const QString& label);
    QWidget* buildConsents(QWidget* parent);
    QWidget* buildPackages(QWidget* parent);
    void showConsentStates();

    ClientsService& m_service;
    ClientExtrasService& m_extras;
    QString m_clientId;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_organization = nullptr;
    QLabel* m_homeLocation = nullptr;
    QLabel* m_trainers = nullptr;
    QLabel* m_tags = nullptr;
    QList<QLabel*> m_consentStates; // one per recordable kind, in that order
    QTableView* m_consentHistory = nullptr;
    QTableView* m_packages = nullptr;
    QLabel* m_extrasError = nullptr;
    QLabel* m_noInvoices = nullptr;
    QLabel* m_invoiceSummary = nullptr;
    QListView* m_history = nullptr;
    QPushButton* m_newSoapNote = nullptr;
    QPushButton* m_newFreeNote = nullptr;
};

} // namespace fitflow::desktop
