#include "desktop/ui/dashboard/DashboardPage.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/dashboard/DashboardService.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

DashboardPage::DashboardPage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_service = new DashboardService(m_context.session, this);
    m_today = new SessionListModel(this);
    m_coming = new SessionListModel(this);
    for (SessionListModel* model : {m_today, m_coming}) {
        model->setPalette(palette());
        model->setTimeZone(m_zone);
    }

    m_todayHeading = heading(tr("Today"), this);
    m_todayHeading->setObjectName(QStringLiteral("dashboardTodayHeading"));
    m_syncSummary = new QLabel(this);
    m_syncSummary->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_syncSummary->setWordWrap(true);
    m_invoices = new QLabel(this);
    m_invoices->setObjectName(QStringLiteral("invoicesSummaryLabel"));
    m_invoices->setTextFormat(Qt::PlainText);
    m_invoices->setWordWrap(true);
    m_todayEmpty = new QLabel(tr("No sessions today at any studio."), this);
    m_todayEmpty->setObjectName(QStringLiteral("dashboardTodayEmptyLabel"));
    m_todayEmpty->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessageLabel"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_todayHeading);
    layout->addWidget(m_todayEmpty);
    layout->addWidget(
        sessionTable(QStringLiteral("todaySessionsView"), tr("Today's sessions"), m_today), 1);
    layout->addWidget(heading(tr("Next seven days"), this));
    layout->addWidget(sessionTable(QStringLiteral("comingSessionsView"),
                                   tr("Sessions in the next seven days"), m_coming),
                      2);
    layout->addWidget(heading(tr("Sync"), this));
    layout->addWidget(m_syncSummary);
    layout->addWidget(heading(tr("Invoices"), this));
    layout->addWidget(m_invoices);
    layout->addWidget(m_message);

    // Sessions, names and sync counts all show here, so any change reloads.
    connect(&m_context.events, &StoreEvents::changed, this, &DashboardPage::reload);
}

QTableView* DashboardPage::sessionTable(const QString& objectName, const QString& accessibleName,
                                        SessionListModel* model)
{
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setShowGrid(false);
    return table;
}

void DashboardPage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_today->setTimeZone(zone);
    m_coming->setTimeZone(zone);
    reload();
}

QString DashboardPage::moneyText(const std::vector<StudioMoney>& studios)
{
    QStringList lines;
    for (const StudioMoney& studio : studios) {
        lines << tr("%1: %2 outstanding, %3 overdue (over 30 days), %4 received this month")
                     .arg(studio.orgName, MoneyText::fromCents(studio.outstandingCents),
                          MoneyText::fromCents(studio.overdueCents),
                          MoneyText::fromCents(studio.paidThisMonthCents));
    }
    return lines.isEmpty() ? tr("No studios yet: sync with the server first.")
                           : lines.join(QLatin1Char('\n'));
}

QString DashboardPage::syncText(const SyncSummary& summary)
{
    QStringList parts;
    parts << tr("Changes waiting to be sent: %1").arg(summary.pendingChanges);
    parts << tr("Refused by the server: %1").arg(summary.rejections);
    parts << tr("Notes edited on two devices: %1").arg(summary.noteConflicts);
    const QString counts = parts.join(QStringLiteral(" · "));
    return summary.loggedIn ? counts : tr("Not signed in to a server. %1").arg(counts);
}

void DashboardPage::reload()
{
    if (m_context.session.state() != StoreSession::State::Unlocked) {
        return;
    }
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_todayHeading->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_service->load(today, m_zone, [this](fitflow::Result<DashboardSnapshot> snapshot) {
        if (!snapshot) {
            m_message->setText(ErrorText::forError(snapshot.error()));
        } else {
            m_message->clear();
            m_today->setSessions(std::move(snapshot->today));
            m_coming->setSessions(std::move(snapshot->comingWeek));
            m_syncSummary->setText(syncText(snapshot->sync));
            m_invoices->setText(moneyText(snapshot->money));
            m_todayEmpty->setVisible(m_today->rowCount() == 0);
        }
        emit reloaded();
    });
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_today) {
        m_today->setPalette(palette());
        m_coming->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace fitflow::desktop
