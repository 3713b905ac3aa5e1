#!/usr/bin/env bash
# Brings docker-compose.yml up with podman-compose (two replicas behind
# nginx on 127.0.0.1), sends requests through the load balancer, checks that
# both replicas answered them, and always takes everything down again.
set -euo pipefail
source "$(dirname "$0")/common.sh"

project=probity-compose-check
requests=20
cd "$root"

# The stand-in base images for the Dockerfile and the compose file.
images=$({ awk 'toupper($1) == "FROM" { print $2 }' Dockerfile; \
  sed -n 's/^ *image: *\(nginx:.*\)$/\1/p' docker-compose.yml; } | sort -u)
# shellcheck disable=SC2086
"$container_check" --images-only $images
source /var/tmp/container-check/env.sh

compose() { podman-compose -p "$project" "$@"; }
work=$(mktemp -d)
teardown() {
  compose down -t 15 >/dev/null 2>&1 || true
  # podman-compose 1.0.3 leaves the network behind.
  podman network rm -f "${project}_default" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap teardown EXIT
teardown
work=$(mktemp -d)

PROBITY_PORT=$(free_port)
export PROBITY_PORT
base=http://127.0.0.1:$PROBITY_PORT

say "building and starting two replicas behind nginx on $base"
compose build >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; fail "build failed"; }
compose up -d >"$work/up.log" 2>&1 || { tail -n 30 "$work/up.log" >&2; fail "up failed"; }
say "built and started ($SECONDS s)"

# No systemd here, so podman does not run the health checks by itself: run
# each container's (the compose file's strings) until it passes.
containers=$(podman ps --filter "label=io.podman.compose.project=$project" --format '{{.Names}}')
[ "$(wc -w <<<"$containers")" -eq 3 ] || fail "expected 3 containers, found: $containers"
for container in $containers; do
  for _ in $(seq 1 60); do
    podman healthcheck run "$container" >/dev/null 2>&1 && continue 2
    sleep 1
  done
  compose logs >&2 || true
  fail "$container never became healthy"
done
say "healthy: $(xargs <<<"$containers") ($SECONDS s)"

for i in $(seq 1 "$requests"); do
  status=$(curl -s -D "$work/headers" -o "$work/body" -w '%{http_code}' -m 10 \
    -H 'content-type: application/json' -d "{\"logits\":[$i,0,-$i]}" "$base/softmax")
  [ "$status" = 200 ] || fail "request $i answered $status: $(head -c 300 "$work/body")"
  grep -q '"probabilities":\[' "$work/body" || fail "request $i: unexpected body $(cat "$work/body")"
  tr -d '\r' <"$work/headers" | sed -n 's/^x-probity-instance: //Ip' >>"$work/instances"
done

answered=$(sort -u "$work/instances" | wc -l)
say "$requests requests answered by: $(sort "$work/instances" | uniq -c | xargs)"
[ "$(wc -l <"$work/instances")" -eq "$requests" ] || fail "some answers had no instance header"
[ "$answered" -ge 2 ] || fail "only $answered replica answered through the load balancer"

curl -s -m 5 -o "$work/metrics" "$base/metrics"
grep -q '^probity_tasks_total{' "$work/metrics" || fail "no task counts in /metrics through nginx"
say "OK: $answered replicas answered $requests requests through nginx ($SECONDS s)"
