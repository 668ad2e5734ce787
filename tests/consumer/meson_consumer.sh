#!/usr/bin/env bash
# Builds tests/consumer/meson with afbrief as a Meson subproject, the way a
# user vendors it (subprojects/afbrief), and runs it.
#   meson_consumer.sh SOURCE_DIR WORK_DIR
set -euo pipefail
source_dir=$1
work=$2
rm -rf "$work"
mkdir -p "$work/project/subprojects"
cp "$source_dir/tests/consumer/main.cpp" "$work/main.cpp"
cp "$source_dir/tests/consumer/meson/meson.build" "$work/project/meson.build"
ln -s "$source_dir" "$work/project/subprojects/afbrief"
# Forced, so that no afbrief installed on the machine stands in for it.
meson setup --force-fallback-for=afbrief "$work/build" "$work/project" >/dev/null
meson compile -C "$work/build" >/dev/null
"$work/build/consumer"
