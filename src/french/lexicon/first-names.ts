/**
* Common given names (French and others met on French programmes), as data.
* A capitalised word in this list makes the following capitalised words a person's name.
*/
export const FIRST_NAMES: ReadonlySet<string> = new Set(
`Aaron Abdel Abdelaziz Abdou Abdoulaye Adam Adeline Adrien Adrienne Adèle Agathe Agnès
Ahmed Aimé Akram Alain Alban Albert Alexandra Alexandre Alexis Ali Alice Aline Alix Allan 
Amandine Amaury Ambre Amine Amir Amélie Anatole Anaïs Andrea André Andrée Ange Angèle Angélique Anna
Annabelle Anne Anne-Claire Anne-Laure Anne-Marie Anne-Sophie Annie Anouk Anthony Antoine Antoinette
Antonin Antonio Apolline Arielle Armand Arnaud Arthur Astrid Aude Audrey Augustin Aurore
Aurélie Aurélien Axel Axelle Aymeric Aïcha Baptiste Barbara Bastien Benjamin Benoit Benoît
Bernadette Bernard Bertrand Blanche Blandine Boris Bruno Béatrice Bérangère Camille Capucine Carine
Carla Carole Caroline Catherine Celia Chantal Charles Charlotte Chloé Christelle Christian
Christine Christophe Claire Clara Clarisse Claude Claudine Clémence Clément Cléo Colette Coline
Constance Corentin Corine Corinne Cyril Cyrille Cécile Cédric Céline Damien Daniel Danielle David
Delphine Denis Denise Diana Didier Dimitri Djamel Dominique Dorothée Edgar Edith Edouard Elena Elisa
Elisabeth Elise Ella Elsa Eléonore Emma Emmanuel Emmanuelle Eric Erik Erwan Estelle Esther Etienne
Eugénie Eva Fabien Fabienne Fabrice Fanny Fatima Fatoumata Fernand Fernando Flavie Florence
Florent Florian Francine Francis Franck François Françoise Fred Frederick Frédéric Frédérick
Frédérique Félix Gabriel Gabrielle Gaspard Gaétan Gaël Gaëlle Gaëtan Geneviève Geoffrey Geoffroy
Georges Gilbert Gilles Ginette Gisèle Grégoire Grégory Guillaume Gustave Gustavo Guy Gwenaëlle
Gérald Géraldine Gérard Gérôme Hadrien Henri Henriette Herve Hervé Hippolyte Horacio
Hortense Hubert Hugo Hugues Hélène Ibrahim Inès Irène Isabelle Jacqueline Jacques Jean
Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude Jean-François Jean-Jacques Jean-Louis
Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Philippe Jean-Pierre Jeanne Jen Jeremy
Jessica Joachim Johann John Jonathan Joseph Josette Josiane Joël Joëlle Jules Julia Julie Julien
Juliette Justine Jérémie Jérémy Jérôme Karim Karine Kevin Kévin Laetitia Laura Laure Laurence
Laurent Laëtitia Liliane Lina Lionel Loic Lola Lorenzo Louis Louise Loïc Loïs Luc
Luca Lucas Lucie Lucien Lucile Lucille Ludovic Léa Léna Léo Léon Léonie Madeleine Magali Malik
Manon Manuel Marc Marcel Margaux Margot Maria Marianne Marie Marie-Claire Marie-Eva
Marie-Hélène Marie-Laure Marine Mario Marion Marius Marthe Martin Martine Mathias Mathieu Mathilde
Matthieu Maud Maurice Max Maxence Maxime Maël Maëlle Mehdi Michael Michaël Michel Michelle Michèle
Mickaël Mireille Mohamed Mohammed Monique Morgane Muriel Myriam Mélanie Mélissa Nadia Nadine
Natacha Nathalie Nathan Nelson Nicolas Nicole Nina Noah Noé Noémie Noël Océane Odile Olivier
Orianne Oscar Pascal Pascale Patrice Patricia Patrick Patrícia Paul Pauline Perrine Philippe Pierre
Pierre-Brice Pierre-Louis Quentin Rachel Raphaël Raphaëlle Raymond Rebecca Renaud René Richard
Robert Robin Rodolphe Roger Roland Romain Romane Rosalie Rose Roxane Régis Rémi Rémy Sabine Sacha
Salomé Samia Samir Samuel Sandra Sandrine Sarah Saïd Sebastien Serena Serge Severine
Simon Simone Sofia Solange Solène Sonia Sophie Stefan Steven Stéphane Stéphanie Suzanne Sven Sylvain
Sylvie Sébastien Séverine Tatiana Thibault Thibaut Thierry Thomas Théo Théodore
Thérèse Tiffany Timothée Tom Tony Tristan Ugo Valentin Valentine Valérie Vanessa Vera Victoire
Victor Vincent Violette Virginie Vivien Véronique Wolfram Xavier Yann Yannick Yoann 
Yves Yvette Yvonne Zoé Édith Édouard Élisabeth Élise Éloïse Éléonore Éric
Étienne Évelyne`
.split(/\s+/)
.filter(Boolean),
);
