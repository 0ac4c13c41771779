#pragma once
// Asks which occurrences of a recurring series a change or deletion applies to: this session
// only, this and the following ones, or all of them. Each choice is a button with a mnemonic
// (Alt+T, Alt+F, Alt+A) and Escape cancels, so it works from the keyboard alone.

#include "desktop/core/calendar/SeriesScope.h"

#include <QDialog>

#include <functional>

namespace fitflow::desktop {

class SeriesScopeDialog : public QDialog {
    Q_OBJECT

public:
    enum class Action { Change, Delete };

    SeriesScopeDialog(Action action, QWidget* parent = nullptr);

    // Opens the dialog window-modal without blocking; `chosen` runs only if a scope is chosen.
    static void ask(Action action, QWidget* parent, std::function<void(SeriesScope)> chosen);

signals:
    void scopeChosen(fitflow::desktop::SeriesScope scope);
};

} // namespace fitflow::desktop
