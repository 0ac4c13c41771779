#pragma once
// Reads the financial overview through StoreSession::runOnStore (never on the GUI thread):
// the organizations to filter by, and the report for one period length and organization. It
// reloads whenever invoices, payments or organizations change (StoreEvents), and writes the
// last report as CSV.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/finance/FinanceReport.h"

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

namespace fitflow::desktop {

// An organization the report can be limited to.
struct FinanceOrganization {
    QString id;
    QString name;
};

class FinanceService : public QObject {
    Q_OBJECT

public:
    explicit FinanceService(DesktopContext context, QObject* parent = nullptr);

    // Reads again with these filters (`orgId` empty: every organization); loaded() or failed().
    void load(FinancePeriod period, const QString& orgId);
    void reload();
    const FinanceReport& report() const { return m_report; }

    // Writes the last report to `path` as CSV (FinanceCsv); false with `error` set on failure.
    bool exportCsv(const QString& path, QString& error) const;

signals:
    void organizationsLoaded(const std::vector<fitflow::desktop::FinanceOrganization>& list);
    void loaded(const fitflow::desktop::FinanceReport& report);
    void failed(const QString& message);

private:
    DesktopContext m_context;
    FinancePeriod m_period = FinancePeriod::Month;
    QString m_orgId;
    FinanceReport m_report;
    int m_generation = 0; // answers of older loads are dropped
};

} // namespace fitflow::desktop
