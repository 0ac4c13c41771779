#include "desktop/core/StoreEvents.h"

namespace fitflow::desktop {

StoreEvents::StoreEvents(QObject* parent)
    : QObject(parent)
{
}

void StoreEvents::notifyChanged(const QString& entity)
{
    emit changed(entity.isEmpty() ? QString(kAllEntities) : entity);
}

void StoreEvents::notifyAllChanged()
{
    emit changed(QString(kAllEntities));
}

bool StoreEvents::concerns(const QString& entity, const QString& wanted)
{
    return entity == kAllEntities || entity == wanted;
}

} // namespace fitflow::desktop
