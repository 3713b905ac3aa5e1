# Sourced by the container checks: where things are, and small helpers.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# container-check lives in the shared folder beside the repository.
container_check=${CONTAINER_CHECK:-$root/../shared/tools/container-check}

say() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
  node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
    console.log(s.address().port); s.close(); });"
}
