import { strFromU8, unzipSync } from 'fflate';

/** Reads one part of a .docx (a zip) as text. */
export function docxPart(bytes: Uint8Array, part: string): string {
  const files = unzipSync(bytes);
  const file = files[part];
  if (file === undefined) throw new Error(`${part} not in the document`);
  return strFromU8(file);
}

export function documentXml(bytes: Uint8Array): string {
  return docxPart(bytes, 'word/document.xml');
}

/** All text of the body's runs, joined: what a reader sees, without the XML. */
export function plainText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('');
}

/** The footers' XML, all of them. */
export function footersXml(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .map((name) => strFromU8(files[name] ?? new Uint8Array()));
}
