import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { eachRow, openRaw } from './raw-indexeddb';

/**
 * Baselines for files: the same content zipped by the smallest builder that still makes a valid
 * file — no layout engine, no object model — so a document or backup figure can be read as
 * "n times what zipping the bytes costs".
 */

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx holding the paragraphs and one table of the given rows, with no formatting at all. */
export function minimalDocx(paragraphs: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const body = [
    ...paragraphs.map((text) => `<w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`),
    rows.length === 0
      ? ''
      : `<w:tbl>${rows
          .map(
            (row) =>
              `<w:tr>${row.map((cell) => `<w:tc><w:p><w:r><w:t>${escapeXml(cell)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`,
          )
          .join('')}</w:tbl>`,
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document),
  });
}

/**
 * Every row of every table read by a bare cursor, written as JSON lines into a streamed zip (one
 * entry per table): the least a one-file backup can cost. Returns the milliseconds and the bytes.
 */
export async function minimalBackup(databaseName: string): Promise<{ ms: number; bytes: number; rows: number }> {
  const db = await openRaw(databaseName);
  try {
    const start = performance.now();
    let bytes = 0;
    let rows = 0;
    const finished = new Promise<void>((resolve, reject) => {
      const zip = new Zip((error, chunk, final) => {
        if (error !== null) {
          reject(error);
          return;
        }
        bytes += chunk.length;
        if (final) resolve();
      });
      void (async () => {
        for (const store of db.objectStoreNames) {
          const entry = new ZipDeflate(`${store}.jsonl`, { level: 1 });
          zip.add(entry);
          let pending: string[] = [];
          rows += await eachRow(db, store, (value) => {
            pending.push(JSON.stringify(value));
            if (pending.length === 2000) {
              entry.push(strToU8(pending.join('\n') + '\n'));
              pending = [];
            }
          });
          entry.push(strToU8(pending.join('\n')), true);
        }
        zip.end();
      })().catch(reject);
    });
    await finished;
    return { ms: performance.now() - start, bytes, rows };
  } finally {
    db.close();
  }
}
