#!/usr/bin/env python3
"""A tiny HTTPS server for desktop tests: serves GET /healthz with the body given on the command
line, 404 elsewhere. Usage: tls_health_server.py CERT KEY PORT BODY (PORT 0 picks a free one).
Prints "LISTENING <port>" once it accepts connections."""
import http.server
import ssl
import sys


def main() -> None:
    cert, key, port, body = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server naming)
            found = self.path == "/healthz"
            payload = body if found else b'{"error":{"code":"not_found","message":"no route"}}'
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    http.server.ThreadingHTTPServer.allow_reuse_address = True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"LISTENING {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
