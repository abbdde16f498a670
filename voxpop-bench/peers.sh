#!/usr/bin/env bash
# Peers side by side: measures voxpop against MALLET LDA, Carrot2 Lingo and STC and a BERTopic-style
# scikit-learn pipeline on the same inputs, on this machine, with the same limits, and writes the
# table of docs/peers.md (between its peers:begin and peers:end markers). See docs/peers.md.
#   voxpop-bench/peers.sh                    the full table: gen-10k, gen-50k, gen-1m, gen-3m and the
#                                            seven real sets of ../shared/data (hours)
#   voxpop-bench/peers.sh --quick            smoke run: gen-10k, tweet, agnews; 5-minute limit; no doc
#   voxpop-bench/peers.sh --sets gen-50k,kursk-appeals --tools voxpop,voxpop-k,mallet
#   voxpop-bench/peers.sh --help             every option (time limit, heap, memory, work folder)
# Needs a JDK 21+ (JAVA_HOME or PATH); the BERTopic-style peer needs Debian's python3-sklearn and
# uses umap-learn when installed (apt-get install python3-sklearn umap-learn). No network at run time.
# PEERS_COMMIT overrides the commit recorded in the table (for a copy of the tree without .git).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java=""
for c in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$c" ] && [ -x "$c" ] || continue
  v=$(java_major "$c")
  if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java="$c"; break; fi
done
if [ -z "$java" ]; then
  echo "peers: needs Java 21 or newer; set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME="${java%/bin/java}"

for a in "$@"; do
  if [ "$a" = "--help" ] || [ "$a" = "-h" ]; then
    sed -n '2,12s/^# \{0,1\}//p' "$0"
    cat <<'USAGE'
options: --quick | --sets a,b | --tools voxpop,voxpop-k,mallet,lingo,stc,bertopic | --time-limit MIN (20)
         --heap 6g | --rss-limit-gb 10 | --seed 42 | --threads 2 | --work DIR (/tmp/voxpop-peers)
         --data DIR (../shared/data) | --doc FILE (docs/peers.md) | --no-doc | --try-all
USAGE
    exit 0
  fi
done

echo "peers: building voxpop and the bench module..." >&2
./mvnw -q -B -Dmaven.test.skip=true -Dspotless.check.skip=true \
  package dependency:build-classpath -Dmdep.outputFile=target/peers.classpath -Dmdep.includeScope=runtime \
  -pl voxpop-cli,voxpop-bench -am >&2

commit="${PEERS_COMMIT:-}"
if [ -z "$commit" ] && git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  commit="$(git -C "$repo" rev-parse --short=12 HEAD)"
  if [ -n "$(git -C "$repo" status --porcelain -- voxpop-core voxpop-cli voxpop-generate pom.xml)" ]; then
    commit="$commit + uncommitted changes"
  fi
fi

export PEERS_REPO="$repo"
export PEERS_COMMIT="${commit:-unknown}"
export PEERS_VOXPOP_JAR="$repo/voxpop-cli/target/voxpop.jar"
export PEERS_CLASSPATH="$repo/voxpop-bench/target/classes:$(cat "$repo/voxpop-bench/target/peers.classpath")"
export PEERS_PYTHON="${PEERS_PYTHON:-/usr/bin/python3}"
export PEERS_SCRIPT="$repo/voxpop-bench/src/main/python/bertopic_style.py"
# the corpora are regenerated when the generator's sources change
export PEERS_GENERATOR="$(find "$repo/voxpop-generate/src/main" -type f | LC_ALL=C sort | xargs cat | sha1sum | cut -c1-12)"
exec "$java" -Xmx3g -XX:+UseParallelGC -cp "$PEERS_CLASSPATH" voxpop.bench.peers.PeersBench "$@"
