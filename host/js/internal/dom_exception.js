'use strict';
// WHATWG DOMException as node has it (its per-context class): name, message and
// the legacy numeric code are accessors over internal state, and the legacy
// constants live on both the class and its prototype. Used by atob/btoa and any
// other module that must throw a DOMException before the host installs one.

// Legacy constant names and codes, in node's order; the error names that map
// to them follow from the table below.
const kLegacyCodes = [
  ['INDEX_SIZE_ERR', 1, 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 2],
  ['HIERARCHY_REQUEST_ERR', 3, 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 4, 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 5, 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 6],
  ['NO_MODIFICATION_ALLOWED_ERR', 7, 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 8, 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 9, 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 10, 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 11, 'InvalidStateError'],
  ['SYNTAX_ERR', 12, 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 13, 'InvalidModificationError'],
  ['NAMESPACE_ERR', 14, 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 15, 'InvalidAccessError'],
  ['VALIDATION_ERR', 16],
  ['TYPE_MISMATCH_ERR', 17, 'TypeMismatchError'],
  ['SECURITY_ERR', 18, 'SecurityError'],
  ['NETWORK_ERR', 19, 'NetworkError'],
  ['ABORT_ERR', 20, 'AbortError'],
  ['URL_MISMATCH_ERR', 21, 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 22, 'QuotaExceededError'],
  ['TIMEOUT_ERR', 23, 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 24, 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 25, 'DataCloneError'],
];

let codeByName;
function legacyCode(name) {
  if (codeByName === undefined) {
    codeByName = new Map();
    for (const [, code, errorName] of kLegacyCodes) if (errorName) codeByName.set(errorName, code);
  }
  return codeByName.get(name) ?? 0;
}

let isDOMException;

class DOMException extends Error {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    // No message for the Error constructor: `message` is an accessor here, and
    // an own data property would hide it.
    super();
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else {
      this.#name = `${options}`;
    }
    fixStackHeader(this, this.#name, this.#message);
  }

  get name() {
    checkThis(this);
    return this.#name;
  }

  get message() {
    checkThis(this);
    return this.#message;
  }

  get code() {
    checkThis(this);
    return legacyCode(this.#name);
  }

  static {
    isDOMException = (value) => value !== null && typeof value === 'object' && #name in value;
  }
}

// Engines that write the stack eagerly did so in super(), before the name
// and message existed (QuickJS writes a bare "Error" line): the first line
// becomes what node shows, `${name}: ${message}`.
function fixStackHeader(err, name, message) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  const header = name === '' ? message : message === '' ? name : `${name}: ${message}`;
  if (typeof stack !== 'string' || stack === header || stack.startsWith(`${header}\n`)) return;
  const nl = stack.indexOf('\n');
  const first = nl === -1 ? stack : stack.slice(0, nl);
  // A first line that is a frame means there was no header at all.
  const frames = /^\s+at |@/.test(first) ? `\n${stack}` : nl === -1 ? '' : stack.slice(nl);
  Object.defineProperty(err, 'stack', { value: `${header}${frames}`, writable: true, enumerable: false, configurable: true });
}

function checkThis(value) {
  if (!isDOMException(value)) {
    // Node's wording here lacks the "type" of ERR_INVALID_THIS's message.
    const err = new (require('internal/errors').codes.ERR_INVALID_THIS)('DOMException');
    Object.defineProperty(err, 'message', {
      value: 'Value of "this" must be of DOMException', writable: true, enumerable: false, configurable: true,
    });
    throw err;
  }
}

for (const key of ['name', 'message', 'code']) Object.defineProperty(DOMException.prototype, key, { enumerable: true });
for (const [constant, code] of kLegacyCodes) {
  const desc = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});

module.exports = { DOMException };
