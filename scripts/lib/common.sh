# Shared helpers for run.sh and test.sh: messages, privilege, free ports. Sourced, not run.

ff_say()  { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
ff_warn() { printf 'warning: %s\n' "$*" >&2; }
ff_die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
ff_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        ff_die "need root for: $* (run as root or install sudo)"
    fi
}

# Prints a free TCP port on 127.0.0.1.
ff_free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# True when something listens on 127.0.0.1:$1.
ff_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Random secret suitable for a password (hex, no shell or URI metacharacters).
ff_random_secret() {
    openssl rand -hex 24
}

# Fails early with a clear message when the disk is nearly full.
ff_check_disk() {
    local dir=$1 need_mb=$2 avail_mb
    avail_mb=$(df -Pm "$dir" | awk 'NR==2 {print $4}')
    if [ -n "$avail_mb" ] && [ "$avail_mb" -lt "$need_mb" ]; then
        ff_die "only ${avail_mb} MiB free on $(df -P "$dir" | awk 'NR==2 {print $6}'); need about ${need_mb} MiB"
    fi
}
