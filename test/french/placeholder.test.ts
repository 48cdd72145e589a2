import { describe, expect, it } from 'vitest';
import { isPlaceholderLink, isPlaceholderLinkText } from '../../src/french/placeholder.js';

describe('isPlaceholderLink (a link target)', () => {
  it.each(['lien à ajouter', 'Lien à venir', 'URL à compléter', 'à ajouter', '#', 'lien', 'xxx', 'TODO'])('%s is template text', (t) => {
    expect(isPlaceholderLink(t)).toBe(true);
  });
  it.each(['https://agenda.invalid/inscription', '#programme', 'inscription.html', 'lien-utile'])('%s is an address', (t) => {
    expect(isPlaceholderLink(t)).toBe(false);
  });
});

describe('isPlaceholderLinkText (a value)', () => {
  it.each(['lien à ajouter', 'URL à compléter', ' Lien à venir '])('%s is template text', (t) => {
    expect(isPlaceholderLinkText(t)).toBe(true);
  });
  // Without the noun, "à venir" is information ("Intervenants : à venir"), not a leftover.
  it.each(['à venir', 'Inscription à venir', 'gratuit, lien sur la page', '#'])('%s is not', (t) => {
    expect(isPlaceholderLinkText(t)).toBe(false);
  });
});
