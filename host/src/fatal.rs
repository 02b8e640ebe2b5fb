//! The last-resort report of an uncaught error, used only when host/js cannot make
//! Node's report itself (the bootstrap failed, or an error handler threw).

use engine_api::JsError;

use crate::ops::modules::source_line;

/// Prints `file:line`, the source line, and the error's stack, then exits with `code`.
pub fn exit_with_report(err: &JsError, code: i32) -> ! {
    crate::ops::io::flush();
    let mut out = String::new();
    if let Some(loc) = &err.location {
        out.push_str(&format!("{}:{}\n", loc.file, loc.line));
        if let Some(src) = loc.source_line.clone().or_else(|| source_line(&loc.file, loc.line as usize)) {
            out.push_str(&format!("{src}\n{}^\n", " ".repeat(loc.column.saturating_sub(1) as usize)));
        }
        out.push('\n');
    }
    out.push_str(&err.to_string());
    out.push_str(&format!("\n\njsrig v{}\n", env!("CARGO_PKG_VERSION")));
    eprint!("{out}");
    std::process::exit(code)
}
