/**
 * Pictures go into the package stored, not deflated. The docx package deflates every part of the
 * DOCX (fflate, level 6) and hashes every image's bytes (SHA-1) for its key: for ten photos, 8 MB of
 * JPEG, that was about a second per export (bench: `npm run bench -- pictures`) spent squeezing
 * data that does not get smaller. So the document is built with a small stand-in for each picture's
 * bytes (unique per picture, so docx keys and names each once), and the packed file then has each
 * stand-in replaced by the real bytes, stored (level 0); the XML parts keep their deflate.
 */
import { Packer, type Document } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { PictureSource } from '../pictureSource';

const STAND_IN_PREFIX = 'briefdesk-picture:';

export interface DeferredMedia {
  /** What the DOCX builders take: `inner`'s pictures with stand-in bytes (any number of sources, one package). */
  wrap(inner: PictureSource): PictureSource;
  /** The packed DOCX with every stand-in replaced by its picture's bytes. */
  swap(packed: Uint8Array): Uint8Array;
}

export function deferredMedia(): DeferredMedia {
  // Keyed by picture id, which is the SHA-256 of the bytes: the same key is the same bytes whatever the source.
  const real = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  return {
    wrap: (inner) => ({
      get(id) {
        const found = inner.get(id);
        if (!found) return null;
        const key = `${STAND_IN_PREFIX}${id}`;
        real.set(key, found.bytes);
        return { ...found, bytes: encoder.encode(key) };
      },
    }),
    swap(packed) {
      if (real.size === 0) return packed;
      const decoder = new TextDecoder();
      const files = unzipSync(packed);
      const out: Zippable = {};
      for (const [name, data] of Object.entries(files)) {
        const bytes = name.startsWith('word/media/') && data.length < 200 ? real.get(decoder.decode(data)) : undefined;
        out[name] = bytes ? [bytes, { level: 0 }] : [data, { level: 6 }];
      }
      return zipSync(out);
    },
  };
}

/** Packs `document`; with `media`, its stand-ins replaced by the pictures' bytes (stored). */
export async function packDocx(document: Document, media?: DeferredMedia): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  const packed = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return media ? media.swap(packed) : packed;
}
