#pragma once
// Locks the store after a stretch without keyboard, mouse, wheel or touch input anywhere in the
// app (an application-wide event filter restarts one timer). A laptop left open in a studio
// must not show client notes to the next person who walks by.

#include <QObject>
#include <QTimer>

#include <chrono>

namespace fitflow::desktop {

class StoreSession;

class IdleLock : public QObject {
    Q_OBJECT

public:
    // Installs itself as an event filter on the application (QCoreApplication::instance()).
    explicit IdleLock(StoreSession& session, QObject* parent = nullptr);
    ~IdleLock() override;

    // Zero or less disables the lock. Restarts the countdown.
    void setTimeout(std::chrono::milliseconds timeout);
    void setTimeoutMinutes(int minutes);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isActive() const { return m_timer.isActive(); }

signals:
    // The store was locked because of inactivity.
    void lockedForInactivity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void onTimeout();
    static bool isUserInput(const QEvent* event);

    StoreSession& m_session;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace fitflow::desktop
