//! One test suite for every backend: each backend's tests call [`run_all`] with its
//! constructor, so the three engines are held to the same behaviour.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use crate::*;

fn op_add(_: &mut OpState, args: Args) -> OpResult {
    Ok(Value::Number(args.number(0, "a")? + args.number(1, "b")?))
}

fn op_fail(_: &mut OpState, _: Args) -> OpResult {
    Err(JsError::type_error("bad thing").with_code("ERR_BAD").with_prop("errno", -2))
}

fn op_panic(_: &mut OpState, _: Args) -> OpResult {
    panic!("op panicked on purpose")
}

fn op_echo(_: &mut OpState, mut args: Args) -> OpResult {
    Ok(args.take(0))
}

fn op_count(state: &mut OpState, _: Args) -> OpResult {
    let n = state.borrow_mut::<u32>();
    *n += 1;
    Ok(Value::from(*n))
}

fn op_later(_: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let v = args.take(0);
    Box::pin(async move { Ok(v) })
}

static ADD: OpDecl = OpDecl::sync("add", op_add);
static FAIL: OpDecl = OpDecl::sync("fail", op_fail);
static PANIC: OpDecl = OpDecl::sync("panic", op_panic);
static ECHO: OpDecl = OpDecl::sync("echo", op_echo);
static COUNT: OpDecl = OpDecl::sync("count", op_count);
static LATER: OpDecl = OpDecl::asynchronous("later", op_later);

fn embedded_source(name: &str) -> Option<&'static str> {
    match name {
        "twice" => Some("return x * 2;"),
        "broken" => Some("return );"),
        _ => None,
    }
}

/// A code cache in memory that counts its hits, shared by the engines of one test.
#[derive(Default)]
pub struct MemoryCache {
    entries: RefCell<HashMap<String, Rc<[u8]>>>,
    pub hits: std::cell::Cell<u32>,
}

impl CodeCache for MemoryCache {
    fn get(&self, key: &str) -> Option<Rc<[u8]>> {
        let hit = self.entries.borrow().get(key).cloned();
        if hit.is_some() {
            self.hits.set(self.hits.get() + 1);
        }
        hit
    }
    fn put(&self, key: &str, data: Vec<u8>) {
        self.entries.borrow_mut().insert(key.to_owned(), data.into());
    }
}

/// Modules from a map of URL -> source; specifiers are URLs or `./name` relative to nothing.
struct MapLoader(HashMap<String, String>);

impl ModuleLoader for MapLoader {
    fn resolve(&self, specifier: &str, _referrer: &str) -> Result<String, JsError> {
        let url = format!("mem:///{}", specifier.trim_start_matches("./").trim_start_matches("mem:///"));
        if self.0.contains_key(&url) {
            Ok(url)
        } else {
            Err(JsError::error(format!("Cannot find module '{specifier}'")).with_code("ERR_MODULE_NOT_FOUND"))
        }
    }
    fn load(&self, url: &str) -> Result<ModuleSource, JsError> {
        Ok(ModuleSource { source: self.0[url].clone() })
    }
}

pub type Create = fn(EngineConfig) -> Result<Box<dyn Engine>, JsError>;

/// An engine with the test ops and modules, and the queue its async ops land in.
pub struct Fixture {
    pub engine: Box<dyn Engine>,
    pub pending: Rc<RefCell<Vec<PendingOp>>>,
}

pub fn fixture(create: Create) -> Fixture {
    fixture_with_cache(create, None)
}

pub fn fixture_with_cache(create: Create, cache: Option<Rc<dyn CodeCache>>) -> Fixture {
    let pending: Rc<RefCell<Vec<PendingOp>>> = Rc::default();
    let queue = pending.clone();
    let mut state = OpState::new();
    state.put(0u32);
    let modules = [
        ("mem:///main.mjs", "import { dep } from './dep.mjs'; export const value = dep * 2; import.meta.seen = import.meta.url;"),
        ("mem:///dep.mjs", "export const dep = 21;"),
        ("mem:///tla.mjs", "export const v = await Promise.resolve(7);"),
        ("mem:///bad.mjs", "export const = ;"),
        ("mem:///throws.mjs", "throw new RangeError('at load');"),
        ("mem:///missing.mjs", "import './nowhere.mjs';"),
        ("mem:///meta.mjs", "export const meta = import.meta;"),
    ];
    let loader = MapLoader(modules.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
    let config = EngineConfig {
        ops: vec![&ADD, &FAIL, &PANIC, &ECHO, &COUNT, &LATER],
        op_state: Rc::new(RefCell::new(state)),
        spawn_op: Rc::new(move |p| queue.borrow_mut().push(p)),
        loader: Rc::new(loader),
        embedded: EmbeddedScripts { source: embedded_source, cache },
        max_heap_bytes: None,
        engine_flags: Vec::new(),
    };
    Fixture { engine: create(config).expect("engine creates"), pending }
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

/// Puts the bindings object on `globalThis.b` for scripts to use.
fn expose_bindings(e: &mut dyn Engine) {
    let setter = handle(eval(e, "(function (b) { globalThis.b = b; })"));
    let b = e.bindings();
    e.call(&setter, Value::Undefined, vec![Value::Handle(b)]).unwrap();
}

pub fn values_round_trip(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    assert_eq!(eval(e, "1 + 2"), Value::Number(3.0));
    assert_eq!(eval(e, "'h' + 'é' + '😀'"), Value::String("hé😀".into()));
    assert_eq!(eval(e, "null"), Value::Null);
    assert_eq!(eval(e, "undefined"), Value::Undefined);
    assert_eq!(eval(e, "-0.5"), Value::Number(-0.5));
    assert_eq!(eval(e, "12345678901234n"), Value::BigInt(12345678901234));
    assert_eq!(eval(e, "[1, 'a', [true]]"), Value::Array(vec![1.into(), "a".into(), Value::Array(vec![true.into()])]));
    assert_eq!(
        eval(e, "({ b: 1, a: { c: null } })"),
        Value::object([("b", Value::from(1)), ("a", Value::object([("c", Value::Null)]))])
    );
    assert_eq!(eval(e, "new Uint8Array([1, 2, 3]).subarray(1)"), Value::Bytes(vec![2, 3]));
    assert_eq!(eval(e, "new Uint16Array([258]).buffer"), Value::Bytes(vec![2, 1]));
    assert!(matches!(eval(e, "(function f() {})"), Value::Handle(_)));
    assert!(matches!(eval(e, "new (class A {})"), Value::Handle(_)), "class instances are not plain data");
    assert!(matches!(eval(e, "new Date(0)"), Value::Handle(_)));
    assert!(matches!(eval(e, "Symbol('s')"), Value::Handle(_)));
    assert!(matches!(eval(e, "2n ** 80n"), Value::Handle(_)), "BigInts beyond 64 bits stay in the engine");
    assert_eq!(eval(e, "Object.create(null)"), Value::Object(vec![]));
    // A cyclic structure must not hang or overflow: past the depth limit it is a handle.
    assert!(matches!(eval(e, "const o = {}; o.self = o; o"), Value::Object(_)));

    // Values going in: strings, bytes (large ones adopted, not copied), nested data.
    let check = handle(eval(e, "(function (s, b, o) { return s.length === 5 && b instanceof Uint8Array && b.length === 1048576 && b[1048575] === 7 && o.list[1].k === 'v'; })"));
    let mut big = vec![0u8; 1 << 20];
    big[(1 << 20) - 1] = 7;
    let arg_obj = Value::object([("list", Value::Array(vec![Value::Null, Value::object([("k", Value::from("v"))])]))]);
    assert_eq!(e.call(&check, Value::Undefined, vec!["héllo".into(), Value::Bytes(big), arg_obj]).unwrap(), Value::Bool(true));
    // A handle passed back is the same JS value.
    let obj = handle(eval(e, "globalThis.keep = new Map(); keep"));
    let same = handle(eval(e, "(function (x) { return x === globalThis.keep; })"));
    assert_eq!(e.call(&same, Value::Undefined, vec![Value::Handle(obj)]).unwrap(), Value::Bool(true));
}

pub fn handles_are_released(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let base = e.live_handles();
    let make = handle(eval(e, "(function () { return function () {}; })"));
    let mut kept = Vec::new();
    for _ in 0..100 {
        kept.push(e.call(&make, Value::Undefined, vec![]).unwrap());
    }
    assert_eq!(e.live_handles(), base + 101);
    let clone = kept[0].clone();
    drop(kept);
    assert_eq!(e.live_handles(), base + 2, "one clone keeps its reference alive");
    drop(clone);
    drop(make);
    assert_eq!(e.live_handles(), base);
    // Exceptions carry their value as a handle: released too.
    for _ in 0..10 {
        let _ = e.eval_script("throw new Error('x')", "t.js");
    }
    assert_eq!(e.live_handles(), base);
}

pub fn exceptions_become_errors(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let err = e.eval_script("\n\nfunction f() { throw new TypeError('boom'); }\nf();", "/x/a.js").unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("TypeError", "boom"));
    let loc = err.location.expect("a location");
    assert_eq!((loc.file.as_str(), loc.line), ("/x/a.js", 3));
    assert!(err.stack.unwrap_or_default().contains("boom"));

    let err = e.eval_script("let x = 1;\nlet y = ;\n", "/x/syntax.js").unwrap_err();
    assert_eq!(err.name, "SyntaxError");
    let loc = err.location.expect("a syntax error has a location");
    assert_eq!((loc.file.as_str(), loc.line), ("/x/syntax.js", 2));

    let err = e.eval_script("throw 42", "t.js").unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("", "42"));
    assert_eq!(err.exception, Some(Value::Number(42.0)));

    let err = e.eval_script("const e = new Error('c'); e.code = 'E_X'; throw e", "t.js").unwrap_err();
    assert_eq!(err.code.as_deref(), Some("E_X"));

    // A JsError thrown by the host is a real JS error with code and props.
    expose_bindings(e);
    let r = eval(e, "try { b.fail() } catch (e) { [e instanceof TypeError, e.message, e.code, e.errno].join() }");
    assert_eq!(r, Value::from("true,bad thing,ERR_BAD,-2"));
    let r = eval(e, "try { b.panic(); 'no' } catch (e) { e instanceof Error && e.message.includes('panicked on purpose') }");
    assert_eq!(r, Value::Bool(true), "a panicking op throws instead of unwinding into the engine");
    let r = eval(e, "try { b.add('x', 1) } catch (e) { e.code }");
    assert_eq!(r, Value::from("ERR_INVALID_ARG_TYPE"));

    // errorLocation: an error's creation site, and a SyntaxError's offending line.
    let made = e.eval_script("\nglobalThis.made = new Error('here');", "/x/made.js");
    assert!(made.is_ok());
    let loc = eval(e, "b.errorLocation(made)");
    assert_eq!((loc.get("file"), loc.get("line")), (Some(&Value::from("/x/made.js")), Some(&Value::Number(2.0))), "{loc:?}");
    let loc = eval(e, "let se; try { b.evalScript('1;\\n2;\\nlet = = ;', '/x/se.js') } catch (x) { se = x } b.errorLocation(se)");
    assert_eq!((loc.get("file"), loc.get("line")), (Some(&Value::from("/x/se.js")), Some(&Value::Number(3.0))), "{loc:?}");
    assert_eq!(eval(e, "b.errorLocation(42)"), Value::Undefined);
}

pub fn compile_function_positions(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let func = e.compile_function("return a + b;", "/x/f.js", &["a", "b"]).unwrap();
    assert_eq!(e.call(&func, Value::Undefined, vec![1.into(), 2.into()]).unwrap(), Value::Number(3.0));
    let func = e.compile_function("const q = 1;\n  throw new Error('line two');", "/x/g.js", &[]).unwrap();
    let err = e.call(&func, Value::Undefined, vec![]).unwrap_err();
    let loc = err.location.expect("location");
    // Engines disagree on columns (V8 points at `new`, QuickJS at the callee); lines agree.
    assert_eq!((loc.file.as_str(), loc.line), ("/x/g.js", 2));
    let err = e.compile_function("ok();\nreturn );", "/x/h.js", &[]).unwrap_err();
    assert_eq!(err.name, "SyntaxError");
    assert_eq!(err.location.expect("location").line, 2);
}

pub fn embedded_scripts_compile_and_cache(create: Create) {
    let cache = Rc::new(MemoryCache::default());
    for round in 0..2 {
        let mut f = fixture_with_cache(create, Some(cache.clone()));
        let e = &mut *f.engine;
        let twice = e.compile_embedded("twice", "emb:twice.js", &["x"]).unwrap();
        assert_eq!(e.call(&twice, Value::Undefined, vec![21.into()]).unwrap(), Value::Number(42.0), "round {round}");
        let err = e.compile_embedded("broken", "emb:broken.js", &[]).unwrap_err();
        assert_eq!(err.name, "SyntaxError");
        assert!(e.compile_embedded("missing", "emb:missing.js", &[]).is_err());
        expose_bindings(e);
        assert_eq!(eval(e, "b.compileEmbedded('twice', 'emb:twice.js', ['x'])(5)"), Value::Number(10.0));
    }
    // Engines that cache read back what the first engine stored; others never store.
    assert!(cache.hits.get() == 0 || cache.hits.get() >= 2, "hits: {}", cache.hits.get());
    // Without a cache, embedded scripts still compile.
    let mut f = fixture(create);
    let twice = f.engine.compile_embedded("twice", "emb:twice.js", &["x"]).unwrap();
    assert_eq!(f.engine.call(&twice, Value::Undefined, vec![1.into()]).unwrap(), Value::Number(2.0));
}

pub fn ops_are_called(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    expose_bindings(e);
    assert_eq!(eval(e, "b.add(2, 3)"), Value::Number(5.0));
    assert_eq!(eval(e, "b.count(); b.count()"), Value::Number(2.0));
    assert_eq!(eval(e, "b.echo({ a: [1, 'x'] }).a[1]"), Value::from("x"));
    let r = eval(e, "const f = () => 1; b.echo(f) === f");
    assert_eq!(r, Value::Bool(true), "a function crosses as a handle and comes back as itself");
    for name in intrinsics::ALL {
        assert_eq!(eval(e, &format!("typeof b.{name}")), Value::from("function"), "intrinsic {name}");
    }
}

pub fn async_ops_settle_promises(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    expose_bindings(e);
    eval(e, "globalThis.out = []; b.later('v1').then(v => out.push(v)); b.later(2).then(v => out.push(v));");
    let pending: Vec<PendingOp> = f.pending.borrow_mut().drain(..).collect();
    assert_eq!(pending.len(), 2);
    for op in pending {
        let v = block_on(op.future).unwrap();
        e.settle_promise(op.resolver, Ok(v)).unwrap();
    }
    e.run_microtasks().unwrap();
    assert_eq!(eval(e, "out.join()"), Value::from("v1,2"));
}

pub fn promises_and_microtasks(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let (p, resolver) = e.new_promise().unwrap();
    assert_eq!(e.promise_state(&p), Some(PromiseState::Pending));
    let watch = handle(eval(e, "globalThis.log = []; (function (p) { p.then(v => log.push('then ' + v)); Promise.resolve().then(() => log.push('micro')); })"));
    e.call(&watch, Value::Undefined, vec![Value::Handle(p.clone())]).unwrap();
    assert_eq!(eval(e, "log.length"), Value::Number(0.0), "jobs wait for the host");
    e.settle_promise(resolver, Ok(Value::from("x"))).unwrap();
    e.run_microtasks().unwrap();
    assert_eq!(eval(e, "log.join()"), Value::from("micro,then x"));
    assert_eq!(e.promise_state(&p), Some(PromiseState::Fulfilled(Value::from("x"))));
    let (p2, r2) = e.new_promise().unwrap();
    e.settle_promise(r2, Err(JsError { exception: Some(Value::from("no")), ..Default::default() })).unwrap();
    assert_eq!(e.promise_state(&p2), Some(PromiseState::Rejected(Value::from("no"))));
    let (p3, r3) = e.new_promise().unwrap();
    e.settle_promise(r3, Err(JsError::range_error("op failed").with_code("ERR_X"))).unwrap();
    let check = handle(eval(e, "(function (p) { let out; p.catch(err => { out = err; }); return () => out instanceof RangeError && out.message === 'op failed' && out.code === 'ERR_X'; })"));
    let probe = handle(e.call(&check, Value::Undefined, vec![Value::Handle(p3)]).unwrap());
    e.run_microtasks().unwrap();
    assert_eq!(e.call(&probe, Value::Undefined, vec![]).unwrap(), Value::Bool(true));
    let not_promise = handle(eval(e, "({}).constructor"));
    assert_eq!(e.promise_state(&not_promise), None);

    // The intrinsic drains too, and nested drains are harmless.
    expose_bindings(e);
    eval(e, "globalThis.n = 0; Promise.resolve().then(() => { n++; b.runMicrotasks(); }).then(() => n++); b.runMicrotasks();");
    assert_eq!(eval(e, "n"), Value::Number(2.0));
    assert_eq!(eval(e, "b.promiseState(Promise.resolve(5)).join()"), Value::from("1,5"));
    assert_eq!(eval(e, "b.promiseState(new Promise(() => {})).join()"), Value::from("0"));
    assert_eq!(eval(e, "b.promiseState({})"), Value::Undefined);
    assert_eq!(eval(e, "const t = {}; const px = new Proxy(t, {}); b.proxyDetails(px)[0] === t && b.proxyDetails(t) === undefined"), Value::Bool(true));
}

pub fn rejections_are_tracked(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    expose_bindings(e);
    eval(e, "globalThis.p = Promise.reject(new Error('r')); b.runMicrotasks();");
    assert_eq!(eval(e, "const ev = b.takeRejections(); ev.length === 3 && ev[0] === 0 && ev[1] === p && ev[2].message === 'r'"), Value::Bool(true));
    eval(e, "p.catch(() => {}); b.runMicrotasks();");
    assert_eq!(eval(e, "const ev2 = b.takeRejections(); ev2.length === 3 && ev2[0] === 1 && ev2[1] === p"), Value::Bool(true));
    assert_eq!(eval(e, "b.takeRejections().length"), Value::Number(0.0));
}

fn settle_import(e: &mut dyn Engine, spec: &str) -> PromiseState {
    let p = e.import_module(spec, "").unwrap();
    e.run_microtasks().unwrap();
    e.promise_state(&p).unwrap()
}

pub fn modules_load_through_the_loader(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    expose_bindings(e);
    eval(e, "b.setImportMetaHook((meta, url) => { meta.hooked = url.length; })");
    let PromiseState::Fulfilled(Value::Handle(ns)) = settle_import(e, "./main.mjs") else { panic!("main.mjs did not load") };
    let get = handle(eval(e, "(function (ns, k) { return ns[k]; })"));
    assert_eq!(e.call(&get, Value::Undefined, vec![Value::Handle(ns.clone()), "value".into()]).unwrap(), Value::Number(42.0));
    let PromiseState::Fulfilled(Value::Handle(meta_ns)) = settle_import(e, "./meta.mjs") else { panic!("meta.mjs") };
    let meta = e.call(&get, Value::Undefined, vec![Value::Handle(meta_ns), "meta".into()]).unwrap();
    assert_eq!(meta.get("url"), Some(&Value::from("mem:///meta.mjs")));
    assert_eq!(meta.get("hooked"), Some(&Value::Number(15.0)));
    // A second import finds the loaded module: same namespace object.
    let PromiseState::Fulfilled(Value::Handle(again)) = settle_import(e, "./main.mjs") else { panic!() };
    let same = handle(eval(e, "(function (a, b) { return a === b; })"));
    assert_eq!(e.call(&same, Value::Undefined, vec![Value::Handle(ns), Value::Handle(again)]).unwrap(), Value::Bool(true));
    // Top-level await.
    let p = e.import_module("./tla.mjs", "").unwrap();
    for _ in 0..10 {
        e.run_microtasks().unwrap();
    }
    assert!(matches!(e.promise_state(&p), Some(PromiseState::Fulfilled(_))));
    // Errors reject the promise.
    for (spec, name) in [("./bad.mjs", "SyntaxError"), ("./throws.mjs", "RangeError"), ("./missing.mjs", "Error")] {
        let state = settle_import(e, spec);
        let PromiseState::Rejected(Value::Handle(reason)) = state else { panic!("{spec} should reject, got {state:?}") };
        let name_of = handle(eval(e, "(function (e) { return e.name + '|' + (e.code || ''); })"));
        let got = e.call(&name_of, Value::Undefined, vec![Value::Handle(reason)]).unwrap();
        let got = got.as_str().unwrap().to_owned();
        assert!(got.starts_with(name), "{spec}: {got}");
        if spec == "./missing.mjs" {
            assert!(got.ends_with("ERR_MODULE_NOT_FOUND"), "{spec}: {got}");
        }
    }
    // Dynamic import from a script.
    eval(e, "globalThis.dyn = null; import('./dep.mjs').then(m => { dyn = m.dep; });");
    e.run_microtasks().unwrap();
    assert_eq!(eval(e, "dyn"), Value::Number(21.0));
}

pub fn terminate_stops_a_loop(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let t = e.terminator();
    let thread = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        t.terminate();
    });
    let err = e.eval_script("for (;;) {}", "loop.js").unwrap_err();
    thread.join().unwrap();
    assert!(err.terminated, "{err}");
    assert_eq!(eval(e, "'still usable'"), Value::from("still usable"));
}

pub fn heap_statistics(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    let before = e.heap_stats();
    eval(e, "globalThis.big = Array.from({ length: 200000 }, (_, i) => ({ i }));");
    let after = e.heap_stats();
    assert!(after.used_heap_size > before.used_heap_size, "{before:?} -> {after:?}");
    assert!(after.total_heap_size >= after.used_heap_size / 2);
    eval(e, "globalThis.big = null;");
    e.collect_garbage();
    assert!(e.heap_stats().used_heap_size < after.used_heap_size);
    assert!(!e.version().is_empty());
}

/// A GC with handles alive leaves them working (moving collectors must update them).
pub fn handles_survive_gc(create: Create) {
    let mut f = fixture(create);
    let e = &mut *f.engine;
    eval(e, "globalThis.Box = class { constructor(n) { this.n = n; this.pad = new Array(1000).fill(n); } f() { return this.n; } };");
    let objs: Vec<Handle> = (0..50).map(|i| handle(eval(e, &format!("new Box({i})")))).collect();
    eval(e, "for (let i = 0; i < 100000; i++) ({ garbage: i });");
    e.collect_garbage();
    e.collect_garbage();
    let read = handle(eval(e, "(function (o) { return o.f(); })"));
    for (i, h) in objs.iter().enumerate() {
        assert_eq!(e.call(&read, Value::Undefined, vec![Value::Handle(h.clone())]).unwrap(), Value::Number(i as f64));
    }
}

/// Polls a future that needs no reactor to completion.
fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut fut = std::pin::pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// Declares one `#[test]` per conformance check for a backend's constructor.
#[macro_export]
macro_rules! conformance_tests {
    ($create:expr) => {
        $crate::conformance_tests!(@each $create;
            values_round_trip handles_are_released exceptions_become_errors
            compile_function_positions embedded_scripts_compile_and_cache ops_are_called async_ops_settle_promises
            promises_and_microtasks rejections_are_tracked modules_load_through_the_loader
            terminate_stops_a_loop heap_statistics handles_survive_gc);
    };
    (@each $create:expr; $($name:ident)*) => {
        $(
            #[test]
            fn $name() {
                $crate::conformance::$name($create);
            }
        )*
    };
}
