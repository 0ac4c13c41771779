#include "desktop/sync/NewRecordId.h"

#include "desktop/storage/UuidV7.h"
#include "shared/scheduling/AvailabilityRecordId.h"

#include <QCryptographicHash>

#include <algorithm>

namespace fitflow::desktop {

std::string newRecordId(const EntitySpec& entity, const std::string& orgId,
                        const nlohmann::json& fields)
{
    if (entity.name == "availability") {
        return availabilityRecordId(orgId, fields.value("trainer_id", std::string()),
                                    fields.value("location_id", std::string()));
    }
    return generateUuidV7().toStdString();
}

std::string availabilityRecordId(const std::string& orgId, const std::string& trainerId,
                                 const std::string& locationId)
{
    const std::string name = scheduling::availabilityIdName(orgId, trainerId, locationId);
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray::fromRawData(name.data(), static_cast<qsizetype>(name.size())),
        QCryptographicHash::Sha256);
    scheduling::Sha256Digest digest{};
    std::copy_n(reinterpret_cast<const std::uint8_t*>(hash.constData()), digest.size(),
                digest.begin());
    return scheduling::uuidV8FromDigest(digest);
}

} // namespace fitflow::desktop
