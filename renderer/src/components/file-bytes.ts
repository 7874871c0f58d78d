/** A chosen file's (or a slice's) bytes as base64, the way the contract carries files. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The bytes of base64 content (as the contract carries files). */
export function base64ToBytes(contentBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers a Blob as a download with its own file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Long enough for a large file to be taken over by the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers base64 content as a download with its own file name. */
export function downloadBase64(fileName: string, mediaType: string, contentBase64: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(contentBase64)], { type: mediaType }));
}
