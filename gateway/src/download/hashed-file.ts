import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';

/** A file written chunk by chunk while its SHA-256 and size are counted; a write waits while the disk is behind. */
export class HashedFile {
  private readonly stream: fs.WriteStream;
  private readonly hash = createHash('sha256');
  bytes = 0;

  constructor(readonly path: string) {
    this.stream = fs.createWriteStream(path, { flags: 'wx' });
  }

  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Closes the file and answers its SHA-256 in hexadecimal. */
  async finish(): Promise<string> {
    this.stream.end();
    await once(this.stream, 'finish');
    return this.hash.digest('hex');
  }

  /** Closes and removes the file (a build that did not finish). */
  async discard(): Promise<void> {
    this.stream.destroy();
    await fs.promises.rm(this.path, { force: true });
  }
}
