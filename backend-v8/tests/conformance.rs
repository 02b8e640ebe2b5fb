engine_api::conformance_tests!(backend_v8::V8::create);
