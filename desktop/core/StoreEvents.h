#pragma once
// The app-wide "the store's data changed" broadcast. Pages and models connect to changed() and
// reload what they show; whoever writes (a page's service after a LocalChanges write, the sync
// runner after a round) calls notifyChanged(). One instance, owned by the composition root and
// reached through DesktopContext. It lives on the GUI thread: call it from a runOnStore done().
//
// Entity names are the sync wire names ("client", "session", "note", "organization",
// "location", "invoice", ...); kAllEntities means "anything may have changed" (after a sync
// round, an unlock or a wipe), so every page reloads.

#include <QObject>
#include <QString>

namespace fitflow::desktop {

class StoreEvents : public QObject {
    Q_OBJECT

public:
    static inline const QLatin1String kAllEntities{"*"};

    explicit StoreEvents(QObject* parent = nullptr);

    // Emits changed(entity). An empty name is treated as kAllEntities.
    void notifyChanged(const QString& entity);
    void notifyAllChanged();

    // True when a changed(entity) signal concerns `wanted` (the same name, or kAllEntities).
    static bool concerns(const QString& entity, const QString& wanted);

signals:
    void changed(const QString& entity);
};

} // namespace fitflow::desktop
