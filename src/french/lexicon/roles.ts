/**
 * Job titles whose "de" or "des" names no body: "professeur des écoles" is a
 * job, not a professor at a body called "écoles". Folded.
 */
export const ROLE_COMPOUNDS: readonly string[] = [
  'professeur des ecoles', 'professeure des ecoles', 'professeur des universites', 'professeure des universites',
  'directeur d ecole', 'directrice d ecole', 'chef d etablissement', 'cheffe d etablissement',
  'inspecteur de l education nationale', 'inspectrice de l education nationale',
  'conseiller principal d education', 'conseillere principale d education',
];

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
  'cpc', 'cpd', 'erun', 'ien', 'ia-ipr', 'ipr', 'pemf', 'dasen', 'dg', 'cto', 'ceo', 'cio', 'cdo', 'dsi', 'dgs', 'dga', 'dgas', 'dgst', 'drh', 'rssi', 'dpo', 'daf', 'pdg', 'sg',
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
  'comedien', 'comedienne', 'guitariste', 'musicien', 'musicienne', 'chanteur', 'chanteuse', 'illustrateur',
  'parrain', 'marraine', 'hote', 'hotesse', 'proprietaire', 'exploitant', 'exploitante', 'guide', 'violoncelliste', 'violoniste', 'altiste', 'contrebassiste', 'pianiste', 'harpiste', 'flutiste', 'accordeoniste',
  'percussionniste', 'batteur', 'batteuse', 'bassiste', 'saxophoniste', 'trompettiste', 'clarinettiste', 'organiste',
  'chef de choeur', 'cheffe de choeur', 'chef d orchestre', 'cheffe d orchestre', 'slameur', 'slameuse', 'marionnettiste',
  'circassien', 'circassienne', 'metteur en scene', 'metteuse en scene', 'lecteur', 'lectrice', 'mediateur', 'mediatrice',
  'illustratrice', 'ecrivain', 'ecrivaine', 'photographe', 'realisateur', 'realisatrice', 'artiste', 'plasticien',
  'plasticienne', 'danseur', 'danseuse', 'conteur', 'conteuse', 'dessinateur', 'dessinatrice', 'scenariste', 'poete',
  'poetesse', 'compositeur', 'compositrice', 'romancier', 'romanciere', 'essayiste', 'traducteur', 'traductrice',
  'editeur', 'editrice', 'libraire', 'graphiste', 'urbaniste', 'paysagiste', 'infirmier', 'infirmiere', 'ide',
  'aide-soignant', 'aide-soignante', 'sage-femme', 'pharmacien', 'pharmacienne', 'kinesitherapeute', 'psychologue',
  'psychiatre', 'chirurgien', 'chirurgienne', 'cadre', 'assistant', 'assistante', 'comptable', 'notaire', 'magistrat',
  'magistrate', 'juge', 'procureur', 'procureure', 'greffier', 'greffiere', 'officier', 'lieutenant', 'agriculteur',
  'agricultrice', 'eleveur', 'eleveuse', 'viticulteur', 'viticultrice', 'cuisinier', 'cuisiniere', 'artisan', 'artisane',
  'commercant', 'commercante', 'habitant', 'habitante', 'eleve', 'lyceen', 'lyceenne', 'enseignant-chercheur',
  'enseignante-chercheuse', 'geographe', 'anthropologue', 'ethnologue', 'linguiste', 'politiste', 'politologue',
  'statisticien', 'statisticienne', 'formateur', 'formatrice', 'coach', 'mediateur', 'mediatrice', 'educateur',
  'educatrice', 'presentateur', 'presentatrice', 'producteur', 'productrice', 'podcasteur', 'podcasteuse', 'videaste',
  'sre', 'devops', 'rh', 'co-organisateur', 'co-organisatrice', 'organisateur', 'organisatrice', 'rapporteur',
  'discutant', 'discutante', 'examinateur', 'examinatrice', 'chercheur·e', 'medecin-chef', 'interne', 'externe',
  'praticien', 'praticienne', 'biologiste', 'ingenieure', 'technicien', 'physicien', 'physicienne', 'chimiste',
  'mathematicien', 'mathematicienne', 'informaticien', 'informaticienne', 'dirigeant', 'dirigeante', 'gerant',
  'gerante', 'associe', 'associee', 'partenaire', 'collaborateur', 'collaboratrice', 'responsable-adjoint',
  'verificateur', 'verificatrice', 'controleur', 'controleuse', 'auditeur', 'auditrice', 'sociologue',
  // English titles on bilingual pages ("Director of Research, Open Knowledge Lab").
  'director', 'professor', 'researcher', 'engineer', 'founder', 'co-founder', 'cofounder', 'chief', 'officer',
  'scientist', 'advisor', 'adviser', 'developer', 'analyst', 'program', 'senior', 'executive', 'coordinator',
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
  'sas', 'sarl', 'regie', 'inspection generale', 'college', 'lycee', 'etablissement', 'ehpad', 'clinique', 'maison', 'agglo',
  'communaute de communes', 'commune', 'conservatoire', 'musee', 'bibliotheque', 'mediatheque', 'archives', 'parc', 'syndicat mixte',
  'barreau', 'mesocentre', 'reseau', 'faculte', 'ufr', 'permanence', 'circonscription', 'inspe', 'dsden',
];

/** Country names that may follow an organisation in a label ("Tech4Germany, Allemagne"). Folded. */
export const COUNTRIES: readonly string[] = [
  'france', 'allemagne', 'etats-unis', 'etats unis', 'royaume-uni', 'royaume uni', 'espagne', 'italie', 'belgique',
  'suisse', 'canada', 'quebec', 'luxembourg', 'pays-bas', 'portugal', 'estonie', 'danemark', 'suede', 'norvege',
  'finlande', 'irlande', 'autriche', 'pologne', 'grece', 'japon', 'chine', 'inde', 'bresil', 'maroc', 'tunisie',
  'algerie', 'senegal', 'usa', 'uk', 'europe', 'union europeenne',
];

/** Label words that name a part in the session, never a job ("Intervenante :", "Modérateur :"). Folded. */
export const PART_LABEL_WORDS: readonly string[] = [
  'intervenant', 'intervenante', 'intervenants', 'intervenantes', 'orateur', 'oratrice', 'orateurs', 'speaker', 'speakers',
  'conferencier', 'conferenciere', 'invite', 'invitee', 'invites', 'animateur', 'animatrice', 'moderateur', 'moderatrice',
  'panelistes', 'paneliste', 'participant', 'participante', 'participants', 'temoin', 'temoins', 'guide', 'guides',
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
  ['cloture', 'host'], ['conclusion', 'host'], ['guide', 'speaker'], ['guides', 'speaker'], ['jury', 'speaker'], ['membres du jury', 'speaker'], ['temoins', 'speaker'],
  ['grands temoins', 'guest'], ['invites d honneur', 'guest'], ['coordination', 'host'], ['pilotage', 'host'],
  ['rapporteur', 'speaker'], ['rapporteure', 'speaker'], ['rapporteurs', 'speaker'], ['presidence', 'moderator'],
  ['president de seance', 'moderator'], ['presidente de seance', 'moderator'], ['president du jury', 'speaker'],
  ['presidente du jury', 'speaker'], ['directeur de these', 'speaker'], ['directrice de these', 'speaker'],
  ['directeurs de these', 'speaker'], ['co directeur de these', 'speaker'], ['co directrice de these', 'speaker'],
  ['encadrement', 'speaker'], ['discutant', 'speaker'], ['discutante', 'speaker'], ['discutants', 'speaker'],
  ['examinateurs', 'speaker'], ['examinateur', 'speaker'], ['examinatrice', 'speaker'], ['animation et moderation', 'moderator'],
  ['avec la participation de', 'speaker'], ['en presence de', 'guest'], ['grand temoin', 'guest'],
  ['moderateurs', 'moderator'], ['moderatrices', 'moderator'], ['animateurs', 'moderator'], ['animatrices', 'moderator'],
  ['invite surprise', 'guest'], ['invitee surprise', 'guest'], ['invites surprise', 'guest'], ['invite d honneur', 'guest'],
  ['invitee d honneur', 'guest'], ['presidence de seance', 'moderator'], ['presidence de la seance', 'moderator'], ['presidence de session', 'moderator'],
  ['president e de seance', 'moderator'], ['presidents de seance', 'moderator'], ['chair', 'moderator'], ['chairs', 'moderator'],
];
