#pragma once
// The Settings page. For now it shows, read-only, where the store is and which server and
// language the app uses, so a user can see what FITFLOW_* variables or settings chose.

#include <QWidget>

namespace fitflow::desktop {

class AppSettings;

class SettingsPage : public QWidget {
    Q_OBJECT

public:
    SettingsPage(const AppSettings& settings, const QString& storePath, QWidget* parent = nullptr);
};

} // namespace fitflow::desktop
