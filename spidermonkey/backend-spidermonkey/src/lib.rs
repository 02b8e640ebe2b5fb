//! jsrig's SpiderMonkey backend: SpiderMonkey through the `mozjs` crate.
//!
//! One [`SpiderMonkey`] engine is one SpiderMonkey runtime (a `JSContext`) with one
//! global in its own realm. The backend talks to the raw JSAPI (`mozjs::jsapi`) with
//! `rooted!` stack roots rather than through mozjs's newer `&mut JSContext` wrappers:
//! every callback here (ops, module hooks, the interrupt and rejection callbacks) gets
//! a raw context from C++ anyway, and the [`Engine`] trait is called with nothing of
//! SpiderMonkey in scope. Callbacks find the engine's [`Shared`] state through the
//! context private.
//!
//! Rooting. SpiderMonkey's GC moves objects (nursery promotion, compaction), so no
//! `JSVal` is kept anywhere the GC cannot see and update:
//! - values living only for the duration of a call are `rooted!` on the stack;
//! - everything kept across calls (handles, the bindings object, modules, rejection
//!   events, the import.meta hook) is a `Box<Heap<JSVal>>` in the [`RootSet`], which
//!   a tracer registered with `JS_AddExtraGCRootsTracer` reports to every GC. Boxing
//!   keeps each `Heap`'s address stable, which its write barriers rely on.
//!
//! Process-wide state, and what it means for callers:
//! - `JS_Init` runs once per process (the first engine created) and the engine is
//!   never shut down: SpiderMonkey cannot be initialised again after `JS_ShutDown`.
//! - SpiderMonkey allows one `JSContext` per thread, so a thread holds at most one
//!   engine at a time; creating a second one on the same thread fails with an error.
//!   Engines on different threads are independent.
//! - The backend creates its `JSContext` itself rather than through `mozjs::rust::Runtime`:
//!   SpiderMonkey's internal job queue (`js::UseInternalJobQueues`, which the host drains
//!   with `js::RunJobs`) must be chosen before the self-hosted code is initialised, and
//!   `Runtime::new` does both at once.

// `JsError` is engine-api's type, returned everywhere across the interface.
#![allow(clippy::result_large_err)]
#![allow(clippy::missing_safety_doc)]

mod convert;
mod exception;
mod functions;
mod modules;

use std::cell::{Cell, RefCell, UnsafeCell};
use std::ffi::{c_void, CStr};
use std::ptr;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use engine_api::{
    BackendDecl, EmbeddedScripts, Engine, EngineConfig, Handle, HandleTable, HeapStats, JsError, ModuleLoader, OpDecl,
    OpState, PendingOp, PromiseState, Resolver, Terminator, Value,
};
use mozjs::jsapi::{self, Heap, JSContext, JSObject, JSTracer};
use mozjs::jsval::{JSVal, ObjectValue, UndefinedValue};
use mozjs::rooted;
use mozjs::rust::{JSEngine, JSEngineHandle, RealmOptions, Runtime, Trace, SIMPLE_GLOBAL_CLASS};

pub(crate) use convert::{from_js, to_js, Thrown};
pub(crate) use exception::{take_exception, throw};

inventory::submit! {
    BackendDecl { name: "spidermonkey", version: spidermonkey_version, create: SpiderMonkey::create }
}

/// `153.6.0`: SpiderMonkey's own version, without the `JavaScript-C` prefix.
fn spidermonkey_version() -> String {
    // SAFETY: a static NUL-terminated string, available before JS_Init.
    let v = unsafe { CStr::from_ptr(jsapi::JS_GetImplementationVersion()) }.to_string_lossy();
    v.strip_prefix("JavaScript-C").unwrap_or(&v).to_owned()
}

/// The process-wide engine. `JSEngine` is neither `Send` nor `Sync` only to keep it on
/// the thread that would drop it; this one is never dropped, so sharing it is sound.
struct ProcessEngine(JSEngine);
// SAFETY: see above; only `handle()` is called on it, which is an atomic increment.
unsafe impl Send for ProcessEngine {}
unsafe impl Sync for ProcessEngine {}

fn engine_handle() -> Result<JSEngineHandle, JsError> {
    static ENGINE: OnceLock<Result<ProcessEngine, String>> = OnceLock::new();
    let engine = ENGINE.get_or_init(|| {
        let engine = JSEngine::init().map(ProcessEngine).map_err(|e| format!("{e:?}"))?;
        // SAFETY: registers a plain function; it runs once, at exit.
        unsafe { register_exit_handler() };
        Ok(engine)
    });
    match engine {
        Ok(e) => Ok(e.0.handle()),
        Err(e) => Err(JsError::error(format!("SpiderMonkey failed to initialise: {e}"))),
    }
}

/// Engines alive in the process, on any thread.
static LIVE_ENGINES: AtomicUsize = AtomicUsize::new(0);

/// SpiderMonkey's helper threads wait on a global lock that its static destructors
/// destroy at exit: a process that exits without `JS_ShutDown` crashes in `exit()`.
/// This handler, registered after SpiderMonkey's destructors and so run before them,
/// shuts the engine down when no engine is left. When some are (the host exits from
/// inside a run, as `process.exit()` does), shutting down under them is not possible,
/// so the process ends at once with its exit status; Rust flushed its own stdout
/// before calling `exit`, and C's stdio is flushed here.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
unsafe fn register_exit_handler() {
    extern "C" {
        // glibc's atexit with the exit status.
        fn on_exit(function: unsafe extern "C" fn(libc::c_int, *mut c_void), arg: *mut c_void) -> libc::c_int;
    }
    unsafe extern "C" fn at_exit(status: libc::c_int, _: *mut c_void) {
        if LIVE_ENGINES.load(Ordering::SeqCst) == 0 {
            jsapi::JS_ShutDown();
        } else {
            libc::fflush(ptr::null_mut());
            libc::_exit(status);
        }
    }
    on_exit(at_exit, ptr::null_mut());
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
unsafe fn register_exit_handler() {
    extern "C" fn at_exit() {
        if LIVE_ENGINES.load(Ordering::SeqCst) == 0 {
            // SAFETY: no engine is left to use the runtime state it frees.
            unsafe { jsapi::JS_ShutDown() };
        }
    }
    libc::atexit(at_exit);
}

/// The index of a traced value in the [`RootSet`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RootId(u32);

/// Values kept across calls, each in a boxed `Heap` that the GC traces (and updates
/// when it moves the thing) through [`trace_roots`].
///
/// Interior mutability without `RefCell`: the GC reads the set from inside any JSAPI
/// call that allocates, so a borrow flag held across such a call would make the tracer
/// fail. Instead no method calls into SpiderMonkey while it changes the vectors (a
/// `Heap`'s barriers do not allocate and cannot collect), so the tracer never observes
/// a half-done change. Only the engine's thread touches the set.
#[derive(Default)]
pub(crate) struct RootSet {
    slots: UnsafeCell<Vec<Option<Box<Heap<JSVal>>>>>,
    free: UnsafeCell<Vec<u32>>,
}

impl RootSet {
    pub fn insert(&self, v: JSVal) -> RootId {
        // SAFETY: single-threaded, and no JSAPI call happens while the vectors are borrowed.
        unsafe {
            let slots = &mut *self.slots.get();
            let heap = Heap::boxed(v);
            match (*self.free.get()).pop() {
                Some(i) => {
                    slots[i as usize] = Some(heap);
                    RootId(i)
                }
                None => {
                    slots.push(Some(heap));
                    RootId(slots.len() as u32 - 1)
                }
            }
        }
    }

    /// The current value (the GC may have moved it since it was stored). Root it before
    /// the next call that can collect.
    pub fn get(&self, id: RootId) -> JSVal {
        // SAFETY: as in `insert`.
        unsafe {
            match (&*self.slots.get()).get(id.0 as usize) {
                Some(Some(heap)) => heap.get(),
                _ => UndefinedValue(),
            }
        }
    }

    pub fn remove(&self, id: RootId) {
        // SAFETY: as in `insert`. The Heap's drop runs its post-barrier, which does not collect.
        unsafe {
            let slots = &mut *self.slots.get();
            if let Some(slot) = slots.get_mut(id.0 as usize) {
                if slot.take().is_some() {
                    (*self.free.get()).push(id.0);
                }
            }
        }
    }

    pub fn clear(&self) {
        // SAFETY: as in `insert`.
        unsafe {
            drop(std::mem::take(&mut *self.slots.get()));
            (*self.free.get()).clear();
        }
    }

    unsafe fn trace(&self, trc: *mut JSTracer) {
        for heap in (&*self.slots.get()).iter().flatten() {
            heap.trace(trc);
        }
    }

    #[cfg(test)]
    pub fn raw_bits(&self, id: RootId) -> u64 {
        self.get(id).asBits_
    }
}

/// Reports every value in the engine's [`RootSet`] to the GC.
unsafe extern "C" fn trace_roots(trc: *mut JSTracer, data: *mut c_void) {
    let shared = &*(data as *const Shared);
    shared.roots.trace(trc);
}

/// What a handle slot holds: a value, or a promise made for the host to settle.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    Value(RootId),
    Resolver(RootId),
}

/// `(kind, promise, reason)` as the intrinsic `takeRejections` hands them out.
pub(crate) type Rejection = (u8, RootId, RootId);

/// Engine state the SpiderMonkey callbacks reach through the context private.
pub(crate) struct Shared {
    pub cx: *mut JSContext,
    pub roots: RootSet,
    pub handles: RefCell<HandleTable<Slot>>,
    pub ops: Vec<&'static OpDecl>,
    pub op_state: Rc<RefCell<OpState>>,
    pub spawn_op: Rc<dyn Fn(PendingOp)>,
    pub loader: Rc<dyn ModuleLoader>,
    pub embedded: EmbeddedScripts,
    pub rejections: RefCell<Vec<Rejection>>,
    pub import_meta_hook: Cell<Option<RootId>>,
    pub global: Cell<Option<RootId>>,
    /// This realm's `Object.prototype`, to tell plain objects from instances.
    pub object_prototype: Cell<Option<RootId>>,
    /// The handler every scripted Proxy shares (module namespaces are proxies too).
    pub scripted_proxy_handler: Cell<*const c_void>,
    pub modules: RefCell<modules::ModuleMap>,
    /// Set by [`Terminator::terminate`], consumed by the interrupt callback.
    pub interrupt: Arc<AtomicBool>,
    /// The interrupt callback stopped the running script: the call that returns with
    /// no exception pending was terminated, not failed.
    pub terminated: Cell<bool>,
}

impl Shared {
    /// The state of the engine that owns `cx`.
    ///
    /// The lifetime is unbounded: callbacks only run while the engine (which owns the
    /// boxed `Shared`) is alive, and they never keep the reference past their return.
    pub(crate) unsafe fn from_cx<'a>(cx: *mut JSContext) -> &'a Shared {
        &*(jsapi::JS_GetContextPrivate(cx) as *const Shared)
    }

    pub(crate) fn insert(&self, v: JSVal) -> Handle {
        let id = self.roots.insert(v);
        self.handles.borrow_mut().insert(Slot::Value(id))
    }

    /// The value behind `h`; `None` for a stale, foreign or resolver handle.
    pub(crate) fn get(&self, h: &Handle) -> Option<JSVal> {
        match self.handles.borrow().get(h) {
            Some(Slot::Value(id)) => Some(self.roots.get(*id)),
            _ => None,
        }
    }

    /// Drops the roots of handles the host released.
    pub(crate) fn free_released(&self) {
        if !self.handles.borrow().has_released() {
            return;
        }
        let released = self.handles.borrow_mut().take_released();
        for slot in released {
            match slot {
                Slot::Value(id) | Slot::Resolver(id) => self.roots.remove(id),
            }
        }
    }

    pub(crate) fn object_prototype(&self) -> *mut JSObject {
        match self.object_prototype.get() {
            Some(id) => self.roots.get(id).to_object_or_null(),
            None => ptr::null_mut(),
        }
    }

    pub(crate) fn global(&self) -> *mut JSObject {
        match self.global.get() {
            Some(id) => self.roots.get(id).to_object_or_null(),
            None => ptr::null_mut(),
        }
    }

    /// Turns a failed call into its `JsError`, and makes the engine usable again after
    /// a termination.
    pub(crate) unsafe fn failure(&self) -> JsError {
        let err = take_exception(self, self.cx);
        if err.terminated {
            self.reset_termination();
        }
        err
    }

    pub(crate) unsafe fn reset_termination(&self) {
        self.terminated.set(false);
        // The interrupt callback stopped the job queue so a terminated drain ends at once.
        jsapi::RestartDrainingJobQueue(self.cx);
    }
}

/// Stops the running script: the interrupt callback sees the flag at SpiderMonkey's
/// next interrupt check (loop back-edges, calls), which `JS_RequestInterruptCallback`
/// triggers from any thread.
struct SpiderMonkeyTerminator {
    flag: Arc<AtomicBool>,
    /// The context while it exists (as an address); cleared before it is destroyed.
    cx: RwLock<Option<usize>>,
}

impl Terminator for SpiderMonkeyTerminator {
    fn terminate(&self) {
        self.flag.store(true, Ordering::SeqCst);
        // The read lock keeps the context alive for the call: `Drop` takes the write lock.
        if let Some(cx) = *self.cx.read().unwrap_or_else(|e| e.into_inner()) {
            // SAFETY: documented as callable from any thread.
            unsafe { jsapi::JS_RequestInterruptCallback(cx as *mut JSContext) };
        }
    }
}

thread_local! {
    /// Whether this thread has an engine: SpiderMonkey keeps one context per thread.
    static HAS_ENGINE: Cell<bool> = const { Cell::new(false) };
}

unsafe extern "C" fn interrupt_callback(cx: *mut JSContext) -> bool {
    let shared = Shared::from_cx(cx);
    // One-shot: the interrupted call returns, and the engine stays usable afterwards.
    if shared.interrupt.swap(false, Ordering::SeqCst) {
        shared.terminated.set(true);
        // Returning false unwinds the current job only; without this the queue would
        // go on running the next ones.
        jsapi::StopDrainingJobQueue(cx);
        return false;
    }
    true
}

/// SpiderMonkey as an [`Engine`]: one runtime, one global, this thread.
pub struct SpiderMonkey {
    shared: Box<Shared>,
    bindings: Handle,
    terminator: Arc<SpiderMonkeyTerminator>,
    /// The realm entered before ours (none, normally), restored on drop.
    old_realm: *mut jsapi::Realm,
    /// Keeps the process engine counted as in use while this runtime lives.
    _engine: JSEngineHandle,
}

// mozjs's numbers for a context: its default heap size plus one GC chunk as the
// initial limit (raised to "unlimited" right after), and Gecko's stack quotas.
const CHUNK_SIZE: u32 = 1 << 20;
const STACK_QUOTA: usize = 128 * 8 * 1024;
const SYSTEM_CODE_BUFFER: usize = 10 * 1024;
const TRUSTED_SCRIPT_BUFFER: usize = 8 * 12800;

/// A context with the internal job queue, or `None` when SpiderMonkey cannot make one.
unsafe fn new_context() -> Option<*mut JSContext> {
    let cx = jsapi::JS_NewContext(mozjs::default_heapsize + CHUNK_SIZE, ptr::null_mut());
    if cx.is_null() {
        return None;
    }
    jsapi::JS_SetGCParameter(cx, jsapi::JSGCParamKey::JSGC_MAX_BYTES, u32::MAX);
    jsapi::JS_SetNativeStackQuota(
        cx,
        STACK_QUOTA,
        STACK_QUOTA - SYSTEM_CODE_BUFFER,
        STACK_QUOTA - SYSTEM_CODE_BUFFER - TRUSTED_SCRIPT_BUFFER,
    );
    // The host runs the job queue (RunJobs); SpiderMonkey never drains it alone.
    // This must precede the self-hosted code.
    if !jsapi::UseInternalJobQueues(cx) || !jsapi::InitSelfHostedCode(cx, Default::default(), None) {
        jsapi::JS_DestroyContext(cx);
        return None;
    }
    Some(cx)
}

impl SpiderMonkey {
    /// The [`BackendDecl`] constructor.
    pub fn create(config: EngineConfig) -> Result<Box<dyn Engine>, JsError> {
        Ok(Box::new(Self::new(config)?))
    }

    /// A new runtime and global on this thread. `engine_flags` are ignored: they are V8's.
    pub fn new(config: EngineConfig) -> Result<SpiderMonkey, JsError> {
        let engine = engine_handle()?;
        // Contexts made by mozjs's own `Runtime` count too.
        if HAS_ENGINE.with(Cell::get) || Runtime::get().is_some() {
            return Err(JsError::error("SpiderMonkey allows one engine per thread, and this thread has one"));
        }
        // SAFETY: JS_Init ran (engine_handle), and this thread has no context.
        let cx = unsafe { new_context() }.ok_or_else(|| JsError::error("SpiderMonkey: cannot create a context"))?;
        HAS_ENGINE.with(|h| h.set(true));
        LIVE_ENGINES.fetch_add(1, Ordering::SeqCst);
        let interrupt = Arc::new(AtomicBool::new(false));
        let shared = Box::new(Shared {
            cx,
            roots: RootSet::default(),
            handles: RefCell::new(HandleTable::new()),
            ops: config.ops,
            op_state: config.op_state,
            spawn_op: config.spawn_op,
            loader: config.loader,
            embedded: config.embedded,
            rejections: RefCell::new(Vec::new()),
            import_meta_hook: Cell::new(None),
            global: Cell::new(None),
            object_prototype: Cell::new(None),
            scripted_proxy_handler: Cell::new(ptr::null()),
            modules: RefCell::new(modules::ModuleMap::default()),
            interrupt: interrupt.clone(),
            terminated: Cell::new(false),
        });
        let terminator = Arc::new(SpiderMonkeyTerminator { flag: interrupt, cx: RwLock::new(Some(cx as usize)) });
        let data = &*shared as *const Shared as *mut c_void;
        unsafe {
            jsapi::JS_SetContextPrivate(cx, data);
            jsapi::JS_AddExtraGCRootsTracer(cx, Some(trace_roots), data);
            // Stacks as V8 prints them: host/js and Node-style output parse this format.
            jsapi::SetStackFormat(cx, jsapi::StackFormat::V8);
            jsapi::JS_AddInterruptCallback(cx, Some(interrupt_callback));
            jsapi::SetPromiseRejectionTrackerCallback(cx, Some(functions::rejection_tracker), data);
            modules::install(cx);
            if let Some(max) = config.max_heap_bytes {
                jsapi::JS_SetGCParameter(cx, jsapi::JSGCParamKey::JSGC_MAX_BYTES, max.min(u32::MAX as usize) as u32);
            }
            let mut options = RealmOptions::default();
            // SharedArrayBuffer and Atomics, which V8 and QuickJS expose by default.
            options.creationOptions_.sharedMemoryAndAtomics_ = true;
            let global = jsapi::JS_NewGlobalObject(
                cx,
                &SIMPLE_GLOBAL_CLASS,
                ptr::null_mut(),
                jsapi::OnNewGlobalHookOption::FireOnNewGlobalHook,
                &*options,
            );
            if global.is_null() {
                let err = shared.failure();
                Self::teardown(&shared, cx);
                Self::destroy(&terminator, cx);
                return Err(err);
            }
            // Rooted before anything else can collect.
            shared.global.set(Some(shared.roots.insert(ObjectValue(global))));
            // One realm for the engine's whole life: every call runs in it.
            let old_realm = jsapi::EnterRealm(cx, shared.global());
            let bindings = match functions::setup_realm(&shared) {
                Ok(b) => b,
                Err(e) => {
                    Self::teardown(&shared, cx);
                    jsapi::LeaveRealm(cx, old_realm);
                    Self::destroy(&terminator, cx);
                    return Err(e);
                }
            };
            Ok(SpiderMonkey { shared, bindings, terminator, old_realm, _engine: engine })
        }
    }

    /// Releases every root and callback that points into the heap or at `shared`.
    unsafe fn teardown(shared: &Shared, cx: *mut JSContext) {
        drop(shared.handles.borrow_mut().take_all());
        shared.rejections.borrow_mut().clear();
        shared.import_meta_hook.set(None);
        shared.object_prototype.set(None);
        shared.global.set(None);
        shared.modules.borrow_mut().clear();
        shared.roots.clear();
        jsapi::JS_RemoveExtraGCRootsTracer(cx, Some(trace_roots), shared as *const Shared as *mut c_void);
        jsapi::SetPromiseRejectionTrackerCallback(cx, None, ptr::null_mut());
        jsapi::JS_SetContextPrivate(cx, ptr::null_mut());
    }

    /// Destroys the context (which collects what was left) once no other thread can
    /// reach it through the terminator.
    unsafe fn destroy(terminator: &SpiderMonkeyTerminator, cx: *mut JSContext) {
        *terminator.cx.write().unwrap_or_else(|e| e.into_inner()) = None;
        jsapi::JS_DestroyContext(cx);
        HAS_ENGINE.with(|h| h.set(false));
        LIVE_ENGINES.fetch_sub(1, Ordering::SeqCst);
    }

    fn cx(&self) -> *mut JSContext {
        self.shared.cx
    }

    /// Frees released handles before a call.
    fn enter(&self) -> &Shared {
        self.shared.free_released();
        &self.shared
    }
}

impl Engine for SpiderMonkey {
    fn name(&self) -> &'static str {
        "spidermonkey"
    }

    fn version(&self) -> String {
        spidermonkey_version()
    }

    fn eval_script(&mut self, source: &str, filename: &str) -> Result<Value, JsError> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            rooted!(in(cx) let mut rval = UndefinedValue());
            if !functions::eval(cx, source, filename, rval.handle_mut().into()) {
                return Err(shared.failure());
            }
            from_js(shared, cx, rval.handle().into()).map_err(|Thrown| shared.failure())
        }
    }

    fn compile_function(&mut self, source: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            let f = functions::compile_function(cx, source, filename, params);
            if f.is_null() {
                return Err(shared.failure());
            }
            Ok(shared.insert(ObjectValue(f)))
        }
    }

    fn compile_embedded(&mut self, name: &str, filename: &str, params: &[&str]) -> Result<Handle, JsError> {
        let shared = self.enter();
        let source = shared.embedded.get(name)?;
        unsafe {
            let f = functions::compile_function(self.cx(), source, filename, params);
            if f.is_null() {
                return Err(shared.failure());
            }
            Ok(shared.insert(ObjectValue(f)))
        }
    }

    fn call(&mut self, func: &Handle, this: Value, args: Vec<Value>) -> Result<Value, JsError> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            let f = shared.get(func).ok_or_else(|| JsError::type_error("stale function handle"))?;
            rooted!(in(cx) let f = f);
            if !f.get().is_object() || !jsapi::IsCallable(f.get().to_object()) {
                return Err(JsError::type_error("the handle is not a function"));
            }
            rooted!(in(cx) let mut thisv = UndefinedValue());
            if to_js(shared, cx, this, thisv.handle_mut().into()).is_err() {
                return Err(shared.failure());
            }
            rooted!(in(cx) let mut argv = Vec::<JSVal>::with_capacity(args.len()));
            for a in args {
                rooted!(in(cx) let mut v = UndefinedValue());
                if to_js(shared, cx, a, v.handle_mut().into()).is_err() {
                    return Err(shared.failure());
                }
                argv.push(v.get());
            }
            let argv = jsapi::HandleValueArray::from(&argv);
            rooted!(in(cx) let mut rval = UndefinedValue());
            if !jsapi::JS::Call(cx, thisv.handle().into(), f.handle().into(), &argv, rval.handle_mut().into()) {
                return Err(shared.failure());
            }
            from_js(shared, cx, rval.handle().into()).map_err(|Thrown| shared.failure())
        }
    }

    fn import_module(&mut self, specifier: &str, referrer: &str) -> Result<Handle, JsError> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            rooted!(in(cx) let mut promise = ptr::null_mut::<JSObject>());
            if !modules::import(shared, cx, specifier, referrer, promise.handle_mut().into()) {
                return Err(shared.failure());
            }
            Ok(shared.insert(ObjectValue(promise.get())))
        }
    }

    fn run_microtasks(&mut self) -> Result<(), JsError> {
        let shared = self.enter();
        unsafe {
            functions::run_jobs(shared);
            // Jobs turn their exceptions into rejections: only termination ends up here.
            if shared.terminated.get() {
                shared.reset_termination();
                return Err(JsError::terminated());
            }
        }
        Ok(())
    }

    fn new_promise(&mut self) -> Result<(Handle, Resolver), JsError> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            let p = jsapi::NewPromiseObject(cx, jsapi::HandleObject::null());
            if p.is_null() {
                return Err(shared.failure());
            }
            let resolver = shared.roots.insert(ObjectValue(p));
            let resolver = shared.handles.borrow_mut().insert(Slot::Resolver(resolver));
            Ok((shared.insert(ObjectValue(p)), Resolver(resolver)))
        }
    }

    fn settle_promise(&mut self, resolver: Resolver, result: Result<Value, JsError>) -> Result<(), JsError> {
        let shared = self.enter();
        unsafe { functions::settle(shared, &resolver.0, result) }
    }

    fn promise_state(&mut self, value: &Handle) -> Option<PromiseState> {
        let shared = self.enter();
        let cx = self.cx();
        unsafe {
            let v = shared.get(value)?;
            if !v.is_object() {
                return None;
            }
            rooted!(in(cx) let p = v.to_object());
            if !jsapi::IsPromiseObject(p.handle().into()) {
                return None;
            }
            let state = jsapi::GetPromiseState(p.handle().into());
            let result = || {
                rooted!(in(cx) let mut r = UndefinedValue());
                mozjs::glue::JS_GetPromiseResult(p.handle().into(), r.handle_mut().into());
                from_js(shared, cx, r.handle().into()).unwrap_or_else(|Thrown| {
                    jsapi::JS_ClearPendingException(cx);
                    Value::Undefined
                })
            };
            Some(match state {
                jsapi::PromiseState::Pending => PromiseState::Pending,
                jsapi::PromiseState::Fulfilled => PromiseState::Fulfilled(result()),
                jsapi::PromiseState::Rejected => PromiseState::Rejected(result()),
            })
        }
    }

    fn bindings(&mut self) -> Handle {
        self.bindings.clone()
    }

    fn heap_stats(&mut self) -> HeapStats {
        unsafe { functions::heap_stats(self.cx()) }
    }

    fn collect_garbage(&mut self) {
        self.enter();
        unsafe { functions::collect_garbage(self.cx()) }
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

impl Drop for SpiderMonkey {
    fn drop(&mut self) {
        let cx = self.cx();
        unsafe {
            // Every root goes before the context does.
            Self::teardown(&self.shared, cx);
            jsapi::LeaveRealm(cx, self.old_realm);
            Self::destroy(&self.terminator, cx);
        }
    }
}

#[cfg(test)]
mod tests;
