//! Exceptions crossing the engine boundary.

use std::fmt;

use crate::Value;

/// Where an exception was thrown or a syntax error was found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceLocation {
    /// The script's name: a path for scripts and CommonJS, a URL for ES modules.
    pub file: String,
    /// 1-based.
    pub line: u32,
    /// 1-based; 0 when the engine does not know.
    pub column: u32,
    /// The text of that line, when the engine has it.
    pub source_line: Option<String>,
}

/// A JavaScript exception as plain data, or an error a host op wants thrown.
///
/// Going to JS (an op's `Err`), the backend throws `new globalThis[name](message)`
/// with `code` and `props` set on it. Coming from JS, `exception` keeps the thrown
/// value so the host can hand it back to JS (uncaught-exception handlers, rejections).
#[derive(Clone, Debug, Default)]
pub struct JsError {
    /// The error class: `Error`, `TypeError`, `SyntaxError`...; for a thrown
    /// non-error value, the empty string.
    pub name: String,
    pub message: String,
    /// The engine's stack string, V8-style where the engine can (`Name: msg\n    at ...`).
    pub stack: Option<String>,
    /// Node's error code (`ERR_INVALID_ARG_TYPE`, `ENOENT`, ...).
    pub code: Option<String>,
    /// Further own properties (`errno`, `syscall`, `path`...).
    pub props: Vec<(String, Value)>,
    /// The thrown value itself, when the error came from JS.
    pub exception: Option<Value>,
    pub location: Option<SourceLocation>,
    /// The script was stopped by [`Terminator::terminate`](crate::Terminator::terminate);
    /// nothing was thrown.
    pub terminated: bool,
}

impl JsError {
    pub fn new(name: &str, message: impl Into<String>) -> JsError {
        JsError { name: name.to_owned(), message: message.into(), ..Default::default() }
    }
    pub fn error(message: impl Into<String>) -> JsError {
        Self::new("Error", message)
    }
    pub fn type_error(message: impl Into<String>) -> JsError {
        Self::new("TypeError", message)
    }
    pub fn range_error(message: impl Into<String>) -> JsError {
        Self::new("RangeError", message)
    }
    pub fn terminated() -> JsError {
        JsError { name: "Error".into(), message: "Script execution was terminated".into(), terminated: true, ..Default::default() }
    }
    /// Node's `ERR_INVALID_ARG_TYPE`.
    pub fn invalid_arg_type(arg: &str, expected: &str, actual: &Value) -> JsError {
        Self::type_error(format!(
            "The \"{arg}\" argument must be of type {expected}. Received {}",
            describe_received(actual)
        ))
        .with_code("ERR_INVALID_ARG_TYPE")
    }
    pub fn with_code(mut self, code: &str) -> JsError {
        self.code = Some(code.to_owned());
        self
    }
    pub fn with_prop(mut self, key: &str, value: impl Into<Value>) -> JsError {
        self.props.push((key.to_owned(), value.into()));
        self
    }
    /// A `name: message` line, as `String(err)` would give for an Error.
    pub fn headline(&self) -> String {
        match (self.name.is_empty(), self.message.is_empty()) {
            (true, _) => self.message.clone(),
            (false, true) => self.name.clone(),
            (false, false) => format!("{}: {}", self.name, self.message),
        }
    }
}

/// Node's wording for the received value in `ERR_INVALID_ARG_TYPE`.
fn describe_received(v: &Value) -> String {
    match v {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => format!("type boolean ({b})"),
        Value::Number(n) => format!("type number ({})", crate::number_to_string(*n)),
        Value::BigInt(n) => format!("type bigint ({n}n)"),
        Value::String(s) => {
            let shown: String = s.chars().take(25).collect();
            let ellipsis = if s.chars().count() > 25 { "..." } else { "" };
            format!("type string ('{shown}'{ellipsis})")
        }
        Value::Bytes(_) => "an instance of Uint8Array".into(),
        Value::Array(_) => "an instance of Array".into(),
        Value::Object(_) | Value::Handle(_) => "an instance of Object".into(),
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.stack {
            Some(stack) if !stack.is_empty() => write!(f, "{stack}"),
            _ => write!(f, "{}", self.headline()),
        }
    }
}

impl std::error::Error for JsError {}

/// The first `file:line:column` frame of a V8-style stack (`    at f (file:1:2)` or
/// `    at file:1:2`): where an error was made, for engines whose errors carry no
/// other record of it.
pub fn location_from_stack(stack: &str) -> Option<SourceLocation> {
    stack.lines().filter_map(|l| l.trim_start().strip_prefix("at ")).find_map(|frame| {
        let inner = match (frame.rfind('('), frame.ends_with(')')) {
            (Some(open), true) => &frame[open + 1..frame.len() - 1],
            _ => frame,
        };
        let (rest, col) = inner.rsplit_once(':')?;
        let (file, line) = rest.rsplit_once(':')?;
        let line = line.parse().ok()?;
        let column = col.parse().ok()?;
        (!file.is_empty() && file != "native").then(|| SourceLocation { file: file.to_owned(), line, column, source_line: None })
    })
}

#[cfg(test)]
mod tests {
    use super::location_from_stack;

    #[test]
    fn stack_locations() {
        let l = location_from_stack("Error: x\n    at f (/a/b.js:3:9)\n    at /a/c.js:1:1").unwrap();
        assert_eq!((l.file.as_str(), l.line, l.column), ("/a/b.js", 3, 9));
        let l = location_from_stack("    at file:///a/b.mjs:10:2\n").unwrap();
        assert_eq!((l.file.as_str(), l.line, l.column), ("file:///a/b.mjs", 10, 2));
        assert!(location_from_stack("    at native\n").is_none());
    }
}
