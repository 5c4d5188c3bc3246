/** `1 key result`, `3 key results`: a count with its noun, plural unless the count is one. */
export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nounPlural}`;
}
