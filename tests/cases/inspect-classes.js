class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
class Empty {}
console.log(new Point(1, 2), new Point3(1, 2, 3), new Empty());
console.log([new Point(0, 0)]);
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Custom';
  }
}
console.log(new Tagged());
class WithCustom {
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `WithCustom<${typeof depth}, ${typeof options.stylize}, ${typeof inspect}>`;
  }
}
console.log(new WithCustom(), { inner: new WithCustom() });
function OldStyle() {
  this.v = 1;
}
console.log(new OldStyle());
const anonymous = new (class {})();
console.log(anonymous);
const fnWithProps = function withProps() {};
fnWithProps.extra = 1;
console.log(fnWithProps);
class Statics {
  static s = 1;
}
console.log(Statics);
