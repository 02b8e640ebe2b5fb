//! `jsrig bench`: the table, the JSON and HTML reports, failures and bad arguments.

use std::process::{Command, Output};

fn jsrig_bench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jsrig")).arg("bench").args(args).env("NO_COLOR", "1").output().expect("jsrig runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn engines() -> Vec<String> {
    if let Ok(list) = std::env::var("JSRIG_TEST_ENGINES") {
        return list.split(',').map(str::to_owned).filter(|s| !s.is_empty()).collect();
    }
    let o = Command::new(env!("CARGO_BIN_EXE_jsrig")).arg("engines").output().unwrap();
    text(&o.stdout).lines().filter_map(|l| l.split_whitespace().next().map(str::to_owned)).collect()
}

fn dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("jsrig-bench-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn script(name: &str, source: &str) -> String {
    let p = dir().join(name);
    std::fs::write(&p, source).unwrap();
    p.display().to_string()
}

#[test]
fn one_row_per_engine_and_json_samples() {
    let engines = engines();
    let file = script("work.js", "let s = 0; for (let i = 0; i < 1e5; i++) s += i; console.log(s);");
    let json = dir().join("out.json");
    let list = engines.join(",");
    let o = jsrig_bench(&[&file, "--engine", &list, "--runs", "3", "--warmup", "0", "--json", json.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let table = text(&o.stdout);
    for e in &engines {
        let rows = table.lines().filter(|l| l.split_whitespace().next() == Some(e)).count();
        assert_eq!(rows, 1, "{e} has one row in:\n{table}");
    }
    assert!(table.contains("median") && table.contains("peak RSS") && table.contains("machine:"), "{table}");
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).expect("valid JSON");
    let targets = doc["targets"].as_array().unwrap();
    assert_eq!(targets.len(), engines.len());
    for t in targets {
        let samples = t["samples"].as_array().unwrap();
        assert_eq!(samples.len(), 3, "{}", t["name"]);
        assert!(samples.iter().all(|s| s["ok"] == true && s["wall_ms"].as_f64().unwrap() > 0.0 && s["max_rss_kb"].as_u64().unwrap() > 0));
    }
}

#[test]
fn functions_from_jsrig_bench_are_tabled() {
    let file = script("micro.js", "const { bench, hostCall } = require('jsrig:bench');\nbench('noop op', () => hostCall());\nbench('add', () => 1 + 1);");
    let o = jsrig_bench(&[&file, "--runs", "1", "--warmup", "0"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let table = text(&o.stdout);
    assert!(table.contains("functions (jsrig:bench"), "{table}");
    assert!(table.lines().any(|l| l.starts_with("noop op")) && table.lines().any(|l| l.starts_with("add")), "{table}");
}

#[test]
fn html_report_is_one_self_contained_file() {
    let file = script("html.js", "console.log(1)");
    let html = dir().join("report.html");
    let o = jsrig_bench(&[&file, "--runs", "2", "--warmup", "0", "--html", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("<svg") && page.trim_end().ends_with("</html>"));
    for external in ["<script", "src=", "href=", "@import", "url("] {
        assert!(!page.contains(external), "the page refers to something outside itself: {external}");
    }
}

#[test]
fn a_throwing_script_is_a_failed_run() {
    let file = script("throws.js", "throw new Error('benchmark broke')");
    let o = jsrig_bench(&[&file, "--runs", "2", "--warmup", "0", "--engine", "quickjs"]);
    assert_eq!(o.status.code(), Some(1));
    let table = text(&o.stdout);
    assert!(table.contains("failed: exit code 1"), "{table}");
    assert!(table.contains("benchmark broke"), "{table}");
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        vec!["--runs", "0", "x.js"],
        vec!["--runs", "many", "x.js"],
        vec!["--bogus"],
        vec![],
        vec!["/no/such/file.js"],
        vec!["--engine", "nope"],
        vec!["--compare", "rhino"],
    ] {
        let mut full = args.clone();
        if args.iter().any(|a| *a == "--engine" || *a == "--compare") {
            full.insert(0, env!("CARGO_MANIFEST_DIR"));
            full[0] = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        }
        let o = jsrig_bench(&full);
        assert_eq!(o.status.code(), Some(2), "{full:?}: {}", text(&o.stderr));
        assert!(text(&o.stderr).starts_with("jsrig bench: "), "{full:?}: {}", text(&o.stderr));
    }
}
