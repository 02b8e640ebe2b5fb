//! Runs every script in tests/cases on every engine this build has (`jsrig engines`,
//! including engines in sibling executables) and compares stdout, the first line of
//! stderr and the exit code with what node printed (tests/expected, recorded by
//! tests/record.js). `JSRIG_TEST_ENGINES=quickjs,v8` restricts the engines.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(60);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn jsrig() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_jsrig"))
}

fn engines() -> Vec<String> {
    if let Ok(list) = std::env::var("JSRIG_TEST_ENGINES") {
        return list.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
    }
    let out = Command::new(jsrig()).arg("engines").output().expect("jsrig engines runs");
    String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.split_whitespace().next().map(str::to_owned)).collect()
}

/// What a run printed, with the machine-specific cases path replaced by `<CASES>`.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    stdout: String,
    stderr_first_line: String,
    code: i32,
}

fn normalize(text: &str, cases: &Path) -> String {
    let dir = cases.display().to_string();
    let url = format!("file://{dir}");
    let text = text.replace(&url, "file://<CASES>").replace(&dir, "<CASES>");
    // Warnings carry the process id: `(node:1234) Warning: ...`.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("(node:") {
        out.push_str(&rest[..i + 6]);
        rest = &rest[i + 6..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(')') {
            out.push_str("<PID>");
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

/// Arguments for a case, from a `// args: a b c` line at its top.
fn case_args(source: &str) -> Vec<String> {
    source
        .lines()
        .take(5)
        .find_map(|l| l.strip_prefix("// args:"))
        .map(|a| a.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

fn run_case(engine: &str, case: &Path, cases: &Path) -> Result<Outcome, String> {
    let source = std::fs::read_to_string(case).map_err(|e| e.to_string())?;
    let mut child = Command::new(jsrig())
        .arg("--engine")
        .arg(engine)
        .arg(case.file_name().unwrap())
        .args(case_args(&source))
        .current_dir(cases)
        .env_remove("NODE_DEBUG")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run jsrig: {e}"))?;
    let start = Instant::now();
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {TIMEOUT:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    Ok(Outcome {
        stdout: normalize(&String::from_utf8_lossy(&out.stdout), cases),
        stderr_first_line: normalize(stderr.lines().next().unwrap_or(""), cases),
        code: out.status.code().unwrap_or(-1),
    })
}

/// Where a case's recorded output lives: tests/expected for tests/cases, and
/// tests/expected/<suite> for other suites (tests/npm).
fn expected_dir(cases: &Path) -> PathBuf {
    match cases.file_name().and_then(|n| n.to_str()) {
        Some("cases") => root().join("tests/expected"),
        Some(suite) => root().join("tests/expected").join(suite),
        None => root().join("tests/expected"),
    }
}

fn expected(case: &Path) -> Result<Outcome, String> {
    let name = case.file_name().unwrap().to_string_lossy();
    let dir = expected_dir(case.parent().unwrap());
    let stdout = std::fs::read_to_string(dir.join(format!("{name}.out"))).map_err(|_| format!("no expected output for {name}: run `node tests/record.js`"))?;
    let status = std::fs::read_to_string(dir.join(format!("{name}.status"))).map_err(|e| e.to_string())?;
    let mut lines = status.lines();
    let code = lines.next().and_then(|l| l.strip_prefix("exit ")).and_then(|c| c.parse().ok()).ok_or("bad .status file")?;
    let stderr_first_line = lines.next().and_then(|l| l.strip_prefix("stderr ")).unwrap_or("").to_owned();
    Ok(Outcome { stdout, stderr_first_line, code })
}

fn compare(engine: &str, case: &Path, cases: &Path) -> Result<(), Failed> {
    let want = expected(case)?;
    let got = run_case(engine, case, cases)?;
    if want == got {
        return Ok(());
    }
    let mut msg = String::new();
    if want.code != got.code {
        msg.push_str(&format!("exit code: node {} / jsrig {}\n", want.code, got.code));
    }
    if want.stderr_first_line != got.stderr_first_line {
        msg.push_str(&format!("first line of stderr:\n  node:  {:?}\n  jsrig: {:?}\n", want.stderr_first_line, got.stderr_first_line));
    }
    if want.stdout != got.stdout {
        let diff = similar::TextDiff::from_lines(&want.stdout, &got.stdout);
        msg.push_str("stdout (- node, + jsrig):\n");
        msg.push_str(&diff.unified_diff().context_radius(3).to_string());
    }
    Err(msg.into())
}

fn scripts_in(dir: &Path) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "js" || e == "mjs" || e == "cjs"))
        .collect();
    cases.sort();
    cases
}

fn main() {
    let args = Arguments::from_args();
    let npm = root().join("tests/npm");
    let suites = [("", root().join("tests/cases")), ("npm/", npm.clone())];
    let npm_installed = npm.join("node_modules").is_dir();
    let mut trials = Vec::new();
    for engine in engines() {
        for (prefix, dir) in &suites {
            for case in scripts_in(dir) {
                let (engine, dir) = (engine.clone(), dir.clone());
                let name = format!("{engine}::{prefix}{}", case.file_name().unwrap().to_string_lossy());
                if *prefix == "npm/" && !npm_installed {
                    trials.push(Trial::test(name, || Err("the npm packages are not installed: run `npm ci` in tests/npm (scripts/test does)".into())));
                    continue;
                }
                trials.push(Trial::test(name, move || compare(&engine, &case, &dir)));
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
