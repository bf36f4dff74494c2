import type { LedgerDatabase } from '../database';
import type { DocumentTemplateSettings } from '../../domain/entities/document-settings';
import { DEFAULT_DOCUMENT_TEMPLATES, documentTemplateSettingsSchema } from '../../domain/entities/document-settings';
import { nowIso } from '../records';

export const DOCUMENT_TEMPLATES_KEY = 'documentTemplates';

/** Fields a stored row lacks (saved by an older version) come from the defaults. */
export async function getDocumentTemplates(db: LedgerDatabase): Promise<DocumentTemplateSettings> {
  const row = await db.settings.get(DOCUMENT_TEMPLATES_KEY);
  const stored = typeof row?.value === 'object' && row.value !== null ? row.value : {};
  const parsed = documentTemplateSettingsSchema.safeParse({ ...DEFAULT_DOCUMENT_TEMPLATES, ...stored });
  return parsed.success ? parsed.data : DEFAULT_DOCUMENT_TEMPLATES;
}

export async function saveDocumentTemplates(
  db: LedgerDatabase,
  templates: DocumentTemplateSettings,
): Promise<DocumentTemplateSettings> {
  const valid = documentTemplateSettingsSchema.parse(templates);
  await db.settings.put({ key: DOCUMENT_TEMPLATES_KEY, value: valid, updatedAt: nowIso() });
  return valid;
}
