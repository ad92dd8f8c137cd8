#!/usr/bin/env bash
# Import and export through the app, as an account manager uses them: the demo multiplied (scale 9:
# about 35,000 companies) in a fresh data folder, the Release build, signed in as account1.
# Prints the export times of the company list (CSV, .xlsx) and of the companies' contacts, then the
# sample file's upload, preview and run (docs/samples/aziende-2020.csv), then the same file again;
# then, signed in as NIL's mediator, the people's sample (docs/samples/persone-nil-2020.csv) twice.
# Usage: bench/imports.sh [scale, default 9] [runs per export, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-9}
runs=${2:-3}
data=$(mktemp -d)
port=5188
base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/AeI.Crm.Web -c Release -v q -nologo >/dev/null
dotnet build src/AeI.Crm.Cli -c Release -v q -nologo >/dev/null
dotnet src/AeI.Crm.Cli/bin/Release/net10.0/aei-crm.dll demo-scale --data "$data" --scale "$scale"
Storage__DataFolder="$data" Demo__Enabled=true FollowUps__Schedule__Enabled=false Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production dotnet src/AeI.Crm.Web/bin/Release/net10.0/AeI.Crm.Web.dll >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 300); do curl -fs "$base/Account/Login" >/dev/null 2>&1 && break; sleep 1; done

jar="$data/cookies"
token() { curl -fs -c "$jar" -b "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() {
  jar="$data/cookies-$1"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Demo2020!" \
    --data-urlencode "__RequestVerificationToken=$(token /Account/Login)" "$base/Account/Login"
}
sign_in account1@demo.local
companies=$(curl -fs -b "$jar" "$base/Companies" | grep -o 'data-testid="company-total">[^<]*' | sed 's/.*>//')
echo "companies in the list: $companies"

printf '%-34s %8s %10s %10s\n' export rows "MB" "seconds"
for what in "aziende CSV|/Companies?handler=Export&format=csv" "aziende xlsx|/Companies?handler=Export&format=xlsx" \
            "referenti CSV|/Companies?handler=ExportContacts&format=csv" "attività xlsx|/Companies?handler=ExportActivities&format=xlsx"; do
  name=${what%%|*}; url=${what#*|}
  for _ in $(seq 1 "$runs"); do
    out=$(curl -fs -b "$jar" -o "$data/export" -w '%{size_download} %{time_total}' "$base$url")
    rows=$([ "${url##*format=}" = csv ] && echo $(( $(grep -c $'\r$' "$data/export") - 1 )) || echo "-")
    printf '%-34s %8s %10.1f %10.2f\n' "$name" "$rows" "$(echo "${out% *} / 1048576" | bc -l)" "${out#* }"
  done
done

# The file uploaded, previewed, confirmed and run to the end, twice; extra form fields after the file.
import_twice() {
  local kind=$1 sample=$2; shift 2
  for pass in first again; do
    start=$(date +%s.%N)
    run=$(curl -fs -o /dev/null -b "$jar" -c "$jar" -w '%{redirect_url}' -F "Kind=$kind" "$@" -F "__RequestVerificationToken=$(token /Imports)" \
      -F "file=@$sample;type=text/csv" "$base/Imports" | grep -o '[0-9]*$')
    uploaded=$(date +%s.%N)
    curl -fs -o "$data/preview.html" -b "$jar" "$base/Imports/Preview/$run"
    previewed=$(date +%s.%N)
    counts=$(for id in created merged skipped rejected; do grep -o "data-testid=\"count-$id\">[^<]*" "$data/preview.html" | sed 's/.*>//'; done | paste -sd/)
    curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "SameVat=Merge" --data-urlencode "SimilarName=Skip" \
      --data-urlencode "__RequestVerificationToken=$(token "/Imports/Preview/$run")" "$base/Imports/Preview/$run?handler=Confirm"
    confirmed=$(date +%s.%N)
    until curl -fs -b "$jar" "$base/Imports/Run/$run?handler=Progress" | grep -q '"finished":true'; do sleep 0.1; done
    done_at=$(date +%s.%N)
    result=$(curl -fs -b "$jar" "$base/Imports/Run/$run?handler=Progress")
    echo "import of $(basename "$sample") ($pass): upload $(echo "$uploaded - $start" | bc -l | xargs printf '%.2f') s, preview $(echo "$previewed - $uploaded" | bc -l | xargs printf '%.2f') s (new/merged/skipped/rejected $counts), run $(echo "$done_at - $confirmed" | bc -l | xargs printf '%.2f') s: $result"
  done
}

import_twice Companies docs/samples/aziende-2020.csv
sign_in mediatore.nil@demo.local
nil=$(curl -fs -b "$jar" "$base/Imports" | tr -d '\n' | grep -o '<select id="caseload"[^>]*>[[:space:]]*<option value="[0-9]*"' | grep -o '[0-9]*"$' | tr -d '"')
import_twice People docs/samples/persone-nil-2020.csv -F "CaseloadId=$nil"
echo "app peak memory: $(grep VmHWM /proc/$app/status | awk '{ printf "%.0f MB", $2 / 1024 }')"
