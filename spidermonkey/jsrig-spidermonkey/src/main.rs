//! `jsrig-spidermonkey`: the host with the SpiderMonkey backend linked in. The `jsrig`
//! front execs this binary for `--engine spidermonkey` (see host/src/cli.rs).

use backend_spidermonkey as _;

fn main() {
    std::process::exit(host::cli::main())
}
