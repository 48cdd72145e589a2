/**
 * Template leftovers where a link should be: "lien à ajouter", "URL à
 * compléter", "#", "xxx". People and roles left as template text ("Prénom
 * Nom", "fonction entité") are recognised in names.ts and people.ts.
 */
import { PLACEHOLDER_LINK_NOUNS, PLACEHOLDER_LINK_STATES } from './lexicon/cues.js';
import { alternation } from './text.js';

const NOUNS = alternation(PLACEHOLDER_LINK_NOUNS);
const STATES = alternation(PLACEHOLDER_LINK_STATES);
/** A link target: "lien à ajouter", "à venir", "#", or nothing but the noun "lien". */
const TARGET_RE = new RegExp(`^(?:(?:${NOUNS})\\s*)?(?:${STATES})$|^(?:${NOUNS}|#)$`, 'iu');
/** A value in running text or front matter: the noun is needed ("lien à ajouter", not "à venir"). */
const VALUE_RE = new RegExp(`^(?:${NOUNS})\\s+(?:${STATES})$`, 'iu');

/** True when a link's target (`href`, Markdown URL) is template text rather than an address. */
export function isPlaceholderLink(target: string): boolean {
  return TARGET_RE.test(target.trim());
}

/** True when a whole value reads as a link still to be written ("lien à ajouter", "URL à compléter"). */
export function isPlaceholderLinkText(value: string): boolean {
  return VALUE_RE.test(value.trim());
}
