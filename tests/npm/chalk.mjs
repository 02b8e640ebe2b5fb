import chalk, { Chalk } from 'chalk';
const forced = new Chalk({ level: 1 });
console.log(JSON.stringify(forced.red.bold('red bold')), JSON.stringify(forced.bgBlue.white('x')));
console.log(chalk.level >= 0, typeof chalk.green);
