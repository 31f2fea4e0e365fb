namespace ArticleApi.Bench.Generator.Names;

internal static class Surnames
{
    public static readonly string[] Dutch = RankedWords.Split("""
        de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder,
        de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf,
        van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek,
        de Bruijn, de Bruin, van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas,
        Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, de Jonge, Kuipers, van Veen, Post, Kuiper,
        Veenstra, Kramer, van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ridder, van de Pol, Hoek, Boer,
        Molenaar, van Dongen, Wolters, van der Laan, Timmermans, Groen, Gerritsen, Bosch, Verbeek, van Loon, Evers,
        Sanders, Hermans, Willemsen, Koning, Bosman, van der Velden, Verschuren, Dijkman, Schipper, Brink, van Rijn,
        Mol, van Doorn, Lammers, Kroon, Wijnen, van Zanten, ter Horst, op den Kamp, in 't Veld, van 't Hof,
        van der Steen, van Oosten, Zwart, Veldhuis, Heijnen, Claassen, van der Zee, Groenewegen, van Rossum, Boonstra,
        Hofman, Bouwman, Koopman, Huijsmans, van der Ploeg, Westerveld, ten Cate, van Eijk, Rutgers, Oosterhuis,
        Nijhuis, van Wijngaarden, Veldkamp, Brinkman, Kooistra, Bijl, Terpstra, Wiersma, Haverkamp, van Houten,
        Dirksen, Pronk, Keizer, Roelofs, van der Hoeven, Coenen, Franssen, Hoogland, Steenbergen, van Gils, Boersma,
        Zijlstra, Ruiter, de Lange, Spijkerman, van Schaik, Dekkers, Lubbers, Verhagen, Hoogendoorn, Aerts,
        Biesheuvel, van Kampen, Stam, Vroom, Buitenhuis, van Dalen, de Kok, Vonk, Overbeek, Leenders, Goedhart,
        Blaauw, Hulst, van Kesteren, Meulenbelt, Timmer, de Mol, Siebers, Engelen, Poëll, Michiëls, Hoëvenaars,
        Janssens, Maes, Mertens, Claes, Goossens, Wouters, De Smet, Lambrechts, Dupont, De Clercq, Van Damme,
        Vandenberghe, Desmet, Verstraete, Van de Velde, De Backer, Lemmens, Coppens, Cools, Van Hecke, Verlinden,
        Vermeersch, De Wilde, Segers, Thys, Geerts, Vanhoutte, Verbruggen, Claeys, Bogaert, Van Laere, Desmedt
        """);

    public static readonly string[] International = RankedWords.Split("""
        Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin, Jackson,
        Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams,
        Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart,
        Morris, Murphy, Cook, Rogers, Morgan, Cooper, Reed, Bailey, Bell, Kelly, Howard, Ward, Cox, Richardson, Wood,
        Watson, Brooks, Bennett, Gray, Hughes, Price, Myers, Long, Foster, O'Brien, O'Connor, McCarthy, MacLeod,
        Fitzgerald, Gallagher, Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Krüger, Hartmann, Lange,
        Werner, Krause, Köhler, Lehmann, Dubois, Durand, Lefèvre, Moreau, Laurent, Girard, Bonnet, Lambert, Fontaine,
        Rousseau, Mercier, Chevalier, Leroy, Faure, Gauthier, Perrin, Dupuis, Hébert, García, Fernández, González,
        Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, Hernández, Díaz, Álvarez, Romero, Navarro,
        Torres, Ramírez, Serrano, Molina, Ortega, Castillo, Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo,
        Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Silva,
        Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques,
        Alves, Almeida, Ribeiro, Pinto, Carvalho, Araújo, Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński,
        Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Novák, Svoboda, Dvořák, Černý, Procházka, Kučera,
        Horváth, Nagy, Kovács, Tóth, Szabó, Varga, Kiss, Molnár, Popescu, Ionescu, Popa, Dumitru, Ivanov, Petrov,
        Smirnov, Volkov, Sokolov, Kuznetsov, Popov, Lebedev, Morozov, Shevchenko, Kovalenko, Bondarenko, Tkachenko,
        Kravchenko, Oliynyk, Melnyk, Boyko, Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Sørensen, Jørgensen,
        Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Rasmussen, Johansson, Karlsson, Nilsson, Eriksson,
        Larsson, Olsson, Persson, Svensson, Lindqvist, Björklund, Åberg, Lindström, Öberg, Haugen, Solberg, Halvorsen,
        Strøm, Virtanen, Mäkinen, Nieminen, Korhonen, Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın,
        Özdemir, Arslan, Haddad, Khalil, Nasser, Mansour, Saleh, Hassan, Ibrahim, Mahmoud, El Amrani, Benali, Bouzid,
        Aziz, Okafor, Adeyemi, Mensah, Boateng, Okonkwo, Nwosu, Kamau, Otieno, Dlamini, Nkosi, Mokoena, Khan, Singh,
        Patel, Sharma, Gupta, Kumar, Reddy, Rao, Iyer, Chowdhury, Rahman, Ahmed, Wang, Zhang, Liu, Chen, Yang, Huang,
        Zhao, Zhou, Kim, Park, Choi, Jung, Tanaka, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Nguyen,
        Tran, Pham, Cohen, Levi, Mizrahi, Friedman, da Silva, dos Santos, Al-Rashid, Haugland, Ó Súilleabháin
        """);
}
