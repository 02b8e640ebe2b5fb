//! The engine-neutral interface between jsrig's host layer and its JavaScript engines.
//!
//! The host (event loop, modules, ops) sees only this crate: a [`Engine`] trait object,
//! owned [`Value`]s, and [`Handle`]s to values that must stay inside the engine. A
//! backend crate implements [`Engine`] for one engine and registers a [`BackendDecl`]
//! with `inventory`; linking the crate is all it takes to make the engine selectable.
//!
//! # How each engine maps onto the interface
//!
//! | interface | V8 (`v8`) | QuickJS (`rquickjs`) | SpiderMonkey (`mozjs`) |
//! |---|---|---|---|
//! | [`Engine`] | `OwnedIsolate` + one `Context` in a `Global` | `Runtime` + `Context` | `JSEngine` + `Runtime` + a global in a realm |
//! | short-lived values | `Local`s inside a `HandleScope` opened per call | `Value<'js>` inside `Context::with` | `rooted!` values on the stack |
//! | [`Handle`] | `Global<Value>` in a [`HandleTable`] | `Persistent<Value>` in a [`HandleTable`] | `Box<Heap<JSVal>>` in a [`HandleTable`], traced by a GC root tracer |
//! | ops | `FunctionTemplate` with the op index as data | `Function::new` closures | `JS_NewFunction` + reserved slot with the op index |
//! | [`Engine::new_promise`] | `PromiseResolver` | `ctx.promise()` (resolve/reject pair) | `NewPromiseObject` + `ResolvePromise`/`RejectPromise` |
//! | [`Engine::run_microtasks`] | `MicrotasksPolicy::kExplicit` + `perform_microtask_checkpoint` | `execute_pending_job` loop | internal job queue + `RunJobs` |
//! | modules | `compile_module` / `instantiate_module` with a resolve callback / `evaluate` | `Module::declare` + loader/resolver | `CompileModule`, `ModuleLink`, `ModuleEvaluate` with a resolve hook |
//! | exceptions | `TryCatch` + `Message` for the location | `ctx.catch()`; location from the stack | pending exception + `JSErrorReport` |
//! | [`Terminator`] | `IsolateHandle::terminate_execution` | interrupt handler polling a flag | interrupt callback polling a flag |
//!
//! Rules every backend follows:
//! - Short-lived values never escape a call; anything kept is a [`Handle`].
//! - Exceptions stay pending in the engine until the backend turns them into a
//!   [`JsError`] at the boundary. No panic crosses into or out of the engine: op
//!   calls are wrapped in `catch_unwind` and a panic becomes a thrown `Error`.
//! - The host runs the job queue ([`Engine::run_microtasks`]); engines never drain it
//!   on their own.
//! - Dropping a [`Handle`] never calls the engine: released slots are freed at the
//!   backend's next entry. All handles are released before the engine is torn down.

#[cfg(feature = "conformance")]
pub mod conformance;
mod engine;
mod error;
pub mod intrinsics;
mod op;
mod value;

pub use engine::*;
pub use error::*;
pub use op::*;
pub use value::*;

/// The message of a caught panic, for the `Error` a backend throws in its place.
pub fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Formats a number as JavaScript's `String(n)` does.
pub fn number_to_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n == 0.0 {
        return "0".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits; lay them out by ECMA-262's rules.
    let sci = format!("{:e}", n.abs());
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n_exp = exp.parse::<i32>().expect("exponent") + 1;
    let sign = if n < 0.0 { "-" } else { "" };
    let body = if k <= n_exp && n_exp <= 21 {
        format!("{digits}{}", "0".repeat((n_exp - k) as usize))
    } else if 0 < n_exp && n_exp <= 21 {
        format!("{}.{}", &digits[..n_exp as usize], &digits[n_exp as usize..])
    } else if -6 < n_exp && n_exp <= 0 {
        format!("0.{}{digits}", "0".repeat((-n_exp) as usize))
    } else {
        let e = n_exp - 1;
        let e_sign = if e >= 0 { "+" } else { "-" };
        if k == 1 {
            format!("{digits}e{e_sign}{}", e.abs())
        } else {
            format!("{}.{}e{e_sign}{}", &digits[..1], &digits[1..], e.abs())
        }
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::number_to_string as s;

    #[test]
    fn numbers_format_as_js() {
        assert_eq!(s(1.0), "1");
        assert_eq!(s(-1.5), "-1.5");
        assert_eq!(s(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(s(1e21), "1e+21");
        assert_eq!(s(123456789012345680000.0), "123456789012345680000");
        assert_eq!(s(0.000001), "0.000001");
        assert_eq!(s(1e-7), "1e-7");
        assert_eq!(s(1.5e-7), "1.5e-7");
        assert_eq!(s(f64::MAX), "1.7976931348623157e+308");
        assert_eq!(s(-0.0), "0");
        assert_eq!(s(f64::NAN), "NaN");
    }
}
