//! `Value` <-> `v8::Value`, with the same rules as the QuickJS backend.

use engine_api::Value;

use crate::Shared;

/// Deeper structures than this are not plain data (and may be cyclic): they cross as handles.
const MAX_DEPTH: u32 = 64;

/// A JavaScript exception is pending in the isolate: the JS caller receives it, or the
/// caller's `TryCatch` turns it into a `JsError`.
#[derive(Debug)]
pub(crate) struct Thrown;

type Local<'s, T = v8::Value> = v8::Local<'s, T>;

pub(crate) fn new_string<'s>(scope: &v8::PinScope<'s, '_>, s: &str) -> Result<Local<'s, v8::String>, Thrown> {
    match v8::String::new_from_utf8(scope, s.as_bytes(), v8::NewStringType::Normal) {
        Some(s) => Ok(s),
        None => {
            // Longer than V8's maximum string length.
            let msg = v8::String::new(scope, "Invalid string length").ok_or(Thrown)?;
            let err = v8::Exception::range_error(scope, msg);
            scope.throw_exception(err);
            Err(Thrown)
        }
    }
}

pub(crate) fn to_js<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, v: Value) -> Result<Local<'s>, Thrown> {
    Ok(match v {
        Value::Undefined => v8::undefined(scope).into(),
        Value::Null => v8::null(scope).into(),
        Value::Bool(b) => v8::Boolean::new(scope, b).into(),
        Value::Number(n) => v8::Number::new(scope, n).into(),
        Value::BigInt(n) => v8::BigInt::new_from_i64(scope, n).into(),
        Value::String(s) => new_string(scope, &s)?.into(),
        Value::Bytes(bytes) => new_uint8_array(scope, bytes)?.into(),
        Value::Array(items) => {
            let mut elements = Vec::with_capacity(items.len());
            for item in items {
                elements.push(to_js(scope, shared, item)?);
            }
            v8::Array::new_with_elements(scope, &elements).into()
        }
        Value::Object(props) => {
            // Property by property rather than `Object::with_prototype_and_properties`,
            // which makes a dictionary-mode object that is slow for JS to read.
            let obj = v8::Object::new(scope);
            for (k, v) in props {
                let key = new_string(scope, &k)?;
                let v = to_js(scope, shared, v)?;
                obj.create_data_property(scope, key.into(), v).ok_or(Thrown)?;
            }
            obj.into()
        }
        Value::Handle(h) => match shared.local(scope, &h) {
            Some(v) => v,
            None => v8::undefined(scope).into(),
        },
    })
}

/// A `Uint8Array` whose ArrayBuffer adopts the vector as its backing store: no copy.
fn new_uint8_array<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> Result<Local<'s, v8::Uint8Array>, Thrown> {
    let len = bytes.len();
    let buffer = if len == 0 {
        v8::ArrayBuffer::new(scope, 0)
    } else {
        let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
        v8::ArrayBuffer::with_backing_store(scope, &store)
    };
    v8::Uint8Array::new(scope, buffer, 0, len).ok_or(Thrown)
}

pub(crate) fn from_js<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, v: Local<'s>) -> Result<Value, Thrown> {
    from_js_depth(scope, shared, v, 0)
}

fn from_js_depth<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, v: Local<'s>, depth: u32) -> Result<Value, Thrown> {
    // Most likely kinds first: each test is a call into V8.
    if v.is_string() {
        // SAFETY: checked just above.
        let s = unsafe { Local::<v8::String>::cast_unchecked(v) };
        return Ok(Value::String(s.to_rust_string_lossy(scope)));
    }
    if v.is_number() {
        // SAFETY: checked just above.
        return Ok(Value::Number(unsafe { Local::<v8::Number>::cast_unchecked(v) }.value()));
    }
    if v.is_object() {
        return object_from_js(scope, shared, v, depth);
    }
    if v.is_undefined() {
        return Ok(Value::Undefined);
    }
    if v.is_null() {
        return Ok(Value::Null);
    }
    if v.is_boolean() {
        return Ok(Value::Bool(v.is_true()));
    }
    if v.is_big_int() {
        // SAFETY: checked just above.
        let (n, lossless) = unsafe { Local::<v8::BigInt>::cast_unchecked(v) }.i64_value();
        // Beyond 64 bits the value stays in the engine.
        if lossless {
            return Ok(Value::BigInt(n));
        }
    }
    // Symbols and big BigInts.
    Ok(Value::Handle(shared.insert(scope, v)))
}

fn object_from_js<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, v: Local<'s>, depth: u32) -> Result<Value, Thrown> {
    if v.is_function() {
        return Ok(Value::Handle(shared.insert(scope, v)));
    }
    if v.is_array_buffer_view() {
        // SAFETY: checked just above.
        let view = unsafe { Local::<v8::ArrayBufferView>::cast_unchecked(v) };
        let mut bytes = Vec::with_capacity(view.byte_length());
        let n = view.copy_contents_uninit(bytes.spare_capacity_mut());
        // SAFETY: V8 initialised the first `n` bytes.
        unsafe { bytes.set_len(n) };
        return Ok(Value::Bytes(bytes));
    }
    if v.is_array_buffer() {
        // SAFETY: checked just above.
        let buffer = unsafe { Local::<v8::ArrayBuffer>::cast_unchecked(v) };
        let len = buffer.byte_length();
        let bytes = match buffer.data() {
            // SAFETY: `len` bytes live at `data` while the buffer is reachable (it is: `v`).
            Some(data) if len > 0 => unsafe { std::slice::from_raw_parts(data.as_ptr() as *const u8, len) }.to_vec(),
            // Empty or detached.
            _ => Vec::new(),
        };
        return Ok(Value::Bytes(bytes));
    }
    if depth >= MAX_DEPTH {
        return Ok(Value::Handle(shared.insert(scope, v)));
    }
    if v.is_array() {
        // SAFETY: checked just above.
        let arr = unsafe { Local::<v8::Array>::cast_unchecked(v) };
        let len = arr.length();
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            let item = arr.get_index(scope, i).ok_or(Thrown)?;
            items.push(from_js_depth(scope, shared, item, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    // Exotic objects whose prototype can be `Object.prototype` or null but that are not
    // plain data. A Proxy is tested before its prototype is read, which would run a trap.
    if v.is_proxy() || v.is_module_namespace_object() || v.is_arguments_object() {
        return Ok(Value::Handle(shared.insert(scope, v)));
    }
    // SAFETY: `is_object` was checked by the caller.
    let obj = unsafe { Local::<v8::Object>::cast_unchecked(v) };
    let plain = match obj.get_prototype(scope) {
        Some(proto) => shared.is_plain_prototype(proto),
        None => false,
    };
    if !plain || obj.internal_field_count() > 0 {
        return Ok(Value::Handle(shared.insert(scope, v)));
    }
    plain_object_from_js(scope, shared, obj, depth)
}

fn plain_object_from_js<'s>(scope: &mut v8::PinScope<'s, '_>, shared: &Shared, obj: Local<'s, v8::Object>, depth: u32) -> Result<Value, Thrown> {
    let args = v8::GetPropertyNamesArgs {
        mode: v8::KeyCollectionMode::OwnOnly,
        property_filter: v8::PropertyFilter::ONLY_ENUMERABLE | v8::PropertyFilter::SKIP_SYMBOLS,
        index_filter: v8::IndexFilter::IncludeIndices,
        key_conversion: v8::KeyConversionMode::ConvertToString,
    };
    let names = obj.get_own_property_names(scope, args).ok_or(Thrown)?;
    let len = names.length();
    let mut props = Vec::with_capacity(len as usize);
    for i in 0..len {
        let key = names.get_index(scope, i).ok_or(Thrown)?;
        let value = obj.get(scope, key).ok_or(Thrown)?;
        let key = key.to_rust_string_lossy(scope);
        props.push((key, from_js_depth(scope, shared, value, depth + 1)?));
    }
    Ok(Value::Object(props))
}
