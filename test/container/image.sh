#!/usr/bin/env bash
# Builds the Dockerfile and runs the image with container-check (podman, no
# Docker engine needed): the health probe and the image's HEALTHCHECK must
# pass, a real 4,096-logit softmax (over the inline threshold, so a pool
# worker computes it) must match the reference, and SIGTERM must stop the
# container with exit code 0.
set -euo pipefail
source "$(dirname "$0")/common.sh"

reference=${PROBITY_REFERENCE_DIR:-$root/../shared/reference}/softmax.json
case_id=softmax-long-4096
# Set here, not left to the default, so the body is sure to go to the pool.
threshold=16384
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node "$root/test/container/softmax-case.mjs" body "$reference" "$case_id" >"$work/body.json"
[ "$(stat -c %s "$work/body.json")" -gt "$threshold" ] || fail "the body would not reach the pool"

say "building and running the image (about 2 minutes the first time)"
if ! "$container_check" --host-port "$(free_port)" -e "INLINE_THRESHOLD_BYTES=$threshold" \
  --post /softmax --body "@$work/body.json" "$root" >"$work/out" 2>"$work/log"; then
  cat "$work/log" >&2
  # The answer's body, which says why a request was refused.
  grep -v '^  | ' "$work/out" | grep . | tail -n 1 | head -c 2000 >&2 || true
  fail "container-check failed"
fi
grep '^\[container-check\]' "$work/log" >&2

# stdout is the build output (indented) followed by the POST's answer.
grep -v '^  | ' "$work/out" | grep . | tail -n 1 >"$work/answer.json"
node "$root/test/container/softmax-case.mjs" check "$reference" "$case_id" <"$work/answer.json"

grep -q 'stopped in .* with exit code 0$' "$work/log" || fail "SIGTERM did not stop the app cleanly"
say "OK: the image builds, answers from a worker, and stops cleanly on SIGTERM"
