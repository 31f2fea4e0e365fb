using Dapper;
using Npgsql;

namespace ArticleApi.Entities;

/// <summary>All SQL for entities as a resource: their names, aliases, counts, and corrections.</summary>
public sealed class EntityRepository(NpgsqlDataSource dataSource)
{
    private const string SelectByIds = "SELECT id, name, type FROM entities WHERE id = ANY(@Ids)";

    public async Task<IReadOnlyList<(long Id, string Name, string Type)>> NamesAsync(long[] ids, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<(long Id, string Name, string Type)>(
            new CommandDefinition(SelectByIds, new { Ids = ids }, cancellationToken: cancellationToken))).AsList();
    }
}
