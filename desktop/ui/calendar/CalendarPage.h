#pragma once
// The Calendar page: sessions at every studio in one place. Empty until sessions exist.

#include <QWidget>

namespace fitflow::desktop {

class CalendarPage : public QWidget {
    Q_OBJECT

public:
    explicit CalendarPage(QWidget* parent = nullptr);
};

} // namespace fitflow::desktop
