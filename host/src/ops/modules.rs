//! What the CommonJS loader (host/js/internal/modules/cjs.js) needs from Rust:
//! Node's resolution, source text, and the embedded builtins.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpResult, OpState, Value};

use crate::builtins;
use crate::resolve::{Format, Resolved, Resolver};
use crate::url::file_url_to_path;

inventory::submit!(OpDecl::sync("resolveRequire", op_resolve_require));
inventory::submit!(OpDecl::sync("resolveImport", op_resolve_import));
inventory::submit!(OpDecl::sync("readSource", op_read_source));
inventory::submit!(OpDecl::sync("formatOf", op_format_of));
inventory::submit!(OpDecl::sync("builtinSource", op_builtin_source));
inventory::submit!(OpDecl::sync("builtinIds", op_builtin_ids));
inventory::submit!(OpDecl::sync("sourceLine", op_source_line));

fn resolver(state: &OpState) -> Rc<Resolver> {
    state.borrow::<Rc<Resolver>>().clone()
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

/// `resolveRequire(request, parentFilename | null)`: `node:id` for a builtin, else
/// the absolute, real path of the file.
fn op_resolve_require(state: &mut OpState, mut args: Args) -> OpResult {
    let request = args.string(0, "request")?;
    let parent = args.optional_string(1, "parent")?;
    let r = resolver(state).resolve_require(&request, parent.as_deref().map(Path::new), &cwd())?;
    Ok(Value::from(match r {
        Resolved::Builtin(id) => crate::resolve::builtin_specifier(&id),
        Resolved::File(p) => p.display().to_string(),
    }))
}

/// `resolveImport(specifier, parentURL)`: the module URL, as `import.meta.resolve`.
fn op_resolve_import(state: &mut OpState, mut args: Args) -> OpResult {
    let specifier = args.string(0, "specifier")?;
    let parent = args.optional_string(1, "parent")?.unwrap_or_default();
    let r = resolver(state).resolve_import(&specifier, &parent, &cwd())?;
    Ok(Value::from(crate::resolve::module_url(&r)))
}

fn op_read_source(_: &mut OpState, mut args: Args) -> OpResult {
    let path = args.string(0, "path")?;
    std::fs::read_to_string(&path).map(Value::String).map_err(|e| super::io_error(&e, "open", Some(&path)))
}

fn op_format_of(state: &mut OpState, mut args: Args) -> OpResult {
    let path = args.string(0, "path")?;
    Ok(Value::from(match resolver(state).format_of(Path::new(&path))? {
        Format::Esm => "module",
        Format::CommonJs => "commonjs",
        Format::Json => "json",
        Format::Addon => "addon",
    }))
}

fn op_builtin_source(_: &mut OpState, mut args: Args) -> OpResult {
    let id = args.string(0, "id")?;
    Ok(builtins::source(&id).map(Value::from).unwrap_or_default())
}

fn op_builtin_ids(_: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Array(builtins::public_ids().map(Value::from).collect()))
}

/// Line `line` (1-based) of a script, for error reports: a path, a file URL or a
/// `node:` builtin.
fn op_source_line(_: &mut OpState, mut args: Args) -> OpResult {
    let file = args.string(0, "file")?;
    let line = args.integer(1, "line")?;
    Ok(source_line(&file, line as usize).map(Value::from).unwrap_or_default())
}

pub fn source_line(file: &str, line: usize) -> Option<String> {
    if line == 0 {
        return None;
    }
    let text = if let Some(id) = file.strip_prefix("node:") {
        builtins::source(id)?.to_owned()
    } else {
        let path = if file.starts_with("file:") { file_url_to_path(file)? } else { PathBuf::from(file) };
        std::fs::read_to_string(path).ok()?
    };
    text.lines().nth(line - 1).map(str::to_owned)
}

/// The error for `require()` of a file with no loader.
pub fn unsupported_addon(path: &str) -> JsError {
    JsError::error(format!("Native addons are not supported by jsrig: {path}")).with_code("ERR_DLOPEN_FAILED")
}
