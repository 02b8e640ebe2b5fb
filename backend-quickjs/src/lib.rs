//! jsrig's QuickJS backend: QuickJS-ng, built and bound by the `rquickjs` crate.
//!
//! This backend talks to QuickJS through `rquickjs::qjs`, the crate's C API bindings,
//! rather than its lifetime-checked wrappers: the [`Engine`] trait is called from the
//! host with no `Ctx<'js>` in scope, every op call is a C closure that must convert
//! arguments without allocating a Rust closure per call, and the module loader,
//! rejection tracker and interrupt handler are C callbacks anyway. The unsafe surface
//! is kept in small functions; every `JSValue` this crate owns is freed exactly once
//! (`Owned`), or lives in the handle table until the host drops its handle.

mod convert;
mod exception;
mod functions;
mod modules;

use std::cell::{Cell, RefCell};
use std::ffi::CStr;
use std::ptr;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use engine_api::{
    BackendDecl, EmbeddedScripts, Engine, EngineConfig, Handle, HandleTable, HeapStats, JsError, ModuleLoader, OpDecl,
    OpState, PendingOp, PromiseState, Resolver, Terminator, Value,
};
use rquickjs::qjs;

pub(crate) use convert::{from_js, to_js};
pub(crate) use exception::{take_exception, throw};

inventory::submit! {
    BackendDecl { name: "quickjs", version: quickjs_version, create: QuickJs::create }
}

fn quickjs_version() -> String {
    // SAFETY: JS_GetVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(qjs::JS_GetVersion()) }.to_string_lossy().into_owned()
}

/// What a handle slot holds: one value, or the resolve/reject pair of a promise.
pub(crate) enum Slot {
    Value(qjs::JSValue),
    Resolver([qjs::JSValue; 2]),
}

/// State the C callbacks reach through the context opaque pointer.
pub(crate) struct Shared {
    pub rt: *mut qjs::JSRuntime,
    pub handles: RefCell<HandleTable<Slot>>,
    pub ops: Vec<&'static OpDecl>,
    pub op_state: Rc<RefCell<OpState>>,
    pub spawn_op: Rc<dyn Fn(PendingOp)>,
    pub loader: Rc<dyn ModuleLoader>,
    pub embedded: EmbeddedScripts,
    /// `(kind, promise, reason)` as the intrinsic `takeRejections` hands them out.
    pub rejections: RefCell<Vec<(u8, qjs::JSValue, qjs::JSValue)>>,
    pub import_meta_hook: Cell<qjs::JSValue>,
    /// This context's `Object.prototype` (owned), to tell plain objects from instances.
    pub object_prototype: Cell<qjs::JSValue>,
    pub in_microtasks: Cell<bool>,
    pub interrupt: Arc<AtomicBool>,
    pub memory_limit: usize,
}

impl Shared {
    /// # Safety
    /// `ctx` must be a context made by [`QuickJs::create`], still alive.
    pub(crate) unsafe fn from_ctx<'a>(ctx: *mut qjs::JSContext) -> &'a Shared {
        &*(qjs::JS_GetContextOpaque(ctx) as *const Shared)
    }

    pub(crate) fn insert(&self, v: qjs::JSValue) -> Handle {
        self.handles.borrow_mut().insert(Slot::Value(v))
    }

    /// A new reference to the value behind `h`.
    pub(crate) unsafe fn get(&self, ctx: *mut qjs::JSContext, h: &Handle) -> Option<qjs::JSValue> {
        match self.handles.borrow().get(h) {
            Some(Slot::Value(v)) => Some(qjs::JS_DupValue(ctx, *v)),
            _ => None,
        }
    }

    /// Frees the engine references of handles the host dropped.
    pub(crate) fn free_released(&self) {
        if !self.handles.borrow().has_released() {
            return;
        }
        let released = self.handles.borrow_mut().take_released();
        for slot in released {
            unsafe { free_slot(self.rt, slot) };
        }
    }
}

unsafe fn free_slot(rt: *mut qjs::JSRuntime, slot: Slot) {
    match slot {
        Slot::Value(v) => qjs::JS_FreeValueRT(rt, v),
        Slot::Resolver([a, b]) => {
            qjs::JS_FreeValueRT(rt, a);
            qjs::JS_FreeValueRT(rt, b);
        }
    }
}

/// A `JSValue` this crate owns; freed on drop.
pub(crate) struct Owned {
    pub ctx: *mut qjs::JSContext,
    pub v: qjs::JSValue,
}

impl Owned {
    pub fn new(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> Owned {
        Owned { ctx, v }
    }
    pub fn is_exception(&self) -> bool {
        unsafe { qjs::JS_IsException(self.v) }
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        unsafe { qjs::JS_FreeValue(self.ctx, self.v) }
    }
}

pub struct QuickJs {
    rt: *mut qjs::JSRuntime,
    ctx: *mut qjs::JSContext,
    shared: Box<Shared>,
    bindings: Handle,
}

struct QuickJsTerminator(Arc<AtomicBool>);

impl Terminator for QuickJsTerminator {
    fn terminate(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

unsafe extern "C" fn interrupt_handler(_rt: *mut qjs::JSRuntime, opaque: *mut std::ffi::c_void) -> i32 {
    let flag = &*(opaque as *const AtomicBool);
    // One-shot: the interrupted call returns, and the engine stays usable afterwards.
    flag.swap(false, Ordering::SeqCst) as i32
}

unsafe extern "C" fn rejection_tracker(
    ctx: *mut qjs::JSContext,
    promise: qjs::JSValue,
    reason: qjs::JSValue,
    is_handled: bool,
    _opaque: *mut std::ffi::c_void,
) {
    let shared = Shared::from_ctx(ctx);
    shared.rejections.borrow_mut().push((
        is_handled as u8,
        qjs::JS_DupValue(ctx, promise),
        qjs::JS_DupValue(ctx, reason),
    ));
}

impl QuickJs {
    pub fn create(config: EngineConfig) -> Result<Box<dyn Engine>, JsError> {
        Ok(Box::new(Self::new(config)?))
    }

    pub fn new(config: EngineConfig) -> Result<QuickJs, JsError> {
        unsafe {
            let rt = qjs::JS_NewRuntime();
            if rt.is_null() {
                return Err(JsError::error("QuickJS: cannot create a runtime"));
            }
            let memory_limit = config.max_heap_bytes.unwrap_or(0);
            if memory_limit > 0 {
                qjs::JS_SetMemoryLimit(rt, memory_limit as _);
            }
            let ctx = qjs::JS_NewContext(rt);
            if ctx.is_null() {
                qjs::JS_FreeRuntime(rt);
                return Err(JsError::error("QuickJS: cannot create a context"));
            }
            let interrupt = Arc::new(AtomicBool::new(false));
            let shared = Box::new(Shared {
                rt,
                handles: RefCell::new(HandleTable::new()),
                ops: config.ops,
                op_state: config.op_state,
                spawn_op: config.spawn_op,
                loader: config.loader,
                embedded: config.embedded,
                rejections: RefCell::new(Vec::new()),
                import_meta_hook: Cell::new(qjs::JS_UNDEFINED),
                object_prototype: Cell::new(qjs::JS_UNDEFINED),
                in_microtasks: Cell::new(false),
                interrupt: interrupt.clone(),
                memory_limit,
            });
            qjs::JS_SetContextOpaque(ctx, &*shared as *const Shared as *mut _);
            qjs::JS_SetInterruptHandler(rt, Some(interrupt_handler), Arc::as_ptr(&interrupt) as *mut _);
            qjs::JS_SetHostPromiseRejectionTracker(rt, Some(rejection_tracker), ptr::null_mut());
            modules::install(rt);
            let bindings = functions::make_bindings(&shared, ctx)?;
            let engine = QuickJs { rt, ctx, shared, bindings };
            // Cached like the host's scripts; the key names the prelude's own hash, as the
            // cache file's name covers only host/js.
            const PRELUDE: &str = include_str!("prelude.js");
            let key = format!("jsrig:quickjs/prelude.js#{:016x}", fnv1a(PRELUDE.as_bytes()));
            let prelude = functions::cached_compile(&engine.shared, ctx, &key, || {
                let flags = qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY;
                functions::eval(ctx, PRELUDE, "jsrig:quickjs/prelude.js", flags as i32, 1)
            });
            engine.finish(prelude)?;
            Ok(engine)
        }
    }

    fn enter(&self) {
        self.shared.free_released();
    }

    /// Turns a returned `JSValue` into a `Value`, or the pending exception into an error.
    unsafe fn finish(&self, v: qjs::JSValue) -> Result<Value, JsError> {
        if qjs::JS_IsException(v) {
            return Err(take_exception(&self.shared, self.ctx));
        }
        let owned = Owned::new(self.ctx, v);
        from_js(&self.shared, self.ctx, owned.v)
    }

    unsafe fn finish_handle(&self, v: qjs::JSValue) -> Result<Handle, JsError> {
        if qjs::JS_IsException(v) {
            return Err(take_exception(&self.shared, self.ctx));
        }
        Ok(self.shared.insert(v))
    }
}

impl Engine for QuickJs {
    fn name(&self) -> &'static str {
        "quickjs"
    }

    fn version(&self) -> String {
        quickjs_version()
    }

    fn eval_script(&mut self, source: &str, filename: &str) -> Result<Value, JsError> {
        self.enter();
        unsafe {
            let v = functions::eval(self.ctx, source, filename, qjs::JS_EVAL_TYPE_GLOBAL as i32, 1);
            self.finish(v)
        }
    }

    fn compile_function(&mut self, source: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        self.enter();
        unsafe {
            let v = functions::compile_function(self.ctx, source, filename, params);
            self.finish_handle(v)
        }
    }

    fn compile_embedded(&mut self, name: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        self.enter();
        unsafe {
            let v = functions::compile_embedded(&self.shared, self.ctx, name, filename, params);
            self.finish_handle(v)
        }
    }

    fn call(&mut self, func: &Handle, this: Value, args: Vec<Value>) -> Result<Value, JsError> {
        self.enter();
        unsafe {
            let f = self.shared.get(self.ctx, func).ok_or_else(|| JsError::type_error("stale function handle"))?;
            let f = Owned::new(self.ctx, f);
            let this = Owned::new(self.ctx, to_js(&self.shared, self.ctx, this));
            let mut argv: Vec<Owned> = args.into_iter().map(|a| Owned::new(self.ctx, to_js(&self.shared, self.ctx, a))).collect();
            let mut raw: Vec<qjs::JSValue> = argv.iter_mut().map(|o| o.v).collect();
            let r = qjs::JS_Call(self.ctx, f.v, this.v, raw.len() as i32, raw.as_mut_ptr());
            drop(argv);
            self.finish(r)
        }
    }

    fn import_module(&mut self, specifier: &str, referrer: &str) -> Result<Handle, JsError> {
        self.enter();
        unsafe { modules::import(&self.shared, self.ctx, specifier, referrer) }
    }

    fn run_microtasks(&mut self) -> Result<(), JsError> {
        self.enter();
        unsafe { functions::run_microtasks(&self.shared, self.ctx) }
    }

    fn new_promise(&mut self) -> Result<(Handle, Resolver), JsError> {
        self.enter();
        unsafe {
            let mut funcs = [qjs::JS_UNDEFINED; 2];
            let p = qjs::JS_NewPromiseCapability(self.ctx, funcs.as_mut_ptr());
            if qjs::JS_IsException(p) {
                return Err(take_exception(&self.shared, self.ctx));
            }
            let resolver = self.shared.handles.borrow_mut().insert(Slot::Resolver(funcs));
            Ok((self.shared.insert(p), Resolver(resolver)))
        }
    }

    fn settle_promise(&mut self, resolver: Resolver, result: Result<Value, JsError>) -> Result<(), JsError> {
        self.enter();
        unsafe { functions::settle(&self.shared, self.ctx, &resolver.0, result) }
    }

    fn promise_state(&mut self, value: &Handle) -> Option<PromiseState> {
        self.enter();
        unsafe {
            let p = Owned::new(self.ctx, self.shared.get(self.ctx, value)?);
            let state = qjs::JS_PromiseState(self.ctx, p.v);
            let result = || {
                let r = Owned::new(self.ctx, qjs::JS_PromiseResult(self.ctx, p.v));
                from_js(&self.shared, self.ctx, r.v).unwrap_or_default()
            };
            match state {
                qjs::JSPromiseStateEnum_JS_PROMISE_PENDING => Some(PromiseState::Pending),
                qjs::JSPromiseStateEnum_JS_PROMISE_FULFILLED => Some(PromiseState::Fulfilled(result())),
                qjs::JSPromiseStateEnum_JS_PROMISE_REJECTED => Some(PromiseState::Rejected(result())),
                _ => None,
            }
        }
    }

    fn bindings(&mut self) -> Handle {
        self.bindings.clone()
    }

    fn heap_stats(&mut self) -> HeapStats {
        unsafe { functions::heap_stats(&self.shared) }
    }

    fn collect_garbage(&mut self) {
        self.enter();
        unsafe { qjs::JS_RunGC(self.rt) }
    }

    fn live_handles(&self) -> usize {
        // Handles dropped but not yet freed are no longer live.
        self.shared.free_released();
        self.shared.handles.borrow().live()
    }

    fn terminator(&self) -> Arc<dyn Terminator> {
        Arc::new(QuickJsTerminator(self.shared.interrupt.clone()))
    }
}

impl Drop for QuickJs {
    fn drop(&mut self) {
        unsafe {
            let rt = self.rt;
            for slot in self.shared.handles.borrow_mut().take_all() {
                free_slot(rt, slot);
            }
            for (_, p, r) in self.shared.rejections.borrow_mut().drain(..) {
                qjs::JS_FreeValueRT(rt, p);
                qjs::JS_FreeValueRT(rt, r);
            }
            qjs::JS_FreeValueRT(rt, self.shared.import_meta_hook.replace(qjs::JS_UNDEFINED));
            qjs::JS_FreeValueRT(rt, self.shared.object_prototype.replace(qjs::JS_UNDEFINED));
            qjs::JS_FreeContext(self.ctx);
            qjs::JS_FreeRuntime(rt);
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3))
}
