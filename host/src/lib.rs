//! jsrig's host layer: everything between the command line and the engine, written
//! once for every engine. It knows engines only through `engine_api`.

mod builtins;
pub mod cjs_lexer;
pub mod cli;
mod code_cache;
mod fatal;
mod loader;
pub mod ops;
pub mod resolve;
pub mod runtime;
pub mod url;
