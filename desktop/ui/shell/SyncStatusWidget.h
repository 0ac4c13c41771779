#pragma once
// The sync corner of the status bar: when the last round succeeded, what is pending, and a
// button listing rejected changes and note conflicts; choosing one asks to open that record.

#include <QWidget>

class QLabel;
class QToolButton;

namespace fitflow::desktop {

class SyncRunner;

class SyncStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncRunner& sync, QWidget* parent = nullptr);

signals:
    // entity is the sync wire name ("client", "session", "note", ...).
    void openRequested(const QString& entity, const QString& entityId);

private:
    void refresh();

    SyncRunner& m_sync;
    QLabel* m_summaryLabel = nullptr;
    QToolButton* m_attentionButton = nullptr;
};

} // namespace fitflow::desktop
