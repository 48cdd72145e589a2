/**
 * Expanded names of public bodies, as the organisation lexicon gives them.
 */
export const DINUM = 'Direction interministérielle du numérique';
export const ANCT = 'Agence nationale de la cohésion des territoires';
export const DITP = 'Direction interministérielle de la transformation publique';
export const ANSSI = 'Agence nationale de la sécurité des systèmes d’information';
export const CNIL = 'Commission nationale de l’informatique et des libertés';
export const INSEE = 'Institut national de la statistique et des études économiques';
export const MENJS = 'Ministère de l’Éducation nationale, de la Jeunesse et des Sports';
