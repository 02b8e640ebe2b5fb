engine_api::conformance_tests!(backend_quickjs::QuickJs::create);
