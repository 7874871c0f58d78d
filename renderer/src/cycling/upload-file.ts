// Sends a chosen file to main in chunks (the renderer has no path on disk to give in browser
// mode), reporting the bytes sent; returns the upload's id for detection and import.
import { UPLOAD_CHUNK_MAX_BYTES } from '../../../shared/schemas/cycling';
import { callApi } from '../api/client';
import { fileToBase64 } from '../components/file-bytes';

/** 4 MiB per call: well inside the limit, and progress moves often enough to watch. */
const CHUNK_BYTES = Math.min(4 * 1024 * 1024, UPLOAD_CHUNK_MAX_BYTES);

export async function uploadFile(file: File, onProgress: (sentBytes: number) => void, signal?: AbortSignal): Promise<string> {
  const { uploadId } = await callApi('beginUpload', { fileName: file.name, sizeBytes: file.size });
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    if (signal?.aborted) {
      await callApi('discardUpload', { uploadId });
      throw new Error(`sending ${file.name} was cancelled`);
    }
    const dataBase64 = await fileToBase64(file.slice(offset, offset + CHUNK_BYTES));
    await callApi('uploadChunk', { uploadId, offset, dataBase64 });
    onProgress(Math.min(file.size, offset + CHUNK_BYTES));
  }
  onProgress(file.size);
  return uploadId;
}
