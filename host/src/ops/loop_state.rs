//! What host/js tells the event loop: when the next timer is due, whether immediates
//! are queued, and whether either keeps the process alive. Timers and immediates
//! themselves live in JS (internal/timers.js), as in Node.

use std::time::Instant;

use engine_api::{Args, OpDecl, OpResult, OpState, Value};

pub struct LoopState {
    pub start: Instant,
    /// When the earliest timer is due (ms since start).
    pub timer_deadline: Option<f64>,
    /// Some timer is ref'd: it keeps the process alive.
    pub timer_refed: bool,
    pub immediates_pending: bool,
    pub immediates_refed: bool,
    /// Explicit references from JS (a listening server, an open socket) that keep the
    /// process alive while their background ops wait.
    pub refs: i64,
}

impl LoopState {
    pub fn new() -> Self {
        LoopState { start: Instant::now(), timer_deadline: None, timer_refed: false, immediates_pending: false, immediates_refed: false, refs: 0 }
    }

    /// The loop clock: whole milliseconds since start, as libuv's.
    pub fn now(&self) -> f64 {
        self.start.elapsed().as_millis() as f64
    }
}

impl Default for LoopState {
    fn default() -> Self {
        Self::new()
    }
}

inventory::submit!(OpDecl::sync("loopNow", op_loop_now));
inventory::submit!(OpDecl::sync("scheduleTimer", op_schedule_timer));
inventory::submit!(OpDecl::sync("setImmediateState", op_immediate_state));
inventory::submit!(OpDecl::sync("loopRef", op_loop_ref));

/// `loopRef(+1)` / `loopRef(-1)`: a handle (server, socket) starts or stops keeping
/// the process alive.
fn op_loop_ref(state: &mut OpState, args: Args) -> OpResult {
    let delta = args.integer(0, "delta")?;
    let s = state.borrow_mut::<LoopState>();
    s.refs = (s.refs + delta).max(0);
    Ok(Value::Undefined)
}

/// Node's `getLibuvNow`, which brings the loop clock up to date before reading it.
fn op_loop_now(state: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Number(state.borrow::<LoopState>().now()))
}

/// `scheduleTimer(deadline, refed)`: `deadline` in loop ms, negative for none.
fn op_schedule_timer(state: &mut OpState, args: Args) -> OpResult {
    let deadline = args.number(0, "deadline")?;
    let refed = args.bool(1, "refed")?;
    let s = state.borrow_mut::<LoopState>();
    s.timer_deadline = (deadline >= 0.0).then_some(deadline);
    s.timer_refed = refed;
    Ok(Value::Undefined)
}

/// `setImmediateState(pending, refed)`.
fn op_immediate_state(state: &mut OpState, args: Args) -> OpResult {
    let s = state.borrow_mut::<LoopState>();
    s.immediates_pending = args.bool(0, "pending")?;
    s.immediates_refed = args.bool(1, "refed")?;
    Ok(Value::Undefined)
}
