#!/usr/bin/env bash
# `make up` / `make down`: the root Pulumi.yaml dev stack against a local emulator, with a local state backend.
# The emulator keeps its state in .dev/emulator.json so `make down` after `make up` sees the same objects.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dev=$root/.dev
mkdir -p "$dev/state"
export PULUMI_BACKEND_URL="file://$dev/state"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-}"
export ALIBABA_CLOUD_ACCESS_KEY_ID=emulator ALIBABA_CLOUD_ACCESS_KEY_SECRET=emulator

start_emulator() {
  if [[ -f $dev/emulator.pid ]] && kill -0 "$(cat "$dev/emulator.pid")" 2>/dev/null; then
    return
  fi
  coproc EMU { exec "$root/bin/alicloud-live-emulator" --state-file "$dev/emulator.json" 2>"$dev/emulator.log"; }
  read -r url <&"${EMU[0]}"
  echo "$EMU_PID" > "$dev/emulator.pid"
  echo "$url" > "$dev/emulator.url"
  echo "emulator listening at $url (log: .dev/emulator.log)"
}

stop_emulator() {
  if [[ -f $dev/emulator.pid ]]; then
    kill "$(cat "$dev/emulator.pid")" 2>/dev/null || true
    rm -f "$dev/emulator.pid"
  fi
}

start_emulator
export ALICLOUD_LIVE_ENDPOINT ALICLOUD_ICE_ENDPOINT
ALICLOUD_LIVE_ENDPOINT=$(cat "$dev/emulator.url")
ALICLOUD_ICE_ENDPOINT=$ALICLOUD_LIVE_ENDPOINT
pulumi stack select dev --create --non-interactive >/dev/null
# The ingest window is set once, so later runs plan against the same times.
if ! pulumi config get startTime >/dev/null 2>&1; then
  pulumi config set startTime "$(date -u -d '+10 minutes' +%Y-%m-%dT%H:%M:%SZ)"
  pulumi config set endTime "$(date -u -d '+2 days' +%Y-%m-%dT%H:%M:%SZ)"
fi
case "${1:-up}" in
  up)
    pulumi up --yes --non-interactive
    echo "the emulator keeps running for inspection: curl $ALICLOUD_LIVE_ENDPOINT/_emulator/resources; make down to destroy and stop it"
    ;;
  down)
    pulumi destroy --yes --non-interactive
    stop_emulator
    ;;
esac
