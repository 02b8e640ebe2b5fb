const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.satisfies('1.4.0', '^1.2.0'), semver.gt('2.0.0', '1.9.9'));
console.log(semver.maxSatisfying(['1.2.3', '1.4.0', '2.0.0'], '~1.4'), semver.inc('1.2.3', 'minor'), semver.coerce('v3.1').version);
console.log(semver.sort(['1.10.0', '1.2.0', '1.9.0']), semver.intersects('>=1.0.0', '<2.0.0'));
