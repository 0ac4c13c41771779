#pragma once
// Where a save dialog first proposes to put an exported file (invoice PDF, calendar .ics,
// financial CSV): the user's Documents folder, or the home folder when there is none. Never a
// bare file name, which would land in the working directory (the repository root under run.sh).

#include <QString>

namespace fitflow::desktop {

// `fileName` in the Documents folder (QStandardPaths::DocumentsLocation) if that folder exists,
// otherwise in the home folder.
QString defaultSavePath(const QString& fileName);

} // namespace fitflow::desktop
