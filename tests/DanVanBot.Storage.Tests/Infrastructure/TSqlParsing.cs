using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>T-SQL checked by Microsoft's own parser (ScriptDom), for SQL Server 2019 and 2022 grammars.</summary>
public static class TSqlParsing
{
    public static TheoryData<int> Versions => [150, 160];

    public static TSqlFragment Parse(string sql, int version)
    {
        TSqlParser parser = version switch
        {
            150 => new TSql150Parser(initialQuotedIdentifiers: true),
            160 => new TSql160Parser(initialQuotedIdentifiers: true),
            _ => throw new ArgumentOutOfRangeException(nameof(version)),
        };
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
        return fragment;
    }

    /// <summary>How many statements of type <typeparamref name="T"/> the script holds, however deeply nested.</summary>
    public static int Count<T>(TSqlFragment fragment) where T : TSqlStatement
    {
        var counter = new StatementCounter<T>();
        fragment.Accept(counter);
        return counter.Count;
    }

    private sealed class StatementCounter<T> : TSqlFragmentVisitor where T : TSqlStatement
    {
        public int Count { get; private set; }

        public override void Visit(TSqlStatement node)
        {
            if (node is T) Count++;
        }
    }
}
