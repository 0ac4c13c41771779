#pragma once
// The Dashboard page: the day at a glance. Until the store holds sessions it shows an empty state.

#include <QWidget>

namespace fitflow::desktop {

class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
};

} // namespace fitflow::desktop
