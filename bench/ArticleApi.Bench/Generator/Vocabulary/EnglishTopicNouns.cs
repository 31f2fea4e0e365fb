namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>English nouns per news desk, most frequent first: politics, economy, justice, world, sports.</summary>
internal static class EnglishTopicNouns
{
    public const string Politics = """
        government, coalition, budget, election, parliament, debate, motion, bill, opposition, party, cabinet,
        agreement, poll, vote, ministry, hearing, referendum, council, mayor, minister, prime minister, president,
        campaign, candidate, voter, manifesto, crisis, lawmaker, legislation, policy, asylum policy, migration,
        integration, reform, spending cut, budget plan, tax plan, minimum wage, pension age, benefit, welfare,
        childcare, teacher shortage, education, defence budget, nitrogen policy, farm policy, housing policy,
        province, water board, affair, scandal, inquiry, committee, testimony, confidence vote, split, party leader,
        leadership contest, membership, base, turnout, ballot, polling station, senate, senator, speaker,
        cabinet meeting, press conference, coalition talks, compromise, negotiation, deal, majority, minority,
        implementation, civil servant, bureaucracy, constitution, amendment, lobbying, transparency, mandate,
        term, resignation, reshuffle, appointment, nomination, caucus, primary, swing voter, stronghold, landslide,
        recount, electoral law, party funding, decree, veto, governorship, chancellor, state secretary, opposition leader,
        backbencher, populist, frontrunner, ruling party, junior partner, caretaker government, snap election,
        parliamentary majority, policy shift, political crisis, public consultation, citizens' initiative
        """;

    public const string Economy = """
        economy, inflation, interest rate, unemployment, growth, recession, share price, stock market, share,
        revenue, profit, loss, annual report, quarterly report, investor, shareholder, takeover, merger, bid,
        investment, debt, national debt, deficit, surplus, export, import, trade, trade dispute, tariff, energy price,
        gas price, oil price, electricity price, fuel price, house price, rent, mortgage, mortgage rate,
        housing market, rental market, labour market, vacancy, staff shortage, wage deal, pay rise, wage, salary,
        bonus, strike, union, employer, employee, entrepreneur, small business, freelancer, bankruptcy, restart,
        restructuring, layoff, closure, factory, production, demand, supply, supplier, supply chain, supermarket,
        retail, online shop, consumer, consumer confidence, consumer spending, savings rate, savings account, pension premium,
        pension fund, pension deal, funding ratio, insurer, bank, bank tax, regulator, fine, price-fixing, cartel,
        competition, subsidy, tax increase, sales tax, corporate tax, dividend tax, wealth tax, excise duty, levy,
        allowance, price increase, price drop, dollar, euro, currency, bond, bond yield, credit rating,
        rating agency, uncertainty, forecast, estimate, quarter, shareholder meeting, chief executive, listing,
        startup, property market, construction sector, housebuilding, shipbuilding, chip industry, aviation sector,
        farm sector, dairy sector, horticulture, port, container shipping, commodity, steel, aluminium, copper,
        grain price, food price, market value, valuation, sell-off, rally, profit warning, dividend, share buyback,
        creditor, administrator, lending, earnings report, outlook, guidance, margin, cost-cutting, hedge fund, private equity
        """;

    public const string Justice = """
        police force, judge, court, appeals court, prosecutor, lawyer, suspect, victim, witness, arrest, raid, search,
        investigation, detective, case, criminal case, lawsuit, trial, hearing, ruling, verdict, appeal,
        sentence, prison sentence, community service, detention, bail, indictment, charge, acquittal, conviction,
        settlement, compensation, murder, manslaughter, stabbing, shooting, robbery, heist, burglary, theft, fraud,
        scam, money laundering, corruption, bribery, drug network, drug trade, cocaine, cannabis farm, drug lab,
        explosion, attack, arson, threat, extortion, assault, violence, riot, unrest, demonstration,
        emergency order, surveillance camera, body camera, officer, police chief, special unit, border police,
        customs agency, smuggling, human trafficking, exploitation, cybercrime, phishing, identity theft, abuse case,
        whistleblower, statute of limitations, file, evidence, forensic investigation, manhunt, tip, appeal for witnesses,
        disappearance, search operation, body, autopsy, firearm, knife, traffic stop, speeding offence, driving ban,
        probation service, prison, cell, escape, extradition, arrest warrant, rule of law, judiciary, privacy,
        complaint, disciplinary board, criminal court, district court, closed hearing, defence, prosecution,
        legal aid, victims' fund, emergency call, police helicopter, ankle monitor, security service, plea deal,
        testimony, cross-examination, jury, grand jury, sentencing, parole
        """;

    public const string World = """
        war, conflict, ceasefire, truce, armistice, peace process, peace deal, peacekeeping mission, invasion, attack,
        air strike, missile strike, drone attack, offensive, counteroffensive, front, front line, troop deployment, army,
        military, soldier, general, military leadership, arms delivery, sanction, sanctions package, diplomacy,
        diplomat, embassy, ambassador, summit, meeting, state visit, delegation, envoy, mediation, negotiator,
        hostage crisis, hostage, refugee, refugee flow, refugee camp, displacement, humanitarian aid, aid convoy,
        aid agency, food aid, famine, blockade, border, border crossing, annexation, occupation, territory,
        sovereignty, security guarantee, security council, resolution, veto, regime, junta, coup, dissident,
        human rights situation, press freedom, election fraud, protest, uprising, civil war, rebel, militia, militant group,
        terror attack, kidnapping, execution, war crime, tribunal, nuclear weapon, nuclear programme, enrichment,
        inspector, missile, air defence system, fighter jet, tank, ammunition shortage, conscription, mobilisation,
        evacuation, civilian population, death toll, casualty, destruction, reconstruction, geopolitics, tension,
        escalation, ultimatum, threat, warning, intelligence service, espionage, disinformation, propaganda,
        cyberattack, alliance, enlargement, accession, member state, nuclear power, border security, arms embargo,
        arms industry, defence spending, peacekeeping force, observer, trade deal, visa, deportation, exile,
        foreign minister, head of state, state media, military aid, prisoner exchange
        """;

    public const string Sports = """
        match, league, title, championship, final, semi-final, quarter-final, group stage, group, squad, team,
        coach, national coach, manager, captain, striker, midfielder, defender, goalkeeper, substitute, debutant,
        transfer, transfer fee, contract, contract extension, injury, rehabilitation, suspension, red card,
        yellow card, penalty, free kick, goal, equaliser, winner, assist, defeat, victory, draw, ranking,
        table, relegation, promotion, play-off, cup, cup final, stadium, supporter, crowd, home game, away game,
        referee, video referee, world record, track record, medal, gold medal, silver, bronze, podium, stage,
        stage win, yellow jersey, sprint, classic, time trial, rider, cyclist, skater, swimmer, athlete,
        tennis player, golfer, driver, qualifying, pole position, pit stop, race car, marathon, relay, home side,
        tournament, draw ceremony, opponent, favourite, underdog, form, fitness, training, training camp,
        preparation, season opener, season, winter break, youth academy, talent, club management,
        technical director, board, sponsor, sponsorship deal, broadcasting rights, doping case, doping test,
        federation, Olympian, Paralympian, comeback, farewell, hat-trick, own goal, offside trap, counterattack,
        half-time, extra time, penalty shootout, trophy, celebration, anniversary
        """;
}
