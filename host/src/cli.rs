//! The `jsrig` command line: `jsrig [options] FILE [args]`, `-e`/`-p`, `run`, `eval`,
//! `engines`, with Node's option spellings where Node has them.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use engine_api::{registered_backends, BackendDecl};

use crate::runtime::{self, Entry, RuntimeOptions};

const USAGE: &str = "Usage: jsrig [options] [script.js | -e \"script\" | -p \"script\"] [arguments]
       jsrig run <script> [arguments]
       jsrig eval <script> [arguments]
       jsrig engines

Runs JavaScript with Node's APIs on the engine of your choice.

Options:
  --engine <name>              the JavaScript engine: one of `jsrig engines`
                               (default: $JSRIG_ENGINE, else quickjs)
  -e, --eval <script>          evaluate the script in the global scope
  -p, --print <script>         evaluate the script and print its result
  --v8-flags=<flags>           flags for V8 (ignored by other engines)
  --max-old-space-size=<MiB>   the engine's heap limit
  --expose-gc                  expose gc() on the global object
  -h, --help                   print this help
  -v, --version                print jsrig's version

Environment:
  JSRIG_ENGINE                 the engine to use when --engine is not given";

/// Command-line problems exit with 9, as Node's "bad option".
const EXIT_BAD_OPTION: i32 = 9;

struct Cli {
    engine: Option<String>,
    eval: Option<(String, bool)>,
    script: Option<String>,
    script_args: Vec<String>,
    exec_argv: Vec<String>,
    engine_flags: Vec<String>,
    max_heap_bytes: Option<usize>,
}

fn bad_option(msg: &str) -> ! {
    eprintln!("jsrig: {msg}");
    std::process::exit(EXIT_BAD_OPTION)
}

fn parse(args: &[String]) -> Cli {
    let mut cli = Cli { engine: None, eval: None, script: None, script_args: Vec::new(), exec_argv: Vec::new(), engine_flags: Vec::new(), max_heap_bytes: None };
    let mut i = 0;
    let value = |i: &mut usize, name: &str| -> String {
        *i += 1;
        args.get(*i).cloned().unwrap_or_else(|| bad_option(&format!("{name} requires an argument")))
    };
    while i < args.len() {
        let start = i;
        let a = &args[i];
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (a.as_str(), None),
        };
        if cli.script.is_some() || (cli.eval.is_some() && !a.starts_with('-')) {
            cli.script_args.push(a.clone());
            i += 1;
            continue;
        }
        match name {
            "--" => {
                if cli.eval.is_none() {
                    if let Some(s) = args.get(i + 1) {
                        cli.script = Some(s.clone());
                        i += 1;
                    }
                }
                cli.script_args.extend(args[i + 1..].iter().cloned());
                break;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "-v" | "--version" => {
                println!("jsrig v{}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--engine" => cli.engine = Some(inline.unwrap_or_else(|| value(&mut i, "--engine"))),
            "-e" | "--eval" => cli.eval = Some((inline.unwrap_or_else(|| value(&mut i, name)), false)),
            "-p" | "--print" => cli.eval = Some((inline.unwrap_or_else(|| value(&mut i, name)), true)),
            "--v8-flags" => cli.engine_flags.extend(inline.unwrap_or_else(|| value(&mut i, name)).split_whitespace().map(str::to_owned)),
            "--max-old-space-size" => {
                let mib: usize = inline.unwrap_or_else(|| value(&mut i, name)).parse().unwrap_or_else(|_| bad_option("--max-old-space-size takes a number of MiB"));
                cli.max_heap_bytes = Some(mib << 20);
                cli.engine_flags.push(format!("--max-old-space-size={mib}"));
            }
            "--expose-gc" | "--expose_gc" => cli.engine_flags.push("--expose-gc".into()),
            n if n.starts_with('-') && n.len() > 1 => bad_option(&format!("bad option: {a}")),
            _ => cli.script = Some(a.clone()),
        }
        // An option and the value it took from the next argument, as node's execArgv.
        if cli.script.is_none() {
            cli.exec_argv.extend(args[start..=i].iter().cloned());
        }
        i += 1;
    }
    cli
}

/// The executable of an engine built in a separate workspace (`jsrig-spidermonkey`),
/// installed beside this one.
fn external_engine(name: &str) -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    let candidate = me.parent()?.join(format!("jsrig-{name}"));
    (candidate.is_file() && candidate != me).then_some(candidate)
}

/// Engines in sibling executables: `jsrig-<name>` files beside this one.
fn external_engines() -> Vec<(String, PathBuf)> {
    let Some(dir) = std::env::current_exe().ok().and_then(|p| p.parent().map(PathBuf::from)) else { return Vec::new() };
    let builtin: Vec<&str> = registered_backends().iter().map(|b| b.name).collect();
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().strip_prefix("jsrig-")?.to_owned();
            let ok = !name.contains('.') && !name.contains('-') && !builtin.contains(&name.as_str());
            ok.then(|| (name, e.path()))
        })
        .collect();
    out.sort();
    out
}

fn pick_backend(requested: Option<&str>, original_args: &[String]) -> &'static BackendDecl {
    let backends = registered_backends();
    let name = requested.map(str::to_owned).or_else(|| std::env::var("JSRIG_ENGINE").ok().filter(|s| !s.is_empty()));
    match name {
        Some(n) => {
            if let Some(b) = backends.iter().find(|b| b.name == n) {
                return b;
            }
            if let Some(exe) = external_engine(&n) {
                exec_external(&exe, original_args);
            }
            let mut names: Vec<String> = backends.iter().map(|b| b.name.to_owned()).collect();
            names.extend(external_engines().into_iter().map(|(n, _)| n));
            bad_option(&format!("unknown engine '{n}' (this build has: {})", names.join(", ")))
        }
        None => backends
            .iter()
            .find(|b| b.name == "quickjs")
            .or_else(|| backends.first())
            .copied()
            .unwrap_or_else(|| bad_option("this build has no JavaScript engine")),
    }
}

/// Replaces this process with the engine's own executable: same pid, stdio and exit code.
fn exec_external(exe: &std::path::Path, args: &[String]) -> ! {
    use std::os::unix::process::CommandExt;
    let err = std::process::Command::new(exe).args(args).exec();
    eprintln!("jsrig: cannot run {}: {err}", exe.display());
    std::process::exit(1)
}

fn list_engines() -> i32 {
    for b in registered_backends() {
        println!("{:<14}{}", b.name, (b.version)());
    }
    for (name, exe) in external_engines() {
        // Ask the engine's executable for its version.
        let out = std::process::Command::new(&exe).arg("engines").output();
        let version = out
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.lines().find_map(|l| l.strip_prefix(&name).map(|v| v.trim().to_owned())))
            .unwrap_or_else(|| "(unavailable)".into());
        println!("{name:<14}{version}");
    }
    0
}

/// The whole command line; returns the exit code.
pub fn main() -> i32 {
    let original: Vec<String> = std::env::args().skip(1).collect();
    let mut args = original.clone();
    // A subcommand is the first word after any `--engine NAME`.
    let mut at = 0;
    while at < args.len() && (args[at] == "--engine" || args[at].starts_with("--engine=")) {
        at += if args[at] == "--engine" { 2 } else { 1 };
    }
    let command = match args.get(at).map(String::as_str) {
        Some("engines") => return list_engines(),
        Some(c @ ("run" | "eval")) => {
            let c = c.to_owned();
            args.remove(at);
            c
        }
        _ => String::new(),
    };
    let mut cli = parse(&args);
    if command == "eval" {
        if cli.eval.is_none() {
            match cli.script.take() {
                Some(src) => cli.eval = Some((src, false)),
                None => bad_option("eval needs a script"),
            }
        }
    } else if command == "run" && cli.script.is_none() {
        bad_option("run needs a script file");
    }
    let backend = pick_backend(cli.engine.as_deref(), &original);
    let exec_path = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "jsrig".into());
    let mut argv = vec![exec_path];
    let entry = match (cli.eval, cli.script) {
        (Some((source, print)), _) => Entry::Eval { source, print },
        (None, Some(script)) => {
            argv.push(script.clone());
            Entry::File(script)
        }
        (None, None) => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                println!("{USAGE}");
                return 0;
            }
            let mut source = String::new();
            if let Err(e) = stdin.lock().read_to_string(&mut source) {
                eprintln!("jsrig: cannot read the script from stdin: {e}");
                return 1;
            }
            Entry::Eval { source, print: false }
        }
    };
    argv.extend(cli.script_args);
    let options = RuntimeOptions { backend, argv, exec_argv: cli.exec_argv, max_heap_bytes: cli.max_heap_bytes, engine_flags: cli.engine_flags };
    runtime::run(options, entry)
}
