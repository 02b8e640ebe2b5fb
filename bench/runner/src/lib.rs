//! `jsrig bench FILE`: runs a script on each selected engine, and optionally on node,
//! deno and bun, and prints one table of wall time, CPU time and peak memory.
//!
//! Every run is a fresh process. Engines cannot share one process fairly (V8's flags
//! and SpiderMonkey's engine are per process, and the SpiderMonkey build is another
//! executable), and a whole-process run is what a user of the script waits for:
//! start-up included. Scripts that use `jsrig:bench` also report per-function
//! timings (ns/iter), gathered from each run into a second table.

mod args;
mod html;
mod report;
mod run;
mod stats;

use std::io::IsTerminal;
use std::path::PathBuf;

pub use args::{parse, Options};

/// Exit code for bad arguments.
pub const EXIT_USAGE: i32 = 2;

/// A runtime to measure: a jsrig engine, or a peer runtime found on this machine.
#[derive(Clone, Debug)]
pub struct Target {
    /// `quickjs`, `v8`, ... or `node`, `deno`, `bun`.
    pub name: String,
    pub version: String,
    /// The command line before the script path.
    pub command: Vec<String>,
    pub is_peer: bool,
}

/// Engines `jsrig engines` lists: (name, version).
pub fn jsrig_engines(jsrig: &PathBuf) -> Vec<(String, String)> {
    let out = std::process::Command::new(jsrig).arg("engines").output();
    let text = out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_owned(), parts.next().unwrap_or("").to_owned()))
        })
        .collect()
}

/// The whole `jsrig bench` command; `args` excludes `bench` itself. Returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let opts = match args::parse(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("jsrig bench: {msg}\n\n{}", args::USAGE);
            return EXIT_USAGE;
        }
    };
    if opts.help {
        println!("{}", args::USAGE);
        return 0;
    }
    let jsrig = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("jsrig"));
    let targets = match args::targets(&opts, &jsrig) {
        Ok(t) => t,
        Err(msg) => {
            eprintln!("jsrig bench: {msg}");
            return EXIT_USAGE;
        }
    };
    let progress = std::io::stderr().is_terminal();
    let results = run::run_all(&opts, &targets, progress);
    let machine = report::machine();
    print!("{}", report::table(&opts, &results, &machine));
    let mut code = 0;
    if let Some(path) = &opts.json {
        if let Err(e) = std::fs::write(path, report::json(&opts, &results, &machine)) {
            eprintln!("jsrig bench: cannot write {}: {e}", path.display());
            code = 1;
        }
    }
    if let Some(path) = &opts.html {
        if let Err(e) = std::fs::write(path, html::page(&opts, &results, &machine)) {
            eprintln!("jsrig bench: cannot write {}: {e}", path.display());
            code = 1;
        }
    }
    if results.iter().all(|r| r.samples.iter().all(|s| !s.ok)) {
        code = 1;
    }
    code
}
