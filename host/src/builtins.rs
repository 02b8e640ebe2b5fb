//! The JavaScript half of the host, embedded at build time from host/js.

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The source of an internal or public builtin module by id (`events`, `internal/timers`).
pub fn source(id: &str) -> Option<&'static str> {
    SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| SOURCES[i].1)
}

/// Public builtins: the ids user code may `require` or `import` (everything outside
/// `internal/`).
pub fn is_public(id: &str) -> bool {
    !id.starts_with("internal/") && source(id).is_some()
}

pub fn public_ids() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(k, _)| *k).filter(|k| !k.starts_with("internal/"))
}
