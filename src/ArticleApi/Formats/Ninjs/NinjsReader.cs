using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleApi.Articles;
using ArticleApi.Common.Text;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// A ninjs 2.x item as an article request, or an <see cref="ArticleFormatException"/> naming the ninjs field
/// ("headlines[0].value", "bodies") that keeps it from being one. Pure: the endpoint and a bulk importer share it.
/// It checks what the item must say for an article; the article's own rules (lengths, languages) are
/// ArticleRequestValidator's, whose errors <see cref="NinjsArticle.FieldOf"/> names in ninjs terms.
/// </summary>
public static partial class NinjsReader
{
    /// <summary>Every top-level property of ninjs 2.1; the ones not read here carry nothing an article keeps and are ignored.</summary>
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.Ordinal)
    {
        "uri", "type", "representationtype", "profile", "version", "firstcreated", "versioncreated", "contentcreated",
        "embargoed", "pubstatus", "urgency", "copyrightholder", "copyrightnotice", "usageterms", "ednote", "language",
        "descriptions", "bodies", "headlines", "people", "organisations", "places", "subjects", "events", "objects",
        "infosources", "title", "by", "slugline", "located", "renditions", "associations", "altids", "trustindicators",
        "standard", "genres", "expires", "rightsinfo",
    };

    private static readonly (string Array, EntityType Type, bool OnlyMentioned)[] EntityArrays =
    [
        ("people", EntityType.Person, false), ("organisations", EntityType.Organization, false), ("places", EntityType.Location, false),
        ("subjects", EntityType.Other, true), ("events", EntityType.Other, false), ("objects", EntityType.Other, false),
    ];

    private const string TextHtml = "text/html";

    [GeneratedRegex(@"^(?<field>[A-Za-z]+(\[\d+\])?)(?<rest>.*)$")]
    private static partial Regex RequestField();

    /// <summary>ninjs 1.x properties that 2.x renamed, with their 2.x names: an item with them is a 1.x item.</summary>
    private static readonly IReadOnlyDictionary<string, string> Ninjs1Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["headline"] = "headlines", ["body_text"] = "bodies", ["body_html"] = "bodies", ["body_xhtml"] = "bodies",
        ["description_text"] = "descriptions", ["description_html"] = "descriptions", ["byline"] = "by",
        ["person"] = "people", ["organisation"] = "organisations", ["place"] = "places", ["subject"] = "subjects",
        ["object"] = "objects", ["event"] = "events", ["genre"] = "genres",
    };

    public static NinjsArticle Read(JsonElement item, DateTimeOffset? now = null)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new ArticleFormatException("$", "A ninjs item is a JSON object.");
        var fields = new Dictionary<string, string>();
        var top = Members(item, "");
        RefuseUnknown(top.Keys);

        if (Text(top, "type") is { } type && type != "text")
            throw new ArticleFormatException("type", $"Only text items become articles; this one is '{type}'.");
        if (Text(top, "pubstatus") is { } status && status != "usable")
            throw new ArticleFormatException("pubstatus", $"Only usable items are stored; this one is '{status}'.");
        if (Date(top, "embargoed") is { } embargo && embargo > (now ?? DateTimeOffset.UtcNow))
            throw new ArticleFormatException("embargoed", $"The item is embargoed until {embargo:O}; the service cannot hold it back, so send it once the embargo has lifted.");

        var published = Published(top, fields);
        var headline = Pick(top, "headlines", NinjsMapper.MainRole, required: true, fields, "headline");
        var summary = Pick(top, "descriptions", NinjsMapper.SummaryRole, required: false, fields, "summary");
        var body = Body(top, fields);
        if (body is null)
        {
            // A short item (NTB sends them so) is its description: that is the text, not a standfirst to it.
            body = summary ?? throw new ArticleFormatException("bodies", "An article needs a body: give one, text/plain or text/html (or, for a short item, a description, which then becomes the body).");
            fields["body"] = fields["summary"];
            summary = null;
        }
        var source = Source(top, fields);
        var (externalId, storedAs) = ExternalId(top, fields);
        var url = One(top, "renditions", i => Text(i, "name") == NinjsMapper.WebRendition, "href",
            $"more than one rendition named '{NinjsMapper.WebRendition}': an article has one url", fields, "url");
        fields["dateline"] = "located";
        fields["byline"] = "by";
        fields["language"] = "language";

        return new NinjsArticle(new ArticleRequest
        {
            Source = source,
            ExternalId = externalId,
            Headline = headline,
            Summary = summary,
            Body = body,
            Dateline = Text(top, "located"),
            Language = Language(Text(top, "language")),
            Byline = Text(top, "by"),
            Url = url,
            PublishedAt = published,
            Entities = Entities(top, fields),
        }, fields) { StoredAs = storedAs };
    }

    /// <summary>Every property ninjs 2.1 does not have, at once; a 1.x item is told so.</summary>
    private static void RefuseUnknown(IEnumerable<string> names)
    {
        var unknown = names.Where(name => !Properties.Contains(name)).ToList();
        if (unknown.Count == 0) return;
        var ninjs1 = unknown.Where(Ninjs1Names.ContainsKey).ToList();
        var looksLike1 = ninjs1.Count == 0 ? "" : $" This looks like a ninjs 1.x item ({string.Join(", ", ninjs1)}); only ninjs 2.x is read.";
        throw new ArticleFormatException(unknown.ToDictionary(name => name, name =>
        {
            var suggestion = Ninjs1Names.GetValueOrDefault(name) is { } renamed ? $" In ninjs 2.x it is '{renamed}'."
                : Properties.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } cased
                    ? $" Did you mean '{cased}'? (Property names are case-sensitive.)"
                    : "";
            return $"'{name}' is not a ninjs 2.1 property.{suggestion}{looksLike1}";
        }));
    }

    /// <summary>
    /// The agency: the named infosource of the originating role (or of none), else the copyright holder (agencies such
    /// as NTB, dpa and TT name themselves there and send no infosources), else null: then the body's dateline names it.
    /// An infosource without a name (only a uri) names nobody the service can store, so it is passed over.
    /// </summary>
    private static string? Source(Dictionary<string, JsonElement> top, Dictionary<string, string> fields)
    {
        var agencies = Items(top, "infosources").Where(i => IsOriginating(Text(i, "role")) && Text(i, "name") is not null).ToList();
        if (agencies.Count > 1)
            throw new ArticleFormatException("infosources", "More than one agency (a named infosource with no role or the originating role, originfo): an article has one source.");
        if (agencies.Count == 1)
        {
            fields["source"] = $"{agencies[0].Path}.name";
            return Text(agencies[0], "name");
        }
        fields["source"] = top.ContainsKey("copyrightholder") ? "copyrightholder" : "infosources";
        return Text(top, "copyrightholder");
    }

    /// <summary>The originating role however it is written: the NewsCode's URI, a QCode ("infosourcerole:originfo", "isrol:originfo") or its code.</summary>
    private static bool IsOriginating(string? role) =>
        role is null || role[(role.LastIndexOfAny(['/', ':']) + 1)..].Equals("originfo", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The agency's id for the item: the altid of role externalId, else the item's uri (an agency's own id, as NTB's
    /// "urn:8d19…" or dpa's "urn:newsml:dpa.com:…"), so a redelivery is the same item. A uri as this service writes
    /// them ("urn:uuid:" and an article id) is no agency's: it names the article it came from (<c>storedAs</c>).
    /// </summary>
    private static (string? ExternalId, Guid? StoredAs) ExternalId(Dictionary<string, JsonElement> top, Dictionary<string, string> fields)
    {
        var uri = Text(top, "uri");
        Guid? storedAs = NinjsMapper.ArticleId(uri);
        var altid = One(top, "altids", i => Text(i, "role") == NinjsMapper.ExternalIdRole, "value",
            $"more than one altid of role '{NinjsMapper.ExternalIdRole}': an article has one externalId", fields, "externalId");
        if (altid is not null || uri is null || storedAs is not null) return (altid, storedAs);
        fields["externalId"] = "uri";
        return (uri, null);
    }

    /// <summary>The BCP 47 tag's language ("nb-NO" is "nb"); the validator checks it is an ISO 639-1 code.</summary>
    private static string? Language(string? tag) => tag?.Split('-', 2)[0];

    /// <summary>When the agency published it: contentcreated, else firstcreated, else versioncreated (all checked).</summary>
    private static DateTimeOffset? Published(Dictionary<string, JsonElement> top, Dictionary<string, string> fields)
    {
        string[] order = ["contentcreated", "firstcreated", "versioncreated"];
        var dates = order.Select(name => (name, date: Date(top, name))).ToList();
        var (field, published) = dates.FirstOrDefault(d => d.date is not null);
        fields["publishedAt"] = field ?? "contentcreated";
        if (published is null)
            throw new ArticleFormatException("contentcreated", "When the story was published is required: contentcreated (or firstcreated, or versioncreated).");
        return published;
    }

    /// <summary>The one text of an array of headlines or descriptions: the one of <paramref name="role"/>, else the only one.</summary>
    private static string? Pick(Dictionary<string, JsonElement> top, string array, string role, bool required,
        Dictionary<string, string> fields, string requestField)
    {
        var items = Items(top, array);
        fields[requestField] = array;
        if (items.Count == 0)
            return required ? throw new ArticleFormatException(array, $"An article needs {Singular(array)}: give at least one.") : null;
        var ofRole = items.Where(i => Text(i, "role") == role).ToList();
        if (ofRole.Count > 1) throw new ArticleFormatException(array, $"More than one of role '{role}': an article keeps one.");
        if (ofRole.Count == 0 && items.Count > 1)
            throw new ArticleFormatException(array, $"Several and none of role '{role}': say which one the article keeps by giving it that role.");
        var chosen = ofRole.Count == 1 ? ofRole[0] : items[0];
        fields[requestField] = $"{chosen.Path}.value";
        return Content(chosen);
    }

    /// <summary>
    /// The body: of the readable bodies (text/plain, text/html), those of role main when there are any, then of them
    /// the one plain-text body, else the one HTML body as text. Null when the item has no bodies at all.
    /// </summary>
    private static string? Body(Dictionary<string, JsonElement> top, Dictionary<string, string> fields)
    {
        var bodies = Items(top, "bodies");
        fields["body"] = "bodies";
        if (bodies.Count == 0) return top.ContainsKey("bodies") ? throw new ArticleFormatException("bodies", "An article needs a body: give one, text/plain or text/html.") : null;
        var readable = bodies.Where(b => ContentType(b) is NinjsMapper.TextPlain or TextHtml).ToList();
        if (readable.Count == 0)
        {
            var types = string.Join(", ", bodies.Select(ContentType).Distinct().Select(t => $"'{t}'"));
            throw new ArticleFormatException("bodies", $"No body the service can read: it takes text/plain or text/html, not {types}.");
        }
        var main = readable.Where(b => Text(b, "role") == NinjsMapper.MainRole).ToList();
        var candidates = main.Count > 0 ? main : readable;
        foreach (var type in new[] { NinjsMapper.TextPlain, TextHtml })
        {
            var ofType = candidates.Where(b => ContentType(b) == type).ToList();
            if (ofType.Count == 0) continue;
            if (ofType.Count > 1)
                throw new ArticleFormatException("bodies", main.Count > 0
                    ? $"Several {type} bodies of role '{NinjsMapper.MainRole}': an article keeps one body, so give that role to one."
                    : $"Several {type} bodies and not one of role '{NinjsMapper.MainRole}': an article keeps one body, so say which.");
            fields["body"] = $"{ofType[0].Path}.value";
            return Content(ofType[0]);
        }
        throw new InvalidOperationException("A readable body is text/plain or text/html.");
    }

    /// <summary>The one item of an array that <paramref name="matches"/>, by its text member <paramref name="member"/>; null when none does.</summary>
    private static string? One(Dictionary<string, JsonElement> top, string array, Func<NinjsObject, bool> matches, string member,
        string several, Dictionary<string, string> fields, string requestField)
    {
        var chosen = Items(top, array).Where(matches).ToList();
        fields[requestField] = array;
        if (chosen.Count > 1) throw new ArticleFormatException(array, char.ToUpperInvariant(several[0]) + several[1..] + ".");
        if (chosen.Count == 0) return null;
        fields[requestField] = $"{chosen[0].Path}.{member}";
        return Text(chosen[0], member) ?? throw new ArticleFormatException(fields[requestField], "Required here.");
    }

    private static List<EntityRequest>? Entities(Dictionary<string, JsonElement> top, Dictionary<string, string> fields)
    {
        var entities = new List<EntityRequest>();
        foreach (var (array, type, onlyMentioned) in EntityArrays)
        {
            foreach (var entity in Items(top, array))
            {
                if (onlyMentioned && Text(entity, "rel") != NinjsMapper.Mentioned) continue;
                var name = Text(entity, "name")
                    ?? throw new ArticleFormatException($"{entity.Path}.name", "An entity needs a name.");
                fields[$"entities[{entities.Count}]"] = entity.Path;
                if (entities.Count == ArticleRequestValidator.MaxEntities) fields["entities"] = array;
                entities.Add(new EntityRequest { Name = name, Type = type });
            }
        }
        return entities.Count == 0 ? null : entities;
    }

    private static string ContentType(NinjsObject item) =>
        (Text(item, "contenttype") ?? NinjsMapper.TextPlain).Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>The value of a headline, description or body as plain text.</summary>
    private static string Content(NinjsObject item)
    {
        var value = Text(item, "value") ?? throw new ArticleFormatException($"{item.Path}.value", "Required: the text.");
        return ContentType(item) switch
        {
            NinjsMapper.TextPlain => value,
            TextHtml => NinjsHtml.ToText(value),
            var other => throw new ArticleFormatException($"{item.Path}.contenttype", $"The service reads text/plain or text/html, not '{other}'."),
        };
    }

    private static string Singular(string array) => array == "headlines" ? "a headline" : "a description";

    /// <summary>The objects of an array property, each with its path ("headlines[1]"); none when the property is absent.</summary>
    private static List<NinjsObject> Items(Dictionary<string, JsonElement> top, string array)
    {
        if (!top.TryGetValue(array, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new ArticleFormatException(array, "Expected a JSON array.");
        var items = new List<NinjsObject>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var path = $"{array}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object) throw new ArticleFormatException(path, "Expected a JSON object.");
            items.Add(new NinjsObject(path, Members(element, path)));
        }
        return items;
    }

    private static Dictionary<string, JsonElement> Members(JsonElement element, string path)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!members.TryAdd(property.Name, property.Value))
                throw new ArticleFormatException(path.Length == 0 ? property.Name : $"{path}.{property.Name}", "This property appears more than once.");
        }
        return members;
    }

    private static string? Text(NinjsObject item, string name) => Text(item.Members, name, item.Path);

    /// <summary>A string member, trimmed, or null when absent or empty.</summary>
    private static string? Text(Dictionary<string, JsonElement> members, string name, string path = "")
    {
        if (!members.TryGetValue(name, out var value)) return null;
        var field = path.Length == 0 ? name : $"{path}.{name}";
        if (value.ValueKind != JsonValueKind.String) throw new ArticleFormatException(field, "Expected a JSON string.");
        try
        {
            var text = value.GetString()!.Trim();
            return text.Length == 0 ? null : text;
        }
        catch (InvalidOperationException)
        {
            throw new ArticleFormatException(field, "The text is not valid Unicode (an unpaired surrogate escape).");
        }
    }

    private static DateTimeOffset? Date(Dictionary<string, JsonElement> top, string name) =>
        Text(top, name) is not { } text ? null
        : Rfc3339.TryParseDateTime(text, out var date) ? date
        : throw new ArticleFormatException(name, $"Expected an RFC 3339 date-time with a UTC offset, e.g. {Rfc3339.DateTimeExample}.");

    internal static string ToNinjsField(IReadOnlyDictionary<string, string> fields, string requestField)
    {
        if (fields.TryGetValue(requestField, out var exact)) return exact;
        var match = RequestField().Match(requestField);
        return match.Success && fields.TryGetValue(match.Groups["field"].Value, out var field)
            ? field + (match.Groups["rest"].Value == ".type" ? "" : match.Groups["rest"].Value)
            : requestField;
    }

    private sealed record NinjsObject(string Path, Dictionary<string, JsonElement> Members);
}

/// <summary>A ninjs item read as an article request, and where in the item each request field came from.</summary>
public sealed record NinjsArticle(ArticleRequest Request, IReadOnlyDictionary<string, string> Fields) : FormatArticle(Request)
{
    public override bool ListedFoundAreExtracted => true;

    /// <summary>The copyright holder and the uri stand in for an agency and its id only when nothing says so: the path does.</summary>
    public override ArticleRequest AgencyItemBody => Request with
    {
        Source = FieldOf("source") == "copyrightholder" ? null : Request.Source,
        ExternalId = FieldOf("externalId") == "uri" ? null : Request.ExternalId,
    };

    /// <summary>The ninjs field a request field ("headline", "entities[3].name") was read from ("headlines[0].value", "people[3].name").</summary>
    public override string FieldOf(string requestField) => NinjsReader.ToNinjsField(Fields, requestField);

    /// <summary>The validator's words for a request field in ninjs terms: "'by' must be…" rather than "'byline' must be…".</summary>
    public override string Message(string requestField, string message)
    {
        if (requestField == "source" && string.IsNullOrEmpty(Request.Source))
            return "The agency is required: name it in infosources (an infosource with a name and the originating role, originfo, or none), "
                + "in copyrightholder, or open the body with a dateline naming it, such as 'LONDEN (ANP) - '.";
        var field = FieldOf(requestField);
        return field == requestField ? message : message.Replace($"'{requestField}'", $"'{field}'", StringComparison.Ordinal);
    }
}
