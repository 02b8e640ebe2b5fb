//! jsrig's V8 backend: V8 through the `v8` crate (rusty_v8).
//!
//! One [`V8`] engine is one isolate with one context. The host calls in through the
//! [`Engine`] trait with no V8 scope open, so every method opens a handle scope and
//! enters the context for its own duration; JS calls back into Rust through raw
//! function callbacks (ops and intrinsics) and the isolate's host hooks (modules,
//! `import.meta`, promise rejections). Those callbacks find the engine's [`Shared`]
//! state through isolate data slot 0.
//!
//! Process-wide V8 state, and what it means for callers:
//! - V8 is initialised once per process, by the first engine created. Its
//!   `EngineConfig::engine_flags` are applied then; V8 freezes its flags at
//!   initialisation, so the flags of later engines are ignored.
//! - The platform is V8's default one without memory-protection-key hardening
//!   (`new_unprotected_default_platform`): with pkeys, only threads created after
//!   initialisation may enter an isolate, and engines are created lazily on whichever
//!   thread the host (or a test harness) happens to use.
//! - rusty_v8 enters an isolate when it is created and exits it when it is dropped,
//!   so engines living on one thread must be dropped in the reverse order of their
//!   creation. Calls may interleave freely; an engine dropped out of order leaks its
//!   isolate instead of aborting the process.

// `JsError` is engine-api's type, returned everywhere across the interface.
#![allow(clippy::result_large_err)]

mod convert;
mod exception;
mod functions;
mod modules;

use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::mem::ManuallyDrop;
use std::rc::Rc;
use std::sync::{Arc, Once};

use engine_api::{
    BackendDecl, Engine, EngineConfig, Handle, HandleTable, HeapStats, JsError, ModuleLoader, OpDecl,
    OpState, PendingOp, PromiseState, Resolver, Terminator, Value,
};

pub(crate) use convert::{from_js, to_js, Thrown};
pub(crate) use exception::{caught, throw};

inventory::submit! {
    BackendDecl { name: "v8", version: v8_version, create: V8::create }
}

/// `15.2.124.1`: the engine's own version, without rusty_v8's `-rusty` suffix.
fn v8_version() -> String {
    format!("{}.{}.{}.{}", v8::MAJOR_VERSION, v8::MINOR_VERSION, v8::BUILD_NUMBER, v8::PATCH_LEVEL)
}

/// Isolate data slot holding a pointer to the engine's [`Shared`].
const SHARED_SLOT: u32 = 0;

/// What a handle slot holds: a value, or the resolver of a promise made for the host.
pub(crate) enum Slot {
    Value(v8::Global<v8::Value>),
    Resolver(v8::Global<v8::PromiseResolver>),
}

/// `(kind, promise, reason)` as the intrinsic `takeRejections` hands them out.
pub(crate) type Rejection = (u8, v8::Global<v8::Promise>, v8::Global<v8::Value>);

/// Engine state the V8 callbacks reach through the isolate's data slot.
pub(crate) struct Shared {
    pub handles: RefCell<HandleTable<Slot>>,
    pub ops: Vec<&'static OpDecl>,
    pub op_state: Rc<RefCell<OpState>>,
    pub spawn_op: Rc<dyn Fn(PendingOp)>,
    pub loader: Rc<dyn ModuleLoader>,
    pub embedded: engine_api::EmbeddedScripts,
    pub rejections: RefCell<Vec<Rejection>>,
    pub import_meta_hook: RefCell<Option<v8::Global<v8::Function>>>,
    /// This context's `Object.prototype`, to tell plain objects from instances.
    pub object_prototype: RefCell<Option<v8::Global<v8::Value>>>,
    pub modules: RefCell<modules::ModuleMap>,
    /// `--expose-gc` is on, which is what allows forcing a full, precise collection.
    pub expose_gc: Cell<bool>,
}

impl Shared {
    /// The state of the engine that owns `isolate`.
    ///
    /// The lifetime is unbounded: callbacks only run while the engine (which owns the
    /// boxed `Shared`) is alive, and they never keep the reference past their return.
    pub(crate) fn from_isolate<'a>(isolate: &v8::Isolate) -> &'a Shared {
        // SAFETY: the slot is set in `V8::new` to a `Box<Shared>` that outlives the isolate's use.
        unsafe { &*(isolate.get_data(SHARED_SLOT) as *const Shared) }
    }

    pub(crate) fn insert<'s>(&self, scope: &v8::PinScope<'s, '_>, v: v8::Local<'s, v8::Value>) -> Handle {
        self.handles.borrow_mut().insert(Slot::Value(v8::Global::new(scope, v)))
    }

    /// The value behind `h` in this scope; `None` for a stale or foreign handle.
    pub(crate) fn local<'s>(&self, scope: &v8::PinScope<'s, '_>, h: &Handle) -> Option<v8::Local<'s, v8::Value>> {
        match self.handles.borrow().get(h) {
            Some(Slot::Value(g)) => Some(v8::Local::new(scope, g)),
            _ => None,
        }
    }

    /// Drops the V8 references of handles the host released.
    pub(crate) fn free_released(&self) {
        if self.handles.borrow().has_released() {
            drop(self.handles.borrow_mut().take_released());
        }
    }

    pub(crate) fn is_plain_prototype(&self, proto: v8::Local<v8::Value>) -> bool {
        proto.is_null() || self.object_prototype.borrow().as_ref().is_some_and(|p| *p == proto)
    }
}

thread_local! {
    /// The engine whose isolate V8 has entered on this thread, so that calls into an
    /// engine created earlier than the newest one enter its isolate first.
    static CURRENT: Cell<*const Shared> = const { Cell::new(std::ptr::null()) };
}

/// Keeps an isolate entered for one call; exits it and restores the previous one on drop.
struct Entered {
    isolate: *const v8::Isolate,
    previous: *const Shared,
}

impl Drop for Entered {
    fn drop(&mut self) {
        // SAFETY: the isolate outlives this guard, which lives within one `&mut V8` call.
        unsafe { (*self.isolate).exit() };
        CURRENT.with(|c| c.set(self.previous));
    }
}

pub struct V8 {
    /// Leaked with the isolate when that cannot be disposed (see `Drop`).
    shared: ManuallyDrop<Box<Shared>>,
    context: ManuallyDrop<v8::Global<v8::Context>>,
    bindings: Handle,
    terminator: Arc<V8Terminator>,
    /// The engine current on this thread before this one was created (and entered).
    previous: *const Shared,
    /// Dropped by hand in `Drop`, after every reference into its heap is released.
    isolate: ManuallyDrop<v8::OwnedIsolate>,
}

struct V8Terminator(v8::IsolateHandle);

impl Terminator for V8Terminator {
    fn terminate(&self) {
        // False once the isolate is gone, when there is nothing left to stop.
        self.0.terminate_execution();
    }
}

fn initialize_v8(flags: &[String]) {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        if !flags.is_empty() {
            v8::V8::set_flags_from_string(&flags.join(" "));
        }
        v8::V8::initialize_platform(v8::new_unprotected_default_platform(0, false).make_shared());
        v8::V8::initialize();
    });
}

impl V8 {
    /// The [`BackendDecl`] constructor.
    pub fn create(config: EngineConfig) -> Result<Box<dyn Engine>, JsError> {
        Ok(Box::new(Self::new(config)?))
    }

    /// A new isolate and context. The first engine of the process initialises V8 with
    /// its `engine_flags`; the flags of later engines have no effect (see the crate docs).
    pub fn new(config: EngineConfig) -> Result<V8, JsError> {
        initialize_v8(&config.engine_flags);
        let mut params = v8::CreateParams::default();
        if let Some(max) = config.max_heap_bytes {
            params = params.heap_limits(0, max);
        }
        let shared = Box::new(Shared {
            handles: RefCell::new(HandleTable::new()),
            ops: config.ops,
            op_state: config.op_state,
            spawn_op: config.spawn_op,
            loader: config.loader,
            embedded: config.embedded,
            rejections: RefCell::new(Vec::new()),
            import_meta_hook: RefCell::new(None),
            object_prototype: RefCell::new(None),
            modules: RefCell::new(modules::ModuleMap::default()),
            expose_gc: Cell::new(false),
        });
        let mut isolate = v8::Isolate::new(params);
        // `Isolate::new` entered the new isolate.
        let previous = CURRENT.with(|c| c.replace(&*shared as *const Shared));
        isolate.set_data(SHARED_SLOT, &*shared as *const Shared as *mut c_void);
        // The host runs the job queue; V8 must never drain it on its own.
        isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
        isolate.set_promise_reject_callback(functions::promise_reject_callback);
        isolate.set_host_import_module_dynamically_callback(modules::dynamic_import);
        isolate.set_host_initialize_import_meta_object_callback(modules::init_import_meta);
        let terminator = Arc::new(V8Terminator(isolate.thread_safe_handle()));

        let setup = {
            v8::scope!(let hs, &mut isolate);
            let context = v8::Context::new(hs, Default::default());
            let scope = &mut v8::ContextScope::new(hs, context);
            let global_context = v8::Global::new(scope, context);
            functions::setup_context(scope, &shared).map(|bindings| (global_context, bindings))
        };
        let (context, bindings) = match setup {
            Ok(parts) => parts,
            Err(e) => {
                drop(shared.handles.borrow_mut().take_all());
                shared.object_prototype.borrow_mut().take();
                CURRENT.with(|c| c.set(previous));
                return Err(e);
            }
        };
        Ok(V8 {
            shared: ManuallyDrop::new(shared),
            context: ManuallyDrop::new(context),
            bindings,
            terminator,
            previous,
            isolate: ManuallyDrop::new(isolate),
        })
    }

    fn enter(&self) -> Option<Entered> {
        let me = &**self.shared as *const Shared;
        let previous = CURRENT.with(|c| c.get());
        if previous == me {
            return None;
        }
        let isolate: &v8::Isolate = &self.isolate;
        // SAFETY: exited by the guard, on this thread, before the call returns.
        unsafe { isolate.enter() };
        CURRENT.with(|c| c.set(me));
        Some(Entered { isolate, previous })
    }

    /// Runs `f` in a handle scope inside the engine's context, after freeing released
    /// handles. A terminated result clears the termination so the engine stays usable.
    fn run<R>(
        &mut self,
        f: impl for<'s, 'i> FnOnce(&mut v8::PinScope<'s, 'i>, &Shared) -> Result<R, JsError>,
    ) -> Result<R, JsError> {
        let _entered = self.enter();
        self.shared.free_released();
        let V8 { shared, context, isolate, .. } = self;
        let result = {
            v8::scope!(let hs, &mut **isolate);
            let ctx = v8::Local::new(hs, &**context);
            let scope = &mut v8::ContextScope::new(hs, ctx);
            f(scope, shared)
        };
        if matches!(&result, Err(e) if e.terminated) {
            isolate.cancel_terminate_execution();
        }
        result
    }
}

impl Engine for V8 {
    fn name(&self) -> &'static str {
        "v8"
    }

    fn version(&self) -> String {
        v8_version()
    }

    fn eval_script(&mut self, source: &str, filename: &str) -> Result<Value, JsError> {
        self.run(|scope, shared| {
            v8::tc_scope!(let tc, scope);
            let result = convert::new_string(tc, source)
                .ok()
                .zip(convert::new_string(tc, filename).ok())
                .and_then(|(source, filename)| functions::eval(tc, source, filename));
            match result {
                Some(v) => from_js(tc, shared, v).map_err(|Thrown| caught(tc, shared)),
                None => Err(caught(tc, shared)),
            }
        })
    }

    fn compile_function(&mut self, source: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        self.run(|scope, shared| {
            v8::tc_scope!(let tc, scope);
            let compiled = (|| {
                let source = convert::new_string(tc, source).ok()?;
                let filename = convert::new_string(tc, filename).ok()?;
                let mut names = Vec::with_capacity(params.len());
                for p in params {
                    names.push(convert::new_string(tc, p).ok()?);
                }
                functions::compile_function(tc, source, filename, &names)
            })();
            match compiled {
                Some(f) => Ok(shared.insert(tc, f.into())),
                None => Err(caught(tc, shared)),
            }
        })
    }

    fn compile_embedded(&mut self, name: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        self.run(|scope, shared| {
            v8::tc_scope!(let tc, scope);
            match functions::compile_embedded(tc, shared, name, filename, params) {
                Ok(Some(f)) => Ok(shared.insert(tc, f.into())),
                Ok(None) => Err(caught(tc, shared)),
                Err(e) => Err(e),
            }
        })
    }

    fn call(&mut self, func: &Handle, this: Value, args: Vec<Value>) -> Result<Value, JsError> {
        self.run(|scope, shared| {
            let f = shared.local(scope, func).ok_or_else(|| JsError::type_error("stale function handle"))?;
            let f = v8::Local::<v8::Function>::try_from(f).map_err(|_| JsError::type_error("the handle is not a function"))?;
            v8::tc_scope!(let tc, scope);
            let result = (|| {
                let this = to_js(tc, shared, this).ok()?;
                let mut argv = Vec::with_capacity(args.len());
                for a in args {
                    argv.push(to_js(tc, shared, a).ok()?);
                }
                f.call(tc, this, &argv)
            })();
            match result {
                Some(v) => from_js(tc, shared, v).map_err(|Thrown| caught(tc, shared)),
                None => Err(caught(tc, shared)),
            }
        })
    }

    fn import_module(&mut self, specifier: &str, referrer: &str) -> Result<Handle, JsError> {
        self.run(|scope, shared| {
            v8::tc_scope!(let tc, scope);
            match modules::import(tc, shared, specifier, referrer, false) {
                Ok(promise) => Ok(shared.insert(tc, promise.into())),
                Err(modules::Terminated) => Err(JsError::terminated()),
            }
        })
    }

    fn run_microtasks(&mut self) -> Result<(), JsError> {
        self.run(|scope, _| {
            v8::tc_scope!(let tc, scope);
            tc.perform_microtask_checkpoint();
            // Jobs turn their exceptions into rejections: only termination ends up here.
            if tc.has_terminated() {
                Err(JsError::terminated())
            } else {
                Ok(())
            }
        })
    }

    fn new_promise(&mut self) -> Result<(Handle, Resolver), JsError> {
        self.run(|scope, shared| {
            v8::tc_scope!(let tc, scope);
            let Some(resolver) = v8::PromiseResolver::new(tc) else {
                return Err(caught(tc, shared));
            };
            let promise = resolver.get_promise(tc);
            let r = shared.handles.borrow_mut().insert(Slot::Resolver(v8::Global::new(tc, resolver)));
            Ok((shared.insert(tc, promise.into()), Resolver(r)))
        })
    }

    fn settle_promise(&mut self, resolver: Resolver, result: Result<Value, JsError>) -> Result<(), JsError> {
        self.run(|scope, shared| {
            let r = match shared.handles.borrow().get(&resolver.0) {
                Some(Slot::Resolver(g)) => v8::Local::new(scope, g),
                _ => return Err(JsError::type_error("stale promise resolver")),
            };
            v8::tc_scope!(let tc, scope);
            let settled = match result {
                Ok(v) => to_js(tc, shared, v).ok().and_then(|v| r.resolve(tc, v)),
                Err(JsError { exception: Some(v), .. }) => to_js(tc, shared, v).ok().and_then(|v| r.reject(tc, v)),
                Err(e) => {
                    let v = exception::new_error(tc, shared, &e);
                    r.reject(tc, v)
                }
            };
            match settled {
                Some(_) => Ok(()),
                None => Err(caught(tc, shared)),
            }
        })
    }

    fn promise_state(&mut self, value: &Handle) -> Option<PromiseState> {
        self.run(|scope, shared| {
            let p = shared.local(scope, value).and_then(|v| v8::Local::<v8::Promise>::try_from(v).ok());
            let Some(p) = p else { return Ok(None) };
            v8::tc_scope!(let tc, scope);
            let state = match p.state() {
                v8::PromiseState::Pending => PromiseState::Pending,
                v8::PromiseState::Fulfilled => {
                    let v = p.result(tc);
                    PromiseState::Fulfilled(from_js(tc, shared, v).unwrap_or_default())
                }
                v8::PromiseState::Rejected => {
                    let v = p.result(tc);
                    PromiseState::Rejected(from_js(tc, shared, v).unwrap_or_default())
                }
            };
            Ok(Some(state))
        })
        .unwrap_or(None)
    }

    fn bindings(&mut self) -> Handle {
        self.bindings.clone()
    }

    fn heap_stats(&mut self) -> HeapStats {
        let _entered = self.enter();
        functions::heap_stats(&mut self.isolate)
    }

    fn collect_garbage(&mut self) {
        let _entered = self.enter();
        self.shared.free_released();
        functions::collect_garbage(&mut self.isolate, &self.shared);
    }

    fn live_handles(&self) -> usize {
        // Handles dropped but not yet freed are no longer live.
        self.shared.free_released();
        self.shared.handles.borrow().live()
    }

    fn terminator(&self) -> Arc<dyn Terminator> {
        self.terminator.clone()
    }
}

impl Drop for V8 {
    fn drop(&mut self) {
        // Every reference into the heap goes before the isolate does.
        drop(self.shared.handles.borrow_mut().take_all());
        self.shared.rejections.borrow_mut().clear();
        self.shared.import_meta_hook.borrow_mut().take();
        self.shared.object_prototype.borrow_mut().take();
        self.shared.modules.borrow_mut().clear();
        // SAFETY: dropped once, here, and never used again.
        unsafe { ManuallyDrop::drop(&mut self.context) };
        let me = &**self.shared as *const Shared;
        if CURRENT.with(|c| c.get()) == me {
            CURRENT.with(|c| c.set(self.previous));
            // SAFETY: each dropped once, here, the isolate first: it may still point at `shared`.
            unsafe {
                ManuallyDrop::drop(&mut self.isolate);
                ManuallyDrop::drop(&mut self.shared);
            }
        }
        // Otherwise an engine created later on this thread is still alive, and V8
        // cannot dispose an isolate that is not the innermost entered one: both are
        // leaked. Keeping `shared` also keeps its address, which other engines on this
        // thread may still compare against as the current one.
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine_api::{ModuleSource, OpState};
    use std::collections::HashMap;
    use std::time::Duration;

    /// Modules from a map of URL -> source; specifiers are `mem:///name`.
    struct MapLoader(HashMap<String, String>);

    impl ModuleLoader for MapLoader {
        fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, JsError> {
            if specifier == "panic" {
                panic!("loader panicked on purpose");
            }
            let url = format!("mem:///{}", specifier.trim_start_matches("./").trim_start_matches("mem:///"));
            match self.0.contains_key(&url) {
                true => Ok(url),
                false => Err(JsError::error(format!("Cannot find module '{specifier}' from '{referrer}'"))),
            }
        }
        fn load(&self, url: &str) -> Result<ModuleSource, JsError> {
            Ok(ModuleSource { source: self.0[url].clone() })
        }
    }

    fn engine_with(modules: &[(&str, &str)]) -> Box<dyn Engine> {
        let loader = MapLoader(modules.iter().map(|(k, v)| (format!("mem:///{k}"), v.to_string())).collect());
        V8::create(EngineConfig {
            ops: Vec::new(),
            op_state: Rc::new(RefCell::new(OpState::new())),
            spawn_op: Rc::new(|_| {}),
            loader: Rc::new(loader),
            embedded: engine_api::EmbeddedScripts { source: |_| None, cache: None },
            max_heap_bytes: None,
            engine_flags: Vec::new(),
        })
        .unwrap()
    }

    fn engine() -> Box<dyn Engine> {
        engine_with(&[])
    }

    fn eval(e: &mut dyn Engine, src: &str) -> Value {
        e.eval_script(src, "test.js").unwrap_or_else(|err| panic!("{src}: {err}"))
    }

    fn handle(v: Value) -> Handle {
        match v {
            Value::Handle(h) => h,
            other => panic!("expected a handle, got {other:?}"),
        }
    }

    fn expose_bindings(e: &mut dyn Engine) {
        let setter = handle(eval(e, "(function (b) { globalThis.b = b; })"));
        let b = e.bindings();
        e.call(&setter, Value::Undefined, vec![Value::Handle(b)]).unwrap();
    }

    fn settle(e: &mut dyn Engine, p: &Handle) -> PromiseState {
        for _ in 0..5 {
            e.run_microtasks().unwrap();
        }
        e.promise_state(p).unwrap()
    }

    #[test]
    fn intl_and_temporal_are_built_in() {
        let mut e = engine();
        let de = e.eval_script("new Intl.NumberFormat('de-DE').format(1234.5)", "intl.js").unwrap();
        assert_eq!(de, Value::from("1.234,5"));
        let date = e.eval_script("Temporal.PlainDate.from('2024-01-15').add({ days: 20 }).toString()", "temporal.js").unwrap();
        assert_eq!(date, Value::from("2024-02-04"));
    }

    #[test]
    fn version_is_v8s() {
        assert!(v8_version().starts_with("15.2."), "{}", v8_version());
    }

    #[test]
    fn errors_carry_v8_locations() {
        let mut e = engine();
        // V8 points at the property it could not read.
        let err = e.eval_script("let a = 1;\n  a.b.c;", "/x/loc.js").unwrap_err();
        assert_eq!(err.name, "TypeError");
        let loc = err.location.unwrap();
        assert_eq!((loc.file.as_str(), loc.line, loc.column), ("/x/loc.js", 2, 7));
        assert_eq!(loc.source_line.as_deref(), Some("  a.b.c;"));
        assert!(err.stack.unwrap().starts_with("TypeError: Cannot read properties of undefined"));
    }

    #[test]
    fn engines_interleave_on_one_thread() {
        let mut a = engine();
        let mut b = engine();
        assert_eq!(a.eval_script("globalThis.x = 'a'; x", "a.js").unwrap(), Value::from("a"));
        assert_eq!(b.eval_script("typeof x", "b.js").unwrap(), Value::from("undefined"));
        assert_eq!(a.eval_script("x", "a.js").unwrap(), Value::from("a"));
        drop(b);
        assert_eq!(a.eval_script("x + 1", "a.js").unwrap(), Value::from("a1"));
        // Out of order: `c` outlives nothing but is dropped before `d`; it is leaked, not a crash.
        let c = engine();
        let mut d = engine();
        drop(c);
        assert_eq!(d.eval_script("1 + 1", "d.js").unwrap(), Value::Number(2.0));
        drop(d);
        assert_eq!(a.eval_script("x", "a.js").unwrap(), Value::from("a"));
    }

    #[test]
    fn terminate_stops_microtasks_and_nested_scripts() {
        let mut e = engine();
        expose_bindings(&mut *e);
        let t = e.terminator();
        let stop = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            t.terminate();
        });
        eval(&mut *e, "Promise.resolve().then(() => { for (;;) {} })");
        let err = e.run_microtasks().unwrap_err();
        stop.join().unwrap();
        assert!(err.terminated, "{err}");
        assert_eq!(eval(&mut *e, "'usable'"), Value::from("usable"));

        let t = e.terminator();
        let stop = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            t.terminate();
        });
        // Termination is not catchable by JS, even across the evalScript intrinsic.
        let err = e.eval_script("try { b.evalScript('for (;;) {}', 'inner.js') } catch (e) {} 'caught'", "outer.js").unwrap_err();
        stop.join().unwrap();
        assert!(err.terminated, "{err}");
        assert_eq!(eval(&mut *e, "'usable'"), Value::from("usable"));
    }

    #[test]
    fn intrinsics_compile_and_evaluate() {
        let mut e = engine();
        expose_bindings(&mut *e);
        assert_eq!(eval(&mut *e, "b.compileFunction('return x * 2', 'f.js', ['x'])(21)"), Value::Number(42.0));
        assert_eq!(eval(&mut *e, "b.evalScript('6 * 7', 'e.js')"), Value::Number(42.0));
        let r = eval(&mut *e, "try { b.evalScript('let = ;', '/x/e.js') } catch (e) { e.name }");
        assert_eq!(r, Value::from("SyntaxError"));
        let r = eval(&mut *e, "try { b.compileFunction('throw new Error(\"in f\")', '/x/f.js', [])() } catch (e) { e.stack }");
        assert!(r.as_str().unwrap().contains("/x/f.js:1:7"), "{r:?}");
        let s = eval(&mut *e, "const s = b.heapStatistics(); s.usedHeapSize > 0 && s.heapSizeLimit > s.usedHeapSize");
        assert_eq!(s, Value::Bool(true));
        eval(&mut *e, "b.gc()");
        assert_eq!(eval(&mut *e, "let n = 0; Promise.resolve().then(() => n++); b.runMicrotasks(); n"), Value::Number(1.0));
    }

    #[test]
    fn values_edge_cases() {
        let mut e = engine();
        let echo = handle(eval(&mut *e, "(function (v) { return v; })"));
        for v in [
            Value::Bytes(vec![]),
            Value::BigInt(i64::MIN),
            Value::String(String::new()),
            Value::Number(f64::INFINITY),
            Value::object([("1", Value::Null), ("a", Value::Array(vec![]))]),
        ] {
            assert_eq!(e.call(&echo, Value::Undefined, vec![v.clone()]).unwrap(), v);
        }
        assert!(matches!(eval(&mut *e, "(function () { return arguments; })(1)"), Value::Handle(_)));
        assert!(matches!(eval(&mut *e, "new Proxy({}, { getPrototypeOf() { throw 1; } })"), Value::Handle(_)));
        assert_eq!(eval(&mut *e, "new DataView(new Uint8Array([5, 6, 7]).buffer, 1)"), Value::Bytes(vec![6, 7]));
        // A getter that throws while the value is converted surfaces as the error.
        let err = e.eval_script("({ get x() { throw new RangeError('getter') } })", "g.js").unwrap_err();
        assert_eq!((err.name.as_str(), err.message.as_str()), ("RangeError", "getter"));
        // Thrown non-errors keep their value; objects as handles.
        let err = e.eval_script("throw { code: 'X' }", "t.js").unwrap_err();
        assert!(matches!(err.exception, Some(Value::Handle(_))));
    }

    #[test]
    fn modules_refer_to_their_url() {
        let mut e = engine_with(&[
            ("a.mjs", "export const viaDynamic = (await import('./b.mjs')).b;"),
            ("b.mjs", "export const b = 'b'; export const url = import.meta.url;"),
            ("self.mjs", "export const me = 1; globalThis.selfImport = import('./self.mjs');"),
            ("hook.mjs", "export const m = import.meta;"),
            ("broken.mjs", "import { nope } from './b.mjs';"),
        ]);
        expose_bindings(&mut *e);
        let get = handle(eval(&mut *e, "(function (ns, k) { return ns[k]; })"));

        let p = e.import_module("./a.mjs", "").unwrap();
        let PromiseState::Fulfilled(Value::Handle(ns)) = settle(&mut *e, &p) else { panic!("a.mjs") };
        assert_eq!(e.call(&get, Value::Undefined, vec![Value::Handle(ns), "viaDynamic".into()]).unwrap(), Value::from("b"));

        // A module importing itself while it evaluates gets its namespace, no crash.
        let p = e.import_module("./self.mjs", "").unwrap();
        assert!(matches!(settle(&mut *e, &p), PromiseState::Fulfilled(_)));
        assert_eq!(eval(&mut *e, "let me; selfImport.then(ns => { me = ns.me; }); b.runMicrotasks(); me"), Value::Number(1.0));

        // A throwing import.meta hook makes `import.meta` throw.
        eval(&mut *e, "b.setImportMetaHook(() => { throw new TypeError('hook'); })");
        let p = e.import_module("./hook.mjs", "").unwrap();
        let PromiseState::Rejected(Value::Handle(reason)) = settle(&mut *e, &p) else { panic!("hook.mjs") };
        let msg = handle(eval(&mut *e, "(function (e) { return e.message; })"));
        assert_eq!(e.call(&msg, Value::Undefined, vec![Value::Handle(reason)]).unwrap(), Value::from("hook"));

        // Link errors and a panicking loader reject.
        let p = e.import_module("./broken.mjs", "").unwrap();
        assert!(matches!(settle(&mut *e, &p), PromiseState::Rejected(_)));
        let p = e.import_module("panic", "").unwrap();
        let PromiseState::Rejected(Value::Handle(reason)) = settle(&mut *e, &p) else { panic!("panic") };
        let got = e.call(&msg, Value::Undefined, vec![Value::Handle(reason)]).unwrap();
        assert!(got.as_str().unwrap().contains("panicked on purpose"), "{got:?}");

        // Dynamic import from a script names the script as the referrer.
        let r = eval(&mut *e, "let why; import('./none.mjs').catch(e => { why = e.message; }); b.runMicrotasks(); why");
        assert_eq!(r, Value::from("Cannot find module './none.mjs' from 'test.js'"));
    }
}
