/** Bytes from the base64 text that file contents travel as over the contract. */
export const fromBase64 = (content: string) => new Uint8Array(Buffer.from(content, 'base64'));
