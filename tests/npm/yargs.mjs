import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
const argv = yargs(hideBin(['node', 'x', '--name', 'Ada', '-v', 'rest', '--count=3']))
  .option('name', { type: 'string' }).option('count', { type: 'number' }).boolean('v').parseSync();
console.log(argv.name, argv.count, argv.v, argv._);
