//! Backend-specific tests; the shared behaviour is in tests/conformance.rs.

use std::collections::HashMap;
use std::time::Duration;

use engine_api::{ModuleSource, OpState};

use super::*;

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

fn engine_with(modules: &[(&str, &str)]) -> SpiderMonkey {
    let loader = MapLoader(modules.iter().map(|(k, v)| (format!("mem:///{k}"), v.to_string())).collect());
    SpiderMonkey::new(EngineConfig {
        ops: Vec::new(),
        op_state: Rc::new(RefCell::new(OpState::new())),
        spawn_op: Rc::new(|_| {}),
        loader: Rc::new(loader),
        embedded: EmbeddedScripts { source: |_| None, cache: None },
        max_heap_bytes: None,
        engine_flags: Vec::new(),
    })
    .unwrap()
}

fn engine() -> SpiderMonkey {
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
fn intl_is_built_in() {
    let mut e = engine();
    let de = e.eval_script("new Intl.NumberFormat('de-DE').format(1234.5)", "intl.js").unwrap();
    assert_eq!(de, Value::from("1.234,5"));
    let date = eval(&mut e, "new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(new Date(0))");
    assert_eq!(date, Value::from("1/1/1970"));
}

#[test]
fn version_is_spidermonkeys() {
    let v = spidermonkey_version();
    assert!(v.starts_with("153."), "{v}");
}

#[test]
fn one_engine_per_thread() {
    let a = engine();
    let err = SpiderMonkey::new(EngineConfig {
        ops: Vec::new(),
        op_state: Rc::new(RefCell::new(OpState::new())),
        spawn_op: Rc::new(|_| {}),
        loader: Rc::new(MapLoader(HashMap::new())),
        embedded: EmbeddedScripts { source: |_| None, cache: None },
        max_heap_bytes: None,
        engine_flags: Vec::new(),
    })
    .err()
    .expect("a second engine on one thread is refused");
    assert!(err.message.contains("one engine per thread"), "{err}");
    drop(a);
    // Once the first is gone, the thread can have another.
    let mut b = engine();
    assert_eq!(eval(&mut b, "6 * 7"), Value::Number(42.0));
}

#[test]
fn engines_on_many_threads() {
    let threads: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let mut e = engine();
                let v = eval(&mut e, &format!("globalThis.x = {i}; [1, 2, 3].map(n => n * x).join()"));
                e.collect_garbage();
                v.as_str().unwrap().to_owned()
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        assert_eq!(t.join().unwrap(), format!("{},{},{}", i, 2 * i, 3 * i));
    }
}

#[test]
fn stacks_are_v8_formatted() {
    let mut e = engine();
    let err = e.eval_script("function inner() { throw new TypeError('boom'); }\nfunction outer() { inner(); }\nouter();", "/x/s.js").unwrap_err();
    let stack = err.stack.unwrap();
    let lines: Vec<&str> = stack.lines().collect();
    assert_eq!(lines[0], "TypeError: boom", "{stack}");
    assert_eq!(lines[1], "    at inner (/x/s.js:1:26)", "{stack}");
    assert_eq!(lines[2], "    at outer (/x/s.js:2:20)", "{stack}");
    assert_eq!(lines[3], "    at /x/s.js:3:1", "{stack}");
    // As in V8: at most Error.stackTraceLimit (10) frames, and captureStackTrace.
    let deep = eval(&mut e, "function r(n) { return n ? r(n - 1) : new Error('deep').stack; } r(50)");
    assert_eq!(deep.as_str().unwrap().lines().count(), 11, "{deep:?}");
    // Assigned stacks stay non-enumerable, as in V8.
    let keys = eval(&mut e, "const x = new Error('x'); x.stack = 'mine'; x.code = 1; Object.keys(x).join() + '|' + x.stack");
    assert_eq!(keys, Value::from("code|mine"));
    let captured = eval(&mut e, "function mark() { const o = {}; Error.captureStackTrace(o); return o.stack; } mark()");
    assert!(captured.as_str().unwrap().contains("    at mark (test.js:1:"), "{captured:?}");
}

#[test]
fn errors_carry_locations() {
    let mut e = engine();
    let err = e.eval_script("let a = 1;\n  a.b.c;", "/x/loc.js").unwrap_err();
    assert_eq!(err.name, "TypeError");
    let loc = err.location.unwrap();
    assert_eq!((loc.file.as_str(), loc.line), ("/x/loc.js", 2));
    assert!(loc.column > 0);
    // A syntax error keeps the offending line's text.
    let err = e.eval_script("let ok = 1;\nlet x = );", "/x/syn.js").unwrap_err();
    assert_eq!(err.name, "SyntaxError");
    let loc = err.location.unwrap();
    assert_eq!((loc.file.as_str(), loc.line), ("/x/syn.js", 2));
    assert_eq!(loc.source_line.as_deref(), Some("let x = );"));
    // A thrown non-error is placed where it was thrown.
    let err = e.eval_script("\n\n  throw 'str';", "/x/t.js").unwrap_err();
    let loc = err.location.expect("throw site");
    assert_eq!((loc.file.as_str(), loc.line), ("/x/t.js", 3));
    assert_eq!(err.exception, Some(Value::from("str")));
}

#[test]
fn terminate_stops_microtasks_and_nested_scripts() {
    let mut e = engine();
    expose_bindings(&mut e);
    let t = e.terminator();
    let stop = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        t.terminate();
    });
    eval(&mut e, "globalThis.after = 0; Promise.resolve().then(() => { for (;;) {} }); Promise.resolve().then(() => { after++; })");
    let err = e.run_microtasks().unwrap_err();
    stop.join().unwrap();
    assert!(err.terminated, "{err}");
    assert_eq!(eval(&mut e, "'usable'"), Value::from("usable"));
    // The jobs queued behind the terminated one are kept, and run at the next drain.
    e.run_microtasks().unwrap();
    assert_eq!(eval(&mut e, "after"), Value::Number(1.0));

    let t = e.terminator();
    let stop = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        t.terminate();
    });
    // Termination is not catchable by JS, even across the evalScript intrinsic.
    let err = e.eval_script("try { b.evalScript('for (;;) {}', 'inner.js') } catch (e) {} 'caught'", "outer.js").unwrap_err();
    stop.join().unwrap();
    assert!(err.terminated, "{err}");
    assert_eq!(eval(&mut e, "'usable'"), Value::from("usable"));
    assert_eq!(eval(&mut e, "let n = 0; Promise.resolve().then(() => n++); b.runMicrotasks(); n"), Value::Number(1.0));
}

#[test]
fn intrinsics_compile_and_evaluate() {
    let mut e = engine();
    expose_bindings(&mut e);
    assert_eq!(eval(&mut e, "b.compileFunction('return x * 2', 'f.js', ['x'])(21)"), Value::Number(42.0));
    let f = e.compile_function("return 'ß→😀'.length + ':' + encodeURIComponent('é');", "u.js", &[]).unwrap();
    assert_eq!(e.call(&f, Value::Undefined, vec![]).unwrap(), Value::from("4:%C3%A9"));
    assert_eq!(eval(&mut e, "b.evalScript('6 * 7', 'e.js')"), Value::Number(42.0));
    let r = eval(&mut e, "try { b.evalScript('let = ;', '/x/e.js') } catch (e) { e.name }");
    assert_eq!(r, Value::from("SyntaxError"));
    let r = eval(&mut e, "try { b.compileFunction('throw new Error(\"in f\")', '/x/f.js', [])() } catch (e) { e.stack }");
    assert!(r.as_str().unwrap().contains("/x/f.js:1:7"), "{r:?}");
    let s = eval(&mut e, "const s = b.heapStatistics(); s.usedHeapSize > 0 && s.heapSizeLimit > s.usedHeapSize && s.totalHeapSize >= s.usedHeapSize");
    assert_eq!(s, Value::Bool(true));
    eval(&mut e, "b.gc()");
    assert_eq!(eval(&mut e, "let n = 0; Promise.resolve().then(() => n++); b.runMicrotasks(); n"), Value::Number(1.0));
    // proxyDetails knows scripted proxies only: module namespaces are proxies inside.
    assert_eq!(eval(&mut e, "const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); b.proxyDetails(proxy).join()"), Value::from(","));
    assert_eq!(eval(&mut e, "typeof b.proxyDetails(new Proxy(function () {}, {}))[0]"), Value::from("function"));
    assert_eq!(eval(&mut e, "try { new b.gc(); 'constructed' } catch (e) { e.name }"), Value::from("TypeError"));
}

#[test]
fn values_edge_cases() {
    let mut e = engine();
    let echo = handle(eval(&mut e, "(function (v) { return v; })"));
    for v in [
        Value::Bytes(vec![]),
        Value::Bytes(vec![1, 2, 3]),
        Value::BigInt(i64::MIN),
        Value::BigInt(i64::MAX),
        Value::String(String::new()),
        Value::String("ünï 😀 \u{0}".into()),
        Value::Number(f64::INFINITY),
        Value::Number(-0.5),
        Value::Number(2147483648.0),
        Value::object([("1", Value::Null), ("a", Value::Array(vec![])), ("ключ", Value::from(1))]),
    ] {
        assert_eq!(e.call(&echo, Value::Undefined, vec![v.clone()]).unwrap(), v);
    }
    assert!(matches!(eval(&mut e, "-0"), Value::Number(n) if n == 0.0 && n.is_sign_negative()));
    assert!(matches!(eval(&mut e, "(function () { return arguments; })(1)"), Value::Handle(_)));
    assert!(matches!(eval(&mut e, "new Proxy({}, { getPrototypeOf() { throw 1; } })"), Value::Handle(_)));
    assert!(matches!(eval(&mut e, "new Proxy([], {})"), Value::Handle(_)));
    assert!(matches!(eval(&mut e, "new Error('x')"), Value::Handle(_)));
    assert!(matches!(eval(&mut e, "globalThis"), Value::Handle(_)));
    assert!(matches!(eval(&mut e, "new Map()"), Value::Handle(_)));
    assert_eq!(eval(&mut e, "new DataView(new Uint8Array([5, 6, 7]).buffer, 1)"), Value::Bytes(vec![6, 7]));
    assert_eq!(eval(&mut e, "const ab = new ArrayBuffer(4); ab.transfer(); ab"), Value::Bytes(vec![]));
    assert_eq!(eval(&mut e, "({ [Symbol('s')]: 1, b: 2, 0: 'z' })"), Value::object([("0", Value::from("z")), ("b", Value::from(2))]));
    // A getter that throws while the value is converted surfaces as the error.
    let err = e.eval_script("({ get x() { throw new RangeError('getter') } })", "g.js").unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("RangeError", "getter"));
    // Thrown non-errors keep their value; objects as handles.
    let err = e.eval_script("throw { code: 'X' }", "t.js").unwrap_err();
    assert!(matches!(err.exception, Some(Value::Handle(_))));
    assert_eq!(err.message, "[object Object]");
    // Bytes going in are adopted, and stay valid after the Vec's owner is gone.
    let sum = handle(eval(&mut e, "(function (b) { globalThis.kept = b; return b.reduce((a, x) => a + x, 0); })"));
    assert_eq!(e.call(&sum, Value::Undefined, vec![Value::Bytes(vec![1; 1000])]).unwrap(), Value::Number(1000.0));
    e.collect_garbage();
    assert_eq!(eval(&mut e, "kept.length + kept[999]"), Value::Number(1001.0));
    assert_eq!(eval(&mut e, "globalThis.kept = null; 1"), Value::Number(1.0));
    e.collect_garbage();
}

/// The GC moves objects: nursery objects are promoted by every minor GC, and a
/// shrinking GC compacts arenas. Handles must follow them.
#[test]
fn handles_follow_moving_gc() {
    let mut e = engine();
    eval(&mut e, "globalThis.Node = class { constructor(n) { this.n = n; this.label = 'node ' + n; this.pad = [n, n + 1]; } get() { return this.n; } };");
    let make = handle(eval(&mut e, "(function (n) { return new Node(n); })"));
    // Fresh objects live in the nursery until the next minor GC.
    let mut kept = Vec::new();
    let mut before = Vec::new();
    for i in 0..2000 {
        let h = handle(e.call(&make, Value::Undefined, vec![Value::from(i)]).unwrap());
        if i % 10 == 0 {
            let id = match e.shared.handles.borrow().get(&h) {
                Some(Slot::Value(id)) => *id,
                _ => unreachable!(),
            };
            before.push(e.shared.roots.raw_bits(id));
            kept.push((i, h, id));
        }
    }
    // Garbage between the survivors fragments the arenas, which compaction then empties.
    eval(&mut e, "globalThis.junk = []; for (let i = 0; i < 200000; i++) junk.push({ i, s: 'x' + i }); junk = null;");
    for _ in 0..3 {
        e.collect_garbage();
        unsafe { jsapi::JS_GC(e.cx(), jsapi::GCReason::API) };
    }
    let moved = kept.iter().zip(&before).filter(|((_, _, id), bits)| e.shared.roots.raw_bits(*id) != **bits).count();
    assert!(moved > 0, "no object moved: the test did not exercise a moving GC");
    let read = handle(eval(&mut e, "(function (o) { return o.get() + ':' + o.label + ':' + o.pad[1]; })"));
    for (i, h, _) in &kept {
        let got = e.call(&read, Value::Undefined, vec![Value::Handle(h.clone())]).unwrap();
        assert_eq!(got, Value::from(format!("{i}:node {i}:{}", i + 1)));
    }
    // Handles dropped mid-way free their roots; the rest keep working.
    let base = e.live_handles();
    kept.truncate(10);
    assert!(e.live_handles() < base);
    e.collect_garbage();
    for (i, h, _) in &kept {
        let got = e.call(&read, Value::Undefined, vec![Value::Handle(h.clone())]).unwrap();
        assert_eq!(got, Value::from(format!("{i}:node {i}:{}", i + 1)));
    }
}

#[test]
fn modules_refer_to_their_url() {
    let mut e = engine_with(&[
        ("a.mjs", "export const viaDynamic = (await import('./b.mjs')).b;"),
        ("b.mjs", "export const b = 'b'; export const url = import.meta.url;"),
        ("self.mjs", "export const me = 1; globalThis.selfImport = import('./self.mjs');"),
        ("hook.mjs", "export const m = import.meta;"),
        ("broken.mjs", "import { nope } from './b.mjs';"),
        ("cjs.js", "module.exports = 1;"),
    ]);
    expose_bindings(&mut e);
    let get = handle(eval(&mut e, "(function (ns, k) { return ns[k]; })"));

    let p = e.import_module("./a.mjs", "").unwrap();
    let PromiseState::Fulfilled(Value::Handle(ns)) = settle(&mut e, &p) else { panic!("a.mjs") };
    assert_eq!(e.call(&get, Value::Undefined, vec![Value::Handle(ns), "viaDynamic".into()]).unwrap(), Value::from("b"));

    // A module importing itself while it evaluates gets its namespace, no crash.
    let p = e.import_module("./self.mjs", "").unwrap();
    assert!(matches!(settle(&mut e, &p), PromiseState::Fulfilled(_)));
    assert_eq!(eval(&mut e, "let me; selfImport.then(ns => { me = ns.me; }); b.runMicrotasks(); me"), Value::Number(1.0));

    // A throwing import.meta hook makes `import.meta` throw.
    eval(&mut e, "b.setImportMetaHook(() => { throw new TypeError('hook'); })");
    let p = e.import_module("./hook.mjs", "").unwrap();
    let PromiseState::Rejected(Value::Handle(reason)) = settle(&mut e, &p) else { panic!("hook.mjs") };
    let msg = handle(eval(&mut e, "(function (e) { return e.message; })"));
    assert_eq!(e.call(&msg, Value::Undefined, vec![Value::Handle(reason)]).unwrap(), Value::from("hook"));

    // Link errors and a panicking loader reject.
    let p = e.import_module("./broken.mjs", "").unwrap();
    assert!(matches!(settle(&mut e, &p), PromiseState::Rejected(_)));
    let p = e.import_module("panic", "").unwrap();
    let PromiseState::Rejected(Value::Handle(reason)) = settle(&mut e, &p) else { panic!("panic") };
    let got = e.call(&msg, Value::Undefined, vec![Value::Handle(reason)]).unwrap();
    assert!(got.as_str().unwrap().contains("panicked on purpose"), "{got:?}");

    // Dynamic import names the importing script or function as the referrer.
    let r = eval(&mut e, "let why; import('./none.mjs').catch(e => { why = e.message; }); b.runMicrotasks(); why");
    assert_eq!(r, Value::from("Cannot find module './none.mjs' from 'test.js'"));
    let f = e.compile_function("return import('./none.mjs');", "/x/cjs.js", &[]).unwrap();
    let p = handle(e.call(&f, Value::Undefined, vec![]).unwrap());
    let PromiseState::Rejected(Value::Handle(reason)) = settle(&mut e, &p) else { panic!("import from a function") };
    let got = e.call(&msg, Value::Undefined, vec![Value::Handle(reason)]).unwrap();
    assert_eq!(got, Value::from("Cannot find module './none.mjs' from '/x/cjs.js'"));
}

#[test]
fn max_heap_is_the_limit() {
    let mut e = SpiderMonkey::new(EngineConfig {
        ops: Vec::new(),
        op_state: Rc::new(RefCell::new(OpState::new())),
        spawn_op: Rc::new(|_| {}),
        loader: Rc::new(MapLoader(HashMap::new())),
        embedded: EmbeddedScripts { source: |_| None, cache: None },
        max_heap_bytes: Some(256 << 20),
        engine_flags: Vec::new(),
    })
    .unwrap();
    assert_eq!(e.heap_stats().heap_size_limit, 256 << 20);
}
