//! The on-disk code cache of host/js: what each engine compiled the embedded modules
//! to (QuickJS bytecode, V8 code cache), so later starts skip parsing them, which is
//! most of QuickJS's start-up time. One file per engine build and version of host/js,
//! read whole at start, written (atomically) at exit when something was added.
//!
//! Location: `$JSRIG_CACHE_DIR`, else `$XDG_CACHE_HOME/jsrig`, else `~/.cache/jsrig`;
//! `JSRIG_CACHE_DIR=off` disables it. A file that fails its checksum is ignored.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use engine_api::CodeCache;

const MAGIC: &[u8; 8] = b"JSRIGCC1";

pub struct DiskCache {
    path: PathBuf,
    /// The file as read, which entries not yet used still point into.
    file: Vec<u8>,
    stored: HashMap<String, std::ops::Range<usize>>,
    added: RefCell<HashMap<String, Rc<[u8]>>>,
    dirty: Cell<bool>,
}

thread_local! {
    /// The cache to save when the process ends, whichever way it ends.
    static ACTIVE: RefCell<Option<Rc<DiskCache>>> = const { RefCell::new(None) };
}

/// A checksum fast enough to run over the whole file at every start: FNV-style
/// mixing of 64-bit words, then the tail bytes.
fn checksum(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0xcbf29ce484222325u64;
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes(c.try_into().expect("8 bytes"))).wrapping_mul(0x100000001b3).rotate_left(29);
    }
    for b in chunks.remainder() {
        h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    h ^ bytes.len() as u64
}

fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os("JSRIG_CACHE_DIR") {
        Some(v) if v == "off" || v == "0" || v.is_empty() => None,
        Some(v) => Some(PathBuf::from(v)),
        None => std::env::var_os("XDG_CACHE_HOME")
            .map(|x| PathBuf::from(x).join("jsrig"))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/jsrig"))),
    }
}

fn read_u32(buf: &[u8], at: &mut usize) -> Option<u32> {
    let bytes = buf.get(*at..*at + 4)?;
    *at += 4;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

/// The entries of a cache file, as ranges of it; `None` when it is not a whole,
/// uncorrupted cache file.
fn parse(buf: &[u8]) -> Option<HashMap<String, std::ops::Range<usize>>> {
    let (body, sum) = buf.split_at(buf.len().checked_sub(8)?);
    if !body.starts_with(MAGIC) || checksum(body).to_le_bytes() != sum {
        return None;
    }
    let mut at = MAGIC.len();
    let count = read_u32(body, &mut at)?;
    let mut entries = HashMap::with_capacity(count as usize);
    for _ in 0..count {
        let klen = read_u32(body, &mut at)? as usize;
        let key = std::str::from_utf8(body.get(at..at + klen)?).ok()?.to_owned();
        at += klen;
        let dlen = read_u32(body, &mut at)? as usize;
        body.get(at..at + dlen)?;
        entries.insert(key, at..at + dlen);
        at += dlen;
    }
    Some(entries)
}

impl DiskCache {
    /// The cache for one engine build, loaded if present. `None` when disabled.
    pub fn open(engine: &str, engine_version: &str) -> Option<Rc<DiskCache>> {
        let dir = cache_dir()?;
        let name = format!("code-{engine}-{engine_version}-jsrig{}-{:016x}.bin", env!("CARGO_PKG_VERSION"), crate::builtins::SOURCES_HASH);
        let path = dir.join(name.replace(['/', ' '], "_"));
        let file = std::fs::read(&path).unwrap_or_default();
        let stored = parse(&file).unwrap_or_default();
        let cache = Rc::new(DiskCache { path, file, stored, added: RefCell::default(), dirty: Cell::new(false) });
        ACTIVE.with(|a| *a.borrow_mut() = Some(cache.clone()));
        Some(cache)
    }

    fn save(&self) {
        if !self.dirty.replace(false) {
            return;
        }
        let added = self.added.borrow();
        let mut entries: Vec<(&str, &[u8])> = self.stored.iter().map(|(k, r)| (k.as_str(), &self.file[r.clone()])).collect();
        entries.extend(added.iter().filter(|(k, _)| !self.stored.contains_key(*k)).map(|(k, v)| (k.as_str(), &v[..])));
        entries.sort();
        let mut buf = MAGIC.to_vec();
        buf.extend((entries.len() as u32).to_le_bytes());
        for (k, data) in entries {
            buf.extend((k.len() as u32).to_le_bytes());
            buf.extend(k.as_bytes());
            buf.extend((data.len() as u32).to_le_bytes());
            buf.extend(data);
        }
        buf.extend(checksum(&buf).to_le_bytes());
        // Write beside and rename, so that a concurrent reader sees a whole file or none.
        let Some(dir) = self.path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &buf).is_ok() && std::fs::rename(&tmp, &self.path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

impl CodeCache for DiskCache {
    fn get(&self, key: &str) -> Option<Rc<[u8]>> {
        if let Some(r) = self.stored.get(key) {
            return Some(Rc::from(&self.file[r.clone()]));
        }
        self.added.borrow().get(key).cloned()
    }
    fn put(&self, key: &str, data: Vec<u8>) {
        self.added.borrow_mut().insert(key.to_owned(), data.into());
        self.dirty.set(true);
    }
}

/// Saves the active cache if it changed; called on every way out of the process.
pub fn save() {
    let active = ACTIVE.with(|a| a.borrow().clone());
    if let Some(cache) = active {
        cache.save();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let dir = std::env::temp_dir().join(format!("jsrig-cache-test-{}", std::process::id()));
        let c = DiskCache { path: dir.join("c.bin"), file: Vec::new(), stored: HashMap::new(), added: RefCell::default(), dirty: Cell::new(false) };
        c.put("a", vec![1, 2, 3]);
        c.put("b", vec![]);
        c.save();
        let mut bytes = std::fs::read(dir.join("c.bin")).unwrap();
        let back = parse(&bytes).unwrap();
        assert_eq!(&bytes[back["a"].clone()], &[1, 2, 3]);
        assert_eq!(back["b"].len(), 0);
        bytes[10] ^= 1;
        assert!(parse(&bytes).is_none(), "a flipped bit fails the checksum");
        assert!(parse(&bytes[..5]).is_none());
        let _ = std::fs::remove_dir_all(dir);
    }
}
