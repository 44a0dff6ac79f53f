#!/bin/sh
# Installs libami like a C library: lib/libami.so.X.Y.Z with its soname
# link (libami.so.0.MINOR before 1.0, else libami.so.MAJOR) and the
# development link libami.so, lib/libami.a, include/ami.h and
# lib/pkgconfig/ami.pc. Then: cc app.c $(pkg-config --cflags --libs ami)
#
# usage: ami-ffi/install.sh [--prefix DIR] [--libdir DIR] [--from DIR] [--destdir DIR]
#   --prefix   where to install (default /usr/local)
#   --libdir   library directory (default PREFIX/lib)
#   --from     a cargo output directory holding libami.so and libami.a
#              (default: build with `cargo build --release -p ami-ffi`
#              and use its target/release)
#   --destdir  staging root prepended to every path (for packagers)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
prefix=/usr/local
libdir=
from=
destdir=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --libdir) libdir=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --destdir) destdir=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix=$(pwd)/$prefix ;;
esac
[ -n "$libdir" ] || libdir=$prefix/lib
includedir=$prefix/include

if [ -z "$from" ]; then
  (cd "$root" && cargo build --release --locked -p ami-ffi)
  from=${CARGO_TARGET_DIR:-$root/target}/release
fi
for f in libami.so libami.a; do
  [ -f "$from/$f" ] || { echo "install.sh: no $f in $from" >&2; exit 1; }
done

# The version is the header's (AMI_VERSION_* match ami_version()).
v() { sed -n "s/^#define AMI_VERSION_$1 \([0-9]*\)\$/\1/p" "$root/include/ami.h"; }
major=$(v MAJOR)
minor=$(v MINOR)
patch=$(v PATCH)
[ -n "$major" ] && [ -n "$minor" ] && [ -n "$patch" ] || {
  echo "install.sh: no AMI_VERSION_* in include/ami.h" >&2; exit 1; }
version=$major.$minor.$patch
if [ "$major" = 0 ]; then soname=libami.so.0.$minor; else soname=libami.so.$major; fi

lib=$destdir$libdir
mkdir -p "$lib/pkgconfig" "$destdir$includedir"
install -m 0755 "$from/libami.so" "$lib/libami.so.$version"
ln -sf "libami.so.$version" "$lib/$soname"
ln -sf "$soname" "$lib/libami.so"
install -m 0644 "$from/libami.a" "$lib/libami.a"
install -m 0644 "$root/include/ami.h" "$destdir$includedir/ami.h"
cat > "$lib/pkgconfig/ami.pc" <<PC
prefix=$prefix
libdir=$libdir
includedir=$includedir

Name: ami
Description: libami, an Asterisk Manager Interface engine (C ABI)
Version: $version
Libs: -L\${libdir} -lami
Libs.private: -lpthread -ldl -lm -lrt -lutil -lgcc_s
Cflags: -I\${includedir}
PC
echo "installed libami $version ($soname) under $destdir$prefix"
