//! The bindings object (ops and intrinsics), evaluation, the job queue, and the other
//! SpiderMonkey callbacks.

use std::ffi::{c_void, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use engine_api::{intrinsics, panic_message, Args, Handle, HeapStats, JsError, OpDecl, OpFn, PendingOp, Resolver, Value};
use mozjs::jsapi::{self, JSContext, JSObject};
use mozjs::jsval::{Int32Value, JSVal, ObjectValue, UndefinedValue};
use mozjs::rooted;

use crate::convert::{is_proxy, proxy_handler, to_string};
use crate::{from_js, throw, to_js, Shared, Slot, Thrown};

/// Runs once per realm, before any user code: the V8-compatible defaults, and what
/// the backend needs to know about the realm's built-ins.
const PRELUDE: &str = include_str!("prelude.js");

/// Records what the backend needs from a fresh realm and builds the bindings object.
pub(crate) unsafe fn setup_realm(shared: &Shared) -> Result<Handle, JsError> {
    let cx = shared.cx;
    let proto = jsapi::GetRealmObjectPrototype(cx);
    if proto.is_null() {
        return Err(shared.failure());
    }
    shared.object_prototype.set(Some(shared.roots.insert(ObjectValue(proto))));

    // The prelude's completion value is a scripted Proxy: every one shares its handler,
    // which is how `proxyDetails` tells them from other proxies (module namespaces).
    rooted!(in(cx) let mut proxy = UndefinedValue());
    if !eval(cx, PRELUDE, "jsrig:spidermonkey/prelude.js", proxy.handle_mut().into()) {
        return Err(shared.failure());
    }
    shared.scripted_proxy_handler.set(proxy_handler(proxy.get().to_object()));

    rooted!(in(cx) let bindings = jsapi::JS_NewPlainObject(cx));
    if bindings.get().is_null() {
        return Err(shared.failure());
    }
    for (i, op) in shared.ops.iter().enumerate() {
        define(shared, bindings.handle().into(), op.name, op_native, i)?;
    }
    for (i, name) in intrinsics::ALL.iter().enumerate() {
        define(shared, bindings.handle().into(), name, intrinsic_native, i)?;
    }
    Ok(shared.insert(ObjectValue(bindings.get())))
}

/// `target[name] = function name() { native }`, with `index` in the function's
/// reserved slot 0 so one native serves every op.
unsafe fn define(
    shared: &Shared,
    target: jsapi::HandleObject,
    name: &str,
    native: unsafe extern "C" fn(*mut JSContext, u32, *mut JSVal) -> bool,
    index: usize,
) -> Result<(), JsError> {
    let cx = shared.cx;
    let cname = CString::new(name).map_err(|_| JsError::error(format!("bad binding name {name:?}")))?;
    // No JSFUN_CONSTRUCTOR: `new b.op()` throws, as V8's ConstructorBehavior::Throw.
    let f = jsapi::NewFunctionWithReserved(cx, Some(native), 0, 0, cname.as_ptr());
    if f.is_null() {
        return Err(shared.failure());
    }
    rooted!(in(cx) let f = jsapi::JS_GetFunctionObject(f));
    jsapi::SetFunctionNativeReserved(f.get(), 0, &Int32Value(index as i32));
    rooted!(in(cx) let value = ObjectValue(f.get()));
    if !jsapi::JS_DefineProperty(cx, target, cname.as_ptr(), value.handle().into(), jsapi::JSPROP_ENUMERATE as u32) {
        return Err(shared.failure());
    }
    Ok(())
}

unsafe fn reserved_index(args: &jsapi::CallArgs) -> usize {
    (*jsapi::GetFunctionNativeReserved(args.callee(), 0)).to_int32() as usize
}

unsafe extern "C" fn op_native(cx: *mut JSContext, argc: u32, vp: *mut JSVal) -> bool {
    let args = jsapi::CallArgs::from_vp(vp, argc);
    let shared = Shared::from_cx(cx);
    let decl = shared.ops[reserved_index(&args)];
    match catch_unwind(AssertUnwindSafe(|| call_op(shared, cx, decl, &args))) {
        Ok(ok) => ok,
        Err(p) => {
            throw(shared, cx, JsError::error(format!("internal error in op {}: {}", decl.name, panic_message(p))));
            false
        }
    }
}

unsafe fn call_op(shared: &Shared, cx: *mut JSContext, decl: &'static OpDecl, args: &jsapi::CallArgs) -> bool {
    shared.free_released();
    let mut values = Vec::with_capacity(args.argc_ as usize);
    for i in 0..args.argc_ {
        match from_js(shared, cx, args.get(i)) {
            Ok(v) => values.push(v),
            // A getter threw: the exception goes to the caller as is.
            Err(Thrown) => return false,
        }
    }
    match decl.func {
        OpFn::Sync(f) => {
            let result = match shared.op_state.try_borrow_mut() {
                Ok(mut state) => f(&mut state, Args(values)),
                Err(_) => Err(JsError::error(format!("op {} called while the op state is in use", decl.name))),
            };
            match result {
                Ok(v) => to_js(shared, cx, v, args.rval()).is_ok(),
                Err(e) => {
                    throw(shared, cx, e);
                    false
                }
            }
        }
        OpFn::Async(f) => {
            let future = f(&shared.op_state, Args(values));
            let promise = jsapi::NewPromiseObject(cx, jsapi::HandleObject::null());
            if promise.is_null() {
                return false;
            }
            let id = shared.roots.insert(ObjectValue(promise));
            let resolver = shared.handles.borrow_mut().insert(Slot::Resolver(id));
            (shared.spawn_op)(PendingOp { resolver: Resolver(resolver), future, keeps_alive: decl.keeps_alive });
            args.rval().set(ObjectValue(shared.roots.get(id).to_object()));
            true
        }
    }
}

unsafe extern "C" fn intrinsic_native(cx: *mut JSContext, argc: u32, vp: *mut JSVal) -> bool {
    let args = jsapi::CallArgs::from_vp(vp, argc);
    let shared = Shared::from_cx(cx);
    let name = intrinsics::ALL[reserved_index(&args)];
    match catch_unwind(AssertUnwindSafe(|| call_intrinsic(shared, cx, name, &args))) {
        Ok(ok) => ok,
        Err(p) => {
            throw(shared, cx, JsError::error(format!("internal error in {name}: {}", panic_message(p))));
            false
        }
    }
}

/// A new array of `values`; null with the exception pending.
unsafe fn new_array(cx: *mut JSContext, values: &[JSVal]) -> *mut JSObject {
    rooted!(in(cx) let values = values.to_vec());
    let contents = jsapi::HandleValueArray::from(&values);
    jsapi::NewArrayObject(cx, &contents)
}

unsafe fn set_object(args: &jsapi::CallArgs, obj: *mut JSObject) -> bool {
    if obj.is_null() {
        return false;
    }
    args.rval().set(ObjectValue(obj));
    true
}

unsafe fn call_intrinsic(shared: &Shared, cx: *mut JSContext, name: &str, args: &jsapi::CallArgs) -> bool {
    // The return slot holds the callee until set.
    args.rval().set(UndefinedValue());
    let a0 = args.get(0);
    match name {
        intrinsics::RUN_MICROTASKS => {
            // SpiderMonkey's queue makes a nested drain a no-op, as the interface asks.
            run_jobs(shared);
            // A terminated job ends the call that drained it too, uncatchably.
            !shared.terminated.get()
        }
        intrinsics::PROMISE_STATE => {
            if !a0.get().is_object() {
                return true;
            }
            rooted!(in(cx) let p = a0.get().to_object());
            if !jsapi::IsPromiseObject(p.handle().into()) {
                return true;
            }
            let state = jsapi::GetPromiseState(p.handle().into());
            rooted!(in(cx) let mut result = UndefinedValue());
            mozjs::glue::JS_GetPromiseResult(p.handle().into(), result.handle_mut().into());
            let arr = match state {
                jsapi::PromiseState::Pending => new_array(cx, &[Int32Value(0)]),
                jsapi::PromiseState::Fulfilled => new_array(cx, &[Int32Value(1), result.get()]),
                jsapi::PromiseState::Rejected => new_array(cx, &[Int32Value(2), result.get()]),
            };
            set_object(args, arr)
        }
        intrinsics::PROXY_DETAILS => {
            if !a0.get().is_object() {
                return true;
            }
            let obj = a0.get().to_object();
            if !is_proxy(obj) || proxy_handler(obj) != shared.scripted_proxy_handler.get() {
                return true;
            }
            // A scripted proxy keeps its target as the private and its handler in
            // slot 0 (ScriptedProxyHandler::HANDLER_EXTRA); both null once revoked.
            let (mut target, mut handler) = (UndefinedValue(), UndefinedValue());
            mozjs::glue::GetProxyPrivate(obj, &mut target);
            mozjs::glue::GetProxyReservedSlot(obj, 0, &mut handler);
            set_object(args, new_array(cx, &[target, handler]))
        }
        intrinsics::TAKE_REJECTIONS => {
            let events = std::mem::take(&mut *shared.rejections.borrow_mut());
            let mut values = Vec::with_capacity(events.len() * 3);
            for &(kind, promise, reason) in &events {
                values.extend([Int32Value(kind as i32), shared.roots.get(promise), shared.roots.get(reason)]);
            }
            // `new_array` roots the values before it can collect; the roots go after.
            let arr = new_array(cx, &values);
            for (_, promise, reason) in events {
                shared.roots.remove(promise);
                shared.roots.remove(reason);
            }
            set_object(args, arr)
        }
        intrinsics::COMPILE_FUNCTION => {
            let (source, filename) = match (to_string(cx, a0), to_string(cx, args.get(1))) {
                (Ok(s), Ok(f)) => (s, f),
                _ => return false,
            };
            let params: Vec<String> = match from_js(shared, cx, args.get(2)) {
                Ok(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                Ok(_) => Vec::new(),
                Err(Thrown) => return false,
            };
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            set_object(args, compile_function(cx, &source, &filename, &params))
        }
        intrinsics::COMPILE_EMBEDDED => {
            let (name, filename) = match (to_string(cx, a0), to_string(cx, args.get(1))) {
                (Ok(s), Ok(f)) => (s, f),
                _ => return false,
            };
            let params: Vec<String> = match from_js(shared, cx, args.get(2)) {
                Ok(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                Ok(_) => Vec::new(),
                Err(Thrown) => return false,
            };
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            match shared.embedded.get(&name) {
                Ok(source) => set_object(args, compile_function(cx, source, &filename, &params)),
                Err(e) => {
                    throw(shared, cx, e);
                    false
                }
            }
        }
        intrinsics::EVAL_SCRIPT => {
            let (source, filename) = match (to_string(cx, a0), to_string(cx, args.get(1))) {
                (Ok(s), Ok(f)) => (s, f),
                _ => return false,
            };
            eval(cx, &source, &filename, args.rval())
        }
        intrinsics::SET_IMPORT_META_HOOK => {
            let hook = (a0.get().is_object() && jsapi::IsCallable(a0.get().to_object())).then(|| shared.roots.insert(a0.get()));
            if let Some(old) = shared.import_meta_hook.replace(hook) {
                shared.roots.remove(old);
            }
            true
        }
        intrinsics::HEAP_STATISTICS => {
            let s = heap_stats(cx);
            let stats = Value::object([
                ("totalHeapSize", Value::from(s.total_heap_size)),
                ("usedHeapSize", Value::from(s.used_heap_size)),
                ("heapSizeLimit", Value::from(s.heap_size_limit)),
                ("externalMemory", Value::from(s.external_memory)),
            ]);
            to_js(shared, cx, stats, args.rval()).is_ok()
        }
        intrinsics::GC => {
            collect_garbage(cx);
            true
        }
        intrinsics::ERROR_LOCATION => {
            let Some(l) = crate::exception::error_report(cx, a0.get()) else { return true };
            let mut props = vec![("file", Value::from(l.file)), ("line", Value::from(l.line)), ("column", Value::from(l.column))];
            if let Some(src) = l.source_line {
                props.push(("sourceLine", Value::from(src)));
            }
            to_js(shared, cx, Value::object(props), args.rval()).is_ok()
        }
        other => {
            throw(shared, cx, JsError::error(format!("intrinsic {other} is not implemented")));
            false
        }
    }
}

/// Compile options naming the source: the file name is what stack traces, error
/// reports and dynamic `import()` (as the referrer) see.
pub(crate) struct CompileOptions(*mut jsapi::ReadOnlyCompileOptions);

impl CompileOptions {
    pub unsafe fn new(cx: *mut JSContext, filename: &str) -> CompileOptions {
        Self::with_line(cx, filename, 1)
    }

    /// `line` is the number of the source's first line.
    pub unsafe fn with_line(cx: *mut JSContext, filename: &str, line: u32) -> CompileOptions {
        // A NUL cannot be in a C string; SpiderMonkey copies the name.
        let name = CString::new(filename.replace('\0', "\u{FFFD}")).expect("NULs replaced");
        CompileOptions(mozjs::glue::NewCompileOptions(cx, name.as_ptr(), line))
    }

    pub fn ptr(&self) -> *const jsapi::ReadOnlyCompileOptions {
        self.0
    }
}

impl Drop for CompileOptions {
    fn drop(&mut self) {
        // SAFETY: made by NewCompileOptions, deleted once.
        unsafe { mozjs::glue::DeleteCompileOptions(self.0) }
    }
}

/// Compiles and runs a classic script in the global scope; false with the exception pending.
pub(crate) unsafe fn eval(cx: *mut JSContext, source: &str, filename: &str, rval: jsapi::MutableHandleValue) -> bool {
    let options = CompileOptions::new(cx, filename);
    let mut text = mozjs::rust::transform_str_to_source_text(source);
    jsapi::Evaluate2(cx, options.ptr(), &mut text, rval)
}

/// `vm.compileFunction`, positions being those of `source`: SpiderMonkey compiles
/// `function (params\n) {\nsource\n}`, so the header goes on line 0 and the body's
/// first line is line 1, its columns unshifted. Null with the exception pending.
pub(crate) unsafe fn compile_function(cx: *mut JSContext, source: &str, filename: &str, params: &[&str]) -> *mut JSObject {
    let options = CompileOptions::with_line(cx, filename, 0);
    let names: Vec<CString> = match params.iter().map(|p| CString::new(*p)).collect() {
        Ok(n) => n,
        Err(_) => {
            throw_syntax_error(cx, "parameter names cannot contain NUL");
            return ptr::null_mut();
        }
    };
    let name_ptrs: Vec<*const std::ffi::c_char> = names.iter().map(|n| n.as_ptr()).collect();
    // UTF-16, not CompileFunctionUtf8: that one pastes the UTF-8 body into the
    // `function (...) {` text it builds as if it were Latin-1, garbling non-ASCII.
    let utf16: Vec<u16> = source.encode_utf16().collect();
    let mut text = mozjs::rust::transform_u16_to_source_text(&utf16);
    // No objects on the chain: the function's scope is the global one.
    let env = jsapi::NewEnvironmentChain(cx, jsapi::SupportUnscopables::No);
    let f = jsapi::CompileFunction(cx, env, options.ptr(), ptr::null(), name_ptrs.len() as u32, name_ptrs.as_ptr(), &mut text);
    jsapi::DeleteEnvironmentChain(env);
    if f.is_null() {
        ptr::null_mut()
    } else {
        jsapi::JS_GetFunctionObject(f)
    }
}

unsafe fn throw_syntax_error(cx: *mut JSContext, message: &str) {
    let shared = Shared::from_cx(cx);
    throw(shared, cx, JsError::new("SyntaxError", message));
}

/// Drains the job queue. A drain stopped by the terminator leaves `terminated` set.
pub(crate) unsafe fn run_jobs(shared: &Shared) {
    jsapi::RunJobs(shared.cx);
}

pub(crate) unsafe fn settle(shared: &Shared, resolver: &Handle, result: Result<Value, JsError>) -> Result<(), JsError> {
    let cx = shared.cx;
    let id = match shared.handles.borrow().get(resolver) {
        Some(Slot::Resolver(id)) => *id,
        _ => return Err(JsError::type_error("stale promise resolver")),
    };
    rooted!(in(cx) let promise = shared.roots.get(id).to_object());
    rooted!(in(cx) let mut value = UndefinedValue());
    let fulfil = result.is_ok();
    let made = match result {
        Ok(v) => to_js(shared, cx, v, value.handle_mut().into()),
        Err(JsError { exception: Some(v), .. }) => to_js(shared, cx, v, value.handle_mut().into()),
        Err(e) => crate::exception::new_error(shared, cx, &e, value.handle_mut().into()),
    };
    let settled = made.is_ok()
        && if fulfil {
            jsapi::ResolvePromise(cx, promise.handle().into(), value.handle().into())
        } else {
            jsapi::RejectPromise(cx, promise.handle().into(), value.handle().into())
        };
    if settled {
        Ok(())
    } else {
        Err(shared.failure())
    }
}

/// Records promise rejection events for `takeRejections`: 0 when a promise is
/// rejected with no handler, 1 when such a promise gets one later.
pub(crate) unsafe extern "C" fn rejection_tracker(
    cx: *mut JSContext,
    _muted_errors: bool,
    promise: jsapi::HandleObject,
    state: jsapi::PromiseRejectionHandlingState,
    data: *mut c_void,
) {
    if data.is_null() {
        return;
    }
    let shared = &*(data as *const Shared);
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let kind = match state {
            jsapi::PromiseRejectionHandlingState::Unhandled => 0,
            jsapi::PromiseRejectionHandlingState::Handled => 1,
        };
        rooted!(in(cx) let mut reason = UndefinedValue());
        mozjs::glue::JS_GetPromiseResult(promise, reason.handle_mut().into());
        let entry = (kind, shared.roots.insert(ObjectValue(promise.get())), shared.roots.insert(reason.get()));
        shared.rejections.borrow_mut().push(entry);
    }));
}

pub(crate) unsafe fn heap_stats(cx: *mut JSContext) -> HeapStats {
    let param = |key| jsapi::JS_GetGCParameter(cx, key) as usize;
    const CHUNK: usize = 1 << 20;
    let used = param(jsapi::JSGCParamKey::JSGC_BYTES);
    let total = (param(jsapi::JSGCParamKey::JSGC_TOTAL_CHUNKS) * CHUNK).max(used);
    // GetGCHeapUsage counts the GC heap and the malloc memory its cells own.
    let all = jsapi::GetGCHeapUsage(cx) as usize;
    HeapStats {
        total_heap_size: total,
        used_heap_size: used,
        heap_size_limit: param(jsapi::JSGCParamKey::JSGC_MAX_BYTES),
        external_memory: all.saturating_sub(used),
    }
}

/// A full, non-incremental collection that also compacts (a shrinking GC), so memory
/// figures read right after it reflect what was freed.
pub(crate) unsafe fn collect_garbage(cx: *mut JSContext) {
    jsapi::PrepareForFullGC(cx);
    jsapi::NonIncrementalGC(cx, jsapi::GCOptions::Shrink, jsapi::GCReason::API);
}
