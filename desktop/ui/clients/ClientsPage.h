#pragma once
// The Clients page: the people the trainer works with. Empty until clients exist.

#include <QWidget>

namespace fitflow::desktop {

class ClientsPage : public QWidget {
    Q_OBJECT

public:
    explicit ClientsPage(QWidget* parent = nullptr);
};

} // namespace fitflow::desktop
