//! The command line of `jsrig bench`.

use std::path::{Path, PathBuf};

use crate::Target;

pub const USAGE: &str = "Usage: jsrig bench FILE [options] [-- script arguments]

Runs FILE on each selected engine, each run in a fresh process, and prints one table:
wall time (min / median / max, spread), user+sys CPU time, peak memory, and the ratio
to the fastest. Functions registered with `jsrig:bench` get a table of their own.

Options:
  --engine all|NAME[,NAME...]   engines to run (default: all of `jsrig engines`)
  --runs N                      measured runs per engine (default 10)
  --warmup N                    unmeasured runs first (default 1)
  --compare node,deno,bun       also run these runtimes, where installed
  --json FILE                   write every sample as JSON
  --html FILE                   write a self-contained page with charts
  -h, --help                    print this help";

#[derive(Clone, Debug)]
pub struct Options {
    pub file: PathBuf,
    pub script_args: Vec<String>,
    pub engines: Option<Vec<String>>,
    pub runs: usize,
    pub warmup: usize,
    pub compare: Vec<String>,
    pub json: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub help: bool,
}

fn number(name: &str, v: Option<String>, min: usize) -> Result<usize, String> {
    let v = v.ok_or_else(|| format!("{name} needs a number"))?;
    let n: usize = v.parse().map_err(|_| format!("{name}: '{v}' is not a whole number"))?;
    if n < min {
        return Err(format!("{name} must be at least {min}"));
    }
    Ok(n)
}

pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options { file: PathBuf::new(), script_args: Vec::new(), engines: None, runs: 10, warmup: 1, compare: Vec::new(), json: None, html: None, help: false };
    let mut file = None;
    let mut it = args.iter().cloned();
    while let Some(a) = it.next() {
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (a.clone(), None),
        };
        let value = |it: &mut dyn Iterator<Item = String>| inline.clone().or_else(|| it.next());
        match name.as_str() {
            "-h" | "--help" => o.help = true,
            "--engine" | "--engines" => {
                let v = value(&mut it).ok_or("--engine needs a name, a comma-separated list, or all")?;
                o.engines = if v == "all" { None } else { Some(v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()) };
            }
            "--runs" => o.runs = number("--runs", value(&mut it), 1)?,
            "--warmup" => o.warmup = number("--warmup", value(&mut it), 0)?,
            "--compare" => {
                let v = value(&mut it).ok_or("--compare needs a list such as node,deno,bun")?;
                for p in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if !["node", "deno", "bun"].contains(&p) {
                        return Err(format!("--compare: unknown runtime '{p}' (node, deno or bun)"));
                    }
                    o.compare.push(p.to_owned());
                }
            }
            "--json" => o.json = Some(value(&mut it).ok_or("--json needs a file")?.into()),
            "--html" => o.html = Some(value(&mut it).ok_or("--html needs a file")?.into()),
            "--" => {
                o.script_args.extend(it.by_ref());
            }
            n if n.starts_with('-') => return Err(format!("unknown option {a}")),
            _ if file.is_none() => file = Some(PathBuf::from(a)),
            _ => o.script_args.push(a),
        }
    }
    if o.help {
        return Ok(o);
    }
    o.file = file.ok_or("which script? (jsrig bench FILE)")?;
    if !o.file.is_file() {
        return Err(format!("no such file: {}", o.file.display()));
    }
    Ok(o)
}

/// A peer runtime: from `JSRIG_PEER_<NAME>`, the PATH, or the npm packages
/// bench/setup-peers installs.
fn find_peer(name: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(format!("JSRIG_PEER_{}", name.to_uppercase())) {
        return Some(PathBuf::from(p));
    }
    let in_path = std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(name)).find(|p| p.is_file()));
    if in_path.is_some() {
        return in_path;
    }
    let npm = match name {
        "deno" => "node_modules/@deno/linux-x64-glibc/deno",
        "bun" => "node_modules/@oven/bun-linux-x64/bin/bun",
        _ => return None,
    };
    let roots = [std::env::var_os("JSRIG_PEERS_DIR").map(PathBuf::from), Some(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../peers")))];
    roots.into_iter().flatten().map(|r| r.join(npm)).find(|p| p.is_file())
}

fn version_of(exe: &Path, name: &str) -> String {
    let out = std::process::Command::new(exe).arg("--version").output();
    let text = out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    // `v20.1.0`, `deno 2.9.6 (stable, ...)`, `1.4.5`: the first version-looking word.
    let first = text.lines().next().unwrap_or("").trim();
    first.trim_start_matches(name).split_whitespace().next().unwrap_or("").trim_start_matches('v').to_owned()
}

pub fn targets(o: &Options, jsrig: &Path) -> Result<Vec<Target>, String> {
    let available = crate::jsrig_engines(&jsrig.to_path_buf());
    let chosen: Vec<(String, String)> = match &o.engines {
        None => available.clone(),
        Some(names) => names
            .iter()
            .map(|n| available.iter().find(|(a, _)| a == n).cloned().ok_or_else(|| {
                format!("unknown engine '{n}' (this build has: {})", available.iter().map(|(a, _)| a.as_str()).collect::<Vec<_>>().join(", "))
            }))
            .collect::<Result<_, _>>()?,
    };
    let mut targets: Vec<Target> = chosen
        .into_iter()
        .map(|(name, version)| Target {
            command: vec![jsrig.display().to_string(), "--engine".into(), name.clone()],
            name,
            version,
            is_peer: false,
        })
        .collect();
    for peer in &o.compare {
        match find_peer(peer) {
            Some(exe) => {
                let mut command = vec![exe.display().to_string()];
                if peer == "deno" {
                    command.extend(["run".to_owned(), "-A".to_owned()]);
                }
                targets.push(Target { name: peer.clone(), version: version_of(&exe, peer), command, is_peer: true });
            }
            None => eprintln!("jsrig bench: {peer} is not installed here; skipped (bench/setup-peers installs deno and bun)"),
        }
    }
    if targets.is_empty() {
        return Err("nothing to run".into());
    }
    Ok(targets)
}
