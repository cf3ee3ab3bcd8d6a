/** "1 day", "3 days"; `many` for words that do not just take an s ("activities"). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
