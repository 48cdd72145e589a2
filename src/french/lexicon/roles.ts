/**
 * Words that open a job title or a role in French programmes, as data
 * (lower case, accents folded). "directrice interministérielle du numérique",
 * "chef de projet", "doctorant en informatique".
 */
export const ROLE_WORDS: readonly string[] = [
  'directeur', 'directrice', 'direct', 'co-directeur', 'co-directrice', 'codirecteur', 'codirectrice', 'sous-directeur',
  'sous-directrice', 'chef', 'cheffe', 'responsable', 'charge', 'chargee', 'conseiller', 'conseillere', 'doctorant',
  'doctorante', 'professeur', 'professeure', 'chercheur', 'chercheuse', 'enseignant', 'enseignante', 'ingenieur',
  'ingenieure', 'delegue', 'deleguee', 'president', 'presidente', 'vice-president', 'vice-presidente', 'secretaire',
  'ministre', 'coordinateur', 'coordinatrice', 'coordonnateur', 'coordonnatrice', 'fondateur', 'fondatrice',
  'co-fondateur', 'co-fondatrice', 'cofondateur', 'cofondatrice', 'designer', 'developpeur', 'developpeuse',
  'data', 'expert', 'experte', 'consultant', 'consultante', 'maire', 'adjoint', 'adjointe', 'prefet', 'prefete',
  'dg', 'cto', 'ceo', 'cio', 'cdo', 'dsi', 'dgs', 'dga', 'dgas', 'dgst', 'drh', 'rssi', 'dpo', 'daf', 'pdg', 'sg',
  'tresorier', 'tresoriere', 'recteur', 'rectrice', 'proviseur', 'proviseure', 'principal', 'principale', 'doyen',
  'doyenne', 'conservateur', 'conservatrice', 'archiviste', 'bibliothecaire', 'documentaliste', 'sous-prefet',
  'sous-prefete', 'conseillere', 'vice-recteur', 'vice-rectrice', 'secretaire d etat', 'depute', 'maire-adjoint', 'head', 'lead', 'manager', 'juriste', 'docteur', 'docteure', 'membre',
  'ancien', 'ancienne', 'mentor', 'stagiaire', 'etudiant', 'etudiante', 'maitre', 'animateur', 'animatrice',
  'product', 'administrateur', 'administratrice', 'architecte', 'analyste', 'agent', 'agente', 'haut-fonctionnaire',
  'haute-fonctionnaire', 'inspecteur', 'inspectrice', 'commissaire', 'senateur', 'senatrice', 'depute', 'deputee',
  'elu', 'elue', 'vice-presidente', 'tresorier', 'tresoriere', 'redacteur', 'redactrice', 'journaliste', 'avocat',
  'avocate', 'medecin', 'post-doctorant', 'postdoc', 'postdoctorant', 'postdoctorante', 'ambassadeur', 'ambassadrice',
  'rapporteur', 'rapporteure', 'gestionnaire', 'technicien', 'technicienne', 'intervenant', 'intervenante',
  'porte-parole', 'secretaire generale', 'scientifique', 'sociologue', 'economiste', 'historien', 'historienne',
  'philosophe', 'auteur', 'autrice', 'ux', 'ui', 'product owner', 'scrum', 'directeur general', 'chargee de mission',
  'cheffe de projet', 'chef de projet', 'referent', 'referente', 'correspondant', 'correspondante', 'pilote',
  'co-pilote', 'copilote', 'fellow', 'entrepreneur', 'entrepreneuse', 'benevole', 'militant', 'militante',
];

/**
 * Words that open the name of an organisation written in lower case inside a
 * role ("cheffe du pôle design…", "à la direction de l’information légale…").
 */
export const ORGANISATION_TYPES: readonly string[] = [
  'direction', 'agence', 'ministere', 'service', 'pole', 'mission', 'delegation', 'studio', 'federation',
  'universite', 'institut', 'laboratoire', 'labo', 'observatoire', 'conseil', 'mairie', 'prefecture',
  'association', 'fondation', 'societe', 'cour', 'commissariat', 'centre', 'ecole', 'departement', 'bureau',
  'secretariat', 'presidence', 'caisse', 'chambre', 'commission', 'autorite', 'office', 'groupe', 'entreprise',
  'collectif', 'communaute', 'incubateur', 'datalab', 'cabinet', 'syndicat', 'union', 'tribunal',
  'academie', 'rectorat', 'hopital', 'chu', 'ville', 'region', 'metropole', 'agglomeration', 'communaute',
  'sous-direction', 'division', 'unite', 'equipe', 'plateforme', 'startup', 'start-up', 'cooperative', 'scop',
  'sas', 'sarl', 'inspection generale', 'college', 'lycee', 'etablissement', 'ehpad', 'clinique', 'maison', 'agglo',
  'communaute de communes', 'conservatoire', 'musee', 'bibliotheque', 'mediatheque', 'archives', 'parc', 'syndicat mixte',
];

/** Country names that may follow an organisation in a label ("Tech4Germany, Allemagne"). Folded. */
export const COUNTRIES: readonly string[] = [
  'france', 'allemagne', 'etats-unis', 'etats unis', 'royaume-uni', 'royaume uni', 'espagne', 'italie', 'belgique',
  'suisse', 'canada', 'quebec', 'luxembourg', 'pays-bas', 'portugal', 'estonie', 'danemark', 'suede', 'norvege',
  'finlande', 'irlande', 'autriche', 'pologne', 'grece', 'japon', 'chine', 'inde', 'bresil', 'maroc', 'tunisie',
  'algerie', 'senegal', 'usa', 'uk', 'europe', 'union europeenne',
];

/** Labels that introduce the people of a session, with the part they play. Folded. */
export const PEOPLE_LABELS: ReadonlyArray<readonly [string, 'speaker' | 'moderator' | 'guest' | 'host']> = [
  ['intervenants', 'speaker'], ['intervenant', 'speaker'], ['intervenante', 'speaker'], ['intervenantes', 'speaker'],
  ['intervenant es', 'speaker'], ['intervenant e s', 'speaker'], ['intervenant es', 'speaker'], ['speakers', 'speaker'],
  ['speaker', 'speaker'], ['speaker s', 'speaker'], ['orateurs', 'speaker'], ['oratrices', 'speaker'], ['avec', 'speaker'],
  ['panelistes', 'speaker'], ['panel', 'speaker'], ['participants', 'speaker'], ['conferenciers', 'speaker'],
  ['conferencier', 'speaker'], ['conferenciere', 'speaker'], ['invite', 'guest'], ['invites', 'guest'], ['invitee', 'guest'],
  ['invitees', 'guest'], ['invite e', 'guest'], ['invite e s', 'guest'], ['grand temoin', 'guest'], ['moderation', 'moderator'],
  ['moderateur', 'moderator'], ['moderatrice', 'moderator'], ['animation', 'moderator'], ['animateur', 'moderator'],
  ['animatrice', 'moderator'], ['organisation', 'host'], ['organisateurs', 'host'], ['organisatrices', 'host'],
  ['organisateur', 'host'], ['organisatrice', 'host'], ['accueil', 'host'], ['introduction', 'host'], ['ouverture', 'host'],
  ['cloture', 'host'], ['conclusion', 'host'], ['jury', 'speaker'], ['membres du jury', 'speaker'], ['temoins', 'speaker'],
  ['grands temoins', 'guest'], ['invites d honneur', 'guest'], ['coordination', 'host'], ['pilotage', 'host'],
];
