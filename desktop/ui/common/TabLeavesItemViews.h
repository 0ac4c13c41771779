#pragma once
// One keyboard rule for every window: Tab leaves a list or table (arrow keys move inside it), so
// a table never traps the Tab key and every control after it stays reachable. Pages get it from
// the main window; every other window (dialogs, the finance and manager windows) when it is
// first shown, through an application-wide filter the main window installs once.

#include <QObject>

class QWidget;

namespace fitflow::desktop {

class TabLeavesItemViews : public QObject {
    Q_OBJECT

public:
    // Applies the rule to every list and table inside `root` now.
    static void apply(QWidget* root);
    // Applies it to each window as it shows, from now on (once per application).
    static void installForAllWindows();

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit TabLeavesItemViews(QObject* parent);
};

} // namespace fitflow::desktop
