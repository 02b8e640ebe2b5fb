//! Caught exceptions -> `JsError`, and `JsError` -> thrown values.

use engine_api::{JsError, SourceLocation, Value};

use crate::convert::new_string;
use crate::{from_js, to_js, Shared, Thrown};

/// The exception `tc` caught, as a `JsError` (keeping the thrown value).
pub(crate) fn caught(tc: &mut v8::PinnedRef<'_, v8::TryCatch<'_, '_, v8::HandleScope<'_>>>, shared: &Shared) -> JsError {
    if tc.has_terminated() {
        return JsError::terminated();
    }
    let (Some(exception), message) = (tc.exception(), tc.message()) else {
        // An empty result without an exception: V8 gave up without saying why.
        return JsError::error("the operation failed without an exception");
    };
    from_exception(tc, shared, exception, message)
}

fn from_exception<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    shared: &Shared,
    exception: v8::Local<'s, v8::Value>,
    message: Option<v8::Local<'s, v8::Message>>,
) -> JsError {
    // Getters and toString() may throw while we look: those exceptions are dropped.
    v8::tc_scope!(let tc, scope);
    let mut err = JsError::default();
    if exception.is_native_error() {
        // SAFETY: native errors are objects.
        let obj = unsafe { v8::Local::<v8::Object>::cast_unchecked(exception) };
        err.name = string_prop(tc, obj, "name").unwrap_or_else(|| "Error".into());
        err.message = string_prop(tc, obj, "message").unwrap_or_default();
        err.stack = string_prop(tc, obj, "stack");
        err.code = string_prop(tc, obj, "code");
    } else {
        err.message = match exception.to_string(tc) {
            Some(s) => s.to_rust_string_lossy(tc),
            None => "<unprintable value>".into(),
        };
    }
    err.location = message.and_then(|m| location(tc, m));
    err.exception = Some(if exception.is_object() {
        Value::Handle(shared.insert(tc, exception))
    } else {
        from_js(tc, shared, exception).unwrap_or_default()
    });
    err
}

/// `obj[name]` (own or inherited) when it is a string.
fn string_prop(scope: &mut v8::PinScope<'_, '_>, obj: v8::Local<v8::Object>, name: &str) -> Option<String> {
    let key = new_string(scope, name).ok()?;
    let v = obj.get(scope, key.into())?;
    v.is_string().then(|| v.to_rust_string_lossy(scope))
}

pub(crate) fn location(scope: &mut v8::PinScope<'_, '_>, message: v8::Local<v8::Message>) -> Option<SourceLocation> {
    let line = message.get_line_number(scope)? as u32;
    let file = match message.get_script_resource_name(scope) {
        Some(name) if name.is_string() => name.to_rust_string_lossy(scope),
        _ => String::new(),
    };
    Some(SourceLocation {
        file,
        line,
        column: message.get_start_column() as u32 + 1,
        source_line: message.get_source_line(scope).map(|s| s.to_rust_string_lossy(scope)),
    })
}

/// Throws `err` into the running JavaScript.
pub(crate) fn throw(scope: &mut v8::PinScope<'_, '_>, shared: &Shared, err: JsError) {
    let value = match err.exception {
        Some(exception) => match to_js(scope, shared, exception) {
            Ok(v) => v,
            Err(Thrown) => return,
        },
        None => new_error(scope, shared, &err),
    };
    scope.throw_exception(value);
}

/// `new globalThis[err.name](err.message)` with `code` and the extra props set.
pub(crate) fn new_error<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, err: &JsError) -> v8::Local<'s, v8::Value> {
    // A constructor replaced by user code may throw: fall back to a plain Error.
    v8::tc_scope!(let tc, scope);
    let message = new_string(tc, &err.message).unwrap_or_else(|_| v8::String::empty(tc));
    let name = if err.name.is_empty() { "Error" } else { &err.name };
    let global = tc.get_current_context().global(tc);
    let ctor = new_string(tc, name)
        .ok()
        .and_then(|key| global.get(tc, key.into()))
        .and_then(|c| v8::Local::<v8::Function>::try_from(c).ok());
    let obj = ctor
        .and_then(|c| c.new_instance(tc, &[message.into()]))
        .unwrap_or_else(|| {
            let e = v8::Exception::error(tc, message);
            // SAFETY: Exception::error makes an Error object.
            unsafe { v8::Local::<v8::Object>::cast_unchecked(e) }
        });
    let mut set = |key: &str, v: Value| {
        if let (Ok(key), Ok(v)) = (new_string(tc, key), to_js(tc, shared, v)) {
            obj.create_data_property(tc, key.into(), v);
        }
    };
    if let Some(code) = &err.code {
        set("code", Value::String(code.clone()));
    }
    for (k, v) in &err.props {
        set(k, v.clone());
    }
    obj.into()
}
