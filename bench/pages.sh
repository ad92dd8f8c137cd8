#!/usr/bin/env bash
# Page throughput under the whole team's load: wrk (Debian package) at 50 connections against the
# signed-in home page and the pages account managers use most, in one run, on the Release build
# with the demo in a fresh data folder. Usage: bench/pages.sh [seconds per page, default 15] [scale, default 1]
# Prints requests/s, p50 and p99 per page and each page's share of the home page's requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
scale=${2:-1}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
data=$(mktemp -d)
port=5187
base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/AeI.Crm.Web -c Release -v q -nologo >/dev/null
if [ "$scale" != "1" ]; then
  dotnet run --project src/AeI.Crm.Cli -c Release -- demo-scale --data "$data" --scale "$scale"
fi
Storage__DataFolder="$data" Demo__Enabled=true FollowUps__Schedule__Enabled=false Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production dotnet src/AeI.Crm.Web/bin/Release/net10.0/AeI.Crm.Web.dll >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do curl -fs "$base/Account/Login" >/dev/null 2>&1 && break; sleep 1; done

jar="$data/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=account1@demo.local" --data-urlencode "Input.Password=Demo2020!" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
cookie=$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 } /^#HttpOnly_/ { sub("#HttpOnly_", "", $1); printf "%s=%s; ", $6, $7 }' "$jar")
company=$(curl -fs -H "Cookie: $cookie" "$base/Companies?Status=ActivePartner" | grep -o 'href="/Companies/Details/[0-9]*"' | head -1 | grep -o '[0-9]*')
[ -n "$company" ] || { echo "sign-in failed" >&2; exit 1; }

declare -a names=("home" "company list" "company list, filtered" "company list, name search" "company page" "global search")
declare -a urls=("/" "/Companies" "/Companies?Status=ActivePartner&Province=MI&NoContactMonths=6" "/Companies?Q=rossi" "/Companies/Details/$company" "/Search?q=rossi")
printf '%-28s %10s %9s %9s %8s\n' page "req/s" "p50 ms" "p99 ms" "vs home"
home=0
for i in "${!urls[@]}"; do
  # A short warm-up, then the measured run.
  wrk -t2 -c50 -d3s -H "Cookie: $cookie" "$base${urls[$i]}" >/dev/null
  out=$(wrk -t2 -c50 -d"${secs}s" --latency -H "Cookie: $cookie" "$base${urls[$i]}")
  if echo "$out" | grep -q "Non-2xx"; then echo "${names[$i]}: non-2xx answers" >&2; echo "$out" >&2; exit 1; fi
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /ms$/) { sub("ms", "", v); print v } else if (v ~ /us$/) { sub("us", "", v); print v / 1000 } else { sub("s", "", v); print v * 1000 } }'; }
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  [ "$i" = 0 ] && home=$rps
  share=$(awk -v r="$rps" -v h="$home" 'BEGIN { printf "%.0f%%", 100 * r / h }')
  printf '%-28s %10.0f %9.1f %9.1f %8s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$share"
done
