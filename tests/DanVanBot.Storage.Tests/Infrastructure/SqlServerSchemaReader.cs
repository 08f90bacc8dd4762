using Microsoft.Data.SqlClient;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Reads a SQL Server schema back from the catalog views as sorted, comparable lines (types, lengths,
/// collations, keys, indexes, foreign keys with their delete actions). EF's own tables (__EF…) are left out.
/// </summary>
public static class SqlServerSchemaReader
{
    public static readonly string[] Queries =
    [
        "SELECT t.name, 'table ' + t.name FROM sys.tables AS t",
        """
        SELECT t.name, 'column ' + t.name + '.' + c.name + ' ' + ty.name + '(' + CAST(c.max_length AS nvarchar(10)) + ')'
            + ' nullable=' + CAST(c.is_nullable AS nvarchar(1)) + ' collation=' + ISNULL(c.collation_name, '-')
        FROM sys.columns AS c
        JOIN sys.tables AS t ON t.object_id = c.object_id
        JOIN sys.types AS ty ON ty.user_type_id = c.user_type_id
        """,
        """
        SELECT t.name, 'index ' + t.name + ' ' + i.name + ' unique=' + CAST(i.is_unique AS nvarchar(1))
            + ' primary=' + CAST(i.is_primary_key AS nvarchar(1)) + ' filter=' + ISNULL(i.filter_definition, '-')
            + ' (' + STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal) + ')'
        FROM sys.indexes AS i
        JOIN sys.tables AS t ON t.object_id = i.object_id
        JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
        JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE i.type > 0
        GROUP BY t.name, i.name, i.is_unique, i.is_primary_key, i.filter_definition
        """,
        """
        SELECT t.name, 'foreign key ' + t.name + ' ' + fk.name + ' -> ' + r.name + ' on delete ' + fk.delete_referential_action_desc
        FROM sys.foreign_keys AS fk
        JOIN sys.tables AS t ON t.object_id = fk.parent_object_id
        JOIN sys.tables AS r ON r.object_id = fk.referenced_object_id
        """,
    ];

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var query in Queries)
        {
            await using var command = new SqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // Every query's first column is the table: EF's bookkeeping tables are not our schema.
                if (!reader.GetString(0).StartsWith("__EF", StringComparison.Ordinal))
                {
                    lines.Add(reader.GetString(1));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
