namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>English words used across desks, most frequent first.</summary>
internal static class EnglishWords
{
    public const string GeneralNouns = """
        situation, problem, solution, question, answer, decision, measure, rule, scheme, plan, proposal, approach,
        issue, discussion, concern, risk, chance, consequence, cause, result, outcome, development, change,
        improvement, deterioration, rise, fall, increase, decrease, number, amount, cost, budget, money, funding,
        support, help, cooperation, consultation, conversation, meeting, arrangement, agreement, commitment,
        promise, demand, condition, wish, goal, ambition, strategy, vision, choice, alternative, priority, future,
        past, history, period, moment, deadline, start, beginning, end, course, phase, step, attempt, test, trial,
        experiment, pilot, evaluation, report, analysis, figure, statistic, measurement, estimate, calculation,
        conclusion, recommendation, advice, warning, message, news, information, statement, response, remark,
        letter, petition, action, initiative, project, organisation, institution, authority, administration,
        municipality, region, country, city, village, district, neighbourhood, street, area, environment, location,
        place, space, site, premises, home, house, school, university, student, pupil, teacher, parent, child,
        young person, pensioner, resident, citizen, inhabitant, customer, employee, colleague, director,
        leadership, group, sector, industry, market, company, business, service, product, quality, safety,
        certainty, stability, freedom, equality, justice, responsibility, role, position, influence, power,
        credibility, trust, doubt, unrest, pressure, setback, success, failure, surprise, disappointment, anger,
        fear, hope, relief, danger, emergency, incident, event, occurrence, reason, background, context, link,
        motive, argument, stance, opinion, view, conviction, principle, value, standard, exception, regulation,
        permit, inspection, oversight, enforcement, penalty, reward, payment, contribution, saving, planning,
        procedure, application, objection, society, democracy, identity, diversity, generation, living standard,
        poverty, prosperity, inequality, accessibility, liveability, sustainability, openness, honesty, reliability,
        momentum, backlash, consensus, deadlock, breakthrough, turnaround, milestone, shortfall, windfall, overhaul
        """;

    public const string Adjectives = """
        new, big, important, first, last, next, previous, high, low, long, short, strong, weak, fast, clear, heavy,
        difficult, good, bad, biggest, highest, lowest, national, international, European, Dutch, Belgian, German,
        French, British, American, Russian, Ukrainian, Chinese, local, regional, nationwide, municipal,
        provincial, political, economic, financial, social, cultural, legal, military, medical, technical,
        digital, public, private, official, temporary, final, structural, sharp, significant, substantial,
        huge, limited, broad, serious, critical, fierce, heated, quiet, busy, expensive, cheap, scarce, rare,
        well-known, unknown, controversial, sensitive, dangerous, safe, unsafe, harmful, healthy, sustainable,
        green, clean, fossil, renewable, electric, automatic, smart, modern, traditional, classic, historic,
        annual, monthly, weekly, daily, current, future, former, earlier, recent, old, young, experienced,
        worried, angry, satisfied, optimistic, pessimistic, cautious, ambitious, realistic, feasible, necessary,
        unnecessary, possible, unexpected, surprising, striking, remarkable, special, exceptional, ordinary,
        normal, average, total, joint, individual, personal, collective, commercial, industrial, agricultural,
        urban, remote, central, northern, southern, eastern, western, cross-border, global, worldwide, crucial,
        essential, fundamental, thorough, direct, indirect, acute, chronic, urgent, pressing, strict, flexible,
        stricter, wider, higher, lower, bigger, smaller, better, worse, heavier, stronger, costlier, cheaper,
        safer, simple, complex, complicated, practical, scientific, academic, independent, neutral, objective,
        fair, unfair, transparent, secret, confidential, illegal, legal, criminal, so-called, alleged, planned,
        announced, postponed, deadly, stable, unstable, vulnerable, solid, profitable, loss-making, competitive,
        dominant, leading, prominent, influential, powerful, rich, poor, prosperous, lonely, ageing, growing,
        falling, rising, shrinking, increasing, declining, persistent, ongoing, permanent, lasting, sudden,
        gradual, abrupt, tragic, dramatic, spectacular, unique, second, third, decisive, preliminary, unofficial,
        informal, spontaneous, peaceful, violent, aggressive, hostile, friendly, positive, negative, moderate,
        radical, extreme, conservative, progressive, liberal, left-wing, right-wing, populist, democratic,
        authoritarian, corrupt, ethical, moral, religious, creative, innovative, virtual, physical, mental,
        psychological, emotional, rational, logical, understandable, frustrating, worrying, alarming, hopeful,
        promising, disappointing, encouraging, unprecedented, record, tight, ample, meagre, modest, bumper
        """;

    // Past tense verbs whose past participle is the same, so "she delayed the plan" and "the plan was delayed" both work.
    public const string Verbs = """
        presented, approved, delayed, announced, introduced, scrapped, investigated, criticised, adjusted, extended,
        halted, banned, suspended, expanded, limited, reversed, defended, rejected, adopted, signed, published,
        launched, acquired, sold, bought, closed, opened, renovated, moved, checked, hacked, leaked, revealed,
        confirmed, explained, discussed, handled, evaluated, revised, renewed, strengthened, weakened, raised,
        lowered, doubled, halved, cut, added, included, set, calculated, estimated, measured, tested,
        certified, recognised, accepted, refused, blocked, released, lifted, started, ended,
        completed, finished, delivered, built, designed, developed, financed, subsidised, paid, repaid,
        reimbursed, compensated, promised, pledged, arranged, organised, planned, prepared, carried out,
        enforced, inspected, fined, held, searched, cleared, cordoned off, sealed off, diverted, restored,
        repaired, replaced, removed, found, discovered, identified, spotted, reported, flagged, picked up,
        transferred, pushed through, continued, resumed, interrupted, disrupted, thwarted, stopped, slowed,
        accelerated, simplified, clarified, worked out, tightened, relaxed, legalised, regulated, privatised,
        nationalised, digitised, automated, insulated, converted, demolished, dismantled, reduced, enlarged,
        integrated, split, merged, exported, imported, produced, supplied, shipped, stored, destroyed, damaged,
        hit, threatened, protected, guarded, secured, insured, guaranteed, backed, supported, stimulated,
        encouraged, discouraged, recommended, proposed, submitted, requested, granted, awarded, won, lost, shared,
        spread, broadcast, screened, staged, exhibited, auctioned, restored, commemorated, celebrated, honoured,
        nominated, appointed, selected, called off, postponed, rescheduled, corrected, updated, changed,
        considered, studied, analysed, compared, combined, linked, exempted, capped, eased, worsened, contested,
        claimed, offered, rejected, reviewed, reserved, scaled up, scaled back, overhauled, fast-tracked
        """;

    public const string SpeechVerbs = """
        said, added, warned, stressed, noted, wrote, argued, acknowledged, explained, insisted, told reporters,
        confirmed, cautioned, emphasised
        """;

    public const string Roles = """
        spokesperson, minister, mayor, chief executive, chair, lawyer, researcher, economist, alderman, junior minister,
        prime minister, president, coach, professor, analyst, lawmaker, party leader, board chair, prosecutor,
        judge, national coach, captain, ambassador, commissioner, police chief, inspector, doctor, epidemiologist,
        climate scientist, meteorologist, author, director, artist, entrepreneur, founder, board member,
        union leader, activist, diplomat, general, commander, governor, senator, strategist, chief economist,
        portfolio manager, trader, chief financial officer
        """;

    public const string GenericSpeakers = """
        a spokesperson, a spokesman, a police spokesperson, a person familiar with the matter, an official,
        a resident, a witness, the spokesperson, a source close to the government
        """;

    public const string Sources = """
        experts, critics, people familiar with the matter, analysts, residents, officials, researchers, unions,
        economists, lawyers, scientists, opposition lawmakers, aid workers, business owners, witnesses, investors,
        traders
        """;

    public const string PastTimes = """
        last week, earlier this week, last month, earlier this year, last year, yesterday, over the weekend,
        in the spring, last summer, shortly before, two weeks ago, a few days ago, late last year,
        at the start of the year, overnight
        """;

    public const string FutureTimes = """
        next week, next year, soon, after the summer, before the end of the year, in the spring, next month,
        in the coming years, in the short term, after the recess, later this year, in the autumn
        """;

    public const string Days = """
        on Tuesday, on Wednesday, on Thursday, on Monday, on Friday, on Saturday, on Sunday, on Tuesday evening,
        on Wednesday morning, on Monday evening, on Thursday afternoon, on Friday morning, late on Saturday,
        on Sunday afternoon
        """;

    public const string Sections = "politics, business, crime, world, sports, climate, health, technology, transport, culture";

    public const string HomePlaces = """
        Amsterdam, The Hague, Rotterdam, Utrecht, Eindhoven, Groningen, Maastricht, Schiphol, Arnhem, Nijmegen
        """;

    public const string BelgianPlaces = "Brussels, Antwerp, Ghent, Leuven, Bruges, Liège, Namur, Charleroi";

    public const string ForeignPlaces = """
        London, Washington, New York, Brussels, Paris, Berlin, Moscow, Kyiv, Beijing, Tokyo, Frankfurt, Geneva,
        Amsterdam, The Hague, Jerusalem, Istanbul, Rome, Madrid, Singapore, Hong Kong, Sydney, Ottawa, Toronto,
        Mexico City, Sao Paulo, Johannesburg, Nairobi, Cairo, Beirut, Dubai, Riyadh, New Delhi, Mumbai, Seoul,
        Taipei, Warsaw, Vienna, Stockholm, Oslo, Copenhagen, Athens, Lisbon, Dublin, Zurich, Chicago, San Francisco,
        Los Angeles, Houston
        """;
}
