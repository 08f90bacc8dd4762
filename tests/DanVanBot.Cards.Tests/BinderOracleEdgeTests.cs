using System.Text.Json.Nodes;
using DanVanBot.Cards.Templating;
using DanVanBot.Cards.Tests.Support;

namespace DanVanBot.Cards.Tests;

/// <summary>The construct table and the failure cases, run through Microsoft's engine: proof that our expectations are its behaviour.</summary>
public sealed class BinderOracleEdgeTests
{
    private const string Data = """
        {"name":"An","n":0,"s":"","nul":null,"t":true,"f":false,"num":1.5,
         "items":[{"a":1,"label":"x"},{"a":2,"label":"y"}],"prims":["p","q"],"o":{"x":{"y":"deep"}},"empty":[]}
        """;

    private static readonly Lazy<bool> OracleWarm = new(() =>
    {
        CardCheckOracle.Prefetch(((IEnumerable<object[]>)Templates()).Select(row => ((string)row[0], JsonNode.Parse(Data))));
        return true;
    });

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var row in BinderConstructTests.Constructs) data.Add((string)row[1]);
        data.Add("""{"v":"${nope(1)}"}""");
        data.Add("""{"v":"x${nul}"}""");
        data.Add("""{"v":"${'a' + t}"}""");
        data.Add("""{"v":"${n < 'a'}"}""");
        data.Add("""{"$when":"${f}","type":"AdaptiveCard"}""");
        data.Add("""{"v":"${if(count(items) > 1 && !empty(prims), 'nhiều: ' + count(items), 'ít')}","w":"${$root.o.x.Y} / ${o.X}"}""");
        return data;
    }

    [RequiresCardCheckTheory]
    [MemberData(nameof(Templates))]
    public void Expand_Template_BehavesLikeMicrosoftEngine(string template)
    {
        _ = OracleWarm.Value;
        var reference = CardCheckOracle.Run(template, JsonNode.Parse(Data));

        if (reference.Error is not null)
        {
            Assert.Throws<CardTemplateException>(() => CardBinder.Expand(template, JsonNode.Parse(Data)));
            return;
        }

        JsonAssert.Equivalent(reference.Expanded, CardBinder.Expand(template, JsonNode.Parse(Data)));
    }
}
