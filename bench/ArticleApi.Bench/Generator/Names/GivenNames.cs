namespace ArticleApi.Bench.Generator.Names;

internal static class GivenNames
{
    public static readonly string[] Dutch = RankedWords.Split("""
        Jan, Pieter, Kees, Henk, Willem, Joost, Mark, Sander, Bas, Tim, Daan, Lucas, Sem, Finn, Thijs, Ruben, Jeroen,
        Maarten, Wouter, Koen, Bram, Stijn, Niels, Rutger, Hugo, Gijs, Jesse, Lars, Milan, Teun, Floris, Joris, Martijn,
        Erik, Frank, Hans, Gert, Ruud, Arjen, Menno, Sjoerd, Tjeerd, Wim, Dirk, Michiel, Remco, Thomas, Vincent, Bart,
        Frits, Hendrik, Ids, Jelle, Sietse, Rik, Olaf, Ewout, Harm, Klaas, Gerrit, Mathijs, Luuk, Noud, Cas, Job, Siem,
        Wout, Jef, Lieven, Wannes, Pieterjan, Bert, Geert, Dries, Jeroen, Kobe, Arne, Sven, Jorik, Reinier, Diederik,
        Anna, Sanne, Lotte, Femke, Eva, Emma, Julia, Sophie, Lisa, Iris, Marieke, Anouk, Inge, Ingrid, Marloes, Esther,
        Annemarie, Miriam, Karin, Yvonne, Ilse, Judith, Linda, Mirjam, Petra, Saskia, Wendy, Manon, Noor, Fleur, Roos,
        Tess, Lieke, Floor, Jet, Maud, Zoë, Anneke, Hanneke, Gerda, Els, Ria, Wilma, Loes, Kim, Nina, Lianne, Renée,
        Chantal, Daphne, Hester, Jolanda, Marjolein, Nienke, Sietske, Tineke, Joke, Willemijn, Carlijn, Merel, Evi, Isa,
        Mila, Yara, Lynn, Noa, Liv, Fenna, Tine, Griet, Hilde, Ann, Kathleen, Leen, Inès, Anaïs, Noëlle, Mieke, Marijke
        """);

    public static readonly string[] International = RankedWords.Split("""
        James, John, Robert, Michael, David, William, Richard, Joseph, Charles, Daniel, Matthew, Anthony, Andrew, Joshua,
        Kevin, Brian, George, Edward, Ronald, Timothy, Jason, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Stephen,
        Justin, Scott, Brandon, Benjamin, Samuel, Gregory, Patrick, Alexander, Jack, Dennis, Tyler, Aaron, Henry, Douglas,
        Peter, Adam, Nathan, Kyle, Walter, Ethan, Jeremy, Harold, Christian, Keith, Roger, Noah, Gerald, Carl, Sean,
        Austin, Arthur, Lawrence, Dylan, Bryan, Jordan, Bruce, Albert, Gabriel, Logan, Alan, Wayne, Roy, Ralph, Eugene,
        Russell, Elijah, Louis, Philip, Mary, Patricia, Jennifer, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Nancy,
        Betty, Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Dorothy, Melissa, Deborah,
        Stephanie, Rebecca, Sharon, Laura, Cynthia, Amy, Angela, Shirley, Brenda, Pamela, Nicole, Helen, Samantha,
        Katherine, Christine, Rachel, Carolyn, Janet, Catherine, Maria, Heather, Diane, Ruth, Olivia, Joyce, Virginia,
        Victoria, Kelly, Lauren, Christina, Joan, Evelyn, Megan, Andrea, Cheryl, Hannah, Jacqueline, Martha, Gloria,
        Teresa, Sara, Madison, Frances, Janice, Jean, Abigail, Alice, Judy, Grace, Denise, Amber, Danielle, Beverly,
        Isabella, Diana, Natalie, Charlotte, Marie, Alexis, François, Jérôme, Hélène, Chloé, Noël, Joël, Léa, Aurélie,
        Frédéric, Agnès, Céline, Thérèse, José, Raúl, Inés, Sofía, Martín, Andrés, Lucía, Begoña, João, Gonçalo, Søren,
        Bjørn, Jørgen, Åsa, Björn, Göran, Jürgen, Jörg, Günter, Zoltán, Ágnes, István, Miloš, Dušan, Łukasz, Agnieszka,
        Wojciech, Tomáš, Jiří, Mehmet, Ayşe, Emre, Elif, Murat, Zeynep, Ahmed, Fatima, Mohammed, Youssef, Samira, Karim,
        Leila, Omar, Amira, Hamza, Nadia, Rachid, Aisha, Chinedu, Ngozi, Kwame, Ama, Oluwaseun, Wanjiru, Thabo, Sipho,
        Hiroshi, Yuki, Haruto, Sakura, Wei, Mei, Jian, Arjun, Priya, Rahul, Ananya, Vikram, Sunita, Minh, Linh, Olga,
        Irina, Natalia, Dmytro, Oleksandr, Yulia, Sergei, Andriy, Tatiana, Ivan, Katarina, Nikola, Giulia, Marco,
        Giuseppe, Francesca, Alessandro, Chiara, Matteo, Elena, Lorenzo, Ingrid, Astrid, Freya, Sigrid, Eoin, Siobhán,
        Aoife, Niamh, Ciarán, Seán, Mikael, Annika, Henrik, Katja, Matthias, Stefanie, Ursula, Wolfgang, Dagmar, Pedro
        """);
}
