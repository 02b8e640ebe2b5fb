//! The ES module loader the engines call: Node's resolution (resolve.rs), and source
//! text for every kind of module. CommonJS files, JSON and builtins are loaded through
//! small generated ES modules ("facades") that re-export them, so that every engine
//! only ever compiles source text.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use engine_api::{JsError, ModuleLoader, ModuleSource};

use crate::builtins;
use crate::cjs_lexer;
use crate::resolve::{Format, Resolved, Resolver};
use crate::url::file_url_to_path;

/// The global (a registered symbol) through which facades reach the CommonJS loader;
/// host/js/internal/bootstrap.js defines it.
const FACADE_HOOK: &str = "globalThis[Symbol.for('jsrig.esm.facade')]";

pub struct EsmLoader {
    pub resolver: Rc<Resolver>,
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

fn json(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// A module that evaluates `expr` and exports it as `default` and under `names`.
fn facade(expr: &str, names: &[String]) -> String {
    let mut src = format!("const m = {expr};\nexport default m;\n");
    let mut list = Vec::new();
    for (i, name) in names.iter().enumerate() {
        src.push_str(&format!("const e{i} = m == null ? undefined : m[{}];\n", json(name)));
        list.push(format!("e{i} as {}", json(name)));
    }
    if !list.is_empty() {
        src.push_str(&format!("export {{ {} }};\n", list.join(", ")));
    }
    src
}

impl EsmLoader {
    /// Export names of a CommonJS file, following re-exports (`module.exports = require(...)`).
    fn cjs_names(&self, path: &Path, seen: &mut Vec<PathBuf>) -> Vec<String> {
        if seen.iter().any(|p| p == path) {
            return Vec::new();
        }
        seen.push(path.to_owned());
        let Ok(source) = std::fs::read_to_string(path) else { return Vec::new() };
        let lexed = cjs_lexer::lex(&source);
        let mut names = lexed.names;
        for spec in lexed.reexports {
            let more = match self.resolver.resolve_require(&spec, Some(path), &cwd()) {
                Ok(Resolved::File(p)) => self.cjs_names(&p, seen),
                Ok(Resolved::Builtin(id)) => builtin_names(&id),
                Err(_) => Vec::new(),
            };
            for n in more {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names
    }
}

/// The names a builtin exports, as recorded in host/js/builtin-exports.json by
/// scripts/gen-builtin-exports (builtins assemble their exports in ways no lexer can
/// follow; a CLI test keeps the file current). jsrig's own modules are lexed.
fn builtin_names(id: &str) -> Vec<String> {
    static RECORDED: std::sync::OnceLock<std::collections::HashMap<String, Vec<String>>> = std::sync::OnceLock::new();
    let recorded = RECORDED.get_or_init(|| serde_json::from_str(include_str!("../js/builtin-exports.json")).unwrap_or_default());
    match recorded.get(id) {
        Some(names) => names.clone(),
        None => builtins::source(id).map(|s| cjs_lexer::lex(s).names).unwrap_or_default(),
    }
}

impl ModuleLoader for EsmLoader {
    fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, JsError> {
        let r = self.resolver.resolve_import(specifier, referrer, &cwd())?;
        Ok(crate::resolve::module_url(&r))
    }

    fn load(&self, url: &str) -> Result<ModuleSource, JsError> {
        let builtin = url.strip_prefix("node:").map(str::to_owned).or_else(|| builtins::jsrig_module(url));
        if let Some(id) = builtin {
            let names = builtin_names(&id);
            return Ok(ModuleSource { source: facade(&format!("{FACADE_HOOK}.builtin({})", json(&id)), &names) });
        }
        let path = file_url_to_path(url)
            .ok_or_else(|| JsError::type_error(format!("File URL path must be absolute: {url}")).with_code("ERR_INVALID_FILE_URL_PATH"))?;
        let read = || std::fs::read_to_string(&path).map_err(|e| crate::ops::io_error(&e, "open", Some(&path.display().to_string())));
        let source = match self.resolver.format_of(&path)? {
            Format::Esm => {
                let text = read()?;
                text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)
            }
            Format::CommonJs => {
                let names = self.cjs_names(&path, &mut Vec::new());
                facade(&format!("{FACADE_HOOK}.require({})", json(&path.display().to_string())), &names)
            }
            Format::Json => {
                let text = read()?;
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
                    return Err(JsError::new("SyntaxError", format!("{}: {e}", path.display())));
                }
                format!("export default {text};\n")
            }
            Format::Addon => return Err(crate::ops::modules::unsupported_addon(&path.display().to_string())),
        };
        Ok(ModuleSource { source })
    }
}
