/**
 * Words around people's names in French programmes, as data.
 */

/** Honorifics stripped from names and kept apart. */
export const HONORIFICS: readonly string[] = [
  'Monsieur', 'Madame', 'Mademoiselle', 'M.', 'Mme', 'Mme.', 'Mlle', 'Mlle.', 'MM.', 'Mmes', 'Dr', 'Dr.', 'Pr', 'Pr.',
  'Me', 'Me.', 'Prof.', 'Professeur', 'Professeure', 'Docteur', 'Docteure', 'Maître', 'Mr', 'Mr.', 'Mrs', 'Ms',
  'Mgr', 'Mgr.', 'Père', 'Sœur', 'Frère', 'Général', 'Colonel', 'Commandant', 'Capitaine', 'Maire',
  'le Dr', 'le Pr', 'le docteur', 'le professeur', 'la professeure', 'la docteure', 'le Professeur',
  'la Dr', 'la Dr.', 'la Pr', 'la Pr.', 'le Dr.', 'le Pr.', 'Dre', 'la Dre',
];

/**
 * Abbreviated honorifics that make a lone surname a person ("Mme Duarte",
 * "M. Oyelaran", "Dr Roux"); written out ("Madame Bovary") they may open a
 * title instead, so they are not here.
 */
export const SURNAME_ONLY_HONORIFICS: readonly string[] = ['M.', 'Mme', 'Mme.', 'Mlle', 'Mlle.', 'MM.', 'Dr', 'Dr.', 'Pr', 'Pr.'];

/** Honorifics that open a protocol title before a name: "M. le Président X", "Mme la Préfète de la Drôme". */
export const PROTOCOL_HONORIFICS: readonly string[] = ['M.', 'Mme', 'Monsieur', 'Madame'];

/**
 * Words that open a title, never a name ("Tournoi Mario Kart", "Concert Les Ogres",
 * "Projection Le Grand Bleu"). Folded, lower case.
 */
export const TITLE_NOUNS: readonly string[] = [
  'tournoi', 'concert', 'projection', 'spectacle', 'visite', 'balade', 'exposition', 'conference', 'atelier',
  'table', 'session', 'seance', 'pause', 'dejeuner', 'diner', 'cocktail', 'accueil', 'pitch', 'pitchs', 'demo',
  'keynote', 'plenier', 'pleniere', 'forum', 'salon', 'hackathon', 'webinaire', 'film', 'lecture', 'jeu', 'jeux',
  'quiz', 'soiree', 'matinee', 'journee', 'rencontre', 'rencontres', 'remise', 'prix', 'ceremonie', 'inauguration',
  'presentation', 'restitution', 'introduction', 'ouverture', 'cloture', 'conclusion', 'discours', 'mot', 'mots',
  'temoignage', 'intervention', 'debat', 'echange', 'echanges', 'questions', 'synthese', 'bilan', 'focus', 'zoom',
  'retour', 'retours', 'panorama', 'point', 'tour', 'parcours', 'module', 'formation', 'cours', 'tutoriel', 'live',
  'lancement', 'signature', 'vote', 'election', 'assemblee', 'rapport', 'ordre', 'allocution',
];

/** Lower-case particles allowed inside a name ("Amélie de Montchalin", "Fernando Pinto da Silva"). */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'du', 'des', 'd’', "d'", 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter',
  'le', 'la', 'el', 'al', 'ben', 'bin', 'bou', 'y',
];

/** Words that open a sentence, never a name ("Par le Dr X", "Avec Karim HADDAD"). Folded, lower case. */
export const NOT_NAME_STARTS: readonly string[] = [
  'par', 'avec', 'et', 'pour', 'sur', 'dans', 'chez', 'selon', 'sous', 'entre', 'vers', 'puis', 'ou', 'mais', 'donc',
  'en', 'au', 'aux', 'ainsi', 'animation', 'moderation', 'intervention', 'presentation',
];

/** Capitalised words that start organisations, never given names. */
export const ORGANISATION_HEADS: readonly string[] = [
  'direction', 'directeur', 'agence', 'ministère', 'ministere', 'secrétariat', 'secretariat', 'préfecture',
  'prefecture', 'mairie', 'ville', 'région', 'region', 'département', 'departement', 'conseil', 'commission',
  'université', 'universite', 'univ', 'association', 'fondation', 'institut', 'institute', 'observatoire',
  'société', 'societe', 'groupe', 'centre', 'center', 'école', 'ecole', 'laboratoire', 'lab', 'pôle', 'pole',
  'service', 'services', 'mission', 'cour', 'tribunal', 'assemblée', 'assemblee', 'sénat', 'senat', 'haut',
  'haute', 'autorité', 'autorite', 'office', 'caisse', 'chambre', 'collectif', 'communauté', 'communaute',
  'fédération', 'federation', 'union', 'syndicat', 'délégation', 'delegation', 'inspection', 'cabinet',
  'présidence', 'presidence', 'gouvernement', 'république', 'republique', 'france', 'état', 'etat', 'les',
  'le', 'la', 'l’', "l'", 'un', 'une', 'des', 'projet', 'programme', 'équipe', 'equipe', 'réseau', 'reseau',
  'plateforme', 'campus', 'hôpital', 'hopital', 'musée', 'musee', 'salle', 'amphi', 'amphithéâtre', 'palais',
  'parc', 'hôtel', 'hotel', 'table', 'atelier', 'pause', 'déjeuner', 'accueil', 'session', 'séance', 'présentation',
  'régie', 'regie',
];

/** Template leftovers that are never people ("Prénom Nom", "NOM Prénom", "XXX"). Folded, lower case. */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'prenom nom', 'nom prenom', 'prenom', 'nom', 'xxx', 'xx', 'x', 'a confirmer', 'a definir', 'tbd', 'tbc',
  'nom de l intervenant', 'nom de l intervenante', 'intervenant', 'intervenante', 'fonction entite',
  'fonction', 'entite', 'john doe', 'jane doe', 'lorem ipsum',
];

/**
 * Nouns of places and institutions named after a person ("salle Tanguy
 * Prigent", "rue Jean Jaurès", "collège Anne-de-Bretagne", "prix Marie
 * Curie"): a name right after one of them is not a person, accents folded.
 */
export const NAMED_AFTER_NOUNS: readonly string[] = [
  'salle', 'amphi', 'amphitheatre', 'auditorium', 'rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'allee', 'impasse',
  'chemin', 'square', 'parc', 'jardin', 'pont', 'gare', 'station', 'stade', 'gymnase', 'piscine', 'ecole', 'lycee',
  'college', 'institut', 'centre', 'espace', 'hopital', 'bibliotheque', 'mediatheque', 'musee', 'batiment', 'pavillon',
  'maison', 'residence', 'hall', 'campus', 'theatre', 'cinema', 'fondation', 'prix', 'promotion', 'chaire', 'fonds',
  'association', 'collectif', 'club', 'cercle', 'compagnie', 'orchestre', 'quatuor', 'trio',
];

/** Nouns of groups credited with their members in brackets ("la compagnie L'Envolée (A et B)"), accents folded. */
export const GROUP_NOUNS: readonly string[] = [
  'compagnie', 'cie', 'collectif', 'troupe', 'groupe', 'ensemble', 'quatuor', 'quintette', 'trio', 'duo', 'orchestre',
  'chorale', 'choeur', 'association', 'equipe', 'atelier', 'studio', 'agence',
];

/**
 * Words that open the topic of a talk after a person's details
 * ("…, animateur au CPIE, sur la gestion de l'eau"): the details end there.
 */
export const TOPIC_LEADS: readonly string[] = ['sur', 'autour de', "autour d'", 'à propos de', "à propos d'", 'au sujet de', "au sujet d'", 'pour parler de', "pour parler d'"];
