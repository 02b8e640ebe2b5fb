engine_api::conformance_tests!(backend_spidermonkey::SpiderMonkey::create);
