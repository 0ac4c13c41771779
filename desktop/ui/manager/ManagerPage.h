#pragma once
// The Manager view for owners, managers and trainer admins (issue 6 part 8): per organization, a
// trainer filter and a week schedule of every trainer at the locations the user runs (one column
// per trainer), utilisation per trainer for the week and month, the organization's invoices to
// clients with outstanding balances (mark paid when the role may), the contractor invoices
// trainers sent the studio (its payables; only their trainer records their payments) and payments.
// Never shows a note or a note count. Widgets only render ManagerService's snapshots.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/manager/ManagedOrganization.h"
#include "desktop/core/manager/ManagerSnapshot.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fitflow::desktop {

class ManagerService;
class OrganizationInvoiceModel;
class PaymentListModel;
class ProfileService;
class TrainerWeekModel;
class UtilisationModel;

class ManagerPage : public QWidget {
    Q_OBJECT

public:
    ManagerPage(DesktopContext context, ProfileService& profile, QWidget* parent = nullptr);

    ManagerService& service() { return *m_service; }
    // Shows the week that contains `day` (tests pin it; the page starts on this week).
    void showWeekOf(const QDate& day);
    QDate weekStart() const { return m_weekStart; }

private:
    QWidget* buildFilters();
    QWidget* buildScheduleTab();
    QWidget* buildInvoicesTab();
    QWidget* buildTrainerInvoicesTab();
    QWidget* buildPaymentsTab();
    void refreshOrganizations();
    void loadSelected();
    void showSnapshot(const ManagerSnapshot& snapshot);
    void applyTrainerFilter();
    void updateMarkPaid();
    void markSelectedPaid();
    void showStatus(const QString& text);
    const ManagedOrganization* selectedOrganization() const;

    DesktopContext m_context;
    ProfileService& m_profile;
    ManagerService* m_service = nullptr;
    QList<ManagedOrganization> m_organizations;
    QDate m_weekStart;

    TrainerWeekModel* m_weekModel = nullptr;
    UtilisationModel* m_utilisationModel = nullptr;
    OrganizationInvoiceModel* m_invoiceModel = nullptr;
    OrganizationInvoiceModel* m_trainerInvoiceModel = nullptr;
    PaymentListModel* m_paymentModel = nullptr;

    QComboBox* m_organizationCombo = nullptr;
    QComboBox* m_trainerCombo = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_scheduleTable = nullptr;
    QTableView* m_utilisationTable = nullptr;
    QTableView* m_invoiceTable = nullptr;
    QTableView* m_trainerInvoiceTable = nullptr;
    QTableView* m_paymentTable = nullptr;
    QLabel* m_outstandingLabel = nullptr;
    QLabel* m_trainerOutstandingLabel = nullptr;
    QPushButton* m_markPaidButton = nullptr;
};

} // namespace fitflow::desktop
