//! One jsrig process: an engine, the host JS bootstrapped on it, and the event loop
//! that drives it with Node's phase order.
//!
//! Each loop iteration: timers that are due (`processTimers`), then completed async
//! ops in completion order (poll), then immediates (`processImmediates`). After every
//! callback into JS, `processTicksAndRejections` runs the nextTick queue and the
//! microtasks, as Node's `InternalCallbackScope` does. The loop ends when no ref'd
//! timer, immediate or op is left and 'beforeExit' schedules nothing new.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use engine_api::{registered_ops, BackendDecl, EmbeddedScripts, Engine, EngineConfig, Handle, JsError, OpResult, OpState, PendingOp, Resolver, Value};
use futures_util::stream::{FuturesUnordered, StreamExt};
use futures_util::FutureExt;

use crate::builtins;
use crate::fatal;
use crate::loader::EsmLoader;
use crate::ops::loop_state::LoopState;
use crate::ops::process::ProcessInfo;
use crate::resolve;

pub struct RuntimeOptions {
    pub backend: &'static BackendDecl,
    /// `process.argv`: the executable, the script (absent for `-e`), then its arguments.
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub max_heap_bytes: Option<usize>,
    pub engine_flags: Vec<String>,
}

pub enum Entry {
    /// A script or module file.
    File(String),
    /// `-e` / `-p` source, run as a classic script in the global scope.
    Eval { source: String, print: bool },
}

/// The functions host/js hands back from its bootstrap (internal/bootstrap.js).
struct Hooks {
    run_main: Handle,
    run_eval: Handle,
    process_ticks: Handle,
    process_timers: Handle,
    process_immediates: Handle,
    handle_uncaught: Handle,
    emit_before_exit: Handle,
    emit_exit: Handle,
}

impl Hooks {
    fn from_value(v: Value) -> Result<Hooks, JsError> {
        let get = |name: &str| match v.get(name) {
            Some(Value::Handle(h)) => Ok(h.clone()),
            _ => Err(JsError::error(format!("bootstrap did not return the hook {name}"))),
        };
        Ok(Hooks {
            run_main: get("runMain")?,
            run_eval: get("runEval")?,
            process_ticks: get("processTicksAndRejections")?,
            process_timers: get("processTimers")?,
            process_immediates: get("processImmediates")?,
            handle_uncaught: get("handleUncaught")?,
            emit_before_exit: get("emitBeforeExit")?,
            emit_exit: get("emitExit")?,
        })
    }
}

/// A running async op; the flag says whether it counts toward keeping the process alive.
type InFlight = Pin<Box<dyn Future<Output = (Resolver, OpResult, bool)>>>;

pub struct Runtime {
    engine: Box<dyn Engine>,
    state: Rc<RefCell<OpState>>,
    /// Async ops started by JS since the loop last looked.
    spawned: Rc<RefCell<Vec<PendingOp>>>,
    inflight: FuturesUnordered<InFlight>,
    /// How many of `inflight` keep the process alive.
    inflight_refed: usize,
    hooks: Hooks,
}

/// Runs `entry` on a fresh runtime and returns the process exit code.
pub fn run(options: RuntimeOptions, entry: Entry) -> i32 {
    let tokio = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("jsrig: cannot start the event loop: {e}");
            return 1;
        }
    };
    let local = tokio::task::LocalSet::new();
    let code = local.block_on(&tokio, async move {
        let mut runtime = match Runtime::new(options) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("jsrig: the runtime failed to start: {e}");
                return 1;
            }
        };
        let code = runtime.run(entry).await;
        // The process ends now: tearing the engine down would only free memory the
        // OS reclaims anyway (a measurable part of a short script's run time).
        std::mem::forget(runtime);
        code
    });
    // Nothing may wait for a blocking read of stdin that will never return.
    tokio.shutdown_background();
    code
}

impl Runtime {
    pub fn new(options: RuntimeOptions) -> Result<Runtime, JsError> {
        let resolver = Rc::new(resolve::Resolver::new());
        let engine_version = (options.backend.version)();
        let cache = crate::code_cache::DiskCache::open(options.backend.name, &engine_version);
        let mut state = OpState::new();
        state.put(LoopState::new());
        state.put(resolver.clone());
        state.put(ProcessInfo {
            argv: options.argv,
            exec_argv: options.exec_argv,
            engine: options.backend.name,
            engine_version,
            clock_origin: Instant::now(),
        });
        let state = Rc::new(RefCell::new(state));
        let spawned: Rc<RefCell<Vec<PendingOp>>> = Rc::default();
        let queue = spawned.clone();
        let config = EngineConfig {
            ops: registered_ops(),
            op_state: state.clone(),
            spawn_op: Rc::new(move |op| queue.borrow_mut().push(op)),
            loader: Rc::new(EsmLoader { resolver }),
            embedded: EmbeddedScripts {
                source: builtins::source,
                cache: cache.filter(|_| builtins::dev_dir().is_none()).map(|c| c as Rc<dyn engine_api::CodeCache>),
            },
            max_heap_bytes: options.max_heap_bytes,
            engine_flags: options.engine_flags,
        };
        let mut engine = (options.backend.create)(config)?;
        let bootstrap = engine.compile_embedded("internal/bootstrap", "node:internal/bootstrap", &["bindings"])?;
        let bindings = engine.bindings();
        let hooks = engine.call(&bootstrap, Value::Undefined, vec![Value::Handle(bindings)])?;
        Ok(Runtime { engine, state, spawned, inflight: FuturesUnordered::new(), inflight_refed: 0, hooks: Hooks::from_value(hooks)? })
    }

    pub async fn run(&mut self, entry: Entry) -> i32 {
        let started = match entry {
            Entry::File(path) => self.engine.call(&self.hooks.run_main, Value::Undefined, vec![Value::from(path)]),
            Entry::Eval { source, print } => self.engine.call(&self.hooks.run_eval, Value::Undefined, vec![Value::from(source), Value::Bool(print)]),
        };
        if let Err(e) = started {
            self.uncaught(e);
        }
        self.after_callback();
        self.event_loop().await;
        let hook = self.hooks.emit_exit.clone();
        let code = match self.engine.call(&hook, Value::Undefined, vec![]) {
            Ok(Value::Number(n)) => n as i32,
            Ok(_) => 0,
            Err(e) => {
                self.uncaught(e);
                1
            }
        };
        crate::ops::io::flush();
        code
    }

    fn loop_state<R>(&self, f: impl FnOnce(&mut LoopState) -> R) -> R {
        f(self.state.borrow_mut().borrow_mut::<LoopState>())
    }

    /// Calls a hook as a macrotask: an exception is an uncaught exception.
    fn call_hook(&mut self, hook: Handle, args: Vec<Value>) {
        if let Err(e) = self.engine.call(&hook, Value::Undefined, args) {
            self.uncaught(e);
        }
        self.after_callback();
    }

    /// nextTicks and microtasks after a callback. A throwing tick is an uncaught
    /// exception; the queue then continues, as in Node.
    fn after_callback(&mut self) {
        let hook = self.hooks.process_ticks.clone();
        for _ in 0..1000 {
            match self.engine.call(&hook, Value::Undefined, vec![]) {
                Ok(_) => return,
                Err(e) => self.uncaught(e),
            }
        }
    }

    /// Hands an uncaught exception to JS ('uncaughtException' listeners, or the fatal
    /// report and exit). Returns only when a listener handled it.
    fn uncaught(&mut self, err: JsError) {
        if err.terminated {
            crate::ops::io::flush();
            std::process::exit(1);
        }
        let location = match &err.location {
            Some(l) => Value::object([
                ("file", Value::from(l.file.as_str())),
                ("line", Value::from(l.line)),
                ("column", Value::from(l.column)),
                ("sourceLine", l.source_line.clone().map(Value::from).unwrap_or_default()),
            ]),
            None => Value::Null,
        };
        let exception = err.exception.clone().unwrap_or_else(|| Value::from(err.headline()));
        let hook = self.hooks.handle_uncaught.clone();
        match self.engine.call(&hook, Value::Undefined, vec![exception, location]) {
            Ok(Value::Bool(true)) => {}
            // The report could not be made in JS: make it here.
            Ok(_) => fatal::exit_with_report(&err, 1),
            // An 'uncaughtException' listener threw: Node exits with 7.
            Err(e2) => fatal::exit_with_report(&e2, 7),
        }
    }

    fn pump_spawned(&mut self) {
        for op in self.spawned.borrow_mut().drain(..) {
            let PendingOp { resolver, future, keeps_alive } = op;
            self.inflight_refed += keeps_alive as usize;
            // A panic in an op's future becomes that op's JS error, as in sync ops: it
            // must not unwind through the event loop and the engine.
            let future = AssertUnwindSafe(future).catch_unwind().map(|r| {
                r.unwrap_or_else(|p| Err(JsError::error(format!("internal error in a host operation: {}", engine_api::panic_message(p)))))
            });
            self.inflight.push(Box::pin(future.map(move |r| (resolver, r, keeps_alive))));
        }
    }

    fn alive(&self) -> bool {
        let state = self.state.borrow();
        let l = state.borrow::<LoopState>();
        self.inflight_refed > 0
            || self.spawned.borrow().iter().any(|op| op.keeps_alive)
            || l.refs > 0
            || (l.timer_deadline.is_some() && l.timer_refed)
            || (l.immediates_pending && l.immediates_refed)
    }

    async fn event_loop(&mut self) {
        loop {
            self.pump_spawned();
            let now = self.loop_state(|l| l.now());
            if self.loop_state(|l| l.timer_deadline.is_some_and(|d| d <= now)) {
                self.call_hook(self.hooks.process_timers.clone(), vec![Value::Number(now)]);
            }
            self.poll().await;
            if self.loop_state(|l| l.immediates_pending) {
                self.call_hook(self.hooks.process_immediates.clone(), vec![]);
            }
            if !self.alive() {
                self.call_hook(self.hooks.emit_before_exit.clone(), vec![]);
                if !self.alive() {
                    break;
                }
            }
        }
    }

    /// The poll phase: waits for an op to complete, until the next timer is due (not at
    /// all when immediates are queued), and runs the callbacks of all that completed.
    async fn poll(&mut self) {
        self.pump_spawned();
        let (deadline, immediates, start) = self.loop_state(|l| (l.timer_deadline, l.immediates_pending, l.start));
        let wake_at = if immediates { Some(Instant::now()) } else { deadline.map(|d| start + Duration::from_millis(d.max(0.0) as u64)) };
        // Only background ops left and nothing else alive: there is nothing to wait for.
        let first = if self.inflight.is_empty() || !self.alive() {
            if let Some(at) = wake_at {
                if self.alive() {
                    tokio::time::sleep_until(at.into()).await;
                }
            }
            None
        } else {
            match wake_at {
                Some(at) => tokio::time::timeout_at(at.into(), self.inflight.next()).await.ok().flatten(),
                None => self.inflight.next().await,
            }
        };
        if let Some((resolver, result, refed)) = first {
            self.complete(resolver, result, refed);
            while let Some(Some((resolver, result, refed))) = self.inflight.next().now_or_never() {
                self.complete(resolver, result, refed);
            }
        }
    }

    fn complete(&mut self, resolver: Resolver, result: OpResult, refed: bool) {
        self.inflight_refed -= refed as usize;
        if let Err(e) = self.engine.settle_promise(resolver, result) {
            self.uncaught(e);
        }
        self.after_callback();
    }
}
