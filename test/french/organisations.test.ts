import { describe, expect, it } from 'vitest';
import { DINUM, ANCT, DITP, ANSSI, CNIL, INSEE } from '../helpers/bodies.js';
import { isOrganisationType, isRoleWord, knownOrganisation, looksLikeOrganisation, organisationInfo } from '../../src/french/organisations.js';
import type { Organisation } from '../../src/types.js';


describe('knownOrganisation', () => {
  it.each([
    ['DINUM', DINUM, 'DINUM'],
    ['Dinum', DINUM, 'DINUM'],
    ['dinum', DINUM, 'DINUM'],
    ['la DINUM', DINUM, 'DINUM'],
    ['Direction interministérielle du numérique', DINUM, 'DINUM'],
    ['direction interministérielle du numérique', DINUM, 'DINUM'],
    ['DINUM (Direction interministérielle du numérique)', DINUM, 'DINUM'],
    ['ANCT', ANCT, 'ANCT'],
    ["l'ANCT", ANCT, 'ANCT'],
    ['l’ANCT', ANCT, 'ANCT'],
    ['ANCT (Agence nationale de la cohésion des territoires)', ANCT, 'ANCT'],
    ['Agence nationale de la cohésion des territoires', ANCT, 'ANCT'],
    ['DITP', DITP, 'DITP'],
    ['la DITP', DITP, 'DITP'],
    ['ANSSI', ANSSI, 'ANSSI'],
    ['ANSSI – Agence nationale de la sécurité des systèmes d’information', ANSSI, 'ANSSI'],
    ['CNIL', CNIL, 'CNIL'],
    ['la CNIL', CNIL, 'CNIL'],
    ['Commission nationale de l’informatique et des libertés', CNIL, 'CNIL'],
    ["Commission nationale de l'informatique et des libertés", CNIL, 'CNIL'],
    ['INSEE', INSEE, 'INSEE'],
    ['Insee', INSEE, 'INSEE'],
    ["l'Insee", INSEE, 'INSEE'],
    ['l’Insee', INSEE, 'INSEE'],
    ['Institut national de la statistique et des études économiques', INSEE, 'INSEE'],
    ['Etalab', 'Etalab', null],
    ['Étalab', 'Etalab', null],
    ['Pôle emploi', 'Pôle emploi', null],
    ['Pôle Emploi', 'Pôle emploi', null],
    ['Pole emploi', 'Pôle emploi', null],
    ['POLE EMPLOI', 'Pôle emploi', null],
  ] as [string, string, string | null][])('%s → %s (%s)', (input, name, acronym) => {
    const known = knownOrganisation(input);
    expect(known).not.toBeNull();
    expect(known!.name).toBe(name);
    expect(known!.acronym).toBe(acronym);
  });

  it.each([
    'Observatoire data publica',
    'Renaissance Numérique',
    'Fondation Jean Jaurès',
    'Green IT',
    'PIX',
    'Mairie de Paris',
    'Région Bretagne',
    'DIN',
    'DINUMERIQUE',
    'directeur',
    'chef de projet',
    'Jean Dupont',
    '',
  ])('%j is not in the lexicon', (input) => {
    expect(knownOrganisation(input)).toBeNull();
  });
});

describe('organisationInfo', () => {
  it.each([
    ['DINUM', { name: 'DINUM', acronym: 'DINUM', expanded: DINUM }],
    ['Dinum', { name: 'Dinum', acronym: 'DINUM', expanded: DINUM }],
    ['la DINUM', { name: 'la DINUM', acronym: 'DINUM', expanded: DINUM }],
    ['direction interministérielle du numérique (DINUM)', { name: 'direction interministérielle du numérique (DINUM)', acronym: 'DINUM', expanded: DINUM }],
    ['DINUM (Direction interministérielle du numérique)', { name: 'DINUM (Direction interministérielle du numérique)', acronym: 'DINUM', expanded: DINUM }],
    ['ANCT', { name: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    ["l'ANCT", { name: "l'ANCT", acronym: 'ANCT', expanded: ANCT }],
    ['Agence nationale de la cohésion des territoires (ANCT)', { name: 'Agence nationale de la cohésion des territoires (ANCT)', acronym: 'ANCT', expanded: ANCT }],
    ['DITP', { name: 'DITP', acronym: 'DITP', expanded: DITP }],
    ['ANSSI', { name: 'ANSSI', acronym: 'ANSSI', expanded: ANSSI }],
    ['CNIL', { name: 'CNIL', acronym: 'CNIL', expanded: CNIL }],
    ['Commission nationale de l’informatique et des libertés', { name: 'Commission nationale de l’informatique et des libertés', acronym: 'CNIL', expanded: CNIL }],
    ['INSEE', { name: 'INSEE', acronym: 'INSEE', expanded: INSEE }],
    ['Insee', { name: 'Insee', acronym: 'INSEE', expanded: INSEE }],
    ['l’Insee', { name: 'l’Insee', acronym: 'INSEE', expanded: INSEE }],
    ['Etalab', { name: 'Etalab', expanded: 'Etalab' }],
    ['Étalab', { name: 'Étalab', expanded: 'Etalab' }],
    ['Pôle emploi', { name: 'Pôle emploi', expanded: 'Pôle emploi' }],
    ['Pôle Emploi', { name: 'Pôle Emploi', expanded: 'Pôle emploi' }],
    ['Pole emploi', { name: 'Pole emploi', expanded: 'Pôle emploi' }],
    ['MENJS', { name: 'MENJS', acronym: 'MENJS', expanded: 'Ministère de l’Éducation nationale, de la Jeunesse et des Sports' }],
    ['Présidence de la République', { name: 'Présidence de la République', expanded: 'Présidence de la République' }],
    // Unknown bodies: the acronym and the expansion come from the page.
    ['Ville de Paris (VDP)', { name: 'Ville de Paris (VDP)', acronym: 'VDP', expanded: 'Ville de Paris' }],
    ['Agence du numérique (ANUM)', { name: 'Agence du numérique (ANUM)', acronym: 'ANUM', expanded: 'Agence du numérique' }],
    // Nothing known, no acronym in brackets: the name alone.
    ['Observatoire data publica', { name: 'Observatoire data publica' }],
    ['Fondation Jean Jaurès', { name: 'Fondation Jean Jaurès' }],
    ['PIX', { name: 'PIX' }],
    ['Agence (du numérique)', { name: 'Agence (du numérique)' }],
    ['CNRS, Aix-Marseille Université', { name: 'CNRS, Aix-Marseille Université' }],
  ] as [string, Organisation][])('%s', (input, expected) => {
    expect(organisationInfo(input)).toStrictEqual(expected);
  });
});

describe('looksLikeOrganisation', () => {
  it.each([
    'DINUM',
    'la DINUM',
    'Insee',
    'Etalab',
    'Pôle emploi',
    'Observatoire data publica',
    'Renaissance Numérique',
    'la Fondation Jean Jaurès',
    'Green IT',
    'PIX',
    'Tech4Germany',
    'direction interministérielle du numérique (DINUM)',
    'agence régionale',
    'pôle design',
    'Région Bretagne',
  ])('%j is an organisation', (input) => {
    expect(looksLikeOrganisation(input)).toBe(true);
  });

  it.each(['directeur', 'directrice interministérielle du numérique', 'chef de projet', 'cheffe de service', 'data scientist', 'fondateur Observatoire', '', '   '])(
    '%j is not an organisation',
    (input) => {
      expect(looksLikeOrganisation(input)).toBe(false);
    },
  );
});

describe('isOrganisationType and isRoleWord', () => {
  it.each([
    ['direction', true, false],
    ['Direction', true, false],
    ['agence', true, false],
    ['pôle', true, false],
    ['Pôle', true, false],
    ['pole', true, false],
    ['ministère', true, false],
    ['Université', true, false],
    ['datalab', true, false],
    ['sous-direction', true, false],
    ['directeur', false, true],
    ['directrice', false, true],
    ['Chef', false, true],
    ['cheffe', false, true],
    ['chargée', false, true],
    ['conseillère', false, true],
    ['fondateur', false, true],
    ['Déléguée', false, true],
    ['président', false, true],
    ['data', false, true],
    ['Jean', false, false],
    ['DINUM', false, false],
    ['', false, false],
  ] as [string, boolean, boolean][])('%j: organisation type %s, role word %s', (word, type, role) => {
    expect(isOrganisationType(word)).toBe(type);
    expect(isRoleWord(word)).toBe(role);
  });
});

describe('organisationInfo: the page’s own acronym', () => {
  it('keeps the acronym written in brackets when the lexicon has none', () => {
    expect(organisationInfo('Open Data France (ODF)')).toEqual({ name: 'Open Data France (ODF)', acronym: 'ODF', expanded: 'Open Data France' });
  });
});

describe('organisationInfo with brackets', () => {
  it('reads an acronym in the last brackets and keeps the text before as its expansion', () => {
    expect(organisationInfo('Agence du numérique en santé (ANS)')).toEqual({ name: 'Agence du numérique en santé (ANS)', acronym: 'ANS', expanded: 'Agence du numérique en santé' });
  });

  it('an unclosed bracket run is no acronym', () => {
    expect(organisationInfo(`Agence ${'('.repeat(10_000)}`)).toEqual({ name: `Agence ${'('.repeat(10_000)}` });
  });
});
