/**
* Common given names (French and others met on French programmes), as data.
* A capitalised word in this list makes the following capitalised words a person's name.
*/
export const FIRST_NAMES: ReadonlySet<string> = new Set(
`Aaron Abdel Abdelaziz Abdelkader Abdou Abdoulaye Abigail Adam Adama Adel Adeline Adrien Adrienne
Adèle Agathe Agnès Ahmed Aimé Akira Akram Alain Alban Albert Albin Alejandro Alessandro Alexandra
Alexandre Alexis Ali Alice Aline Alix Allan Alphonse Amadou Amanda Amandine Amaury Amber Ambre
Ambroise Amina Aminata Amine Amir Amy Amélie Ana Anatole Anaëlle Anaïs Anders Andrea André Andrée
Andrés Ange Angela Angèle Angélique Anis Anja Ann Anna Annabelle Annaïg Anne Anne-Charlotte
Anne-Claire Anne-Cécile Anne-Laure Anne-Lise Anne-Marie Anne-Sophie Annie Anouk Anthony Antoine
Antoinette Antonin Antonio Apolline Arielle Aristide Armand Armelle Arnaud Arthur Ashley Astrid Aude
Audrey Augustin Aurore Aurèle Aurélia Aurélie Aurélien Awa Axel Axelle Aymen Aymeric Aïcha Aïssatou
Baptiste Barbara Barthélemy Basile Bastien Baudouin Benjamin Benoit Benoît Bernadette Bernard
Bertrand Betty Beverly Bilal Binta Blaise Blanche Blandine Boris Boubacar Brenda Brice Brieuc
Brigitte Brittany Bruno Béatrice Bénédicte Bérangère Bérénice Calixte Camille Capucine Carine Carla
Carlos Carmen Carol Carole Caroline Carolyn Catherine Celia Chantal Charles Charles-Henri Charlotte
Cheikh Chen Cheryl Chiara Chloé Christelle Christian Christiane Christina Christine Christophe Cindy
Claire Clara Clarisse Claude Claudine Clotilde Clovis Clémence Clément Cléo Colette Coline Constance
Constant Coralie Corentin Corine Corinne Cynthia Cyprien Cyril Cyrille Cécile Cédric Célestin Céline
Côme Damien Daniel Danielle Danièle Dany David Deborah Debra Delphine Denis Denise Diana Diane
Didier Diego Dieter Dimitri Djamel Djamila Dominique Domitille Donna Doris Dorothée Driss Dylan
Edgar Edith Edmond Edouard Elena Eliot Eliott Elisa Elisabeth Elise Elizabeth Ella Elodie Elsa
Eléonore Emile Emilie Emily Emma Emmanuel Emmanuelle Enguerrand Enora Enzo Erell Eric Erik Ernest
Erwan Estelle Esther Ethan Etienne Eudes Eugène Eugénie Eva Evan Evelyn Ewan Ewen Fabien Fabienne
Fabrice Fanny Farid Fatiha Fatima Fatou Fatoumata Federica Ferdinand Fernand Fernando Firmin Flavie
Florence Florent Florentin Florian Foucauld Frances Francesca Francine Francis Franck François
François-Xavier Françoise Fred Frederick Frédéric Frédérick Frédérique Félix Gabin Gabriel Gabrielle
Gaby Garance Gaspard Gauthier Gautier Gaétan Gaël Gaëlle Gaëtan Geneviève Geoffrey Geoffroy Georges
Germain Ghislaine Gilbert Gilles Gilles-Eric Ginette Giovanni Gisèle Giulia Giuseppe Gloria Gonzague
Goulven Grace Grégoire Grégory Guillaume Gustave Gustavo Guy Guénolé Gwenaël Gwenaëlle Gwendoline
Gwenola Gwladys Gérald Géraldine Gérard Gérôme Hadrien Hakim Hamza Hana Hannah Hans Hassan Heather
Helen Henri Henri-Pierre Henriette Henrik Herve Hervé Hicham Hilaire Hippolyte Hiroshi Hocine Honoré
Horacio Hortense Houria Hubert Hugo Hugues Hui Héloïse Hélène Ian Ibrahim Ibrahima Igor Ilias Ilyes
Imane Ingrid Inès Inés Iris Irène Isaac Isabel Isabelle Ivan Jacky Jacqueline Jacques Jade Jamal
James Jane Janet Janice Javier Jean Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude
Jean-Daniel Jean-François Jean-Guy Jean-Hugues Jean-Jacques Jean-Louis Jean-Loup Jean-Luc Jean-Marc
Jean-Marie Jean-Michel Jean-Noël Jean-Paul Jean-Philippe Jean-Pierre Jean-Rémi Jean-Sébastien
Jean-Yves Jeanne Jen Jennifer Jens Jeremy Jessica Joachim Joan Jocelyne Johan Johann John Jonathan
Jordan Joris Jose Joseph Josette Josiane Josselin José Joyce João Joël Joëlle Juan Judith Judy Jules
Julia Julie Julien Juliette Jun Justin Justine Jérémie Jérémy Jérôme Jürgen Kadiatou Kamel Karen
Karim Karima Karine Karl Katell Katharina Katherine Kathleen Kathryn Kayla Kelly Kenji Kevin Khadija
Khady Khalid Killian Kimberly Klaus Klervi Kofi Kristian Kylian Kévin Laetitia Lakhdar Lamia Lars
Latifa Laura Laure Lauren Laurence Laurent Laurène Lazare Laëtitia Leila Leïla Li Liam Lilian
Liliane Lin Lina Linda Linh Lionel Lisa Lise Loeiz Loic Lola Lorenzo Lori Lothaire Lou Louane Louis
Louis-Marie Louisa Louise Louna Loïc Loïs Luc Luca Lucas Lucia Lucie Lucien Lucile Lucille Ludivine
Ludovic Luigi Luis Lydie Léa Léandre Léane Léna Léo Léon Léonard Léonie Madeleine Madison Magali
Magalie Mai Malik Malika Malo Mamadou Manel Manon Manuel Marc Marc-Antoine Marc-Olivier Marcel
Marcelle Marco Margaret Margaux Margot Maria Mariama Marianne Marie Marie-Christine Marie-Claire
Marie-Eva Marie-France Marie-Hélène Marie-José Marie-Laure Marie-Noëlle Marie-Odile Marie-Pierre
Marie-Thérèse Marilyn Marina Marine Mario Marion Marius Marjorie Mark Marlène Martha Marthe Martial
Martin Martine Mary Maryline Maryse Mateo Mathias Mathieu Mathilde Mathis Mathéo Matteo Matthieu
Maud Maurice Max Maxence Maxime Maël Maëlle Maëlys Maëva Maïwenn Megan Mehdi Mei Melissa Meriem Mia
Michael Michaël Michel Micheline Michelle Michèle Mickaël Miguel Mikael Mila Ming Minh Mireille
Modou Mohamed Mohammed Monique Morgan Morgane Mounir Moussa Muriel Mustapha Myriam Médéric Mélanie
Mélissa Mélodie Nabil Nadia Nadine Nadir Nadège Nancy Nassim Natacha Natalie Nathalie Nathan Nawel
Naïma Ndeye Nelly Nelson Nicolas Nicole Nils Nina Noa Noah Nolan Nolwenn Nora Norbert Nordine Noé
Noémie Noël Octave Océane Odette Odile Olaf Ole Olga Olivia Olivier Omar Ombeline Ophélie Orianne
Oscar Oumar Ousmane Pablo Pamela Paolo Pascal Pascale Pascaline Patrice Patricia Patrick Patrícia
Paul Paul-Emile Paul-Henri Paulette Paulin Pauline Pedro Perrine Peter Petra Philibert Philippe
Philippine Pierre Pierre-Alain Pierre-Antoine Pierre-Brice Pierre-Emmanuel Pierre-Louis Pierre-Yves
Pilar Priscille Prosper Quentin Quitterie Rachel Rachid Rafael Raoul Raphaël Raphaëlle Rayan Raymond
Raúl Rebecca Redouane Renaud René Renée Richard Robert Roberto Robin Rodolphe Rodrigue Roger Roland
Rolande Romain Romane Romuald Ronan Rosa Rosalie Rose Roselyne Rosine Roxane Ruben Ruth Ryan Régine
Régis Rémi Rémy Sabine Sabrina Sacha Said Salima Salomé Samantha Samia Samir Samira Samuel Sandra
Sandrine Sara Sarah Saïd Saïda Sebastian Sebastien Serena Serge Sergio Severine Seydou Sharon
Shirley Sidonie Simon Simone Sixtine Sofia Sofiane Soizic Solange Solenn Solène Sonia Sophia Sophie
Soraya Souad Souleymane Stanislas Stefan Stella Stephanie Steven Stéphane Stéphanie Susan Suzanne
Sven Sylvain Sylvette Sylvia Sylvie Sébastien Ségolène Séverine Tanguy Tarek Tarik Tatiana Teresa
Thanh Theresa Thibaud Thibault Thibaut Thierry Thomas Théo Théodore Théophile Thérèse Tiffany
Timothée Timéo Tiphaine Titouan Tom Tony Tristan Tugdual Ugo Ulrich Ursule Valentin Valentine Valère
Valérie Vanessa Vera Victoire Victor Victoria Victorien Vincent Violette Virgile Virginia Virginie
Viviane Vivien Véronique Wafa Walid Wei Wilfried William Wolfgang Wolfram Xavier Xin Yacine Yan
Yanis Yann Yannick Yannig Yasmine Yoann Yolande Youssef Yuki Yves Yves-Marie Yvette Yvonne Zacharie
Zineb Zohra Zoé Édith Édouard Élie Élisa Élisabeth Élise Élodie Éloi Éloïse Éléonore Émile Émilie
Éric Étienne Évelyne`
.split(/\s+/)
.filter(Boolean),
);
