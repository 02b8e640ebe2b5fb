const ok = 1;
const broken = ;
console.log(ok, broken);
