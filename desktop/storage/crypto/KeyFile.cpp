#include "desktop/storage/crypto/KeyFile.h"

#include <sodium.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fitflow::desktop {

namespace {

constexpr quint64 kMaxOpsLimit = 64;
constexpr quint64 kMaxMemLimitBytes = 1ull << 30; // 1 GiB
constexpr qsizetype kMaxKeyFileBytes = qsizetype{64} * 1024;
constexpr qsizetype kWrappedKeyBytes = 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES;

fitflow::Error corrupt(const std::string& why, const std::string& path = {})
{
    return makeError("key_file_corrupt", "key file: " + why, path);
}

// Decodes standard base64 and insists on the exact length we expect.
bool decodeBase64(const QJsonValue& value, qsizetype expectedSize, QByteArray& out)
{
    if (!value.isString()) {
        return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize) {
        return false;
    }
    out = decoded.decoded;
    return true;
}

bool readUnsigned(const QJsonValue& value, quint64& out)
{
    const qint64 integer = value.toInteger(-1);
    if (integer < 0) {
        return false;
    }
    out = static_cast<quint64>(integer);
    return true;
}

} // namespace

fitflow::Status KeyFile::validateKdf(const KdfSettings& kdf)
{
    if (kdf.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || kdf.opsLimit > kMaxOpsLimit) {
        return makeError("invalid_kdf_settings", "opslimit out of range", "kdf.opslimit");
    }
    if (kdf.memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN ||
        kdf.memLimitBytes > kMaxMemLimitBytes) {
        return makeError("invalid_kdf_settings", "memlimit out of range", "kdf.memlimit");
    }
    return {};
}

fitflow::Result<KeyFile> KeyFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError("io_error", "cannot read key file: " + file.errorString().toStdString());
    }
    if (file.size() > kMaxKeyFileBytes) {
        return corrupt("too large");
    }
    return parse(file.readAll());
}

fitflow::Result<KeyFile> KeyFile::parse(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return corrupt("not a JSON object");
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName)) {
        return corrupt("unknown format", "format");
    }

    KeyFile keyFile;
    keyFile.version = static_cast<int>(root.value(QLatin1String("version")).toInteger(-1));
    if (keyFile.version != kFormatVersion) {
        return corrupt("unsupported version", "version");
    }

    const QJsonObject kdf = root.value(QLatin1String("kdf")).toObject();
    if (kdf.value(QLatin1String("alg")).toString() != QLatin1String(kKdfAlgorithm)) {
        return corrupt("unsupported KDF", "kdf.alg");
    }
    if (!readUnsigned(kdf.value(QLatin1String("opslimit")), keyFile.kdf.opsLimit)) {
        return corrupt("bad opslimit", "kdf.opslimit");
    }
    if (!readUnsigned(kdf.value(QLatin1String("memlimit")), keyFile.kdf.memLimitBytes)) {
        return corrupt("bad memlimit", "kdf.memlimit");
    }
    if (const auto bounds = validateKdf(keyFile.kdf); !bounds) {
        return corrupt(bounds.error().message, bounds.error().path);
    }
    if (!decodeBase64(kdf.value(QLatin1String("salt")), crypto_pwhash_SALTBYTES, keyFile.salt)) {
        return corrupt("bad salt", "kdf.salt");
    }

    if (root.value(QLatin1String("cipher")).toString() != QLatin1String(kCipher)) {
        return corrupt("unsupported cipher", "cipher");
    }
    if (!decodeBase64(root.value(QLatin1String("nonce")),
                      crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, keyFile.nonce)) {
        return corrupt("bad nonce", "nonce");
    }
    if (!decodeBase64(root.value(QLatin1String("wrapped_key")), kWrappedKeyBytes,
                      keyFile.wrappedKey)) {
        return corrupt("bad wrapped key", "wrapped_key");
    }
    return keyFile;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject kdfObject{
        {QStringLiteral("alg"), QLatin1String(kKdfAlgorithm)},
        {QStringLiteral("opslimit"), static_cast<qint64>(kdf.opsLimit)},
        {QStringLiteral("memlimit"), static_cast<qint64>(kdf.memLimitBytes)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("version"), version},
        {QStringLiteral("kdf"), kdfObject},
        {QStringLiteral("cipher"), QLatin1String(kCipher)},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("wrapped_key"), QString::fromLatin1(wrappedKey.toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyFile::associatedData() const
{
    QByteArray data;
    data += kFormatName;
    data += "\nversion=" + QByteArray::number(version);
    data += "\nkdf=" + QByteArray(kKdfAlgorithm);
    data += "\nopslimit=" + QByteArray::number(kdf.opsLimit);
    data += "\nmemlimit=" + QByteArray::number(kdf.memLimitBytes);
    data += "\nsalt=" + salt.toBase64();
    data += "\ncipher=" + QByteArray(kCipher);
    return data;
}

fitflow::Status KeyFile::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError("io_error", "cannot write key file: " + file.errorString().toStdString());
    }
    // QSaveFile creates the temporary file with the umask's permissions; restrict it before
    // anything is written so the key file is never readable by others, even briefly.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError("io_error", "cannot restrict key file permissions");
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        return makeError("io_error", "cannot write key file: " + file.errorString().toStdString());
    }
    return {};
}

} // namespace fitflow::desktop
