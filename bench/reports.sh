#!/usr/bin/env bash
# Server time of the coordinators' numbers at 10x the demo: the funnel pages (Numeri with each
# breakdown, Bilancio sociale), OData $apply group-bys over all activities, and the Bilancio sociale
# JSON. Release build, the demo multiplied in a fresh data folder, signed in as the coordinator (the
# feed with a personal access token). One warm-up pass over every URL (the JIT compiles the shared
# code to its optimised tier), then per URL 5 warm-up requests and N sequential requests;
# curl's time to first byte and total time on loopback, p50 and p95 in ms.
# Usage: bench/reports.sh [requests per URL, default 30] [scale, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
scale=${2:-10}
data=$(mktemp -d)
port=5188
base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/AeI.Crm.Web -c Release -v q -nologo >/dev/null
if [ "$scale" != "1" ]; then
  dotnet run --project src/AeI.Crm.Cli -c Release -- demo-scale --data "$data" --scale "$scale"
fi
Storage__DataFolder="$data" Demo__Enabled=true FollowUps__Schedule__Enabled=false Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production dotnet src/AeI.Crm.Web/bin/Release/net10.0/AeI.Crm.Web.dll >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do curl -fs "$base/Account/Login" >/dev/null 2>&1 && break; sleep 1; done

jar="$data/cookies"
antiforgery() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
af=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | antiforgery)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=coordinatore@demo.local" --data-urlencode "Input.Password=Demo2020!" \
  --data-urlencode "__RequestVerificationToken=$af" "$base/Account/Login"
af=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Profile" | antiforgery)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "TokenName=bench" --data-urlencode "TokenDays=30" \
  --data-urlencode "__RequestVerificationToken=$af" "$base/Account/Profile?handler=CreateToken"
token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Profile" | grep -o 'value="aei_[0-9a-zA-Z_-]*"' | head -1 | sed 's/value="//;s/"$//')
[ -n "$token" ] || { echo "sign-in or token creation failed" >&2; exit 1; }

# The app builds the matcher's index of the active people after start-up: measure once it is idle
# (less than 0.1 s of CPU in 2 s), so the first URL does not share the cores with that build.
cpu() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
for _ in $(seq 1 120); do
  before=$(cpu); sleep 2; after=$(cpu)
  [ $((after - before)) -lt 10 ] && break
done

count() { curl -fs -H "Authorization: Bearer $token" "$base/odata/$1/\$count"; }
echo "data: $(count Companies) companies, $(count Activities) activities, $(count Candidates) people, $(count Placements) placements, $(count Vacancies) positions"

declare -a names=(
  "Numeri 2020 (by month)" "Numeri 2020 by account manager" "Numeri 2020 by ATECO section" "Numeri 2020 by province"
  "Bilancio sociale 2020 page" "Bilancio sociale 2020 JSON"
  "OData activities by year, month, type" "OData activities: companies contacted 2020"
  "OData placements by caseload, contract")
declare -a urls=(
  "/Reports?Year=2020" "/Reports?Year=2020&By=am" "/Reports?Year=2020&By=ateco" "/Reports?Year=2020&By=province"
  "/Reports/SocialReport?Year=2020" "/api/reports/social-report/2020"
  "/odata/Activities?\$apply=groupby((Year,Month,Type),aggregate(\$count%20as%20N))"
  "/odata/Activities?\$apply=filter(Year%20eq%202020)/aggregate(CompanyId%20with%20countdistinct%20as%20Contacted)"
  "/odata/Placements?\$apply=groupby((CaseloadId,HiredContract),aggregate(\$count%20as%20N))")

for i in "${!urls[@]}"; do
  auth=(-b "$jar")
  case "${urls[$i]}" in /odata/*) auth=(-H "Authorization: Bearer $token") ;; esac
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null "${auth[@]}" "$base${urls[$i]}"; done
done

printf '%-44s %8s %8s %8s %8s %9s\n' "url" "ttfb50" "ttfb95" "total50" "total95" "bytes"
for i in "${!urls[@]}"; do
  auth=(-b "$jar")
  case "${urls[$i]}" in /odata/*) auth=(-H "Authorization: Bearer $token") ;; esac
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null "${auth[@]}" "$base${urls[$i]}"; done
  times=$(for _ in $(seq 1 "$runs"); do
    curl -fs -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}\n' "${auth[@]}" "$base${urls[$i]}"
  done)
  pct() { echo "$times" | awk -v c="$1" '{ print $c * 1000 }' | sort -n | awk -v p="$2" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] }'; }
  bytes=$(echo "$times" | tail -1 | awk '{ print $3 }')
  printf '%-44s %8s %8s %8s %8s %9s\n' "${names[$i]}" "$(pct 1 50)" "$(pct 1 95)" "$(pct 2 50)" "$(pct 2 95)" "$bytes"
done
