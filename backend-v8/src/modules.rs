//! ES modules: graphs loaded through the host's `ModuleLoader`, linked with
//! `instantiate_module`, evaluated to a promise of the namespace.
//!
//! The loader is synchronous, so a whole graph is loaded and compiled before it is
//! linked. Modules are cached by URL; V8 identifies a module in its callbacks only by
//! the `Module` itself, so the cache is also indexed by identity hash.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine_api::JsError;

use crate::convert::new_string;
use crate::functions::script_origin;
use engine_api::panic_message;
use crate::{throw, Shared};

/// Execution was terminated: no promise, the caller reports the termination.
pub(crate) struct Terminated;

#[derive(Default)]
pub(crate) struct ModuleMap {
    records: Vec<Record>,
    by_url: HashMap<String, usize>,
    by_hash: HashMap<i32, Vec<usize>>,
}

struct Record {
    url: String,
    module: v8::Global<v8::Module>,
    /// `(specifier, resolved URL)` for each import, once all of them resolved.
    requests: Option<Vec<(String, String)>>,
}

impl ModuleMap {
    pub(crate) fn clear(&mut self) {
        *self = ModuleMap::default();
    }

    fn insert(&mut self, scope: &v8::PinScope<'_, '_>, url: String, module: v8::Local<v8::Module>) {
        let index = self.records.len();
        self.by_hash.entry(module.get_identity_hash().get()).or_default().push(index);
        self.by_url.insert(url.clone(), index);
        self.records.push(Record { url, module: v8::Global::new(scope, module), requests: None });
    }

    fn get<'s>(&self, scope: &v8::PinScope<'s, '_>, url: &str) -> Option<v8::Local<'s, v8::Module>> {
        self.by_url.get(url).map(|&i| v8::Local::new(scope, &self.records[i].module))
    }

    fn find(&self, module: v8::Local<v8::Module>) -> Option<&Record> {
        let candidates = self.by_hash.get(&module.get_identity_hash().get())?;
        candidates.iter().map(|&i| &self.records[i]).find(|r| r.module == module)
    }

    fn dependencies(&self, url: &str) -> Option<Vec<String>> {
        let record = &self.records[*self.by_url.get(url)?];
        record.requests.as_ref().map(|r| r.iter().map(|(_, dep)| dep.clone()).collect())
    }

    fn set_requests(&mut self, url: &str, requests: Vec<(String, String)>) {
        if let Some(&i) = self.by_url.get(url) {
            self.records[i].requests = Some(requests);
        }
    }
}

/// `import(specifier)` from `referrer`: a promise of the namespace. Load, link and
/// evaluation errors reject it. `defer` postpones evaluation to a microtask, for
/// imports that JavaScript starts while a module graph may be evaluating.
pub(crate) fn import<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    specifier: &str,
    referrer: &str,
    defer: bool,
) -> Result<v8::Local<'s, v8::Promise>, Terminated> {
    let linked = {
        v8::tc_scope!(let tc, scope);
        match load_and_link(tc, shared, specifier, referrer) {
            Some(found) => Ok(found),
            None if tc.has_terminated() => return Err(Terminated),
            None => Err(tc.exception()),
        }
    };
    match linked {
        Err(exception) => {
            let exception = exception.unwrap_or_else(|| v8::undefined(scope).into());
            settled(scope, Err(exception))
        }
        Ok((url, _)) if defer => deferred(scope, &url),
        Ok((_, module)) => evaluate(scope, module),
    }
}

/// Loads the graph at `specifier` and links it; `None` with the exception pending.
fn load_and_link<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    specifier: &str,
    referrer: &str,
) -> Option<(String, v8::Local<'s, v8::Module>)> {
    let url = resolve(scope, shared, specifier, referrer)?;
    load_graph(scope, shared, &url)?;
    let module = shared.modules.borrow().get(scope, &url)?;
    if module.get_status() == v8::ModuleStatus::Uninstantiated {
        module.instantiate_module(scope, resolve_callback)?;
    }
    Some((url, module))
}

fn loader_panic(what: &str, payload: Box<dyn std::any::Any + Send>) -> JsError {
    JsError::error(format!("internal error: the module loader panicked in {what}: {}", panic_message(payload)))
}

fn resolve(scope: &mut v8::PinScope<'_, '_>, shared: &Shared, specifier: &str, referrer: &str) -> Option<String> {
    let resolved = catch_unwind(AssertUnwindSafe(|| shared.loader.resolve(specifier, referrer)))
        .unwrap_or_else(|p| Err(loader_panic("resolve", p)));
    match resolved {
        Ok(url) => Some(url),
        Err(e) => {
            throw(scope, shared, e);
            None
        }
    }
}

/// Loads and compiles every module reachable from `url` that is not cached yet.
fn load_graph(scope: &mut v8::PinScope<'_, '_>, shared: &Shared, url: &str) -> Option<()> {
    let mut pending = vec![url.to_owned()];
    let mut seen = HashSet::new();
    while let Some(url) = pending.pop() {
        if seen.contains(&url) {
            continue;
        }
        let cached = shared.modules.borrow().get(scope, &url);
        let module = match cached {
            Some(m) => m,
            None => {
                let loaded = catch_unwind(AssertUnwindSafe(|| shared.loader.load(&url)))
                    .unwrap_or_else(|p| Err(loader_panic("load", p)));
                let source = match loaded {
                    Ok(s) => s.source,
                    Err(e) => {
                        throw(scope, shared, e);
                        return None;
                    }
                };
                let module = compile_module(scope, &url, &source)?;
                shared.modules.borrow_mut().insert(scope, url.clone(), module);
                module
            }
        };
        // A linked module's graph is complete.
        if module.get_status() != v8::ModuleStatus::Uninstantiated {
            seen.insert(url);
            continue;
        }
        let known = shared.modules.borrow().dependencies(&url);
        let deps = match known {
            Some(deps) => deps,
            None => {
                let requests = module.get_module_requests();
                let mut resolved = Vec::with_capacity(requests.length());
                for i in 0..requests.length() {
                    let request = requests.get(scope, i).and_then(|r| v8::Local::<v8::ModuleRequest>::try_from(r).ok())?;
                    let specifier = request.get_specifier().to_rust_string_lossy(scope);
                    let dep = resolve(scope, shared, &specifier, &url)?;
                    resolved.push((specifier, dep));
                }
                let deps = resolved.iter().map(|(_, dep)| dep.clone()).collect();
                shared.modules.borrow_mut().set_requests(&url, resolved);
                deps
            }
        };
        pending.extend(deps);
        seen.insert(url);
    }
    Some(())
}

fn compile_module<'s>(scope: &mut v8::PinScope<'s, '_>, url: &str, source: &str) -> Option<v8::Local<'s, v8::Module>> {
    let name = new_string(scope, url).ok()?;
    let source = new_string(scope, source).ok()?;
    let origin = script_origin(scope, name.into(), true);
    let mut source = v8::script_compiler::Source::new(source, Some(&origin));
    v8::script_compiler::compile_module(scope, &mut source)
}

/// V8's link-time lookup: every import was resolved and loaded by `load_graph`.
fn resolve_callback<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let shared = Shared::from_isolate(scope);
    let found = catch_unwind(AssertUnwindSafe(|| {
        let specifier = specifier.to_rust_string_lossy(scope);
        let map = shared.modules.borrow();
        let record = map.find(referrer)?;
        let (_, url) = record.requests.as_ref()?.iter().find(|(s, _)| *s == specifier)?;
        map.get(scope, url)
    }));
    match found {
        Ok(Some(module)) => Some(module),
        Ok(None) => {
            let specifier = specifier.to_rust_string_lossy(scope);
            throw(scope, shared, JsError::error(format!("Cannot link module '{specifier}'")));
            None
        }
        Err(p) => {
            throw(scope, shared, JsError::error(format!("internal error while linking: {}", panic_message(p))));
            None
        }
    }
}

/// A promise already fulfilled with, or rejected by, `result`.
fn settled<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    result: Result<v8::Local<'s, v8::Value>, v8::Local<'s, v8::Value>>,
) -> Result<v8::Local<'s, v8::Promise>, Terminated> {
    let resolver = v8::PromiseResolver::new(scope).ok_or(Terminated)?;
    match result {
        Ok(v) => resolver.resolve(scope, v),
        Err(e) => resolver.reject(scope, e),
    }
    .ok_or(Terminated)?;
    Ok(resolver.get_promise(scope))
}

/// Evaluates a linked module: a promise of its namespace.
fn evaluate<'s>(scope: &mut v8::PinScope<'s, '_>, module: v8::Local<'s, v8::Module>) -> Result<v8::Local<'s, v8::Promise>, Terminated> {
    let namespace = module.get_module_namespace();
    if module.get_status() == v8::ModuleStatus::Evaluating {
        // Imported from its own top-level code (a cycle): V8 cannot evaluate it again,
        // and its namespace is all there is to hand out, as for any import cycle.
        return settled(scope, Ok(namespace));
    }
    let result = {
        v8::tc_scope!(let tc, scope);
        match module.evaluate(tc) {
            Some(v) => Ok(v),
            None if tc.has_terminated() => return Err(Terminated),
            None => Err(tc.exception()),
        }
    };
    let completion = match result {
        Ok(v) => v,
        Err(exception) => {
            let exception = exception.unwrap_or_else(|| v8::undefined(scope).into());
            return settled(scope, Err(exception));
        }
    };
    // With top-level await, evaluation yields a promise of the graph's completion.
    let Ok(completion) = v8::Local::<v8::Promise>::try_from(completion) else {
        return settled(scope, Ok(namespace));
    };
    if completion.state() == v8::PromiseState::Fulfilled {
        return settled(scope, Ok(namespace));
    }
    // Chaining (rather than reading the state later) also marks a rejected evaluation
    // as handled: the rejection belongs to the promise returned here.
    let to_namespace = v8::Function::builder(return_data).data(namespace).build(scope).ok_or(Terminated)?;
    completion.then(scope, to_namespace).ok_or(Terminated)
}

/// Returns its callback data: the namespace an import resolves to.
fn return_data<'s>(_: &mut v8::PinScope<'s, '_>, args: v8::FunctionCallbackArguments<'s>, mut rv: v8::ReturnValue<'s>) {
    rv.set(args.data());
}

/// A promise settled by a microtask that evaluates the (linked) module at `url`.
fn deferred<'s>(scope: &mut v8::PinScope<'s, '_>, url: &str) -> Result<v8::Local<'s, v8::Promise>, Terminated> {
    let resolver = v8::PromiseResolver::new(scope).ok_or(Terminated)?;
    let url = new_string(scope, url).map_err(|_| Terminated)?;
    let data = v8::Array::new_with_elements(scope, &[resolver.into(), url.into()]);
    let task = v8::Function::builder(evaluate_task).data(data.into()).build(scope).ok_or(Terminated)?;
    scope.enqueue_microtask(task);
    Ok(resolver.get_promise(scope))
}

fn evaluate_task<'s>(scope: &mut v8::PinScope<'s, '_>, args: v8::FunctionCallbackArguments<'s>, _: v8::ReturnValue<'s>) {
    let shared = Shared::from_isolate(scope);
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `deferred` made the data: [resolver, url].
        let data = unsafe { v8::Local::<v8::Array>::cast_unchecked(args.data()) };
        let (Some(resolver), Some(url)) = (data.get_index(scope, 0), data.get_index(scope, 1)) else { return };
        // SAFETY: as above.
        let resolver = unsafe { v8::Local::<v8::PromiseResolver>::cast_unchecked(resolver) };
        let url = url.to_rust_string_lossy(scope);
        let module = shared.modules.borrow().get(scope, &url);
        let Some(module) = module else { return };
        if let Ok(promise) = evaluate(scope, module) {
            resolver.resolve(scope, promise.into());
        }
    }));
}

/// `import()` from running JavaScript. The referrer is the resource name of the
/// importing script, function or module: a filename or a module URL.
pub(crate) fn dynamic_import<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _host_defined_options: v8::Local<'s, v8::Data>,
    resource_name: v8::Local<'s, v8::Value>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
) -> Option<v8::Local<'s, v8::Promise>> {
    let shared = Shared::from_isolate(scope);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let referrer = if resource_name.is_string() { resource_name.to_rust_string_lossy(scope) } else { String::new() };
        let specifier = specifier.to_rust_string_lossy(scope);
        import(scope, shared, &specifier, &referrer, true).ok()
    }));
    match outcome {
        Ok(promise) => promise,
        Err(p) => {
            throw(scope, shared, JsError::error(format!("internal error in import(): {}", panic_message(p))));
            None
        }
    }
}

/// Fills `import.meta`: `url`, then whatever the host's hook adds.
pub(crate) extern "C" fn init_import_meta(context: v8::Local<v8::Context>, module: v8::Local<v8::Module>, meta: v8::Local<v8::Object>) {
    v8::callback_scope!(unsafe scope, context);
    let shared = Shared::from_isolate(scope);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let url = match shared.modules.borrow().find(module) {
            Some(record) => record.url.clone(),
            None => return,
        };
        let (Ok(key), Ok(url)) = (new_string(scope, "url"), new_string(scope, &url)) else { return };
        meta.create_data_property(scope, key.into(), url.into());
        let hook = shared.import_meta_hook.borrow().as_ref().map(|h| v8::Local::new(scope, h));
        if let Some(hook) = hook {
            let undefined = v8::undefined(scope).into();
            // A throwing hook makes the `import.meta` access throw: V8 checks after us.
            hook.call(scope, undefined, &[meta.into(), url.into()]);
        }
    }));
    if let Err(p) = outcome {
        throw(scope, shared, JsError::error(format!("internal error in import.meta: {}", panic_message(p))));
    }
}
