namespace ArticleApi.Bench.Generator;

/// <summary>Each agency's small staff of reporters, so bylines repeat as they do in a real feed.</summary>
internal sealed class Bylines
{
    private readonly string[][] _staff;

    public Bylines(RandomSource random)
    {
        var names = new InventedNames(random);
        _staff = new string[Agencies.All.Length][];
        foreach (var agency in Agencies.All)
        {
            var staff = new string[Math.Max(8, agency.SharePerMille / 4)];
            for (var i = 0; i < staff.Length; i++) staff[i] = names.Reporter(dutch: random.Chance(agency.DutchShare * 0.9 + 0.05));
            _staff[agency.Index] = staff;
        }
    }

    public string Pick(Agency agency, RandomSource random, string conjunction)
    {
        var staff = _staff[agency.Index];
        var first = random.Pick(staff);
        if (!random.Chance(0.1)) return first;
        var second = random.Pick(staff);
        return second == first ? first : first + " " + conjunction + " " + second;
    }
}
