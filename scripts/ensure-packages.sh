#!/bin/sh
# ensure-packages.sh PKG... — install the Debian packages that are missing.
# As root it installs them with apt-get; otherwise it prints the command to
# run and fails, so nothing is installed behind the user's back.
set -eu
missing=""
for pkg in "$@"; do
	if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $pkg"
	fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "backchannel needs these packages (Debian names):$missing" >&2
	echo "install their equivalents with your system's package manager, then run make again" >&2
	exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "backchannel needs:$missing" >&2
	echo "run:  sudo apt-get update && sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
