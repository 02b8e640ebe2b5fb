// A Timeout converts to a number id, and clearTimeout accepts it.
const t = setTimeout(() => console.log('should not run'), 10);
const id = +t;
console.log(typeof id, Number.isInteger(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('runs'), 1);
clearTimeout(`${+setTimeout(() => console.log('string id cleared? no'), 1) + 1000}`);
void t2;
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
