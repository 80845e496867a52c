/**
 * Deprecation notes in condition-key descriptions, as the pages write them:
 *   "The kms:CustomerMasterKeySpec condition key is deprecated. Instead, use the kms:KeySpec condition key"
 *   "... This key is deprecated. It has been replaced by sagemaker:VolumeKmsKey"
 *   "... Deprecated: Use secretsmanager:KmsKeyArn"
 * Only a sentence saying the key itself is deprecated counts, not any use of the word.
 */
const NOTE = /(?:\bkey is deprecated\b|(?:^|[.!]\s*)deprecated\b)/i;
const KEY = /\b[a-z0-9][a-z0-9-]*:[A-Za-z0-9_${}/.:-]*[A-Za-z0-9_}]/g;

export interface Deprecation {
  replacement?: string;
}

/** The deprecation a description announces, with the key it names as replacement, if any. */
export function readDeprecation(key: string, description: string): Deprecation | undefined {
  const m = NOTE.exec(description);
  if (!m) return undefined;
  const after = description.slice(m.index);
  for (const candidate of after.match(KEY) ?? []) if (candidate !== key) return { replacement: candidate };
  return {};
}
