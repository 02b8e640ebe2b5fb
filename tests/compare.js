#!/usr/bin/env node
'use strict';
// Runs case scripts under node and under jsrig on each engine, now, and shows where
// they differ (stdout, first line of stderr, exit code: what the harness compares).
// For writing cases and fixing the host; the harness itself uses recorded outputs.
//
//   node tests/compare.js tests/cases/zlib.js [more files] [--engines=quickjs,v8]
//   JSRIG=target/debug/jsrig node tests/compare.js ...
//   JSRIG_DEV_JS_DIR=host/js node tests/compare.js ...   (host/js without a rebuild)

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
// Cases run in their own folder: a relative dev folder must not change meaning.
if (process.env.JSRIG_DEV_JS_DIR) process.env.JSRIG_DEV_JS_DIR = path.resolve(process.env.JSRIG_DEV_JS_DIR);
const jsrig = path.resolve(process.env.JSRIG || path.join(root, 'target', 'release', 'jsrig'));
const engineArg = process.argv.find((a) => a.startsWith('--engines='));
const engines = (engineArg ? engineArg.slice('--engines='.length) : 'quickjs,v8,spidermonkey').split(',').filter(Boolean);
const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (!files.length) {
  console.error('usage: node tests/compare.js FILE... [--engines=quickjs,v8,spidermonkey]');
  process.exit(2);
}

function caseArgs(source) {
  const line = source.split('\n').slice(0, 5).find((l) => l.startsWith('// args:'));
  return line ? line.slice('// args:'.length).trim().split(/\s+/).filter(Boolean) : [];
}

function run(cmd, args, dir) {
  const r = spawnSync(cmd, args, {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: '' },
    encoding: 'utf8',
    timeout: 60000,
  });
  const norm = (t) => t.split(`file://${dir}`).join('file://<DIR>').split(dir).join('<DIR>').replace(/\(node:\d+\)/g, '(node:<PID>)');
  return { stdout: norm(r.stdout || ''), stderr: norm((r.stderr || '').split('\n')[0]), status: r.status, signal: r.signal, fullErr: r.stderr };
}

function firstDiff(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n    node:  ${JSON.stringify(la[i])}\n    jsrig: ${JSON.stringify(lb[i])}`;
  }
  return '';
}

let failures = 0;
for (const f of files) {
  const file = path.resolve(f);
  const dir = path.dirname(file);
  const name = path.basename(file);
  const args = [name, ...caseArgs(fs.readFileSync(file, 'utf8'))];
  const want = run(process.execPath, args, dir);
  for (const engine of engines) {
    const got = run(jsrig, ['--engine', engine, ...args], dir);
    const problems = [];
    if (want.stdout !== got.stdout) problems.push(`stdout differs at ${firstDiff(want.stdout, got.stdout)}`);
    if (want.stderr !== got.stderr) problems.push(`stderr first line:\n    node:  ${JSON.stringify(want.stderr)}\n    jsrig: ${JSON.stringify(got.stderr)}`);
    if (want.status !== got.status) problems.push(`exit: node ${want.status}, jsrig ${got.status}${got.signal ? ` (${got.signal})` : ''}`);
    if (problems.length) {
      failures++;
      console.log(`DIFF ${f} [${engine}]\n  ${problems.join('\n  ')}`);
      if (process.argv.includes('-v') && got.fullErr) console.log(got.fullErr.split('\n').slice(0, 15).join('\n'));
    } else {
      console.log(`same ${f} [${engine}]`);
    }
  }
}
process.exit(failures ? 1 : 0);
