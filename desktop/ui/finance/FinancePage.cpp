#include "desktop/ui/finance/FinancePage.h"

#include "desktop/core/finance/FinanceTableModel.h"
#include "desktop/ui/common/DefaultSavePath.h"
#include "desktop/ui/finance/FinanceChart.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

FinancePage::FinancePage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_service(new FinanceService(context, this))
    , m_model(new FinanceTableModel(this))
    , m_supplierModel(new FinanceTableModel(this))
{
    setObjectName(QStringLiteral("financePage"));
    setWindowTitle(tr("Financial overview"));
    setAccessibleName(tr("Financial overview"));

    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("financeExportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(
        tr("Save the table as a CSV file (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportAction, &QAction::triggered, this, &FinancePage::exportCsv);
    addAction(m_exportAction);

    m_chart = new FinanceChart(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("financeTable"));
    m_table->setAccessibleName(tr("Revenue and taxes by period and studio"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FinanceTableModel::Studio,
                                                      QHeaderView::Stretch);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(buildSupplierSection());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("financeMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_service, &FinanceService::organizationsLoaded, this, &FinancePage::showOrganizations);
    connect(m_service, &FinanceService::loaded, this, &FinancePage::showReport);
    connect(m_service, &FinanceService::failed, this,
            [this](const QString& message) { showMessage(message, true); });
}

QWidget* FinancePage::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("financePeriodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("By month"), int(FinancePeriod::Month));
    m_period->addItem(tr("By quarter"), int(FinancePeriod::Quarter));
    m_period->addItem(tr("By year"), int(FinancePeriod::Year));

    m_organization = new QComboBox(bar);
    m_organization->setObjectName(QStringLiteral("financeOrganizationCombo"));
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->addItem(tr("All organizations"), QString());

    m_measure = new QComboBox(bar);
    m_measure->setObjectName(QStringLiteral("financeMeasureCombo"));
    m_measure->setAccessibleName(tr("Chart"));
    m_measure->addItem(tr("Revenue (invoices minus credit notes)"));
    m_measure->addItem(tr("Payments received"));

    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_period);
    auto* organizationLabel = new QLabel(tr("&Organization:"), bar);
    organizationLabel->setBuddy(m_organization);
    auto* measureLabel = new QLabel(tr("C&hart:"), bar);
    measureLabel->setBuddy(m_measure);

    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("financeExportButton"));
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addWidget(organizationLabel);
    row->addWidget(m_organization, 1);
    row->addWidget(measureLabel);
    row->addWidget(m_measure);
    row->addWidget(exportButton);

    connect(m_period, &QComboBox::currentIndexChanged, this, &FinancePage::applyFilters);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &FinancePage::applyFilters);
    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { showReport(m_service->report()); });
    return bar;
}

QWidget* FinancePage::buildSupplierSection()
{
    m_supplierSection = new QGroupBox(
        tr("Tax you collected on your contractor invoices (you file it, not the studio)"), this);
    m_supplierSection->setObjectName(QStringLiteral("financeSupplierSection"));
    m_supplierChart = new FinanceChart(m_supplierSection);
    m_supplierChart->setObjectName(QStringLiteral("financeSupplierChart"));
    auto* table = new QTableView(m_supplierSection);
    table->setObjectName(QStringLiteral("financeSupplierTable"));
    table->setAccessibleName(tr("Tax you collected as a supplier by period and studio billed"));
    table->setModel(m_supplierModel);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(FinanceTableModel::Studio,
                                                    QHeaderView::Stretch);
    auto* layout = new QHBoxLayout(m_supplierSection);
    layout->addWidget(m_supplierChart, 1);
    layout->addWidget(table, 2);
    m_supplierSection->hide(); // until a report holds contractor invoices of the user
    return m_supplierSection;
}

void FinancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        applyFilters();
    }
}

void FinancePage::applyFilters()
{
    m_service->load(static_cast<FinancePeriod>(m_period->currentData().toInt()),
                    m_organization->currentData().toString());
}

void FinancePage::showOrganizations(const std::vector<FinanceOrganization>& organizations)
{
    const QString selected = m_organization->currentData().toString();
    const QSignalBlocker blocker(m_organization);
    while (m_organization->count() > 1) {
        m_organization->removeItem(1);
    }
    for (const FinanceOrganization& organization : organizations) {
        m_organization->addItem(organization.name, organization.id);
    }
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(selected)));
}

void FinancePage::showReport(const FinanceReport& report)
{
    if (m_message->property("failure").toBool()) {
        m_message->hide(); // a read failure clears once a report loads
    }
    m_model->setReport(report);
    m_chart->setReport(report, m_measure->currentIndex() == 0 ? FinanceChart::Measure::Revenue
                                                              : FinanceChart::Measure::Received);
    FinanceReport supplied;
    supplied.period = report.period;
    supplied.rows = report.supplierRows;
    m_supplierModel->setReport(supplied);
    m_supplierChart->setReport(supplied, FinanceChart::Measure::Tax);
    m_supplierSection->setVisible(!report.supplierRows.empty());
    m_exportAction->setEnabled(!report.rows.empty() || !report.supplierRows.empty());
}

void FinancePage::showMessage(const QString& message, bool failure)
{
    m_message->setText(message);
    m_message->setProperty("failure", failure);
    m_message->setForegroundRole(failure ? QPalette::BrightText : QPalette::WindowText);
    m_message->show();
}

void FinancePage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export financial overview"),
                                                      defaultSavePath(tr("financial-overview.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void FinancePage::exportTo(const QString& path)
{
    QString error;
    if (m_service->exportCsv(path, error)) {
        showMessage(tr("Saved %1.").arg(path), false);
    } else {
        showMessage(tr("The CSV file could not be written: %1").arg(error), true);
    }
}

} // namespace fitflow::desktop
