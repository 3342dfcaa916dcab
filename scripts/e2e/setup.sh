# Shared setup of the end-to-end scripts (scripts/e2e.sh,
# scripts/e2e_crash.sh), sourced from the repository root with `set -euo
# pipefail` on. Installs what is missing, idempotently, and sets:
#   JAVA       a java of version 17 or newer (the broker's runtime)
#   KAFKA_DIR  Apache Kafka (the jars of scripts/e2e/kafka/pom.xml in
#              $KAFKA_DIR/libs), copied from Maven Central once into
#              ${XDG_CACHE_HOME:-~/.cache}/perimeter/kafka-VERSION
#              (PERIMETER_E2E_KAFKA overrides), again only when the pom changes
#   VENV       the virtualenv with scripts/e2e/requirements.txt
#   PERIMETER  the perimeter binary, built for PERIMETER_E2E_PROFILE
#              (debug by default; found through `cargo metadata`, so
#              CARGO_TARGET_DIR is honoured; `none`: nothing built, unset)
# and the function have_root_apt.

have_root_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# --- Java 17+ and Apache Kafka (Maven Central) ------------------------------
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'; }

find_java() {
    local candidate major
    for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "${major%%.*}" -ge 17 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! JAVA=$(find_java); then
    if have_root_apt; then
        echo "== installing a Java runtime (Debian openjdk-17-jre-headless) for the Kafka broker"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
        JAVA=$(find_java) || { echo "no java 17 or newer after installing openjdk-17-jre-headless" >&2; exit 1; }
    else
        echo "Java 17 or newer is required for the Kafka broker (Debian: apt-get install openjdk-17-jre-headless)" >&2
        exit 1
    fi
fi

KAFKA_POM=scripts/e2e/kafka/pom.xml
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM")
KAFKA_DIR=${PERIMETER_E2E_KAFKA:-${XDG_CACHE_HOME:-$HOME/.cache}/perimeter/kafka-$KAFKA_VERSION}
KAFKA_STAMP=$(sha256sum "$KAFKA_POM" | cut -d' ' -f1)
if [ -d "$KAFKA_DIR" ] && [ ! -e "$KAFKA_DIR/.perimeter-kafka-stamp" ]; then
    # Not installed by this script: an Apache Kafka distribution of the
    # user's (PERIMETER_E2E_KAFKA=/opt/kafka), used as it is, never replaced.
    if ! compgen -G "$KAFKA_DIR/libs/kafka_2.13-*.jar" >/dev/null; then
        echo "$KAFKA_DIR holds no libs/kafka_2.13-*.jar and was not installed by this script: not touching it" >&2
        exit 1
    fi
    echo "== using the Apache Kafka in $KAFKA_DIR"
elif [ "$(cat "$KAFKA_DIR/.perimeter-kafka-stamp" 2>/dev/null)" != "$KAFKA_STAMP" ]; then
    if ! command -v mvn >/dev/null 2>&1; then
        if have_root_apt; then
            echo "== installing Maven (Debian) to fetch Apache Kafka from Maven Central"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends maven
        else
            echo "Maven is required once, to fetch Apache Kafka from Maven Central (Debian: apt-get install maven)" >&2
            exit 1
        fi
    fi
    echo "== installing Apache Kafka $KAFKA_VERSION into $KAFKA_DIR (Maven Central, once)"
    mkdir -p "$(dirname "$KAFKA_DIR")"
    KAFKA_STAGING=$(mktemp -d "$(dirname "$KAFKA_DIR")/.kafka-install.XXXXXX")
    # A Maven repository of its own, removed afterwards: the install leaves
    # nothing in ~/.m2, and only the jars the broker runs on in the cache.
    if ! mvn -B -Dstyle.color=never -f "$KAFKA_POM" -Dmaven.repo.local="$KAFKA_STAGING/m2" \
        dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_STAGING/libs" \
        >"$KAFKA_STAGING/mvn.log" 2>&1; then
        tail -n 40 "$KAFKA_STAGING/mvn.log" >&2
        rm -rf "$KAFKA_STAGING"
        echo "fetching Apache Kafka $KAFKA_VERSION from Maven Central failed (mvn, $KAFKA_POM; its output above)" >&2
        exit 1
    fi
    rm -rf "$KAFKA_STAGING/m2" "$KAFKA_STAGING/mvn.log"
    echo "$KAFKA_STAMP" > "$KAFKA_STAGING/.perimeter-kafka-stamp"
    rm -rf "$KAFKA_DIR"
    mv "$KAFKA_STAGING" "$KAFKA_DIR"
fi

# --- Python virtualenv -----------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
    if have_root_apt; then
        echo "== installing python3"
        apt-get update -qq && apt-get install -y -qq python3 python3-venv
    else
        echo "python3 is required (Debian: apt-get install python3 python3-venv)" >&2
        exit 1
    fi
fi
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    if have_root_apt; then
        echo "== installing python3-venv"
        apt-get update -qq && apt-get install -y -qq python3-venv
    else
        echo "the python3 venv module is required (Debian: apt-get install python3-venv)" >&2
        exit 1
    fi
fi

# gdb: the crash test reads the processor's thread stacks when it stops
# moving (which wait it is stuck in decides whether the test accepts a
# restart by the liveness probe); optional when it cannot be installed.
if ! command -v gdb >/dev/null 2>&1 && have_root_apt; then
    echo "== installing gdb (thread stacks of a processor that stops moving)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gdb \
        || echo "gdb could not be installed: a stuck processor's report will have no thread stacks" >&2
fi

VENV=${PERIMETER_E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/perimeter/e2e-venv}
REQUIREMENTS=scripts/e2e/requirements.txt
STAMP="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1) $(python3 -c 'import sys; print(sys.version)' | head -1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.perimeter-e2e-stamp" 2>/dev/null)" != "$STAMP" ]; then
    echo "== creating the e2e virtualenv in $VENV"
    mkdir -p "$(dirname "$VENV")"
    python3 -m venv --clear "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    echo "$STAMP" > "$VENV/.perimeter-e2e-stamp"
fi

# --- perimeter -------------------------------------------------------------
# PERIMETER_E2E_PROFILE=none builds nothing and leaves PERIMETER unset (for
# scripts/bench_broker.sh, which needs the broker and the venv only).
PROFILE=${PERIMETER_E2E_PROFILE:-debug}
case "$PROFILE" in
    debug) BUILD_FLAGS=() ;;
    release) BUILD_FLAGS=(--release) ;;
    none) ;;
    *) echo "PERIMETER_E2E_PROFILE must be debug, release or none, not $PROFILE" >&2; exit 1 ;;
esac
if [ "$PROFILE" != none ]; then
    # The store-ops page's map library (Leaflet, pinned in
    # crates/perimeter/ui-vendor/package-lock.json) from the npm registry,
    # built into the binary by crates/perimeter/build.rs: the page test
    # needs the real map, not the fallback drawing.
    if ! command -v npm >/dev/null 2>&1; then
        if have_root_apt; then
            echo "== installing npm (Debian) for the store-ops map library"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm
        else
            echo "npm required for the store-ops page's map library (Debian: apt-get install npm)" >&2
            exit 1
        fi
    fi
    # Only when the lock file is newer than the install: a second npm ci
    # would rewrite node_modules and make cargo relink the binary.
    UI_VENDOR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/crates/perimeter/ui-vendor"
    if [ ! -f "$UI_VENDOR/node_modules/.package-lock.json" ] \
        || [ "$UI_VENDOR/package-lock.json" -nt "$UI_VENDOR/node_modules/.package-lock.json" ]; then
        echo "== npm ci: the store-ops map library (crates/perimeter/ui-vendor)"
        npm ci --prefix "$UI_VENDOR" --ignore-scripts --no-audit --no-fund --loglevel=error
    fi
    echo "== building perimeter ($PROFILE)"
    cargo build "${BUILD_FLAGS[@]}" -p perimeter
    TARGET_DIR=$(cargo metadata --format-version 1 --no-deps \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    PERIMETER="$TARGET_DIR/$PROFILE/perimeter"
    if ! "$PERIMETER" run --help >/dev/null 2>&1; then
        echo "$PERIMETER has no working 'run' subcommand ('perimeter run --config FILE'): nothing to test end to end" >&2
        exit 1
    fi
fi
