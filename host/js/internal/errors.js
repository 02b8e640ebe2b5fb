'use strict';
// Node's error machinery: the `codes` classes (`new codes.ERR_X(...args)`), the
// libuv-style system errors (`ENOENT: no such file or directory, open '/x'`),
// AbortError, and the wording helpers the messages share. Every message is
// Node v20's, word for word: programs and test suites match on them.

const kIsNodeError = Symbol('kIsNodeError');
// Set by `events` on an error emitted with no 'error' listener: a function giving the
// stack plus where it was emitted, for the uncaught-exception report.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// internal/util/inspect requires this module, so it is fetched on first use only.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) {
    try {
      inspectModule = require('internal/util/inspect');
    } catch {
      inspectModule = null;
    }
  }
  return inspectModule;
}

function inspect(value, options) {
  const m = lazyInspect();
  return m && typeof m.inspect === 'function' ? m.inspect(value, options) : roughInspect(value);
}

// Only used when internal/util/inspect cannot be loaded (early bootstrap, tools):
// messages stay readable, if not byte-identical to node's for objects.
function roughInspect(value) {
  switch (typeof value) {
    case 'string':
      return `'${value.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'function':
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[ ${value.map(roughInspect).join(', ')} ]`;
      if (value instanceof Error) return String(value.stack || value);
      return '[Object]';
    default:
      return String(value);
  }
}

// util.format semantics for the `%s`-style templates of the table below.
function formatTemplate(template, args) {
  if (args.length === 0) return template;
  const m = lazyInspect();
  if (m && typeof m.format === 'function') return m.format(template, ...args);
  let i = 0;
  const out = template.replace(/%([sdifjoO%])/g, (all, c) => {
    if (c === '%') return '%';
    if (i >= args.length) return all;
    const v = args[i++];
    if (c === 's') return typeof v === 'string' ? v : roughInspect(v);
    if (c === 'j') return JSON.stringify(v);
    if (c === 'd' || c === 'f') return typeof v === 'bigint' ? `${v}n` : String(Number(v));
    if (c === 'i') return typeof v === 'bigint' ? `${v}n` : String(parseInt(v));
    return roughInspect(v);
  });
  return i < args.length ? `${out} ${args.slice(i).map((v) => (typeof v === 'string' ? v : roughInspect(v))).join(' ')}` : out;
}

// How node names a received value in "... Received <this>".
function determineSpecificType(value) {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'function':
      return `function ${value.name}`;
    case 'object':
      // `in` throws for a primitive `constructor`, as in node.
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return inspect(value, { depth: -1 });
    case 'string': {
      const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
    }
    case 'number':
      return `type number (${Object.is(value, -0) ? '-0' : value})`;
    case 'bigint':
      return `type bigint (${value}n)`;
    default:
      return `type ${typeof value} (${String(value)})`;
  }
}

// 'a', 'a and b', 'a, b, and c' (or with 'or'). Any array-like will do, as in node.
function formatList(list, conjunction = 'and') {
  switch (list.length) {
    case 0:
      return '';
    case 1:
      return `${list[0]}`;
    case 2:
      return `${list[0]} ${conjunction} ${list[1]}`;
    case 3:
      return `${list[0]}, ${list[1]}, ${conjunction} ${list[2]}`;
    default:
      return `${Array.prototype.slice.call(list, 0, -1).join(', ')}, ${conjunction} ${list[list.length - 1]}`;
  }
}

// 1234567 -> '1_234_567', as node prints large numbers in range errors.
function addNumericalSeparator(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  let out = '';
  while (rest.length > 3) {
    out = `_${rest.slice(-3)}${out}`;
    rest = rest.slice(0, -3);
  }
  return `${sign}${rest}${out}`;
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// The stack frames the engine recorded for `err`, without its first line. Read right
// after super(), before there is a message, so that line is just the class name on
// engines that write one (V8); QuickJS and SpiderMonkey write frames only.
function engineFrames(err, name) {
  let stack;
  try {
    stack = err.stack;
  } catch {}
  if (typeof stack !== 'string' || stack === '' || stack === name) return '';
  if (stack.startsWith(`${name}\n`)) return stack.slice(name.length).replace(/\n$/, '');
  return `\n${stack.replace(/\n$/, '')}`;
}

// Node writes these errors' stacks when first read, headed `Name [CODE]: message` as
// they are at that moment; the accessor does the same, then becomes the plain data
// property node has.
function defineLazyStack(err, frames) {
  Object.defineProperty(err, 'stack', {
    get() {
      const stack = `${err.name} [${err.code}]: ${err.message}${frames}`;
      defineHidden(err, 'stack', stack);
      return stack;
    },
    set(value) {
      defineHidden(err, 'stack', value);
    },
    enumerable: false,
    configurable: true,
  });
}

function makeNodeErrorClass(Base, code, spec) {
  const baseName = Base.prototype.name;
  class NodeError extends Base {
    constructor(...args) {
      super();
      const frames = engineFrames(this, baseName);
      this.code = code;
      const message = typeof spec === 'function' ? spec.apply(this, args) : formatTemplate(spec, args);
      defineHidden(this, 'message', message);
      defineLazyStack(this, frames);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  // `err.constructor` is the plain Error class, as in node, so inspect and
  // user code see a TypeError, not an internal subclass.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    get() { return Base; },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(NodeError.prototype, kIsNodeError, {
    get() { return true; },
    enumerable: false,
    configurable: true,
  });
  return NodeError;
}

// ---- messages ----------------------------------------------------------------

const E = Error;
const T = TypeError;
const R = RangeError;
const S = SyntaxError;
const U = URIError;

const kPrimitiveTypeNames = new Set([
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
]);
const kClassName = /^([A-Z][a-z0-9]*)+$/;

function invalidArgType(name, expected, actual) {
  const types = [];
  const classes = [];
  const others = [];
  for (const kind of Array.isArray(expected) ? expected : [expected]) {
    if (kPrimitiveTypeNames.has(kind)) types.push(kind.toLowerCase());
    else if (kClassName.test(kind)) classes.push(kind);
    else others.push(kind);
  }
  // Next to class names a plain object reads as "an instance of Object".
  if (classes.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    classes.push('Object');
  }
  const wanted = [];
  if (types.length > 0) {
    wanted.push(types.length === 1 ? `of type ${types[0]}` : `one of type ${formatList(types, 'or')}`);
  }
  if (classes.length > 0) wanted.push(`an instance of ${formatList(classes, 'or')}`);
  if (others.length > 1) {
    wanted.push(`one of ${formatList(others, 'or')}`);
  } else if (others.length === 1) {
    wanted.push(others[0].toLowerCase() === others[0] ? others[0] : `an ${others[0]}`);
  }
  const subject = name.endsWith(' argument')
    ? name
    : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `The ${subject} must be ${wanted.join(' or ')}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = String.prototype.includes.call(name, '.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  const head = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  return `${head} It must be ${range}. Received ${received}`;
}

function missingArgs(...names) {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  let list;
  if (quoted.length === 1) list = `${quoted[0]} argument`;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `The ${list} must be specified`;
}

const kInternalAssertionSuffix =
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

// Messages computed from their arguments; `this` is the error being built, for the
// codes that also record their arguments as properties.
const messageFunctions = () => ({
  ERR_ACCESS_DENIED: [E, function (msg, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return msg;
  }],
  ERR_BUFFER_OUT_OF_BOUNDS: [R, (name = undefined) => (name
    ? `"${name}" is outside of buffer bounds`
    : 'Attempt to access memory outside buffer bounds')],
  ERR_ENCODING_INVALID_ENCODED_DATA: [T, function (encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  }],
  ERR_FALSY_VALUE_REJECTION: [E, function (reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }],
  ERR_HTTP2_INVALID_SETTING_VALUE: [T, function (name, actual, min = undefined, max) {
    this.actual = actual;
    if (min !== undefined) {
      this.min = min;
      this.max = max;
    }
    return `Invalid value for setting "${name}": ${actual}`;
  }],
  ERR_HTTP2_STREAM_CANCEL: [E, function (error) {
    if (error) this.cause = error;
    return `The pending stream has been canceled${
      typeof error?.message === 'string' ? ` (caused by: ${error.message})` : ''}`;
  }],
  ERR_INSPECTOR_COMMAND: [E, 'Inspector error %d: %s'],
  ERR_INTERNAL_ASSERTION: [E, (message) => (message === undefined
    ? kInternalAssertionSuffix
    : `${message}\n${kInternalAssertionSuffix}`)],
  ERR_INVALID_ADDRESS_FAMILY: [R, function (addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  }],
  ERR_INVALID_ARG_TYPE: [T, invalidArgType],
  ERR_INVALID_ARG_VALUE: [T, invalidArgValue],
  ERR_INVALID_CHAR: [T, (name, field = undefined) => (field === undefined
    ? `Invalid character in ${name}`
    : `Invalid character in ${name} ["${field}"]`)],
  ERR_INVALID_MIME_SYNTAX: [T, (production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid${
      invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`],
  ERR_INVALID_MODULE_SPECIFIER: [T, (request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`],
  ERR_INVALID_PACKAGE_CONFIG: [E, (path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`],
  ERR_INVALID_PACKAGE_TARGET: [E, (pkgPath, key, target, isImport = false, base = undefined) => {
    const needsDotSlash = typeof target === 'string' && !isImport && target.length > 0 &&
      !target.startsWith('./');
    const where = key === '.'
      ? `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config`
      : `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${
        key}' in the package config`;
    return `${where} ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${
      needsDotSlash ? '; targets must start with "./"' : ''}`;
  }],
  ERR_INVALID_RETURN_PROPERTY: [T, (input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${
      determineSpecificType(value)}.`],
  ERR_INVALID_RETURN_PROPERTY_VALUE: [T, (input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${
      determineSpecificType(value)}.`],
  ERR_INVALID_RETURN_VALUE: [T, (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`],
  ERR_INVALID_URL: [T, function (input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }],
  ERR_INVALID_URL_SCHEME: [T, (expected) => {
    const list = typeof expected === 'string' ? [expected] : expected;
    return `The URL must be ${list.length === 2
      ? `one of scheme ${list[0]} or ${list[1]}`
      : `of scheme ${list[0]}`}`;
  }],
  ERR_MANIFEST_ASSERT_INTEGRITY: [E, (moduleURL, realIntegrities) => {
    const head = `The content of "${moduleURL}" does not match the expected integrity.`;
    if (!realIntegrities?.size) return `${head} The resource was not found in the policy.`;
    const found = [...realIntegrities.entries()].map(([alg, digest]) => `${alg}-${digest}`).join(' ');
    return `${head} Integrities found are: ${found}`;
  }],
  ERR_MISSING_ARGS: [T, missingArgs],
  ERR_MODULE_NOT_FOUND: [E, function (path, base, exactUrl) {
    if (exactUrl) this.url = `${exactUrl}`;
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  }],
  ERR_OUT_OF_RANGE: [R, outOfRange],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [T, (specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined${
      packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [E, (pkgPath, subpath, base = undefined) => {
    const from = base ? ` imported from ${base}` : '';
    if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
  }],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [T, (option, allowPositionals) => `Unknown option '${option}'${
    allowPositionals
      ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
      : ''}`],
  ERR_PERFORMANCE_INVALID_TIMESTAMP: [T, '%d is not a valid timestamp'],
  ERR_REQUIRE_ASYNC_MODULE: [E, (filename, parentFilename) => {
    let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (parentFilename) msg += `\n  From ${parentFilename} `;
    if (filename) msg += `\n  Requiring ${filename} `;
    return msg;
  }],
  ERR_REQUIRE_ESM: [E, (filename, hasEsmSyntax, parentPath = null) => {
    let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
    if (String.prototype.endsWith.call(filename, '.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    return msg;
  }],
  ERR_SOCKET_BAD_PORT: [R, (name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`],
  ERR_SRI_PARSE: [S, 'Subresource Integrity string %j had an unexpected %j at position %d'],
  ERR_TEST_FAILURE: [E, function (error, failureType) {
    this.failureType = failureType;
    this.cause = error;
    if (typeof error === 'string') return error;
    return error?.message ?? inspect(error);
  }],
  ERR_TLS_ALPN_CALLBACK_INVALID_RESULT: [T, (value, protocols) =>
    `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${
      Array.prototype.join.call(protocols, ', ')})`],
  ERR_TLS_CERT_ALTNAME_INVALID: [E, function (reason, host, cert) {
    this.reason = reason;
    this.host = host;
    this.cert = cert;
    return `Hostname/IP does not match certificate's altnames: ${reason}`;
  }],
  ERR_TLS_INVALID_PROTOCOL_VERSION: [T, '%j is not a valid %s TLS protocol version'],
  ERR_TLS_PROTOCOL_VERSION_CONFLICT: [T, 'TLS protocol version %j conflicts with secureProtocol %j'],
  ERR_UNHANDLED_ERROR: [E, (err = undefined) => (err === undefined
    ? 'Unhandled error.'
    : `Unhandled error. (${err})`)],
  ERR_UNSUPPORTED_DIR_IMPORT: [E, function (path, base, exactUrl) {
    this.url = exactUrl;
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  }],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [E, (url, supported) =>
    `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. Received protocol '${
      url.protocol}'`],
  ERR_VM_MODULE_LINK_FAILURE: [E, function (message, cause) {
    this.cause = cause;
    return message;
  }],
  ERR_WORKER_INVALID_EXEC_ARGV: [E, (errors, msg = 'invalid execArgv flags') =>
    `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`],
  ERR_WORKER_PATH: [T, (filename) => {
    let msg = "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'.";
    const startsWith = (prefix) => String.prototype.startsWith.call(filename, prefix);
    if (startsWith('file://')) msg += ' Wrap file:// URLs with `new URL`.';
    else if (startsWith('data:text/javascript')) msg += ' Wrap data: URLs with `new URL`.';
    return `${msg} Received "${filename}"`;
  }],
});

// Fixed messages and util.format templates.
const messageTemplates = () => ({
  ERR_AMBIGUOUS_ARGUMENT: [T, 'The "%s" argument is ambiguous. %s'],
  ERR_ARG_NOT_ITERABLE: [T, '%s must be iterable'],
  ERR_ASSERTION: [E, '%s'],
  ERR_ASYNC_CALLBACK: [T, '%s must be a function'],
  ERR_ASYNC_TYPE: [T, 'Invalid name for async "type": %s'],
  ERR_BROTLI_INVALID_PARAM: [R, '%s is not a valid Brotli parameter'],
  ERR_BUFFER_TOO_LARGE: [R, 'Cannot create a Buffer larger than %s bytes'],
  ERR_CANNOT_WATCH_SIGINT: [E, 'Cannot watch for SIGINT signals'],
  ERR_CHILD_CLOSED_BEFORE_REPLY: [E, 'Child closed before reply received'],
  ERR_CHILD_PROCESS_IPC_REQUIRED: [E, "Forked processes must have an IPC channel, missing value 'ipc' in %s"],
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: [R, '%s maxBuffer length exceeded'],
  ERR_CONSOLE_WRITABLE_STREAM: [T, 'Console expects a writable stream instance for %s'],
  ERR_CONTEXT_NOT_INITIALIZED: [E, 'context used is not initialized'],
  ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED: [E, 'Custom engines not supported by this OpenSSL'],
  ERR_CRYPTO_ECDH_INVALID_FORMAT: [T, 'Invalid ECDH format: %s'],
  ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY: [E, 'Public key is not valid for specified curve'],
  ERR_CRYPTO_ENGINE_UNKNOWN: [E, 'Engine "%s" was not found'],
  ERR_CRYPTO_FIPS_FORCED: [E, 'Cannot set FIPS mode, it was forced with --force-fips at startup.'],
  ERR_CRYPTO_FIPS_UNAVAILABLE: [E, 'Cannot set FIPS mode in a non-FIPS build.'],
  ERR_CRYPTO_HASH_FINALIZED: [E, 'Digest already called'],
  ERR_CRYPTO_HASH_UPDATE_FAILED: [E, 'Hash update failed'],
  ERR_CRYPTO_INCOMPATIBLE_KEY: [E, 'Incompatible %s: %s'],
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS: [E, 'The selected key encoding %s %s.'],
  ERR_CRYPTO_INVALID_DIGEST: [T, 'Invalid digest: %s'],
  ERR_CRYPTO_INVALID_JWK: [T, 'Invalid JWK data'],
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: [T, 'Invalid key object type %s, expected %s.'],
  ERR_CRYPTO_INVALID_STATE: [E, 'Invalid state for operation %s'],
  ERR_CRYPTO_PBKDF2_ERROR: [E, 'PBKDF2 error'],
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER: [E, 'Invalid scrypt parameter'],
  ERR_CRYPTO_SCRYPT_NOT_SUPPORTED: [E, 'Scrypt algorithm not supported'],
  ERR_CRYPTO_SIGN_KEY_REQUIRED: [E, 'No key provided to sign'],
  ERR_DEBUGGER_ERROR: [E, '%s'],
  ERR_DEBUGGER_STARTUP_ERROR: [E, '%s'],
  ERR_DIR_CLOSED: [E, 'Directory handle was closed'],
  ERR_DIR_CONCURRENT_OPERATION: [E, 'Cannot do synchronous work on directory handle with concurrent asynchronous operations'],
  ERR_DNS_SET_SERVERS_FAILED: [E, 'c-ares failed to set servers: "%s" [%s]'],
  ERR_DOMAIN_CALLBACK_NOT_AVAILABLE: [E, 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module'],
  ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE: [E, 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()'],
  ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION: [E, 'Deserialize main function is already configured.'],
  ERR_ENCODING_NOT_SUPPORTED: [R, 'The "%s" encoding is not supported'],
  ERR_EVAL_ESM_CANNOT_PRINT: [E, '--print cannot be used with ESM input'],
  ERR_EVENT_RECURSION: [E, 'The event "%s" is already being dispatched'],
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: [T, 'The feature %s is unavailable on the current platform, which is being used to run Node.js'],
  ERR_FS_FILE_TOO_LARGE: [R, 'File size (%s) is greater than 2 GiB'],
  ERR_FS_INVALID_SYMLINK_TYPE: [E, 'Symlink type must be one of "dir", "file", or "junction". Received "%s"'],
  ERR_HTTP2_ALTSVC_INVALID_ORIGIN: [T, 'HTTP/2 ALTSVC frames require a valid origin'],
  ERR_HTTP2_ALTSVC_LENGTH: [T, 'HTTP/2 ALTSVC frames are limited to 16382 bytes'],
  ERR_HTTP2_CONNECT_AUTHORITY: [E, ':authority header is required for CONNECT requests'],
  ERR_HTTP2_CONNECT_PATH: [E, 'The :path header is forbidden for CONNECT requests'],
  ERR_HTTP2_CONNECT_SCHEME: [E, 'The :scheme header is forbidden for CONNECT requests'],
  ERR_HTTP2_GOAWAY_SESSION: [E, 'New streams cannot be created after receiving a GOAWAY'],
  ERR_HTTP2_HEADERS_AFTER_RESPOND: [E, 'Cannot specify additional headers after response initiated'],
  ERR_HTTP2_HEADERS_SENT: [E, 'Response has already been initiated.'],
  ERR_HTTP2_HEADER_SINGLE_VALUE: [T, 'Header field "%s" must only have a single value'],
  ERR_HTTP2_INFO_STATUS_NOT_ALLOWED: [R, 'Informational status codes cannot be used'],
  ERR_HTTP2_INVALID_CONNECTION_HEADERS: [T, 'HTTP/1 Connection specific headers are forbidden: "%s"'],
  ERR_HTTP2_INVALID_HEADER_VALUE: [T, 'Invalid value "%s" for header "%s"'],
  ERR_HTTP2_INVALID_INFO_STATUS: [R, 'Invalid informational status code: %s'],
  ERR_HTTP2_INVALID_ORIGIN: [T, 'HTTP/2 ORIGIN frames require a valid origin'],
  ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH: [R, 'Packed settings length must be a multiple of six'],
  ERR_HTTP2_INVALID_PSEUDOHEADER: [T, '"%s" is an invalid pseudoheader or is used incorrectly'],
  ERR_HTTP2_INVALID_SESSION: [E, 'The session has been destroyed'],
  ERR_HTTP2_INVALID_STREAM: [E, 'The stream has been destroyed'],
  ERR_HTTP2_MAX_PENDING_SETTINGS_ACK: [E, 'Maximum number of pending settings acknowledgements'],
  ERR_HTTP2_NESTED_PUSH: [E, 'A push stream cannot initiate another push stream.'],
  ERR_HTTP2_NO_MEM: [E, 'Out of memory'],
  ERR_HTTP2_NO_SOCKET_MANIPULATION: [E, 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)'],
  ERR_HTTP2_ORIGIN_LENGTH: [T, 'HTTP/2 ORIGIN frames are limited to 16382 bytes'],
  ERR_HTTP2_OUT_OF_STREAMS: [E, 'No stream ID is available because maximum stream ID has been reached'],
  ERR_HTTP2_PAYLOAD_FORBIDDEN: [E, 'Responses with %s status must not have a payload'],
  ERR_HTTP2_PING_CANCEL: [E, 'HTTP2 ping cancelled'],
  ERR_HTTP2_PING_LENGTH: [R, 'HTTP2 ping payload must be 8 bytes'],
  ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED: [T, 'Cannot set HTTP/2 pseudo-headers'],
  ERR_HTTP2_PUSH_DISABLED: [E, 'HTTP/2 client has disabled push streams'],
  ERR_HTTP2_SEND_FILE: [E, 'Directories cannot be sent'],
  ERR_HTTP2_SEND_FILE_NOSEEK: [E, 'Offset or length can only be specified for regular files'],
  ERR_HTTP2_SESSION_ERROR: [E, 'Session closed with error code %s'],
  ERR_HTTP2_SETTINGS_CANCEL: [E, 'HTTP2 session settings canceled'],
  ERR_HTTP2_SOCKET_BOUND: [E, 'The socket is already bound to an Http2Session'],
  ERR_HTTP2_SOCKET_UNBOUND: [E, 'The socket has been disconnected from the Http2Session'],
  ERR_HTTP2_STATUS_101: [E, 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2'],
  ERR_HTTP2_STATUS_INVALID: [R, 'Invalid status code: %s'],
  ERR_HTTP2_STREAM_ERROR: [E, 'Stream closed with error code %s'],
  ERR_HTTP2_STREAM_SELF_DEPENDENCY: [E, 'A stream cannot depend on itself'],
  ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS: [E, 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS'],
  ERR_HTTP2_TOO_MANY_INVALID_FRAMES: [E, 'Too many invalid HTTP/2 frames'],
  ERR_HTTP2_TRAILERS_ALREADY_SENT: [E, 'Trailing headers have already been sent'],
  ERR_HTTP2_TRAILERS_NOT_READY: [E, 'Trailing headers cannot be sent until after the wantTrailers event is emitted'],
  ERR_HTTP2_UNSUPPORTED_PROTOCOL: [E, 'protocol "%s" is unsupported.'],
  ERR_HTTP_BODY_NOT_ALLOWED: [E, 'Adding content for this request method or response status is not allowed.'],
  ERR_HTTP_CONTENT_LENGTH_MISMATCH: [E, "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header"],
  ERR_HTTP_HEADERS_SENT: [E, 'Cannot %s headers after they are sent to the client'],
  ERR_HTTP_INVALID_HEADER_VALUE: [T, 'Invalid value "%s" for header "%s"'],
  ERR_HTTP_INVALID_STATUS_CODE: [R, 'Invalid status code: %s'],
  ERR_HTTP_REQUEST_TIMEOUT: [E, 'Request timeout'],
  ERR_HTTP_SOCKET_ASSIGNED: [E, 'ServerResponse has an already assigned socket'],
  ERR_HTTP_SOCKET_ENCODING: [E, 'Changing the socket encoding is not allowed per RFC7230 Section 3.'],
  ERR_HTTP_TRAILER_INVALID: [E, 'Trailers are invalid with this transfer encoding'],
  ERR_ILLEGAL_CONSTRUCTOR: [T, 'Illegal constructor'],
  ERR_IMPORT_ASSERTION_TYPE_FAILED: [T, 'Module "%s" is not of type "%s"'],
  ERR_IMPORT_ASSERTION_TYPE_MISSING: [T, 'Module "%s" needs an import attribute of type "%s"'],
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED: [T, 'Import attribute type "%s" is unsupported'],
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: [T, 'Import attribute "%s" with value "%s" is not supported'],
  ERR_INCOMPATIBLE_OPTION_PAIR: [T, 'Option "%s" cannot be used in combination with option "%s"'],
  ERR_INPUT_TYPE_NOT_ALLOWED: [E, '--input-type can only be used with string input via --eval, --print, or STDIN'],
  ERR_INSPECTOR_ALREADY_ACTIVATED: [E, 'Inspector is already activated. Close it with inspector.close() before activating it again.'],
  ERR_INSPECTOR_ALREADY_CONNECTED: [E, '%s is already connected'],
  ERR_INSPECTOR_CLOSED: [E, 'Session was closed'],
  ERR_INSPECTOR_NOT_ACTIVE: [E, 'Inspector is not active'],
  ERR_INSPECTOR_NOT_AVAILABLE: [E, 'Inspector is not available'],
  ERR_INSPECTOR_NOT_CONNECTED: [E, 'Session is not connected'],
  ERR_INSPECTOR_NOT_WORKER: [E, 'Current thread is not a worker'],
  ERR_INVALID_ASYNC_ID: [R, 'Invalid %s value: %s'],
  ERR_INVALID_BUFFER_SIZE: [R, 'Buffer size must be a multiple of %s'],
  ERR_INVALID_CURSOR_POS: [T, 'Cannot set cursor row without setting its column'],
  ERR_INVALID_FD: [R, '"fd" must be a positive integer: %s'],
  ERR_INVALID_FD_TYPE: [T, 'Unsupported fd type: %s'],
  ERR_INVALID_FILE_URL_HOST: [T, 'File URL host must be "localhost" or empty on %s'],
  ERR_INVALID_FILE_URL_PATH: [T, 'File URL path %s'],
  ERR_INVALID_HANDLE_TYPE: [T, 'This handle type cannot be sent'],
  ERR_INVALID_HTTP_TOKEN: [T, '%s must be a valid HTTP token ["%s"]'],
  ERR_INVALID_IP_ADDRESS: [T, 'Invalid IP address: %s'],
  ERR_INVALID_PROTOCOL: [T, 'Protocol "%s" not supported. Expected "%s"'],
  ERR_INVALID_REPL_EVAL_CONFIG: [T, 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL'],
  ERR_INVALID_REPL_INPUT: [T, '%s'],
  ERR_INVALID_STATE: [E, 'Invalid state: %s'],
  ERR_INVALID_SYNC_FORK_INPUT: [T, 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s'],
  ERR_INVALID_THIS: [T, 'Value of "this" must be of type %s'],
  ERR_INVALID_TUPLE: [T, '%s must be an iterable %s tuple'],
  ERR_INVALID_URI: [U, 'URI malformed'],
  ERR_IPC_CHANNEL_CLOSED: [E, 'Channel closed'],
  ERR_IPC_DISCONNECTED: [E, 'IPC channel is already disconnected'],
  ERR_IPC_ONE_PIPE: [E, 'Child process can have only one IPC pipe'],
  ERR_IPC_SYNC_FORK: [E, 'IPC cannot be used with synchronous forks'],
  ERR_LOADER_CHAIN_INCOMPLETE: [E, '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.'],
  ERR_MANIFEST_DEPENDENCY_MISSING: [E, 'Manifest resource %s does not list %s as a dependency specifier for conditions: %s'],
  ERR_MANIFEST_INTEGRITY_MISMATCH: [S, 'Manifest resource %s has multiple entries but integrity lists do not match'],
  ERR_MANIFEST_INVALID_RESOURCE_FIELD: [T, 'Manifest resource %s has invalid property value for %s'],
  ERR_MANIFEST_INVALID_SPECIFIER: [T, 'Manifest resource %s has invalid dependency mapping %s'],
  ERR_MANIFEST_TDZ: [E, 'Manifest initialization has not yet run'],
  ERR_MANIFEST_UNKNOWN_ONERROR: [S, 'Manifest specified unknown error behavior "%s".'],
  ERR_METHOD_NOT_IMPLEMENTED: [E, 'The %s method is not implemented'],
  ERR_MISSING_OPTION: [T, '%s is required'],
  ERR_MULTIPLE_CALLBACK: [E, 'Callback called multiple times'],
  ERR_NAPI_CONS_FUNCTION: [T, 'Constructor must be a function'],
  ERR_NAPI_INVALID_DATAVIEW_ARGS: [R, 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in'],
  ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT: [R, 'start offset of %s should be a multiple of %s'],
  ERR_NAPI_INVALID_TYPEDARRAY_LENGTH: [R, 'Invalid typed array length'],
  ERR_NETWORK_IMPORT_BAD_RESPONSE: [E, "import '%s' received a bad response: %s"],
  ERR_NETWORK_IMPORT_DISALLOWED: [E, "import of '%s' by %s is not supported: %s"],
  ERR_NOT_BUILDING_SNAPSHOT: [E, 'Operation cannot be invoked when not building startup snapshot'],
  ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION: [E, 'Operation cannot be invoked when not in a single-executable application'],
  ERR_NOT_SUPPORTED_IN_SNAPSHOT: [E, '%s is not supported in startup snapshot'],
  ERR_NO_CRYPTO: [E, 'Node.js is not compiled with OpenSSL crypto support'],
  ERR_NO_ICU: [T, '%s is not supported on Node.js compiled without ICU'],
  ERR_OPERATION_FAILED: [E, 'Operation failed: %s'],
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: [T, '%s'],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: [T, "Unexpected argument '%s'. This command does not take positional arguments"],
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: [T, '%s'],
  ERR_REQUIRE_CYCLE_MODULE: [E, '%s'],
  ERR_SCRIPT_EXECUTION_INTERRUPTED: [E, 'Script execution was interrupted by `SIGINT`'],
  ERR_SERVER_ALREADY_LISTEN: [E, 'Listen method has been called more than once without closing.'],
  ERR_SERVER_NOT_RUNNING: [E, 'Server is not running.'],
  ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND: [E, 'Cannot find asset %s for the single executable application'],
  ERR_SOCKET_ALREADY_BOUND: [E, 'Socket is already bound'],
  ERR_SOCKET_BAD_BUFFER_SIZE: [T, 'Buffer size must be a positive integer'],
  ERR_SOCKET_BAD_TYPE: [T, 'Bad socket type specified. Valid types are: udp4, udp6'],
  ERR_SOCKET_CLOSED: [E, 'Socket is closed'],
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: [E, 'Socket closed before the connection was established'],
  ERR_SOCKET_CONNECTION_TIMEOUT: [E, 'Socket connection timeout'],
  ERR_SOCKET_DGRAM_IS_CONNECTED: [E, 'Already connected'],
  ERR_SOCKET_DGRAM_NOT_CONNECTED: [E, 'Not connected'],
  ERR_SOCKET_DGRAM_NOT_RUNNING: [E, 'Not running'],
  ERR_STREAM_ALREADY_FINISHED: [E, 'Cannot call %s after a stream was finished'],
  ERR_STREAM_CANNOT_PIPE: [E, 'Cannot pipe, not readable'],
  ERR_STREAM_DESTROYED: [E, 'Cannot call %s after a stream was destroyed'],
  ERR_STREAM_NULL_VALUES: [T, 'May not write null values to stream'],
  ERR_STREAM_PREMATURE_CLOSE: [E, 'Premature close'],
  ERR_STREAM_PUSH_AFTER_EOF: [E, 'stream.push() after EOF'],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [E, 'stream.unshift() after end event'],
  ERR_STREAM_WRAP: [E, 'Stream has StringDecoder set or is in objectMode'],
  ERR_STREAM_WRITE_AFTER_END: [E, 'write after end'],
  ERR_SYNTHETIC: [E, 'JavaScript Callstack'],
  ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS: [T, 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive'],
  ERR_TLS_CERT_ALTNAME_FORMAT: [S, 'Invalid subject alternative name string'],
  ERR_TLS_DH_PARAM_SIZE: [E, 'DH parameter size %s is less than 2048'],
  ERR_TLS_HANDSHAKE_TIMEOUT: [E, 'TLS handshake timeout'],
  ERR_TLS_INVALID_CONTEXT: [T, '%s must be a SecureContext'],
  ERR_TLS_INVALID_STATE: [E, 'TLS socket connection must be securely established'],
  ERR_TLS_RENEGOTIATION_DISABLED: [E, 'TLS session renegotiation disabled for this socket'],
  ERR_TLS_REQUIRED_SERVER_NAME: [E, '"servername" is required parameter for Server.addContext'],
  ERR_TLS_SESSION_ATTACK: [E, 'TLS session renegotiation attack detected'],
  ERR_TLS_SNI_FROM_SERVER: [E, 'Cannot issue SNI from a TLS server-side socket'],
  ERR_TRACE_EVENTS_CATEGORY_REQUIRED: [T, 'At least one category is required'],
  ERR_TRACE_EVENTS_UNAVAILABLE: [E, 'Trace events are unavailable'],
  ERR_UNAVAILABLE_DURING_EXIT: [E, 'Cannot call function in process exit handler'],
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET: [E, '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active'],
  ERR_UNESCAPED_CHARACTERS: [T, '%s contains unescaped characters'],
  ERR_UNKNOWN_BUILTIN_MODULE: [E, 'No such built-in module: %s'],
  ERR_UNKNOWN_CREDENTIAL: [E, '%s identifier does not exist: %s'],
  ERR_UNKNOWN_ENCODING: [T, 'Unknown encoding: %s'],
  ERR_UNKNOWN_FILE_EXTENSION: [T, 'Unknown file extension "%s" for %s'],
  ERR_UNKNOWN_MODULE_FORMAT: [R, 'Unknown module format: %s for URL %s'],
  ERR_UNKNOWN_SIGNAL: [T, 'Unknown signal: %s'],
  ERR_UNSUPPORTED_RESOLVE_REQUEST: [T, 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.'],
  ERR_USE_AFTER_CLOSE: [E, '%s was closed'],
  ERR_VALID_PERFORMANCE_ENTRY_TYPE: [E, 'At least one valid performance entry type is required'],
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: [T, 'A dynamic import callback was not specified.'],
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG: [T, 'A dynamic import callback was invoked without --experimental-vm-modules'],
  ERR_VM_MODULE_ALREADY_LINKED: [E, 'Module has already been linked'],
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA: [E, 'Cached data cannot be created for a module which has been evaluated'],
  ERR_VM_MODULE_DIFFERENT_CONTEXT: [E, 'Linked modules must use the same context'],
  ERR_VM_MODULE_NOT_MODULE: [E, 'Provided module is not an instance of Module'],
  ERR_VM_MODULE_STATUS: [E, 'Module status %s'],
  ERR_WASI_ALREADY_STARTED: [E, 'WASI instance has already started'],
  ERR_WEBASSEMBLY_RESPONSE: [T, 'WebAssembly response %s'],
  ERR_WORKER_INIT_FAILED: [E, 'Worker initialization failure: %s'],
  ERR_WORKER_MESSAGING_ERRORED: [E, 'The destination thread threw an error while processing the message'],
  ERR_WORKER_MESSAGING_FAILED: [E, 'Cannot find the destination thread or listener'],
  ERR_WORKER_MESSAGING_SAME_THREAD: [E, 'Cannot sent a message to the same thread'],
  ERR_WORKER_MESSAGING_TIMEOUT: [E, 'Sending a message to another thread timed out'],
  ERR_WORKER_NOT_RUNNING: [E, 'Worker instance not running'],
  ERR_WORKER_OUT_OF_MEMORY: [E, 'Worker terminated due to reaching memory limit: %s'],
  ERR_WORKER_UNSERIALIZABLE_ERROR: [E, 'Serializing an uncaught exception failed'],
  ERR_WORKER_UNSUPPORTED_OPERATION: [T, '%s is not supported in workers'],
});

// Errors that wrap a libuv-style context: `${prefix}: ${syscall} returned ${code} (${message})`.
const systemErrorPrefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_SOCKET_BUFFER_SIZE: 'Could not get or set buffer size',
  ERR_SYSTEM_ERROR: 'A system error occurred',
  ERR_TTY_INIT_FAILED: 'TTY initialization failed',
};

function contextAccessor(context, key) {
  return {
    get() { return context[key]; },
    set(value) { context[key] = value; },
    enumerable: true,
    configurable: true,
  };
}

// Paths read as strings and are kept as Buffers when set, as node does.
function pathAccessor(context, key) {
  return {
    get() { return context[key] != null ? context[key].toString() : context[key]; },
    set(value) { context[key] = value ? toBuffer(value.toString()) : undefined; },
    enumerable: true,
    configurable: true,
  };
}

function toBuffer(string) {
  try {
    return require('buffer').Buffer.from(string);
  } catch {
    return string;
  }
}

class SystemError extends Error {
  constructor(key, context) {
    super();
    const frames = engineFrames(this, 'Error');
    let message = `${systemErrorPrefixes[key]}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    defineHidden(this, 'name', 'SystemError');
    defineHidden(this, 'message', message);
    Object.defineProperty(this, 'info', { value: context, writable: false, enumerable: true, configurable: true });
    Object.defineProperty(this, 'errno', contextAccessor(context, 'errno'));
    Object.defineProperty(this, 'syscall', contextAccessor(context, 'syscall'));
    if (context.path !== undefined) Object.defineProperty(this, 'path', pathAccessor(context, 'path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', pathAccessor(context, 'dest'));
    Object.defineProperty(this, kIsNodeError, { value: true, writable: false, enumerable: false, configurable: true });
    defineLazyStack(this, frames);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // The context fields are accessors; node shows their values.
  [kInspectCustom](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorClass(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

// Each code's [base class, message template or function]; null for SystemError
// codes. Built when the first error is made, not at start-up.
let specs;
function codeSpecs() {
  if (specs === undefined) {
    specs = new Map();
    for (const table of [messageTemplates(), messageFunctions()]) {
      for (const code of Object.keys(table)) specs.set(code, table[code]);
    }
    for (const code of Object.keys(systemErrorPrefixes)) specs.set(code, null);
  }
  return specs;
}

// `codes` makes each class on first use: a program touches a handful of the ~280
// and start-up should not pay for the rest. Once made (or set, or deleted by
// someone), a code is a plain data property of the target.
const settled = new Set();
function makeCode(target, key) {
  if (typeof key !== 'string' || settled.has(key)) return;
  const spec = codeSpecs().get(key);
  if (spec === undefined) return;
  settled.add(key);
  const value = spec === null ? makeSystemErrorClass(key) : makeNodeErrorClass(spec[0], key, spec[1]);
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
const codes = new Proxy({}, {
  get(target, key, receiver) {
    makeCode(target, key);
    return Reflect.get(target, key, receiver);
  },
  has(target, key) {
    makeCode(target, key);
    return Reflect.has(target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    makeCode(target, key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
  ownKeys(target) {
    for (const code of [...codeSpecs().keys()].sort()) makeCode(target, code);
    return Reflect.ownKeys(target);
  },
  defineProperty(target, key, descriptor) {
    settled.add(key);
    return Reflect.defineProperty(target, key, descriptor);
  },
  deleteProperty(target, key) {
    settled.add(key);
    return Reflect.deleteProperty(target, key);
  },
});

// ---- libuv errors ------------------------------------------------------------

// libuv's codes on Linux: name, -errno, description (node's util.getSystemErrorMap()).
const kUvErrors =
  'E2BIG:7:argument list too long|EACCES:13:permission denied|' +
  'EADDRINUSE:98:address already in use|EADDRNOTAVAIL:99:address not available|' +
  'EAFNOSUPPORT:97:address family not supported|' +
  'EAGAIN:11:resource temporarily unavailable|' +
  'EAI_ADDRFAMILY:3000:address family not supported|EAI_AGAIN:3001:temporary failure|' +
  'EAI_BADFLAGS:3002:bad ai_flags value|EAI_BADHINTS:3013:invalid value for hints|' +
  'EAI_CANCELED:3003:request canceled|EAI_FAIL:3004:permanent failure|' +
  'EAI_FAMILY:3005:ai_family not supported|EAI_MEMORY:3006:out of memory|' +
  'EAI_NODATA:3007:no address|EAI_NONAME:3008:unknown node or service|' +
  'EAI_OVERFLOW:3009:argument buffer overflow|' +
  'EAI_PROTOCOL:3014:resolved protocol is unknown|' +
  'EAI_SERVICE:3010:service not available for socket type|' +
  'EAI_SOCKTYPE:3011:socket type not supported|' +
  'EALREADY:114:connection already in progress|EBADF:9:bad file descriptor|' +
  'EBUSY:16:resource busy or locked|ECANCELED:125:operation canceled|' +
  'ECHARSET:4080:invalid Unicode character|' +
  'ECONNABORTED:103:software caused connection abort|' +
  'ECONNREFUSED:111:connection refused|ECONNRESET:104:connection reset by peer|' +
  'EDESTADDRREQ:89:destination address required|EEXIST:17:file already exists|' +
  'EFAULT:14:bad address in system call argument|EFBIG:27:file too large|' +
  'EHOSTUNREACH:113:host is unreachable|EINTR:4:interrupted system call|' +
  'EINVAL:22:invalid argument|EIO:5:i/o error|EISCONN:106:socket is already connected|' +
  'EISDIR:21:illegal operation on a directory|' +
  'ELOOP:40:too many symbolic links encountered|EMFILE:24:too many open files|' +
  'EMSGSIZE:90:message too long|ENAMETOOLONG:36:name too long|' +
  'ENETDOWN:100:network is down|ENETUNREACH:101:network is unreachable|' +
  'ENFILE:23:file table overflow|ENOBUFS:105:no buffer space available|' +
  'ENODEV:19:no such device|ENOENT:2:no such file or directory|' +
  'ENOMEM:12:not enough memory|ENONET:64:machine is not on the network|' +
  'ENOPROTOOPT:92:protocol not available|ENOSPC:28:no space left on device|' +
  'ENOSYS:38:function not implemented|ENOTCONN:107:socket is not connected|' +
  'ENOTDIR:20:not a directory|ENOTEMPTY:39:directory not empty|' +
  'ENOTSOCK:88:socket operation on non-socket|' +
  'ENOTSUP:95:operation not supported on socket|' +
  'EOVERFLOW:75:value too large for defined data type|EPERM:1:operation not permitted|' +
  'EPIPE:32:broken pipe|EPROTO:71:protocol error|' +
  'EPROTONOSUPPORT:93:protocol not supported|' +
  'EPROTOTYPE:91:protocol wrong type for socket|ERANGE:34:result too large|' +
  'EROFS:30:read-only file system|' +
  'ESHUTDOWN:108:cannot send after transport endpoint shutdown|ESPIPE:29:invalid seek|' +
  'ESRCH:3:no such process|ETIMEDOUT:110:connection timed out|' +
  'ETXTBSY:26:text file is busy|EXDEV:18:cross-device link not permitted|' +
  'UNKNOWN:4094:unknown error|EOF:4095:end of file|ENXIO:6:no such device or address|' +
  'EMLINK:31:too many links|EHOSTDOWN:112:host is down|EREMOTEIO:121:remote I/O error|' +
  'ENOTTY:25:inappropriate ioctl for device|' +
  'EFTYPE:4028:inappropriate file type or format|EILSEQ:84:illegal byte sequence|' +
  'ESOCKTNOSUPPORT:94:socket type not supported|ENODATA:61:no data available|' +
  'EUNATCH:49:protocol driver not attached';

let uvByErrno;   // errno -> [name, description]
let uvByName;    // name -> errno
function uvTables() {
  if (uvByErrno === undefined) {
    uvByErrno = new Map();
    uvByName = new Map();
    for (const entry of kUvErrors.split('|')) {
      const [name, errno, description] = entry.split(':');
      uvByErrno.set(-errno, [name, description]);
      uvByName.set(name, -errno);
    }
  }
  return uvByErrno;
}

// Codes the host may report that libuv has no name for, and the errno node gives
// getaddrinfo's ENOTFOUND (EAI_NONAME's).
const kExtraErrnos = { ECHILD: [-10, 'no child processes'], ENOTFOUND: [-3008, 'unknown node or service'] };

const kUvUnmapped = ['UNKNOWN', 'unknown error'];

function uvErrmapGet(errno) {
  return uvTables().get(errno);
}

// util.getSystemErrorMap(): a fresh Map, so callers cannot edit ours.
function getSystemErrorMap() {
  return new Map([...uvTables()].map(([errno, pair]) => [errno, [...pair]]));
}

function uvErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

// util.getSystemErrorName(err).
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return uvErrorName(err);
}

// The (negative) errno for a code name: 'ENOENT' -> -2.
function uvErrno(code) {
  uvTables();
  if (uvByName.has(code)) return uvByName.get(code);
  return kExtraErrnos[code]?.[0];
}

// Node's uvException: `${code}: ${description}, ${syscall} '${path}' -> '${dest}'`
// with errno, code, syscall, path, dest as properties.
function UVException(ctx) {
  return buildUvException(ctx, uvErrmapGet(ctx.errno) || kUvUnmapped);
}

function buildUvException(ctx, [code, description]) {
  let message = `${code}: ${ctx.message || description}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  for (const key of Object.keys(ctx)) {
    if (key !== 'message' && key !== 'path' && key !== 'dest') err[key] = ctx[key];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

// The usual way for host code to report a failed system call, as node's fs, net and
// child_process do: from the code name or the errno (libuv's negative one or the
// positive one the OS returns). Codes libuv has no name for keep theirs.
function uvError(codeOrErrno, syscall, path, dest) {
  let errno;
  let entry;
  if (typeof codeOrErrno === 'number') {
    errno = -Math.abs(codeOrErrno);
    entry = uvErrmapGet(errno) || extraEntryByErrno(errno) || kUvUnmapped;
  } else {
    errno = uvErrno(codeOrErrno);
    entry = uvByName.has(codeOrErrno)
      ? uvErrmapGet(errno)
      : [codeOrErrno, kExtraErrnos[codeOrErrno]?.[1] ?? kUvUnmapped[1]];
  }
  // Property order as in node's fs errors: errno, code, syscall, path, dest.
  const ctx = { errno, code: entry[0], syscall };
  if (path !== undefined && path !== null) ctx.path = path;
  if (dest !== undefined && dest !== null) ctx.dest = dest;
  const err = buildUvException(ctx, entry);
  // The stack starts at the caller (fs.openSync, say), not in here.
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, uvError);
  return err;
}

function extraEntryByErrno(errno) {
  for (const name of Object.keys(kExtraErrnos)) {
    if (kExtraErrnos[name][0] === errno) return [name, kExtraErrnos[name][1]];
  }
  return undefined;
}

// `${syscall} ${code} ${address}:${port}`, for bind, listen and friends.
function UVExceptionWithHostPort(err, syscall, address, port) {
  const [code, description] = uvErrmapGet(err) || kUvUnmapped;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${description}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// `${syscall} ${code}`, for spawn, write and friends.
function ErrnoException(err, syscall, original) {
  const code = uvErrorName(err);
  const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

// `${syscall} ${code} ${address}:${port}`, for connect and friends.
function ExceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

const kEaiNodata = -3007;
const kEaiNoname = -3008;

// `${syscall} ${code} ${hostname}`; getaddrinfo's "no such name" becomes ENOTFOUND.
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === kEaiNodata || code === kEaiNoname ? 'ENOTFOUND' : uvErrorName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function ConnResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

// ---- the rest ----------------------------------------------------------------

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// An Error with extra enumerable properties, as node's internals build ad hoc.
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// Two failures of one operation (a stream's, say) reported as one error.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// Node removes its own frames from these errors' stacks; the engines' stack APIs
// differ too much for that, so the frames stay and this only keeps the call sites.
function hideStackFrames(fn) {
  return fn;
}

module.exports = {
  AbortError,
  ConnResetException,
  DNSException,
  ErrnoException,
  ExceptionWithHostPort,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  addNumericalSeparator,
  aggregateTwoErrors,
  codes,
  determineSpecificType,
  formatList,
  genericNodeError,
  getSystemErrorMap,
  getSystemErrorName,
  hideStackFrames,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  uvErrmapGet,
  uvErrno,
  uvError,
  uvErrorName,
  uvException: UVException,
};
