//! Running the script: one fresh process per sample, measured with wait4's rusage.

use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{Options, Target};

#[derive(Clone, Debug)]
pub struct Sample {
    pub ok: bool,
    pub exit_code: i32,
    pub wall_ms: f64,
    pub cpu_ms: f64,
    pub max_rss_kb: u64,
    /// The first lines of stderr of a failed run.
    pub error: Option<String>,
    /// `jsrig:bench` results of this run: (name, ns per iteration).
    pub micro: Vec<(String, f64)>,
}

#[derive(Clone, Debug)]
pub struct TargetResult {
    pub target: Target,
    pub samples: Vec<Sample>,
}

fn report_path() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("jsrig-bench-{}-{}.json", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)))
}

fn read_micro(path: &std::path::Path) -> Vec<(String, f64)> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    let _ = std::fs::remove_file(path);
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str::<serde_json::Value>(&text) else { return Vec::new() };
    items
        .iter()
        .filter_map(|i| Some((i.get("name")?.as_str()?.to_owned(), i.get("nsPerIter")?.as_f64()?)))
        .collect()
}

/// One run of `target` on the script, in a fresh process.
pub fn sample(target: &Target, opts: &Options) -> Sample {
    let report = report_path();
    let mut cmd = Command::new(&target.command[0]);
    cmd.args(&target.command[1..]).arg(&opts.file).args(&opts.script_args);
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
    cmd.env("JSRIG_BENCH_REPORT", &report);
    let start = Instant::now();
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Sample { ok: false, exit_code: -1, wall_ms: 0.0, cpu_ms: 0.0, max_rss_kb: 0, error: Some(format!("cannot start: {e}")), micro: Vec::new() }
        }
    };
    let pid = child.id() as libc::pid_t;
    // stderr is read on another thread, so a chatty script cannot block on a full pipe.
    let mut stderr = child.stderr.unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall_ms = start.elapsed().as_secs_f64() * 1e3;
    let err_bytes = reader.join().unwrap_or_default();
    let tv_ms = |tv: libc::timeval| tv.tv_sec as f64 * 1e3 + tv.tv_usec as f64 / 1e3;
    let exit_code = if waited < 0 {
        -1
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    let ok = exit_code == 0;
    let error = (!ok).then(|| {
        let text = String::from_utf8_lossy(&err_bytes);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(6).collect();
        format!("exit code {exit_code}: {}", lines.join(" | "))
    });
    Sample {
        ok,
        exit_code,
        wall_ms,
        cpu_ms: tv_ms(usage.ru_utime) + tv_ms(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss as u64,
        error,
        micro: read_micro(&report),
    }
}

/// Warm-up runs, then the measured runs, round-robin across targets so that a
/// machine getting busier or quieter affects every target alike.
pub fn run_all(opts: &Options, targets: &[Target], progress: bool) -> Vec<TargetResult> {
    let total = (opts.warmup + opts.runs) * targets.len();
    let bar = if progress {
        let b = indicatif::ProgressBar::new(total as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} runs [{bar:30}] {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut results: Vec<TargetResult> = targets.iter().map(|t| TargetResult { target: t.clone(), samples: Vec::new() }).collect();
    for round in 0..opts.warmup + opts.runs {
        for r in results.iter_mut() {
            bar.set_message(format!("{} ({})", r.target.name, if round < opts.warmup { "warm-up" } else { "measuring" }));
            let s = sample(&r.target, opts);
            if round >= opts.warmup {
                r.samples.push(s);
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    results
}
