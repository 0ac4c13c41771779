#pragma once
// Where the sync server is and which extra CA certificate to trust for it. A plain value, so the
// composition root decides where it comes from (settings or environment) and sync code does not.

#include <QString>
#include <QUrl>

namespace fitflow::desktop {

struct ServerEndpoint {
    QUrl baseUrl;              // e.g. https://127.0.0.1:8443; empty when not configured
    QString caCertificatePath; // PEM file added to the trusted CAs; empty for system CAs only

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
};

} // namespace fitflow::desktop
