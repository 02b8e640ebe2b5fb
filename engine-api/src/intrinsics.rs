//! Functions every backend puts on the bindings object beside the ops. They need the
//! engine itself (its job queue, promise internals, compiler), which ops cannot reach.
//! host/js relies on exactly these names and behaviours.

/// `runMicrotasks()`: drains the microtask queue (re-entrant calls are no-ops).
pub const RUN_MICROTASKS: &str = "runMicrotasks";
/// `promiseState(p)`: `[0]` pending, `[1, value]` fulfilled, `[2, reason]` rejected;
/// `undefined` when `p` is not a promise. For `util.inspect`.
pub const PROMISE_STATE: &str = "promiseState";
/// `proxyDetails(v)`: `[target, handler]` when `v` is a Proxy, else `undefined`.
pub const PROXY_DETAILS: &str = "proxyDetails";
/// `takeRejections()`: promise rejection events since the last call, flattened as
/// `[kind, promise, reason, ...]`; kind 0: rejected with no handler, 1: a handler was
/// added later to a promise reported before. Node's unhandled-rejection logic is JS.
pub const TAKE_REJECTIONS: &str = "takeRejections";
/// `compileFunction(source, filename, params)`: as [`Engine::compile_function`](crate::Engine::compile_function).
pub const COMPILE_FUNCTION: &str = "compileFunction";
/// `compileEmbedded(name, filename, params)`: as [`Engine::compile_embedded`](crate::Engine::compile_embedded).
pub const COMPILE_EMBEDDED: &str = "compileEmbedded";
/// `evalScript(source, filename)`: as [`Engine::eval_script`](crate::Engine::eval_script).
pub const EVAL_SCRIPT: &str = "evalScript";
/// `setImportMetaHook(fn)`: `fn(meta, url)` is called once per module to fill `import.meta`
/// (the backend has set `meta.url` already).
pub const SET_IMPORT_META_HOOK: &str = "setImportMetaHook";
/// `heapStatistics()`: `{ totalHeapSize, usedHeapSize, heapSizeLimit, externalMemory }`.
pub const HEAP_STATISTICS: &str = "heapStatistics";
/// `gc()`: a full collection.
pub const GC: &str = "gc";
/// `errorLocation(err)`: where the engine places an error (its creation site, or for a
/// SyntaxError the offending source), as `{ file, line, column, sourceLine? }`;
/// `undefined` when unknown. For reports of rejections, whose errors never passed
/// through a boundary that records a location.
pub const ERROR_LOCATION: &str = "errorLocation";

pub const ALL: &[&str] = &[
    RUN_MICROTASKS,
    PROMISE_STATE,
    PROXY_DETAILS,
    TAKE_REJECTIONS,
    COMPILE_FUNCTION,
    COMPILE_EMBEDDED,
    EVAL_SCRIPT,
    SET_IMPORT_META_HOOK,
    HEAP_STATISTICS,
    GC,
    ERROR_LOCATION,
];
