//! Node's module resolution, shared by `require` (CommonJS) and `import` (ESM):
//! builtins, relative and absolute paths, `node_modules` lookup, `package.json`
//! `main`/`exports`/`imports`/`type`, with Node's error codes and messages.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use engine_api::JsError;
use serde_json::Value as Json;

use crate::builtins;
use crate::url::{file_url_to_path, path_to_file_url};

/// Which loader is asking: it picks the `exports` conditions and the lookup rules.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Require,
    Import,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    Builtin(String),
    File(PathBuf),
}

/// How a file is loaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Esm,
    CommonJs,
    Json,
    Addon,
}

#[derive(Clone)]
pub struct PackageJson {
    pub dir: PathBuf,
    pub path: PathBuf,
    pub json: Rc<Json>,
}

impl PackageJson {
    fn field(&self, key: &str) -> Option<&Json> {
        self.json.get(key)
    }
    pub fn name(&self) -> Option<&str> {
        self.field("name").and_then(Json::as_str)
    }
    pub fn is_module(&self) -> bool {
        self.field("type").and_then(Json::as_str) == Some("module")
    }
}

/// The resolver, with a cache of `package.json` reads (as Node keeps one).
#[derive(Default)]
pub struct Resolver {
    packages: RefCell<HashMap<PathBuf, Option<PackageJson>>>,
}

enum Target {
    Found(PathBuf),
    /// The target is `null`: explicitly not exported.
    Excluded,
    /// No condition matched.
    NoMatch,
}

const REQUIRE_EXTENSIONS: &[&str] = &[".js", ".json", ".node"];

fn not_found_require(request: &str, parent: Option<&Path>) -> JsError {
    let mut message = format!("Cannot find module '{request}'");
    let mut stack = Vec::new();
    if let Some(p) = parent {
        message.push_str(&format!("\nRequire stack:\n- {}", p.display()));
        stack.push(engine_api::Value::from(p.display().to_string()));
    }
    JsError::error(message).with_code("MODULE_NOT_FOUND").with_prop("requireStack", engine_api::Value::Array(stack))
}

fn describe_parent(parent: Option<&Path>) -> String {
    parent.map(|p| format!(" imported from {}", p.display())).unwrap_or_default()
}

fn invalid_specifier(spec: &str, reason: &str, parent: Option<&Path>) -> JsError {
    JsError::type_error(format!("Invalid module \"{spec}\" {reason}{}", describe_parent(parent))).with_code("ERR_INVALID_MODULE_SPECIFIER")
}

fn invalid_target(pkg: &PackageJson, key: &str, target: &str, is_imports: bool, parent: Option<&Path>) -> JsError {
    let rel = if is_imports { "imports" } else { "exports" };
    let msg = if key == "." {
        format!("Invalid \"{rel}\" main target {target:?} defined in the package config {}{}", pkg.path.display(), describe_parent(parent))
    } else {
        format!("Invalid \"{rel}\" target {target:?} defined for '{key}' in the package config {}{}", pkg.path.display(), describe_parent(parent))
    };
    JsError::error(msg).with_code("ERR_INVALID_PACKAGE_TARGET")
}

fn not_exported(pkg: &PackageJson, subpath: &str, parent: Option<&Path>) -> JsError {
    let msg = if subpath == "." {
        format!("No \"exports\" main defined in {}", pkg.path.display())
    } else {
        format!("Package subpath '{subpath}' is not defined by \"exports\" in {}{}", pkg.path.display(), describe_parent(parent))
    };
    JsError::error(msg).with_code("ERR_PACKAGE_PATH_NOT_EXPORTED")
}

/// `a/./b/../c` -> `a/c` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn is_relative_request(r: &str) -> bool {
    r == "." || r == ".." || r.starts_with("./") || r.starts_with("../")
}

/// Segments a target or pattern match must not contain (`..`, `.`, `node_modules`).
fn has_invalid_segment(s: &str, skip_first: bool) -> bool {
    s.split(['/', '\\']).enumerate().any(|(i, seg)| {
        let seg_l = seg.to_ascii_lowercase();
        !(skip_first && i == 0) && (seg == "." || seg == ".." || seg_l == "node_modules" || seg_l.starts_with("%2e") || seg_l.contains("%2f") || seg_l.contains("%5c"))
    })
}

impl Resolver {
    pub fn new() -> Self {
        Self::default()
    }

    /// The `package.json` in `dir`, parsed once.
    pub fn package_in(&self, dir: &Path) -> Result<Option<PackageJson>, JsError> {
        if let Some(cached) = self.packages.borrow().get(dir) {
            return Ok(cached.clone());
        }
        let path = dir.join("package.json");
        let pkg = match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<Json>(&text) {
                Ok(json) => Some(PackageJson { dir: dir.to_owned(), path, json: Rc::new(json) }),
                Err(e) => {
                    return Err(JsError::error(format!("Invalid package config {}: {e}", path.display())).with_code("ERR_INVALID_PACKAGE_CONFIG"))
                }
            },
            Err(_) => None,
        };
        self.packages.borrow_mut().insert(dir.to_owned(), pkg.clone());
        Ok(pkg)
    }

    /// The nearest `package.json` at or above `dir` (stopping at `node_modules`).
    pub fn package_scope(&self, dir: &Path) -> Result<Option<PackageJson>, JsError> {
        for d in dir.ancestors() {
            if d.file_name().is_some_and(|n| n == "node_modules") {
                break;
            }
            if let Some(pkg) = self.package_in(d)? {
                return Ok(Some(pkg));
            }
        }
        Ok(None)
    }

    /// How `path` loads: by extension, and for `.js` by the package's `type`.
    pub fn format_of(&self, path: &Path) -> Result<Format, JsError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        Ok(match ext {
            "mjs" => Format::Esm,
            "cjs" => Format::CommonJs,
            "json" => Format::Json,
            "node" => Format::Addon,
            _ => {
                let dir = path.parent().unwrap_or(Path::new("/"));
                match self.package_scope(dir)? {
                    Some(pkg) if pkg.is_module() => Format::Esm,
                    _ => Format::CommonJs,
                }
            }
        })
    }

    /// `require(request)` from a module at `parent` (a file path; `None` for the entry
    /// point, resolved against `base_dir`).
    pub fn resolve_require(&self, request: &str, parent: Option<&Path>, base_dir: &Path) -> Result<Resolved, JsError> {
        if let Some(b) = self.builtin(request)? {
            return Ok(b);
        }
        let dir = parent.and_then(Path::parent).unwrap_or(base_dir);
        let found = if is_relative_request(request) || Path::new(request).is_absolute() {
            let p = normalize(&dir.join(request));
            self.load_file_or_directory(&p, request.ends_with('/'))?
        } else if request.starts_with('#') {
            Some(self.resolve_imports(request, dir, Mode::Require, parent)?)
        } else {
            self.resolve_package(request, dir, Mode::Require, parent)?
        };
        match found {
            Some(p) => Ok(Resolved::File(std::fs::canonicalize(&p).unwrap_or(p))),
            None => Err(not_found_require(request, parent)),
        }
    }

    /// `import specifier` from the module at URL `referrer` (a file URL, a path, or
    /// empty for the entry point, resolved against `base_dir`).
    pub fn resolve_import(&self, specifier: &str, referrer: &str, base_dir: &Path) -> Result<Resolved, JsError> {
        if let Some(b) = self.builtin(specifier)? {
            return Ok(b);
        }
        let parent_path = if referrer.starts_with("file:") {
            file_url_to_path(referrer)
        } else if referrer.starts_with('/') {
            Some(PathBuf::from(referrer))
        } else {
            None
        };
        let parent = parent_path.as_deref();
        let dir = parent.and_then(Path::parent).unwrap_or(base_dir);
        let path = if specifier.starts_with("file:") {
            file_url_to_path(specifier).ok_or_else(|| invalid_specifier(specifier, "is not a valid file URL", parent))?
        } else if is_relative_request(specifier) || specifier.starts_with('/') {
            normalize(&dir.join(specifier))
        } else if specifier.starts_with('#') {
            self.resolve_imports(specifier, dir, Mode::Import, parent)?
        } else if let Some(scheme) = url_scheme(specifier) {
            return Err(JsError::error(format!(
                "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{scheme}'"
            ))
            .with_code("ERR_UNSUPPORTED_ESM_URL_SCHEME"));
        } else {
            match self.resolve_package(specifier, dir, Mode::Import, parent)? {
                Some(p) => p,
                None => {
                    let name = package_name(specifier).map(|(n, _)| n).unwrap_or(specifier);
                    return Err(JsError::error(format!("Cannot find package '{name}'{}", describe_parent(parent))).with_code("ERR_MODULE_NOT_FOUND"));
                }
            }
        };
        if path.is_dir() {
            return Err(JsError::error(format!("Directory import '{}' is not supported resolving ES modules{}", path.display(), describe_parent(parent)))
                .with_code("ERR_UNSUPPORTED_DIR_IMPORT"));
        }
        if !path.is_file() {
            return Err(JsError::error(format!("Cannot find module '{}'{}", path.display(), describe_parent(parent))).with_code("ERR_MODULE_NOT_FOUND"));
        }
        Ok(Resolved::File(std::fs::canonicalize(&path).unwrap_or(path)))
    }

    fn builtin(&self, request: &str) -> Result<Option<Resolved>, JsError> {
        if request.starts_with("jsrig:") {
            return match builtins::jsrig_module(request) {
                Some(id) => Ok(Some(Resolved::Builtin(id))),
                None => Err(JsError::error(format!("No such jsrig module: {request}")).with_code("ERR_UNKNOWN_BUILTIN_MODULE")),
            };
        }
        if let Some(id) = request.strip_prefix("node:") {
            return if builtins::is_public(id) {
                Ok(Some(Resolved::Builtin(id.to_owned())))
            } else {
                Err(JsError::error(format!("No such built-in module: {request}")).with_code("ERR_UNKNOWN_BUILTIN_MODULE"))
            };
        }
        Ok(builtins::is_public(request).then(|| Resolved::Builtin(request.to_owned())))
    }

    fn load_file_or_directory(&self, p: &Path, trailing_slash: bool) -> Result<Option<PathBuf>, JsError> {
        match self.load_as_file(p, trailing_slash) {
            Some(f) => Ok(Some(f)),
            None => self.load_as_directory(p),
        }
    }

    /// LOAD_AS_FILE: the path itself, then with each extension.
    fn load_as_file(&self, p: &Path, trailing_slash: bool) -> Option<PathBuf> {
        if trailing_slash {
            return None;
        }
        if p.is_file() {
            return Some(p.to_owned());
        }
        let s = p.as_os_str().to_string_lossy();
        REQUIRE_EXTENSIONS.iter().map(|ext| PathBuf::from(format!("{s}{ext}"))).find(|c| c.is_file())
    }

    /// LOAD_AS_DIRECTORY: `package.json` `main`, then `index.*`.
    fn load_as_directory(&self, p: &Path) -> Result<Option<PathBuf>, JsError> {
        if !p.is_dir() {
            return Ok(None);
        }
        if let Some(pkg) = self.package_in(p)? {
            if let Some(main) = pkg.field("main").and_then(Json::as_str).filter(|m| !m.is_empty()) {
                let m = normalize(&p.join(main));
                if let Some(f) = self.load_as_file(&m, false) {
                    return Ok(Some(f));
                }
                if let Some(f) = self.load_index(&m) {
                    return Ok(Some(f));
                }
            }
        }
        Ok(self.load_index(p))
    }

    fn load_index(&self, p: &Path) -> Option<PathBuf> {
        REQUIRE_EXTENSIONS.iter().map(|ext| p.join(format!("index{ext}"))).find(|c| c.is_file())
    }

    fn conditions(mode: Mode) -> &'static [&'static str] {
        match mode {
            Mode::Require => &["require", "node", "node-addons", "default"],
            Mode::Import => &["import", "node", "node-addons", "default"],
        }
    }

    /// A bare specifier: self-reference, then `node_modules` up the tree.
    fn resolve_package(&self, specifier: &str, dir: &Path, mode: Mode, parent: Option<&Path>) -> Result<Option<PathBuf>, JsError> {
        let Some((name, rest)) = package_name(specifier) else {
            return Err(invalid_specifier(specifier, "is not a valid package name", parent));
        };
        let subpath = format!(".{rest}");
        // A package may import itself by name through its own "exports".
        if let Some(scope) = self.package_scope(dir)? {
            if scope.name() == Some(name) && scope.field("exports").is_some() {
                return self.exports_resolve(&scope, &subpath, mode, parent).map(Some);
            }
        }
        for d in dir.ancestors() {
            if d.file_name().is_some_and(|n| n == "node_modules") {
                continue;
            }
            let pkg_dir = d.join("node_modules").join(name);
            if !pkg_dir.is_dir() {
                continue;
            }
            let pkg = self.package_in(&pkg_dir)?;
            if let Some(pkg) = pkg.as_ref().filter(|p| p.field("exports").is_some_and(|e| !e.is_null())) {
                return self.exports_resolve(pkg, &subpath, mode, parent).map(Some);
            }
            let target = pkg_dir.join(&subpath);
            let target = normalize(&target);
            return Ok(match mode {
                Mode::Require => self.load_file_or_directory(&target, specifier.ends_with('/'))?,
                Mode::Import if subpath == "." => self.legacy_main(&pkg_dir, pkg.as_ref()),
                Mode::Import => Some(target),
            });
        }
        Ok(None)
    }

    /// ESM's legacy `main` resolution for packages without `exports`.
    fn legacy_main(&self, pkg_dir: &Path, pkg: Option<&PackageJson>) -> Option<PathBuf> {
        if let Some(main) = pkg.and_then(|p| p.field("main")).and_then(Json::as_str) {
            let m = normalize(&pkg_dir.join(main));
            if let Some(f) = self.load_as_file(&m, false).or_else(|| self.load_index(&m)) {
                return Some(f);
            }
        }
        self.load_index(pkg_dir)
    }

    fn exports_resolve(&self, pkg: &PackageJson, subpath: &str, mode: Mode, parent: Option<&Path>) -> Result<PathBuf, JsError> {
        let exports = pkg.field("exports").cloned().unwrap_or(Json::Null);
        let conditions = Self::conditions(mode);
        if let Json::Object(map) = &exports {
            let dotted = map.keys().filter(|k| k.starts_with('.')).count();
            if dotted != 0 && dotted != map.len() {
                return Err(JsError::error(format!(
                    "Invalid package config {}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.",
                    pkg.path.display()
                ))
                .with_code("ERR_INVALID_PACKAGE_CONFIG"));
            }
        }
        let is_subpath_map = matches!(&exports, Json::Object(m) if m.keys().next().is_some_and(|k| k.starts_with('.')));
        let result = if subpath == "." {
            let main = if is_subpath_map { exports.get(".").cloned() } else { Some(exports.clone()) };
            match main {
                Some(m) => self.target_resolve(pkg, &m, None, ".", false, conditions, parent)?,
                None => Target::NoMatch,
            }
        } else if let (true, Json::Object(map)) = (is_subpath_map, &exports) {
            self.imports_exports_resolve(subpath, map, pkg, false, conditions, parent)?
        } else {
            Target::NoMatch
        };
        match result {
            Target::Found(p) => Ok(p),
            _ => Err(not_exported(pkg, subpath, parent)),
        }
    }

    fn resolve_imports(&self, specifier: &str, dir: &Path, mode: Mode, parent: Option<&Path>) -> Result<PathBuf, JsError> {
        if specifier == "#" || specifier.starts_with("#/") {
            return Err(invalid_specifier(specifier, "is not a valid internal imports specifier name", parent));
        }
        if let Some(pkg) = self.package_scope(dir)? {
            if let Some(Json::Object(imports)) = pkg.field("imports") {
                let imports = imports.clone();
                if let Target::Found(p) = self.imports_exports_resolve(specifier, &imports, &pkg, true, Self::conditions(mode), parent)? {
                    return Ok(p);
                }
            }
            return Err(JsError::type_error(format!(
                "Package import specifier \"{specifier}\" is not defined in package {}{}",
                pkg.path.display(),
                describe_parent(parent)
            ))
            .with_code("ERR_PACKAGE_IMPORT_NOT_DEFINED"));
        }
        Err(JsError::type_error(format!("Package import specifier \"{specifier}\" is not defined{}", describe_parent(parent))).with_code("ERR_PACKAGE_IMPORT_NOT_DEFINED"))
    }

    fn imports_exports_resolve(
        &self,
        key: &str,
        map: &serde_json::Map<String, Json>,
        pkg: &PackageJson,
        is_imports: bool,
        conditions: &[&str],
        parent: Option<&Path>,
    ) -> Result<Target, JsError> {
        if !key.contains('*') {
            if let Some(t) = map.get(key) {
                return self.target_resolve(pkg, t, None, key, is_imports, conditions, parent);
            }
        }
        let mut patterns: Vec<&String> = map.keys().filter(|k| k.matches('*').count() == 1).collect();
        patterns.sort_by(|a, b| pattern_key_compare(a, b));
        for pattern in patterns {
            let (base, trailer) = pattern.split_once('*').expect("one star");
            if key.starts_with(base) && key != base && (trailer.is_empty() || (key.ends_with(trailer) && key.len() >= pattern.len())) {
                let matched = &key[base.len()..key.len() - trailer.len()];
                return self.target_resolve(pkg, &map[pattern.as_str()], Some(matched), pattern, is_imports, conditions, parent);
            }
        }
        Ok(Target::NoMatch)
    }

    #[allow(clippy::too_many_arguments)]
    fn target_resolve(
        &self,
        pkg: &PackageJson,
        target: &Json,
        pattern: Option<&str>,
        key: &str,
        is_imports: bool,
        conditions: &[&str],
        parent: Option<&Path>,
    ) -> Result<Target, JsError> {
        match target {
            Json::String(t) => {
                if !t.starts_with("./") {
                    if is_imports && !t.starts_with("../") && !t.starts_with('/') && url_scheme(t).is_none() {
                        let spec = match pattern {
                            Some(m) => t.replace('*', m),
                            None => t.clone(),
                        };
                        let mode = if conditions.contains(&"import") { Mode::Import } else { Mode::Require };
                        return Ok(match self.resolve_package(&spec, &pkg.dir, mode, parent)? {
                            Some(p) => Target::Found(p),
                            None => return Err(not_found_require(&spec, parent)),
                        });
                    }
                    return Err(invalid_target(pkg, key, t, is_imports, parent));
                }
                if has_invalid_segment(&t[2..], false) {
                    return Err(invalid_target(pkg, key, t, is_imports, parent));
                }
                let resolved = match pattern {
                    Some(m) => {
                        if has_invalid_segment(m, false) {
                            return Err(invalid_specifier(&key.replace('*', m), "request is not a valid match in pattern", parent));
                        }
                        t.replace('*', m)
                    }
                    None => t.clone(),
                };
                Ok(Target::Found(normalize(&pkg.dir.join(resolved))))
            }
            Json::Object(map) => {
                for (cond, value) in map {
                    if cond == "default" || conditions.contains(&cond.as_str()) {
                        match self.target_resolve(pkg, value, pattern, key, is_imports, conditions, parent)? {
                            Target::NoMatch => continue,
                            found => return Ok(found),
                        }
                    }
                }
                Ok(Target::NoMatch)
            }
            Json::Array(items) => {
                let mut last_err = None;
                for item in items {
                    match self.target_resolve(pkg, item, pattern, key, is_imports, conditions, parent) {
                        Ok(Target::NoMatch) => continue,
                        Ok(found) => return Ok(found),
                        Err(e) if e.code.as_deref() == Some("ERR_INVALID_PACKAGE_TARGET") => last_err = Some(e),
                        Err(e) => return Err(e),
                    }
                }
                match last_err {
                    Some(e) => Err(e),
                    None => Ok(Target::Excluded),
                }
            }
            Json::Null => Ok(Target::Excluded),
            other => Err(invalid_target(pkg, key, &other.to_string(), is_imports, parent)),
        }
    }
}

/// `@scope/name/sub` -> (`@scope/name`, `/sub`).
fn package_name(spec: &str) -> Option<(&str, &str)> {
    let end = if spec.starts_with('@') {
        let first = spec.find('/')?;
        spec[first + 1..].find('/').map(|i| first + 1 + i).unwrap_or(spec.len())
    } else {
        spec.find('/').unwrap_or(spec.len())
    };
    let name = &spec[..end];
    if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains('%') || (spec.starts_with('@') && !name.contains('/')) {
        return None;
    }
    Some((name, &spec[end..]))
}

fn url_scheme(s: &str) -> Option<&str> {
    let (scheme, _) = s.split_once(':')?;
    let valid = scheme.len() > 1 && scheme.chars().next()?.is_ascii_alphabetic() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    valid.then_some(scheme)
}

/// PATTERN_KEY_COMPARE: longer prefix first, then longer key.
fn pattern_key_compare(a: &str, b: &str) -> std::cmp::Ordering {
    let base_a = a.find('*').map_or(a.len(), |i| i + 1);
    let base_b = b.find('*').map_or(b.len(), |i| i + 1);
    base_b.cmp(&base_a).then(b.len().cmp(&a.len()))
}

/// How a builtin is named in URLs and by `require.resolve`: `node:fs`, `jsrig:bench`.
pub fn builtin_specifier(id: &str) -> String {
    match id.strip_prefix("jsrig/") {
        Some(name) => format!("jsrig:{name}"),
        None => format!("node:{id}"),
    }
}

/// The module URL the ES module loader uses for a resolved module.
pub fn module_url(r: &Resolved) -> String {
    match r {
        Resolved::Builtin(id) => builtin_specifier(id),
        Resolved::File(p) => path_to_file_url(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names() {
        assert_eq!(package_name("lodash/fp"), Some(("lodash", "/fp")));
        assert_eq!(package_name("@a/b/c/d"), Some(("@a/b", "/c/d")));
        assert_eq!(package_name("@a"), None);
        assert_eq!(package_name(".x"), None);
    }

    #[test]
    fn pattern_order() {
        let mut keys = vec!["./*", "./a/*", "./a/*.js", "./b"];
        keys.sort_by(|a, b| pattern_key_compare(a, b));
        assert_eq!(keys, vec!["./a/*.js", "./a/*", "./*", "./b"]);
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }
}
