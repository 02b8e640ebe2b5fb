//! The bindings object (ops and intrinsics), evaluation, and the other V8 callbacks.

use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine_api::{intrinsics, panic_message, Args, Handle, HeapStats, JsError, OpDecl, OpFn, PendingOp, Resolver, Value};

use crate::{from_js, throw, to_js, Shared, Slot, Thrown};

/// Records what the backend needs from a fresh context and builds the bindings object.
pub(crate) fn setup_context(scope: &mut v8::PinScope<'_, '_>, shared: &Shared) -> Result<Handle, JsError> {
    let probe = v8::Object::new(scope);
    let proto = probe.get_prototype(scope).ok_or_else(|| JsError::error("V8: no Object.prototype"))?;
    *shared.object_prototype.borrow_mut() = Some(v8::Global::new(scope, proto));

    let global = scope.get_current_context().global(scope);
    let gc = v8::String::new(scope, "gc").and_then(|k| global.get(scope, k.into()));
    // V8 installs `gc` on every new global when --expose-gc is on; user code has not
    // run yet, so nothing else can have put it there.
    shared.expose_gc.set(gc.is_some_and(|f| f.is_function()));

    let bindings = v8::Object::new(scope);
    for op in &shared.ops {
        // The op's own address is the callback data: `OpDecl`s are statics.
        let data = v8::External::new(scope, *op as *const OpDecl as *mut c_void);
        define(scope, bindings, op.name, op_callback, data.into())?;
    }
    for (i, name) in intrinsics::ALL.iter().enumerate() {
        let data = v8::Integer::new(scope, i as i32);
        define(scope, bindings, name, intrinsic_callback, data.into())?;
    }
    Ok(shared.insert(scope, bindings.into()))
}

fn define<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: v8::Local<'s, v8::Object>,
    name: &str,
    callback: v8::FunctionCallback,
    data: v8::Local<'s, v8::Value>,
) -> Result<(), JsError> {
    let failed = || JsError::error(format!("V8: cannot create the function {name}"));
    let template = v8::FunctionTemplate::builder_raw(callback)
        .data(data)
        .constructor_behavior(v8::ConstructorBehavior::Throw)
        .build(scope);
    let f = template.get_function(scope).ok_or_else(failed)?;
    let key = v8::String::new(scope, name).ok_or_else(failed)?;
    f.set_name(key);
    target.create_data_property(scope, key.into(), f.into()).ok_or_else(failed)?;
    Ok(())
}

extern "C" fn op_callback(info: *const v8::FunctionCallbackInfo) {
    // SAFETY: V8 passes a valid info for the duration of the call.
    let info = unsafe { &*info };
    let parts = info.get_parts();
    v8::callback_scope!(unsafe scope, &parts);
    let args = v8::FunctionCallbackArguments::from_function_callback_info_parts(info, &parts);
    // SAFETY: op functions are made in `setup_context` with an External to a static OpDecl.
    let decl: &'static OpDecl = unsafe { &*(v8::Local::<v8::External>::cast_unchecked(parts.data).value() as *const OpDecl) };
    let rv = parts.return_value;
    let shared = Shared::from_isolate(scope);
    let outcome = catch_unwind(AssertUnwindSafe(|| call_op(scope, shared, decl, &args, rv)));
    if let Err(p) = outcome {
        let err = JsError::error(format!("internal error in op {}: {}", decl.name, panic_message(p)));
        throw(scope, shared, err);
    }
}

fn call_op<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    decl: &'static OpDecl,
    args: &v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    shared.free_released();
    let argc = args.length().max(0);
    let mut values = Vec::with_capacity(argc as usize);
    for i in 0..argc {
        match from_js(scope, shared, args.get(i)) {
            Ok(v) => values.push(v),
            // A getter threw: the exception goes to the caller as is.
            Err(Thrown) => return,
        }
    }
    match decl.func {
        OpFn::Sync(f) => {
            let result = match shared.op_state.try_borrow_mut() {
                Ok(mut state) => f(&mut state, Args(values)),
                Err(_) => Err(JsError::error(format!("op {} called while the op state is in use", decl.name))),
            };
            match result {
                Ok(v) => set_return(scope, shared, &mut rv, v),
                Err(e) => throw(scope, shared, e),
            }
        }
        OpFn::Async(f) => {
            let future = f(&shared.op_state, Args(values));
            let Some(resolver) = v8::PromiseResolver::new(scope) else { return };
            let promise = resolver.get_promise(scope);
            let handle = shared.handles.borrow_mut().insert(Slot::Resolver(v8::Global::new(scope, resolver)));
            (shared.spawn_op)(PendingOp { resolver: Resolver(handle), future, keeps_alive: decl.keeps_alive });
            rv.set(promise.into());
        }
    }
}

fn set_return<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, rv: &mut v8::ReturnValue<'s>, v: Value) {
    match v {
        // The return value starts as undefined.
        Value::Undefined => {}
        Value::Null => rv.set_null(),
        Value::Bool(b) => rv.set_bool(b),
        Value::Number(n) => rv.set_double(n),
        other => {
            if let Ok(v) = to_js(scope, shared, other) {
                rv.set(v);
            }
        }
    }
}

extern "C" fn intrinsic_callback(info: *const v8::FunctionCallbackInfo) {
    // SAFETY: V8 passes a valid info for the duration of the call.
    let info = unsafe { &*info };
    let parts = info.get_parts();
    v8::callback_scope!(unsafe scope, &parts);
    let args = v8::FunctionCallbackArguments::from_function_callback_info_parts(info, &parts);
    // SAFETY: intrinsics are made in `setup_context` with their index as an Integer.
    let index = unsafe { v8::Local::<v8::Integer>::cast_unchecked(parts.data) }.value() as usize;
    let name = intrinsics::ALL[index];
    let rv = parts.return_value;
    let shared = Shared::from_isolate(scope);
    let outcome = catch_unwind(AssertUnwindSafe(|| call_intrinsic(scope, shared, name, &args, rv)));
    if let Err(p) = outcome {
        let err = JsError::error(format!("internal error in {name}: {}", panic_message(p)));
        throw(scope, shared, err);
    }
}

fn call_intrinsic<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    name: &str,
    args: &v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let a0 = args.get(0);
    let a1 = args.get(1);
    match name {
        intrinsics::RUN_MICROTASKS => {
            // V8 makes a nested checkpoint a no-op, as the interface asks.
            scope.perform_microtask_checkpoint();
        }
        intrinsics::PROMISE_STATE => {
            let Ok(p) = v8::Local::<v8::Promise>::try_from(a0) else { return };
            let arr = match p.state() {
                v8::PromiseState::Pending => v8::Array::new_with_elements(scope, &[v8::Integer::new(scope, 0).into()]),
                v8::PromiseState::Fulfilled => {
                    let elements = [v8::Integer::new(scope, 1).into(), p.result(scope)];
                    v8::Array::new_with_elements(scope, &elements)
                }
                v8::PromiseState::Rejected => {
                    let elements = [v8::Integer::new(scope, 2).into(), p.result(scope)];
                    v8::Array::new_with_elements(scope, &elements)
                }
            };
            rv.set(arr.into());
        }
        intrinsics::PROXY_DETAILS => {
            let Ok(p) = v8::Local::<v8::Proxy>::try_from(a0) else { return };
            let elements = [p.get_target(scope), p.get_handler(scope)];
            rv.set(v8::Array::new_with_elements(scope, &elements).into());
        }
        intrinsics::TAKE_REJECTIONS => {
            let events = std::mem::take(&mut *shared.rejections.borrow_mut());
            let mut elements = Vec::with_capacity(events.len() * 3);
            for (kind, promise, reason) in events {
                elements.push(v8::Integer::new(scope, kind as i32).into());
                elements.push(v8::Local::new(scope, promise).into());
                elements.push(v8::Local::new(scope, reason));
            }
            rv.set(v8::Array::new_with_elements(scope, &elements).into());
        }
        intrinsics::COMPILE_FUNCTION => {
            let (Some(source), Some(filename)) = (a0.to_string(scope), a1.to_string(scope)) else { return };
            let mut params = Vec::new();
            if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(2)) {
                for i in 0..list.length() {
                    let Some(p) = list.get_index(scope, i).and_then(|p| p.to_string(scope)) else { return };
                    params.push(p);
                }
            }
            if let Some(f) = compile_function(scope, source, filename, &params) {
                rv.set(f.into());
            }
        }
        intrinsics::COMPILE_EMBEDDED => {
            let (Some(name), Some(filename)) = (a0.to_string(scope), a1.to_string(scope)) else { return };
            let (name, filename) = (name.to_rust_string_lossy(scope), filename.to_rust_string_lossy(scope));
            let mut params = Vec::new();
            if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(2)) {
                for i in 0..list.length() {
                    let Some(p) = list.get_index(scope, i).and_then(|p| p.to_string(scope)) else { return };
                    params.push(p.to_rust_string_lossy(scope));
                }
            }
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            match compile_embedded(scope, shared, &name, &filename, &params) {
                Ok(Some(f)) => rv.set(f.into()),
                Ok(None) => {}
                Err(e) => throw(scope, shared, e),
            }
        }
        intrinsics::EVAL_SCRIPT => {
            let (Some(source), Some(filename)) = (a0.to_string(scope), a1.to_string(scope)) else { return };
            if let Some(v) = eval(scope, source, filename) {
                rv.set(v);
            }
        }
        intrinsics::SET_IMPORT_META_HOOK => {
            let hook = v8::Local::<v8::Function>::try_from(a0).ok().map(|f| v8::Global::new(scope, f));
            *shared.import_meta_hook.borrow_mut() = hook;
        }
        intrinsics::HEAP_STATISTICS => {
            let s = heap_stats(scope);
            let stats = Value::object([
                ("totalHeapSize", Value::from(s.total_heap_size)),
                ("usedHeapSize", Value::from(s.used_heap_size)),
                ("heapSizeLimit", Value::from(s.heap_size_limit)),
                ("externalMemory", Value::from(s.external_memory)),
            ]);
            if let Ok(v) = to_js(scope, shared, stats) {
                rv.set(v);
            }
        }
        intrinsics::GC => collect_garbage(scope, shared),
        intrinsics::ERROR_LOCATION => {
            if !a0.is_object() {
                return;
            }
            // The stack's top frame is where the error was made. A SyntaxError's stack
            // has no frame for the bad source; V8 keeps that position for its Message.
            let stack = v8::Local::<v8::Object>::try_from(a0).ok().and_then(|o| {
                let key = v8::String::new(scope, "stack")?;
                let v = o.get(scope, key.into())?;
                v.is_string().then(|| v.to_rust_string_lossy(scope))
            });
            let is_syntax_error = stack.as_deref().is_some_and(|s| s.starts_with("SyntaxError"));
            let location = if is_syntax_error {
                let message = v8::Exception::create_message(scope, a0);
                crate::exception::location(scope, message)
            } else {
                stack.as_deref().and_then(engine_api::location_from_stack)
            };
            let Some(l) = location else { return };
            let mut props = vec![("file", Value::from(l.file)), ("line", Value::from(l.line)), ("column", Value::from(l.column))];
            if let Some(src) = l.source_line {
                props.push(("sourceLine", Value::from(src)));
            }
            if let Ok(v) = to_js(scope, shared, Value::object(props)) {
                rv.set(v);
            }
        }
        other => throw(scope, shared, JsError::error(format!("intrinsic {other} is not implemented"))),
    }
}

/// How scripts, functions and modules name their source: the resource name is what
/// stack traces, `Message`s and dynamic `import()` see as the file.
pub(crate) fn script_origin<'s>(scope: &v8::PinScope<'s, '_>, name: v8::Local<'s, v8::Value>, is_module: bool) -> v8::ScriptOrigin<'s> {
    v8::ScriptOrigin::new(scope, name, 0, 0, true, -1, None, false, false, is_module, None)
}

/// Compiles and runs a classic script; `None` with the exception pending.
pub(crate) fn eval<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: v8::Local<'s, v8::String>,
    filename: v8::Local<'s, v8::String>,
) -> Option<v8::Local<'s, v8::Value>> {
    let origin = script_origin(scope, filename.into(), false);
    let script = v8::Script::compile(scope, source, Some(&origin))?;
    script.run(scope)
}

/// `vm.compileFunction`: V8 compiles the body itself, so positions are those of `source`.
pub(crate) fn compile_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    source: v8::Local<'s, v8::String>,
    filename: v8::Local<'s, v8::String>,
    params: &[v8::Local<'s, v8::String>],
) -> Option<v8::Local<'s, v8::Function>> {
    let origin = script_origin(scope, filename.into(), false);
    let mut source = v8::script_compiler::Source::new(source, Some(&origin));
    v8::script_compiler::compile_function(
        scope,
        &mut source,
        params,
        &[],
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    )
}

/// An embedded script: its text is a `'static` str, so ASCII sources become external
/// strings (no copy), and V8's code cache skips the parse when the host has one.
pub(crate) fn compile_embedded<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    name: &str,
    filename: &str,
    params: &[&str],
) -> Result<Option<v8::Local<'s, v8::Function>>, JsError> {
    let text = shared.embedded.get(name)?;
    let source = if text.is_ascii() { v8::String::new_external_onebyte_static(scope, text.as_bytes()) } else { None };
    let (Some(source), Some(file)) = (source.or_else(|| v8::String::new(scope, text)), v8::String::new(scope, filename)) else {
        return Ok(None);
    };
    let mut names = Vec::with_capacity(params.len());
    for p in params {
        let Some(n) = v8::String::new(scope, p) else { return Ok(None) };
        names.push(n);
    }
    let origin = script_origin(scope, file.into(), false);
    let key = engine_api::EmbeddedScripts::cache_key(filename, params);
    let cache = shared.embedded.cache.clone();
    let cached = cache.as_ref().and_then(|c| c.get(&key));
    use v8::script_compiler::{CachedData, CompileOptions, NoCacheReason, Source};
    let f = match &cached {
        Some(bytes) => {
            let mut src = Source::new_with_cached_data(source, Some(&origin), CachedData::new(bytes));
            v8::script_compiler::compile_function(scope, &mut src, &names, &[], CompileOptions::ConsumeCodeCache, NoCacheReason::NoReason)
        }
        None => {
            // Compiled eagerly when the cache is being filled, so that the cache holds
            // the inner functions too and not only the top level.
            let mut src = Source::new(source, Some(&origin));
            let options = if cache.is_some() { CompileOptions::EagerCompile } else { CompileOptions::NoCompileOptions };
            v8::script_compiler::compile_function(scope, &mut src, &names, &[], options, NoCacheReason::NoReason)
        }
    };
    if let (Some(f), Some(cache), None) = (f, &cache, &cached) {
        if let Some(data) = f.create_code_cache() {
            cache.put(&key, data.to_vec());
        }
    }
    Ok(f)
}

pub(crate) extern "C" fn promise_reject_callback(message: v8::PromiseRejectMessage) {
    let kind = match message.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => 0u8,
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => 1,
        // Resolving or rejecting a settled promise: Node only warns about these, if at all.
        _ => return,
    };
    v8::callback_scope!(unsafe scope, &message);
    let shared = Shared::from_isolate(scope);
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let promise = message.get_promise();
        // A handler added later comes without the value: the promise still has it.
        let reason = message.get_value().unwrap_or_else(|| promise.result(scope));
        let entry = (kind, v8::Global::new(scope, promise), v8::Global::new(scope, reason));
        shared.rejections.borrow_mut().push(entry);
    }));
}

pub(crate) fn heap_stats(isolate: &mut v8::Isolate) -> HeapStats {
    let s = isolate.get_heap_statistics();
    HeapStats {
        total_heap_size: s.total_heap_size(),
        used_heap_size: s.used_heap_size(),
        heap_size_limit: s.heap_size_limit(),
        external_memory: s.external_memory(),
    }
}

pub(crate) fn collect_garbage(isolate: &mut v8::Isolate, shared: &Shared) {
    if shared.expose_gc.get() {
        isolate.request_garbage_collection_for_testing(v8::GarbageCollectionType::Full);
    } else {
        // Without --expose-gc V8 refuses the testing entry point; this runs full
        // collections too (and releases what it can), which is what callers want.
        isolate.low_memory_notification();
    }
}
