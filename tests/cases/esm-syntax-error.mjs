export const a = 1;
export const = 2;
