//! A self-contained HTML report: the table, a box plot of wall times per runtime and
//! a bar chart per `jsrig:bench` function, as inline SVG (no scripts, no external
//! references).

use std::fmt::Write;

use crate::report::{self, fmt_kb, fmt_ms, fmt_ns, Machine};
use crate::run::TargetResult;
use crate::stats;
use crate::Options;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const COLORS: &[&str] = &["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948"];

/// Horizontal box plots (whiskers min..max, box p25..p75, a line at the median).
fn box_plot(results: &[TargetResult]) -> String {
    let rows: Vec<(String, Vec<f64>)> = results
        .iter()
        .map(|r| (r.target.name.clone(), r.samples.iter().filter(|s| s.ok).map(|s| s.wall_ms).collect::<Vec<f64>>()))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    if rows.is_empty() {
        return String::from("<p>No successful runs.</p>");
    }
    let hi = rows.iter().map(|(_, v)| stats::max(v)).fold(0.0, f64::max) * 1.05;
    let (left, width, row_h) = (120.0, 560.0, 36.0);
    let height = rows.len() as f64 * row_h + 40.0;
    let x = |v: f64| left + v / hi * width;
    let mut svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"wall time per runtime\">", left + width + 20.0);
    for (i, (name, v)) in rows.iter().enumerate() {
        let y = 10.0 + i as f64 * row_h;
        let c = COLORS[i % COLORS.len()];
        let (lo, q1, med, q3, top) = (stats::min(v), stats::percentile(v, 25.0), stats::median(v), stats::percentile(v, 75.0), stats::max(v));
        let _ = write!(svg, "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" font-family=\"sans-serif\">{}</text>", left - 8.0, y + 18.0, esc(name));
        let _ = write!(svg, "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555\"/>", x(lo), y + 14.0, x(top), y + 14.0);
        let _ = write!(svg, "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"28\" fill=\"{c}\" fill-opacity=\"0.6\" stroke=\"{c}\"/>", x(q1), (x(q3) - x(q1)).max(1.0));
        let _ = write!(svg, "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#000\" stroke-width=\"2\"/>", x(med), x(med), y + 28.0);
        for s in v {
            let _ = write!(svg, "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2\" fill=\"#222\" fill-opacity=\"0.5\"/>", x(*s), y + 14.0);
        }
    }
    let axis_y = rows.len() as f64 * row_h + 16.0;
    let _ = write!(svg, "<line x1=\"{left}\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"#888\"/>", left + width);
    for k in 0..=4 {
        let v = hi * k as f64 / 4.0;
        let _ = write!(svg, "<text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" font-family=\"sans-serif\">{}</text>", x(v), axis_y + 16.0, esc(&fmt_ms(v)));
    }
    svg.push_str("</svg>");
    svg
}

fn bar_chart(rows: &[(String, f64)]) -> String {
    let hi = rows.iter().map(|(_, v)| *v).fold(0.0, f64::max) * 1.1;
    let (left, width, row_h) = (120.0, 480.0, 26.0);
    let mut svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">", left + width + 110.0, rows.len() as f64 * row_h + 8.0);
    for (i, (name, ns)) in rows.iter().enumerate() {
        let y = 4.0 + i as f64 * row_h;
        let w = if hi > 0.0 { ns / hi * width } else { 0.0 };
        let _ = write!(svg, "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" font-family=\"sans-serif\">{}</text>", left - 8.0, y + 15.0, esc(name));
        let _ = write!(svg, "<rect x=\"{left}\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"{}\"/>", COLORS[i % COLORS.len()]);
        let _ = write!(svg, "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" font-family=\"sans-serif\">{}</text>", left + w + 6.0, y + 15.0, esc(&fmt_ns(*ns)));
    }
    svg.push_str("</svg>");
    svg
}

pub fn page(opts: &Options, results: &[TargetResult], m: &Machine) -> String {
    let mut h = String::from("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>jsrig bench</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}.fail{color:#b00}</style></head><body>\n");
    let _ = write!(h, "<h1>jsrig bench <code>{}</code></h1>\n<p>{} runs per runtime (+{} warm-up), every run a fresh process.</p>\n", esc(&opts.file.display().to_string()), opts.runs, opts.warmup);
    let sums: Vec<_> = results.iter().map(report::summarize).collect();
    let fastest = sums.iter().filter(|s| s.ok > 0).map(|s| s.median).fold(f64::INFINITY, f64::min);
    h.push_str("<table><tr><th>runtime</th><th>version</th><th>min</th><th>median</th><th>max</th><th>spread</th><th>user+sys</th><th>peak RSS</th><th>ratio</th></tr>\n");
    for (r, s) in results.iter().zip(&sums) {
        if s.ok == 0 {
            let why = r.samples.iter().find_map(|x| x.error.clone()).unwrap_or_default();
            let _ = writeln!(h, "<tr><td>{}</td><td>{}</td><td class=\"fail\" colspan=\"7\">failed: {}</td></tr>", esc(&r.target.name), esc(&r.target.version), esc(&why));
            continue;
        }
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>±{:.1}%</td><td>{}</td><td>{}</td><td>{:.2}x</td></tr>",
            esc(&r.target.name),
            esc(&r.target.version),
            fmt_ms(s.min),
            fmt_ms(s.median),
            fmt_ms(s.max),
            s.spread,
            fmt_ms(s.cpu),
            fmt_kb(s.rss_kb),
            s.median / fastest
        );
    }
    h.push_str("</table>\n<h2>Wall time per run</h2>\n");
    h.push_str(&box_plot(results));
    let micro = report::micro(results);
    if !micro.is_empty() {
        h.push_str("\n<h2>Functions (jsrig:bench, time per iteration)</h2>\n");
        for (key, rows) in &micro {
            let _ = write!(h, "<h3>{}</h3>\n{}\n", esc(report::display_name(key)), bar_chart(rows));
        }
    }
    let _ = write!(h, "\n<p>Machine: {} ({} cores), {}, {}.</p>\n</body></html>\n", esc(&m.cpu), m.cores, esc(&m.memory), esc(&m.os));
    h
}
