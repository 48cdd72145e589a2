/**
* Common given names (French and others met on French programmes), as data.
* A capitalised word in this list makes the following capitalised words a person's name.
*/
export const FIRST_NAMES: ReadonlySet<string> = new Set(
`Aaron Abdel Abdelaziz Abdelkader Abdou Abdoulaye Abigail Adam Adama Adel Adeline Adrien Adrienne
Adèle Afonso Agathe Agnieszka Agnès Ahmed Aimé Akira Akosua Akram Alain Alban Albert Albin Alejandro
Aleksandra Alessandro Alexandra Alexandre Alexis Ali Alice Aline Alix Allan Alphonse Ama Amadou
Amanda Amandine Amara Amaury Amber Ambre Ambroise Amina Aminata Amine Amir Amy Amélie Ana Anatole
Anaëlle Anaïg Anaïs Anders Andrea André Andrée Andrés Ange Angela Angèle Angélique Anis Anja Ann
Anna Annabelle Annaïg Anne Anne-Charlotte Anne-Claire Anne-Cécile Anne-Laure Anne-Lise Anne-Marie
Anne-Sophie Annie Anouk Anthony Antoine Antoinette Antonin Antonio Apolline Arielle Aristide Armand
Armelle Arnaud Arthur Ashley Assa Astrid Aude Audrey Augustin Aurora Aurore Aurèle Aurélia Aurélie
Aurélien Awa Awena Axel Axelle Aymen Aymeric Ayodele Aziliz Aïcha Aïssatou Bakary Baptiste Barbara
Barthélemy Basile Bastien Baudouin Beatriz Benjamin Benoit Benoît Bernadette Bernard Bertrand Betty
Beverly Bianca Bilal Binta Bintou Blaise Blanche Blandine Boris Boubacar Brenda Brice Brieuc
Brigitte Brittany Bruno Béatrice Bénédicte Bérangère Bérénice Calixte Camille Capucine Carine Carla
Carlos Carmen Carol Carole Caroline Carolyn Catarina Catherine Celia Chantal Charles Charles-Henri
Charlotte Cheikh Chen Cheryl Chiara Chidi Chloé Christelle Christian Christiane Christina Christine
Christophe Cindy Claire Clara Clarisse Claude Claudine Clotilde Clovis Clémence Clément Cléo Colette
Coline Constance Constant Coralie Corentin Corine Corinne Cynthia Cyprien Cyril Cyrille Cécile
Cédric Célestin Céline Côme Damien Daniel Danielle Danièle Dany David Deborah Debra Delphine Denis
Denise Diana Diane Didier Diego Dieter Dimitri Djamel Djamila Djibril Dmitri Dominique Domitille
Dong-hyun Donna Doris Dorothée Driss Duarte Dylan Edgar Edith Edmond Edouard Efua Elena Eliot Eliott
Elisa Elisabeth Elise Elizabeth Ella Elodie Elsa Eléonore Emeka Emeline Emile Emilie Emily Emma
Emmanuel Emmanuelle Enguerrand Enora Enzo Erell Eric Erik Ernest Erwan Estelle Esther Ethan Etienne
Eudes Eugène Eugénie Eva Evan Evelyn Ewan Ewen Ewenn Fabien Fabienne Fabrice Fanny Fanta Farid
Fatiha Fatima Fatou Fatoumata Fañch Federica Ferdinand Fernand Fernando Firmin Flavie Florence
Florent Florentin Florian Foucauld Frances Francesca Francine Francis Franck François
François-Xavier Françoise Fred Frederick Frédéric Frédérick Frédérique Félix Gabin Gabriel Gabrielle
Gaby Garance Gaspard Gauthier Gautier Gaétan Gaël Gaëlle Gaëtan Geneviève Geoffrey Geoffroy Georges
Germain Ghislaine Gilbert Gilles Gilles-Eric Ginette Giovanni Gisèle Giulia Giulio Giuseppe Gloria
Gonzague Gonçalo Goulven Goulwen Grace Grégoire Grégory Guillaume Gustave Gustavo Guy Guénaëlle
Guénolé Gwenaël Gwenaëlle Gwendoline Gwenn Gwenola Gwladys Gérald Géraldine Gérard Gérôme Hadrien
Hakim Hamza Hana Hannah Hans Hassan Hawa Heather Helen Henri Henri-Pierre Henriette Henrik Herve
Herveline Hervé Hicham Hilaire Hippolyte Hiroshi Hocine Honoré Horacio Hortense Houria Hubert Hugo
Hugues Hui Héloïse Hélène Ian Ibrahim Ibrahima Igor Ilias Ilyes Imane Ingrid Inès Inés Inês Iris
Iryna Irène Isaac Isabel Isabelle Issa Ivan Ivana Jacky Jacqueline Jacques Jade Jakez Jamal James
Jane Janet Janice Javier Jean Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude Jean-Daniel
Jean-François Jean-Guy Jean-Hugues Jean-Jacques Jean-Louis Jean-Loup Jean-Luc Jean-Marc Jean-Marie
Jean-Michel Jean-Noël Jean-Paul Jean-Philippe Jean-Pierre Jean-Rémi Jean-Sébastien Jean-Yves Jeanne
Jen Jennifer Jens Jeremy Jessica Ji-hoon Joachim Joan Joana Jocelyne Johan Johann John Jonathan
Jordan Joris Jose Joseph Josette Josiane Josselin José Joyce João Joël Joëlle Juan Judith Judy Jules
Julia Julie Julien Juliette Jun Justin Justine Jérémie Jérémy Jérôme Jürgen Kadiatou Kadidia Kamel
Karen Karim Karima Karine Karl Katarzyna Katell Kateryna Katharina Katherine Kathleen Kathryn Kayla
Kelly Kenji Kevin Khadidiatou Khadija Khady Khalid Killian Kimberly Klaus Klervi Koffi Kofi Kristian
Kwame Kylian Kévin Laetitia Lakhdar Lamia Lamine Lars Latifa Laura Laure Lauren Laurence Laurent
Laurène Lazare Laëtitia Leila Leonor Leïla Li Liam Lilian Liliane Lin Lina Linda Linh Lionel Lisa
Lise Loeiz Loic Lola Lorenzo Lori Lothaire Lou Louane Louis Louis-Marie Louisa Louise Louna Loïc
Loïg Loïs Luc Luca Lucas Lucia Lucie Lucien Lucile Lucille Ludivine Ludovic Luigi Luis Lydie Léa
Léandre Léane Léna Lénaïg Léo Léon Léonard Léonie Madeleine Madison Magali Magalie Mai Malik Malika
Malo Mamadou Manel Manon Manuel Marc Marc-Antoine Marc-Olivier Marcel Marcelle Marco Margaret
Margaux Margot Maria Mariam Mariama Marianne Marie Marie-Christine Marie-Claire Marie-Eva
Marie-France Marie-Hélène Marie-José Marie-Laure Marie-Noëlle Marie-Odile Marie-Pierre Marie-Thérèse
Marilyn Marina Marine Mario Marion Marius Marjorie Mark Marlène Marta Martha Marthe Martial Martin
Martine Mary Maryline Maryse Mateo Mathias Mathieu Mathilde Mathis Mathéo Matteo Matthieu Mattia
Maud Maurice Max Maxence Maxime Maël Maëlle Maëlys Maëva Maïwenn Megan Mehdi Mei Melissa Meriem Mia
Michael Michaël Michel Micheline Michelle Michèle Mickaël Miguel Mikael Mila Milena Ming Minh
Mireille Modou Mohamed Mohammed Monique Morgan Morgane Mounir Moussa Muriel Mustapha Myriam Médéric
Mélanie Mélissa Mélodie Nabil Nadia Nadine Nadir Nadège Nana Nancy Nassim Natacha Natalia Natalie
Nathalie Nathan Nawel Naïma Ndeye Nelly Nelson Ngozi Nicolas Nicole Nils Nina Noa Noah Nolan
Nolwenn Nora Norbert Nordine Noé Noémie Noël Nuno Octave Océane Odette Odile Olaf Ole Oleksandr
Olena Olga Olivia Olivier Oluwaseun Omar Ombeline Ophélie Orianne Oscar Oumar Oumou Ousmane Pablo
Pamela Paolo Pascal Pascale Pascaline Patrice Patricia Patrick Patrícia Paul Paul-Emile Paul-Henri
Paulette Paulin Pauline Pedro Per Perrine Peter Petra Philibert Philippe Philippine Pierre
Pierre-Alain Pierre-Antoine Pierre-Brice Pierre-Emmanuel Pierre-Louis Pierre-Yves Pilar Piotr
Priscille Prosper Quentin Quitterie Rachel Rachid Rafael Ramatoulaye Raoul Raphaël Raphaëlle Rayan
Raymond Raúl Rebecca Redouane Renaud René Renée Richard Robert Roberto Robin Rodolphe Rodrigue Roger
Roland Rolande Romain Romane Romuald Ronan Rosa Rosalie Rose Roselyne Rosine Roxane Rozenn Ruben Rui
Ruth Ryan Régine Régis Rémi Rémy Sabine Sabrina Sacha Said Salif Salima Salomé Samantha Samia Samir
Samira Samuel Samuele Sandra Sandrine Sandro Sara Sarah Saïd Saïda Sebastian Sebastien Serena Serge
Sergio Sergueï Severine Seydina Seydou Sharon Shirley Siaka Sidonie Simon Simone Sixtine Soazig
Sofia Sofiane Soizic Solange Solenn Solène Sonia Sophia Sophie Soraya Souad Souleymane Stanislas
Stefan Stella Stephanie Steven Stéphane Stéphanie Susan Suzanne Sven Svetlana Sylvain Sylvette
Sylvia Sylvie Sébastien Ségolène Séverine Tangi Tanguy Tarek Tarik Tatiana Teresa Thanh Theresa
Thibaud Thibault Thibaut Thierry Thomas Théo Théodore Théophile Thérèse Tiago Tiffany Timothée Timéo
Tiphaine Titouan Tom Tomasz Tony Tristan Tugdual Tunde Ugo Ulrich Ursule Valentin Valentine
Valère Valérie Vanessa Vera Victoire Victor Victoria Victorien Vincent Violette Virgile Virginia
Virginie Viviane Vivien Véronique Wafa Walid Wei Wilfried William Wolfgang Wolfram Xavier Xin Yacine
Yan Yanis Yann Yannick Yannig Yao Yasmine Yaya Yoann Yolande Youenn Youssef Ysolde Yuki Yuna Yves
Yves-Marie Yvette Yvonne Zacharie Zineb Zofia Zohra Zoé Édith Édouard Élie Élisa Élisabeth Élise
Élodie Éloi Éloïse Éléonore Émeline Émile Émilie Éric Étienne Évelyne
Jo Kim Sam Ada Liv`
.split(/\s+/)
.filter(Boolean),
);
