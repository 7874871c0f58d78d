// Files the renderer sends for import, received in chunks into a folder of this session's temporary
// directory: the renderer (a browser page in browser mode) has no path on disk to give. Each upload
// is written in order and checked for size; the import reads it from disk like any other file.
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { makeOwnedTempDir } from '../../files/owned-temporaries';
import { CellbookError } from '../../../shared/api-error';
import { formatBytes } from '../../../shared/format/bytes';
import { UPLOAD_CHUNK_MAX_BYTES, type UploadStatus } from '../../../shared/schemas/cycling';

interface Upload extends UploadStatus {
  filePath: string;
  /** SHA-256 of the bytes so far, taken as they arrive: the import never reads the file again for it. */
  hash: Hash;
  sha256: string | null;
}

export class UploadRegistry {
  private readonly uploads = new Map<string, Upload>();
  private dir: string | null = null;

  begin(fileName: string, sizeBytes: number): UploadStatus {
    this.dir ??= makeOwnedTempDir('uploads');
    const uploadId = `upload-${randomBytes(8).toString('hex')}`;
    // The name is only shown and stored; on disk the upload is named by its id.
    const filePath = path.join(this.dir, uploadId);
    closeSync(openSync(filePath, 'w'));
    const upload: Upload = { uploadId, fileName: path.basename(fileName), sizeBytes, receivedBytes: 0, filePath, hash: createHash('sha256'), sha256: null };
    this.uploads.set(uploadId, upload);
    return this.status(upload);
  }

  append(uploadId: string, offset: number, dataBase64: string): UploadStatus {
    const upload = this.require(uploadId);
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.byteLength > UPLOAD_CHUNK_MAX_BYTES) throw new CellbookError('validation', `${upload.fileName}: a chunk of ${formatBytes(bytes.byteLength)} is larger than ${formatBytes(UPLOAD_CHUNK_MAX_BYTES)}`);
    if (offset !== upload.receivedBytes) throw new CellbookError('validation', `${upload.fileName}: chunk at byte ${offset}, but ${upload.receivedBytes} bytes were received so far; send the chunks in order`);
    if (upload.receivedBytes + bytes.byteLength > upload.sizeBytes) throw new CellbookError('validation', `${upload.fileName}: more bytes than the ${upload.sizeBytes} announced`);
    const fd = openSync(upload.filePath, 'a');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    upload.receivedBytes += bytes.byteLength;
    upload.hash.update(bytes);
    return this.status(upload);
  }

  /** The file of a complete upload, for reading, and the SHA-256 of its bytes. */
  completed(uploadId: string): { filePath: string; fileName: string; sha256: string } {
    const upload = this.require(uploadId);
    if (upload.receivedBytes !== upload.sizeBytes) throw new CellbookError('validation', `${upload.fileName}: ${upload.receivedBytes} of ${upload.sizeBytes} bytes arrived; send the rest first`);
    upload.sha256 ??= upload.hash.digest('hex');
    return { filePath: upload.filePath, fileName: upload.fileName, sha256: upload.sha256 };
  }

  /** Forgets an upload and deletes its file (after an import, or when the user drops it). */
  discard(uploadId: string): void {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    rmSync(upload.filePath, { force: true });
    this.uploads.delete(uploadId);
  }

  /** Deletes every upload's file; the host calls this when it closes. */
  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.uploads.clear();
    this.dir = null;
  }

  private require(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new CellbookError('not_found', `no upload ${uploadId} in this session (uploads last until Cellbook closes)`);
    return upload;
  }

  private status(upload: Upload): UploadStatus {
    return { uploadId: upload.uploadId, fileName: upload.fileName, sizeBytes: upload.sizeBytes, receivedBytes: upload.receivedBytes };
  }
}
