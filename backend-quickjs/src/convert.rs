//! `Value` <-> `JSValue`.

use std::ffi::c_void;

use engine_api::{JsError, Value};
use rquickjs::qjs;

use crate::{take_exception, Owned, Shared};

/// Deeper structures than this are not plain data (and may be cyclic): they cross as handles.
const MAX_DEPTH: u32 = 64;

/// JS_CLASS_OBJECT in quickjs.c: an ordinary object (not an array, function, error...).
const CLASS_OBJECT: u32 = 1;

pub(crate) unsafe fn to_js(shared: &Shared, ctx: *mut qjs::JSContext, v: Value) -> qjs::JSValue {
    match v {
        Value::Undefined => qjs::JS_UNDEFINED,
        Value::Null => qjs::JS_NULL,
        Value::Bool(b) => if b { qjs::JS_TRUE } else { qjs::JS_FALSE },
        Value::Number(n) => qjs::JS_NewFloat64(n),
        Value::BigInt(n) => qjs::JS_NewBigInt64(ctx, n),
        Value::String(s) => new_string(ctx, &s),
        Value::Bytes(bytes) => new_uint8_array(ctx, bytes),
        Value::Array(items) => {
            let arr = qjs::JS_NewArray(ctx);
            for (i, item) in items.into_iter().enumerate() {
                let v = to_js(shared, ctx, item);
                qjs::JS_SetPropertyUint32(ctx, arr, i as u32, v);
            }
            arr
        }
        Value::Object(props) => {
            let obj = qjs::JS_NewObject(ctx);
            for (k, v) in props {
                let v = to_js(shared, ctx, v);
                let key = std::ffi::CString::new(k).unwrap_or_default();
                qjs::JS_DefinePropertyValueStr(ctx, obj, key.as_ptr(), v, qjs::JS_PROP_C_W_E as i32);
            }
            obj
        }
        Value::Handle(h) => shared.get(ctx, &h).unwrap_or(qjs::JS_UNDEFINED),
    }
}

pub(crate) unsafe fn new_string(ctx: *mut qjs::JSContext, s: &str) -> qjs::JSValue {
    qjs::JS_NewStringLen(ctx, s.as_ptr() as *const _, s.len() as _)
}

/// Frees the vector a `Uint8Array` was made from, when QuickJS frees the ArrayBuffer.
unsafe extern "C" fn free_vec(_rt: *mut qjs::JSRuntime, opaque: *mut c_void, ptr: *mut c_void, size: qjs::size_t) -> *mut c_void {
    if size == 0 {
        // `opaque` is the boxed slice's length, `ptr` its data.
        let len = opaque as usize;
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr as *mut u8, len)));
    }
    // Growing such a buffer is not allowed: it is fixed-length.
    std::ptr::null_mut()
}

unsafe fn new_uint8_array(ctx: *mut qjs::JSContext, bytes: Vec<u8>) -> qjs::JSValue {
    if bytes.is_empty() {
        return qjs::JS_NewUint8ArrayCopy(ctx, std::ptr::null(), 0);
    }
    // The vector becomes the backing store: no copy.
    let boxed: Box<[u8]> = bytes.into_boxed_slice();
    let len = boxed.len();
    let data = Box::into_raw(boxed) as *mut u8;
    qjs::JS_NewUint8Array(ctx, data, len as _, Some(free_vec), len as *mut c_void, false)
}

/// A Rust string from a JS string value (lone surrogates become U+FFFD).
pub(crate) unsafe fn string_of(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> Option<String> {
    let mut len: qjs::size_t = 0;
    let p = qjs::JS_ToCStringLen2(ctx, &mut len, v, false);
    if p.is_null() {
        return None;
    }
    let bytes = std::slice::from_raw_parts(p as *const u8, len as usize);
    let s = String::from_utf8_lossy(bytes).into_owned();
    qjs::JS_FreeCString(ctx, p);
    Some(s)
}

/// `String(v)`, swallowing exceptions (for error reporting, where nothing may throw).
pub(crate) unsafe fn display_string(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> String {
    match string_of(ctx, v) {
        Some(s) => s,
        None => {
            let e = qjs::JS_GetException(ctx);
            qjs::JS_FreeValue(ctx, e);
            String::from("<unprintable value>")
        }
    }
}

pub(crate) unsafe fn from_js(shared: &Shared, ctx: *mut qjs::JSContext, v: qjs::JSValue) -> Result<Value, JsError> {
    from_js_depth(shared, ctx, v, 0)
}

unsafe fn from_js_depth(shared: &Shared, ctx: *mut qjs::JSContext, v: qjs::JSValue, depth: u32) -> Result<Value, JsError> {
    let tag = qjs::JS_VALUE_GET_TAG(v);
    Ok(match tag {
        qjs::JS_TAG_UNDEFINED | qjs::JS_TAG_UNINITIALIZED => Value::Undefined,
        qjs::JS_TAG_NULL => Value::Null,
        qjs::JS_TAG_BOOL => Value::Bool(qjs::JS_VALUE_GET_BOOL(v)),
        qjs::JS_TAG_INT => Value::Number(qjs::JS_VALUE_GET_INT(v) as f64),
        qjs::JS_TAG_FLOAT64 => Value::Number(qjs::JS_VALUE_GET_FLOAT64(v)),
        qjs::JS_TAG_STRING | qjs::JS_TAG_STRING_ROPE => match string_of(ctx, v) {
            Some(s) => Value::String(s),
            None => return Err(take_exception(shared, ctx)),
        },
        qjs::JS_TAG_BIG_INT | qjs::JS_TAG_SHORT_BIG_INT => {
            let mut n: i64 = 0;
            qjs::JS_ToBigInt64(ctx, &mut n, v);
            // Beyond 64 bits JS_ToBigInt64 wraps: keep the value itself instead.
            let back = Owned::new(ctx, qjs::JS_NewBigInt64(ctx, n));
            if qjs::JS_IsStrictEqual(ctx, back.v, v) {
                Value::BigInt(n)
            } else {
                Value::Handle(shared.insert(qjs::JS_DupValue(ctx, v)))
            }
        }
        qjs::JS_TAG_OBJECT => object_from_js(shared, ctx, v, depth)?,
        _ => Value::Handle(shared.insert(qjs::JS_DupValue(ctx, v))),
    })
}

unsafe fn object_from_js(shared: &Shared, ctx: *mut qjs::JSContext, v: qjs::JSValue, depth: u32) -> Result<Value, JsError> {
    if qjs::JS_GetTypedArrayType(v) >= 0 {
        let mut offset: qjs::size_t = 0;
        let mut len: qjs::size_t = 0;
        let buf = Owned::new(ctx, qjs::JS_GetTypedArrayBuffer(ctx, v, &mut offset, &mut len, std::ptr::null_mut()));
        if buf.is_exception() {
            return Err(take_exception(shared, ctx));
        }
        return Ok(Value::Bytes(array_buffer_bytes(ctx, buf.v, offset as usize, len as usize)));
    }
    if qjs::JS_IsArrayBuffer(v) {
        return Ok(Value::Bytes(array_buffer_bytes(ctx, v, 0, usize::MAX)));
    }
    if depth >= MAX_DEPTH {
        return Ok(Value::Handle(shared.insert(qjs::JS_DupValue(ctx, v))));
    }
    if qjs::JS_IsArray(v) {
        let mut len: i64 = 0;
        if qjs::JS_GetLength(ctx, v, &mut len) < 0 {
            return Err(take_exception(shared, ctx));
        }
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            let item = Owned::new(ctx, qjs::JS_GetPropertyUint32(ctx, v, i as u32));
            if item.is_exception() {
                return Err(take_exception(shared, ctx));
            }
            items.push(from_js_depth(shared, ctx, item.v, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    if qjs::JS_GetClassID(v) == CLASS_OBJECT && is_plain_prototype(shared, ctx, v) {
        return plain_object_from_js(shared, ctx, v, depth);
    }
    Ok(Value::Handle(shared.insert(qjs::JS_DupValue(ctx, v))))
}

/// `Object.prototype` or `null`: what makes an ordinary object plain data.
unsafe fn is_plain_prototype(shared: &Shared, ctx: *mut qjs::JSContext, v: qjs::JSValue) -> bool {
    let proto = Owned::new(ctx, qjs::JS_GetPrototype(ctx, v));
    qjs::JS_IsNull(proto.v)
        || (qjs::JS_IsObject(proto.v) && qjs::JS_VALUE_GET_PTR(proto.v) == qjs::JS_VALUE_GET_PTR(shared.object_prototype.get()))
}

unsafe fn plain_object_from_js(shared: &Shared, ctx: *mut qjs::JSContext, v: qjs::JSValue, depth: u32) -> Result<Value, JsError> {
    let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
    let mut len: u32 = 0;
    let flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_ENUM_ONLY) as i32;
    if qjs::JS_GetOwnPropertyNames(ctx, &mut tab, &mut len, v, flags) < 0 {
        return Err(take_exception(shared, ctx));
    }
    let entries = std::slice::from_raw_parts(tab, len as usize);
    let mut props = Vec::with_capacity(len as usize);
    let mut result = Ok(());
    for e in entries {
        let key = Owned::new(ctx, qjs::JS_AtomToString(ctx, e.atom));
        let key = string_of(ctx, key.v).unwrap_or_default();
        let val = Owned::new(ctx, qjs::JS_GetProperty(ctx, v, e.atom));
        if val.is_exception() {
            result = Err(take_exception(shared, ctx));
            break;
        }
        match from_js_depth(shared, ctx, val.v, depth + 1) {
            Ok(x) => props.push((key, x)),
            Err(err) => {
                result = Err(err);
                break;
            }
        }
    }
    qjs::JS_FreePropertyEnum(ctx, tab, len);
    result.map(|_| Value::Object(props))
}

/// A copy of `len` bytes at `offset` in an ArrayBuffer (`usize::MAX`: to the end).
unsafe fn array_buffer_bytes(ctx: *mut qjs::JSContext, buf: qjs::JSValue, offset: usize, len: usize) -> Vec<u8> {
    let mut size: qjs::size_t = 0;
    let p = qjs::JS_GetArrayBuffer(ctx, &mut size, buf);
    if p.is_null() {
        // Detached: no bytes. JS_GetArrayBuffer threw a TypeError we do not want.
        let e = qjs::JS_GetException(ctx);
        qjs::JS_FreeValue(ctx, e);
        return Vec::new();
    }
    let size = size as usize;
    let start = offset.min(size);
    let end = if len == usize::MAX { size } else { (offset + len).min(size) };
    std::slice::from_raw_parts(p, size)[start..end].to_vec()
}
