#include "desktop/core/calendar/IcsExport.h"

#include "desktop/core/calendar/ConflictWarnings.h"
#include "shared/ical/CalendarExporter.h"

#include <QSaveFile>

namespace fitflow::desktop {

namespace {

ical::CalendarSession calendarSession(const BookedSession& row)
{
    ical::CalendarSession entry;
    entry.session.id = row.id.toStdString();
    entry.session.orgId = row.orgId.toStdString();
    entry.session.trainerId = row.trainerId.toStdString();
    entry.session.locationId = row.locationId.toStdString();
    entry.session.timeZone = row.timeZone.toStdString();
    entry.session.time = {toSysSeconds(row.start), toSysSeconds(row.end)};
    entry.session.status = scheduling::parseStatus(row.status.toStdString())
                               .value_or(scheduling::SessionStatus::Scheduled);
    entry.text.title = IcsExport::tr("Personal training").toStdString();
    entry.text.locationText =
        (row.locationName.isEmpty() ? row.orgName
                                    : IcsExport::tr("%1, %2").arg(row.orgName, row.locationName))
            .toStdString();
    if (!row.clientName.isEmpty()) {
        entry.text.clientNames.push_back(row.clientName.toStdString());
    }
    return entry;
}

} // namespace

fitflow::Result<std::string> IcsExport::calendarText(const std::vector<BookedSession>& sessions,
                                                     const QDateTime& generatedAt)
{
    ical::CalendarExportRequest request;
    request.generatedAt = toSysSeconds(generatedAt);
    request.calendarName = tr("FitFlow sessions").toStdString();
    request.sessions.reserve(sessions.size());
    for (const BookedSession& row : sessions) {
        request.sessions.push_back(calendarSession(row));
    }
    return ical::exportCalendar(request);
}

fitflow::Status IcsExport::writeFile(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError("io_error", file.errorString().toStdString(), path.toStdString());
    }
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit()) {
        return makeError("io_error", file.errorString().toStdString(), path.toStdString());
    }
    return {};
}

} // namespace fitflow::desktop
