//! Pending exceptions -> `JsError`, and `JsError` -> thrown values.

use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr::{self, NonNull};

use engine_api::{JsError, SourceLocation, Value};
use mozjs::jsapi::{self, JSContext, JSObject};
use mozjs::jsval::{JSVal, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;

use crate::convert::{define_property, new_string, string_of, to_string};
use crate::{from_js, to_js, Shared, Thrown};

/// Takes the pending exception as a `JsError` (keeping the thrown value). With none
/// pending the call was stopped: by the terminator, or by an uncatchable engine error.
pub(crate) unsafe fn take_exception(shared: &Shared, cx: *mut JSContext) -> JsError {
    if !jsapi::JS_IsExceptionPending(cx) {
        if shared.terminated.get() {
            return JsError::terminated();
        }
        return JsError::error("the operation failed without an exception (out of memory?)");
    }
    rooted!(in(cx) let mut exc = UndefinedValue());
    jsapi::JS_GetPendingException(cx, exc.handle_mut().into());
    // An Error knows where it was made; anything else thrown is placed by the stack
    // SpiderMonkey captured at the throw, which the pending exception carries.
    let location = if exc.get().is_object() && is_error(cx, exc.get().to_object()) {
        jsapi::JS_ClearPendingException(cx);
        error_report(cx, exc.get())
    } else {
        thrown_location(cx)
    };
    jsapi::JS_ClearPendingException(cx);
    let mut err = describe(cx, exc.handle().into());
    err.location = location;
    err.exception = Some(if exc.get().is_object() {
        Value::Handle(shared.insert(exc.get()))
    } else {
        from_js(shared, cx, exc.handle().into()).unwrap_or_else(|Thrown| {
            jsapi::JS_ClearPendingException(cx);
            Value::Undefined
        })
    });
    err
}

/// Name, message, stack and code of a thrown value, as `JsError` fields. Getters and
/// `toString` that throw are ignored.
unsafe fn describe(cx: *mut JSContext, exc: jsapi::HandleValue) -> JsError {
    let mut err = JsError::default();
    if exc.get().is_object() && is_error(cx, exc.get().to_object()) {
        rooted!(in(cx) let obj = exc.get().to_object());
        err.name = string_prop(cx, obj.handle().into(), c"name").unwrap_or_else(|| "Error".into());
        err.message = string_prop(cx, obj.handle().into(), c"message").unwrap_or_default();
        err.stack = string_prop(cx, obj.handle().into(), c"stack");
        err.code = string_prop(cx, obj.handle().into(), c"code");
    } else {
        err.message = to_string(cx, exc).unwrap_or_else(|Thrown| {
            jsapi::JS_ClearPendingException(cx);
            "<unprintable value>".into()
        });
    }
    err
}

/// An Error object (of any Error class or subclass), told without running JS.
unsafe fn is_error(cx: *mut JSContext, obj: *mut JSObject) -> bool {
    if crate::convert::is_proxy(obj) {
        return false;
    }
    rooted!(in(cx) let obj = obj);
    let mut class = jsapi::ESClass::Other;
    jsapi::GetBuiltinClass(cx, obj.handle().into(), &mut class) && class == jsapi::ESClass::Error
}

/// `obj[name]` (own or inherited) when it is a string.
unsafe fn string_prop(cx: *mut JSContext, obj: jsapi::HandleObject, name: &CStr) -> Option<String> {
    rooted!(in(cx) let mut v = UndefinedValue());
    if !jsapi::JS_GetProperty(cx, obj, name.as_ptr(), v.handle_mut().into()) {
        jsapi::JS_ClearPendingException(cx);
        return None;
    }
    v.get().is_string().then(|| string_of(cx, v.get().to_string()))
}

/// Where SpiderMonkey places an Error: its creation site, or for a SyntaxError the
/// offending source, with that line's text when the compiler kept it.
pub(crate) unsafe fn error_report(cx: *mut JSContext, v: JSVal) -> Option<SourceLocation> {
    if !v.is_object() || !is_error(cx, v.to_object()) {
        return None;
    }
    rooted!(in(cx) let obj = v.to_object());
    // mozjs roots the report's owner for us; it wants its own context wrapper.
    let wrapper = mozjs::context::JSContext::from_ptr(NonNull::new_unchecked(cx));
    mozjs::rust::borrowed_error_report(&wrapper, |_, report| {
        if !jsapi::JS_ErrorFromException(cx, obj.handle().into(), report) || report.report_.is_null() {
            return None;
        }
        let r = &*report.report_;
        let file = r._base.filename.data_;
        let file = if file.is_null() { String::new() } else { CStr::from_ptr(file).to_string_lossy().into_owned() };
        let source_line = (!r.linebuf_.is_null() && r.linebufLength_ > 0).then(|| {
            let line = String::from_utf16_lossy(std::slice::from_raw_parts(r.linebuf_, r.linebufLength_));
            line.trim_end_matches(['\n', '\r']).to_owned()
        });
        Some(SourceLocation { file, line: r._base.lineno, column: r._base.column._base, source_line })
    })
}

unsafe extern "C" fn append_utf8(ptr: *const c_char, len: usize, target: *mut c_void) {
    let target = &mut *(target as *mut String);
    target.push_str(&String::from_utf8_lossy(std::slice::from_raw_parts(ptr as *const u8, len)));
}

/// The top frame of the stack captured when the pending exception was thrown. Takes
/// the exception off the context.
unsafe fn thrown_location(cx: *mut JSContext) -> Option<SourceLocation> {
    let (mut message, mut file) = (String::new(), String::new());
    let (mut line, mut column) = (0u32, 0u32);
    rooted!(in(cx) let mut exc = UndefinedValue());
    let found = mozjs::glue::PendingExceptionStackInfo(
        cx,
        Some(append_utf8),
        &mut message as *mut String as *mut c_void,
        &mut file as *mut String as *mut c_void,
        &mut line,
        &mut column,
        exc.handle_mut().into(),
    );
    (found && line > 0).then_some(SourceLocation { file, line, column, source_line: None })
}

/// Throws `err` into the running JavaScript.
pub(crate) unsafe fn throw(shared: &Shared, cx: *mut JSContext, err: JsError) {
    rooted!(in(cx) let mut v = UndefinedValue());
    let made = match err.exception {
        Some(exception) => to_js(shared, cx, exception, v.handle_mut().into()),
        None => new_error(shared, cx, &err, v.handle_mut().into()),
    };
    // A failure left its own exception pending, which is thrown instead.
    if made.is_ok() {
        jsapi::JS_SetPendingException(cx, v.handle().into(), jsapi::ExceptionStackBehavior::Capture);
    }
}

/// `new globalThis[err.name](err.message)` with `code` and the extra props set. A
/// constructor replaced by user code may be missing or throw: then the realm's own Error.
pub(crate) unsafe fn new_error(shared: &Shared, cx: *mut JSContext, err: &JsError, out: jsapi::MutableHandleValue) -> Result<(), Thrown> {
    rooted!(in(cx) let message = StringValue(&*new_string(cx, &err.message)?));
    let message: jsapi::HandleValue = message.handle().into();
    let args = jsapi::HandleValueArray::from(message);
    rooted!(in(cx) let global = shared.global());
    rooted!(in(cx) let mut ctor_value = UndefinedValue());
    rooted!(in(cx) let mut ctor = ptr::null_mut::<JSObject>());
    rooted!(in(cx) let mut obj = ptr::null_mut::<JSObject>());
    let name = CString::new(if err.name.is_empty() { "Error" } else { err.name.as_str() }).unwrap_or_else(|_| c"Error".to_owned());
    if jsapi::JS_GetProperty(cx, global.handle().into(), name.as_ptr(), ctor_value.handle_mut().into())
        && ctor_value.get().is_object()
        && jsapi::IsConstructor(ctor_value.get().to_object())
    {
        ctor.set(ctor_value.get().to_object());
        jsapi::Construct(cx, ctor_value.handle().into(), ctor.handle().into(), &args, obj.handle_mut().into());
    }
    if obj.get().is_null() {
        jsapi::JS_ClearPendingException(cx);
        if !jsapi::JS_GetClassObject(cx, jsapi::JSProtoKey::JSProto_Error, ctor.handle_mut().into()) {
            return Err(Thrown);
        }
        ctor_value.set(ObjectValue(ctor.get()));
        if !jsapi::Construct(cx, ctor_value.handle().into(), ctor.handle().into(), &args, obj.handle_mut().into()) {
            return Err(Thrown);
        }
    }
    if let Some(code) = &err.code {
        set_prop(shared, cx, obj.handle().into(), "code", Value::String(code.clone()));
    }
    for (k, v) in &err.props {
        set_prop(shared, cx, obj.handle().into(), k, v.clone());
    }
    out.set(ObjectValue(obj.get()));
    Ok(())
}

/// A property on a new error; one that cannot be set is left out rather than
/// replacing the error.
unsafe fn set_prop(shared: &Shared, cx: *mut JSContext, obj: jsapi::HandleObject, key: &str, v: Value) {
    rooted!(in(cx) let mut value = UndefinedValue());
    if to_js(shared, cx, v, value.handle_mut().into()).is_err() || define_property(cx, obj, key, value.handle().into()).is_err() {
        jsapi::JS_ClearPendingException(cx);
    }
}
