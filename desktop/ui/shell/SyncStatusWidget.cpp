#include "desktop/ui/shell/SyncStatusWidget.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/SyncRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace fitflow::desktop {

namespace {

QString attentionText(const SyncAttentionItem& item)
{
    const QString shortId = item.entityId.left(8);
    if (item.reason == QLatin1String("conflict")) {
        return SyncStatusWidget::tr("Conflicting versions: %1 %2").arg(item.entity, shortId);
    }
    if (!item.field.isEmpty()) {
        return SyncStatusWidget::tr("Rejected change to %1 (%2): %3 %4")
            .arg(item.field, item.reason, item.entity, shortId);
    }
    return SyncStatusWidget::tr("Rejected change (%1): %2 %3")
        .arg(item.reason, item.entity, shortId);
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncRunner& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_attentionButton = new QToolButton(this);
    m_attentionButton->setObjectName(QStringLiteral("syncAttentionButton"));
    m_attentionButton->setPopupMode(QToolButton::InstantPopup);
    m_attentionButton->setAutoRaise(true);
    m_attentionButton->setMenu(new QMenu(m_attentionButton));
    m_attentionButton->menu()->setObjectName(QStringLiteral("syncAttentionMenu"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_attentionButton);

    connect(&m_sync, &SyncRunner::statusChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::refresh()
{
    const SyncRunStatus& status = m_sync.status();
    QStringList parts;
    if (status.running) {
        parts << tr("Syncing...");
    } else if (status.lastErrorCode == QLatin1String("login_required")) {
        // Working offline by choice (or signed out) is not a failure; the tooltip says what to do.
        parts << tr("Not signed in");
    } else if (!status.lastErrorCode.isEmpty()) {
        parts << tr("Sync failed");
    } else if (status.lastSuccess.isValid()) {
        parts << tr("Synced %1")
                     .arg(QLocale().toString(status.lastSuccess.toLocalTime().time(),
                                             QLocale::ShortFormat));
    } else {
        parts << tr("Not synced yet");
    }
    if (status.pending > 0) {
        parts << tr("%n change(s) pending", nullptr, static_cast<int>(status.pending));
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
    m_summaryLabel->setToolTip(
        status.lastErrorCode.isEmpty() ? QString() : ErrorText::forCode(status.lastErrorCode));

    const QList<SyncAttentionItem> items = status.rejections + status.conflicts;
    QMenu* menu = m_attentionButton->menu();
    menu->clear();
    for (const SyncAttentionItem& item : items) {
        QAction* action = menu->addAction(attentionText(item));
        connect(action, &QAction::triggered, this,
                [this, item] { emit openRequested(item.entity, item.entityId); });
    }
    m_attentionButton->setText(tr("%n need(s) attention", nullptr, static_cast<int>(items.size())));
    m_attentionButton->setVisible(!items.isEmpty());
}

} // namespace fitflow::desktop
