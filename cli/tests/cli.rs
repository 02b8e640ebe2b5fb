//! The command line itself: options, subcommands, exit codes and failure messages,
//! on every engine of this build.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn jsrig() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jsrig"));
    c.env_remove("JSRIG_ENGINE").env("NO_COLOR", "1");
    c
}

fn run(args: &[&str]) -> Output {
    jsrig().args(args).output().expect("jsrig runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn engines() -> Vec<String> {
    if let Ok(list) = std::env::var("JSRIG_TEST_ENGINES") {
        return list.split(',').map(str::to_owned).filter(|s| !s.is_empty()).collect();
    }
    stdout(&run(&["engines"])).lines().filter_map(|l| l.split_whitespace().next().map(str::to_owned)).collect()
}

fn temp_script(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jsrig-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

#[test]
fn version_and_help() {
    let o = run(&["--version"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), format!("jsrig v{}", env!("CARGO_PKG_VERSION")));
    let o = run(&["--help"]);
    assert!(o.status.success() && stdout(&o).contains("Usage: jsrig"));
}

#[test]
fn engines_lists_every_engine_with_its_version() {
    let o = run(&["engines"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.lines().any(|l| l.starts_with("quickjs") && l.split_whitespace().nth(1).is_some()), "{text}");
    for e in engines() {
        assert!(text.lines().any(|l| l.split_whitespace().next() == Some(&e)), "{e} missing from:\n{text}");
    }
}

#[test]
fn eval_and_print_on_every_engine() {
    for e in engines() {
        let o = run(&["--engine", &e, "-e", "console.log([1, 2, 3].map(x => x * 2))"]);
        assert_eq!(stdout(&o), "[ 2, 4, 6 ]\n", "{e}: {}", stderr(&o));
        let o = run(&["--engine", &e, "-p", "6 * 7"]);
        assert_eq!(stdout(&o), "42\n", "{e}");
        let o = run(&["--engine", &e, "eval", "console.log(typeof require, typeof module, __filename)"]);
        assert_eq!(stdout(&o), "function object [eval]\n", "{e}");
        // -e code runs in the global scope, as a classic script.
        let o = run(&["--engine", &e, "-e", "var g = 1; console.log(globalThis.g, this === globalThis)"]);
        assert_eq!(stdout(&o), "1 true\n", "{e}");
        let o = run(&["--engine", &e, "-e", "console.log(process.argv.slice(1))", "a", "b"]);
        assert_eq!(stdout(&o), "[ 'a', 'b' ]\n", "{e}");
    }
}

#[test]
fn the_issue_example_prints_3_2_1() {
    let code = "setTimeout(()=>console.log(1));Promise.resolve().then(()=>console.log(2));process.nextTick(()=>console.log(3))";
    for e in engines() {
        assert_eq!(stdout(&run(&["--engine", &e, "-e", code])), "3\n2\n1\n", "{e}");
    }
}

#[test]
fn engine_from_the_environment() {
    for e in engines() {
        let o = jsrig().env("JSRIG_ENGINE", &e).args(["-p", "Object.keys(process.versions).join()"]).output().unwrap();
        assert_eq!(stdout(&o), format!("node,jsrig,{e}\n"), "{}", stderr(&o));
    }
}

#[test]
fn run_subcommand_and_script_arguments() {
    let f = temp_script("args.js", "console.log(process.argv.slice(2).join('|'), require('path').basename(__filename));");
    let o = run(&["run", f.to_str().unwrap(), "x", "--flag"]);
    assert_eq!(stdout(&o), "x|--flag args.js\n", "{}", stderr(&o));
    // Options after the script belong to the script.
    let o = run(&[f.to_str().unwrap(), "--version"]);
    assert_eq!(stdout(&o), "--version args.js\n");
}

#[test]
fn script_from_stdin() {
    let mut child = jsrig().stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"console.log('from stdin')").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(stdout(&o), "from stdin\n");
}

#[test]
fn bad_options_exit_9() {
    let o = run(&["--no-such-option"]);
    assert_eq!(o.status.code(), Some(9));
    assert!(stderr(&o).contains("bad option: --no-such-option"), "{}", stderr(&o));
    let o = run(&["--engine", "no-such-engine", "-e", "1"]);
    assert_eq!(o.status.code(), Some(9));
    assert!(stderr(&o).contains("unknown engine 'no-such-engine'"), "{}", stderr(&o));
    let o = run(&["-e"]);
    assert_eq!(o.status.code(), Some(9));
}

#[test]
fn missing_script_is_module_not_found() {
    for e in engines() {
        let o = run(&["--engine", &e, "/no/such/script.js"]);
        assert_eq!(o.status.code(), Some(1), "{e}");
        let err = stderr(&o);
        assert_eq!(err.lines().next(), Some("node:internal/modules/cjs/loader:1210"), "{e}: {err}");
        assert!(err.contains("Error: Cannot find module '/no/such/script.js'"), "{e}: {err}");
        assert!(err.contains("code: 'MODULE_NOT_FOUND'"), "{e}: {err}");
    }
}

#[test]
fn syntax_error_in_eval_names_the_position() {
    for e in engines() {
        let o = run(&["--engine", &e, "-e", "let x = ;"]);
        assert_eq!(o.status.code(), Some(1), "{e}");
        let err = stderr(&o);
        assert_eq!(err.lines().next(), Some("[eval]:1"), "{e}: {err}");
        assert!(err.contains("SyntaxError"), "{e}: {err}");
    }
}

#[test]
fn process_exit_code_is_the_exit_status() {
    for e in engines() {
        assert_eq!(run(&["--engine", &e, "-e", "process.exit(7)"]).status.code(), Some(7), "{e}");
        assert_eq!(run(&["--engine", &e, "-e", "process.exitCode = 5"]).status.code(), Some(5), "{e}");
        let twice = "process.on('uncaughtException', () => { throw new Error('again') }); throw new Error('first')";
        assert_eq!(run(&["--engine", &e, "-e", twice]).status.code(), Some(7), "{e}");
    }
}

#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    for e in engines() {
        let mut child = jsrig()
            .args(["--engine", &e, "-e", "for (let i = 0; i < 100000; i++) console.log('line', i)"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{e}: {}", stderr(&o));
    }
}

/// host/js/builtin-exports.json must list what each builtin really exports, on every
/// engine: ES modules import builtins by these names. (`process._eval` exists only
/// because this runs under `-e`.)
#[test]
fn recorded_builtin_exports_are_current() {
    let recorded: serde_json::Value = serde_json::from_str(include_str!("../../host/js/builtin-exports.json")).unwrap();
    let script = "const out = {}; for (const id of require('module').builtinModules) out[id] = Object.keys(require(id)).filter((k) => k !== 'default' && k !== '_eval'); console.log(JSON.stringify(out));";
    for e in engines() {
        let o = run(&["--engine", &e, "-e", script]);
        let live: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap_or_else(|_| panic!("{e}: {}", stderr(&o)));
        assert_eq!(live, recorded, "{e}: host/js/builtin-exports.json is stale: run scripts/gen-builtin-exports");
    }
}
