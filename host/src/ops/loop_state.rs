//! What host/js tells the event loop: when the next timer is due, whether immediates
//! are queued, and whether either keeps the process alive. Timers and immediates
//! themselves live in JS (internal/timers.js), as in Node.

use std::time::Instant;

use engine_api::{Args, OpDecl, OpResult, OpState, Value};

pub struct LoopState {
    pub start: Instant,
    /// The loop's cached clock in ms since start, updated once per iteration as
    /// libuv's `uv_now` is: timers started in one callback share one "now".
    pub now_ms: f64,
    /// When the earliest timer is due (ms since start).
    pub timer_deadline: Option<f64>,
    /// Some timer is ref'd: it keeps the process alive.
    pub timer_refed: bool,
    pub immediates_pending: bool,
    pub immediates_refed: bool,
}

impl LoopState {
    pub fn new() -> Self {
        LoopState { start: Instant::now(), now_ms: 0.0, timer_deadline: None, timer_refed: false, immediates_pending: false, immediates_refed: false }
    }

    pub fn update_now(&mut self) -> f64 {
        // Whole milliseconds, as libuv's loop time.
        self.now_ms = self.start.elapsed().as_millis() as f64;
        self.now_ms
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

fn op_loop_now(state: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Number(state.borrow::<LoopState>().now_ms))
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
