const { Command } = require('commander');
const program = new Command();
program.name('tool').option('-d, --debug', 'debug').option('-n, --num <n>', 'a number', parseFloat, 1)
  .argument('<file>').action((file, opts) => console.log('file', file, opts));
program.parse(['node', 'tool', '-d', '--num', '2.5', 'a.txt']);
console.log(program.helpInformation());
