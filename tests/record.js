#!/usr/bin/env node
'use strict';
// Records what node prints for every case in tests/cases into tests/expected, so that
// `cargo test` needs no node. `node tests/record.js --check` records nothing and fails
// when a recorded file no longer matches node (CI runs this to keep them honest).
// The cases directory's absolute path is replaced by <CASES>, as the harness does.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// Each suite: its scripts and where their recorded outputs go.
const suites = [
  [path.join(root, 'tests', 'cases'), path.join(root, 'tests', 'expected')],
  [path.join(root, 'tests', 'npm'), path.join(root, 'tests', 'expected', 'npm')],
];

function normalize(text, casesDir) {
  return text.split(`file://${casesDir}`).join('file://<CASES>').split(casesDir).join('<CASES>')
    .replace(/\(node:\d+\)/g, '(node:<PID>)');
}

function caseArgs(source) {
  const line = source.split('\n').slice(0, 5).find((l) => l.startsWith('// args:'));
  return line ? line.slice('// args:'.length).trim().split(/\s+/).filter(Boolean) : [];
}

let failed = 0;
let total = 0;
for (const [casesDir, expectedDir] of suites) {
if (casesDir.endsWith('npm') && !fs.existsSync(path.join(casesDir, 'node_modules'))) {
  console.error('tests/npm: run `npm ci` in tests/npm first');
  failed++;
  continue;
}
fs.mkdirSync(expectedDir, { recursive: true });
const cases = fs.readdirSync(casesDir).filter((f) => /\.(c|m)?js$/.test(f)).sort();
total += cases.length;
for (const name of cases) {
  if (only.length && !only.includes(name)) continue;
  const file = path.join(casesDir, name);
  const r = spawnSync(process.execPath, [name, ...caseArgs(fs.readFileSync(file, 'utf8'))], {
    cwd: casesDir,
    env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: '' },
    encoding: 'utf8',
    timeout: 60000,
  });
  const stdout = normalize(r.stdout, casesDir);
  const firstErr = normalize((r.stderr || '').split('\n')[0], casesDir);
  const status = `exit ${r.status}\nstderr ${firstErr}\n`;
  const outFile = path.join(expectedDir, `${name}.out`);
  const statusFile = path.join(expectedDir, `${name}.status`);
  if (check) {
    const same = fs.existsSync(outFile) && fs.readFileSync(outFile, 'utf8') === stdout &&
      fs.existsSync(statusFile) && fs.readFileSync(statusFile, 'utf8') === status;
    if (!same) {
      failed++;
      console.error(`${name}: the recorded output no longer matches node`);
    }
  } else {
    fs.writeFileSync(outFile, stdout);
    fs.writeFileSync(statusFile, status);
  }
}
// Expected files of cases that no longer exist.
for (const f of fs.readdirSync(expectedDir)) {
  if (fs.statSync(path.join(expectedDir, f)).isDirectory()) continue;
  const name = f.replace(/\.(out|status)$/, '');
  if (!cases.includes(name)) {
    if (check) {
      failed++;
      console.error(`${f}: no case ${name} in tests/cases`);
    } else {
      fs.unlinkSync(path.join(expectedDir, f));
    }
  }
}
}
if (check) {
  console.log(failed ? `${failed} recorded outputs differ from node ${process.version}` : `all ${total} recorded outputs match node ${process.version}`);
  process.exit(failed ? 1 : 0);
}
console.log(`recorded ${only.length || total} cases with node ${process.version}`);
