'use strict';
// The `console` module: the global console, writing to process.stdout/stderr.

const { Console } = require('internal/console');

const process = globalThis.process;
const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
Object.defineProperty(globalConsole, 'Console', { value: Console, writable: true, configurable: true, enumerable: false });

module.exports = globalConsole;
