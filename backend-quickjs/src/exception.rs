//! Pending exceptions -> `JsError`, and `JsError` -> thrown values.

use std::ffi::CString;

use engine_api::{location_from_stack, JsError, Value};
use rquickjs::qjs;

use crate::convert::{display_string, string_of, to_js};
use crate::{Owned, Shared};

/// Takes the context's pending exception as a `JsError` (keeping the thrown value).
pub(crate) unsafe fn take_exception(shared: &Shared, ctx: *mut qjs::JSContext) -> JsError {
    let exc = qjs::JS_GetException(ctx);
    if qjs::JS_IsUncatchableError(exc) {
        qjs::JS_FreeValue(ctx, exc);
        return JsError::terminated();
    }
    let throw_site = take_back_trace(ctx);
    let mut err = JsError::default();
    if qjs::JS_IsError(exc) {
        err.name = string_prop(ctx, exc, c"name").unwrap_or_else(|| "Error".into());
        err.message = string_prop(ctx, exc, c"message").unwrap_or_default();
        err.stack = string_prop(ctx, exc, c"stack");
        err.code = string_prop(ctx, exc, c"code");
        err.location = err.stack.as_deref().and_then(location_from_stack);
    } else {
        err.message = display_string(ctx, exc);
        // A thrown non-error has no stack; QuickJS-ng recorded one where it was thrown.
        err.location = throw_site.as_deref().and_then(location_from_stack);
    }
    err.exception = Some(if qjs::JS_IsObject(exc) {
        Value::Handle(shared.insert(exc))
    } else {
        let v = crate::from_js(shared, ctx, exc).unwrap_or_default();
        qjs::JS_FreeValue(ctx, exc);
        v
    });
    err
}

/// The backtrace QuickJS-ng recorded when the pending exception was thrown (and
/// clears it, as it must be after each uncaught exception).
unsafe fn take_back_trace(ctx: *mut qjs::JSContext) -> Option<String> {
    let mut v = qjs::JS_UNDEFINED;
    qjs::js_std_cmd(2, ctx, &mut v as *mut qjs::JSValue);
    let v = Owned::new(ctx, v);
    if qjs::JS_IsString(v.v) {
        string_of(ctx, v.v)
    } else {
        None
    }
}

/// `obj[name]` when it is a string; exceptions from getters are swallowed.
unsafe fn string_prop(ctx: *mut qjs::JSContext, obj: qjs::JSValue, name: &std::ffi::CStr) -> Option<String> {
    let v = Owned::new(ctx, qjs::JS_GetPropertyStr(ctx, obj, name.as_ptr()));
    if v.is_exception() {
        let e = qjs::JS_GetException(ctx);
        qjs::JS_FreeValue(ctx, e);
        return None;
    }
    if !qjs::JS_IsString(v.v) {
        return None;
    }
    string_of(ctx, v.v)
}

/// Throws `err` in `ctx` and returns `JS_EXCEPTION` for the C caller to return.
pub(crate) unsafe fn throw(shared: &Shared, ctx: *mut qjs::JSContext, err: JsError) -> qjs::JSValue {
    if let Some(exc) = err.exception {
        let v = to_js(shared, ctx, exc);
        return qjs::JS_Throw(ctx, v);
    }
    let obj = new_error(shared, ctx, &err);
    qjs::JS_Throw(ctx, obj)
}

/// `new globalThis[err.name](err.message)` with `code` and the extra props set.
pub(crate) unsafe fn new_error(shared: &Shared, ctx: *mut qjs::JSContext, err: &JsError) -> qjs::JSValue {
    let global = Owned::new(ctx, qjs::JS_GetGlobalObject(ctx));
    let name = CString::new(err.name.as_str()).unwrap_or_default();
    let mut ctor = Owned::new(ctx, qjs::JS_GetPropertyStr(ctx, global.v, name.as_ptr()));
    if !qjs::JS_IsFunction(ctx, ctor.v) {
        ctor = Owned::new(ctx, qjs::JS_GetPropertyStr(ctx, global.v, c"Error".as_ptr()));
    }
    let mut msg = crate::convert::new_string(ctx, &err.message);
    let obj = qjs::JS_CallConstructor(ctx, ctor.v, 1, &mut msg);
    qjs::JS_FreeValue(ctx, msg);
    if qjs::JS_IsException(obj) {
        return qjs::JS_GetException(ctx);
    }
    let set = |key: &str, v: Value| {
        let key = CString::new(key).unwrap_or_default();
        let v = to_js(shared, ctx, v);
        qjs::JS_DefinePropertyValueStr(ctx, obj, key.as_ptr(), v, qjs::JS_PROP_C_W_E as i32);
    };
    if let Some(code) = &err.code {
        set("code", Value::String(code.clone()));
    }
    for (k, v) in &err.props {
        set(k, v.clone());
    }
    obj
}
