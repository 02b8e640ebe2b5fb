const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({
  type: 'object',
  properties: { name: { type: 'string', minLength: 2 }, age: { type: 'integer', minimum: 0 } },
  required: ['name'],
  additionalProperties: false,
});
console.log(validate({ name: 'Ada', age: 36 }), validate({ name: 'A', age: -1, extra: true }));
console.log(validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));
