//! The on-disk code cache of host/js: what each engine compiled the embedded modules
//! to (QuickJS bytecode, V8 code cache), so later starts skip parsing them, which is
//! most of QuickJS's start-up time. One file per engine build and version of host/js,
//! mapped at start (only the entries a run uses are read, and each is checked against
//! its own checksum then), written (atomically) at exit when something was added.
//! Files of other builds are removed then, so the folder does not grow.
//!
//! Location: `$JSRIG_CACHE_DIR`, else `$XDG_CACHE_HOME/jsrig`, else `~/.cache/jsrig`;
//! `JSRIG_CACHE_DIR=off` disables it. An entry that fails its checksum is ignored.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use engine_api::CodeCache;

const MAGIC: &[u8; 8] = b"JSRIGCC2";

/// One stored entry: where its bytes are in the file, and their checksum.
#[derive(Clone)]
struct Entry {
    range: std::ops::Range<usize>,
    sum: u64,
}

pub struct DiskCache {
    path: PathBuf,
    /// The file, mapped; entries are read from it when asked for.
    file: Option<memmap2::Mmap>,
    stored: HashMap<String, Entry>,
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

fn read_u64(buf: &[u8], at: &mut usize) -> Option<u64> {
    let bytes = buf.get(*at..*at + 8)?;
    *at += 8;
    Some(u64::from_le_bytes(bytes.try_into().ok()?))
}

/// The index of a cache file: `MAGIC, count, (key, offset, len, checksum)*, index
/// checksum`, then the data. `None` when the index is not whole and uncorrupted; the
/// data of each entry is checked when it is used.
fn parse(buf: &[u8]) -> Option<HashMap<String, Entry>> {
    if !buf.starts_with(MAGIC) {
        return None;
    }
    let mut at = MAGIC.len();
    let count = read_u32(buf, &mut at)?;
    let mut entries = HashMap::with_capacity(count as usize);
    for _ in 0..count {
        let klen = read_u32(buf, &mut at)? as usize;
        let key = std::str::from_utf8(buf.get(at..at + klen)?).ok()?.to_owned();
        at += klen;
        let offset = read_u64(buf, &mut at)? as usize;
        let len = read_u32(buf, &mut at)? as usize;
        let sum = read_u64(buf, &mut at)?;
        entries.insert(key, Entry { range: offset..offset.checked_add(len)?, sum });
    }
    let index_sum = checksum(&buf[..at]);
    if read_u64(buf, &mut at)? != index_sum {
        return None;
    }
    if entries.values().any(|e| e.range.end > buf.len()) {
        return None;
    }
    Some(entries)
}

/// The cache file's bytes for `entries` (sorted by key).
fn serialize(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let index_len: usize = MAGIC.len() + 4 + entries.iter().map(|(k, _)| 4 + k.len() + 8 + 4 + 8).sum::<usize>() + 8;
    let mut buf = MAGIC.to_vec();
    buf.extend((entries.len() as u32).to_le_bytes());
    let mut offset = index_len;
    for (k, data) in entries {
        buf.extend((k.len() as u32).to_le_bytes());
        buf.extend(k.as_bytes());
        buf.extend((offset as u64).to_le_bytes());
        buf.extend((data.len() as u32).to_le_bytes());
        buf.extend(checksum(data).to_le_bytes());
        offset += data.len();
    }
    buf.extend(checksum(&buf).to_le_bytes());
    for (_, data) in entries {
        buf.extend(*data);
    }
    buf
}

impl DiskCache {
    /// The cache for one engine build, loaded if present. `None` when disabled.
    pub fn open(engine: &str, engine_version: &str) -> Option<Rc<DiskCache>> {
        let dir = cache_dir()?;
        // The executable's size and time stand for the build: bytecode from another
        // build of the same engine version (other flags, another prelude) is not reused.
        let build = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| m.len() ^ m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as u64).rotate_left(17))
            .unwrap_or(0);
        let name = format!(
            "code-{engine}-{engine_version}-jsrig{}-{:016x}.bin",
            env!("CARGO_PKG_VERSION"),
            crate::builtins::SOURCES_HASH ^ build.wrapping_mul(0x100000001b3)
        );
        let path = dir.join(name.replace(['/', ' '], "_"));
        // Safety of the mapping: cache files are only ever replaced by rename, never
        // written in place, so the mapped file does not change under us.
        let file = std::fs::File::open(&path).ok().and_then(|f| unsafe { memmap2::Mmap::map(&f) }.ok());
        let stored = file.as_deref().and_then(parse).unwrap_or_default();
        let cache = Rc::new(DiskCache { path, file, stored, added: RefCell::default(), dirty: Cell::new(false) });
        ACTIVE.with(|a| *a.borrow_mut() = Some(cache.clone()));
        Some(cache)
    }

    fn save(&self) {
        if !self.dirty.replace(false) {
            return;
        }
        let added = self.added.borrow();
        let file: &[u8] = self.file.as_deref().unwrap_or_default();
        let mut entries: Vec<(&str, &[u8])> = self
            .stored
            .iter()
            .filter(|(_, e)| checksum(&file[e.range.clone()]) == e.sum)
            .map(|(k, e)| (k.as_str(), &file[e.range.clone()]))
            .collect();
        entries.extend(added.iter().filter(|(k, _)| !self.stored.contains_key(*k)).map(|(k, v)| (k.as_str(), &v[..])));
        entries.sort();
        let buf = serialize(&entries);
        // Write beside and rename, so that a concurrent reader sees a whole file or none.
        let Some(dir) = self.path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &buf).is_ok() && std::fs::rename(&tmp, &self.path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        self.remove_stale(dir);
    }

    /// Removes this engine's cache files made for other versions of host/js: they
    /// can never be used again (the name holds the sources' hash).
    fn remove_stale(&self, dir: &std::path::Path) {
        let Some(name) = self.path.file_name().and_then(|n| n.to_str()) else { return };
        let Some((prefix, _)) = name.rsplit_once('-') else { return };
        let Ok(listing) = std::fs::read_dir(dir) else { return };
        for entry in listing.flatten() {
            let other = entry.file_name();
            let Some(other) = other.to_str() else { continue };
            if other != name && other.starts_with(prefix) && other.ends_with(".bin") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

impl CodeCache for DiskCache {
    fn get(&self, key: &str) -> Option<Rc<[u8]>> {
        if let (Some(e), Some(file)) = (self.stored.get(key), self.file.as_deref()) {
            let data = &file[e.range.clone()];
            if checksum(data) == e.sum {
                return Some(Rc::from(data));
            }
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
        let c = DiskCache { path: dir.join("code-x-1.bin"), file: None, stored: HashMap::new(), added: RefCell::default(), dirty: Cell::new(false) };
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("code-x-0.bin"), b"stale").unwrap();
        c.put("a", vec![1, 2, 3]);
        c.put("b", vec![]);
        c.save();
        assert!(!dir.join("code-x-0.bin").exists(), "another build's file is removed");
        let mut bytes = std::fs::read(dir.join("code-x-1.bin")).unwrap();
        let back = parse(&bytes).unwrap();
        assert_eq!(&bytes[back["a"].range.clone()], &[1, 2, 3]);
        assert_eq!(back["b"].range.len(), 0);
        let a = back["a"].clone();
        bytes[a.range.start] ^= 1;
        assert_ne!(checksum(&bytes[a.range.clone()]), a.sum, "a flipped data bit fails the entry's checksum");
        bytes[10] ^= 1;
        assert!(parse(&bytes).is_none(), "a flipped index bit fails the index checksum");
        assert!(parse(&bytes[..5]).is_none());
        let _ = std::fs::remove_dir_all(dir);
    }
}
