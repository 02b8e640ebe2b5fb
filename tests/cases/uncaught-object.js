throw { plain: 'object', n: 1 };
