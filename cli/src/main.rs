//! The `jsrig` executable. Each engine feature links a backend crate, which registers
//! itself; the host finds it through `engine_api::registered_backends`.

#[cfg(feature = "quickjs")]
use backend_quickjs as _;
#[cfg(feature = "v8")]
use backend_v8 as _;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        // Benchmarks run the engines in child processes; the front owns the command.
        Some("bench") => jsrig_bench::main(&args[1..]),
        _ => host::cli::main(),
    };
    std::process::exit(code);
}
