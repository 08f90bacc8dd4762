using System.Globalization;

namespace DanVanBot.Cards.Templating.Expressions;

/// <summary>
/// Recursive-descent parser with adaptive-expressions' precedence, which differs from C#: equality binds tighter
/// than ordering, so <c>1 &lt; 2 == true</c> means <c>1 &lt; (2 == true)</c>.
/// Lowest to highest: <c>||</c>, <c>&amp;&amp;</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>== !=</c>, <c>+</c>, unary <c>!</c>,
/// then literals, paths, calls and parentheses.
/// </summary>
internal sealed class ExpressionParser
{
    // Built-in functions we implement, with their arity; aliases map to the operator the reference engine uses.
    private static readonly Dictionary<string, (string Type, int Min, int Max)> Functions = new(StringComparer.Ordinal)
    {
        ["if"] = ("if", 3, 3),
        ["count"] = ("count", 1, 1),
        ["empty"] = ("empty", 1, 1),
        ["not"] = ("!", 1, 1),
        ["and"] = ("&&", 1, int.MaxValue),
        ["or"] = ("||", 1, int.MaxValue),
        ["equals"] = ("==", 2, 2),
    };

    private readonly string source;
    private readonly List<Token> tokens;
    private int position;

    private ExpressionParser(string source)
    {
        this.source = source;
        tokens = ExpressionTokenizer.Tokenize(source);
    }

    public static ExpressionNode Parse(string expression)
    {
        var parser = new ExpressionParser(expression);
        var node = parser.ParseBinary(0);
        if (parser.Current.Kind != TokenKind.End) throw parser.SyntaxError();
        return node;
    }

    private static readonly string[][] BinaryLevels = [["||"], ["&&"], ["<", "<=", ">", ">="], ["==", "!="], ["+"]];

    private Token Current => tokens[position];

    private ExpressionNode ParseBinary(int level)
    {
        if (level == BinaryLevels.Length) return ParseUnary();
        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Symbol && BinaryLevels[level].Contains(Current.Value))
        {
            var op = tokens[position++].Value;
            var right = ParseBinary(level + 1);
            left = new OperatorNode(op, [left, right]);
        }

        return left;
    }

    private ExpressionNode ParseUnary()
    {
        if (IsSymbol("!"))
        {
            position++;
            return new OperatorNode("!", [ParseUnary()]);
        }

        return ParsePostfix();
    }

    private ExpressionNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (IsSymbol("."))
        {
            position++;
            if (Current.Kind != TokenKind.Identifier) throw SyntaxError();
            node = new AccessorNode(tokens[position++].Value, node);
        }

        return node;
    }

    private ExpressionNode ParsePrimary()
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new ConstantNode(double.Parse(token.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case TokenKind.Text:
                return new ConstantNode(token.Value);
            case TokenKind.Identifier when IsSymbol("("):
                return ParseCall(token.Value);
            case TokenKind.Identifier:
                return token.Value switch
                {
                    "true" => new ConstantNode(true),
                    "false" => new ConstantNode(false),
                    "null" => new ConstantNode(null),
                    "undefined" => throw ExpressionTokenizer.Unsupported(source, "'undefined'"),
                    _ => new AccessorNode(token.Value, null),
                };
            case TokenKind.Symbol when token.Value == "(":
                var inner = ParseBinary(0);
                Expect(")");
                return inner;
            default:
                throw SyntaxError();
        }
    }

    private ExpressionNode ParseCall(string name)
    {
        Expect("(");
        var args = new List<ExpressionNode>();
        if (!IsSymbol(")"))
        {
            do
            {
                args.Add(ParseBinary(0));
            }
            while (TryConsume(","));
        }

        Expect(")");
        if (!Functions.TryGetValue(name, out var function))
        {
            // Like the reference: an unknown function parses, and fails only when evaluated.
            return new OperatorNode(name, args);
        }

        if (args.Count < function.Min || args.Count > function.Max)
        {
            throw new CardTemplateException($"Function '{name}' in '{source}' takes {function.Min}..{function.Max} arguments, got {args.Count}.");
        }

        return new OperatorNode(function.Type, args);
    }

    private bool IsSymbol(string symbol) => Current.Kind == TokenKind.Symbol && Current.Value == symbol;

    private bool TryConsume(string symbol)
    {
        if (!IsSymbol(symbol)) return false;
        position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!TryConsume(symbol)) throw SyntaxError();
    }

    private CardTemplateException SyntaxError() =>
        new($"Syntax error in expression '{source}' at position {Current.Position}.");
}
