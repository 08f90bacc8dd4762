using System.Text.Json.Nodes;
using DanVanBot.Cards.Templating;
using DanVanBot.Cards.Tests.Support;

namespace DanVanBot.Cards.Tests;

/// <summary>
/// One row per supported construct, with the result Microsoft's engine gives (checked against it by
/// <see cref="BinderOracleEdgeTests"/>). The expectations are the documented behaviour, not our output copied back.
/// </summary>
public sealed class BinderConstructTests
{
    private const string Data = """
        {"name":"An","n":0,"s":"","nul":null,"t":true,"f":false,"num":1.5,
         "items":[{"a":1,"label":"x"},{"a":2,"label":"y"}],"prims":["p","q"],"o":{"x":{"y":"deep"}},"empty":[]}
        """;

    public static TheoryData<string, string, string> Constructs => new()
    {
        // property paths, $root, case-insensitive names
        { "path", """{"v":"${o.x.y}"}""", """{"v":"deep"}""" },
        { "root path", """{"v":"${$root.name}"}""", """{"v":"An"}""" },
        { "names ignore case", """{"v":"${NAME}"}""", """{"v":"An"}""" },
        { "single expression keeps type", """{"v":"${items}"}""", """{"v":[{"a":1,"label":"x"},{"a":2,"label":"y"}]}""" },
        { "single number", """{"v":"${num}"}""", """{"v":1.5}""" },
        { "single null stays null", """{"v":"${nul}"}""", """{"v":null}""" },
        // missing data
        { "missing stays as text", """{"v":"${missing}"}""", """{"v":"${missing}"}""" },
        { "missing in string", """{"v":"a ${o.missing.y} b"}""", """{"v":"a ${o.missing.y} b"}""" },
        { "count of missing counts its placeholder", """{"v":"${count(missing)}"}""", """{"v":10}""" },
        // interpolation
        { "interpolation", """{"v":"Hi ${name}, ${t} ${n} ${num} ${prims}"}""", """{"v":"Hi An, true 0 1.5 p,q"}""" },
        { "literal in braces is text", """{"v":"${5}"}""", """{"v":"5"}""" },
        { "plus concatenates", """{"v":"${'còn ' + n + ' ngày'}"}""", """{"v":"còn 0 ngày"}""" },
        // $data and $index
        { "$data repeats", """{"b":[{"$data":"${items}","i":"${$index}","l":"${label}","r":"${$root.name}"}]}""",
          """{"b":[{"i":0,"l":"x","r":"An"},{"i":1,"l":"y","r":"An"}]}""" },
        { "$data on primitives", """{"b":[{"$data":"${prims}","v":"• ${$data}"}]}""", """{"b":[{"v":"• p"},{"v":"• q"}]}""" },
        { "$data empty array drops", """{"b":[{"$data":"${empty}","v":1},2]}""", """{"b":[2]}""" },
        { "$data object rebinds", """{"b":{"$data":"${o.x}","v":"${y}"}}""", """{"b":{"v":"deep"}}""" },
        { "$index outside repeat is missing", """{"v":"${$index}"}""", """{"v":"${$index}"}""" },
        { "nested array splices", """{"b":[1,[2,[3]]]}""", """{"b":[1,2,3]}""" },
        // $when
        { "$when true keeps", """{"b":[{"$when":"${t}","v":1}]}""", """{"b":[{"v":1}]}""" },
        { "$when non-boolean drops", """{"b":[{"$when":"${name}","v":1},{"$when":"${n}","v":2}]}""", """{"b":[]}""" },
        { "$when missing drops", """{"b":[{"$when":"${missing}","v":1}]}""", """{"b":[]}""" },
        { "$when literal true drops", """{"b":[{"$when":true,"v":1},{"$when":false,"v":2}]}""", """{"b":[{"v":2}]}""" },
        { "$when per repeated item", """{"b":[{"$data":"${items}","$when":"${a == 2}","v":"${label}"}]}""", """{"b":[{"v":"y"}]}""" },
        { "$when dropped property is null", """{"p":{"$when":"${f}","v":1}}""", """{"p":null}""" },
        // operators and truthiness
        { "not", """{"a":"${!missing}","b":"${!n}","c":"${!s}","d":"${!nul}","e":"${not(f)}"}""", """{"a":true,"b":false,"c":false,"d":true,"e":true}""" },
        { "and or", """{"a":"${t && missing}","b":"${missing || t}","c":"${and(t, n)}","d":"${or(f, f)}"}""", """{"a":false,"b":true,"c":true,"d":false}""" },
        { "or without a true operand yields the last operand", """{"a":"${or(f, nul)}","b":"${f || missing}"}""", """{"a":null}""" },
        { "equality", """{"a":"${n == 0}","b":"${s == ''}","c":"${missing == null}","d":"${name == 'an'}","e":"${equals(n, '0')}","f":"${n != 1}"}""",
          """{"a":true,"b":true,"c":true,"d":false,"e":false,"f":true}""" },
        { "ordering", """{"a":"${count(items) > 1}","b":"${num <= 1}","c":"${'a' < 'b'}","d":"${missing > 0}"}""", """{"a":true,"b":false,"c":true,"d":false}""" },
        { "equality binds tighter than ordering", """{"v":"${1 < 2 == true || t}"}""", """{"v":true}""" },
        // functions
        { "if", """{"a":"${if(missing, 'y', 'n')}","b":"${if(s, 'y', 'n')}","c":"${if(t, missing, 'n')}"}""", """{"a":"n","b":"y","c":"${missing}"}""" },
        { "count", """{"a":"${count(items)}","b":"${count(name)}","c":"${count(o)}"}""", """{"a":2,"b":2,"c":1}""" },
        { "empty", """{"a":"${empty(missing)}","b":"${empty(s)}","c":"${empty(items)}","d":"${empty(n)}","e":"${empty(nul)}"}""",
          """{"a":true,"b":true,"c":false,"d":false,"e":true}""" },
        // failures inside a string show the expression
        { "failing piece in string", """{"v":"x ${nope(1)} y"}""", """{"v":"x ${nope(1)} y"}""" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Expand_Construct_GivesReferenceResult(string construct, string template, string expected)
    {
        _ = construct;

        var actual = CardBinder.Expand(template, JsonNode.Parse(Data));

        JsonAssert.Equivalent(JsonNode.Parse(expected), actual);
    }

    [Theory]
    [InlineData("""{"v":"${nope(1)}"}""")]
    [InlineData("""{"v":"x${nul}"}""")]
    [InlineData("""{"v":"${'a' + t}"}""")]
    [InlineData("""{"v":"${n < 'a'}"}""")]
    public void Expand_ExpressionFailsOutsideString_Throws(string template)
    {
        Assert.Throws<CardTemplateException>(() => CardBinder.Expand(template, JsonNode.Parse(Data)));
    }

    [Theory]
    [InlineData("""{"v":"${items[0]}"}""")]
    [InlineData("""{"v":"${n - 1}"}""")]
    [InlineData("""{"v":"${if(t, 1)}"}""")]
    [InlineData("""{"v":"${name"}""")]
    [InlineData("""{"v":"a\\b ${name}"}""")]
    public void Expand_UnsupportedOrMalformedSyntax_ThrowsCardTemplateException(string template)
    {
        Assert.Throws<CardTemplateException>(() => CardBinder.Expand(template, JsonNode.Parse(Data)));
    }

    [Fact]
    public void Expand_RootDroppedByWhen_ReturnsNull()
    {
        Assert.Null(CardBinder.Expand("""{"$when":"${f}","type":"AdaptiveCard"}""", JsonNode.Parse(Data)));
    }

    [Fact]
    public void Expand_SameTemplateTwice_DoesNotLeakStateBetweenCalls()
    {
        const string template = """{"b":[{"$data":"${items}","v":"${label}"}]}""";

        var first = CardBinder.Expand(template, JsonNode.Parse(Data));
        var second = CardBinder.Expand(template, JsonNode.Parse("""{"items":[{"label":"z"}]}"""));

        JsonAssert.Equivalent(JsonNode.Parse("""{"b":[{"v":"x"},{"v":"y"}]}"""), first);
        JsonAssert.Equivalent(JsonNode.Parse("""{"b":[{"v":"z"}]}"""), second);
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(12345678901234567890d, "12345678901234567000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100, "100")]
    public void FormatNumber_Value_MatchesJavaScriptToString(double value, string expected)
    {
        Assert.Equal(expected, JsSemantics.FormatNumber(value));
    }
}
