#include "desktop/ui/common/TabLeavesItemViews.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

namespace fitflow::desktop {

namespace {
const QString kFilterName = QStringLiteral("tabLeavesItemViewsFilter");
} // namespace

TabLeavesItemViews::TabLeavesItemViews(QObject* parent)
    : QObject(parent)
{
    setObjectName(kFilterName);
}

void TabLeavesItemViews::apply(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        view->setTabKeyNavigation(false);
    }
}

void TabLeavesItemViews::installForAllWindows()
{
    if (qApp == nullptr || qApp->findChild<TabLeavesItemViews*>(kFilterName)) {
        return;
    }
    qApp->installEventFilter(new TabLeavesItemViews(qApp));
}

bool TabLeavesItemViews::eventFilter(QObject* watched, QEvent* event)
{
    // Show reaches a window before it paints: its views are set before the user can press Tab.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->isWindow()) {
            apply(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fitflow::desktop
