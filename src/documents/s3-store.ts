// Content-addressed blob store on any S3-compatible object store (AWS S3, MinIO, Ceph, Wasabi...), for
// deployments with several app instances. Same keys and behaviour as the local store.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { hashFile, type BlobEntry, type BlobStore } from './blob-store.js';

export type S3Settings = {
  /** e.g. https://minio.example.go.id:9000; omit for AWS S3. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Path-style URLs (endpoint/bucket/key), needed by most self-hosted servers. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, so the bucket may hold other things. */
  prefix?: string;
};

const SHA = /^[0-9a-f]{64}$/;

export function createS3Client(s: S3Settings): S3Client {
  return new S3Client({
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    forcePathStyle: s.forcePathStyle,
    ...(s.accessKeyId && s.secretAccessKey ? { credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } } : {}),
    // Many S3-compatible servers do not understand the SDK's newer default checksum headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export function s3BlobStore(settings: S3Settings, client: S3Client = createS3Client(settings)): BlobStore & { client: S3Client } {
  const Bucket = settings.bucket;
  const prefix = settings.prefix ?? 'blobs/';
  const keyOf = (sha: string) => {
    if (!SHA.test(sha)) throw new Error('invalid blob key');
    return `${prefix}${sha.slice(0, 2)}/${sha}`;
  };

  async function has(sha: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(sha) }));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  /**
   * Renews the modification time (LastModified) of a stored object by copying it onto itself; false when
   * it is not stored or its time could not be renewed so (then it is written again). Garbage collection
   * never deletes an object written within its grace period.
   */
  async function renew(sha: string): Promise<boolean> {
    const Key = keyOf(sha);
    try {
      const r = await client.send(
        new CopyObjectCommand({
          Bucket,
          Key,
          CopySource: `${Bucket}/${Key}`,
          MetadataDirective: 'REPLACE',
          ContentType: 'application/octet-stream',
        }),
      );
      // Some S3-compatible servers keep the old time on a copy onto itself: then the caller writes the
      // bytes again (an hour of slack for clocks that differ).
      const at = r.CopyObjectResult?.LastModified;
      return at !== undefined && at.getTime() > Date.now() - 3600_000;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async function read(sha: string, range?: { start: number; end: number }): Promise<Readable | null> {
    try {
      const r = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(sha), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }));
      const body = r.Body;
      if (!body) return null;
      return body instanceof Readable ? body : Readable.fromWeb((body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never);
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async function entries(): Promise<BlobEntry[]> {
    const out: BlobEntry[] = [];
    let token: string | undefined;
    do {
      const r = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
      for (const o of r.Contents ?? []) {
        const sha = o.Key?.split('/').pop() ?? '';
        // No time known: taken as just written, so never collected on that ground.
        if (SHA.test(sha)) out.push({ sha256: sha, size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date() });
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  }

  return {
    client,
    async put(data) {
      const sha256 = createHash('sha256').update(data).digest('hex');
      if (!(await renew(sha256))) {
        await client.send(
          new PutObjectCommand({ Bucket, Key: keyOf(sha256), Body: data, ContentLength: data.byteLength, ContentType: 'application/octet-stream' }),
        );
      }
      return { sha256, size: data.byteLength };
    },
    async putFile(file, known) {
      const { sha256, size } = known ?? (await hashFile(file));
      if (!(await renew(sha256))) {
        await client.send(
          new PutObjectCommand({ Bucket, Key: keyOf(sha256), Body: createReadStream(file), ContentLength: size, ContentType: 'application/octet-stream' }),
        );
      }
      return { sha256, size };
    },
    async get(sha) {
      const s = await read(sha);
      if (!s) return null;
      const parts: Buffer[] = [];
      for await (const c of s as AsyncIterable<Buffer>) parts.push(Buffer.from(c));
      return Buffer.concat(parts);
    },
    stream(sha) {
      // The interface is synchronous: hand out a stream now and fill it when the object arrives.
      // A missing object ends it with an error (the local store returns null instead).
      keyOf(sha);
      const out = new PassThrough();
      read(sha).then(
        (s) => (s ? s.on('error', (e) => out.destroy(e)).pipe(out) : out.destroy(new Error(`blob ${sha} not found`))),
        (e: unknown) => out.destroy(e as Error),
      );
      return out;
    },
    has,
    read,
    async remove(sha) {
      // S3 answers a delete of a missing key with success, like the local store.
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(sha) }));
    },
    async list() {
      return (await entries()).map((e) => e.sha256);
    },
    entries,
    async info(sha) {
      try {
        const r = await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(sha) }));
        return { sha256: sha, size: r.ContentLength ?? 0, modifiedAt: r.LastModified ?? new Date() };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    filePath() {
      // Backups fall back to stream() when there is no local file.
      throw new Error('an S3 blob store has no local files');
    },
  };
}
