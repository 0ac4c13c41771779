#include "desktop/ui/calendar/BookingFlow.h"

#include "desktop/core/ErrorText.h"
#include "desktop/ui/calendar/SeriesScopeDialog.h"
#include "desktop/ui/calendar/SessionDialog.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace fitflow::desktop {

BookingFlow::BookingFlow(CalendarService& service, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_dialogParent(dialogParent)
{
}

void BookingFlow::bookAt(const QDateTime& start, const QString& locationId)
{
    m_editedSeriesId.clear();
    openDialog([this, start, locationId](SessionDialog& dialog) {
        dialog.startNew(start, m_preferences.sessionLength, locationId);
    });
}

void BookingFlow::edit(const BookedSession& session)
{
    if (!m_dialog) {
        m_editedSeriesId = session.seriesId;
    }
    openDialog([session](SessionDialog& dialog) { dialog.startEdit(session); });
}

void BookingFlow::openDialog(const std::function<void(SessionDialog&)>& prepare)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_service.loadBookingChoices([this, prepare](fitflow::Result<BookingChoices> choices) {
        if (!choices) {
            emit failed(ErrorText::forError(choices.error()));
            return;
        }
        if (choices->locations.empty() || choices->clients.empty()) {
            emit failed(tr("Booking needs at least one client and one location: sync with the "
                           "server or add a client first."));
            return;
        }
        if (m_dialog) {
            return;
        }
        m_dialog = new SessionDialog(*choices, m_zone, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        prepare(*m_dialog);
        connect(m_dialog, &SessionDialog::draftChanged, this, &BookingFlow::checkDialogConflicts);
        connect(m_dialog, &SessionDialog::packagesWanted, this, &BookingFlow::loadPackages);
        loadPackages(m_dialog->draft().clientId);
        connect(m_dialog, &QDialog::accepted, this, &BookingFlow::saveDialog);
        m_dialog->open();
        checkDialogConflicts();
    });
}

fitflow::Result<std::vector<SessionDraft>> BookingFlow::dialogDrafts() const
{
    const SessionDraft draft = m_dialog->draft();
    if (!m_dialog->isNewBooking() || m_dialog->repeat() == RepeatKind::None) {
        return std::vector<SessionDraft>{draft};
    }
    auto times =
        SeriesPlan::expand(SeriesPlan::ruleText(m_dialog->repeat(), m_dialog->repeatCount()),
                           draft.start, m_dialog->length(), draft.timeZone);
    if (!times) {
        return times.error();
    }
    std::vector<SessionDraft> drafts;
    for (const scheduling::TimeInterval& time : *times) {
        SessionDraft occurrence = draft;
        occurrence.start = fromSysSeconds(time.start);
        occurrence.end = fromSysSeconds(time.end);
        drafts.push_back(occurrence);
    }
    return drafts;
}

QStringList BookingFlow::describe(const std::vector<ConflictWarning>& warnings) const
{
    QStringList lines;
    for (const ConflictWarning& warning : warnings) {
        lines << ConflictWarnings::describe(warning, m_zone, m_preferences.travelBuffer);
    }
    return lines;
}

void BookingFlow::loadPackages(const QString& clientId)
{
    if (clientId.isEmpty()) {
        return;
    }
    m_service.loadPackageChoices(
        clientId, m_preferences.cancellation.lateWindow,
        [this, clientId](fitflow::Result<std::vector<PackageChoice>> choices) {
            if (!m_dialog) {
                return;
            }
            if (!choices) {
                m_dialog->showProblem(ErrorText::forError(choices.error()));
                return;
            }
            m_dialog->setPackageChoices(clientId, *choices);
        });
}

void BookingFlow::checkDialogConflicts()
{
    if (!m_dialog) {
        return;
    }
    auto drafts = dialogDrafts();
    if (!drafts) {
        m_dialog->showProblem(ErrorText::forError(drafts.error()));
        return;
    }
    m_dialog->showProblem({});
    m_dialog->setCheckingConflicts(true);
    const int generation = ++m_checkGeneration;
    m_service.findConflicts(
        std::move(*drafts), m_preferences.travelBuffer,
        [this, generation](fitflow::Result<std::vector<ConflictWarning>> warnings) {
            // Only the answer to the latest draft counts.
            if (!m_dialog || generation != m_checkGeneration) {
                return;
            }
            if (!warnings) {
                m_dialog->setCheckingConflicts(false);
                m_dialog->showProblem(ErrorText::forError(warnings.error()));
                return;
            }
            m_dialog->showConflicts(describe(*warnings));
        });
}

void BookingFlow::saveDialog()
{
    if (!m_dialog) {
        return;
    }
    auto drafts = dialogDrafts();
    if (!drafts) {
        emit failed(ErrorText::forError(drafts.error()));
        return;
    }
    const SessionDraft first = drafts->front();
    if (!m_dialog->isNewBooking()) {
        writeChange(first, m_editedSeriesId, tr("Session changed."));
        return;
    }
    if (m_dialog->repeat() != RepeatKind::None) {
        m_service.createSeries(
            first, SeriesPlan::ruleText(m_dialog->repeat(), m_dialog->repeatCount()),
            [this](fitflow::Result<int> booked) {
                if (booked) {
                    emit saved(tr("Recurring sessions booked: %1.").arg(*booked));
                } else {
                    emit failed(ErrorText::forError(booked.error()));
                }
            });
        return;
    }
    std::vector<scheduling::TimeInterval> times;
    for (const SessionDraft& draft : *drafts) {
        times.push_back({toSysSeconds(draft.start), toSysSeconds(draft.end)});
    }
    m_service.createSessions(first, std::move(times), [this](fitflow::Result<int> booked) {
        if (booked) {
            emit saved(tr("Sessions booked: %1.").arg(*booked));
        } else {
            emit failed(ErrorText::forError(booked.error()));
        }
    });
}

void BookingFlow::reschedule(const BookedSession& session, const QDateTime& start,
                             const QDateTime& end)
{
    // A drag changes only the time: the package stays (packageChosen is false).
    SessionDraft draft;
    draft.id = session.id;
    draft.orgId = session.orgId;
    draft.clientId = session.clientId;
    draft.locationId = session.locationId;
    draft.timeZone = session.timeZone;
    draft.start = start;
    draft.end = end;
    const QString seriesId = session.seriesId;
    m_service.findConflicts(
        {draft}, m_preferences.travelBuffer,
        [this, draft, seriesId](fitflow::Result<std::vector<ConflictWarning>> warnings) {
            if (!warnings) {
                emit failed(ErrorText::forError(warnings.error()));
                return;
            }
            if (warnings->empty()) {
                writeChange(draft, seriesId, tr("Session moved."));
                return;
            }
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Conflicting move"),
                                        tr("Moving this session conflicts:\n%1\n\nMove it anyway?")
                                            .arg(describe(*warnings).join(QLatin1Char('\n'))),
                                        QMessageBox::Yes | QMessageBox::No, m_dialogParent);
            box->setObjectName(QStringLiteral("rescheduleConflictBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::buttonClicked, this,
                    [this, box, draft, seriesId](QAbstractButton* button) {
                        if (box->standardButton(button) == QMessageBox::Yes) {
                            writeChange(draft, seriesId, tr("Session moved."));
                        } else {
                            emit saved(tr("The session was not moved."));
                        }
                    });
            box->open();
        });
}

void BookingFlow::writeChange(const SessionDraft& draft, const QString& seriesId,
                              const QString& done)
{
    const auto report = [this, done](fitflow::Status status) {
        if (status) {
            emit saved(done);
        } else {
            emit failed(ErrorText::forError(status.error()));
        }
    };
    if (seriesId.isEmpty()) {
        m_service.updateSession(draft, report);
        return;
    }
    SeriesScopeDialog::ask(
        SeriesScopeDialog::Action::Change, m_dialogParent,
        [this, draft, report](SeriesScope scope) { m_service.editInSeries(draft, scope, report); });
}

void BookingFlow::remove(const BookedSession& session)
{
    const auto report = [this](fitflow::Status status) {
        if (status) {
            emit saved(tr("Session deleted."));
        } else {
            emit failed(ErrorText::forError(status.error()));
        }
    };
    if (!session.seriesId.isEmpty()) {
        SeriesScopeDialog::ask(SeriesScopeDialog::Action::Delete, m_dialogParent,
                               [this, id = session.id, report](SeriesScope scope) {
                                   m_service.removeSession(id, scope, report);
                               });
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Delete session"),
        tr("Delete the session with %1 at %2?").arg(session.clientName, session.locationName),
        QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setObjectName(QStringLiteral("deleteSessionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, id = session.id, report](QAbstractButton* button) {
                if (box->standardButton(button) == QMessageBox::Yes) {
                    m_service.removeSession(id, std::nullopt, report);
                }
            });
    box->open();
}

} // namespace fitflow::desktop
