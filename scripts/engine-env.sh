# Source this file (". scripts/engine-env.sh") before building V8 or SpiderMonkey.
#
# The `v8` and `mozjs_sys` crates download prebuilt static libraries; machines that
# cannot reach those hosts use the copies built from the same crate versions in
# ../shared/engines (see its README). The variables are set only when the files are
# there, so everywhere else the crates' normal download path is used. They must be
# absolute paths: the crates' build scripts run in their own folders.

_jsrig_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
if [ -d "$_jsrig_root/../shared/engines" ]; then
  _jsrig_engines=$(cd "$_jsrig_root/../shared/engines" && pwd)
  _v8="$_jsrig_engines/v8/152.2.0"
  if [ -f "$_v8/librusty_v8_release_x86_64-unknown-linux-gnu.a.gz" ] && [ -z "${RUSTY_V8_ARCHIVE:-}" ]; then
    export RUSTY_V8_ARCHIVE="$_v8/librusty_v8_release_x86_64-unknown-linux-gnu.a.gz"
    export RUSTY_V8_SRC_BINDING_PATH="$_v8/src_binding_release_x86_64-unknown-linux-gnu.rs"
  fi
  _mozjs="$_jsrig_engines/mozjs/153.6.0-2/libmozjs-x86_64-unknown-linux-gnu.tar.gz"
  if [ -f "$_mozjs" ] && [ -z "${MOZJS_ARCHIVE:-}" ]; then
    export MOZJS_ARCHIVE="$_mozjs"
  fi
  unset _jsrig_engines _v8 _mozjs
fi
unset _jsrig_root
