#include "desktop/ui/calendar/CalendarPage.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/CalendarPreferencesNotifier.h"
#include "desktop/core/calendar/CalendarService.h"
#include "desktop/core/calendar/CancellationNotice.h"
#include "desktop/core/calendar/IcsExport.h"
#include "desktop/core/calendar/NewSessionSlot.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/ui/calendar/BookingFlow.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/common/DefaultSavePath.h"
#include "desktop/ui/invoices/LateFeeFlow.h"
#include "desktop/ui/notes/NoteEditorDialog.h"
#include "shared/scheduling/SessionStateMachine.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace fitflow::desktop {

namespace {
constexpr int kFirstVisibleHour = 7;

bool concernsCalendar(const QString& entity)
{
    for (const char* wanted : {"session", "client", "location", "organization"}) {
        if (StoreEvents::concerns(entity, QString::fromLatin1(wanted))) {
            return true;
        }
    }
    return false;
}
} // namespace

CalendarPage::CalendarPage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_preferences(CalendarPreferences::fromUserSettings())
    , m_anchor(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarPage"));
    m_service = new CalendarService(m_context.session, &m_context.events, this);
    m_startWatch = new QTimer(this);
    m_startWatch->setSingleShot(true);
    connect(m_startWatch, &QTimer::timeout, this, &CalendarPage::refreshActionStates);
    m_model = new SessionListModel(this);
    m_model->setPalette(palette());
    m_view = new CalendarView(*m_model, this);
    m_booking = new BookingFlow(*m_service, this);
    m_newSessionSlot = new NewSessionSlot(m_context.session, this);
    m_booking->setPreferences(m_preferences);
    connect(&CalendarPreferencesNotifier::instance(), &CalendarPreferencesNotifier::changed, this,
            &CalendarPage::setPreferences);

    buildActions();
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("calendarRangeLabel"));
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("calendarTimeZoneLabel"));
    m_zoneLabel->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_message->setWordWrap(true);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("calendarExportProgress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setRange(0, 0); // busy: the export has no known length
    m_exportProgress->setTextVisible(false);
    m_exportProgress->setVisible(false);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("calendarScrollArea"));
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_view,
            &CalendarView::setHeaderTop);
    scroll->verticalScrollBar()->setValue(kFirstVisibleHour * CalendarView::kHourHeight);

    // Scroll areas take arrow keys (Alt+Left/Right too) before they reach the page.
    m_view->installEventFilter(this);
    scroll->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_message);

    connect(m_view, &CalendarView::selectionChanged, this, [this] {
        refreshActionStates();
        // A disabled menu entry shows no tip to the keyboard: say at once why Complete waits.
        const QString why = m_completeAction->statusTip();
        if (!m_completeAction->isEnabled() &&
            why != m_completeAction->property("fitflowOwnStatusTip").toString()) {
            showMessage(why);
        }
    });
    connect(m_view, &CalendarView::createRequested, this,
            [this](const QDateTime& start) { bookAt(start); });
    connect(m_view, &CalendarView::editRequested, this, [this](const QString& id) {
        if (const BookedSession* session = m_model->session(id)) {
            m_booking->edit(*session);
        }
    });
    connect(m_view, &CalendarView::rescheduleRequested, this,
            [this](const QString& id, const QDateTime& start, const QDateTime& end) {
                if (const BookedSession* session = m_model->session(id)) {
                    m_booking->reschedule(*session, start, end);
                }
            });
    connect(m_booking, &BookingFlow::saved, this, &CalendarPage::showMessage);
    connect(m_booking, &BookingFlow::failed, this, &CalendarPage::showMessage);
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (concernsCalendar(entity)) {
            reload();
        }
    });
    setTimeZone(QTimeZone::systemTimeZone());
}

QAction* CalendarPage::makeAction(const QString& objectName, const QString& text,
                                  const QKeySequence& key, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    QWidget::addAction(action);
    m_keyboardActions.append(action);
    return action;
}

void CalendarPage::buildActions()
{
    connect(makeAction(QStringLiteral("calendarPreviousAction"), tr("&Previous"),
                       QKeySequence(Qt::ALT | Qt::Key_Left), tr("Show the previous day or week")),
            &QAction::triggered, this,
            [this] { showDay(VisibleRange::step(m_anchor, m_span, -1), m_span); });
    connect(makeAction(QStringLiteral("calendarTodayAction"), tr("&Today"),
                       QKeySequence(Qt::CTRL | Qt::Key_T), tr("Show today")),
            &QAction::triggered, this, [this] { showDay(QDate::currentDate(), m_span); });
    connect(makeAction(QStringLiteral("calendarNextAction"), tr("Ne&xt"),
                       QKeySequence(Qt::ALT | Qt::Key_Right), tr("Show the next day or week")),
            &QAction::triggered, this,
            [this] { showDay(VisibleRange::step(m_anchor, m_span, 1), m_span); });

    auto* spans = new QActionGroup(this);
    m_dayAction = makeAction(QStringLiteral("calendarDayAction"), tr("Da&y"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Show one day"));
    m_weekAction = makeAction(QStringLiteral("calendarWeekAction"), tr("&Week"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), tr("Show the week"));
    for (QAction* action : {m_dayAction, m_weekAction}) {
        action->setCheckable(true);
        spans->addAction(action);
    }
    m_weekAction->setChecked(true);
    connect(m_dayAction, &QAction::triggered, this,
            [this] { showDay(m_anchor, CalendarSpan::Day); });
    connect(m_weekAction, &QAction::triggered, this,
            [this] { showDay(m_anchor, CalendarSpan::Week); });

    connect(makeAction(QStringLiteral("calendarNewAction"), tr("&New session…"),
                       QKeySequence(Qt::CTRL | Qt::Key_N), tr("Book a session")),
            &QAction::triggered, this, &CalendarPage::bookNew);
    m_editAction =
        makeAction(QStringLiteral("calendarEditAction"), tr("&Edit…"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change the selected session"));
    connect(m_editAction, &QAction::triggered, this, &CalendarPage::editSelected);
    m_deleteAction = makeAction(QStringLiteral("calendarDeleteAction"), tr("&Delete…"),
                                QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                tr("Delete the selected session (asks which, if it repeats)"));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (const BookedSession* selected = m_model->session(m_view->selectedSessionId())) {
            m_booking->remove(*selected);
        }
    });
    m_noteAction = makeAction(QStringLiteral("calendarNoteAction"), tr("Sess&ion note…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              tr("Open or start the note of the selected session"));
    connect(m_noteAction, &QAction::triggered, this, &CalendarPage::openSelectedNote);
    m_completeAction = makeAction(QStringLiteral("calendarCompleteAction"), tr("&Complete"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                  tr("Mark the selected session as done"));
    connect(m_completeAction, &QAction::triggered, this,
            [this] { changeSelectedStatus(scheduling::SessionAction::Complete); });
    m_cancelAction = makeAction(QStringLiteral("calendarCancelAction"), tr("C&ancel session…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                                tr("Cancel the selected session (a late fee may apply)"));
    connect(m_cancelAction, &QAction::triggered, this,
            [this] { changeSelectedStatus(scheduling::SessionAction::Cancel); });
    m_noShowAction = makeAction(QStringLiteral("calendarNoShowAction"), tr("No-&show"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                tr("Mark that the client did not come"));
    connect(m_noShowAction, &QAction::triggered, this,
            [this] { changeSelectedStatus(scheduling::SessionAction::MarkNoShow); });
    m_reopenAction = makeAction(QStringLiteral("calendarReopenAction"), tr("&Reopen"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                tr("Make the selected session scheduled again"));
    connect(m_reopenAction, &QAction::triggered, this,
            [this] { changeSelectedStatus(scheduling::SessionAction::Reopen); });
    QAction* exportShown =
        makeAction(QStringLiteral("calendarExportVisibleAction"), tr("Export s&hown…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   tr("Export the shown sessions as an iCalendar (.ics) file"));
    connect(exportShown, &QAction::triggered, this,
            [this] { askExport(ExportScope::VisibleRange); });
    QAction* exportAll = makeAction(QStringLiteral("calendarExportAllAction"), tr("Export a&ll…"),
                                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_E),
                                    tr("Export every session as an iCalendar (.ics) file"));
    connect(exportAll, &QAction::triggered, this, [this] { askExport(ExportScope::Everything); });
    m_exportActions = {exportShown, exportAll};
    refreshActionStates();
}

QWidget* CalendarPage::buildToolBar()
{
    auto* bar = new QToolBar(tr("Calendar"), this);
    bar->setObjectName(QStringLiteral("calendarToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The same actions in a menu, where every shortcut is listed beside its action.
    auto* menu = new QMenu(tr("Calendar"), this);
    menu->setObjectName(QStringLiteral("calendarMenu"));
    auto* menuButton = new QToolButton(bar);
    menuButton->setObjectName(QStringLiteral("calendarMenuButton"));
    menuButton->setText(tr("&Calendar"));
    menuButton->setAccessibleName(tr("Calendar actions and shortcuts"));
    menuButton->setMenu(menu);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(menuButton);
    bar->addSeparator();
    for (QAction* action : std::as_const(m_keyboardActions)) {
        bar->addAction(action);
        menu->addAction(action);
        const QString name = action->objectName();
        if (name == QLatin1String("calendarNextAction") ||
            name == QLatin1String("calendarWeekAction") ||
            name == QLatin1String("calendarReopenAction")) {
            bar->addSeparator();
            menu->addSeparator();
        }
    }
    return bar;
}

void CalendarPage::setPreferences(const CalendarPreferences& preferences)
{
    m_preferences = preferences;
    m_booking->setPreferences(preferences);
}

void CalendarPage::setTimeZone(const QTimeZone& zone)
{
    m_model->setTimeZone(zone);
    m_booking->setTimeZone(zone);
    m_zoneLabel->setText(tr("Times are shown in %1, this computer's time zone. Exported calendars "
                            "keep each studio's own time zone.")
                             .arg(QString::fromUtf8(zone.id())));
    showDay(m_anchor, m_span);
}

VisibleRange CalendarPage::visibleRange() const
{
    return VisibleRange::around(m_anchor, m_span);
}

void CalendarPage::showDay(QDate anchor, CalendarSpan span)
{
    m_anchor = anchor;
    m_span = span;
    (span == CalendarSpan::Day ? m_dayAction : m_weekAction)->setChecked(true);
    m_view->setRange(visibleRange());
    refreshHeader();
    reload();
}

void CalendarPage::refreshHeader()
{
    const QLocale locale;
    const VisibleRange range = visibleRange();
    m_rangeLabel->setText(
        range.dayCount == 1
            ? locale.toString(range.firstDay, QLocale::LongFormat)
            : tr("%1 – %2").arg(locale.toString(range.firstDay, QLocale::ShortFormat),
                                locale.toString(range.lastDay(), QLocale::ShortFormat)));
}

void CalendarPage::reload()
{
    if (m_context.session.state() != StoreSession::State::Unlocked) {
        return;
    }
    const VisibleRange range = visibleRange();
    const QTimeZone zone = m_model->timeZone();
    m_service->loadSessions(range.startUtc(zone), range.endUtc(zone),
                            [this, range](fitflow::Result<std::vector<BookedSession>> sessions) {
                                if (!(range == visibleRange())) {
                                    return; // the user moved on; a newer load is under way
                                }
                                if (!sessions) {
                                    showMessage(ErrorText::forError(sessions.error()));
                                } else {
                                    m_model->setSessions(std::move(*sessions));
                                }
                                if (!m_model->session(m_view->selectedSessionId())) {
                                    m_view->selectSession({});
                                }
                                refreshActionStates();
                                emit reloaded();
                            });
}

void CalendarPage::refreshActionStates()
{
    const BookedSession* selected = m_model->session(m_view->selectedSessionId());
    const auto status = selected ? scheduling::parseStatus(selected->status.toStdString())
                                 : std::optional<scheduling::SessionStatus>();
    const auto allows = [&](scheduling::SessionAction action) {
        return status && scheduling::applyAction(*status, action).ok();
    };
    m_editAction->setEnabled(selected != nullptr);
    m_deleteAction->setEnabled(selected != nullptr);
    m_noteAction->setEnabled(selected != nullptr);
    // Completing or marking a no-show waits for the start (scheduling::checkStarted).
    const QDateTime notBefore =
        selected && selected->start > nowUtc() ? selected->start : QDateTime();
    refreshOutcomeAction(m_completeAction, allows(scheduling::SessionAction::Complete), notBefore);
    m_cancelAction->setEnabled(allows(scheduling::SessionAction::Cancel));
    refreshOutcomeAction(m_noShowAction, allows(scheduling::SessionAction::MarkNoShow), notBefore);
    m_reopenAction->setEnabled(allows(scheduling::SessionAction::Reopen));
    // Look again when the selected session starts (at least hourly, so a changed clock is seen).
    m_startWatch->stop();
    if (notBefore.isValid()) {
        constexpr qint64 kHourMs = 60 * 60 * 1000;
        m_startWatch->start(static_cast<int>(
            std::clamp<qint64>(nowUtc().msecsTo(notBefore) + 1000, 1000, kHourMs)));
    }
}

void CalendarPage::refreshOutcomeAction(QAction* action, bool allowed, const QDateTime& notBefore)
{
    // The action's own tips are kept once, so they come back when the session has started.
    const char* const ownToolTip = "fitflowOwnToolTip";
    const char* const ownStatusTip = "fitflowOwnStatusTip";
    if (!action->property(ownToolTip).isValid()) {
        action->setProperty(ownToolTip, action->toolTip());
        action->setProperty(ownStatusTip, action->statusTip());
    }
    const bool waiting = allowed && notBefore.isValid();
    action->setEnabled(allowed && !waiting);
    if (waiting) {
        const QString why = tr("Available once the session has started (%1).")
                                .arg(QLocale().toString(notBefore.toTimeZone(m_model->timeZone()),
                                                        QLocale::ShortFormat));
        action->setToolTip(why);
        action->setStatusTip(why);
    } else {
        action->setToolTip(action->property(ownToolTip).toString());
        action->setStatusTip(action->property(ownStatusTip).toString());
    }
}

QDateTime CalendarPage::nowUtc() const
{
    return QDateTime::fromSecsSinceEpoch(m_service->now().time_since_epoch().count(), Qt::UTC);
}

void CalendarPage::setClock(PhysicalClock clock)
{
    m_service->setClock(std::move(clock));
    refreshActionStates();
}

void CalendarPage::bookNew()
{
    // The first free slot of the trainer's availability within two weeks (NewSessionSlot);
    // without one, the next whole hour today when today is shown, else 09:00 on the first
    // shown day, at the first location.
    const QTimeZone zone = m_model->timeZone();
    const QDateTime nowInUtc = nowUtc();
    const QDateTime now = nowInUtc.toTimeZone(zone);
    QDateTime start(visibleRange().firstDay, QTime(9, 0), zone);
    if (visibleRange().contains(now.date())) {
        start = QDateTime(now.date(), QTime(now.time().hour(), 0), zone).addSecs(60 * 60);
    }
    const std::chrono::minutes length{m_context.settings.defaultSessionMinutes()};
    m_newSessionSlot->find(nowInUtc, length, m_preferences.travelBuffer,
                           [this, fallback = start.toUTC()](auto slot) {
                               if (slot) {
                                   bookAt(slot->start, slot->locationId);
                               } else {
                                   bookAt(fallback);
                               }
                           });
}

void CalendarPage::bookAt(const QDateTime& start, const QString& locationId)
{
    // The length of a new session is a user setting (Settings page), read at each booking.
    m_preferences.sessionLength = std::chrono::minutes{m_context.settings.defaultSessionMinutes()};
    m_booking->setPreferences(m_preferences);
    m_booking->bookAt(start, locationId);
}

void CalendarPage::editSelected()
{
    if (const BookedSession* session = m_model->session(m_view->selectedSessionId())) {
        m_booking->edit(*session);
    }
}

void CalendarPage::openSelectedNote()
{
    const BookedSession* session = m_model->session(m_view->selectedSessionId());
    if (!session) {
        return;
    }
    auto* editor = new NoteEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->openForSession(session->clientId, session->id);
    editor->show();
}

void CalendarPage::changeSelectedStatus(scheduling::SessionAction action)
{
    const QString id = m_view->selectedSessionId();
    if (!m_model->session(id)) {
        return;
    }
    if (action == scheduling::SessionAction::Cancel) {
        confirmCancellation(id);
        return;
    }
    m_service->applyAction(id, action, [this](fitflow::Result<QString> status) {
        showMessage(
            status ? tr("Session is now %1.").arg(SessionListModel::statusText(*status).toLower())
                   : ErrorText::forError(status.error()));
    });
}

void CalendarPage::confirmCancellation(const QString& sessionId)
{
    const BookedSession* session = m_model->session(sessionId);
    auto assessment =
        CancellationNotice::assess(m_preferences.cancellation, session->start, nowUtc());
    if (!assessment) {
        showMessage(ErrorText::forError(assessment.error()));
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Cancel session"),
                        tr("Cancel the session with %1?\n\n%2")
                            .arg(session->clientName, CancellationNotice::text(*assessment)),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelSessionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A late fee is drafted as an invoice after the cancellation (LateFeeFlow) unless waived.
    const std::int64_t fee = assessment->late ? assessment->feeCents : 0;
    QAbstractButton* waive = nullptr;
    if (fee > 0) {
        waive = box->addButton(tr("&Waive fee"), QMessageBox::NoRole);
        waive->setObjectName(QStringLiteral("waiveFeeButton"));
    }
    connect(
        box, &QMessageBox::buttonClicked, this,
        [this, box, sessionId, waive, fee, client = session->clientName](QAbstractButton* button) {
            const bool waived = button == waive;
            if (!waived && box->standardButton(button) != QMessageBox::Yes) {
                return;
            }
            const std::int64_t charged = waived ? 0 : fee;
            m_service->applyAction(
                sessionId, scheduling::SessionAction::Cancel,
                [this, sessionId, client, charged, waived](fitflow::Result<QString> status) {
                    if (!status) {
                        showMessage(ErrorText::forError(status.error()));
                    } else if (charged > 0) {
                        auto* flow = new LateFeeFlow(m_context, this);
                        connect(flow, &LateFeeFlow::finished, this, &CalendarPage::showMessage);
                        connect(flow, &LateFeeFlow::finished, flow, &QObject::deleteLater);
                        flow->draftFee(sessionId, client, charged);
                    } else {
                        showMessage(waived ? CancellationNotice::feeWaived()
                                           : tr("Session cancelled."));
                    }
                });
        });
    box->open();
}

void CalendarPage::askExport(ExportScope scope)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"), defaultSavePath(QStringLiteral("fitflow.ics")),
        tr("iCalendar files (*.ics)"));
    if (!path.isEmpty()) {
        exportTo(path, scope);
    }
}

void CalendarPage::exportTo(const QString& path, ExportScope scope)
{
    if (m_exportProgress->isVisible()) {
        showMessage(tr("An export is already running."));
        emit exportFinished(false, path);
        return;
    }
    setExporting(true);
    const auto write = [this, path](fitflow::Result<std::vector<BookedSession>> sessions) {
        writeExport(path, std::move(sessions));
    };
    if (scope == ExportScope::Everything) {
        m_service->loadAllSessions(write);
        return;
    }
    const QTimeZone zone = m_model->timeZone();
    m_service->loadSessions(visibleRange().startUtc(zone), visibleRange().endUtc(zone), write);
}

// The sessions were read on the store thread; building the text and writing the file run on a
// worker thread, so a large "Export all" keeps the window responsive.
void CalendarPage::writeExport(const QString& path,
                               fitflow::Result<std::vector<BookedSession>> sessions)
{
    if (!sessions) {
        setExporting(false);
        showMessage(
            tr("Could not export the calendar to %1: %2")
                .arg(QDir::toNativeSeparators(path), ErrorText::forError(sessions.error())));
        emit exportFinished(false, path);
        return;
    }
    const int count = static_cast<int>(sessions->size());
    auto written = std::make_shared<fitflow::Status>();
    QThread* worker = QThread::create([written, path, sessions = std::move(*sessions)] {
        if (auto text = IcsExport::calendarText(sessions, QDateTime::currentDateTimeUtc()); !text) {
            *written = text.error();
        } else {
            *written = IcsExport::writeFile(path, *text);
        }
    });
    worker->setObjectName(QStringLiteral("calendarExportWorker"));
    // Unparented: the thread outlives a page closed meanwhile and deletes itself when done; the
    // page's handler is disconnected with the page.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, written, path, count] {
        setExporting(false);
        if (written->ok()) {
            showMessage(
                tr("Sessions exported to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(count));
        } else {
            showMessage(
                tr("Could not export the calendar to %1: %2")
                    .arg(QDir::toNativeSeparators(path), ErrorText::forError(written->error())));
        }
        emit exportFinished(written->ok(), path);
    });
    worker->start();
}

void CalendarPage::setExporting(bool running)
{
    m_exportProgress->setVisible(running);
    for (QAction* action : std::as_const(m_exportActions)) {
        action->setEnabled(!running);
    }
    if (running) {
        showMessage(tr("Exporting sessions…"));
    }
}

void CalendarPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

QAction* CalendarPage::actionFor(const QKeyCombination& key) const
{
    Qt::KeyboardModifiers modifiers = key.keyboardModifiers();
    modifiers.setFlag(Qt::KeypadModifier, false);
    const QKeySequence pressed(QKeyCombination(modifiers, key.key()));
    for (QAction* action : m_keyboardActions) {
        if (action->shortcut() == pressed) {
            return action;
        }
    }
    return nullptr;
}

// The window's page shortcuts (Ctrl+1..5) and other pages' actions share keys with the
// calendar's; while focus is inside this page, the calendar's meaning wins.
bool CalendarPage::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (QAction* action = actionFor(key->keyCombination()); action && action->isEnabled()) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::PaletteChange && m_model) {
        m_model->setPalette(palette());
    }
    return QWidget::event(event);
}

bool CalendarPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (QAction* action = actionFor(key->keyCombination()); action && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarPage::keyPressEvent(QKeyEvent* event)
{
    if (QAction* action = actionFor(event->keyCombination()); action && action->isEnabled()) {
        action->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace fitflow::desktop
