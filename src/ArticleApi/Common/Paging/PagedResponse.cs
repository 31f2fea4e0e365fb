namespace ArticleApi.Common.Paging;

/// <summary>One page of a list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">Which page this is, counting from 1.</param>
/// <param name="PageSize">How many items a page holds.</param>
/// <param name="TotalCount">How many items match in all.</param>
/// <param name="TotalPages">How many pages there are (0 when nothing matches).</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount, long TotalPages)
{
    public static PagedResponse<T> Create(IReadOnlyList<T> items, int page, int pageSize, long totalCount) =>
        new(items, page, pageSize, totalCount, (totalCount + pageSize - 1) / pageSize);
}
