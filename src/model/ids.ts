/** A new random id. Ids only need to be unique within a map and across a library. */
export function newId(): string {
  return crypto.randomUUID();
}
