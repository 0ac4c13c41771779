# Local certificate authority and server certificate for 127.0.0.1/localhost. Sourced.
# ECDSA P-256 keys; the CA key never leaves DIR and every key file is 0600.

# ff_tls_ensure DIR : creates DIR/ca.pem, DIR/ca.key, DIR/server.pem, DIR/server.key once.
ff_tls_ensure() {
    local dir=$1
    if [ -s "$dir/ca.pem" ] && [ -s "$dir/server.pem" ] && [ -s "$dir/server.key" ]; then
        if openssl x509 -in "$dir/server.pem" -noout -checkend 86400 >/dev/null 2>&1; then
            return 0
        fi
        ff_say "Server certificate expires within a day; issuing a new one"
    fi
    ff_say "Creating a local CA and a server certificate in $dir"
    mkdir -p "$dir"
    (
        umask 077
        cd "$dir" || exit 1
        [ -s ca.key ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key 2>/dev/null
        [ -s ca.pem ] || openssl req -x509 -new -key ca.key -sha256 -days 3650 \
            -subj "/O=FitFlow local development/CN=FitFlow Local CA" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem 2>/dev/null
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server.key 2>/dev/null
        openssl req -new -key server.key -subj "/O=FitFlow local development/CN=127.0.0.1" \
            -out server.csr 2>/dev/null
        printf '%s\n' \
            "basicConstraints=critical,CA:FALSE" \
            "keyUsage=critical,digitalSignature" \
            "extendedKeyUsage=serverAuth" \
            "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost" > server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 \
            -days 397 -extfile server.ext -out server.pem 2>/dev/null
        rm -f server.csr server.ext ca.srl
        chmod 644 ca.pem server.pem
    ) || ff_die "could not create TLS certificates in $dir"
}
