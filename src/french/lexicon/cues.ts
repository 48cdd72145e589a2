/**
 * Cue words that tell what a time or a line means in a French programme, as data.
 * Every list is lower case; matching folds case (and accents where noted).
 */

/**
 * Words before a date or time that make it a deadline or a window, not a session
 * ("Jusqu’au 26 mai 2023, 18h", "avant le 6 janvier", "inscriptions ouvertes du … au …").
 */
export const DEADLINE_CUES: readonly string[] = [
  'jusqu’au', "jusqu'au", 'jusqu’à', "jusqu'à", 'avant le', 'avant la', 'au plus tard',
  'inscription', 'inscriptions', 'inscrire', 'candidature', 'candidatures', 'date limite', 'clôture des inscriptions',
  'ouvert du', 'ouverte du', 'ouvertes du', 'ouverts du', 'à partir du', 'dès le', 'délai',
];

/** Labels that open a line and make what follows their colon a deadline ("Date limite de dépôt des amendements : …"). */
export const DEADLINE_LABELS: readonly string[] = [
  'date limite', 'dates limites', 'délai', 'délais', 'clôture des inscriptions', 'inscription', 'inscriptions',
  'candidature', 'candidatures', 'dépôt', 'limite', 'au plus tard',
];

/** Words before a date that make it the page's own timestamp, not the event's ("Dernière mise à jour : 3 mars 2025 à 10h"). */
export const PAGE_META_CUES: readonly string[] = [
  'mise à jour', 'mis à jour', 'mise en ligne', 'mis en ligne', 'publié', 'publiée', 'publication', 'modifié', 'modifiée',
  'actualisé', 'actualisée', 'rédigé', 'rédigée', 'posté', 'postée',
];

/** Labels of practical information that are not sessions ("**Date :** jeudi 22 mai, de 9h30 à 17h"). Folded. */
export const INFO_LABELS: readonly string[] = [
  'date', 'dates', 'quand', 'horaire', 'horaires', 'heure', 'heures', 'lieu', 'lieux', 'adresse', 'acces', 'ou',
  'inscription', 'inscriptions', 'tarif', 'tarifs', 'prix', 'contact', 'contacts', 'duree', 'public', 'format',
  'modalites', 'informations', 'infos', 'infos pratiques', 'informations pratiques', 'acces et horaires',
  'horaires d ouverture', 'ouverture des portes', 'date et heure', 'date et lieu', 'dates et horaires', 'quand et ou',
  'prochaine seance', 'prochaine reunion', 'prochain rendez vous', 'prochaine edition', 'prochaines sessions', 'exposants', 'espace exposants',
];

/** Titles that only mark the end of a day or event ("16h40 Fin", "21:30 — Au revoir"). */
export const END_MARKERS: readonly string[] = [
  'fin', 'fin de journée', 'fin de la journée', 'fin de soirée', 'fin de la soirée', 'fin de matinée',
  'fin de la matinée', 'fin de l’événement', "fin de l'événement", 'fin de l’évènement', "fin de l'évènement",
  'fin officielle', 'fin du programme', 'fin de la conférence', 'fin des échanges', 'au revoir', 'fermeture', 'fermeture des portes',
  'fermeture du site', 'fermeture du lieu', 'fermeture des locaux', 'fin de la manifestation', 'fin du hackathon',
  'fermeture de la salle', 'fermeture des salles', 'fermeture du bâtiment',
];

/** What a bare "Fin de …" may end ("Fin du webinaire", "Fin de la première journée"), folded. */
export const END_MARKER_OBJECTS: readonly string[] = [
  'journee', 'soiree', 'matinee', 'apres midi', 'webinaire', 'webinar', 'seminaire', 'conference', 'evenement',
  'manifestation', 'rencontre', 'colloque', 'session', 'hackathon', 'programme', 'reunion', 'visite', 'formation',
  'premiere journee', 'deuxieme journee', 'seconde journee', 'derniere journee', 'premiere demi journee', 'forum',
  'salon', 'festival', 'live', 'diffusion', 'emission', 'atelier', 'assemblee', 'assemblee generale', 'seance',
  'assises', 'rencontres', 'journees', 'universite d ete', 'semaine', 'sommet', 'congres', 'symposium',
  'travaux de la journee', 'travaux du jour', 'travaux de la matinee', 'fete', 'portes ouvertes',
  'journee portes ouvertes', 'festivites', 'animations', 'deplacement', 'meetup',
];

/** Words after an end marker that only qualify it ("Fin de séance prévisionnelle"), folded. */
export const END_MARKER_QUALIFIERS: readonly string[] = [
  'prevue', 'prevu', 'previsionnelle', 'previsionnel', 'estimee', 'estime', 'approximative', 'indicative', 'officielle',
];

/** Farewells that end a day whatever follows them ("Au revoir et rendez-vous en 2025 !"), folded. */
export const FAREWELLS: readonly string[] = ['au revoir', 'bonne soiree a toutes et a tous', 'bon retour'];

/** Words after "par" that do not introduce who gives a session ("par chaque lauréat", "par exemple"). */
export const NON_AGENT_AFTER_PAR: readonly string[] = [
  'chaque', 'exemple', 'an', 'jour', 'mois', 'semaine', 'personne', 'défaut', 'ailleurs', 'rapport', 'le biais',
  'ici', 'mail', 'e-mail', 'email', 'téléphone', 'visio', 'visioconférence', 'écrit', 'groupe', 'groupes', 'thème',
  'thèmes', 'la suite', 'conséquent', 'contre', 'cœur', 'coeur',
];

/** Phrases that bring in more people ("…, avec la participation de Mme X"), each followed by "de". */
export const PARTICIPATION_CUES: readonly string[] = ['avec la participation', 'avec la contribution'];

/** Phrases that introduce the people of a session inside its line. */
export const PEOPLE_CUES: readonly string[] = [
  'animé par', 'animée par', 'animés par', 'animées par', 'modéré par', 'modérée par', 'présenté par',
  'présentée par', 'présentés par', 'présentées par', 'proposé par', 'proposée par', 'animation par',
  'en présence de', 'avec', 'par',
];

/**
 * Words that begin a place at the end of a title ("au Palais d'Iéna", ", salle Pleyel, 75008").
 * Matched after "au", "à la", "à l’", "dans l’", "dans le" or a comma.
 */
export const VENUE_WORDS: readonly string[] = [
  'salle', 'amphithéâtre', 'amphi', 'auditorium', 'palais', 'hôtel', 'hotel', 'siège', 'hémicycle', 'cabaret',
  'parc', 'maison', 'centre', 'espace', 'campus', 'théâtre', 'musée', 'bibliothèque', 'médiathèque', 'mairie',
  'préfecture', 'lieu', 'cité', 'pavillon', 'bâtiment', 'stand', 'école', 'université',
];

/** Capitalised words that start a new sentence glued to a title by a lost line break ("travail L’ensemble"). */
export const SENTENCE_STARTERS: readonly string[] = [
  'le', 'la', 'les', 'l’', "l'", 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on',
  'un', 'une', 'des', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
];

/** Small words after which a capitalised article is still part of the same phrase ("et L'AMDAC"). */
export const JOINING_WORDS: readonly string[] = [
  'et', 'ou', 'de', 'du', 'des', 'à', 'au', 'aux', 'avec', 'pour', 'sur', 'dans', 'par', 'en', 'vers', 'chez',
  'contre', 'entre', 'sous', 'sans', 'que', 'qui', '«', '"', ':', '–', '-',
];

/** Labels of event-wide opening hours (front matter `champs_informations`, "Horaires : 9h à 17h30"). */
export const HOURS_LABELS: readonly string[] = ['horaires', 'horaire', 'heures', 'tous les jours', 'ouverture'];

/** Verbs and phrases of prose that state when the event itself starts or ends. */
export const EVENT_START_CUES: readonly string[] = ['démarrera', 'commencera', 'débutera', 'début à', 'à partir de', 'dès'];
/** Phrases of prose that state when the event itself ends. */
export const EVENT_END_CUES: readonly string[] = ['se terminera', 'terminera', 'finira', 'fin à', 'jusqu’à', "jusqu'à"];

/** Nouns that name a link in template text: "lien à ajouter", "URL à compléter". */
export const PLACEHOLDER_LINK_NOUNS: readonly string[] = ['lien', 'url', 'link', 'adresse', 'xxx'];

/** What template text says of a link still to be written. */
export const PLACEHOLDER_LINK_STATES: readonly string[] = ['à ajouter', 'a ajouter', 'à venir', 'a venir', 'à compléter', 'a compléter', 'à définir', 'à préciser', 'todo', 'tbd', 'xxx'];

/**
 * Words that announce sessions held side by side, listed under the entry
 * ("14h : Ateliers en parallèle", "Ateliers au choix"), accents folded.
 */
export const PARALLEL_CUES: readonly string[] = ['en parallele', 'au choix', 'paralleles', 'simultanes', 'simultanees', 'en simultane', 'demi groupes', 'sous groupes'];

/** Words that open a programme written as running text ("Au programme de la soirée : dès 19h, …"). */
export const PROSE_PROGRAMME_CUES: readonly string[] = [
  'au programme', 'programme de la soirée', 'programme de la journée', 'programme de la matinée', "programme de l'après-midi",
  'programme de l’après-midi', 'déroulé', 'ordre du jour',
];

/** Words that may stand before the time of a clause in such a programme ("puis, vers 20h15", "on termine à partir de 21h"). */
export const PROSE_CLAUSE_LEADS: readonly string[] = [
  'puis', 'ensuite', 'enfin', 'et', 'on termine', 'on finit', 'on commence', 'on conclut', 'on démarre', 'pour finir', 'pour terminer',
  'la soirée se termine', 'la journée se termine', 'la soirée se poursuit', 'la journée se poursuit',
];

/** Verbs that introduce a talk's title after its speaker ("Margot Leblanc nous parlera de « … »"). */
export const TALK_VERBS: readonly string[] = [
  'parlera', 'présentera', 'animera', 'proposera', 'racontera', 'partagera', 'exposera', 'interviendra', 'parle', 'présente',
];

/** Words that announce when the event takes place ("se tiendra le jeudi 12 septembre", "aura lieu le …"). */
/** Words before a date that say the event was moved away from it ("initialement annoncée le 2 juin"). */
export const MOVED_FROM_CUES: readonly string[] = [
  'initialement', 'précédemment', 'au lieu du', 'au lieu de', 'anciennement', 'reportée du', 'reporté du', 'déplacée du',
  'déplacé du', 'annulée', 'annulé',
];

/** Words that move an event to the date after them ("décalé d'une semaine, au jeudi 25 septembre"). */
export const MOVED_TO_CUES: readonly string[] = [
  'décalé', 'décalée', 'décalés', 'décalées', 'reporté', 'reportée', 'reportés', 'reportées', 'déplacé', 'déplacée',
  'repoussé', 'repoussée', 'avancé', 'avancée', 'reprogrammé', 'reprogrammée', 'aura finalement lieu',
];

/** Words that make a move conditional ("en cas d'alerte météo, … pourra être reporté au …"), folded. */
export const CONDITION_CUES: readonly string[] = ['en cas de', 'en cas d', 'pourra', 'pourront', 'pourrait', 'pourraient', 'si', 's il', 'sous reserve'];

export const EVENT_ANNOUNCE_CUES: readonly string[] = [
  'se tiendra', 'se tiendront', 'aura lieu', 'auront lieu', 'se déroulera', 'se dérouleront', 'vous donne rendez-vous',
  'vous donnent rendez-vous', 'rendez-vous le', 'se tient', 'a lieu', 'est organisée', 'est organisé', 'vous invite',
];

/** Words before a time that make it opening hours, not an activity's time ("Ouverture des portes à 20h"). Folded. */
export const OPENING_CUES: readonly string[] = ['ouverture', 'ouvert', 'ouverte', 'ouverts', 'horaire', 'horaires', 'fermeture', 'derniere entree', 'accueil des', 'accessible', 'disponible'];

/** Notes that a stand or an exhibition runs all day, no session ("Toute la journée : village des partenaires"). Folded. */
export const ALL_DAY_CUES: readonly string[] = ['toute la journee', 'tout au long de la journee', 'en continu', 'toute la soiree', 'tout le week end'];

/** Words that open a room's name in a title ("(salle 012)", "Atelier A — salle Lantana"). */
export const ROOM_WORDS: readonly string[] = ['salle', 'amphi', 'amphithéâtre', 'auditorium', 'espace', 'bâtiment', 'local', 'hall'];

/** Verbs that make the words before a date a sentence, not a title ("La rue sera fermée le samedi 21 juin de 7h à 1h"). */
export const CLAUSE_VERBS: readonly string[] = [
  'sera', 'seront', 'est', 'sont', 'restera', 'resteront', 'reste', 'restent', 'serait', 'seraient', 'était', 'étaient',
];

/** Words that open a description after a title's colon ("Café-réparation : apportez vos tablettes !"), lower case. */
export const DESCRIPTION_STARTERS: readonly string[] = [
  'venez', 'vous', 'nous', 'rejoignez', 'découvrez', 'inscrivez', 'retrouvez', 'participez', 'venir', 'on', 'apportez',
  'amenez', 'réservez', 'profitez', 'partagez', 'testez', 'essayez', 'explorez', 'plongez', 'échangez', 'laissez',
];

/** Words before a date that make it a closing day, not the event's ("La médiathèque sera fermée le samedi 1er novembre"). */
export const CLOSURE_CUES: readonly string[] = ['fermé', 'fermée', 'fermés', 'fermées', 'fermeture', 'relâche'];

/** Nouns that open a line naming an activity before its times ("Visites guidées de la chapelle à 10h, 14h et 16h"). Folded. */
export const ACTIVITY_WORDS: readonly string[] = [
  'visite', 'visites', 'demonstration', 'demonstrations', 'atelier', 'ateliers', 'conference', 'concert', 'projection',
  'lecture', 'lectures', 'balade', 'balades', 'randonnee', 'spectacle', 'initiation', 'initiations', 'degustation',
  'animation', 'animations', 'conte', 'contes', 'heure du conte', 'sortie', 'dedicace', 'seance', 'seances', 'parcours',
  'circuit', 'jeu', 'jeux', 'rencontre', 'table ronde', 'causerie', 'promenade', 'decouverte',
];

/** How often a service runs ("toutes les 30 minutes", "toutes les heures"): a timetable, not a programme. Folded. */
export const FREQUENCY_CUES: readonly string[] = ['toutes les', 'tous les quarts d heure', 'chaque heure', 'chaque demi heure', 'en rotation continue'];

/** Verbs of a sentence that opens a meeting at a time and says with what ("La réunion débutera à 18h30 par un mot d'accueil"). */
export const OPENING_VERBS: readonly string[] = ['débutera', 'commencera', 'démarrera', 's’ouvrira', "s'ouvrira", 'débute', 'commence', 'démarre', 's’ouvre', "s'ouvre"];

/** Verbs of a sentence that chains the next part at a time ("Elle sera suivie, à 18h45, d'une présentation"). */
export const FOLLOW_VERBS: readonly string[] = ['sera suivie', 'sera suivi', 'seront suivies', 'seront suivis', 'se poursuivra', 'continuera'];

/** Notes about a session's time or room that may follow its time in place of a title ("⚠️ *horaire décalé*"). Folded. */
export const STATUS_NOTES: readonly string[] = [
  'horaire decale', 'horaires decales', 'exceptionnellement', 'changement de salle', 'changement d horaire', 'nouvel horaire',
  'nouvelle salle', 'en visio', 'en visioconference', 'en ligne uniquement', 'hybride', 'attention',
];

/** Words that give an outing's meeting time ("RDV à 9h30 au parking de l'église"). */
export const MEETING_CUES: readonly string[] = ['rdv', 'rendez-vous', 'rendez vous', 'point de rendez-vous', 'départ'];
