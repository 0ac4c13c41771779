#pragma once
// The financial overview: revenue by studio and period (issued invoices minus credit notes) and
// the GST/HST/QST collected, or the payments received, as a stacked bar chart (FinanceChart)
// with the table behind it; filters by period length and organization; CSV export. Data comes
// from FinanceService (desktop/core/finance), read on the store thread. A trainer who issued
// contractor invoices also sees, apart, the GST/HST/QST they collected on them as the supplier
// (chart and table per period and studio billed): the trainer files that tax, not the studio.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/finance/FinanceReport.h"
#include "desktop/core/finance/FinanceService.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace fitflow::desktop {

class FinanceChart;
class FinanceTableModel;

class FinancePage : public QWidget {
    Q_OBJECT

public:
    explicit FinancePage(DesktopContext context, QWidget* parent = nullptr);

    FinanceService& service() { return *m_service; }
    FinanceTableModel& model() { return *m_model; }
    FinanceTableModel& supplierModel() { return *m_supplierModel; }
    QAction* exportAction() const { return m_exportAction; }

    // Asks where to save the CSV; exportTo() writes it.
    void exportCsv();
    void exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildSupplierSection();
    void applyFilters();
    void showOrganizations(const std::vector<FinanceOrganization>& organizations);
    void showReport(const FinanceReport& report);
    void showMessage(const QString& message, bool failure);

    FinanceService* m_service = nullptr;
    FinanceTableModel* m_model = nullptr;
    FinanceChart* m_chart = nullptr;
    FinanceTableModel* m_supplierModel = nullptr;
    FinanceChart* m_supplierChart = nullptr;
    QWidget* m_supplierSection = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_organization = nullptr;
    QComboBox* m_measure = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_exportAction = nullptr;
    bool m_loadedOnce = false;
};

} // namespace fitflow::desktop
