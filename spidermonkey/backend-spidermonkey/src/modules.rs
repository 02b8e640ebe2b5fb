//! ES modules: graphs loaded through the host's `ModuleLoader`, linked with
//! `ModuleLink`, evaluated to a promise of the namespace.
//!
//! SpiderMonkey asks for every module through one hook (`SetModuleLoadHook`, the
//! spec's HostLoadImportedModule): for a static import while `LoadRequestedModules`
//! walks a graph, and for `import()` from running code. The loader is synchronous, so
//! the hook always finishes its request before returning. Modules are cached by URL,
//! and each module's private value is its URL, which `import.meta.url` reports.

use std::collections::HashMap;
use std::ffi::CStr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use engine_api::{panic_message, JsError};
use mozjs::jsapi::{self, JSContext, JSObject, JSScript};
use mozjs::jsval::{JSVal, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;

use crate::convert::{new_string, string_of};
use crate::functions::CompileOptions;
use crate::{throw, RootId, Shared};

#[derive(Default)]
pub(crate) struct ModuleMap {
    by_url: HashMap<String, RootId>,
}

impl ModuleMap {
    /// Forgets the modules; their roots go with the engine's root set.
    pub(crate) fn clear(&mut self) {
        self.by_url.clear();
    }
}

pub(crate) unsafe fn install(cx: *mut JSContext) {
    let rt = jsapi::JS_GetRuntime(cx);
    jsapi::SetModuleLoadHook(rt, Some(load_hook));
    jsapi::SetModuleMetadataHook(rt, Some(metadata_hook));
}

fn loader_panic(what: &str, payload: Box<dyn std::any::Any + Send>) -> JsError {
    JsError::error(format!("internal error: the module loader panicked in {what}: {}", panic_message(payload)))
}

/// The URL `specifier` names from `referrer`; `None` with the loader's error thrown.
unsafe fn resolve(shared: &Shared, cx: *mut JSContext, specifier: &str, referrer: &str) -> Option<String> {
    let resolved = catch_unwind(AssertUnwindSafe(|| shared.loader.resolve(specifier, referrer)))
        .unwrap_or_else(|p| Err(loader_panic("resolve", p)));
    match resolved {
        Ok(url) => Some(url),
        Err(e) => {
            throw(shared, cx, e);
            None
        }
    }
}

/// The module at `url`, compiled on first use; null with the exception pending. Its
/// imports are not loaded yet.
unsafe fn get_or_compile(shared: &Shared, cx: *mut JSContext, url: &str) -> *mut JSObject {
    let cached = shared.modules.borrow().by_url.get(url).copied();
    if let Some(id) = cached {
        return shared.roots.get(id).to_object();
    }
    let loaded = catch_unwind(AssertUnwindSafe(|| shared.loader.load(url))).unwrap_or_else(|p| Err(loader_panic("load", p)));
    let source = match loaded {
        Ok(s) => s.source,
        Err(e) => {
            throw(shared, cx, e);
            return ptr::null_mut();
        }
    };
    let options = CompileOptions::new(cx, url);
    let mut text = mozjs::rust::transform_str_to_source_text(&source);
    let module = jsapi::CompileModule1(cx, options.ptr(), &mut text);
    if module.is_null() {
        return ptr::null_mut();
    }
    rooted!(in(cx) let module = module);
    let Ok(url_string) = new_string(cx, url) else { return ptr::null_mut() };
    jsapi::SetModulePrivate(module.get(), &StringValue(&*url_string));
    let id = shared.roots.insert(ObjectValue(module.get()));
    shared.modules.borrow_mut().by_url.insert(url.to_owned(), id);
    module.get()
}

/// Resolves `specifier`, compiles the module and loads its whole import graph through
/// [`load_hook`]. False with the exception pending.
unsafe fn load_graph(shared: &Shared, cx: *mut JSContext, specifier: &str, referrer: &str, out: jsapi::MutableHandleObject) -> bool {
    let Some(url) = resolve(shared, cx, specifier, referrer) else { return false };
    let module = get_or_compile(shared, cx, &url);
    if module.is_null() {
        return false;
    }
    rooted!(in(cx) let module = module);
    rooted!(in(cx) let host_defined = UndefinedValue());
    if !jsapi::LoadRequestedModules(cx, module.handle().into(), host_defined.handle().into(), Some(graph_loaded), Some(graph_failed)) {
        return false;
    }
    // `graph_failed` leaves the error pending.
    if jsapi::JS_IsExceptionPending(cx) {
        return false;
    }
    out.set(module.get());
    true
}

unsafe extern "C" fn graph_loaded(_cx: *mut JSContext, _host_defined: jsapi::HandleValue) -> bool {
    true
}

unsafe extern "C" fn graph_failed(cx: *mut JSContext, _host_defined: jsapi::HandleValue, error: jsapi::HandleValue) -> bool {
    jsapi::JS_SetPendingException(cx, error, jsapi::ExceptionStackBehavior::DoNotCapture);
    true
}

/// `import(specifier)` from `referrer` for the host: a promise of the namespace in
/// `out`. Load, link and evaluation errors reject it; false only when no promise could
/// be made (the script was terminated, or the engine failed with the exception pending).
pub(crate) unsafe fn import(shared: &Shared, cx: *mut JSContext, specifier: &str, referrer: &str, out: jsapi::MutableHandleObject) -> bool {
    rooted!(in(cx) let mut module = ptr::null_mut::<JSObject>());
    let linked = load_graph(shared, cx, specifier, referrer, module.handle_mut().into())
        && (jsapi::ModuleIsLinked(module.get()) || jsapi::ModuleLink(cx, module.handle().into()));
    if !linked {
        return reject_with_pending(cx, out);
    }
    evaluate(cx, module.handle().into(), out)
}

/// A promise rejected with the pending exception (which it takes).
unsafe fn reject_with_pending(cx: *mut JSContext, out: jsapi::MutableHandleObject) -> bool {
    if !jsapi::JS_IsExceptionPending(cx) {
        return false;
    }
    rooted!(in(cx) let mut error = UndefinedValue());
    jsapi::JS_GetPendingException(cx, error.handle_mut().into());
    jsapi::JS_ClearPendingException(cx);
    settled(cx, error.handle().into(), false, out)
}

/// A promise already fulfilled with, or rejected by, `value`.
unsafe fn settled(cx: *mut JSContext, value: jsapi::HandleValue, fulfilled: bool, out: jsapi::MutableHandleObject) -> bool {
    rooted!(in(cx) let promise = jsapi::NewPromiseObject(cx, jsapi::HandleObject::null()));
    if promise.get().is_null() {
        return false;
    }
    let ok = if fulfilled {
        jsapi::ResolvePromise(cx, promise.handle().into(), value)
    } else {
        jsapi::RejectPromise(cx, promise.handle().into(), value)
    };
    out.set(promise.get());
    ok
}

/// Evaluates a linked module: a promise of its namespace in `out`.
unsafe fn evaluate(cx: *mut JSContext, module: jsapi::HandleObject, out: jsapi::MutableHandleObject) -> bool {
    rooted!(in(cx) let mut completion = UndefinedValue());
    if !jsapi::ModuleEvaluate(cx, module, completion.handle_mut().into()) {
        if !jsapi::JS_IsExceptionPending(cx) {
            // Terminated.
            return false;
        }
        // Evaluation errors reject the completion promise instead: failing here means
        // the module is still evaluating, imported from its own top-level code (a
        // cycle). Its namespace is all there is to hand out, as for any import cycle.
        jsapi::JS_ClearPendingException(cx);
        completion.set(UndefinedValue());
    }
    let ns = jsapi::GetModuleNamespace(cx, module);
    if ns.is_null() {
        return reject_with_pending(cx, out);
    }
    rooted!(in(cx) let ns = ObjectValue(ns));
    if !completion.get().is_object() {
        return settled(cx, ns.handle().into(), true, out);
    }
    // With top-level await, evaluation yields a promise of the graph's completion.
    rooted!(in(cx) let completion = completion.get().to_object());
    if jsapi::GetPromiseState(completion.handle().into()) == jsapi::PromiseState::Fulfilled {
        return settled(cx, ns.handle().into(), true, out);
    }
    // Chaining (rather than reading the state later) also marks a rejected evaluation
    // as handled: the rejection belongs to the promise returned here.
    let f = jsapi::NewFunctionWithReserved(cx, Some(return_reserved), 0, 0, ptr::null());
    if f.is_null() {
        return false;
    }
    rooted!(in(cx) let to_namespace = jsapi::JS_GetFunctionObject(f));
    jsapi::SetFunctionNativeReserved(to_namespace.get(), 0, &ns.get());
    let chained = jsapi::CallOriginalPromiseThen(cx, completion.handle().into(), to_namespace.handle().into(), jsapi::HandleObject::null());
    finish_out(chained, out)
}

unsafe fn finish_out(obj: *mut JSObject, out: jsapi::MutableHandleObject) -> bool {
    if obj.is_null() {
        return false;
    }
    out.set(obj);
    true
}

/// Returns its reserved slot 0: the namespace an import resolves to.
unsafe extern "C" fn return_reserved(_cx: *mut JSContext, argc: u32, vp: *mut JSVal) -> bool {
    let args = jsapi::CallArgs::from_vp(vp, argc);
    args.rval().set(*jsapi::GetFunctionNativeReserved(args.callee(), 0));
    true
}

/// The file name of the script, function or module that imports: a path for scripts
/// and CommonJS, the URL for modules (compiled with their URL as file name).
unsafe fn referrer_name(referrer: *mut JSScript) -> String {
    if referrer.is_null() {
        return String::new();
    }
    let name = jsapi::JS_GetScriptFilename(referrer);
    if name.is_null() {
        String::new()
    } else {
        CStr::from_ptr(name).to_string_lossy().into_owned()
    }
}

/// HostLoadImportedModule. Returning false with an exception pending fails the
/// request: SpiderMonkey then rejects the import or fails the graph load.
unsafe extern "C" fn load_hook(
    cx: *mut JSContext,
    referrer: jsapi::Handle<*mut JSScript>,
    request: jsapi::HandleObject,
    _host_defined: jsapi::HandleValue,
    payload: jsapi::HandleValue,
    _line: u32,
    _column: jsapi::ColumnNumberOneOrigin,
) -> bool {
    let shared = Shared::from_cx(cx);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let specifier = jsapi::GetModuleRequestSpecifier(cx, request);
        if specifier.is_null() {
            return false;
        }
        let specifier = string_of(cx, specifier);
        let referrer_url = referrer_name(referrer.get());
        let dynamic = payload.get().is_object() && {
            rooted!(in(cx) let p = payload.get().to_object());
            jsapi::IsPromiseObject(p.handle().into())
        };
        rooted!(in(cx) let mut module = ptr::null_mut::<JSObject>());
        if dynamic {
            // `import()`: the whole graph must be loaded before SpiderMonkey links and
            // evaluates it, which it does in a job of its own (usePromise), so an
            // import started while modules evaluate never re-enters their evaluation.
            if !load_graph(shared, cx, &specifier, &referrer_url, module.handle_mut().into()) {
                return false;
            }
            jsapi::FinishLoadingImportedModule(cx, referrer, request, payload, module.handle().into(), true)
        } else {
            // A static import while a graph loads: SpiderMonkey goes on to its imports.
            let Some(url) = resolve(shared, cx, &specifier, &referrer_url) else { return false };
            module.set(get_or_compile(shared, cx, &url));
            if module.get().is_null() {
                return false;
            }
            jsapi::FinishLoadingImportedModule(cx, referrer, request, payload, module.handle().into(), false)
        }
    }));
    outcome.unwrap_or_else(|p| {
        throw(shared, cx, JsError::error(format!("internal error in the module loader: {}", panic_message(p))));
        false
    })
}

/// Fills `import.meta`: `url`, then whatever the host's hook adds. A throwing hook
/// makes the `import.meta` access throw.
unsafe extern "C" fn metadata_hook(cx: *mut JSContext, module: jsapi::HandleObject, meta: jsapi::HandleObject) -> bool {
    let shared = Shared::from_cx(cx);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        rooted!(in(cx) let mut url = UndefinedValue());
        mozjs::glue::JS_GetModulePrivate(module.get(), url.handle_mut().into());
        if !url.get().is_string() {
            return true;
        }
        if !jsapi::JS_DefineProperty(cx, meta, c"url".as_ptr(), url.handle().into(), jsapi::JSPROP_ENUMERATE as u32) {
            return false;
        }
        let Some(hook) = shared.import_meta_hook.get() else { return true };
        rooted!(in(cx) let hook = shared.roots.get(hook));
        rooted!(in(cx) let argv = vec![ObjectValue(meta.get()), url.get()]);
        let argv = jsapi::HandleValueArray::from(&argv);
        rooted!(in(cx) let mut rval = UndefinedValue());
        jsapi::JS::Call(cx, jsapi::HandleValue::undefined(), hook.handle().into(), &argv, rval.handle_mut().into())
    }));
    outcome.unwrap_or_else(|p| {
        throw(shared, cx, JsError::error(format!("internal error in import.meta: {}", panic_message(p))));
        false
    })
}
