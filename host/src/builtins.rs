//! The JavaScript half of the host, embedded at build time from host/js.

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// The source of an internal or public builtin module by id (`events`, `internal/timers`).
pub fn source(id: &str) -> Option<&'static str> {
    if let Some(dir) = dev_dir() {
        return dev_source(dir, id);
    }
    SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| SOURCES[i].1)
}

/// `JSRIG_DEV_JS_DIR=host/js`: read the builtins from that folder at run time instead
/// of the copies embedded at build time, so host/js can be edited and tried without
/// rebuilding (the code cache is off meanwhile). For developing jsrig only.
pub fn dev_dir() -> Option<&'static PathBuf> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("JSRIG_DEV_JS_DIR").filter(|d| !d.is_empty()).map(PathBuf::from)).as_ref()
}

fn dev_source(dir: &PathBuf, id: &str) -> Option<&'static str> {
    static READ: OnceLock<Mutex<HashMap<String, Option<&'static str>>>> = OnceLock::new();
    let mut read = READ.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    *read.entry(id.to_owned()).or_insert_with(|| {
        // Each file is read once per process and lives as long as it, as the embedded ones do.
        std::fs::read_to_string(dir.join(format!("{id}.js"))).ok().map(|s| &*Box::leak(s.into_boxed_str()))
    })
}

/// Node's builtins: the ids user code may `require` or `import` bare or with `node:`
/// (everything outside `internal/` and `jsrig/`).
pub fn is_public(id: &str) -> bool {
    !id.starts_with("internal/") && !id.starts_with("jsrig/") && source(id).is_some()
}

pub fn public_ids() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(k, _)| *k).filter(|k| is_public(k))
}

/// jsrig's own modules, reachable only as `jsrig:name` (module id `jsrig/name`).
pub fn jsrig_module(specifier: &str) -> Option<String> {
    let name = specifier.strip_prefix("jsrig:")?;
    let id = format!("jsrig/{name}");
    source(&id).is_some().then_some(id)
}
