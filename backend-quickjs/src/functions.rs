//! The bindings object (ops and intrinsics), evaluation, and the job queue.

use std::ffi::{c_void, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine_api::{intrinsics, Args, EmbeddedScripts, Handle, HeapStats, JsError, OpFn, PendingOp, Resolver, Value};
use rquickjs::qjs;

use crate::convert::string_of;
use crate::{from_js, take_exception, throw, to_js, Owned, Shared, Slot};

/// Builds the bindings object: one C closure per op (its index as `magic`) and per intrinsic.
pub(crate) unsafe fn make_bindings(shared: &Shared, ctx: *mut qjs::JSContext) -> Result<Handle, JsError> {
    let global = Owned::new(ctx, qjs::JS_GetGlobalObject(ctx));
    let object = Owned::new(ctx, qjs::JS_GetPropertyStr(ctx, global.v, c"Object".as_ptr()));
    shared.object_prototype.set(qjs::JS_GetPropertyStr(ctx, object.v, c"prototype".as_ptr()));

    let obj = qjs::JS_NewObject(ctx);
    let define = |name: &str, f: qjs::JSValue| {
        let cname = CString::new(name).expect("op names have no NUL");
        qjs::JS_DefinePropertyValueStr(ctx, obj, cname.as_ptr(), f, qjs::JS_PROP_C_W_E as i32);
    };
    for (i, op) in shared.ops.iter().enumerate() {
        let cname = CString::new(op.name).expect("op names have no NUL");
        define(op.name, qjs::JS_NewCClosure(ctx, Some(op_trampoline), cname.as_ptr(), None, 0, i as i32, std::ptr::null_mut()));
    }
    for (i, name) in intrinsics::ALL.iter().enumerate() {
        let cname = CString::new(*name).expect("intrinsic names have no NUL");
        define(name, qjs::JS_NewCClosure(ctx, Some(intrinsic_trampoline), cname.as_ptr(), None, 0, i as i32, std::ptr::null_mut()));
    }
    Ok(shared.insert(obj))
}

unsafe extern "C" fn op_trampoline(
    ctx: *mut qjs::JSContext,
    _this: qjs::JSValue,
    argc: i32,
    argv: *mut qjs::JSValue,
    magic: i32,
    _opaque: *mut c_void,
) -> qjs::JSValue {
    let shared = Shared::from_ctx(ctx);
    shared.free_released();
    let decl = shared.ops[magic as usize];
    let mut args = Vec::with_capacity(argc as usize);
    for i in 0..argc as usize {
        match from_js(shared, ctx, *argv.add(i)) {
            Ok(v) => args.push(v),
            Err(e) => return throw(shared, ctx, e),
        }
    }
    match decl.func {
        OpFn::Sync(f) => {
            let result = catch_unwind(AssertUnwindSafe(|| {
                let mut state = shared.op_state.borrow_mut();
                f(&mut state, Args(args))
            }));
            match result {
                Ok(Ok(v)) => to_js(shared, ctx, v),
                Ok(Err(e)) => throw(shared, ctx, e),
                Err(p) => throw(shared, ctx, JsError::error(format!("internal error in op {}: {}", decl.name, engine_api::panic_message(p)))),
            }
        }
        OpFn::Async(f) => {
            let future = match catch_unwind(AssertUnwindSafe(|| f(&shared.op_state, Args(args)))) {
                Ok(fut) => fut,
                Err(p) => return throw(shared, ctx, JsError::error(format!("internal error in op {}: {}", decl.name, engine_api::panic_message(p)))),
            };
            let mut funcs = [qjs::JS_UNDEFINED; 2];
            let promise = qjs::JS_NewPromiseCapability(ctx, funcs.as_mut_ptr());
            if qjs::JS_IsException(promise) {
                return promise;
            }
            let resolver = shared.handles.borrow_mut().insert(Slot::Resolver(funcs));
            (shared.spawn_op)(PendingOp { resolver: Resolver(resolver), future, keeps_alive: decl.keeps_alive });
            promise
        }
    }
}

unsafe fn arg(argc: i32, argv: *mut qjs::JSValue, i: usize) -> qjs::JSValue {
    if (i as i32) < argc { *argv.add(i) } else { qjs::JS_UNDEFINED }
}

unsafe extern "C" fn intrinsic_trampoline(
    ctx: *mut qjs::JSContext,
    _this: qjs::JSValue,
    argc: i32,
    argv: *mut qjs::JSValue,
    magic: i32,
    _opaque: *mut c_void,
) -> qjs::JSValue {
    let shared = Shared::from_ctx(ctx);
    let a0 = arg(argc, argv, 0);
    let a1 = arg(argc, argv, 1);
    match intrinsics::ALL[magic as usize] {
        intrinsics::RUN_MICROTASKS => {
            if drain_jobs(shared, ctx) {
                qjs::JS_EXCEPTION
            } else {
                qjs::JS_UNDEFINED
            }
        }
        intrinsics::PROMISE_STATE => {
            let state = qjs::JS_PromiseState(ctx, a0);
            if state < 0 {
                return qjs::JS_UNDEFINED;
            }
            let arr = qjs::JS_NewArray(ctx);
            qjs::JS_SetPropertyUint32(ctx, arr, 0, qjs::JS_NewFloat64(state as f64));
            if state != qjs::JSPromiseStateEnum_JS_PROMISE_PENDING {
                qjs::JS_SetPropertyUint32(ctx, arr, 1, qjs::JS_PromiseResult(ctx, a0));
            }
            arr
        }
        intrinsics::PROXY_DETAILS => {
            if !qjs::JS_IsProxy(a0) {
                return qjs::JS_UNDEFINED;
            }
            let arr = qjs::JS_NewArray(ctx);
            qjs::JS_SetPropertyUint32(ctx, arr, 0, qjs::JS_GetProxyTarget(ctx, a0));
            qjs::JS_SetPropertyUint32(ctx, arr, 1, qjs::JS_GetProxyHandler(ctx, a0));
            arr
        }
        intrinsics::TAKE_REJECTIONS => {
            let events = std::mem::take(&mut *shared.rejections.borrow_mut());
            let arr = qjs::JS_NewArray(ctx);
            for (i, (kind, promise, reason)) in events.into_iter().enumerate() {
                let i = i as u32 * 3;
                qjs::JS_SetPropertyUint32(ctx, arr, i, qjs::JS_NewFloat64(kind as f64));
                qjs::JS_SetPropertyUint32(ctx, arr, i + 1, promise);
                qjs::JS_SetPropertyUint32(ctx, arr, i + 2, reason);
            }
            arr
        }
        intrinsics::COMPILE_FUNCTION => {
            let (Some(source), Some(filename)) = (string_of(ctx, a0), string_of(ctx, a1)) else {
                return qjs::JS_EXCEPTION;
            };
            let params = match from_js(shared, ctx, arg(argc, argv, 2)) {
                Ok(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                Ok(_) => Vec::new(),
                Err(e) => return throw(shared, ctx, e),
            };
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            compile_function(ctx, &source, &filename, &params)
        }
        intrinsics::COMPILE_EMBEDDED => {
            let (Some(name), Some(filename)) = (string_of(ctx, a0), string_of(ctx, a1)) else {
                return qjs::JS_EXCEPTION;
            };
            let params = match from_js(shared, ctx, arg(argc, argv, 2)) {
                Ok(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                Ok(_) => Vec::new(),
                Err(e) => return throw(shared, ctx, e),
            };
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            compile_embedded(shared, ctx, &name, &filename, &params)
        }
        intrinsics::EVAL_SCRIPT => {
            let (Some(source), Some(filename)) = (string_of(ctx, a0), string_of(ctx, a1)) else {
                return qjs::JS_EXCEPTION;
            };
            eval(ctx, &source, &filename, qjs::JS_EVAL_TYPE_GLOBAL as i32, 1)
        }
        intrinsics::SET_IMPORT_META_HOOK => {
            let old = shared.import_meta_hook.replace(qjs::JS_DupValue(ctx, a0));
            qjs::JS_FreeValue(ctx, old);
            qjs::JS_UNDEFINED
        }
        intrinsics::HEAP_STATISTICS => {
            let s = heap_stats(shared);
            to_js(
                shared,
                ctx,
                Value::object([
                    ("totalHeapSize", Value::from(s.total_heap_size)),
                    ("usedHeapSize", Value::from(s.used_heap_size)),
                    ("heapSizeLimit", Value::from(s.heap_size_limit)),
                    ("externalMemory", Value::from(s.external_memory)),
                ]),
            )
        }
        intrinsics::GC => {
            qjs::JS_RunGC(shared.rt);
            qjs::JS_UNDEFINED
        }
        intrinsics::ERROR_LOCATION => {
            let stack = if qjs::JS_IsObject(a0) { Owned::new(ctx, qjs::JS_GetPropertyStr(ctx, a0, c"stack".as_ptr())) } else { return qjs::JS_UNDEFINED };
            let location = if qjs::JS_IsString(stack.v) { string_of(ctx, stack.v).as_deref().and_then(engine_api::location_from_stack) } else { None };
            match location {
                Some(l) => to_js(shared, ctx, Value::object([("file", Value::from(l.file)), ("line", Value::from(l.line)), ("column", Value::from(l.column))])),
                None => qjs::JS_UNDEFINED,
            }
        }
        other => throw(shared, ctx, JsError::error(format!("intrinsic {other} is not implemented"))),
    }
}

/// Evaluates `source` (NUL-terminated copy, as QuickJS requires) with `flags`.
pub(crate) unsafe fn eval(ctx: *mut qjs::JSContext, source: &str, filename: &str, flags: i32, line: i32) -> qjs::JSValue {
    let mut src = Vec::with_capacity(source.len() + 1);
    src.extend_from_slice(source.as_bytes());
    src.push(0);
    let file = CString::new(filename).unwrap_or_default();
    let mut opts = qjs::JSEvalOptions { version: 1, eval_flags: flags, filename: file.as_ptr(), line_num: line };
    qjs::JS_Eval2(ctx, src.as_ptr() as *const _, source.len() as _, &mut opts)
}

/// QuickJS has no compileFunction: wrap the body, with the header on the body's first
/// line so line numbers match the source (columns on line 1 shift by the header).
pub(crate) unsafe fn compile_function(ctx: *mut qjs::JSContext, source: &str, filename: &str, params: &[&str]) -> qjs::JSValue {
    let wrapped = format!("(function ({}) {{{source}\n}})", params.join(", "));
    eval(ctx, &wrapped, filename, qjs::JS_EVAL_TYPE_GLOBAL as i32, 1)
}

/// An embedded script, from cached bytecode when the cache has it (parsing is most of
/// QuickJS's start-up), else compiled and its bytecode stored.
pub(crate) unsafe fn compile_embedded(shared: &Shared, ctx: *mut qjs::JSContext, name: &str, filename: &str, params: &[&str]) -> qjs::JSValue {
    let source = match shared.embedded.get(name) {
        Ok(s) => s,
        Err(e) => return throw(shared, ctx, e),
    };
    let key = EmbeddedScripts::cache_key(filename, params);
    cached_compile(shared, ctx, &key, || {
        let wrapped = format!("(function ({}) {{{source}\n}})", params.join(", "));
        eval(ctx, &wrapped, filename, (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32, 1)
    })
}

/// Evaluates what `compile` compiles (with JS_EVAL_FLAG_COMPILE_ONLY), through the
/// code cache: from its bytecode under `key` when stored, else compiled and stored.
pub(crate) unsafe fn cached_compile(shared: &Shared, ctx: *mut qjs::JSContext, key: &str, compile: impl FnOnce() -> qjs::JSValue) -> qjs::JSValue {
    let cache = shared.embedded.cache.as_ref();
    if let Some(bytes) = cache.and_then(|c| c.get(key)) {
        let code = qjs::JS_ReadObject(ctx, bytes.as_ptr(), bytes.len() as _, qjs::JS_READ_OBJ_BYTECODE as i32);
        if !qjs::JS_IsException(code) {
            return qjs::JS_EvalFunction(ctx, code);
        }
        // Unreadable bytecode: compile from source instead.
        qjs::JS_FreeValue(ctx, qjs::JS_GetException(ctx));
    }
    let code = compile();
    if qjs::JS_IsException(code) {
        return code;
    }
    if let Some(cache) = cache {
        let mut len: qjs::size_t = 0;
        // With the source text: Function.prototype.toString needs it, and util.inspect
        // tells classes from functions by it.
        let buf = qjs::JS_WriteObject(ctx, &mut len, code, qjs::JS_WRITE_OBJ_BYTECODE as i32);
        if !buf.is_null() {
            cache.put(key, std::slice::from_raw_parts(buf, len as usize).to_vec());
            qjs::js_free(ctx, buf as *mut _);
        }
    }
    qjs::JS_EvalFunction(ctx, code)
}

/// Runs pending jobs until none is left. True when the runtime was interrupted; the
/// uncatchable error is then pending on `ctx`.
pub(crate) unsafe fn drain_jobs(shared: &Shared, ctx: *mut qjs::JSContext) -> bool {
    // Like V8's checkpoint, a nested drain is a no-op: the outer one finishes the queue.
    if shared.in_microtasks.replace(true) {
        return false;
    }
    let mut interrupted = false;
    loop {
        let mut job_ctx: *mut qjs::JSContext = std::ptr::null_mut();
        let r = qjs::JS_ExecutePendingJob(shared.rt, &mut job_ctx);
        if r == 0 {
            break;
        }
        if r < 0 {
            // Promise jobs turn exceptions into rejections; what reaches here is an
            // interrupt (or out-of-memory), which stops the drain.
            let exc = qjs::JS_GetException(job_ctx);
            if qjs::JS_IsUncatchableError(exc) {
                qjs::JS_Throw(ctx, exc);
                interrupted = true;
                break;
            }
            qjs::JS_FreeValue(job_ctx, exc);
        }
    }
    shared.in_microtasks.set(false);
    interrupted
}

pub(crate) unsafe fn run_microtasks(shared: &Shared, ctx: *mut qjs::JSContext) -> Result<(), JsError> {
    if drain_jobs(shared, ctx) {
        return Err(take_exception(shared, ctx));
    }
    Ok(())
}

pub(crate) unsafe fn settle(shared: &Shared, ctx: *mut qjs::JSContext, resolver: &Handle, result: Result<Value, JsError>) -> Result<(), JsError> {
    let func = match shared.handles.borrow().get(resolver) {
        Some(Slot::Resolver([res, rej])) => qjs::JS_DupValue(ctx, if result.is_ok() { *res } else { *rej }),
        _ => return Err(JsError::type_error("stale promise resolver")),
    };
    let func = Owned::new(ctx, func);
    let mut value = match result {
        Ok(v) => to_js(shared, ctx, v),
        Err(JsError { exception: Some(v), .. }) => to_js(shared, ctx, v),
        Err(e) => crate::exception::new_error(shared, ctx, &e),
    };
    let r = Owned::new(ctx, qjs::JS_Call(ctx, func.v, qjs::JS_UNDEFINED, 1, &mut value));
    qjs::JS_FreeValue(ctx, value);
    if r.is_exception() {
        return Err(take_exception(shared, ctx));
    }
    Ok(())
}

pub(crate) unsafe fn heap_stats(shared: &Shared) -> HeapStats {
    let mut u: qjs::JSMemoryUsage = std::mem::zeroed();
    qjs::JS_ComputeMemoryUsage(shared.rt, &mut u);
    HeapStats {
        total_heap_size: u.malloc_size as usize,
        used_heap_size: u.memory_used_size as usize,
        heap_size_limit: if shared.memory_limit > 0 { shared.memory_limit } else { u.malloc_limit as usize },
        external_memory: u.binary_object_size as usize,
    }
}
