#pragma once
// Calendar ▸ Availability…: the trainer's weekly hours and dated exceptions at one location
// (times in the location's zone). Mistakes (end before start, overlaps) show inline and keep
// Save off; nothing is written until the lists are valid. Saves through AvailabilityService
// (LocalChanges on the store thread).

#include "desktop/storage/calendar/BookedSession.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fitflow::desktop {

class AvailabilityExceptionsModel;
class AvailabilityRulesModel;
class AvailabilityService;

class AvailabilityDialog : public QDialog {
    Q_OBJECT

public:
    AvailabilityDialog(AvailabilityService& service, QWidget* parent = nullptr);
    // Stops listening to the models first: a cell editor still open when the dialog closes
    // commits into them while the dialog's children are destroyed.
    ~AvailabilityDialog() override;

    void setLocations(std::vector<BookableLocation> locations);
    AvailabilityRulesModel& rulesModel() const { return *m_rules; }
    AvailabilityExceptionsModel& exceptionsModel() const { return *m_exceptions; }

private:
    void showLocation();
    void refreshProblem();
    void save();
    const BookableLocation* currentLocation() const;

    AvailabilityService& m_service;
    std::vector<BookableLocation> m_locations;
    AvailabilityRulesModel* m_rules = nullptr;
    AvailabilityExceptionsModel* m_exceptions = nullptr;
    QComboBox* m_location = nullptr;
    QTableView* m_rulesView = nullptr;
    QTableView* m_exceptionsView = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace fitflow::desktop
