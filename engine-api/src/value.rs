//! Values that cross the engine boundary, and handles to values that stay inside.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Owned, engine-neutral data. Anything that is not plain data (functions, class
/// instances, promises, cyclic structures) crosses as a [`Handle`].
#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    /// A BigInt that fits in 64 bits; larger ones cross as a [`Handle`].
    BigInt(i64),
    String(String),
    /// Bytes become a `Uint8Array` in JS. Going to JS the backend adopts the vector as
    /// the ArrayBuffer's backing store where the engine allows it (no copy); coming
    /// from JS (`Uint8Array`, other typed arrays, `ArrayBuffer`, `DataView`) they are copied.
    Bytes(Vec<u8>),
    Array(Vec<Value>),
    /// A plain object (prototype `Object.prototype` or `null`), keys in property order.
    Object(Vec<(String, Value)>),
    Handle(Handle),
}

impl Value {
    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_handle(&self) -> Option<&Handle> {
        match self {
            Value::Handle(h) => Some(h),
            _ => None,
        }
    }
    /// The value of `key` when this is a plain object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(props) => props.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    /// The JS `typeof`-like name used in error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::BigInt(_) => "bigint",
            Value::String(_) => "string",
            Value::Bytes(_) => "Uint8Array",
            Value::Array(_) => "Array",
            Value::Object(_) => "object",
            Value::Handle(_) => "object",
        }
    }
    /// A plain object from `(key, value)` pairs.
    pub fn object<K: Into<String>>(props: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(props.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Undefined => write!(f, "undefined"),
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{n}"),
            Value::BigInt(n) => write!(f, "{n}n"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Bytes(b) => write!(f, "<{} bytes>", b.len()),
            Value::Array(a) => f.debug_list().entries(a).finish(),
            Value::Object(o) => f.debug_map().entries(o.iter().map(|(k, v)| (k, v))).finish(),
            Value::Handle(h) => write!(f, "Handle({})", h.id()),
        }
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::BigInt(a), Value::BigInt(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::Array(a), Value::Array(b)) => a == b,
            (Value::Object(a), Value::Object(b)) => a == b,
            (Value::Handle(a), Value::Handle(b)) => a.same(b),
            _ => false,
        }
    }
}

macro_rules! from_impl {
    ($($t:ty => $v:ident $(as $cast:ty)?),*) => {$(
        impl From<$t> for Value {
            fn from(x: $t) -> Value { Value::$v(x $(as $cast)?) }
        }
    )*};
}
from_impl!(bool => Bool, f64 => Number, f32 => Number as f64, i32 => Number as f64,
    u32 => Number as f64, i64 => Number as f64, u64 => Number as f64, usize => Number as f64,
    String => String, Vec<u8> => Bytes, Vec<Value> => Array, Handle => Handle);

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}
impl From<()> for Value {
    fn from(_: ()) -> Value {
        Value::Undefined
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Undefined, Into::into)
    }
}

/// Ids of handles whose last owner dropped them; the backend frees the referenced
/// engine values at its next safe point. Dropping a handle never calls into the
/// engine, so handles may be dropped anywhere, even after the engine is gone.
type ReleaseQueue = RefCell<Vec<u32>>;

struct HandleInner {
    id: u32,
    releases: Rc<ReleaseQueue>,
}

impl Drop for HandleInner {
    fn drop(&mut self) {
        self.releases.borrow_mut().push(self.id);
    }
}

/// A reference to a value kept alive inside the engine (a V8 `Global`, an rquickjs
/// `Persistent`, a traced SpiderMonkey `Heap`). Clones share one engine reference; the
/// engine reference is released when the last clone is dropped.
#[derive(Clone)]
pub struct Handle(Rc<HandleInner>);

impl Handle {
    /// The slot of this handle in its table. Only meaningful to the backend that made it.
    pub fn id(&self) -> u32 {
        self.0.id
    }
    /// True when both handles are clones of one reference (not JS identity).
    pub fn same(&self, other: &Handle) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Handle({})", self.0.id)
    }
}

/// The table a backend keeps its persistent references in, one slot per [`Handle`].
/// `T` is the engine's persistent reference type.
pub struct HandleTable<T> {
    slots: Vec<Option<T>>,
    free: Vec<u32>,
    releases: Rc<ReleaseQueue>,
    live: usize,
}

impl<T> Default for HandleTable<T> {
    fn default() -> Self {
        HandleTable { slots: Vec::new(), free: Vec::new(), releases: Rc::default(), live: 0 }
    }
}

impl<T> HandleTable<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, value: T) -> Handle {
        let id = match self.free.pop() {
            Some(id) => {
                self.slots[id as usize] = Some(value);
                id
            }
            None => {
                self.slots.push(Some(value));
                (self.slots.len() - 1) as u32
            }
        };
        self.live += 1;
        Handle(Rc::new(HandleInner { id, releases: self.releases.clone() }))
    }

    /// The value behind `handle`, or `None` when the handle belongs to another table.
    pub fn get(&self, handle: &Handle) -> Option<&T> {
        if !Rc::ptr_eq(&handle.0.releases, &self.releases) {
            return None;
        }
        self.slots.get(handle.0.id as usize).and_then(Option::as_ref)
    }

    /// Takes the values of every handle dropped since the last call. The backend drops
    /// them (releasing the engine references) at a point where that is safe.
    pub fn take_released(&mut self) -> Vec<T> {
        let ids = std::mem::take(&mut *self.releases.borrow_mut());
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(v) = self.slots.get_mut(id as usize).and_then(Option::take) {
                self.free.push(id);
                self.live -= 1;
                out.push(v);
            }
        }
        out
    }

    /// True when handles were dropped since the last [`take_released`](Self::take_released).
    pub fn has_released(&self) -> bool {
        !self.releases.borrow().is_empty()
    }

    /// Takes every value still in the table, for teardown before the engine is destroyed.
    /// Handles still held elsewhere become dangling ids that resolve to nothing.
    pub fn take_all(&mut self) -> Vec<T> {
        self.releases.borrow_mut().clear();
        self.free.clear();
        self.live = 0;
        // A fresh queue: handles that outlive the teardown push into the old one, unseen.
        self.releases = Rc::default();
        std::mem::take(&mut self.slots).into_iter().flatten().collect()
    }

    /// Live persistent references: handles made and not yet released.
    pub fn live(&self) -> usize {
        self.live
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_release_on_last_drop() {
        let mut t = HandleTable::new();
        let a = t.insert("a");
        let b = t.insert("b");
        let a2 = a.clone();
        assert_eq!(t.live(), 2);
        drop(a);
        assert!(t.take_released().is_empty());
        drop(a2);
        assert_eq!(t.take_released(), vec!["a"]);
        assert_eq!(t.live(), 1);
        assert_eq!(t.get(&b), Some(&"b"));
        let c = t.insert("c");
        assert_eq!(c.id(), 0, "freed slot is reused");
        let other = HandleTable::<&str>::new();
        assert!(other.get(&c).is_none(), "a handle from another table resolves to nothing");
    }
}
