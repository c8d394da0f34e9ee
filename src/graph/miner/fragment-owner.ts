/**
 * rules31: the kind a key of a YAML fragment without `kind` belongs to, when the fragment starts
 * below the object's root (`providers:` then `- kms:` then `name:`, cut out of an
 * EncryptionConfiguration the note showed whole further up). The key's path in the fragment
 * (`providers[].kms.name`) is then the tail of the field's path in its kind
 * (`resources[].providers[].kms.name`); where it is the tail of a field of exactly one kind the
 * note's examples declare, the key is that kind's, at the whole path. Without it the key was read
 * for any kind a farther example sets a key of the same name for (a Pod's `volumeMounts[].name`).
 * Paths of one segment say nothing of where they sit and are left alone.
 */
import { configFieldsNamed, fieldsNamed } from '../vocabulary/index.ts';

export interface FragmentKeyOwner {
  owner: string;
  /** The key's path from the owner's root. */
  path: string;
}

/** The one declared kind whose field's path ends with the fragment key's path, with the whole path. */
export function fragmentKeyOwner(key: { name: string; path: string }, declared: ReadonlySet<string>): FragmentKeyOwner | undefined {
  if (!key.path.includes('.')) return undefined;
  const tail = `.${key.path.replace(/\[\d*\]/g, '[]')}`;
  const fits = [...fieldsNamed(key.name), ...configFieldsNamed(key.name)].filter((o) => declared.has(o.owner) && o.path.endsWith(tail));
  const owners = [...new Set(fits.map((o) => o.owner))];
  return owners.length === 1 ? { owner: owners[0]!, path: fits[0]!.path } : undefined;
}
