#include "desktop/sync/CurlTransport.h"

#include <curl/curl.h>

#include <charconv>
#include <memory>

namespace fitflow::desktop {

namespace {

constexpr const char* kSystemCaDirectory = "/etc/ssl/certs";

struct CurlListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

struct ReceivedResponse {
    std::string body;
    std::optional<std::chrono::seconds> retryAfter;
    bool tooLarge = false;
};

std::size_t collectBody(char* data, std::size_t size, std::size_t count, void* target)
{
    auto* response = static_cast<ReceivedResponse*>(target);
    const std::size_t bytes = size * count;
    if (response->body.size() + bytes > CurlTransport::kMaxResponseBytes) {
        response->tooLarge = true;
        return 0; // aborts the transfer
    }
    response->body.append(data, bytes);
    return bytes;
}

std::size_t collectHeader(char* data, std::size_t size, std::size_t count, void* target)
{
    auto* response = static_cast<ReceivedResponse*>(target);
    const std::string_view line(data, size * count);
    constexpr std::string_view kRetryAfter = "retry-after:";
    if (line.size() > kRetryAfter.size()) {
        std::string name(line.substr(0, kRetryAfter.size()));
        for (char& c : name) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (name == kRetryAfter) {
            std::string_view value = line.substr(kRetryAfter.size());
            while (!value.empty() && value.front() == ' ') {
                value.remove_prefix(1);
            }
            long seconds = 0;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), seconds);
            if (error == std::errc() && seconds >= 0) {
                response->retryAfter = std::chrono::seconds{seconds};
            }
        }
    }
    return size * count;
}

void ensureGlobalInit()
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    (void)initialised;
}

} // namespace

void CurlTransport::HandleDeleter::operator()(void* handle) const
{
    curl_easy_cleanup(static_cast<CURL*>(handle));
}

CurlTransport::CurlTransport(std::string caCertPath, ConnectionReuse reuse)
    : m_caCertPath(std::move(caCertPath))
    , m_reuse(reuse)
{
}

fitflow::Result<HttpResponse> CurlTransport::send(const HttpRequest& request)
{
    if (request.url.rfind("https://", 0) != 0) {
        return makeError("invalid_argument", "the server address must start with https://");
    }
    ensureGlobalInit();
    if (!m_handle) {
        m_handle.reset(curl_easy_init());
        if (!m_handle) {
            return makeError("network_error", "libcurl could not start a request");
        }
    }
    CURL* curl = static_cast<CURL*>(m_handle.get());
    // Every option is set again below; the reset keeps the connection, DNS and TLS session caches.
    curl_easy_reset(curl);
    ReceivedResponse received;
    std::unique_ptr<curl_slist, CurlListDeleter> headers;
    const auto addHeader = [&headers](const std::string& header) {
        headers.reset(curl_slist_append(headers.release(), header.c_str()));
    };
    addHeader("Accept: application/json");
    if (!request.bearerToken.empty()) {
        addHeader("Authorization: Bearer " + request.bearerToken);
    }

    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
    if (!m_caCertPath.empty()) {
        // CAINFO replaces the default bundle; the system directory keeps public CAs trusted.
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_caCertPath.c_str());
        curl_easy_setopt(curl, CURLOPT_CAPATH, kSystemCaDirectory);
    }
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (m_reuse == ConnectionReuse::PerRequest && !request.continuesRun) {
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, kRequestTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collectBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &received);
    if (request.method == "POST" || request.method == "PATCH") {
        addHeader("Content-Type: application/json");
        // No "Expect: 100-continue" for large bodies: one round trip less, and the fault proxy
        // of the sync tests would take the interim 100 answer for the response.
        addHeader("Expect:");
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.jsonBody.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.jsonBody.size()));
        if (request.method == "PATCH") {
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PATCH"); // a POST body, another verb
        }
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());

    const CURLcode code = curl_easy_perform(curl);
    if (received.tooLarge) {
        return makeError("network_error", "the server's answer is larger than allowed");
    }
    // Not CURLE_SSL_CONNECT_ERROR: libcurl also reports a connection reset during the handshake
    // that way, and that is a network failure worth retrying, not a verification failure.
    if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE ||
        code == CURLE_SSL_CERTPROBLEM) {
        return makeError("tls_error",
                         std::string("TLS verification failed: ") + curl_easy_strerror(code));
    }
    if (code != CURLE_OK) {
        return makeError("network_error",
                         std::string("cannot reach the server: ") + curl_easy_strerror(code));
    }
    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.body = std::move(received.body);
    response.retryAfter = received.retryAfter;
    return response;
}

} // namespace fitflow::desktop
