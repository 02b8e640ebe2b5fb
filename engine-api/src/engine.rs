//! The trait every backend implements, and how backends register.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::{Handle, JsError, OpDecl, OpState, PendingOp, Resolver, Value};

/// One JavaScript runtime with one global context, driven by one thread.
///
/// Object-safe so the host holds a `Box<dyn Engine>` and never names an engine type.
/// Every method that runs JS returns `Err(JsError)` for a pending exception; none
/// panics. Handles released by the host are freed at the start of the next call.
pub trait Engine {
    /// `quickjs`, `v8`, `spidermonkey`.
    fn name(&self) -> &'static str;
    /// The engine's own version (`15.2.124.1` for V8).
    fn version(&self) -> String;

    /// Evaluates a classic script in the global scope and returns its completion value.
    fn eval_script(&mut self, source: &str, filename: &str) -> Result<Value, JsError>;

    /// Compiles `source` as the body of a function with these parameter names, as
    /// Node's `vm.compileFunction` (the CommonJS wrapper). Positions in stack traces
    /// and syntax errors are those of `source`, line 1 column 1 being its first character.
    fn compile_function(&mut self, source: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError>;

    /// Compiles the embedded script `name` (see [`EmbeddedScripts`]) as
    /// [`compile_function`](Engine::compile_function) would, using and filling the code
    /// cache where the engine has one.
    fn compile_embedded(&mut self, name: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError>;

    /// Calls `func` with `this` and `args`.
    fn call(&mut self, func: &Handle, this: Value, args: Vec<Value>) -> Result<Value, JsError>;

    /// Dynamic `import(specifier)` from `referrer`: loads the module graph through the
    /// [`ModuleLoader`] (or finds it loaded), links and evaluates it, and returns a
    /// promise of its namespace. Load, link and evaluation errors reject the promise;
    /// the host drives the loop until it settles (top-level await).
    fn import_module(&mut self, specifier: &str, referrer: &str) -> Result<Handle, JsError>;

    /// Runs the engine's microtask (promise job) queue until it is empty. Exceptions
    /// inside jobs surface as rejections; `Err` only when the drain was terminated.
    fn run_microtasks(&mut self) -> Result<(), JsError>;

    /// A new pending promise and the resolver that settles it.
    fn new_promise(&mut self) -> Result<(Handle, Resolver), JsError>;
    /// Fulfils (`Ok`) or rejects (`Err`) the promise behind `resolver`. A rejection
    /// uses the error's `exception` when set, else a new error made as for a failed op.
    fn settle_promise(&mut self, resolver: Resolver, result: Result<Value, JsError>) -> Result<(), JsError>;
    /// The state of a promise; `None` when `value` is not a promise.
    fn promise_state(&mut self, value: &Handle) -> Option<PromiseState>;

    /// The object host/js receives: every op by name, plus the [intrinsics](crate::intrinsics).
    fn bindings(&mut self) -> Handle;

    fn heap_stats(&mut self) -> HeapStats;
    /// Forces a full garbage collection (tests, `--expose-gc`).
    fn collect_garbage(&mut self);
    /// Persistent references currently held for handles: a leak shows up here.
    fn live_handles(&self) -> usize;
    /// A thread-safe way to stop the running script from elsewhere.
    fn terminator(&self) -> Arc<dyn Terminator>;
}

#[derive(Debug, PartialEq)]
pub enum PromiseState {
    Pending,
    Fulfilled(Value),
    Rejected(Value),
}

/// Heap figures in bytes, as `v8.getHeapStatistics()` names them.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    pub total_heap_size: usize,
    pub used_heap_size: usize,
    pub heap_size_limit: usize,
    pub external_memory: usize,
}

/// Stops JavaScript running on the engine's thread, from any thread. The interrupted
/// call returns a [`JsError`] with `terminated` set; the engine stays usable.
pub trait Terminator: Send + Sync {
    fn terminate(&self);
}

/// Resolves and loads ES modules for the engine. The host implements Node's resolution;
/// the backend caches modules by resolved URL, so `load` runs once per URL.
pub trait ModuleLoader {
    /// `referrer` is the importing module's URL, or the script filename for `import()`
    /// from a script or CommonJS module; empty for the entry point.
    fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, JsError>;
    /// The source of the module at a resolved URL. JSON, CommonJS and builtins arrive
    /// as JS source that re-exports them, so every engine sees only source text.
    fn load(&self, url: &str) -> Result<ModuleSource, JsError>;
}

pub struct ModuleSource {
    pub source: String,
}

/// Compiled forms of embedded scripts kept between runs, so that start-up need not
/// parse them again: QuickJS bytecode, a V8 code cache. Keys are the backend's; the
/// host keeps one cache per engine build and drops it when the scripts change.
pub trait CodeCache {
    fn get(&self, key: &str) -> Option<std::rc::Rc<[u8]>>;
    fn put(&self, key: &str, data: Vec<u8>);
}

/// Scripts compiled into the binary (host/js), compiled by name with
/// [`Engine::compile_embedded`] or the `compileEmbedded` intrinsic, so their text never
/// crosses into JS and their compiled form can be cached.
#[derive(Clone)]
pub struct EmbeddedScripts {
    pub source: fn(&str) -> Option<&'static str>,
    pub cache: Option<Rc<dyn CodeCache>>,
}

impl EmbeddedScripts {
    /// The source of `name`, or the error for a name that is not embedded.
    pub fn get(&self, name: &str) -> Result<&'static str, JsError> {
        (self.source)(name).ok_or_else(|| JsError::error(format!("no embedded script '{name}'")))
    }
    /// The cache key of a compiled script: what compiling it depends on.
    pub fn cache_key(filename: &str, params: &[&str]) -> String {
        format!("{filename}({})", params.join(","))
    }
}

/// What the host hands a backend to build an engine.
pub struct EngineConfig {
    pub ops: Vec<&'static OpDecl>,
    pub op_state: Rc<RefCell<OpState>>,
    /// Receives each async op's future and the resolver of the promise JS got back.
    pub spawn_op: Rc<dyn Fn(PendingOp)>,
    pub loader: Rc<dyn ModuleLoader>,
    pub embedded: EmbeddedScripts,
    /// Heap limit (Node's `--max-old-space-size`, in bytes) where the engine has one.
    pub max_heap_bytes: Option<usize>,
    /// Engine-specific flags (`--v8-flags=...`); backends without flags ignore them.
    pub engine_flags: Vec<String>,
}

/// A backend, as registered with `inventory::submit!` by its crate.
pub struct BackendDecl {
    pub name: &'static str,
    /// The engine's version string, without creating a runtime.
    pub version: fn() -> String,
    pub create: fn(EngineConfig) -> Result<Box<dyn Engine>, JsError>,
}

inventory::collect!(BackendDecl);

/// Every backend linked into this binary, by name.
pub fn registered_backends() -> Vec<&'static BackendDecl> {
    let mut all: Vec<_> = inventory::iter::<BackendDecl>.into_iter().collect();
    all.sort_by_key(|b| b.name);
    all
}
