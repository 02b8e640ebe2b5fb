//! The JavaScript half of the host, embedded at build time from host/js.

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The source of an internal or public builtin module by id (`events`, `internal/timers`).
pub fn source(id: &str) -> Option<&'static str> {
    SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| SOURCES[i].1)
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
