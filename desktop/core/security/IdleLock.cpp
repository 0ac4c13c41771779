#include "desktop/core/security/IdleLock.h"

#include "desktop/core/StoreSession.h"

#include <QCoreApplication>
#include <QEvent>

namespace fitflow::desktop {

IdleLock::IdleLock(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::onTimeout);
    // The countdown only matters while the store is open; unlocking starts a fresh one.
    connect(&m_session, &StoreSession::stateChanged, this, [this] { restart(); });
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

IdleLock::~IdleLock()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : std::chrono::milliseconds{0};
    restart();
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeout(std::chrono::minutes(minutes > 0 ? minutes : 0));
}

void IdleLock::restart()
{
    if (m_timeout.count() > 0 && m_session.state() == StoreSession::State::Unlocked) {
        m_timer.start(m_timeout);
    } else {
        m_timer.stop();
    }
}

void IdleLock::onTimeout()
{
    if (m_session.state() != StoreSession::State::Unlocked) {
        return;
    }
    m_session.lock();
    emit lockedForInactivity();
}

bool IdleLock::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Restarting a running timer is cheap; events reach this once per receiver in the chain,
    // which is fine for a countdown measured in minutes.
    if (m_timer.isActive() && isUserInput(event)) {
        m_timer.start(m_timeout);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fitflow::desktop
