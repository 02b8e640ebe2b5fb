//! `Value` <-> `JSVal`, with the same rules as the QuickJS and V8 backends.

use std::ffi::c_void;
use std::ptr::{self, NonNull};

use engine_api::Value;
use mozjs::jsapi::{self, jsid, JSContext, JSObject, JSString};
use mozjs::jsval::{BigIntValue, BooleanValue, DoubleValue, Int32Value, JSVal, NullValue, ObjectValue, StringValue, UndefinedValue};
use mozjs::rooted;

use crate::Shared;

/// Deeper structures than this are not plain data (and may be cyclic): they cross as handles.
const MAX_DEPTH: u32 = 64;

/// A JavaScript exception is pending on the context: the JS caller receives it, or the
/// boundary turns it into a `JsError`.
#[derive(Debug)]
pub(crate) struct Thrown;

pub(crate) unsafe fn new_string(cx: *mut JSContext, s: &str) -> Result<*mut JSString, Thrown> {
    let chars = mozjs::conversions::Utf8Chars::from(s);
    let jsstr = jsapi::JS_NewStringCopyUTF8N(cx, &*chars);
    if jsstr.is_null() {
        Err(Thrown)
    } else {
        Ok(jsstr)
    }
}

/// A Rust string from a JS string (lone surrogates become U+FFFD).
pub(crate) unsafe fn string_of(cx: *mut JSContext, s: *mut JSString) -> String {
    let Some(s) = NonNull::new(s) else { return String::new() };
    // mozjs's converter wants its context wrapper; it only borrows the pointer.
    let wrapper = mozjs::context::JSContext::from_ptr(NonNull::new_unchecked(cx));
    mozjs::conversions::jsstr_to_string(&wrapper, s)
}

/// `String(v)`; `Err` with the exception pending when that throws.
pub(crate) unsafe fn to_string(cx: *mut JSContext, v: jsapi::HandleValue) -> Result<String, Thrown> {
    if v.get().is_string() {
        return Ok(string_of(cx, v.get().to_string()));
    }
    let s = jsapi::ToStringSlow(cx, v);
    if s.is_null() {
        return Err(Thrown);
    }
    rooted!(in(cx) let s = s);
    Ok(string_of(cx, s.get()))
}

/// JS numbers that are small integers are stored as int32 by SpiderMonkey itself;
/// matching that keeps the JITs on their fast paths.
pub(crate) fn number_value(n: f64) -> JSVal {
    if n.fract() == 0.0 && n >= i32::MIN as f64 && n <= i32::MAX as f64 && !(n == 0.0 && n.is_sign_negative()) {
        Int32Value(n as i32)
    } else {
        DoubleValue(n)
    }
}

pub(crate) unsafe fn to_js(shared: &Shared, cx: *mut JSContext, v: Value, out: jsapi::MutableHandleValue) -> Result<(), Thrown> {
    let value = match v {
        Value::Undefined => UndefinedValue(),
        Value::Null => NullValue(),
        Value::Bool(b) => BooleanValue(b),
        Value::Number(n) => number_value(n),
        Value::BigInt(n) => {
            let b = jsapi::BigIntFromInt64(cx, n);
            if b.is_null() {
                return Err(Thrown);
            }
            BigIntValue(&*b)
        }
        Value::String(s) => StringValue(&*new_string(cx, &s)?),
        Value::Bytes(bytes) => ObjectValue(new_uint8_array(cx, bytes)?),
        Value::Array(items) => {
            rooted!(in(cx) let arr = jsapi::NewArrayObject1(cx, items.len()));
            if arr.get().is_null() {
                return Err(Thrown);
            }
            for (i, item) in items.into_iter().enumerate() {
                rooted!(in(cx) let mut v = UndefinedValue());
                to_js(shared, cx, item, v.handle_mut().into())?;
                if !jsapi::JS_DefineElement(cx, arr.handle().into(), i as u32, v.handle().into(), jsapi::JSPROP_ENUMERATE as u32) {
                    return Err(Thrown);
                }
            }
            ObjectValue(arr.get())
        }
        Value::Object(props) => {
            rooted!(in(cx) let obj = jsapi::JS_NewPlainObject(cx));
            if obj.get().is_null() {
                return Err(Thrown);
            }
            for (k, v) in props {
                rooted!(in(cx) let mut value = UndefinedValue());
                to_js(shared, cx, v, value.handle_mut().into())?;
                define_property(cx, obj.handle().into(), &k, value.handle().into())?;
            }
            ObjectValue(obj.get())
        }
        Value::Handle(h) => shared.get(&h).unwrap_or_else(UndefinedValue),
    };
    out.set(value);
    Ok(())
}

/// `obj[key] = v` as a data property (enumerable, writable, configurable), as object
/// literals make them. Keys are UTF-8: `JS_DefineProperty` would read them as Latin-1.
pub(crate) unsafe fn define_property(cx: *mut JSContext, obj: jsapi::HandleObject, key: &str, v: jsapi::HandleValue) -> Result<(), Thrown> {
    rooted!(in(cx) let name = new_string(cx, key)?);
    rooted!(in(cx) let mut id = jsid::default());
    if !jsapi::JS_StringToId(cx, name.handle().into(), id.handle_mut().into()) {
        return Err(Thrown);
    }
    if !jsapi::JS_DefinePropertyById2(cx, obj, id.handle().into(), v, jsapi::JSPROP_ENUMERATE as u32) {
        return Err(Thrown);
    }
    Ok(())
}

/// Frees the vector a `Uint8Array` adopted, when SpiderMonkey frees its ArrayBuffer
/// (possibly on a background thread: dropping a `Vec` is fine there).
unsafe extern "C" fn free_adopted_vec(_contents: *mut c_void, user_data: *mut c_void) {
    drop(Box::from_raw(user_data as *mut Vec<u8>));
}

/// A `Uint8Array` whose ArrayBuffer adopts the vector as its contents: no copy. The
/// vector itself is boxed rather than turned into a boxed slice, which could reallocate.
unsafe fn new_uint8_array(cx: *mut JSContext, bytes: Vec<u8>) -> Result<*mut JSObject, Thrown> {
    if bytes.is_empty() {
        let arr = jsapi::JS_NewUint8Array(cx, 0);
        return if arr.is_null() { Err(Thrown) } else { Ok(arr) };
    }
    let len = bytes.len();
    let mut owner = Box::new(bytes);
    let data = owner.as_mut_ptr() as *mut c_void;
    // Ownership passes to SpiderMonkey even when this fails: it frees through the callback.
    let buffer = jsapi::NewExternalArrayBuffer(cx, len, data, Some(free_adopted_vec), Box::into_raw(owner) as *mut c_void);
    if buffer.is_null() {
        return Err(Thrown);
    }
    rooted!(in(cx) let buffer = buffer);
    let arr = jsapi::JS_NewUint8ArrayWithBuffer(cx, buffer.handle().into(), 0, len as i64);
    if arr.is_null() {
        Err(Thrown)
    } else {
        Ok(arr)
    }
}

pub(crate) unsafe fn from_js(shared: &Shared, cx: *mut JSContext, v: jsapi::HandleValue) -> Result<Value, Thrown> {
    from_js_depth(shared, cx, v.get(), 0)
}

/// `v` must be rooted by the caller (a handle's contents, a rooted local, an argument).
unsafe fn from_js_depth(shared: &Shared, cx: *mut JSContext, v: JSVal, depth: u32) -> Result<Value, Thrown> {
    // Most likely kinds first.
    if v.is_string() {
        return Ok(Value::String(string_of(cx, v.to_string())));
    }
    if v.is_int32() {
        return Ok(Value::Number(v.to_int32() as f64));
    }
    if v.is_double() {
        return Ok(Value::Number(v.to_double()));
    }
    if v.is_object() {
        return object_from_js(shared, cx, v.to_object(), depth);
    }
    if v.is_undefined() {
        return Ok(Value::Undefined);
    }
    if v.is_null() {
        return Ok(Value::Null);
    }
    if v.is_boolean() {
        return Ok(Value::Bool(v.to_boolean()));
    }
    if v.is_bigint() {
        let mut n = 0i64;
        // Beyond 64 bits the value stays in the engine.
        if jsapi::BigIntIsInt64(v.to_bigint(), &mut n) {
            return Ok(Value::BigInt(n));
        }
    }
    // Symbols and big BigInts.
    Ok(Value::Handle(shared.insert(v)))
}

/// Proxies (scripted ones, and module namespaces) run code on any inspection but
/// these flags, so they are told apart before anything else is asked of them.
pub(crate) unsafe fn is_proxy(obj: *mut JSObject) -> bool {
    (*mozjs::rust::get_object_class(obj)).flags & mozjs::JSCLASS_IS_PROXY != 0
}

/// A proxy's handler, read as SpiderMonkey's inline `js::GetProxyHandler` does: the
/// handler is the first word after the object header (mozjs's glue version accepts
/// only handlers made in Rust).
pub(crate) unsafe fn proxy_handler(obj: *mut JSObject) -> *const c_void {
    debug_assert!(is_proxy(obj));
    const PROXY_DATA_OFFSET: usize = std::mem::size_of::<*const c_void>();
    *((obj as *const u8).add(PROXY_DATA_OFFSET) as *const *const c_void)
}

unsafe fn object_from_js(shared: &Shared, cx: *mut JSContext, obj: *mut JSObject, depth: u32) -> Result<Value, Thrown> {
    rooted!(in(cx) let obj = obj);
    let handle = || Ok(Value::Handle(shared.insert(ObjectValue(obj.get()))));
    if is_proxy(obj.get()) || jsapi::IsCallable(obj.get()) {
        return handle();
    }
    if jsapi::JS_IsArrayBufferViewObject(obj.get()) {
        let (mut len, mut is_shared, mut data) = (0usize, false, ptr::null_mut::<u8>());
        jsapi::GetArrayBufferViewLengthAndData(obj.get(), &mut len, &mut is_shared, &mut data);
        return Ok(Value::Bytes(copy_bytes(data, len)));
    }
    if jsapi::IsArrayBufferObject(obj.get()) {
        let (mut len, mut is_shared, mut data) = (0usize, false, ptr::null_mut::<u8>());
        jsapi::GetArrayBufferLengthAndData(obj.get(), &mut len, &mut is_shared, &mut data);
        return Ok(Value::Bytes(copy_bytes(data, len)));
    }
    if depth >= MAX_DEPTH {
        return handle();
    }
    let mut is_array = false;
    if !jsapi::IsArrayObject1(cx, obj.handle().into(), &mut is_array) {
        return Err(Thrown);
    }
    if is_array {
        let mut len = 0u32;
        if !jsapi::GetArrayLength(cx, obj.handle().into(), &mut len) {
            return Err(Thrown);
        }
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            rooted!(in(cx) let mut item = UndefinedValue());
            if !jsapi::JS_GetElement(cx, obj.handle().into(), i, item.handle_mut().into()) {
                return Err(Thrown);
            }
            items.push(from_js_depth(shared, cx, item.get(), depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    // Class instances are plain objects to SpiderMonkey too; their prototype tells.
    // Arguments, errors, dates, maps... are other classes and stay handles.
    if !jsapi::IsPlainObject(obj.get()) {
        return handle();
    }
    rooted!(in(cx) let mut proto = ptr::null_mut::<JSObject>());
    if !jsapi::JS_GetPrototype(cx, obj.handle().into(), proto.handle_mut().into()) {
        return Err(Thrown);
    }
    if !proto.get().is_null() && proto.get() != shared.object_prototype() {
        return handle();
    }
    plain_object_from_js(shared, cx, obj.handle().into(), depth)
}

/// A copy of `len` bytes at `data`; none for a detached buffer.
unsafe fn copy_bytes(data: *const u8, len: usize) -> Vec<u8> {
    if data.is_null() || len == 0 {
        return Vec::new();
    }
    std::slice::from_raw_parts(data, len).to_vec()
}

/// A rooted vector of property keys (a `PersistentRootedIdVector`, through mozjs's glue).
struct IdVec(*mut jsapi::PersistentRootedIdVector);

impl IdVec {
    unsafe fn new(cx: *mut JSContext) -> IdVec {
        IdVec(mozjs::glue::CreateRootedIdVector(cx))
    }

    unsafe fn handle_mut(&mut self) -> jsapi::MutableHandleIdVector {
        jsapi::MutableHandleIdVector { ptr: mozjs::glue::GetIdVectorAddress(self.0) }
    }

    /// Read afresh after every call that can collect: the GC may update the ids in place.
    unsafe fn ids(&self) -> &[jsid] {
        let mut len = 0;
        let p = mozjs::glue::SliceRootedIdVector(self.0, &mut len);
        if p.is_null() {
            &[]
        } else {
            std::slice::from_raw_parts(p, len)
        }
    }
}

impl Drop for IdVec {
    fn drop(&mut self) {
        // SAFETY: made by CreateRootedIdVector, destroyed once.
        unsafe { mozjs::glue::DestroyRootedIdVector(self.0) }
    }
}

/// A property key as the string JS would show for it.
pub(crate) unsafe fn key_string(cx: *mut JSContext, id: jsid) -> String {
    if id.is_string() {
        string_of(cx, id.to_string())
    } else if id.is_int() {
        id.to_int().to_string()
    } else {
        String::new()
    }
}

unsafe fn plain_object_from_js(shared: &Shared, cx: *mut JSContext, obj: jsapi::HandleObject, depth: u32) -> Result<Value, Thrown> {
    // Own enumerable string keys, integer keys first, then in creation order.
    let mut keys = IdVec::new(cx);
    if !jsapi::GetPropertyKeys(cx, obj, jsapi::JSITER_OWNONLY, keys.handle_mut()) {
        return Err(Thrown);
    }
    let len = keys.ids().len();
    let mut props = Vec::with_capacity(len);
    for i in 0..len {
        rooted!(in(cx) let id = keys.ids()[i]);
        rooted!(in(cx) let mut value = UndefinedValue());
        if !jsapi::JS_GetPropertyById(cx, obj, id.handle().into(), value.handle_mut().into()) {
            return Err(Thrown);
        }
        let key = key_string(cx, id.get());
        props.push((key, from_js_depth(shared, cx, value.get(), depth + 1)?));
    }
    Ok(Value::Object(props))
}
