//! ES modules: QuickJS's normalize/load hooks call the host's `ModuleLoader`.

use std::ffi::{c_char, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use engine_api::{Handle, JsError};
use rquickjs::qjs;

use crate::convert::new_string;
use crate::functions::eval;
use crate::{take_exception, throw, Owned, Shared};

pub(crate) unsafe fn install(rt: *mut qjs::JSRuntime) {
    qjs::JS_SetModuleLoaderFunc2(rt, Some(normalize), Some(load), None, std::ptr::null_mut());
}

fn loader_panic(what: &str) -> JsError {
    JsError::error(format!("internal error: the module loader panicked in {what}"))
}

unsafe extern "C" fn normalize(
    ctx: *mut qjs::JSContext,
    base: *const c_char,
    name: *const c_char,
    _opaque: *mut c_void,
) -> *mut c_char {
    let shared = Shared::from_ctx(ctx);
    let base = CStr::from_ptr(base).to_string_lossy();
    let name = CStr::from_ptr(name).to_string_lossy();
    let resolved = catch_unwind(AssertUnwindSafe(|| shared.loader.resolve(&name, &base))).unwrap_or_else(|_| Err(loader_panic("resolve")));
    match resolved {
        Ok(url) => {
            // QuickJS frees the name with js_free: allocate it with js_malloc.
            let p = qjs::js_malloc(ctx, (url.len() + 1) as _) as *mut u8;
            if p.is_null() {
                return std::ptr::null_mut();
            }
            std::ptr::copy_nonoverlapping(url.as_ptr(), p, url.len());
            *p.add(url.len()) = 0;
            p as *mut c_char
        }
        Err(e) => {
            throw(shared, ctx, e);
            std::ptr::null_mut()
        }
    }
}

unsafe extern "C" fn load(
    ctx: *mut qjs::JSContext,
    name: *const c_char,
    _opaque: *mut c_void,
    _attributes: qjs::JSValue,
) -> *mut qjs::JSModuleDef {
    let shared = Shared::from_ctx(ctx);
    let url = CStr::from_ptr(name).to_string_lossy().into_owned();
    let loaded = catch_unwind(AssertUnwindSafe(|| shared.loader.load(&url))).unwrap_or_else(|_| Err(loader_panic("load")));
    let source = match loaded {
        Ok(s) => s.source,
        Err(e) => {
            throw(shared, ctx, e);
            return std::ptr::null_mut();
        }
    };
    let module = eval(ctx, &source, &url, (qjs::JS_EVAL_TYPE_MODULE | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32, 1);
    if qjs::JS_IsException(module) {
        return std::ptr::null_mut();
    }
    let m = qjs::JS_VALUE_GET_PTR(module) as *mut qjs::JSModuleDef;
    let ok = init_import_meta(shared, ctx, m, &url);
    // The context's module list keeps the module; drop the compile result's reference.
    qjs::JS_FreeValue(ctx, module);
    if ok { m } else { std::ptr::null_mut() }
}

/// Sets `import.meta.url` and lets the host's hook fill in the rest.
unsafe fn init_import_meta(shared: &Shared, ctx: *mut qjs::JSContext, m: *mut qjs::JSModuleDef, url: &str) -> bool {
    let meta = Owned::new(ctx, qjs::JS_GetImportMeta(ctx, m));
    if meta.is_exception() {
        return false;
    }
    let url_value = new_string(ctx, url);
    qjs::JS_DefinePropertyValueStr(ctx, meta.v, c"url".as_ptr(), url_value, qjs::JS_PROP_C_W_E as i32);
    let hook = shared.import_meta_hook.get();
    if qjs::JS_IsFunction(ctx, hook) {
        let hook = Owned::new(ctx, qjs::JS_DupValue(ctx, hook));
        let mut args = [qjs::JS_DupValue(ctx, meta.v), new_string(ctx, url)];
        let r = Owned::new(ctx, qjs::JS_Call(ctx, hook.v, qjs::JS_UNDEFINED, 2, args.as_mut_ptr()));
        for a in args {
            qjs::JS_FreeValue(ctx, a);
        }
        if r.is_exception() {
            return false;
        }
    }
    true
}

pub(crate) unsafe fn import(shared: &Shared, ctx: *mut qjs::JSContext, specifier: &str, referrer: &str) -> Result<Handle, JsError> {
    let base = CString::new(referrer).map_err(|_| JsError::type_error("referrer contains NUL"))?;
    let spec = CString::new(specifier).map_err(|_| JsError::type_error("specifier contains NUL"))?;
    let promise = qjs::JS_LoadModule(ctx, base.as_ptr(), spec.as_ptr());
    if qjs::JS_IsException(promise) {
        return Err(take_exception(shared, ctx));
    }
    Ok(shared.insert(promise))
}
