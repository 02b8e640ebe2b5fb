//! The table on stdout and the JSON file.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use crate::run::TargetResult;
use crate::stats;
use crate::Options;

pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory: String,
    pub os: String,
}

pub fn machine() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo.lines().find_map(|l| l.strip_prefix("model name").map(|r| r.trim_start_matches([' ', '\t', ':']).trim().to_owned())).unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let kb: u64 = meminfo.lines().find_map(|l| l.strip_prefix("MemTotal:")).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(0);
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    Machine { cpu, cores, memory: format!("{:.0} GiB", kb as f64 / 1048576.0), os: format!("{} {}", std::env::consts::OS, release.trim()) }
}

pub fn fmt_ms(ms: f64) -> String {
    if ms.is_nan() {
        "-".into()
    } else if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

pub fn fmt_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

fn fmt_rate(per_s: f64) -> String {
    if per_s >= 1e9 {
        format!("{:.2} G", per_s / 1e9)
    } else if per_s >= 1e6 {
        format!("{:.2} M", per_s / 1e6)
    } else if per_s >= 1e3 {
        format!("{:.2} k", per_s / 1e3)
    } else {
        format!("{per_s:.1}")
    }
}

pub fn fmt_kb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

/// Per-target summary of the successful samples.
pub struct Summary {
    pub ok: usize,
    pub min: f64,
    pub median: f64,
    pub max: f64,
    pub spread: f64,
    pub cpu: f64,
    pub rss_kb: u64,
}

pub fn summarize(r: &TargetResult) -> Summary {
    let ok: Vec<_> = r.samples.iter().filter(|s| s.ok).collect();
    let wall: Vec<f64> = ok.iter().map(|s| s.wall_ms).collect();
    let cpu: Vec<f64> = ok.iter().map(|s| s.cpu_ms).collect();
    Summary {
        ok: ok.len(),
        min: stats::min(&wall),
        median: stats::median(&wall),
        max: stats::max(&wall),
        spread: stats::spread(&wall),
        cpu: stats::median(&cpu),
        rss_kb: ok.iter().map(|s| s.max_rss_kb).max().unwrap_or(0),
    }
}

/// `jsrig:bench` results: benchmark name -> per target, the median ns/iter over runs.
pub fn micro(results: &[TargetResult]) -> BTreeMap<String, Vec<(String, f64)>> {
    let mut names: Vec<String> = Vec::new();
    for r in results {
        for s in &r.samples {
            for (n, _) in &s.micro {
                if !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let mut rows = Vec::new();
        for r in results {
            let v: Vec<f64> = r.samples.iter().flat_map(|s| s.micro.iter().filter(|(n, _)| n == name).map(|(_, ns)| *ns)).collect();
            if !v.is_empty() {
                rows.push((r.target.name.clone(), stats::median(&v)));
            }
        }
        // Keep the script's order: prefix the key with its position.
        out.insert(format!("{i:04}\0{name}"), rows);
    }
    out
}

pub fn display_name(key: &str) -> &str {
    key.split_once('\0').map(|(_, n)| n).unwrap_or(key)
}

pub fn table(opts: &Options, results: &[TargetResult], m: &Machine) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "jsrig bench {}: {} runs each (+{} warm-up), every run a fresh process\n", opts.file.display(), opts.runs, opts.warmup);
    let sums: Vec<Summary> = results.iter().map(summarize).collect();
    let fastest = sums.iter().filter(|s| s.ok > 0).map(|s| s.median).fold(f64::INFINITY, f64::min);
    let _ = writeln!(out, "{:<14}{:>10}{:>10}{:>10}{:>9}{:>11}{:>11}{:>8}", "runtime", "min", "median", "max", "spread", "user+sys", "peak RSS", "ratio");
    for (r, s) in results.iter().zip(&sums) {
        let name = if r.target.is_peer { format!("{} (peer)", r.target.name) } else { r.target.name.clone() };
        if s.ok == 0 {
            let why = r.samples.iter().find_map(|x| x.error.clone()).unwrap_or_default();
            let _ = writeln!(out, "{name:<14}failed: {why}");
            continue;
        }
        let _ = write!(
            out,
            "{name:<14}{:>10}{:>10}{:>10}{:>9}{:>11}{:>11}{:>8}",
            fmt_ms(s.min),
            fmt_ms(s.median),
            fmt_ms(s.max),
            format!("±{:.1}%", s.spread),
            fmt_ms(s.cpu),
            fmt_kb(s.rss_kb),
            format!("{:.2}x", s.median / fastest)
        );
        if s.ok < r.samples.len() {
            let _ = write!(out, "  ({} of {} runs failed)", r.samples.len() - s.ok, r.samples.len());
        }
        out.push('\n');
    }
    let micro = micro(results);
    if !micro.is_empty() {
        let _ = writeln!(out, "\nfunctions (jsrig:bench, median of the runs' results)\n");
        let _ = writeln!(out, "{:<28}{:<14}{:>12}{:>12}{:>8}", "benchmark", "runtime", "time/iter", "iter/s", "ratio");
        for (key, rows) in &micro {
            let best = rows.iter().map(|(_, ns)| *ns).fold(f64::INFINITY, f64::min);
            for (i, (target, ns)) in rows.iter().enumerate() {
                let label = if i == 0 { display_name(key) } else { "" };
                let _ = writeln!(out, "{label:<28}{target:<14}{:>12}{:>12}{:>8}", fmt_ns(*ns), fmt_rate(1e9 / ns), format!("{:.2}x", ns / best));
            }
        }
    }
    let versions: Vec<String> = results.iter().map(|r| format!("{} {}", r.target.name, r.target.version)).collect();
    let _ = writeln!(out, "\nversions: {}", versions.join(", "));
    let _ = writeln!(out, "machine:  {} ({} cores), {}, {}", m.cpu, m.cores, m.memory, m.os);
    out
}

pub fn json(opts: &Options, results: &[TargetResult], m: &Machine) -> String {
    let targets: Vec<_> = results
        .iter()
        .map(|r| {
            let s = summarize(r);
            json!({
                "name": r.target.name,
                "version": r.target.version,
                "peer": r.target.is_peer,
                "summary": { "ok": s.ok, "min_ms": s.min, "median_ms": s.median, "max_ms": s.max, "spread_pct": s.spread, "cpu_ms": s.cpu, "max_rss_kb": s.rss_kb },
                "samples": r.samples.iter().map(|x| json!({
                    "ok": x.ok, "exit_code": x.exit_code, "wall_ms": x.wall_ms, "cpu_ms": x.cpu_ms, "max_rss_kb": x.max_rss_kb,
                    "error": x.error,
                    "functions": x.micro.iter().map(|(n, ns)| json!({ "name": n, "ns_per_iter": ns })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = json!({
        "file": opts.file.display().to_string(),
        "args": opts.script_args,
        "runs": opts.runs,
        "warmup": opts.warmup,
        "machine": { "cpu": m.cpu, "cores": m.cores, "memory": m.memory, "os": m.os },
        "targets": targets,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
