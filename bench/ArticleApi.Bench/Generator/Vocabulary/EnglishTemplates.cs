namespace ArticleApi.Bench.Generator.Vocabulary;

/// <summary>
/// English sentence patterns. {E} is the entity the sentence is about; see Template for the other placeholders.
/// Verbs are past forms that double as participles ("delayed", "cut").
/// </summary>
internal static class EnglishTemplates
{
    public static readonly string[] Person =
    [
        "{E}, {aR}, {SAY} {DAY} that {N} would be {V}.",
        "According to {E}, {N} was {V} {WHEN}.",
        "{E} {V} {N} {WHEN}.",
        "{E}, {AGE}, wants {N} to be {V} {SOON}.",
        "{E}, {AGE}, played {aA} role in {G}.",
        "It was the first time {E} had spoken publicly about {N}.",
        "{Q,} {SAY} {E}, {aR}.",
        "{E}, who as {aR} is involved in {N}, {SAY} that {G} had not yet been {V}.",
        "{E} also responded to {N} {DAY}.",
        "{E} declined to comment on {N}.",
        "Asked about {N}, {E} {SAY} {G} would be {V} {SOON}.",
        "{E} has long called for {G} and {N}.",
        "{E} called {N} {aA} development for {G}.",
        "{E}, {AGE}, faced heavy criticism {WHEN} over {N}.",
    ];

    public static readonly string[] Organization =
    [
        "{E} {SAY} {DAY} that {N} had been {V}.",
        "A spokesperson for {E} confirmed that {N} would be {V}.",
        "{E} employs about {COUNT} people.",
        "{E} did not respond to a request for comment on {N}.",
        "{E} announced plans to invest {MONEY} in {N}.",
        "{E} said {G} rose {PCT} from a year earlier.",
        "According to a spokesperson for {E}, {N} has not yet been {V}.",
        "{E} is also involved in {N}.",
        "{E} {V} {N} {WHEN}.",
        "Within {E}, {N} has been under discussion for months.",
        "{E} announced {DAY} that {G} would be {V}.",
        "Plans by {E} for {N} have met resistance from {GS}.",
        "{E} said in a statement that {N} would be {V} {SOON}.",
        "{E} {SAY} {DAY} it would not comment further on {N}.",
    ];

    public static readonly string[] Location =
    [
        "In {E}, {N} was {V} {DAY}.",
        "{G} was also {V} in {E}.",
        "Hundreds of people took to the streets in {E} {DAY} to protest against {N}.",
        "The incident took place in {E}, where {N} had already been {V}.",
        "Authorities in {E} have {V} {N}.",
        "{E} is not the first place where {N} has been {V}.",
        "There were also reactions to {N} from {E}.",
        "Residents of {E} are worried about {N}.",
        "In {E}, {N} has been {V} since {WHEN}.",
        "Since {DAY}, {aA} situation has applied around {E} because of {N}.",
        "The effects of {N} are felt most in {E}.",
        "In and around {E}, {N} raised {A} questions.",
    ];

    public static readonly string[] Other =
    [
        "The debate over {E} has been going on for some time.",
        "{E} also came up in the discussion about {N}.",
        "Extra measures were taken around {E} {DAY}.",
        "Earlier this year, {E} had already sparked debate about {N}.",
        "According to {GS}, {E} is closely linked to {N}.",
        "{E} will be on the agenda again {SOON}.",
        "In the run-up to {E}, {N} was {V}.",
        "After {E}, {G} was {V}.",
        "Experience with {E} plays a part in {N}.",
    ];

    public static readonly string[] Fillers =
    [
        "{N} has been debated for {NUM} years.",
        "It concerns {N}, which {GS} say was {V} {WHEN}.",
        "Critics point to {N} and {G}.",
        "No decision has yet been taken on {G}.",
        "{N} is expected to be {V} {SOON}.",
        "It is still unclear when {N} will be {V}.",
        "The cost is estimated at {MONEY}.",
        "That is {PCT} more than a year earlier.",
        "{GS} have long warned about {N}.",
        "{G} also plays a role.",
        "{N} and {G} will be on the agenda again {SOON}.",
        "In total, {COUNT} reports about {N} have been received.",
        "The investigation into {N} is continuing.",
        "A final decision on {N} is expected {SOON}.",
        "{S} {SAY} that {N} would not be {V}.",
        "{Q,} {SAY} {S}.",
        "{Q,} {SAY} {S}.",
        "{Q.}",
        "According to {S}, {G} was already {V} {WHEN}.",
        "The figures show {aA} increase in {N}.",
        "{N} comes at {aA} moment for {G}.",
        "That makes {N} one of the most {A} issues of the year.",
        "According to {GS}, about {COUNT} cases are involved.",
        "The ministry declined to comment on {N} {DAY}.",
        "{GS} are divided over {N}.",
        "{N} was {V} before, but with little effect.",
        "{G} is expected to be {V} {SOON}.",
        "Complaints about {N} have risen {PCT} since {WHEN}.",
    ];

    public static readonly string[] Quotes =
    [
        "We take {N} very seriously",
        "This is {aA} step for {G}",
        "It is clear that {N} has to improve",
        "We warned about {N} {WHEN}",
        "Nobody expected {N} to be {V} so quickly",
        "For us, {N} comes as no surprise",
        "We will carry on with {G}",
        "Something really has to happen with {N}",
        "I am glad that {N} has finally been {V}",
        "This affects a great many people",
        "We are looking at all the options",
        "The consequences of {N} are huge",
        "These are {A} questions about {G}",
        "We hope {N} will be {V} {SOON}",
        "There is no quick fix for {N}",
        "We have always been clear about {G}",
    ];

    public static readonly string[] Headlines =
    [
        "{H} says {N} will be {V} {SOON}",
        "{H} warns of fallout from {N}",
        "{H} unveils plan to tackle {N}",
        "Criticism mounts over {N} after {H} move",
        "Probe into {N} widens as {H} faces questions",
        "{H} and {H2} clash over {N}",
        "{N} {V} after talks with {H}",
        "{H} backs {N} despite concerns",
        "Questions grow over {N} after {H} remarks",
        "{H} under pressure over {N}",
        "Exclusive: {H} weighs changes to {N}",
        "{H} to review {N}, sources say",
        "{N} up {PCT}, {H} says",
        "{H} disappointed as {N} is {V}",
    ];
}
