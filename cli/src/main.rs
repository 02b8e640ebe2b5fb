//! The `jsrig` executable. Each engine feature links a backend crate, which registers
//! itself; the host finds it through `engine_api::registered_backends`.

#[cfg(feature = "quickjs")]
use backend_quickjs as _;
#[cfg(feature = "v8")]
use backend_v8 as _;

fn main() {
    std::process::exit(host::cli::main());
}
