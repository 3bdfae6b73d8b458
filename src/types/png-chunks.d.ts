/** png-chunks-extract / png-chunks-encode 1.0.0 ship no types: a PNG as its list of chunks and back. */
declare module 'png-chunks-extract' {
  const extract: (data: Uint8Array) => { name: string; data: Uint8Array }[];
  export default extract;
}
declare module 'png-chunks-encode' {
  const encode: (chunks: readonly { name: string; data: Uint8Array }[]) => Uint8Array;
  export default encode;
}
