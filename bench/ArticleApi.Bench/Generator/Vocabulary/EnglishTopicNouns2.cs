namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>English nouns per news desk, most frequent first: climate, health, technology, transport, culture.</summary>
internal static class EnglishTopicNouns2
{
    public const string Climate = """
        climate, climate change, warming, heatwave, drought, flood, high water, storm, gust, thunderstorm, hail,
        snow, black ice, weather warning, forecast, temperature, rainfall, precipitation, sea level, dyke,
        dyke reinforcement, flood barrier, river, floodplain, water level, groundwater level, water shortage,
        forest fire, wildfire, emission, carbon emission, greenhouse gas, air pollution, particulate matter,
        nitrogen, nitrogen emission, nature, nature reserve, biodiversity, insect decline, bee, bird, wolf, seal,
        pollution, plastic, litter, recycling, circular economy, energy transition, wind turbine, wind farm,
        solar park, solar panel, heat pump, insulation, heat network, hydrogen, nuclear plant, coal plant,
        gas extraction, earthquake, electric car, charging point, climate target, climate accord, climate summit,
        climate law, climate case, climate activist, action group, carbon tax, emissions trading, emission allowance,
        tree planting, reforestation, deforestation, sea level rise, glacier, polar ice, permafrost, monsoon,
        hurricane, typhoon, tornado, cyclone, landslide, mudslide, severe weather, cold snap, frost, thaw, spring,
        summer, autumn, winter, sunshine, wind, fog, air quality, water quality, swimming spot, blue-green algae,
        measuring station, meteorologist, weather station, heat stress, desiccation, subsidence, salinisation,
        beach nourishment, coastline, dune area, tidal flat, breeding bird, migratory bird, tree frog, peatland,
        manure production, livestock herd, buyout scheme, nature permit
        """;

    public const string Health = """
        healthcare, care, hospital, family doctor, doctor, nurse, specialist, patient, waiting list, waiting time,
        operation, treatment, diagnosis, disease, cancer, heart disease, diabetes, dementia, flu, flu virus,
        coronavirus, infection, outbreak, epidemic, pandemic, vaccine, vaccination, jab, booster shot,
        vaccination rate, measles outbreak, whooping cough, health insurer, health insurance, insurance premium,
        deductible, basic package, medicine, drug, drug shortage, pharmacy, pharmacist, drugmaker, clinical trial,
        researcher, scientist, study, test subject, side effect, health, mental health, mental healthcare,
        depression, burnout, addiction, alcohol use, smoking, tobacco, vape, obesity, overweight, nutrition,
        sugar content, exercise, lifestyle, prevention, screening, screening programme, breast cancer, lung cancer,
        healthcare spending, elderly care, nursing home, home care, informal care, carer, youth care, ambulance,
        ambulance service, emergency department, intensive care, intensive care bed, capacity, workload,
        care worker, organ donation, donor, blood, transplant, euthanasia, abortion, IVF treatment, birth,
        pregnancy, maternity care, life expectancy, mortality, death rate, health council, protocol, guideline,
        hygiene, bacterium, resistance, antibiotic, quarantine, face mask, out-of-hours clinic, outpatient clinic,
        ward, hospital admission, care bonus, surgeon, anaesthetist, psychiatrist, psychologist, physiotherapist,
        dentist, midwife, care coordinator, loneliness
        """;

    public const string Technology = """
        technology, artificial intelligence, algorithm, chatbot, language model, software, app, update,
        operating system, smartphone, laptop, computer, chip, chipmaking machine, semiconductor, processor,
        server, data centre, cloud, storage, data, data breach, hack, cyberattack, ransomware, security,
        security flaw, vulnerability, password, encryption, data protection, privacy law, platform,
        social media platform, influencer, user, account, advertisement, business model, search engine, web shop,
        streaming service, subscription, game, gamer, games console, virtual reality, robot, drone,
        self-driving car, battery, phone mast, fibre network, internet, outage, network outage, telecom provider,
        provider, tech sector, tech company, tech giant, start-up, innovation, invention, patent,
        patent application, developer, programmer, source code, quantum computer, supercomputer, satellite,
        spaceflight, launch, space probe, space station, astronaut, telescope, digitalisation, automation,
        deepfake, moderation, content moderation, digital service, cookie, tracking, facial recognition,
        biometrics, camera, screen, chip plant, export ban, export licence, computing power, network, connection,
        wifi, sensor, device, smart meter, 3D printer, blockchain, cryptocurrency, wallet, payment app,
        digital euro, login code, two-factor authentication, security team, ethical hacker, software company,
        app store, development environment, dataset, training data
        """;

    public const string Transport = """
        traffic, traffic jam, rush hour, motorway, road, lane, exit, bridge, tunnel, roadworks, closure, diversion,
        accident, collision, pile-up, lorry, van, car, motorist, cyclist, pedestrian, scooter, e-bike, bicycle,
        cycle path, road safety, road death, speed limit, speed camera, average speed check, train, railway line,
        track, train disruption, signal failure, points failure, timetable, delay, passenger, conductor,
        train driver, station, platform, intercity, stopping train, travel card, public transport, bus, tram, metro,
        ferry, passenger ferry, airfield, airport, flight, aircraft, pilot, airline, runway, night flight,
        noise nuisance, aviation, cabin crew, luggage, customs check, queue, ticket, ticket price, aviation tax,
        shipping, ship, cargo ship, inland shipping, lock, waterway, container terminal, logistics, delivery,
        parcel courier, courier, taxi, taxi driver, shared car, shared scooter, parking space, parking fee,
        car park, toll road, road pricing, road tax, fuel, charging infrastructure, infrastructure, construction,
        widening, track doubling, high-speed line, night train, driving licence, driving test, vehicle inspection,
        recall, safety inspection, traffic controller, traffic light, roundabout, junction, level crossing,
        lorry driver, bus company, transport concession, station hall, bicycle parking, cycle highway, ring road,
        hard shoulder, roadside assistance, recovery service, traffic centre, overhead sign, peak-hour lane,
        congestion, holiday traffic
        """;

    public const string Culture = """
        culture, museum, exhibition, show, painting, artist, artwork, auction, collection, restoration, heritage,
        monument, theatre, performance, premiere, concert, tour, festival, band, singer, album, single, chart,
        film, director, actor, actress, cinema, series, broadcaster, programme, presenter, talk show, book, novel,
        writer, poet, publisher, bookshop, literary prize, prize, award, jury, nominee, winner, review, critic,
        royal family, king, queen, princess, prince, state banquet, royal honour, honours list, fashion,
        fashion show, designer, design, architecture, architect, building, cathedral, church, mosque, synagogue,
        religion, faith community, pope, bishop, tradition, celebration, commemoration, parade, carnival, fair,
        zoo, theme park, attraction, tourist, tourism, visitor, visitor count, box office, culture budget,
        performing arts sector, dance, ballet, opera, orchestra, conductor, composer, photographer, photography,
        journalist, journalism, newspaper, magazine, podcast, documentary, controversy, library, archive,
        donation, loan, curator, gallery, studio, sculptor, statue, fresco, master, masterpiece, art theft,
        forgery, acting award, film festival, soundtrack, streaming series, musical, comedian, year-end show
        """;
}
