using ArticleApi.Common.OpenApi;

namespace ArticleApi.Articles.History;

public static class HistoryExamples
{
    private static readonly Guid Article = Guid.Parse("0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21");

    public static readonly OpenApiExample Changes = new("200", new ChangeListResponse(
        [
            new ChangeItem(Article, 1, "created", new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero), "redactie-binnenland", "812345-1001"),
            new ChangeItem(Article, 2, "updated", new DateTimeOffset(2025, 3, 20, 9, 40, 11, TimeSpan.Zero), "eindredactie", "812377-1002"),
        ],
        NextCursor: "812377-1002",
        HasMore: false));

    public static readonly OpenApiExample Revisions = new("200", new RevisionListResponse(Article,
        [
            new RevisionSummary(1, new DateTimeOffset(2025, 3, 20, 9, 15, 2, TimeSpan.Zero), "redactie-binnenland", [], false),
            new RevisionSummary(2, new DateTimeOffset(2025, 3, 20, 9, 40, 11, TimeSpan.Zero), "eindredactie", ["headline", "body"], true),
        ]));

    public static readonly OpenApiExample Revision = new("200", ArticleExamples.Response);
}
