//! Embeds every module under host/js into the binary, as a sorted table of
//! (module id, source) that `builtins.rs` searches.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("host/js is readable").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let id = rel.to_string_lossy().replace('\\', "/");
            out.push((id, path));
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed={}", root.join("builtin-exports.json").display());
    let mut modules = Vec::new();
    collect(&root, &root, &mut modules);
    modules.sort();
    let mut code = String::from("/// (id, source) of every module in host/js, sorted by id.\npub static SOURCES: &[(&str, &str)] = &[\n");
    // FNV-1a over every id and source: code caches made from other sources are stale.
    let mut hash: u64 = 0xcbf29ce484222325;
    for (id, path) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!("    ({id:?}, include_str!({:?})),\n", path.display().to_string()));
        for b in id.bytes().chain(fs::read(path).unwrap()) {
            hash = (hash ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    code.push_str("];\n");
    code.push_str(&format!("/// A hash of every embedded source.\npub const SOURCES_HASH: u64 = {hash:#x};\n"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtins.rs");
    fs::write(out, code).unwrap();
}
