# shellcheck shell=bash
# Installs what the demo and the tests need, only where missing or at the wrong
# version. Sourced by scripts/demo and scripts/test. Downloads come only from
# crates.io, the npm registry and Debian's archive; Trunk never fetches tools
# itself (Trunk.toml pins them and sets offline = true).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
E2E_DIR="$ROOT/tests/e2e"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# The wasm-bindgen version the build uses is whatever Cargo.lock pins.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust_target() {
  command -v rustup >/dev/null || die "rustup is required (https://rustup.rs); it is the one thing not installed here"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    # chromium and chromium-driver in one go, so their versions match.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# cargo_tool BINARY "VERSION-LINE-PATTERN" CRATE VERSION [extra cargo install args]
cargo_tool() {
  local bin="$1" pattern="$2" crate="$3" version="$4"
  shift 4
  if [ -x "$HOME/.cargo/bin/$bin" ] && "$HOME/.cargo/bin/$bin" --version 2>/dev/null | grep -q -- "$pattern"; then
    return
  fi
  say "installing $crate $version (cargo install; a few minutes on first run)"
  # These tools' own release profiles use fat LTO and one codegen unit, which
  # roughly doubles their build time on two cores; their speed hardly matters.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --quiet "$crate" --version "$version" "$@"
}

ensure_cargo_tools() {
  local bindgen
  bindgen="$(locked_version wasm-bindgen)"
  [ -n "$bindgen" ] || die "Cargo.lock has no wasm-bindgen"
  grep -q "^wasm_bindgen = \"$bindgen\"" "$ROOT/Trunk.toml" \
    || die "Trunk.toml [tools] wasm_bindgen must be \"$bindgen\" (the version in Cargo.lock)"
  cargo_tool trunk "trunk $TRUNK_VERSION\$" trunk "$TRUNK_VERSION" --locked
  # --locked fails for this crate (a locked dependency was yanked), so resolve afresh.
  cargo_tool wasm-bindgen "wasm-bindgen $bindgen\$" wasm-bindgen-cli "$bindgen"
  # wasm-opt is binaryen from the npm registry (ensure_node_packages), not compiled here.
}

ensure_node_packages() {
  command -v node >/dev/null && command -v npm >/dev/null || ensure_debian_packages nodejs npm
  local stamp="$E2E_DIR/node_modules/.lock-sha"
  local want
  want="$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing node packages (npm ci)"
    # Playwright is driven against Debian's /usr/bin/chromium: never download a browser.
    (cd "$E2E_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$want" >"$stamp"
  fi
}

# WordPress (Debian's package), PHP 8.2 (php-fpm behind the nginx above) and MariaDB for
# the WordPress plugin's suite, which runs them as user processes on 127.0.0.1 in a
# temporary folder; zip packs the plugin for its "Upload Plugin" test; gettext and jq build
# and check its translations (integrations/wordpress/i18n). Called by that
# suite only, not by setup_all.
ensure_wordpress() {
  ensure_debian_packages wordpress wordpress-theme-twentytwentythree php8.2-cli php8.2-fpm php8.2-mysql php8.2-curl mariadb-server zip gettext jq
}

setup_all() {
  local started=$SECONDS
  ensure_rust_target
  # nginx (and the CA bundle it verifies the API's certificate with, openssl for the
  # proxy tests' own certificates) for the trial-offer proxy, deploy/nginx/.
  # zip: the release build packs the WordPress plugin's upload zip.
  ensure_debian_packages chromium chromium-driver nginx ca-certificates openssl zip
  ensure_cargo_tools
  ensure_node_packages
  # Trunk builds offline; make sure every crate is already downloaded.
  (cd "$ROOT" && cargo fetch --quiet)
  say "ready in $((SECONDS - started))s"
}
