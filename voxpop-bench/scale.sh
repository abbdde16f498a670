#!/usr/bin/env bash
# End-to-end scaling benchmark of `voxpop analyze`: generates corpora of the given sizes (once, cached
# in the work folder), analyses each with the launcher's JVM settings (-Xmx6g), and prints one
# Markdown table row per size: wall time, appeals/s, peak resident memory, themes, and the run's
# per-stage times from run.json. Usage:
#   voxpop-bench/scale.sh [WORKDIR] [SIZES...]        (default: /tmp/voxpop-scale 100000 1000000 3000000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/voxpop-scale}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 3000000)
mkdir -p "$work"
"$here/voxpop" --version >/dev/null   # builds the tool if needed
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| appeals | input MB | wall s | appeals/s | peak RSS MB | themes | read+prepare | terms | duplicates | themes | summary | write |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n.csv"
  [ -f "$corpus" ] || "$here/voxpop" generate --count "$n" --seed 42 -o "$corpus" --quiet >/dev/null
  out="$work/out-$n"
  rm -rf "$out"
  /usr/bin/time -f '%e %M' -o "$work/time-$n.txt" "$here/voxpop" analyze "$corpus" -o "$out" --seed 42 --quiet >/dev/null
  read -r wall rss < "$work/time-$n.txt"
  python3 - "$n" "$corpus" "$out" "$wall" "$rss" <<'PY'
import json, os, sys
n, corpus, out, wall, rss = sys.argv[1:]
run = json.load(open(os.path.join(out, "run.json")))
themes = json.load(open(os.path.join(out, "themes.json")))
st = run["stage_millis"]
s = lambda k: "%.1f" % (st.get(k, 0) / 1000)
mb = os.path.getsize(corpus) / 1e6
print("| {:,} | {:.0f} | {} | {:,.0f} | {:.0f} | {} | {} | {} | {} | {} | {} | {} |".format(
    int(n), mb, wall, int(n) / float(wall), int(rss) / 1024, len(themes.get("themes", [])),
    s("read_prepare"), s("terms"), s("duplicates"), s("themes"), s("summary"), s("write")))
PY
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
