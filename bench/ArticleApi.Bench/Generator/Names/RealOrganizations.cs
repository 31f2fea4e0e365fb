namespace ArticleApi.Bench.Generator.Names;

/// <summary>Real institutions and companies, most newsworthy first. "Dutch|English" where the names differ.</summary>
internal static class RealOrganizations
{
    public static readonly string[] Famous = RankedWords.Split("""
        de Europese Unie|the European Union, de Tweede Kamer|the Tweede Kamer, de NAVO|NATO, de Verenigde Naties|the United Nations,
        de Europese Commissie|the European Commission, het Openbaar Ministerie|the Dutch Public Prosecution Service, het Kremlin|the Kremlin,
        het Witte Huis|the White House, Hamas, het Europees Parlement|the European Parliament, de Europese Centrale Bank|the European Central Bank,
        De Nederlandsche Bank, het CBS|Statistics Netherlands, het KNMI|the KNMI, het RIVM|the RIVM, Ajax, PSV, Feyenoord, de KNVB|the KNVB, de UEFA|UEFA, de FIFA|FIFA,
        de Eerste Kamer|the Dutch Senate, de Raad van State|the Council of State, de Hoge Raad|the Dutch Supreme Court,
        het Internationaal Strafhof|the International Criminal Court, het Internationaal Gerechtshof|the International Court of Justice,
        het Internationaal Monetair Fonds|the International Monetary Fund, de Wereldbank|the World Bank,
        de Wereldgezondheidsorganisatie|the World Health Organization, het Rode Kruis|the Red Cross, het Pentagon|the Pentagon, de Federal Reserve|the Federal Reserve,
        Hezbollah, Amnesty International, Greenpeace, Europol, Interpol, Frontex, de OESO|the OECD, de WTO|the WTO, de OPEC|OPEC, de G20|the G20, de G7|the G7,
        de Belastingdienst|the Dutch tax authority, het UWV|the UWV, Rijkswaterstaat, ProRail, de NS|Dutch Railways, KLM, Schiphol Group,
        Ahold Delhaize, Philips, ASML, Shell, ING, Rabobank, ABN AMRO, Heineken, Unilever, PostNL, AZ, FC Twente,
        FC Utrecht, Vitesse, Club Brugge, Anderlecht, de Nationale Politie|the Dutch police, de Koninklijke Marechaussee|the Royal Marechaussee,
        het Ministerie van Defensie|the Dutch Ministry of Defence, het Ministerie van Financiën|the Dutch Finance Ministry,
        het Ministerie van Volksgezondheid|the Dutch Health Ministry, het Ministerie van Justitie|the Dutch Justice Ministry,
        de FNV|the FNV, VNO-NCW, Eurostat, het Europees Hof van Justitie|the European Court of Justice, Airbus, Boeing, Volkswagen,
        Tesla, Apple, Google, Microsoft, Amazon, Meta, Nvidia, Samsung, TikTok, Booking.com, Just Eat Takeaway,
        Prosus, Stellantis, BMW, Siemens, Lufthansa, Air France-KLM, Ryanair, easyJet, Maersk, Vattenfall, Eneco,
        Essent, Tennet, Gasunie, de Nederlandse Zorgautoriteit|the Dutch Healthcare Authority, de Autoriteit Persoonsgegevens|the Dutch Data Protection Authority,
        de Autoriteit Consument & Markt|the Netherlands Authority for Consumers and Markets, de AFM|the AFM, de Onderzoeksraad voor Veiligheid|the Dutch Safety Board,
        de Inspectie SZW|Inspectie SZW, de NVWA|the NVWA, het COA|the COA, de IND|the IND, Vluchtelingenwerk Nederland, Staatsbosbeheer, Natuurmonumenten, Waterschap Rivierenland,
        Universiteit van Amsterdam|University of Amsterdam, Universiteit Leiden|Leiden University, TU Delft,
        Erasmus MC, UMC Utrecht, Amsterdam UMC, Radboudumc, KU Leuven, de Vlaamse regering|the Flemish government,
        de Bundestag|the Bundestag, het Élysée|the Élysée, Downing Street, de Kneset|the Knesset, de Doema|the Duma, de Verkhovna Rada|the Verkhovna Rada, de Europese Raad|the European Council
        """);
}
