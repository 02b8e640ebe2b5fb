//! Process-wide V8 settings: this test binary is its own process, so its first (and
//! only) engine is the one that initialises V8 with its flags.

use std::cell::RefCell;
use std::rc::Rc;

use engine_api::{EngineConfig, JsError, ModuleLoader, ModuleSource, OpState, Value};

struct NoModules;

impl ModuleLoader for NoModules {
    fn resolve(&self, specifier: &str, _referrer: &str) -> Result<String, JsError> {
        Err(JsError::error(format!("Cannot find module '{specifier}'")))
    }
    fn load(&self, url: &str) -> Result<ModuleSource, JsError> {
        Err(JsError::error(format!("Cannot load '{url}'")))
    }
}

#[test]
fn first_engine_sets_flags_and_heap_limit() {
    let mut e = backend_v8::V8::create(EngineConfig {
        ops: Vec::new(),
        op_state: Rc::new(RefCell::new(OpState::new())),
        spawn_op: Rc::new(|_| {}),
        loader: Rc::new(NoModules),
        embedded: engine_api::EmbeddedScripts { source: |_| None, cache: None },
        max_heap_bytes: Some(256 << 20),
        engine_flags: vec!["--expose-gc".into(), "--stack-size=900".into()],
    })
    .unwrap();
    assert_eq!(e.eval_script("typeof gc", "flags.js").unwrap(), Value::from("function"));
    // With --expose-gc the backend forces collections through V8's testing entry point.
    e.eval_script("globalThis.junk = Array.from({ length: 100000 }, (_, i) => ({ i })); junk = null;", "gc.js").unwrap();
    let before = e.heap_stats().used_heap_size;
    e.collect_garbage();
    assert!(e.heap_stats().used_heap_size < before);
    let limit = e.heap_stats().heap_size_limit;
    assert!(limit > (200 << 20) && limit <= (300 << 20), "heap limit {limit}");
}
