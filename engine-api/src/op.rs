//! Host functions ("ops"): plain Rust functions the host layer's JavaScript calls.
//!
//! An op takes plain [`Value`]s and returns one. Callbacks and objects stay in JS
//! (host/js keeps them in maps keyed by ids the ops hand back), so the per-engine
//! surface is small. Ops register themselves with `inventory::submit!`:
//!
//! ```ignore
//! fn op_hrtime(_: &mut OpState, _: Args) -> OpResult { ... }
//! inventory::submit!(OpDecl::sync("hrtime", op_hrtime));
//! ```

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use crate::{Handle, JsError, Value};

pub type OpResult = Result<Value, JsError>;
pub type OpFuture = Pin<Box<dyn Future<Output = OpResult>>>;

pub type SyncOpFn = fn(&mut OpState, Args) -> OpResult;
pub type AsyncOpFn = fn(&Rc<RefCell<OpState>>, Args) -> OpFuture;

#[derive(Clone, Copy)]
pub enum OpFn {
    /// Runs to completion inside the JS call and returns its value.
    Sync(SyncOpFn),
    /// Returns a future; the JS call returns a promise that the host's event loop
    /// settles when the future completes. A pending async op keeps the process alive.
    Async(AsyncOpFn),
}

/// One host function, as registered with `inventory::submit!`.
pub struct OpDecl {
    /// The property name on the bindings object handed to host/js.
    pub name: &'static str,
    pub func: OpFn,
    /// Whether a pending call keeps the process alive. Waits for something that may
    /// never come (the next connection of a listening server) do not: whatever owns
    /// them keeps the loop alive explicitly, and can stop doing so (`server.unref()`).
    pub keeps_alive: bool,
}

impl OpDecl {
    pub const fn sync(name: &'static str, f: SyncOpFn) -> OpDecl {
        OpDecl { name, func: OpFn::Sync(f), keeps_alive: false }
    }
    pub const fn asynchronous(name: &'static str, f: AsyncOpFn) -> OpDecl {
        OpDecl { name, func: OpFn::Async(f), keeps_alive: true }
    }
    /// An async op that does not by itself keep the process alive.
    pub const fn background(name: &'static str, f: AsyncOpFn) -> OpDecl {
        OpDecl { name, func: OpFn::Async(f), keeps_alive: false }
    }
}

inventory::collect!(OpDecl);

/// Every op linked into this binary.
pub fn registered_ops() -> Vec<&'static OpDecl> {
    let mut ops: Vec<_> = inventory::iter::<OpDecl>.into_iter().collect();
    ops.sort_by_key(|o| o.name);
    ops
}

/// An async op whose promise the backend created: the host polls `future` and settles
/// the promise through `resolver` with [`Engine::settle_promise`](crate::Engine::settle_promise).
pub struct PendingOp {
    pub resolver: Resolver,
    pub future: OpFuture,
    /// From the op's [`OpDecl::keeps_alive`].
    pub keeps_alive: bool,
}

/// The settle side of a promise made by [`Engine::new_promise`](crate::Engine::new_promise).
pub struct Resolver(pub Handle);

/// State shared by the host's ops, keyed by type (one value per type), as deno_core's
/// `OpState`. Backends pass it to ops without looking inside.
#[derive(Default)]
pub struct OpState {
    slots: HashMap<TypeId, Box<dyn Any>>,
}

impl OpState {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn put<T: 'static>(&mut self, value: T) {
        self.slots.insert(TypeId::of::<T>(), Box::new(value));
    }
    pub fn has<T: 'static>(&self) -> bool {
        self.slots.contains_key(&TypeId::of::<T>())
    }
    pub fn try_borrow<T: 'static>(&self) -> Option<&T> {
        self.slots.get(&TypeId::of::<T>()).and_then(|b| b.downcast_ref())
    }
    pub fn try_borrow_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.slots.get_mut(&TypeId::of::<T>()).and_then(|b| b.downcast_mut())
    }
    /// # Panics
    /// When no `T` was put: a programming error in the host, not a user error.
    pub fn borrow<T: 'static>(&self) -> &T {
        self.try_borrow().unwrap_or_else(|| panic!("OpState has no {}", std::any::type_name::<T>()))
    }
    /// # Panics
    /// When no `T` was put.
    pub fn borrow_mut<T: 'static>(&mut self) -> &mut T {
        self.try_borrow_mut().unwrap_or_else(|| panic!("OpState has no {}", std::any::type_name::<T>()))
    }
    /// The `T` kept here, created as `T::default()` on first use: how each area of
    /// ops keeps its own state without a setup step.
    pub fn default_mut<T: Default + 'static>(&mut self) -> &mut T {
        self.slots.entry(TypeId::of::<T>()).or_insert_with(|| Box::new(T::default())).downcast_mut().expect("the slot of T holds a T")
    }
    pub fn take<T: 'static>(&mut self) -> Option<T> {
        self.slots.remove(&TypeId::of::<T>()).and_then(|b| b.downcast().ok()).map(|b| *b)
    }
}

/// The arguments of one op call, with checked accessors that fail with Node's
/// `ERR_INVALID_ARG_TYPE`.
#[derive(Debug, Default)]
pub struct Args(pub Vec<Value>);

impl Args {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The argument at `i`, `undefined` past the end.
    pub fn get(&self, i: usize) -> &Value {
        const UNDEFINED: &Value = &Value::Undefined;
        self.0.get(i).unwrap_or(UNDEFINED)
    }
    /// Moves the argument at `i` out, leaving `undefined`.
    pub fn take(&mut self, i: usize) -> Value {
        self.0.get_mut(i).map(std::mem::take).unwrap_or_default()
    }
    pub fn string(&mut self, i: usize, name: &str) -> Result<String, JsError> {
        match self.take(i) {
            Value::String(s) => Ok(s),
            other => Err(JsError::invalid_arg_type(name, "string", &other)),
        }
    }
    pub fn number(&self, i: usize, name: &str) -> Result<f64, JsError> {
        match self.get(i) {
            Value::Number(n) => Ok(*n),
            other => Err(JsError::invalid_arg_type(name, "number", other)),
        }
    }
    /// An integer argument: a number with no fraction that fits `i64`.
    pub fn integer(&self, i: usize, name: &str) -> Result<i64, JsError> {
        let n = self.number(i, name)?;
        if n.fract() != 0.0 || !n.is_finite() || n.abs() > 9007199254740991.0 {
            return Err(JsError::range_error(format!(
                "The value of \"{name}\" is out of range. It must be an integer. Received {}",
                crate::number_to_string(n)
            ))
            .with_code("ERR_OUT_OF_RANGE"));
        }
        Ok(n as i64)
    }
    pub fn bool(&self, i: usize, name: &str) -> Result<bool, JsError> {
        match self.get(i) {
            Value::Bool(b) => Ok(*b),
            other => Err(JsError::invalid_arg_type(name, "boolean", other)),
        }
    }
    /// Bytes, or a string taken as UTF-8.
    pub fn bytes(&mut self, i: usize, name: &str) -> Result<Vec<u8>, JsError> {
        match self.take(i) {
            Value::Bytes(b) => Ok(b),
            Value::String(s) => Ok(s.into_bytes()),
            other => Err(JsError::invalid_arg_type(name, "string or an instance of Uint8Array", &other)),
        }
    }
    pub fn handle(&mut self, i: usize, name: &str) -> Result<Handle, JsError> {
        match self.take(i) {
            Value::Handle(h) => Ok(h),
            other => Err(JsError::invalid_arg_type(name, "function", &other)),
        }
    }
    pub fn optional_string(&mut self, i: usize, name: &str) -> Result<Option<String>, JsError> {
        if self.get(i).is_nullish() {
            return Ok(None);
        }
        self.string(i, name).map(Some)
    }
}
